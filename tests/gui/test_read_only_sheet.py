"""A sheet file made read-only is never replaced by Save or Save As (a rename
over it needs only the folder's permission): the window says so, naming the
file, and offers another place; nothing is written and the edits stay
unsaved (issue 11, item 7). Exports already refused read-only files.

The tests run as root, for whom ``os.access`` says every file is writable:
the refusal reads the mode bits, and a real 0444 file proves it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from claims.model import Status
from gui.mainwindow import MainWindow

Answer = Callable[[QMessageBox], QMessageBox.StandardButton]


class Dialogs:
    """Answers the modal dialogs as they show: a file dialog gets ``choose``
    typed in (or is cancelled), a message box the button ``answer`` picks;
    the texts of the message boxes are kept in :attr:`texts`. A file dialog
    is accepted from a fresh turn of the event loop: its "Replace?" box opens
    inside ``accept``, and a timer does not fire again while its slot runs."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.choose: Path | None = None
        self.answer: Answer = lambda _box: QMessageBox.StandardButton.Cancel
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._respond)
        self._timer.start()

    def _respond(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget.property("answered"):
            return
        widget.setProperty("answered", True)
        if isinstance(widget, QMessageBox):
            self.texts.append(widget.text())
            button = widget.button(self.answer(widget))
            assert button is not None, widget.text()
            button.click()
        elif isinstance(widget, QFileDialog):
            if self.choose is None:
                QTimer.singleShot(0, widget.reject)
                return
            name = widget.findChild(QLineEdit, "fileNameEdit")
            assert name is not None
            name.setText(str(self.choose))
            self.choose = None
            QTimer.singleShot(0, widget.accept)

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def dialogs() -> Iterator[Dialogs]:
    answering = Dialogs()
    yield answering
    answering.stop()


@pytest.fixture
def read_only_sheet(window: MainWindow) -> Path:
    """The window's sheet saved, then made read-only (0444), then edited."""
    window.findChild(object, "actionSave").trigger()
    path = window.document.save_path
    path.chmod(0o444)
    window.table.select_claim("c1")
    window.findChild(object, "actionMarkVerified").trigger()
    assert window.document.has_unsaved_work()
    return path


def test_save_refuses_a_read_only_sheet(
    window: MainWindow, read_only_sheet: Path, dialogs: Dialogs
) -> None:
    before = read_only_sheet.read_bytes()
    window.findChild(object, "actionSave").trigger()
    assert read_only_sheet.read_bytes() == before  # nothing written
    assert window.document.has_unsaved_work() and window.isWindowModified()
    assert window.document.sheet.claim("c1").status is Status.VERIFIED  # the edit stays
    assert len(dialogs.texts) == 1
    assert str(read_only_sheet) in dialogs.texts[0]
    assert "is read-only: ClaimDesk does not replace it" in dialogs.texts[0]
    assert not list(read_only_sheet.parent.glob(".*.tmp"))  # not even a temporary file


def test_save_elsewhere_from_the_refusal(
    window: MainWindow, read_only_sheet: Path, dialogs: Dialogs, tmp_path: Path
) -> None:
    """The refusal offers Save As; the sheet goes to the new file."""
    before = read_only_sheet.read_bytes()
    elsewhere = tmp_path / "copy.claims.yaml"
    dialogs.answer = lambda _box: QMessageBox.StandardButton.Save
    dialogs.choose = elsewhere
    window.findChild(object, "actionSave").trigger()
    assert read_only_sheet.read_bytes() == before
    assert elsewhere.exists() and window.document.save_path == elsewhere
    assert not window.document.has_unsaved_work()


def test_save_as_onto_a_read_only_sheet_refuses(
    window: MainWindow, read_only_sheet: Path, dialogs: Dialogs, qtbot: QtBot
) -> None:
    """Chosen in the Save As dialog (and its "Replace?" confirmed), a
    read-only file is still not replaced."""
    before = read_only_sheet.read_bytes()

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        if "read-only" in box.text():
            return QMessageBox.StandardButton.Cancel
        return QMessageBox.StandardButton.Yes  # the file dialog's "Replace it?"

    dialogs.answer = answer
    dialogs.choose = read_only_sheet
    window.findChild(object, "actionSaveAs").trigger()
    assert read_only_sheet.read_bytes() == before
    assert window.document.has_unsaved_work()
    assert any(
        str(read_only_sheet) in t and "is read-only: ClaimDesk does not replace it" in t
        for t in dialogs.texts
    ), dialogs.texts


def test_closing_with_a_read_only_sheet_keeps_the_window(
    window: MainWindow, read_only_sheet: Path, dialogs: Dialogs
) -> None:
    """Close > Save meets the refusal: cancelled, the window stays open
    with its edits."""
    before = read_only_sheet.read_bytes()

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        if "unsaved changes" in box.text():
            return QMessageBox.StandardButton.Save
        return QMessageBox.StandardButton.Cancel

    dialogs.answer = answer
    assert not window.close()
    assert window.isVisible() and window.document.has_unsaved_work()
    assert read_only_sheet.read_bytes() == before
