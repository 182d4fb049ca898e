# Shared by the benchmark scripts: a Release build of the site and a temporary data folder.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
shared=$(cd "${HALLOBOT_SHARED:-$repo/../shared}" 2>/dev/null && pwd) || { echo "../shared (beside the repository) is missing; set HALLOBOT_SHARED"; exit 2; }
publish="$repo/artifacts/bench-publish"
data=$(mktemp -d /tmp/hallobot-bench.XXXXXX)
trap 'rm -rf "$data"' EXIT
export HalloBot__DataDirectory="$data"
export ASPNETCORE_ENVIRONMENT=Production

build_release() {
  echo "==> Release build"
  dotnet publish "$repo/Web" -c Release -o "$publish" -nologo -v quiet >/dev/null
}

site() { dotnet "$publish/HalloBot.Web.dll" "$@"; }
