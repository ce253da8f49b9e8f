"""The window layout between sessions: geometry, splitters and the claims
table's columns, in ``QSettings``.

Only the layout is kept there (the claims live in the sheet, the checker's
choices in the preferences file). The settings are an INI file in the
configuration folder ``platformdirs`` gives (``~/.config/ClaimDesk/layout.ini``
on Linux), found anew each time, so that a test, or a second profile with
its own ``XDG_CONFIG_HOME``, has a layout of its own.
"""

from __future__ import annotations

import platformdirs
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

KEYS = ("window/geometry", "window/splitter", "window/columns")
"""Everything the layout settings hold."""


def layout_settings() -> QSettings:
    """The layout's settings file (see the module docstring)."""
    path = platformdirs.user_config_path("ClaimDesk", appauthor=False) / "layout.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def restore_layout(window: QMainWindow, splitter: QSplitter, header: QHeaderView) -> bool:
    """Put back the geometry, splitter and columns saved last time; returns
    whether the columns were restored (their menu entries then need ticking)."""
    settings = layout_settings()
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = settings.value("window/splitter")
    if state is not None:
        splitter.restoreState(state)
    columns = settings.value("window/columns")
    return columns is not None and header.restoreState(columns)


def save_layout(window: QMainWindow, splitter: QSplitter, header: QHeaderView) -> None:
    """Keep the geometry, splitter and columns for the next session."""
    settings = layout_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("window/columns", header.saveState())
    settings.sync()
