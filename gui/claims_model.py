"""The Qt table model over a claim sheet's claims.

:class:`ClaimsTableModel` adapts ``Sheet.claims`` (a plain Python list of
pydantic claims) to Qt's model/view. Edits made through ``setData`` are
pushed as undo commands on the document's ``QUndoStack``; the commands call
back :meth:`ClaimsTableModel.apply`, the one place that changes a claim and
emits ``dataChanged``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from claims.editing import (
    InputError,
    apply_fields,
    parse_value,
    status_change,
    value_for_editing,
    with_history,
)
from claims.extract.lexicon import fold
from claims.formatting import format_value
from claims.model import Claim, Kind, Qualifier, Sheet, Status, check_anchor
from gui.status_style import kind_label, qualifier_label, status_brush, status_label

ClaimRole = Qt.ItemDataRole.UserRole
"""Role returning the :class:`~claims.model.Claim` of a row."""
SortRole = Qt.ItemDataRole.UserRole + 1
"""Role returning a sortable key (numbers as numbers, ids in numeric order)."""

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    """The table's columns, in order."""

    ID = 0
    CLAIM = 1
    KIND = 2
    VALUE = 3
    UNIT = 4
    QUALIFIER = 5
    SOURCE = 6
    STATUS = 7
    NOTE = 8
    CHECKED_BY = 9


HEADERS = {
    Column.ID: str(QT_TRANSLATE_NOOP("ClaimsTableModel", "ID")),
    Column.CLAIM: str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Claim")),
    Column.KIND: str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Kind")),
    Column.UNIT: str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Unit")),
    Column.QUALIFIER: str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Qualifier")),
    Column.NOTE: str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Note")),
    Column.VALUE: str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Value")),
    Column.SOURCE: str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Source")),
    Column.STATUS: str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Status")),
    Column.CHECKED_BY: str(QT_TRANSLATE_NOOP("ClaimsTableModel", "Checked by")),
}
EDITABLE = {
    Column.KIND,
    Column.VALUE,
    Column.UNIT,
    Column.QUALIFIER,
    Column.SOURCE,
    Column.STATUS,
    Column.NOTE,
}


