"""The Qt table model over an open claim sheet's claims, and its proxy.

:class:`ClaimsTableModel` adapts ``Sheet.claims`` (a plain Python list of
pydantic claims) to Qt's model/view. It changes nothing by itself: an edit
made through ``setData`` goes to its :class:`ClaimEditor` (the document),
which pushes an undo command; the commands call back the model's store
methods (:meth:`ClaimsTableModel.apply`, ``insert_claim``, ``take_claim``,
``swap_contents``), the one place where the sheet's claims change and the
views hear of it. A claim is never changed in place: an edit puts a new,
validated claim object in its row.
"""

from __future__ import annotations

import enum
import struct
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from claims.editing import InputError, edited, parse_value, value_for_editing
from claims.extract.lexicon import fold
from claims.formatting import format_value
from claims.model import Article, Claim, Kind, Qualifier, Sheet, Status, check_anchor
from claims.periods import bounds
from gui.labels import field_label, kind_label, qualifier_label, status_label
from gui.status_style import status_brush

ClaimRole = Qt.ItemDataRole.UserRole
"""Role returning the :class:`~claims.model.Claim` of a row."""
SortRole = Qt.ItemDataRole.UserRole + 1
"""Role returning a sortable key (numbers as numbers, ids in numeric order,
dates and periods in calendar order)."""

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


FIELDS = {
    Column.ID: "id",
    Column.CLAIM: "quote",
    Column.KIND: "kind",
    Column.VALUE: "value",
    Column.UNIT: "unit",
    Column.QUALIFIER: "qualifier",
    Column.SOURCE: "source",
    Column.STATUS: "status",
    Column.NOTE: "note",
    Column.CHECKED_BY: "checked_by",
}
"""The claim field each column shows (its heading is the field's label)."""
EDITABLE = {
    Column.KIND,
    Column.VALUE,
    Column.UNIT,
    Column.QUALIFIER,
    Column.SOURCE,
    Column.STATUS,
    Column.NOTE,
}


class ClaimEditor(Protocol):
    """Where the model sends the edits typed in its cells (the document)."""

    def edit(self, claim_id: str, values: dict[str, Any], text: str) -> bool: ...

    def set_status(self, claim_ids: list[str], status: Status) -> int: ...

    def change_kind(self, claim_id: str, kind: Kind) -> bool: ...


def value_sort_key(claim: Claim) -> str:
    """A text that sorts values in order: claims without a value first, then
    figures by number, then dates and periods by calendar (first day, then
    last: "2025" before "2025-06" before "2025-Q3"). Text, so that the proxy
    compares keys in C++ however large the sheet."""
    value = claim.value
    if value is None:
        return "0"
    if isinstance(value, Decimal):
        bits = struct.unpack(">Q", struct.pack(">d", float(value)))[0]
        bits = bits ^ 0xFFFFFFFFFFFFFFFF if bits >> 63 else bits | 1 << 63  # IEEE order
        return f"1{bits:016x}"
    try:
        first, last = bounds(value)
    except ValueError:
        return "3" + value
    return f"2{first.isoformat()}{last.isoformat()}"


