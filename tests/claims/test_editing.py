"""Values typed by the checker (claims/editing.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.editing import InputError, parse_value
from claims.model import Kind, Language


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("32,58", Language.FR, Decimal("32.58")),
        ("32.58", Language.FR, Decimal("32.58")),
        ("1\u202f298,50", Language.FR, Decimal("1298.50")),
        ("1,298.50", Language.EN, Decimal("1298.50")),
        ("1e30", Language.EN, Decimal("1e30")),
    ],
)
def test_typed_numbers_are_exact(text: str, language: Language, value: Decimal) -> None:
    assert parse_value(text, Kind.MONEY, language) == value


@pytest.mark.parametrize("text", ["1e250000000", "1e31", "NaN", "Infinity", "-Infinity"])
def test_impossible_numbers_are_refused_as_typed(text: str) -> None:
    # Reported: "1e250000000" typed in a value cell was accepted, then every
    # refresh of the window raised decimal.Overflow.
    with pytest.raises(InputError, match=r"out of range|finite number"):
        parse_value(text, Kind.MONEY, Language.EN)
