"""The calendar span of date and period values."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.periods import bounds


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2025-10-03", dt.date(2025, 10, 3), dt.date(2025, 10, 3)),
        ("2024-Q4", dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
        ("2024-Q1", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        ("2025-H1", dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
        ("2025-H2", dt.date(2025, 7, 1), dt.date(2025, 12, 31)),
    ],
)
def test_bounds(value: str, first: dt.date, last: dt.date) -> None:
    assert bounds(value) == (first, last)


@pytest.mark.parametrize("value", ["", "25", "2025-13", "2025-Q5", "2025-02-30", "juin 2025"])
def test_what_is_not_a_date_or_period_is_refused(value: str) -> None:
    with pytest.raises(ValueError):
        bounds(value)
