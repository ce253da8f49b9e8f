"""Cell editors of the claims table: one combo box delegate for status, kind
and qualifier, and a line edit that completes sources already in the sheet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from claims.model import Kind, Qualifier, Status
from gui.labels import kind_label, qualifier_label, status_label
from gui.status_style import status_brush
from gui.wheel import guard_wheel

AnyIndex = QModelIndex | QPersistentModelIndex


Choice = tuple[str, str, QColor | None]
"""A combo box entry: label, value, and a colour swatch (or none)."""


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a closed vocabulary (status, kind, qualifier) with a combo box;
    a choice commits at once."""

    def __init__(self, choices: list[Choice], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._name = name

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.setObjectName(self._name)
        for label, data, colour in self._choices:
            editor.addItem(label, data)
            if colour is not None:
                editor.setItemData(editor.count() - 1, colour, Qt.ItemDataRole.DecorationRole)
        editor.activated.connect(lambda _i: self._commit_and_close(editor))
        guard_wheel(editor)  # the wheel changes it only while it has the focus
        return editor

    def _commit_and_close(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def status_delegate(parent: QWidget | None = None) -> ChoiceDelegate:
    """The status column's editor: every status, with its colour."""
    return ChoiceDelegate(
        [(status_label(s), s.value, status_brush(s).color()) for s in Status],
        "statusEditor",
        parent,
    )


def kind_delegate(parent: QWidget | None = None) -> ChoiceDelegate:
    """The kind column's editor."""
    return ChoiceDelegate([(kind_label(k), k.value, None) for k in Kind], "kindEditor", parent)


def qualifier_delegate(parent: QWidget | None = None) -> ChoiceDelegate:
    """The qualifier column's editor."""
    return ChoiceDelegate(
        [(qualifier_label(q), q.value, None) for q in Qualifier], "qualifierEditor", parent
    )


class SourceDelegate(QStyledItemDelegate):
    """Edits a source, completing the names already in the sheet."""

    def __init__(self, sources: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources = sources  # a callable returning the current list

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("sourceEditor")
        completer = QCompleter(self._sources(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor
