"""Three-way merge of claim sheets: the matrix of cases, and real git merges."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from claims.article import read_article
from claims.editing import edited as edited_claim
from claims.editing import status_change, with_history
from claims.extract import extract_sheet
from claims.merge import MergeError, merge_sheets, resolve_conflicts
from claims.model import Article, Evidence, Kind, Language, Sheet, Status
from claims.sheet import dump_sheet, load_sheet, save_sheet


@pytest.fixture
def base(sample_path: Path) -> Sheet:
    return extract_sheet(read_article(sample_path))


def edited(sheet: Sheet, claim_id: str, who: str = "Camille", **values: object) -> Sheet:
    copy = Sheet.model_validate(sheet.model_dump())
    claim = copy.claim(claim_id)
    if "status" in values:
        values = {**values, **status_change(claim, values["status"], who)}  # type: ignore[arg-type]
    copy.claims[copy.claims.index(claim)] = edited_claim(claim, with_history(claim, values, who))
    return copy


def test_edits_of_different_claims_merge_cleanly(base: Sheet) -> None:
    ours = edited(base, "c1", status=Status.VERIFIED)
    theirs = edited(base, "c2", "Léa", note="Vérifié auprès du groupe.")
    result = merge_sheets(base, ours, theirs)
    assert result.clean
    assert result.sheet.claim("c1").status is Status.VERIFIED
    assert result.sheet.claim("c2").note == "Vérifié auprès du groupe."


def test_different_fields_of_one_claim_merge_cleanly(base: Sheet) -> None:
    ours = edited(base, "c3", source="Bloomberg")
    theirs = edited(base, "c3", "Léa", note="Date confirmée.")
    result = merge_sheets(base, ours, theirs)
    assert result.clean
    claim = result.sheet.claim("c3")
    assert (claim.source, claim.note) == ("Bloomberg", "Date confirmée.")
    assert [h.field for h in claim.history] == ["source", "note"]


def test_same_change_on_both_sides_is_no_conflict(base: Sheet) -> None:
    ours = edited(base, "c4", note="Même note.")
    theirs = edited(base, "c4", "Léa", note="Même note.")
    assert merge_sheets(base, ours, theirs).clean


def test_same_field_changed_differently_is_a_recorded_conflict(base: Sheet, tmp_path: Path) -> None:
    ours = edited(base, "c11", value=Decimal("380000000001"))
    theirs = edited(base, "c11", "Léa", value=Decimal("52000000000"))
    result = merge_sheets(base, ours, theirs)
    assert result.conflicts == 1
    claim = result.sheet.claim("c11")
    assert claim.value == Decimal("380000000001")  # ours kept until someone chooses
    conflict = claim.conflicts[0]
    assert (conflict.field, conflict.ours, conflict.theirs, conflict.base) == (
        "value",
        Decimal("380000000001"),
        Decimal("52000000000"),
        Decimal("380000000000"),
    )
    path = tmp_path / "merged.claims.yaml"
    save_sheet(result.sheet, path)  # a sheet with conflicts still loads
    assert load_sheet(path).claim("c11").conflicts == claim.conflicts


def test_status_moves_with_its_checker(base: Sheet) -> None:
    theirs = edited(base, "c5", "Léa", status=Status.FALSE)
    merged = merge_sheets(base, base, theirs).sheet.claim("c5")
    assert (merged.status, merged.checked_by) == (Status.FALSE, "Léa")
    ours = edited(base, "c5", status=Status.VERIFIED)
    result = merge_sheets(base, ours, theirs)
    assert [c.field for c in result.sheet.claim("c5").conflicts] == ["status"]


def test_evidence_added_on_both_sides_is_kept(base: Sheet) -> None:
    ours = edited(base, "c6", evidence=[Evidence(url="https://a.example")])
    theirs = edited(base, "c6", "Léa", evidence=[Evidence(url="https://b.example")])
    result = merge_sheets(base, ours, theirs)
    assert result.clean
    assert [e.url for e in result.sheet.claim("c6").evidence] == [
        "https://a.example",
        "https://b.example",
    ]


def test_added_and_deleted_claims(base: Sheet) -> None:
    ours = Sheet.model_validate(base.model_dump())
    ours.claims = [c for c in ours.claims if c.id != "c7"]  # we deleted c7
    theirs = edited(base, "c8", "Léa", note="Vu.")
    extra = theirs.claim("c1").model_copy(
        update={"id": "c25", "kind": Kind.STATEMENT, "value": None, "unit": None}
    )
    theirs.claims.append(extra)  # they added c25
    result = merge_sheets(base, ours, theirs)
    assert result.clean
    ids = [c.id for c in result.sheet.claims]
    assert "c7" not in ids and "c25" in ids
    assert result.sheet.claim("c8").note == "Vu."


def test_deleted_on_one_side_and_edited_on_the_other_is_kept_with_a_conflict(base: Sheet) -> None:
    ours = Sheet.model_validate(base.model_dump())
    ours.claims = [c for c in ours.claims if c.id != "c9"]
    theirs = edited(base, "c9", "Léa", note="Important.")
    result = merge_sheets(base, ours, theirs)
    claim = result.sheet.claim("c9")
    assert claim.note == "Important."
    assert [(c.field, c.ours, c.theirs) for c in claim.conflicts] == [
        ("deleted", "deleted", "kept")
    ]


def test_both_sides_adding_the_same_id_keep_both(base: Sheet) -> None:
    ours = Sheet.model_validate(base.model_dump())
    theirs = Sheet.model_validate(base.model_dump())
    ours.claims.append(base.claim("c1").model_copy(update={"id": "c25", "note": "nôtre"}))
    theirs.claims.append(base.claim("c2").model_copy(update={"id": "c25", "note": "leur"}))
    result = merge_sheets(base, ours, theirs)
    notes = sorted(c.note for c in result.sheet.claims if c.note)
    assert notes == ["leur", "nôtre"]
    assert len({c.id for c in result.sheet.claims}) == len(result.sheet.claims)


def test_different_articles_cannot_merge(base: Sheet) -> None:
    other = Sheet(article=Article(language=Language.FR, text="Autre texte."), claims=[])
    with pytest.raises(MergeError, match="different article texts"):
        merge_sheets(base, base, other)


# -- git ----------------------------------------------------------------------


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=check)


@pytest.fixture
def repo(tmp_path: Path, base: Sheet) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "desk"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "desk@example.org")
    git(repo, "config", "user.name", "Desk")
    git(repo, "config", "merge.claimdesk.name", "ClaimDesk claim sheet merge")
    driver = f"{sys.executable} -m claims merge %O %A %B -o %A"
    git(repo, "config", "merge.claimdesk.driver", driver)
    (repo / ".gitattributes").write_text("*.claims.yaml merge=claimdesk\n", encoding="utf-8")
    save_sheet(base, repo / "alibaba.claims.yaml")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "extracted")
    return repo


def branch_edit(repo: Path, name: str, sheet: Sheet) -> None:
    git(repo, "checkout", "-q", "-b", name, "main")
    save_sheet(sheet, repo / "alibaba.claims.yaml")
    git(repo, "commit", "-q", "-am", f"edit on {name}")
    git(repo, "checkout", "-q", "main")


def test_git_merge_of_two_checkers_different_claims(repo: Path, base: Sheet) -> None:
    branch_edit(repo, "camille", edited(base, "c1", status=Status.VERIFIED))
    branch_edit(repo, "lea", edited(base, "c2", "Léa", status=Status.FALSE))
    git(repo, "merge", "-q", "camille")
    merged = git(repo, "merge", "-q", "--no-edit", "lea", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    sheet = load_sheet(repo / "alibaba.claims.yaml")
    assert (sheet.claim("c1").status, sheet.claim("c2").status) == (Status.VERIFIED, Status.FALSE)


def test_git_merge_of_the_same_claim_leaves_a_loadable_conflict(repo: Path, base: Sheet) -> None:
    branch_edit(repo, "camille", edited(base, "c3", note="Date confirmée par le groupe."))
    branch_edit(repo, "lea", edited(base, "c3", "Léa", note="Date non confirmée."))
    git(repo, "merge", "-q", "camille")
    merged = git(repo, "merge", "-q", "--no-edit", "lea", check=False)
    assert merged.returncode != 0  # git reports the conflict
    text = (repo / "alibaba.claims.yaml").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text  # no conflict markers: the driver wrote a sheet
    claim = load_sheet(repo / "alibaba.claims.yaml").claim("c3")
    assert claim.note == "Date confirmée par le groupe."
    assert [(c.field, c.theirs) for c in claim.conflicts] == [("note", "Date non confirmée.")]
    assert dump_sheet(load_sheet(repo / "alibaba.claims.yaml")) == text


# Reported by a review of issue 5 (each case failed before its fix).


def test_a_deleted_claims_id_is_never_given_again(base: Sheet, tmp_path: Path) -> None:
    theirs = Sheet.model_validate(base.model_dump())
    theirs.claims = [c for c in theirs.claims if c.id != "c24"]  # they deleted the last claim
    path = tmp_path / "theirs.claims.yaml"
    save_sheet(theirs, path)
    theirs = load_sheet(path)
    assert theirs.last_id == 24  # kept in the file ("last_id: 24")
    new_id = theirs.next_id()
    assert new_id == "c25"
    theirs.claims.append(theirs.claim("c1").model_copy(update={"id": new_id, "note": "ajoutée"}))
    ours = edited(base, "c24", status=Status.VERIFIED)  # we checked c24 meanwhile
    result = merge_sheets(base, ours, theirs)
    assert [c.field for c in result.sheet.claim("c24").conflicts] == ["deleted"]
    assert result.sheet.claim("c24").status is Status.VERIFIED
    assert result.sheet.claim("c25").note == "ajoutée"
    assert result.sheet.last_id == 25


def test_conflicts_recorded_on_either_side_are_kept(base: Sheet) -> None:
    recorded = merge_sheets(
        base, edited(base, "c1", note="A"), edited(base, "c1", "Léa", note="B")
    ).sheet
    alice = edited(base, "c2", note="Alice")
    for ours, theirs in ((alice, recorded), (recorded, alice)):
        result = merge_sheets(base, ours, theirs)
        assert [(c.field, c.ours, c.theirs) for c in result.sheet.claim("c1").conflicts] == [
            ("note", "A", "B")
        ]
        assert result.conflicts == 1


def test_article_fields_merge(base: Sheet) -> None:
    theirs = Sheet.model_validate(base.model_dump())
    theirs.article.title = "Alibaba Cloud s’étend"
    theirs.article.url = "https://example.org/a"
    result = merge_sheets(base, base, theirs)
    assert (result.sheet.article.title, result.sheet.article.url) == (
        "Alibaba Cloud s’étend",
        "https://example.org/a",
    )
    ours = Sheet.model_validate(base.model_dump())
    ours.article.title = "Notre titre"
    result = merge_sheets(base, ours, theirs)
    assert result.sheet.article.title == "Notre titre"
    assert result.sheet.article.url == "https://example.org/a"
    assert result.notes == [
        "the article's title was changed on both sides: kept 'Notre titre', "
        "not 'Alibaba Cloud s’étend'"
    ]


def _reanchored(sheet: Sheet, claim_id: str, start: int, end: int) -> Sheet:
    copy = Sheet.model_validate(sheet.model_dump())
    claim = copy.claim(claim_id)
    claim.span = (start, end)
    claim.quote = copy.article.text[start:end]
    copy.claims[:] = list(copy.claims)
    return Sheet.model_validate(copy.model_dump())


def test_span_and_quote_conflict_as_one(base: Sheet) -> None:
    start, end = base.claim("c1").span
    ours = _reanchored(base, "c1", start, end - 5)
    theirs = _reanchored(base, "c1", start + 10, end)
    claim = merge_sheets(base, ours, theirs).sheet.claim("c1")
    assert [c.field for c in claim.conflicts] == ["anchor"]
    conflict = claim.conflicts[0]
    assert list(conflict.theirs["span"]) == [start + 10, end]
    assert conflict.theirs["quote"] == base.article.text[start + 10 : end]


def test_status_conflict_moves_with_its_checker(base: Sheet) -> None:
    ours = edited(base, "c5", "Alice", status=Status.VERIFIED)
    theirs = edited(base, "c5", "Bob", status=Status.FALSE)
    conflict = merge_sheets(base, ours, theirs).sheet.claim("c5").conflicts[0]
    assert conflict.field == "status"
    assert (conflict.ours["status"], conflict.ours["checked_by"]) == ("verified", "Alice")
    assert (conflict.theirs["status"], conflict.theirs["checked_by"]) == ("false", "Bob")


def test_the_same_verdict_on_both_sides_is_no_conflict(base: Sheet) -> None:
    ours = edited(base, "c5", "Alice", status=Status.VERIFIED)
    theirs = edited(base, "c5", "Bob", status=Status.VERIFIED)
    checked = ours.claim("c5").checked_at
    assert checked is not None
    theirs.claim("c5").checked_at = checked + dt.timedelta(minutes=5)  # checked later
    result = merge_sheets(base, ours, theirs)
    assert result.clean
    assert result.sheet.claim("c5").checked_by == "Bob"


def test_a_kind_change_and_a_value_change_conflict_as_one_figure(
    base: Sheet, tmp_path: Path
) -> None:
    # c10 is "29 centres de données", a count of 29.
    ours = edited(base, "c10", kind=Kind.STATEMENT, value=None, value_max=None)
    theirs = edited(base, "c10", "Léa", value_max=Decimal(30))
    result = merge_sheets(base, ours, theirs)  # no longer a crash on an invalid pair
    claim = result.sheet.claim("c10")
    assert (claim.kind, claim.value, claim.value_max) == (Kind.STATEMENT, None, None)
    [conflict] = claim.conflicts
    assert conflict.field == "figure"
    assert conflict.theirs == {"kind": "count", "value": Decimal(29), "value_max": Decimal(30)}
    settled = resolve_conflicts(result.sheet, {("c10", "figure"): "theirs"}).claim("c10")
    assert (settled.kind, settled.value, settled.value_max) == (
        Kind.COUNT,
        Decimal(29),
        Decimal(30),
    )
    # The same through the command a git merge runs: conflicts left, exit 1.
    paths = []
    for name, sheet in (("base", base), ("ours", ours), ("theirs", theirs)):
        path = tmp_path / f"{name}.claims.yaml"
        save_sheet(sheet, path)
        paths.append(str(path))
    out = tmp_path / "out.claims.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "claims", "merge", *paths, "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert load_sheet(out).claim("c10").conflicts[0].field == "figure"


def test_values_of_one_kind_still_merge_field_by_field(base: Sheet) -> None:
    ours = edited(base, "c10", value=Decimal(28))
    theirs = edited(base, "c10", "Léa", value_max=Decimal(31))
    result = merge_sheets(base, ours, theirs)
    assert result.clean
    claim = result.sheet.claim("c10")
    assert (claim.value, claim.value_max) == (Decimal(28), Decimal(31))
    both = merge_sheets(base, ours, edited(base, "c10", "Léa", value=Decimal(30)))
    assert [c.field for c in both.sheet.claim("c10").conflicts] == ["value"]
