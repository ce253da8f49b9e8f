"""Check the whole sample from the keyboard alone, and count the keys.

Every claim gets a verdict, one claim gets an evidence link, the sheet is
saved: the number of key presses must stay within 2 per claim plus a small
constant (the URL typed, a few commands). Keys always go to the widget that
has the focus, as a person's would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claims.model import VERDICT_STATUSES, Status
from claims.sheet import default_sheet_path, load_sheet
from gui.mainwindow import MainWindow

URL = "https://www.alibabagroup.com"


class Keyboard:
    """Presses keys on whatever widget has the focus, and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.presses = 0

    def press(
        self, key: str | Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None, f"nothing has the focus before key {key!r}"
        self.qtbot.keyClick(widget, key, modifier)
        self.presses += 1


def test_check_the_sample_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, article: Path
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # add evidence to c1
    for char in URL:
        keys.press(char)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Escape)  # back to the table
    claims = len(window.document.sheet.claims)
    for index in range(claims):  # one key per claim: the verdict moves on to the next
        keys.press("v" if index % 3 else "f")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    saved = load_sheet(default_sheet_path(article))
    assert all(c.status in VERDICT_STATUSES for c in saved.claims)
    assert saved.claim("c1").status is Status.FALSE
    assert [e.url for e in saved.claim("c1").evidence] == [URL]
    constant = len(URL) + 4  # Ctrl+L, Return, Escape, Ctrl+S
    assert keys.presses <= 2 * claims + constant
    assert keys.presses == claims + constant  # measured: one key per claim
