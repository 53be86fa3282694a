#!/usr/bin/env bash
# Fuzzes the extractor with cargo-fuzz (libFuzzer, nightly toolchain):
#   extract  - any bytes as a page (decoding, parsing, extraction, readerable check)
#   options  - any text as options JSON, then an extraction with them
#   walked   - any text as a walked document (a live page as the npm package hands it over)
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60; CI runs the default)
# Seeds: the test fixtures (pages) and fuzz/seeds/<target>. The working corpus grows in
# fuzz/corpus/<target> and is kept between runs; a crash is saved in fuzz/artifacts/<target>/
# and fails the run: copy it to tests/regressions/ (replayed by tests/hostile.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
cargo_fuzz_version=0.13.2

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "fuzz.sh: the nightly toolchain is needed (rustup toolchain list)" >&2
  exit 1
fi
if ! cargo fuzz --version 2>/dev/null | grep -q "$cargo_fuzz_version"; then
  cargo install cargo-fuzz --version "=$cargo_fuzz_version" --locked
fi

mkdir -p fuzz/corpus/extract fuzz/corpus/options fuzz/corpus/walked
for page in tests/fixtures/*/page.html; do
  cp "$page" "fuzz/corpus/extract/fixture-$(basename "$(dirname "$page")").html"
  # An odd first byte: the walked target reads the rest as HTML and walks it.
  { printf '1'; cat "$page"; } > "fuzz/corpus/walked/fixture-$(basename "$(dirname "$page")").html"
done
cp fuzz/seeds/options/* fuzz/corpus/options/

cd fuzz
cargo +nightly fuzz build -O
# -timeout: one input taking longer is a hang; -rss_limit_mb: memory growing without bound.
common=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1)
cargo +nightly fuzz run -O extract corpus/extract -- "${common[@]}" -max_len=131072
cargo +nightly fuzz run -O options corpus/options -- "${common[@]}" -max_len=4096
cargo +nightly fuzz run -O walked corpus/walked -- "${common[@]}" -max_len=131072
