"""The filter bar and the progress: status toggles, kind, search, only unchecked."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from claims.model import Kind, Status
from gui.claims_model import ClaimRole
from gui.mainwindow import MainWindow


def shown(window: MainWindow) -> list[str]:
    return [
        window.table.proxy.index(r, 0).data(ClaimRole).id
        for r in range(window.table.proxy.rowCount())
    ]


def test_filtered_proxy_passes_the_model_tester(
    qtmodeltester: ModelTester, window: MainWindow
) -> None:
    window.document.set_status(["c1", "c2"], Status.VERIFIED)
    window.filter_bar.status_buttons[Status.UNCHECKED].setChecked(False)
    window.filter_bar.search.setText("dollars")
    qtmodeltester.check(window.table.proxy)


def test_status_toggles_show_counts_and_hide(window: MainWindow) -> None:
    window.document.set_status(["c1", "c2"], Status.VERIFIED)
    verified = window.filter_bar.status_buttons[Status.VERIFIED]
    assert verified.text().endswith(" 2")
    window.filter_bar.status_buttons[Status.UNCHECKED].setChecked(False)
    assert shown(window) == ["c1", "c2"]


def test_only_unchecked(window: MainWindow) -> None:
    window.document.set_status(["c1"], Status.FALSE)
    window.filter_bar.only_unchecked.setChecked(True)
    assert "c1" not in shown(window)
    assert len(shown(window)) == len(window.document.sheet.claims) - 1
    window.filter_bar.only_unchecked.setChecked(False)
    assert "c1" in shown(window)


def test_kind_filter(window: MainWindow) -> None:
    combo = window.filter_bar.kind
    combo.setCurrentIndex(combo.findData(Kind.MONEY.value))
    assert shown(window)
    assert all(window.document.sheet.claim(i).kind is Kind.MONEY for i in shown(window))


def test_search_is_accent_and_case_insensitive(window: MainWindow) -> None:
    window.filter_bar.search.setText("COREE")
    ids = shown(window)
    assert ids and all("corée" in window.document.sheet.claim(i).sentence.lower() for i in ids)


def test_ctrl_f_focuses_the_search(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.table.setFocus()
    window.findChild(object, "actionFind").trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.filter_bar.search)


def test_progress_counts_verdicts(window: MainWindow) -> None:
    total = len(window.document.sheet.claims)
    window.document.set_status(["c1", "c2"], Status.VERIFIED)
    window.document.set_status(["c3"], Status.IN_PROGRESS)
    assert window.counts.progress.value() == 2
    assert window.counts.progress.text() == f"2 / {total} checked"
    assert "1 in progress" in window.counts.label.text()
