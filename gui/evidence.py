"""The evidence list of a claim: links the checker consulted, each with a
title, the passage relied on and the date it was read.

Every change (add, edit a field, remove) builds a new list and hands it to
``commit``, which the detail form turns into one undoable edit. A link
needs its URL (the sheet format requires it): "Add" opens a new link whose
fields are typed first, and the link joins the claim only once its URL is
given; a URL emptied on an existing link keeps the previous one. Either
way the editor says why under the fields. "Open link"
opens only web links (http and https, see :func:`claims.links.is_web_url`):
a ``javascript:`` or ``file:`` URL pasted into a sheet never runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claims.links import is_web_url
from claims.model import Evidence, is_blank


class EvidenceEditor(QWidget):
    """List and edit a claim's evidence; ``commit(list)`` receives each change."""

    def __init__(
        self, commit: Callable[[list[Evidence]], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceEditor")
        self._commit = commit
        self._items: list[Evidence] = []
        self._loading = False
        self._draft = False  # a new link being typed, not yet in the claim
        self._shown: tuple[str, str, str, QDate] = ("", "", "", QDate())
        """What the fields showed when the current link was loaded."""
        self.list = QListWidget()
        self.list.setObjectName("evidenceList")
        self.list.setMaximumHeight(80)
        self.list.currentRowChanged.connect(self._show_item)
        self.url = QLineEdit()
        self.url.setObjectName("evidenceUrl")
        self.url.setPlaceholderText("https://")
        self.title = QLineEdit()
        self.title.setObjectName("evidenceTitle")
        self.quote = QLineEdit()
        self.quote.setObjectName("evidenceQuote")
        self.quote.setPlaceholderText(self.tr("The passage that supports the verdict"))
        self.accessed = QDateEdit()
        self.accessed.setObjectName("evidenceAccessed")
        self.accessed.setCalendarPopup(True)
        self.accessed.setDisplayFormat("yyyy-MM-dd")
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("evidenceAdd")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("evidenceRemove")
        self.open_button = QPushButton(self.tr("Open link"))
        self.open_button.setObjectName("evidenceOpen")
        self.hint = QLabel()
        self.hint.setObjectName("evidenceHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        fields = QFormLayout()
        fields.addRow(self.tr("URL"), self.url)
        fields.addRow(self.tr("Title"), self.title)
        fields.addRow(self.tr("Quote"), self.quote)
        fields.addRow(self.tr("Accessed"), self.accessed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(fields)
        layout.addWidget(self.hint)
        for line in (self.url, self.title, self.quote):
            line.editingFinished.connect(self.commit_fields)
        self.accessed.dateChanged.connect(lambda _d: self.commit_fields())
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.open_button.clicked.connect(self.open_link)
        self.url.textChanged.connect(lambda _t: self._update_buttons())
        self.set_evidence([])

    # -- showing ------------------------------------------------------------
    def set_evidence(self, items: list[Evidence]) -> None:
        """Show ``items``, keeping the current row when it still exists."""
        row = self.list.currentRow()
        self._items = list(items)
        self._loading = True
        # Rebuilt with signals blocked: a passing "no row" would disable the
        # field being typed in and take the keyboard focus away.
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for item in self._items:
                self.list.addItem(self._label(item))
            if self._draft:  # the new link keeps the fields being typed
                row = -1
            else:
                row = min(max(row, 0), len(self._items) - 1) if self._items else -1
            self.list.setCurrentRow(row)
        finally:
            self.list.blockSignals(False)
            self._loading = False
        self._show_item(row)
        self._update_buttons()

    def _label(self, item: Evidence) -> str:
        text = item.title or item.url or self.tr("(new link)")
        return f"{text} — {item.url}" if item.title and item.url else text

    @Slot(int)
    def _show_item(self, row: int) -> None:
        if self._draft:
            if row < 0:  # the new link: its fields stay as typed
                self._update_buttons()
                return
            self._end_draft()  # another link chosen: the new one had no URL
        self.hint.hide()
        loading, self._loading = self._loading, True
        try:
            item = self._items[row] if 0 <= row < len(self._items) else None
            for line in (self.url, self.title, self.quote, self.accessed):
                line.setEnabled(item is not None)
            self.url.setText(item.url if item else "")
            self.title.setText(item.title if item else "")
            self.quote.setText(item.quote if item else "")
            day = item.accessed if item and item.accessed else dt.date.today()
            self.accessed.setDate(QDate(day.year, day.month, day.day))
            self._shown = self._fields()
        finally:
            self._loading = loading
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_item = self._draft or 0 <= self.list.currentRow() < len(self._items)
        self.add_button.setEnabled(not self._draft)  # one new link at a time
        self.remove_button.setEnabled(has_item)
        self.open_button.setEnabled(has_item and is_web_url(self.url.text().strip()))

    def _say(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.show()

    # -- changing -----------------------------------------------------------
    @property
    def drafting(self) -> bool:
        """Whether a new link is being typed (it joins the claim with its URL)."""
        return self._draft

    def add(self) -> None:
        """Start a new link (accessed today) and put the cursor in its URL;
        it is added to the claim once its URL is typed (:meth:`commit_fields`)."""
        self.commit_fields()
        self._draft = True
        self.list.setCurrentRow(-1)
        loading, self._loading = self._loading, True
        try:
            for line in (self.url, self.title, self.quote, self.accessed):
                line.setEnabled(True)
            for text in (self.url, self.title, self.quote):
                text.clear()
            today = dt.date.today()
            self.accessed.setDate(QDate(today.year, today.month, today.day))
        finally:
            self._loading = loading
        self._say(self.tr("Type the link's URL, then press Enter to add it."))
        self._update_buttons()
        self.url.setFocus()

    def discard_draft(self) -> None:
        """Drop the new link being typed, if any (another claim is shown)."""
        if self._draft:
            self._end_draft()
            self._show_item(self.list.currentRow())

    def _end_draft(self) -> None:
        self._draft = False
        self.hint.hide()

    def remove(self) -> None:
        """Remove the current link (or drop the new one being typed)."""
        if self._draft:
            self.discard_draft()
            return
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            self._commit(self._items[:row] + self._items[row + 1 :])

    def _fields(self) -> tuple[str, str, str, QDate]:
        """What the fields show now: URL, title, quote, accessed."""
        return self.url.text(), self.title.text(), self.quote.text(), self.accessed.date()

    def _changed(self, item: Evidence, url: str) -> Evidence:
        """``item`` with the fields the checker changed since it was shown;
        a field left as shown keeps the item's value exactly (no accessed
        date made up for a link that had none, no spaces trimmed)."""
        edited = self._edited(url)
        names = ("url", "title", "quote", "accessed")
        values = {
            name: getattr(edited, name)
            for name, now, shown in zip(names, self._fields(), self._shown, strict=True)
            if now != shown
        }
        return Evidence.model_validate({**dict(item), **values}) if values else item

    def _edited(self, url: str) -> Evidence:
        date = self.accessed.date()
        return Evidence(
            url=url,
            title=self.title.text().strip(),
            quote=self.quote.text().strip(),
            accessed=dt.date(date.year(), date.month(), date.day()),
        )

    def commit_fields(self) -> None:
        """Commit the current link's fields when they differ from it; a new
        link is added once it has a URL. An empty (or blank) URL is refused:
        nothing is added, and an existing link keeps its URL."""
        if self._loading:
            return
        url = self.url.text().strip()
        if self._draft:
            if is_blank(url):
                self._say(self.tr("A link needs its URL: type it to add this link."))
                return
            self._end_draft()
            self._commit([*self._items, self._edited(url)])
            self.list.setCurrentRow(len(self._items) - 1)
            return
        row = self.list.currentRow()
        if not 0 <= row < len(self._items):
            return
        kept = is_blank(url)
        if kept:
            url = self._items[row].url
            self.url.setText(url)
        edited = self._changed(self._items[row], url)
        if edited != self._items[row]:
            self._commit([*self._items[:row], edited, *self._items[row + 1 :]])
        if kept:
            self._say(self.tr("A link needs its URL: the previous one is kept."))

    def open_link(self) -> bool:
        """Open the current link in the browser, only if it is http or https."""
        url = self.url.text().strip()
        if not is_web_url(url):
            return False
        return QDesktopServices.openUrl(QUrl(url))
