#!/usr/bin/env bash
# Fuzzes the readers of everything that comes from outside (fuzz/): each
# target built with libFuzzer's coverage instrumentation and run for SECONDS
# (default 30) from its seeds, with a memory limit and a time limit per
# input. Fails on any panic, hang or excess; the input that caused it is
# left in $CARGO_TARGET_DIR/fuzz/artifacts/<target>/ to be replayed:
#   $CARGO_TARGET_DIR/fuzz/<host triple>/release/<target> <that file>
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text word bundle packet template locale brackets)

target_dir="${CARGO_TARGET_DIR:-target}/fuzz"
# What cargo-fuzz passes to rustc, without needing cargo-fuzz: libFuzzer's
# coverage counters and comparison tracing, and the `fuzzing` cfg.
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module \
-Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
-Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares"
# With an explicit --target, the flags reach the targets but not the build
# scripts and procedural macros, which run on the host uninstrumented.
host=$(rustc -vV | sed -n 's/^host: //p')
cargo build --locked --release --manifest-path fuzz/Cargo.toml --target-dir "$target_dir" \
    --target "$host" $(printf -- '--bin %s ' "${targets[@]}")
binaries="$target_dir/$host/release"

# Seeds: texts and Word documents from the test corpora, templates and
# locale files from the project, each folder's files after `==> path <==`
# lines (as `head` prints them), and the committed bundle and packet.
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
mkdir -p "$seeds"/{template,locale,brackets}
for folder in templates/*/; do
    head -n 100000 "$folder"template.json "$folder"en.md "$folder"fr.md >"$seeds/template/$(basename "$folder")" 2>/dev/null || true
done
for file in locales/en/*.ftl; do
    name=$(basename "$file")
    head -n 100000 "locales/en/$name" "locales/fr/$name" >"$seeds/locale/$name"
done
printf 'The Parties ⟦shall⟧{1,2} share ⟦anonymised⟧{3} data.\n' >"$seeds/brackets/spans"
seed_folders() {
    case "$1" in
        text) echo tests/import-texts ;;
        word) echo tests/word-cases ;;
        bundle | packet) echo "fuzz/seeds/$1" ;;
        *) echo "$seeds/$1" ;;
    esac
}

for target in "${targets[@]}"; do
    corpus="$target_dir/corpus/$target"
    artifacts="$target_dir/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    echo "fuzz: $target for ${seconds}s"
    # New inputs go to the working corpus, never into the committed seeds.
    "$binaries/$target" "$corpus" $(seed_folders "$target") \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 -max_len=65536 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 2>"$target_dir/$target.log" ||
        { tail -n 60 "$target_dir/$target.log"; exit 1; }
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+.*DONE' "$target_dir/$target.log" || true
done
