"""The Qt binding itself: a PySide6 release that miscounts references to
None crashes a long session ("Fatal Python error: none_dealloc") on Python
3.11, where None is not immortal. PySide6-Essentials 6.12.0 did, on every
call of a method returning nothing; pyproject.toml keeps it out."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_methods_returning_nothing_keep_none_alive() -> None:
    colour, thing, fmt = QColor(), QObject(), QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(100):
        colour.setAlpha(3)
        thing.setObjectName("x")
        fmt.setFontItalic(True)
    assert sys.getrefcount(None) - before > -50  # 300 calls: 6.12.0 lost 300
