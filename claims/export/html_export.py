"""HTML export: one standalone file (styles inline, no scripts, no fetches)
for an editor's browser or printer.

It holds the article's facts and the counts by status, the claims table with
a badge per status, and the article text with each exported claim marked and
numbered by its id, linked to its row, with a sign for its status
(✓ verified, ✗ false, ! misleading, ? inconclusive, … in progress,
○ unchecked) so that it reads in black and white. Every text from the sheet goes through
:func:`html.escape`; links are made only of ``http``/``https`` URLs, so a
``javascript:`` evidence URL stays plain text. The markup keeps to what Qt's
rich text understands (``div``, ``table``, ``span``, class selectors), so the
PDF export prints this same document.
"""

from __future__ import annotations

from html import escape

from claims.export.options import ExportOptions, Rendered
from claims.export.rows import COLUMNS, HEADERS, STATUS_LABELS, article_facts, article_title
from claims.formatting import format_value
from claims.links import is_web_url
from claims.model import Claim, Language, Sheet, Status

STATUS_COLOURS = {
    Status.UNCHECKED: ("#fdf1c4", "#8a6d00"),
    Status.IN_PROGRESS: ("#d8e7ff", "#1d4f9c"),
    Status.VERIFIED: ("#d3f1dd", "#17643a"),
    Status.FALSE: ("#fbd3d3", "#9b1c1c"),
    Status.MISLEADING: ("#fde2c8", "#924a0b"),
    Status.INCONCLUSIVE: ("#e4e4e4", "#444444"),
}
"""Status -> (background, text and border colour) of badges and marks."""

UNDERLINES = {
    Status.UNCHECKED: "dotted",
    Status.IN_PROGRESS: "dashed",
    Status.VERIFIED: "solid",
    Status.FALSE: "double",
    Status.MISLEADING: "double",
    Status.INCONCLUSIVE: "dashed",
}
"""Status -> underline style in browsers (Qt's rich text, and so the PDF,
ignores it: the sign after each mark's id is what reads without colour)."""

SIGNS = {
    Status.UNCHECKED: "○",
    Status.IN_PROGRESS: "…",
    Status.VERIFIED: "✓",
    Status.FALSE: "✗",
    Status.MISLEADING: "!",
    Status.INCONCLUSIVE: "?",
}
"""Status -> the sign printed after a mark's id and in its badge, so the
status reads in black and white."""

COLUMN_WIDTHS = {
    "id": 3,
    "claim": 11,
    "value": 7,
    "unit": 5,
    "source": 8,
    "status": 10,
    "note": 14,
    "evidence": 10,
    "checked_by": 7,
    "checked_at": 7,
    "sentence": 18,
}
"""Column widths in percent of the table (browsers and Qt's rich text alike)."""

TITLES = {Language.EN: "Claim sheet", Language.FR: "Fiche de vérification"}
ARTICLE = {Language.EN: "The article", Language.FR: "L’article"}


def _css() -> str:
    rules = [
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #111; }",
        "h1 { font-size: 16pt; margin-bottom: 0.3em; }",
        "h2 { font-size: 13pt; margin-top: 1.2em; }",
        "table.facts td { padding: 1px 8px 1px 0; vertical-align: top; }",
        "table.facts td.label { font-weight: bold; }",
        "table.claims { border-collapse: collapse; width: 100%; font-size: 8pt; }",
        "table.claims th, table.claims td { border: 1px solid #999; padding: 3px 4px;"
        " vertical-align: top; text-align: left; }",
        "table.claims th { background-color: #eeeeee; }",
        "tr { page-break-inside: avoid; }",
        ".badge { font-weight: bold; padding: 1px 4px; white-space: nowrap; }",
        ".sentence { color: #444; }",
        ".article p { line-height: 150%; margin: 0 0 0.6em 0; }",
        "sup { font-size: 7pt; }",
        "@media print { body { margin: 0; } a { color: #111; } }",
    ]
    for status, (background, ink) in STATUS_COLOURS.items():
        rules.append(
            f".s-{status.value} {{ background-color: {background}; color: {ink};"
            f" border-bottom: 2px {UNDERLINES[status]} {ink}; }}"
        )
    return "\n".join(rules)


