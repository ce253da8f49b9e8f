"""Every reported input is a test: right ones stay right, known gaps are listed.

The inputs and their expected figures are in ``tests/data/reported`` (see its
README). A case passes when every expected figure is found with its value,
nothing else is found, and every unit, qualifier and source agrees.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.evaluate import score_article
from claims.extract import extract_claims
from claims.gold import gold_paths, load_gold

REPORTED = Path(__file__).resolve().parents[1] / "data" / "reported"

KNOWN_GAPS = {
    "en08-crime-police": "a bare number whose noun stands before the verb ('homicides falling from 186 to 142')",
    "en09-court-sentence": "mixed fractions ('7 1/2 years') are not read",
    "en10-plant-closures": "'close two of its nine plants': a count whose noun comes after 'of its nine'",
    "en23-jobless-claims": "the counted noun stands before the verb ('claims rose to 231,000'): no unit",
    "fr14-emploi-points": "the counted noun stands before the verb ('le nombre de demandeurs ... a diminué de 42 300'): no unit",
    "en14-poll": "day ranges ('Oct. 3-5, 2025') and a source cut at the comma of '2,104'",
    "en15-wire-reuters": "a speaker of a subordinate clause ('after the drugmaker said') wins over 'Reuters reported'",
    "en16-heat-pumps": "'halving' is not read as a multiplier",
    "fr09-justice-homicides": "'quatre ans de prison, dont deux avec sursis': the elided unit of 'deux'",
    "fr15-contrat-dollars": "'24 Rafale': a count of a capitalised product noun",
    "fr22-cambriolages": "'8 000 faits de moins' is not read as a decrease",
}

CASES = [path.name.removesuffix(".gold.yaml") for path in gold_paths([REPORTED])]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_GAPS[name], strict=True))
        if name in KNOWN_GAPS
        else name
        for name in CASES
    ],
)
def test_reported_input(name: str) -> None:
    gold = load_gold(REPORTED / f"{name}.gold.yaml")
    score = score_article(gold, extract_claims(gold.article))
    assert score.missed == [], score.missed
    assert score.spurious == [], score.spurious
    assert score.wrong_value == [], score.wrong_value
    assert score.mismatches == [], score.mismatches


def test_every_known_gap_is_a_case() -> None:
    assert set(KNOWN_GAPS) <= set(CASES)
