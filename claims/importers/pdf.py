"""PDF documents with a text layer, read with ``pypdf`` (pure Python, no
system library, already used by the test suite to read our own PDF
exports). On a two-column A4 page of the sample drawn by Qt, pypdf, which
follows the drawing order, gave all 16 paragraphs whole (similarity 1.00 to
the .txt); pdfplumber's ``extract_text``, which reads by position, interleaved
the columns' lines (2 of 16 paragraphs whole, similarity 0.52).

A PDF's text is a stream of positioned lines, not paragraphs. Each page is
rebuilt with these rules, in this order:

* **page furniture** is dropped: among the first and last
  :data:`EDGE_LINES` lines of a page (where headers and footers stand), a
  line that, digits aside, recurs in that zone on at least half of the
  pages (two at least), or a page number ("3", "Page 3", "p. 3", "3 / 12",
  "- 3 -") equal to the page's own number;
* **word spacing**: runs of spaces and tabs become one space (pypdf emits a
  tab where a generator positioned each word); typographic ligatures
  ("ﬁ", "ﬀ") become their letters, as the extractor's patterns expect;
* **hyphenation**: a lowercase letter, a hyphen ending the line and a
  lowercase letter starting the next are one word ("inves-" + "tissement"
  is "investissement"); a hyphen after a digit or a capital is kept and the
  lines are joined without a space ("2024-" + "2025"). A genuinely
  hyphenated word broken at its hyphen ("semi-" + "conducteurs") loses its
  hyphen: the rarer error;
* **paragraphs**: a blank line, a line ending a sentence (``. ! ? :`` or
  ``…``, possibly followed by a closing quote or bracket) or a line much
  shorter than the page's usual line (under :data:`SHORT_LINE` of the
  median length: the last line of a paragraph) ends a paragraph; other
  lines are joined with a space.

Each paragraph is a block whose ``where`` is "p. N" (1-based); a paragraph
running over a page break is two blocks, one per page. The document
information gives the title, author and creation date (as the publication
date), the catalog's ``/Lang`` the language.

An encrypted PDF that opens without a password is read; one that needs a
password is refused, as is one with no text at all (a scan).
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claims.errors import ArticleError
from claims.importers import Block, Imported, Metadata

log = logging.getLogger(__name__)

EDGE_LINES = 3
"""How many lines at the top and at the bottom of a page may be a running
header or footer."""

SHORT_LINE = 0.6
"""A line shorter than this fraction of the page's median line length ends
its paragraph."""

_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
_PAGE_NUMBER = re.compile(
    r"(?:page|p\.)?\s*-?\s*(\d+)\s*-?\s*(?:(?:/|of|sur|de)\s*\d+)?", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?:…][\"'»”’)\]]*$")
_SPACES = re.compile(r"[ \t\u00a0]+")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W_])-$")


def sniff(data: bytes, name: str) -> bool:
    """A PDF: the file starts with ``%PDF-`` (whatever its extension)."""
    return data.startswith(b"%PDF-")


def read(data: bytes, name: str) -> Imported:
    """The PDF's paragraphs, page by page ("p. N"), without running headers,
    footers and page numbers, with its document information as metadata.

    Raises :class:`~claims.errors.ArticleError` naming the file when it is
    damaged, needs a password, or has no text layer (a scan).
    """
    import pypdf

    path = Path(name)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ArticleError(
                path, "the PDF is protected by a password; open it and save a copy without one"
            )
        pages = [_lines(page.extract_text() or "") for page in reader.pages]
    except ArticleError:
        raise
    except Exception as exc:  # pypdf raises PdfReadError, DependencyError, ValueError...
        raise ArticleError(path, f"cannot read this PDF: {exc}") from exc
    if not any(line for lines in pages for line in lines):
        raise ArticleError(path, "the PDF has no text layer: it is a scan; run OCR first")
    furniture = _running_lines(pages)
    blocks: list[Block] = []
    for number, lines in enumerate(pages, 1):
        body = _strip_furniture(lines, number, furniture)
        blocks.extend(Block(paragraph, f"p. {number}") for paragraph in _paragraphs(body))
    return Imported(blocks, "pdf", metadata=_metadata(reader))


def _lines(text: str) -> list[str]:
    """A page's text as lines, spaces normalised, ligatures undone."""
    text = text.translate(_LIGATURES)
    return [_SPACES.sub(" ", line).strip() for line in text.splitlines()]


def _mask(line: str) -> str:
    """The line with its digits masked: "Page 3" and "Page 4" are one line."""
    return re.sub(r"\d+", "#", line.casefold())


def _edges(lines: Sequence[str]) -> list[str]:
    """The non-blank lines where a header or footer can stand."""
    content = [line for line in lines if line]
    if len(content) <= 2 * EDGE_LINES:
        return content
    return content[:EDGE_LINES] + content[-EDGE_LINES:]


def _running_lines(pages: Sequence[Sequence[str]]) -> set[str]:
    """The masked lines that stand at the edge of at least half of the pages
    (two at least): running headers and footers."""
    counts = Counter(mask for lines in pages for mask in {_mask(line) for line in _edges(lines)})
    needed = max(2, (len(pages) + 1) // 2)
    return {mask for mask, count in counts.items() if count >= needed}


def _is_page_number(line: str, number: int) -> bool:
    match = _PAGE_NUMBER.fullmatch(line)
    return match is not None and int(match.group(1)) == number


def _strip_furniture(lines: Sequence[str], number: int, running: set[str]) -> list[str]:
    """The page's lines without its header, footer and page number."""
    edges = set(_edges(lines))
    kept = [
        line
        for line in lines
        if line not in edges or (_mask(line) not in running and not _is_page_number(line, number))
    ]
    dropped = len(lines) - len(kept)
    if dropped:
        log.debug("page %d: %d header/footer lines dropped", number, dropped)
    return kept


def _paragraphs(lines: Sequence[str]) -> list[str]:
    """The lines rebuilt into paragraphs (the module's rules)."""
    lengths = [len(line) for line in lines if line]
    if not lengths:
        return []
    short = SHORT_LINE * statistics.median(lengths)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        current = _join(current, line)
        if _SENTENCE_END.search(line) or len(line) < short:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _join(current: str, line: str) -> str:
    """``line`` appended to the paragraph so far, a line-end hyphen undone."""
    if not current:
        return line
    if _HYPHEN_BREAK.search(current):
        if current[-2].islower() and line[:1].islower():
            return current[:-1] + line
        return current + line
    return f"{current} {line}"


def _metadata(reader: Any) -> Metadata:
    """Title, author and creation date from the document information, the
    language from the catalog's ``/Lang``."""
    info = reader.metadata
    title = author = published = None
    if info is not None:
        title = (info.title or "").strip() or None
        author = (info.author or "").strip() or None
        try:
            created = info.creation_date
        except ValueError:  # a malformed date string
            created = None
        published = created.date() if created is not None else None
    lang = reader.trailer["/Root"].get("/Lang")
    return Metadata(
        title=title, author=author, published=published, language=str(lang) if lang else None
    )
