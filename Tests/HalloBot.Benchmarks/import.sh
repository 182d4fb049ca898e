#!/usr/bin/env bash
# Import benchmark: N generated listings (default 100,000) into a fresh SQLite database.
# Prints wall time and peak resident memory of the import process.   Usage: ./import.sh [COUNT]
source "$(dirname "$0")/common.sh"
count=${1:-100000}
build_release
csv="$data/listings-$count.csv"
/usr/bin/python3 "$shared/tools/gen_listings.py" --count "$count" --seed 1 > "$csv"
site migrate >/dev/null
echo "==> import of $count rows ($(du -h "$csv" | cut -f1))"
load
/usr/bin/time -f "elapsed_s=%e max_rss_kb=%M" site import "$csv" 2>"$data/time.txt" | tail -3
tail -1 "$data/time.txt"
echo "==> re-import of the same file (all rows unchanged)"
load
/usr/bin/time -f "elapsed_s=%e max_rss_kb=%M" site import "$csv" 2>"$data/time2.txt" | tail -3
tail -1 "$data/time2.txt"
