"""The calendar span of a ``date`` or ``period`` value.

A date or period claim holds an ISO 8601 string (:data:`claims.model.ISO_TEMPORAL`):
a year ``2025``, a month ``2025-10``, a day ``2025-10-03``, a quarter
``2024-Q4`` or a half year ``2025-H1``. :func:`bounds` gives the first and
last day it covers, so that such values sort chronologically and can be
compared with each other.
"""

from __future__ import annotations

import calendar
import datetime as dt

from claims.model import ISO_TEMPORAL


def bounds(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day (both included) that ``value`` covers:
    ``"2024-Q4"`` -> (2024-10-01, 2024-12-31), ``"2025"`` -> (2025-01-01,
    2025-12-31), ``"2025-10-03"`` -> that day twice.

    Raises ``ValueError`` when ``value`` is not an ISO 8601 date or period
    as claims hold them, or names a day that does not exist.
    """
    if not ISO_TEMPORAL.match(value):
        raise ValueError(f"not an ISO 8601 date or period: {value!r}")
    year = int(value[:4])
    rest = value[5:]
    if not rest:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if rest[0] in "QH":
        months = 3 if rest[0] == "Q" else 6
        first = (int(rest[1]) - 1) * months + 1
        last = first + months - 1
        return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
    month = int(rest[:2])
    if len(rest) == 2:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date(year, month, int(rest[3:]))
    return day, day
