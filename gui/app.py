"""Build and run the ClaimDesk window.

``build_window(path)`` makes the window without entering the event loop
(tests and scripts use it); ``run(path)`` is what ``claimdesk`` calls.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

from claims.resources import sample_article
from gui.mainwindow import MainWindow, load_document


def application() -> QApplication:
    """The running QApplication, created if needed."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ClaimDesk")
    app.setOrganizationName("ClaimDesk")
    return app


def build_window(path: Path | None) -> QMainWindow:
    """The main window on ``path`` (an article or a sheet; the sample when ``None``).

    Raises :class:`claims.errors.ClaimDeskError` when the file cannot be read.
    """
    application()
    sheet, save_path, saved = load_document(path or sample_article())
    return MainWindow(sheet, save_path, saved=saved)


def run(path: Path | None = None) -> int:
    """Show the window on ``path`` and run the event loop; return the exit status."""
    app = application()
    window = build_window(path)
    window.show()
    return app.exec()
