#!/usr/bin/env bash
# Per-page work of two builds of the CLI, counted in instructions by valgrind (callgrind):
# deterministic, so that a regression shows even on a busy machine where timings swing by
# half. A page's cost is what extracting it again adds to a process that has already
# extracted a warm-up page and that page (tables built, as in a long-lived library user),
# averaged over REPEAT (default 4) extractions.
#
# Usage: scripts/compare-work.sh OLD_CLI NEW_CLI [DIR...]
#   DIR defaults to the three evaluation corpora under ../shared/corpus.
# Prints, per corpus and over all, the median ratio new/old and the pages that take more
# than 10% and 20% more instructions, then the ten largest ratios.
# Build an older CLI with: git worktree add /tmp/old <commit> &&
#   (cd /tmp/old && CARGO_TARGET_DIR=/tmp/old-target cargo build --release)
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/work-common.sh "$@"

instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    awk '/Collected/ {print $4}'
}

# A page's cost: what extracting it REPEAT more times adds to a process that has extracted
# the warm-up page and the page once (every table built, as in a long-lived process),
# divided by REPEAT. One repetition alone swings by a tenth on small pages with the state
# of the allocator; the mean of four does not.
repeat=${REPEAT:-4}
count() {
  local bin=$1 file=$2
  : >"$file"
  for dir in "${dirs[@]}"; do
    corpus_pages "$dir" |
      while read -r page; do
        once=$(instructions "$bin" "$warm" "$page")
        more=$(instructions "$bin" "$warm" $(for _ in $(seq $((repeat + 1))); do echo "$page"; done))
        printf '%s\t%s\t%s\n' "$dir" "$page" $(( (more - once) / repeat ))
      done >>"$file"
  done
}

count "$old" "$out/old" &
count "$new" "$out/new" &
wait

python3 scripts/work-summary.py "$out/old" "$out/new"
