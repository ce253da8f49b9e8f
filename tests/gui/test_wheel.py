"""The mouse wheel never edits data by passing over a value widget: a combo
box, spin box or date edit changes on the wheel only while it has the
keyboard focus; otherwise the wheel scrolls what holds it (issue 11, item 6:
scrolling the form turned "more than" into "at most").

Real wheel events (``QWheelEvent`` through ``QApplication.sendEvent``) on the
real widgets, offscreen. Qt 6 passes an ignored wheel event from the mouse on
to the parents (the form's scroll area) but not a synthesized one, so the
tests check that the guarded widget leaves the event unaccepted, which is
what sends a real one on to the scroll area.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDial,
    QSlider,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from claims.model import Evidence, Qualifier
from claims.preferences import Preferences
from claims.sheet import dump_sheet
from gui.claims_model import Column
from gui.delegates import ChoiceDelegate, kind_delegate, qualifier_delegate, status_delegate
from gui.export_dialog import ExportDialog
from gui.mainwindow import MainWindow
from gui.preferences_dialog import PreferencesDialog
from gui.wheel import value_widgets

CLAIM = "c14"  # "augmenté de plus de 34%": more than

FORM_WIDGETS = ["detailKind", "detailQualifier", "detailStatus", "evidenceAccessed"]
"""Every value widget of the detail form (the first test keeps it complete)."""


def wheel(widget: QWidget, notches: int = -1) -> bool:
    """Turn the wheel over ``widget``'s middle by ``notches`` (negative: down,
    toward the next entry); returns whether the event was accepted."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def shown_value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QDateEdit):
        return widget.date()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    assert isinstance(widget, (QSlider, QDial))
    return widget.value()


def focus(qtbot: QtBot, window: QWidget, widget: QWidget) -> None:
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: widget.hasFocus())


def unfocus(qtbot: QtBot, window: MainWindow) -> None:
    focus(qtbot, window, window.table)


@pytest.fixture
def form(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window on a claim with a link (so its date is editable)."""
    window.document.edit(
        CLAIM,
        {"evidence": [Evidence(url="https://www.insee.fr", accessed=dt.date(2024, 5, 2))]},
        "Add a link",
    )
    window.table.select_claim(CLAIM)
    return window


def test_every_value_widget_of_the_form_is_tried(window: MainWindow) -> None:
    assert sorted(w.objectName() for w in value_widgets(window.detail)) == sorted(FORM_WIDGETS)
    for widget in value_widgets(window.detail):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus, widget.objectName()


def test_the_wheel_over_the_unfocused_qualifier_is_left_to_the_form(
    qtbot: QtBot, form: MainWindow
) -> None:
    """As reported: the qualifier stays "more than", nothing is added to the
    undo history, and the event is left for the form's scroll area."""
    window = form
    combo = window.detail.qualifier
    assert window.document.sheet.claim(CLAIM).qualifier is Qualifier.MORE_THAN
    unfocus(qtbot, window)
    edits = window.document.undo_stack.count()
    accepted = wheel(combo)
    assert window.document.sheet.claim(CLAIM).qualifier is Qualifier.MORE_THAN
    assert combo.currentData() == Qualifier.MORE_THAN.value
    assert window.document.undo_stack.count() == edits
    assert not accepted  # Qt hands a real one on to the scroll area


@pytest.mark.parametrize("name", FORM_WIDGETS)
def test_the_wheel_changes_a_form_value_only_with_the_focus(
    qtbot: QtBot, form: MainWindow, name: str
) -> None:
    window = form
    widget = window.detail.findChild(QWidget, name)
    assert widget is not None and widget.isEnabled()
    unfocus(qtbot, window)
    before, shown = dump_sheet(window.document.sheet), shown_value(widget)
    edits = window.document.undo_stack.count()
    for notches in (-1, 1):
        wheel(widget, notches)
    assert shown_value(widget) == shown
    assert dump_sheet(window.document.sheet) == before
    assert window.document.undo_stack.count() == edits
    # With the focus the wheel works: the guard does not disable the widget.
    focus(qtbot, window, widget)
    wheel(widget, -1)
    assert shown_value(widget) != shown
    assert dump_sheet(window.document.sheet) != before
    assert window.document.undo_stack.count() == edits + 1


def test_the_qualifier_changed_by_the_focused_wheel_is_one_edit(
    qtbot: QtBot, form: MainWindow
) -> None:
    window = form
    focus(qtbot, window, window.detail.qualifier)
    wheel(window.detail.qualifier, -1)
    assert window.document.sheet.claim(CLAIM).qualifier is Qualifier.AT_MOST  # the next one
    window.document.undo_stack.undo()
    assert window.document.sheet.claim(CLAIM).qualifier is Qualifier.MORE_THAN


@pytest.mark.parametrize(
    ("column", "make"),
    [
        (Column.STATUS, status_delegate),
        (Column.KIND, kind_delegate),
        (Column.QUALIFIER, qualifier_delegate),
    ],
)
def test_a_cell_editor_ignores_the_wheel_without_the_focus(
    qtbot: QtBot, window: MainWindow, column: Column, make: Callable[[], ChoiceDelegate]
) -> None:
    """The table's combo box editors, made by their delegates (one apart from
    the table, so that a change is not written): unfocused, the wheel leaves
    the editor's value as it is; focused, it changes it."""
    table = window.table
    window.table.select_claim(CLAIM)
    index = table.currentIndex().siblingAtColumn(column)
    assert type(table.itemDelegateForColumn(column)) is ChoiceDelegate
    delegate = make()
    holder = QWidget()
    qtbot.addWidget(holder)
    editor = delegate.createEditor(holder, QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    holder.show()
    qtbot.waitExposed(holder)
    assert value_widgets(editor) == [editor]
    assert editor.focusPolicy() == Qt.FocusPolicy.StrongFocus
    shown = shown_value(editor)
    assert not wheel(editor, -1)
    assert shown_value(editor) == shown
    focus(qtbot, holder, editor)
    wheel(editor, -1)
    assert shown_value(editor) != shown


def test_the_filter_bar_ignores_the_wheel_without_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    unfocus(qtbot, window)
    rows = window.table.proxy.rowCount()
    for widget in value_widgets(window.filter_bar):
        shown = shown_value(widget)
        wheel(widget, -1)
        assert shown_value(widget) == shown, widget.objectName()
    assert window.table.proxy.rowCount() == rows


def test_the_dialogs_ignore_the_wheel_without_the_focus(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialogs = [
        ExportDialog(window.document.sheet, Preferences(), tmp_path / "a.csv", window),
        PreferencesDialog(Preferences(), window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        widgets = value_widgets(dialog)
        assert widgets, dialog.objectName()
        dialog.setFocus()
        for widget in widgets:
            assert not widget.hasFocus(), widget.objectName()
            shown = shown_value(widget)
            wheel(widget, -1)
            assert shown_value(widget) == shown, widget.objectName()


def test_a_date_edit_keeps_its_date_under_the_wheel(qtbot: QtBot, form: MainWindow) -> None:
    """The link's date, a spin box: two notches over it change nothing."""
    date = form.detail.evidence.accessed
    unfocus(qtbot, form)
    wheel(date, 2)
    assert date.date() == QDate(2024, 5, 2)
    assert form.document.sheet.claim(CLAIM).evidence[0].accessed == dt.date(2024, 5, 2)
