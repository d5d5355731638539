#!/usr/bin/env bash
# Refreshes the JavaScript libraries that ship inside ui/vendor/. The UI has no
# build step, so the ES modules of each package are committed as published.
# Run by hand when a version changes; never at build or run time.
set -euo pipefail
cd "$(dirname "$0")/.."

FLUENT_BUNDLE_VERSION=0.19.1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@fluent/bundle@$FLUENT_BUNDLE_VERSION" >/dev/null && tar xzf fluent-bundle-*.tgz)
rm -rf ui/vendor/fluent-bundle
mkdir -p ui/vendor/fluent-bundle
cp "$work"/package/esm/*.js ui/vendor/fluent-bundle/
cat > ui/vendor/fluent-bundle/VERSION <<VERSION
@fluent/bundle $FLUENT_BUNDLE_VERSION (Apache-2.0, Mozilla), the esm/ folder of the npm package.
Refreshed by scripts/vendor-ui-libraries.sh.
VERSION
echo "ui/vendor/fluent-bundle: @fluent/bundle $FLUENT_BUNDLE_VERSION" >&2
