"""Hostile and tricky sheets: safe loading only, bombs refused fast, YAML's
traps kept as text, and any sheet round-trips exactly (hypothesis)."""

from __future__ import annotations

import datetime as dt
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.errors import SheetFormatError
from claims.model import (
    MAX_EXPONENT,
    MAX_NUMBER_CHARS,
    Article,
    Claim,
    Evidence,
    Kind,
    Language,
    Sheet,
    Status,
    plain_length,
)
from claims.sheet import MAX_SHEET_BYTES, dump_sheet, load_sheet, loads_sheet, save_sheet

TEXT = "Le groupe a levé 40 000 euros en 2024."


def sheet(**fields: object) -> Sheet:
    claim = Claim(
        id="c1",
        quote="40 000 euros",
        span=(17, 29),
        kind=Kind.MONEY,
        value=Decimal(40000),
        unit="EUR",
    )
    return Sheet(
        article=Article(language=Language.FR, text=TEXT), claims=[claim.model_copy(update=fields)]
    )


@pytest.mark.parametrize(
    "payload",
    [
        "!!python/object/apply:os.system ['echo pwned']",
        "!!python/object:__main__.Evil {}",
        "!custom thing",
    ],
)
def test_tags_are_refused(payload: str) -> None:
    text = dump_sheet(sheet()).replace("  note: ''", f"  note: {payload}")
    with pytest.raises(SheetFormatError, match="unsupported YAML tag") as info:
        loads_sheet(text, "evil.claims.yaml")
    assert info.value.line is not None


def test_alias_bomb_is_refused_fast_and_small() -> None:
    bomb = ["claimdesk: 1", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        bomb.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    text = "\n".join(bomb) + "\n"
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(SheetFormatError, match="anchors and aliases"):
        loads_sheet(text)
    elapsed = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 5 * 1024 * 1024


def test_any_anchor_is_refused() -> None:
    text = dump_sheet(sheet()).replace("  unit: EUR", "  unit: &u EUR")
    with pytest.raises(SheetFormatError, match="anchors and aliases"):
        loads_sheet(text)


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.claims.yaml"
    with path.open("wb") as handle:
        handle.truncate(MAX_SHEET_BYTES + 1)
    started = time.perf_counter()
    with pytest.raises(SheetFormatError, match="over the 200 MiB"):
        load_sheet(path)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "NO",
        "no",
        "yes",
        "Off",
        "null",
        "~",
        "10:00",
        "2.10",
        "2019-01-01",
        "1e+4",
        "0x1F",
        ".inf",
        "007",
        "true",
    ],
)
@pytest.mark.parametrize("field", ["source", "unit", "note"])
def test_yaml_traps_stay_text(tmp_path: Path, field: str, text: str) -> None:
    original = sheet(**{field: text})
    path = tmp_path / "traps.claims.yaml"
    save_sheet(original, path)
    assert getattr(load_sheet(path).claims[0], field) == text


def test_evidence_title_that_looks_like_a_date(tmp_path: Path) -> None:
    original = sheet(
        evidence=[
            Evidence(url="https://example.org", title="2019-01-01", accessed=dt.date(2024, 1, 2))
        ]
    )
    assert loads_sheet(dump_sheet(original)).claims[0].evidence[0].title == "2019-01-01"


def test_non_ascii_stays_readable() -> None:
    text = dump_sheet(sheet(note="Vérifié : « 40 000 € » — d’après l’Insee"))
    assert "Vérifié : « 40 000 € » — d’après l’Insee" in text


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
decimals = st.decimals(
    allow_nan=False, allow_infinity=False, places=None, min_value=-(10**15), max_value=10**15
).filter(  # the model's documented range
    lambda d: (not d or abs(d.adjusted()) <= MAX_EXPONENT) and plain_length(d) <= MAX_NUMBER_CHARS
)


