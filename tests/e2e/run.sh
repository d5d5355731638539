#!/usr/bin/env bash
# Run the end-to-end suite against a built app binary.
#
#   tests/e2e/run.sh APP_BINARY
#
# Starts Xvfb (xvfb-run) and tauri-driver (:4444, which starts WebKitWebDriver
# on :4445), then runs tests/e2e/test_app.py APP_BINARY and exits with its code.
# Screenshots: target/e2e-screenshots/ (exported as E2E_SCREENSHOT_DIR).
# Scratch dir: a temp dir exported as E2E_TMP, removed at the end.
# E2E_TEST overrides the test file, E2E_TIMEOUT the overall limit (s, default 1800).
# Needs: scripts/install-system-deps.sh test
set -euo pipefail

log() { printf 'e2e: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

[[ $# -eq 1 ]] || { echo "usage: $0 APP_BINARY" >&2; exit 2; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
app=$(realpath -e -- "$1" 2>/dev/null) || die "app binary $1 not found"
[[ -f $app && -x $app ]] || die "app binary $app is not an executable file"

# --- tools -----------------------------------------------------------------
driver=$(command -v tauri-driver 2>/dev/null || true)
if [[ -z $driver && -x ${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver ]]; then
    driver=${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver
fi
[[ -n $driver ]] || die "tauri-driver not found on PATH or in ~/.cargo/bin (run scripts/install-system-deps.sh test)"
for tool in xvfb-run WebKitWebDriver python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found (run scripts/install-system-deps.sh test)"
done

# --- ports 4444 (tauri-driver) and 4445 (WebKitWebDriver) must be free ------
# A leftover WebKitWebDriver on 4445 makes the new one die, and tauri-driver
# then talks to the stale one: POST /session hangs forever.
port_busy() {
    timeout 2 bash -c ": <>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

stale_pids() {
    local uid comm_file pid name state
    uid=$(id -u)
    for comm_file in /proc/[0-9]*/comm; do
        pid=${comm_file#/proc/}
        pid=${pid%/comm}
        name=$(cat "$comm_file" 2>/dev/null) || continue
        case "$name" in
            tauri-driver | WebKitWebDriver) ;;
            *) continue ;;
        esac
        [[ $(stat -c %u "/proc/$pid" 2>/dev/null) == "$uid" ]] || continue
        # Skip zombies: they hold no port, and where PID 1 reaps slowly (as in
        # some containers) they linger for a while after every run.
        state=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
        state=${state##*) }
        [[ ${state%% *} == Z ]] && continue
        echo "$pid"
    done
}

if port_busy 4444 || port_busy 4445 || [[ -n $(stale_pids) ]]; then
    pids=$(stale_pids | tr '\n' ' ')
    if [[ -n ${pids// /} ]]; then
        log "stopping stale tauri-driver/WebKitWebDriver process(es): $pids"
        # shellcheck disable=SC2086
        kill $pids 2>/dev/null || true
        for _ in $(seq 50); do
            [[ -z $(stale_pids) ]] && break
            sleep 0.1
        done
        pids=$(stale_pids | tr '\n' ' ')
        # shellcheck disable=SC2086
        [[ -n ${pids// /} ]] && { kill -9 $pids 2>/dev/null || true; sleep 0.5; }
    fi
fi
for port in 4444 4445; do
    if port_busy "$port"; then
        die "port $port is in use by another process; tauri-driver needs 4444 and 4445 free"
    fi
done

# --- run -------------------------------------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/entente-e2e.XXXXXX")
# shellcheck disable=SC2317  # called via trap
cleanup() {
    if [[ -s $tmp/tauri-driver.pid ]]; then
        kill "$(cat "$tmp/tauri-driver.pid")" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

export E2E_TMP=$tmp
# axe-core measures every screen the suite looks at (tests/e2e/axe.py);
# installed from npm into the build directory on first use.
axe_version=4.10.3
axe_tools=$repo/target/node-tools/axe-core-$axe_version
if [[ ! -f $axe_tools/node_modules/axe-core/axe.min.js ]]; then
    npm install --silent --no-audit --no-fund --prefix "$axe_tools" "axe-core@$axe_version" >/dev/null \
        || die "axe-core could not be installed from npm"
fi
export E2E_AXE=$axe_tools/node_modules/axe-core/axe.min.js
export E2E_SCREENSHOT_DIR=$repo/target/e2e-screenshots
export E2E_APP=$app
export E2E_DRIVER=$driver
export E2E_TEST=${E2E_TEST:-$repo/tests/e2e/test_app.py}
[[ -f $E2E_TEST ]] || die "test file $E2E_TEST not found"
mkdir -p "$E2E_SCREENSHOT_DIR"
rm -f "$E2E_SCREENSHOT_DIR"/FAILED-*.png

export NO_AT_BRIDGE=1
export PYTHONDONTWRITEBYTECODE=1  # keep tests/e2e free of __pycache__
# The app speaks the environment's language until the user picks one: the
# suite starts in English whatever the machine's locale, and switches itself.
export LANG=C.UTF-8
unset LC_ALL LC_MESSAGES LANGUAGE

log "app: $app"
log "tauri-driver: $driver"
log "tests: $E2E_TEST"
cd "$repo"
set +e
# -f: keep the X auth file in our temp dir. Otherwise xvfb-run makes its own
# temp dir and, if removing that fails, exits 5 without killing Xvfb (seen once).
# shellcheck disable=SC2016  # the inner script expands its own variables
timeout -k 10 "${E2E_TIMEOUT:-1800}" \
    xvfb-run -a -e "$tmp/xvfb.log" -f "$tmp/Xauthority" -s "-screen 0 1440x900x24" bash -c '
        "$E2E_DRIVER" >"$E2E_TMP/tauri-driver.log" 2>&1 &
        drv=$!
        echo "$drv" >"$E2E_TMP/tauri-driver.pid"
        python3 -u "$E2E_TEST" "$E2E_APP"
        rc=$?
        kill "$drv" 2>/dev/null
        wait "$drv" 2>/dev/null
        rm -f "$E2E_TMP/tauri-driver.pid"
        exit "$rc"
    '
rc=$?
set -e

if [[ $rc -ne 0 ]]; then
    [[ $rc -eq 124 ]] && log "timed out after ${E2E_TIMEOUT:-1800}s"
    log "FAILED (exit $rc); screenshots in $E2E_SCREENSHOT_DIR"
    if [[ -s $tmp/tauri-driver.log ]]; then
        log "--- tauri-driver log (last 60 lines) ---"
        tail -n 60 "$tmp/tauri-driver.log" >&2
    fi
    if [[ -s $tmp/xvfb.log ]]; then
        log "--- Xvfb log (last 20 lines) ---"
        tail -n 20 "$tmp/xvfb.log" >&2
    fi
fi
exit "$rc"
