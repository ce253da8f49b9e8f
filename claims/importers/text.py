"""Plain text, the fallback importer: UTF-8 only for now (the encodings
come with the import issue's text importer)."""

from __future__ import annotations

from pathlib import Path

from claims.errors import ArticleError
from claims.importers import Block, Imported


def sniff(data: bytes, name: str) -> bool:
    """Text: no NUL byte in the first 8 KiB (a binary file has some)."""
    return b"\0" not in data[:8192]


def read(data: bytes, name: str) -> Imported:
    """The file as one block of UTF-8 text (a BOM is dropped).

    Raises :class:`~claims.errors.ArticleError` when it is not UTF-8, with
    the byte offset and line.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArticleError(
            Path(name),
            f"the article is not UTF-8 text (byte {exc.start}, line {line}); re-save it as UTF-8",
        ) from exc
    return Imported([Block(text)], "text", encoding="utf-8")
