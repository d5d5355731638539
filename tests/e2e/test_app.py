"""The end-to-end suite: the real Entente app in a real WebKit webview, driven
as a diplomat would drive it. Run by tests/e2e/run.sh APP_BINARY."""

import os
import sqlite3

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
    element = app().wait_for(css)
    element.clear()
    element.send_keys(text)
    return element


def text_of(css):
    return app().wait_for(css).text


def tree_labels():
    return [row.text.split("\n")[0] for row in app().find_all(".structure > .tree .tree-label")]


def select_row(label):
    """Clicks the structure row whose label (e.g. "Article 2") matches."""
    for row in app().find_all(".structure > .tree .tree-row"):
        if row.find(".tree-label").text == label:
            row.click()
            app().wait_text("#editor-heading", label)
            return
    raise AssertionError("no provision labelled %r in %r" % (label, tree_labels()))


def banner_text():
    return app().wait_for("#banner").text


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
    app().wait_for("#dialog input[name=title]")
    click("#dialog button[type=submit]")
    app().wait_text("#dialog .form-error", "The title must not be empty")
    screenshot("02-new-agreement-empty-title")


@step("create an agreement with English and French, both authentic")
def _():
    fill("#dialog input[name=title]", "Framework Agreement on Cooperation in Artificial Intelligence for Health")
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


harness.run_steps()
