"""The checker's session: preferences, recent files and the checker's name,
shared by the window's controllers.

The preferences live in the core's YAML file (:mod:`claims.preferences`);
this object keeps the loaded copy, writes each change and says when the
preferences changed, so the document's checker name and File > Open Recent
follow.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from claims.preferences import (
    Preferences,
    checker_name,
    load_preferences,
    save_preferences,
    with_recent,
)

log = logging.getLogger(__name__)


class Session(QObject):
    """The preferences of the person checking (see the module docstring).

    Signals:
        preferences_changed(): the preferences were stored (name, recent
            files, export choices...).
    """

    preferences_changed = Signal()

    def __init__(self, preferences: Preferences | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._preferences = preferences if preferences is not None else load_preferences()

    @property
    def preferences(self) -> Preferences:
        return self._preferences

    @preferences.setter
    def preferences(self, preferences: Preferences) -> None:
        self.store(preferences)

    def checker(self) -> str:
        """The name written in ``checked_by`` (:func:`claims.preferences.checker_name`)."""
        return checker_name(self._preferences)

    def store(self, preferences: Preferences) -> None:
        """Keep ``preferences`` and write them; a folder that cannot be written
        is logged, and the session goes on with them in memory."""
        self._preferences = preferences
        try:
            save_preferences(preferences)
        except OSError as exc:
            log.warning("could not save the preferences: %s", exc)
        self.preferences_changed.emit()

    def remember(self, path: Path) -> None:
        """Put ``path`` first in File > Open Recent."""
        self.store(with_recent(self._preferences, path))

    def recent_files(self) -> list[Path]:
        """Recent articles and sheets that still exist, most recent first."""
        return [Path(p) for p in self._preferences.recent if Path(p).exists()]
