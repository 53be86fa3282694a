#!/usr/bin/env bash
# Scores the release CLI on the evaluation corpora with the official scorers and writes the
# figures to eval/results.txt (committed, so that a change in quality shows in review). Every
# corpus is scored whole and on its two fixed halves: failures are studied on `tune` only,
# and `check` tells whether a change generalizes.
# Usage: scripts/eval.sh [--no-build]   (corpora expected in ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${DECLUTTER_SHARED:-../shared}
[ "${1:-}" = "--no-build" ] || cargo build --release --quiet
bin=target/release/declutter
jobs=${JOBS:-2}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

python3 "$shared/eval/score.py" "$shared/corpus/scrapinghub" --jobs "$jobs" \
  --cmd "$bin --format text --url {url} {html}" --save-pred "$scratch/sh.json" >/dev/null 2>&1 || true
python3 "$shared/eval/score.py" "$shared/corpus/readability-dev" --jobs "$jobs" \
  --cmd-json "$bin --format json --url {url} {html}" --save-pred "$scratch/rd.json" >/dev/null 2>&1 || true
python3 "$shared/eval/score_snippets.py" "$shared/corpus/snippets-dev" --jobs "$jobs" \
  --cmd "$bin --format text --url {url} {html}" --save-pred "$scratch/sn.json" >/dev/null 2>&1 || true
python3 "$shared/eval/score_wcxb.py" "$shared/corpus/wcxb-dev" --cli "$bin" \
  --save-pred "$scratch/wc.json" >/dev/null

{
  echo "# Produced by scripts/eval.sh; do not edit by hand."
  for half in all tune check; do
    h=(); [ "$half" = all ] || h=(--half "$half")
    sh=$(python3 "$shared/eval/score.py" "$shared/corpus/scrapinghub" --pred "$scratch/sh.json" "${h[@]}" 2>/dev/null)
    rd=$(python3 "$shared/eval/score.py" "$shared/corpus/readability-dev" --pred "$scratch/rd.json" "${h[@]}" 2>/dev/null)
    sn=$(python3 "$shared/eval/score_snippets.py" "$shared/corpus/snippets-dev" --pred "$scratch/sn.json" "${h[@]}" 2>/dev/null)
    wc=$(python3 "$shared/eval/score_wcxb.py" "$shared/corpus/wcxb-dev" --pred "$scratch/wc.json" "${h[@]}")
    echo
    echo "## $half"
    echo "scrapinghub      $(echo "$sh" | tail -1)"
    echo "readability-dev  $(echo "$rd" | tail -1)"
    if [ "$half" = all ]; then
      echo "$rd" | sed -n '/^metadata/,/^$/p' | sed '/^$/d' | sed 's/^/readability-dev  /'
    fi
    echo "snippets-dev     $(echo "$sn" | tail -1)"
    echo "snippets-dev     $(echo "$sn" | grep "^leaked")"
    echo "$wc" | sed 's/^/wcxb-dev         /'
    # Collapses: pages where declutter's F1 is under 0.3 while trafilatura's is 0.7 or more.
    python3 - "$scratch/wc.json" "$half" > "$scratch/wc-$half.json" <<'PY'
import hashlib, json, sys
preds = json.load(open(sys.argv[1], encoding="utf-8"))
half = sys.argv[2]
def half_of(i):
    return "tune" if int(hashlib.sha256(("half:" + i).encode()).hexdigest()[0], 16) % 2 == 0 else "check"
json.dump({k: v for k, v in preds.items() if half == "all" or half_of(k) == half}, sys.stdout)
PY
    echo "wcxb-dev         $(python3 "$shared/eval/collapses.py" "$shared/corpus/wcxb-dev" \
      "$scratch/wc-$half.json" "$shared/corpus/wcxb-dev/peers/trafilatura.json")"
  done
  echo
  echo "## confidence (wcxb-dev: pages and mean F1 per band)"
  python3 scripts/confidence.py "$shared/corpus/wcxb-dev" --cli "$bin"
} > eval/results.txt
cat eval/results.txt
