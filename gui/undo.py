"""Undo commands: every edit of a claim sheet is one of these on the document's stack.

Each command carries the claim id and the old and new field values, and goes
through :meth:`gui.claims_model.ClaimsTableModel.apply` both ways, so views
update the same way on do, undo and redo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
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