@given(
    note=texts,
    source=st.none() | texts,
    unit=st.none() | texts,
    title=texts,
    value=decimals,
    status=st.sampled_from(list(Status)),
)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_sheet_round_trips_exactly(
    note: str, source: str | None, unit: str | None, title: str, value: Decimal, status: Status
) -> None:
    original = sheet(
        note=note,
        source=source,
        unit=unit,
        value=value,
        status=status,
        evidence=[Evidence(url="https://example.org/a", title=title)],
    )
    text = dump_sheet(original)
    loaded = loads_sheet(text)
    assert loaded == original
    assert dump_sheet(loaded) == text
    assert "&id" not in text and "*id" not in text


def test_deep_nesting_is_refused_with_a_line() -> None:
    text = "claimdesk: 1\na: " + "[" * 1_000_000 + "]" * 1_000_000 + "\n"
    with pytest.raises(SheetFormatError, match="nesting depth") as info:
        loads_sheet(text, "deep.claims.yaml")
    assert info.value.line == 2


def test_control_character_is_refused_at_its_line_and_column() -> None:
    text = dump_sheet(sheet()).replace("  note: ''", "  note: 'levé\x00'")
    with pytest.raises(SheetFormatError, match="U\\+0000 is not allowed") as info:
        loads_sheet(text, "nul.claims.yaml")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "\x00" in row)
    assert (info.value.line, info.value.column) == (
        line,
        text.splitlines()[line - 1].index("\x00") + 1,
    )


# Reported by a review of issue 5: each loaded before, then crashed an
# export, a merge or the window, or wrote a 220 MB sheet.
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1e1000000", "out of range"),
        ("2.2e220000000", "out of range"),
        ("1e31", "out of range"),
        ("0.1e-40", "out of range"),
        ("NaN", "finite number"),
        ("sNaN", "finite number"),
        ("Infinity", "finite number"),
        (".nan", "finite number"),
        ("-.inf", "finite number"),
        ("1" * 5000, "cannot be read"),
    ],
)
def test_impossible_numbers_are_refused_with_a_line(value: str, message: str) -> None:
    text = dump_sheet(sheet()).replace("  value: 40000", f"  value: {value}")
    with pytest.raises(SheetFormatError, match=message) as info:
        loads_sheet(text, "n.claims.yaml")
    assert info.value.line is not None
    assert "claim c1" in str(info.value) or "value" in str(info.value)


def test_the_largest_numbers_round_trip() -> None:
    for value in ("1e30", "-1e30", "0.000001"):
        text = dump_sheet(sheet()).replace("  value: 40000", f"  value: {value}")
        loaded = loads_sheet(text)
        assert loaded.claims[0].value == Decimal(value)
        assert loads_sheet(dump_sheet(loaded)) == loaded


def test_duplicate_keys_are_refused() -> None:
    text = dump_sheet(sheet())
    with pytest.raises(SheetFormatError, match="the key 'claims' appears twice") as info:
        loads_sheet(text + "claims: []\n", "dup.claims.yaml")  # would empty the sheet
    assert info.value.line == text.count("\n") + 1
    doubled = text.replace("  note: ''", "  note: ''\n  note: autre", 1)
    with pytest.raises(SheetFormatError, match="the key 'note' appears twice"):
        loads_sheet(doubled)


def test_impossible_date_is_refused_at_its_line() -> None:
    text = dump_sheet(sheet()).replace("  published: null", "  published: 2025-13-45")
    with pytest.raises(SheetFormatError, match="'2025-13-45' cannot be read: month") as info:
        loads_sheet(text, "d.claims.yaml")
    assert info.value.line == text.splitlines().index("  published: 2025-13-45") + 1


def test_a_folder_is_not_a_sheet(tmp_path: Path) -> None:
    folder = tmp_path / "x.claims.yaml"
    folder.mkdir()
    with pytest.raises(SheetFormatError, match="cannot read the file"):
        load_sheet(folder)
