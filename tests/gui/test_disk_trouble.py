"""Disk trouble at save: a clear message, the edits kept, Save As offered, the
previous file intact."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from claims.model import Status
from claims.sheet import load_sheet
from gui.mainwindow import MainWindow


def _disk_full(_fd: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def saved_window(window: MainWindow) -> MainWindow:
    window.findChild(object, "actionSave").trigger()
    window.document.set_status(["c1"], Status.VERIFIED)
    return window


def test_disk_full_keeps_edits_and_the_previous_file(
    saved_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = saved_window
    before = window.document.save_path.read_bytes()
    shown: list[str] = []

    def warning(
        _parent: object, _title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(os, "fsync", _disk_full)  # the OS refuses the write
    window.findChild(object, "actionSave").trigger()
    assert "No space left on device" in shown[0]
    assert "edits are still here" in shown[0]
    assert window.document.save_path.read_bytes() == before
    assert window.document.has_unsaved_work()
    assert window.document.sheet.claim("c1").status is Status.VERIFIED
    assert not [p for p in window.document.save_path.parent.iterdir() if p.name.endswith(".tmp")]


def test_vanished_folder_offers_save_as(
    saved_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = saved_window
    gone = tmp_path / "gone"
    gone.mkdir()
    window.document.save(gone / "sheet.claims.yaml")
    window.document.set_status(["c2"], Status.FALSE)  # more work, then
    (gone / "sheet.claims.yaml").unlink()
    gone.rmdir()  # the folder was deleted while the sheet was open
    elsewhere = tmp_path / "elsewhere.claims.yaml"
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(elsewhere), ""))
    window.findChild(object, "actionSave").trigger()
    assert load_sheet(elsewhere).claim("c1").status is Status.VERIFIED
    assert window.document.save_path == elsewhere
    assert not window.document.has_unsaved_work()


def test_read_only_folder_keeps_edits_and_the_previous_file(
    saved_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = saved_window
    folder = window.document.save_path.parent
    before = window.document.save_path.read_bytes()
    shown: list[str] = []

    def warning(
        _parent: object, _title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warning)
    if os.geteuid() == 0:
        # root writes through permission bits: refuse the way a read-only
        # mount does, at the creation of the temporary file.
        def read_only(*_args: object, **_kwargs: object) -> tuple[int, str]:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        monkeypatch.setattr(tempfile, "mkstemp", read_only)
        reason = os.strerror(errno.EROFS)
    else:
        folder.chmod(0o555)
        reason = os.strerror(errno.EACCES)
    try:
        window.findChild(object, "actionSave").trigger()
    finally:
        folder.chmod(0o755)
    assert reason in shown[0]
    assert str(window.document.save_path) in shown[0]
    assert window.document.save_path.read_bytes() == before
    assert window.document.has_unsaved_work()
    assert window.document.sheet.claim("c1").status is Status.VERIFIED
