#!/usr/bin/env bash
# Per-page work of two builds of the CLI, in instructions (valgrind's callgrind), measured in
# one process per build: callgrind dumps its counters as each call of the CLI's
# `Run::extract` (reading, decoding and extracting one page) begins and ends, so every
# page's extraction is read from its own dump. A whole corpus takes minutes, where
# scripts/compare-work.sh (one process per page, averaged over repeats) takes an hour; pages
# it flags can be confirmed with that script.
#
# Each page is extracted once, in a process that has already extracted a warm-up page and
# the pages before it (tables built, as in a long-lived library user); one worker thread, so
# that the dumps follow the page order.
#
# Usage: scripts/work-per-page.sh OLD_CLI NEW_CLI [DIR...]
#   DIR defaults to the three evaluation corpora under ../shared/corpus.
# Prints, per corpus and over all, the median ratio new/old and the pages that take more
# than 10% and 20% more, then the ten largest ratios.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/work-common.sh "$@"

# Writes "corpus<TAB>page<TAB>instructions" lines for one build.
count() {
  local bin=$1 tag=$2 dir pages
  shift 2
  : >"$out/$tag.tsv"
  for dir in "$@"; do
    mapfile -t pages < <(corpus_pages "$dir")
    [ ${#pages[@]} -gt 0 ] || continue
    local dumps="$out/$tag.$(basename "$(dirname "$dir")")-$(basename "$dir")"
    mkdir -p "$dumps"
    valgrind --tool=callgrind --dump-before='declutter::Run::extract' \
      --dump-after='declutter::Run::extract' --callgrind-out-file="$dumps/cg" \
      "$bin" --jobs 1 --format json "$warm" "${pages[@]}" >/dev/null 2>"$dumps/log"
    # Dumps alternate: before a call (work between calls), after it (the call). The warm-up
    # page's call is dump 2; page i's is dump 2i+2.
    local i=0 page
    for page in "${pages[@]}"; do
      i=$((i + 1))
      printf '%s\t%s\t%s\n' "$dir" "$page" \
        "$(awk '/^summary:/ {print $2; exit}' "$dumps/cg.$((2 * i + 2))")" >>"$out/$tag.tsv"
    done
  done
}

count "$old" old "${dirs[@]}" &
count "$new" new "${dirs[@]}" &
wait

python3 scripts/work-summary.py "$out/old.tsv" "$out/new.tsv"
