"""The YAML claim sheet: exact round trips and clear errors on bad files."""

from __future__ import annotations

import datetime as dt
import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from claims.article import read_article
from claims.errors import SheetFormatError
from claims.extract import extract_sheet
from claims.model import Evidence, Status
from claims.sheet import default_sheet_path, dump_sheet, load_sheet, loads_sheet, save_sheet


@pytest.fixture
def sheet_file(tmp_path: Path, sample_path: Path) -> Path:
    path = tmp_path / "sample.claims.yaml"
    save_sheet(extract_sheet(read_article(sample_path)), path)
    return path


def test_round_trip_is_byte_identical(sheet_file: Path, tmp_path: Path) -> None:
    original = sheet_file.read_bytes()
    again = tmp_path / "again.claims.yaml"
    save_sheet(load_sheet(sheet_file), again)
    assert again.read_bytes() == original


def test_edited_sheet_round_trips(sheet_file: Path) -> None:
    sheet = load_sheet(sheet_file)
    claim = sheet.claims[0]
    claim.status = Status.VERIFIED
    claim.checked_by = "Camille"
    claim.checked_at = dt.datetime(2026, 11, 29, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    claim.note = "Confirmé par le communiqué.\nVoir aussi le rapport annuel."
    claim.evidence.append(
        Evidence(url="https://example.org/r", title="Rapport", accessed=dt.date(2026, 11, 29))
    )
    text = dump_sheet(sheet)
    assert loads_sheet(text) == sheet
    assert dump_sheet(loads_sheet(text)) == text
    assert "checked_at: 2026-11-29T10:30:00+01:00" in text


def test_values_stay_exact(sheet_file: Path) -> None:
    text = sheet_file.read_text(encoding="utf-8")
    assert "value: 32580000000\n" in text
    assert "value: 111.97\n" in text
    assert "e+" not in text.lower().split("claims:")[1]
    sheet = load_sheet(sheet_file)
    values = [c.value for c in sheet.claims]
    assert Decimal("111.97") in values
    assert all(not isinstance(v, float) for v in values)


def test_text_fields_that_yaml_would_retype(sheet_file: Path) -> None:
    sheet = load_sheet(sheet_file)
    claim = sheet.claims[0]
    for value in ("NO", "yes", "null", "2.10", "1e+4", "2019-01-01", "10:00"):
        claim.source = value
        claim.note = value
        assert loads_sheet(dump_sheet(sheet)).claims[0].source == value
        assert loads_sheet(dump_sheet(sheet)).claims[0].note == value


def test_malformed_yaml_names_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.claims.yaml"
    path.write_text("claimdesk: 1\narticle:\n  text: [unclosed\n", encoding="utf-8")
    with pytest.raises(SheetFormatError) as info:
        load_sheet(path)
    assert info.value.path == path
    assert info.value.line is not None
    assert str(path) in str(info.value)


def test_wrong_field_names_claim_line_and_field(sheet_file: Path) -> None:
    text = sheet_file.read_text(encoding="utf-8")
    bad = text.replace("  status: unchecked\n", "  status: maybe\n", 3)
    path = sheet_file.with_name("wrong.claims.yaml")
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(SheetFormatError) as info:
        load_sheet(path)
    error = info.value
    assert error.field == "claims[0].status"
    assert "claim c1" in str(error)
    assert error.line == bad.splitlines().index("  status: maybe") + 1


def test_quote_differing_from_text(sheet_file: Path) -> None:
    text = sheet_file.read_text(encoding="utf-8")
    bad = text.replace("quote: 29 centres de données", "quote: 30 centres de données")
    with pytest.raises(SheetFormatError) as info:
        loads_sheet(bad, "x.yaml")
    assert info.value.field is not None and info.value.field.endswith(".quote")
    assert "differs from the article text" in str(info.value)


def test_future_version_refused(sheet_file: Path) -> None:
    text = sheet_file.read_text(encoding="utf-8").replace("claimdesk: 2", "claimdesk: 3", 1)
    with pytest.raises(SheetFormatError, match="newer than this ClaimDesk reads"):
        loads_sheet(text, "future.yaml")


def test_not_a_sheet(tmp_path: Path) -> None:
    path = tmp_path / "other.yaml"
    path.write_text("name: something else\n", encoding="utf-8")
    with pytest.raises(SheetFormatError, match="not a ClaimDesk claim sheet"):
        load_sheet(path)


def test_python_tags_refused() -> None:
    with pytest.raises(SheetFormatError):
        loads_sheet("claimdesk: 1\narticle: !!python/object/apply:os.system ['true']\n")


def test_failed_save_keeps_previous_file(sheet_file: Path) -> None:
    before = sheet_file.read_bytes()
    sheet = load_sheet(sheet_file)
    sheet_file.parent.chmod(0o500)
    try:
        if sheet_file.parent.stat().st_mode & 0o200 == 0 and not _can_write(sheet_file.parent):
            with pytest.raises(OSError):
                save_sheet(sheet, sheet_file)
    finally:
        sheet_file.parent.chmod(0o700)
    assert sheet_file.read_bytes() == before
    assert [p.name for p in sheet_file.parent.iterdir()] == [sheet_file.name]


def _can_write(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True


def test_default_sheet_path() -> None:
    assert default_sheet_path(Path("/a/story.fr.txt")) == Path("/a/story.fr.claims.yaml")


def test_typed_dates_follow_the_sheet_rule() -> None:
    from claims.editing import InputError, parse_value
    from claims.model import Kind, Language

    assert parse_value("2024-Q4", Kind.PERIOD, Language.FR) == "2024-Q4"
    assert parse_value("2025-06", Kind.DATE, Language.EN) == "2025-06"
    with pytest.raises(InputError):
        parse_value("2025-13", Kind.DATE, Language.FR)


def test_save_keeps_ordinary_permissions(tmp_path: Path, sheet_file: Path) -> None:
    sheet = load_sheet(sheet_file)
    path = tmp_path / "new.claims.yaml"
    umask = os.umask(0o022)
    try:
        save_sheet(sheet, path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o644  # as a new file under the umask
        path.chmod(0o664)
        save_sheet(sheet, path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o664
    finally:
        os.umask(umask)


def _first_span(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("  span: "))


BAD_FILES = {
    # name: (how to break the sample sheet's text, the message, the field)
    "span outside the text": (
        lambda t: t.replace(_first_span(t), "  span: [99990, 99999]", 1),
        "is outside the article text",
        "claims[0].span",
    ),
    "span reversed": (
        lambda t: t.replace(_first_span(t), "  span: [166, 139]", 1),
        "span must be [start, end)",
        "claims[0].span",
    ),
    "quote differing": (
        lambda t: t.replace("quote: 29 centres de données", "quote: 30 centres de données"),
        "differs from the article text",
        ".quote",
    ),
    "duplicate id": (
        lambda t: t.replace("- id: c2\n", "- id: c1\n", 1),
        "claim id 'c1' is used twice",
        "claims[1].id",
    ),
    "newer version": (
        lambda t: t.replace("claimdesk: 2", "claimdesk: 3", 1),
        "newer than this ClaimDesk reads",
        "claimdesk",
    ),
    "version not a number": (
        lambda t: t.replace("claimdesk: 2", "claimdesk: one", 1),
        "must be an integer",
        "claimdesk",
    ),
    "schema": (
        lambda t: t.replace("  status: unchecked\n", "  status: maybe\n", 1),
        "claim c1:",
        "claims[0].status",
    ),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_each_bad_sheet_has_its_own_message_with_a_line(sheet_file: Path, name: str) -> None:
    breaks, message, field = BAD_FILES[name]
    bad = breaks(sheet_file.read_text(encoding="utf-8"))
    path = sheet_file.with_name("bad.claims.yaml")
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(SheetFormatError) as info:
        load_sheet(path)
    error = info.value
    assert message in str(error)
    assert error.field is not None and error.field.endswith(field)
    assert error.line is not None
    assert str(error).startswith(f"{path}:{error.line}:")
    assert path.read_text(encoding="utf-8") == bad  # nothing written over it


def test_bad_sheet_messages_are_distinct(sheet_file: Path) -> None:
    text = sheet_file.read_text(encoding="utf-8")
    messages = set()
    for breaks, _message, _field in BAD_FILES.values():
        with pytest.raises(SheetFormatError) as info:
            loads_sheet(breaks(text), "x.claims.yaml")
        messages.add(str(info.value).split(": ", 2)[-1])
    assert len(messages) == len(BAD_FILES)


def test_empty_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.claims.yaml"
    path.write_text("", encoding="utf-8")
    with pytest.raises(SheetFormatError, match="the file is empty"):
        load_sheet(path)


def test_kind_names_read_well_in_messages(sheet_file: Path) -> None:
    text = sheet_file.read_text(encoding="utf-8")
    first = text.index("  kind: ordinal")
    value_line = text.index("  value: ", first)
    end = text.index("\n", value_line)
    bad = text[:value_line] + "  value: trois" + text[end:]
    with pytest.raises(SheetFormatError, match="value of an ordinal claim must be a number"):
        loads_sheet(bad, "x.claims.yaml")
