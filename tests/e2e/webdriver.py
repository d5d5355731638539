"""A small, dependency-free W3C WebDriver client for tauri-driver.

All session traffic goes over ONE persistent keep-alive
``http.client.HTTPConnection``. tauri-driver forwards ``Connection: close`` to
WebKitWebDriver and then intermittently fails with "Connection reset by peer",
so a fresh connection per request (what ``urllib`` does) is not an option.

Usage::

    from webdriver import Session, wait_for_driver

    wait_for_driver()
    s = Session("/path/to/app", ["--data-dir", "/tmp/x"])
    try:
        s.find("#button").click()
        s.wait_text("#status", "Done")
        s.screenshot("target/e2e-screenshots/after-click.png")
    finally:
        s.close()
"""

import base64
import http.client
import json
import re
import os
import socket
import time
from urllib.parse import quote

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "Element",
    "Keys",
    "Session",
    "WaitTimeout",
    "WebDriverError",
    "wait_for_driver",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4444

# The W3C key that marks a web element reference in JSON.
ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf"

# Seconds to wait for one HTTP answer. Starting the app (POST /session) gets
# longer. A stuck screenshot (WEBKIT_DISABLE_* set) then fails instead of
# hanging forever.
COMMAND_TIMEOUT = 60
NEW_SESSION_TIMEOUT = 120

# Double requestAnimationFrame: resolves once the current DOM state has been
# painted, so the screenshot that follows is not an older frame.
_DOUBLE_RAF = (
    "const done = arguments[arguments.length - 1];"
    "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));"
)

_KEEP_REPAINTING = (
    "const root = document.documentElement;"
    "window.__e2eRepaint = setInterval(() => {"
    "  root.style.outline = root.style.outline ? '' : '1px solid transparent';"
    "}, 50);"
)

_SELECT_BY_VALUE = """
const el = arguments[0], value = arguments[1];
if (!el || el.tagName !== 'SELECT') {
  throw new Error('select_by_value: element is <' + (el && el.tagName || '?').toLowerCase() + '>, not <select>');
}
const options = Array.from(el.options);
if (!options.some((o) => o.value === value)) {
  throw new Error('select_by_value: no <option value="' + value + '">; have: '
    + options.map((o) => JSON.stringify(o.value)).join(', '));
}
el.value = value;
el.dispatchEvent(new Event('input', { bubbles: true }));
el.dispatchEvent(new Event('change', { bubbles: true }));
return el.value;
"""

_POLL_INTERVAL = 0.1


def _element_id(ref):
    """The id in a web element reference (W3C key, or the legacy "ELEMENT")."""
    if isinstance(ref, dict):
        if ELEMENT_KEY in ref:
            return ref[ELEMENT_KEY]
        if "ELEMENT" in ref:
            return ref["ELEMENT"]
    raise WebDriverError("invalid response", "not an element reference: %r" % (ref,))


# U+2066-U+2069: LRI, RLI, FSI, PDI.
_BIDI_ISOLATES = re.compile("[\u2066-\u2069]")


class WebDriverError(Exception):
    """A WebDriver command failed. ``error`` is the W3C error code
    (e.g. ``"no such element"``), ``message`` the driver's explanation."""

    def __init__(self, error, message, status=None, command=None, stacktrace=None):
        self.error = error
        self.message = message
        self.status = status
        self.command = command
        self.stacktrace = stacktrace
        text = "%s: %s" % (error, message)
        if command:
            text += " [%s]" % command
        super().__init__(text)


class WaitTimeout(WebDriverError):
    """A ``wait_*`` helper gave up."""

    def __init__(self, message):
        super().__init__("timeout", message)


class Keys:
    """A few WebDriver special keys for ``send_keys``."""

    BACKSPACE = "\ue003"
    TAB = "\ue004"
    ENTER = "\ue007"
    SHIFT = "\ue008"
    CONTROL = "\ue009"
    ALT = "\ue00a"
    ESCAPE = "\ue00c"
    SPACE = "\ue00d"
    PAGE_UP = "\ue00e"
    PAGE_DOWN = "\ue00f"
    END = "\ue010"
    HOME = "\ue011"
    ARROW_LEFT = "\ue012"
    ARROW_UP = "\ue013"
    ARROW_RIGHT = "\ue014"
    ARROW_DOWN = "\ue015"
    DELETE = "\ue017"
    F1 = "\ue031"


