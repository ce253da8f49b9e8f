"""Markdown export: a header with the article and counts, then a GFM table.

Pipes are escaped and newlines inside a cell become ``<br>``, so each claim
stays on one line: a git diff shows one changed line per changed claim.
"""

from __future__ import annotations

from claims.export.rows import COLUMNS, HEADERS, claim_rows, status_summary
from claims.model import Language, Sheet


def _cell(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n").replace("\n", "<br>")
    )


def _shortened(text: str, limit: int) -> str:
    """``text`` cut at a word boundary before ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


def render(sheet: Sheet, language: Language) -> str:
    """The claim sheet as Markdown text."""
    article = sheet.article
    title = article.title or _shortened(article.text.split("\n", 1)[0], 80)
    # French typography: a (narrow) no-break space before the colon.
    heading = "Fiche de vérification\u202f:" if language is Language.FR else "Claim sheet:"
    lines = [f"# {heading} {_cell(title)}", ""]
    if article.url:
        lines.append(f"- URL: <{article.url}>")
    if article.publisher:
        lines.append(
            f"- {'Éditeur' if language is Language.FR else 'Publisher'}: {_cell(article.publisher)}"
        )
    if article.published:
        lines.append(
            f"- {'Publié le' if language is Language.FR else 'Published'}: {article.published.isoformat()}"
        )
    lines += [f"- {status_summary(sheet, language)}", ""]
    headers = HEADERS[language]
    lines.append("| " + " | ".join(headers[c] for c in COLUMNS) + " |")
    lines.append("|" + "|".join("---" for _ in COLUMNS) + "|")
    for row in claim_rows(sheet, language):
        lines.append("| " + " | ".join(_cell(row[c]) for c in COLUMNS) + " |")
    return "\n".join(lines) + "\n"
