"""Word documents (.docx), read with ``python-docx``: it walks the body's
paragraphs and tables in document order (``Document.iter_inner_content``)
and reads the core properties, which a home-made walk of
``word/document.xml`` would have to re-derive from the OOXML schema.

Each paragraph is a block, each table row a block (its cells separated by
tabs), in the order they stand in the body; ``where`` is "¶ N", N counting
paragraphs and table rows from 1. The core properties give the title,
author, creation date (as the publication date) and language.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claims.errors import ArticleError
from claims.importers import Block, Imported, Metadata

log = logging.getLogger(__name__)

_ZIP = b"PK\x03\x04"


def sniff(data: bytes, name: str) -> bool:
    """A .docx: a zip archive (``PK\\x03\\x04``) holding ``word/document.xml``,
    whatever the file's extension (another zip is not a Word document)."""
    if not data.startswith(_ZIP):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def read(data: bytes, name: str) -> Imported:
    """The document's paragraphs and table rows as blocks ("¶ N"), with its
    core properties as metadata.

    Raises :class:`~claims.errors.ArticleError` naming the file when
    python-docx cannot open it (a damaged archive or document part).
    """
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise ArticleError(Path(name), f"cannot read this Word document: {exc}") from exc
    blocks = [Block(text, f"¶ {number}") for number, text in enumerate(_lines(document), 1)]
    return Imported(blocks, "docx", metadata=_metadata(document))


def _lines(document: Any) -> Iterator[str]:
    """The body's paragraphs and table rows (cells joined by tabs), in order."""
    from docx.table import Table

    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                yield "\t".join(_cell_text(cell) for cell in row.cells)
        else:
            yield item.text


def _cell_text(cell: Any) -> str:
    """A cell's text on one line (its paragraphs joined by spaces)."""
    return " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())


def _metadata(document: Any) -> Metadata:
    """Title, author, creation date and language from the core properties."""
    props = document.core_properties
    created = props.created
    return Metadata(
        title=props.title or None,
        author=props.author or None,
        published=created.date() if created is not None else None,
        language=props.language or None,
    )
