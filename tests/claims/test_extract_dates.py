"""Dates, deadlines, quarters, halves, fiscal years and periods."""

from __future__ import annotations

import pytest

from claims.model import Kind, Qualifier
from tests.claims.extraction import claims_of, expect, figure_at


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "kind", "value", "qualifier"),
    [
        (
            "fr",
            "Le site ouvrira en octobre 2025.",
            "octobre 2025",
            Kind.DATE,
            "2025-10",
            Qualifier.EXACT,
        ),
        ("fr", "L'usine fermera d'ici fin 2028.", "2028", Kind.DATE, "2028", Qualifier.AT_MOST),
        (
            "fr",
            "Un centre ouvrira d'ici juin 2025.",
            "juin 2025",
            Kind.DATE,
            "2025-06",
            Qualifier.AT_MOST,
        ),
        (
            "fr",
            "La loi a été votée le 18 sept. 2018 au Sénat.",
            "18 sept. 2018",
            Kind.DATE,
            "2018-09-18",
            Qualifier.EXACT,
        ),
        (
            "fr",
            "Le vote a eu lieu le 3 mars 2024.",
            "3 mars 2024",
            Kind.DATE,
            "2024-03-03",
            Qualifier.EXACT,
        ),
        (
            "fr",
            "Le bénéfice du T4 2024 a progressé.",
            "T4 2024",
            Kind.PERIOD,
            "2024-Q4",
            Qualifier.EXACT,
        ),
        ("fr", "Les ventes du 2T23 ont reculé.", "2T23", Kind.PERIOD, "2023-Q2", Qualifier.EXACT),
        ("fr", "Les ventes du 6M23 ont reculé.", "6M23", Kind.PERIOD, "2023-H1", Qualifier.EXACT),
        (
            "fr",
            "Le résultat du premier semestre 2024 a déçu.",
            "premier semestre 2024",
            Kind.PERIOD,
            "2024-H1",
            Qualifier.EXACT,
        ),
        (
            "en",
            "Revenue in Q3 2020 fell sharply.",
            "Q3 2020",
            Kind.PERIOD,
            "2020-Q3",
            Qualifier.EXACT,
        ),
        (
            "en",
            "Revenue in Q3/2020 fell sharply.",
            "Q3/2020",
            Kind.PERIOD,
            "2020-Q3",
            Qualifier.EXACT,
        ),
        (
            "en",
            "Revenue for fiscal 2024 rose.",
            "fiscal 2024",
            Kind.PERIOD,
            "2024",
            Qualifier.EXACT,
        ),
        (
            "en",
            "The plant opened in April 2015.",
            "April 2015",
            Kind.DATE,
            "2015-04",
            Qualifier.EXACT,
        ),
        (
            "en",
            "The bridge will be finished by 2030.",
            "2030",
            Kind.DATE,
            "2030",
            Qualifier.AT_MOST,
        ),
        (
            "en",
            "It was signed on March 3, 2024.",
            "March 3, 2024",
            Kind.DATE,
            "2024-03-03",
            Qualifier.EXACT,
        ),
    ],
)
def test_dates(
    lang: str, text: str, anchor: str, kind: Kind, value: str, qualifier: Qualifier
) -> None:
    expect(figure_at(text, anchor, lang), kind, value, None, qualifier)


def test_fiscal_year_span_is_a_period_not_an_average() -> None:
    claim = figure_at("Exports peaked in 2012\u201313 before falling.", "2012", "en")
    expect(claim, Kind.PERIOD, "2012", value_max="2013")


def test_bare_year_in_a_date_is_never_a_quantity() -> None:
    claims = claims_of("The plant opened in April 2015 with 300 workers.", "en")
    assert all(c.value != 2015 for c in claims if c.kind not in (Kind.DATE, Kind.PERIOD))


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value"),
    [
        (
            "fr",
            "En 2024, le groupe a publié ses comptes. Au quatrième trimestre, les ventes ont reculé.",
            "quatrième trimestre",
            "2024-Q4",
        ),
        ("en", "In 2023 the firm grew. Third-quarter sales fell.", "Third-quarter", "2023-Q3"),
        (
            "fr",
            "En 2025, l'action a gagné 34 % depuis le début de l'année.",
            "depuis le début de l'année",
            "2025",
        ),
        ("en", "In 2025 the stock is up 34% year to date.", "year to date", "2025"),
    ],
)
def test_period_without_a_year_takes_the_last_year_mentioned(
    lang: str, text: str, anchor: str, value: str
) -> None:
    expect(figure_at(text, anchor, lang), Kind.PERIOD, value)


def test_period_without_any_year_in_the_article_has_no_value() -> None:
    expect(
        figure_at(
            "Au quatrième trimestre, les ventes ont reculé de 3 %.", "quatrième trimestre", "fr"
        ),
        Kind.PERIOD,
        None,
    )


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value"),
    [
        (
            "fr",
            "Paris, le 14 novembre 2024. La vente sera close le 29 octobre.",
            "29 octobre",
            "2024-10-29",
        ),
        (
            "en",
            "In 2025 the board met twice. The dividend is payable on March 14.",
            "March 14",
            "2025-03-14",
        ),
        ("en", "MINNEAPOLIS, Feb. 12, 2025 – Revenue rose.", "Feb. 12, 2025", "2025-02-12"),
    ],
)
def test_day_and_month_take_the_last_year_mentioned(
    lang: str, text: str, anchor: str, value: str
) -> None:
    expect(figure_at(text, anchor, lang), Kind.DATE, value)


def test_day_and_month_without_any_year_is_left_out() -> None:
    assert not [
        c for c in claims_of("La vente sera close le 29 octobre.", "fr") if c.kind is Kind.DATE
    ]


def test_may_as_a_verb_is_no_date() -> None:
    assert not [
        c for c in claims_of("In 2024 prices may 5 times rise.", "en") if c.value == "2024-05-05"
    ]
