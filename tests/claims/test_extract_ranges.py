"""Ranges and bounds: one figure with value and value_max; change then level."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.model import Kind, Qualifier
from tests.claims.extraction import claims_of, expect, figure_at

D = Decimal


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "kind", "low", "high", "unit"),
    [
        ("fr", "Le prix sera entre 12 et 15 euros.", "12", Kind.MONEY, D(12), D(15), "EUR"),
        (
            "en",
            "It expects $205 million to $210 million in sales.",
            "$205",
            Kind.MONEY,
            D(205_000_000),
            D(210_000_000),
            "USD",
        ),
        (
            "en",
            "Earnings of 3 cents to 4 cents a share.",
            "3 cents",
            Kind.MONEY,
            D("0.03"),
            D("0.04"),
            "USD",
        ),
        ("fr", "La hausse sera de 3 à 5 % cette année.", "3 à 5 %", Kind.PERCENT, D(3), D(5), "%"),
        ("en", "Growth of between 2% and 3% is expected.", "2%", Kind.PERCENT, D(2), D(3), "%"),
        (
            "fr",
            "Entre 2 et 3 milliards d'euros seront levés.",
            "2 et 3",
            Kind.MONEY,
            D(2_000_000_000),
            D(3_000_000_000),
            "EUR",
        ),
    ],
)
def test_ranges(
    lang: str, text: str, anchor: str, kind: Kind, low: Decimal, high: Decimal, unit: str
) -> None:
    expect(figure_at(text, anchor, lang), kind, low, unit, value_max=high)


def test_range_is_never_a_decimal() -> None:
    claim = figure_at("Le prix sera entre 12 et 15 euros.", "12", "fr")
    assert claim.value != D("12.15")


def test_change_and_level_are_two_figures() -> None:
    text = "Revenue decreased $1.2 million to $23.5 million in the quarter."
    figures = [c for c in claims_of(text, "en") if c.kind is Kind.MONEY]
    assert [(c.value, c.value_max) for c in figures] == [
        (D(-1_200_000), None),
        (D(23_500_000), None),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "qualifier"),
    [
        ("fr", "Le site emploie au moins 300 salariés.", "300", Qualifier.AT_LEAST),
        ("fr", "Le site emploie plus de 300 salariés.", "300", Qualifier.MORE_THAN),
        ("fr", "Le site emploie près de 300 salariés.", "300", Qualifier.APPROX),
        ("fr", "Le site emploie environ 300 salariés.", "300", Qualifier.APPROX),
        ("fr", "Le site accueillera jusqu'à 300 salariés.", "300", Qualifier.AT_MOST),
        ("fr", "Le site emploie moins de 300 salariés.", "300", Qualifier.LESS_THAN),
        ("en", "The site employs at least 300 workers.", "300", Qualifier.AT_LEAST),
        ("en", "The site employs more than 300 workers.", "300", Qualifier.MORE_THAN),
        ("en", "The site employs nearly 300 workers.", "300", Qualifier.APPROX),
        ("en", "The site employs about 300 workers.", "300", Qualifier.APPROX),
        ("en", "The site will hold up to 300 workers.", "300", Qualifier.AT_MOST),
        ("en", "The site employs fewer than 300 workers.", "300", Qualifier.LESS_THAN),
        ("en", "The site employs 300 workers or more.", "300", Qualifier.AT_LEAST),
    ],
)
def test_qualifiers(lang: str, text: str, anchor: str, qualifier: Qualifier) -> None:
    assert figure_at(text, anchor, lang).qualifier is qualifier


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        ("en", "The share fell from 31% to 27% in a year.", "31%", "27%"),
        (
            "en",
            "Spending dropped from $9.2 million to $4.5 million.",
            "$9.2 million",
            "$4.5 million",
        ),
        ("fr", "Le taux est passé de 8 % à 11 % en deux ans.", "8 %", "11 %"),
    ],
)
def test_change_between_two_levels_is_two_figures(
    lang: str, text: str, first: str, second: str
) -> None:
    assert figure_at(text, first, lang).value_max is None
    assert figure_at(text, second, lang).value_max is None


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value", "qualifier"),
    [
        ("fr", "Le passif avoisine 40 000 euros.", "40 000", D(40000), Qualifier.APPROX),
        ("fr", "Le passif dépasse 40 000 euros.", "40 000", D(40000), Qualifier.MORE_THAN),
        ("fr", "Un modèle vendu à partir de 40 000 euros.", "40 000", D(40000), Qualifier.AT_LEAST),
        (
            "fr",
            "Le déficit doit repasser sous la barre des 3 % en 2027.",
            "3 %",
            D(3),
            Qualifier.LESS_THAN,
        ),
        ("fr", "Le bénéfice doit progresser d'au moins 7 %.", "7 %", D(7), Qualifier.AT_LEAST),
        (
            "en",
            "Its revenue exceeded $7 billion last year.",
            "$7 billion",
            D(7_000_000_000),
            Qualifier.MORE_THAN,
        ),
    ],
)
def test_verbs_and_phrases_that_bound(
    lang: str, text: str, anchor: str, value: Decimal, qualifier: Qualifier
) -> None:
    claim = figure_at(text, anchor, lang)
    assert (claim.value, claim.qualifier) == (value, qualifier)


def test_over_a_duration_is_no_bound() -> None:
    claim = figure_at("It will deliver 1.5 million homes over five years.", "five years", "en")
    expect(claim, Kind.DURATION, 5, "year")
