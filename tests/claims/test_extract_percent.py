"""Percentages, signed changes, percentage points and multipliers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.model import Kind, Qualifier
from tests.claims.extraction import NBSP, NNBSP, expect, figure_at

D = Decimal


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value", "qualifier"),
    [
        ("fr", "Les ventes ont représenté 18 % du total.", "18 %", D(18), Qualifier.EXACT),
        ("fr", f"Les ventes ont représenté 18{NBSP}% du total.", "18", D(18), Qualifier.EXACT),
        ("fr", f"Les ventes ont représenté 18{NNBSP}% du total.", "18", D(18), Qualifier.EXACT),
        ("en", "Turnout reached 34% last year.", "34%", D(34), Qualifier.EXACT),
        (
            "fr",
            "Le chômage touche 5,1 pour cent des actifs.",
            "5,1 pour cent",
            D("5.1"),
            Qualifier.EXACT,
        ),
        ("en", "Shares gained 40%-plus this year.", "40%", D(40), Qualifier.MORE_THAN),
        ("en", "The state owns 100% of the company.", "100%", D(100), Qualifier.EXACT),
        ("fr", "Le PIB a connu un recul de 3,9 % en un an.", "3,9 %", D("-3.9"), Qualifier.EXACT),
        ("fr", "L'action a chuté de 1,75 % mercredi.", "1,75 %", D("-1.75"), Qualifier.EXACT),
        ("en", "Prices were down 0.4% from a year earlier.", "0.4%", D("-0.4"), Qualifier.EXACT),
        (
            "fr",
            "Le CAC 40 a fini en repli (-0,78 %) vendredi.",
            "0,78",
            D("-0.78"),
            Qualifier.EXACT,
        ),
        ("en", "The index ended at \u22121.1 % on Friday.", "1.1", D("-1.1"), Qualifier.EXACT),
        ("en", "Sales rose 7% to a record.", "7%", D(7), Qualifier.EXACT),
        ("fr", "Le chiffre d'affaires a augmenté de 7 % sur un an.", "7 %", D(7), Qualifier.EXACT),
        ("fr", "La part atteint près de 40 % du marché.", "40 %", D(40), Qualifier.APPROX),
        ("en", "The share is nearly 40% of the market.", "40%", D(40), Qualifier.APPROX),
        ("fr", "Il vise jusqu'à 12 % de rendement.", "12 %", D(12), Qualifier.AT_MOST),
        ("en", "It targets up to 12% returns.", "12%", D(12), Qualifier.AT_MOST),
        ("fr", "Environ 60 % des salariés ont voté.", "60 %", D(60), Qualifier.APPROX),
        ("en", "About 60% of staff voted.", "60%", D(60), Qualifier.APPROX),
    ],
)
def test_percent(lang: str, text: str, anchor: str, value: Decimal, qualifier: Qualifier) -> None:
    expect(figure_at(text, anchor, lang), Kind.PERCENT, value, "%", qualifier)


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value"),
    [
        ("fr", "Le taux a connu une baisse de 2 points en un an.", "2 points", D(-2)),
        ("en", "Support fell 15 percentage points in a month.", "15 percentage points", D(-15)),
        ("en", "The bank raised rates by 25 basis points.", "25 basis points", D("0.25")),
        ("fr", "La marge gagne 1,2 point de pourcentage.", "1,2 point", D("1.2")),
    ],
)
def test_percentage_points(lang: str, text: str, anchor: str, value: Decimal) -> None:
    expect(figure_at(text, anchor, lang), Kind.PERCENTAGE_POINTS, value, "pp")


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value"),
    [
        ("fr", "Le bénéfice a été multiplié par x3,4 en un an.", "x3,4", D("3.4")),
        ("en", "The stock trades at 3.4x sales.", "3.4x", D("3.4")),
        ("fr", "Le volume a doublé depuis 2019.", "doublé", D(2)),
        ("en", "Exports tripled over the decade.", "tripled", D(3)),
        ("en", "The board approved a four-for-one split.", "four-for-one", D(4)),
    ],
)
def test_multipliers(lang: str, text: str, anchor: str, value: Decimal) -> None:
    expect(figure_at(text, anchor, lang), Kind.MULTIPLIER, value)


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "kind", "value", "unit"),
    [
        (
            "fr",
            "La dette représente 1,4 fois l'Ebitda.",
            "1,4 fois",
            Kind.MULTIPLIER,
            D("1.4"),
            None,
        ),
        (
            "fr",
            "Le prix atteint près de 14 fois son bénéfice.",
            "14 fois",
            Kind.MULTIPLIER,
            D(14),
            None,
        ),
        (
            "en",
            "Orders grew three times faster than sales, at 3 times the rate.",
            "3 times",
            Kind.MULTIPLIER,
            D(3),
            None,
        ),
        (
            "fr",
            "La vidéo a été vue plus de 250 000 fois sur les réseaux.",
            "250 000 fois",
            Kind.COUNT,
            D(250000),
            "fois",
        ),
    ],
)
def test_times(
    lang: str, text: str, anchor: str, kind: Kind, value: Decimal, unit: str | None
) -> None:
    expect(
        figure_at(text, anchor, lang), kind, value, unit, figure_at(text, anchor, lang).qualifier
    )


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value"),
    [
        (
            "en",
            "The Fed lowered its benchmark rate by 25 basis points.",
            "25 basis points",
            D("-0.25"),
        ),
        ("en", "The council trimmed the police budget by 11% in 2013.", "11%", D(-11)),
        ("fr", "Le groupe a réduit ses effectifs européens de 4 % cette année.", "4 %", D(-4)),
    ],
)
def test_verb_names_the_change_from_afar(lang: str, text: str, anchor: str, value: Decimal) -> None:
    assert figure_at(text, anchor, lang).value == value


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value"),
    [
        ("en", "The company cut 900 jobs in Ohio.", "900", D(900)),
        ("en", "Payrolls fell by 41,000 in May.", "41,000", D(-41000)),
        ("en", "Jobs grew by 210,000 in March.", "210,000", D(210000)),
    ],
)
def test_counted_object_is_unsigned_and_a_changing_count_is_signed(
    lang: str, text: str, anchor: str, value: Decimal
) -> None:
    assert figure_at(text, anchor, lang).value == value


def test_one_point_in_words() -> None:
    claim = figure_at("Le taux connaît une baisse de plus d'un point.", "un point", "fr")
    expect(claim, Kind.PERCENTAGE_POINTS, D(-1), "pp", Qualifier.MORE_THAN)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "qualifier"),
    [
        ("We expect orders to more than double next year.", "double", D(2), Qualifier.MORE_THAN),
        ("Sales will triple by 2030.", "triple", D(3), Qualifier.EXACT),
    ],
)
def test_english_double_as_a_verb(
    text: str, anchor: str, value: Decimal, qualifier: Qualifier
) -> None:
    expect(figure_at(text, anchor, "en"), Kind.MULTIPLIER, value, None, qualifier)


def test_double_as_an_adjective_is_no_figure() -> None:
    from tests.claims.extraction import claims_of

    assert not [
        c
        for c in claims_of("It posted a double win and double-digit growth.", "en")
        if c.kind is Kind.MULTIPLIER
    ]
