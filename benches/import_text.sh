#!/usr/bin/env bash
# Whole-process timing of reading a long agreement text in: a convention of
# 1,000 articles (under 20 chapters), each of three numbered paragraphs, the
# second with two sub-paragraphs, and a preamble of ten recitals, written as
# plain text the way secretariats lay it out. Times `entente import
# --preview` (reading only) and `entente import` (reading and writing the
# agreement to a new database) with /usr/bin/time, median of RUNS; then the
# same for the first 300 articles as a Word document (Entente's own export
# of them).
# Usage: benches/import_text.sh [RUNS]   (run by scripts/measure.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
runs=${1:-5}
cargo build --locked --quiet --release -p entente --bin entente
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
text="$work/convention.txt"

# A convention of ARTICLES articles (a multiple of 50) written to FILE.
convention() {
python3 - "$1" "$2" <<'PY'
import sys
out = ["Convention on Cooperation in Artificial Intelligence for Health", "", "Preamble", "",
       "The States Parties to this Convention,", ""]
for r in range(10):
    out += [f"Recognizing the importance of cooperation in area {r + 1} of health data and its safe use,", ""]
out += ["Have agreed as follows:", ""]
article = 0
for chapter in range(int(sys.argv[2]) // 50):
    out += [f"Chapter {chapter + 1} – Cooperation in field {chapter + 1}", ""]
    for _ in range(50):
        article += 1
        out += [f"Article {article} – Obligations concerning subject {article}", "",
                f"1. Each Party shall cooperate with the other Parties in matters covered by this Article,",
                "in accordance with its domestic law and its international obligations.", "",
                "2. Each Party shall, in particular:", "",
                "(a) share relevant health data in a timely manner;", "",
                "(b) support the training of health workers in the use of such systems.", "",
                f"3. The Conference of the Parties shall review the implementation of Article {article}.", ""]
out += ["Done at Geneva, this twentieth day of May two thousand and twenty-six.", ""]
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(out))
PY
}
convention "$text" 1000

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
measure() {
    # Seconds and peak resident memory (KiB) of one run of the command.
    /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n 1
}

# Reading only, then reading and writing, of FILE: medians of RUNS.
report() {
    local file=$1 name=$2
    local preview=() import=() memory=()
    for run in $(seq "$runs"); do
        preview+=("$(measure "$target/release/entente" --data-dir "$work/$name-p$run" import "$file" --lang en --preview | cut -d' ' -f1)")
        read -r seconds kib < <(measure "$target/release/entente" --data-dir "$work/$name-i$run" import "$file" --lang en)
        import+=("$seconds")
        memory+=("$kib")
    done
    echo "import --preview (read only): median $(printf '%s\n' "${preview[@]}" | median) s"
    echo "import (read and write):      median $(printf '%s\n' "${import[@]}" | median) s, peak RSS $(printf '%s\n' "${memory[@]}" | median) KiB"
}
echo "text: $(wc -l <"$text") lines, $(wc -c <"$text") bytes"
report "$text" text

# 300 articles, exported by Entente as a Word document.
convention "$work/short.txt" 300
"$target/release/entente" --data-dir "$work/short" import "$work/short.txt" --lang en >/dev/null
"$target/release/entente" --data-dir "$work/short" export 1 --out "$work/word" --format docx --draft >/dev/null
word=$(ls "$work"/word/*.docx)
echo "Word document of 300 articles: $(wc -c <"$word") bytes"
report "$word" word
