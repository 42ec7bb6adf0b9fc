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
bench_imap_setup "$@"

bench_servers
work=$bench_work

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
  mbsync_config "$work/$n/mbsyncrc" "$box" "$work/$n/maildir"

  BENCH_IMAP_PASSWORD=$MAIL_PASSWORD measure "distill-$n" "$distill" --config "$work/$n/distill.conf" ingest
  measure "mbsync-$n" mbsync -c "$work/$n/mbsyncrc" bench
  got=$(find "$work/$n/maildir/$box/cur" "$work/$n/maildir/$box/new" -type f | wc -l)
  [ "$got" -eq "$n" ] || { echo "bench: mbsync stored $got of $n messages" >&2; exit 1; }

  echo "N = $n ($(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }'))"
  report "distill-$n" "distill-$n" "$n" "$bytes"
  report "mbsync-$n" "mbsync-$n" "$n" "$bytes"
  read -r ds _ <"$work/distill-$n.time"
  read -r ms _ <"$work/mbsync-$n.time"
  awk -v d="$ds" -v m="$ms" 'BEGIN { if (d <= 0) d = 0.01; printf "  distill throughput / mbsync throughput: %.2fx\n", m / d }'
  tail -n 1 "$work/distill-$n.log" | sed 's/^/  /'
done
