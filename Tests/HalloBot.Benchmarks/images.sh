#!/usr/bin/env bash
# Photo benchmark (issue 4), in one run on the same files:
#   COUNT (default 20) generated 12-megapixel JPEGs (4000×3000, quality 90, EXIF with GPS, ~phone size)
#   → the image pipeline in a Release build, as the photo job does it (read, check, decode, orient, strip,
#     3 sizes × WebP and JPEG, atomic publish), one photo at a time and then PARALLEL (default 2) at a time,
#     after one uncounted photo in the same process (JIT):
#     photos per minute and peak memory of the process (/usr/bin/time -v)
#   → libvips' vipsthumbnail making the same 6 files per photo (2048, 1024, 400 px; JPEG Q82, WebP Q80, stripped)
#     as the reference: photos per minute and peak memory.
# Usage: ./images.sh [COUNT] [PARALLEL]   (installs libvips-tools when vipsthumbnail is missing)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$repo/Tests/HalloBot.Benchmarks"
count=${1:-20}
parallel=${2:-2}
work=$(mktemp -d /tmp/hallobot-images-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

if ! command -v vipsthumbnail >/dev/null; then
  echo "==> installing libvips-tools (vipsthumbnail)"
  if [ "$(id -u)" = 0 ]; then apt-get install -y libvips-tools >/dev/null; else sudo apt-get install -y libvips-tools >/dev/null; fi
fi

echo "==> Release build of the harness"
dotnet build "$here" -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
harness=(dotnet "$here/bin/Release/net10.0/HalloBot.Benchmarks.dll")

echo "==> $(date -Iseconds) on $(hostname): $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB memory, commit $(git -C "$repo" rev-parse --short HEAD), $(vipsthumbnail --vips-version)"
load() { echo "    load before: $(uptime | sed 's/.*load average/load average/')"; }

# A command under /usr/bin/time -v: its output indented, then its wall time, CPU time (user + system, which a
# loaded machine disturbs less than wall time) per photo, and peak RSS.
timed() {
  local times="$work/time.$RANDOM.txt"
  /usr/bin/time -v -o "$times" "$@" 2>&1 | sed 's/^/    /'
  awk -F': ' -v n="$count" '/Elapsed \(wall clock\)/ {wall=$2} /User time/ {cpu+=$2} /System time/ {cpu+=$2} /Maximum resident set size/ {rss=$2}
    END {printf "    elapsed=%s cpu=%.1f s (%.2f s per photo) max_rss=%d MiB\n", wall, cpu, cpu / n, rss/1024}' "$times"
}

echo "==> generating $count photos of 4000×3000"
"${harness[@]}" photos-generate --output "$work/originals" --count "$count" --width 4000 --height 3000
du -sh "$work/originals" | awk '{print "    " $1 " in all"}'

for jobs in 1 "$parallel"; do
  echo "==> image pipeline (ImageSharp 2.1.13), $jobs at a time"
  load
  rm -rf "$work/media"
  timed "${harness[@]}" photos --input "$work/originals" --output "$work/media" --parallel "$jobs"
done

echo "==> vipsthumbnail, the same 6 files per photo (each run decodes the original again, with shrink-on-load)"
load
mkdir -p "$work/vips"
vips_all() {
  local side name
  for side in 2048:full 1024:page 400:list; do
    name=${side#*:}; side=${side%:*}
    vipsthumbnail -s "$side" -o "$work/vips/%s-$name.jpg[Q=82,strip]" "$work"/originals/*.jpg
    vipsthumbnail -s "$side" -o "$work/vips/%s-$name.webp[Q=80,strip]" "$work"/originals/*.jpg
  done
}
export -f vips_all
export work
start=$(date +%s.%N)
timed bash -c vips_all
end=$(date +%s.%N)
awk -v n="$count" -v s="$start" -v e="$end" 'BEGIN {printf "    wall: %.1f s = %.1f photos/minute\n", e - s, n / ((e - s) / 60)}'
echo "    $(ls "$work/vips" | wc -l) files; $(du -sk "$work/vips" | awk -v n="$count" '{printf "%d KiB per photo", $1 / n}')"
