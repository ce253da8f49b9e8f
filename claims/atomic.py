"""Write a file so that it holds the old bytes or the new ones, never a
part, and the questions a save asks of a file first (its mode, whether it
is read-only, its SHA-256).

The temporary file lives in the same folder (``tempfile.mkstemp``), is
fsynced, then renamed over the target (``os.replace``, atomic on POSIX and
Windows), and the folder is fsynced; a symbolic link is followed, so the
file it points to is written and the link stays.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
import time
from pathlib import Path


def file_mode(path: Path) -> int:
    """The permission bits a rewrite of ``path`` keeps: the file's own when it
    exists, else what a new file gets under the current umask (``mkstemp``
    alone would make every save private, 0600)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def is_read_only(path: Path) -> bool:
    """Whether ``path`` is an existing file made read-only (no write bit in
    its mode, e.g. 0444) or one this user may not write. A save or an export
    never replaces such a file, although a rename over it would only need the
    folder's permission.

    The mode bits are read (``stat``), not only ``os.access``: for root,
    ``os.access`` says every file is writable, yet a 0444 sheet says its
    owner wants it kept as it is."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # no file: nothing to replace
    return not mode & 0o222 or not os.access(path, os.W_OK)


def file_digest(path: Path) -> str | None:
    """The SHA-256 of the file at ``path``, or ``None`` when it cannot be read
    (to notice that someone else saved it)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def write_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` so that it holds the old bytes or the new
    ones, never a part: a temporary file in the same folder, flushed and
    fsynced, then renamed over ``path`` (and the folder fsynced). The file
    gets the permission bits ``mode`` (``0o600``: private) when given, and
    otherwise keeps its own (:func:`file_mode`). A symbolic link is
    followed: the file it points to is written and the link stays (a sheet
    shared through a link is saved where the others read it). Raises
    ``PermissionError`` naming ``path`` when it is a read-only file
    (:func:`is_read_only`; it is not replaced), and ``OSError`` (disk full,
    read-only folder...) with the previous file untouched."""
    asked = Path(path)
    path = Path(os.path.realpath(asked))
    if is_read_only(path):
        raise PermissionError(
            errno.EACCES, "the file is read-only: ClaimDesk does not replace it", str(asked)
        )
    mode = file_mode(path) if mode is None else mode
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # name the file asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(asked)) from exc
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fchmod(tmp.fileno(), mode)
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(asked)) from exc  # the file asked for
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    _remove_stale_temporaries(path)


STALE_TEMPORARY_SECONDS = 60
"""A leftover temporary file of a save older than this is removed."""


def _remove_stale_temporaries(path: Path) -> None:
    """Remove the temporary files a killed save of ``path`` left behind
    (older than ``STALE_TEMPORARY_SECONDS``, so a save running in another
    process keeps its own)."""
    limit = time.time() - STALE_TEMPORARY_SECONDS
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            if leftover.stat().st_mtime < limit:
                leftover.unlink()
        except OSError:
            continue
