#!/usr/bin/env bash
# Lighthouse (mobile profile, Debian's Chromium) for the home page, a search and a listing page of the Release
# build, on the shared sample listings (../shared/data/sample-listings.csv). Prints the four category scores per
# page and keeps the full reports (HTML) in artifacts/lighthouse/.
# Usage: ./lighthouse.sh   (installs Lighthouse into Tests/HalloBot.Benchmarks/lighthouse/node_modules once)
source "$(dirname "$0")/common.sh"
here="$repo/Tests/HalloBot.Benchmarks"
chromium=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "Chromium is missing: apt-get install chromium"; exit 2; }
if [ ! -x "$here/lighthouse/node_modules/.bin/lighthouse" ]; then
  echo "==> npm ci (Lighthouse)"
  (cd "$here/lighthouse" && npm ci --no-audit --no-fund >/dev/null)
fi

build_release
machine
site migrate >/dev/null
site import "$shared/data/sample-listings.csv" | tail -1 | sed 's/^/    /'
site reindex | tail -1 | sed 's/^/    /'
port=5098
start_site
base="http://127.0.0.1:$port"
listing=$(curl -sf "$base/api/v1/search?q=b%C3%A4ckerei&pageSize=1" \
  | python3 -c 'import json, sys, urllib.parse; print(urllib.parse.urlparse(json.load(sys.stdin)["hits"][0]["url"]).path)')

out="$repo/artifacts/lighthouse"
mkdir -p "$out"
for entry in "home|/" "search|/suche?q=b%C3%A4ckerei" "listing|$listing"; do
  name=${entry%%|*}; path=${entry#*|}
  echo "==> $name: $path"
  load
  # Mobile is Lighthouse's default form factor (Moto G Power, simulated slow 4G, 4x CPU slowdown).
  CHROME_PATH="$chromium" "$here/lighthouse/node_modules/.bin/lighthouse" "$base$path" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --output=json --output=html --output-path="$out/$name" >/dev/null 2>"$out/$name.log" \
    || { echo "lighthouse failed:"; tail -20 "$out/$name.log"; exit 1; }
  python3 - "$out/$name.report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
scores = {k: round(v["score"] * 100) for k, v in report["categories"].items()}
print("    " + "  ".join(f"{k}={v}" for k, v in scores.items()))
for key, category in report["categories"].items():
    for ref in category["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
            print(f"      {key}: {ref['id']} {audit['score']:.2f} {audit.get('displayValue', '')}")
PY
done