class _Connection:
    """One keep-alive HTTP connection that speaks WebDriver JSON."""

    def __init__(self, host, port):
        self.host = host
        self.port = port
        self._conn = http.client.HTTPConnection(host, port, timeout=COMMAND_TIMEOUT)

    def request(self, method, path, body=None, timeout=COMMAND_TIMEOUT):
        command = "%s %s" % (method, path)
        payload = None
        headers = {"Accept": "application/json"}
        if body is not None or method == "POST":
            payload = json.dumps({} if body is None else body).encode("utf-8")
            headers["Content-Type"] = "application/json; charset=utf-8"
        # GETs are safe to retry once if the kept-alive socket turned out dead.
        attempts = 2 if method == "GET" else 1
        for attempt in range(attempts):
            self._set_timeout(timeout)
            try:
                self._conn.request(method, path, body=payload, headers=headers)
                resp = self._conn.getresponse()
                raw = resp.read()
                break
            except socket.timeout:
                self._conn.close()
                raise WebDriverError(
                    "timeout",
                    "no answer from the WebDriver server within %ss" % timeout,
                    command=command,
                )
            except (http.client.HTTPException, ConnectionError, OSError) as exc:
                self._conn.close()
                if attempt + 1 < attempts:
                    continue
                raise WebDriverError(
                    "connection error",
                    "%s: %s (is tauri-driver running on %s:%s?)"
                    % (type(exc).__name__, exc, self.host, self.port),
                    command=command,
                ) from exc
        try:
            data = json.loads(raw.decode("utf-8")) if raw else {}
        except ValueError:
            raise WebDriverError(
                "invalid response",
                "HTTP %s with non-JSON body: %r" % (resp.status, raw[:300]),
                status=resp.status,
                command=command,
            )
        value = data.get("value") if isinstance(data, dict) else None
        if resp.status >= 400 or (isinstance(value, dict) and "error" in value):
            v = value if isinstance(value, dict) else {}
            raise WebDriverError(
                v.get("error", "HTTP %s" % resp.status),
                v.get("message", "") or repr(data)[:300],
                status=resp.status,
                command=command,
                stacktrace=v.get("stacktrace"),
            )
        return value

    def _set_timeout(self, timeout):
        self._conn.timeout = timeout
        if self._conn.sock is not None:
            self._conn.sock.settimeout(timeout)

    def close(self):
        self._conn.close()


def wait_for_driver(timeout=30, host=DEFAULT_HOST, port=DEFAULT_PORT):
    """Poll ``GET /status`` until the driver answers ready. Returns the status value."""
    deadline = time.monotonic() + timeout
    last = "no answer yet"
    while True:
        conn = _Connection(host, port)
        try:
            value = conn.request("GET", "/status", timeout=2)
            if not isinstance(value, dict) or value.get("ready", True):
                return value
            last = "not ready: %r" % (value,)
        except WebDriverError as exc:
            last = str(exc)
        finally:
            conn.close()
        if time.monotonic() >= deadline:
            raise WaitTimeout(
                "WebDriver server at %s:%s not ready after %ss (%s)" % (host, port, timeout, last)
            )
        time.sleep(0.1)


def _poll(fn, timeout, describe):
    """Call ``fn`` until it returns something truthy; WebDriver errors count as
    "not yet". ``describe(last_value, last_error)`` builds the timeout message."""
    deadline = time.monotonic() + timeout
    last_value = None
    last_error = None
    while True:
        try:
            last_value = fn()
            last_error = None
            if last_value:
                return last_value
        except WebDriverError as exc:
            if exc.error in ("connection error", "invalid session id", "no such window"):
                raise
            last_error = exc
        if time.monotonic() >= deadline:
            raise WaitTimeout(describe(last_value, last_error))
        time.sleep(_POLL_INTERVAL)


