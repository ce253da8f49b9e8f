"""Looking at a claim never edits it: a form field left as shown writes
nothing back, whatever the editor made of the value on display (reported:
a no-break space in a note, an empty source, a link without an accessed date
were rewritten just by selecting the claim)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from claims.article import read_article
from claims.extract import extract_sheet
from claims.model import Evidence
from claims.sheet import dump_sheet, load_sheet
from gui.app import build_window
from gui.mainwindow import MainWindow

HAND_EDITS = {
    "note": "a\u00a0b\u2028c\r\nd",
    "source": "",
    "via": " Reuters ",
    "unit": "",
}


@pytest.mark.parametrize("field", [*HAND_EDITS, "evidence"])
def test_selecting_a_claim_edits_nothing(
    qtbot: QtBot, tmp_path: Path, sample_path: Path, field: str
) -> None:
    sheet = extract_sheet(read_article(sample_path))
    claim = sheet.claims[3]
    if field == "evidence":
        value: object = [Evidence(url="https://example.org/a", quote="  cité  ", accessed=None)]
    else:
        value = HAND_EDITS[field]
    sheet.claims[3] = claim.model_copy(update={field: value})
    path = tmp_path / "hand.claims.yaml"
    path.write_text(dump_sheet(sheet), encoding="utf-8")
    before = path.read_bytes()
    window = build_window(path)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    window.table.select_claim(claim.id)
    window.detail.note.setFocus()  # the form gets the focus, then leaves it
    window.table.select_claim(sheet.claims[4].id)
    window.table.setFocus()
    window.workflow.commit_editors()
    edits = [window.document.undo_stack.text(i) for i in range(window.document.undo_stack.count())]
    window.document.undo_stack.setClean()  # no close prompt, whatever happened
    assert edits == []
    assert getattr(window.document.sheet.claim(claim.id), field) == getattr(
        load_sheet(path).claim(claim.id), field
    )
    window.files.save()
    assert path.read_bytes() == before


def test_ctrl_s_saves_a_note_still_being_typed(qtbot: QtBot, window: MainWindow) -> None:
    """Reported: with no committed edit, Save was disabled, so Ctrl+S did
    nothing while the only change was a note being typed."""
    window.files.save()
    window.table.select_claim("c2")
    window.detail.note.setFocus()
    qtbot.keyClicks(window.detail.note, "Confirmed by the filing")
    assert window.document.undo_stack.count() == 0  # not an edit yet
    qtbot.keyClick(window.detail.note, "s", QtCore.Qt.KeyboardModifier.ControlModifier)
    assert load_sheet(window.document.save_path).claim("c2").note == "Confirmed by the filing"
