"""Check-worthy statements: superlatives, records, comparisons, attributed quotes."""

from __future__ import annotations

import pytest

from claims.model import Claim, Kind
from tests.claims.extraction import claims_of


def statements(text: str, lang: str) -> list[Claim]:
    return [c for c in claims_of(text, lang) if c.kind is Kind.STATEMENT]


@pytest.mark.parametrize(
    ("lang", "text", "quote"),
    [
        (
            "fr",
            "Alibaba Cloud est le plus grand fournisseur de services cloud chinois, avec une part élevée.",
            "le plus grand fournisseur de services cloud chinois",
        ),
        ("fr", "Les ventes ont atteint un niveau record en mai.", "niveau record"),
        (
            "fr",
            "C'est la première usine de ce type en Europe.",
            "la première usine de ce type en Europe",
        ),
        ("en", "Exports hit a record high in March.", "a record high"),
        ("en", "It is the first carmaker to sign the pact.", "the first carmaker to sign the pact"),
        (
            "en",
            "It is the only bank to have passed the test.",
            "the only bank to have passed the test",
        ),
        (
            "en",
            "Veltris is the largest employer in the region.",
            "the largest employer in the region",
        ),
        ("fr", "Les Français consomment plus que l'an dernier.", "plus que l'an dernier"),
        ("en", "Households now save less than before the crisis.", "less than before the crisis"),
    ],
)
def test_statement(lang: str, text: str, quote: str) -> None:
    assert quote in [c.quote for c in statements(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "quote", "source"),
    [
        (
            "fr",
            "« Nous n'avons jamais autant investi dans la recherche », a affirmé Claire Dubois.",
            "Nous n'avons jamais autant investi dans la recherche",
            "Claire Dubois",
        ),
        (
            "en",
            "“We have never invested so much in research,” said Claire Dubois.",
            "We have never invested so much in research,",
            "Claire Dubois",
        ),
    ],
)
def test_quote_attributed_to_a_named_person(lang: str, text: str, quote: str, source: str) -> None:
    found = {c.quote: c.source for c in statements(text, lang)}
    assert found.get(quote) == source, found
