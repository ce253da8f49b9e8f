"""The crash-recovery journal: unsaved work, written aside as it happens.

While a sheet has unsaved edits, the window journals the whole sheet (at most
once a second) to ``<state folder>/recovery/`` (``platformdirs``'s user state
folder: ``~/.local/state/ClaimDesk`` on Linux). A clean close removes the
journal; one still there at the next start is work a crash would have lost,
and ClaimDesk offers to restore it.

Each window journals under its own tag (``PID-N``), so two windows, or two
ClaimDesk processes, on one sheet never overwrite each other's journal, and
a journal is offered back only when its window is gone: its process ended
(a crash) or, in this process, the window was destroyed without a clean
close. A journal is a claim sheet file named ``KEY.TAG.claims.yaml`` whose
first line names the sheet it belongs to
(``# claimdesk recovery of /path/NAME.claims.yaml``), written atomically.
Beside it, ``KEY.TAG.base.yaml`` keeps the sheet as it was on disk when the
window loaded or last saved it, with that file's SHA-256 on its first line:
after a restore, saving merges with whatever someone saved meanwhile instead
of overwriting it.

Journals hold unpublished work: the folder is private (0700, tightened if
it was wider) and so are the files (0600). A journal that cannot be read
(cut short, damaged, not a journal) is never offered: it is moved, with its
base, to ``recovery/quarantine/`` and reported (:func:`scan_recoveries`),
so the window can say where it went. A base that cannot be read leaves the
work's base unknown: the work is still offered, the base set aside the same
way (:func:`set_aside_base`), and the restored work is saved as a new
sheet would be (asking before it replaces the file), never merged with a
file it may not come from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import logging
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from claims.errors import ClaimDeskError
from claims.model import Sheet
from claims.sheet import dump_sheet, loads_sheet, write_atomic

log = logging.getLogger(__name__)

_HEADER = "# claimdesk recovery of "
_BASE_HEADER = "# claimdesk recovery base sha256 "


PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
"""The permission bits of the journal folder and of the journals."""


def recovery_folder() -> Path:
    """Where journals live (``platformdirs.user_state_path``)."""
    return platformdirs.user_state_path("ClaimDesk", appauthor=False) / "recovery"


def quarantine_folder() -> Path:
    """Where journals that could not be read are set aside."""
    return recovery_folder() / "quarantine"


def _private_folder(folder: Path) -> Path:
    """``folder``, created (with its parents) if needed, readable by its owner
    only: its bits are tightened to 0700 when they were wider. Raises
    ``OSError``."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if stat.S_IMODE(folder.stat().st_mode) & ~PRIVATE_FOLDER:
        folder.chmod(PRIVATE_FOLDER)
    return folder


_live_tags: set[str] = set()
_serial = itertools.count(1)


def new_tag() -> str:
    """A journal tag for one window of this process (``PID-N``), live until
    :func:`release_tag`."""
    tag = f"{os.getpid()}-{next(_serial)}"
    _live_tags.add(tag)
    return tag


def release_tag(tag: str) -> None:
    """The window of ``tag`` is gone: its journal, if any, is now recoverable."""
    _live_tags.discard(tag)


