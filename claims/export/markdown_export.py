"""Markdown export: a header with the article and counts, then a GFM table.

Every text is literal: it can neither start a line of its own nor make a
link, an image, emphasis, code or raw HTML. Line breaks (every one
``str.splitlines`` knows: ``\\n``, ``\\r``, U+2028, U+2029, U+0085, vertical
tab, form feed...) become ``<br>`` inside a cell, so each claim stays on one
line and a git diff shows one changed line per changed claim, and a space in
the title and the article's facts. ``<``, ``>`` and ``&`` are written as HTML
entities (Markdown renderers pass raw HTML through), and the characters of
Markdown's inline syntax, ``\\ ` * _ [ ] ( ) ! | ~``, are escaped with a
backslash (CommonMark lets any ASCII punctuation be escaped so).

Only ``http``/``https`` addresses (:func:`claims.links.is_web_url`) become
links, as autolinks ``<URL>``: such an address holds no space, control
character, ``<`` or ``>``, so it cannot end its autolink early. Any other
address (``javascript:``, ``data:``...) is shown as escaped text.
"""

from __future__ import annotations

import re
from html import escape

from claims.export.options import ExportOptions, Rendered
from claims.export.rows import COLUMNS, HEADERS, article_facts, article_title, claim_rows
from claims.links import is_web_url
from claims.model import Language, Sheet

INLINE_SYNTAX = re.compile(r"[\\`*_\[\]()!|~]")
"""The characters that start Markdown inline syntax (GFM tables and
strikethrough included), escaped with a backslash in every text."""


def _literal(line: str) -> str:
    """One line of text as Markdown that renders as exactly that text."""
    return INLINE_SYNTAX.sub(lambda m: "\\" + m.group(), escape(line, quote=False))


def _cell(text: str) -> str:
    """``text`` as literal Markdown in a table cell, every line break a ``<br>``."""
    return "<br>".join(_literal(line) for line in text.splitlines())


def _line(text: str) -> str:
    """``text`` as literal Markdown on one line (a title, a fact): line breaks become spaces."""
    return " ".join(_literal(line) for line in text.splitlines())


def render(sheet: Sheet, options: ExportOptions) -> Rendered:
    """The chosen claims of ``sheet`` as a Markdown document."""
    language = options.language_for(sheet)
    claims = options.claims(sheet)
    # French typography: a (narrow) no-break space before the colon.
    heading = "Fiche de vérification\u202f:" if language is Language.FR else "Claim sheet:"
    lines = [f"# {heading} {_line(article_title(sheet))}", ""]
    colon = "\u202f:" if language is Language.FR else ":"
    for label, text in article_facts(sheet, language, claims)[1:]:
        shown = f"<{text}>" if is_web_url(text) else _line(text)
        lines.append(f"- {label}{colon} {shown}")
    lines.append("")
    headers = HEADERS[language]
    lines.append("| " + " | ".join(headers[c] for c in COLUMNS) + " |")
    lines.append("|" + "|".join("---" for _ in COLUMNS) + "|")
    for row in claim_rows(sheet, language, claims):
        lines.append("| " + " | ".join(_cell(row[c]) for c in COLUMNS) + " |")
    return Rendered(("\n".join(lines) + "\n").encode("utf-8"))
