#!/usr/bin/env bash
# The core library must build and test without Tauri or WebKit: everything a
# user can do lives there, and the desktop shell only adapts it.
set -euo pipefail
cd "$(dirname "$0")/.."
if cargo tree --locked -p entente -e normal,build --prefix none | grep -Eq '^(tauri|wry|webkit2gtk)[ -]'; then
    echo "check-core-has-no-tauri: the entente core depends on Tauri:" >&2
    cargo tree --locked -p entente -i tauri >&2 || true
    exit 1
fi
echo "check-core-has-no-tauri: ok, the core does not depend on Tauri or WebKit" >&2
