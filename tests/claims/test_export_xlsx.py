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
    checked_sheet.claims[3].note = "-1,75 %"
    book = load_workbook(io.BytesIO(render(checked_sheet, "xlsx").data))
    note = book.active.cell(3, 7)
    assert note.value == INJECTION  # shown as written...
    assert note.data_type == "s"  # ...as text, never a formula...
    assert note.quotePrefix  # ...even once edited in Excel
    assert book.active.cell(5, 7).value == "-1,75 %"


def test_control_characters_and_huge_notes_are_stored_and_reported(
    checked_sheet: Sheet,
) -> None:
    # Reported: a vertical tab (pasted from Word) crashed the export, and a
    # 40,000-character note was cut without a word.
    checked_sheet.claims[0].note = "a\vb\x0cc"
    checked_sheet.claims[1].note = "x" * 40_000
    rendered = render(checked_sheet, "xlsx")
    ws = load_workbook(io.BytesIO(rendered.data)).active
    assert ws.cell(2, 7).value == "a\ufffdb\ufffdc"
    assert len(ws.cell(3, 7).value) == 32_767
    assert ws.cell(3, 7).value.endswith("…")
    assert any("claim c1: note: control characters" in n for n in rendered.notes)
    assert any("claim c2: note: cut to Excel's 32,767" in n for n in rendered.notes)


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
