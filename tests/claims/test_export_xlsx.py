"""XLSX export, read back with openpyxl."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook

from claims.export import ExportOptions, export_sheet, render
from claims.model import Language, Sheet
from tests.claims.conftest import INJECTION, SCRIPT_NOTE


def test_claims_sheet(checked_sheet: Sheet, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_sheet(checked_sheet, "xlsx", path)
    book = load_workbook(path)
    assert book.sheetnames == ["Affirmations", "Article"]
    ws = book["Affirmations"]
    header = [cell.value for cell in ws[1]]
    assert header[:3] == ["ID", "Affirmation", "Valeur"]
    assert ws["A1"].font.bold
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:L{len(checked_sheet.claims) + 1}"
    assert ws.column_dimensions["K"].width == 60  # the sentence
    assert ws.max_row == len(checked_sheet.claims) + 1
    column = {name: index + 1 for index, name in enumerate(header)}
    assert ws.cell(2, column["Statut"]).value == "Vérifié"
    assert ws.cell(2, column["Statut"]).fill.start_color.rgb.endswith("D3F1DD")
    evidence = ws.cell(2, column["Preuves"])
    assert evidence.hyperlink.target == "https://example.org/rapport"
    assert "Rapport « annuel » 2024" in evidence.value
    assert ws.cell(5, column["Preuves"]).hyperlink is None  # javascript: is not a link
    assert ws.cell(4, column["Note de vérification"]).value == SCRIPT_NOTE


def test_injection_guard(checked_sheet: Sheet) -> None:
    book = load_workbook(io.BytesIO(render(checked_sheet, "xlsx").data))
    note = book.active.cell(3, 7)
    assert note.value == "'" + INJECTION
    assert note.data_type == "s"  # text, never a formula
    assert note.quotePrefix


def test_value_as_a_number_and_article_sheet(checked_sheet: Sheet) -> None:
    options = ExportOptions(language=Language.EN)
    book = load_workbook(io.BytesIO(render(checked_sheet, "xlsx", options).data))
    ws = book["Claims"]
    header = [cell.value for cell in ws[1]]
    assert header[-1] == "Value (number)"
    money = next(
        row for row in ws.iter_rows(min_row=2) if row[1].value == "32,58 milliards de dollars"
    )
    assert money[-1].value == 32.58e9
    article = {row[0].value: row[1].value for row in book["Article"].iter_rows() if row[0].value}
    assert article["URL"] == "https://example.org/articles/alibaba-cloud"
    assert article["Published"] == "2024-10-16"
    assert article["Verified"] == 1
    assert article["Unchecked"] == len(checked_sheet.claims) - 5
