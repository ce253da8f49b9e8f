"""Extraction on English text of the same kind as the sample."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.article import prepare_text
from claims.extract import extract_claims
from claims.model import Article, Claim, Kind, Language, Qualifier

PARAGRAPH = (
    "In May, Alibaba said fourth-quarter revenue rose 7% to $32.58 billion, missing the "
    "$33.08 billion consensus of analysts.\nThe company has invested at least 380 billion yuan "
    "($52 billion) in cloud computing over the next three years, adding to its 29 data centers.\n"
    "BABA shares fell 1.75% to $111.97 on Wednesday. According to reports, Alibaba Cloud is the "
    "largest cloud provider in China, with more than a third of the market.\nIt plans a second "
    "data center in South Korea by June 2025."
)


def claims_of(text: str, language: Language = Language.EN) -> list[Claim]:
    return extract_claims(Article(language=language, text=prepare_text(text)))


def find(claims: list[Claim], text: str, anchor: str) -> Claim:
    start = text.index(anchor)
    end = start + len(anchor)
    hits = [
        c for c in claims if c.span[0] < end and start < c.span[1] and c.kind is not Kind.STATEMENT
    ]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


@pytest.mark.parametrize(
    ("anchor", "kind", "value", "unit", "qualifier", "source"),
    [
        ("rose 7%", Kind.PERCENT, Decimal(7), "%", Qualifier.EXACT, "Alibaba"),
        ("$32.58 billion", Kind.MONEY, Decimal("32580000000"), "USD", Qualifier.EXACT, "Alibaba"),
        (
            "$33.08 billion",
            Kind.MONEY,
            Decimal("33080000000"),
            "USD",
            Qualifier.EXACT,
            "consensus of analysts",
        ),
        ("380 billion yuan", Kind.MONEY, Decimal("380000000000"), "CNY", Qualifier.AT_LEAST, None),
        ("$52 billion", Kind.MONEY, Decimal("52000000000"), "USD", Qualifier.EXACT, None),
        ("three years", Kind.DURATION, Decimal(3), "year", Qualifier.EXACT, None),
        ("29 data centers", Kind.COUNT, Decimal(29), "data centers", Qualifier.EXACT, None),
        ("fell 1.75%", Kind.PERCENT, Decimal("-1.75"), "%", Qualifier.EXACT, None),
        ("$111.97", Kind.MONEY, Decimal("111.97"), "USD", Qualifier.EXACT, None),
        (
            "a third of the market",
            Kind.FRACTION,
            Decimal("0.3333"),
            None,
            Qualifier.MORE_THAN,
            "reports",
        ),
        ("second", Kind.ORDINAL, Decimal(2), "data center", Qualifier.EXACT, None),
        ("by June 2025", Kind.DATE, "2025-06", None, Qualifier.AT_MOST, None),
    ],
)
def test_english_paragraph(
    anchor: str,
    kind: Kind,
    value: Decimal | str,
    unit: str | None,
    qualifier: Qualifier,
    source: str | None,
) -> None:
    claim = find(claims_of(PARAGRAPH), prepare_text(PARAGRAPH), anchor)
    assert (claim.kind, claim.value, claim.qualifier, claim.source) == (
        kind,
        value,
        qualifier,
        source,
    )
    if unit is not None:
        assert claim.unit == unit


def test_english_superlative() -> None:
    claims = claims_of(PARAGRAPH)
    assert [c.quote for c in claims if c.kind is Kind.STATEMENT] == [
        "the largest cloud provider in China"
    ]


@pytest.mark.parametrize(
    ("text", "language", "value", "value_max", "unit"),
    [
        ("Le groupe a levé 40\u00a0000 euros.", Language.FR, Decimal(40000), None, "EUR"),
        ("Le groupe a levé 40\u202f000 euros.", Language.FR, Decimal(40000), None, "EUR"),
        ("Le groupe a levé 40 000 euros.", Language.FR, Decimal(40000), None, "EUR"),
        ("Le billet coûte 1 298,50 €.", Language.FR, Decimal("1298.5"), None, "EUR"),
        ("Le prix sera entre 12 et 15 euros.", Language.FR, Decimal(12), Decimal(15), "EUR"),
        (
            "It guided to $205 million to $210 million.",
            Language.EN,
            Decimal(205_000_000),
            Decimal(210_000_000),
            "USD",
        ),
        ("It raised $1.5mn last year.", Language.EN, Decimal(1_500_000), None, "USD"),
        ("Il vise 1,5 Md€ de ventes.", Language.FR, Decimal(1_500_000_000), None, "EUR"),
    ],
)
def test_money_forms(
    text: str, language: Language, value: Decimal, value_max: Decimal | None, unit: str
) -> None:
    money = [c for c in claims_of(text, language) if c.kind is Kind.MONEY]
    assert len(money) == 1, money
    assert (money[0].value, money[0].value_max, money[0].unit) == (value, value_max, unit)


def test_change_and_level_are_two_figures() -> None:
    claims = claims_of("Revenue decreased $1.2 million to $23.5 million.")
    assert [(c.kind, c.value) for c in claims] == [
        (Kind.MONEY, Decimal(-1_200_000)),
        (Kind.MONEY, Decimal(23_500_000)),
    ]


def test_period_quarter() -> None:
    claims = claims_of("The company expects Q4 2024 revenue to rise.")
    assert [(c.kind, c.value) for c in claims] == [(Kind.PERIOD, "2024-Q4")]
    claims = claims_of("Le chiffre d'affaires du T4 2024 a progressé.", Language.FR)
    assert [(c.kind, c.value) for c in claims] == [(Kind.PERIOD, "2024-Q4")]


def test_deadline_with_fin_keeps_at_most() -> None:
    text = "Le groupe a annoncé un plan de 1,5 milliard d'euros d'ici fin 2026."
    dates = [c for c in claims_of(text, Language.FR) if c.kind is Kind.DATE]
    assert [(c.quote, c.value, c.qualifier) for c in dates] == [
        ("d'ici fin 2026", "2026", Qualifier.AT_MOST)
    ]


def test_count_noun_stops_before_place() -> None:
    text = "L'entreprise emploie 12\u00a0500 salariés en France, selon la direction."
    (claim,) = claims_of(text, Language.FR)
    assert (claim.kind, claim.value, claim.unit, claim.source) == (
        Kind.COUNT,
        Decimal(12500),
        "salariés",
        "la direction",
    )
