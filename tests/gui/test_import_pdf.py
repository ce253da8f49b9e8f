"""PDF articles (claims/importers/pdf.py) from a real two-page PDF written by
Qt (QPdfWriter + QTextDocument), with a running header and page numbers. It
lives in tests/gui because writing the PDF needs Qt; the importer does not
(the core tests without Qt are in tests/claims/test_import_pdf.py)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter, QTextDocument
from pytestqt.qtbot import QtBot

from claims.article import import_article, read_article
from claims.export.rows import claim_rows
from claims.extract import extract_sheet
from claims.model import Claim
from claims.resources import sample_article
from claims.sheet import dump_sheet, load_sheet, loads_sheet
from tests.processes import claimdesk

HEADER = "Exemple Médias — Rapport"
TITLE = "Alibaba Cloud étend sa présence à l’international"


def figures(claims: list[Claim]) -> Counter[tuple[str, str, str]]:
    return Counter((c.quote, c.kind.value, str(c.value)) for c in claims)


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    """One page per list of paragraphs (A4, 72 dpi), each with the running
    header at the top and "N / total" at the bottom."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(TITLE)
    painter = QPainter(writer)
    width, height = writer.width(), writer.height()
    for number, paragraphs in enumerate(pages, 1):
        if number > 1:
            writer.newPage()
        painter.drawText(QRectF(50, 20, width - 100, 20), HEADER)
        painter.drawText(QRectF(50, height - 40, width - 100, 20), f"{number} / {len(pages)}")
        document = QTextDocument()
        document.setDefaultFont(QFont("DejaVu Sans", 9))
        document.setPlainText("\n".join(paragraphs))
        document.setTextWidth(width - 100)
        painter.save()
        painter.translate(50, 50)
        document.drawContents(painter)
        painter.restore()
    painter.end()
    return path


def sample_pdf(path: Path) -> Path:
    paragraphs = sample_article().read_text(encoding="utf-8").splitlines()
    half = len(paragraphs) // 2
    return write_pdf(path, [paragraphs[:half], paragraphs[half:]])


def test_pdf_gives_the_sample_figures_without_page_furniture(qtbot: QtBot, tmp_path: Path) -> None:
    imported = import_article(sample_pdf(tmp_path / "report.pdf"))
    assert imported.format == "pdf"
    text = imported.article.text
    assert HEADER not in text
    assert "1 / 2" not in text and "2 / 2" not in text
    expected = figures(extract_sheet(read_article(sample_article())).claims)
    sheet = extract_sheet(imported.article)
    assert figures(sheet.claims) == expected
    # each claim lies in a block of the page it was printed on
    paragraphs = sample_article().read_text(encoding="utf-8").splitlines()
    second_page = "\n".join(paragraphs[len(paragraphs) // 2 :])
    for claim in sheet.claims:
        origin = [where for start, end, where in imported.origins if start <= claim.span[0] < end]
        assert origin == ["p. 2" if claim.sentence in second_page else "p. 1"], claim.quote
        page = 2 if claim.sentence in second_page else 1
        assert imported.article.page_at(claim.span[0]) == page  # kept in the sheet
    assert {where for _s, _e, where in imported.origins} == {"p. 1", "p. 2"}
    again = loads_sheet(dump_sheet(sheet))
    assert again.article.pages == imported.article.pages and len(again.article.pages or []) == 2
    rows = claim_rows(again, again.article.language)
    assert rows[-1]["sentence"].endswith("(p. 2)") and rows[0]["sentence"].endswith("(p. 1)")
    assert imported.article.title == TITLE
    assert imported.article.published == dt.datetime.now(dt.UTC).date()


def test_pdf_lines_are_rejoined_into_paragraphs_and_words(qtbot: QtBot, tmp_path: Path) -> None:
    """A hyphen at a line end between lowercase letters joins the word; a
    line that does not end a sentence joins the next with a space."""
    lines = [
        "Le groupe annonce un plan dont l’inves-",
        "tissement atteindra 12 millions d’euros sur",
        "trois ans, selon la direction du site.",
        "Le second volet, prévu pour 2025-",
        "2026, reste à chiffrer par les équipes.",
    ]
    path = write_pdf(tmp_path / "lignes.pdf", [lines, ["Suite à la page deux."]])
    assert import_article(path).article.text.removesuffix("\nSuite à la page deux.") == (
        "Le groupe annonce un plan dont l’investissement atteindra 12 millions d’euros"
        " sur trois ans, selon la direction du site.\n"
        "Le second volet, prévu pour 2025-2026, reste à chiffrer par les équipes."
    )


def test_a_two_column_page_is_read_column_by_column(qtbot: QtBot, tmp_path: Path) -> None:
    """pypdf follows the drawing order, column after column: every paragraph
    of the sample comes back whole (pdfplumber's extract_text interleaves
    the two columns' lines on the same page: 2 of 16 paragraphs whole)."""
    paragraphs = sample_article().read_text(encoding="utf-8").splitlines()
    path = tmp_path / "colonnes.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    column = (writer.width() - 120) / 2
    for index, chunk in enumerate((paragraphs[:8], paragraphs[8:])):
        document = QTextDocument()
        document.setDefaultFont(QFont("DejaVu Sans", 7))
        document.setPlainText("\n".join(chunk))
        document.setTextWidth(column)
        painter.save()
        painter.translate(50 + index * (column + 20), 50)
        document.drawContents(painter)
        painter.restore()
    painter.end()
    assert import_article(path).article.text.splitlines() == paragraphs


def test_claimdesk_extract_reads_a_pdf(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))  # not the user's preferences
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    sheet_path = tmp_path / "S.claims.yaml"
    report = sample_pdf(tmp_path / "report.pdf")
    result = claimdesk("extract", str(report), "-o", str(sheet_path))
    assert result.returncode == 0, result.stderr
    sheet = load_sheet(sheet_path)
    assert any(c.quote == "52 milliards de dollars" for c in sheet.claims)
    assert not any(HEADER in c.sentence for c in sheet.claims)


def test_the_form_shows_the_page_of_a_claim(qtbot: QtBot, tmp_path: Path) -> None:
    from gui.app import build_window

    window = build_window(sample_pdf(tmp_path / "report.pdf"))
    qtbot.addWidget(window)
    last = window.document.sheet.claims[-1]
    window.table.select_claim(last.id)
    assert "p. 2" in window.detail.id_label.text()
    window.document.undo_stack.setClean()
