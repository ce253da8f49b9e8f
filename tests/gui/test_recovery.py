"""Crash recovery: a killed app's edits come back in the next one; a clean
close leaves nothing behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from claims.model import Status
from claims.recovery import journal_path, pending_recoveries, quarantine_folder, recovery_folder
from claims.sheet import load_sheet, loads_sheet, save_sheet
from gui.app import build_window, offer_recovery
from gui.document import JOURNAL_DELAY_MS
from gui.mainwindow import MainWindow


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_app_is_recovered_by_the_next(
    qtbot: QtBot, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    crashed = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("crash_after_edits.py")), str(article)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    [recovery] = pending_recoveries()
    assert (
        recovery.save_path == article.with_name("alibaba-cloud-expansion.fr.claims.yaml").resolve()
    )
    assert "2 checked" in recovery.summary()

    asked: list[str] = []

    def answer(
        _parent: object, _title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = offer_recovery()
    assert isinstance(window, MainWindow)
    assert "2 checked" in asked[0]
    assert window.document.sheet.claim("c1").status is Status.VERIFIED
    assert window.document.sheet.claim("c3").note == "Noté juste avant la panne."
    assert window.isWindowModified() or window.document.has_unsaved_work()
    window.findChild(object, "actionSave").trigger()
    assert pending_recoveries() == []
    window.close()


def test_journal_follows_unsaved_work_and_a_clean_close_removes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    journal = journal_path(window.document.save_path, window.document.journal_tag)
    window.document.set_status(["c1"], Status.FALSE)
    timer = window.document._journal_timer
    assert timer.isActive() and timer.interval() == JOURNAL_DELAY_MS  # debounced: 1 write/s
    timer.stop()
    timer.timeout.emit()  # what the timer does when it fires
    assert journal.exists()
    window.document.undo_stack.setClean()  # as after "Discard" in the close prompt
    window.close()
    assert not journal.exists()


def test_declined_recovery_discards_the_journal(
    qtbot: QtBot, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = build_window(article)
    assert isinstance(window, MainWindow)
    window.document.set_status(["c1"], Status.FALSE)
    window.document._write_journal()
    assert pending_recoveries() == []  # its window is open
    shiboken6.delete(window)  # destroyed without a close, as a crash leaves it
    assert pending_recoveries()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    assert offer_recovery() is None
    assert pending_recoveries() == []


def test_restored_work_merges_with_a_save_made_after_the_crash(
    qtbot: QtBot, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reported: restoring, then saving, overwrote a colleague's later save.
    from claims.sheet import load_sheet, save_sheet

    window = build_window(article)
    assert isinstance(window, MainWindow)
    window.findChild(object, "actionSave").trigger()
    path = window.document.save_path
    window.document.edit("c1", {"note": "Mon travail."}, "note")
    window.document._write_journal()
    shiboken6.delete(window)  # destroyed without a close, as a crash leaves it

    theirs = load_sheet(path)  # a colleague saves after the crash
    theirs.claim("c2").note = "Le travail de Bob."
    save_sheet(theirs, path)

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    restored = offer_recovery()
    assert isinstance(restored, MainWindow)
    qtbot.addWidget(restored)
    restored.findChild(object, "actionSave").trigger()
    saved = load_sheet(path)
    assert saved.claim("c1").note == "Mon travail."
    assert saved.claim("c2").note == "Le travail de Bob."
    assert pending_recoveries() == []
    restored.document.undo_stack.setClean()


def test_two_windows_on_one_sheet_keep_their_own_journals(
    qtbot: QtBot, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reported: two windows on one sheet shared a journal, and the first
    # window's save deleted the second's unsaved work from it.
    first, second = build_window(article), build_window(article)
    assert isinstance(first, MainWindow) and isinstance(second, MainWindow)
    first.document.edit("c1", {"note": "Fenêtre 1."}, "note")
    second.document.edit("c2", {"note": "Fenêtre 2."}, "note")
    first.document._write_journal()
    second.document._write_journal()
    assert pending_recoveries() == []  # both windows are open: nothing to offer
    first.findChild(object, "actionSave").trigger()
    first.close()
    shiboken6.delete(second)  # the second window is lost without a close
    [recovery] = pending_recoveries()
    assert recovery.sheet.claim("c2").note == "Fenêtre 2."
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    assert offer_recovery() is None


def test_a_journal_of_a_running_claimdesk_is_not_offered(tmp_path: Path) -> None:
    from claims.recovery import write_journal
    from claims.sheet import load_sheet

    sheet_path = tmp_path / "s.claims.yaml"
    window_sheet = load_sheet(
        Path(__file__).resolve().parents[2]
        / "data"
        / "examples"
        / "alibaba-cloud-expansion.fr.checked.claims.yaml"
    )
    parent = os.getppid()  # a process that is certainly running
    write_journal(window_sheet, sheet_path, f"{parent}-1")
    assert pending_recoveries() == []
    write_journal(window_sheet, sheet_path, "999999999-1")  # no such process
    assert [r.save_path for r in pending_recoveries()] == [sheet_path.resolve()]


def _answer_modals(answers: list[str], seen: list[str]) -> None:
    """Answer the next modal dialogs in turn: a message box by the button
    named in ``answers``, any other dialog (the Save As file dialog) by
    closing it ("reject"); what each showed goes to ``seen``."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or dialog.objectName() in seen:
            QTimer.singleShot(20, answer)
            return
        wanted = answers.pop(0)
        dialog.setObjectName(f"answered {len(seen)}")
        seen.append(dialog.objectName())
        if isinstance(dialog, QMessageBox):
            seen.append("\n".join([dialog.text(), dialog.informativeText(), dialog.detailedText()]))
            [button] = [b for b in dialog.buttons() if b.text().replace("&", "") == wanted]
            button.click()
        else:
            assert wanted == "reject", type(dialog)
            seen.append(type(dialog).__name__)
            dialog.reject()
        if answers:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_restored_work_whose_base_is_damaged_asks_before_replacing_a_later_save(
    qtbot: QtBot, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reported: the damaged base was only logged, the restored window took
    # the file on disk (a colleague's later save) as its base, and Save
    # wrote over the colleague's note with no merge and no question.
    window = build_window(article)
    assert isinstance(window, MainWindow)
    window.findChild(object, "actionSave").trigger()
    path = window.document.save_path
    window.document.set_status(["c1"], Status.FALSE)
    window.document._write_journal()
    shiboken6.delete(window)  # destroyed without a close, as a crash leaves it

    theirs = load_sheet(path)  # a colleague saves after the crash
    theirs.claim("c2").note = "Le travail de Bob."
    save_sheet(theirs, path)
    colleague = path.read_bytes()
    [base] = recovery_folder().glob("*.base.yaml")
    damaged = base.read_bytes()[:300]  # its sheet cut short
    base.write_bytes(damaged)

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    restored = offer_recovery()
    assert isinstance(restored, MainWindow)
    qtbot.addWidget(restored)
    assert restored.document.sheet.claim("c1").status is Status.FALSE
    assert not restored.document.saved_once
    [aside] = quarantine_folder().glob("*.base.yaml")
    assert aside.read_bytes() == damaged
    note = restored.statusBar().currentMessage()
    assert "could not be read" in note and str(quarantine_folder()) in note

    seen: list[str] = []
    _answer_modals(["Cancel", "reject"], seen)  # the replace box, then Save As
    assert not restored.files.save()
    assert path.read_bytes() == colleague
    assert "1 note(s)" in seen[1] and "Le travail de Bob." in seen[1]
    assert seen[3] == "QFileDialog"
    _answer_modals(["Replace"], seen)  # the checker's choice, shown what it loses
    assert restored.files.save()
    assert load_sheet(path).claim("c1").status is Status.FALSE
    assert pending_recoveries() == []


def test_a_note_being_typed_is_journaled_before_it_is_committed(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Reported: a note typed and not yet committed was in no journal, so a
    crash lost it. The journal holds the typing; the sheet and the undo
    history change only when the editor commits."""
    document = window.document
    window.table.select_claim("c2")
    window.detail.note.setFocus()
    qtbot.keyClicks(window.detail.note, "Typed before the crash")
    assert document.undo_stack.count() == 0 and document.sheet.claim("c2").note == ""
    timer = document._journal_timer
    assert timer.isActive()  # typing schedules the journal
    timer.stop()
    timer.timeout.emit()
    journal = journal_path(document.save_path, document.journal_tag)
    _header, _, body = journal.read_text(encoding="utf-8").partition("\n")
    journaled = loads_sheet(body).claim("c2")
    assert journaled.note == "Typed before the crash"
    assert journaled.history[-1].field == "note"
    window.workflow.commit_editors()
    document.undo_stack.setClean()
