"""RM Coach desktop UI (PySide6): pages, widgets and the worker that talks to rmcoach."""

from ui import qt_workarounds

qt_workarounds.install()  # before any signal is emitted: see the module