def _text(text: str) -> str:
    """Escaped text with its line breaks kept."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def _link(url: str, label: str | None = None) -> str:
    """A link for an ``http(s)`` URL; any other URL is shown as text, beside
    its label."""
    if is_web_url(url):
        return f'<a href="{escape(url, quote=True)}">{escape(label or url)}</a>'
    return escape(f"{label} ({url})" if label else url)


def _badge(status: Status, language: Language) -> str:
    label = escape(f"{SIGNS[status]} {STATUS_LABELS[language][status]}").replace(" ", "&nbsp;")
    return f'<span class="badge s-{status.value}">{label}</span>'


def _claim_cells(claim: Claim, language: Language) -> dict[str, str]:
    evidence = "<br>".join(_link(e.url, e.title or None) for e in claim.evidence)
    return {
        "id": f'<a name="claim-{escape(claim.id)}"></a>{escape(claim.id)}',
        "claim": _text(claim.quote),
        "value": escape(format_value(claim, language)),
        "unit": escape(claim.unit or ""),
        "source": escape(claim.source or ""),
        "status": _badge(claim.status, language),
        "note": _text(claim.note),
        "evidence": evidence,
        "checked_by": escape(claim.checked_by or ""),
        "checked_at": escape(
            claim.checked_at.isoformat(sep=" ", timespec="minutes") if claim.checked_at else ""
        ),
        "sentence": f'<span class="sentence">{_text(claim.sentence)}</span>',
    }


def _marked_article(text: str, claims: list[Claim], language: Language) -> str:
    """The article as paragraphs, each claim's span marked and followed by
    its id; a claim overlapping one already marked gets its id only."""
    paragraphs: list[str] = []
    start = 0
    ordered = sorted(claims, key=lambda c: (c.span[0], -c.span[1]))
    for line in text.split("\n"):
        end = start + len(line)
        out: list[str] = []
        cursor = start
        for claim in ordered:
            c_start, c_end = max(claim.span[0], start), min(claim.span[1], end)
            if claim.span[0] < start or claim.span[0] >= end:
                continue  # starts in another paragraph
            label = STATUS_LABELS[language][claim.status]
            tag = (
                f'<sup><a href="#claim-{escape(claim.id)}">{escape(claim.id)}</a>'
                f"&nbsp;{SIGNS[claim.status]}</sup>"
            )
            if c_start < cursor:  # overlaps the previous mark
                out.append(tag)
                continue
            out.append(escape(text[cursor:c_start]))
            out.append(
                f'<span class="s-{claim.status.value}" title="{escape(label, quote=True)}">'
                f"{escape(text[c_start:c_end])}</span>{tag}"
            )
            cursor = c_end
        out.append(escape(text[cursor:end]))
        if line.strip():
            paragraphs.append("<p>" + "".join(out) + "</p>")
        start = end + 1
    return "\n".join(paragraphs)


def render(sheet: Sheet, options: ExportOptions) -> Rendered:
    """The chosen claims of ``sheet`` as one standalone HTML document."""
    language = options.language_for(sheet)
    claims = options.claims(sheet)
    colon = "\u202f:" if language is Language.FR else ":"
    title = f"{TITLES[language]}{colon} {article_title(sheet)}"
    facts = []
    for label, value in article_facts(sheet, language, claims)[1:]:
        shown = _link(value) if is_web_url(value) else escape(value)
        facts.append(f'<tr><td class="label">{escape(label)}</td><td>{shown}</td></tr>')
    counts = " ".join(
        f"{_badge(s, language)}&nbsp;{sum(c.status is s for c in claims)}"
        for s in Status
        if any(c.status is s for c in claims)
    )
    header = "".join(
        f'<th width="{COLUMN_WIDTHS[c]}%">{escape(HEADERS[language][c])}</th>' for c in COLUMNS
    )
    rows = []
    for claim in claims:
        cells = _claim_cells(claim, language)
        rows.append("<tr>" + "".join(f"<td>{cells[c]}</td>" for c in COLUMNS) + "</tr>")
    html = f"""<!DOCTYPE html>
<html lang="{language.value}">
<head>
<meta charset="utf-8">
<meta name="generator" content="ClaimDesk">
<title>{escape(title)}</title>
<style>
{_css()}
</style>
</head>
<body>
<h1>{escape(title)}</h1>
<table class="facts">
{chr(10).join(facts)}
</table>
<p>{counts}</p>
<table class="claims" cellspacing="0" cellpadding="3" border="1" width="100%">
<thead><tr>{header}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<h2>{escape(ARTICLE[language])}</h2>
<div class="article" lang="{sheet.article.language.value}">
{_marked_article(sheet.article.text, claims, language)}
</div>
</body>
</html>
"""
    return Rendered(html.encode("utf-8"))
