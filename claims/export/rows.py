"""The rows every export shares: one per claim, the same columns everywhere."""

from __future__ import annotations

from claims.formatting import format_value
from claims.labels import ARTICLE_LABELS, STATUS_LABELS, field_label
from claims.model import Claim, Language, Sheet, Status

COLUMNS = (
    "id",
    "claim",
    "value",
    "unit",
    "source",
    "status",
    "note",
    "evidence",
    "checked_by",
    "checked_at",
    "sentence",
)
"""Column keys, in export order."""

COLUMN_FIELDS = {
    "id": "id",
    "claim": "quote",
    "value": "value",
    "unit": "unit",
    "source": "source",
    "status": "status",
    "note": "note",
    "evidence": "evidence",
    "checked_by": "checked_by",
    "checked_at": "checked_at",
    "sentence": "sentence",
}
"""The claim field each column holds (its heading comes from :mod:`claims.labels`)."""

HEADERS = {
    language: {column: field_label(field, language) for column, field in COLUMN_FIELDS.items()}
    for language in Language
}
"""Column headings per language, from the one label catalogue."""


def claim_row(claim: Claim, language: Language, page: int | None = None) -> dict[str, str]:
    """The export fields of one claim as text (value formatted for
    ``language``; the sentence followed by its page of the original
    document, "(p. 4)", when known)."""
    evidence = "\n".join(f"{e.url} ({e.title})" if e.title else e.url for e in claim.evidence)
    return {
        "id": claim.id,
        "claim": claim.quote,
        "value": format_value(claim, language),
        "unit": claim.unit or "",
        "source": claim.source or "",
        "status": STATUS_LABELS[language][claim.status],
        "note": claim.note,
        "evidence": evidence,
        "checked_by": claim.checked_by or "",
        "checked_at": claim.checked_at.isoformat() if claim.checked_at else "",
        "sentence": f"{claim.sentence} (p. {page})" if page else claim.sentence,
    }


def claim_rows(
    sheet: Sheet, language: Language, claims: list[Claim] | None = None
) -> list[dict[str, str]]:
    """One :func:`claim_row` per claim (``claims``, default all), in sheet order."""
    chosen = sheet.claims if claims is None else claims
    return [claim_row(c, language, sheet.article.page_at(c.span[0])) for c in chosen]


def status_counts(claims: list[Claim]) -> dict[Status, int]:
    """How many of ``claims`` have each status (every status, zeros included)."""
    counts = dict.fromkeys(Status, 0)
    for claim in claims:
        counts[claim.status] += 1
    return counts


def status_summary(sheet: Sheet, language: Language, claims: list[Claim] | None = None) -> str:
    """ "21 claims · 3 Verified · 1 False · 17 Unchecked" (zero counts left out),
    over ``claims`` (default all of the sheet's)."""
    chosen = sheet.claims if claims is None else claims
    if language is Language.FR:
        word = "affirmation" if len(chosen) < 2 else "affirmations"  # French: 0 and 1 singular
    else:
        word = "claim" if len(chosen) == 1 else "claims"
    parts = [f"{len(chosen)} {word}"]
    parts += [f"{n} {STATUS_LABELS[language][s]}" for s, n in status_counts(chosen).items() if n]
    return " · ".join(parts)


FACT_LABELS = ARTICLE_LABELS
"""The article header's labels (the catalogue's :data:`claims.labels.ARTICLE_LABELS`)."""


def article_title(sheet: Sheet, limit: int = 80) -> str:
    """The article's title, or its first line cut at a word before ``limit``."""
    if sheet.article.title:
        return sheet.article.title
    first = sheet.article.text.strip().split("\n", 1)[0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def article_facts(
    sheet: Sheet, language: Language, claims: list[Claim] | None = None
) -> list[tuple[str, str]]:
    """The header every export starts with: (label, text) for the article's
    title, URL, publisher, publication date and the counts by status; fields
    the sheet does not have are left out."""
    labels = FACT_LABELS[language]
    article = sheet.article
    facts = [(labels["title"], article_title(sheet))]
    if article.url:
        facts.append((labels["url"], article.url))
    if article.publisher:
        facts.append((labels["publisher"], article.publisher))
    if article.published:
        facts.append((labels["published"], article.published.isoformat()))
    facts.append((labels["claims"], status_summary(sheet, language, claims)))
    return facts
