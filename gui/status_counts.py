"""The status bar's account of the checking: claims by status, and a
progress bar of the claims with a verdict ("7 / 24 checked")."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from claims.model import VERDICT_STATUSES, Sheet, Status
from gui.labels import status_label


class StatusCounts(QWidget):
    """Counts and progress of one sheet; :meth:`refresh` after a change."""

    def __init__(self, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sheet = sheet
        self.label = QLabel()
        self.label.setObjectName("statusCounts")
        self.progress = QProgressBar()
        self.progress.setObjectName("checkProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Count the claims by status again."""
        counts = self._sheet.counts()
        total = len(self._sheet.claims)
        checked = sum(counts[s] for s in VERDICT_STATUSES)
        self.label.setText(
            " · ".join(
                [self.tr("{0} claims").format(total)]
                + [f"{counts[s]} {status_label(s).lower()}" for s in Status if counts[s]]
            )
        )
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(checked)
        self.progress.setFormat(self.tr("{0} / {1} checked").format(checked, total))
