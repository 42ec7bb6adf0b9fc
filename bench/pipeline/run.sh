#!/usr/bin/env bash
# Pipeline benchmark: the whole of `distill run`, stage by stage, from the
# test Dovecot (IMAPS on 127.0.0.1) into an empty store and a file sink,
# beside the tools a user would otherwise script together: `mbsync` pulling
# the same mailbox and Python's `email` package parsing the same files.
#
#   bench/pipeline/run.sh [N...]        default: 2000 10000
#   DISTILL=path/to/distill bench/pipeline/run.sh 500
#
# For each N: generates N HTML newsletters with bench/ingest's generator
# into a fresh mailbox and lets Dovecot index it once. Then, in the same run:
#   ingest          `distill ingest` into an empty store
#   process -j1     `distill process --jobs 1` on a copy of that store
#   process         `distill process` (one worker per core) on the store
#   deliver         `distill deliver` composing the digest into a file sink
#   run             `distill run`: all three at once, another empty store
#   mbsync          `mbsync` into an empty Maildir
#   python email    bench/decode/python_peer.py (email.policy.default, text
#                   parts extracted) over the same files, one pass
# Prints wall seconds, messages/s, MB/s (of the mailbox's bytes over wall
# time), CPU seconds and peak RSS of each, the machine's load average (on a
# shared machine wall times say little alone: compare within a run), and
# the store's write cost per message that `process -v` reports. Measures
# only; it judges nothing. Needs root (the harness starts Postfix too) and
# isync installed.
set -euo pipefail
. "$(dirname "$0")/../common/lib.sh"
root=$bench_root
bench_imap_setup "$@"

bench_servers
work=$bench_work

# config DIR: a config for a store in DIR, the bench mailbox and a file sink
config() {
  mkdir -p "$1/sink"
  cat >"$1/distill.conf" <<CONF
[store]
path = $1/distill.db

[imap]
url = imaps://127.0.0.1:$IMAPS_PORT
user = $MAIL_USER
password_env = BENCH_IMAP_PASSWORD
ca_file = $CA_FILE
mailbox = $box
max_size = 50M

[smtp]
url = file:$1/sink
from = distill <bench@example.com>
to = reader@example.com
CONF
}

echo "distill run, stage by stage, from Dovecot $(dovecot --version | cut -d' ' -f1) on 127.0.0.1 ($(nproc) cores)"
for n in "${sizes[@]}"; do
  box="pipeline-$n"
  bytes=$(/usr/bin/python3 "$root/bench/ingest/generate.py" "$n" "$MAILDIR/.$box")
  # Dovecot indexes a fresh mailbox on first open: do it here, for no tool to pay.
  curl -s --cacert "$CA_FILE" -u "$MAIL_USER:$MAIL_PASSWORD" "imaps://127.0.0.1:$IMAPS_PORT/" \
    -X "EXAMINE $box" >/dev/null

  stages=$work/$n/stages one=$work/$n/one-worker whole=$work/$n/whole
  config "$stages"; config "$one"; config "$whole"
  export BENCH_IMAP_PASSWORD=$MAIL_PASSWORD
  measure "ingest-$n" "$distill" --config "$stages/distill.conf" ingest
  cp "$stages/distill.db" "$one/distill.db"
  measure "process1-$n" "$distill" -v --config "$one/distill.conf" process --jobs 1
  rm -f "$one/distill.db"*
  measure "process-$n" "$distill" -v --config "$stages/distill.conf" process
  measure "deliver-$n" "$distill" --config "$stages/distill.conf" deliver
  measure "run-$n" "$distill" --config "$whole/distill.conf" run
  rm -rf "$whole"

  mkdir -p "$work/$n/maildir"
  mbsync_config "$work/$n/mbsyncrc" "$box" "$work/$n/maildir"
  measure "mbsync-$n" mbsync -c "$work/$n/mbsyncrc" bench
  mkdir -p "$work/$n/eml"
  for f in "$MAILDIR/.$box"/cur/*; do ln -s "$f" "$work/$n/eml/$(basename "$f").eml"; done
  measure "python-$n" /usr/bin/python3 "$root/bench/decode/python_peer.py" --passes 1 "$work/$n/eml"
  rm -rf "$work/$n/maildir" "$work/$n/eml"

  echo "N = $n ($(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }'), load average $(cut -d' ' -f1-3 /proc/loadavg))"
  report "ingest" "ingest-$n" "$n" "$bytes"
  report "process -j1" "process1-$n" "$n" "$bytes"
  report "process" "process-$n" "$n" "$bytes"
  report "deliver" "deliver-$n" "$n" "$bytes"
  report "run (all)" "run-$n" "$n" "$bytes"
  report "mbsync" "mbsync-$n" "$n" "$bytes"
  report "python email" "python-$n" "$n" "$bytes"
  grep -h "store writes" "$work/process1-$n.log" "$work/process-$n.log" | sed 's/^distill: /  /'
  grep -h "summarized" "$work/process-$n.log" | sed 's/^distill: /  /'
  rm -rf "$work/$n"
  rm -rf "${MAILDIR:?}/.$box"
done
