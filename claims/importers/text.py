"""Plain text in any common encoding, the fallback importer.

A file is read as, in order: UTF-32 or UTF-16 (little or big endian) or
UTF-8 when it starts with that encoding's byte order mark; UTF-8 when it
decodes as UTF-8; otherwise the encoding ``charset-normalizer`` detects
(Windows-1252 and Latin-1 French or English text are the everyday cases).
When a detection ties, the Western European code pages a news desk meets
(Windows-1252, then Latin-1, then Latin-9) are preferred over look-alikes
(Central European, DOS code pages) that decode the same bytes with the same
mess: short French text gives such ties. A detected encoding leaves one
note for the checker ("read as Windows-1252 (cp1252): not UTF-8").

Refused, naming the file: a binary file (NUL bytes without a byte order
mark or a UTF-16/32 detection), and text no encoding reads cleanly (the
UTF-8 decoding error's offset, line and bytes are named).

Dependency: ``charset-normalizer`` detects the encoding by decoding with
every candidate code page and measuring the mess (unlikely character
sequences) and the language coherence of the result; a home-made guess
between code pages that share most bytes would be wrong on exactly the
short texts a desk pastes.
"""

from __future__ import annotations

import codecs
import logging
from pathlib import Path

from charset_normalizer import CharsetMatch, from_bytes

from claims.errors import ArticleError
from claims.importers import Block, Imported

_log = logging.getLogger(__name__)

SNIFF_BYTES = 8192
"""How much of the file :func:`sniff` looks at (bytes)."""

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf_32"),  # before UTF-16 LE: it starts with FF FE too
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)
"""Byte order marks and the Python codec that reads (and drops) them."""

PREFERRED = ("cp1252", "latin_1", "iso8859_15")
"""Encodings chosen over a detection tie (equal mess), in this order."""

MAX_MESS = 0.2
"""The largest ``charset-normalizer`` mess ratio (0 to 1: the share of
unlikely characters) a detected encoding may have; above, the text is
refused as unreadable."""

_WIDE = ("utf_16", "utf_32")

NAMES = {
    "cp1252": "Windows-1252",
    "latin_1": "Latin-1 (ISO-8859-1)",
    "iso8859_15": "Latin-9 (ISO-8859-15)",
    "cp1250": "Windows-1250",
    "mac_roman": "Mac OS Roman",
    "utf_16_le": "UTF-16 LE",
    "utf_16_be": "UTF-16 BE",
    "utf_32_le": "UTF-32 LE",
    "utf_32_be": "UTF-32 BE",
    "utf_16": "UTF-16",
    "utf_32": "UTF-32",
    "utf_8_sig": "UTF-8",
}
"""Human names of the codecs ``charset-normalizer`` reports."""


def sniff(data: bytes, name: str) -> bool:
    """Text: a byte order mark, or no NUL byte in the first
    :data:`SNIFF_BYTES`, or NUL bytes that are UTF-16/UTF-32 text without
    a byte order mark (``charset-normalizer`` says so)."""
    head = data[:SNIFF_BYTES]
    if _bom_codec(head) is not None or b"\0" not in head:
        return True
    match = from_bytes(head).best()
    return match is not None and match.encoding.startswith(_WIDE)


def read(data: bytes, name: str) -> Imported:
    """The file as one block of text (``where`` is ``None``).

    Raises :class:`~claims.errors.ArticleError` naming the file when it is
    not text in an encoding ClaimDesk can tell (the byte offset, line and
    bytes where UTF-8 decoding failed).
    """
    text, encoding, notes = decode(data, name)
    return Imported([Block(text)], "text", encoding=encoding, notes=notes)


def decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """``data`` decoded: ``(text, codec name, notes)``, the notes one line
    saying which encoding was detected when the file was neither UTF-8 nor
    marked by a byte order mark, else empty. Shared by the text-based
    importers (Markdown).

    Raises :class:`~claims.errors.ArticleError` naming ``name``.
    """
    codec = _bom_codec(data)
    if codec is not None:
        try:
            return data.decode(codec), codec, ()
        except UnicodeDecodeError as exc:
            raise ArticleError(
                Path(name),
                f"the article is not {_name(codec)} text "
                f"despite its byte order mark ({_where(data, exc)})",
            ) from exc
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as exc:
        utf8_error = exc
    match = _detect(data)
    if match is None:
        raise ArticleError(
            Path(name),
            f"the article is not UTF-8 text ({_where(data, utf8_error)}) and no other "
            "encoding reads it cleanly; re-save it as UTF-8",
        )
    note = f"read as {_name(match.encoding)}: not UTF-8 ({_where(data, utf8_error)})"
    _log.info("%s %s", name, note)
    return str(match), match.encoding, (note,)


def _bom_codec(data: bytes) -> str | None:
    """The codec of the byte order mark ``data`` starts with, if any."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec
    return None


def _detect(data: bytes) -> CharsetMatch | None:
    """The encoding ``charset-normalizer`` finds for ``data`` with a mess
    ratio of at most :data:`MAX_MESS`, ties going to :data:`PREFERRED`
    (UTF-16 and UTF-32 only when ``data`` has NUL bytes: short garbage
    decodes as UTF-16 too); ``None`` when none fits."""
    wide_ok = b"\0" in data  # UTF-16/32 without a BOM: Latin text has NULs
    matches = [
        m
        for m in from_bytes(data, threshold=MAX_MESS)
        if m.chaos <= MAX_MESS and (wide_ok or not m.encoding.startswith(_WIDE))
    ]
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    tied = {m.encoding: m for m in matches if m.chaos <= least}
    for encoding in PREFERRED:
        if encoding in tied:
            return tied[encoding]
    return min(matches, key=lambda m: (m.chaos, -m.coherence))


def _where(data: bytes, exc: UnicodeDecodeError) -> str:
    """Where decoding failed: "byte 40, line 2: 0x92 0x61"."""
    line = data[: exc.start].count(b"\n") + 1
    failed = " ".join(f"0x{b:02x}" for b in data[exc.start : max(exc.end, exc.start + 1)][:4])
    return f"byte {exc.start}, line {line}: {failed}"


def _name(codec: str) -> str:
    """A codec's human name with its Python name: "Windows-1252 (cp1252)"."""
    normal = codecs.lookup(codec).name.replace("-", "_")
    human = NAMES.get(normal, NAMES.get(codec))
    return f"{human} ({codec})" if human else codec
