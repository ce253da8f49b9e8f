"""The rules an open claim sheet follows: how it opens, what a save merges,
what a reload keeps.

The window's document object (:class:`gui.document.SheetDocument`) holds the
state of an open sheet and applies these rules; they are pure functions over
plain objects here, so that they are tested without Qt and a script can apply
them the same way.

* Opening (:func:`load_document`): a sheet file opens as it is; an article
  resumes its sheet ``NAME.claims.yaml`` when that sheet checks the same
  text, and is read by the extractor otherwise.
* The disk base (:class:`DiskBase`): the sheet as its file held it when the
  document last read or wrote it, with the file's SHA-256. It tells whether
  someone else saved the file since (:meth:`DiskBase.state`) and is the base
  of the three-way merge a save then makes (:func:`merge_with_disk`).
* Replacing (:func:`replacement`): a merge result or a reload takes the place
  of the open sheet whole (claims and article fields), and ``last_id`` only
  grows, so an id is never given twice.
"""

from __future__ import annotations

import enum
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from claims.article import read_article
from claims.errors import ClaimDeskError
from claims.extract import extract_sheet
from claims.merge import MergeResult, merge_sheets
from claims.model import FORMAT_VERSION, Article, Sheet
from claims.sheet import (
    FIRST_CHECKED_VERSION,
    default_sheet_path,
    dump_sheet,
    file_digest,
    is_sheet_path,
    load_sheet,
    loads_sheet,
    open_sheet,
    write_atomic,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedDocument:
    """What opening a file gives: the sheet, the path it saves to, whether
    it was read from that path (``saved``: False for a fresh extraction),
    and the format version of that file (``format_version``: below
    :data:`~claims.sheet.FIRST_CHECKED_VERSION`, an older ClaimDesk wrote it
    and it was not checked for truncation; the next save writes the current
    format)."""

    sheet: Sheet
    save_path: Path
    saved: bool
    format_version: int = FORMAT_VERSION

    @property
    def unchecked_format(self) -> bool:
        """Whether the file was written in a format not checked for truncation."""
        return self.format_version < FIRST_CHECKED_VERSION


def load_document(
    path: Path, extract: Callable[[Article], Sheet | None] = extract_sheet
) -> OpenedDocument | None:
    """Open an article or a sheet.

    A sheet file (``.yaml``, ``.yml``) opens as it is. An article whose sheet
    ``NAME.claims.yaml`` exists beside it, for the same text, opens that
    sheet so the work goes on where it stopped; another article is read by
    ``extract``, which may return ``None`` (cancelled: so does this).

    Raises :class:`~claims.errors.ClaimDeskError` subclasses on bad files
    (``SheetFormatError``, ``ArticleError``), naming the file.
    """
    path = Path(path)
    if is_sheet_path(path):
        loaded = open_sheet(path)
        return OpenedDocument(loaded.sheet, path, True, loaded.format_version)
    article = read_article(path)
    sheet_path = default_sheet_path(path)
    if sheet_path.exists():
        try:
            existing = open_sheet(sheet_path)
        except ClaimDeskError as exc:
            log.warning("not resuming %s: %s", sheet_path, exc)
        else:
            if existing.sheet.article.text == article.text:
                return OpenedDocument(existing.sheet, sheet_path, True, existing.format_version)
    sheet = extract(article)
    return None if sheet is None else OpenedDocument(sheet, sheet_path, False)


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
