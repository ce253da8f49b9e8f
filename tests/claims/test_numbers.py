"""One number parser (claims/numbers.py) for the extractor and the value editor."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.editing import parse_value
from claims.extract.lexicon import lexicon
from claims.extract.numbers import parse_digits
from claims.model import Kind, Language
from claims.numbers import convention, parse_number, parse_typed
from tests.claims.extraction import NBSP, NNBSP, figure_at


def same(a: Decimal, b: Decimal) -> bool:
    """Equal and written with the same digits (``32.50`` is not ``32.5`` here)."""
    return a.as_tuple() == b.as_tuple()


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("32,50", Language.FR, "32.50"),
        (f"1{NNBSP}298,50", Language.FR, "1298.50"),
        (f"1{NBSP}298,50", Language.FR, "1298.50"),
        ("1 298,50", Language.FR, "1298.50"),
        ("3,0", Language.FR, "3.0"),
        ("1,298.50", Language.EN, "1298.50"),
        ("32.50", Language.EN, "32.50"),
        ("12,345", Language.EN, "12345"),
        ("0.80", Language.EN, "0.80"),
    ],
)
def test_extractor_and_editor_read_the_same_digits(
    text: str, language: Language, value: str
) -> None:
    extracted = parse_digits(text, lexicon(language))
    typed = parse_value(text, Kind.MONEY, language)
    assert isinstance(typed, Decimal)
    assert same(extracted, Decimal(value)), extracted
    assert same(typed, Decimal(value)), typed


@pytest.mark.parametrize(
    ("text", "language", "anchor", "value"),
    [
        ("Le titre a clôturé à 32,50 euros.", Language.FR, "32,50", "32.50"),
        ("Inflation climbed 3.0% in May.", Language.EN, "3.0%", "3.0"),
        ("Le taux atteint 1,750 %.", Language.FR, "1,750", "1.750"),
        ("It pays 40 cents a share.", Language.EN, "40 cents", "0.40"),
        ("Le taux baisse de 80 points de base.", Language.FR, "80 points", "-0.80"),
    ],
)
def test_extraction_keeps_the_digits_typed(
    text: str, language: Language, anchor: str, value: str
) -> None:
    found = figure_at(text, anchor, language).value
    assert isinstance(found, Decimal)
    assert same(found, Decimal(value)), found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Il a levé 32,58 milliards de dollars.", "32,58", "32580000000"),
        ("Il a levé 1,50 milliard d'euros.", "1,50", "1500000000"),
        ("Il a levé 2,5 millions d'euros.", "2,5", "2500000"),
        ("Le budget va de 1,5 à 2 milliards d'euros.", "1,5", "1500000000"),
    ],
)
def test_scaled_figures_are_plain_integers(text: str, anchor: str, value: str) -> None:
    found = figure_at(text, anchor, Language.FR).value
    assert isinstance(found, Decimal)
    assert str(found) == value


def test_the_editor_also_reads_the_other_convention() -> None:
    assert same(parse_typed("32.50", Language.FR), Decimal("32.50"))
    assert same(parse_typed("1.298,50", Language.FR), Decimal("1298.50"))
    assert same(parse_typed("32,50", Language.EN), Decimal("32.50"))


def test_conventions_come_from_cldr() -> None:
    french = convention(Language.FR)
    assert french.decimal == ","
    assert NNBSP in french.groups and NBSP in french.groups and " " in french.groups
    english = convention(Language.EN)
    assert (english.decimal, english.groups) == (".", ",")


def test_not_a_number_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_number("12a", convention(Language.EN))
