"""Numbers: normalisation, grouping by language, numbers in words, counts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.model import Kind
from tests.claims.extraction import NBSP, NNBSP, claims_of, expect, figure_at

D = Decimal


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value", "unit"),
    [
        ("en", "The firm has 12,345 employees worldwide.", "12,345", D(12345), "employees"),
        ("fr", "On compte 57.314 faillites sur un an.", "57.314", D(57314), "faillites"),
        ("fr", f"La ville compte 4{NBSP}200 salariés.", "200", D(4200), "salariés"),
        ("fr", f"La ville compte 4{NNBSP}200 salariés.", "200", D(4200), "salariés"),
        (
            "fr",
            "L'usine emploie quatre-vingt-dix-neuf salariés.",
            "quatre-vingt-dix-neuf",
            D(99),
            "salariés",
        ),
        ("fr", "Le groupe ouvrira cinq nouveaux entrepôts.", "cinq", D(5), "entrepôts"),
        ("en", "The plan would create two million jobs.", "two million", D(2_000_000), "jobs"),
        ("en", "It will build three new plants.", "three", D(3), "plants"),
        ("fr", "Le réseau compte 27 pays membres.", "27", D(27), "pays"),
    ],
)
def test_counts(lang: str, text: str, anchor: str, value: Decimal, unit: str) -> None:
    expect(figure_at(text, anchor, lang), Kind.COUNT, value, unit)


def test_word_number_is_one_figure_not_its_parts() -> None:
    figures = [c for c in claims_of("Il reste quatre-vingt-dix-neuf salariés.", "fr")]
    assert [c.value for c in figures] == [D(99)]


def test_decimal_separator_follows_the_article_language() -> None:
    assert figure_at("Le taux atteint 1,750 %.", "1,750", "fr").value == D("1.75")
    assert figure_at("The plant employs 1,750 people.", "1,750", "en").value == D(1750)


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_apostrophes_alike(apostrophe: str) -> None:
    text = f"Il investira 3 milliards d{apostrophe}euros."
    expect(figure_at(text, "3 milliards", "fr"), Kind.MONEY, D(3_000_000_000), "EUR")


def test_unicode_minus_is_a_sign() -> None:
    expect(
        figure_at("L'indice a fini à \u22121,1 % hier.", "1,1", "fr"), Kind.PERCENT, D("-1.1"), "%"
    )


def test_nfc_normalisation_keeps_spans_on_the_text() -> None:
    decomposed = "Le cre\u0301dit atteint 12 millions d'euros."
    claim = figure_at(decomposed, "12", "fr")
    assert claim.quote == "12 millions d'euros"


def test_french_scale_counts_its_noun_through_de() -> None:
    expect(
        figure_at("Le pays compte 2,4 millions de chômeurs.", "2,4", "fr"),
        Kind.COUNT,
        D(2_400_000),
        "chômeurs",
    )
    expect(
        figure_at("Loin du record de 1,2 million atteint en 2021.", "1,2", "fr"),
        Kind.COUNT,
        D(1_200_000),
        None,
    )


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value", "unit"),
    [
        ("en", "It signed a four-year broadcast deal.", "four-year", D(4), "year"),
        ("en", "The 10-year bond yield rose.", "10-year", D(10), "year"),
    ],
)
def test_hyphenated_durations(lang: str, text: str, anchor: str, value: Decimal, unit: str) -> None:
    expect(figure_at(text, anchor, lang), Kind.DURATION, value, unit)


def test_one_day_describes_and_is_no_duration() -> None:
    from tests.claims.extraction import claims_of

    assert [c.quote for c in claims_of("It was their biggest one-day gain.", "en")] == []
