"""The rules an open claim sheet follows: how it opens, what a save merges,
what a reload keeps.

The window's document object (:class:`gui.document.SheetDocument`) holds the
state of an open sheet and applies these rules; they are pure functions over
plain objects here, so that they are tested without Qt and a script can apply
them the same way.

* Opening (:func:`load_document`): a sheet file opens as it is; an article
  resumes its sheet ``NAME.claims.yaml``, carried over to the article's
  text when it changed since (:mod:`claims.reanchor`), and is read by the
  extractor otherwise.
* The disk base (:class:`DiskBase`): the sheet as its file held it when the
  document last read or wrote it, with the file's SHA-256. It tells whether
  someone else saved the file since (:meth:`DiskBase.state`) and is the base
  of the three-way merge a save then makes (:func:`save_merged`).
* Saving (:func:`save_merged`): read, merge and write under an OS file lock
  (the ``filelock`` package: ``flock``/``msvcrt`` behind one API, with a
  timeout), so two processes saving one sheet at the same moment both land.
* Replacing (:func:`replacement`): a merge result or a reload takes the place
  of the open sheet whole (claims and article fields), and ``last_id`` only
  grows, so an id is never given twice.
"""

from __future__ import annotations

import enum
import errno
import hashlib
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path

from filelock import FileLock, Timeout

