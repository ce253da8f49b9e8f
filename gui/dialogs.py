"""Small windows of the Edit and Help menus: the undo history and the
keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QUndoView,
    QVBoxLayout,
    QWidget,
)


class HistoryDialog(QDialog):
    """Edit > Undo history: this session's edits; clicking one undoes or redoes
    to it. (Each claim's own audit trail is its ``history``, in the form.)"""

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Undo history"))
        self.view = QUndoView(stack)
        self.view.setObjectName("undoView")
        self.view.setEmptyLabel(self.tr("<opened>"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 480)


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: every action that has a shortcut."""

    def __init__(
        self,
        actions: list[QAction],
        table_actions: list[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        in_table = self.tr("{0} (claims table)")
        rows = [
            (action.text().replace("&", ""), action.shortcut())
            for action in actions
            if not action.shortcut().isEmpty()
        ]
        rows += [
            (in_table.format(action.text().replace("&", "")), action.shortcut())
            for action in table_actions
            if not action.shortcut().isEmpty()
        ]
        rows.append((in_table.format(self.tr("Edit the cell")), QKeySequence(Qt.Key.Key_Return)))
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            native = keys.toString(QKeySequence.SequenceFormat.NativeText)
            self.table.setItem(row, 1, QTableWidgetItem(native))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 560)

    def shortcuts(self) -> dict[str, str]:
        """Action text to keys, as listed."""
        listed: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            action, keys = self.table.item(row, 0), self.table.item(row, 1)
            if action is not None and keys is not None:
                listed[action.text()] = keys.text()
        return listed


def show_history(stack: QUndoStack, parent: QWidget) -> HistoryDialog:
    """Edit > Undo history: show ``parent``'s history window (one per window,
    made on first use) and bring it to the front."""
    dialog = parent.findChild(HistoryDialog, "historyDialog")
    if dialog is None:
        dialog = HistoryDialog(stack, parent)
    dialog.show()
    dialog.raise_()
    return dialog


def show_shortcuts(
    actions: list[QAction], table_actions: list[QAction], parent: QWidget | None = None
) -> None:
    """Help > Keyboard shortcuts: list every shortcut, modal."""
    ShortcutsDialog(actions, table_actions, parent).exec()
