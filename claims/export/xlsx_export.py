"""XLSX export with openpyxl (the well-kept pure-Python reader and writer of
Office Open XML workbooks; no spreadsheet code of our own).

Sheet "Claims"/"Affirmations": a bold, frozen header row with an auto-filter,
fitted column widths, status cells filled with the status colour, evidence as
hyperlinks (the first link of a claim is the cell's hyperlink; all are listed
in the cell), and the value also as a plain number for sorting and sums.
Sheet "Article": the article's facts and the counts by status.

The injection guard is Excel's own: every text cell is a string cell (never
a formula, whatever it starts with) with the quote prefix set, so
``=HYPERLINK(...)`` in a note stays text even after someone edits the cell
in Excel. Unlike the CSV, no apostrophe is added to the text: editors see
"-1,75 %" as written. Characters a workbook cannot hold (control
characters such as the vertical tab Word pastes) become U+FFFD, and text over
Excel's 32,767 characters per cell is cut with "…"; both are reported in the
export's notes with the claim.
"""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from claims.export.html_export import STATUS_COLOURS
from claims.export.options import ExportOptions, Rendered
from claims.export.rows import (
    COLUMNS,
    HEADERS,
    STATUS_LABELS,
    article_facts,
    claim_row,
    status_counts,
)
from claims.links import is_web_url
from claims.model import Language, Sheet

SHEET_NAMES = {
    Language.EN: ("Claims", "Article", "Value (number)", "Count"),
    Language.FR: ("Affirmations", "Article", "Valeur (nombre)", "Nombre"),
}
WIDTHS = {
    "id": 6,
    "claim": 30,
    "value": 16,
    "unit": 10,
    "source": 18,
    "status": 14,
    "note": 40,
    "evidence": 40,
    "checked_by": 14,
    "checked_at": 20,
    "sentence": 60,
}
"""Column widths in characters."""


MAX_CELL_CHARACTERS = 32_767
"""Excel's limit on the characters of one cell."""


def _storable(text: str, where: str, notes: list[str]) -> str:
    """``text`` as a workbook can hold it; what had to change goes to ``notes``."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)
        notes.append(f"{where}: control characters replaced by U+FFFD")
    if len(text) > MAX_CELL_CHARACTERS:
        notes.append(
            f"{where}: cut to Excel's {MAX_CELL_CHARACTERS:,} characters per cell "
            f"(was {len(text):,})"
        )
        text = text[: MAX_CELL_CHARACTERS - 1] + "…"
    return text


def _text_cell(
    sheet: Worksheet, row: int, column: int, text: str, notes: list[str], where: str = ""
) -> Cell:
    cell: Cell = sheet.cell(row=row, column=column)
    cell.value = _storable(text, where or f"cell {get_column_letter(column)}{row}", notes)
    cell.data_type = "s"  # never a formula, whatever the text starts with
    cell.quotePrefix = True
    return cell


def _claims_sheet(book: Workbook, sheet: Sheet, options: ExportOptions, notes: list[str]) -> None:
    language = options.language_for(sheet)
    names = SHEET_NAMES[language]
    ws: Worksheet = book.active
    ws.title = names[0]
    columns = [*COLUMNS, "number"]
    bold = Font(bold=True)
    for col, key in enumerate(columns, start=1):
        title = names[2] if key == "number" else HEADERS[language][key]
        _text_cell(ws, 1, col, title, notes).font = bold
        ws.column_dimensions[get_column_letter(col)].width = WIDTHS.get(key, 14)
    wrap = Alignment(wrap_text=True, vertical="top")
    link_font = Font(color="0563C1", underline="single")
    for row, claim in enumerate(options.claims(sheet), start=2):
        texts = claim_row(claim, language)
        for col, key in enumerate(COLUMNS, start=1):
            cell = _text_cell(ws, row, col, texts[key], notes, f"claim {claim.id}: {key}")
            cell.alignment = wrap
            if key == "status":
                background = "FF" + STATUS_COLOURS[claim.status][0].lstrip("#").upper()
                cell.fill = PatternFill("solid", start_color=background, end_color=background)
            elif key == "evidence":
                links = [e.url for e in claim.evidence if is_web_url(e.url)]
                if links:
                    cell.hyperlink = links[0]
                    cell.font = link_font
        if isinstance(claim.value, Decimal) and claim.value.is_finite():
            ws.cell(row=row, column=len(columns), value=float(claim.value))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(ws.max_row, 1)}"


def _article_sheet(book: Workbook, sheet: Sheet, options: ExportOptions, notes: list[str]) -> None:
    language = options.language_for(sheet)
    names = SHEET_NAMES[language]
    claims = options.claims(sheet)
    ws: Worksheet = book.create_sheet(names[1])
    bold = Font(bold=True)
    row = 1
    for label, value in article_facts(sheet, language, claims):
        _text_cell(ws, row, 1, label, notes).font = bold
        cell = _text_cell(ws, row, 2, value, notes, f"article: {label}")
        if is_web_url(value):
            cell.hyperlink = value
        row += 1
    row += 1
    _text_cell(ws, row, 1, HEADERS[language]["status"], notes).font = bold
    _text_cell(ws, row, 2, names[3], notes).font = bold
    for status, count in status_counts(claims).items():
        row += 1
        _text_cell(ws, row, 1, STATUS_LABELS[language][status], notes)
        ws.cell(row=row, column=2, value=count)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 80


def render(sheet: Sheet, options: ExportOptions) -> Rendered:
    """The chosen claims of ``sheet`` as an XLSX workbook (bytes)."""
    book = Workbook()
    notes: list[str] = []
    _claims_sheet(book, sheet, options, notes)
    _article_sheet(book, sheet, options, notes)
    buffer = io.BytesIO()
    book.save(buffer)
    return Rendered(buffer.getvalue(), notes)
