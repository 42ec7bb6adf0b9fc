#!/usr/bin/env bash
# fuzz/run.sh SECONDS
#
# Configures a clang build with ASan + UBSan and the libFuzzer targets in
# build-fuzz/, builds only the fuzz targets, and runs each of them for
# SECONDS (default 60) on a small seed corpus:
#   fuzz_mime, fuzz_html_document  tests/fixtures/decode, the shared MIME
#                                  corpus when present, generated seeds
#   any other fuzz/<area>/*_fuzz   fuzz/<area>/corpus/ when present
# Exits non-zero as soon as a target reports a crash, a sanitizer error, a
# leak, a timeout or an out-of-memory; the input that did it is kept in
# build-fuzz/artifacts/. Corpora grown by a run are kept in
# build-fuzz/corpus/<target>/ and reused by the next.
set -euo pipefail
seconds=${1:-60}
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build-fuzz

command -v clang++ >/dev/null || { echo "fuzz/run.sh: clang++ not found (scripts/install-deps installs it)" >&2; exit 2; }

cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDISTILL_BUILD_FUZZ=ON -DDISTILL_SANITIZE=ON \
  -DDISTILL_BUILD_TESTS=OFF -DDISTILL_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j2 --target distill_fuzz

seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds/mime" "$seeds/html_document" "$build/artifacts"
python3 "$root/fuzz/decode/make_seeds.py" "$seeds/mime" "$seeds/html_document"
cp "$root"/tests/fixtures/decode/*.html "$seeds/html_document/" 2>/dev/null || true
cp "$root"/tests/fixtures/decode/*.eml "$seeds/mime/" 2>/dev/null || true
if [ -d "$root/../shared/corpus/mime" ]; then
  # The small ones: the fuzzer's input size limit follows the largest seed.
  find "$root/../shared/corpus/mime" -name '*.eml' -size -16k -exec cp {} "$seeds/mime/" \;
fi

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

status=0
for bin in "$build"/fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin")
  short=${name#fuzz_}
  corpus=$build/corpus/$name
  mkdir -p "$corpus"
  inputs=("$corpus")
  [ -d "$seeds/$short" ] && inputs+=("$seeds/$short")
  for dir in "$root"/fuzz/*/; do
    if [ -f "$dir${short}_fuzz.cpp" ] && [ -d "${dir}corpus" ]; then inputs+=("${dir}corpus"); fi
  done
  echo "== $name for ${seconds}s"
  if ! "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$build/artifacts/$name-" "${inputs[@]}" \
      >"$build/$name.log" 2>&1; then
    echo "fuzz/run.sh: $name failed; last lines of $build/$name.log:" >&2
    tail -n 40 "$build/$name.log" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units|^Done' "$build/$name.log" || tail -n 2 "$build/$name.log"
  fi
done
exit $status
