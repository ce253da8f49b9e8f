"""Reading article files: encodings, normalisation, language detection."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.article import detect_language, read_article
from claims.errors import ArticleError
from claims.model import Language


def test_sample_is_french(sample_path: Path) -> None:
    article = read_article(sample_path)
    assert article.language is Language.FR
    assert article.text.startswith("La filiale cloud")


def test_english_detected() -> None:
    assert (
        detect_language("Revenue rose 7% to $32.58 billion, missing the analysts' consensus.")
        is Language.EN
    )


def test_unreadable_text_names_the_file_line_and_bytes(tmp_path: Path) -> None:
    # A Windows-1252 file now opens (test_import_text.py); bytes that no
    # encoding reads cleanly are still refused, saying where.
    path = tmp_path / "garbled.txt"
    path.write_bytes(
        b"Le chiffre d'affaires a progresse.\nCo\x81\x8d\x8f\x90\x9d\x01\x02\xff\xfe t"
    )
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert "not UTF-8" in str(info.value)
    assert "line 2: 0x81" in str(info.value)
    assert not list(tmp_path.glob("*.yaml"))


def test_empty_and_missing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="empty"):
        read_article(empty)
    with pytest.raises(ArticleError, match="cannot read"):
        read_article(tmp_path / "missing.txt")


def test_bom_crlf_and_nfc(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffLe re\u0301sultat\r\nest la\u0300.\r\n".encode())
    article = read_article(path, "fr")
    assert article.text == "Le résultat\nest là."
