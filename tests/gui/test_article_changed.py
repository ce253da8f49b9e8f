"""The article changed under its sheet: the window keeps every verdict,
says what changed, flags the claims to look at again, and never replaces a
sheet holding checked work without showing what would be lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from claims.model import Status
from claims.sheet import load_sheet
from gui.app import build_window
from gui.claims_model import Column
from gui.mainwindow import MainWindow


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    window = build_window(path)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _answer_replace(button: str, seen: list[QMessageBox]) -> None:
    """Click ``button`` ("Replace" or "Cancel") in the replace box once it is up."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box)
        seen_text = [box.text(), box.informativeText(), box.detailedText()]
        box.setProperty("seen", "\n".join(seen_text))
        for candidate in box.buttons():
            if candidate.text().replace("&", "") == button:
                candidate.click()
                return
        raise AssertionError(f"no {button} button in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)


@pytest.fixture
def checked(qtbot: QtBot, article: Path) -> Path:
    """The sample checked (c2 false with a note, c5 verified) and saved; the
    window closed."""
    window = _window(qtbot, article)
    window.document.set_status(["c2"], Status.FALSE)
    window.document.edit("c2", {"note": "Faux selon le rapport annuel."}, "note")
    window.document.set_status(["c5"], Status.VERIFIED)
    assert window.files.save()
    window.close()
    return window.document.save_path


def test_an_edited_article_reopens_with_every_verdict_and_the_change_flagged(
    qtbot: QtBot, article: Path, checked: Path
) -> None:
    quote = load_sheet(checked).claim("c5").quote
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace(quote, quote.replace("tiers", "quart"), 1), "utf-8")
    window = _window(qtbot, article)
    document = window.document
    assert document.sheet.claim("c2").status is Status.FALSE
    assert document.sheet.claim("c2").note == "Faux selon le rapport annuel."
    assert "article changed since the sheet was saved" in window.statusBar().currentMessage()
    assert "1 claim's text changed" in window.statusBar().currentMessage()
    assert window.isWindowModified() and document.has_unsaved_work()
    row = document.model.row_of("c5")
    shown = document.model.index(row, Column.STATUS).data()
    assert "text changed" in shown
    window.table.select_claim("c5")
    assert "The article changed here" in window.detail.id_label.text()
    window.files.save()  # its own sheet: saved without a question
    assert load_sheet(checked).claim("c5").text_changed
    window.workflow.mark(Status.VERIFIED)  # looked again: marking clears the flag
    assert not document.sheet.claim("c5").text_changed
    assert "text changed" not in document.model.index(row, Column.STATUS).data()
    document.undo_stack.undo()
    assert document.sheet.claim("c5").text_changed
    document.undo_stack.setClean()


def test_replacing_a_sheet_shows_exactly_the_work_it_would_lose(
    qtbot: QtBot, article: Path, checked: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Un autre article : 12 millions de foyers.\n", "utf-8")
    window = _window(qtbot, other)
    before = checked.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(checked), ""))
    seen: list[QMessageBox] = []
    _answer_replace("Cancel", seen)
    assert not window.files.save_as()
    assert checked.read_bytes() == before
    shown = seen[0].property("seen")
    assert "2 verdict(s), 1 note(s), 0 evidence link(s)" in shown
    assert "c2 false by Camille Test" in shown and "Faux selon le rapport annuel." in shown
    assert "c5 verified" in shown
    _answer_replace("Replace", seen)
    assert window.files.save_as()
    assert load_sheet(checked).article.text.startswith("Un autre article")


def test_a_sheet_that_cannot_be_read_is_never_replaced_silently(
    qtbot: QtBot, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet_path = article.with_name("alibaba-cloud-expansion.fr.claims.yaml")
    sheet_path.write_text("claimdesk: 1\narticle: [\n", "utf-8")  # cut short by a sync tool
    window = _window(qtbot, article)
    assert "could not be read" in window.statusBar().currentMessage()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    seen: list[QMessageBox] = []
    _answer_replace("Cancel", seen)
    assert not window.files.save()
    assert "cannot be read as a claim sheet" in seen[0].property("seen")
    assert sheet_path.read_text(encoding="utf-8") == "claimdesk: 1\narticle: [\n"