class ClaimsTableModel(QAbstractTableModel):
    """Rows are the sheet's claims; see :class:`Column` for the columns.

    Without an ``editor`` the model is read-only.

    Signals:
        claim_changed(str): a claim's fields changed (its id).
        claims_changed(): claims were added, removed or replaced.
    """

    claim_changed = Signal(str)
    claims_changed = Signal()

    def __init__(self, sheet: Sheet, editor: ClaimEditor | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._sheet = sheet
        self._editor = editor
        self._rows: dict[str, int] | None = None

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
                return field_label(FIELDS[Column(section)])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editor is not None and Column(index.column()) in EDITABLE:
            claim = self._sheet.claims[index.row()]
            if not (index.column() == Column.VALUE and claim.kind == "statement"):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sheet.claims):
            return None
        claim = self._sheet.claims[index.row()]
        column = Column(index.column())
        if role == ClaimRole:
            return claim
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(claim, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edited(claim, column)
        if role == SortRole:
            return self._sort_key(claim, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(claim)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATUS:
            return status_brush(claim.status).color()
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _edited(self, claim: Claim, column: Column) -> str:
        """What a cell editor starts from: the value as typed, a vocabulary's code."""
        if column is Column.VALUE:
            return value_for_editing(claim.value, self._sheet.article.language)
        vocabulary = {
            Column.STATUS: claim.status,
            Column.KIND: claim.kind,
            Column.QUALIFIER: claim.qualifier,
        }
        if column in vocabulary:
            return vocabulary[column].value
        if column is Column.NOTE:
            return claim.note
        return self._display(claim, column)

    def _tooltip(self, claim: Claim) -> str:
        parts = [claim.sentence]
        if claim.text_changed:
            parts.insert(
                0,
                self.tr(
                    "The article changed here since the sheet was saved: look again, "
                    "then mark the claim (the old words are in its history)."
                ),
            )
        if claim.source:
            parts.append(self.tr("Source: {0}").format(claim.source))
        if claim.via:
            parts.append(self.tr("Via: {0}").format(claim.via))
        if claim.note:
            parts.append(self.tr("Note: {0}").format(claim.note))
        return "\n".join(parts)

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
            return self._status_text(claim)
        if column is Column.KIND:
            return kind_label(claim.kind)
        if column is Column.UNIT:
            return claim.unit or ""
        if column is Column.QUALIFIER:
            return qualifier_label(claim.qualifier)
        if column is Column.NOTE:
            return " ".join(claim.note.split())
        return claim.checked_by or ""

    def _status_text(self, claim: Claim) -> str:
        """The status, and a warning when the article changed under the claim."""
        if claim.text_changed:
            return self.tr("⚠ {0}, text changed").format(status_label(claim.status))
        return status_label(claim.status)

    def _sort_key(self, claim: Claim, column: Column) -> Any:
        if column is Column.ID:
            digits = "".join(ch for ch in claim.id if ch.isdigit())
            return int(digits) if digits else 0
        if column is Column.VALUE:
            return value_sort_key(claim)
        if column is Column.STATUS:
            return list(Status).index(claim.status)
        return self._display(claim, column).casefold()

    def sources(self) -> list[str]:
        """The distinct sources of the sheet, sorted (for the source completer)."""
        return sorted({c.source for c in self._sheet.claims if c.source}, key=str.casefold)

    def row_of(self, claim_id: str) -> int:
        """The row of claim ``claim_id``; raise ``KeyError`` if it is not in the sheet."""
        if self._rows is None:
            self._rows = {claim.id: row for row, claim in enumerate(self._sheet.claims)}
        return self._rows[claim_id]

    def claim(self, claim_id: str) -> Claim:
        """The claim ``claim_id``; raise ``KeyError`` if it is not in the sheet."""
        return self._sheet.claims[self.row_of(claim_id)]

    # -- edits typed in a cell: sent to the editor -----------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._editor is None:
            return False
        claim = self._sheet.claims[index.row()]
        column = Column(index.column())
        try:
            if column is Column.STATUS:
                return self._editor.set_status([claim.id], Status(value)) > 0
            if column is Column.KIND:
                return self._editor.change_kind(claim.id, Kind(value))
            new = self._typed(claim, column, value)
        except (InputError, ValueError):
            return False
        if new is None:
            return False
        text = self.tr("Edit {0} of {1}").format(field_label(FIELDS[column]).lower(), claim.id)
        return self._editor.edit(claim.id, new, text)

    def _typed(self, claim: Claim, column: Column, value: Any) -> dict[str, Any] | None:
        """The field values typed in a cell of ``column``; raises ``ValueError``
        (:class:`~claims.editing.InputError`) when they cannot be read."""
        if column is Column.VALUE:
            return {"value": parse_value(str(value), claim.kind, self._sheet.article.language)}
        if column is Column.SOURCE:
            return {"source": str(value).strip() or None}
        if column is Column.QUALIFIER:
            return {"qualifier": Qualifier(value)}
        if column is Column.UNIT:
            return {"unit": str(value).strip() or None}
        if column is Column.NOTE:
            return {"note": str(value)}
        return None

    # -- the store the undo commands change (no undo entry here) ---------------
    def apply(self, claim_id: str, values: dict[str, Any]) -> None:
        """Put ``claim_id`` with ``values`` set in its row and notify the views.

        Raises ``ValueError`` when the values do not make a valid claim, and
        :class:`~claims.model.AnchorError` when a new span does not fit the
        article text (the claim is left as it was either way).
        """
        row = self.row_of(claim_id)
        claim = edited(self._sheet.claims[row], values)
        if "span" in values or "quote" in values:
            check_anchor(claim, self._sheet.article.text)
        self._sheet.claims[row] = claim
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self.claim_changed.emit(claim_id)

    def insert_claim(self, claim: Claim, row: int | None = None) -> int:
        """Insert ``claim`` at ``row`` (text order when ``None``); returns its row.
        Raises :class:`~claims.model.AnchorError` when it does not fit the text."""
        check_anchor(claim, self._sheet.article.text)
        claims = self._sheet.claims
        if row is None:
            row = next((r for r, c in enumerate(claims) if c.span > claim.span), len(claims))
        self.beginInsertRows(QModelIndex(), row, row)
        claims.insert(row, claim)
        self._rows = None
        self.endInsertRows()
        self.claims_changed.emit()
        return row

    def take_claim(self, claim_id: str) -> tuple[int, Claim]:
        """Remove claim ``claim_id``; returns its row and the claim."""
        row = self.row_of(claim_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        claim = self._sheet.claims.pop(row)
        self._rows = None
        self.endRemoveRows()
        self.claims_changed.emit()
        return row, claim

    def swap_contents(
        self, article: Article, claims: list[Claim], last_id: int
    ) -> tuple[Article, list[Claim]]:
        """Show ``claims`` and ``article`` in place of the sheet's (one model
        reset); ``last_id`` rises to at least ``last_id``. Returns the article
        and claims that were there. Raises ``ValueError`` (the sheet as it
        was) when they do not make a valid sheet with this one's text."""
        sheet = self._sheet
        if article.text != sheet.article.text:
            raise ValueError("a sheet can only be replaced by one of the same article text")
        Sheet.model_validate({**dict(sheet), "article": article, "claims": claims})
        self.beginResetModel()
        old = (sheet.article, list(sheet.claims))
        sheet.claims[:] = claims
        self._rows = None
        sheet.article = article
        if last_id > sheet.last_id:
            sheet.last_id = last_id
        self.endResetModel()
        self.claims_changed.emit()
        return old


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