class ClaimsTableModel(QAbstractTableModel):
    """Rows are the sheet's claims; see :class:`Column` for the columns.

    Signals:
        claim_changed(str): a claim's fields changed (its id).
        claims_changed(): claims were added or removed.
    """

    claim_changed = Signal(str)
    claims_changed = Signal()

    def __init__(
        self, sheet: Sheet, undo_stack: QUndoStack, checker: str, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._sheet = sheet
        self._undo_stack = undo_stack
        self.checker = checker

    # -- read ---------------------------------------------------------------
    @property
    def sheet(self) -> Sheet:
        return self._sheet

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sheet.claims)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(Column):
                return self.tr(HEADERS[Column(section)])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if Column(index.column()) in EDITABLE:
            claim = self._sheet.claims[index.row()]
            if not (index.column() == Column.VALUE and claim.kind == "statement"):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sheet.claims):
            return None
        claim = self._sheet.claims[index.row()]
        column = Column(index.column())
        language = self._sheet.article.language
        if role == ClaimRole:
            return claim
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(claim, column)
        if role == Qt.ItemDataRole.EditRole:
            if column is Column.VALUE:
                return value_for_editing(claim.value, language)
            if column is Column.STATUS:
                return claim.status.value
            if column is Column.KIND:
                return claim.kind.value
            if column is Column.QUALIFIER:
                return claim.qualifier.value
            if column is Column.NOTE:
                return claim.note
            return self._display(claim, column)
        if role == SortRole:
            return self._sort_key(claim, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [claim.sentence]
            if claim.source:
                parts.append(self.tr("Source: {0}").format(claim.source))
            if claim.via:
                parts.append(self.tr("Via: {0}").format(claim.via))
            if claim.note:
                parts.append(self.tr("Note: {0}").format(claim.note))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATUS:
            return status_brush(claim.status).color()
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, claim: Claim, column: Column) -> str:
        language = self._sheet.article.language
        if column is Column.ID:
            return claim.id
        if column is Column.CLAIM:
            return claim.quote
        if column is Column.VALUE:
            return format_value(claim, language)
        if column is Column.SOURCE:
            return claim.source or ""
        if column is Column.STATUS:
            return status_label(claim.status)
        if column is Column.KIND:
            return kind_label(claim.kind)
        if column is Column.UNIT:
            return claim.unit or ""
        if column is Column.QUALIFIER:
            return qualifier_label(claim.qualifier)
        if column is Column.NOTE:
            return " ".join(claim.note.split())
        return claim.checked_by or ""

    def _sort_key(self, claim: Claim, column: Column) -> Any:
        if column is Column.ID:
            digits = "".join(ch for ch in claim.id if ch.isdigit())
            return int(digits) if digits else 0
        if column is Column.VALUE:
            return float(claim.value) if isinstance(claim.value, Decimal) else 0.0
        if column is Column.STATUS:
            return list(Status).index(claim.status)
        return self._display(claim, column).casefold()

    # -- write --------------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        claim = self._sheet.claims[index.row()]
        column = Column(index.column())
        new: dict[str, Any]
        try:
            if column is Column.STATUS:
                new = status_change(claim, Status(value), self.checker)
            elif column is Column.VALUE:
                new = {"value": parse_value(str(value), claim.kind, self._sheet.article.language)}
            elif column is Column.SOURCE:
                new = {"source": str(value).strip() or None}
            elif column is Column.KIND:
                new = {"kind": Kind(value)}
            elif column is Column.QUALIFIER:
                new = {"qualifier": Qualifier(value)}
            elif column is Column.UNIT:
                new = {"unit": str(value).strip() or None}
            elif column is Column.NOTE:
                new = {"note": str(value)}
            else:
                return False
        except (InputError, ValueError):
            return False
        return self.edit(
            claim.id, new, self.tr("Edit {0} of {1}").format(HEADERS[column].lower(), claim.id)
        )

    def sources(self) -> list[str]:
        """The distinct sources of the sheet, sorted (for the source completer)."""
        return sorted({c.source for c in self._sheet.claims if c.source}, key=str.casefold)

    def edit(self, claim_id: str, values: dict[str, Any], text: str) -> bool:
        """Push an undoable edit setting ``values`` on claim ``claim_id``.

        Returns ``False`` (and pushes nothing) when the values are invalid or
        change nothing.
        """
        from gui.undo import EditClaimCommand

        claim = self._sheet.claim(claim_id)
        if all(getattr(claim, name) == value for name, value in values.items()):
            return False
        try:
            claim.model_validate({**claim.model_dump(), **values})
        except ValueError:
            return False
        new = with_history(claim, values, self.checker)
        old = {name: getattr(claim, name) for name in new}
        self._undo_stack.push(EditClaimCommand(self, claim_id, old, new, text))
        return True

    def set_status(self, claim_ids: list[str], status: Status) -> None:
        """Set ``status`` on several claims in one undoable step."""
        from gui.undo import EditClaimCommand

        claims = [self._sheet.claim(i) for i in claim_ids]
        claims = [c for c in claims if c.status is not status]
        if not claims:
            return
        self._undo_stack.beginMacro(
            self.tr("Mark {0} claim(s) {1}").format(len(claims), status_label(status).lower())
        )
        for claim in claims:
            new = with_history(claim, status_change(claim, status, self.checker), self.checker)
            old = {name: getattr(claim, name) for name in new}
            self._undo_stack.push(EditClaimCommand(self, claim.id, old, new, ""))
        self._undo_stack.endMacro()

    def apply(self, claim_id: str, values: dict[str, Any]) -> None:
        """Set ``values`` on a claim now (no undo entry) and notify the views.

        Raises :class:`~claims.model.AnchorError` when a new span does not fit
        the article text (the claim is left as it was).
        """
        row = self.row_of(claim_id)
        claim = self._sheet.claims[row]
        if "span" in values:
            check_anchor(claim.model_copy(update=values), self._sheet.article.text)
        apply_fields(claim, values)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self.claim_changed.emit(claim_id)

    # -- rows ---------------------------------------------------------------
    def add_claim(self, claim: Claim) -> None:
        """Add ``claim`` in text order, as one undoable step."""
        from gui.undo import AddClaimCommand

        check_anchor(claim, self._sheet.article.text)
        self._undo_stack.push(
            AddClaimCommand(self, claim, self.tr("Add claim {0}").format(claim.id))
        )

    def delete_claims(self, claim_ids: list[str]) -> None:
        """Delete the claims ``claim_ids`` as one undoable step."""
        from gui.undo import DeleteClaimsCommand

        rows = sorted(self.row_of(i) for i in claim_ids)
        if not rows:
            return
        removed = [(row, self._sheet.claims[row]) for row in rows]
        self._undo_stack.push(
            DeleteClaimsCommand(self, removed, self.tr("Delete {0} claim(s)").format(len(removed)))
        )

    def insert_claim(self, claim: Claim, row: int | None = None) -> int:
        """Insert ``claim`` at ``row`` (text order when ``None``), no undo entry;
        returns its row."""
        claims = self._sheet.claims
        if row is None:
            row = next((r for r, c in enumerate(claims) if c.span > claim.span), len(claims))
        self.beginInsertRows(QModelIndex(), row, row)
        claims.insert(row, claim)
        self.endInsertRows()
        self.claims_changed.emit()
        return row

    def take_claim(self, claim_id: str) -> tuple[int, Claim]:
        """Remove claim ``claim_id``, no undo entry; returns its row and the claim."""
        row = self.row_of(claim_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        claim = self._sheet.claims.pop(row)
        self.endRemoveRows()
        self.claims_changed.emit()
        return row, claim

    def replace_claims(self, claims: list[Claim]) -> list[Claim]:
        """Show ``claims`` in place of all the sheet's claims, no undo entry
        (one model reset); returns the claims that were there."""
        self.beginResetModel()
        old = list(self._sheet.claims)
        self._sheet.claims[:] = claims
        self.endResetModel()
        self.claims_changed.emit()
        return old

    def row_of(self, claim_id: str) -> int:
        """The row of claim ``claim_id``; raise ``KeyError`` if it is not in the sheet."""
        for row, claim in enumerate(self._sheet.claims):
            if claim.id == claim_id:
                return row
        raise KeyError(claim_id)


class ClaimsProxyModel(QSortFilterProxyModel):
    """Sorts the claims table by :data:`SortRole` (numbers as numbers) and
    filters it: by status, by kind, and by a search over quote, sentence,
    source and note (case- and accent-insensitive)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._statuses: frozenset[Status] = frozenset(Status)
        self._kind: Kind | None = None
        self._search = ""

    @property
    def statuses(self) -> frozenset[Status]:
        return self._statuses

    def set_statuses(self, statuses: frozenset[Status]) -> None:
        """Show only claims whose status is in ``statuses``."""
        self._refilter(lambda: setattr(self, "_statuses", frozenset(statuses)))

    def set_kind(self, kind: Kind | None) -> None:
        """Show only claims of ``kind`` (``None``: every kind)."""
        self._refilter(lambda: setattr(self, "_kind", kind))

    def set_search(self, text: str) -> None:
        """Show only claims whose quote, sentence, source or note hold ``text``."""
        self._refilter(lambda: setattr(self, "_search", fold(text.strip())))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to the filter and re-filter the rows (Qt 6.10's
        begin/endFilterChange where present, else invalidateRowsFilter)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ClaimsTableModel):
            return True
        claim = model.sheet.claims[source_row]
        if claim.status not in self._statuses:
            return False
        if self._kind is not None and claim.kind is not self._kind:
            return False
        if self._search:
            haystack = " ".join(
                (claim.quote, claim.sentence, claim.source or "", claim.via or "", claim.note)
            )
            return self._search in fold(haystack)
        return True
