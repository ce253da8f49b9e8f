"""The dialog that resolves merge conflicts: both values side by side, one
choice per conflict.

Shown when saving finds that someone else changed the sheet on disk and the
same field of a claim was changed on both sides (see :mod:`claims.merge`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from claims.model import Conflict, Sheet, Status
from gui.status_style import status_label


def _shown(value: Any, width: int = 36) -> str:
    """``value`` on one line, cut to ``width`` characters (the tooltip holds it whole)."""
    if value is None or value == "":
        return "—"
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


class ConflictDialog(QDialog):
    """One row per conflict: the claim and field, then ours and theirs to pick."""

    def __init__(
        self, sheet: Sheet, parent: QWidget | None = None, *, at_save: bool = True
    ) -> None:
        """``at_save``: shown while saving over someone else's changes (else for
        the conflicts a ``claimdesk merge`` left in the sheet)."""
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changes on both sides"))
        self.rows: list[tuple[str, Conflict, QRadioButton, QRadioButton]] = []
        grid = QGridLayout()
        titles = (
            self.tr("Claim"),
            self.tr("Field"),
            self.tr("Before"),
            self.tr("Yours"),
            self.tr("On disk"),
        )
        for column, title in enumerate(titles):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        for claim in sheet.claims:
            for conflict in claim.conflicts:
                row = len(self.rows) + 1
                ours = self._choice(conflict.field, conflict.ours)
                theirs = self._choice(conflict.field, conflict.theirs)
                ours.setChecked(True)
                group = QButtonGroup(self)
                group.addButton(ours)
                group.addButton(theirs)
                label = QLabel(f"{claim.id} · {_shown(claim.quote, 40)}")
                label.setToolTip(claim.sentence)
                before = QLabel(
                    ""
                    if conflict.field == "deleted"
                    else self._value_text(conflict.field, conflict.base)
                )
                before.setEnabled(False)  # shown for reference, not a choice
                grid.addWidget(label, row, 0)
                grid.addWidget(QLabel(self._field_text(conflict.field)), row, 1)
                grid.addWidget(before, row, 2)
                grid.addWidget(ours, row, 3)
                grid.addWidget(theirs, row, 4)
                self.rows.append((claim.id, conflict, ours, theirs))
        grid.setRowStretch(len(self.rows) + 1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(4, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        if at_save:
            explanation = self.tr(
                "Someone else saved this sheet while you worked. These fields were "
                "changed on both sides: choose which value to keep."
            )
        else:
            explanation = self.tr(
                "A merge left these fields changed on both sides: choose which value to keep."
            )
        layout.addWidget(QLabel(explanation))
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(
            (
                QDialogButtonBox.StandardButton.Save
                if at_save
                else QDialogButtonBox.StandardButton.Ok
            )
            | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1040, 420)

    def _field_text(self, field: str) -> str:
        labels = {
            "deleted": self.tr("Deleted?"),
            "kind": self.tr("Kind"),
            "value": self.tr("Value"),
            "value_max": self.tr("Up to"),
            "unit": self.tr("Unit"),
            "qualifier": self.tr("Qualifier"),
            "source": self.tr("Source"),
            "status": self.tr("Status"),
            "note": self.tr("Verdict note"),
            "span": self.tr("Span"),
            "anchor": self.tr("Place in the text"),
            "quote": self.tr("Claim"),
            "sentence": self.tr("Sentence"),
            "via": self.tr("Via"),
        }
        return labels.get(field, field)

    def _choice(self, field: str, value: Any) -> QRadioButton:
        button = QRadioButton(self._value_text(field, value))
        if isinstance(value, str) and len(value) > 36:
            button.setToolTip(value)
        return button

    def _value_text(self, field: str, value: Any) -> str:
        if field == "deleted":
            return self.tr("Deleted") if value == "deleted" else self.tr("Kept")
        if field == "status" and isinstance(value, dict):
            label = status_label(Status(value["status"]))
            return f"{label} · {value['checked_by']}" if value.get("checked_by") else label
        if field == "status" and value:
            return status_label(Status(value))
        if field == "anchor" and isinstance(value, dict):
            start, end = value["span"]
            return f"{_shown(value['quote'], 28)} [{start}, {end})"
        return _shown(value)

    def choose_theirs(self, claim_id: str, field: str) -> None:
        """Pick the value on disk for one conflict (as a click would)."""
        for cid, conflict, _ours, theirs in self.rows:
            if cid == claim_id and conflict.field == field:
                theirs.setChecked(True)

    def resolved(self, sheet: Sheet) -> Sheet:
        """``sheet`` with every conflict settled as chosen and none left.

        Raises :class:`pydantic.ValidationError` if the choices do not make
        a valid sheet (they always should: grouped fields move together).
        """
        chosen = {
            (cid, c.field): (c.theirs if theirs.isChecked() else c.ours)
            for cid, c, _ours, theirs in self.rows
        }
        fixed = Sheet.model_validate(sheet.model_dump())
        dropped: set[str] = set()
        for claim in fixed.claims:
            for (cid, field), value in chosen.items():
                if cid != claim.id:
                    continue
                if field == "deleted":
                    if value == "deleted":
                        dropped.add(claim.id)
                elif isinstance(value, dict):  # a group: status or anchor
                    for name, part in value.items():
                        setattr(claim, name, tuple(part) if name == "span" else part)
                elif field == "span":
                    claim.span = tuple(value)
                else:
                    setattr(claim, field, value)
            claim.conflicts = []
        fixed.claims = [c for c in fixed.claims if c.id not in dropped]
        return Sheet.model_validate(fixed.model_dump())
