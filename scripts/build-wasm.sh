#!/usr/bin/env bash
# Builds the npm package in www/ from a clean clone: the WebAssembly module, its JS glue,
# the demo's sample pages and the example extension. Installs what it needs (the wasm32
# target, the wasm-bindgen CLI at the version pinned in Cargo.lock, npm packages).
# Usage: scripts/build-wasm.sh   (KEEP_NAMES=1: keep the modules' function names, for profiling)
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
  echo "installing wasm-bindgen-cli $version"
  cargo install wasm-bindgen-cli --version "=$version" --locked
fi

# Two builds of the module, from the same code: the one with html5ever, for Node, workers and
# service workers (pkg/declutter*), and the one for pages (the platform-parser feature), which
# reads HTML with the browser's parser and leaves html5ever out (pkg/declutter_dom*).
raw="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/declutter_article.wasm"
rm -rf www/pkg
for build in declutter declutter_dom; do
  features=()
  [ "$build" = declutter_dom ] && features=(--features platform-parser)
  cargo build --target wasm32-unknown-unknown --lib --profile wasm-release --no-default-features "${features[@]}" --quiet
  # KEEP_NAMES=1 keeps the function names, for profiles (bench/profile.mjs).
  names=(--remove-name-section)
  [ -n "${KEEP_NAMES:-}" ] && names=()
  wasm-bindgen --target web "${names[@]}" --remove-producers-section \
    --out-dir www/pkg --out-name "$build" "$raw"
done

# No wasm-opt pass: measured with binaryen 132, -O3/-Os/-Oz leave the gzipped module the same
# size or larger (memory packing), and Debian's binaryen 108 cannot read this module.
for build in declutter declutter_dom; do
  wasm="www/pkg/${build}_bg.wasm"
  printf '%s: %s bytes, %s bytes gzip -9\n' "$(basename "$wasm")" "$(wc -c < "$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"
done

# Sample pages for the demo: the test fixtures.
mkdir -p www/demo/samples
for d in tests/fixtures/*/; do
  cp "$d/page.html" "www/demo/samples/$(basename "$d").html"
done

(cd www && npm install --no-audit --no-fund --loglevel=error)
(cd www && npm run --silent build:extension)
