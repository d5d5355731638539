#!/usr/bin/env bash
# Builds Entente's installable packages with Tauri's bundler: a .deb and an
# .rpm (desktop entry in the menu, icon, the two exchange files' MIME types)
# in $CARGO_TARGET_DIR/release/bundle/. The bundler's command line comes from
# npm (a prebuilt binary) into the build directory, as the other test tools do.
set -euo pipefail

version=2.12.6
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=${CARGO_TARGET_DIR:-$repo/target}
[[ $target = /* ]] || target=$repo/$target
tools=$target/node-tools/tauri-cli-$version
tauri=$tools/node_modules/.bin/tauri

if [[ ! -x $tauri ]]; then
    npm install --silent --no-audit --no-fund --prefix "$tools" "@tauri-apps/cli@$version" >/dev/null
fi
cd "$repo/src-tauri"
CARGO_TARGET_DIR=$target "$tauri" build --ci --bundles deb rpm -- --locked
