# Shared by compare-work.sh and work-per-page.sh, which source it with their arguments
# (OLD_CLI NEW_CLI [DIR...]). Sets $old and $new, the array $dirs (by default the three
# evaluation corpora under ../shared/corpus) and $warm (the warm-up page); checks that
# valgrind is there; makes the scratch directory $out, removed on exit. Defines
# corpus_pages DIR: a corpus's page files, sorted.

old=$1
new=$2
shift 2
dirs=("$@")
if [ ${#dirs[@]} -eq 0 ]; then
  dirs=(../shared/corpus/scrapinghub/pages ../shared/corpus/readability-dev ../shared/corpus/snippets-dev/pages)
fi
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 1; }

warm=tests/fixtures/news-seed/page.html
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

corpus_pages() {
  find "$1" \( -name '*.html' -path '*/pages/*' -o -name source.html \) | sort
}
