"""Markdown (claims/importers/markdown.py): the sample article written as a
real Markdown file with front matter, headings, emphasis, a link and an
image gives the sample's figures, none from the markup, and its metadata."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
import yaml

from claims.article import import_article, read_article
from claims.extract import extract_sheet
from claims.model import Article
from claims.sheet import load_sheet
from tests.processes import claimdesk

TITLE = "Alibaba Cloud étend sa présence à l’international"
SUBTITLE = "Une expansion mondiale"
LINK = "https://www.bloomberg.com/news/articles/2024-10-16/alibaba-cloud-99-pays"


def figures(article: Article) -> Counter[tuple[str, str, str]]:
    """The (quote, kind, value) multiset of the claims extracted from ``article``."""
    return Counter((c.quote, c.kind.value, str(c.value)) for c in extract_sheet(article).claims)


def sample_markdown(text: str) -> str:
    """The sample's paragraphs as Markdown: a front matter (title, date,
    author, URL), a level-1 title, a level-2 heading, emphasis around an
    ordinal, a link around the source, an image whose alt text and file name
    hold figures. None of the markup adds a figure."""
    paragraphs = text.rstrip("\n").split("\n")
    paragraphs[0] = paragraphs[0].replace("troisième", "**troisième**", 1)
    paragraphs[1] = paragraphs[1].replace("Bloomberg", f"[*Bloomberg*]({LINK})", 1)
    front = yaml.safe_dump(
        {
            "title": TITLE,
            "date": dt.date(2024, 10, 16),
            "author": ["Jeanne Martin", "Li Wei"],
            "url": "https://example.org/2024/10/alibaba-cloud",
        },
        allow_unicode=True,
    )
    body = [
        f"# {TITLE}",
        paragraphs[0],
        "![Carte des 12 centres de données, 2024](images/carte-2024-12.png)",
        paragraphs[1],
        f"## {SUBTITLE}",
        *paragraphs[2:],
    ]
    return f"---\n{front}---\n\n" + "\n\n".join(body) + "\n"


@pytest.fixture
def markdown_path(tmp_path: Path, sample_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(sample_markdown(sample_path.read_text("utf-8")), "utf-8")
    return path


def test_sample_as_markdown_has_the_same_figures(markdown_path: Path, sample_path: Path) -> None:
    imported = import_article(markdown_path)
    reference = read_article(sample_path)
    assert imported.format == "markdown"
    # The text is the sample's, plus the two headings on their own lines.
    lines = imported.article.text.split("\n")
    assert lines[0] == TITLE
    assert [line for line in lines if line not in (TITLE, SUBTITLE)] == reference.text.split("\n")
    assert SUBTITLE in lines
    assert figures(imported.article) == figures(reference)


def test_no_markup_survives(markdown_path: Path) -> None:
    text = read_article(markdown_path).text
    for markup in ("**", "*", "](", "![", "#", "---", "http", "carte", "Carte"):
        assert markup not in text, markup
    assert "selon ce qu’a partagé Bloomberg ce mercredi" in text


def test_front_matter_fills_the_article(markdown_path: Path) -> None:
    imported = import_article(markdown_path)
    assert imported.article.title == TITLE
    assert imported.article.published == dt.date(2024, 10, 16)
    assert imported.article.url == "https://example.org/2024/10/alibaba-cloud"
    assert imported.author == "Jeanne Martin, Li Wei"


def test_paragraph_numbers_are_the_origins(markdown_path: Path) -> None:
    imported = import_article(markdown_path)
    text = imported.article.text
    wheres = [where for _start, _end, where in imported.origins]
    assert wheres == [f"¶ {n}" for n in range(1, len(text.split("\n")) + 1)]
    start, end, _where = imported.origins[0]
    assert text[start:end] == TITLE


def test_first_heading_is_the_title_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "notes.markdown"
    path.write_text(
        "Intro sans titre.\n\n# Le vrai titre\n\n# Un autre\n\nTexte : 12 %.\n", "utf-8"
    )
    assert read_article(path, "fr").title == "Le vrai titre"


def test_lists_tables_and_code_are_lines(tmp_path: Path) -> None:
    path = tmp_path / "mix.md"
    path.write_text(
        "- premier point, _40 000 euros_\n"
        "- second point\n\n"
        "| Année | Part |\n|---|---|\n| 2024 | 12 % |\n\n"
        "```\nx = 5\n```\n\n"
        "<div>html 99</div>\n\n"
        "Fin, avec `3 serveurs`.  \nLigne forcée.\n",
        "utf-8",
    )
    imported = import_article(path, "fr")
    assert imported.article.text.split("\n") == [
        "premier point, 40 000 euros",
        "second point",
        "Année\tPart",
        "2024\t12 %",
        "x = 5",
        "Fin, avec 3 serveurs.",
        "Ligne forcée.",
    ]


def test_markdown_in_windows_1252_is_read_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "ancien.md"
    path.write_bytes("# Coût de l’œuvre\n\nLe « coût » : 12 € en 2024.\n".encode("cp1252"))
    imported = import_article(path, "fr")
    assert imported.article.title == "Coût de l’œuvre"
    assert imported.encoding == "cp1252"
    assert imported.notes[0].startswith("read as Windows-1252 (cp1252): not UTF-8")


def test_broken_front_matter_is_dropped_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("---\ntitle: [unclosed\n---\n\nTexte : 12 %.\n", "utf-8")
    imported = import_article(path, "fr")
    assert imported.article.text == "Texte : 12 %."
    assert imported.article.title is None
    assert imported.notes == ("front matter ignored: not valid YAML (ParserError)",)


def test_cli_extracts_a_markdown_file(
    markdown_path: Path, sample_path: Path, tmp_path: Path
) -> None:
    sheet_path = tmp_path / "s.claims.yaml"
    result = claimdesk("extract", str(markdown_path), "-o", str(sheet_path), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    sheet = load_sheet(sheet_path)
    assert sheet.article.title == TITLE
    assert sheet.article.published == dt.date(2024, 10, 16)
    claims = Counter((c.quote, c.kind.value, str(c.value)) for c in sheet.claims)
    assert claims == figures(read_article(sample_path))
