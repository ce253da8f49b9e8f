"""A sheet changed on disk by someone else while open: the window notices,
and saving merges both sides (three-way, claim by claim); conflicts are
settled in a dialog, value by value. Nothing is overwritten without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from claims.merge import merge_sheets
from claims.model import Status
from claims.sheet import load_sheet, save_sheet
from gui.app import build_window
from gui.conflicts import ConflictDialog
from gui.mainwindow import MainWindow


@pytest.fixture
def saved_window(window: MainWindow) -> MainWindow:
    window.findChild(object, "actionSave").trigger()
    assert window.document.save_path.exists()
    return window


def _their_edit(path: Path, claim_id: str, **values: object) -> None:
    """Someone else (another ClaimDesk, a git pull) saves the sheet."""
    theirs = load_sheet(path)
    claim = theirs.claim(claim_id)
    for name, value in values.items():
        setattr(claim, name, value)
    save_sheet(theirs, path)


def _save(window: MainWindow) -> None:
    window.findChild(object, "actionSave").trigger()


def test_edits_of_different_claims_merge_silently(saved_window: MainWindow) -> None:
    window = saved_window
    window.document.set_status(["c1"], Status.VERIFIED)
    _their_edit(
        window.document.save_path, "c2", source="Reuters", note="Vu dans le rapport annuel."
    )
    _save(window)
    on_disk = load_sheet(window.document.save_path)
    assert on_disk.claim("c1").status is Status.VERIFIED  # ours
    assert on_disk.claim("c2").source == "Reuters"  # theirs
    assert on_disk.claim("c2").note == "Vu dans le rapport annuel."
    assert window.document.sheet.claim("c2").source == "Reuters"  # the window shows the merge
    assert not window.document.has_unsaved_work()
    assert "merged with the changes" in window.statusBar().currentMessage()
    # The merge is one undoable step: undo shows the sheet as it was before.
    window.document.undo_stack.undo()
    assert window.document.sheet.claim("c2").source != "Reuters"
    assert window.document.sheet.claim("c1").status is Status.VERIFIED


def test_different_fields_of_one_claim_merge_silently(saved_window: MainWindow) -> None:
    window = saved_window
    window.document.set_status(["c3"], Status.FALSE)
    _their_edit(window.document.save_path, "c3", note="Le communiqué dit 2025.")
    _save(window)
    claim = load_sheet(window.document.save_path).claim("c3")
    assert (claim.status, claim.note) == (Status.FALSE, "Le communiqué dit 2025.")
    assert claim.conflicts == []


def test_same_field_conflicts_are_chosen_one_by_one(
    saved_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = saved_window
    window.document.set_status(["c1"], Status.VERIFIED)
    window.document.edit("c1", {"note": "Notre note."}, "note")
    _their_edit(window.document.save_path, "c1", status=Status.FALSE, note="Leur note.")
    seen: list[list[tuple[str, str]]] = []

    def choose(dialog: ConflictDialog) -> int:
        seen.append([(cid, conflict.field) for cid, conflict, _o, _t in dialog.rows])
        dialog.choose_theirs("c1", "note")  # their note, our status
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window.files, "resolve_conflicts", choose)
    _save(window)
    assert sorted(seen[0]) == [("c1", "note"), ("c1", "status")]
    claim = load_sheet(window.document.save_path).claim("c1")
    assert claim.status is Status.VERIFIED
    assert claim.note == "Leur note."
    assert claim.conflicts == []
    # The form shows the merged claim, not the note typed before the merge.
    assert window.detail.note.toPlainText() == "Leur note."


def test_cancelling_the_conflicts_writes_nothing(
    saved_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = saved_window
    window.document.edit("c1", {"note": "Notre note."}, "note")
    _their_edit(window.document.save_path, "c1", note="Leur note.")
    theirs = window.document.save_path.read_bytes()
    monkeypatch.setattr(window.files, "resolve_conflicts", lambda _d: QDialog.DialogCode.Rejected)
    _save(window)
    assert window.document.save_path.read_bytes() == theirs  # their save is intact
    assert window.document.has_unsaved_work()
    assert window.document.sheet.claim("c1").note == "Notre note."  # and so are our edits


def test_a_change_on_disk_is_noticed_while_open(qtbot: QtBot, saved_window: MainWindow) -> None:
    window = saved_window
    window.document.set_status(["c1"], Status.VERIFIED)  # unsaved work here
    with qtbot.waitSignal(window.document._watcher.fileChanged, timeout=5000):
        _their_edit(window.document.save_path, "c2", source="AFP")
    assert "changed by someone else" in window.statusBar().currentMessage()


def test_a_window_without_edits_reloads_what_someone_saved(
    qtbot: QtBot, saved_window: MainWindow
) -> None:
    window = saved_window
    with qtbot.waitSignal(window.document._watcher.fileChanged, timeout=5000):
        _their_edit(window.document.save_path, "c2", source="AFP")
    assert window.document.sheet.claim("c2").source == "AFP"
    assert not window.document.has_unsaved_work()
    assert "Reloaded" in window.statusBar().currentMessage()
    window.document.undo_stack.undo()  # the reload is a step like any other
    assert window.document.sheet.claim("c2").source != "AFP"
    assert window.document.has_unsaved_work()


def test_our_own_save_is_not_taken_for_someone_elses(saved_window: MainWindow) -> None:
    window = saved_window
    window.document.set_status(["c1"], Status.VERIFIED)
    _save(window)
    # The watcher may report our own replace of the file, late: it is ours.
    window.document._on_file_changed(str(window.document.save_path))
    assert "someone else" not in window.statusBar().currentMessage()
    assert str(window.document.save_path) in window.document._watcher.files()  # still watched
    window.document.set_status(["c2"], Status.FALSE)
    _save(window)  # no merge: the file is as we left it
    assert "merged" not in window.statusBar().currentMessage()


def test_a_deleted_sheet_is_noticed_and_written_again(
    qtbot: QtBot, saved_window: MainWindow
) -> None:
    window = saved_window
    window.document.set_status(["c1"], Status.VERIFIED)
    with qtbot.waitSignal(window.document._watcher.fileChanged, timeout=5000):
        window.document.save_path.unlink()
    assert "deleted or moved" in window.statusBar().currentMessage()
    _save(window)
    assert load_sheet(window.document.save_path).claim("c1").status is Status.VERIFIED


def test_conflicts_left_by_a_git_merge_are_resolved_in_the_window(
    qtbot: QtBot, saved_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    base = load_sheet(saved_window.document.save_path)
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.claim("c1").note = "Note de Camille."
    theirs.claim("c1").note = "Note d'Alex."
    merged = merge_sheets(base, ours, theirs)
    assert merged.conflicts == 1
    path = tmp_path / "merged.claims.yaml"
    save_sheet(merged.sheet, path)

    window = build_window(path)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    action = window.findChild(object, "actionResolveConflicts")
    assert action.isEnabled()
    assert "1 merge conflict" in window.statusBar().currentMessage()

    def choose(dialog: ConflictDialog) -> int:
        dialog.choose_theirs("c1", "note")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window.files, "resolve_conflicts", choose)
    action.trigger()
    assert window.document.sheet.claim("c1").note == "Note d'Alex."
    assert window.document.sheet.claim("c1").conflicts == []
    assert not action.isEnabled()
    window.document.undo_stack.undo()  # the resolution is undoable
    assert window.document.sheet.claim("c1").conflicts
    window.document.undo_stack.redo()
    _save(window)
    assert load_sheet(path).claim("c1").conflicts == []
    window.workflow.commit_editors()
    window.document.undo_stack.setClean()
    window.close()


def test_the_conflict_dialog_shows_both_values_side_by_side(
    qtbot: QtBot, saved_window: MainWindow
) -> None:
    base = load_sheet(saved_window.document.save_path)
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.claim("c1").status = Status.VERIFIED
    theirs.claim("c1").status = Status.MISLEADING
    del theirs.claims[1]
    ours.claims[1].note = "Gardée ici."
    dialog = ConflictDialog(merge_sheets(base, ours, theirs).sheet)
    qtbot.addWidget(dialog)
    labels = [(o.text(), t.text()) for _c, _f, o, t in dialog.rows]
    assert ("Verified", "Misleading") in labels
    assert ("Kept", "Deleted") in labels
    dialog.choose_theirs(ours.claims[1].id, "deleted")
    resolved = dialog.resolved(merge_sheets(base, ours, theirs).sheet)
    assert ours.claims[1].id not in [c.id for c in resolved.claims]
    assert resolved.claim("c1").status is Status.VERIFIED


# Reported by a review of issue 5 (each failed before its fix).


def test_keeping_our_deletion_deletes_the_claim(
    saved_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = saved_window
    window.document.delete_claims(["c3"])
    _their_edit(window.document.save_path, "c3", note="Leur note.")
    monkeypatch.setattr(window.files, "resolve_conflicts", lambda _d: QDialog.DialogCode.Accepted)
    _save(window)  # the default choice: ours, "Deleted"
    assert "c3" not in [c.id for c in load_sheet(window.document.save_path).claims]
    assert "c3" not in [c.id for c in window.document.sheet.claims]


def test_their_anchor_and_their_verdict_are_taken_whole(
    saved_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = saved_window
    text = window.document.sheet.article.text
    start, end = window.document.sheet.claim("c1").span
    window.document.edit("c1", {"span": (start, end - 5), "quote": text[start : end - 5]}, "span")
    window.document.set_status(["c1"], Status.VERIFIED)
    theirs = load_sheet(window.document.save_path)
    claim = theirs.claim("c1")
    claim.span, claim.quote = (start + 10, end), text[start + 10 : end]
    claim.status, claim.checked_by = Status.FALSE, "Bob"
    save_sheet(theirs, window.document.save_path)

    def take_theirs(dialog: ConflictDialog) -> int:
        assert sorted(c.field for _i, c, _o, _t in dialog.rows) == ["anchor", "status"]
        dialog.choose_theirs("c1", "anchor")
        dialog.choose_theirs("c1", "status")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window.files, "resolve_conflicts", take_theirs)
    _save(window)
    saved = load_sheet(window.document.save_path).claim("c1")
    assert (saved.span, saved.quote) == ((start + 10, end), text[start + 10 : end])
    assert (saved.status, saved.checked_by) == (Status.FALSE, "Bob")


def _focus_table(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)


def test_the_current_claim_stays_current_after_a_merge_and_a_reload(
    qtbot: QtBot, saved_window: MainWindow
) -> None:
    # Reported: after a merge, a reload or settled conflicts the table had no
    # current row, and V, F or Ctrl+1 did nothing.
    window = saved_window
    window.table.select_claim("c3")
    window.document.set_status(["c1"], Status.VERIFIED)
    _their_edit(window.document.save_path, "c2", source="AFP")
    _save(window)  # merges their save
    assert window.table.current_claim_id() == "c3"
    with qtbot.waitSignal(window.document._watcher.fileChanged, timeout=5000):
        _their_edit(window.document.save_path, "c4", source="Reuters")  # reloaded
    assert window.document.sheet.claim("c4").source == "Reuters"
    assert window.table.current_claim_id() == "c3"
    assert window.findChild(object, "actionMarkFalse").isEnabled()
    _focus_table(qtbot, window)
    qtbot.keyClick(window.table, "f")
    assert window.document.sheet.claim("c3").status is Status.FALSE


def test_typing_in_the_form_survives_a_save_on_disk(qtbot: QtBot, saved_window: MainWindow) -> None:
    # Reported: a reload after someone's save threw away the note being typed.
    window = saved_window
    window.table.select_claim("c4")
    window.detail.note.setPlainText("Vérifié auprès de l'éditeur.")  # typed, not yet left
    with qtbot.waitSignal(window.document._watcher.fileChanged, timeout=5000):
        _their_edit(window.document.save_path, "c9", source="AFP")
    assert window.document.sheet.claim("c4").note == "Vérifié auprès de l'éditeur."
    assert window.detail.note.toPlainText() == "Vérifié auprès de l'éditeur."
    assert "changed by someone else" in window.statusBar().currentMessage()
    _save(window)  # and both are kept
    on_disk = load_sheet(window.document.save_path)
    assert on_disk.claim("c4").note == "Vérifié auprès de l'éditeur."
    assert on_disk.claim("c9").source == "AFP"


def test_undoing_a_reload_never_silently_drops_their_save(
    qtbot: QtBot, saved_window: MainWindow
) -> None:
    window = saved_window
    with qtbot.waitSignal(window.document._watcher.fileChanged, timeout=5000):
        _their_edit(window.document.save_path, "c3", source="Reuters")
    window.findChild(object, "actionUndo").trigger()  # undoes the reload
    _save(window)
    assert load_sheet(window.document.save_path).claim("c3").source == "Reuters"


def test_undoing_a_merge_then_saving_merges_their_save_again(
    qtbot: QtBot, saved_window: MainWindow
) -> None:
    window = saved_window
    window.document._watcher.blockSignals(True)  # no reload offer: the save merges
    _their_edit(window.document.save_path, "c3", source="Reuters")
    window.document.set_status(["c1"], Status.FALSE)
    _save(window)  # merged with their save, as one step
    window.findChild(object, "actionUndo").trigger()  # undoes the merge
    assert window.document.sheet.claim("c3").source != "Reuters"
    _save(window)
    saved = load_sheet(window.document.save_path)
    assert saved.claim("c3").source == "Reuters"  # their save, merged in again
    assert saved.claim("c1").status is Status.FALSE
