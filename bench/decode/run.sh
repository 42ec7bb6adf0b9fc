#!/usr/bin/env bash
# bench/decode/run.sh [COUNT] [PASSES]
#
# Decode benchmark: generates COUNT (default 300) newsletters with a fixed
# seed (bench/decode/generate.py), builds distill_bench_decode (Release) in
# build-bench/, then runs on the same files in the same run:
#   distill   MIME decode + HTML/text to Document (decode_message,
#             message_to_document), single thread
#   python    Python's email package, policy.default, text parts extracted
# Prints MB/s (over CPU time), msgs/s and peak RSS of each and the ratio,
# then distill's MIME decode alone (the work the Python peer does) and
# gumbo's parse alone on the same HTML bodies: no HTML-to-Document stage
# built on gumbo can be faster than that line. Measures only; the targets
# (>= 50 MB/s, >= 3x Python) are judged by the reader.
set -euo pipefail
count=${1:-300}
passes=${2:-3}
. "$(dirname "$0")/../common/lib.sh"
root=$bench_root
build=$bench_build_dir
data=$build/decode-data

bench_build distill_bench_decode

rm -rf "$data"
python3 "$root/bench/decode/generate.py" "$data" --count "$count" --seed 42
size=$(du -sb "$data" | cut -f1)
echo "== $count generated newsletters, $((size / 1024)) KiB, $passes passes"

distill=$("$build/bench/decode/distill_bench_decode" --passes "$passes" "$data")
python=$(python3 "$root/bench/decode/python_peer.py" --passes "$passes" "$data")
echo "distill: $distill"
echo "python:  $python"
python3 - "$(field "$distill" mb_per_s)" "$(field "$python" mb_per_s)" "$(field "$distill" mime_mb_per_s)" \
  "$(field "$distill" gumbo_mb_per_s)" "$(field "$distill" peak_rss_mib)" "$(field "$python" peak_rss_mib)" <<'PY'
import sys
d, p, mime, gumbo, dr, pr = map(float, sys.argv[1:])
print(f"decode + HTML to Document: distill {d:.1f} MB/s vs python {p:.1f} MB/s = {d / p:.2f}x; "
      f"peak RSS {dr:.1f} MiB vs {pr:.1f} MiB")
print(f"MIME decode alone (the work python does): {mime:.1f} MB/s = {mime / p:.2f}x python")
print(f"gumbo_parse alone on the same HTML bodies: {gumbo:.1f} MB/s, the ceiling of the whole stage")
PY
