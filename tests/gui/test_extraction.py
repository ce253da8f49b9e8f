"""Long articles are read off the GUI thread, with a progress dialog that cancels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from claims.article import prepare_text
from claims.extract import extract_sheet
from claims.model import Article, Language
from claims.sheet import dump_sheet
from gui.extraction import BACKGROUND_MIN_CHARS, BackgroundExtraction, extract_with_progress

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def long_article(size: int) -> Article:
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("fr-*.txt")))
    copies = size // len(base) + 1
    return Article(language=Language.FR, text=prepare_text("\n".join([base] * copies)))


def test_background_extraction_gives_the_same_sheet(qtbot: QtBot) -> None:
    article = long_article(BACKGROUND_MIN_CHARS)
    assert len(article.text) >= BACKGROUND_MIN_CHARS
    extraction = BackgroundExtraction()
    sheet = extraction.run(article)
    assert extraction.dialog is not None  # it did go to the background
    assert sheet is not None
    assert dump_sheet(sheet) == dump_sheet(extract_sheet(article))


def test_cancel_stops_the_extraction(qtbot: QtBot) -> None:
    article = long_article(20 * BACKGROUND_MIN_CHARS)
    extraction = BackgroundExtraction()
    # as the Cancel button does
    QTimer.singleShot(100, lambda: extraction.dialog.canceled.emit() if extraction.dialog else None)
    assert extraction.run(article) is None


def test_short_articles_are_read_at_once(qtbot: QtBot) -> None:
    article = Article(language=Language.FR, text="Le groupe a levé 40 000 euros.")
    sheet = extract_with_progress(article)
    assert sheet is not None and len(sheet.claims) == 1
