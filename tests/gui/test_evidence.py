"""The evidence editor: add, edit, remove (undoable); only web links open."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claims.links import is_web_url
from gui.mainwindow import MainWindow


def type_into(qtbot: QtBot, line: object, text: str) -> None:
    line.setFocus()  # type: ignore[attr-defined]
    line.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_add_edit_remove_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    window.table.select_claim("c11")
    editor = window.detail.evidence
    editor.add_button.click()
    type_into(qtbot, editor.url, "https://www.alibabagroup.com/en-US/ir")
    type_into(qtbot, editor.title, "Alibaba investor relations")
    evidence = window.document.sheet.claim("c11").evidence
    assert [(e.url, e.title, e.accessed) for e in evidence] == [
        ("https://www.alibabagroup.com/en-US/ir", "Alibaba investor relations", dt.date.today())
    ]
    assert editor.list.item(0).text().startswith("Alibaba investor relations — https://")
    editor.remove_button.click()
    assert window.document.sheet.claim("c11").evidence == []
    window.findChild(object, "actionUndo").trigger()
    assert window.document.sheet.claim("c11").evidence[0].title == "Alibaba investor relations"


@pytest.mark.parametrize(
    ("url", "opens"),
    [
        ("https://www.insee.fr/fr/statistiques", True),
        ("http://example.org/report.pdf", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("www.insee.fr", False),
        ("", False),
    ],
)
def test_only_web_links_open(qtbot: QtBot, window: MainWindow, url: str, opens: bool) -> None:
    assert is_web_url(url) is opens
    window.table.select_claim("c11")
    editor = window.detail.evidence
    editor.add_button.click()
    if url:
        type_into(qtbot, editor.url, url)
    assert editor.open_button.isEnabled() is opens
    if not opens:
        assert editor.open_link() is False
