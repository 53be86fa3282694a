#!/usr/bin/env bash
# Sets up what the tests need on a fresh machine and runs every test of the project:
# the Rust core and CLI, then the WebAssembly package in Node and in headless Chromium, then
# a short fuzzing run.
# Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "toolchain"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

step "format and lints"
cargo fmt --check
cargo clippy --all-targets -- -D warnings

step "Rust tests (unit, fixtures, hostile input, CLI, doc examples)"
cargo test

step "WebAssembly package"
./scripts/build-wasm.sh
wasm=www/pkg/declutter_bg.wasm
gz=$(gzip -9 -c "$wasm" | wc -c)
# 300 KB, counted as 300,000 bytes (the stricter reading).
budget=300000
if [ "$gz" -gt "$budget" ]; then
  echo "declutter_bg.wasm is $gz bytes gzipped, over the budget of $budget" >&2
  exit 1
fi
cargo clippy --target wasm32-unknown-unknown --lib --no-default-features -- -D warnings

# The Node and browser tests compare the package's output with the native CLI's.
cargo build --release
export DECLUTTER_CLI="${CARGO_TARGET_DIR:-$PWD/target}/release/declutter"

step "Node tests"
(cd www && node --test test/node.test.mjs)

step "browser tests (headless Chromium)"
(cd www && node --test test/browser.test.mjs)

step "fuzzing (a minute per target; scripts/fuzz.sh SECONDS for longer runs)"
./scripts/fuzz.sh "${FUZZ_SECONDS:-60}"

echo
echo "all tests passed"
