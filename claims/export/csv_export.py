"""CSV export: UTF-8 (a byte order mark on request, for Excel), a comma
or, for Excel with French settings, a semicolon between fields, one header
row, RFC 4180 quoting with ``\\r\\n`` line ends (Python's ``csv``); newlines
inside a field are kept inside its quotes.

Cells that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, tab, carriage return, line feed or NUL, spaces before them
included) get a leading apostrophe, following OWASP's CSV injection guidance; a value such as ``-1,75 %`` is shown as
``'-1,75 %`` in a text editor and as ``-1,75 %`` text in a spreadsheet.
"""

from __future__ import annotations

import csv
import io

from claims.export.options import ExportOptions, Rendered
from claims.export.rows import COLUMNS, HEADERS, claim_rows
from claims.model import Sheet

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")


def neutralise(cell: str) -> str:
    """``cell`` made inert for spreadsheets (OWASP CSV injection): a leading
    apostrophe when it starts with a trigger, even after spaces."""
    return "'" + cell if cell.lstrip(" ").startswith(FORMULA_TRIGGERS) else cell


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
