"""The window on the sample: mark, edit, save, reload, close prompt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from claims.model import Status
from claims.sheet import load_sheet
from gui.app import build_window
from gui.claims_model import Column
from gui.mainwindow import MainWindow

SAMPLE_QUOTES = {
    "29 centres de données",
    "au moins 380 milliards de yuans",
    "chuté de 1,75 %",
    "111,97 dollars",
}


def test_object_names(window: MainWindow) -> None:
    assert window.objectName() == "mainWindow"
    for name in ("claimsTable", "articleView", "claimDetail"):
        assert window.findChild(object, name) is not None, name
    for name in (
        "actionOpen",
        "actionSave",
        "actionSaveAs",
        "actionExport",
        "actionMarkVerified",
        "actionMarkFalse",
        "actionNextUnchecked",
        "actionUndo",
        "actionRedo",
    ):
        assert window.findChild(object, name) is not None, name


def test_every_sample_figure_listed(window: MainWindow) -> None:
    quotes = {
        window.table.proxy.index(r, Column.CLAIM).data()
        for r in range(window.table.proxy.rowCount())
    }
    assert quotes >= SAMPLE_QUOTES
    assert "24 claims" in window.counts.label.text()


def test_mark_verified_save_reload(window: MainWindow, article: Path) -> None:
    window.table.select_claim("c10")
    window.findChild(object, "actionMarkVerified").trigger()
    assert window.isWindowModified()
    window.findChild(object, "actionSave").trigger()
    assert not window.isWindowModified()
    path = article.with_name("alibaba-cloud-expansion.fr.claims.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    claim = next(c for c in data["claims"] if c["id"] == "c10")
    assert claim["status"] == "verified"
    assert claim["checked_by"] == "Camille Test"
    assert claim["checked_at"] is not None
    assert load_sheet(path).claim("c10").status is Status.VERIFIED
    assert "1 verified" in window.counts.label.text()


def test_undo_redo_through_actions(window: MainWindow) -> None:
    window.table.select_claim("c3")
    window.findChild(object, "actionMarkFalse").trigger()
    assert window.document.sheet.claim("c3").status is Status.FALSE
    window.findChild(object, "actionUndo").trigger()
    assert window.document.sheet.claim("c3").status is Status.UNCHECKED
    assert not window.isWindowModified()
    window.findChild(object, "actionRedo").trigger()
    assert window.document.sheet.claim("c3").status is Status.FALSE


def test_open_cell_editor_is_saved(qtbot: QtBot, window: MainWindow, article: Path) -> None:
    window.table.select_claim("c5")
    index = window.table.proxy.index(window.table.currentIndex().row(), Column.SOURCE)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editor = window.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText("Counterpoint Research")  # typed, not yet committed
    window.findChild(object, "actionSave").trigger()
    saved = load_sheet(article.with_name("alibaba-cloud-expansion.fr.claims.yaml"))
    assert saved.claim("c5").source == "Counterpoint Research"


def test_note_typed_in_detail_is_saved(window: MainWindow, article: Path) -> None:
    window.table.select_claim("c11")
    window.detail.note.setPlainText("Chiffre confirmé : communiqué du 24 février.")
    window.findChild(object, "actionSave").trigger()
    saved = load_sheet(article.with_name("alibaba-cloud-expansion.fr.claims.yaml"))
    assert saved.claim("c11").note == "Chiffre confirmé : communiqué du 24 février."


def test_next_unchecked_skips_checked(window: MainWindow) -> None:
    window.table.select_claim("c1")
    window.document.set_status(["c2", "c3"], Status.VERIFIED)
    window.findChild(object, "actionNextUnchecked").trigger()
    assert window.table.current_claim_id() == "c4"


def test_clicking_highlight_selects_row(qtbot: QtBot, window: MainWindow) -> None:
    claim = window.document.sheet.claim("c12")
    assert window.article_view.claim_at(claim.span[0] + 1) == "c12"
    with qtbot.waitSignal(window.article_view.claim_clicked) as blocker:
        window.article_view.claim_clicked.emit("c12")
    assert blocker.args == ["c12"]
    assert window.table.current_claim_id() == "c12"
    assert window.article_view.textCursor().selectedText() == claim.quote


@pytest.mark.parametrize(
    ("answer", "closed", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_close_prompt_with_unsaved_edits(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    article: Path,
    answer: QMessageBox.StandardButton,
    closed: bool,
    saved: bool,
) -> None:
    window = build_window(article)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    window.table.select_claim("c1")
    window.workflow.mark(Status.VERIFIED)
    assert window.close() is closed
    assert asked == ["Unsaved changes"]
    assert article.with_name("alibaba-cloud-expansion.fr.claims.yaml").exists() is saved
    window.document.undo_stack.setClean()


def test_no_prompt_when_clean(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, article: Path) -> None:
    window = build_window(article)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    assert window.close()


def test_reopening_article_resumes_saved_sheet(
    qtbot: QtBot, window: MainWindow, article: Path
) -> None:
    window.table.select_claim("c2")
    window.workflow.mark(Status.FALSE)
    window.files.save()
    again = build_window(article)
    qtbot.addWidget(again)
    assert isinstance(again, MainWindow)
    assert again.document.sheet.claim("c2").status is Status.FALSE


def test_export_csv_from_window(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert window.files.export_to(out, "csv")
    assert "111,97 dollars" in out.read_text(encoding="utf-8")


def test_status_delegate_edits(qtbot: QtBot, window: MainWindow) -> None:
    window.table.select_claim("c4")
    index = window.table.proxy.index(window.table.currentIndex().row(), Column.STATUS)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editor = window.table.indexWidget(index)
    editor.setCurrentIndex(editor.findData("misleading"))  # type: ignore[attr-defined]
    window.workflow.commit_editors()
    assert window.document.sheet.claim("c4").status is Status.MISLEADING
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Misleading"


def test_opening_a_bad_sheet_keeps_the_window(
    window: MainWindow, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bad = tmp_path / "broken.claims.yaml"
    bad.write_text("claimdesk: 1\narticle: [\n", encoding="utf-8")
    window.table.select_claim("c1")
    window.workflow.mark(Status.VERIFIED)
    window.document.undo_stack.setClean()
    window.files.open_path(bad)
    assert window.isVisible()
    assert window.document.sheet.claim("c1").status is Status.VERIFIED
    assert any(str(bad) in record.getMessage() for record in caplog.records)
    assert bad.read_text(encoding="utf-8") == "claimdesk: 1\narticle: [\n"


def test_via_typed_in_detail_is_undoable(qtbot: QtBot, window: MainWindow) -> None:
    window.table.select_claim("c1")
    via = window.detail.via
    via.setFocus()
    qtbot.keyClicks(via, "Reuters")
    qtbot.keyClick(via, Qt.Key.Key_Return)
    assert window.document.sheet.claim("c1").via == "Reuters"
    window.findChild(object, "actionUndo").trigger()
    assert window.document.sheet.claim("c1").via is None
    assert via.text() == ""


def test_history_lists_each_change_newest_first(window: MainWindow) -> None:
    window.table.select_claim("c1")
    window.findChild(object, "actionMarkVerified").trigger()
    window.findChild(object, "actionMarkFalse").trigger()
    history = window.detail.history
    lines = [history.item(i).text() for i in range(history.count())]
    assert len(lines) == 2
    assert "Camille Test · Status: Verified → False" in lines[0]
    assert "Status: Unchecked → Verified" in lines[1]
    window.findChild(object, "actionUndo").trigger()
    assert history.count() == 1


def test_undo_from_the_menu_takes_back_the_typing_instead_of_losing_it(
    window: MainWindow,
) -> None:
    # Reported: Edit > Undo with a note still being typed undid the last edit
    # and threw the typing away.
    window.table.select_claim("c2")
    window.document.set_status(["c2"], Status.VERIFIED)
    window.detail.note.setPlainText("En cours de frappe")  # typed, focus still there
    window.findChild(object, "actionUndo").trigger()
    assert window.document.sheet.claim("c2").note == ""
    assert window.document.sheet.claim("c2").status is Status.VERIFIED  # not the mark
    window.findChild(object, "actionRedo").trigger()
    assert window.document.sheet.claim("c2").note == "En cours de frappe"
    assert window.findChild(object, "actionUndo").text().startswith("&Undo Edit")


def test_a_replaced_window_is_freed(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    # Reported: every Open left the old window, its document and its file
    # watcher alive.
    other = tmp_path / "other.txt"
    other.write_text(window.document.sheet.article.text, encoding="utf-8")
    destroyed: list[bool] = []
    window.destroyed.connect(lambda: destroyed.append(True))
    window.files.open_path(other)
    qtbot.waitUntil(lambda: bool(destroyed))
    replacements = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    assert [w.document.save_path.name for w in replacements] == ["other.claims.yaml"]
    replacements[0].close()


def test_a_statements_value_cannot_be_typed_in_the_form(window: MainWindow) -> None:
    statement = next(c for c in window.document.sheet.claims if c.kind.value == "statement")
    window.table.select_claim(statement.id)
    assert not window.detail.value.isEnabled()
    window.table.select_claim("c1")
    assert window.detail.value.isEnabled()


def test_a_value_too_long_to_open_again_is_refused_as_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Reported: 105 digits typed in the Value box were saved, and the sheet
    # could not be opened again (its reader takes 100 characters at most).
    claim = next(c for c in window.document.sheet.claims if isinstance(c.value, Decimal))
    window.table.select_claim(claim.id)
    box = window.detail.value
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "0," + "3" * 105)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.document.claim(claim.id).value == claim.value
    assert "107 characters written out in full" in box.toolTip()
    assert window.files.save()
    assert load_sheet(window.document.save_path).claim(claim.id).value == claim.value
