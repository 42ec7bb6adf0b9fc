# Sourced by bench/*/run.sh: the Release build they share and the reading
# of the key=value lines the measured programs print.
#
#   bench_build TARGET...   configure build-bench/ (Release, benches on, no
#                           tests) and build the targets, quietly
#   field LINE KEY          the number after KEY= in LINE
#   bench_imap_setup N...   sizes=(N... or 2000 10000), check mbsync is there,
#                           distill=$DISTILL or a Release build of it
#   bench_servers           start the test Dovecot and Postfix into $bench_work
#                           (a fresh folder) and source their env; both go
#                           away on exit
#   measure NAME CMD...     run CMD, keep its wall and CPU seconds and peak RSS
#   report LABEL NAME N BYTES   one line: wall seconds, msg/s, MB/s (over wall
#                           time), CPU seconds (user + system), peak RSS
#   mbsync_config FILE BOX DIR  an mbsyncrc pulling BOX of the test Dovecot
#                               into the Maildir DIR
bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bench_build_dir=$bench_root/build-bench

bench_build() {
  cmake -S "$bench_root" -B "$bench_build_dir" -DCMAKE_BUILD_TYPE=Release -DDISTILL_BUILD_BENCH=ON \
    -DDISTILL_BUILD_TESTS=OFF >/dev/null
  cmake --build "$bench_build_dir" -j2 --target "$@" >/dev/null
}

field() { sed -n "s/.*[ ^]$2=\([0-9.]*\).*/\1/p" <<<" $1"; }

bench_servers() {
  bench_work=$(mktemp -d /tmp/distill-bench.XXXXXX)
  bench_servers_dir=""
  trap bench_stop_servers EXIT
  bench_servers_dir=$("$bench_root/tests/servers/start.sh")
  # shellcheck disable=SC1091
  . "$bench_servers_dir/env"
}

bench_stop_servers() {
  [ -n "$bench_servers_dir" ] && "$bench_root/tests/servers/stop.sh" "$bench_servers_dir" >/dev/null 2>&1
  rm -rf "$bench_work"
}

measure() {
  local name=$1; shift
  if ! /usr/bin/time -f "%e %M %U %S" -o "$bench_work/$name.time" "$@" >"$bench_work/$name.log" 2>&1; then
    echo "bench: $name failed:" >&2
    cat "$bench_work/$name.log" >&2
    exit 1
  fi
}

report() {
  local secs rss user sys
  read -r secs rss user sys <"$bench_work/$2.time"
  awk -v name="$1" -v n="$3" -v b="$4" -v s="$secs" -v r="$rss" -v c="$user" -v k="$sys" 'BEGIN {
    if (s <= 0) s = 0.01
    printf "  %-15s %7.2f s  %8.0f msg/s  %7.1f MB/s  CPU %7.2f s  peak RSS %6.1f MB\n", name, s, n / s,
      b / 1e6 / s, c + k, r / 1024 }'
}

# mbsync checks the certificate's DNS names only, so it connects to localhost.
mbsync_config() {
  cat >"$1" <<CONF
IMAPAccount bench
Host localhost
Port $IMAPS_PORT
User $MAIL_USER
Pass $MAIL_PASSWORD
SSLType IMAPS
CertificateFile $CA_FILE

IMAPStore remote
Account bench

MaildirStore local
Path $3/
Inbox $3/INBOX

Channel bench
Far :remote:$2
Near :local:$2
Create Near
Sync Pull
SyncState *
CONF
}

bench_imap_setup() {
  if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(2000 10000); fi
  command -v mbsync >/dev/null || { echo "bench: mbsync not installed (scripts/install-deps)" >&2; exit 1; }
  distill=${DISTILL:-}
  if [ -z "$distill" ]; then
    echo "bench: building distill (Release) in build-bench" >&2
    bench_build distill
    distill="$bench_build_dir/app/distill"
  fi
}
