"""File > Export: the dialog's choices, its preview, and what the window writes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from claims.model import Status
from claims.preferences import load_preferences
from gui.export_dialog import ExportDialog
from gui.mainwindow import MainWindow


def _dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> ExportDialog:
    dialog = ExportDialog(
        window.document.sheet, window.session.preferences, tmp_path / "out.csv", window
    )
    qtbot.addWidget(dialog)
    return dialog


def _choose(dialog: ExportDialog, fmt: str) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.update_preview()


def test_preview_follows_the_format(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, window, tmp_path)
    _choose(dialog, "html")
    assert "Fiche de vérification" in dialog.preview.toPlainText()
    assert dialog.path.text().endswith("out.claims.html") or dialog.path.text().endswith(".html")
    _choose(dialog, "md")
    assert "Fiche de vérification" in dialog.preview.toPlainText()
    assert "|" not in dialog.preview.toPlainText().splitlines()[0]  # rendered, not source
    _choose(dialog, "csv")
    assert dialog.preview.toPlainText().startswith("ID,Affirmation")
    assert dialog.bom.isEnabled()
    _choose(dialog, "xlsx")
    assert not dialog.bom.isEnabled()
    assert "Excel workbook" in dialog.preview.toPlainText()


def test_preview_is_rebuilt_after_a_change(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window, tmp_path)
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        dialog.format.setCurrentIndex(dialog.format.findData("md"))
    assert "Fiche de vérification" in dialog.preview.toPlainText()


def test_claimreview_without_a_desk_cannot_be_exported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.document.set_status(["c1"], Status.VERIFIED)
    dialog = _dialog(qtbot, window, tmp_path)
    _choose(dialog, "claimreview")
    assert "claim c1: no url" in dialog.preview.toPlainText()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_status_choice_counts_and_filters(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.document.set_status(["c1", "c2"], Status.FALSE)
    dialog = _dialog(qtbot, window, tmp_path)
    dialog.some_claims.setChecked(True)
    dialog.status_boxes[Status.FALSE].setChecked(True)
    assert dialog.status_boxes[Status.FALSE].text() == "False (2)"
    _choose(dialog, "csv")
    assert "2 claim(s) will be exported." in dialog.notes.text()
    dialog.status_boxes[Status.FALSE].setChecked(False)
    dialog.update_preview()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_window_exports_and_remembers_the_choice(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.document.set_status(["c1"], Status.VERIFIED)
    out = tmp_path / "verified.csv"

    def choose(dialog: ExportDialog) -> int:
        _choose(dialog, "csv")
        dialog.some_claims.setChecked(True)
        dialog.status_boxes[Status.VERIFIED].setChecked(True)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.bom.setChecked(True)
        dialog.semicolon.setChecked(True)
        dialog.path.setText(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window.files, "run_export_dialog", choose)
    assert window.files.export()
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert [(r["ID"], r["Status"]) for r in rows] == [("c1", "Verified")]
    last = load_preferences().last_export
    assert (last.format, last.language, last.statuses, last.csv_bom, last.csv_delimiter) == (
        "csv",
        "en",
        ["verified"],
        True,
        ";",
    )
    # Next time the dialog starts from those choices, and asks before replacing.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    seen: list[tuple[str, bool]] = []

    def again(dialog: ExportDialog) -> int:
        seen.append((dialog.format_name(), dialog.status_boxes[Status.VERIFIED].isChecked()))
        dialog.path.setText(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window.files, "run_export_dialog", again)
    before = out.read_bytes()
    assert not window.files.export()
    assert seen == [("csv", True)]
    assert out.read_bytes() == before


def test_window_claimreview_uses_the_desk_of_the_preferences(
    window: MainWindow, tmp_path: Path
) -> None:
    window.session.preferences = window.session.preferences.model_copy(
        update={"desk_name": "Les Vérificateurs", "review_url": "https://desk.example/{id}"}
    )
    window.document.sheet.article.url = "https://example.org/a"
    window.document.set_status(["c4"], Status.MISLEADING)
    out = tmp_path / "r.json"
    assert window.files.export_to(out, "claimreview")
    review = json.loads(out.read_text(encoding="utf-8"))[0]
    assert review["author"]["name"] == "Les Vérificateurs"
    assert review["url"] == "https://desk.example/c4"
    assert "note(s)" in window.statusBar().currentMessage()  # the skipped claims


def test_window_pdf_export(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    assert window.files.export_to(out, "pdf")
    assert out.read_bytes().startswith(b"%PDF-")


def test_window_refuses_to_export_over_its_sheet(
    window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    window.findChild(object, "actionSave").trigger()
    before = window.document.save_path.read_bytes()
    assert not window.files.export_to(window.document.save_path, "csv")
    assert any("the claim sheet itself" in r.getMessage() for r in caplog.records)
    assert window.document.save_path.read_bytes() == before
