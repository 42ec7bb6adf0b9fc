# Sourced by bench/*/run.sh: the Release build they share and the reading
# of the key=value lines the measured programs print.
#
#   bench_build TARGET...   configure build-bench/ (Release, benches on, no
#                           tests) and build the targets, quietly
#   field LINE KEY          the number after KEY= in LINE
bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bench_build_dir=$bench_root/build-bench

bench_build() {
  cmake -S "$bench_root" -B "$bench_build_dir" -DCMAKE_BUILD_TYPE=Release -DDISTILL_BUILD_BENCH=ON \
    -DDISTILL_BUILD_TESTS=OFF >/dev/null
  cmake --build "$bench_build_dir" -j2 --target "$@" >/dev/null
}

field() { sed -n "s/.*[ ^]$2=\([0-9.]*\).*/\1/p" <<<" $1"; }
