#!/usr/bin/env bash
# Stops the servers started by start.sh and removes their directory.
#   tests/servers/stop.sh DIR|ENV_FILE
# Idempotent: stopping what is already gone succeeds.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
arg=${1:?usage: stop.sh DIR|ENV_FILE}
if [ -f "$arg" ]; then
  DIR=$(sed -n 's/^DISTILL_IT_DIR=//p' "$arg")
  rm -f "$arg"
else
  DIR=$arg
fi
[ -n "$DIR" ] && [ -f "$DIR/env" ] || exit 0
case "$DIR" in /tmp/distill-it.*) ;; *) echo "stop.sh: refusing to remove '$DIR'" >&2; exit 1 ;; esac
"$here/ctl.sh" stop-smtp "$DIR" || true
"$here/ctl.sh" stop-imap "$DIR" || true
rm -rf "$DIR"
