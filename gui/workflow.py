"""The checking workflow: what the checker does to claims from the keyboard
and the menus, between the panes' selection and the document.

:class:`Workflow` marks the selected claims, walks the unchecked ones, adds
a claim from the article's selection, re-anchors and deletes claims and
adds evidence. Every one of these first commits the editor still open (a
cell or a form field being typed), then asks the document for one undoable
change. It says what happened through :attr:`Workflow.message`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from claims.extract import anchor_values, claim_from_span
from claims.model import Status
from gui.article_view import ArticleView
from gui.claims_table import ClaimsTable
from gui.detail import ClaimDetail
from gui.document import SheetDocument
from gui.labels import kind_label, status_label

MESSAGE_MS = 4000
"""How long a workflow message stays in the status bar."""


class Workflow(QObject):
    """The claim-level commands of one window (see the module docstring).

    Signals:
        message(str, int): a line for the status bar and how long to show it
            (milliseconds; 0 until the next message).
    """

    message = Signal(str, int)

    def __init__(
        self,
        document: SheetDocument,
        table: ClaimsTable,
        article: ArticleView,
        detail: ClaimDetail,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._table = table
        self._article = article
        self._detail = detail

    def _say(self, text: str) -> None:
        self.message.emit(text, MESSAGE_MS)

    def commit_editors(self) -> None:
        """Commit any editor still open: a table cell or a form field being
        typed becomes its undoable edit before anything else happens."""
        self._table.commit_editor()
        self._detail.commit()

    def undo(self) -> None:
        """Edit > Undo: a value being typed becomes its edit first, so the undo
        takes it back (and redo brings it) instead of losing it."""
        self.commit_editors()
        self._document.undo_stack.undo()

    def redo(self) -> None:
        """Edit > Redo, after committing the editor still open."""
        self.commit_editors()
        self._document.undo_stack.redo()

    def mark(self, status: Status, advance: bool = False) -> None:
        """Set ``status`` on the selected claims (one undo step); with
        ``advance``, then select the next unchecked claim (the single keys of
        the table: one key per claim)."""
        self.commit_editors()
        ids = self._table.selected_claim_ids()
        if not ids:
            return
        self._document.set_status(ids, status)
        if advance:
            self.next_unchecked()
            return
        self._say(self.tr("{0} claim(s) marked {1}").format(len(ids), status_label(status).lower()))

    def next_unchecked(self) -> None:
        """Select the next unchecked claim in view order, wrapping around."""
        if not self._table.step_unchecked(1):
            self._say(self.tr("Every claim has been checked"))

    def previous_unchecked(self) -> None:
        """Select the previous unchecked claim, wrapping around."""
        if not self._table.step_unchecked(-1):
            self._say(self.tr("Every claim has been checked"))

    def add_claim_from_selection(self) -> None:
        """Add a claim for the text selected in the article (undoable): its
        kind, value, unit and qualifier as the extractor reads them."""
        self.commit_editors()
        span = self._article.selected_span()
        if span is None:
            self._say(self.tr("Select the claim's text in the article first"))
            return
        sheet = self._document.sheet
        try:
            claim = claim_from_span(sheet.article, span[0], span[1], "new")
        except ValueError:
            self._say(self.tr("The selection holds no text"))
            return
        if any(c.span == claim.span for c in sheet.claims):
            self._say(self.tr("This text is already a claim"))
            return
        claim = claim.model_copy(update={"id": sheet.next_id()})  # an id is given once
        self._document.add_claim(claim)
        self._table.select_claim(claim.id)
        self._say(self.tr("Added {0} ({1})").format(claim.id, kind_label(claim.kind)))

    def set_span_to_selection(self) -> None:
        """Re-anchor the current claim on the text selected in the article (undoable)."""
        self.commit_editors()
        claim_id = self._table.current_claim_id()
        span = self._article.selected_span()
        if claim_id is None or span is None:
            return
        try:
            values = anchor_values(self._document.sheet.article, span[0], span[1])
        except ValueError:
            return
        self._document.anchor(claim_id, values)
        self._article.show_claim(claim_id)

    def delete_selected(self) -> None:
        """Delete the selected claims (one undo step) and select the next row."""
        self.commit_editors()
        ids = self._table.selected_claim_ids()
        if not ids:
            return
        row = self._table.currentIndex().row()
        self._document.delete_claims(ids)
        self._table.select_row_near(row)
        self._say(self.tr("Deleted {0} claim(s)").format(len(ids)))

    def add_evidence(self) -> None:
        """Start an evidence link for the current claim and put the cursor in
        its URL (it joins the claim with its URL)."""
        self.commit_editors()
        if self._table.current_claim_id() is not None:
            self._detail.evidence.add()

    def focus_table(self) -> None:
        """Give the keyboard back to the claims table (Esc in the detail form)."""
        self.commit_editors()
        self._table.setFocus(Qt.FocusReason.ShortcutFocusReason)
