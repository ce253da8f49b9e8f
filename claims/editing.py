"""Turn what a checker types into claim field values, and apply edits.

The GUI's delegates and forms go through here, so that a typed value is read
the same way everywhere and the rules (a verdict sets ``checked_by`` and
``checked_at``) live in the core, not in Qt slots.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from claims.model import (
    ISO_TEMPORAL,
    TEMPORAL_KINDS,
    Claim,
    HistoryEntry,
    Kind,
    Language,
    Status,
    check_magnitude,
)
from claims.numbers import parse_typed

EDITABLE_FIELDS = (
    "quote",
    "span",
    "sentence",
    "kind",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "source",
    "via",
    "status",
    "note",
    "evidence",
    "checked_by",
    "checked_at",
    "history",
    "text_changed",
)
"""Fields an edit may change (``quote``, ``span`` and ``sentence`` together,
from :func:`claims.extract.anchor_values`, when a claim is re-anchored;
``history`` only grows, through :func:`with_history`)."""

TRACKED_FIELDS = (
    "quote",
    "kind",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "source",
    "via",
    "status",
    "note",
)
"""Fields whose every change is recorded in the claim's ``history``."""


class InputError(ValueError):
    """What the checker typed cannot be read for this field; the message says why."""


def parse_value(text: str, kind: Kind, language: Language) -> Decimal | str | None:
    """Read a typed value for a claim of ``kind``.

    Numbers accept the article's locale and the other one when unambiguous:
    in French "32,58", "32.58" and "1 298,50" (any space) all read exactly;
    in English "1,298.50" and "32.58" (:func:`claims.numbers.parse_typed`,
    the parser the extractor uses too). Nothing is rounded: the Decimal
    keeps the digits typed ("32,50" is 32.50, the precision the checker
    gave). Dates and periods take ISO 8601 ("2025-06", "2024-Q4"). An empty
    text gives ``None``.

    Raises :class:`InputError` when ``text`` is not a value of that kind.
    """
    text = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("\u2212", "-")
    if not text:
        return None
    if kind is Kind.STATEMENT:
        raise InputError("a statement has no value")
    if kind in TEMPORAL_KINDS:
        if not ISO_TEMPORAL.match(text):
            raise InputError(f"{text!r} is not an ISO 8601 date or period (2025, 2025-06, 2024-Q4)")
        return text
    try:
        number = parse_typed(text.rstrip("%"), language)
    except ValueError:
        raise InputError(f"{text!r} is not a number") from None
    try:
        check_magnitude("the value", number)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    return number


def value_for_editing(value: Decimal | str | None, language: Language) -> str:
    """A value as the checker would type it: every digit, the locale's decimal mark."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    text = format(value, "f")
    return text.replace(".", ",") if language is Language.FR else text


def status_change(
    claim: Claim, status: Status, checker: str, now: dt.datetime | None = None
) -> dict[str, Any]:
    """The field values that setting ``status`` on ``claim`` implies.

    Leaving ``unchecked`` records who and when (``checked_by``,
    ``checked_at``, an aware datetime); going back to ``unchecked`` clears them.
    Marking a claim is looking at it again: it clears ``text_changed``.
    """
    if status is Status.UNCHECKED:
        values: dict[str, Any] = {"status": status, "checked_by": None, "checked_at": None}
    else:
        moment = (now or dt.datetime.now().astimezone()).replace(microsecond=0)
        values = {"status": status, "checked_by": checker, "checked_at": moment}
    if claim.text_changed:
        values["text_changed"] = False
    return values


def with_history(
    claim: Claim, values: dict[str, Any], checker: str, now: dt.datetime | None = None
) -> dict[str, Any]:
    """``values`` plus the ``history`` they append to ``claim``: one entry
    ``{at, by, field, old, new}`` per tracked field that changes.

    Undoing the edit restores the previous history with the other fields, so
    the trail holds what the sheet holds.
    """
    moment = (now or dt.datetime.now().astimezone()).replace(microsecond=0)
    entries = [
        HistoryEntry(
            at=moment,
            by=checker,
            field=name,
            old=_trail_value(getattr(claim, name)),
            new=_trail_value(value),
        )
        for name, value in values.items()
        if name in TRACKED_FIELDS and getattr(claim, name) != value
    ]
    if not entries:
        return dict(values)
    return {**values, "history": [*claim.history, *entries]}


def _trail_value(value: Any) -> Decimal | str | None:
    if value is None or isinstance(value, Decimal):
        return value
    return str(value)


def edited(claim: Claim, values: dict[str, Any]) -> Claim:
    """A new claim: ``claim`` with ``values`` set, validated as a whole (so a
    kind and its value change together). ``claim`` itself is left as it is.

    Raises ``ValueError`` (a :class:`pydantic.ValidationError` when a value is
    invalid) and names the fields that cannot be edited.
    """
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"claim {claim.id}: these fields cannot be edited: {sorted(unknown)}")
    # dict(claim) keeps nested models as they are: only the claim is validated again.
    return Claim.model_validate({**dict(claim), **values})


def kind_change(claim: Claim, kind: Kind) -> dict[str, Any]:
    """The field values that changing ``claim``'s kind to ``kind`` implies.

    A value that the new kind cannot hold goes: a statement has none, and a
    date or period (ISO 8601 text) and a figure (a number) cannot take each
    other's. Unit and qualifier stay for the checker to adjust.
    """
    values: dict[str, Any] = {"kind": kind}
    temporal_before, temporal_after = claim.kind in TEMPORAL_KINDS, kind in TEMPORAL_KINDS
    if kind is Kind.STATEMENT or temporal_before != temporal_after:
        values.update(value=None, value_max=None)
    return values
