#!/usr/bin/env bash
# The exported Markdown must be accepted by tools no one here wrote: pandoc
# converts every golden file (-f commonmark) without error and with its
# headings, and markdownlint-cli2 passes it under tests/golden's committed
# configuration. markdownlint-cli2 is installed from npm into the build
# directory on first use (pandoc comes with the system packages); 0.18.1 is
# the newest that runs on the Node.js 18 of Debian bookworm.
set -euo pipefail
cd "$(dirname "$0")/.."
version=0.18.1
tools=${CARGO_TARGET_DIR:-target}/node-tools/markdownlint-cli2-$version
lint=$tools/node_modules/.bin/markdownlint-cli2
if [[ ! -x $lint ]]; then
    npm install --silent --no-audit --no-fund --prefix "$tools" "markdownlint-cli2@$version" >/dev/null
fi

shopt -s nullglob
files=(tests/golden/export/*.md)
[[ ${#files[@]} -gt 0 ]] || { echo "no golden Markdown files" >&2; exit 1; }
for file in "${files[@]}"; do
    html=$(pandoc -f commonmark -t html "$file")
    for heading in "<h1" "<h2"; do
        if [[ $html != *"$heading"* ]]; then
            echo "$file: pandoc found no $heading heading" >&2
            exit 1
        fi
    done
done
echo "pandoc: ${#files[@]} files converted, each with its headings" >&2
lint=$(realpath "$lint")
(cd tests/golden && "$lint" "export/*.md")
