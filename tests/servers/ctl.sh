#!/usr/bin/env bash
# Controls the servers of a harness directory made by start.sh.
#
#   ctl.sh start-imap DIR      start both Dovecot instances
#   ctl.sh stop-imap DIR       SIGTERM Dovecot, wait until its ports close
#   ctl.sh kill-imap DIR       SIGKILL Dovecot (a crash), wait until its ports close
#   ctl.sh restart-imap DIR    kill-imap, then start-imap and wait for the ports
#   ctl.sh start-smtp DIR      start Postfix
#   ctl.sh stop-smtp DIR       SIGTERM Postfix, wait until its ports close
#   ctl.sh wait DIR PORT...    wait (10 s at most) until every PORT accepts
#
# Each server runs in its own session (setsid), so a signal goes to its whole
# process group. Liveness is judged by the ports, never by kill -0: a server
# that died may linger as a zombie nobody reaps.
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"
cmd=${1:?usage: ctl.sh COMMAND DIR}
DIR=${2:?usage: ctl.sh COMMAND DIR}
shift 2
# shellcheck disable=SC1091
. "$DIR/env"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

servers_alive() {  # every started server process exists and is not a zombie
  local f pid state
  for f in "$DIR"/*.pid; do
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) || return 1
    [ -n "$state" ] && [ "$state" != Z ] || return 1
  done
}

wait_ports() {  # wait_ports open|closed PORT...
  local want=$1; shift
  local deadline=$((SECONDS + 10))
  for port in "$@"; do
    while :; do
      if port_open "$port"; then [ "$want" = open ] && break; else [ "$want" = closed ] && break; fi
      if [ "$want" = open ] && ! servers_alive; then
        echo "servers: a server exited while starting" >&2
        return 1
      fi
      if [ $SECONDS -ge $deadline ]; then
        echo "servers: port $port not $want after 10 s" >&2
        return 1
      fi
      sleep 0.02
    done
  done
}

start_server() {  # start_server NAME COMMAND...
  local name=$1; shift
  setsid "$@" </dev/null >"$DIR/$name.out" 2>&1 &
  echo $! >"$DIR/$name.pid"
}

signal_server() {  # signal_server NAME SIGNAL
  local f="$DIR/$1.pid"
  [ -f "$f" ] || return 0
  local pid; pid=$(cat "$f")
  kill "-$2" -- "-$pid" 2>/dev/null || kill "-$2" "$pid" 2>/dev/null || true
  rm -f "$f"
}

start_imap() {
  for name in dovecot dovecot-plain; do
    rm -f "$DIR/$name/run/master.pid"
    start_server "$name" dovecot -F -c "$DIR/$name/dovecot.conf"
  done
}

case "$cmd" in
  start-imap)
    start_imap
    ;;
  stop-imap | kill-imap)
    sig=TERM; [ "$cmd" = kill-imap ] && sig=KILL
    signal_server dovecot "$sig"
    signal_server dovecot-plain "$sig"
    wait_ports closed "$IMAP_PORT" "$IMAPS_PORT" "$IMAP_PLAIN_PORT"
    ;;
  restart-imap)
    signal_server dovecot KILL
    signal_server dovecot-plain KILL
    wait_ports closed "$IMAP_PORT" "$IMAPS_PORT" "$IMAP_PLAIN_PORT"
    start_imap
    wait_ports open "$IMAP_PORT" "$IMAPS_PORT" "$IMAP_PLAIN_PORT"
    ;;
  start-smtp)
    start_server postfix postfix -c "$DIR/postfix/etc" start-fg
    ;;
  stop-smtp)
    # The master's own pid file is the reliable handle; start-fg execs it.
    if [ -f "$DIR/postfix/spool/pid/master.pid" ]; then
      kill -TERM "$(tr -d ' ' <"$DIR/postfix/spool/pid/master.pid")" 2>/dev/null || true
    fi
    signal_server postfix TERM
    wait_ports closed "$SMTP_PORT" "$SUBMISSION_PORT" "$SMTPS_PORT"
    ;;
  wait)
    wait_ports open "$@"
    ;;
  *)
    echo "ctl.sh: unknown command '$cmd'" >&2
    exit 2
    ;;
esac
