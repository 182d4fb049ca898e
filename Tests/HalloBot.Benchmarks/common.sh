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

# Run from the publish folder: the content root (wwwroot, appsettings.json) is the working directory.
site() { (cd "$publish" && exec dotnet HalloBot.Web.dll "$@"); }

# A site command under /usr/bin/time (which cannot run a shell function): its output indented, then
# "elapsed_s=… max_rss_kb=…". Fails when the command fails.
timed_site() {
  local times="$data/time.$RANDOM.txt" rc=0
  (cd "$publish" && exec /usr/bin/time -o "$times" -f "    elapsed_s=%e max_rss_kb=%M" dotnet HalloBot.Web.dll "$@") >"$data/out.txt" 2>&1 || rc=$?
  tail -3 "$data/out.txt" | sed 's/^/    /'
  cat "$times"
  return $rc
}

machine() { echo "==> $(date -Iseconds) on $(hostname): $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB memory, commit $(git -C "$repo" rev-parse --short HEAD)"; }

# The machine is shared: every figure is printed next to the load average taken just before it.
load() { echo "    load before: $(uptime | sed 's/.*load average/load average/')"; }

# The site in the background on 127.0.0.1:$port, stopped when the script ends.
start_site() {
  port=${port:-5099}
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken"; exit 1; fi
  # exec, so that $! is the site itself and the trap stops it (not only a subshell around it).
  (cd "$publish" && exec dotnet HalloBot.Web.dll --urls "http://127.0.0.1:$port") >"$data/site.log" 2>&1 &
  site_pid=$!
  trap 'kill $site_pid 2>/dev/null; wait $site_pid 2>/dev/null; rm -rf "$data"' EXIT
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/robots.txt" >/dev/null && break; sleep 0.5; done
  # A static file that is not served would make the baseline a 404 page.
  curl -sf -o /dev/null "http://127.0.0.1:$port/css/site.css" && return 0
  echo "the site did not start"; cat "$data/site.log"; exit 1
}

# wrk, 2 threads, 32 connections, over loopback; prints requests/s, median and p99 latency, errors.
measure() {
  local title=$1; shift
  echo "==> $title"
  load
  wrk -t2 -c32 -d"${seconds}s" --latency "$@" | grep -E "Requests/sec|  50%|  99%|Non-2xx|Socket errors" | sed 's/^/    /'
}
