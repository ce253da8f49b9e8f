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


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


class ConflictDialog(QDialog):
    """One row per conflict: the claim and field, then ours and theirs to pick."""

    def __init__(self, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changes on both sides"))
        self.rows: list[tuple[str, Conflict, QRadioButton, QRadioButton]] = []
        grid = QGridLayout()
        for column, title in enumerate(
            (self.tr("Claim"), self.tr("Field"), self.tr("Yours"), self.tr("On disk"))
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        for claim in sheet.claims:
            for conflict in claim.conflicts:
                row = len(self.rows) + 1
                ours = QRadioButton(self._value_text(conflict.field, conflict.ours))
                theirs = QRadioButton(self._value_text(conflict.field, conflict.theirs))
                ours.setChecked(True)
                group = QButtonGroup(self)
                group.addButton(ours)
                group.addButton(theirs)
                grid.addWidget(QLabel(f"{claim.id} · {claim.quote}"), row, 0)
                grid.addWidget(QLabel(self._field_text(conflict.field)), row, 1)
                grid.addWidget(ours, row, 2)
                grid.addWidget(theirs, row, 3)
                self.rows.append((claim.id, conflict, ours, theirs))
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Someone else saved this sheet while you worked. These fields were "
                    "changed on both sides: choose which value to keep."
                )
            )
        )
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)

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
        }
        return labels.get(field, field)

    def _value_text(self, field: str, value: Any) -> str:
        if field == "deleted":
            return self.tr("Deleted") if value == "deleted" else self.tr("Kept")
        if field == "status" and value:
            return status_label(Status(value))
        return _shown(value)

    def choose_theirs(self, claim_id: str, field: str) -> None:
        """Pick the value on disk for one conflict (as a click would)."""
        for cid, conflict, _ours, theirs in self.rows:
            if cid == claim_id and conflict.field == field:
                theirs.setChecked(True)

    def resolved(self, sheet: Sheet) -> Sheet:
        """``sheet`` with every conflict settled as chosen and none left."""
        fixed = Sheet.model_validate(sheet.model_dump())
        theirs_chosen = {(cid, c.field): c for cid, c, _o, t in self.rows if t.isChecked()}
        dropped: list[str] = []
        for claim in list(fixed.claims):
            for (cid, field), conflict in theirs_chosen.items():
                if cid != claim.id:
                    continue
                if field == "deleted":
                    if conflict.theirs == "deleted":
                        dropped.append(claim.id)
                elif field == "status":
                    claim.status = conflict.theirs
                elif field == "span":
                    claim.span = tuple(conflict.theirs)
                else:
                    setattr(claim, field, conflict.theirs)
            claim.conflicts = []
        fixed.claims = [c for c in fixed.claims if c.id not in dropped]
        return Sheet.model_validate(fixed.model_dump())
