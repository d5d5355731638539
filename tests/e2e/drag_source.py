"""A file to drag, as a file manager offers one: a small GTK window whose
label, dragged with the mouse, carries the file's URI (text/uri-list) by
the X drag-and-drop protocol. Run with Debian's python3 (python3-gi):

    /usr/bin/python3 drag_source.py FILE X Y

The window stands at X, Y (60 × 60 pixels) and prints "ready" once shown;
it ends when the drop is done or when killed."""

import pathlib
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
from gi.repository import Gdk, GLib, Gtk  # noqa: E402

path, x, y = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
uri = pathlib.Path(path).resolve().as_uri()

window = Gtk.Window(title="Entente test file")
window.set_default_size(60, 60)
window.move(x, y)
source = Gtk.EventBox()
source.add(Gtk.Label(label=pathlib.Path(path).name))
source.drag_source_set(Gdk.ModifierType.BUTTON1_MASK, [Gtk.TargetEntry.new("text/uri-list", 0, 0)],
                       Gdk.DragAction.COPY)
source.connect("drag-data-get", lambda _w, _c, data, _i, _t: data.set_uris([uri]))
source.connect("drag-end", lambda *_: GLib.timeout_add(200, Gtk.main_quit))
window.add(source)
window.connect("destroy", Gtk.main_quit)


def shown(*_):
    print("ready", flush=True)
    return False


window.connect("map-event", lambda *_: GLib.timeout_add(300, shown))
window.show_all()
Gtk.main()