def _owner_alive(tag: str) -> bool:
    """Whether the window that journals under ``tag`` may still be running."""
    pid_text = tag.split("-", 1)[0]
    if not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return tag in _live_tags
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process there
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def journal_path(save_path: Path, tag: str) -> Path:
    """The journal of the window ``tag`` for the sheet saving to ``save_path``."""
    key = hashlib.sha256(str(Path(save_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return recovery_folder() / f"{key}.{tag}.claims.yaml"


def _base_path(journal: Path) -> Path:
    return journal.with_name(journal.name.removesuffix(".claims.yaml") + ".base.yaml")


def write_journal(
    sheet: Sheet,
    save_path: Path,
    tag: str,
    base_text: str = "",
    base_digest: str | None = None,
) -> Path:
    """Journal ``sheet`` (unsaved work on ``save_path`` in the window
    ``tag``) and, when given, the sheet on disk it started from
    (``base_text``, the YAML, and ``base_digest``, the file's SHA-256);
    returns the journal's path. Raises ``OSError`` when the state folder
    cannot be written."""
    path = journal_path(save_path, tag)
    _private_folder(path.parent)
    if base_text and base_digest:
        base = f"{_BASE_HEADER}{base_digest}\n{base_text}".encode()
        write_atomic(_base_path(path), base, mode=PRIVATE_FILE)
    else:
        _base_path(path).unlink(missing_ok=True)
    text = f"{_HEADER}{Path(save_path).resolve()}\n{dump_sheet(sheet)}"
    write_atomic(path, text.encode("utf-8"), mode=PRIVATE_FILE)
    return path


def discard_journal(tag: str) -> None:
    """Remove the journals of the window ``tag``, whatever sheet they were
    for (after a save, a Save As, or a clean close)."""
    folder = recovery_folder()
    if not folder.is_dir():
        return
    for path in folder.glob(f"*.{tag}.claims.yaml"):
        path.unlink(missing_ok=True)
        _base_path(path).unlink(missing_ok=True)


def discard_recovery(recovery: Recovery) -> None:
    """Remove a journal found by :func:`pending_recoveries` (restored, whose
    window now journals under its own tag, or declined)."""
    recovery.journal.unlink(missing_ok=True)
    _base_path(recovery.journal).unlink(missing_ok=True)


def _read_base(journal: Path) -> tuple[str, str] | None:
    """The base's YAML and digest kept beside ``journal``, ``None`` when
    there is none. Raises :class:`ClaimDeskError` when there is one that
    cannot be read (not UTF-8, no header: damaged)."""
    path = _base_path(journal)
    try:
        first, _, body = path.read_text(encoding="utf-8").partition("\n")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ClaimDeskError(f"{path}: cannot be read: {exc}") from exc
    if not first.startswith(_BASE_HEADER):
        raise ClaimDeskError(f"{path}: not a recovery base (its first line is damaged)")
    return body, first.removeprefix(_BASE_HEADER)


@dataclass(frozen=True)
class Recovery:
    """Unsaved work found in a journal."""

    journal: Path
    save_path: Path
    sheet: Sheet
    written: dt.datetime
    base_text: str = ""
    """The sheet on disk the work started from (YAML), "" when unknown."""
    base_digest: str | None = None
    """That file's SHA-256 then: if the file differs now, someone saved it."""
    base_problem: str = ""
    """Why the base kept beside the journal could not be read ("" when it
    was read, or there is none): the base is unknown, and the base file is
    for :func:`set_aside_base`."""

    def summary(self) -> str:
        """What it holds, in one line (file, claims, checked, when)."""
        checked = sum(1 for c in self.sheet.claims if c.checked_by)
        when = self.written.strftime("%Y-%m-%d %H:%M")
        return f"{self.save_path.name}: {len(self.sheet.claims)} claims, {checked} checked, {when}"


@dataclass(frozen=True)
class SetAside:
    """A journal (or a journal's base) that could not be read: where it was
    moved (``journal``, in :func:`quarantine_folder`; ``None`` when it could
    not be moved and was left in place) and why (``reason``, one line)."""

    journal: Path | None
    reason: str


@dataclass(frozen=True)
class RecoveryScan:
    """What :func:`scan_recoveries` found: the work to offer, newest first,
    and the journals set aside because they could not be read."""

    recoveries: list[Recovery] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)


def pending_recoveries() -> list[Recovery]:
    """Every journal left by a session that did not close cleanly, newest
    first (:func:`scan_recoveries`, the recoveries only: journals that
    cannot be read are set aside all the same)."""
    return scan_recoveries().recoveries


def scan_recoveries() -> RecoveryScan:
    """Every journal left by a session that did not close cleanly, newest
    first, and the journals that could not be read (cut short, damaged, not
    a journal), moved with their base to :func:`quarantine_folder` and
    logged. The journals of windows still open are left alone."""
    folder = recovery_folder()
    found: list[Recovery] = []
    set_aside: list[SetAside] = []
    for journal in sorted(folder.glob("*.claims.yaml")) if folder.is_dir() else []:
        parts = journal.name.removesuffix(".claims.yaml").split(".", 1)
        if len(parts) == 2 and _owner_alive(parts[1]):
            continue  # its window is still open, in this process or another
        try:
            found.append(_read_journal(journal))
        except (OSError, UnicodeDecodeError, ClaimDeskError) as exc:
            set_aside.append(_quarantine(journal, str(exc)))
    found.sort(key=lambda r: r.written, reverse=True)
    return RecoveryScan(found, set_aside)


def _read_journal(journal: Path) -> Recovery:
    """The work kept in ``journal``; raises ``OSError``, ``UnicodeDecodeError``
    or :class:`ClaimDeskError` (not a journal, or its sheet does not load:
    a journal cut short is refused as any sheet is)."""
    text = journal.read_text(encoding="utf-8")
    first, _, body = text.partition("\n")
    if not first.startswith(_HEADER):
        raise ClaimDeskError(f"{journal}: not a ClaimDesk recovery journal")
    sheet = loads_sheet(body, journal)
    written = dt.datetime.fromtimestamp(journal.stat().st_mtime).astimezone()
    try:
        base, problem = _read_base(journal), ""
    except ClaimDeskError as exc:
        base, problem = None, str(exc)
    return Recovery(
        journal,
        Path(first.removeprefix(_HEADER)),
        sheet,
        written,
        base[0] if base else "",
        base[1] if base else None,
        problem,
    )


def _quarantine_target(name: str) -> Path:
    """A free path named after ``name`` in the quarantine folder (created,
    private). Raises ``OSError``."""
    folder = _private_folder(quarantine_folder())
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stamp}.{name}"
    for serial in itertools.count(2):
        if not target.exists():
            break
        target = folder / f"{stamp}-{serial}.{name}"
    return target


def set_aside_base(recovery: Recovery, reason: str) -> SetAside:
    """Move the base kept beside ``recovery``'s journal, which could not be
    read (``reason``, its first line kept), to the quarantine folder: the
    work is restored without a base, so its next save asks before replacing
    the file. The journal itself stays where it is."""
    reason = reason.splitlines()[0] if reason else "unreadable"
    base = _base_path(recovery.journal)
    try:
        target = _quarantine_target(base.name)
        os.replace(base, target)
    except OSError as exc:
        log.warning("cannot set aside the unreadable recovery base %s: %s", base, exc)
        return SetAside(None, reason)
    log.warning("recovery base %s could not be read (%s): set aside as %s", base, reason, target)
    return SetAside(target, reason)


def _quarantine(journal: Path, reason: str) -> SetAside:
    """Move ``journal`` and its base to the quarantine folder (a name not
    taken there), so it is never offered again but not lost."""
    reason = reason.splitlines()[0] if reason else "unreadable"
    try:
        target = _quarantine_target(journal.name)
        os.replace(journal, target)
        base = _base_path(journal)
        if base.exists():
            os.replace(base, _base_path(target))
    except OSError as exc:
        log.warning("cannot set aside the unreadable recovery journal %s: %s", journal, exc)
        return SetAside(None, reason)
    log.warning(
        "recovery journal %s could not be read (%s): set aside as %s", journal, reason, target
    )
    return SetAside(target, reason)
