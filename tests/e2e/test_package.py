"""The installed package: the app that apt put in /usr/bin opens on its start
screen, the desktop knows it (menu entry, icon, the exchange files' types,
files handed to it by "Open with"), and removing the package leaves the
user's data. Run by scripts/test-package.sh."""

import configparser
import os
import subprocess

import harness
from harness import screenshot, start_app, step, stop_app

APP = harness.app_binary()
DATA = harness.fresh_data_dir()


@step("the installed app opens on its start screen")
def _():
    assert APP == "/usr/bin/entente-app", APP
    app = start_app(APP, DATA)
    app.wait_for("#open-sample").click()
    app.wait_text("#agreement-title", "Framework Agreement on Cooperation")
    screenshot("50-installed-package")
    stop_app()


@step("the desktop lists Entente in its menu and opens its files with it")
def _():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read("/usr/share/applications/Entente.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "entente-app %F", desktop["Exec"]
    assert "Office" in desktop["Categories"], desktop["Categories"]
    assert set(desktop["MimeType"].strip(";").split(";")) == {
        "application/x-entente-bundle", "application/x-entente-positions"}, desktop["MimeType"]
    assert os.path.isfile("/usr/share/icons/hicolor/256x256/apps/%s.png" % desktop["Icon"])
    with open("/usr/share/mime/packages/entente.xml", encoding="utf-8") as f:
        types = f.read()
    assert '<glob pattern="*.entente"/>' in types and '<glob pattern="*.positions"/>' in types
    # The package's files as dpkg lists them.
    listed = subprocess.run(["dpkg", "-L", "entente"], capture_output=True, text=True, check=True).stdout.split()
    assert "/usr/bin/entente-app" in listed and "/usr/share/applications/Entente.desktop" in listed, listed


@step("what the user made stays when the package is removed")
def _():
    subprocess.run(["dpkg", "-r", "entente"], check=True, capture_output=True)
    assert not os.path.exists("/usr/bin/entente-app")
    assert os.path.isfile(os.path.join(DATA, "entente.sqlite3")), os.listdir(DATA)


harness.run_steps()
