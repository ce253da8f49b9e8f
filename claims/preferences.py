"""The checker's preferences: name, interface language, export folder, recent files.

Stored as YAML in the user's configuration folder, found by ``platformdirs``
(``~/.config/ClaimDesk/preferences.yaml`` on Linux, the platform's own place
elsewhere), so that Qt's ``QSettings`` keeps only the window's geometry.

A missing file gives the defaults. A file that cannot be read is logged and
left as it is (never overwritten until the checker saves preferences again),
and the defaults are used.
"""

from __future__ import annotations

import getpass
import logging
import os
from pathlib import Path
from typing import Any, Literal

import platformdirs
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claims.sheet import SheetDumper, SheetLoader, write_atomic

log = logging.getLogger(__name__)

MAX_RECENT = 10
"""Recent files kept, most recent first."""


class LastExport(BaseModel):
    """What the Export dialog chose last time, offered again."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    format: str = "csv"
    language: Literal["", "en", "fr"] = ""
    """Label language ("" = the article's)."""
    statuses: list[str] = Field(default_factory=list)
    """Statuses exported ([] = all claims)."""
    csv_bom: bool = False
    csv_delimiter: Literal[",", ";"] = ","


class Preferences(BaseModel):
    """What the checker chose; every field has a default."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    checker: str = ""
    """Name written in ``checked_by`` and the history ("" = the OS login)."""
    language: Literal["", "en", "fr"] = ""
    """Interface language ("" = follow the system locale)."""
    export_folder: str = ""
    """Folder the Export dialog opens in ("" = beside the sheet)."""
    recent: list[str] = Field(default_factory=list)
    """Recently opened articles and sheets, most recent first."""
    desk_name: str = ""
    """The fact-checking desk that signs ClaimReview (its ``author``)."""
    desk_url: str = ""
    """The desk's web site (ClaimReview ``author.url``)."""
    review_url: str = ""
    """Address of each published review; ``{id}`` becomes the claim id
    (ClaimReview ``url``), e.g. ``https://desk.example/checks/{id}``."""
    last_export: LastExport = Field(default_factory=LastExport)
    """The Export dialog's last choices."""


def preferences_path() -> Path:
    """Where the preferences live (``platformdirs.user_config_path``)."""
    return platformdirs.user_config_path("ClaimDesk", appauthor=False) / "preferences.yaml"


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences, or the defaults when there are none or they are
    unreadable (logged)."""
    path = path or preferences_path()
    try:
        raw: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=SheetLoader)
    except FileNotFoundError:
        return Preferences()
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        log.warning("%s: cannot read the preferences (%s); using the defaults", path, exc)
        return Preferences()
    try:
        return Preferences.model_validate(raw or {})
    except ValidationError as exc:
        log.warning("%s: invalid preferences (%s); using the defaults", path, exc)
        return Preferences()


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Write ``preferences`` atomically. Raises ``OSError`` when the folder
    cannot be written (the previous file is untouched)."""
    path = path or preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(
        preferences.model_dump(), Dumper=SheetDumper, sort_keys=False, allow_unicode=True
    )
    write_atomic(path, text.encode("utf-8"))


def with_recent(preferences: Preferences, opened: Path) -> Preferences:
    """``preferences`` with ``opened`` first in the recent files (no duplicate,
    at most ``MAX_RECENT``)."""
    name = str(Path(opened).resolve())
    recent = [name, *(p for p in preferences.recent if p != name)][:MAX_RECENT]
    return preferences.model_copy(update={"recent": recent})


def checker_name(preferences: Preferences | None = None) -> str:
    """The checker's name for ``checked_by`` and the history: the
    ``CLAIMDESK_CHECKER`` environment variable, else the name in the
    preferences, else the operating system's login name ("checker" when
    there is none)."""
    configured = preferences.checker if preferences is not None else ""
    try:
        return os.environ.get("CLAIMDESK_CHECKER") or configured or getpass.getuser()
    except OSError:
        return "checker"
