"""Saved web pages (claims/importers/html.py): real pages written to
tmp_path, with the sample article amid the furniture of a news site."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from html import escape
from pathlib import Path

import pytest

from claims.article import import_article, read_article
from claims.errors import ArticleError
from claims.extract import extract_sheet
from claims.importers import html as html_importer
from claims.importers import importer
from claims.model import Article, Language
from claims.resources import sample_article
from claims.sheet import load_sheet
from tests.processes import claimdesk

FURNITURE = ("2025 Example", "100%", "Home", "cookies", "Tencent", "Partager", "Tweeter", "9999")


def sample_paragraphs() -> list[str]:
    return [line for line in sample_article().read_text(encoding="utf-8").split("\n") if line]


def news_page(charset: str = "utf-8", extra: str = "") -> str:
    """The sample's paragraphs inside <article>, amid a news site's
    furniture, each piece of it holding numbers."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in sample_paragraphs())
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="{charset}">
<title>Alibaba Cloud s'étend | Example News</title>
<meta property="og:title" content="Alibaba Cloud accélère son expansion">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://news.example.com/alibaba-cloud">
<meta property="article:published_time" content="2025-02-26T08:00:00Z">
<meta name="author" content="Jeanne Martin">
<link rel="canonical" href="https://news.example.com/alibaba-cloud">
<style>.banner {{ width: 100%; z-index: 9999; margin: 12px 24px; }}</style>
<script>var tracking = {{rate: 100, share: "42%"}}; window.dataLayer = [2025];</script>
</head><body>
<nav><ul><li><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a></li></ul></nav>
<div class="cookie-banner" id="cookie-consent">We use cookies to measure 87% of visits.
<button>Accept 100%</button></div>
<main><article>
<h1>Alibaba Cloud accélère son expansion</h1>
<div class="share-buttons"><a href="#">Partager sur Facebook (12)</a> <a href="#">Tweeter 34</a></div>
{body}
{extra}
<aside class="read-also related"><h3>Lire aussi</h3><ul><li><a href="/x">Tencent investit
15 milliards de dollars dans ses centres de données</a></li></ul></aside>
</article></main>
<footer><p>© 2025 Example News. Tous droits réservés.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def figures(article: Article) -> Counter[tuple[str, str, str]]:
    return Counter((c.quote, c.kind.value, str(c.value)) for c in extract_sheet(article).claims)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "alibaba.html"
    path.write_text(news_page(), encoding="utf-8")
    return path


def test_a_web_page_gives_the_samples_figures_and_none_from_its_furniture(page: Path) -> None:
    article = read_article(page)
    assert figures(article) == figures(read_article(sample_article()))
    quotes = [c.quote for c in extract_sheet(article).claims]
    assert not [q for q in quotes if any(f in q for f in FURNITURE)]
    for furniture in (*FURNITURE, "We use", "Business", "Privacy", "dataLayer", "z-index"):
        assert furniture not in article.text
    assert all(p in article.text for p in sample_paragraphs())


def test_a_web_pages_metadata_lands_in_the_article(page: Path) -> None:
    imported = import_article(page)
    article = imported.article
    assert article.title == "Alibaba Cloud accélère son expansion"
    assert article.publisher == "Example News"
    assert article.url == "https://news.example.com/alibaba-cloud"
    assert article.published == dt.date(2025, 2, 26)
    assert article.language is Language("fr")
    assert imported.author == "Jeanne Martin"
    assert imported.format == "html"


def test_each_paragraph_keeps_its_number(page: Path) -> None:
    imported = import_article(page)
    text = imported.article.text
    wheres = {text[start:end]: where for start, end, where in imported.origins}
    assert wheres["Alibaba Cloud accélère son expansion"] == "¶ 1"
    assert wheres[sample_paragraphs()[0]] == "¶ 2"
    assert [w for _s, _e, w in imported.origins] == [f"¶ {n}" for n in range(1, len(wheres) + 1)]


def test_a_page_in_windows_1252_decodes_by_its_meta_charset(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.htm"
    path.write_bytes(news_page("windows-1252").encode("cp1252"))
    imported = import_article(path)
    assert imported.encoding == "cp1252"
    assert sample_paragraphs()[0] in imported.article.text  # d’Alibaba, à l’échelle
    assert imported.article.title == "Alibaba Cloud accélère son expansion"
    assert figures(imported.article) == figures(read_article(sample_article()))


def test_a_table_becomes_one_line_per_row_cells_by_tabs(tmp_path: Path) -> None:
    table = (
        "<table><tr><th>Pays</th><th>Centres</th></tr>"
        "<tr><td>Malaisie</td><td>3</td></tr><tr><td>Corée du Sud</td><td>2</td></tr></table>"
    )
    path = tmp_path / "table.html"
    path.write_text(news_page(extra=table), encoding="utf-8")
    lines = read_article(path).text.split("\n")
    assert "Pays\tCentres" in lines
    assert "Malaisie\t3" in lines
    assert "Corée du Sud\t2" in lines


def test_list_items_are_blocks_once_even_nested(tmp_path: Path) -> None:
    items = (
        "<ul><li>Malaisie : 3 centres<ul><li>Kuala Lumpur : 2 centres</li></ul></li>"
        "<li>Philippines : 2 centres</li></ul>"
    )
    path = tmp_path / "list.html"
    path.write_text(news_page(extra=items), encoding="utf-8")
    text = read_article(path).text
    lines = text.split("\n")
    assert "Malaisie : 3 centres" in lines
    assert "Philippines : 2 centres" in lines
    assert text.count("Kuala Lumpur : 2 centres") == 1


def test_html_content_named_txt_is_read_as_a_web_page(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(news_page(), encoding="utf-8")
    assert importer(path.read_bytes(), str(path)) == "html"
    assert "dataLayer" not in read_article(path).text
    fragment = b"<head><title>x</title></head>\n<body><p>Un</p></body>"
    assert html_importer.sniff(fragment, "fragment.txt")
    assert not html_importer.sniff(sample_article().read_bytes(), "sample.txt")
    assert not html_importer.sniff(b"Le prix <html> est de 3 euros.", "note.txt")


def test_a_page_without_text_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<!DOCTYPE html><html><head><title>Vide</title></head><body></body></html>")
    with pytest.raises(ArticleError, match=r"empty\.html"):
        read_article(path)


def test_claimdesk_extract_reads_a_web_page(page: Path, tmp_path: Path) -> None:
    sheet_path = tmp_path / "page.claims.yaml"
    result = claimdesk("extract", str(page), "-o", str(sheet_path), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    sheet = load_sheet(sheet_path)
    assert sheet.article.publisher == "Example News"
    assert any(c.quote == "52 milliards de dollars" for c in sheet.claims)
    assert not [c for c in sheet.claims if "100%" in c.quote or "2025 Example" in c.quote]
