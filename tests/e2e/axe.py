"""Accessibility measured on each screen: axe-core (from npm, see run.sh)
injected into the page, its WCAG 2.1 A and AA rules run, the summary
printed, and serious or critical violations failing the step."""

import json
import os

_SOURCE = None
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = ("serious", "critical")


def _source():
    global _SOURCE
    if _SOURCE is None:
        with open(os.environ["E2E_AXE"], encoding="utf-8") as file:
            _SOURCE = file.read()
    return _SOURCE


def violations(session):
    """axe's violations on the page as it stands: [(impact, rule, count, first target)]."""
    session.execute(_source() + "\n;window.__axe = axe;")
    result = session.execute_async(
        "const done = arguments[arguments.length - 1];"
        "window.__axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})"
        ".then((r) => done(r.violations.map((v) => [v.impact, v.id, v.nodes.length,"
        " v.nodes[0].target.join(' '), v.nodes[0].failureSummary])))"
        ".catch((e) => done([['error', String(e), 0, '', '']]));" % json.dumps(RULES)
    )
    return [tuple(v) for v in result]


def check(session, screen):
    """Prints the summary for `screen`; fails on serious or critical violations."""
    found = violations(session)
    blocking = [v for v in found if v[0] in BLOCKING or v[0] == "error"]
    summary = ", ".join("%s %s ×%d" % (impact, rule, count) for impact, rule, count, _, _ in found) or "none"
    print("axe: %s: %d violation(s): %s" % (screen, len(found), summary), flush=True)
    for impact, rule, count, target, why in blocking:
        print("axe:   %s %s at %s: %s" % (impact, rule, target, why.replace("\n", " ")), flush=True)
    assert not blocking, "%s: %d serious or critical accessibility violation(s)" % (screen, len(blocking))