class Session:
    """A WebDriver session: launches the app through tauri-driver."""

    def __init__(self, application, args=(), host=DEFAULT_HOST, port=DEFAULT_PORT):
        self.application = os.path.abspath(application)
        self.args = [str(a) for a in args]
        self._http = _Connection(host, port)
        caps = {
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "wry",
                    "tauri:options": {"application": self.application, "args": self.args},
                }
            }
        }
        try:
            value = self._http.request("POST", "/session", caps, timeout=NEW_SESSION_TIMEOUT)
        except WebDriverError:
            self._http.close()
            raise
        self.id = value["sessionId"]
        self.capabilities = value.get("capabilities", {})
        self._closed = False

    # -- plumbing ---------------------------------------------------------

    def _cmd(self, method, path, body=None, timeout=COMMAND_TIMEOUT):
        if self._closed:
            raise WebDriverError("invalid session id", "session already closed", command=path)
        return self._http.request(method, "/session/%s%s" % (self.id, path), body, timeout)

    def _wrap(self, value):
        """Turn element references in a script result into Elements."""
        if isinstance(value, list):
            return [self._wrap(v) for v in value]
        if isinstance(value, dict):
            if ELEMENT_KEY in value and len(value) == 1:
                return Element(self, value[ELEMENT_KEY])
            return {k: self._wrap(v) for k, v in value.items()}
        return value

    @staticmethod
    def _unwrap(value):
        if isinstance(value, Element):
            return {ELEMENT_KEY: value.id}
        if isinstance(value, (list, tuple)):
            return [Session._unwrap(v) for v in value]
        if isinstance(value, dict):
            return {k: Session._unwrap(v) for k, v in value.items()}
        return value

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- finding ----------------------------------------------------------

    def find(self, css):
        """The first element matching ``css``; raises WebDriverError "no such element"."""
        try:
            ref = self._cmd("POST", "/element", {"using": "css selector", "value": css})
        except WebDriverError as exc:
            if exc.error == "no such element":
                raise WebDriverError(exc.error, "no element matches %r" % css, exc.status, exc.command)
            raise
        return Element(self, _element_id(ref), css)

    def find_all(self, css):
        """All elements matching ``css`` (possibly none)."""
        refs = self._cmd("POST", "/elements", {"using": "css selector", "value": css})
        return [Element(self, _element_id(r), css) for r in refs]

    # -- the keyboard alone ------------------------------------------------

    def press(self, *chord):
        """Presses the keys of ``chord`` together, as a user does, into
        whatever has the focus: modifiers first, released in reverse."""
        down = [{"type": "keyDown", "value": key} for key in chord]
        up = [{"type": "keyUp", "value": key} for key in reversed(chord)]
        self._perform(down + up)

    def type(self, text):
        """Types ``text`` a character at a time into whatever has the focus."""
        self._perform([{"type": kind, "value": char} for char in text for kind in ("keyDown", "keyUp")])

    def _perform(self, key_actions):
        self._cmd("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": key_actions}]})

    def focused_matches(self, css):
        return bool(self.execute("return document.activeElement?.matches(arguments[0]) ?? false", css))

    # -- waiting ----------------------------------------------------------

    def wait_for(self, css, timeout=10, visible=True):
        """Poll until an element matching ``css`` exists (and is displayed when
        ``visible``). Returns that element."""

        def attempt():
            for el in self.find_all(css):
                if not visible or el.is_displayed():
                    return el
            return None

        def describe(_value, error):
            what = "a visible element" if visible else "an element"
            msg = "timed out after %ss waiting for %s matching %r" % (timeout, what, css)
            if visible:
                n = len(self._safe_find_all(css))
                if n:
                    msg += " (%d match, none displayed)" % n
            if error is not None:
                msg += "; last error: %s" % error
            return msg

        return _poll(attempt, timeout, describe)

    def wait_gone(self, css, timeout=10):
        """Poll until no displayed element matches ``css``."""

        def attempt():
            return not any(el.is_displayed() for el in self.find_all(css))

        return _poll(
            attempt,
            timeout,
            lambda _v, e: "timed out after %ss waiting for %r to disappear%s"
            % (timeout, css, "; last error: %s" % e if e else ""),
        )

    def wait_text(self, css, expected_substring, timeout=10):
        """Poll until the first element matching ``css`` has visible text that
        contains ``expected_substring``. Returns the full text."""
        seen = {"text": None}

        def attempt():
            text = self.find(css).text
            seen["text"] = text
            return text if expected_substring in text else None

        def describe(_value, error):
            msg = "timed out after %ss waiting for %r to contain %r" % (timeout, css, expected_substring)
            if seen["text"] is not None:
                msg += "; last text was %r" % seen["text"]
            if error is not None:
                msg += "; last error: %s" % error
            return msg

        return _poll(attempt, timeout, describe)

    def wait_until(self, predicate, timeout=10, message="condition"):
        """Poll ``predicate()`` until it returns something truthy, and return that.
        WebDriver errors inside it (element not there yet, stale) count as "not yet"."""
        return _poll(
            predicate,
            timeout,
            lambda v, e: "timed out after %ss waiting for %s (last result %r%s)"
            % (timeout, message, v, "; last error: %s" % e if e else ""),
        )

    def _safe_find_all(self, css):
        try:
            return self.find_all(css)
        except WebDriverError:
            return []

    # -- scripts ----------------------------------------------------------

    def execute(self, script, *args):
        """Run ``script`` synchronously in the page (``arguments[i]`` are ``args``,
        Elements allowed) and return its result."""
        value = self._cmd("POST", "/execute/sync", {"script": script, "args": self._unwrap(list(args))})
        return self._wrap(value)

    def execute_async(self, script, *args, timeout=COMMAND_TIMEOUT):
        """Run ``script`` asynchronously; it must call ``arguments[arguments.length-1](result)``."""
        value = self._cmd(
            "POST", "/execute/async", {"script": script, "args": self._unwrap(list(args))}, timeout
        )
        return self._wrap(value)

    # -- page -------------------------------------------------------------

    @property
    def url(self):
        return self._cmd("GET", "/url")

    @property
    def title(self):
        return self._cmd("GET", "/title")

    @property
    def page_source(self):
        return self._cmd("GET", "/source")

    def screenshot(self, path, timeout=COMMAND_TIMEOUT):
        """Save a PNG of the webview to ``path`` (parent dirs are created), after
        waiting two animation frames so it shows the current DOM. Returns the path."""
        self.execute_async(_DOUBLE_RAF, timeout=timeout)
        # WebKit answers after the page's next presentation update. Drawn
        # without compositing (the app's mode on a machine without GPU), a page
        # that does not change has none: keep one pixel-less change coming
        # until the screenshot is taken.
        self.execute(_KEEP_REPAINTING)
        try:
            data = self._cmd("GET", "/screenshot", timeout=timeout)
        finally:
            self.execute("clearInterval(window.__e2eRepaint); delete window.__e2eRepaint;"
                         "document.documentElement.style.outline = ''")
        png = base64.b64decode(data)
        parent = os.path.dirname(os.path.abspath(path))
        os.makedirs(parent, exist_ok=True)
        with open(path, "wb") as f:
            f.write(png)
        return path

    def close(self):
        """End the session (closes the app). Safe to call twice."""
        if getattr(self, "_closed", True):
            return
        try:
            self._cmd("DELETE", "")
        finally:
            self._closed = True
            self._http.close()

    @property
    def closed(self):
        return self._closed


