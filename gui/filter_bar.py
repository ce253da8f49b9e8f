"""The filter bar above the claims table: status toggles with their counts,
a kind filter, "Only unchecked", and a search box (Ctrl+F).

It drives :class:`gui.claims_model.ClaimsProxyModel`; the counts follow the
sheet as claims are edited, added or deleted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claims.model import Kind, Status
from gui.claims_model import ClaimsProxyModel, ClaimsTableModel
from gui.labels import kind_label, status_label
from gui.wheel import guard_wheel


class FilterBar(QWidget):
    """Status, kind and text filters over the claims table."""

    def __init__(
        self, model: ClaimsTableModel, proxy: ClaimsProxyModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._model = model
        self._proxy = proxy
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        first = QHBoxLayout()
        layout = QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(layout)
        self.status_buttons: dict[Status, QToolButton] = {}
        for status in Status:
            button = QToolButton()
            button.setObjectName(f"filter{status.value.title().replace('_', '')}")
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setToolTip(
                self.tr("Show or hide {0} claims").format(status_label(status).lower())
            )
            button.toggled.connect(self._apply)
            self.status_buttons[status] = button
            layout.addWidget(button)
        self.only_unchecked = QCheckBox(self.tr("Only unchecked"))
        self.only_unchecked.setObjectName("filterOnlyUnchecked")
        self.only_unchecked.toggled.connect(self._on_only_unchecked)
        layout.addStretch(1)
        layout.addWidget(self.only_unchecked)
        self.kind = QComboBox()
        self.kind.setObjectName("filterKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in Kind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.currentIndexChanged.connect(self._apply)
        self.search = QLineEdit()
        self.search.setObjectName("filterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search quote, sentence, source, note (Ctrl+F)"))
        self.search.textChanged.connect(self._apply)
        first.addWidget(self.search, 1)
        first.addWidget(self.kind)
        model.claim_changed.connect(lambda _id: self.update_counts())
        model.claims_changed.connect(self.update_counts)
        guard_wheel(self)
        self.update_counts()

    def update_counts(self) -> None:
        """Show each status's number of claims on its toggle."""
        counts = self._model.sheet.counts()
        for status, button in self.status_buttons.items():
            button.setText(f"{status_label(status)} {counts[status]}")

    @Slot(bool)
    def _on_only_unchecked(self, only: bool) -> None:
        for status, button in self.status_buttons.items():
            button.blockSignals(True)
            button.setChecked(status is Status.UNCHECKED or not only)
            button.setEnabled(not only)
            button.blockSignals(False)
        self._apply()

    def _apply(self) -> None:
        statuses = frozenset(s for s, b in self.status_buttons.items() if b.isChecked())
        self._proxy.set_statuses(statuses)
        kind = self.kind.currentData()
        self._proxy.set_kind(Kind(kind) if kind else None)
        self._proxy.set_search(self.search.text())

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
