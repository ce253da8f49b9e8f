"""Undo commands: every change of an open claim sheet is one of these on its
document's ``QUndoStack`` (:class:`gui.document.SheetDocument` pushes them).

A command holds the claim id with the old and new field values (or the
claims and article it swaps) and goes through a :class:`ClaimStore` both
ways: :meth:`ClaimStore.apply` for field edits, ``insert_claim`` and
``take_claim`` for rows, ``swap_contents`` for a whole merge or reload. The
store (the table model) keeps the sheet, the rows and the views in step, so
views update the same way on do, undo and redo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from claims.model import Article, Claim


class ClaimStore(Protocol):
    """What the commands change: the open sheet's claims, through the model."""

    def apply(self, claim_id: str, values: dict[str, Any]) -> None: ...

    def insert_claim(self, claim: Claim, row: int | None = None) -> int: ...

    def take_claim(self, claim_id: str) -> tuple[int, Claim]: ...

    def swap_contents(
        self, article: Article, claims: list[Claim], last_id: int
    ) -> tuple[Article, list[Claim]]: ...


class EditClaimCommand(QUndoCommand):
    """Set some fields of one claim; undo restores their old values."""

    def __init__(
        self,
        store: ClaimStore,
        claim_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._store = store
        self.claim_id = claim_id
        self.old = dict(old)
        self.new = dict(new)

    def redo(self) -> None:
        self._store.apply(self.claim_id, self.new)

    def undo(self) -> None:
        self._store.apply(self.claim_id, self.old)


class AddClaimCommand(QUndoCommand):
    """Add one claim (in text order); undo removes it."""

    def __init__(
        self, store: ClaimStore, claim: Claim, text: str, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(text, parent)
        self._store = store
        self.claim = claim
        self._row: int | None = None

    def redo(self) -> None:
        self._row = self._store.insert_claim(self.claim, self._row)

    def undo(self) -> None:
        self._store.take_claim(self.claim.id)


class DeleteClaimsCommand(QUndoCommand):
    """Delete claims; undo puts each back at its row."""

    def __init__(
        self,
        store: ClaimStore,
        removed: list[tuple[int, Claim]],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._store = store
        self.removed = sorted(removed, key=lambda item: item[0])

    def redo(self) -> None:
        for _row, claim in reversed(self.removed):
            self._store.take_claim(claim.id)

    def undo(self) -> None:
        for row, claim in self.removed:
            self._store.insert_claim(claim, row)


class ReplaceSheetCommand(QUndoCommand):
    """Put another version of the sheet in place, whole: its claims and its
    article fields (a merge with the file on disk, a reload, settled merge
    conflicts); undo brings the previous claims and article back. ``last_id``
    only grows, both ways: an id given once is never given again.

    ``swap_base`` (with ``base``, the document's disk base before this step)
    puts back the base of the next merge with the claims: undoing a reload
    or a merge makes their save "not seen" again, so the next save merges
    it in instead of writing over it. It takes a base and returns the one
    it replaced."""

    def __init__(
        self,
        store: ClaimStore,
        article: Article,
        claims: list[Claim],
        last_id: int,
        text: str,
        parent: QUndoCommand | None = None,
        *,
        swap_base: Callable[[Any], Any] | None = None,
        base: Any = None,
    ) -> None:
        super().__init__(text, parent)
        self._store = store
        self._article = article
        self._claims = list(claims)
        self._last_id = last_id
        self._swap_base = swap_base
        self._base = base
        self._done_once = False

    def _swap(self) -> None:
        self._article, self._claims = self._store.swap_contents(
            self._article, self._claims, self._last_id
        )
        if self._swap_base is not None and self._done_once:
            self._base = self._swap_base(self._base)
        self._done_once = True

    def redo(self) -> None:
        self._swap()

    def undo(self) -> None:
        self._swap()
