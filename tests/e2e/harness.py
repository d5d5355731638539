"""A tiny step runner for the end-to-end suite.

    import harness
    from harness import step

    @step("app starts")
    def _():
        ...

    harness.run_steps()          # runs the @step functions in order, then exits

or ``harness.run_steps([("name", fn), ...])``. Each step prints ``ok <name>`` or
``FAILED <name>: <error>``; the first failure takes a screenshot
``FAILED-<name>.png`` of the current app (see ``start_app``) and stops the run.
The last line is ``N passed, N failed``; the exit code is 1 if anything failed.

Environment (set by tests/e2e/run.sh):
  E2E_SCREENSHOT_DIR  where screenshots go (default: <repo>/target/e2e-screenshots)
  E2E_TMP             scratch dir for data dirs (default: the system temp dir)
  E2E_ONLY            run only the steps whose names contain this text (when
                      working on steps that start their own app)
"""

import os
import re
import sys
import tempfile
import time
import traceback

from webdriver import Session, WebDriverError, wait_for_driver

__all__ = [
    "app_binary",
    "current_session",
    "fresh_data_dir",
    "run_steps",
    "screenshot",
    "screenshot_dir",
    "start_app",
    "step",
    "stop_app",
]

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

_registered = []  # [(name, fn)] from @step, in definition order
_sessions = []  # Sessions started by start_app, newest last
_driver_ready = False


def step(name):
    """Register the decorated function as a step named ``name``."""

    def deco(fn):
        _registered.append((name, fn))
        return fn

    return deco


def screenshot_dir():
    return os.environ.get("E2E_SCREENSHOT_DIR") or os.path.join(REPO, "target", "e2e-screenshots")


def _file_name(name):
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "step"


def screenshot(name, session=None, accessible=True):
    """Save ``<screenshot dir>/<name>.png`` of ``session`` (default: the current app).
    Every screen looked at is also measured by axe (WCAG 2.1 AA) when the
    run has it (E2E_AXE): a serious or critical violation fails the step."""
    session = session or current_session()
    if session is None:
        raise RuntimeError("no app running to take a screenshot of")
    path = os.path.join(screenshot_dir(), _file_name(name) + ".png")
    taken = session.screenshot(path)
    if accessible and os.environ.get("E2E_AXE"):
        import axe
        axe.check(session, name)
    return taken


def app_binary():
    """The app binary from argv[1] (or $E2E_APP), as an absolute path."""
    path = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("E2E_APP")
    if not path:
        sys.exit("usage: %s APP_BINARY" % sys.argv[0])
    path = os.path.abspath(path)
    if not os.access(path, os.X_OK):
        sys.exit("app binary %s does not exist or is not executable" % path)
    return path


def fresh_data_dir(prefix="data-"):
    """A new empty directory under $E2E_TMP."""
    base = os.environ.get("E2E_TMP") or None
    if base:
        os.makedirs(base, exist_ok=True)
    return tempfile.mkdtemp(prefix=prefix, dir=base)


def start_app(binary, data_dir, extra_args=()):
    """Launch the app with ``--data-dir data_dir`` through tauri-driver and
    return its Session. It becomes the current app for failure screenshots."""
    global _driver_ready
    if not _driver_ready:
        wait_for_driver(timeout=30)
        _driver_ready = True
    session = Session(binary, ["--data-dir", str(data_dir), *extra_args])
    _sessions.append(session)
    return session


def current_session():
    """The most recently started app that is still open, or None."""
    for s in reversed(_sessions):
        if not s.closed:
            return s
    return None


def stop_app(session=None):
    """Close ``session`` (default: the current app)."""
    session = session or current_session()
    if session is not None:
        session.close()


def _close_all():
    for s in reversed(_sessions):
        try:
            s.close()
        except Exception as exc:  # the app may already be gone
            print("  (closing session: %s)" % exc, file=sys.stderr)


def _describe(exc):
    if isinstance(exc, AssertionError):
        return "assertion failed: %s" % exc if str(exc) else "assertion failed"
    if isinstance(exc, WebDriverError):
        return str(exc)
    return "%s: %s" % (type(exc).__name__, exc)


def run_steps(steps=None, exit=True):
    """Run ``steps`` ([(name, fn)], default: the @step ones) in order and stop at
    the first failure. Prints the closing ``N passed, N failed`` line, closes
    every app started with start_app, and exits 1 on failure (0 otherwise)
    unless ``exit`` is False, in which case it returns the failed count."""
    steps = list(_registered if steps is None else steps)
    only = os.environ.get("E2E_ONLY")
    if only:
        steps = [(name, fn) for name, fn in steps if only in name]
    passed = failed = 0
    skipped = []
    started = time.monotonic()
    for i, (name, fn) in enumerate(steps):
        t0 = time.monotonic()
        try:
            fn()
        except BaseException as exc:  # noqa: B036 - report Ctrl-C as a failure too
            failed += 1
            print("FAILED %s: %s" % (name, _describe(exc)), flush=True)
            tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            print("  " + tb.rstrip().replace("\n", "\n  "), file=sys.stderr, flush=True)
            session = current_session()
            if session is not None:
                try:
                    path = screenshot("FAILED-" + name, session, accessible=False)
                    print("  screenshot: %s" % path, flush=True)
                except Exception as shot_exc:
                    print("  (no screenshot: %s)" % shot_exc, flush=True)
            skipped = [n for n, _ in steps[i + 1:]]
            break
        else:
            passed += 1
            print("ok %s" % name, flush=True)
            if os.environ.get("E2E_VERBOSE"):
                print("  (%.2fs)" % (time.monotonic() - t0), flush=True)
    _close_all()
    if skipped:
        print("not run after the failure: %s" % ", ".join(skipped), flush=True)
    print("e2e: %d step(s) in %.1fs" % (passed + failed, time.monotonic() - started), flush=True)
    print("%d passed, %d failed" % (passed, failed), flush=True)
    if exit:
        sys.exit(1 if failed else 0)
    return failed
