#!/usr/bin/env bash
# Sets up what the tests need on a fresh machine and runs every test of the project.
# Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "toolchain"
rustup component add rustfmt clippy >/dev/null 2>&1 || true

step "format and lints"
cargo fmt --check
cargo clippy --all-targets -- -D warnings

step "Rust tests (unit, fixtures, hostile input, CLI, doc examples)"
cargo test

echo
echo "all tests passed"
