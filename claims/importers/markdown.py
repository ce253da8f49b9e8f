"""Markdown (``.md``, ``.markdown``): the text without its markup.

Blocks, in reading order, each with its paragraph number ("¶ 3", counting
every non-empty block from 1): headings (without their ``#``), paragraphs, list items
and block quotes as their text; table rows with their cells separated by
tabs; fenced and indented code as its lines (it is text the article shows).
Inline markup is removed: emphasis, strike-through and code marks go, a
link keeps its text, an image and raw HTML are dropped. The file's bytes
are decoded like plain text (:func:`claims.importers.text.decode`: any
common encoding, with the same note when it is not UTF-8).

Metadata: a YAML front matter (a ``---`` block at the very top) gives
``title``, ``date`` (or ``published``), ``author`` (a name or a list),
``url``, ``publisher`` and ``lang`` (or ``language``); without a title
there, the first level-1 heading is the title.

Dependencies: ``markdown-it-py`` parses CommonMark (with GFM tables and
strike-through) into tokens, so emphasis, links and code are told apart by a
real parser rather than by regular expressions that break on nesting and
escapes; ``PyYAML`` (``safe_load``) reads the front matter.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from claims.importers import Block, Imported, Metadata
from claims.importers import text as plain

_log = logging.getLogger(__name__)

EXTENSIONS = (".md", ".markdown")
"""File name endings read as Markdown (case-insensitive)."""

_FENCE = "---"
_FENCE_ENDS = ("---", "...")
_KEPT_INLINE = {"text": None, "code_inline": None, "softbreak": " ", "hardbreak": "\n"}
"""Inline tokens whose text is kept: ``None`` keeps the token's content,
a string replaces it. Every other inline token (markup, images, HTML) goes."""


def sniff(data: bytes, name: str) -> bool:
    """Markdown: a ``.md`` or ``.markdown`` file name whose bytes are text
    (:func:`claims.importers.text.sniff`); Markdown has no signature."""
    return Path(name).suffix.lower() in EXTENSIONS and plain.sniff(data, name)


def read(data: bytes, name: str) -> Imported:
    """The Markdown file's blocks ("¶ N") and metadata.

    Raises :class:`~claims.errors.ArticleError` naming the file when its
    bytes are not text (:func:`claims.importers.text.decode`).
    """
    source, encoding, notes = plain.decode(data, name)
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    front, body, problem = split_front_matter(source)
    if problem:
        notes = (*notes, problem)
        _log.info("%s: %s", name, problem)
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    texts, heading = _texts(parser.parse(body))
    texts = [text for text in texts if text.strip()]  # an image alone, an empty cell row
    blocks = [Block(text, f"¶ {number}") for number, text in enumerate(texts, start=1)]
    return Imported(blocks, "markdown", _metadata(front, heading), encoding, notes)


def split_front_matter(source: str) -> tuple[dict[str, Any], str, str | None]:
    """``source`` split into its YAML front matter (a mapping, empty when
    there is none), the Markdown after it, and a note when a front matter
    block is there but is not a YAML mapping (it is then dropped)."""
    lines = source.split("\n")
    if not lines or lines[0].strip() != _FENCE:
        return {}, source, None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in _FENCE_ENDS), None)
    if end is None:
        return {}, source, None
    body = "\n".join(lines[end + 1 :])
    try:
        loaded = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        return {}, body, f"front matter ignored: not valid YAML ({exc.__class__.__name__})"
    if loaded is None:
        return {}, body, None
    if not isinstance(loaded, dict):
        return {}, body, "front matter ignored: not a YAML mapping"
    return {str(key).lower(): value for key, value in loaded.items()}, body, None


def _texts(tokens: Sequence[Token]) -> tuple[list[str], str | None]:
    """The text of each block of the token stream, and the first level-1
    heading's text."""
    texts: list[str] = []
    row: list[str] | None = None
    heading: str | None = None
    in_h1 = False
    for token in tokens:
        if token.type == "inline":
            content = _inline(token.children or [])
            if row is not None:
                row.append(content)
                continue
            texts.append(content)
            if in_h1 and heading is None:
                heading = content
        elif token.type in ("fence", "code_block"):
            texts.append(token.content.rstrip("\n"))
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            texts.append("\t".join(row))
            row = None
        in_h1 = token.type == "heading_open" and token.tag == "h1"
    return texts, heading


def _inline(children: Sequence[Token]) -> str:
    """The text of an inline token's children without markup
    (:data:`_KEPT_INLINE`)."""
    parts: list[str] = []
    for child in children:
        if child.type in _KEPT_INLINE:
            replacement = _KEPT_INLINE[child.type]
            parts.append(child.content if replacement is None else replacement)
    return "".join(parts).strip()


def _metadata(front: dict[str, Any], heading: str | None) -> Metadata:
    """The document's metadata from its front matter, the first level-1
    heading standing in for a missing title."""
    return Metadata(
        title=_string(front.get("title")) or heading or None,
        url=_string(front.get("url")),
        publisher=_string(front.get("publisher")),
        author=_string(front.get("author")),
        published=_date(front.get("date", front.get("published"))),
        language=_string(front.get("lang", front.get("language"))),
    )


def _string(value: object) -> str | None:
    """A front matter value as text: a list joined with commas, ``None``
    when empty or missing."""
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value if item is not None)
    text = "" if value is None else str(value).strip()
    return text or None


def _date(value: object) -> dt.date | None:
    """A front matter date (YAML date, date-time, or ISO 8601 text);
    ``None`` when missing or not a date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.datetime.fromisoformat(str(value).strip()).date()
    except ValueError:
        return None
