"""The end-to-end suite: the real Entente app in a real WebKit webview, driven
as a diplomat would drive it. Run by tests/e2e/run.sh APP_BINARY."""

import gzip
import json
import os
import re
import sqlite3
import subprocess
import time
import zipfile

import harness
from harness import screenshot, start_app, step, stop_app

APP = harness.app_binary()
DATA = harness.fresh_data_dir()
S = {}  # the current session and what the steps learn along the way


def app():
    return S["app"]


def click(css):
    app().wait_for(css).click()


def fill(css, text):
    """Types into a field. Tried again from scratch if the page redraws the
    field meanwhile (a stale element): clearing first makes that safe."""
    def attempt():
        element = app().find(css)
        element.clear()
        element.send_keys(text)
        return element
    return app().wait_until(attempt, message="to type into %s" % css)


def text_of(css):
    return app().wait_for(css).text


def content(element):
    """An element's words as written (CSS may show them in capitals)."""
    return element.property("textContent").replace("\u2068", "").replace("\u2069", "")


def tree_labels():
    return [content(label) for label in app().find_all(".structure > .tree .tree-label")]


def select_row(label):
    """Clicks the structure row whose label (e.g. "Article 2") matches."""
    def row():
        for candidate in app().find_all(".structure > .tree .tree-row"):
            if content(candidate.find(".tree-label")) == label:
                return candidate
        return None
    app().wait_until(row, message="a provision labelled %r" % label).click()
    app().wait_until(lambda: content(app().find("#editor-heading")) == label, message="the editor on " + label)


@step("the app opens on an empty data directory")
def _():
    S["app"] = start_app(APP, DATA)
    app().wait_text(".start h1", "Draft agreements")
    assert "No agreements yet" in text_of(".sidebar")
    screenshot("01-start-empty")


@step("set the delegation in preferences")
def _():
    click("#delegation-button")
    fill("#delegation-input", "Kenya")
    click("#dialog button[type=submit]")
    app().wait_text("#delegation-button", "Delegation: Kenya")


@step("an empty title is refused with a clear message")
def _():
    click("#new-agreement")
    app().wait_for("#dialog input[name=title-en]")
    click("#dialog button[type=submit]")
    app().wait_text("#dialog .form-error", "The title must not be empty")
    screenshot("02-new-agreement-empty-title")


@step("create an agreement with English and French, both authentic")
def _():
    fill("#dialog input[name=title-en]", "Framework Agreement on Cooperation in Artificial Intelligence for Health")
    app().find("#dialog select[name=kind]").select_by_value("framework-agreement")
    fill("#dialog input[name=symbol]", "AI-HEALTH/2026/1")
    french = app().find('#dialog tr[data-language="fr"]')
    french.find(".include").click()
    french.find(".authentic").click()
    fill("#dialog input[name=title-fr]", "Accord-cadre de coopération en matière d'intelligence artificielle au service de la santé")
    screenshot("03-new-agreement-dialog")
    click("#dialog button[type=submit]")
    app().wait_text("#agreement-title", "Framework Agreement on Cooperation")
    assert "AI-HEALTH/2026/1" in text_of(".agreement-meta")
    chips = [c.text for c in app().find_all(".language-chips .chip")]
    assert chips == ["EN", "FR"], chips




@step("edit the agreement's details: add Spanish, change the symbol")
def _():
    click("#edit-details")
    app().wait_for('#dialog tr[data-language="es"]').find(".include").click()
    fill("#dialog input[name=title-es]", "Acuerdo marco de cooperación en materia de inteligencia artificial para la salud")
    fill("#dialog input[name=symbol]", "AI-HEALTH/2026/1/Rev.1")
    assert app().find("#dialog input[name=title-en]").property("value").startswith("Framework Agreement")
    click("#dialog button[type=submit]")
    app().wait_until(lambda: [c.text for c in app().find_all(".language-chips .chip")] == ["EN", "FR", "ES"],
                     message="the Spanish chip")
    assert "AI-HEALTH/2026/1/Rev.1" in text_of(".agreement-meta")


@step("add parties, an observer and a group; a party added twice is refused")
def _():
    click("#tab-parties")
    app().wait_for("#add-party-form")
    assert "No parties yet" in text_of(".parties-layout")
    for english, french, kind, role in [
        ("Kenya", "Kenya", "state", "party"),
        ("Brazil", "Brésil", "state", "party"),
        ("Ghana", "Ghana", "state", "party"),
        ("World Health Organization", "Organisation mondiale de la Santé", "organisation", "observer"),
    ]:
        fill("#add-party-form input[name=name-en]", english)
        fill("#add-party-form input[name=name-fr]", french)
        app().find("#party-kind").select_by_value(kind)
        app().find("#party-role").select_by_value(role)
        click("#add-party")
        app().wait_text(".parties-table", english)
    fill("#add-party-form input[name=name-en]", "African Group")
    fill("#add-party-form input[name=name-fr]", "Groupe africain")
    app().find("#party-kind").select_by_value("group")
    boxes = app().find_all(".members-field .check")
    for box in boxes:
        if box.text in ("Kenya", "Ghana"):
            box.find("input").click()
    click("#add-party")
    app().wait_text(".parties-table", "African Group")
    assert "Kenya, Ghana" in text_of(".parties-table"), text_of(".parties-table")
    assert "Parties (5)" in text_of("#tab-parties")

    fill("#add-party-form input[name=name-en]", "kenya")
    click("#add-party")
    app().wait_text("#add-party-form .form-error", "A party named “kenya” is already in this agreement")
    screenshot("04-parties")


@step("a language that holds names cannot be taken away")
def _():
    click("#edit-details")
    app().wait_for('#dialog tr[data-language="fr"]').find(".include").click()
    click("#dialog button[type=submit]")
    app().wait_text("#dialog .form-error", "cannot be taken away")
    click("#dialog button.secondary")
    app().wait_gone("#dialog form")


@step("build the text: preamble, chapters, articles, paragraphs, an annex")
def _():
    click("#tab-text")
    app().wait_text(".structure .empty", "The text is empty")

    def add(kind, heading=None, body=None):
        rows = len(app().find_all(".structure > .tree .tree-row"))
        click("#add-%s" % kind)
        app().wait_until(lambda: len(app().find_all(".structure > .tree .tree-row")) == rows + 1
                         and app().find(".tree-row.selected").attribute("data-kind") == kind,
                         message="the new %s to be selected" % kind)
        if heading is not None:
            fill('.language-pane[data-language="en"] .heading-input', heading)
        if body is not None:
            fill('.language-pane[data-language="en"] .body-input', body)
        click("#save-text")
        app().wait_until(lambda: not app().find(".save-status").text, message="the text to be saved")

    add("recital", body="Recognizing that artificial intelligence can strengthen health systems and advance universal health coverage,")
    add("recital", body="Concerned that inequities in access to data, computing capacity and skills may widen the gap between countries,")
    add("chapter", heading="General provisions")
    add("article", heading="Objective", body="The objective of this Agreement is to strengthen cooperation among the Parties in the responsible development and use of artificial intelligence for health.")
    add("article", heading="Use of terms")
    add("paragraph", body="For the purposes of this Agreement:")
    add("subparagraph", body="“health data” means personal data concerning the physical or mental health of a natural person;")
    add("subparagraph", body="“AI system” means a machine-based system that infers from input how to generate outputs.")
    select_row("Article 2")
    add("article", heading="Scope")
    add("chapter", heading="Cooperation")
    add("article", heading="Data equity and sharing")
    add("article", heading="Workforce development")
    add("annex", heading="Model data-sharing arrangement")

    labels = tree_labels()
    assert labels == [
        "Recital 1", "Recital 2", "Chapter I", "Article 1", "Article 2", "Paragraph 1",
        "Sub-paragraph (a)", "Sub-paragraph (b)", "Article 3", "Chapter II", "Article 4", "Article 5", "Annex I",
    ], labels


@step("edit a provision side by side in French; a missing language is marked")
def _():
    select_row("Article 1")
    assert app().find('.language-pane[data-language="fr"]').attribute("class").endswith("missing")
    row = [r for r in app().find_all(".structure > .tree .tree-row") if content(r.find(".tree-label")) == "Article 1"][0]
    assert row.find(".missing-badge").text == "FR ES"
    fill('.language-pane[data-language="fr"] .heading-input', "Objectif")
    fill('.language-pane[data-language="fr"] .body-input', "Le présent Accord a pour objectif de renforcer la coopération entre les Parties en matière de développement et d'utilisation responsables de l'intelligence artificielle au service de la santé.")
    assert "Unsaved changes" in text_of(".save-status")
    click("#save-text")
    app().wait_until(lambda: "missing" not in app().find('.language-pane[data-language="fr"]').attribute("class"),
                     message="the French pane to stop being marked missing")
    row = [r for r in app().find_all(".structure > .tree .tree-row") if content(r.find(".tree-label")) == "Article 1"][0]
    assert row.find(".missing-badge").text == "ES"
    screenshot("05-text-editor")


@step("words not yet agreed are bracketed with their proposer; unbalanced brackets are refused")
def _():
    select_row("Article 1")
    body = app().find('.language-pane[data-language="en"] .body-input')
    text = body.property("value")
    start = text.index("responsible")
    kenya = [o for o in app().find_all("#bracket-proposer option") if o.text == "Kenya"][0].attribute("value")
    app().find("#bracket-proposer").select_by_value(kenya)
    app().execute("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[2]);",
                  body, start, start + len("responsible"))
    click("#bracket-selection")
    click("#save-text")
    app().wait_until(lambda: f"⟦responsible⟧{{{kenya}}}" in app().find('.language-pane[data-language="en"] .body-input').property("value"),
                     message="the bracketed word saved with its proposer")
    legend = app().wait_text(".editor > .bracket-legend", "Kenya")
    assert "⟦responsible⟧" in legend and "proposed by Kenya" in legend, legend
    fill('.language-pane[data-language="fr"] .body-input', "Le présent Accord ⟦a pour objectif")
    click("#save-text")
    assert "is never closed" in app().wait_text("#banner", "never closed")
    # Put the French text back as it was, and dismiss the message.
    fill('.language-pane[data-language="fr"] .body-input', "Le présent Accord a pour objectif de renforcer la coopération entre les Parties en matière de développement et d'utilisation responsables de l'intelligence artificielle au service de la santé.")
    click(".banner-close")
    app().wait_until(lambda: not app().find("#banner").is_displayed(), message="the banner to clear")