from claims.article import ImportedArticle, import_article
from claims.errors import ClaimDeskError
from claims.extract import extract_sheet
from claims.merge import MergeResult, merge_sheets
from claims.model import FORMAT_VERSION, VERDICT_STATUSES, Article, Sheet, Status
from claims.reanchor import reanchor
from claims.sheet import (
    FIRST_CHECKED_VERSION,
    LoadedSheet,
    default_sheet_path,
    dump_sheet,
    file_digest,
    is_sheet_path,
    load_sheet,
    loads_sheet,
    open_sheet,
    read_sheet_bytes,
    sheet_from_bytes,
    write_atomic,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedDocument:
    """What opening a file gives: the sheet, the path it saves to, whether
    it was read from that path (``saved``: False for a fresh extraction),
    whether it differs from that file already (``modified``: a sheet carried
    over to a changed article text is unsaved work), the format version of
    that file (``format_version``: below
    :data:`~claims.sheet.FIRST_CHECKED_VERSION`, an older ClaimDesk wrote it
    and it was not checked for truncation; the next save writes the current
    format), and what the checker should be told (``notes``, one line
    each)."""

    sheet: Sheet
    save_path: Path
    saved: bool
    format_version: int = FORMAT_VERSION
    modified: bool = False
    notes: tuple[str, ...] = ()

    @property
    def unchecked_format(self) -> bool:
        """Whether the file was written in a format not checked for truncation."""
        return self.format_version < FIRST_CHECKED_VERSION


def load_document(
    path: Path,
    extract: Callable[[Article], Sheet | None] = extract_sheet,
    checker: str = "",
) -> OpenedDocument | None:
    """Open an article or a sheet.

    A sheet file (``.yaml``, ``.yml``) opens as it is. An article whose sheet
    ``NAME.claims.yaml`` exists beside it opens that sheet so the work goes
    on where it stopped; when the sheet checks another text (the article was
    edited since), every claim is carried over to the new text
    (:func:`claims.reanchor.reanchor`, history entries by ``checker``) and
    the result is unsaved work with a note saying what changed. Another
    article is read by ``extract``, which may return ``None`` (cancelled:
    so does this); when the sheet beside it cannot be read, a note says so
    (a save then asks before replacing it).

    Raises :class:`~claims.errors.ClaimDeskError` subclasses on bad files
    (``SheetFormatError``, ``ArticleError``), naming the file.
    """
    path = Path(path)
    if is_sheet_path(path):
        loaded = open_sheet(path)
        return OpenedDocument(loaded.sheet, path, True, loaded.format_version)
    return open_article(import_article(path), default_sheet_path(path), extract, checker)


def open_article(
    imported: ImportedArticle,
    sheet_path: Path,
    extract: Callable[[Article], Sheet | None] = extract_sheet,
    checker: str = "",
) -> OpenedDocument | None:
    """Open an article read from a file, a web address or the clipboard,
    whose sheet is (or will be) ``sheet_path``: that sheet is resumed when
    it exists (carried over to the text if it changed), else ``extract``
    reads the article (``None``: cancelled). The notes say how the article
    was read. Raises :class:`~claims.errors.ClaimDeskError` as
    :func:`load_document` does."""
    article = imported.article
    notes = imported.notes  # how the file was read ("read as Windows-1252")
    if sheet_path.exists():
        try:
            existing = open_sheet(sheet_path)
        except ClaimDeskError as exc:
            log.warning("not resuming %s: %s", sheet_path, exc)
            notes += (
                f"{sheet_path.name} could not be read ({exc}); this is a fresh extraction, "
                "and saving asks before replacing that file",
            )
        else:
            opened = _resumed(existing, article, sheet_path, extract, checker)
            return None if opened is None else replace(opened, notes=notes + opened.notes)
    sheet = extract(article)
    return None if sheet is None else OpenedDocument(sheet, sheet_path, False, notes=notes)


def _resumed(
    existing: LoadedSheet,
    article: Article,
    sheet_path: Path,
    extract: Callable[[Article], Sheet | None],
    checker: str,
) -> OpenedDocument | None:
    """The sheet saved for an article, carried over to its text if it changed."""
    version = existing.format_version
    if existing.sheet.article.text == article.text:
        return OpenedDocument(existing.sheet, sheet_path, True, version)
    carried = reanchor(existing.sheet, article, extract, checker)
    if carried is None:
        return None
    log.info("%s: %s", sheet_path, carried.summary())
    return OpenedDocument(carried.sheet, sheet_path, True, version, True, (carried.summary(),))


def snapshot(sheet: Sheet) -> Sheet:
    """A copy of ``sheet`` that later edits of the open sheet leave alone.

    Cheap (the claim list is copied, not the claims): an open document
    replaces a claim by a new object on each edit and never changes one in
    place, so the claims themselves can be shared.
    """
    return sheet.model_copy(update={"claims": list(sheet.claims)})


class DiskState(enum.Enum):
    """How a sheet's file stands against what the document last saw of it."""

    SAME = "same"
    """As the document last read or wrote it (or never written: no base)."""
    CHANGED = "changed"
    """Someone else saved it since."""
    DELETED = "deleted"
    """It was deleted or moved away since."""


@dataclass
class DiskBase:
    """The sheet as its file held it when the document last read or wrote it
    (``sheet``, ``None`` when unknown) and that file's SHA-256 (``digest``,
    ``None`` when there was no file)."""

    sheet: Sheet | None = None
    digest: str | None = None
    _text: str | None = field(default=None, repr=False)

    @classmethod
    def of(cls, sheet: Sheet, path: Path) -> DiskBase:
        """The base after ``sheet`` was read from or written to ``path``."""
        digest = file_digest(path)
        return cls(snapshot(sheet) if digest is not None else None, digest)

    @classmethod
    def read(cls, path: Path) -> DiskBase:
        """The base of the file at ``path`` now: its sheet and the SHA-256
        of the very bytes parsed (read once). Raises
        :class:`~claims.errors.SheetFormatError` naming the file, line and
        field when it is not a sheet."""
        raw = read_sheet_bytes(path)
        loaded = sheet_from_bytes(raw, path)
        return cls(snapshot(loaded.sheet), hashlib.sha256(raw).hexdigest())

    @classmethod
    def from_text(cls, text: str, digest: str) -> DiskBase:
        """A base kept as YAML (a recovery journal's); raises
        :class:`~claims.errors.SheetFormatError` when it does not parse."""
        return cls(loads_sheet(text), digest, text)

    def text(self) -> str:
        """The base as sheet YAML ("" when unknown), dumped once."""
        if self._text is None:
            self._text = dump_sheet(self.sheet) if self.sheet is not None else ""
        return self._text

    def state(self, path: Path) -> DiskState:
        """Whether the file at ``path`` is still the one this base describes."""
        if self.digest is None:
            return DiskState.SAME
        digest = file_digest(path)
        if digest == self.digest:
            return DiskState.SAME
        return DiskState.DELETED if digest is None else DiskState.CHANGED


def save_with_base(sheet: Sheet, path: Path) -> DiskBase:
    """Write ``sheet`` to ``path`` atomically and return the base it leaves:
    the sheet, the SHA-256 and the YAML of the very bytes written (dumped
    once; the file is not read back). Raises ``OSError`` (disk full,
    read-only or vanished folder) with the previous file untouched."""
    text = dump_sheet(sheet)
    data = text.encode("utf-8")
    write_atomic(Path(path), data)
    return DiskBase(snapshot(sheet), hashlib.sha256(data).hexdigest(), text)


LOCK_SECONDS = 10.0
"""How long a save waits for another process's save of the same sheet."""


def lock_path(path: Path) -> Path:
    """The lock file of the sheet at ``path``: ``.NAME.lock`` beside it, there
    only while a save holds it (empty)."""
    path = Path(os.path.realpath(path))  # one lock whatever link the sheet is opened through
    return path.with_name(f".{path.name}.lock")


@contextmanager
def sheet_lock(path: Path, seconds: float = LOCK_SECONDS) -> Iterator[None]:
    """Hold the OS lock of the sheet at ``path`` (``flock`` on POSIX,
    ``msvcrt.locking`` on Windows, through the ``filelock`` package) while
    the body reads, merges and writes it: a save in another process waits.

    Raises ``OSError`` (``EBUSY``) naming ``path`` when the lock is not free
    within ``seconds``, ``FileNotFoundError`` when the folder is gone, and
    ``OSError`` when the lock file cannot be created (read-only folder).
    """
    if not Path(path).parent.is_dir():  # filelock would create the folder again
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))
    # Readable and writable by all (0666): a lock file left by another
    # user's killed save must not lock everyone else out.
    lock = FileLock(lock_path(path), timeout=seconds, mode=0o666)
    try:
        lock.acquire()
    except Timeout as exc:
        raise OSError(
            errno.EBUSY, f"another program has been saving it for over {seconds:g} s", str(path)
        ) from exc
    except PermissionError as exc:
        raise PermissionError(
            exc.errno,
            f"cannot take its lock file {lock_path(path).name} ({exc.strerror}); "
            "delete that file if no one is saving this sheet",
            str(path),
        ) from exc
    try:
        yield
    finally:
        # Removed while still held, so a desk folder keeps no lock files:
        # filelock (4.0 and later) sees that a lock it waited on was
        # unlinked (no links left) and takes the new file instead. Windows
        # refuses to unlink an open file; filelock removes it there itself.
        with suppress(OSError):
            lock_path(path).unlink()
        lock.release()


