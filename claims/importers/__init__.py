"""Import an article from the file a desk has: plain text in any common
encoding, Markdown, a web page, a Word document, a PDF.

Each format is one module of this package with two functions:

* ``sniff(data: bytes, name: str) -> bool``: whether ``data`` (the file's
  bytes, ``name`` its file name) is in this format, by content first and
  extension second;
* ``read(data: bytes, name: str) -> Imported``: its text as :class:`Block`
  objects in reading order (a paragraph, a table row, a heading), each with
  where it came from ("p. 4" for a PDF page, "¶ 12" for a paragraph), and
  the document's :class:`Metadata`. Raises :class:`~claims.errors.ArticleError`
  naming the file when it cannot be read.

:func:`import_article` picks the format (:data:`FORMATS`, in order; plain
text last), joins the blocks with line breaks into the article text (NFC,
``\\n`` line ends: :func:`claims.article.prepare_text` on each block), keeps
the ``[start, end)`` range of each block in that text with its origin, and
fills the article's title, URL, publisher, date and language from the
metadata. Anything else (an image, a spreadsheet, an archive, a binary) is
refused with the list of formats ClaimDesk opens.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claims.errors import ArticleError

FORMATS: tuple[str, ...] = ("docx", "pdf", "html", "markdown", "text")
"""The importer modules of this package, tried in this order (``text``, the
fallback, last). Each name is a module ``claims.importers.NAME``."""

OPENED = (
    "plain text in any common encoding (.txt), Markdown (.md), web pages (.html, .htm, "
    ".xhtml), Word (.docx), PDF with a text layer (.pdf)"
)
"""The formats ClaimDesk opens, for the refusal message."""

SUFFIXES: tuple[str, ...] = (
    ".txt",
    ".text",
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".xhtml",
    ".docx",
    ".pdf",
)
"""File name endings of articles, for the file dialog and drag and drop
(the content decides the format: a page saved as ``.txt`` still opens)."""


@dataclass(frozen=True)
class Block:
    """One piece of the document's text in reading order: a paragraph, a
    heading, a table row (cells separated by tabs), a list item. ``where``
    says where it came from ("p. 4", "¶ 12"), ``None`` when that adds
    nothing (a plain text file)."""

    text: str
    where: str | None = None


@dataclass(frozen=True)
class Metadata:
    """What the document says about itself; ``None`` where it says nothing.
    ``language`` is an ISO 639-1 code as the document declares it."""

    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: dt.date | None = None
    language: str | None = None


@dataclass(frozen=True)
class Imported:
    """What an importer read: the blocks of text, the metadata, the format's
    name ("text", "markdown", "html", "docx", "pdf"), the text encoding when
    the file was text, and notes for the checker (one line each: "read as
    Windows-1252")."""

    blocks: Sequence[Block]
    format: str
    metadata: Metadata = field(default_factory=Metadata)
    encoding: str | None = None
    notes: tuple[str, ...] = ()


def importer(data: bytes, name: str) -> str:
    """The name of the importer module for ``data`` (the first of
    :data:`FORMATS` whose ``sniff`` accepts it). Raises
    :class:`~claims.errors.ArticleError` naming ``name`` and the formats
    ClaimDesk opens when none does."""
    for module_name in FORMATS:
        module = importlib.import_module(f"{__name__}.{module_name}")
        if module.sniff(data, name):
            return module_name
    raise ArticleError(Path(name), f"ClaimDesk does not open this kind of file; it opens {OPENED}")


def read_document(data: bytes, name: str) -> Imported:
    """``data`` read by the importer its format calls for (:func:`importer`).

    Raises :class:`~claims.errors.ArticleError` naming ``name``.
    """
    module = importlib.import_module(f"{__name__}.{importer(data, name)}")
    imported: Imported = module.read(data, name)
    return imported