class Element:
    """A web element of a Session."""

    def __init__(self, session, element_id, css=None):
        self.session = session
        self.id = element_id
        self.css = css

    def __repr__(self):
        return "<Element %s%s>" % (self.id, " %r" % self.css if self.css else "")

    def __eq__(self, other):
        return isinstance(other, Element) and other.id == self.id

    def __hash__(self):
        return hash(self.id)

    def _cmd(self, method, path, body=None):
        return self.session._cmd(method, "/element/%s%s" % (quote(self.id, safe=""), path), body)

    def find(self, css):
        """The first descendant matching ``css``."""
        try:
            ref = self._cmd("POST", "/element", {"using": "css selector", "value": css})
        except WebDriverError as exc:
            if exc.error == "no such element":
                raise WebDriverError(exc.error, "no element matches %r inside %r" % (css, self),
                                     exc.status, exc.command)
            raise
        return Element(self.session, _element_id(ref), css)

    def find_all(self, css):
        refs = self._cmd("POST", "/elements", {"using": "css selector", "value": css})
        return [Element(self.session, _element_id(r), css) for r in refs]

    def click(self):
        # WebKit's driver scrolls an element only until its edge shows: a
        # row cut by the bottom of a scrolling pane then counts as hidden.
        # Brought to the middle first, as a user would scroll to it.
        self.session.execute("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", self)
        self._cmd("POST", "/click", {})
        return self

    @property
    def text(self):
        """The rendered (visible) text as a reader sees it: without the
        invisible bidi isolation marks Fluent puts around its arguments."""
        return _BIDI_ISOLATES.sub("", self._cmd("GET", "/text"))

    def send_keys(self, text):
        """Type ``text`` into the element (appends; call clear() first to replace)."""
        text = str(text)
        self._cmd("POST", "/value", {"text": text, "value": list(text)})
        return self

    def clear(self):
        self._cmd("POST", "/clear", {})
        return self

    def attribute(self, name):
        return self._cmd("GET", "/attribute/%s" % quote(name, safe=""))

    def css_value(self, name):
        return self._cmd("GET", "/css/%s" % quote(name, safe=""))

    @property
    def tag_name(self):
        return self._cmd("GET", "/name")

    def is_displayed(self):
        return bool(self._cmd("GET", "/displayed"))

    def is_enabled(self):
        return bool(self._cmd("GET", "/enabled"))

    def is_selected(self):
        return bool(self._cmd("GET", "/selected"))

    @property
    def value(self):
        return self.property("value")

    def select_by_value(self, value):
        """Pick the <option> with ``value`` in this <select> and fire 'input' and
        'change' like a user would."""
        return self.session.execute(_SELECT_BY_VALUE, self, str(value))

    # Defined last: inside this class body the name "property" would otherwise
    # shadow the builtin used by the @property decorators above.
    def property(self, name):
        """The DOM property ``name`` (e.g. "value", "checked")."""
        return self._cmd("GET", "/property/%s" % quote(name, safe=""))
