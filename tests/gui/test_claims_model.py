"""The claims table model: Qt's model tester, cell edits through the
document's undo stack, sorting."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from claims.article import read_article
from claims.extract import extract_sheet
from claims.model import Article, Claim, Kind, Language, Sheet, Status
from claims.sheet import dump_sheet
from gui.claims_model import ClaimRole, ClaimsProxyModel, ClaimsTableModel, Column
from gui.document import SheetDocument

_DOCUMENTS: list[SheetDocument] = []


def make_model(sample_path: Path) -> tuple[ClaimsTableModel, QUndoStack]:
    """The model of a new (unsaved) document on the sample, and its undo stack."""
    sheet = extract_sheet(read_article(sample_path))
    document = SheetDocument(sheet, Path("unsaved.claims.yaml"), saved=False, checker="Camille")
    _DOCUMENTS.append(document)  # the model lives as long as its document
    return document.model, document.undo_stack


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, sample_path: Path) -> None:
    model, _stack = make_model(sample_path)
    qtmodeltester.check(model)
    proxy = ClaimsProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_set_status_is_undoable(qtbot: object, sample_path: Path) -> None:
    model, stack = make_model(sample_path)
    index = model.index(0, Column.STATUS)
    assert model.setData(index, Status.VERIFIED.value)
    claim = index.data(ClaimRole)
    assert claim.status is Status.VERIFIED
    assert claim.checked_by == "Camille"
    assert claim.checked_at is not None and claim.checked_at.tzinfo is not None
    stack.undo()
    claim = index.data(ClaimRole)  # an edit puts a new claim object in the row
    assert claim.status is Status.UNCHECKED
    assert claim.checked_by is None and claim.checked_at is None


def test_value_accepts_french_decimal_comma_and_dot(sample_path: Path) -> None:
    model, stack = make_model(sample_path)
    row = next(r for r, c in enumerate(model.sheet.claims) if c.quote == "111,97 dollars")
    index = model.index(row, Column.VALUE)
    assert index.data(Qt.ItemDataRole.EditRole) == "111,97"
    assert model.setData(index, "32,58")
    assert model.sheet.claims[row].value == Decimal("32.58")
    assert model.setData(index, "32.579")
    assert model.sheet.claims[row].value == Decimal("32.579")
    assert not model.setData(index, "abc")
    assert model.sheet.claims[row].value == Decimal("32.579")
    stack.undo()
    stack.undo()
    assert model.sheet.claims[row].value == Decimal("111.97")


def test_data_changed_emitted_on_edit(qtbot: object, sample_path: Path) -> None:
    model, _stack = make_model(sample_path)
    with qtbot.waitSignal(model.dataChanged) as blocker:  # type: ignore[attr-defined]
        model.setData(model.index(2, Column.SOURCE), "Bloomberg")
    assert blocker.args[0].row() == 2
    assert model.index(2, Column.SOURCE).data() == "Bloomberg"


def test_proxy_sorts_ids_numerically(sample_path: Path) -> None:
    model, _stack = make_model(sample_path)
    proxy = ClaimsProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.ID, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, Column.ID).data() == f"c{model.rowCount()}"


def test_undo_and_redo_restore_the_exact_sheet(sample_path: Path) -> None:
    model, stack = make_model(sample_path)
    before = dump_sheet(model.sheet)
    model.setData(model.index(3, Column.SOURCE), "Counterpoint Research")
    assert model.setData(model.index(4, Column.VALUE), "0,4")
    model.setData(model.index(model.row_of("c1"), Column.STATUS), "false")
    model.setData(model.index(model.row_of("c2"), Column.STATUS), "false")
    model.setData(model.index(model.row_of("c3"), Column.STATUS), "false")
    after = dump_sheet(model.sheet)
    assert after != before
    history = model.sheet.claim("c1").history
    assert [(h.field, h.old, h.new, h.by) for h in history] == [
        ("status", "unchecked", "false", "Camille")
    ]
    while stack.canUndo():
        stack.undo()
    assert dump_sheet(model.sheet) == before
    while stack.canRedo():
        stack.redo()
    assert dump_sheet(model.sheet) == after


def test_an_edit_updates_its_row_only(qtbot: object, sample_path: Path) -> None:
    model, _stack = make_model(sample_path)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged) as blocker:  # type: ignore[attr-defined]
        model.setData(model.index(model.row_of("c5"), Column.STATUS), "verified")
    top, bottom = blocker.args[0], blocker.args[1]
    assert top.row() == bottom.row() == model.row_of("c5")
    assert resets == []


def test_every_field_column_is_editable(sample_path: Path) -> None:
    model, stack = make_model(sample_path)
    row = model.row_of("c11")  # au moins 380 milliards de yuans
    assert model.setData(model.index(row, Column.QUALIFIER), "approx")
    assert model.setData(model.index(row, Column.UNIT), " yuans ")
    assert model.setData(model.index(row, Column.NOTE), "Engagement, pas dépense.")
    assert model.setData(model.index(row, Column.KIND), "count")
    claim = model.sheet.claim("c11")
    assert (claim.qualifier.value, claim.unit, claim.note, claim.kind.value) == (
        "approx",
        "yuans",
        "Engagement, pas dépense.",
        "count",
    )
    assert model.index(row, Column.QUALIFIER).data() == "about"
    # A date cannot hold 380e9: the kind changes and the value goes, in one step
    # (as in the detail form).
    assert model.setData(model.index(row, Column.KIND), "date")
    assert (model.sheet.claim("c11").kind.value, model.sheet.claim("c11").value) == ("date", None)
    stack.undo()
    assert model.sheet.claim("c11").value == Decimal(380_000_000_000)
    for _ in range(4):
        stack.undo()
    assert model.sheet.claim("c11").qualifier.value == "at_least"


def test_sources_offered_by_the_completer(sample_path: Path) -> None:
    model, _stack = make_model(sample_path)
    assert model.sources() == sorted(
        {c.source for c in model.sheet.claims if c.source}, key=str.casefold
    )
    assert "Alibaba" in model.sources()


def test_a_model_without_an_editor_is_read_only(sample_path: Path) -> None:
    model = ClaimsTableModel(extract_sheet(read_article(sample_path)))
    index = model.index(0, Column.SOURCE)
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "Bloomberg")


def test_value_column_sorts_numbers_then_dates_in_calendar_order(qtbot: QtBot) -> None:
    text = "En 2025, puis en juin 2024, au T3 2024 : 12 %, 3 millions, -4 %, au 2e semestre 2024."
    sheet = Sheet(article=Article(language=Language.FR, text=text))
    claims = []
    for number, (quote, kind, value) in enumerate(
        [
            ("2025", Kind.PERIOD, "2025"),
            ("juin 2024", Kind.PERIOD, "2024-06"),
            ("T3 2024", Kind.PERIOD, "2024-Q3"),
            ("12 %", Kind.PERCENT, Decimal(12)),
            ("3 millions", Kind.COUNT, Decimal(3_000_000)),
            ("-4 %", Kind.PERCENT, Decimal(-4)),
            ("2e semestre 2024", Kind.PERIOD, "2024-H2"),
        ],
        start=1,
    ):
        start = text.index(quote)
        claims.append(
            Claim(
                id=f"c{number}",
                quote=quote,
                span=(start, start + len(quote)),
                kind=kind,
                value=value,
            )
        )
    sheet.claims = sorted(claims, key=lambda c: c.span)
    model = ClaimsTableModel(sheet)
    proxy = ClaimsProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.VALUE, Qt.SortOrder.AscendingOrder)
    quotes = [proxy.index(r, Column.CLAIM).data() for r in range(proxy.rowCount())]
    assert quotes == [
        "-4 %",
        "12 %",
        "3 millions",
        "juin 2024",
        "T3 2024",
        "2e semestre 2024",
        "2025",
    ]
