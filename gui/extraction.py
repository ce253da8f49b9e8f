"""Extraction off the GUI thread, with a progress dialog that can cancel it.

A long article (``BACKGROUND_MIN_CHARS`` code points or more) is read by
:func:`claims.extract.extract_sheet` in a ``QThread``: the window stays
responsive, the dialog shows how much of the text has been read, and Cancel
stops the extraction between two paragraphs. A short article is read at once.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from claims.extract import ExtractionCancelled, extract_sheet
from claims.model import Article, Sheet

BACKGROUND_MIN_CHARS = 50_000
"""Articles this long or longer are extracted in the background (about 0.2 s)."""


class ExtractionWorker(QObject):
    """Runs :func:`extract_sheet` on an article; lives in a worker thread."""

    progressed = Signal(int)
    """Per mille of the text read."""
    finished = Signal(object)
    """The :class:`~claims.model.Sheet`, or ``None`` when cancelled."""

    def __init__(self, article: Article) -> None:
        super().__init__()
        self._article = article
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the extraction to stop at the next paragraph (any thread)."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done * 1000 // max(total, 1))
        return not self._stop.is_set()

    @Slot()
    def run(self) -> None:
        try:
            sheet: Sheet | None = extract_sheet(self._article, self._progress)
        except ExtractionCancelled:
            sheet = None
        self.finished.emit(sheet)


class BackgroundExtraction(QObject):
    """One extraction behind a progress dialog (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._result: list[Sheet | None] = []
        self._loop = QEventLoop(self)
        self.dialog: QProgressDialog | None = None

    def run(self, article: Article) -> Sheet | None:
        """The sheet of ``article``, or ``None`` when the checker cancelled."""
        if len(article.text) < BACKGROUND_MIN_CHARS:
            return extract_sheet(article)
        dialog = QProgressDialog(
            self.tr("Finding the claims…"), self.tr("Cancel"), 0, 1000, self._parent
        )
        dialog.setObjectName("extractionProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        self.dialog = dialog
        thread = QThread(self)
        worker = ExtractionWorker(article)
        worker.moveToThread(thread)
        worker.progressed.connect(dialog.setValue)
        worker.finished.connect(self._done)
        dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
        thread.started.connect(worker.run)
        thread.start()
        self._loop.exec()
        thread.quit()
        thread.wait()
        dialog.close()
        return self._result[0] if self._result else None

    @Slot(object)
    def _done(self, sheet: Sheet | None) -> None:
        self._result.append(sheet)
        self._loop.quit()


def extract_with_progress(article: Article, parent: QWidget | None = None) -> Sheet | None:
    """The sheet of ``article``, read in the background behind a cancellable
    progress dialog when it is long; ``None`` when cancelled."""
    return BackgroundExtraction(parent).run(article)
