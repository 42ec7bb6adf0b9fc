#!/usr/bin/env bash
# The peer: Mozilla Readability (with jsdom 28, the last that runs on Node 20)
# on the HTML body of every message of CORPUS; writes one JSON line per
# message ({"file", "text"}) to OUT. Plain-text messages have nothing for
# Readability to do and are passed through as they are.
#   bench/quality/readability.sh CORPUS OUT
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bench=$(cd "$here/.." && pwd)
corpus=$1
out=$2
command -v node >/dev/null && command -v npm >/dev/null || { echo "readability: node/npm not installed" >&2; exit 1; }
if [ ! -d "$bench/node_modules/@mozilla/readability" ] || [ ! -d "$bench/node_modules/jsdom" ]; then
  echo "readability: installing @mozilla/readability and jsdom@28 into $bench/node_modules" >&2
  (cd "$bench" && npm install --no-audit --no-fund --silent >&2) || { echo "readability: npm install failed" >&2; exit 1; }
fi
bodies=$(mktemp -d)
trap 'rm -rf "$bodies"' EXIT
python3 "$here/extract_bodies.py" "$corpus" "$bodies"
NODE_PATH="$bench/node_modules" node "$here/readability.mjs" "$bodies" > "$out"
