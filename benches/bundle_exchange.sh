#!/usr/bin/env bash
# Whole-process timing of the largest bundle: a negotiation of 193 parties
# × 300 provisions with ten changes of position per cell (579,000
# positions). Its size, `entente bundle export` and `entente bundle import`
# (time and peak memory), and beside the import SQLite's own floor for the
# same rows: every table copied with INSERT … SELECT from the seeded
# database, attached, into an empty one of the same schema, in one
# transaction.
# Usage: benches/bundle_exchange.sh [RUNS]   (run by scripts/measure.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
runs=${1:-3}
cargo build --locked --quiet --release -p entente --bin entente --example seed_agreement
entente=$target/release/entente
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$target/release/examples/seed_agreement" "$data/seeded" 100 193 10 >/dev/null

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# Seconds and peak resident KiB of one command, as "seconds kib".
timed() { /usr/bin/time -f "%e %M" -o "$data/time" "$@" >/dev/null && cat "$data/time"; }

# The tables a bundle carries, in the order it carries them.
tables="agreement agreement_language agreement_title agreement_framing party party_name
group_member provision provision_text provision_template provision_option option_text
option_proposer history position position_option_stance current_position statement version"

exports=() imports=() floors=() export_kib=() import_kib=()
for _ in $(seq "$runs"); do
    read -r seconds kib < <(timed "$entente" --data-dir "$data/seeded" bundle export 1 --out "$data/big.entente")
    exports+=("$seconds") export_kib+=("$kib")
    rm -rf "$data/imported"
    read -r seconds kib < <(timed "$entente" --data-dir "$data/imported" bundle import "$data/big.entente")
    imports+=("$seconds") import_kib+=("$kib")

    # An empty database of the same schema: the seeded one copied and
    # emptied. The search index's triggers call a function only Entente
    # registers, so the floor is the rows alone, without that index.
    rm -rf "$data/floor" && mkdir "$data/floor"
    floor=$data/floor/entente.sqlite3
    sqlite3 "$data/seeded/entente.sqlite3" ".backup '$floor'"
    {
        echo "PRAGMA foreign_keys = OFF;"
        sqlite3 "$floor" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master
                          WHERE type = 'trigger' AND sql LIKE '%entente_fold%'"
        echo "BEGIN;"
        for table in $tables; do echo "DELETE FROM $table;"; done
        echo "COMMIT; VACUUM;"
    } | sqlite3 "$floor"
    # The same page cache as the import's (Store::write_in_bulk).
    {
        echo "PRAGMA foreign_keys = ON; PRAGMA cache_size = -262144;"
        echo "ATTACH '$data/seeded/entente.sqlite3' AS seeded; BEGIN;"
        for table in $tables; do echo "INSERT INTO main.$table SELECT * FROM seeded.$table;"; done
        echo "COMMIT;"
    } >"$data/floor.sql"
    read -r seconds _ < <(timed sqlite3 "$floor" ".read $data/floor.sql")
    floors+=("$seconds")
done

rows=$(sqlite3 "$data/imported/entente.sqlite3" "SELECT count(*) FROM position")
echo "bundle of $rows positions: $(stat -c %s "$data/big.entente") bytes ($(gzip -dc "$data/big.entente" | wc -c) bytes of JSON inflated)"
echo "entente bundle export: median $(printf '%s\n' "${exports[@]}" | median) s, peak $(printf '%s\n' "${export_kib[@]}" | median) KiB"
echo "entente bundle import: median $(printf '%s\n' "${imports[@]}" | median) s, peak $(printf '%s\n' "${import_kib[@]}" | median) KiB"
echo "SQLite's floor (INSERT … SELECT of the same rows): median $(printf '%s\n' "${floors[@]}" | median) s"
