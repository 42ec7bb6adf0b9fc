#!/usr/bin/env bash
# Starts throw-away mail servers on 127.0.0.1 for the integration tests and
# benchmarks: Dovecot (IMAP with STARTTLS, IMAPS, and a second plain-only
# instance without TLS) and Postfix (SMTP with STARTTLS, submission with
# STARTTLS + AUTH, SMTPS with AUTH). Both serve one Maildir, one user.
#
#   tests/servers/start.sh [ENV_FILE]
#
# Makes DIR=/tmp/distill-it.XXXXXX with a self-signed certificate made now,
# writes DIR/env (sourceable: ports, user, password, CA file, Maildir) and,
# when ENV_FILE is given, a copy of it there. Prints DIR on stdout. On failure
# prints the server logs and stops what it started. Stop with
# tests/servers/stop.sh DIR (or ENV_FILE). Needs root (Postfix does).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
env_out=${1:-}

die() { echo "servers: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "must run as root (postfix needs it)"
for p in dovecot postfix openssl; do
  command -v "$p" >/dev/null || [ -x "/usr/sbin/$p" ] || die "$p not installed (run scripts/install-deps)"
done
export PATH="$PATH:/usr/sbin:/sbin"

DIR=$(mktemp -d /tmp/distill-it.XXXXXX)
chmod 755 "$DIR"
ok=no
cleanup_on_failure() {
  if [ "$ok" != yes ]; then
    echo "servers: start failed; logs follow" >&2
    for f in "$DIR"/dovecot/dovecot.log "$DIR"/dovecot-plain/dovecot.log "$DIR"/postfix/postfix.log "$DIR"/*.out; do
      [ -f "$f" ] && { echo "--- $f" >&2; tail -n 40 "$f" >&2; }
    done
    "$here/stop.sh" "$DIR" >/dev/null 2>&1 || true
  fi
}
trap cleanup_on_failure EXIT

# Free ports, chosen by the kernel (bind to port 0) and released at once.
read -r IMAP_PORT IMAPS_PORT IMAP_PLAIN_PORT SMTP_PORT SUBMISSION_PORT SMTPS_PORT < <(
  /usr/bin/python3 - <<'EOF'
import socket
socks = []
for _ in range(6):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
EOF
)

# Certificates: the server's (CA:TRUE, SANs for localhost and 127.0.0.1) and an
# unrelated one that tests use as a wrong CA.
mkdir -p "$DIR/tls"
make_cert() {  # make_cert NAME
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -keyout "$DIR/tls/$1-key.pem" -out "$DIR/tls/$1.pem" 2>/dev/null
}
make_cert cert
make_cert other
chmod 644 "$DIR"/tls/*.pem

MAILDIR="$DIR/mail/Maildir"
mkdir -p "$MAILDIR"/{cur,new,tmp}
chown -R nobody:nogroup "$DIR/mail"

write_dovecot_conf() {  # write_dovecot_conf NAME SSL LISTENERS
  local d="$DIR/$1"
  mkdir -p "$d/run" "$d/state"
  printf 'test:{PLAIN}testpass\n' >"$d/passwd"
  chown dovecot "$d/passwd"; chmod 600 "$d/passwd"
  cat >"$d/dovecot.conf" <<EOF
instance_name = distill-$(basename "$DIR")-$1
base_dir = $d/run
state_dir = $d/state
listen = 127.0.0.1
protocols = imap
log_path = $d/dovecot.log
ssl = $2
ssl_cert = <$DIR/tls/cert.pem
ssl_key = <$DIR/tls/cert-key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:$MAILDIR
mail_max_userip_connections = 100
passdb {
  driver = passwd-file
  args = $d/passwd
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$DIR/mail
}
service imap-login {
$3
}
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service auth {
  unix_listener auth-postfix {
    mode = 0666
  }
}
protocol imap {
  mail_max_userip_connections = 100
}
EOF
}
write_dovecot_conf dovecot yes "  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $IMAPS_PORT
    ssl = yes
  }"
# A server that offers no STARTTLS at all: what an imap:// URL must refuse.
write_dovecot_conf dovecot-plain no "  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PLAIN_PORT
  }
  inet_listener imaps {
    port = 0
  }"

P="$DIR/postfix"
mkdir -p "$P/etc" "$P/spool" "$P/data"
chown postfix "$P/data"
cat >"$P/etc/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $P/spool
data_directory = $P/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = localhost
mydestination =
mynetworks = 127.0.0.0/8
maillog_file = $P/postfix.log
maillog_file_prefixes = $DIR
smtpd_tls_cert_file = $DIR/tls/cert.pem
smtpd_tls_key_file = $DIR/tls/cert-key.pem
smtpd_tls_security_level = may
smtpd_sasl_type = dovecot
smtpd_sasl_path = $DIR/dovecot/run/auth-postfix
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
virtual_mailbox_domains = static:all
virtual_mailbox_base = $DIR/mail
virtual_mailbox_maps = static:Maildir/
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
virtual_mailbox_limit = 0
message_size_limit = 50000000
default_transport = error:test server delivers locally only
relay_transport = error:test server delivers locally only
local_transport = error:test server delivers locally only
EOF
cat >"$P/etc/master.cf" <<EOF
127.0.0.1:$SMTP_PORT inet n - n - - smtpd
127.0.0.1:$SUBMISSION_PORT inet n - n - - smtpd -o smtpd_tls_security_level=encrypt -o smtpd_sasl_auth_enable=yes -o smtpd_client_restrictions=permit_sasl_authenticated,reject -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
127.0.0.1:$SMTPS_PORT inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_sasl_auth_enable=yes -o smtpd_client_restrictions=permit_sasl_authenticated,reject -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
pickup unix n - n 60 1 pickup
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
tlsmgr unix - - n 1000? 1 tlsmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
verify unix - - n - 1 verify
flush unix n - n 1000? 0 flush
proxymap unix - - n - - proxymap
proxywrite unix - - n - 1 proxymap
smtp unix - - n - - smtp
relay unix - - n - - smtp
showq unix n - n - - showq
error unix - - n - - error
retry unix - - n - - error
discard unix - - n - - discard
local unix - n n - - local
virtual unix - n n - - virtual
lmtp unix - - n - - lmtp
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
postlog unix-dgram n - n - 1 postlogd
EOF
# Postfix waits for configs edited in the last seconds to settle; these are ours.
touch -d '-1 min' "$P/etc/main.cf" "$P/etc/master.cf"

cat >"$DIR/env" <<EOF
DISTILL_IT_DIR=$DIR
IMAP_HOST=127.0.0.1
IMAP_PORT=$IMAP_PORT
IMAPS_PORT=$IMAPS_PORT
IMAP_PLAIN_PORT=$IMAP_PLAIN_PORT
SMTP_PORT=$SMTP_PORT
SUBMISSION_PORT=$SUBMISSION_PORT
SMTPS_PORT=$SMTPS_PORT
MAIL_USER=test
MAIL_PASSWORD=testpass
CA_FILE=$DIR/tls/cert.pem
WRONG_CA_FILE=$DIR/tls/other.pem
MAILDIR=$MAILDIR
EOF

"$here/ctl.sh" start-imap "$DIR"
"$here/ctl.sh" start-smtp "$DIR"
"$here/ctl.sh" wait "$DIR" "$IMAP_PORT" "$IMAPS_PORT" "$IMAP_PLAIN_PORT" "$SMTP_PORT" "$SUBMISSION_PORT" "$SMTPS_PORT"

if [ -n "$env_out" ]; then cp "$DIR/env" "$env_out"; fi
ok=yes
echo "$DIR"
