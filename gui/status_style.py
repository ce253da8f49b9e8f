"""How each check status looks: colour and a non-colour marker (its label
comes from :mod:`gui.labels`).

Colour alone never carries the status: each one also has its own underline
style in the article (none, dotted, solid, wave...) and a label in the table.
Colours are chosen to stay legible on light and dark palettes (mid-saturation
fills drawn translucent over the text background).
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QTextCharFormat

from claims.model import Status

_COLOURS = {
    Status.UNCHECKED: QColor(240, 200, 40, 110),
    Status.IN_PROGRESS: QColor(80, 150, 255, 110),
    Status.VERIFIED: QColor(40, 180, 90, 110),
    Status.FALSE: QColor(230, 60, 60, 120),
    Status.MISLEADING: QColor(240, 130, 30, 120),
    Status.INCONCLUSIVE: QColor(150, 150, 150, 120),
}
_UNDERLINES = {
    Status.UNCHECKED: QTextCharFormat.UnderlineStyle.DotLine,
    Status.IN_PROGRESS: QTextCharFormat.UnderlineStyle.DashUnderline,
    Status.VERIFIED: QTextCharFormat.UnderlineStyle.SingleUnderline,
    Status.FALSE: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Status.MISLEADING: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Status.INCONCLUSIVE: QTextCharFormat.UnderlineStyle.DashDotLine,
}


DARK_ALPHA = 70
"""Opacity of the status fills over a dark base: the palette's light text keeps
a contrast of 4.5:1 or more (WCAG AA) over every fill."""
CURRENT_ALPHA = {False: 200, True: 90}
"""Opacity of the current claim's fill, on light and on dark bases."""


def is_dark(base: QColor) -> bool:
    """Whether a text background is dark (light text is drawn over it)."""
    return base.lightness() < 128


def status_brush(status: Status, dark: bool = False) -> QBrush:
    """The fill used for ``status`` in the article and the table; fainter on
    a dark base so light text stays legible."""
    colour = QColor(_COLOURS[status])
    if dark:
        colour.setAlpha(DARK_ALPHA)
    return QBrush(colour)


def status_format(status: Status, current: bool = False, dark: bool = False) -> QTextCharFormat:
    """The character format of a claim of ``status`` in the article view."""
    fmt = QTextCharFormat()
    fmt.setBackground(status_brush(status, dark))
    fmt.setUnderlineStyle(_UNDERLINES[status])
    fmt.setUnderlineColor(QColor(_COLOURS[status].rgb()))
    if current:
        fmt.setFontWeight(700)
        outline = QColor(_COLOURS[status].rgb())
        outline.setAlpha(CURRENT_ALPHA[dark])
        fmt.setBackground(QBrush(outline))
    return fmt
