#!/usr/bin/env bash
# Entente's core and command line on Windows: built for x86_64-pc-windows-gnu
# with Debian's mingw-w64, and their tests run under Wine, so that paths, line
# endings, replacing files and locking are tried as Windows has them. The
# desktop app is left out: WebView2 is not on Wine (README says how to build
# it on Windows). Also out: the crash harness (it stops and kills processes
# with Unix signals) and the two tests that open exports in pandoc and
# LibreOffice, which are not installed inside Wine.
# Needs: scripts/install-system-deps.sh test (mingw-w64, wine64).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=${CARGO_TARGET_DIR:-$repo/target}
[[ $target = /* ]] || target=$repo/$target
triple=x86_64-pc-windows-gnu
log() { printf 'test-windows: %s\n' "$*" >&2; }

rustup target list --installed | grep -qx "$triple" || rustup target add "$triple"
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
[[ -x $wine ]] || { log "wine64 not found (run scripts/install-system-deps.sh test)"; exit 1; }

# A Wine prefix of the tests' own, in the build directory; Wine's menu
# entries and file types for Windows programs are not made, and nothing of
# Wine's goes into the user's data folder.
export WINEPREFIX=$target/wine-prefix WINEDEBUG=-all WINEDLLOVERRIDES="winemenubuilder.exe=d"
export XDG_DATA_HOME=$WINEPREFIX/xdg-data
if [[ ! -d $WINEPREFIX/drive_c/windows/system32 ]]; then
    log "making the Wine prefix $WINEPREFIX"
    "$wine" wineboot --init >/dev/null 2>&1 || true
fi
shim=$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll
if [[ ! -f $shim ]]; then
    x86_64-w64-mingw32-gcc -shared -O2 -o "$shim" "$repo/tests/windows/bcryptprimitives.c" \
        -Wl,--kill-at -ladvapi32
fi

cd "$repo"
started=$SECONDS
mapfile -t tests < <(cargo test --locked --target "$triple" --workspace --exclude entente-app --no-run \
    --message-format=json 2>/dev/null | python3 -c '
import json, sys
for line in sys.stdin:
    message = json.loads(line)
    if message.get("reason") == "compiler-artifact" and message.get("executable") and message["profile"]["test"]:
        print(message["executable"])')
# Built again with the output shown, should the build above have failed.
[[ ${#tests[@]} -gt 0 ]] || cargo test --locked --target "$triple" --workspace --exclude entente-app --no-run
log "built ${#tests[@]} test programs for Windows in $((SECONDS - started)) s"

# One Wine server for the whole run, rather than one started and stopped
# around each test program.
wineserver=$(dirname "$wine")/wineserver
[[ -x $wineserver ]] || wineserver=$(command -v wineserver)
"$wineserver" -p
trap '"$wineserver" -k 2>/dev/null || true' EXIT

# Runs one test program, one test at a time: Wine 8 sometimes fails to
# start a process while another starts.
run() {
    # Wine needs a real standard input; the tests read none.
    "$wine" "$1" --test-threads=1 --skip pandoc_reads --skip libreoffice_opens </dev/null >"$2" 2>&1
}

failed=()
started=$SECONDS
for test in "${tests[@]}"; do
    name=$(basename "$test")
    [[ $name == crash-* ]] && continue
    log_file=$target/windows-$name.log
    if ! run "$test" "$log_file"; then
        # Wine's own failure to start a process ("Internal error", 1359),
        # not the test's: the program runs once more.
        if grep -q "code: 1359" "$log_file"; then
            log "$name: Wine could not start a process; running it again"
            run "$test" "$log_file" && continue
        fi
        failed+=("$name")
        tail -n 40 "$log_file" >&2
    fi
done
log "ran them under Wine in $((SECONDS - started)) s"
if [[ ${#failed[@]} -gt 0 ]]; then
    log "FAILED under Wine: ${failed[*]} (logs: $target/windows-*.log)"
    exit 1
fi
log "every test passed under Wine"
