"""A sheet edited by hand keeps its meaning (issue 11, item 4): each field is
read as its type says, not by YAML 1.1's guesses; what cannot be read is
refused at its own line and column, with the reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from claims.errors import SheetFormatError
from claims.model import (
    MAX_NUMBER_CHARS,
    Article,
    Claim,
    Evidence,
    Kind,
    Language,
    Qualifier,
    Sheet,
    Status,
)
from claims.sheet import dump_sheet, load_sheet, loads_sheet, save_sheet

TEXT = "Le groupe a levé 40 000 euros en 2024."


def sheet_text() -> str:
    claim = Claim(
        id="c1",
        quote="40 000 euros",
        span=(17, 29),
        kind=Kind.MONEY,
        value=Decimal(40000),
        unit="EUR",
        evidence=[Evidence(url="https://example.org/r", title="Rapport")],
    )
    return dump_sheet(Sheet(article=Article(language=Language.FR, text=TEXT), claims=[claim]))


def edited(old: str, new: str) -> str:
    text = sheet_text()
    assert old in text
    return text.replace(old, new, 1)


def position(text: str, fragment: str) -> tuple[int, int]:
    """1-based line and column where ``fragment`` starts in ``text``."""
    index = text.index(fragment)
    return text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)


def claim_of(old: str, new: str) -> Claim:
    return loads_sheet(edited(old, new)).claims[0]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("010", Decimal(10)),  # YAML 1.1: 8 (octal)
        ("-1.5", Decimal("-1.5")),
        ("1e3", Decimal(1000)),
        ("+12.50", Decimal("12.50")),
        ("'12.5'", Decimal("12.5")),
        ("null", None),
        ("~", None),
        ("", None),
    ],
)
def test_a_number_field_reads_decimal_numbers(written: str, read: Decimal | None) -> None:
    assert claim_of("  value: 40000\n", f"  value: {written}\n").value == read


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("0x1F", "'0x1F' is not a decimal number (write it in decimal digits)"),  # YAML 1.1: 31
        ("0o17", "'0o17' is not a decimal number (write it in decimal digits)"),
        ("1:30", "'1:30' is not a decimal number (write it in decimal digits)"),  # 1.1: 90
        ("1,5", "'1,5' is not a decimal number (write 1.5)"),
        ("40 000", "'40 000' is not a decimal number (write 40000: no thousands separator)"),
        ("1_000", "'1_000' is not a decimal number (write 1000: no thousands separator)"),
        (".inf", "'.inf' is not a finite number"),
        (".nan", "'.nan' is not a finite number"),
        ("trois", "'trois' is not a decimal number"),
    ],
)
def test_a_number_field_refuses_other_numbers_at_their_place(written: str, reason: str) -> None:
    text = edited("  value: 40000\n", f"  value: {written}\n")
    with pytest.raises(SheetFormatError) as info:
        loads_sheet(text, "hand.claims.yaml")
    error = info.value
    assert error.message == f"claim c1: value of a money claim must be a number: {reason}"
    assert error.field == "claims[0].value"
    assert (error.line, error.column) == position(text, written + "\n")


def test_a_span_takes_whole_decimal_numbers_only() -> None:
    assert claim_of("  span: [17, 29]", "  span: [017, 29]").span == (17, 29)
    text = edited("  span: [17, 29]", "  span: [17, 0x1D]")
    with pytest.raises(SheetFormatError, match="span: '0x1D' is not a whole number") as info:
        loads_sheet(text)
    assert info.value.field == "claims[0].span[1]"
    assert (info.value.line, info.value.column) == position(text, "0x1D")


@pytest.mark.parametrize(
    ("old", "new", "field", "read"),
    [
        ("  source: null\n", "  source: NO\n", "source", "NO"),  # YAML 1.1: false
        ("  source: null\n", "  source: yes\n", "source", "yes"),
        ("  source: null\n", "  source: ~\n", "source", None),
        ("  source: null\n", "  source:\n", "source", None),
        ("  note: ''\n", "  note: 2.10\n", "note", "2.10"),  # YAML 1.1: the float 2.1
        ("  note: ''\n", "  note: false\n", "note", "false"),
        ("  note: ''\n", "  note: 2019-01-01\n", "note", "2019-01-01"),  # not a date
        ("  note: ''\n", "  note: null\n", "note", ""),
        ("  note: ''\n", "  note: !!str 007\n", "note", "007"),
        ("  unit: EUR\n", "  unit: 1e3\n", "unit", "1e3"),
        ("  unit: EUR\n", "  unit: 10:00\n", "unit", "10:00"),  # YAML 1.1: 600
        ("  checked_by: null\n", "  checked_by: 123\n", "checked_by", "123"),
    ],
)
def test_a_text_field_takes_the_text_exactly(old: str, new: str, field: str, read: Any) -> None:
    assert getattr(claim_of(old, new), field) == read


def test_article_and_evidence_text_fields_take_the_text() -> None:
    text = edited("  title: null\n", "  title: yes\n").replace(
        "    title: Rapport\n    quote: ''\n", "    title: 2.10\n    quote: 123\n"
    )
    sheet = loads_sheet(text)
    assert sheet.article.title == "yes"
    assert sheet.claims[0].evidence[0].title == "2.10"
    assert sheet.claims[0].evidence[0].quote == "123"


@pytest.mark.parametrize(
    ("field", "written", "read"),
    [
        ("status", "Verified", Status.VERIFIED),
        ("status", "VERIFIED", Status.VERIFIED),
        ("status", "false", Status.FALSE),  # not the boolean false
        ("status", "False", Status.FALSE),
        ("status", "In progress", Status.IN_PROGRESS),
        ("status", "in-progress", Status.IN_PROGRESS),
        ("kind", "Money", Kind.MONEY),
        ("qualifier", "More than", Qualifier.MORE_THAN),
    ],
)
def test_names_are_read_in_any_case(field: str, written: str, read: Any) -> None:
    default = {"status": "unchecked", "kind": "money", "qualifier": "exact"}[field]
    assert getattr(claim_of(f"  {field}: {default}\n", f"  {field}: {written}\n"), field) == read


def test_the_language_is_read_in_any_case() -> None:
    assert loads_sheet(edited("  language: fr\n", "  language: FR\n")).article.language == "fr"


@pytest.mark.parametrize("written", ["maybe", "no", "true", "1", "checked"])
def test_an_unknown_status_is_refused_with_the_list_without_it(written: str) -> None:
    text = edited("  status: unchecked\n", f"  status: {written}\n")
    with pytest.raises(SheetFormatError) as info:
        loads_sheet(text)
    error = info.value
    names = "unchecked, in_progress, verified, false, misleading, inconclusive"
    assert error.message == f"claim c1: status: {written!r} is not one of {names}"
    assert written not in names.split(", ")
    assert error.field == "claims[0].status"
    line, column = position(text, f"  status: {written}\n")
    assert (error.line, error.column) == (line, column + len("  status: "))


def test_dates_stay_timestamps() -> None:
    text = edited("  published: null\n", "  published: 2024-10-16\n").replace(
        "  checked_at: null\n", "  checked_at: 2026-11-29T10:30:00+01:00\n"
    )
    sheet = loads_sheet(text)
    assert sheet.article.published == dt.date(2024, 10, 16)
    checked_at = sheet.claims[0].checked_at
    assert checked_at == dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("written", "read"), [("2025", "2025"), ("'2025-06'", "2025-06"), ("2024-Q4", "2024-Q4")]
)
def test_a_date_claim_keeps_its_value_as_text(written: str, read: str) -> None:
    claim = claim_of("  kind: money\n  value: 40000\n", f"  kind: date\n  value: {written}\n")
    assert claim.value == read


def test_a_date_claim_refuses_a_value_that_is_not_a_date_at_its_place() -> None:
    text = edited("  kind: money\n  value: 40000\n", "  kind: date\n  value: June 2025\n")
    with pytest.raises(SheetFormatError, match="value of a date claim must be an ISO 8601") as info:
        loads_sheet(text)
    assert (info.value.line, info.value.column) == position(text, "June 2025")


def test_history_values_keep_their_meaning() -> None:
    text = edited(
        "  history: []\n",
        "  history:\n  - at: 2026-11-29T10:30:00+01:00\n    by: NO\n    field: value\n"
        "    old: 010\n    new: '3.50'\n",
    )
    [entry] = loads_sheet(text).claims[0].history
    assert (entry.by, entry.old, entry.new) == ("NO", Decimal(10), "3.50")


def test_an_empty_evidence_url_is_refused_at_its_line() -> None:
    # Reported: a zero-width space alone was a URL (it shows nothing).
    for written in ("''", "'   '", "", '"\\u200b"', '"\\u3000\\u200b\\ufeff\\t"'):
        text = edited("  - url: https://example.org/r\n", f"  - url: {written}\n")
        with pytest.raises(SheetFormatError, match="an evidence link needs its URL") as info:
            loads_sheet(text, "e.claims.yaml")
        assert info.value.field == "claims[0].evidence[0].url"
        assert info.value.line == position(text, f"  - url: {written}\n")[0]
    with pytest.raises(ValueError, match="needs its URL"):
        Evidence(url=" ")
    with pytest.raises(ValueError, match="needs its URL"):
        Evidence(url="\u200b")


def test_a_hand_edited_sheet_saves_in_the_written_form() -> None:
    text = edited("  value: 40000\n", "  value: 040000.0\n").replace(
        "  status: unchecked\n", "  status: Verified\n"
    )
    again = dump_sheet(loads_sheet(text))
    assert "  value: 40000.0\n" in again and "  status: verified\n" in again


# -- every value that loads is written back and read again as it is -----------


@pytest.mark.parametrize(
    ("written", "longer"),
    [
        ("0." + "3" * (MAX_NUMBER_CHARS - 2), "0." + "3" * (MAX_NUMBER_CHARS - 1)),
        (
            "-" + "1" * 30 + "." + "5" * (MAX_NUMBER_CHARS - 32),
            "-" + "1" * 30 + "." + "5" * (MAX_NUMBER_CHARS - 31),
        ),
        (f"0E-{MAX_NUMBER_CHARS - 2}", f"0E-{MAX_NUMBER_CHARS - 1}"),  # "0." and 98 zeros
    ],
)
def test_a_value_at_the_length_limit_is_saved_and_opened_again(
    tmp_path: Path, written: str, longer: str
) -> None:
    path = tmp_path / "limit.claims.yaml"
    path.write_text(edited("  value: 40000\n", f"  value: {written}\n"), encoding="utf-8")
    sheet = load_sheet(path)
    save_sheet(sheet, path)
    [line] = [line for line in path.read_text(encoding="utf-8").split("\n") if "value: " in line]
    assert len(line.removeprefix("  value: ")) == MAX_NUMBER_CHARS
    assert load_sheet(path) == sheet
    # One character more, written out, is refused by the model as well.
    with pytest.raises(ValidationError, match="101 characters written out in full"):
        sheet.claims[0].value = Decimal(longer)


@pytest.mark.parametrize(
    ("written", "shown", "length"),
    [
        ("0E-200", "0E-200", "202"),
        ("0E-999999999", "0E-999999999", "1,000,000,001"),
        ("1." + "0" * 70 + "E-30", "1." + "0" * 37 + "…", "102"),  # 71 digits from 10^-30
    ],
)
def test_a_value_too_long_written_out_is_refused_at_its_place(
    tmp_path: Path, written: str, shown: str, length: str
) -> None:
    # Reported: "value: 0E-200" loaded, the next save wrote 202 characters
    # and the sheet could not be opened again; 0E-999999999 made a 1 GB file.
    text = edited("  value: 40000\n", f"  value: {written}\n")
    path = tmp_path / "long.claims.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SheetFormatError) as info:
        load_sheet(path)
    assert info.value.message == (
        f"claim c1: the value {shown} is {length} characters written out in full: "
        f"a sheet holds numbers of at most {MAX_NUMBER_CHARS} characters"
    )
    assert info.value.field == "claims[0].value"
    assert (info.value.line, info.value.column) == position(text, written + "\n")


def test_a_history_value_too_long_written_out_stays_text() -> None:
    text = edited(
        "  history: []\n",
        "  history:\n  - at: 2026-11-29T10:30:00+01:00\n    by: Camille\n    field: value\n"
        "    old: 0E-200\n    new: 0.5\n",
    )
    sheet = loads_sheet(text)
    [entry] = sheet.claims[0].history
    assert (entry.old, entry.new) == ("0E-200", Decimal("0.5"))
    assert loads_sheet(dump_sheet(sheet)) == sheet


# -- numbers are ASCII digits; a date is not a number -------------------------


@pytest.mark.parametrize(
    ("old", "new", "written", "reason"),
    [
        (
            "  value: 40000\n",
            "  value: \u0661\u0660\n",  # Arabic-Indic 10
            "\u0661\u0660",
            "claim c1: value of a money claim must be a number: "
            "'\u0661\u0660' is not a decimal number (write its digits as 0-9)",
        ),
        (
            "  span: [17, 29]",
            "  span: [17, \uff12\uff19]",  # full-width 29
            "\uff12\uff19",
            "claim c1: span: '\uff12\uff19' is not a whole number (write its digits as 0-9)",
        ),
        (
            "  kind: money\n  value: 40000\n",
            "  kind: date\n  value: \uff12\uff10\uff12\uff14\n",
            "\uff12\uff10\uff12\uff14",
            "claim c1: value of a date claim must be an ISO 8601 date or period such as 2025, "
            "2025-10, 2025-10-03 or 2024-Q4, got '\uff12\uff10\uff12\uff14'",
        ),
        (
            "claimdesk: 2\n",
            "claimdesk: \u00b2\n",  # superscript two: isdigit(), yet int() refuses it
            "\u00b2",
            "the format version must be an integer, got '\u00b2'",
        ),
        (
            "claimdesk: 2\n",
            "claimdesk: \uff12\n",
            "\uff12",
            "the format version must be an integer, got '\uff12'",
        ),
        (
            "  published: null\n",
            "  published: 0\n",  # pydantic: 1970-01-01, Unix time
            "0",
            "published: '0' is a number, not a date: write an ISO 8601 date such as "
            "2025-02-26 (with its time and offset where one is kept: 2025-02-26T10:30:00+01:00)",
        ),
        (
            "  checked_at: null\n",
            "  checked_at: 1764234000\n",
            "1764234000",
            "claim c1: checked_at: '1764234000' is a number, not a date: write an ISO 8601 "
            "date such as 2025-02-26 (with its time and offset where one is kept: "
            "2025-02-26T10:30:00+01:00)",
        ),
    ],
)
def test_numbers_are_ascii_digits_and_a_date_is_not_a_number(
    old: str, new: str, written: str, reason: str
) -> None:
    # Reported: "claimdesk: \u00b2" crashed with a ValueError; "\u0661\u0660"
    # was read as 10, "published: 0" as 1970-01-01.
    text = edited(old, new)
    with pytest.raises(SheetFormatError) as info:
        loads_sheet(text, "digits.claims.yaml")
    assert info.value.message == reason
    line, column = position(text, new.strip("\n").split("\n")[-1])
    last = new.strip("\n").split("\n")[-1]
    assert (info.value.line, info.value.column) == (line, column + last.index(written))
