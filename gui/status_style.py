"""How each check status looks: label, colour and a non-colour marker.

Colour alone never carries the status: each one also has its own underline
style in the article (none, dotted, solid, wave...) and a label in the table.
Colours are chosen to stay legible on light and dark palettes (mid-saturation
fills drawn translucent over the text background).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor, QTextCharFormat

from claims.export.rows import STATUS_LABELS
from claims.model import Kind, Language, Qualifier, Status

_LABELS = STATUS_LABELS[Language.EN]
"""English labels, shared with the exports; translated through Qt at display."""
_FOR_LUPDATE = (
    str(QT_TRANSLATE_NOOP("Status", "Unchecked")),
    str(QT_TRANSLATE_NOOP("Status", "In progress")),
    str(QT_TRANSLATE_NOOP("Status", "Verified")),
    str(QT_TRANSLATE_NOOP("Status", "False")),
    str(QT_TRANSLATE_NOOP("Status", "Misleading")),
    str(QT_TRANSLATE_NOOP("Status", "Inconclusive")),
)
"""The labels above, marked so ``pyside6-lupdate`` lists them for translation."""
_KIND_LABELS = {
    Kind.COUNT: str(QT_TRANSLATE_NOOP("Kind", "count")),
    Kind.MONEY: str(QT_TRANSLATE_NOOP("Kind", "money")),
    Kind.PERCENT: str(QT_TRANSLATE_NOOP("Kind", "percent")),
    Kind.PERCENTAGE_POINTS: str(QT_TRANSLATE_NOOP("Kind", "percentage points")),
    Kind.MULTIPLIER: str(QT_TRANSLATE_NOOP("Kind", "multiplier")),
    Kind.ORDINAL: str(QT_TRANSLATE_NOOP("Kind", "ordinal")),
    Kind.FRACTION: str(QT_TRANSLATE_NOOP("Kind", "fraction")),
    Kind.DATE: str(QT_TRANSLATE_NOOP("Kind", "date")),
    Kind.PERIOD: str(QT_TRANSLATE_NOOP("Kind", "period")),
    Kind.DURATION: str(QT_TRANSLATE_NOOP("Kind", "duration")),
    Kind.STATEMENT: str(QT_TRANSLATE_NOOP("Kind", "statement")),
}
_QUALIFIER_LABELS = {
    Qualifier.EXACT: str(QT_TRANSLATE_NOOP("Qualifier", "exact")),
    Qualifier.APPROX: str(QT_TRANSLATE_NOOP("Qualifier", "about")),
    Qualifier.AT_LEAST: str(QT_TRANSLATE_NOOP("Qualifier", "at least")),
    Qualifier.MORE_THAN: str(QT_TRANSLATE_NOOP("Qualifier", "more than")),
    Qualifier.AT_MOST: str(QT_TRANSLATE_NOOP("Qualifier", "at most")),
    Qualifier.LESS_THAN: str(QT_TRANSLATE_NOOP("Qualifier", "less than")),
}


def kind_label(kind: Kind) -> str:
    """The translated name of a claim kind ("money", "argent")."""
    return QCoreApplication.translate("Kind", _KIND_LABELS[kind])


def qualifier_label(qualifier: Qualifier) -> str:
    """The translated name of a qualifier ("at least", "au moins")."""
    return QCoreApplication.translate("Qualifier", _QUALIFIER_LABELS[qualifier])


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


def status_label(status: Status) -> str:
    """The translated label of ``status`` ("Verified", "Vérifié")."""
    return QCoreApplication.translate("Status", _LABELS[status])


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
