"""Whole-process measurements of the desktop app: cold start to an
interactive window, and the resident memory of the app with its WebKit
processes on a 300-provision agreement in two languages.

Run by scripts/measure.sh, which builds the release app, seeds the data and
starts Xvfb and tauri-driver (through tests/e2e/run.sh)."""

import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
from webdriver import Session, wait_for_driver  # noqa: E402

APP = os.path.abspath(sys.argv[1])
SEEDED = os.environ["ENTENTE_MEASURE_DATA"]
RUNS = int(os.environ.get("ENTENTE_MEASURE_RUNS", "7"))


def start_until_interactive(data_dir, ready_css):
    """Seconds from asking for the app to its first screen answering clicks."""
    started = time.monotonic()
    session = Session(APP, ["--data-dir", data_dir])
    session.wait_for(ready_css, timeout=30)
    return time.monotonic() - started, session


def processes_of(root_pid):
    """The app and every process it started (WebKit's web and network processes)."""
    children = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/stat" % pid) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(pid))
        except (OSError, IndexError):
            pass
    found, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def memory_kib(pid, field):
    with open("/proc/%d/smaps_rollup" % pid) as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def name_of(pid):
    with open("/proc/%d/comm" % pid) as f:
        return f.read().strip()


def memory_of_app():
    """(name, RSS KiB, PSS KiB) of the app and each of its processes."""
    app_pids = [int(p) for p in subprocess.check_output(["pgrep", "-f", "^" + APP]).split()]
    pids = sorted({p for root in app_pids for p in processes_of(root)})
    return [(name_of(p), memory_kib(p, "Rss"), memory_kib(p, "Pss")) for p in pids]


def main():
    wait_for_driver()
    timings = {"empty": [], "seeded": []}
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as empty:
            seconds, session = start_until_interactive(empty, ".start .primary")
            timings["empty"].append(seconds)
            session.close()
        seconds, session = start_until_interactive(SEEDED, ".agreement-item")
        timings["seeded"].append(seconds)
        session.close()

    with tempfile.TemporaryDirectory() as empty:
        _, session = start_until_interactive(empty, ".start .primary")
        time.sleep(2)  # let the page settle before reading memory
        baseline = memory_of_app()
        session.close()

    _, session = start_until_interactive(SEEDED, ".agreement-item")
    session.find(".agreement-item").click()
    session.wait_for(".structure .tree-row", timeout=30)
    rows = len(session.find_all(".structure > .tree .tree-row"))
    session.find_all(".structure > .tree .tree-row")[150].click()
    session.wait_for(".language-pane .pane-input", timeout=30)
    time.sleep(2)
    loaded = memory_of_app()
    session.close()

    print("cold start to an interactive window, %d runs each (seconds):" % RUNS)
    for name, values in timings.items():
        print("  %-7s median %.2f  min %.2f  max %.2f" % (name, statistics.median(values), min(values), max(values)))
    for title, per_process in [("the start screen, no agreement", baseline),
                               ("the %d-provision agreement open" % rows, loaded)]:
        print("memory with %s:" % title)
        for name, rss, pss in per_process:
            print("  %-22s RSS %7.1f MiB  PSS %7.1f MiB" % (name, rss / 1024, pss / 1024))
        print("  %-22s RSS %7.1f MiB  PSS %7.1f MiB" % (
            "total", sum(r for _, r, _ in per_process) / 1024, sum(p for _, _, p in per_process) / 1024))
    print("1 passed, 0 failed")


main()
