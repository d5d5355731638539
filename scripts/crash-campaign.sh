#!/usr/bin/env bash
# The long run of the crash harness (tests/crash.rs): CYCLES kills spread
# over every action made of many steps, and CYCLES copies of the database
# taken while it saves, as a power cut would leave them. Prints the seed
# (replay with ENTENTE_CRASH_SEED) and the figures for docs/reliability.md.
#
#   scripts/crash-campaign.sh [CYCLES]     (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."

export ENTENTE_CRASH_CYCLES="${1:-1000}"
started=$(date +%s)
cargo test --locked --test crash -- --nocapture --test-threads=1 \
    every_action_killed a_copy_taken 2>&1 |
    grep -E 'ENTENTE_CRASH_SEED|^[0-9]+ (kills|copies)|test result|panicked|cycle [0-9]+'
echo "$ENTENTE_CRASH_CYCLES cycles each in $(( $(date +%s) - started )) s"
