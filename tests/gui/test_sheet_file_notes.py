"""What the window says of a sheet file as it opens: a format 1 sheet (not
checked for truncation) gets a note in the status bar, and recovery
journals that could not be read are reported at start (issue 11, items 3
and 11)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from claims.model import Status
from claims.recovery import quarantine_folder, recovery_folder, write_journal
from claims.sheet import dump_sheet, load_sheet
from gui.app import build_window, offer_recovery
from gui.mainwindow import MainWindow

NOTE = "was written in format 1 by an older ClaimDesk"


def version_1_sheet(window: MainWindow, path: Path) -> Path:
    """The window's sheet written at ``path`` as an older ClaimDesk wrote it."""
    text = dump_sheet(window.document.sheet)
    old = "claimdesk: 1\n" + text.removeprefix("claimdesk: 2\n").removesuffix(
        "end_of_sheet: true\n"
    )
    path.write_text(old, encoding="utf-8")
    return path


def test_a_format_1_sheet_opens_with_a_note_until_saved(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert NOTE not in window.statusBar().currentMessage()  # an article: no note
    path = version_1_sheet(window, tmp_path / "old.claims.yaml")
    old = build_window(path)
    qtbot.addWidget(old)
    message = old.statusBar().currentMessage()
    assert f"old.claims.yaml {NOTE}: it is not checked for truncation" in message
    old.table.select_claim("c1")
    old.workflow.mark(Status.VERIFIED)  # an edit: there is something to save
    old.findChild(object, "actionSave").trigger()
    assert path.read_text(encoding="utf-8").startswith("claimdesk: 2\n")
    again = build_window(path)
    qtbot.addWidget(again)
    assert NOTE not in again.statusBar().currentMessage()
    assert load_sheet(path) == old.document.sheet


def test_opening_a_format_1_sheet_from_the_window_shows_the_note(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = version_1_sheet(window, tmp_path / "old.claims.yaml")
    with qtbot.waitSignal(window.files.opened):
        window.files.open_path(path)
    [shown] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.isVisible() and w.document.save_path == path
    ]
    assert NOTE in shown.statusBar().currentMessage()
    shown.close()


def test_an_unreadable_journal_is_reported_at_start(qtbot: QtBot, window: MainWindow) -> None:
    journal = write_journal(window.document.sheet, Path("/tmp/x.claims.yaml"), "999999999-1")
    journal.write_text(journal.read_text(encoding="utf-8")[:3000], encoding="utf-8")  # cut
    (recovery_folder() / "feedfacefeedface.999999999-2.claims.yaml").write_text("garbage\n")
    said: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(0, read_and_close)
    assert offer_recovery() is None  # nothing readable to offer
    [text] = said
    assert text.startswith("2 recovery journal(s) of unsaved work could not be read")
    assert str(quarantine_folder()) in text
    assert "ends early" in text
    assert not list(recovery_folder().glob("*.claims.yaml"))
    assert len(list(quarantine_folder().glob("*.claims.yaml"))) == 2
