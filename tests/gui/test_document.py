"""The document object on its own, with no window: every change is one undo
command through one path, its signals, saving, merging and reloading."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from claims.document import load_document
from claims.extract import anchor_values, claim_from_span
from claims.model import Kind, Status
from claims.recovery import journal_path, pending_recoveries
from claims.sheet import load_sheet, save_sheet
from gui.document import SheetDocument


@pytest.fixture
def document(qtbot: QtBot, article: Path) -> Iterator[SheetDocument]:
    """A document on the copied sample, saved once beside it."""
    opened = load_document(article)
    assert opened is not None
    doc = SheetDocument.opened(opened, checker="Camille Test")
    doc.save()
    yield doc
    doc.close()
    doc.deleteLater()


def _their_save(path: Path, **article: object) -> None:
    """Someone else changes the article's fields and saves the sheet."""
    theirs = load_sheet(path)
    theirs.article = theirs.article.model_copy(update=article)
    theirs.claims[1] = theirs.claims[1].model_copy(update={"source": "AFP"})
    save_sheet(theirs, path)


def test_every_change_is_one_undo_command(document: SheetDocument) -> None:
    stack = document.undo_stack
    sheet = document.sheet
    start = stack.count()
    assert document.edit("c1", {"note": "Vu."}, "note")
    assert document.set_status(["c2", "c3"], Status.FALSE) == 2
    assert document.change_kind("c11", Kind.DATE)
    span = sheet.claim("c5").span
    assert document.anchor("c5", anchor_values(sheet.article, span[0], span[1] + 3))
    text = sheet.article.text
    start_of = text.index("Alibaba")
    claim = claim_from_span(sheet.article, start_of, start_of + 7, sheet.next_id())
    document.add_claim(claim)
    assert document.delete_claims(["c4"]) == 1
    assert stack.count() == start + 6
    while stack.canUndo():
        stack.undo()
    assert sheet.claim("c1").note == ""
    assert sheet.claim("c11").kind is Kind.MONEY
    assert sheet.claim("c11").value == Decimal(380_000_000_000)
    assert "c4" in {c.id for c in sheet.claims}
    assert claim.id not in {c.id for c in sheet.claims}


def test_refused_edits_push_nothing(document: SheetDocument) -> None:
    stack = document.undo_stack
    count = stack.count()
    assert not document.edit("c1", {"note": ""}, "no change")
    assert not document.edit("c1", {"value": "beaucoup"}, "not a number")
    assert not document.edit("c99", {"note": "x"}, "no such claim")
    assert not document.edit("c1", {"span": (0, 10**6)}, "outside the text")
    assert document.set_status(["c1"], Status.UNCHECKED) == 0
    assert stack.count() == count


def test_signals_follow_edits_and_saves(qtbot: QtBot, document: SheetDocument) -> None:
    with qtbot.waitSignal(document.claim_changed) as changed:
        with qtbot.waitSignal(document.modified_changed) as modified:
            document.set_status(["c7"], Status.VERIFIED)
    assert changed.args == ["c7"]
    assert modified.args == [True]
    with qtbot.waitSignal(document.claims_changed):
        document.delete_claims(["c8"])
    with qtbot.waitSignal(document.saved) as saved:
        with qtbot.waitSignal(document.modified_changed) as modified:
            document.save()
    assert saved.args == [document.save_path]
    assert modified.args == [False]
    assert load_sheet(document.save_path).claim("c7").status is Status.VERIFIED


def test_undoing_a_merge_brings_back_the_article_fields(document: SheetDocument) -> None:
    document.set_status(["c1"], Status.VERIFIED)
    _their_save(document.save_path, title="Leur titre", publisher="Le Desk")
    assert document.save()  # merges their save first, as one undoable step
    assert load_sheet(document.save_path).article.title == "Leur titre"
    assert (document.sheet.article.title, document.sheet.article.publisher) == (
        "Leur titre",
        "Le Desk",
    )
    assert document.sheet.claim("c2").source == "AFP"
    document.undo_stack.undo()
    assert (document.sheet.article.title, document.sheet.article.publisher) == (None, None)
    assert document.sheet.claim("c2").source != "AFP"
    assert document.sheet.claim("c1").status is Status.VERIFIED
    document.undo_stack.redo()
    assert document.sheet.article.title == "Leur titre"


def test_last_id_never_goes_back(document: SheetDocument) -> None:
    sheet = document.sheet
    given = sheet.next_id()
    start = sheet.article.text.index("Alibaba")
    document.add_claim(claim_from_span(sheet.article, start, start + 7, given))
    document.undo_stack.undo()
    assert sheet.next_id() != given  # an id is given once, even after an undo


def test_a_save_on_disk_is_signalled_and_reloaded_as_one_step(
    qtbot: QtBot, document: SheetDocument
) -> None:
    with qtbot.waitSignal(document.changed_on_disk, timeout=5000) as blocker:
        _their_save(document.save_path, title="Leur titre")
    assert blocker.args == ["changed"]
    assert document.sheet.article.title is None  # the document decides nothing itself
    with qtbot.waitSignal(document.reloaded):
        assert document.reload_from_disk()
    assert document.sheet.article.title == "Leur titre"
    assert not document.has_unsaved_work()
    document.undo_stack.undo()
    assert document.sheet.article.title is None


def test_unsaved_work_is_not_replaced_by_a_save_on_disk(
    qtbot: QtBot, document: SheetDocument
) -> None:
    document.edit("c1", {"note": "Notre note."}, "note")
    with qtbot.waitSignal(document.changed_on_disk, timeout=5000) as blocker:
        _their_save(document.save_path, title="Leur titre")
    assert blocker.args == ["changed"]
    assert document.sheet.article.title is None
    assert document.sheet.claim("c1").note == "Notre note."
    with qtbot.waitSignal(document.changed_on_disk, timeout=5000) as blocker:
        document.save_path.unlink()
    assert blocker.args == ["deleted"]


def test_a_failed_save_changes_nothing(document: SheetDocument, tmp_path: Path) -> None:
    document.set_status(["c1"], Status.FALSE)
    with pytest.raises(OSError):
        document.save(tmp_path / "no-such-folder" / "x.claims.yaml")
    assert document.has_unsaved_work()
    assert document.save_path.parent == tmp_path


def test_undoing_back_to_the_saved_sheet_discards_the_journal(document: SheetDocument) -> None:
    journal = journal_path(document.save_path, document.journal_tag)
    document.set_status(["c1"], Status.FALSE)
    document.write_journal_now()
    assert journal.exists()
    document.undo_stack.undo()  # back to what the file holds
    assert not journal.exists()
    assert pending_recoveries() == []