@step("move an article: the others are renumbered")
def _():
    select_row("Article 5")
    click("#move-up")
    app().wait_until(lambda: tree_summaries().get("Article 4") == "Workforce development",
                     message="Workforce development to become Article 4")
    assert tree_summaries()["Article 5"] == "Data equity and sharing"
    # Into the first chapter, through the "Move into…" list.
    select_row("Article 4")
    target = [o for o in app().find_all("#move-target option") if o.text.startswith("Chapter I ")][0]
    app().find("#move-target").select_by_value(target.attribute("value"))
    assert tree_summaries()["Article 4"] == "Workforce development", "choosing a target alone moves nothing"
    click("#move-into")
    app().wait_until(lambda: tree_summaries().get("Article 4") == "Workforce development"
                     and tree_labels().index("Article 4") < tree_labels().index("Chapter II"),
                     message="Workforce development to move into Chapter I")
    assert tree_summaries()["Article 5"] == "Data equity and sharing"


def tree_summaries():
    rows = app().find_all(".structure > .tree .tree-row")
    return {content(r.find(".tree-label")): content(r.find(".tree-summary")) for r in rows}


@step("the structure is usable from the keyboard")
def _():
    from webdriver import Keys
    select_row("Article 1")
    app().find(".tree-row.selected").send_keys(Keys.ARROW_DOWN)
    app().wait_until(lambda: content(app().find("#editor-heading")) == "Article 2", message="the arrow key to select Article 2")
    app().find(".tree-row.selected").send_keys(Keys.ALT + Keys.ARROW_UP)
    app().wait_until(lambda: tree_summaries().get("Article 1") == "Use of terms", message="Alt+Up to move Use of terms up")
    app().find(".tree-row.selected").send_keys(Keys.ALT + Keys.ARROW_DOWN)
    app().wait_until(lambda: tree_summaries().get("Article 1") == "Objective", message="Alt+Down to move it back")


@step("search the text in every language: Ctrl+F, the words marked, Enter to go through them")
def _():
    from webdriver import Keys
    select_row("Article 3")
    app().find(".tree-row.selected").send_keys(Keys.CONTROL + "f")
    app().wait_until(lambda: app().execute("return document.activeElement.id") == "search-input",
                     message="Ctrl+F to reach the search box")
    app().find("#search-input").send_keys("cooperation")
    assert "3 places found" in app().wait_text("#search-status", "found")
    places = [content(hit) for hit in app().find_all(".search-hit .search-place")]
    assert places == ["Article 1 — English", "Article 1 — French", "Chapter II — English"], places
    marks = [content(mark) for mark in app().find_all(".search-hit mark")]
    assert marks == ["cooperation", "coopération", "Cooperation"], marks
    for expected in ("Article 1", "Article 1", "Chapter II"):
        app().find("#search-input").send_keys(Keys.ENTER)
        app().wait_until(lambda: content(app().find("#editor-heading")) == expected,
                         message="Enter to go to " + expected)
        assert app().execute("return document.activeElement.id") == "search-input", "the search box keeps the focus"
    current = app().find(".search-hit[aria-current='true'] .search-place")
    assert content(current) == "Chapter II — English"
    screenshot("05b-search")
    app().find("#search-input").send_keys(Keys.SHIFT + Keys.ENTER)
    app().wait_until(lambda: content(app().find("#editor-heading")) == "Article 1", message="Shift+Enter to go back")
    app().find("#search-input").send_keys(Keys.ESCAPE)
    app().wait_until(lambda: not app().find_all(".search-hit"), message="Escape to clear the search")


@step("the keyboard: F1 lists the shortcuts; Alt+PageDown and Alt+PageUp go through the text")
def _():
    from webdriver import Keys
    select_row("Article 1")
    app().find(".tree-row.selected").send_keys(Keys.F1)
    keys = app().wait_text("#shortcuts", "Ctrl+F")
    assert "Search the text of the open agreement." in keys, keys
    screenshot("05c-keyboard-help")
    app().find("#dialog button[type=submit]").send_keys(Keys.ENTER)
    app().wait_gone("#shortcuts")
    app().find(".tree-row.selected").send_keys(Keys.ALT + Keys.PAGE_DOWN)
    app().wait_until(lambda: content(app().find("#editor-heading")) == "Article 2", message="Alt+PageDown to go on")
    fill('.language-pane[data-language="en"] .heading-input', "Use of terms")
    app().find('.language-pane[data-language="en"] .heading-input').send_keys(Keys.ALT + Keys.PAGE_UP)
    app().wait_until(lambda: content(app().find("#editor-heading")) == "Article 1", message="Alt+PageUp to go back")
    assert app().execute("return document.activeElement.dataset.provisionId") is not None, "the focus on the structure"


@step("at 200 % zoom the text, its structure and the editor are still there to use")
def _():
    from webdriver import Keys
    select_row("Article 1")
    # Five steps of Ctrl+=, as a user enlarges the page: 100 % to 200 %.
    for _ in range(5):
        app().find(".tree-row.selected").send_keys(Keys.CONTROL + "=")
    app().wait_until(lambda: app().execute("return innerWidth") < 720, message="the page at 200 %")
    try:
        # Each part of the screen can still be reached, scrolled to if need be.
        for css in ("#save-text", "#editor-heading", ".tree-row.selected", "#search-input"):
            shown = app().execute(
                "const e = document.querySelector(arguments[0]); e.scrollIntoView({block: 'center'});"
                "const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0"
                " && r.top >= 0 && r.bottom <= innerHeight * 2;", css)
            assert shown, css
        screenshot("05d-zoom-200")
    finally:
        app().find("body").send_keys(Keys.CONTROL + "0")
        app().wait_until(lambda: app().execute("return innerWidth") > 1300, message="the page back at 100 %")


@step("record positions of three parties, one through its group, and move the status on")
def _():
    select_row("Article 5")
    app().wait_for("#record-position")

    def record(party, stance, amendment=None, clearance=None, note=None):
        option = [o for o in app().find_all("#position-party option") if o.text == party][0]
        app().find("#position-party").select_by_value(option.attribute("value"))
        app().find("#position-stance").select_by_value(stance)
        if amendment:
            fill("#position-amendment", amendment)
        if clearance:
            app().find("#position-clearance").select_by_value(clearance)
        if note:
            fill("#position-note", note)
        click("#record-position-button")
        app().wait_until(lambda: app().find_all('#positions tr[data-stance="%s"]' % stance),
                         message="the %s position of %s" % (stance, party))

    record("Brazil", "proposes-amendment", amendment="Replace “shall share” by “shall endeavour to share”.",
           note="Instructions received from the capital")
    record("African Group", "supports", clearance="pending-capital")
    record("Ghana", "reservation", note="Pending national consultations")

    rows = {content(r.find(".position-party")): r for r in app().find_all("#positions tbody tr")}
    assert "Proposes an amendment" in rows["Brazil"].text and "endeavour to share" in rows["Brazil"].text
    kenya = rows["Kenya"].text
    assert "Supports" in kenya and "through African Group" in kenya, kenya
    assert "Reservation" in rows["Ghana"].text and "through" not in rows["Ghana"].text
    assert "Not recorded" in rows["World Health Organization"].text

    app().find("#status-select").select_by_value("agreed-ad-referendum")
    fill("#status-note", "Brazil to confirm with its capital")
    click("#change-status")
    app().wait_until(lambda: app().find_all('.editor .status-badge[data-status="agreed-ad-referendum"]'),
                     message="the new status")
    newest = app().wait_for("#history-list .history-entry")
    app().wait_until(lambda: "Status changed" in app().find("#history-list .history-entry").text,
                     message="the status change in the history")
    newest = app().find("#history-list .history-entry")
    assert "Pending → Agreed ad referendum" in newest.text, newest.text
    assert "Brazil to confirm with its capital" in newest.text
    row = [r for r in app().find_all(".structure > .tree .tree-row") if content(r.find(".tree-label")) == "Article 5"][0]
    assert row.find(".status-dot").attribute("data-status") == "agreed-ad-referendum"
    # A statement, verbatim, with its source.
    app().wait_for(".add-statement-details summary").click()
    app().find("#statement-party").select_by_value(
        [o for o in app().find_all("#statement-party option") if o.text == "Brazil"][0].attribute("value"))
    app().find("#statement-kind").select_by_value("verbatim")
    fill("#statement-text", "“Sharing is a matter for each Party to decide.”")
    fill("#statement-source", "Third session, second meeting")
    click("#add-statement")
    app().wait_until(lambda: "Sharing is a matter" in text_of("#statements"), message="the statement")
    assert "Verbatim · Third session, second meeting" in text_of("#statements")
    app().execute("document.querySelector('#positions').scrollIntoView()")
    screenshot("06-positions-and-status")
    app().execute("document.querySelector('.editor').scrollTop = 0")
    # A status the core does not know, sent through the app's own seam, is
    # refused in the user's words and changes nothing.
    provision = row.attribute("data-provision-id")
    history_of = ("const done = arguments[arguments.length - 1];"
                  "import('/js/ipc.js').then(({ api }) => api.provisionHistory(Number(arguments[0]))).then(done);")
    before = app().execute_async(history_of, provision)
    refused = app().execute_async(
        "const done = arguments[arguments.length - 1];"
        "import('/js/ipc.js').then(({ api }) => api.setProvisionStatus(Number(arguments[0]), 'settled', ''))"
        ".then(() => done(null), (problem) => done(problem));", provision)
    assert refused and refused["code"] == "invalid-request", refused
    assert refused["message"].startswith("Entente could not read this request, and nothing was changed."), refused
    assert "settled" in refused["message"], refused
    assert app().execute_async(history_of, provision) == before, "nothing recorded"


@step("a red line is noted privately, on this machine only")
def _():
    select_row("Article 5")
    app().find("#private-kind").select_by_value("red-line")
    fill("#private-text", "No mandatory sharing of genomic data without benefit-sharing.")
    click("#add-private-note")
    app().wait_until(lambda: "No mandatory sharing" in text_of("#private-notes"), message="the private note")
    assert "Red line" in content(app().find("#private-notes .private-kind"))
    app().execute("document.querySelector('.private').scrollIntoView()")
    screenshot("07-private-notes")
    app().execute("document.querySelector('.editor').scrollTop = 0")


