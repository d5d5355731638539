"""The whole X screen as a PNG, windows of other programs included (the
system's file dialog over the app, which WebDriver's screenshot of the page
does not show). Run with Debian's python3 (python3-gi):

    /usr/bin/python3 screen.py OUT.png"""

import sys

import gi

gi.require_version("Gdk", "3.0")
from gi.repository import Gdk  # noqa: E402

root = Gdk.get_default_root_window()
width, height = root.get_width(), root.get_height()
Gdk.pixbuf_get_from_window(root, 0, 0, width, height).savev(sys.argv[1], "png", [], [])
