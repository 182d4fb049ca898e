#!/usr/bin/env bash
# Import benchmark: N generated listings (default 100,000) into a fresh SQLite database.
# Prints wall time and peak resident memory of the import process.   Usage: ./import.sh [COUNT]
source "$(dirname "$0")/common.sh"
count=${1:-100000}
build_release
machine
csv="$data/listings-$count.csv"
/usr/bin/python3 "$shared/tools/gen_listings.py" --count "$count" --seed 1 > "$csv"
site migrate >/dev/null
echo "==> import of $count rows ($(du -h "$csv" | cut -f1))"
load
timed_site import "$csv"
echo "==> re-import of the same file (all rows unchanged)"
load
timed_site import "$csv"
