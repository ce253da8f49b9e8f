"""The French translation: complete, compiled, and loaded at start."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claims.model import Status
from gui.app import TRANSLATIONS, build_window, install_translation
from gui.claims_model import Column
from gui.mainwindow import MainWindow


@pytest.fixture
def french(qtbot: QtBot) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert install_translation(app, "fr"), "claimdesk_fr.qm did not load"
    yield
    install_translation(app, "en")


def test_every_string_is_translated() -> None:
    tree = ET.parse(TRANSLATIONS / "claimdesk_fr.ts")
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 150
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation") is None
        or m.find("translation").get("type") in ("unfinished", "obsolete")  # type: ignore[union-attr]
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []
    assert (TRANSLATIONS / "claimdesk_fr.qm").stat().st_mtime >= 0


def test_french_menus_and_labels(french: None, qtbot: QtBot, article: Path) -> None:
    window = build_window(article)
    assert isinstance(window, MainWindow)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Édition", "&Affirmation", "&Aide"]
    status_header = window.document.model.headerData(Column.STATUS, Qt.Orientation.Horizontal)
    assert status_header == "Statut"
    assert window.filter_bar.status_buttons[Status.UNCHECKED].text().startswith("Non vérifié ")
    assert window.filter_bar.only_unchecked.text() == "Non vérifiées seulement"
    assert window.counts.progress.text().endswith("vérifiées")
    window.document.undo_stack.setClean()
    window.close()


def test_translation_files_are_in_step_with_the_code(tmp_path: Path) -> None:
    """Every translatable string of gui/ is in the .ts, translated, and the
    committed .qm is what pyside6-lrelease makes of it (``make translations``)."""
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p) for p in (TRANSLATIONS.parent).glob("*.py"))
    ts = tmp_path / "claimdesk_fr.ts"
    shutil.copy(TRANSLATIONS / "claimdesk_fr.ts", ts)
    subprocess.run(
        [str(bin_dir / "pyside6-lupdate"), *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8"), "run make translations"
    qm = tmp_path / "claimdesk_fr.qm"
    subprocess.run(
        [str(bin_dir / "pyside6-lrelease"), str(TRANSLATIONS / "claimdesk_fr.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    assert qm.read_bytes() == (TRANSLATIONS / "claimdesk_fr.qm").read_bytes()
