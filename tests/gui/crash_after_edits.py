"""A ClaimDesk window that edits a sheet, lets the journal be written, then
dies without closing (SIGKILL): run by ``tests/gui/test_recovery.py``.

Usage: python crash_after_edits.py ARTICLE
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from claims.model import Status
from gui.app import build_window
from gui.document import JOURNAL_DELAY_MS
from gui.mainwindow import MainWindow


def main() -> None:
    window = build_window(Path(sys.argv[1]))
    assert isinstance(window, MainWindow)
    window.show()
    window.document.set_status(["c1", "c2"], Status.VERIFIED)
    window.document.edit("c3", {"note": "Noté juste avant la panne."}, "note")
    deadline = time.monotonic() + JOURNAL_DELAY_MS / 1000 + 1.0
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main()
