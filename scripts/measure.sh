#!/usr/bin/env bash
# Measures what docs/benchmarks.md reports: the release binary's size, cold
# start to an interactive window, and memory on a 300-provision agreement.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}

scripts/install-system-deps.sh test
cargo build --locked --release -p entente-app --features custom-protocol
app="$target/release/entente-app"
echo "release binary: $(stat -c %s "$app") bytes ($(numfmt --to=iec-i --suffix=B "$(stat -c %s "$app")"))"

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
cargo run --locked --quiet --release --example seed_agreement -- "$data" >/dev/null
export ENTENTE_MEASURE_DATA="$data"
E2E_TEST=benches/whole_process.py tests/e2e/run.sh "$app"
