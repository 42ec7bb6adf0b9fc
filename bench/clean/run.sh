#!/usr/bin/env bash
# bench/clean/run.sh [COUNT] [PASSES]
#
# Clean benchmark: generates COUNT (default 300) newsletters with a fixed
# seed (bench/clean/generate.py), builds distill_bench_clean (Release) in
# build-bench/, then runs on the same files in the same run:
#   distill      clean() + summarize() on the decoded Documents (the stage
#                measured), and the whole pipeline with MIME decode and
#                HTML -> Document, single thread
#   readability  Mozilla Readability with jsdom 28 on the HTML bodies (Node;
#                installed into bench/node_modules on first use)
# and then both again on the hand-written newsletters of the held-out set
# (tests/fixtures/clean/heldout): generated mail repeats one generator's
# phrasing, which flatters the vocabulary's automata; the held-out set has
# seven languages and hundreds of senders' layouts.
# Prints MB/s of raw message bytes (over CPU time, which a busy machine does
# not inflate; wall-clock figures are in the raw lines), msgs/s and peak RSS
# of each, and the ratios. Measures only; the targets (clean + summarize >=
# 20 MB/s single-threaded, >= 30x Readability) are judged by the reader.
set -euo pipefail
count=${1:-300}
passes=${2:-3}
. "$(dirname "$0")/../common/lib.sh"
root=$bench_root
build=$bench_build_dir
data=$build/clean-data

bench_build distill_bench_clean

rm -rf "$data" "$data-bodies"
python3 "$root/bench/clean/generate.py" "$data" --count "$count" --seed 42
size=$(du -sb "$data" | cut -f1)
echo "== $count generated newsletters, $((size / 1024)) KiB, $passes passes"

# measure LABEL DIR: distill and the peer on the .eml files of DIR, one
# summary line.
measure() {
  local label=$1 dir=$2 distill peer=""
  distill=$("$build/bench/clean/distill_bench_clean" --passes "$passes" "$dir")
  echo "distill:     $distill"
  if command -v node >/dev/null && command -v npm >/dev/null; then
    if [ ! -d "$root/bench/node_modules/@mozilla/readability" ] || [ ! -d "$root/bench/node_modules/jsdom" ]; then
      (cd "$root/bench" && npm install --no-audit --no-fund --silent >&2) || true
    fi
    if [ -d "$root/bench/node_modules/jsdom" ]; then
      rm -rf "$data-bodies" && mkdir -p "$data-bodies"
      python3 "$root/bench/quality/extract_bodies.py" "$dir" "$data-bodies"
      peer=$(node "$root/bench/clean/readability_peer.mjs" "$data-bodies" "$dir" 1)
      echo "readability: $peer"
    fi
  fi
  [ -n "$peer" ] || echo "readability: not run (node/npm or the packages are missing)"

  python3 - "$label" "$(field "$distill" clean_mb_per_s)" "$(field "$distill" pipeline_mb_per_s)" \
    "$(field "$distill" peak_rss_mib)" "$(field "$peer" mb_per_s)" "$(field "$peer" peak_rss_mib)" <<'PY'
import sys
label = sys.argv[1]
clean, pipeline, rss = map(float, sys.argv[2:5])
line = f"{label}: clean+summarize: {clean:.1f} MB/s; whole pipeline (decode too): {pipeline:.1f} MB/s; peak RSS {rss:.1f} MiB"
if sys.argv[5]:
    peer, peer_rss = float(sys.argv[5]), float(sys.argv[6])
    line += (f"\n{label}: readability: {peer:.2f} MB/s, peak RSS {peer_rss:.1f} MiB; "
             f"distill clean+summarize {clean / peer:.0f}x, whole pipeline {pipeline / peer:.0f}x Readability")
print(line)
PY
}

measure generated "$data"

heldout=$root/tests/fixtures/clean/heldout
size=$(cat "$heldout"/*.eml | wc -c)
echo "== $(ls "$heldout"/*.eml | wc -l) hand-written held-out newsletters, $((size / 1024)) KiB, $passes passes"
measure held-out "$heldout"
