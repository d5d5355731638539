#!/usr/bin/env bash
# The exported Word documents must open in a library no one here wrote:
# python-docx (installed from PyPI into the build directory on first use)
# opens every rendering of the sample negotiation and of an Arabic and a
# Chinese text, and finds in each the structure Word's users rely on: the
# Title and Heading styles, the footnotes, the parallel text's table, the
# right-to-left paragraphs of Arabic and the East Asian font of Chinese.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
version=1.2.0
tools=$target/python-tools/python-docx-$version
if [[ ! -x $tools/bin/python ]]; then
    python3 -m venv "$tools"
    "$tools/bin/pip" install --quiet --disable-pip-version-check "python-docx==$version"
fi

cargo build --locked --quiet -p entente --bin entente
entente=$target/debug/entente
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$entente" --data-dir "$work/db" sample >/dev/null
"$entente" --data-dir "$work/db" import tests/import-texts/resolution.ar.txt --lang ar >/dev/null
"$entente" --data-dir "$work/db" import tests/import-texts/convention.zh.md --lang zh >/dev/null
for id in 1 2 3; do
    for mode in clean bracketed compilation parallel report; do
        "$entente" --data-dir "$work/db" export "$id" --out "$work/out" --mode "$mode" --format docx --draft >/dev/null
    done
done

"$tools/bin/python" - "$work/out" <<'PY'
import pathlib
import sys

import docx
from docx.oxml.ns import qn

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
files = sorted(pathlib.Path(sys.argv[1]).glob("*.docx"))
# The sample: five renderings in English and French, one parallel; the
# others: four renderings each (no parallel text in a single language).
assert len(files) == 17, f"{len(files)} Word documents were written, not 17"
for path in files:
    document = docx.Document(str(path))
    name = path.name
    styles = {p.style.name for p in document.paragraphs}
    if ".report." not in name:
        assert "Title" in styles, f"{name}: no Title paragraph ({styles})"
    if ".parallel." in name:
        assert len(document.tables) == 1, f"{name}: the parallel text is not one table"
        assert len(document.tables[0].columns) == 2, f"{name}: not two columns"
    elif ".report." not in name:
        assert any(s.startswith("Heading") for s in styles), f"{name}: no heading style ({styles})"
    if ".bracketed." in name and "AI-HEALTH" in name:
        notes = [part for part in document.part.package.parts if part.partname == "/word/footnotes.xml"]
        assert notes, f"{name}: no footnotes part"
        xml = notes[0].blob.decode("utf-8")
        assert xml.count("<w:footnote ") > 2, f"{name}: the proposers are no footnotes"
    body = document.element.body
    if ".ar." in name:
        bidi = body.findall(f".//{W}pPr/{W}bidi")
        assert len(bidi) >= len(document.paragraphs) // 2, f"{name}: paragraphs not right to left"
    if ".zh." in name:
        fonts = document.element.findall(f".//{W}rFonts")
        styles_fonts = document.styles.element.findall(f".//{W}rFonts")
        assert any(f.get(qn("w:eastAsia")) for f in fonts + styles_fonts), f"{name}: no East Asian font"
print(f"python-docx: {len(files)} Word documents opened, each with its structure", file=sys.stderr)
PY
