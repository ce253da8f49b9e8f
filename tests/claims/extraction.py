"""Helpers of the extraction tests: run the extractor on a snippet, find a claim."""

from __future__ import annotations

from decimal import Decimal

from claims.article import prepare_text
from claims.extract import extract_claims
from claims.model import Article, Claim, Kind, Language, Qualifier

NBSP = "\u00a0"
NNBSP = "\u202f"


def claims_of(text: str, language: Language | str) -> list[Claim]:
    """The claims the extractor finds in ``text`` (prepared as a file would be)."""
    return extract_claims(Article(language=Language(language), text=prepare_text(text)))


def figure_at(text: str, anchor: str, language: Language | str, nth: int = 1) -> Claim:
    """The one figure claim overlapping the ``nth`` occurrence of ``anchor``."""
    text = prepare_text(text)
    start = -1
    for _ in range(nth):
        start = text.index(anchor, start + 1)
    end = start + len(anchor)
    hits = [
        c
        for c in claims_of(text, language)
        if c.kind is not Kind.STATEMENT and c.span[0] < end and start < c.span[1]
    ]
    assert len(hits) == 1, f"expected one figure over {anchor!r}, got {hits}"
    return hits[0]


def expect(
    claim: Claim,
    kind: Kind,
    value: Decimal | str | int | None,
    unit: str | None = None,
    qualifier: Qualifier = Qualifier.EXACT,
    value_max: Decimal | str | int | None = None,
) -> None:
    """Assert the claim's kind, exact value, unit and qualifier."""

    def norm(v: Decimal | str | int | None) -> Decimal | str | None:
        return Decimal(v) if isinstance(v, int) else v

    got = (claim.kind, claim.value, claim.value_max, claim.unit, claim.qualifier)
    want = (kind, norm(value), norm(value_max), unit, qualifier)
    assert got == want, f"{claim.quote!r}: got {got}, want {want}"
