"""Read an article file and prepare its text for analysis.

The text is decoded as UTF-8 (a BOM is dropped), line endings become ``\\n``
and the whole text is put in Unicode NFC, so that every offset of the sheet
refers to one canonical text. The language is detected with ``py3langid``
(a langid.py fork that ships its model in the wheel, so it works offline and
gives the same answer every run, unlike ``langdetect``), restricted to the
languages ClaimDesk extracts from.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claims.errors import ArticleError
from claims.model import Article, Language

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
"""Articles larger than this are refused (20 MiB: a news article is a few KiB)."""


def prepare_text(text: str) -> str:
    """The canonical form of an article text: NFC, ``\\n`` line ends, no BOM,
    no trailing blank lines."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).rstrip("\n")


@functools.cache
def _identifier() -> Any:
    from py3langid import langid

    identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    identifier.set_languages([lang.value for lang in Language])
    return identifier


def detect_language(text: str) -> Language:
    """The article's language among :class:`Language` (French or English)."""
    code, _probability = _identifier().classify(text)
    return Language(str(code))


def read_article(path: Path, language: Language | str | None = None) -> Article:
    """Read the article at ``path`` in any format ClaimDesk opens
    (:func:`import_article`), as an :class:`Article`."""
    return import_article(path, language).article


@dataclass(frozen=True)
class ImportedArticle:
    """An article read from a file: the :class:`Article` (text and the
    metadata it holds), the format and encoding it was read from, where
    each block of the text came from (``origins``: ``[start, end)`` code
    point ranges of the text with their "p. 4" or "¶ 12", in order), and
    notes for the checker."""

    article: Article
    format: str
    encoding: str | None = None
    author: str | None = None
    origins: tuple[tuple[int, int, str], ...] = ()
    notes: tuple[str, ...] = ()


def import_article(path: Path, language: Language | str | None = None) -> ImportedArticle:
    """Read the article at ``path``: its format chosen by content and
    extension (:mod:`claims.importers`), its blocks joined by line breaks
    into one canonical text (:func:`prepare_text`), its metadata in the
    article's fields. The first line is not taken as the title: news text
    files often start straight with the lead. ``language`` is the
    document's declared language when ``None``, else detected.

    Raises :class:`ArticleError` naming the file when it is missing, too
    large, of a format ClaimDesk does not open, unreadable in its format
    (not UTF-8, with the byte offset and line), or empty.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(path, f"the file is {size} bytes, larger than an article can be")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot read the article: {exc.strerror}") from exc
    return article_from_bytes(raw, str(path), language)


def article_from_bytes(
    raw: bytes, name: str, language: Language | str | None = None
) -> ImportedArticle:
    """The article in ``raw`` (a document's bytes; ``name`` its file name or
    path, which names it in errors and whose extension helps pick the
    format), read as :func:`import_article` reads a file: its blocks joined
    by line breaks, its metadata in the article's fields.

    Raises :class:`ArticleError` naming ``name`` when the format is not one
    ClaimDesk opens, the document is unreadable in its format, or empty.
    """
    from claims.importers import read_document

    document = read_document(raw, name)
    parts: list[str] = []
    origins: list[tuple[int, int, str]] = []
    offset = 0
    for block in document.blocks:
        text = prepare_text(block.text)
        if not text.strip():
            continue
        if parts:
            offset += 1  # the line break joining the blocks
        if block.where:
            origins.append((offset, offset + len(text), block.where))
        parts.append(text)
        offset += len(text)
    text = "\n".join(parts)
    if not text.strip():
        raise ArticleError(Path(name), "the article is empty")
    meta = document.metadata
    lang = _language(language, meta.language, text)
    article = Article(
        title=meta.title,
        url=meta.url,
        publisher=meta.publisher,
        author=meta.author,
        published=meta.published,
        language=lang,
        pages=_page_starts(origins) or None,
        text=text,
    )
    return ImportedArticle(
        article, document.format, document.encoding, meta.author, tuple(origins), document.notes
    )


def _language(asked: Language | str | None, declared: str | None, text: str) -> Language:
    """The language asked for, else the one the document declares (when
    ClaimDesk extracts it), else the one detected in ``text``."""
    if asked is not None:
        return Language(asked)
    code = (declared or "").split("-")[0].lower()
    if code in {lang.value for lang in Language}:
        return Language(code)
    return detect_language(text)


_PAGE = re.compile(r"p\. (\d+)")


def _page_starts(origins: list[tuple[int, int, str]]) -> list[int]:
    """Where each page starts in the text, from blocks whose origin is a
    page ("p. 4"); pages without text start where the next one does."""
    starts: dict[int, int] = {}
    for start, _end, where in origins:
        if (found := _PAGE.fullmatch(where)) is not None:
            starts.setdefault(int(found.group(1)), start)
    if not starts:
        return []
    result: list[int] = []
    following = starts[max(starts)]
    for page in range(max(starts), 0, -1):
        following = starts.get(page, following)
        result.append(following)
    return result[::-1]
