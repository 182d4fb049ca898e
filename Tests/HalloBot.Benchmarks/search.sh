#!/usr/bin/env bash
# Search benchmark, in one run on one data folder (Release build, Lucene index):
#   COUNT generated listings (default 100,000) → import → reindex (wall time, peak RSS)
#   → in-process latency of /api/v1/search (1,000 mixed queries) and /api/v1/suggest (200 prefixes),
#     with the index's result cache as the site has it, then without it
#   → the site on loopback: wrk -t2 -c32 on a static file, /api/v1/search (200 URLs in turn),
#     /api/v1/suggest (200 prefixes in turn), a listing page, and the static file again;
#     then /api/v1/search once more on the site restarted without the result cache.
# Usage: ./search.sh [COUNT] [SECONDS]   (needs wrk: apt-get install wrk)
source "$(dirname "$0")/common.sh"
count=${1:-100000}
seconds=${2:-20}
here="$repo/Tests/HalloBot.Benchmarks"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }

build_release
echo "==> Release build of the harness"
dotnet build "$here" -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
harness() { dotnet "$here/bin/Release/net10.0/HalloBot.Benchmarks.dll" "$@"; }

machine
csv="$data/listings-$count.csv"
/usr/bin/python3 "$shared/tools/gen_listings.py" --count "$count" --seed 1 > "$csv"
site migrate >/dev/null

echo "==> import of $count rows"
load
timed_site import "$csv"

echo "==> reindex"
load
timed_site reindex

echo "==> in-process latency (1,000 searches, 200 suggestions, after a warm-up)"
load
harness latency --data "$data" | sed 's/^/    /'

echo "==> in-process latency without the result cache (HalloBot:Search:ResultCacheSize=0)"
load
harness latency --data "$data" --result-cache 0 | sed 's/^/    /'

harness urls search --count 200 > "$data/search-urls.txt"
harness urls suggest --count 200 > "$data/suggest-urls.txt"
start_site
base="http://127.0.0.1:$port"
pending() { sqlite3 "$data/hallobot.db" "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NULL" 2>/dev/null || echo 0; }
for _ in $(seq 600); do [ "$(pending)" = 0 ] && break; sleep 1; done
[ "$(pending)" = 0 ] || { echo "outbox rows still pending: $(pending)"; exit 1; }

static="$base/css/site.css"
listing="$base$(curl -sf "$base/api/v1/search?q=b%C3%A4ckerei&pageSize=1" \
  | python3 -c 'import json, sys, urllib.parse; print(urllib.parse.urlparse(json.load(sys.stdin)["hits"][0]["url"]).path)')"
cycle=(-s "$here/cycle-urls.lua" "$base")

echo "==> warm-up"
wrk -t2 -c32 -d5s "${cycle[@]}" -- "$data/search-urls.txt" >/dev/null
wrk -t2 -c32 -d5s "${cycle[@]}" -- "$data/suggest-urls.txt" >/dev/null
wrk -t2 -c32 -d5s "$listing" >/dev/null
wrk -t2 -c32 -d5s "$static" >/dev/null

measure "static file baseline: $static" "$static"
measure "/api/v1/search, 200 URLs in turn" "${cycle[@]}" -- "$data/search-urls.txt"
measure "/api/v1/suggest, 200 prefixes in turn" "${cycle[@]}" -- "$data/suggest-urls.txt"
measure "listing page: $listing" "$listing"
measure "static file again: $static" "$static"

# Every search computed afresh: the same URLs cannot be answered from the result cache.
kill "$site_pid"; wait "$site_pid" 2>/dev/null || true
export HalloBot__Search__ResultCacheSize=0
start_site
wrk -t2 -c32 -d5s "${cycle[@]}" -- "$data/search-urls.txt" >/dev/null
measure "/api/v1/search, 200 URLs in turn, without the result cache" "${cycle[@]}" -- "$data/search-urls.txt"
