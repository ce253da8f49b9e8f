"""Extraction on the bundled sample article: every figure of the issue's table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from claims.article import read_article
from claims.extract import extract_claims
from claims.model import Claim, Kind, Language, Qualifier

# anchor text, occurrence (0-based), kind, value, unit, qualifier
FIGURES = [
    (
        "troisième centre de données",
        0,
        Kind.ORDINAL,
        Decimal(3),
        "centre de données",
        Qualifier.EXACT,
    ),
    ("un deuxième aux Philippines", 0, Kind.ORDINAL, Decimal(2), None, Qualifier.EXACT),
    ("octobre 2025", 0, Kind.DATE, "2025-10", None, Qualifier.EXACT),
    ("plus d’un tiers du marché", 0, Kind.FRACTION, Decimal("0.3333"), None, Qualifier.MORE_THAN),
    (
        "un deuxième centre de données en Corée du Sud",
        0,
        Kind.ORDINAL,
        Decimal(2),
        None,
        Qualifier.EXACT,
    ),
    ("d’ici juin 2025", 0, Kind.DATE, "2025-06", None, Qualifier.AT_MOST),
    ("d’ici 2025", 0, Kind.DATE, "2025", None, Qualifier.AT_MOST),
    ("trois prochaines années", 0, Kind.DURATION, Decimal(3), "year", Qualifier.EXACT),
    ("trois prochaines années", 1, Kind.DURATION, Decimal(3), "year", Qualifier.EXACT),
    ("29 centres de données", 0, Kind.COUNT, Decimal(29), None, Qualifier.EXACT),
    (
        "au moins 380 milliards de yuans",
        0,
        Kind.MONEY,
        Decimal(380_000_000_000),
        "CNY",
        Qualifier.AT_LEAST,
    ),
    ("52 milliards de dollars", 0, Kind.MONEY, Decimal(52_000_000_000), "USD", Qualifier.EXACT),
    ("plus de 34%", 0, Kind.PERCENT, Decimal(34), "%", Qualifier.MORE_THAN),
    ("en 2024", 0, Kind.DATE, "2024", None, Qualifier.EXACT),
    ("augmenté de 7 %", 0, Kind.PERCENT, Decimal(7), "%", Qualifier.EXACT),
    ("32,58 milliards de dollars", 0, Kind.MONEY, Decimal("32580000000"), "USD", Qualifier.EXACT),
    ("33,08 milliards de dollars", 0, Kind.MONEY, Decimal("33080000000"), "USD", Qualifier.EXACT),
    ("en hausse de 18 %", 0, Kind.PERCENT, Decimal(18), "%", Qualifier.EXACT),
    ("4,15 milliards de dollars", 0, Kind.MONEY, Decimal("4150000000"), "USD", Qualifier.EXACT),
    ("chuté de 1,75 %", 0, Kind.PERCENT, Decimal("-1.75"), "%", Qualifier.EXACT),
    ("111,97 dollars", 0, Kind.MONEY, Decimal("111.97"), "USD", Qualifier.EXACT),
]


@pytest.fixture(scope="module")
def sample() -> tuple[str, list[Claim]]:
    path = Path(__file__).resolve().parents[2] / "data" / "alibaba-cloud-expansion.fr.txt"
    article = read_article(path)
    assert article.language is Language.FR
    return article.text, extract_claims(article)


def anchor_span(text: str, anchor: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(anchor, start + 1)
    return start, start + len(anchor)


def claim_at(claims: list[Claim], span: tuple[int, int], kind: Kind) -> Claim:
    overlapping = [
        c for c in claims if c.span[0] < span[1] and span[0] < c.span[1] and c.kind is kind
    ]
    assert len(overlapping) == 1, f"expected one {kind} claim over {span}, got {overlapping}"
    return overlapping[0]


@pytest.mark.parametrize(("anchor", "occurrence", "kind", "value", "unit", "qualifier"), FIGURES)
def test_sample_figure(
    sample: tuple[str, list[Claim]],
    anchor: str,
    occurrence: int,
    kind: Kind,
    value: Decimal | str,
    unit: str | None,
    qualifier: Qualifier,
) -> None:
    text, claims = sample
    claim = claim_at(claims, anchor_span(text, anchor, occurrence), kind)
    assert claim.value == value
    assert claim.qualifier is qualifier
    if unit is not None:
        assert claim.unit == unit
    assert claim.quote == text[claim.span[0] : claim.span[1]]
    assert claim.quote in claim.sentence


def test_money_values_are_exact_decimals(sample: tuple[str, list[Claim]]) -> None:
    _text, claims = sample
    money = {c.quote: c.value for c in claims if c.kind is Kind.MONEY}
    assert money["32,58 milliards de dollars"] == Decimal("32580000000")
    assert str(money["32,58 milliards de dollars"]) == "32580000000"


@pytest.mark.parametrize(
    ("anchor", "source"),
    [
        ("plus d’un tiers du marché", "les rapports"),
        ("33,08 milliards de dollars", "consensus des analystes"),
        ("augmenté de 7 %", "Alibaba"),
        ("32,58 milliards de dollars", "Alibaba"),
        ("29 centres de données", None),
        ("111,97 dollars", None),
    ],
)
def test_sample_sources(sample: tuple[str, list[Claim]], anchor: str, source: str | None) -> None:
    text, claims = sample
    span = anchor_span(text, anchor, 0)
    (claim,) = [c for c in claims if c.span[0] < span[1] and span[0] < c.span[1]]
    assert claim.source == source


def test_no_claims_from_tickers_or_page_furniture(sample: tuple[str, list[Claim]]) -> None:
    text, claims = sample
    for furniture in (
        "NYSE:BABA",
        "NASDAQ:MSFT",
        "NASDAQ:NVDA",
        "Photo via Shutterstock",
        "Lire aussi",
    ):
        span = anchor_span(text, furniture, 0)
        assert not [c for c in claims if c.span[0] < span[1] and span[0] < c.span[1]], furniture


def test_superlative_is_a_statement(sample: tuple[str, list[Claim]]) -> None:
    _text, claims = sample
    statements = [c for c in claims if c.kind is Kind.STATEMENT]
    assert [c.quote for c in statements] == ["le plus grand fournisseur de services cloud chinois"]
    assert statements[0].value is None


def test_ids_follow_text_order(sample: tuple[str, list[Claim]]) -> None:
    _text, claims = sample
    assert [c.id for c in claims] == [f"c{i}" for i in range(1, len(claims) + 1)]
    assert [c.span for c in claims] == sorted(c.span for c in claims)
