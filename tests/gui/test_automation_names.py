"""docs/automation.md lists the object names tests and scripts rely on: the
window has every one of them, and has no name the page does not list."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject

from gui.mainwindow import MainWindow

DOC = Path(__file__).resolve().parents[2] / "docs" / "automation.md"
GUI = Path(__file__).resolve().parents[2] / "gui"
ARTICLE_DIALOG = (
    "articleDialog",
    "articleTitle",
    "articleUrl",
    "articlePublisher",
    "articleAuthor",
    "articlePublished",
    "articleLanguage",
    "articleProblem",
)


def listed_names() -> set[str]:
    """Every `name` written in code spans of the page's tables."""
    names: set[str] = set()
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("|"):
            names.update(re.findall(r"`([a-z][A-Za-z0-9]*)`", line))
    return names


def test_the_window_has_every_listed_name_and_no_other(window: MainWindow) -> None:
    listed = listed_names()
    present = {
        o.objectName()
        for o in window.findChildren(QObject)
        if re.fullmatch(r"[a-z][A-Za-z0-9]*", o.objectName())
    } | {window.objectName()}
    present = {name for name in present if not name.startswith(("qt", "_"))}
    assert present - listed == set(), "add these names to docs/automation.md"
    dialogs = {
        "exportDialog",
        "preferencesDialog",
        *ARTICLE_DIALOG,
        "historyDialog",
        "undoView",
        "shortcutsDialog",
        "shortcutsTable",
        "conflictDialog",
        "extractionProgress",
        "fetchProgress",
        "errorBox",
        "statusEditor",
        "kindEditor",
        "qualifierEditor",
        "sourceEditor",
        "actionRecent1",
        "actionRecent2",
    }
    assert listed - present - dialogs == set(), "these listed names are gone from the window"


def test_every_listed_dialog_name_is_set_in_the_code() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in GUI.glob("*.py"))
    for name in ARTICLE_DIALOG:
        assert f'"{name}"' in code, name
    for name in ("exportDialog", "preferencesDialog", "historyDialog", "undoView"):
        assert f'"{name}"' in code, name
    for name in ("shortcutsDialog", "shortcutsTable", "conflictDialog", "extractionProgress"):
        assert f'"{name}"' in code, name
    for name in ("errorBox", "statusEditor", "kindEditor", "qualifierEditor", "sourceEditor"):
        assert f'"{name}"' in code, name
    assert 'f"actionRecent{' in code