@step("the matrix shows who stands where, and the roll-up")
def _():
    click("#tab-matrix")
    app().wait_for("#rollup")
    assert "Ghana: one reservation" in text_of("#rollup")
    assert "Article 5: Kenya" in text_of("#rollup"), text_of("#rollup")
    assert "Nothing is blocked." in text_of("#rollup")
    article5 = [r for r in app().find_all(".matrix-table tbody tr")
                if content(r.find(".matrix-link")) == "Article 5"][0]
    cells = [c.attribute("data-stance") for c in article5.find_all("td")]
    assert cells == ["supports", "proposes-amendment", "reservation"], cells  # Kenya, Brazil, Ghana
    assert "through-group" in article5.find("td").attribute("class")
    # In words too, for a screen reader, and not by colour alone.
    words = [content(c) for c in article5.find_all("td .visually-hidden")]
    assert words == ["Supports", " (through a group)", "Proposes an amendment", "Reservation"], words
    screenshot("07b-matrix")
    # Work spread over days draws the progress over time: date the text's
    # creation a week back, as another session would have.
    with sqlite3.connect(os.path.join(DATA, "entente.sqlite3")) as db:
        db.execute("UPDATE history SET at = '2026-01-15T10:00:00Z' WHERE action = 'created'")
    click("#tab-text")
    click("#tab-matrix")
    app().wait_for(".progress-chart .chart-line", visible=False)
    screenshot("07b-matrix-progress")
    app().find("#matrix-status").select_by_value("agreed-ad-referendum")
    app().wait_until(lambda: len(app().find_all(".matrix-table tbody tr")) == 1, message="one agreed ad referendum row")
    def show(parties):
        choice = [o for o in app().find_all("#matrix-parties option") if o.text == parties][0]
        app().find("#matrix-parties").select_by_value(choice.attribute("value"))
    show("African Group")
    app().wait_until(lambda: [content(h) for h in app().find_all(".matrix-party")] == ["Kenya", "Ghana"],
                     message="the African Group's members as columns")
    show("Brazil")
    app().wait_until(lambda: [content(h) for h in app().find_all(".matrix-party")] == ["Brazil"],
                     message="Brazil's column alone")
    click("#tab-text")


@step("two options with their proposers; a party prefers one; one is withdrawn")
def _():
    select_row("Article 4")

    def add_option(text, proposer):
        details = app().wait_for(".add-option-details")
        if details.attribute("open") is None:
            details.find("summary").click()
        fill("#new-option-text", text)
        for box in app().find_all(".option-proposer-choices .check"):
            if content(box) == proposer:
                box.find("input").click()
        count = len(app().find_all("#options .option"))
        click("#add-option")
        app().wait_until(lambda: len(app().find_all("#options .option")) == count + 1, message="the new option")

    add_option("Each Party shall train health workers in the use of AI systems.", "Kenya")
    add_option("Each Party shall endeavour to train health workers in the use of AI systems.", "Brazil")
    labels = [content(o.find(".option-head")) for o in app().find_all("#options .option")]
    assert labels == ["Option 1proposed by Kenya", "Option 2proposed by Brazil"], labels

    app().find("#position-party").select_by_value(
        [o for o in app().find_all("#position-party option") if o.text == "Brazil"][0].attribute("value"))
    app().find("#position-stance").select_by_value("supports")
    option2 = [o for o in app().find_all("#position-preferred option") if o.text == "Option 2"][0]
    app().find("#position-preferred").select_by_value(option2.attribute("value"))
    stances = app().find_all("#record-position .option-stance")
    assert len(stances) == 2, "a stance for each option"
    stances[0].select_by_value("opposes")
    stances[1].select_by_value("supports")
    click("#record-position-button")
    app().wait_until(lambda: "prefers Option 2" in text_of("#positions"), message="Brazil's preference")
    brazil = [row for row in app().find_all("#positions tbody tr") if "Brazil" in row.text][0]
    assert "Option 1: Opposes" in brazil.text and "Option 2: Supports" in brazil.text, brazil.text
    app().execute("document.querySelector('#options').scrollIntoView()")
    screenshot("07c-options")

    app().find("#options .option .withdraw-option").click()
    app().wait_until(lambda: app().find_all("#options .option.withdrawn"), message="the withdrawn option")
    labels = [content(o.find(".option-label")) for o in app().find_all("#options .option")]
    assert labels == ["Withdrawn option", "Option 1"], labels
    app().execute("document.querySelector('.editor').scrollTop = 0")


@step("the history shows every change with its author, before and after")
def _():
    select_row("Article 1")
    fill('.language-pane[data-language="en"] .body-input', "The objective of this Agreement is to strengthen cooperation among the Parties in the safe, ethical and equitable use of artificial intelligence for health.")
    click("#save-text")
    def newest_entry():
        entry = app().find("#history-list .history-entry")
        return entry if "safe, ethical" in content(entry) else None
    newest = app().wait_until(newest_entry, message="the new wording at the top of the history")
    assert "Text changed" in newest.text and "EN" in newest.text, newest.text
    assert "Kenya" in newest.find(".history-who").text
    assert re.search(r"⟦responsible⟧\{\d+\} development", newest.find(".history-text.before").text)
    assert "safe, ethical and equitable" in newest.find(".history-text.after").text
    screenshot("08-history")


@step("delete a provision, see it in history, and restore it")
def _():
    select_row("Article 3")
    click("#delete-provision")
    app().wait_until(lambda: app().find_all(".deleted-list") and "Scope" in content(app().find(".deleted-list")),
                     message="Scope among the deleted provisions")
    assert tree_summaries()["Article 3"] == "Workforce development"
    app().find(".deleted-list .tree-row").click()
    app().wait_text(".deleted-notice", "has been deleted")
    assert "Deleted" in app().find("#history-list .history-entry").text
    screenshot("09-deleted-provision")
    click("#restore-provision")
    app().wait_gone(".deleted-list")
    assert tree_summaries()["Article 3"] == "Scope"


@step("save a named version and open it read-only")
def _():
    click("#tab-versions")
    fill("#version-name", "Rev.1")
    click("#save-version")
    app().wait_text("#version-list", "Rev.1")
    assert "Kenya" in text_of("#version-list")
    click("#tab-text")
    select_row("Article 2")
    fill('.language-pane[data-language="en"] .heading-input', "Definitions")
    click("#save-text")
    app().wait_until(lambda: tree_summaries().get("Article 2") == "Definitions", message="the new heading")

    click("#tab-versions")
    app().wait_for("#version-list .open-version").click()
    app().wait_text(".version-banner", "You are reading Rev.1")
    assert tree_summaries()["Article 2"] == "Use of terms"
    select_row("Article 2")
    assert app().find('.language-pane[data-language="en"] .heading-input').attribute("readonly") is not None
    assert not app().find_all("#save-text") and not app().find_all(".add-toolbar")
    screenshot("10-version-read-only")
    # Reading an old version never moves the live text, even from the keyboard.
    from webdriver import Keys
    app().find(".tree-row.selected").send_keys(Keys.ALT + Keys.ARROW_UP)
    assert tree_summaries()["Article 1"] == "Objective"
    click("#close-version")
    app().wait_until(lambda: tree_summaries().get("Article 2") == "Definitions", message="the current text")
    # Compare Rev.1 with the current text after deleting the annex and
    # amending an option: the new heading word by word, the deletion, and
    # the option's new words.
    select_row("Annex I")
    click("#delete-provision")
    app().wait_until(lambda: app().find_all(".deleted-list"), message="the deleted annex")
    select_row("Article 4")
    fill('#options .option:not(.withdrawn) .option-text[lang="en"]',
         "Each Party shall endeavour to train health workers and regulators in the use of AI systems.")
    click("#options .option:not(.withdrawn) .save-option")
    app().wait_until(lambda: "regulators" in app().find('#options .option:not(.withdrawn) .option-text[lang="en"]').property("value")
                     and "Option wording changed" in text_of("#history-list"), message="the amended option")
    click("#tab-versions")
    app().wait_for("#compare-button").click()
    app().wait_for("#comparison .change")
    changes = {c.attribute("data-change"): c for c in app().find_all("#comparison .change")}
    assert "Annex I" in changes["deleted"].text, changes["deleted"].text
    amended = [c for c in app().find_all('#comparison .change[data-change="amended"]') if "Article 2" in c.text][0]
    assert "Use of terms" in content(amended.find(".span-deleted"))
    assert "Definitions" in content(amended.find(".span-inserted"))
    option = app().find('#comparison .option-change[data-change="amended"]')
    assert "Option 1 amended" in option.text and "and regulators" in content(option.find(".span-inserted")), option.text
    # A paragraph is cited with its article, never as "Paragraph 1" alone.
    labels = [content(label) for label in app().find_all("#comparison .change-label")]
    assert not any(re.match(r"(Paragraph|Subparagraph) ", label) for label in labels), labels
    print("compare: changes cited as %s" % labels)
    screenshot("10b-compare")
    click("#tab-text")
    app().wait_for(".deleted-list .tree-row").click()
    click("#restore-provision")
    app().wait_gone(".deleted-list")
    assert tree_summaries()["Article 1"] == "Objective"
    screenshot("11-current-text")


@step("text typed but not saved is kept when the user turns to another tab")
def _():
    select_row("Article 3")
    fill('.language-pane[data-language="fr"] .heading-input', "Champ d'application")
    click("#tab-parties")
    app().wait_for("#add-party-form")
    click("#tab-text")
    select_row("Article 3")
    assert app().find('.language-pane[data-language="fr"] .heading-input').property("value") == "Champ d'application"


@step("editing a provision that another window deleted gets a clear message")
def _():
    select_row("Article 5")
    provision_id = app().find(".tree-row.selected").attribute("data-provision-id")
    with sqlite3.connect(os.path.join(DATA, "entente.sqlite3")) as other_window:
        other_window.execute("UPDATE provision SET deleted = 1 WHERE id = ?", (provision_id,))
    fill('.language-pane[data-language="en"] .body-input', "Each Party shall promote training in AI for health workers.")
    click("#save-text")
    assert "has been deleted, perhaps in another window" in app().wait_text("#banner", "deleted")
    screenshot("12-edit-deleted-elsewhere")
    with sqlite3.connect(os.path.join(DATA, "entente.sqlite3")) as other_window:
        other_window.execute("UPDATE provision SET deleted = 0 WHERE id = ?", (provision_id,))


@step("closing the window with unsaved text saves it first")
def _():
    import x11
    select_row("Article 4")
    fill('.language-pane[data-language="fr"] .heading-input', "Renforcement des capacités du personnel de santé")
    windows = x11.windows_named("Entente")
    assert windows, "no window titled Entente"
    for window in windows:
        x11.request_close(window)
    deadline = time.monotonic() + 15
    while x11.windows_named("Entente"):
        assert time.monotonic() < deadline, "the window did not close"
        time.sleep(0.2)
    try:
        stop_app()
    except Exception:  # the app is gone already; the session may go with it
        pass
    S["app"] = start_app(APP, DATA)
    app().wait_for(".agreement-item").click()
    select_row("Article 4")
    heading = app().find('.language-pane[data-language="fr"] .heading-input').property("value")
    assert heading == "Renforcement des capacités du personnel de santé", heading


@step("close the app and open it again: everything is there")
def _():
    stop_app()
    S["app"] = start_app(APP, DATA)
    app().wait_for(".agreement-item").click()
    app().wait_text("#agreement-title", "Framework Agreement on Cooperation")
    assert tree_labels()[:4] == ["Recital 1", "Recital 2", "Chapter I", "Article 1"], tree_labels()
    assert tree_summaries()["Article 2"] == "Definitions"
    select_row("Article 1")
    assert "intelligence artificielle" in app().find('.language-pane[data-language="fr"] .body-input').property("value")
    assert "Delegation: Kenya" in text_of("#delegation-button")
    assert "Parties (5)" in text_of("#tab-parties")
    click("#tab-versions")
    app().wait_text("#version-list", "Rev.1")
    click("#tab-text")
    screenshot("13-after-restart")


