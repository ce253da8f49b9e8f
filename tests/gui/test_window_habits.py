"""Window habits: preferences, Open Recent, drag and drop, QSettings kept small."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claims.model import Status
from claims.preferences import Preferences, load_preferences, save_preferences
from gui.app import build_window
from gui.claims_model import Column
from gui.layout import KEYS, layout_settings
from gui.mainwindow import MainWindow
from gui.preferences_dialog import PreferencesDialog


def test_preferences_dialog_round_trip(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Preferences(checker="A", language="fr", export_folder="/x"))
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "fr"
    dialog.checker.setText("  Léa Dubois ")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.preferences() == Preferences(
        checker="Léa Dubois", language="en", export_folder="/x"
    )


def test_saving_puts_the_sheet_in_open_recent(window: MainWindow, tmp_path: Path) -> None:
    window.findChild(object, "actionSave").trigger()
    saved = window.document.save_path.resolve()
    assert load_preferences().recent[0] == str(saved)
    menu = window.action_set.recent_menu
    assert [a.toolTip() for a in menu.actions()] == [str(saved)]


def test_open_recent_reopens(qtbot: QtBot, window: MainWindow) -> None:
    window.document.set_status(["c1"], Status.VERIFIED)
    window.findChild(object, "actionSave").trigger()
    window.document.set_status(["c2"], Status.FALSE)
    window.document.undo_stack.setClean()  # no prompt
    window.action_set.recent_menu.actions()[0].trigger()
    reopened = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    assert reopened and reopened[-1] is not window
    assert reopened[-1].document.sheet.claim("c1").status is Status.VERIFIED
    reopened[-1].close()


_KEEP: list[QMimeData] = []  # events point to their mime data: keep it alive


def drop_event(path: Path, drop: bool) -> QDragEnterEvent | QDropEvent:
    """The event a file manager's drag of ``path`` would send."""
    data = QMimeData()
    _KEEP.append(data)
    data.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    if drop:
        return QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, buttons, keys)
    with warnings.catch_warnings():
        # PySide6 6.12 marks the one QDragEnterEvent constructor deprecated.
        warnings.simplefilter("ignore", DeprecationWarning)
        return QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, buttons, keys)


def test_drag_and_drop_an_article(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, sample_path: Path
) -> None:
    other = Path(shutil.copy(sample_path, tmp_path / "other.txt"))
    enter = drop_event(other, drop=False)
    window.dragEnterEvent(enter)  # type: ignore[arg-type]
    assert enter.isAccepted()
    refused = drop_event(tmp_path / "picture.png", drop=False)
    window.dragEnterEvent(refused)  # type: ignore[arg-type]
    assert not refused.isAccepted()
    window.dropEvent(drop_event(other, drop=True))  # type: ignore[arg-type]
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.isVisible() and w is not window
    ]
    assert opened and opened[-1].document.save_path.name == "other.claims.yaml"
    opened[-1].close()


def test_hidden_columns_come_back_from_the_header_menu(window: MainWindow) -> None:
    assert window.table.isColumnHidden(Column.NOTE)
    window.table.column_actions[Column.NOTE].setChecked(True)
    assert not window.table.isColumnHidden(Column.NOTE)
    assert not window.table.column_actions[Column.ID].isEnabled()


def test_qsettings_holds_only_the_window_layout(window: MainWindow) -> None:
    window.findChild(object, "actionSave").trigger()
    window.close()
    keys = layout_settings().allKeys()
    assert keys and set(keys) <= set(KEYS)


def test_unwritable_preferences_folder_is_not_fatal(
    qtbot: QtBot, article: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "config-is-a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))
    win = build_window(article)
    assert isinstance(win, MainWindow)
    win.findChild(object, "actionSave").trigger()
    assert win.document.undo_stack.isClean()
    win.close()


def test_preferences_are_read_at_start(
    qtbot: QtBot, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLAIMDESK_CHECKER")
    save_preferences(Preferences(checker="Léa Dubois"))
    win = build_window(article)
    assert isinstance(win, MainWindow)
    win.document.set_status(["c1"], Status.VERIFIED)
    assert win.document.sheet.claim("c1").checked_by == "Léa Dubois"
    win.document.undo_stack.setClean()
    win.close()


def test_export_goes_to_the_preferred_folder(window: MainWindow, tmp_path: Path) -> None:
    assert window.files.default_export_path("csv").parent == window.document.save_path.parent
    folder = tmp_path / "exports"
    folder.mkdir()
    window.session.preferences = Preferences(export_folder=str(folder))
    assert (
        window.files.default_export_path("csv") == folder / "alibaba-cloud-expansion.fr.claims.csv"
    )


def test_save_stays_available_and_the_title_says_what_is_unsaved(window: MainWindow) -> None:
    save = window.findChild(object, "actionSave")
    save.trigger()
    assert save.isEnabled() and not window.isWindowModified()  # Ctrl+S always saves
    window.document.set_status(["c1"], Status.VERIFIED)
    assert save.isEnabled() and window.isWindowModified()
    window.findChild(object, "actionUndo").trigger()
    assert save.isEnabled() and not window.isWindowModified()
