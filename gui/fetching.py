"""Fetching an article by its web address off the GUI thread, behind a
dialog that can cancel the wait (:func:`claims.fetch.fetch_article` itself
stops at its own time limits)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from claims.article import ImportedArticle
from claims.errors import ClaimDeskError
from claims.fetch import fetch_article


class _Relay(QObject):
    """Carries the fetch's outcome from its thread to the GUI thread."""

    done = Signal(object)


def fetch_with_progress(url: str, parent: QWidget | None = None) -> ImportedArticle | None:
    """The article at ``url``, fetched in a thread while a busy dialog
    shows; ``None`` when the checker cancels (the download's result is
    then dropped). Raises :class:`~claims.errors.ClaimDeskError` (a
    ``FetchError`` naming the address) when it cannot be fetched or read."""
    relay = _Relay()
    outcome: list[object] = []
    loop = QEventLoop()

    def arrived(result: object) -> None:
        outcome.append(result)
        loop.quit()

    relay.done.connect(arrived)

    def work() -> None:
        try:
            result: object = fetch_article(url)
        except ClaimDeskError as exc:
            result = exc
        relay.done.emit(result)

    text = QCoreApplication.translate("Fetching", "Fetching {0}…").format(url)
    cancel = QCoreApplication.translate("Fetching", "Cancel")
    dialog = QProgressDialog(text, cancel, 0, 0, parent)
    dialog.setObjectName("fetchProgress")
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(loop.quit)
    threading.Thread(target=work, name="claimdesk-fetch", daemon=True).start()
    loop.exec()
    dialog.close()
    if not outcome:
        return None  # cancelled: the thread ends at its own time limit
    result = outcome[0]
    if isinstance(result, ClaimDeskError):
        raise result
    assert isinstance(result, ImportedArticle)
    return result
