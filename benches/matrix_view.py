"""How the app's matrix view answers at the scale of a real multilateral
negotiation (193 parties × 300 provisions): opening the Matrix tab, each
filter, and scrolling the grid. Times are taken inside the page, from the
user's action to the next painted frame (two animation frames).

Run by scripts/measure.sh, which seeds the data (ENTENTE_MATRIX_DATA) and
starts Xvfb and tauri-driver through tests/e2e/run.sh."""

import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
from harness import screenshot  # noqa: E402
from webdriver import Session, wait_for_driver  # noqa: E402

APP = os.path.abspath(sys.argv[1])
SEEDED = os.environ["ENTENTE_MATRIX_DATA"]
RUNS = int(os.environ.get("ENTENTE_MEASURE_RUNS", "7"))

# Milliseconds from an action to the second animation frame after it: the
# frame that shows its result.
_TIMED = """
const done = arguments[arguments.length - 1];
const ready = arguments[0];
const started = performance.now();
%s
const settle = () => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - started)));
const poll = () => (document.querySelector(ready) ? settle() : requestAnimationFrame(poll));
poll();
"""

# Scrolls the grid down by steps, one per frame, and returns each frame's length.
_SCROLL = """
const done = arguments[arguments.length - 1];
const grid = document.querySelector('.matrix-scroll');
const frames = [];
let last = performance.now();
const step = (now) => {
  frames.push(now - last);
  last = now;
  if (frames.length > 60) return done(frames.slice(1));
  grid.scrollBy(frames.length % 2 ? 120 : 0, 90);
  requestAnimationFrame(step);
};
grid.scrollTo(0, 0);
requestAnimationFrame((now) => { last = now; requestAnimationFrame(step); });
"""

SELECT = "{ const s = document.querySelector('%s'); s.value = %s; s.dispatchEvent(new Event('change')); }"


def timed(session, action, ready):
    # The page's CSP forbids eval, so the action is written into the script.
    return session.execute_async(_TIMED % action, ready, timeout=120)


def main():
    wait_for_driver()
    session = Session(APP, ["--data-dir", SEEDED])
    session.wait_for(".agreement-item", timeout=30).click()
    session.wait_for(".structure .tree-row", timeout=60)
    rows = len(session.find_all(".structure > .tree .tree-row"))
    timings = {name: [] for name in ("open", "status", "party", "all", "scroll-median", "scroll-worst")}
    for _ in range(RUNS):
        session.execute("document.querySelector('#tab-text').click()")
        session.wait_for(".structure .tree-row", timeout=60)
        timings["open"].append(timed(session, "document.querySelector('#tab-matrix').click()", ".matrix-table"))
        # The grid draws only what is in view; the party filter lists every column.
        columns = len(session.find_all("#matrix-parties optgroup:last-child option"))
        timings["status"].append(timed(session, SELECT % ("#matrix-status", "'agreed'"), ".matrix-scroll"))
        timings["party"].append(timed(session, SELECT % ("#matrix-status", "''") + SELECT % (
            "#matrix-parties", "s.options[s.options.length - 1].value"), ".matrix-scroll"))
        timings["all"].append(timed(session, SELECT % ("#matrix-parties", "''"), ".matrix-scroll"))
        frames = session.execute_async(_SCROLL, timeout=120)
        timings["scroll-median"].append(statistics.median(frames))
        timings["scroll-worst"].append(max(frames))
    # What the grid looks like scrolled into the middle, to judge by eye.
    session.execute("document.querySelector('.matrix-pane').scrollIntoView();"
                    "document.querySelector('.matrix-scroll').scrollTo(2400, 4000)")
    session.execute_async("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done));")
    screenshot("matrix-193-parties", session)
    session.close()

    print("matrix view, %d parties × %d provisions, %d runs (milliseconds, median of runs):" % (columns, rows, RUNS))
    for name, label in [("open", "open the Matrix tab (report over IPC, grid drawn)"),
                        ("status", "filter by status"),
                        ("party", "narrow to one party"),
                        ("all", "back to all parties"),
                        ("scroll-median", "scrolling: median frame"),
                        ("scroll-worst", "scrolling: longest frame")]:
        values = timings[name]
        print("  %-50s %7.0f  (min %.0f, max %.0f)" % (label, statistics.median(values), min(values), max(values)))
    print("1 passed, 0 failed")


main()
