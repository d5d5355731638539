#!/usr/bin/env bash
# Measures what docs/benchmarks.md reports: the release binary's size, cold
# start to an interactive window, memory on a 300-provision agreement, and
# the matrix view of a 193-party negotiation, exports, and the bundle of
# the largest negotiation.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}

scripts/install-system-deps.sh test
cargo build --locked --release -p entente-app --features custom-protocol
app="$target/release/entente-app"
echo "release binary: $(stat -c %s "$app") bytes ($(numfmt --to=iec-i --suffix=B "$(stat -c %s "$app")"))"

data=$(mktemp -d)
negotiation=$(mktemp -d)
trap 'rm -rf "$data" "$negotiation"' EXIT
cargo run --locked --quiet --release --example seed_agreement -- "$data" >/dev/null
export ENTENTE_MEASURE_DATA="$data"
E2E_TEST=benches/whole_process.py tests/e2e/run.sh "$app"

# 193 parties × 300 provisions, ten changes of position per cell (about a minute to seed).
cargo run --locked --quiet --release --example seed_agreement -- "$negotiation" 100 193 10 >/dev/null
export ENTENTE_MATRIX_DATA="$negotiation"
E2E_TEST=benches/matrix_view.py tests/e2e/run.sh "$app"

# An export at scale against pandoc's conversion of the same Markdown, and
# every rendering as Markdown, HTML and Word.
benches/export_vs_pandoc.sh

# A 1,000-article convention read in, and 300 articles as a Word document.
benches/import_text.sh

# The largest negotiation's bundle: its size, export and import, against
# SQLite's own floor for the same rows.
benches/bundle_exchange.sh