@dataclass(frozen=True)
class Saved:
    """What a save left: the ``base`` of the file written, and whether it
    merged changes someone else saved meanwhile (``merged``)."""

    base: DiskBase
    merged: bool


Settle = Callable[[MergeResult], Sheet | None]
"""Takes a merge of the sheet with the file into the open sheet and returns
the sheet to write (``None``: the checker cancelled). Called under the lock
for a clean merge, outside it when there are conflicts to settle."""


def save_merged(base: DiskBase, ours: Sheet, path: Path, settle: Settle) -> Saved | None:
    """Save ``ours`` to ``path``: read, merge and write under the sheet's
    lock (:func:`sheet_lock`), so two saves at the same moment, in two
    processes, both land whatever their timing.

    While the file is as ``base`` describes (or was deleted, or never
    written), ``ours`` is written. When someone saved it since, the
    three-way merge of ``ours`` with their file from ``base`` goes to
    ``settle``; its answer is written if the file has not changed again,
    else merged again. Conflicts are settled outside the lock (a dialog may
    wait for the checker), so their save is retried after.

    Returns ``None`` when ``settle`` cancels (nothing written). Raises
    ``OSError`` (lock busy, disk full, read-only folder) with the file
    untouched, and :class:`~claims.errors.ClaimDeskError` when their file is
    not a sheet or checks another article text (``MergeError``).
    """
    path = Path(path)
    merged_before = False
    while True:
        with sheet_lock(path):
            if base.state(path) is not DiskState.CHANGED or base.sheet is None:
                return Saved(save_with_base(ours, path), merged=merged_before)
            theirs = DiskBase.read(path)
            assert theirs.sheet is not None
            result = merge_sheets(base.sheet, ours, theirs.sheet)
            if result.clean:
                merged = settle(result)
                if merged is None:
                    return None
                return Saved(save_with_base(merged, path), merged=True)
        settled = settle(result)  # conflicts: the checker decides, unlocked
        if settled is None:
            return None
        base, ours, merged_before = theirs, settled, True


