"""The detail form: every field of the selected claim, editable.

Each widget commits its field as one undoable edit of the document when the
checker leaves it (Enter, focus out, a combo choice); :meth:`ClaimDetail.commit`
flushes a field still being typed (every action calls it first, through
:meth:`gui.workflow.Workflow.commit_editors`). Labels come from the one
catalogue (:mod:`gui.labels`). The wheel changes a combo box or the date only
while it has the focus (:mod:`gui.wheel`).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from claims.editing import InputError, parse_value, value_for_editing
from claims.model import Claim, Evidence, Kind, Qualifier, Status
from gui.document import SheetDocument
from gui.evidence import EvidenceEditor
from gui.labels import field_label, kind_label, qualifier_label, status_label
from gui.wheel import guard_wheel


class _CommitOnFocusOut(QPlainTextEdit):
    """A plain text edit that reports when the user leaves it."""

    def __init__(self, on_leave: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_leave = on_leave

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._on_leave()


class ClaimDetail(QWidget):
    """All fields of one claim; each edit is one undo command of the document."""

    def __init__(self, document: SheetDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimDetail")
        self._document = document
        self._claim_id: str | None = None
        self._loading = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.id_label = QLabel()
        self.id_label.setObjectName("detailHeading")
        self.id_label.setWordWrap(True)
        self.sentence = QTextBrowser()
        self.sentence.setObjectName("detailSentence")
        self.sentence.setMaximumHeight(90)
        self.kind = QComboBox()
        self.kind.setObjectName("detailKind")
        for kind in Kind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.value = QLineEdit()
        self.value.setObjectName("detailValue")
        self.value_max = QLineEdit()
        self.value_max.setObjectName("detailValueMax")
        self.unit = QLineEdit()
        self.unit.setObjectName("detailUnit")
        self.qualifier = QComboBox()
        self.qualifier.setObjectName("detailQualifier")
        for qualifier in Qualifier:
            self.qualifier.addItem(qualifier_label(qualifier), qualifier.value)
        self.source = QLineEdit()
        self.source.setObjectName("detailSource")
        self.source.setPlaceholderText(self.tr("Who made the claim"))
        self.via = QLineEdit()
        self.via.setObjectName("detailVia")
        self.via.setPlaceholderText(self.tr("Outlet that relayed it, if any"))
        self.status = QComboBox()
        self.status.setObjectName("detailStatus")
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.note = _CommitOnFocusOut(self._commit_note)
        self.note.setObjectName("detailNote")
        self.note.setPlaceholderText(self.tr("Verdict note: what you checked and what you found"))
        self.evidence = EvidenceEditor(self._commit_evidence)
        self.checked = QLabel()
        self.history = QListWidget()
        self.history.setObjectName("detailHistory")
        self.history.setMaximumHeight(90)
        self.history.setToolTip(self.tr("Every change of this claim: when, who, what"))
        for field, widget in (
            ("quote", self.id_label),
            ("sentence", self.sentence),
            ("kind", self.kind),
            ("value", self.value),
            ("value_max", self.value_max),
            ("unit", self.unit),
            ("qualifier", self.qualifier),
            ("source", self.source),
            ("via", self.via),
            ("status", self.status),
            ("note", self.note),
            ("evidence", self.evidence),
            ("checked_by", self.checked),
            ("history", self.history),
        ):
            form.addRow(field_label(field), widget)
        self.value.editingFinished.connect(lambda: self._commit_number("value", self.value))
        self.value_max.editingFinished.connect(
            lambda: self._commit_number("value_max", self.value_max)
        )
        self.unit.editingFinished.connect(lambda: self._commit_line("unit"))
        self.source.editingFinished.connect(lambda: self._commit_line("source"))
        self.via.editingFinished.connect(lambda: self._commit_line("via"))
        self.kind.activated.connect(self._on_kind_activated)
        self.qualifier.activated.connect(
            lambda _i: self._commit({"qualifier": Qualifier(self.qualifier.currentData())})
        )
        self.status.activated.connect(self._on_status_activated)
        document.claim_changed.connect(self._on_claim_changed)
        document.model.modelAboutToBeReset.connect(self._on_model_about_to_reset)
        document.model.modelReset.connect(self._on_model_reset)
        self._stale = False
        self._shown: dict[str, str] = {}
        """The text each field showed when the claim was loaded."""
        document.set_draft_source(self.drafts)
        self.note.textChanged.connect(self._on_typing)
        for line in (self.unit, self.source, self.via):
            line.textEdited.connect(self._on_typing)
        guard_wheel(self)  # scrolling the form never changes a value
        self.show_claim(None)

    # -- showing ------------------------------------------------------------
    def show_claim(self, claim_id: str | None) -> None:
        """Fill the form with claim ``claim_id`` (``None`` empties and disables it)."""
        self.commit()
        if claim_id != self._claim_id:
            self.evidence.discard_draft()  # a new link without its URL stays out
        self._claim_id = claim_id
        self.setEnabled(claim_id is not None)
        self._load()

    def _claim(self) -> Claim | None:
        if self._claim_id is None:
            return None
        try:
            return self._document.claim(self._claim_id)
        except KeyError:
            return None

    def _load(self) -> None:
        claim = self._claim()
        self._loading = True
        try:
            if claim is None:
                for line in (self.value, self.value_max, self.unit, self.source, self.via):
                    line.clear()
                self.note.clear()
                self.evidence.set_evidence([])
                self.sentence.clear()
                self.id_label.setText(self.tr("No claim selected"))
                self.checked.clear()
                self.history.clear()
                return
            language = self._document.sheet.article.language
            heading = f"<b>{html.escape(claim.id)}</b> · {html.escape(claim.quote)}"
            if (page := self._document.sheet.article.page_at(claim.span[0])) is not None:
                heading += " · " + html.escape(self.tr("p. {0}").format(page))
            if claim.text_changed:
                heading += "<br>⚠ " + html.escape(
                    self.tr(
                        "The article changed here since the sheet was saved "
                        "(the old words are in the history): look again, then mark the claim."
                    )
                )
            self.id_label.setText(heading)
            start = claim.sentence.find(claim.quote)
            if start >= 0:
                end = start + len(claim.quote)
                self.sentence.setHtml(
                    html.escape(claim.sentence[:start])
                    + f"<b><u>{html.escape(claim.quote)}</u></b>"
                    + html.escape(claim.sentence[end:])
                )
            else:
                self.sentence.setPlainText(claim.sentence)
            self.kind.setCurrentIndex(self.kind.findData(claim.kind.value))
            self.value.setText(value_for_editing(claim.value, language))
            self.value_max.setText(value_for_editing(claim.value_max, language))
            for line in (self.value, self.value_max):
                line.setEnabled(claim.kind is not Kind.STATEMENT)  # a statement has no value
            self.unit.setText(claim.unit or "")
            self.qualifier.setCurrentIndex(self.qualifier.findData(claim.qualifier.value))
            self.source.setText(claim.source or "")
            self.via.setText(claim.via or "")
            self.status.setCurrentIndex(self.status.findData(claim.status.value))
            if self.note.toPlainText() != claim.note:
                self.note.setPlainText(claim.note)
            self.evidence.set_evidence(claim.evidence)
            self._shown = {
                "unit": self.unit.text(),
                "source": self.source.text(),
                "via": self.via.text(),
                "note": self.note.toPlainText(),
            }
            self.history.clear()
            for entry in reversed(claim.history):  # newest first
                when = entry.at.strftime("%Y-%m-%d %H:%M")
                field = field_label(entry.field)
                old, new = _shown(entry.field, entry.old), _shown(entry.field, entry.new)
                self.history.addItem(
                    self.tr("{0} · {1} · {2}: {3} → {4}").format(when, entry.by, field, old, new)
                )
            if claim.checked_by:
                when = claim.checked_at.strftime("%Y-%m-%d %H:%M") if claim.checked_at else ""
                self.checked.setText(f"{claim.checked_by} {when}".strip())
            else:
                self.checked.setText(self.tr("not yet"))
        finally:
            self._loading = False

    @Slot(str)
    def _on_claim_changed(self, claim_id: str) -> None:
        if claim_id == self._claim_id:
            self._load()

    @Slot()
    def _on_model_about_to_reset(self) -> None:
        # All claims are being replaced (a merge, a reload): from now until
        # the form reloads, what it shows is stale and must never be
        # committed back over them (the commands commit editors before).
        self._stale = True

    @Slot()
    def _on_model_reset(self) -> None:
        self._stale = False
        if self._claim() is None:
            self._claim_id = None
            self.setEnabled(False)
        self._load()

    # -- committing ---------------------------------------------------------
    def commit(self) -> None:
        """Commit every field whose text differs from the claim (typing in progress)."""
        claim = self._claim()
        if claim is None or self._stale:
            return
        self._commit_number("value", self.value)
        self._commit_number("value_max", self.value_max)
        for field in ("unit", "source", "via"):
            self._commit_line(field)
        self._commit_note()
        self.evidence.commit_fields()

    def _commit(self, values: dict[str, Any], text: str | None = None) -> None:
        claim = self._claim()
        if claim is None or self._loading:
            return
        if all(getattr(claim, k) == v for k, v in values.items()):
            return
        fields = ", ".join(field_label(name).lower() for name in values)
        label = text or self.tr("Edit {0} of {1}").format(fields, claim.id)
        if not self._document.edit(claim.id, values, label):
            self._load()  # refused: show the claim as it is

    def _commit_number(self, field: str, editor: QLineEdit) -> None:
        claim = self._claim()
        if claim is None or self._loading:
            return
        language = self._document.sheet.article.language
        if editor.text().strip() == value_for_editing(getattr(claim, field), language):
            return
        try:
            value = parse_value(editor.text(), claim.kind, language)
        except InputError as exc:
            editor.setToolTip(str(exc))
            editor.setStyleSheet("QLineEdit { border: 1px solid #d33; }")
            return
        editor.setToolTip("")
        editor.setStyleSheet("")
        self._commit({field: value})

    def drafts(self) -> dict[str, dict[str, Any]]:
        """What is typed in the text fields and not yet committed, as field
        values of the current claim (for the crash journal)."""
        claim = self._claim()
        if claim is None or self._stale or self._loading:
            return {}
        values: dict[str, Any] = {
            field: getattr(self, field).text().strip() or None
            for field in ("unit", "source", "via")
            if getattr(self, field).text() != self._shown.get(field)
        }
        if self.note.toPlainText() != self._shown.get("note"):
            values["note"] = self.note.toPlainText()
        return {claim.id: values} if values else {}

    @Slot()
    def _on_typing(self) -> None:
        if not self._loading and self._claim() is not None:
            self._document.draft_changed()

    def _commit_line(self, field: str) -> None:
        """Commit a one-line text field the checker changed since it was
        shown (trimmed; empty is none). A field left as shown writes
        nothing back, whatever the editor made of the value on display."""
        editor: QLineEdit = getattr(self, field)
        if editor.text() == self._shown.get(field):
            return
        self._commit({field: editor.text().strip() or None})

    def _commit_note(self) -> None:
        """Commit the note when the checker changed it since it was shown
        (the editor shows a no-break space as a space and a line separator
        as a line break: a note only looked at is never rewritten)."""
        if self.note.toPlainText() == self._shown.get("note"):
            return
        self._commit({"note": self.note.toPlainText()})

    def _commit_evidence(self, evidence: list[Evidence]) -> None:
        claim = self._claim()
        if claim is None or self._loading:
            return
        self._commit({"evidence": evidence}, self.tr("Edit evidence of {0}").format(claim.id))

    @Slot(int)
    def _on_status_activated(self, _index: int) -> None:
        claim = self._claim()
        if claim is None:
            return
        status = Status(self.status.currentData())
        if status is not claim.status or claim.text_changed:
            self._document.set_status([claim.id], status)

    @Slot(int)
    def _on_kind_activated(self, _index: int) -> None:
        claim = self._claim()
        if claim is None:
            return
        kind = Kind(self.kind.currentData())
        if kind is not claim.kind and not self._document.change_kind(claim.id, kind):
            self._load()  # refused: show the claim as it is
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)


def _shown(field: str, value: object) -> str:
    """A history value on one line, as the form shows it: statuses, kinds and
    qualifiers by their (translated) labels, empty as an em dash, long text cut."""
    if value is None or value == "":
        return "—"
    if field == "status" and value in set(Status):
        return status_label(Status(str(value)))
    if field == "kind" and value in set(Kind):
        return kind_label(Kind(str(value)))
    if field == "qualifier" and value in set(Qualifier):
        return qualifier_label(Qualifier(str(value)))
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:59] + "…"
