"""Values typed by the checker (claims/editing.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.editing import InputError, parse_value
from claims.model import MAX_NUMBER_CHARS, Kind, Language


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


def test_a_typed_number_too_long_to_be_saved_and_opened_again_is_refused() -> None:
    # Reported: 105 digits typed in the Value box were saved, and the sheet
    # could not be opened again (the reader takes 100 characters at most).
    typed = "0," + "3" * 105
    with pytest.raises(InputError) as info:
        parse_value(typed, Kind.FRACTION, Language.FR)
    assert str(info.value) == (
        "the value 0." + "3" * 37 + "… is 107 characters written out "
        f"in full: a sheet holds numbers of at most {MAX_NUMBER_CHARS} characters"
    )
    limit = "0," + "3" * (MAX_NUMBER_CHARS - 2)
    assert parse_value(limit, Kind.FRACTION, Language.FR) == Decimal(limit.replace(",", "."))
