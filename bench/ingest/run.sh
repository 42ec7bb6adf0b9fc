#!/usr/bin/env bash
# Ingest benchmark: distill against mbsync, pulling the same mailbox from the
# same Dovecot (the test harness's, IMAPS on 127.0.0.1) in the same run.
#
#   bench/ingest/run.sh [N...]        default: 2000 10000
#   DISTILL=path/to/distill bench/ingest/run.sh 500
#
# For each N: generates N HTML newsletters (20-80 KB, quoted-printable and
# base64, utf-8 / iso-8859-1 / windows-1252) into a fresh mailbox, lets
# Dovecot index it once, then times `distill ingest` into an empty store and
# `mbsync` (default settings, so its FSync) into an empty Maildir. Prints
# messages/s, MB/s and peak RSS of both, and the throughput ratio. The goal:
# distill at least 2x mbsync, with peak RSS under 100 MB whatever N is.
# Needs root (the harness starts Postfix too) and isync installed.
set -euo pipefail
. "$(dirname "$0")/../common/lib.sh"
root=$bench_root
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(2000 10000); fi
command -v mbsync >/dev/null || { echo "bench: mbsync not installed (scripts/install-deps)" >&2; exit 1; }

distill=${DISTILL:-}
if [ -z "$distill" ]; then
  echo "bench: building distill (Release) in build-bench" >&2
  bench_build distill
  distill="$bench_build_dir/app/distill"
fi

work=$(mktemp -d /tmp/distill-bench.XXXXXX)
DIR=""
cleanup() {
  [ -n "$DIR" ] && "$root/tests/servers/stop.sh" "$DIR" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
DIR=$("$root/tests/servers/start.sh")
# shellcheck disable=SC1091
. "$DIR/env"

# measure NAME COMMAND...: runs it, leaves "seconds peak_rss_kb" in $work/NAME.time
measure() {
  local name=$1; shift
  if ! /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1; then
    echo "bench: $name failed:" >&2
    cat "$work/$name.log" >&2
    exit 1
  fi
}

report() {  # report NAME COUNT BYTES
  read -r secs rss <"$work/$1.time"
  awk -v name="$1" -v n="$2" -v b="$3" -v s="$secs" -v r="$rss" 'BEGIN {
    if (s <= 0) s = 0.01
    printf "  %-15s %7.2f s  %8.0f msg/s  %7.1f MB/s  peak RSS %6.1f MB\n", name, s, n / s, b / 1e6 / s, r / 1024 }'
}

echo "distill ingest vs mbsync, IMAPS on 127.0.0.1 (Dovecot $(dovecot --version | cut -d' ' -f1))"
for n in "${sizes[@]}"; do
  box="bench-$n"
  bytes=$(/usr/bin/python3 "$root/bench/ingest/generate.py" "$n" "$MAILDIR/.$box")
  # Dovecot indexes a fresh mailbox on first open: do it here, for neither tool to pay.
  curl -s --cacert "$CA_FILE" -u "$MAIL_USER:$MAIL_PASSWORD" "imaps://127.0.0.1:$IMAPS_PORT/" \
    -X "EXAMINE $box" >/dev/null

  mkdir -p "$work/$n/maildir"
  cat >"$work/$n/distill.conf" <<CONF
[store]
path = $work/$n/distill.db

[imap]
url = imaps://127.0.0.1:$IMAPS_PORT
user = $MAIL_USER
password_env = BENCH_IMAP_PASSWORD
ca_file = $CA_FILE
mailbox = $box
max_size = 50M
CONF
  # mbsync checks the certificate's DNS names only, so it connects to localhost.
  cat >"$work/$n/mbsyncrc" <<CONF
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
Path $work/$n/maildir/
Inbox $work/$n/maildir/INBOX

Channel bench
Far :remote:$box
Near :local:$box
Create Near
Sync Pull
SyncState *
CONF

  BENCH_IMAP_PASSWORD=$MAIL_PASSWORD measure "distill-$n" "$distill" --config "$work/$n/distill.conf" ingest
  measure "mbsync-$n" mbsync -c "$work/$n/mbsyncrc" bench
  got=$(find "$work/$n/maildir/$box/cur" "$work/$n/maildir/$box/new" -type f | wc -l)
  [ "$got" -eq "$n" ] || { echo "bench: mbsync stored $got of $n messages" >&2; exit 1; }

  echo "N = $n ($(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }'))"
  report "distill-$n" "$n" "$bytes"
  report "mbsync-$n" "$n" "$bytes"
  read -r ds _ <"$work/distill-$n.time"
  read -r ms _ <"$work/mbsync-$n.time"
  awk -v d="$ds" -v m="$ms" 'BEGIN { if (d <= 0) d = 0.01; printf "  distill throughput / mbsync throughput: %.2fx\n", m / d }'
  tail -n 1 "$work/distill-$n.log" | sed 's/^/  /'
done
