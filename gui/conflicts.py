"""The dialog that resolves merge conflicts: both values side by side, one
choice per conflict.

Shown when saving finds that someone else changed the sheet on disk and the
same field of a claim was changed on both sides, and for the conflicts a
``claimdesk merge`` left in a sheet. The dialog only collects the choices;
:func:`claims.merge.resolve_conflicts` applies them.
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

from claims.merge import Side, resolve_conflicts
from claims.model import Conflict, Kind, Sheet, Status
from gui.labels import field_label, kind_label, status_label


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
                grid.addWidget(QLabel(field_label(conflict.field)), row, 1)
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
        if field == "figure" and isinstance(value, dict):
            kind = kind_label(Kind(value["kind"]))
            shown = " – ".join(str(v) for v in (value.get("value"), value.get("value_max")) if v)
            return f"{kind} · {_shown(shown, 24)}" if shown else kind
        if field == "anchor" and isinstance(value, dict):
            start, end = value["span"]
            return f"{_shown(value['quote'], 28)} [{start}, {end})"
        return _shown(value)

    def choose_theirs(self, claim_id: str, field: str) -> None:
        """Pick the value on disk for one conflict (as a click would)."""
        for cid, conflict, _ours, theirs in self.rows:
            if cid == claim_id and conflict.field == field:
                theirs.setChecked(True)

    def choices(self) -> dict[tuple[str, str], Side]:
        """The side chosen for each conflict, by ``(claim id, field)``."""
        return {
            (cid, c.field): "theirs" if theirs.isChecked() else "ours"
            for cid, c, _ours, theirs in self.rows
        }

    def resolved(self, sheet: Sheet) -> Sheet:
        """``sheet`` with every conflict settled as chosen and none left
        (:func:`claims.merge.resolve_conflicts`).

        Raises :class:`claims.merge.MergeError` if the choices do not make a
        valid sheet (they always should: grouped fields move together).
        """
        return resolve_conflicts(sheet, self.choices())