def merge_with_disk(base: DiskBase, ours: Sheet, path: Path) -> MergeResult | None:
    """What a save of ``ours`` to ``path`` merges first.

    ``None`` when the file is as the document last saw it (nothing to merge)
    or was deleted (the save writes it again). Otherwise the three-way merge
    (:func:`claims.merge.merge_sheets`) of ``ours`` with the file, from the
    base: different claims and fields merge silently, the same field changed
    on both sides becomes a conflict recorded on its claim.

    Raises :class:`~claims.errors.ClaimDeskError` when the file cannot be read
    as a sheet, or checks another article text (``MergeError``).
    """
    if base.state(path) is not DiskState.CHANGED or base.sheet is None:
        return None
    return merge_sheets(base.sheet, ours, load_sheet(path))


def reload_from_disk(current: Sheet, path: Path) -> Sheet | None:
    """What a reload keeps: the sheet saved at ``path`` when it checks the
    same article text as ``current``; ``None`` (and a log line) when it
    cannot be read or checks another text, so the open sheet stays."""
    try:
        theirs = load_sheet(path)
    except ClaimDeskError as exc:
        log.warning("not reloading %s: %s", path, exc)
        return None
    if theirs.article.text != current.article.text:
        log.warning("not reloading %s: it checks another article text", path)
        return None
    return theirs


def replacement(current: Sheet, incoming: Sheet) -> Sheet:
    """``incoming`` as it takes the place of ``current`` in an open document
    (a merge result, a reload, conflicts settled): its claims and article
    fields, and ``last_id`` the higher of both (ids are never given twice).

    Raises ``ValueError`` when the article texts differ: a replacement keeps
    the text every span refers to.
    """
    if incoming.article.text != current.article.text:
        raise ValueError("a replacement must check the same article text")
    return incoming.model_copy(
        update={"claims": list(incoming.claims), "last_id": max(current.last_id, incoming.last_id)}
    )


@dataclass(frozen=True)
class CheckedWork:
    """The checker's work a sheet holds: how many claims carry a verdict
    (``verdicts``), a note (``notes``), evidence links (``evidence``), and
    one line per such claim (``lines``: id, status, quote, note)."""

    verdicts: int
    notes: int
    evidence: int
    lines: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.lines)

    def summary(self) -> str:
        """ "3 verdicts, 1 note, 2 evidence links" (the counts that are not 0)."""
        parts = [
            f"{count} {one if count == 1 else many}"
            for count, one, many in (
                (self.verdicts, "verdict", "verdicts"),
                (self.notes, "note", "notes"),
                (self.evidence, "evidence link", "evidence links"),
            )
            if count
        ]
        return ", ".join(parts) or "no checked work"


def checked_work(sheet: Sheet) -> CheckedWork:
    """What replacing ``sheet`` would lose: every claim that is not plainly
    unchecked, or has a note or evidence."""
    lines: list[str] = []
    verdicts = notes = evidence = 0
    for claim in sheet.claims:
        has_verdict = claim.status in VERDICT_STATUSES
        verdicts += has_verdict
        notes += bool(claim.note)
        evidence += len(claim.evidence)
        if claim.status is Status.UNCHECKED and not claim.note and not claim.evidence:
            continue
        line = f"{claim.id} {claim.status.value}"
        if claim.checked_by:
            line += f" by {claim.checked_by}"
        line += f": «{claim.quote}»"
        if claim.note:
            line += f" — note: {' '.join(claim.note.split())}"
        if claim.evidence:
            line += f" — {len(claim.evidence)} evidence link(s)"
        lines.append(line)
    return CheckedWork(verdicts, notes, evidence, tuple(lines))
