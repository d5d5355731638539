#!/usr/bin/env bash
# Install the system packages Entente needs on Debian 12. Idempotent.
#
#   scripts/install-system-deps.sh run    # build + run the app
#   scripts/install-system-deps.sh test   # run + end-to-end tests (Xvfb, WebKitWebDriver, tauri-driver)
#
# Only installs what is missing. Waits up to 10 minutes for another apt/dpkg
# process to release its lock instead of failing. Uses sudo only when not root.
# Exports nothing; run it as its own step.
set -euo pipefail

log() { printf 'install-system-deps: %s\n' "$*" >&2; }

usage() {
    echo "usage: $0 run|test" >&2
    exit 2
}

[[ $# -eq 1 ]] || usage
profile=$1

run_pkgs=(build-essential pkg-config libwebkit2gtk-4.1-dev libssl-dev libxdo-dev librsvg2-dev)
# LibreOffice and poppler: the tests open the Word exports in a word processor
# no one here wrote, and print their pages as screenshots to look at.
# python3-gi with GTK: the file the end-to-end suite drags onto the window.
# mingw-w64 and Wine: the core and the CLI built for Windows and tested there.
test_pkgs=(webkit2gtk-driver xvfb xauth xdotool fonts-noto-core fonts-noto-cjk fonts-dejavu-core python3 python3-venv python3-gi gir1.2-gtk-3.0 pandoc nodejs libreoffice-writer-nogui poppler-utils gcc-mingw-w64-x86-64 wine64)
# npm (for markdownlint-cli2) only where no npm is on the PATH already: a
# newer one installed beside Debian's nodejs must not be replaced.
if ! command -v npm >/dev/null 2>&1; then
    test_pkgs+=(npm)
fi

case "$profile" in
    run) pkgs=("${run_pkgs[@]}") ;;
    test) pkgs=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
    *) usage ;;
esac

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    SUDO=(sudo)
fi

LOCK_TIMEOUT=600
APT_OPTS=(-o "DPkg::Lock::Timeout=${LOCK_TIMEOUT}")

# Wait (up to LOCK_TIMEOUT seconds) until no process holds the apt/dpkg locks.
# apt takes fcntl() locks, which flock(1) cannot see, so look for holders with
# fuser; apt's own DPkg::Lock::Timeout covers the rest.
wait_for_apt_locks() {
    command -v fuser >/dev/null 2>&1 || return 0
    local locks=(/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock)
    local waited=0 announced=0 busy lock
    while :; do
        busy=0
        for lock in "${locks[@]}"; do
            if [[ -e $lock ]] && "${SUDO[@]}" fuser "$lock" >/dev/null 2>&1; then
                busy=1
                break
            fi
        done
        [[ $busy -eq 0 ]] && return 0
        if [[ $waited -ge $LOCK_TIMEOUT ]]; then
            log "apt/dpkg lock ($lock) still held after ${LOCK_TIMEOUT}s; giving up"
            exit 1
        fi
        if [[ $announced -eq 0 ]]; then
            log "waiting for another apt/dpkg process to release $lock (up to ${LOCK_TIMEOUT}s)"
            announced=1
        fi
        sleep 3
        waited=$((waited + 3))
    done
}

# Run apt-get with its chatter sent to a temp file; show it only if it fails.
apt_quiet() {
    local out rc=0
    out=$(mktemp)
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTS[@]}" -q "$@" >"$out" 2>&1 || rc=$?
    if [[ $rc -ne 0 ]]; then
        log "apt-get $1 failed (exit $rc):"
        tail -n 40 "$out" >&2
        rm -f "$out"
        exit "$rc"
    fi
    rm -f "$out"
}

is_installed() {
    local status
    status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)
    [[ $status == "install ok installed" ]]
}

missing=()
for p in "${pkgs[@]}"; do
    if ! is_installed "$p"; then
        missing+=("$p")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    log "all ${#pkgs[@]} Debian packages for '$profile' already installed"
else
    log "missing Debian packages: ${missing[*]}"
    wait_for_apt_locks
    log "apt-get update"
    apt_quiet update
    wait_for_apt_locks
    log "apt-get install ${missing[*]}"
    apt_quiet install -y --no-install-recommends "${missing[@]}"
    for p in "${missing[@]}"; do
        is_installed "$p" || { log "package $p is still not installed"; exit 1; }
    done
    log "installed ${#missing[@]} Debian package(s)"
fi

if [[ $profile == test ]]; then
    cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
    if command -v tauri-driver >/dev/null 2>&1; then
        log "tauri-driver present: $(command -v tauri-driver)"
    elif [[ -x $cargo_bin/tauri-driver ]]; then
        log "tauri-driver present: $cargo_bin/tauri-driver"
    else
        cargo=cargo
        if ! command -v cargo >/dev/null 2>&1; then
            if [[ -x $cargo_bin/cargo ]]; then
                cargo=$cargo_bin/cargo
            else
                log "cargo not found (needed to install tauri-driver); install Rust first"
                exit 1
            fi
        fi
        log "cargo install tauri-driver --locked --version ^2"
        "$cargo" install tauri-driver --locked --version '^2' >&2
        log "installed tauri-driver into $cargo_bin"
    fi
fi
