"""The keyboard workflow: single keys on the table, add/delete/re-anchor, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claims.model import Kind, Status
from claims.sheet import dump_sheet
from gui.claims_model import Column
from gui.mainwindow import MainWindow


def claims_of(window: MainWindow) -> str:
    """The sheet as YAML, without ``last_id``: undoing an added claim keeps
    its number given, by design (ids are never reused, even after a save)."""
    return "".join(
        line
        for line in dump_sheet(window.document.sheet).splitlines(keepends=True)
        if not line.startswith("last_id: ")
    )


def focus_table(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)


def select_text(window: MainWindow, text: str, nth: int = 1) -> None:
    """Select ``text`` in the article view as a mouse drag would."""
    start = -1
    for _ in range(nth):
        start = window.document.sheet.article.text.index(text, start + 1)
    view = window.article_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view._offsets.to_qt(start))
    cursor.setPosition(view._offsets.to_qt(start + len(text)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def test_single_keys_set_status_while_the_table_has_focus(qtbot: QtBot, window: MainWindow) -> None:
    window.table.select_claim("c1")
    focus_table(qtbot, window)
    expected = {
        "v": Status.VERIFIED,
        "f": Status.FALSE,
        "m": Status.MISLEADING,
        "i": Status.INCONCLUSIVE,
        "p": Status.IN_PROGRESS,
        "u": Status.UNCHECKED,
    }
    for key, status in expected.items():
        window.table.select_claim("c1")
        qtbot.keyClick(window.table, key)
        assert window.document.sheet.claim("c1").status is status, key


def test_a_verdict_key_moves_on_to_the_next_unchecked_claim(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.table.select_claim("c1")
    focus_table(qtbot, window)
    qtbot.keyClick(window.table, "v")
    assert window.table.current_claim_id() == "c2"
    qtbot.keyClick(window.table, "p")  # in progress: stays
    assert window.table.current_claim_id() == "c2"


def test_single_keys_do_nothing_while_typing_a_note(qtbot: QtBot, window: MainWindow) -> None:
    window.table.select_claim("c1")
    window.activateWindow()
    window.detail.note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.detail.note)
    qtbot.keyClicks(window.detail.note, "vfm")
    assert window.detail.note.toPlainText() == "vfm"
    assert window.document.sheet.claim("c1").status is Status.UNCHECKED


def test_j_and_k_walk_the_unchecked_claims(qtbot: QtBot, window: MainWindow) -> None:
    window.document.set_status(["c2"], Status.VERIFIED)
    window.table.select_claim("c1")
    focus_table(qtbot, window)
    qtbot.keyClick(window.table, "j")
    assert window.table.current_claim_id() == "c3"
    qtbot.keyClick(window.table, "k")
    assert window.table.current_claim_id() == "c1"


def test_delete_key_deletes_and_undo_restores(qtbot: QtBot, window: MainWindow) -> None:
    before = claims_of(window)
    count = window.table.proxy.rowCount()
    window.table.select_claim("c3")
    focus_table(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.table.proxy.rowCount() == count - 1
    assert all(c.id != "c3" for c in window.document.sheet.claims)
    assert window.table.current_claim_id() == "c4"
    window.findChild(object, "actionUndo").trigger()
    assert claims_of(window) == before
    assert window.table.proxy.rowCount() == count


def test_add_claim_from_selection_recognises_the_figure(window: MainWindow) -> None:
    before = claims_of(window)
    select_text(window, "Model Studio")  # no figure: a statement
    window.findChild(object, "actionAddClaim").trigger()
    added = window.document.sheet.claim("c25")
    assert (added.quote, added.kind) == ("Model Studio", Kind.STATEMENT)
    assert window.table.current_claim_id() == "c25"
    window.findChild(object, "actionUndo").trigger()
    assert claims_of(window) == before


def test_add_claim_fills_kind_value_unit(window: MainWindow) -> None:
    window.document.delete_claims(["c10"])  # "29 centres de données"
    select_text(window, "29 centres de données")
    window.findChild(object, "actionAddClaim").trigger()
    added = window.document.sheet.claim(window.table.current_claim_id() or "")
    assert (added.kind, added.value, added.unit) == (Kind.COUNT, 29, "centres de données")


def test_set_span_to_selection_reanchors_and_undoes(window: MainWindow) -> None:
    window.table.select_claim("c1")
    before = claims_of(window)
    select_text(window, "centre de données", 1)
    window.findChild(object, "actionSetSpan").trigger()
    claim = window.document.sheet.claim("c1")
    assert claim.quote == "centre de données"
    assert claim.history[-1].field == "quote"
    window.findChild(object, "actionUndo").trigger()
    assert claims_of(window) == before


def test_enter_opens_the_cell_editor(qtbot: QtBot, window: MainWindow) -> None:
    window.table.select_claim("c1")
    focus_table(qtbot, window)
    window.table.setCurrentIndex(window.table.proxy.index(0, Column.SOURCE))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.table.indexWidget(window.table.currentIndex()) is not None or (
        window.table.state() == window.table.State.EditingState
    )


def test_shortcuts_dialog_lists_every_shortcut(window: MainWindow) -> None:
    from gui.dialogs import ShortcutsDialog

    actions = window.action_set
    listed = ShortcutsDialog(actions.all(), actions.table_actions(), window).shortcuts()
    for action in actions.all():
        if not action.shortcut().isEmpty():
            assert action.text().replace("&", "") in listed
    assert listed["Mark verified"] == "Ctrl+1"
    assert listed["Mark verified (claims table)"] == "V"
    assert listed["Edit the cell (claims table)"] == "Return"
    assert listed["Add claim from selection"] == "Ctrl+K"


def test_history_dialog_shows_the_stack(window: MainWindow) -> None:
    window.document.set_status(["c1"], Status.VERIFIED)
    window.findChild(object, "actionHistory").trigger()
    dialog = window.findChild(object, "historyDialog")
    assert dialog is not None and dialog.isVisible()
    view = dialog.view
    assert view.model().rowCount() == 2  # "<opened>" and the mark
    dialog.close()


def test_kind_and_source_editors(qtbot: QtBot, window: MainWindow) -> None:
    window.table.select_claim("c2")
    index = window.table.proxy.index(window.table.currentIndex().row(), Column.SOURCE)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editor = window.table.indexWidget(index)
    assert editor is not None and editor.objectName() == "sourceEditor"
    completer = editor.completer()  # type: ignore[attr-defined]
    completer.setCompletionPrefix("ali")
    assert completer.currentCompletion() == "Alibaba"
    window.workflow.commit_editors()
    kind = window.table.proxy.index(index.row(), Column.KIND)
    window.table.edit(kind)
    combo = window.table.indexWidget(kind)
    assert combo is not None and combo.objectName() == "kindEditor"


def _add(window: MainWindow) -> None:
    select_text(window, "Model Studio")
    window.findChild(object, "actionAddClaim").trigger()


def _delete(window: MainWindow) -> None:
    window.document.delete_claims(["c3", "c7"])


def _reanchor(window: MainWindow) -> None:
    window.table.select_claim("c1")
    select_text(window, "centre de données", 1)
    window.findChild(object, "actionSetSpan").trigger()


def _evidence(window: MainWindow) -> None:
    window.table.select_claim("c11")
    window.detail.evidence.add()
    window.detail.evidence.url.setText("https://www.alibabagroup.com")
    window.detail.evidence.commit_fields()


def _bulk_mark(window: MainWindow) -> None:
    window.document.set_status(["c1", "c2", "c5"], Status.MISLEADING)


@pytest.mark.parametrize("edit", [_add, _delete, _reanchor, _evidence, _bulk_mark])
def test_every_command_undoes_and_redoes_to_the_exact_sheet(
    window: MainWindow, edit: object
) -> None:
    before = claims_of(window)
    edit(window)  # type: ignore[operator]
    after = claims_of(window)
    assert after != before
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert claims_of(window) == before
    while window.document.undo_stack.canRedo():
        window.document.undo_stack.redo()
    assert claims_of(window) == after


def test_an_undone_claims_id_is_not_given_again(window: MainWindow) -> None:
    select_text(window, "Model Studio")
    window.findChild(object, "actionAddClaim").trigger()
    assert window.table.current_claim_id() == "c25"
    window.findChild(object, "actionUndo").trigger()
    select_text(window, "Model Studio")
    window.findChild(object, "actionAddClaim").trigger()
    assert window.table.current_claim_id() == "c26"
