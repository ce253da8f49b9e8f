"""The evidence editor: add, edit, remove (undoable); only web links open."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claims.links import is_web_url
from claims.sheet import load_sheet
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


def test_a_link_is_added_only_with_its_url(qtbot: QtBot, window: MainWindow) -> None:
    """The sheet format requires the URL: a new link with an empty or blank
    URL is not added (and never saved as ``url: ''``), whatever else is typed;
    the editor says why, keeps what was typed, and adds it once the URL is in."""
    window.table.select_claim("c11")
    stack = window.document.undo_stack
    edits = stack.count()
    editor = window.detail.evidence
    editor.add_button.click()
    assert editor.drafting and not editor.add_button.isEnabled()
    assert not editor.hint.isHidden()
    type_into(qtbot, editor.title, "Alibaba investor relations")
    type_into(qtbot, editor.url, "   ")
    assert window.document.sheet.claim("c11").evidence == []
    assert stack.count() == edits
    assert "URL" in editor.hint.text() and not editor.hint.isHidden()
    editor.url.setText("\u200b")  # invisible: no URL either (it raised in the slot)
    editor.commit_fields()
    assert window.document.sheet.claim("c11").evidence == [] and stack.count() == edits
    window.findChild(object, "actionSave").trigger()
    saved = window.document.save_path
    assert "url: ''" not in saved.read_text(encoding="utf-8")
    assert load_sheet(saved).claim("c11").evidence == []
    type_into(qtbot, editor.url, "https://www.alibabagroup.com/en-US/ir")
    evidence = window.document.sheet.claim("c11").evidence
    assert [(e.url, e.title) for e in evidence] == [
        ("https://www.alibabagroup.com/en-US/ir", "Alibaba investor relations")
    ]
    assert stack.count() == edits + 1  # one undoable edit
    assert not editor.drafting and editor.add_button.isEnabled() and editor.hint.isHidden()


def test_an_emptied_url_keeps_the_previous_one(qtbot: QtBot, window: MainWindow) -> None:
    window.table.select_claim("c11")
    editor = window.detail.evidence
    editor.add_button.click()
    type_into(qtbot, editor.url, "https://www.insee.fr/fr/statistiques")
    edits = window.document.undo_stack.count()
    type_into(qtbot, editor.url, " ")
    assert window.document.sheet.claim("c11").evidence[0].url == (
        "https://www.insee.fr/fr/statistiques"
    )
    assert window.document.undo_stack.count() == edits
    assert editor.url.text() == "https://www.insee.fr/fr/statistiques"
    assert not editor.hint.isHidden()


def test_a_new_link_without_url_stays_out_when_another_claim_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.table.select_claim("c11")
    editor = window.detail.evidence
    editor.add_button.click()
    type_into(qtbot, editor.title, "Sans adresse")
    window.table.select_claim("c12")
    assert not editor.drafting and editor.add_button.isEnabled()
    assert editor.title.text() != "Sans adresse"
    assert window.document.sheet.claim("c11").evidence == []
    assert window.document.sheet.claim("c12").evidence == []
