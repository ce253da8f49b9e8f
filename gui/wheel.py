"""Value widgets that the mouse wheel changes only while they have the
keyboard focus.

Scrolling the detail form with the wheel used to change whatever combo box
passed under the pointer ("more than" became "at most", with nothing
shown). :func:`guard_wheel` applies the usual Qt pattern to every combo box,
spin box, date edit and slider inside a widget: ``Qt.StrongFocus`` (the
wheel no longer gives them the focus) and an event filter that ignores a
wheel event while the widget has no focus, so that the event goes on to the
parent and the scroll area scrolls instead. Once the checker has clicked or
tabbed into the widget, the wheel changes its value as usual. Plain Qt: no
library does this.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDial, QSlider, QWidget

VALUE_WIDGETS: tuple[type[QWidget], ...] = (QComboBox, QAbstractSpinBox, QSlider, QDial)
"""The widgets whose value a wheel event changes (QDateEdit, QSpinBox and
QDoubleSpinBox are spin boxes). Scroll bars are left alone: the wheel is
theirs to scroll with."""


class WheelGuard(QObject):
    """The event filter: a wheel event on an unfocused widget is ignored and
    passed on to its parent (``eventFilter`` returns ``True`` with the event
    not accepted, and Qt propagates an unaccepted wheel event)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()
            return True
        return False


def value_widgets(root: QWidget) -> list[QWidget]:
    """``root`` if it is a value widget, and every value widget inside it."""
    found: list[QWidget] = [root] if isinstance(root, VALUE_WIDGETS) else []
    for kind in VALUE_WIDGETS:
        found.extend(w for w in root.findChildren(kind) if w not in found)
    return found


def guard_wheel(root: QWidget) -> list[QWidget]:
    """Wheel-proof ``root`` and every value widget inside it at the time of
    the call (see the module docstring); returns the widgets guarded. The
    filter is a child of ``root`` and goes with it."""
    guard = WheelGuard(root)
    widgets = value_widgets(root)
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(guard)
    return widgets
