"""Plain text in any common encoding (claims/importers/text.py): real files
written in each encoding, read back to the same text and the same claims."""

from __future__ import annotations

import os
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from claims.article import import_article, read_article
from claims.errors import ArticleError
from claims.extract import extract_sheet
from claims.model import Article
from claims.sheet import load_sheet
from tests.processes import claimdesk


def figures(article: Article) -> Counter[tuple[str, str, str]]:
    """The (quote, kind, value) multiset of the claims extracted from ``article``."""
    return Counter((c.quote, c.kind.value, str(c.value)) for c in extract_sheet(article).claims)


def latin1_text(text: str) -> str:
    """``text`` with the one character of the sample Latin-1 lacks (the
    typographic apostrophe) written as a plain one."""
    return text.replace("\u2019", "'")


@pytest.fixture
def sample_text(sample_path: Path) -> str:
    return sample_path.read_text("utf-8")


@pytest.mark.parametrize(
    ("codec", "encoding", "noted"),
    [
        ("cp1252", "cp1252", "read as Windows-1252 (cp1252): not UTF-8"),
        ("utf-16-le", "utf_16_le", "read as UTF-16 LE (utf_16_le): not UTF-8"),  # no BOM
        ("utf-16", "utf_16", None),  # BOM, little endian on this machine
        ("utf-16-be", "utf_16", None),  # written with a BOM below
        ("utf-8-sig", "utf_8_sig", None),
        ("utf-32", "utf_32", None),
    ],
)
def test_each_encoding_gives_the_sample_text_and_claims(
    tmp_path: Path,
    sample_path: Path,
    sample_text: str,
    codec: str,
    encoding: str,
    noted: str | None,
) -> None:
    data = sample_text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / f"sample.{codec}.txt"
    path.write_bytes(data)
    imported = import_article(path)
    reference = read_article(sample_path)
    assert imported.article.text == reference.text
    assert figures(imported.article) == figures(reference)
    assert imported.encoding == encoding
    if noted is None:
        assert imported.notes == ()
    else:
        assert len(imported.notes) == 1 and imported.notes[0].startswith(noted)


def test_latin1_french_opens_with_the_same_claims(tmp_path: Path, sample_text: str) -> None:
    text = latin1_text(sample_text)
    utf8, latin = tmp_path / "utf8.txt", tmp_path / "latin1.txt"
    utf8.write_text(text, "utf-8")
    latin.write_bytes(text.encode("latin-1"))
    imported = import_article(latin)
    assert imported.article.text == read_article(utf8).text
    assert figures(imported.article) == figures(read_article(utf8))
    # Latin-1 French bytes (no 0x80-0x9F) read the same in Windows-1252.
    assert imported.encoding in {"cp1252", "latin_1", "iso8859_15"}
    assert imported.notes and "not UTF-8" in imported.notes[0]


def test_short_cp1252_line_is_read_as_windows_1252(tmp_path: Path) -> None:
    # charset-normalizer alone calls these bytes cp1125 (Ukrainian DOS).
    text = "« Coût : 12 € », a dit l’œuvre à Besançon, déçu."
    path = tmp_path / "court.txt"
    path.write_bytes(text.encode("cp1252"))
    imported = import_article(path, "fr")
    assert imported.article.text == text
    assert imported.encoding == "cp1252"
    assert imported.notes == ("read as Windows-1252 (cp1252): not UTF-8 (byte 0, line 1: 0xab)",)


def test_png_and_zip_are_refused_naming_the_formats(tmp_path: Path, sample_text: str) -> None:
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4000))
    archive = tmp_path / "article.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("article.txt", sample_text)
    for path in (png, archive):
        with pytest.raises(ArticleError) as info:
            read_article(path)
        message = str(info.value)
        assert str(path) in message and "does not open this kind of file" in message
        assert "plain text" in message and "Markdown" in message


def test_garbage_without_nul_is_refused_saying_which_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(b"Bonjour.\n" + bytes(range(0x80, 0x100)) * 12)
    with pytest.raises(ArticleError, match=r"noise\.txt.*not UTF-8 text \(byte 9, line 2: 0x80\)"):
        read_article(path)


def test_bad_bom_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"\xff\xfeA\x00\x00\xd8")  # UTF-16 LE BOM, then a lone surrogate
    with pytest.raises(
        ArticleError, match=r"odd\.txt.*not UTF-16 \(utf_16\) text despite its byte order mark"
    ):
        read_article(path)


def test_cli_extracts_a_cp1252_file(tmp_path: Path, sample_path: Path, sample_text: str) -> None:
    article = tmp_path / "windows.txt"
    article.write_bytes(sample_text.encode("cp1252"))
    sheet_path = tmp_path / "s.claims.yaml"
    result = claimdesk("extract", str(article), "-o", str(sheet_path), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    sheet = load_sheet(sheet_path)
    assert sheet.article.text == read_article(sample_path).text
    assert Counter((c.quote, c.kind.value, str(c.value)) for c in sheet.claims) == figures(
        read_article(sample_path)
    )
