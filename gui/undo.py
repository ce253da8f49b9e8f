"""Undo commands: every edit of a claim sheet is one of these on the document's stack.

An edit carries the claim id and the old and new field values and goes
through :meth:`gui.claims_model.ClaimsTableModel.apply` both ways; adding and
deleting go through ``insert_claim``/``take_claim``, which keep the model's
rows and the sheet's list in step. Views update the same way on do, undo and
redo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from claims.model import Claim
    from gui.claims_model import ClaimsTableModel


class EditClaimCommand(QUndoCommand):
    """Set some fields of one claim; undo restores their old values."""

    def __init__(
        self,
        model: ClaimsTableModel,
        claim_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._model = model
        self.claim_id = claim_id
        self.old = dict(old)
        self.new = dict(new)

    def redo(self) -> None:
        self._model.apply(self.claim_id, self.new)

    def undo(self) -> None:
        self._model.apply(self.claim_id, self.old)


class AddClaimCommand(QUndoCommand):
    """Add one claim (in text order); undo removes it."""

    def __init__(
        self, model: ClaimsTableModel, claim: Claim, text: str, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(text, parent)
        self._model = model
        self.claim = claim
        self._row: int | None = None

    def redo(self) -> None:
        self._row = self._model.insert_claim(self.claim, self._row)

    def undo(self) -> None:
        self._model.take_claim(self.claim.id)


class DeleteClaimsCommand(QUndoCommand):
    """Delete claims; undo puts each back at its row."""

    def __init__(
        self,
        model: ClaimsTableModel,
        removed: list[tuple[int, Claim]],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._model = model
        self.removed = sorted(removed, key=lambda item: item[0])

    def redo(self) -> None:
        for _row, claim in reversed(self.removed):
            self._model.take_claim(claim.id)

    def undo(self) -> None:
        for row, claim in self.removed:
            self._model.insert_claim(claim, row)


class ReplaceClaimsCommand(QUndoCommand):
    """Put a whole new list of claims in place (a merge with the file on disk);
    undo brings the previous list back."""

    def __init__(
        self,
        model: ClaimsTableModel,
        claims: list[Claim],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._model = model
        self._other = list(claims)

    def redo(self) -> None:
        self._other = self._model.replace_claims(self._other)

    def undo(self) -> None:
        self._other = self._model.replace_claims(self._other)
