"""The article pane: the text with every claim highlighted by status.

Claim spans are code-point offsets of the article text; Qt's text document
counts UTF-16 units, so offsets are converted (an emoji before a claim would
otherwise shift every highlight after it).
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from claims.formatting import format_value
from claims.model import Claim, Sheet
from gui.labels import status_label
from gui.status_style import is_dark, status_format


class Utf16Offsets:
    """Converts code-point offsets of ``text`` to UTF-16 positions and back."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, offset: int) -> int:
        return offset + bisect_right(self._wide, offset - 1)

    def from_qt(self, position: int) -> int:
        offset = position
        for wide in self._wide:
            if self.to_qt(wide) < position:
                offset -= 1
        return offset


class ArticleView(QPlainTextEdit):
    """Read-only article text with claim highlights.

    Signals:
        claim_clicked(str): the user clicked inside a claim's highlight (its id).
    """

    claim_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.document().setDocumentMargin(12)
        self._sheet: Sheet | None = None
        self._offsets = Utf16Offsets("")
        self._current: str | None = None
        # Many changes in one turn of the event loop (a mark on 50 rows, a
        # merge) repaint the highlights once.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

    def set_sheet(self, sheet: Sheet) -> None:
        """Show ``sheet``'s article and highlight its claims."""
        self._sheet = sheet
        self._offsets = Utf16Offsets(sheet.article.text)
        self.setPlainText(sheet.article.text)
        self._current = None
        self.refresh()

    @Slot()
    def schedule_refresh(self) -> None:
        """Repaint the highlights once the current changes are all made (at
        the next turn of the event loop)."""
        self._refresh_timer.start()

    @Slot()
    def refresh(self) -> None:
        """Repaint every highlight now (after a status or span change)."""
        self._refresh_timer.stop()
        dark = is_dark(self.palette().base().color())
        if self._sheet is None:
            return
        selections = []
        for claim in self._sheet.claims:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor_for(claim)
            selection.format = status_format(
                claim.status, current=claim.id == self._current, dark=dark
            )
            selection.format.setToolTip(self._tooltip(claim))
            selections.append(selection)
        self.setExtraSelections(selections)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()  # fills depend on a light or dark base

    def _tooltip(self, claim: Claim) -> str:
        assert self._sheet is not None
        value = format_value(claim, self._sheet.article.language)
        lines = [f"{claim.id} · {status_label(claim.status)}"]
        if value:
            lines.append(value)
        if claim.source:
            lines.append(self.tr("Source: {0}").format(claim.source))
        if claim.via:
            lines.append(self.tr("Via: {0}").format(claim.via))
        return "\n".join(lines)

    def _cursor_for(self, claim: Claim) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(claim.span[0]))
        cursor.setPosition(self._offsets.to_qt(claim.span[1]), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def show_claim(self, claim_id: str | None) -> None:
        """Make ``claim_id`` the current claim: emphasise it and scroll to it."""
        self._current = claim_id
        self.schedule_refresh()
        if self._sheet is None or claim_id is None:
            return
        try:
            claim = self._sheet.claim(claim_id)
        except KeyError:
            return
        cursor = self._cursor_for(claim)
        self.setTextCursor(cursor)
        self.centerCursor()

    def claim_at(self, position: int) -> str | None:
        """The id of the claim covering Qt text position ``position``, if any."""
        if self._sheet is None:
            return None
        offset = self._offsets.from_qt(position)
        hits = [c for c in self._sheet.claims if c.span[0] <= offset < c.span[1]]
        if not hits:
            return None
        return min(hits, key=lambda c: c.span[1] - c.span[0]).id

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as ``[start, end)`` code-point offsets, or ``None``."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._offsets.from_qt(cursor.selectionStart()), self._offsets.from_qt(
            cursor.selectionEnd()
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            claim_id = self.claim_at(self.cursorForPosition(event.position().toPoint()).position())
            if claim_id is not None:
                self.claim_clicked.emit(claim_id)
