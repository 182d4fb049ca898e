#!/usr/bin/env bash
# Throughput of the listing page next to a static file, in one run: wrk, 2 threads, 32 connections, loopback.
# Usage: ./listing-page.sh [SECONDS]   (needs wrk: apt-get install wrk)
source "$(dirname "$0")/common.sh"
seconds=${1:-20}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }
build_release
site import "$shared/data/sample-listings.csv" >/dev/null
port=5099
site --urls "http://127.0.0.1:$port" >"$data/site.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/robots.txt" >/dev/null && break; sleep 0.5; done
listing="http://127.0.0.1:$port/b/blumen-zimmermann"
static="http://127.0.0.1:$port/css/site.css"
curl -sf -o /dev/null "$listing" || { echo "listing page not served"; cat "$data/site.log"; exit 1; }
echo "==> warm-up"
wrk -t2 -c32 -d5s "$listing" >/dev/null
wrk -t2 -c32 -d5s "$static" >/dev/null
echo "==> static file baseline: $static"
wrk -t2 -c32 -d"${seconds}s" --latency "$static" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "==> listing page: $listing"
wrk -t2 -c32 -d"${seconds}s" --latency "$listing" | grep -E "Requests/sec|50%|99%|Non-2xx"
