#!/usr/bin/env bash
# Runs every test of Hallo-Bot on a fresh Debian machine with the .NET SDK.
# Installs what the tests need when it is missing (Debian's chromium for the end-to-end tests),
# builds once, runs each test project, and ends with: tests: N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '==> %s\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The end-to-end tests drive Debian's Chromium through Playwright's bundled driver (no browser download);
# the mail tests send to a real SMTP server, Debian's aiosmtpd.
apt_install chromium python3-aiosmtpd || { echo "could not install chromium and python3-aiosmtpd"; exit 1; }

if [ -f package.json ]; then
  log "npm packages"
  npm ci --no-audit --no-fund >/dev/null || { echo "npm ci failed"; exit 1; }
  npm run --silent build || { echo "front-end build failed"; exit 1; }
  # The compiled scripts are committed so that `dotnet run` works without npm; they must match their sources.
  if git rev-parse --git-dir >/dev/null 2>&1 && ! git diff --exit-code --stat -- Web/wwwroot/js; then
    echo "Web/wwwroot/js differs from what wwwroot-src compiles to: run 'npm run build' and commit"
    echo "tests: 0 passed, 1 failed, 0 skipped"
    exit 1
  fi
fi

log "build"
if ! dotnet build HalloBot.sln -c Debug -nologo -clp:ErrorsOnly; then
  echo "tests: 0 passed, 1 failed, 0 skipped"
  exit 1
fi

# Every test host would otherwise watch its configuration files with inotify; many hosts in one run can reach
# the kernel's per-user limit (128 instances on Debian) and then fail to start. Tests never change those files.
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=1

passed=0; failed=0; skipped=0; status=0
results=$(mktemp -d)

# One test project: its whole output in $results/NAME.log, its results in $results/NAME.trx, its exit code in NAME.rc.
run_project() {
  local name=$1
  dotnet test "Tests/$name" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    >"$results/$name.log" 2>&1
  echo $? >"$results/$name.rc"
}

# Adds a finished project's counts to the totals and shows its outcome lines.
count_project() {
  local name=$1 rc trx counters total p f e
  log "$name"
  grep -vE '^\s*$' "$results/$name.log" | grep -E 'Failed |Passed!|Failed!|error|Skipped ' || true
  rc=$(cat "$results/$name.rc" 2>/dev/null || echo 1)
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
    total=$(get total); p=$(get passed); f=$(get failed); e=$(get error)
    # trx counts a skipped test in "total" but in neither "passed" nor "failed".
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
    skipped=$((skipped + ${total:-0} - ${p:-0} - ${f:-0} - ${e:-0}))
    if [ "${total:-0}" -eq 0 ]; then
      echo "$name ran no test"
    fi
  else
    echo "$name produced no results (exit $rc)"
    tail -20 "$results/$name.log"
    failed=$((failed + 1))
  fi
  [ "$rc" -ne 0 ] && status=1
}

for name in HalloBot.UnitTests HalloBot.SearchTests; do
  run_project "$name"
  count_project "$name"
done

# The integration and end-to-end tests spend much of their time waiting (for jobs, mail, the browser), so they run
# side by side: together they use the two cores instead of one.
log "HalloBot.IntegrationTests and HalloBot.EndToEndTests, side by side"
run_project HalloBot.IntegrationTests &
integration=$!
run_project HalloBot.EndToEndTests &
endtoend=$!
wait $integration $endtoend
count_project HalloBot.IntegrationTests
count_project HalloBot.EndToEndTests

[ "$failed" -gt 0 ] && status=1
if [ "$failed" -gt 0 ]; then
  # The lines above show only which tests failed; CI keeps the end of the output, so say why here.
  log "why they failed"
  for logfile in "$results"/*.log; do
    grep -A12 -E '^\s+Failed [A-Za-z]' "$logfile" | grep -vE '^\s+at |^--- End of stack' | head -120
  done
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
