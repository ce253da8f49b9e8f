"""A sheet cut short is refused, wherever the cut falls (issue 11, item 3).

Format 2 ends with the line ``end_of_sheet: true``: a cut anywhere removes or
damages it. Format 1 sheets (older ClaimDesk) still load, unchecked, and the
loader says so."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from claims.errors import SheetFormatError
from claims.model import FORMAT_VERSION, HistoryEntry, Sheet, Status
from claims.sheet import (
    END_KEY,
    dump_sheet,
    load_sheet,
    loads_sheet,
    open_sheet,
    parse_sheet,
    save_sheet,
)

AT = dt.datetime(2026, 11, 29, 10, 30, tzinfo=dt.UTC)


@pytest.fixture
def sample_text(checked_sheet: Sheet) -> str:
    """The checked sample sheet (verdicts, notes, evidence, history), dumped."""
    for claim in checked_sheet.claims[:5]:
        claim.history = [
            HistoryEntry(at=AT, by="Camille", field="status", old="unchecked", new=claim.status)
        ]
    checked_sheet.claims[5].note = "Deux lignes :\n« vérifié » auprès du groupe."
    return dump_sheet(checked_sheet)


def as_version_1(text: str) -> str:
    """``text`` as an older ClaimDesk wrote it: version 1, no end line."""
    assert text.startswith("claimdesk: 2\n") and text.endswith(f"\n{END_KEY}: true\n")
    return "claimdesk: 1\n" + text.removeprefix("claimdesk: 2\n").removesuffix(f"{END_KEY}: true\n")


def last_line(text: str) -> int:
    return text.count("\n") + (0 if text.endswith("\n") else 1)


def assert_cut_short(text: str) -> None:
    with pytest.raises(SheetFormatError) as info:
        loads_sheet(text, "cut.claims.yaml")
    line = last_line(text)
    assert info.value.message == f"the sheet ends early (line {line}): it may have been cut short"
    assert info.value.line == line


def cut_points(text: str) -> list[int]:
    """Every line boundary after the first line, every character of the last
    three lines but the very last line break, and every 97th character."""
    starts = [i + 1 for i, char in enumerate(text) if char == "\n"][:-1]
    last_three = text.rstrip("\n").rsplit("\n", 3)[0]
    first_line_end = text.index("\n")
    every_97th = range(first_line_end, len(text), 97)
    return sorted({*starts, *range(len(last_three), len(text) - 1), *every_97th})


def test_the_dumped_sheet_ends_with_the_end_line(sample_text: str) -> None:
    assert sample_text.startswith(f"claimdesk: {FORMAT_VERSION}\n")
    assert FORMAT_VERSION == 2
    assert sample_text.endswith("\nend_of_sheet: true\n")
    loaded = parse_sheet(sample_text)
    assert loaded.format_version == 2 and loaded.checked_for_truncation
    assert dump_sheet(loaded.sheet) == sample_text


def test_every_cut_of_a_checked_sheet_is_refused(sample_text: str) -> None:
    points = cut_points(sample_text)
    lines = sample_text.count("\n")
    assert lines > 400 and len(points) > lines + 100  # every line boundary, and more
    for point in points:
        assert_cut_short(sample_text[:point])


def test_partial_last_lines_are_refused(sample_text: str) -> None:
    body = sample_text.removesuffix("end_of_sheet: true\n")
    for tail in (
        "e",
        "end_of_sh",
        "end_of_sheet",
        "end_of_sheet:",
        "end_of_sheet: ",
        "end_of_sheet: tr",
    ):
        assert_cut_short(body + tail)
        assert_cut_short(body + tail + "\n")


def test_only_the_last_line_break_may_go(sample_text: str) -> None:
    # Nothing is lost when only the final line break is cut: the sheet loads whole.
    assert loads_sheet(sample_text[:-1]) == loads_sheet(sample_text)


def test_a_cut_in_the_first_line_is_refused(sample_text: str) -> None:
    for point in range(1, sample_text.index("\n")):
        with pytest.raises(SheetFormatError):
            loads_sheet(sample_text[:point])


def test_byte_cuts_of_a_file_are_refused(sample_text: str, tmp_path: Path) -> None:
    data = sample_text.encode("utf-8")
    inside_characters = [
        i
        for i in range(1, len(data))
        if data[i] & 0xC0 == 0x80  # a continuation byte
    ]
    assert len(inside_characters) > 100
    path = tmp_path / "cut.claims.yaml"
    for point in [*inside_characters[::7], *range(len(data) - 40, len(data) - 1)]:
        path.write_bytes(data[:point])
        with pytest.raises(SheetFormatError, match="ends early"):
            load_sheet(path)


def test_the_end_line_must_come_last(sample_text: str) -> None:
    moved = sample_text.replace("claims:\n", "end_of_sheet: true\nclaims:\n", 1).removesuffix(
        "end_of_sheet: true\n"
    )
    line = moved.split("\n").index("claims:") + 1
    assert_text_after_end(moved, line)


def assert_text_after_end(text: str, line: int) -> None:
    with pytest.raises(SheetFormatError) as info:
        loads_sheet(text, "after.claims.yaml")
    assert info.value.message == (
        f"text after end_of_sheet (line {line}): the end line must be the last"
    )
    assert info.value.line == line


@pytest.mark.parametrize(
    "after",
    [
        "garbage\n",  # breaks the YAML after the end line
        "extra: 1\n",  # a key: the YAML is whole
        "# a comment\n\nextra: 1\n",  # the first line of text, comments aside
        "...\ngarbage ][\n",  # a document end marker, then garbage
    ],
)
def test_text_after_the_end_line_is_refused_as_such_not_as_a_cut(
    sample_text: str, after: str
) -> None:
    # Reported: "the sheet ends early: it may have been cut short", the wrong
    # reason: a cut never leaves text after the end line.
    text = sample_text + after
    first = next(i for i, line in enumerate(after.split("\n")) if line and line[0] != "#")
    assert_text_after_end(text, sample_text.count("\n") + first + 1)


def test_a_broken_whole_sheet_is_a_syntax_error_not_a_cut(sample_text: str) -> None:
    broken = sample_text.replace("  note: ''\n", "  note: 'unclosed\n", 1)
    with pytest.raises(SheetFormatError, match="YAML syntax error"):
        loads_sheet(broken)


def test_version_1_sheets_load_unchecked_and_say_so(sample_text: str, tmp_path: Path) -> None:
    old = as_version_1(sample_text)
    path = tmp_path / "old.claims.yaml"
    path.write_text(old, encoding="utf-8")
    loaded = open_sheet(path)
    assert loaded.format_version == 1 and not loaded.checked_for_truncation
    assert loaded.sheet == loads_sheet(sample_text)
    save_sheet(loaded.sheet, path)  # saving writes the current format
    assert path.read_text(encoding="utf-8") == sample_text
    # The limit of format 1: a cut between claims is not seen.
    cut = old[: old.index("- id: c3\n")]
    assert len(parse_sheet(cut).sheet.claims) == 2


def test_a_newer_version_is_refused_before_its_end_is_checked(sample_text: str) -> None:
    newer = sample_text.replace("claimdesk: 2", "claimdesk: 3", 1)
    with pytest.raises(SheetFormatError, match="newer than this ClaimDesk reads"):
        loads_sheet(newer[:-30])


@pytest.mark.parametrize("sides", ["version 1", "version 2"])
def test_the_merge_driver_writes_the_current_format(
    tmp_path: Path, sample_text: str, sides: str
) -> None:
    text = as_version_1(sample_text) if sides == "version 1" else sample_text
    base = tmp_path / "base.claims.yaml"
    base.write_text(text, encoding="utf-8")
    ours, theirs = loads_sheet(sample_text), loads_sheet(sample_text)
    ours.claims[0].note = "Nous."
    theirs.claims[1].status = Status.FALSE
    save_sheet(ours, tmp_path / "ours.claims.yaml")
    save_sheet(theirs, tmp_path / "theirs.claims.yaml")
    merged = tmp_path / "merged.claims.yaml"
    paths = [str(tmp_path / f"{n}.claims.yaml") for n in ("base", "ours", "theirs")]
    result = subprocess.run(
        [sys.executable, "-m", "claims", "merge", *paths, "-o", str(merged)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    written = merged.read_text(encoding="utf-8")
    assert written.startswith("claimdesk: 2\n") and written.endswith("\nend_of_sheet: true\n")
    assert_cut_short(written[: written.index("- id: c3\n")])
