"""PDFs the importer must refuse (claims/importers/pdf.py), written with
pypdf itself; the text of a real two-page PDF is tested in
tests/gui/test_import_pdf.py (writing it needs Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfWriter

from claims.article import import_article
from claims.errors import ArticleError


def test_a_pdf_without_text_is_refused_as_a_scan(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    writer.write(path)
    with pytest.raises(
        ArticleError, match="has no text layer: it is a scan; run OCR first"
    ) as info:
        import_article(path)
    assert "scan.pdf" in str(info.value)


def test_a_pdf_needing_a_password_is_refused(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    writer.write(path)
    with pytest.raises(ArticleError, match="protected by a password") as info:
        import_article(path)
    assert "locked.pdf" in str(info.value)


def test_a_renamed_pdf_is_still_read_as_a_pdf(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "article.txt"
    writer.write(path)
    with pytest.raises(ArticleError, match="no text layer"):
        import_article(path)
