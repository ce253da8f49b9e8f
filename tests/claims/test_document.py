"""The rules an open sheet follows, without Qt: how it opens, what a save
merges, what a reload keeps, what a replacement changes; and the claim-level
rules the document applies (a whole new claim per edit, kind changes,
settled conflicts)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from claims.article import read_article
from claims.document import (
    DiskBase,
    DiskState,
    load_document,
    merge_with_disk,
    reload_from_disk,
    replacement,
    save_with_base,
    snapshot,
)
from claims.editing import edited, kind_change, status_change
from claims.errors import SheetFormatError
from claims.extract import extract_sheet
from claims.merge import MergeError, merge_sheets, resolve_conflicts
from claims.model import Kind, Sheet, Status
from claims.sheet import default_sheet_path, dump_sheet, load_sheet, save_sheet


@pytest.fixture
def article(tmp_path: Path, sample_path: Path) -> Path:
    return Path(shutil.copy(sample_path, tmp_path / sample_path.name))


@pytest.fixture
def saved(article: Path) -> tuple[Sheet, Path]:
    """The sample extracted and saved beside its article."""
    sheet = extract_sheet(read_article(article))
    path = default_sheet_path(article)
    save_sheet(sheet, path)
    return load_sheet(path), path


def _marked(sheet: Sheet, claim_id: str, status: Status, who: str = "Camille") -> Sheet:
    """A copy of ``sheet`` with one claim marked."""
    copy = snapshot(sheet)
    claim = copy.claim(claim_id)
    copy.claims[copy.claims.index(claim)] = edited(claim, status_change(claim, status, who))
    return copy


# -- opening ----------------------------------------------------------------------
def test_an_article_is_extracted_then_resumed_from_its_sheet(article: Path) -> None:
    fresh = load_document(article)
    assert fresh is not None and not fresh.saved
    assert fresh.save_path == article.with_name("alibaba-cloud-expansion.fr.claims.yaml")
    checked = _marked(fresh.sheet, "c2", Status.FALSE)
    save_sheet(checked, fresh.save_path)
    resumed = load_document(article)
    assert resumed is not None and resumed.saved
    assert resumed.sheet.claim("c2").status is Status.FALSE


def test_an_edited_article_keeps_its_sheet_carried_over(
    article: Path, saved: tuple[Sheet, Path]
) -> None:
    """The reported loss: one character of the article changed after the
    sheet was saved, and reopening it gave a fresh unchecked extraction."""
    sheet, path = saved
    checked = _marked(_marked(sheet, "c2", Status.FALSE), "c7", Status.VERIFIED)
    save_sheet(checked, path)
    text = article.read_text(encoding="utf-8")
    quote = checked.claim("c7").quote
    article.write_text(text.replace(quote, "X" + quote[1:], 1), "utf-8")  # a typo fixed
    opened = load_document(article, checker="Dominique")
    assert opened is not None and opened.saved and opened.modified
    assert [c.id for c in opened.sheet.claims] == [c.id for c in checked.claims]
    assert opened.sheet.claim("c2").status is Status.FALSE
    changed = opened.sheet.claim("c7")
    assert changed.status is Status.VERIFIED and changed.text_changed
    assert changed.quote == "X" + quote[1:]
    entry = next(e for e in reversed(changed.history) if e.field == "quote")
    assert (entry.field, entry.old, entry.by) == (
        "quote",
        quote,
        "Dominique",
    )
    assert opened.notes == (
        "article changed since the sheet was saved: 23 claims re-anchored, "
        "1 claim's text changed, 0 new figures found",
    )
    assert path.read_text(encoding="utf-8") == dump_sheet(checked)  # nothing written yet


def test_an_unreadable_sheet_is_named_and_not_replaced(article: Path, tmp_path: Path) -> None:
    path = default_sheet_path(article)
    path.write_text("claimdesk: 1\narticle: [\n", "utf-8")
    opened = load_document(article)
    assert opened is not None and not opened.saved  # a fresh extraction, Save asks first
    assert path.name in opened.notes[0] and "saving asks" in opened.notes[0]
    assert path.read_text(encoding="utf-8") == "claimdesk: 1\narticle: [\n"


def test_a_cancelled_extraction_opens_nothing(article: Path) -> None:
    assert load_document(article, lambda _article: None) is None


def test_a_bad_sheet_is_refused_with_its_name(tmp_path: Path) -> None:
    bad = tmp_path / "broken.claims.yaml"
    bad.write_text("claimdesk: 1\narticle: [\n", encoding="utf-8")
    with pytest.raises(SheetFormatError, match=r"broken\.claims\.yaml"):
        load_document(bad)


# -- the disk base and what a save merges ---------------------------------------------
def test_the_base_tells_same_changed_and_deleted(saved: tuple[Sheet, Path]) -> None:
    sheet, path = saved
    base = DiskBase.of(sheet, path)
    assert base.state(path) is DiskState.SAME
    save_sheet(_marked(sheet, "c1", Status.VERIFIED, "Léa"), path)
    assert base.state(path) is DiskState.CHANGED
    path.unlink()
    assert base.state(path) is DiskState.DELETED
    assert DiskBase().state(path) is DiskState.SAME  # never written: nothing to compare


def test_the_base_is_a_snapshot_later_edits_leave_alone(saved: tuple[Sheet, Path]) -> None:
    sheet, path = saved
    base = DiskBase.of(sheet, path)
    text = base.text()
    sheet.claims[0] = edited(sheet.claims[0], {"note": "après la sauvegarde"})
    del sheet.claims[1]
    assert base.text() == text == path.read_text(encoding="utf-8")
    assert base.sheet is not None and base.sheet.claims[0].note == ""


def test_a_save_merges_only_what_someone_else_saved(saved: tuple[Sheet, Path]) -> None:
    sheet, path = saved
    base = DiskBase.of(sheet, path)
    ours = _marked(sheet, "c1", Status.VERIFIED)
    assert merge_with_disk(base, ours, path) is None  # nobody else saved
    save_sheet(_marked(sheet, "c2", Status.FALSE, "Léa"), path)
    result = merge_with_disk(base, ours, path)
    assert result is not None and result.clean
    assert result.sheet.claim("c1").status is Status.VERIFIED
    assert result.sheet.claim("c2").status is Status.FALSE
    path.unlink()
    assert merge_with_disk(base, ours, path) is None  # deleted: the save writes it again


def test_a_save_over_another_article_is_refused(saved: tuple[Sheet, Path]) -> None:
    sheet, path = saved
    base = DiskBase.of(sheet, path)
    other = Sheet.model_validate(
        {**sheet.model_dump(), "article": {**sheet.article.model_dump(), "text": "Autre."}}
        | {"claims": []}
    )
    save_sheet(other, path)
    with pytest.raises(MergeError):
        merge_with_disk(base, sheet, path)


def test_a_base_kept_as_text_must_parse() -> None:
    with pytest.raises(SheetFormatError):
        DiskBase.from_text("claimdesk: [", "0" * 64)


# -- reload and replacement -------------------------------------------------------
def test_reload_keeps_only_the_same_articles_sheet(saved: tuple[Sheet, Path]) -> None:
    sheet, path = saved
    save_sheet(_marked(sheet, "c3", Status.MISLEADING, "Léa"), path)
    theirs = reload_from_disk(sheet, path)
    assert theirs is not None and theirs.claim("c3").status is Status.MISLEADING
    path.write_text("not: [a sheet", encoding="utf-8")
    assert reload_from_disk(sheet, path) is None


def test_a_replacement_takes_claims_and_article_and_never_lowers_last_id(
    saved: tuple[Sheet, Path],
) -> None:
    sheet, _path = saved
    ours = snapshot(sheet)
    ours.next_id()
    ours.next_id()
    theirs = sheet.model_copy(
        update={"article": sheet.article.model_copy(update={"title": "Leur titre"})}
    )
    result = replacement(ours, theirs)
    assert result.article.title == "Leur titre"
    assert result.last_id == ours.last_id == len(sheet.claims) + 2
    other = sheet.model_copy(
        update={"article": sheet.article.model_copy(update={"text": "x"}), "claims": []}
    )
    with pytest.raises(ValueError, match="same article text"):
        replacement(ours, other)


# -- the claim-level rules -----------------------------------------------------------
def test_an_edit_is_a_new_validated_claim(saved: tuple[Sheet, Path]) -> None:
    claim = saved[0].claim("c1")
    changed = edited(claim, {"note": "vu", "value": "12.5"})
    assert (changed.note, changed.value) == ("vu", Decimal("12.5"))
    assert claim.note == ""  # the claim itself is left as it is
    with pytest.raises(ValueError, match="cannot be edited"):
        edited(claim, {"id": "c99"})
    with pytest.raises(ValidationError):
        edited(claim, {"value": "beaucoup"})


@pytest.mark.parametrize(
    ("before", "after", "dropped"),
    [
        (Kind.MONEY, Kind.COUNT, False),
        (Kind.MONEY, Kind.DATE, True),
        (Kind.PERIOD, Kind.PERCENT, True),
        (Kind.DATE, Kind.PERIOD, False),
        (Kind.COUNT, Kind.STATEMENT, True),
    ],
)
def test_a_kind_change_drops_a_value_the_new_kind_cannot_hold(
    saved: tuple[Sheet, Path], before: Kind, after: Kind, dropped: bool
) -> None:
    claim = next(c for c in saved[0].claims if c.kind is before)
    values = kind_change(claim, after)
    assert values["kind"] is after
    assert ("value" in values) is dropped
    changed = edited(claim, values)  # always a valid claim
    assert changed.kind is after
    assert (changed.value is None) is (dropped or claim.value is None)


def test_conflicts_are_settled_side_by_side(saved: tuple[Sheet, Path]) -> None:
    base = saved[0]
    ours = _marked(base, "c1", Status.VERIFIED)
    ours.claims[0] = edited(ours.claims[0], {"note": "Notre note."})
    theirs = _marked(base, "c1", Status.FALSE, "Léa")
    theirs.claims[0] = edited(theirs.claims[0], {"note": "Leur note."})
    merged = merge_sheets(base, ours, theirs).sheet
    assert {c.field for c in merged.claim("c1").conflicts} == {"status", "note"}
    settled = resolve_conflicts(merged, {("c1", "note"): "theirs"})
    claim = settled.claim("c1")
    assert (claim.status, claim.checked_by, claim.note) == (
        Status.VERIFIED,
        "Camille",
        "Leur note.",
    )
    assert claim.conflicts == []
    verdict = resolve_conflicts(merged, {("c1", "status"): "theirs"}).claim("c1")
    assert (verdict.status, verdict.checked_by) == (Status.FALSE, "Léa")  # the group moves whole
    assert merged.claim("c1").conflicts  # the merged sheet itself is left as it is


def test_a_deletion_conflict_settled_on_the_deleting_side_removes_the_claim(
    saved: tuple[Sheet, Path],
) -> None:
    base = saved[0]
    ours = _marked(base, "c4", Status.VERIFIED)
    theirs = snapshot(base)
    theirs.claims = [c for c in theirs.claims if c.id != "c4"]
    merged = merge_sheets(base, ours, theirs).sheet
    assert [c.field for c in merged.claim("c4").conflicts] == ["deleted"]
    assert "c4" in {c.id for c in resolve_conflicts(merged, {}).claims}
    kept = resolve_conflicts(merged, {("c4", "deleted"): "theirs"})
    assert "c4" not in {c.id for c in kept.claims}


def test_a_save_leaves_the_base_of_the_bytes_it_wrote(saved: tuple[Sheet, Path]) -> None:
    sheet, path = saved
    checked = _marked(sheet, "c5", Status.VERIFIED)
    base = save_with_base(checked, path)
    assert base.text() == path.read_text(encoding="utf-8")
    assert base.state(path) is DiskState.SAME
    assert base.digest == DiskBase.of(checked, path).digest
