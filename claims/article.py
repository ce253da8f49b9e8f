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
import unicodedata
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
    """Read the article at ``path`` (plain UTF-8 text).

    The first line is not taken as the title: news text files often start
    straight with the lead. ``language`` is detected when ``None``.

    Raises :class:`ArticleError` naming the file when it is missing, too
    large, not UTF-8 (with the byte offset and line) or empty.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(path, f"the file is {size} bytes, larger than an article can be")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot read the article: {exc.strerror}") from exc
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ArticleError(
            path,
            f"the article is not UTF-8 text (byte {exc.start}, line {line}); re-save it as UTF-8",
        ) from exc
    text = prepare_text(decoded)
    if not text.strip():
        raise ArticleError(path, "the article is empty")
    lang = Language(language) if language is not None else detect_language(text)
    return Article(language=lang, text=text)
