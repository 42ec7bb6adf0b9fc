#!/usr/bin/env bash
# fuzz/run.sh [SECONDS [TARGET]]     fuzz each target (or TARGET) for SECONDS
# fuzz/run.sh --merge [TARGET]       fold what runs found into the kept corpora
#
# Configures a clang build with ASan + UBSan and the libFuzzer targets in
# build-fuzz/ and builds only the fuzz targets. TARGET is a name without its
# fuzz_ prefix (html_document, mime, headers, imap_parser, smtp_reply,
# config, clean_summarize, compose); SECONDS defaults to 60.
#
# A run starts from
#   fuzz/corpus/TARGET/          the kept corpus, minimized, in the repository
#   tests/fixtures/fuzz/TARGET/  inputs that once failed (regression fixtures)
#   generated seeds              for mime and html_document (make_seeds.py,
#                                tests/fixtures/decode)
# Only hand-made and generated inputs seed the runs: what they grow is
# committed, and other people's mail must not end up in the repository.
# and writes what it finds to build-fuzz/corpus/TARGET/, which the next run
# reuses. `--merge` minimizes the kept corpus together with that and the
# fixtures (libFuzzer's -merge=1, inputs up to 2 KB) and replaces
# fuzz/corpus/TARGET/ with the result: commit it.
#
# Exits non-zero as soon as a target reports a crash, a sanitizer error, a
# leak, a timeout (-timeout=10 per input) or an out-of-memory; the input that
# did it is kept in build-fuzz/artifacts/. The run is niced and uses one
# process (-jobs is never set).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build-fuzz

merge=0
if [ "${1:-}" = "--merge" ]; then
  merge=1
  shift
  only=${1:-}
else
  seconds=${1:-60}
  only=${2:-}
fi
case "${seconds:-0}" in (*[!0-9]*|'') echo "fuzz/run.sh: SECONDS must be a number, not '$seconds'" >&2; exit 2;; esac

command -v clang++ >/dev/null || { echo "fuzz/run.sh: clang++ not found (scripts/install-deps installs it)" >&2; exit 2; }

cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDISTILL_BUILD_FUZZ=ON -DDISTILL_SANITIZE=ON \
  -DDISTILL_BUILD_TESTS=OFF -DDISTILL_BUILD_BENCH=OFF >/dev/null
if [ -n "$only" ]; then
  [ -n "$(ls "$root"/fuzz/*/"${only}_fuzz.cpp" 2>/dev/null)" ] ||
    { echo "fuzz/run.sh: no fuzz target '$only' (fuzz/*/${only}_fuzz.cpp)" >&2; exit 2; }
  nice cmake --build "$build" -j2 --target "fuzz_$only"
else
  nice cmake --build "$build" -j2 --target distill_fuzz
fi

seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds/mime" "$seeds/html_document" "$build/artifacts"
python3 "$root/fuzz/decode/make_seeds.py" "$seeds/mime" "$seeds/html_document"
cp "$root"/tests/fixtures/decode/*.html "$seeds/html_document/" 2>/dev/null || true
cp "$root"/tests/fixtures/decode/*.eml "$seeds/mime/" 2>/dev/null || true

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
flags=(-timeout=10 -rss_limit_mb=2560 -max_len=65536)

status=0
for bin in "$build"/fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin")
  short=${name#fuzz_}
  [ -z "$only" ] || [ "$short" = "$only" ] || continue
  found=$build/corpus/$short
  kept=$root/fuzz/corpus/$short
  mkdir -p "$found" "$kept"
  inputs=("$found" "$kept")
  [ -d "$seeds/$short" ] && inputs+=("$seeds/$short")
  [ -d "$root/tests/fixtures/fuzz/$short" ] && inputs+=("$root/tests/fixtures/fuzz/$short")
  if [ $merge = 1 ]; then
    # The minimal set that covers what the kept corpus, the runs' finds and
    # the fixtures cover, written fresh and then put in place of the kept one.
    # Seeds are made again by every run and stay out; inputs over 2 KB stay
    # out too, so that a kept corpus stays a few hundred KB.
    fresh=$build/merge/$short
    pool=$build/merge/$short.pool
    rm -rf "$fresh" "$pool"
    mkdir -p "$fresh" "$pool"
    for dir in "$kept" "$found" "$root/tests/fixtures/fuzz/$short"; do
      [ -d "$dir" ] && find "$dir" -maxdepth 1 -type f -size -2049c -exec cp {} "$pool/" \;
    done
    echo "== $name: merging into fuzz/corpus/$short"
    if ! nice "$bin" -merge=1 "${flags[@]}" "$fresh" "$pool" >"$build/$name.merge.log" 2>&1; then
      echo "fuzz/run.sh: merging $name failed; last lines of $build/$name.merge.log:" >&2
      tail -n 20 "$build/$name.merge.log" >&2
      status=1
      continue
    fi
    rm -rf "$kept" "$pool"
    mv "$fresh" "$kept"
    echo "   $(ls "$kept" | wc -l) files, $(du -sk --apparent-size "$kept" | cut -f1) KB"
    continue
  fi
  echo "== $name for ${seconds}s"
  if ! nice "$bin" -max_total_time="$seconds" "${flags[@]}" -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$name-" "${inputs[@]}" >"$build/$name.log" 2>&1; then
    echo "fuzz/run.sh: $name failed; last lines of $build/$name.log:" >&2
    tail -n 40 "$build/$name.log" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units|^Done' "$build/$name.log" || tail -n 2 "$build/$name.log"
  fi
done
exit $status
