"""House rules a reviewer would otherwise check by hand: small modules with
one purpose, and a window that only arranges panes."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 600
"""No module of the core or the GUI is longer: one purpose each."""
MAX_WINDOW_LINES = 400
"""The main window arranges panes and connects signals; the work is elsewhere."""


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("package", ["claims", "gui"])
def test_no_module_is_over_the_limit(package: str) -> None:
    long = {
        str(path.relative_to(ROOT)): _lines(path)
        for path in sorted((ROOT / package).rglob("*.py"))
        if _lines(path) > MAX_LINES
    }
    assert long == {}


def test_the_main_window_only_arranges_panes() -> None:
    assert _lines(ROOT / "gui" / "mainwindow.py") <= MAX_WINDOW_LINES
