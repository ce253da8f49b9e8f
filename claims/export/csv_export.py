"""CSV export: UTF-8, one header row, RFC 4180 quoting (Python's ``csv``).

Cells that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, tab or carriage return) get a leading apostrophe, following
OWASP's CSV injection guidance; a value such as ``-1,75 %`` is shown as
``'-1,75 %`` in a text editor and as ``-1,75 %`` text in a spreadsheet.
"""

from __future__ import annotations

import csv
import io

from claims.export.rows import COLUMNS, HEADERS, claim_rows
from claims.model import Language, Sheet

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """``cell`` made inert for spreadsheets (OWASP CSV injection)."""
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def render(sheet: Sheet, language: Language) -> str:
    """The claims of ``sheet`` as CSV text (``\\r\\n`` line ends, per RFC 4180)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([HEADERS[language][c] for c in COLUMNS])
    for row in claim_rows(sheet, language):
        writer.writerow([neutralise(row[c]) for c in COLUMNS])
    return buffer.getvalue()
