#!/usr/bin/env bash
# Whole-process timing of an export at scale, against a plain copy of the
# files it writes (written to the disk) and against pandoc converting the
# same Markdown to HTML: a stress agreement of 999 provisions in the six UN
# languages, options on a third, the positions of 193 parties. Entente's
# export is every language in the clean (draft), bracketed and compilation
# renderings, Markdown and HTML, in one run of `entente export`; pandoc's is
# `pandoc -f commonmark -t html` on each of the 18 Markdown files. Then
# every rendering (clean, bracketed, compilation, parallel, report) in each
# format, Markdown, HTML and Word, one `entente export` per format.
# Usage: benches/export_vs_pandoc.sh [RUNS]   (run by scripts/measure.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
runs=${1:-5}
cargo build --locked --quiet --release -p entente --bin entente --example seed_agreement
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$target/release/examples/seed_agreement" "$data/db" 333 193 1 6 >/dev/null

seconds() { date +%s.%N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

entente_runs=()
copy_runs=()
pandoc_runs=()
for _ in $(seq "$runs"); do
    rm -rf "$data/out" "$data/copy"
    sync
    start=$(seconds)
    "$target/release/entente" --data-dir "$data/db" export 1 --out "$data/out" \
        --mode clean,bracketed,compilation --format md,html --draft >/dev/null
    entente_runs+=("$(echo "$(seconds) - $start" | bc)")
    # The floor: the same files copied and written to the disk.
    start=$(seconds)
    cp -r "$data/out" "$data/copy" && sync
    copy_runs+=("$(echo "$(seconds) - $start" | bc)")
    start=$(seconds)
    for file in "$data"/out/*.md; do
        pandoc -f commonmark -t html "$file" -o "${file%.md}.pandoc.html"
    done
    pandoc_runs+=("$(echo "$(seconds) - $start" | bc)")
done
files=$(ls "$data"/out/*.md | wc -l)
bytes=$(cat "$data"/out/*.md | wc -c)
e=$(printf '%s\n' "${entente_runs[@]}" | median)
c=$(printf '%s\n' "${copy_runs[@]}" | median)
p=$(printf '%s\n' "${pandoc_runs[@]}" | median)
echo "export of 999 provisions × 6 languages × 3 renderings, Markdown and HTML ($files Markdown files, $bytes bytes of Markdown), median of $runs runs:"
printf '  entente export (one run, %d files)        %6.3f s\n' $((files * 2)) "$e"
printf '  cp -r of the same files, then sync         %6.3f s\n' "$c"
printf '  pandoc -f commonmark -t html (%d processes)  %6.3f s\n' "$files" "$p"
printf '  ratio: entente takes %.1f× the copy; it is %.1f× faster than pandoc'"'"'s conversion alone\n' \
    "$(echo "$e / $c" | bc -l)" "$(echo "$p / $e" | bc -l)"

echo "every rendering of the same agreement, format by format, median of $runs runs:"
for format in md html docx; do
    times=()
    for _ in $(seq "$runs"); do
        rm -rf "$data/out"
        start=$(seconds)
        "$target/release/entente" --data-dir "$data/db" export 1 --out "$data/out" \
            --mode all --format "$format" --draft >/dev/null
        times+=("$(echo "$(seconds) - $start" | bc)")
    done
    files=$(ls "$data"/out/*."$format" | wc -l)
    bytes=$(cat "$data"/out/*."$format" | wc -c)
    printf '  %-5s %3d files, %10d bytes   %6.3f s\n' "$format" "$files" "$bytes" \
        "$(printf '%s\n' "${times[@]}" | median)"
done