def tab_order_of_the_tabs():
    """Tab through the agreement's tabs and back with Shift+Tab: the ids met,
    and the horizontal middle of each on the screen."""
    from webdriver import Keys
    tab_to("#tab-text", backwards=True)
    where = "const r = document.activeElement.getBoundingClientRect(); return [document.activeElement.id, r.left + r.width / 2]"
    met = [app().execute(where)]
    for _ in range(3):
        app().press(Keys.TAB)
        met.append(app().execute(where))
    for _ in range(3):
        app().press(Keys.SHIFT, Keys.TAB)
    assert app().focused_matches("#tab-text"), "Shift+Tab goes back the way Tab came"
    assert [id for id, _ in met] == ["tab-text", "tab-parties", "tab-matrix", "tab-versions"], met
    return [x for _, x in met]


def walk_the_matrix(forward):
    """The matrix from the keyboard: one tab stop, then the arrows (`forward`
    is the arrow that reads on), End, Ctrl+End; each cell reached is in view."""
    from webdriver import Keys
    tab_to(".matrix-table .matrix-link[tabindex='0']")
    focused = "return [document.activeElement.closest('tr').getAttribute('aria-rowindex'), " \
              "document.activeElement.getAttribute('aria-colindex')]"
    in_view = ("const cell = document.activeElement.getBoundingClientRect();"
               "const pane = document.querySelector('.matrix-scroll').getBoundingClientRect();"
               "return cell.top >= pane.top && cell.bottom <= pane.bottom + 1"
               " && cell.left >= pane.left - 1 && cell.right <= pane.right + 1")
    app().press(forward)
    assert app().execute(focused) == ["2", "2"], app().execute(focused)
    app().press(Keys.ARROW_DOWN)
    assert app().execute(focused) == ["3", "2"], app().execute(focused)
    columns = app().find(".matrix-table").attribute("aria-colcount")
    app().press(Keys.END)
    assert app().execute(focused) == ["3", columns], (app().execute(focused), columns)
    assert app().execute(in_view), "End scrolls the last column into view"
    app().press(Keys.CONTROL, Keys.END)
    rows = app().find(".matrix-table").attribute("aria-rowcount")
    app().wait_until(lambda: app().execute(focused) == [rows, columns], message="Ctrl+End to the last cell")
    assert app().execute(in_view), "Ctrl+End scrolls the last cell into view"
    app().press(Keys.CONTROL, Keys.HOME)
    assert app().focused_matches(".matrix-link"), "Ctrl+Home back to the first row's heading"


@step("a newcomer opens the sample negotiation and reads the matrix")
def _():
    stop_app()
    S["sample_data"] = harness.fresh_data_dir()
    S["app"] = start_app(APP, S["sample_data"])
    click("#open-sample")
    app().wait_text("#agreement-title", "Framework Agreement on Cooperation in Artificial Intelligence for Health")
    app().wait_until(lambda: len(app().find_all(".structure > .tree .tree-row")) > 50, message="the sample's text")
    select_row("Article 5")
    screenshot("17-sample-text")
    click("#tab-matrix")
    app().wait_for("#rollup")
    assert "opposed by Indonesia" in text_of("#rollup"), text_of("#rollup")
    screenshot("18-sample-matrix")
    from webdriver import Keys
    xs = tab_order_of_the_tabs()
    assert xs == sorted(xs), "left to right: %s" % xs
    click("#tab-matrix")
    app().wait_for("#rollup")
    walk_the_matrix(Keys.ARROW_RIGHT)
    app().press(Keys.ARROW_DOWN)
    app().press(Keys.ARROW_RIGHT)
    screenshot("18b-sample-matrix-keyboard")
    heading = content(app().execute("return document.activeElement.closest('tr').querySelector('.matrix-link')"))
    app().press(Keys.ENTER)
    app().wait_until(lambda: content(app().find("#editor-heading")) == heading, message="Enter to open " + heading)
    click("#tab-versions")
    app().wait_text("#version-list", "Rev.2")
    assert "Rev.1" in text_of("#version-list")


@step("export the sample as drafts in every language: the dialog lists what is not final and the files are there")
def _():
    click("#export-button")
    app().wait_for("#export-readiness")
    readiness = content(app().find("#export-readiness"))
    assert "keep the clean text from being final" in readiness and "still has options" in readiness, readiness
    assert app().find("#export-draft").property("checked"), "a draft is offered when the text is not final"
    for box in app().find_all('#export-renderings input[value="bracketed"], #export-formats input[value="html"]'):
        box.click()
    folder = os.path.join(S["sample_data"], "exports", "sample")
    app().execute("arguments[0].value = arguments[1]", app().find("#export-folder"), folder)
    screenshot("19-export-dialog")
    click('form[data-dialog="export"] button[type=submit]')
    done = app().wait_text("#export-result", "files written")
    assert "8 files written" in done, done  # clean and bracketed, en and fr, Markdown and HTML
    written = sorted(os.listdir(folder))
    assert "manifest.json" in written and "AI-HEALTH-2026-1.bracketed.fr.html" in written, written
    with open(os.path.join(folder, "AI-HEALTH-2026-1.bracketed.en.md"), encoding="utf-8") as f:
        assert "\\[meaningful\\]" in f.read()
    app().wait_for("#open-export-folder")
    screenshot("19b-export-done")
    click('form[data-dialog="export"] .dialog-actions button.secondary')


def word_pages_as_screenshots(document, name):
    """The first pages of a Word document as LibreOffice prints them, saved
    with the screenshots, to be judged as a reader of the document would."""
    folder = os.path.dirname(document)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder, document],
                   check=True, capture_output=True, env={**os.environ, "HOME": folder}, timeout=120)
    pdf = os.path.splitext(document)[0] + ".pdf"
    prefix = os.path.join(harness.screenshot_dir(), name)
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", pdf, prefix], check=True, timeout=60)


def export_as_word(folder):
    """Exports the open agreement's clean text as Word documents, every
    language, into `folder`, through the export dialog."""
    export_clean(folder, ("docx",))


def export_clean(folder, formats, languages=None):
    """Exports the open agreement's clean text in `formats`, in `languages`
    (every one when None), into `folder`, through the export dialog."""
    click("#export-button")
    app().wait_for("#export-readiness")
    choices = [("#export-renderings", ("clean",)), ("#export-formats", formats)]
    if languages:
        choices.append(("#export-languages", languages))
    for group, wanted in choices:
        for box in app().find_all(group + " input"):
            if box.property("checked") != (box.property("value") in wanted):
                box.click()
    app().execute("arguments[0].value = arguments[1]", app().find("#export-folder"), folder)
    click('form[data-dialog="export"] button[type=submit]')
    app().wait_for("#open-export-folder")
    click('form[data-dialog="export"] .dialog-actions button.secondary')


