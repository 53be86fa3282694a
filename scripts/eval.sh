#!/usr/bin/env bash
# Scores the release CLI on the three evaluation corpora with the official scorers and
# writes the figures to eval/results.txt (committed, so that a regression shows in review).
# Usage: scripts/eval.sh [--no-build]   (corpora expected in ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${DECLUTTER_SHARED:-../shared}
[ "${1:-}" = "--no-build" ] || cargo build --release --quiet
bin=target/release/declutter
jobs=${JOBS:-2}
sh=$(python3 "$shared/eval/score.py" "$shared/corpus/scrapinghub" --jobs "$jobs" \
  --cmd "$bin --format text --url {url} {html}" 2>/dev/null)
rd=$(python3 "$shared/eval/score.py" "$shared/corpus/readability-dev" --jobs "$jobs" \
  --cmd-json "$bin --format json --url {url} {html}" 2>/dev/null)
sn=$(python3 "$shared/eval/score_snippets.py" "$shared/corpus/snippets-dev" --jobs "$jobs" \
  --cmd "$bin --format text --url {url} {html}" 2>/dev/null)
{
  echo "# Produced by scripts/eval.sh; do not edit by hand."
  echo "scrapinghub      $(echo "$sh" | tail -1)"
  echo "readability-dev  $(echo "$rd" | tail -1)"
  echo "$rd" | sed -n '/^metadata/,/^$/p' | sed '/^$/d' | sed 's/^/readability-dev  /'
  echo "snippets-dev     $(echo "$sn" | tail -1)"
  echo "snippets-dev     $(echo "$sn" | grep "^leaked")"
} > eval/results.txt
cat eval/results.txt
