"""What the figure recognisers produce: :class:`Figure`, and its conventions.

Values follow the sheet format: money in base currency units (scale words
applied: "32,58 milliards" -> 32580000000), percentages in percent units,
percentage points in points (basis points divided by 100), changes signed by
their verb ("a chuté de 1,75 %" -> -1.75), fractions as a ratio rounded to
4 decimal places (:data:`FRACTION_PLACES`), dates and periods as ISO 8601
strings ("2025-06", "2024-Q4"). Numbers keep the digits typed (:func:`exact`).
Offsets are ``[start, end)`` in code points of the article text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from claims.model import Kind, Qualifier

FRACTION_PLACES = Decimal("0.0001")
"""Fractions are stored as a ratio rounded to 4 decimal places (1/3 -> 0.3333)."""

LOOKBACK = 80
"""Code points read back from a number for its currency, qualifier and verb."""


@dataclass(frozen=True)
class Figure:
    """A figure found at ``[start, end)`` of the article text."""

    start: int
    end: int
    kind: Kind
    value: Decimal | str | None
    value_max: Decimal | str | None = None
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    template: str | None = None  # "{year}-Q4": a period or day whose year the text leaves out


@dataclass(frozen=True)
class Left:
    """What stands before a number, read right to left: where the figure
    starts (``start``, article offset), its qualifier, the direction of a
    verb of change (1 rise, -1 fall, 0 none), a currency, whether a range
    opener ("entre", "between") precedes."""

    start: int
    qualifier: Qualifier
    direction: int
    currency: str | None
    range_opener: bool
    joined: bool = False  # the verb names its change ("fell by", "recul de")
    verb: str = ""
    qualifier_word: str = ""


def exact(value: Decimal) -> Decimal:
    """``value`` with the digits typed: "32,50" stays ``32.50`` (the typed
    precision tells a checker how the figure was rounded), and the positive
    exponent a scale leaves is dropped ("32,58 milliards" is 32.58 x 1E+9 =
    ``3.258E+10``, stored as ``32580000000``)."""
    if value.as_tuple().exponent > 0:  # type: ignore[operator]
        return value.quantize(Decimal(1))
    return value


def resolve_years(figures: list[Figure], year: str | None) -> tuple[list[Figure], str | None]:
    """Fill the templates of ``figures`` (text order) with the last year
    mentioned before each: ``year`` at the start (from earlier sentences),
    then each dated figure's. Returns the figures and the last year after them.

    A period without a known year keeps the value ``None``; a day without one
    is dropped (it cannot be checked).
    """
    resolved: list[Figure] = []
    for figure in figures:
        if figure.template is not None:
            if year is None and figure.kind is Kind.DATE:
                continue
            value = figure.template.format(year=year) if year is not None else None
            figure = replace(figure, value=value, template=None)
        if figure.kind in (Kind.DATE, Kind.PERIOD) and isinstance(figure.value, str):
            year = figure.value[:4]
        resolved.append(figure)
    return resolved, year
