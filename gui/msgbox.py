"""One way to tell the user about an error: logged always, shown when there is a screen.

Like qutebrowser's ``misc/msgbox.py``: under the offscreen platform (tests,
CI) the message is only logged, so no modal box ever blocks a test.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Log ``text`` and, with a real display, show it in a window-modal box."""
    log.error("%s: %s", title, text)
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.open()
