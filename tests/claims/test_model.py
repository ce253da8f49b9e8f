"""The domain objects hold only valid values, on construction and on every
assignment: values as their kind stores them, ids never given twice."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from claims.model import Article, Claim, Kind, Sheet


def _claim(claim_id: str = "c1", kind: Kind = Kind.COUNT, value: object = None) -> Claim:
    return Claim(id=claim_id, quote="x", span=(0, 1), kind=kind, value=value)


@pytest.mark.parametrize(
    ("kind", "given", "stored"),
    [
        (Kind.COUNT, "12.5", Decimal("12.5")),
        (Kind.COUNT, 3, Decimal(3)),
        (Kind.PERCENT, 0.1, Decimal("0.1")),  # the float's shortest repr, no binary noise
        (Kind.MONEY, " 32.50 ", Decimal("32.50")),  # the digits typed are kept
        (Kind.DATE, Decimal(2025), "2025"),  # a year read back from YAML as a number
        (Kind.PERIOD, 2024, "2024"),
        (Kind.PERIOD, "2024-Q4", "2024-Q4"),
    ],
)
def test_values_are_stored_as_their_kind_holds_them(
    kind: Kind, given: object, stored: object
) -> None:
    assert _claim(kind=kind, value=given).value == stored
    assigned = _claim(kind=kind)
    assigned.value = given  # the same on assignment
    assert assigned.value == stored
    assert type(assigned.value) is type(stored)


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (Kind.COUNT, "beaucoup"),
        (Kind.DATE, Decimal("2025.5")),
        (Kind.DATE, "juin 2025"),
        (Kind.STATEMENT, Decimal(1)),
        (Kind.COUNT, True),
        (Kind.COUNT, Decimal("1e40")),
        (Kind.COUNT, Decimal("NaN")),
    ],
)
def test_impossible_values_are_refused(kind: Kind, value: object) -> None:
    with pytest.raises(ValidationError):
        _claim(kind=kind, value=value)


def test_last_id_never_goes_below_the_ids_given() -> None:
    claims = [_claim("c1"), _claim("c7")]
    text = Article(text="x")
    assert Sheet(article=text, claims=claims, last_id=0).last_id == 7
    sheet = Sheet(article=text, claims=claims, last_id=9)
    assert sheet.last_id == 9  # ids of deleted claims stay given
    sheet.last_id = 2
    assert sheet.last_id == 7
    assert sheet.next_id() == "c8"
    assert sheet.last_id == 8


def test_a_refused_assignment_changes_nothing() -> None:
    claim = _claim(value=Decimal(3))
    with pytest.raises(ValidationError):
        claim.value = "beaucoup"  # refused by the model's own check of kind and value
    assert claim.value == Decimal(3)
    sheet = Sheet(article=Article(text="x"), claims=[claim])
    with pytest.raises(ValidationError):
        sheet.article = Article(text="")  # the claim's span no longer fits
    assert sheet.article.text == "x"
