"""The claims table pane: the document's claims, sorted and filtered, with
an editor for each field and the selection the actions work on.

:class:`ClaimsTable` is a ``QTableView`` over a :class:`ClaimsProxyModel`
of the document's model. It knows the current and the selected claims,
selects a claim by id (scrolling to it) and walks the unchecked claims in
view order; everything else (marking, deleting) is done by the document.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView

from claims.model import Status
from gui.claims_model import ClaimRole, ClaimsProxyModel, ClaimsTableModel, Column
from gui.delegates import SourceDelegate, kind_delegate, qualifier_delegate, status_delegate

HIDDEN_COLUMNS = frozenset({Column.UNIT, Column.QUALIFIER, Column.NOTE})
"""Columns hidden until the checker shows them (the form has them)."""

COLUMN_WIDTHS = {
    Column.ID: 44,
    Column.KIND: 90,
    Column.VALUE: 120,
    Column.UNIT: 90,
    Column.QUALIFIER: 80,
    Column.SOURCE: 130,
    Column.STATUS: 110,
    Column.NOTE: 140,
    Column.CHECKED_BY: 90,
}
"""Starting widths in pixels; the claim column stretches."""


class ClaimsTable(QTableView):
    """The claims of a document (see the module docstring).

    Signals:
        current_claim_changed(object): the current claim's id, or ``None``.
    """

    current_claim_changed = Signal(object)

    def __init__(self, model: ClaimsTableModel) -> None:
        super().__init__()
        self.setObjectName("claimsTable")
        self.source_model = model
        self.proxy = ClaimsProxyModel(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.ID, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setItemDelegateForColumn(Column.STATUS, status_delegate(self))
        self.setItemDelegateForColumn(Column.KIND, kind_delegate(self))
        self.setItemDelegateForColumn(Column.QUALIFIER, qualifier_delegate(self))
        self.setItemDelegateForColumn(Column.SOURCE, SourceDelegate(model.sources, self))
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setAcceptDrops(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.CLAIM, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        # The header's context menu shows or hides any column but the id and claim.
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.column_actions: dict[Column, QAction] = {}
        for column in Column:
            action = QAction(model.headerData(column, Qt.Orientation.Horizontal), header)
            action.setCheckable(True)
            action.setChecked(column not in HIDDEN_COLUMNS)
            action.setEnabled(column not in (Column.ID, Column.CLAIM))
            action.toggled.connect(lambda shown, c=column: self.setColumnHidden(c, not shown))
            header.addAction(action)
            self.column_actions[column] = action
            self.setColumnHidden(column, column in HIDDEN_COLUMNS)
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.activated.connect(self._on_activated)
        self._kept: tuple[str | None, int] = (None, -1)
        model.modelAboutToBeReset.connect(self._on_about_to_reset)
        model.modelReset.connect(self._on_reset)

    def sync_column_actions(self) -> None:
        """Tick each column's menu entry as the column is shown (after a
        restored header state)."""
        for column, action in self.column_actions.items():
            action.setChecked(not self.isColumnHidden(column))

    # -- selection ------------------------------------------------------------
    def current_claim_id(self) -> str | None:
        """The id of the current row's claim, if any."""
        index = self.selectionModel().currentIndex()
        if not index.isValid():
            return None
        claim = index.data(ClaimRole)
        return claim.id if claim is not None else None

    def selected_claim_ids(self) -> list[str]:
        """Ids of the selected rows, in view order (the current one if none is selected)."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        ids = [self.proxy.index(r, 0).data(ClaimRole).id for r in rows]
        if not ids and (current := self.current_claim_id()) is not None:
            ids = [current]
        return ids

    @Slot(str)
    def select_claim(self, claim_id: str) -> None:
        """Make ``claim_id`` the current row and scroll to it (nothing when it
        is unknown or filtered out)."""
        try:
            source = self.source_model.index(self.source_model.row_of(claim_id), 0)
        except KeyError:
            return
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def step_unchecked(self, step: int) -> bool:
        """Select the next (``step`` 1) or previous (-1) unchecked claim in view
        order, wrapping around; ``False`` when every shown claim is checked."""
        rows = self.proxy.rowCount()
        current = self.currentIndex().row()
        if current < 0:
            current = -1 if step > 0 else rows
        for distance in range(1, rows + 1):
            row = (current + step * distance) % rows
            claim = self.proxy.index(row, 0).data(ClaimRole)
            if claim.status is Status.UNCHECKED:
                self.select_claim(claim.id)
                return True
        return False

    def select_row_near(self, row: int) -> None:
        """Select the row at ``row`` or the last one (after rows were deleted)."""
        if self.proxy.rowCount():
            row = min(max(row, 0), self.proxy.rowCount() - 1)
            self.select_claim(self.proxy.index(row, 0).data(ClaimRole).id)

    @Slot()
    def _on_about_to_reset(self) -> None:
        self._kept = (self.current_claim_id(), self.currentIndex().row())

    @Slot()
    def _on_reset(self) -> None:
        """All claims were replaced (a merge, a reload): the current claim
        stays current, or the row where it was, so the keys go on working."""
        claim_id, row = self._kept
        self._kept = (None, -1)
        if claim_id is None:
            return
        try:
            self.source_model.row_of(claim_id)
        except KeyError:
            self.select_row_near(row)
        else:
            self.select_claim(claim_id)

    # -- editing --------------------------------------------------------------
    def commit_editor(self) -> None:
        """Commit the cell editor still open, if any (a value being typed)."""
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        """Enter on a row opens the editor of its cell (when it can be edited)."""
        if index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.edit(index)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_claim_changed.emit(self.current_claim_id() if current.isValid() else None)
