#!/usr/bin/env bash
# Throughput of the listing page next to a static file, in one run: wrk, 2 threads, 32 connections, loopback.
# Usage: ./listing-page.sh [SECONDS]   (needs wrk: apt-get install wrk)
source "$(dirname "$0")/common.sh"
seconds=${1:-20}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }
build_release
machine
site import "$shared/data/sample-listings.csv" >/dev/null
start_site
listing="http://127.0.0.1:$port/b/blumen-zimmermann"
static="http://127.0.0.1:$port/css/site.css"
curl -sf -o /dev/null "$listing" || { echo "listing page not served"; cat "$data/site.log"; exit 1; }
echo "==> warm-up"
wrk -t2 -c32 -d5s "$listing" >/dev/null
wrk -t2 -c32 -d5s "$static" >/dev/null
measure "static file baseline: $static" "$static"
measure "listing page: $listing" "$listing"
