#!/usr/bin/env bash
# The layers keep to their rules (ARCHITECTURE.md): each crate's "may not
# depend on" list is checked against everything it pulls in, directly or
# through another crate, so that a dependency added for convenience fails
# the test run rather than blur a boundary.
set -euo pipefail
cd "$(dirname "$0")/.."

# crate: the packages it may not reach.
rules=(
    "entente-model: entente-i18n entente-docs entente-core entente entente-app rusqlite fluent-bundle pulldown-cmark clap tauri"
    "entente-i18n: entente-docs entente-core entente entente-app rusqlite pulldown-cmark clap tauri"
    "entente-docs: entente-core entente entente-app rusqlite clap tauri"
    "entente-core: entente entente-app clap tauri wry webkit2gtk"
    "entente: entente-app tauri wry webkit2gtk"
    "entente-app: entente clap"
)

failed=0
for rule in "${rules[@]}"; do
    crate=${rule%%:*}
    reached=$(cargo tree --locked -p "$crate" -e normal,build --prefix none --format '{p}' | awk '{print $1}' | sort -u)
    for forbidden in ${rule#*:}; do
        if grep -qx "$forbidden" <<<"$reached"; then
            echo "check-layers: $crate depends on $forbidden, which its layer may not use:" >&2
            cargo tree --locked -p "$crate" -e normal,build -i "$forbidden" >&2 || true
            failed=1
        fi
    done
done
# Inside the core, the tables are reached through store/: a service file
# that prepares or executes SQL itself is a table family's SQL in a second
# place. The bundle copies whole tables from its column list and may.
sql_in_services=$(grep -rnE '\.(execute|execute_batch|query_row|prepare|prepare_cached)\(' \
    crates/entente-core/src/service --include='*.rs' --exclude-dir=bundle || true)
if [[ -n $sql_in_services ]]; then
    echo "check-layers: SQL outside crates/entente-core/src/store (move it to its table family's module):" >&2
    echo "$sql_in_services" >&2
    failed=1
fi

[[ $failed -eq 0 ]] || exit 1
echo "check-layers: ok, every crate keeps to its layer and the tables are reached through the store" >&2
