#!/usr/bin/env bash
# Every bundled .ftl file must parse without junk in Mozilla's own Fluent
# parser (python fluent.syntax), not only in fluent-rs: translators' tools
# (Pontoon, compare-locales) read them with it. Installs it in a virtual
# environment under the build directory on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${CARGO_TARGET_DIR:-target}/python-tools
if [[ ! -x $venv/bin/python ]] || ! "$venv/bin/python" -c "import fluent.syntax" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "fluent.syntax==0.19.0"
fi
"$venv/bin/python" - locales/*/*.ftl <<'PY'
import sys
from fluent.syntax import FluentParser, ast

parser = FluentParser(with_spans=True)
problems = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        source = f.read()
    for entry in parser.parse(source).body:
        if isinstance(entry, ast.Junk):
            line = source.count("\n", 0, entry.span.start) + 1
            for annotation in entry.annotations:
                print(f"{path}:{line}: {annotation.code} {annotation.message}")
            problems += 1
print(f"fluent.syntax: {len(sys.argv) - 1} files, {problems} with junk", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
