#!/usr/bin/env bash
# bench/digest/run.sh [ISSUES] [BUDGET_MINUTES]
#
# Digest benchmark: builds distill_bench_digest (Release) in build-bench/
# and groups the stories of ISSUES (default 2,000) made-up issues (of the
# first 20,000, the window compose lays a digest out over), then composes
# one digest of them within BUDGET_MINUTES (default 15), reading the
# summaries one at a time from a scratch file as deliver reads them from
# the store. Prints
# the CPU seconds of grouping and of the whole compose, the digest's size
# and the peak RSS, beside process's cost for as many messages (about 4.5 ms
# of CPU each, README "Benchmarks"): grouping must stay a small part of
# `distill run`. Measures only.
#
# bench/digest/run.sh --deliver [ISSUES] [BUDGET_MINUTES] [DIGEST_DIR]
#
# The whole deliver stage instead: stores ISSUES made-up processed issues in
# a scratch store, then delivers them (every digest, and the record of what
# each one carried) into a sink that keeps nothing, and prints deliver's CPU
# seconds and peak RSS. BUDGET_MINUTES may be "none" (budget = none). With
# DIGEST_DIR each digest's MIME is written there (1.eml, 2.eml, ...), to
# compare two builds' digests.
set -euo pipefail
if [ "${1:-}" = --deliver ]; then
  shift
  . "$(dirname "$0")/../common/lib.sh"
  bench_build distill_bench_digest
  budget=${2:-15}
  [ "$budget" = none ] && budget=0
  echo "distill: $("$bench_build_dir/bench/digest/distill_bench_digest" --deliver "${1:-2000}" "$budget" ${3:+"$3"})"
  exit 0
fi
issues=${1:-2000}
budget=${2:-15}
. "$(dirname "$0")/../common/lib.sh"
build=$bench_build_dir

bench_build distill_bench_digest
line=$("$build/bench/digest/distill_bench_digest" "$issues" "$budget")
echo "distill: $line"
python3 - "$issues" "$(field "$line" group_seconds)" "$(field "$line" compose_seconds)" <<'PY'
import sys
issues, group, compose = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
process = issues * 0.0045
print(f"grouping {issues} issues: {group:.3f} s CPU, compose in all {compose:.3f} s; "
      f"process of as many messages about {process:.0f} s CPU: grouping is {100 * group / process:.2f} % of it")
PY