def tracked_change_document(path):
    """A short memorandum in Word with one tracked insertion, as a delegation
    sends it back."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraphs = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % words for words in (
        "Memorandum of Understanding on Telehealth", "The Participants,",
        "Have reached the following understanding:"))
    change = ('<w:p><w:r><w:t xml:space="preserve">1. The Participants </w:t></w:r>'
              '<w:ins w:id="1" w:author="Delegation of Orlande"><w:r><w:t xml:space="preserve">shall </w:t></w:r></w:ins>'
              '<w:r><w:t>exchange telehealth practices.</w:t></w:r></w:p>')
    with zipfile.ZipFile(path, "w") as docx:
        docx.writestr("word/document.xml", "<w:document %s><w:body>%s%s</w:body></w:document>" % (w, paragraphs, change))


@step("export the sample as Word documents, see their pages, and read one back through the import dialog")
def _():
    folder = os.path.join(S["sample_data"], "exports", "word")
    export_as_word(folder)
    assert sorted(f for f in os.listdir(folder) if f.endswith(".docx")) == [
        "AI-HEALTH-2026-1.clean.en.docx", "AI-HEALTH-2026-1.clean.fr.docx"], os.listdir(folder)
    english = os.path.join(folder, "AI-HEALTH-2026-1.clean.en.docx")
    word_pages_as_screenshots(english, "19c-word-clean-en")
    word_pages_as_screenshots(os.path.join(folder, "AI-HEALTH-2026-1.clean.fr.docx"), "19d-word-clean-fr")

    open_text_import(english, "en")
    click("form[data-dialog=import] button[type=submit]")
    found = app().wait_text("#import-preview", "Kind: Framework agreement")
    assert "Article: 16" in found and "fits nowhere" not in found, found
    screenshot("37-import-word-preview")
    close_dialog()

    memorandum = os.path.join(folder, "memorandum.docx")
    tracked_change_document(memorandum)
    open_text_import(memorandum)
    click("form[data-dialog=import] button[type=submit]")
    refused = app().wait_text("#dialog .form-error", "tracked change")
    assert "--accept-changes" in refused, refused
    click("#import-accept-changes")
    click("form[data-dialog=import] button[type=submit]")
    found = app().wait_text("#import-preview", "One tracked change was taken as accepted.")
    screenshot("38-import-word-tracked-change")
    click("form[data-dialog=import] button[type=submit]")
    app().wait_for("#import-open")
    click("#import-open")
    app().wait_text("#agreement-title", "Memorandum of Understanding on Telehealth")
    back_to_the_sample()


def open_text_import(path, language="en", into=None):
    """Opens the import dialog on the text at `path`, in `language`, to
    become a new agreement or to go `into` the one of that title."""
    click("#import-button")
    click('input[name=kind][value=text]')
    fill("#import-path", path)
    app().find("#import-language").select_by_value(language)
    if into:
        choose("#import-into", into)


def back_to_the_sample():
    """Opens the sample again, for the steps that follow."""
    # The list may redraw as it is read: find the item again until it is clicked.
    def open_sample():
        for item in app().find_all(".agreement-item"):
            if "Framework Agreement on Cooperation" in content(item):
                item.click()
                return True
        return False
    app().wait_until(open_sample, message="the sample in the list")
    app().wait_text("#agreement-title", "Framework Agreement on Cooperation")


def close_dialog():
    click("#dialog .dialog-actions button.secondary")
    app().wait_gone("#dialog form")


def choose(css, text):
    """Picks the option of a select whose words are `text`."""
    select = app().wait_for(css)
    app().execute("arguments[0].value = [...arguments[0].options].find((o) => o.textContent === arguments[1]).value;"
                  "arguments[0].dispatchEvent(new Event('change', { bubbles: true }))", select, text)


@step("send India's positions on the sample as a packet, and the whole sample as a bundle")
def _():
    click("#send-button")
    app().wait_for('input[name=what][value=bundle]')
    app().wait_until(lambda: app().find("#exchange-path").property("value").endswith("AI-HEALTH-2026-1.entente"),
                     message="a bundle path proposed in the data directory")
    click("form[data-dialog=exchange] button[type=submit]")
    app().wait_text("#exchange-result", "Bundle written")
    S["bundle"] = app().find("#exchange-path").property("value")
    click('input[name=what][value=packet]')
    choose("#exchange-party", "India")
    app().wait_until(lambda: app().find("#exchange-path").property("value").endswith(".India.positions"),
                     message="a packet path named after the party")
    screenshot("30-send-packet")
    click("form[data-dialog=exchange] button[type=submit]")
    done = app().wait_text("#exchange-result", "Packet written")
    assert "positions on 5 provisions" in done, done
    S["packet"] = app().find("#exchange-path").property("value")
    close_dialog()
    with gzip.open(S["bundle"], "rt", encoding="utf-8") as f:
        assert "Insists on the reference to sovereignty" in f.read()


def wait_for_import_of(kind, path):
    """Waits for the import dialog open on `path`, read as `kind`."""
    def chosen():
        boxes = app().find_all('form[data-dialog=import] input[name=kind][value=%s]' % kind)
        return (boxes and boxes[0].property("checked")
                and app().find("#import-path").property("value") == path)
    app().wait_until(chosen, message="the import dialog on %s as %s" % (os.path.basename(path), kind))


@step("a bundle and a packet opened with Entente while it runs come to its window, one after the other")
def _():
    import x11
    launched = subprocess.run([APP, "--data-dir", S["sample_data"], S["bundle"], S["packet"]],
                              capture_output=True, text=True, timeout=30)
    assert launched.returncode == 0, launched.stderr
    wait_for_import_of("bundle", S["bundle"])
    screenshot("31-opened-with-entente")
    assert len(x11.windows_named("Entente")) == 1, "one window on the data directory"
    # The packet waits for the bundle's dialog to close.
    click("#dialog .dialog-actions button.secondary")
    wait_for_import_of("packet", S["packet"])
    close_dialog()


def drag_and_drop(path):
    """Drags `path` from a small window beside the app's, as from a file
    manager, and drops it in the middle of the app's window."""
    import x11
    window = x11.windows_named("Entente")[0]
    geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", str(window)],
                              capture_output=True, text=True, check=True).stdout
    g = dict(line.split("=") for line in geometry.split())
    left, top, width, height = (int(g[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
    source_x = left + width + 10 if left + width + 80 <= 1440 else left - 70
    assert source_x >= 0, "room beside the window for the file to drag: %s" % g
    source = subprocess.Popen(["/usr/bin/python3", os.path.join(harness.REPO, "tests", "e2e", "drag_source.py"),
                               path, str(source_x), str(top + 10)], stdout=subprocess.PIPE, text=True)
    try:
        assert source.stdout.readline().strip() == "ready", "the file to drag is shown"
        to_x, to_y = left + width // 2, top + height // 2
        subprocess.run(["xdotool", "mousemove", "--sync", str(source_x + 30), str(top + 40), "mousedown", "1",
                        "sleep", "0.2", "mousemove", str(source_x + 20), str(top + 45), "sleep", "0.2",
                        "mousemove", str(to_x), str(to_y), "sleep", "0.3", "mousemove", str(to_x + 5), str(to_y + 5),
                        "sleep", "0.3", "mouseup", "1"], check=True, timeout=30)
        source.wait(timeout=10)
    finally:
        source.kill()


@step("a text dropped on the window opens the import dialog on it")
def _():
    path = os.path.join(S["sample_data"], "Dropped memorandum.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Memorandum on Shared Health Data\n\nThe Participants,\n\nHave reached the following understanding:\n\n"
                "1. The Participants will exchange anonymised data.\n")
    drag_and_drop(path)
    wait_for_import_of("text", path)
    click("form[data-dialog=import] button[type=submit]")
    found = app().wait_text("#import-preview", "Memorandum on Shared Health Data")
    assert "fits nowhere" not in found, found
    screenshot("32-dropped-text")
    close_dialog()


def screen_shot(name):
    """The whole screen, the system's dialogs over the app included."""
    path = os.path.join(harness.screenshot_dir(), name + ".png")
    subprocess.run(["/usr/bin/python3", os.path.join(harness.REPO, "tests", "e2e", "screen.py"), path],
                   check=True, timeout=30)


def choose_in_system_dialog(button, title, path, shot=None):
    """Clicks `button`, then in the system's file dialog titled `title`
    (GTK's own, over the app) types `path` and accepts it, as a user who
    knows where the file is does."""
    import x11
    click(button)
    deadline = time.monotonic() + 15
    while not x11.windows_named(title, shown=True):
        assert time.monotonic() < deadline, "no dialog titled %r" % title
        time.sleep(0.2)
    window = str(x11.windows_named(title, shown=True)[0])
    time.sleep(0.5)  # the dialog lists its folder
    if shot:
        screen_shot(shot)
    # Ctrl+L opens the dialog's location field. Keys go where the focus
    # is, as the user's do (GTK does not take keys sent to a window).
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True, timeout=30)
    subprocess.run(["xdotool", "key", "ctrl+l", "sleep", "0.5", "type", "--delay", "15", path], check=True, timeout=60)
    time.sleep(0.5)
    subprocess.run(["xdotool", "key", "Return"], check=True, timeout=30)
    if path.endswith("/"):
        # A folder typed may open rather than be chosen; Enter again chooses it.
        time.sleep(1.5)
        if x11.windows_named(title, shown=True):
            subprocess.run(["xdotool", "key", "Return"], check=True, timeout=30)
    while x11.windows_named(title, shown=True):
        assert time.monotonic() < deadline + 30, "the dialog titled %r did not close" % title
        time.sleep(0.2)


@step("a file to import and a folder to export into are chosen in the system's own dialogs")
def _():
    click("#import-button")
    click("input[name=kind][value=packet]")
    choose_in_system_dialog("#import-path-choose", "Choose a file to import", S["packet"], shot="33-system-file-dialog")
    app().wait_until(lambda: app().find("#import-path").property("value") == S["packet"], message="the packet chosen")
    close_dialog()
    folder = os.path.join(S["sample_data"], "chosen export folder")
    os.makedirs(folder)
    click("#export-button")
    app().wait_for("#export-readiness")
    choose_in_system_dialog("#export-folder-choose", "Choose the folder to export into", folder + "/",
                            shot="33b-system-folder-dialog")
    app().wait_until(lambda: app().find("#export-folder").property("value").rstrip("/") == folder,
                     message="the folder chosen")
    click('form[data-dialog="export"] button[type=submit]')
    app().wait_for("#open-export-folder")
    assert any(f.endswith(".md") for f in os.listdir(folder)), os.listdir(folder)
    click('form[data-dialog="export"] .dialog-actions button.secondary')
    # The next import opens where the packet was chosen.
    with sqlite3.connect(os.path.join(S["sample_data"], "entente.sqlite3")) as db:
        remembered = dict(db.execute("SELECT key, value FROM preference WHERE key LIKE 'last-folder-%'"))
    assert remembered == {"last-folder-import": os.path.dirname(S["packet"]),
                          "last-folder-export": folder}, remembered


def import_file(kind, path):
    click("#import-button")
    click('input[name=kind][value=%s]' % kind)
    fill("#import-path", path)
    click("form[data-dialog=import] button[type=submit]")


@step("merge a delegation's packets: a new position applied, then a conflict shown side by side and resolved")
def _():
    with gzip.open(S["packet"], "rt", encoding="utf-8") as f:
        packet = json.load(f)
    cell = packet["cells"][0]["history"]

    def entry(uid, stance, note):
        return {"uid": uid, "stance": stance, "note": note, "recorded_at": "2026-04-02T10:00:00Z",
                "recorded_by": "Delegation of India"}

    def write(name, extra):
        changed = json.loads(json.dumps(packet))
        changed["cells"][0]["history"] = cell + [extra]
        path = os.path.join(S["sample_data"], "exchange", name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(changed, f)
        return path

    # Two packets made from the same record on India's laptop, a week apart,
    # the second without the first's new position.
    first = write("india-1.positions", entry("e2e-flexible", "flexible", "Instructions from New Delhi"))
    second = write("india-2.positions", entry("e2e-opposes", "opposes", "Capital withdraws its support"))
    import_file("packet", first)
    summary = app().wait_text("#merge-report", "applied")
    assert "India: 1 applied, 4 unchanged, 0 to resolve" in content(app().find(".merge-summary")), summary
    close_dialog()
    import_file("packet", second)
    app().wait_for(".merge-conflicts")
    row = content(app().find(".merge-conflicts tbody tr"))
    assert "Instructions from New Delhi" in row and "Capital withdraws its support" in row, row
    assert "0 applied" in content(app().find(".merge-summary"))
    screenshot("31-merge-conflict")
    click(".merge-conflicts .take-theirs")
    app().wait_until(lambda: "1 applied" in content(app().find(".merge-summary")), message="the delegation's taken")
    assert not app().find_all(".merge-conflicts"), "nothing left to resolve"
    close_dialog()


def read_then_import():
    """Reads the text in the import dialog, then imports it."""
    click("form[data-dialog=import] button[type=submit]")
    app().wait_for("#import-preview")
    click("form[data-dialog=import] button[type=submit]")


@step("import an agreement text in French: what it holds is shown first, a line that fits nowhere kept when asked")
def _():
    path = os.path.join(S["sample_data"], "protocole.fr.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Protocole sur la surveillance des flambées\n\nPRÉAMBULE\n\nLes Parties,\n\n"
                "Article premier – Objet\n\n1. Le présent Protocole a pour objet le partage des données.\n\n"
                "Article 2 – Alerte précoce\n\n1. Les Parties coopèrent.\n\n[^9]: Note que nul ne cite.\n")
    open_text_import(path, "fr")
    click("form[data-dialog=import] button[type=submit]")
    found = app().wait_text("#import-preview", "Article")
    assert "Les Parties," in found and "Objet" in found and "Line 15" in found, found
    screenshot("32-import-preview")
    # Refused while the line is not kept; kept once asked.
    click("form[data-dialog=import] button[type=submit]")
    app().wait_text("form[data-dialog=import] .form-error", "Nothing was imported")
    click("#import-keep-unplaced")
    click("form[data-dialog=import] button[type=submit]")
    listed = app().wait_text("#import-result", "fits nowhere")
    assert "Line 15" in listed, listed
    click("#import-open")
    app().wait_text("#agreement-title", "Protocole sur la surveillance des flambées")
    app().wait_until(lambda: "Article 2" in tree_labels(), message="the articles of the text")


@step("a new revision of that text is read into it: amended, added, and saved as Rev.2")
def _():
    path = os.path.join(S["sample_data"], "protocole.rev2.fr.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Protocole sur la surveillance des flambées\n\nPRÉAMBULE\n\nLes Parties,\n\n"
                "Article premier – Objet\n\n1. Le présent Protocole a pour objet le partage des données.\n\n"
                "Article 2 – Alerte précoce\n\n1. Les Parties coopèrent sans délai.\n\n"
                "Article 3 – Laboratoires\n\n1. Les Parties renforcent les laboratoires.\n")
    open_text_import(path, "fr", into="Protocole sur la surveillance des flambées")
    fill("#import-revision", "Rev.2")
    read_then_import()
    said = app().wait_text("#import-result", "Rev.2 saved")
    assert "1 amended, 2 added, 0 moved" in said, said
    screenshot("33-import-revision")
    click("#import-open")
    app().wait_until(lambda: "Article 3" in tree_labels(), message="the added article")
    click("#tab-versions")
    app().wait_text("#version-list", "Rev.2")


@step("the same text in English is attached to it, provision by provision")
def _():
    path = os.path.join(S["sample_data"], "protocol.en.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Protocol on Outbreak Surveillance\n\nPREAMBLE\n\nThe Parties,\n\n"
                "Article 1 – Purpose\n\n1. The purpose of this Protocol is the sharing of data.\n\n"
                "Article 2 – Early warning\n\n1. The Parties shall cooperate without delay.\n\n"
                "Article 3 – Laboratories\n\n1. The Parties shall strengthen laboratories.\n")
    open_text_import(path, "en", into="Protocole sur la surveillance des flambées")
    read_then_import()
    # The line kept as a paragraph of the French text has no English counterpart.
    said = app().wait_text("#import-result", "In the agreement only")
    assert "Note que nul ne cite" in said, said
    click("#import-open")
    app().wait_gone("#dialog form")
    app().wait_until(lambda: "EN" in [content(c) for c in app().find_all(".language-chips .chip")],
                     message="English among the agreement's languages")
    click("#tab-text")
    select_row("Article 2")
    heading = app().find('.language-pane[data-language="en"] .heading-input').property("value")
    assert heading == "Early warning", heading
    back_to_the_sample()


RESOLUTION_EN = """United Nations
A/RES/80/40
General Assembly
Distr.: General
15 December 2025

80/40. Artificial intelligence for the health of all

The General Assembly,

*Recalling* its commitment to universal health coverage,

*Recognizing* that artificial intelligence can help health workers, and that its benefits must reach every country,

1. *Encourages* Member States to share health data safely;

2. *Requests* the Secretary-General to report on:

(a) the training of health workers;

(b) the evaluation of bias in health systems;

3. *Decides* to remain seized of the matter.
"""

# The Arabic text writes the second preambular paragraph as two.
RESOLUTION_AR = """الذكاء الاصطناعي من أجل صحة الجميع

إن الجمعية العامة،

إذ تشير إلى التزامها بالتغطية الصحية الشاملة،

وإذ تدرك أن الذكاء الاصطناعي يمكن أن يساعد العاملين في مجال الصحة،

وإذ تدرك أيضاً أن فوائده يجب أن تصل إلى كل بلد،

١- تشجع الدول الأعضاء على تبادل البيانات الصحية بأمان؛

٢- تطلب إلى الأمين العام أن يقدم تقريراً عن:

(أ) تدريب العاملين في مجال الصحة؛

(ب) تقييم التحيز في النظم الصحية؛

٣- تقرر أن تبقي المسألة قيد نظرها.
"""


@step("import a resolution in English, then attach its Arabic text, laid out otherwise, through the dialog")
def _():
    english = os.path.join(S["sample_data"], "resolution.en.md")
    arabic = os.path.join(S["sample_data"], "resolution.ar.txt")
    for path, text in ((english, RESOLUTION_EN), (arabic, RESOLUTION_AR)):
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    open_text_import(english, "en")
    click("form[data-dialog=import] button[type=submit]")
    found = app().wait_text("#import-preview", "The General Assembly,")
    assert "A/RES/80/40" in found and "Kind: Resolution" in found, found
    assert "Recital: 2" in found and "Paragraph: 3" in found, found
    screenshot("34-import-resolution-preview")
    click("form[data-dialog=import] button[type=submit]")
    app().wait_text("#agreement-title", "80/40. Artificial intelligence for the health of all")

    open_text_import(arabic, "ar", into="80/40. Artificial intelligence for the health of all")
    click("form[data-dialog=import] button[type=submit]")
    side = app().wait_text("#import-alignment", "In the text only")
    assert "وإذ تدرك أيضاً" in side, side
    screenshot("35-import-arabic-alignment")
    click("form[data-dialog=import] button[type=submit]")
    app().wait_for("#import-open")
    click("#import-open")
    app().wait_gone("#dialog form")
    click("#tab-text")
    select_row("Paragraph 2")
    body = app().find('.language-pane[data-language="ar"] .body-input').property("value")
    assert body.startswith("تطلب إلى الأمين العام"), body
    screenshot("36-resolution-english-arabic")
    # A paragraph inserted after the one before it keeps that number: 1 bis.
    app().find("#provision-numbering").select_by_value("inserted")
    app().wait_until(lambda: "Paragraph 1 bis" in tree_labels(), message="paragraph 1 bis")
    assert "Paragraph 2" in tree_labels(), "the third paragraph is now the second"
    back_to_the_sample()


@step("a bundle opens on another machine as the same agreement")
def _():
    bundle = S["bundle"]
    stop_app()
    S["app"] = start_app(APP, harness.fresh_data_dir())
    click("#start-import")
    click('input[name=kind][value=bundle]')
    fill("#import-path", bundle)
    click("form[data-dialog=import] button[type=submit]")
    app().wait_text("#agreement-title", "Framework Agreement on Cooperation in Artificial Intelligence for Health")
    click("#tab-versions")
    app().wait_text("#version-list", "Rev.2")
    stop_app()
    S["app"] = start_app(APP, S["sample_data"])
    app().wait_for(".agreement-item")
    back_to_the_sample()


@step("insert a clause from the library: fill a value, read it in English and French, and find it in the text")
def _():
    click("#tab-text")
    click("#open-library")
    app().wait_for("#library-list .library-item")
    fill("#library-search", "entry into force")
    app().wait_until(lambda: len(app().find_all("#library-list .library-item")) == 1, message="one clause found")
    click("#library-list .library-item")
    number = app().wait_for('.library-values input[type="number"]')
    app().execute("arguments[0].value = '37'; arguments[0].dispatchEvent(new Event('input', { bubbles: true }))", number)
    # Entry into force as conventions write it: "on the thirty-seventh day", "of the thirty-seventh instrument".
    app().wait_until(lambda: "thirty-seventh" in content(app().find("#library-preview")), message="the value in the English preview")
    screenshot("27-library")
    app().find("#library-language").select_by_value("fr")
    app().wait_until(lambda: app().find("#library-preview").attribute("lang") == "fr" and "trente-septième" in content(app().find("#library-preview")),
                     message="the value in the French preview")
    french = content(app().find("#library-preview"))
    screenshot("27b-library-french")
    click('form[data-dialog="library"] button[type=submit]')
    app().wait_gone('form[data-dialog="library"]')
    heading = app().find('.language-pane[data-language="en"] .heading-input').property("value")
    assert "force" in heading.lower(), heading
    assert app().find('.language-pane[data-language="fr"] .heading-input').property("value"), "the French heading too"
    assert "trente-septième" in french, french
    # The paragraph that holds the value is in the text, under the new article.
    assert any("thirty-seventh" in content(r) for r in app().find_all(".structure > .tree .tree-row")), "the value in the text"
    # The clause remembers its template: new values write it again in both languages.
    app().wait_text("#template-origin", "entry into force")
    click("#change-template-values")
    number = app().wait_for('.library-values input[type="number"]')
    assert number.property("value") == "37", "the clause's own values, not the defaults"
    app().execute("arguments[0].value = '41'; arguments[0].dispatchEvent(new Event('input', { bubbles: true }))", number)
    click('form[data-dialog="library"] button[type=submit]')
    app().wait_gone('form[data-dialog="library"]')
    app().wait_until(lambda: any("forty-first" in content(r) for r in app().find_all(".structure > .tree .tree-row")),
                     message="the clause written again with the new value")


def switch_interface(language):
    click("#delegation-button")
    app().find("#interface-language").select_by_value(language)
    click('form[data-dialog="preferences"] button[type=submit]')
    app().wait_until(lambda: app().execute("return document.documentElement.lang") == language,
                     message="the interface in %s" % language)


ARABIC = re.compile("[\u0600-\u06FF]")
HAN = re.compile("[\u4E00-\u9FFF]")


@step("the interface in Arabic mirrors the whole layout; numbers and dates as Arabic writes them")
def _():
    click("#tab-text")
    switch_interface("ar")
    assert app().execute("return document.documentElement.dir") == "rtl"
    tabs = [content(t) for t in app().find_all(".tabs [role=tab]")]
    assert all(ARABIC.search(t) for t in tabs), tabs
    # The structure stands at the right, the editor at the left.
    left = "return arguments[0].getBoundingClientRect().left"
    tree, editor = (app().execute(left, app().find(css)) for css in (".structure", ".editor"))
    assert tree > editor, (tree, editor)
    select_row(content(app().find_all(".structure > .tree .tree-row .tree-label")[8]))
    screenshot("20-arabic-text")
    fill("#search-input", "cooperation")
    app().wait_until(lambda: len(app().find_all(".search-hit")) > 0, message="the search to answer in Arabic")
    place = content(app().find(".search-hit .search-place"))
    assert ARABIC.search(place), place  # cited in Arabic: المادة …
    screenshot("20b-arabic-search")
    from webdriver import Keys
    app().find("#search-input").send_keys(Keys.ESCAPE)
    click("#tab-matrix")
    rollup = app().wait_for("#rollup")
    assert re.search("[\u0660-\u0669]", content(rollup)), content(rollup)  # Arabic-Indic digits
    screenshot("21-arabic-matrix")
    walk_the_matrix(Keys.ARROW_LEFT)  # right to left: the left arrow reads on
    xs = tab_order_of_the_tabs()
    assert xs == sorted(xs, reverse=True), "right to left: %s" % xs
    click("#tab-versions")
    versions = app().wait_text("#version-list", "Rev.2")
    assert ARABIC.search(versions), versions  # the dates, in Arabic
    screenshot("22-arabic-versions")


@step("the interface in Chinese, then a translator's own file, broken in one place")
def _():
    switch_interface("zh")
    assert app().execute("return document.documentElement.dir") == "ltr"
    click("#tab-text")
    tabs = [content(t) for t in app().find_all(".tabs [role=tab]")]
    assert all(HAN.search(t) for t in tabs), tabs
    screenshot("23-chinese-text")
    click("#tab-matrix")
    app().wait_for("#rollup")
    screenshot("24-chinese-matrix")
    bundled_tab = content(app().find("#tab-matrix"))
    tagline = content(app().find(".topbar-tagline"))
    # A translator rewords the tagline, and breaks the matrix tab's message.
    folder = os.path.join(S["sample_data"], "locales", "zh")
    os.makedirs(folder)
    with open(os.path.join(folder, "app.ftl"), "w", encoding="utf-8") as f:
        f.write("app-tagline = 译者改写：卫生领域人工智能合作\ntab-matrix = { $\n")
    # The secretariat adds a term to the term base, and slips on a line.
    terms = os.path.join(S["sample_data"], "terms")
    os.makedirs(terms)
    with open(os.path.join(terms, "zh.tsv"), "w", encoding="utf-8") as f:
        f.write("regulatory-sandbox\t监管沙盒\t\t秘书处\nno tab on this line\n")
    click("#translations-button")
    app().wait_for("#translations tbody tr")
    click('form[data-dialog="translations"] button[type=submit]')
    app().wait_until(lambda: content(app().find(".topbar-tagline")) == "译者改写：卫生领域人工智能合作",
                     message="the translator's tagline")
    assert content(app().find(".topbar-tagline")) != tagline
    assert content(app().find("#tab-matrix")) == bundled_tab, "a broken message keeps its bundled words"
    # The dialog's table is drawn again once the reload is done: read it then.
    app().wait_for("#translations .reloaded")
    app().wait_until(lambda: "app.ftl:2:" in content(app().find("#translation-problems")),
                     message="the broken line listed in the dialog")
    assert "app.ftl:2:" in content(app().find("#banner")), content(app().find("#banner"))
    zh = app().find('#translations tr[data-language="zh"]')
    assert HAN.search(content(zh)), content(zh)
    screenshot("25-chinese-translations")
    # The term base, in the translator's language: the term, the variant not
    # to write, the secretariat's own term, and its slip placed.
    assert app().find("#term-base-language").property("value") == "zh"
    conference = content(app().find('#term-base tr[data-concept="conference-of-the-parties"]'))
    assert "缔约方会议" in conference and "缔约方大会" in conference, conference
    assert "监管沙盒" in content(app().find('#term-base tr[data-concept="regulatory-sandbox"]'))
    assert "zh.tsv:2:1" in content(app().find("#term-base-problems")), content(app().find("#term-base-problems"))
    app().execute("arguments[0].scrollIntoView()", app().find("#term-base"))
    screenshot("25b-term-base")
    click('form[data-dialog="translations"] button.secondary')
    # The developers' pseudo-locale: every word of the interface changes (none is written outside Fluent).
    switch_interface("en-XA")
    click("#tab-text")
    tabs = [content(t) for t in app().find_all(".tabs [role=tab]")]
    assert all(t.startswith("[") for t in tabs), tabs
    screenshot("26-pseudo-locale")
    switch_interface("en")
    assert app().execute("return document.documentElement.dir") == "ltr"


def start_from_kit(kit, parties, values, screenshot_as=None):
    """Starts an agreement from `kit` in a fresh data directory, with its
    parties and the values the kit asks once."""
    stop_app()
    S["app"] = start_app(APP, harness.fresh_data_dir())
    click("#start-kit")
    app().wait_for("#kit-choice")
    app().find("#kit-choice").select_by_value(kit)
    app().execute("arguments[0].value = arguments[1]", app().find("#kit-parties"), "\n".join(parties))
    for name, value in values.items():
        app().execute("arguments[0].value = arguments[1]", app().find("#template-" + name), value)
    if screenshot_as:
        screenshot(screenshot_as)
    submit = app().find('form[data-dialog="kit"] button[type=submit]')
    app().execute("arguments[0].scrollIntoView()", submit)
    submit.click()


@step("start a multilateral agreement from a kit, in the six languages, with its parties")
def _():
    start_from_kit("multilateral-framework", ("Kenya", "Chile", "Norway"), {"instruments": "25"}, "28-kit")
    app().wait_text("#agreement-title", "Multilateral framework agreement")
    # The window draws the new agreement more than once as it opens: read
    # the tree in one go, once it holds the whole text.
    def tree(css):
        return app().execute("return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent.replace(/[\u2068\u2069]/g, ''))", css)
    app().wait_until(lambda: len(tree(".structure > .tree .tree-row")) > 60, message="the whole text laid out")
    labels = tree(".structure > .tree .tree-label")
    assert "Chapter IV" in labels and "Recital 7" in labels, labels
    assert "Parties (3)" in text_of("#tab-parties")
    # The value asked once reaches its clause, spelled out as conventions write it.
    rows = app().find_all(".structure > .tree .tree-row")
    next(r for r in rows if "shall enter into force on the" in content(r)).click()
    body = app().wait_for('.language-pane[data-language="en"] .body-input').property("value")
    assert "the twenty-fifth instrument" in body, body
    assert not tree(".structure .tree-row .missing-badge"), "every provision in every language"
    screenshot("29-kit-agreement")
    # Its text as Word documents in the six languages: the English, Arabic
    # and Chinese pages to look at.
    folder = os.path.join(DATA, "kit-word")
    export_as_word(folder)
    written = sorted(f for f in os.listdir(folder) if f.endswith(".docx"))
    assert len(written) == 6, written
    for language in ("en", "ar", "zh"):
        document = next(f for f in written if f.endswith(".%s.docx" % language))
        word_pages_as_screenshots(os.path.join(folder, document), "29b-kit-word-" + language)
    # A clause with numbers, read in Arabic: two years are «سنتين» and one
    # «سنة واحدة», with no figure before them.
    click("#tab-text")
    click("#open-library")
    click('#library-list .library-item[data-template-id="withdrawal"]')
    app().wait_for('.library-values input[type="number"]')
    app().find("#library-language").select_by_value("ar")
    preview = app().wait_until(lambda: app().find("#library-preview").attribute("lang") == "ar"
                               and content(app().find("#library-preview")), message="the Arabic preview")
    assert "سنتين" in preview and "سنة واحدة" in preview, preview
    assert not re.search(r"[0-9٠-٩]", preview), "no figure: " + preview
    screenshot("29c-library-arabic-numbers")
    close_dialog()


@step("a memorandum of understanding from its kit speaks as one, and goes out in French")
def _():
    start_from_kit("bilateral-mou", ("Kenya", "Norway"), {"months": "6"})
    app().wait_text("#agreement-title", "memorandum of understanding")
    app().wait_until(lambda: len(app().find_all(".structure > .tree .tree-row")) > 8, message="the memorandum laid out")
    # Participants who "will", its coming into effect and discontinuation:
    # no Party, no Depositary, no ratification.
    rows = app().find_all(".structure > .tree .tree-row")
    next(r for r in rows if "Coming into effect" in content(r)).click()
    heading = app().wait_for('.language-pane[data-language="en"] .heading-input').property("value")
    assert heading.startswith("Coming into effect"), heading
    screenshot("29d-mou-kit")
    folder = os.path.join(DATA, "mou-french")
    export_clean(folder, ("md", "docx"), ("fr",))
    written = sorted(os.listdir(folder))
    markdown = next(f for f in written if f.endswith(".fr.md"))
    with open(os.path.join(folder, markdown), encoding="utf-8") as f:
        french = f.read()
    assert "Participants" in french and "six mois" in french, french
    for treaty_word in ("Partie", "présent Accord", "Dépositaire", "ratification"):
        assert treaty_word not in french, (treaty_word, french)
    word_pages_as_screenshots(os.path.join(folder, markdown.replace(".md", ".docx")), "29e-mou-word-fr")


def restore_in_dialog(reason):
    """Restores the newest backup made for `reason`, confirming when asked."""
    click("#backups-button")
    app().wait_for(f'#backups tr[data-reason="{reason}"]').find("input[name=backup]").click()
    click('form[data-dialog="backups"] button[type=submit]')
    app().wait_text("#backups-status", "in place of the database?")
    return app().find('form[data-dialog="backups"] button[type=submit]')


@step("back up the database, change it, restore the copy, and undo the restore")
def _():
    click("#backups-button")
    app().wait_for("#backups .field-hint")
    click("#back-up-now")
    app().wait_text("#backups-status", "Backed up as")
    app().wait_for('#backups tr[data-reason="manual"]')
    close_dialog()
    click("#new-agreement")
    fill("#dialog input[name=title-en]", "Agreement drafted after the backup")
    click("#dialog button[type=submit]")
    app().wait_text("#agreement-title", "drafted after the backup")

    confirm = restore_in_dialog("manual")
    assert content(confirm) == "Yes, restore it", content(confirm)
    screenshot("30-backups-confirm")
    confirm.click()
    app().wait_text("#backups-status", "is restored")
    app().wait_for('#backups tr[data-reason="before-restore"]')
    screenshot("30b-backups-restored")
    close_dialog()
    assert "drafted after the backup" not in text_of(".sidebar")
    assert app().find_all("#agreement-title") == [], "nothing of the replaced database stays open"

    restore_in_dialog("before-restore").click()
    app().wait_text("#backups-status", "is restored")
    close_dialog()
    app().wait_until(lambda: "drafted after the backup" in text_of(".sidebar"), message="the restore undone")


HOSTILE = [line for line in open(os.path.join(harness.REPO, "tests", "hostile", "vectors.txt"), encoding="utf-8").read().splitlines()
           if line and not line.startswith("#")]

# Every field that holds text, filled through the app's own seam with every
# vector of tests/hostile/vectors.txt (the core's tests send the same ones
# out in every export format).
SEED_HOSTILE = """
const [all, done] = [arguments[0], arguments[arguments.length - 1]];
import('/js/ipc.js').then(async ({ api }) => {
  const both = (words) => ({ en: words, fr: words });
  const text = (heading) => ({ en: { heading, body: all }, fr: { heading, body: all } });
  await api.setPreferences({ delegation: all, interface_language: "" });
  const agreement = await api.createAgreement({
    kind: "treaty", titles: both(all), symbol: all, working_language: "en",
    languages: [{ code: "en", authentic: true }, { code: "fr", authentic: true }] });
  const id = agreement.id;
  const party = await api.addParty(id, { kind: "state", role: "party", names: both(all), members: [] });
  await api.addParty(id, { kind: "state", role: "observer", names: both(all + " 2"), members: [] });
  await api.addParty(id, { kind: "group", role: "party", names: both(all + " 3"), members: [party.id] });
  await api.addProvision(id, "recital", null, text(""));
  const article = await api.addProvision(id, "article", null, text(all));
  await api.saveVersion(id, all);
  const paragraph = await api.addProvision(id, "paragraph", article, text(""));
  await api.addOption(paragraph, both(all), [party.id]);
  await api.recordPosition(paragraph, party.id, { stance: "proposes-amendment", amendment: all, note: all });
  await api.addStatement(paragraph, { party_id: party.id, made_on: "2026-03-02", kind: "verbatim", text: all, source: all });
  await api.addPrivateNote(paragraph, "red-line", all);
  await api.setProvisionStatus(paragraph, "informally-agreed", all);
  done(null);
}).catch((problem) => done(problem));
"""

# What a vector would leave behind had it run or become markup: the flag it
# sets, an event handler, a script URL, or a script, style or frame of its own.
NOTHING_RAN = """
const found = [];
for (const w of [window, window.parent]) if (w.__xss !== undefined) found.push("__xss = " + w.__xss);
for (const element of document.querySelectorAll("*")) {
  const tag = element.localName;
  for (const { name, value } of element.attributes) {
    if (/^on/i.test(name)) found.push(tag + " " + name);
    if (/^(src|href|action|formaction|srcdoc|data|xlink:href|style|background|poster)$/i.test(name)
        && /__xss|script:/i.test(value)) found.push(tag + " " + name + "=" + value);
  }
  if (/^(script|style|iframe|object|embed|noscript|template|base|meta|link)$/.test(tag)
      && /__xss/.test(element.outerHTML)) found.push(tag + " of a vector");
}
return found;
"""


def shown_as_typed(view):
    """Checks that no vector ran in `view` and every one stands there as written."""
    found = app().execute(NOTHING_RAN)
    assert not found, "%s: %s" % (view, found)
    words = app().execute("return document.body.innerText + [...document.querySelectorAll('input, textarea')]"
                          ".map((field) => field.value).join(' ')")
    missing = [v for v in HOSTILE if v not in words]
    assert not missing, "%s does not show %d vector(s) as typed, first %r" % (view, len(missing), missing[0])


def js_click(element):
    """Clicks an element wherever a long line of text has pushed it."""
    app().execute("arguments[0].scrollIntoView({ block: 'center' }); arguments[0].click()", element)


def click_tree_row(index):
    """Clicks the structure's row `index` (the tree is drawn again on each click)."""
    app().execute("const row = document.querySelectorAll('.structure > .tree .tree-row')[arguments[0]];"
                  "row.scrollIntoView({ block: 'center' }); row.click()", index)


def tab_to(css, backwards=False, limit=60):
    """Presses Tab (Shift+Tab going back) until the focus is on `css`, as a
    keyboard user reaches a control; returns the controls passed on the way."""
    from webdriver import Keys
    passed = []
    for _ in range(limit):
        if app().focused_matches(css):
            return passed
        passed.append(app().execute("const e = document.activeElement; return e.id || e.localName"))
        app().press(*([Keys.SHIFT, Keys.TAB] if backwards else [Keys.TAB]))
    raise AssertionError("%d presses of Tab never reached %s; passed %s" % (limit, css, passed))


@step("without a mouse: create an agreement, write an article and a paragraph, record a position, "
      "change the status, search and export")
def _():
    from webdriver import Keys
    stop_app()
    data = harness.fresh_data_dir()
    S["app"] = start_app(APP, data)
    press, type_ = app().press, app().type
    app().wait_for("#new-agreement")
    tab_to("#new-agreement")
    press(Keys.ENTER)
    app().wait_for("#dialog input[name=title-en]")
    tab_to("#dialog input[name=title-en]")
    type_("Memorandum on Health Data")
    press(Keys.ENTER)
    app().wait_text("#agreement-title", "Memorandum on Health Data")

    tab_to("#add-article")
    press(Keys.ENTER)
    app().wait_until(lambda: content(app().find("#editor-heading")) == "Article 1", message="the new article")
    assert app().focused_matches(".language-pane .pane-input"), "the cursor in the new article"
    type_("Exchange of health data")
    press(Keys.CONTROL, "s")
    app().wait_until(lambda: "Exchange of health data" in content(app().find(".tree-row.selected")),
                     message="the article's heading saved")
    press(Keys.CONTROL, Keys.ENTER)
    app().wait_until(lambda: content(app().find("#editor-heading")) == "Article 1, Paragraph 1"
                     or app().find_all('.tree-row.selected[data-kind="paragraph"]'), message="the new paragraph")
    assert app().focused_matches(".language-pane .pane-input"), "the cursor in the new paragraph"
    type_("The Parties shall exchange anonymised health data.")
    press(Keys.CONTROL, "s")
    app().wait_until(lambda: "anonymised" in content(app().find(".tree-row.selected")), message="the paragraph saved")

    # Recording a position with no party yet leads to the form that adds one.
    press(Keys.CONTROL, Keys.SHIFT, "p")
    app().wait_until(lambda: app().focused_matches("#add-party-form input"), message="the party form")
    type_("Kenya")
    press(Keys.ENTER)
    app().wait_until(lambda: app().find_all(".parties-table tbody tr"), message="Kenya added")
    press(Keys.CONTROL, Keys.SHIFT, "p")
    app().wait_until(lambda: app().focused_matches("#position-party"), message="the position form")
    tab_to("#record-position-button")
    press(Keys.ENTER)
    app().wait_until(lambda: app().find_all('#positions tr[data-stance="supports"]'), message="Kenya's position")
    assert app().focused_matches("#record-position-button"), "the focus stays on the button after the redraw"

    tab_to("#status-select", backwards=True)
    press(Keys.ARROW_DOWN)
    chosen = app().find("#status-select").property("value")
    assert chosen != "draft", "the arrow keys choose a status"
    tab_to("#change-status")
    press(Keys.ENTER)
    app().wait_until(lambda: app().find(".status-controls .status-badge").attribute("data-status") == chosen,
                     message="the status changed")
    screenshot("50-keyboard-only")

    press(Keys.CONTROL, "f")
    app().wait_until(lambda: app().focused_matches("#search-input"), message="Ctrl+F")
    type_("anonymised")
    app().wait_text("#search-status", "One place found")
    press(Keys.ENTER)

    folder = os.path.join(data, "keyboard-export")
    tab_to("#export-button")
    press(Keys.ENTER)
    app().wait_for("#export-readiness")
    tab_to("#export-folder")
    press(Keys.CONTROL, "a")
    type_(folder)
    tab_to("#dialog button[type=submit]")
    press(Keys.ENTER)
    app().wait_text("#export-result", "written", timeout=30)
    screenshot("50b-keyboard-only-export")
    assert any(name.endswith(".md") for name in os.listdir(folder)), os.listdir(folder)
    stop_app()


@step("text from outside shows as typed in every view and nothing in it runs")
def _():
    stop_app()
    data = harness.fresh_data_dir()
    S["app"] = start_app(APP, data)
    app().wait_for("#new-agreement")
    # The check sees a vector that became markup and ran.
    app().execute_async("const done = arguments[arguments.length - 1];"
                        "document.body.insertAdjacentHTML('beforeend', '<div id=decoy>' + arguments[0] + '</div>');"
                        "setTimeout(done, 300)", HOSTILE[2])
    assert len(app().execute(NOTHING_RAN)) >= 1, "the decoy is seen"
    app().execute("document.getElementById('decoy').remove(); delete window.__xss")
    assert not app().execute(NOTHING_RAN)
    all_vectors = " ".join(HOSTILE)
    problem = app().execute_async(SEED_HOSTILE, all_vectors)
    assert problem is None, problem
    app().execute("location.reload()")
    item = app().wait_for(".agreement-item")
    shown_as_typed("the list of agreements")
    js_click(item)
    app().wait_for("#agreement-title")
    shown_as_typed("the agreement's heading")
    app().wait_until(lambda: len(app().find_all(".structure > .tree .tree-row")) == 3, message="the three provisions")
    click_tree_row(2)
    app().wait_until(lambda: app().find_all("#positions tbody tr"), message="the paragraph's position")
    shown_as_typed("the paragraph, its option, position, statement and private note")
    screenshot("40-hostile-text")
    click_tree_row(1)
    app().wait_until(lambda: app().find('.language-pane[data-language="en"] .heading-input').property("value") == all_vectors,
                     message="the article's heading")
    shown_as_typed("the article and its history")
    for tab, view in (("#tab-parties", ".parties-table"), ("#tab-matrix", "#rollup"), ("#tab-versions", "#version-list")):
        js_click(app().wait_for(tab))
        app().wait_for(view)
        shown_as_typed(tab)
    screenshot("40b-hostile-versions")
    js_click(app().wait_for("#compare-button"))
    app().wait_for("#comparison .change")
    shown_as_typed("the comparison")
    js_click(app().wait_for("#version-list .open-version"))
    app().wait_for(".version-banner")
    shown_as_typed("the saved version")
    js_click(app().wait_for("#close-version"))
    js_click(app().wait_for("#export-button"))
    app().wait_for("#export-readiness")
    found = app().execute(NOTHING_RAN)
    assert not found, "the export dialog: %s" % found
    close_dialog()
    click("#delegation-button")
    app().wait_for("#dialog form")
    shown_as_typed("the preferences")
    close_dialog()
    # A text file from outside, read in the import dialog.
    path = os.path.join(data, "hostile.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Agreement %s\n\nThe Parties,\n\nHave agreed as follows:\n\n## Article 1\n\n%s\n"
                % (HOSTILE[0], "\n\n".join("%d. %s" % (n, v) for n, v in enumerate(HOSTILE, 1))))
    open_text_import(path)
    click("form[data-dialog=import] button[type=submit]")
    app().wait_for("#import-preview")
    assert not app().execute(NOTHING_RAN), "the import preview"
    screenshot("40c-hostile-import")
    click("form[data-dialog=import] button[type=submit]")
    app().wait_text("#agreement-title", "Agreement " + HOSTILE[0])
    app().wait_until(lambda: len(app().find_all(".structure > .tree .tree-row")) > len(HOSTILE), message="the imported text")
    click_tree_row(len(HOSTILE))
    found = app().execute(NOTHING_RAN)
    assert not found, "the imported text: %s" % found
    stop_app()


def startup_error(name, prepare):
    data = harness.fresh_data_dir()
    prepare(data)
    S["app"] = start_app(APP, data)
    message = app().wait_text(".startup-error", "could not open its database")
    screenshot(name)
    stop_app()
    return message


@step("a database file that is not SQLite is refused in the window")
def _():
    stop_app()

    def garbage(data):
        with open(os.path.join(data, "entente.sqlite3"), "w") as f:
            f.write("Minutes of the third session\n" * 200)

    assert "is not an Entente database" in startup_error("14-startup-not-a-database", garbage)


@step("a database from a newer version is refused in the window")
def _():
    def newer(data):
        with sqlite3.connect(os.path.join(data, "entente.sqlite3")) as db:
            db.execute("PRAGMA user_version = 999")

    assert "written by a newer version of Entente" in startup_error("15-startup-newer-database", newer)


@step("a data directory that cannot be written is reported in the window")
def _():
    def blocked(data):
        os.rmdir(data)
        with open(data, "w") as f:
            f.write("a file where the data directory should be")

    assert "cannot write to the data directory" in startup_error("16-startup-unwritable", blocked)


harness.run_steps()
