#!/usr/bin/env bash
# Builds the npm package in www/ from a clean clone: the WebAssembly module, its JS glue,
# the demo's sample pages and the example extension. Installs what it needs (the wasm32
# target, the wasm-bindgen CLI at the version pinned in Cargo.lock, npm packages).
# Usage: scripts/build-wasm.sh
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
  echo "installing wasm-bindgen-cli $version"
  cargo install wasm-bindgen-cli --version "=$version" --locked
fi

cargo build --target wasm32-unknown-unknown --lib --profile wasm-release --no-default-features
raw=target/wasm32-unknown-unknown/wasm-release/declutter.wasm
rm -rf www/pkg
wasm-bindgen --target web --out-dir www/pkg --out-name declutter "$raw"

# wasm-opt at -O3 (speed); kept only when it makes the gzipped module smaller.
wasm=www/pkg/declutter_bg.wasm
if command -v wasm-opt >/dev/null 2>&1; then
  wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$wasm" -o "$wasm.opt"
  before=$(gzip -9 -c "$wasm" | wc -c)
  after=$(gzip -9 -c "$wasm.opt" | wc -c)
  if [ "$after" -lt "$before" ]; then mv "$wasm.opt" "$wasm"; else rm "$wasm.opt"; fi
  echo "wasm-opt -O3: gzip $before -> $after bytes"
fi
printf 'declutter_bg.wasm: %s bytes, %s bytes gzip -9\n' "$(wc -c < "$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"

# Sample pages for the demo: the test fixtures.
for d in tests/fixtures/*/; do
  cp "$d/page.html" "www/demo/samples/$(basename "$d").html"
done

(cd www && npm install --no-audit --no-fund --loglevel=error)
(cd www && npm run --silent build:extension)
