"""Every action of the window first commits the editor still open: a note
being typed in the form, or a value in a table cell, is never thrown away by
a shortcut or a menu entry (issue 11, item 5: Ctrl+L lost the note).

Each action is tried on the real window: the checker types into the Note box
(or a table cell editor), then the action runs, through its shortcut when
the shortcut reaches the focused editor, else as a menu entry would
(``QAction.trigger``). Dialogs the action opens are answered "Cancel" by a
timer; the typed text must then be in the sheet and in the undo history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from claims.merge import merge_sheets
from gui.claims_model import Column
from gui.mainwindow import MainWindow

CLAIM = "c3"
TYPED = "Checked with INSEE, table 3"  # QTest types ASCII only


def select_text(window: MainWindow, text: str) -> None:
    """Select ``text`` in the article view as a mouse drag would (focus stays)."""
    start = window.document.sheet.article.text.index(text)
    view = window.article_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view._offsets.to_qt(start))
    cursor.setPosition(view._offsets.to_qt(start + len(text)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def _undoable_edit(window: MainWindow) -> None:
    window.document.edit("c1", {"unit": "km"}, "Edit unit of c1")


def _redoable_edit(window: MainWindow) -> None:
    _undoable_edit(window)
    window.document.undo_stack.undo()


def _recorded_conflict(window: MainWindow) -> None:
    """A conflict on another claim, as ``claimdesk merge`` leaves one."""
    base = window.document.sheet.model_copy(deep=True)
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.claim("c1").note = "Note de Camille."
    theirs.claim("c1").note = "Note d'Alex."
    window.document.replace_sheet(merge_sheets(base, ours, theirs).sheet, "merge")


def _recent_file(window: MainWindow) -> None:
    other = window.document.save_path.parent / "other.fr.txt"
    other.write_text("Le PIB a progressé de 2 % en 2023.\n", encoding="utf-8")
    window.session.remember(other)


PREPARE: dict[str, Callable[[MainWindow], None]] = {
    "actionUndo": _undoable_edit,
    "actionRedo": _redoable_edit,
    "actionResolveConflicts": _recorded_conflict,
    "actionAddClaim": lambda w: select_text(w, "Model Studio"),
    "actionSetSpan": lambda w: select_text(w, "Model Studio"),
    "actionRecent1": _recent_file,
}
"""What makes an action applicable (enabled) before the checker types."""

ACTIONS = sorted(
    [
        "actionOpen",
        "actionSave",
        "actionSaveAs",
        "actionExport",
        "actionQuit",
        "actionUndo",
        "actionRedo",
        "actionHistory",
        "actionResolveConflicts",
        "actionShortcuts",
        "actionPreferences",
        "actionArticleProperties",
        "actionOpenAddress",
        "actionPasteArticle",
        "actionAddEvidence",
        "actionFocusTable",
        "actionFind",
        "actionAddClaim",
        "actionSetSpan",
        "actionDeleteClaims",
        "actionMarkVerified",
        "actionMarkFalse",
        "actionMarkMisleading",
        "actionMarkInconclusive",
        "actionMarkInProgress",
        "actionMarkUnchecked",
        "actionNextUnchecked",
        "actionPreviousUnchecked",
        "actionKeyVerified",
        "actionKeyFalse",
        "actionKeyMisleading",
        "actionKeyInconclusive",
        "actionKeyInProgress",
        "actionKeyUnchecked",
        "actionKeyNext",
        "actionKeyPrevious",
        "actionRecent1",
    ]
)
"""Every action of the window (the next test keeps this list complete)."""


def test_every_action_of_the_window_is_tried(window: MainWindow) -> None:
    """The window's own actions (named ``action…``) are exactly those tried
    below; Qt's own actions (a menu's entry, a line edit's clear button, the
    table header's column toggles) neither move the focus nor change the
    claim, and are left out."""
    _recent_file(window)
    named = {
        a.objectName() for a in window.findChildren(QAction) if a.objectName().startswith("action")
    }
    assert named == set(ACTIONS)


@pytest.fixture
def answer_dialogs(qtbot: QtBot) -> Iterator[list[str]]:
    """Answer every modal dialog or message box "Cancel" as soon as it shows;
    yields the object names (or class names) of those answered."""
    answered: list[str] = []

    def cancel() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        answered.append(widget.objectName() or type(widget).__name__)
        if isinstance(widget, QMessageBox):
            button = widget.button(QMessageBox.StandardButton.Cancel) or widget.escapeButton()
            if button is not None:
                button.click()
                return
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(cancel)
    timer.start()
    yield answered
    timer.stop()


def _shortcut_reaches(action: QAction, focus: QWidget) -> bool:
    """Whether pressing ``action``'s shortcut with ``focus`` focused triggers
    it: the shortcut's context holds the focus, and the focused editor does
    not keep the key for itself (a text box keeps Delete, Ctrl+Z, letters)."""
    sequence = action.shortcut()
    if sequence.isEmpty():
        return False
    context = action.shortcutContext()
    if context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
        owners = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if not any(o is focus or o.isAncestorOf(focus) for o in owners):
            return False
    combination = sequence[0]
    probe = QKeyEvent(
        QEvent.Type.ShortcutOverride, combination.key(), combination.keyboardModifiers()
    )
    probe.setAccepted(False)
    QApplication.sendEvent(focus, probe)
    return not probe.isAccepted()


def _run(qtbot: QtBot, action: QAction, focus: QWidget) -> str:
    """Trigger ``action`` with ``focus`` focused; says how."""
    assert action.isEnabled(), action.objectName()
    if _shortcut_reaches(action, focus):
        combination = action.shortcut()[0]
        with qtbot.waitSignal(action.triggered, timeout=2000):
            qtbot.keyClick(focus, combination.key(), combination.keyboardModifiers())
        return "shortcut"
    action.trigger()
    return "trigger"


def _focus(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _field_after(window: MainWindow, name: str, field: str) -> object:
    """The claim's ``field`` once the action is done: an Undo is redone (the
    typed text was committed, then undone as the last edit) and a deletion
    undone (the claim went, with the text committed before)."""
    stack = window.document.undo_stack
    if name == "actionUndo":
        stack.redo()
    if name == "actionDeleteClaims":
        stack.undo()
    return getattr(window.document.sheet.claim(CLAIM), field)


@pytest.mark.parametrize("name", ACTIONS)
def test_a_note_being_typed_survives_every_action(
    qtbot: QtBot, window: MainWindow, answer_dialogs: list[str], name: str
) -> None:
    window.table.select_claim(CLAIM)
    PREPARE.get(name, lambda _w: None)(window)
    window.action_set.update_enabled()
    action = window.findChild(QAction, name)
    assert action is not None
    note = window.detail.note
    _focus(qtbot, window, note)
    qtbot.keyClicks(note, TYPED)
    assert window.document.sheet.claim(CLAIM).note == ""  # still being typed
    how = _run(qtbot, action, note)
    if name == "actionAddEvidence":
        assert how == "shortcut"  # Ctrl+L, as reported
    stack = window.document.undo_stack
    texts = [stack.text(i) for i in range(stack.count())]
    assert any(CLAIM in t and "note" in t for t in texts), (name, texts)
    assert _field_after(window, name, "note") == TYPED
    history = window.findChild(QWidget, "historyDialog")
    if history is not None:
        history.close()


@pytest.mark.parametrize("name", ACTIONS)
def test_a_cell_being_typed_survives_every_action(
    qtbot: QtBot, window: MainWindow, answer_dialogs: list[str], name: str
) -> None:
    window.table.select_claim(CLAIM)
    PREPARE.get(name, lambda _w: None)(window)
    window.action_set.update_enabled()
    action = window.findChild(QAction, name)
    assert action is not None
    table = window.table
    cell = table.currentIndex().siblingAtColumn(Column.SOURCE)
    table.setCurrentIndex(cell)
    _focus(qtbot, window, table)
    table.edit(cell)
    editor = table.indexWidget(cell)
    assert editor is not None and editor.objectName() == "sourceEditor"
    _focus(qtbot, window, editor)
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Qwyx Jj")
    _run(qtbot, action, editor)
    stack = window.document.undo_stack
    texts = [stack.text(i) for i in range(stack.count())]
    assert any(CLAIM in t and "source" in t.lower() for t in texts), (name, texts)
    assert _field_after(window, name, "source") == "Qwyx Jj"
    history = window.findChild(QWidget, "historyDialog")
    if history is not None:
        history.close()
