"""The document: one claim sheet open for checking, and everything it owns.

:class:`SheetDocument` owns what a window shows: the sheet, the path it
saves to, the undo stack and its clean state, the table model over the
claims, the file watcher and the disk base of the next merge, and the crash
recovery journal. Every change of the sheet goes through it as one undo
command; saving, reloading and merging go through it too, applying the
rules of :mod:`claims.document`. It shows nothing and asks nothing: the
window and its controllers (:mod:`gui.files`, :mod:`gui.workflow`) put up
dialogs and messages, and listen to its signals.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from claims.document import (
    DiskBase,
    DiskState,
    OpenedDocument,
    Settle,
    reload_from_disk,
    replacement,
    save_merged,
)
from claims.editing import edited, kind_change, status_change, with_history
from claims.merge import MergeResult
from claims.model import FORMAT_VERSION, Article, Claim, Kind, Sheet, Status, check_anchor
from claims.recovery import discard_journal, new_tag, release_tag, write_journal
from gui.claims_model import ClaimsTableModel
from gui.labels import field_label, status_label
from gui.undo import AddClaimCommand, DeleteClaimsCommand, EditClaimCommand, ReplaceSheetCommand

log = logging.getLogger(__name__)

JOURNAL_DELAY_MS = 1000
"""Unsaved work is journaled this long after the first edit (at most once a second)."""


class SheetDocument(QObject):
    """One open claim sheet: its state, its edits and its file.

    ``saved`` says whether ``sheet`` was read from ``save_path`` (the base of
    a later merge); ``recovered`` marks work restored from a crash journal,
    unsaved until it is saved. ``checker`` is the name written in
    ``checked_by`` and the history. ``file_format_version`` is the format
    the file was written in (an older one, unchecked for truncation, is
    rewritten in the current format by the next save).

    Signals:
        claim_changed(str): a claim's fields changed (its id).
        claims_changed(): claims were added, removed or replaced.
        modified_changed(bool): whether there is unsaved work now.
        saved(object): the sheet was written to this path (Save or Save As).
        changed_on_disk(str): the file is no longer the one this document
            last read or wrote: ``"changed"`` (someone else saved it: saving
            merges, or :meth:`reload_from_disk` takes it whole) or
            ``"deleted"`` (saving writes it again).
        reloaded(): the file someone else saved replaced the sheet
            (:meth:`reload_from_disk`; one undoable step).
    """

    claim_changed = Signal(str)
    claims_changed = Signal()
    modified_changed = Signal(bool)
    saved = Signal(object)
    changed_on_disk = Signal(str)
    reloaded = Signal()

    def __init__(
        self,
        sheet: Sheet,
        save_path: Path,
        *,
        saved: bool,
        recovered: bool = False,
        checker: str = "",
        parent: QObject | None = None,
        file_format_version: int = FORMAT_VERSION,
    ) -> None:
        super().__init__(parent)
        self.file_format_version = file_format_version
        self._sheet = sheet
        self._save_path = Path(save_path)
        self._saved_once = saved
        self._recovered = recovered
        self.checker = checker
        self._drafts: Callable[[], dict[str, dict[str, Any]]] | None = None
        self.opening_notes: tuple[str, ...] = ()
        """What opening the file found to tell the checker (one line each)."""
        self.undo_stack = QUndoStack(self)
        self.model = ClaimsTableModel(sheet, self, self)
        self.model.claim_changed.connect(self.claim_changed)
        self.model.claims_changed.connect(self.claims_changed)
        self._base = DiskBase()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._journal_timer = QTimer(self)
        self._journal_timer.setSingleShot(True)
        self._journal_timer.setInterval(JOURNAL_DELAY_MS)
        self._journal_timer.timeout.connect(self._write_journal)
        self.journal_tag = new_tag()
        # Destroyed without a clean close (as a crash leaves it): its journal
        # becomes recoverable. A plain function: the document is gone by then.
        self.destroyed.connect(functools.partial(release_tag, self.journal_tag))
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(self._schedule_journal)
        if saved:
            self._remember_disk()

    @classmethod
    def opened(
        cls, opened: OpenedDocument, checker: str = "", parent: QObject | None = None
    ) -> SheetDocument:
        """The document of a file :func:`claims.document.load_document` opened
        (a sheet carried over to a changed article is unsaved work; its
        notes are kept in :attr:`opening_notes` for the window to show)."""
        document = cls(
            opened.sheet,
            opened.save_path,
            saved=opened.saved,
            recovered=opened.modified,
            checker=checker,
            parent=parent,
            file_format_version=opened.format_version,
        )
        document.opening_notes = opened.notes
        return document

    # -- state --------------------------------------------------------------
    @property
    def sheet(self) -> Sheet:
        """The open sheet (change it only through this document's methods)."""
        return self._sheet

    @property
    def save_path(self) -> Path:
        """Where Save writes the sheet."""
        return self._save_path

    @property
    def saved_once(self) -> bool:
        """Whether the sheet has been written to :attr:`save_path` (or read from it)."""
        return self._saved_once

    def claim(self, claim_id: str) -> Claim:
        """The claim ``claim_id``; raise ``KeyError`` if there is none."""
        return self.model.claim(claim_id)

    def has_unsaved_work(self) -> bool:
        """Edits not yet saved (or work restored from a crash journal)."""
        return self._recovered or not self.undo_stack.isClean()

    def conflict_count(self) -> int:
        """How many merge conflicts the claims record (left by a merge)."""
        return sum(len(c.conflicts) for c in self._sheet.claims)

    # -- edits: each one undo command -----------------------------------------
    def edit(self, claim_id: str, values: dict[str, Any], text: str) -> bool:
        """Set ``values`` on claim ``claim_id`` as one undoable edit named
        ``text``; tracked fields are recorded in its history.

        Returns ``False`` (and pushes nothing) when the claim is unknown, the
        values are invalid (or a new span does not fit the text), or they
        change nothing.
        """
        try:
            claim = self.claim(claim_id)
        except KeyError:
            return False
        if all(getattr(claim, name) == value for name, value in values.items()):
            return False
        try:
            check = edited(claim, values)
            if "span" in values:
                check_anchor(check, self._sheet.article.text)
        except ValueError:
            return False
        new = with_history(claim, values, self.checker)
        old = {name: getattr(claim, name) for name in new}
        self.undo_stack.push(EditClaimCommand(self.model, claim_id, old, new, text))
        return True

    def set_status(self, claim_ids: list[str], status: Status) -> int:
        """Set ``status`` on several claims in one undoable step (a verdict
        records who and when); returns how many claims changed."""
        claims = [self.claim(i) for i in claim_ids]
        claims = [c for c in claims if c.status is not status or c.text_changed]
        if not claims:
            return 0
        self.undo_stack.beginMacro(
            self.tr("Mark {0} claim(s) {1}").format(len(claims), status_label(status).lower())
        )
        for claim in claims:
            new = with_history(claim, status_change(claim, status, self.checker), self.checker)
            old = {name: getattr(claim, name) for name in new}
            self.undo_stack.push(EditClaimCommand(self.model, claim.id, old, new, ""))
        self.undo_stack.endMacro()
        return len(claims)

    def change_kind(self, claim_id: str, kind: Kind) -> bool:
        """Change a claim's kind, dropping a value the new kind cannot hold
        (:func:`claims.editing.kind_change`), as one undoable edit."""
        try:
            values = kind_change(self.claim(claim_id), kind)
        except KeyError:
            return False
        text = self.tr("Edit {0} of {1}").format(field_label("kind").lower(), claim_id)
        return self.edit(claim_id, values, text)

    def anchor(self, claim_id: str, values: dict[str, Any]) -> bool:
        """Re-anchor a claim: ``values`` are its new ``quote``, ``span`` and
        ``sentence`` (:func:`claims.extract.anchor_values`); one undoable edit."""
        return self.edit(claim_id, values, self.tr("Re-anchor {0}").format(claim_id))

    def add_claim(self, claim: Claim) -> None:
        """Add ``claim`` in text order, as one undoable step. Raises
        :class:`~claims.model.AnchorError` when it does not fit the text."""
        check_anchor(claim, self._sheet.article.text)
        self.undo_stack.push(
            AddClaimCommand(self.model, claim, self.tr("Add claim {0}").format(claim.id))
        )

    def delete_claims(self, claim_ids: list[str]) -> int:
        """Delete the claims ``claim_ids`` as one undoable step; returns how many."""
        rows = sorted(self.model.row_of(i) for i in claim_ids)
        if not rows:
            return 0
        removed = [(row, self._sheet.claims[row]) for row in rows]
        self.undo_stack.push(
            DeleteClaimsCommand(
                self.model, removed, self.tr("Delete {0} claim(s)").format(len(removed))
            )
        )
        return len(removed)

    def replace_sheet(self, sheet: Sheet, text: str) -> None:
        """Show ``sheet`` (a merge result, a reload, settled conflicts) in place
        of the open one, claims and article fields, as one undoable step named
        ``text``. Raises ``ValueError`` when it checks another article text."""
        incoming = replacement(self._sheet, sheet)
        self.undo_stack.push(
            ReplaceSheetCommand(
                self.model,
                incoming.article,
                incoming.claims,
                incoming.last_id,
                text,
                swap_base=self._exchange_base,
                base=self._base,
            )
        )

    def set_article(self, article: Article, text: str) -> bool:
        """Put ``article``'s facts (title, URL, publisher, author, date,
        language) in the sheet as one undoable step named ``text``; the
        text is the sheet's and stays. Returns ``False`` when nothing changes."""
        facts = article.model_copy(update={"text": self._sheet.article.text})
        if facts == self._sheet.article:
            return False
        self.undo_stack.push(
            ReplaceSheetCommand(self.model, facts, self._sheet.claims, self._sheet.last_id, text)
        )
        return True

    def _exchange_base(self, base: DiskBase) -> DiskBase:
        """Put ``base`` back as the base of the next merge (an undone or redone
        replacement); returns the one it replaces."""
        previous, self._base = self._base, base
        return previous

    # -- the file -------------------------------------------------------------
    def save(self, path: Path | None = None, settle: Settle | None = None) -> bool:
        """Write the sheet to ``path`` (default :attr:`save_path`, which
        becomes ``path``), then mark it clean, discard the journal and
        remember the file as the base of the next merge.

        The save reads, merges and writes under the sheet's lock
        (:func:`claims.document.save_merged`): when someone else saved the
        file since this document read or wrote it, their changes are merged
        in first and ``settle`` decides (it puts the merge in the document,
        settling conflicts, and returns the sheet to write, or ``None`` to
        cancel); without ``settle`` a clean merge is taken as one undoable
        step and conflicts are recorded on their claims. Saving to another
        path writes it whole. Returns ``False`` when ``settle`` cancelled.

        Raises ``OSError`` (lock busy, disk full, read-only or vanished
        folder) with the previous file and this document unchanged, and
        :class:`~claims.errors.ClaimDeskError` when the file on disk is not
        a sheet of this article text.
        """
        target = Path(path) if path is not None else self._save_path
        base = self._base if target == self._save_path else DiskBase()
        saved = save_merged(base, self._sheet, target, settle or self._take_merge)
        if saved is None:
            return False
        self._save_path = target
        self._saved_once = True
        self._recovered = False
        self._remember_disk(saved.base)
        self._journal_timer.stop()
        discard_journal(self.journal_tag)
        if self.undo_stack.isClean():
            self.modified_changed.emit(False)  # restored work, now saved
        self.undo_stack.setClean()
        self.saved.emit(target)
        return True

    def _take_merge(self, result: MergeResult) -> Sheet:
        """Put a merge with the file in the document as one undoable step
        (conflicts recorded on their claims) and return the sheet to write."""
        self.replace_sheet(result.sheet, self.tr("Merge the changes saved on disk"))
        return self._sheet

    def reload_from_disk(self) -> bool:
        """Show the sheet someone else saved in place of this one, as one
        undoable step that leaves the document unmodified. Returns ``False``
        when the file cannot be read as this article's sheet."""
        theirs = reload_from_disk(self._sheet, self._save_path)
        if theirs is None:
            return False
        self.replace_sheet(theirs, self.tr("Reload the sheet saved on disk"))
        self.undo_stack.setClean()
        self._remember_disk()
        self.reloaded.emit()
        return True

    def adopt_base(self, base_text: str, digest: str) -> None:
        """Take ``base_text`` (the sheet as a file with SHA-256 ``digest`` once
        held it) as the base of the next merge: restored work then merges with
        what was saved since, instead of overwriting it. Raises
        :class:`~claims.errors.SheetFormatError` when it does not parse."""
        self._base = DiskBase.from_text(base_text, digest)
        self._watch()

    def forget_base(self) -> None:
        """The base of the next merge is unknown (restored work whose base
        could not be read): the sheet counts as never saved to
        :attr:`save_path`, so the next Save asks before replacing the file
        there, showing what it holds, instead of writing over it as if it
        held this work's own last save."""
        self._base = DiskBase()
        self._saved_once = False

    def _remember_disk(self, base: DiskBase | None = None) -> None:
        """Note the sheet's file as the base of a later merge (``base`` when
        the caller knows it: a save), and watch it."""
        self._base = base or DiskBase.of(self._sheet, self._save_path)
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._watch()

    def _watch(self) -> None:
        path = str(self._save_path)
        if self._save_path.exists() and path not in self._watcher.files():
            self._watcher.addPath(path)  # (re-)armed: an atomic replace drops the watch

    @Slot(str)
    def _on_file_changed(self, _path: str) -> None:
        self._watch()
        state = self._base.state(self._save_path)
        if state is not DiskState.SAME:
            self.changed_on_disk.emit(state.value)

    # -- crash journal --------------------------------------------------------
    @Slot()
    def _schedule_journal(self) -> None:
        """Journal the sheet a second after the first unsaved edit (at most
        one write per second, see :mod:`claims.recovery`)."""
        if self.has_unsaved_work() and not self._journal_timer.isActive():
            self._journal_timer.start()

    def set_draft_source(self, source: Callable[[], dict[str, dict[str, Any]]]) -> None:
        """``source()`` gives what an editor holds typed and not yet
        committed, as field values by claim id: the journal holds it too,
        so a crash loses no typing (the sheet itself changes only when the
        editor commits)."""
        self._drafts = source

    def draft_changed(self) -> None:
        """Something was typed in an editor: journal it within a second,
        even before it is committed."""
        if not self._journal_timer.isActive():
            self._journal_timer.start()

    def _journaled(self) -> tuple[Sheet, bool]:
        """The sheet with the typing not yet committed, and whether there was any."""
        drafts = self._drafts() if self._drafts is not None else {}
        if not drafts:
            return self._sheet, False
        claims = list(self._sheet.claims)
        for index, claim in enumerate(claims):
            if claim.id in drafts:
                try:
                    values = with_history(claim, drafts[claim.id], self.checker)
                    claims[index] = edited(claim, values)
                except ValueError:
                    continue  # not a value yet: the journal keeps the claim as it is
        return self._sheet.model_copy(update={"claims": claims}), True

    def write_journal_now(self) -> None:
        """Journal the unsaved work at once (restored work, before its old
        journal is removed)."""
        self._journal_timer.stop()
        self._write_journal()

    @Slot()
    def _write_journal(self) -> None:
        sheet, typing = self._journaled()
        if not (self.has_unsaved_work() or typing):
            return
        try:
            write_journal(
                sheet,
                self._save_path,
                self.journal_tag,
                self._base.text(),
                self._base.digest,
            )
        except OSError as exc:
            log.warning("could not write the recovery journal: %s", exc)

    def close(self) -> None:
        """A clean close: nothing is left to recover (the journal goes)."""
        self._journal_timer.stop()
        discard_journal(self.journal_tag)

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        if clean and not self._recovered:
            # Undone back to what the file holds: a journal would offer
            # back edits that are no longer wanted.
            self._journal_timer.stop()
            discard_journal(self.journal_tag)
        self.modified_changed.emit(self._recovered or not clean)
