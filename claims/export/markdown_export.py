"""Markdown export: a header with the article and counts, then a GFM table.

Pipes are escaped and line breaks inside a cell become ``<br>``, so each
claim stays on one line: a git diff shows one changed line per changed
claim. ``<``, ``>`` and ``&`` are escaped, as Markdown renderers pass raw
HTML through.
"""

from __future__ import annotations

from html import escape

from claims.export.options import ExportOptions, Rendered
from claims.export.rows import COLUMNS, HEADERS, article_facts, article_title, claim_rows
from claims.links import is_web_url
from claims.model import Language, Sheet


def _cell(text: str) -> str:
    """``text`` safe in a table cell: HTML escaped (Markdown passes raw HTML
    through), backslashes and pipes escaped, every line break a ``<br>``."""
    text = escape(text, quote=False).replace("\\", "\\\\").replace("|", "\\|")
    return "<br>".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def render(sheet: Sheet, options: ExportOptions) -> Rendered:
    """The chosen claims of ``sheet`` as a Markdown document."""
    language = options.language_for(sheet)
    claims = options.claims(sheet)
    # French typography: a (narrow) no-break space before the colon.
    heading = "Fiche de vérification\u202f:" if language is Language.FR else "Claim sheet:"
    lines = [f"# {heading} {_cell(article_title(sheet))}", ""]
    colon = "\u202f:" if language is Language.FR else ":"
    for label, text in article_facts(sheet, language, claims)[1:]:
        shown = f"<{text}>" if is_web_url(text) else _cell(text)
        lines.append(f"- {label}{colon} {shown}")
    lines.append("")
    headers = HEADERS[language]
    lines.append("| " + " | ".join(headers[c] for c in COLUMNS) + " |")
    lines.append("|" + "|".join("---" for _ in COLUMNS) + "|")
    for row in claim_rows(sheet, language, claims):
        lines.append("| " + " | ".join(_cell(row[c]) for c in COLUMNS) + " |")
    return Rendered(("\n".join(lines) + "\n").encode("utf-8"))
