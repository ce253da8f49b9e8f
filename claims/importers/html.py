"""Saved web pages (.html, .htm, .xhtml, or any file whose content starts
as HTML, whatever its extension): the article's main text and metadata.

Library: `trafilatura <https://trafilatura.readthedocs.io>`_ (on lxml),
the maintained main-text extractor that scores best on article extraction
benchmarks; it drops navigation, scripts, styles, cookie banners, share
buttons, "read also" boxes and footers, which a home-made walk of the tree
would have to guess at page by page, and reads the metadata the page
declares (OpenGraph ``og:title`` / ``og:site_name`` / ``og:url``,
``article:published_time``, ``<link rel=canonical>``, schema.org, the
``<meta name=author>``) with htmldate for the date. It works offline: no
network call is made when it is given the page's text.

Settings, measured on the sample page of tests/claims/test_import_html.py
(the sample article inside ``<article>`` with every kind of furniture
around it): the default balance, ``favor_precision`` and ``favor_recall``
all keep the sample's paragraphs and drop all the furniture; the default is
kept (precision risks losing a short paragraph holding a figure on real
pages, recall risks keeping a "read also" headline). Tables are kept
(``include_tables``): one block per row, cells separated by tabs.

Decoding: a byte order mark, else the charset the page declares
(``<meta charset>``, ``http-equiv`` Content-Type or the XML declaration, in
its first 2 KiB), else UTF-8, else charset_normalizer's guess (installed
with trafilatura).

A file named ``.txt`` whose content starts as HTML (``<!doctype html``,
``<html``, or a ``<head>`` / ``<body>`` tag among its first tags) is read
as a web page: read as text, its scripts and menus would become claims.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import charset_normalizer
import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document

from claims.errors import ArticleError
from claims.importers import Block, Imported, Metadata

logger = logging.getLogger(__name__)

EXTENSIONS = (".html", ".htm", ".xhtml")
"""File name endings read as web pages whatever their content."""

_HEAD_BYTES = 2048
_START = re.compile(rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_TAG_NEAR_TOP = re.compile(
    rb"^\s*<[^>]*>(?:[^<]{0,200}<[^>]*>){0,10}?[^<]{0,200}<(?:head|body)[\s>]", re.I
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([-\w.:]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BLANKS = re.compile(r"[ \t\r\n\f]+")


def sniff(data: bytes, name: str) -> bool:
    """A web page: named .html, .htm or .xhtml, or starting (after a BOM,
    blanks, comments and an XML declaration) with ``<!doctype html`` or
    ``<html``, or with a ``<head>`` or ``<body>`` tag among its first few
    tags (an HTML fragment saved as .txt)."""
    if name.lower().endswith(EXTENSIONS):
        return True
    head = data[:_HEAD_BYTES]
    for bom, _encoding in _BOMS:
        head = head.removeprefix(bom)
    head = head.replace(b"\0", b"")  # UTF-16 pages
    return bool(_START.match(head) or _TAG_NEAR_TOP.match(head))


def decode(data: bytes) -> tuple[str, str]:
    """The page's text and the encoding it was read in (a Python codec
    name): BOM, else declared charset, else UTF-8, else detected.

    Raises :class:`UnicodeDecodeError` never: an unknown declared charset
    falls through to the next rule, the detected one replaces bad bytes.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    head = data[:_HEAD_BYTES]
    declared = _CHARSET.search(head) or _XML_ENCODING.search(head)
    candidates = [declared.group(1).decode("ascii")] if declared else []
    for encoding in [*candidates, "utf-8"]:
        try:
            name = codecs.lookup(encoding).name
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            logger.info("the page does not decode as %s", encoding)
    best = charset_normalizer.from_bytes(data).best()
    name = best.encoding if best is not None else "windows-1252"
    return data.decode(name, errors="replace"), name


def read(data: bytes, name: str) -> Imported:
    """The page's main text as blocks (one per paragraph, heading, list
    item and table row, in reading order, ``where`` "¶ N" counted from 1)
    and its metadata (title, canonical URL, site name as publisher,
    author, publication date, ``<html lang>``).

    Raises :class:`~claims.errors.ArticleError` naming the file when the
    page cannot be parsed or holds no main text.
    """
    text, encoding = decode(data)
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise ArticleError(Path(name), f"the web page cannot be read: {exc}") from exc
    language = _language(tree)
    document = trafilatura.bare_extraction(
        tree, include_tables=True, include_comments=False, with_metadata=True
    )
    if not isinstance(document, Document) or document.body is None:
        raise ArticleError(Path(name), "the web page holds no article text")
    blocks = [Block(line, f"¶ {n}") for n, line in enumerate(_lines(document.body), 1)]
    if not blocks:
        raise ArticleError(Path(name), "the web page holds no article text")
    metadata = Metadata(
        title=document.title or None,
        url=document.url or None,
        publisher=document.sitename or None,
        author=document.author or None,
        published=_date(document.date),
        language=language,
    )
    notes = () if encoding in {"utf-8", "utf-8-sig"} else (f"read as {encoding}",)
    return Imported(blocks, "html", metadata, encoding, notes)


def _parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)


def _language(tree: lxml.html.HtmlElement) -> str | None:
    """``<html lang>`` (or ``xml:lang``), else ``og:locale``, as declared
    ("fr", "fr-FR", "fr_FR" read as "fr-FR")."""
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not declared:
        locale = tree.xpath("//meta[@property='og:locale']/@content")
        declared = str(locale[0]) if locale else None
    return declared.strip().replace("_", "-") or None if declared else None


def _date(value: str | None) -> dt.date | None:
    """trafilatura's ``YYYY-MM-DD`` date as a date, ``None`` if absent."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _lines(body: etree._Element) -> Iterator[str]:
    """The text of each paragraph, heading, list item and table row (cells
    joined by tabs) of trafilatura's body, in order, blanks dropped."""
    for element in body:
        texts: Iterable[str]
        if element.tag == "list":
            texts = (_flat(item, "list") for item in element.iter("item"))
        elif element.tag == "table":
            texts = ("\t".join(_flat(c) for c in row.iter("cell")) for row in element.iter("row"))
        else:
            texts = iter([_flat(element)])
        yield from (t for t in texts if t.strip())


def _flat(element: etree._Element, skip: str | None = None) -> str:
    """The element's text on one line (its line breaks and runs of ASCII
    blanks as single spaces; no-break spaces kept: French figures hold
    them), without its ``skip`` children (a list item's nested list, whose
    items are blocks of their own)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != skip:
            parts.extend(child.itertext())
        parts.append(child.tail or "")
    return _BLANKS.sub(" ", "".join(parts)).strip()
