"""Results tables flattened into text lines (press releases copied from PDF)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.model import Kind
from tests.claims.extraction import claims_of

D = Decimal


@pytest.mark.parametrize(
    ("lang", "row", "expected"),
    [
        (
            "fr",
            "Chiffre d'affaires (M€) 1 234,5 1 105,2 +11,7 %",
            [
                (Kind.MONEY, D(1_234_500_000), "EUR"),
                (Kind.MONEY, D(1_105_200_000), "EUR"),
                (Kind.PERCENT, D("11.7"), "%"),
            ],
        ),
        (
            "en",
            "Revenue ($m) 4,612.3 4,128.9 +11.7%",
            [
                (Kind.MONEY, D(4_612_300_000), "USD"),
                (Kind.MONEY, D(4_128_900_000), "USD"),
                (Kind.PERCENT, D("11.7"), "%"),
            ],
        ),
        (
            "en",
            "Diluted EPS ($) 7.62 6.88 +10.8%",
            [
                (Kind.MONEY, D("7.62"), "USD"),
                (Kind.MONEY, D("6.88"), "USD"),
                (Kind.PERCENT, D("10.8"), "%"),
            ],
        ),
        (
            "fr",
            "Résultat net (Md€) 2,1 -0,4 n.s.",
            [(Kind.MONEY, D(2_100_000_000), "EUR"), (Kind.MONEY, D(-400_000_000), "EUR")],
        ),
    ],
)
def test_row_cells_take_the_row_unit(
    lang: str, row: str, expected: list[tuple[Kind, Decimal, str]]
) -> None:
    text = f"Chiffres clés 2024 2023 Variation\n{row}"
    assert [(c.kind, c.value, c.unit) for c in claims_of(text, lang)] == expected
