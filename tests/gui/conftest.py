"""GUI test fixtures: a window on a copy of the sample article in tmp_path."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.app import build_window
from gui.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def _isolated_settings(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep the layout settings, preferences and recovery journals out of the
    user's real folders, one set per test; and have the application first
    (a document's file watcher needs its event loop)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # recovery journals
    monkeypatch.setenv("CLAIMDESK_CHECKER", "Camille Test")


@pytest.fixture
def article(tmp_path: Path, sample_path: Path) -> Path:
    """A copy of the sample article in tmp_path (so saving writes there)."""
    return Path(shutil.copy(sample_path, tmp_path / sample_path.name))


@pytest.fixture
def window(qtbot: QtBot, article: Path) -> Iterator[MainWindow]:
    """The main window on the copied sample, shown offscreen."""
    win = build_window(article)
    assert isinstance(win, MainWindow)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Closed here rather than by qtbot, whose teardown runs first: a test that
    # leaves unsaved edits must not meet the (modal) close prompt.
    if not shiboken6.isValid(win):
        return  # replaced by another file's window, and deleted
    win.workflow.commit_editors()  # a field still being typed would otherwise become an edit
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()
