"""CSV export: UTF-8 (a byte order mark on request, for Excel), a comma
or, for Excel with French settings, a semicolon between fields, one header
row, RFC 4180 quoting with ``\\r\\n`` line ends (Python's ``csv``); newlines
inside a field are kept inside its quotes.

Cells that a spreadsheet would run as a formula get a leading apostrophe,
following OWASP's CSV injection guidance (see :func:`neutralise`): those
starting with ``=``, ``+``, ``-``, ``@``, tab, carriage return, line feed or
NUL, or a full-width ``＝``, ``＋``, ``－``, ``＠``, after any spaces and
invisible characters (no-break, ideographic or zero-width spaces, a byte
order mark), which Excel and LibreOffice skip. A value such as ``-1,75 %``
is shown as ``'-1,75 %`` in a text editor and as ``-1,75 %`` text in a
spreadsheet. Characters are classed by Python's ``unicodedata``.
"""

from __future__ import annotations

import csv
import io
import unicodedata

from claims.export.options import ExportOptions, Rendered
from claims.export.rows import COLUMNS, HEADERS, claim_rows
from claims.model import Sheet

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")
"""What starts a formula, in ASCII; their compatibility forms count too."""

SKIPPED_CATEGORIES = frozenset({"Zs", "Cf"})
"""Unicode categories a spreadsheet may skip before a formula: spaces
(no-break, narrow, ideographic...) and invisible format characters
(zero-width space, byte order mark, direction marks...)."""


def _is_trigger(char: str) -> bool:
    # NFKC maps the full-width ＝＋－＠ (and the small ﹦﹢﹣﹫) to ASCII.
    return unicodedata.normalize("NFKC", char).startswith(FORMULA_TRIGGERS)


def _is_skipped(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in SKIPPED_CATEGORIES


def neutralise(cell: str) -> str:
    """``cell`` made inert for spreadsheets (OWASP CSV injection): with a
    leading apostrophe when its first character that is not whitespace or
    an invisible format character (:data:`SKIPPED_CATEGORIES`) is one of
    :data:`FORMULA_TRIGGERS` in ASCII or compatibility (full-width) form; a
    tab, carriage return or line feed is a trigger wherever it comes among
    the leading spaces. Otherwise ``cell`` unchanged."""
    for char in cell:
        if _is_trigger(char):
            return "'" + cell
        if not _is_skipped(char):
            break
    return cell


def render(sheet: Sheet, options: ExportOptions) -> Rendered:
    """The chosen claims of ``sheet`` as CSV."""
    language = options.language_for(sheet)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=options.csv_delimiter, lineterminator="\r\n")
    writer.writerow([HEADERS[language][c] for c in COLUMNS])
    for row in claim_rows(sheet, language, options.claims(sheet)):
        writer.writerow([neutralise(row[c]) for c in COLUMNS])
    encoding = "utf-8-sig" if options.csv_bom else "utf-8"
    return Rendered(buffer.getvalue().encode(encoding))
