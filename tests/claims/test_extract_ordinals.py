"""Ordinals and fractions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.model import Kind, Qualifier
from tests.claims.extraction import claims_of, expect, figure_at

D = Decimal


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value", "unit"),
    [
        (
            "fr",
            "Il a ouvert son troisième centre de données en Malaisie.",
            "troisième",
            D(3),
            "centre de données",
        ),
        ("fr", "C'est la 12e édition du salon.", "12e", D(12), "édition du salon"),
        ("en", "It is the company's third data center in Asia.", "third", D(3), "data center"),
        ("en", "It opened a second factory in Ohio.", "second", D(2), "factory"),
    ],
)
def test_ordinals(lang: str, text: str, anchor: str, value: Decimal, unit: str) -> None:
    expect(figure_at(text, anchor, lang), Kind.ORDINAL, value, unit)


def test_ordinal_with_the_noun_left_out_takes_the_previous_noun() -> None:
    text = "Il a ouvert son troisième centre de données et en prépare un quatrième en Inde."
    expect(figure_at(text, "un quatrième", "fr"), Kind.ORDINAL, D(4), "centre de données")


def test_second_as_an_adjective_is_no_ordinal() -> None:
    assert not [
        c for c in claims_of("Analysts took a second look at it.", "en") if c.kind is Kind.ORDINAL
    ]


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value", "qualifier"),
    [
        ("fr", "La moitié des salariés ont voté.", "La moitié", D("0.5"), Qualifier.EXACT),
        (
            "fr",
            "Moins de la moitié des communes ont répondu.",
            "la moitié",
            D("0.5"),
            Qualifier.LESS_THAN,
        ),
        (
            "fr",
            "Presque un cinquième des ventes vient d'Asie.",
            "un cinquième",
            D("0.2"),
            Qualifier.APPROX,
        ),
        (
            "fr",
            "Les trois quarts des élèves ont réussi.",
            "trois quarts",
            D("0.75"),
            Qualifier.EXACT,
        ),
        (
            "fr",
            "Il détient plus d'un tiers du marché.",
            "un tiers",
            D("0.3333"),
            Qualifier.MORE_THAN,
        ),
        ("en", "A third of the budget goes to defence.", "A third", D("0.3333"), Qualifier.EXACT),
        ("en", "Half of the respondents said no.", "Half of", D("0.5"), Qualifier.EXACT),
        ("en", "Nearly two-thirds of voters agreed.", "two-thirds", D("0.6667"), Qualifier.APPROX),
    ],
)
def test_fractions(lang: str, text: str, anchor: str, value: Decimal, qualifier: Qualifier) -> None:
    expect(figure_at(text, anchor, lang), Kind.FRACTION, value, None, qualifier)


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value", "qualifier"),
    [
        (
            "fr",
            "Le passif dépasse ce seuil pour près d'une entreprise sur deux.",
            "une entreprise sur deux",
            D("0.5"),
            Qualifier.APPROX,
        ),
        (
            "fr",
            "Plus d'un étudiant sur deux vit seul.",
            "un étudiant sur deux",
            D("0.5"),
            Qualifier.MORE_THAN,
        ),
        ("en", "One in five adults smokes.", "One in five", D("0.2"), Qualifier.EXACT),
    ],
)
def test_one_in_n(lang: str, text: str, anchor: str, value: Decimal, qualifier: Qualifier) -> None:
    expect(figure_at(text, anchor, lang), Kind.FRACTION, value, None, qualifier)


def test_half_of_the_n_keeps_the_count() -> None:
    claims = claims_of("Half of the 32 analysts covering the stock rate it a buy.", "en")
    assert [(c.kind, c.value) for c in claims if c.kind is not Kind.STATEMENT] == [
        (Kind.FRACTION, D("0.5")),
        (Kind.COUNT, D(32)),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value", "unit"),
    [
        ("en", "Gas prices fell for a third straight week.", "third", D(3), "straight week"),
        (
            "fr",
            "Les ventes reculent pour le sixième trimestre consécutif.",
            "sixième",
            D(6),
            "trimestre",
        ),
    ],
)
def test_rank_not_fraction_nor_period(
    lang: str, text: str, anchor: str, value: Decimal, unit: str
) -> None:
    expect(figure_at(text, anchor, lang), Kind.ORDINAL, value, unit)


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value", "unit"),
    [
        ("en", "A survey ranked it fourth among the state's cities.", "fourth", D(4), None),
        (
            "en",
            "It opened its fourth regional service hub in Singapore.",
            "fourth",
            D(4),
            "regional service hub",
        ),
        ("fr", "Le club a terminé cinquième du championnat.", "cinquième", D(5), None),
    ],
)
def test_ranks_after_verbs_and_compound_nouns(
    lang: str, text: str, anchor: str, value: Decimal, unit: str | None
) -> None:
    expect(figure_at(text, anchor, lang), Kind.ORDINAL, value, unit)


def test_possessive_is_left_out_of_the_quote() -> None:
    claim = figure_at("Il a ouvert son troisième centre de données.", "troisième", "fr")
    assert claim.quote == "troisième centre de données"
    claim = figure_at("A plant near Columbus, its third in the country.", "third", "en")
    assert (claim.quote, claim.value) == ("third", D(3))
