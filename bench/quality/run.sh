#!/usr/bin/env bash
# Scores distill's cleaning and summaries on the annotated corpus, and Mozilla
# Readability on the same HTML bodies side by side.
#
#   bench/quality/run.sh [--check] [--facts-floor N] [--no-peer] [--distill BIN] [--corpus DIR]
#
#   --check      exit 1 unless the targets in score.py are met (must_drop,
#                must_keep and key_facts floors, a lede and a point for every message)
#   --facts-floor N
#                exit 1 unless the summaries carry N key facts or more, with a lede
#                and a point for every message and no lede that is no news (for
#                a set whose cleaning is tested elsewhere, e.g. the held-out set)
#   --no-peer    skip Readability (needs node and npm; installs @mozilla/readability
#                and jsdom 28 into bench/node_modules on first use)
#   --distill    the binary to run (default: build/app/distill, else the newest build*/app/distill)
#   --corpus     the annotated newsletters (default: ../shared/corpus/newsletters
#                next to the checkout, or $DISTILL_CORPUS)
#
# Exit status 77 when the corpus is not there (CTest reads it as "skipped").
# Output goes to stdout; the JSON lines are kept in bench/out/quality/
# (distill.jsonl and readability.jsonl for the shared corpus,
# distill-NAME.jsonl and readability-NAME.jsonl for a set in a directory NAME).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

check=""
facts_floor=()
peer=yes
distill=""
corpus="${DISTILL_CORPUS:-$repo/../shared/corpus/newsletters}"
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=--check ;;
    --facts-floor) facts_floor=(--facts-floor "$2"); shift ;;
    --no-peer) peer=no ;;
    --distill) distill=$2; shift ;;
    --corpus) corpus=$2; shift ;;
    *) echo "usage: $0 [--check] [--facts-floor N] [--no-peer] [--distill BIN] [--corpus DIR]" >&2; exit 2 ;;
  esac
  shift
done

if [ ! -f "$corpus/annotations.json" ]; then
  echo "quality: no annotated corpus at $corpus (set DISTILL_CORPUS or --corpus); skipped"
  exit 77
fi
if [ -z "$distill" ]; then
  if [ -x "$repo/build/app/distill" ]; then
    distill=$repo/build/app/distill
  else
    distill=$(ls -t "$repo"/build*/app/distill 2>/dev/null | head -n 1 || true)
  fi
fi
if [ -z "$distill" ] || [ ! -x "$distill" ]; then
  echo "quality: no distill binary; build first or pass --distill BIN" >&2
  exit 2
fi

out=$repo/bench/out/quality
mkdir -p "$out"
# One file per annotated set. Each run writes and scores files of its own
# and moves them into place at the end, so two runs at once (two binaries on
# one set, or two sets) never read each other's output.
suffix=""
if [ "$(basename "$corpus")" != newsletters ]; then suffix=-$(basename "$corpus"); fi
name=distill$suffix
work=$(mktemp -d "$out/.run.XXXXXX")
trap 'rm -rf "$work"' EXIT
# distill explain exits 1 when a file fails; the scorer reports that file.
"$distill" explain --json "$corpus"/*.eml > "$work/$name.jsonl" || true

peers=()
if [ "$peer" = yes ]; then
  if "$here/readability.sh" "$corpus" "$work/readability$suffix.jsonl"; then
    peers=(--peer "readability=$work/readability$suffix.jsonl")
  else
    echo "quality: Readability peer not available; scoring distill alone" >&2
  fi
fi

status=0
python3 "$here/score.py" "$corpus/annotations.json" "$work/$name.jsonl" "${peers[@]}" $check "${facts_floor[@]}" || status=$?
mv -f "$work"/*.jsonl "$out"/
exit $status
