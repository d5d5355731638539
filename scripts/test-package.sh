#!/usr/bin/env bash
# The .deb as a user installs it: installed on this machine with apt, the app
# started from where the package put it under the end-to-end driver
# (tests/e2e/test_package.py), then the package removed; the user's data is
# left in place. Run after scripts/package.sh. Needs root or sudo.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=${CARGO_TARGET_DIR:-$repo/target}
[[ $target = /* ]] || target=$repo/$target
debs=("$target"/release/bundle/deb/Entente_*_amd64.deb)
[[ -f ${debs[0]} ]] || { echo "test-package: no .deb in $target/release/bundle/deb (run scripts/package.sh)" >&2; exit 1; }

SUDO=()
[[ $(id -u) -eq 0 ]] || SUDO=(sudo)
apt() { "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q -y "$@" >/dev/null; }

apt install --no-install-recommends "${debs[0]}"
# The test removes the package itself; this is for a run that stops before.
trap 'if dpkg -s entente >/dev/null 2>&1; then apt remove entente; fi' EXIT
E2E_TEST=$repo/tests/e2e/test_package.py "$repo/tests/e2e/run.sh" /usr/bin/entente-app
