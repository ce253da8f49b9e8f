"""Status fills stay legible (WCAG AA, 4.5:1) on light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from claims.model import Status
from gui.mainwindow import MainWindow
from gui.status_style import status_format


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(fill: QColor, base: QColor) -> QColor:
    alpha = fill.alphaF()
    return QColor(
        round(alpha * fill.red() + (1 - alpha) * base.red()),
        round(alpha * fill.green() + (1 - alpha) * base.green()),
        round(alpha * fill.blue() + (1 - alpha) * base.blue()),
    )


@pytest.mark.parametrize(
    ("text", "base", "dark"),
    [
        (QColor(0, 0, 0), QColor(255, 255, 255), False),
        (QColor(220, 220, 220), QColor(30, 30, 30), True),
    ],
    ids=["light", "dark"],
)
@pytest.mark.parametrize("current", [False, True])
@pytest.mark.parametrize("status", list(Status))
def test_text_over_every_fill_is_legible(
    status: Status, current: bool, text: QColor, base: QColor, dark: bool
) -> None:
    fill = status_format(status, current=current, dark=dark).background().color()
    assert contrast(text, over(fill, base)) >= 4.5


def test_article_view_follows_a_dark_palette(window: MainWindow) -> None:
    palette = window.article_view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    palette.setColor(QPalette.ColorRole.Text, QColor(220, 220, 220))
    window.article_view.setPalette(palette)
    fills = [s.format.background().color().alpha() for s in window.article_view.extraSelections()]
    assert fills and max(fills) <= 90
