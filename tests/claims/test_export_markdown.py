"""Markdown export: a header and one table line per claim, read back with
markdown-it-py (CommonMark, with GFM tables and strikethrough)."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from claims.export import ExportOptions, export_sheet, render
from claims.model import Evidence, Sheet, Status


def test_markdown_table(checked_sheet: Sheet) -> None:
    text = render(checked_sheet, "md").text
    lines = text.splitlines()
    assert (
        lines[0]
        == "# Fiche de vérification\u202f: Alibaba Cloud étend sa présence à l’international"
    )
    assert "- URL\u202f: <https://example.org/articles/alibaba-cloud>" in lines
    assert "- Publié le\u202f: 2024-10-16" in lines
    assert any("1 Vérifié" in line and "1 Faux" in line for line in lines)
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == len(checked_sheet.claims) + 2
    assert all(line.count(" | ") >= 10 for line in table[2:])
    assert "ligne 2, avec « guillemets »" in text
    assert "&lt;/script&gt;<br>ligne 2" in text  # escaped, and one line per claim
    assert "<script>" not in text


def test_markdown_escapes_pipes(checked_sheet: Sheet) -> None:
    checked_sheet.claims[0].note = "a | b"
    text = render(checked_sheet, "md", ExportOptions(statuses=frozenset({Status.VERIFIED}))).text
    row = next(line for line in text.splitlines() if line.startswith("| c1 "))
    assert "a \\| b" in row
    assert row.count(" | ") == 10


def test_every_line_break_stays_in_its_cell(checked_sheet: Sheet) -> None:
    # Reported: a lone carriage return split a claim's row in two.
    checked_sheet.claims[6].note = "\r=1"
    checked_sheet.claims[7].note = "a\r\nb\nc"
    text = render(checked_sheet, "md").text
    table = [line for line in text.split("\n") if line.startswith("|")]
    assert len(table) == len(checked_sheet.claims) + 2
    assert "\r" not in text


def test_raw_html_is_escaped(checked_sheet: Sheet) -> None:
    # Reported: Markdown renderers pass raw HTML through.
    checked_sheet.article.title = '"><img src=x onerror=alert(1)>'
    checked_sheet.claims[0].source = "<Annexe B>"
    text = render(checked_sheet, "md").text
    assert "<img" not in text and "&lt;img src=x onerror=alert\\(1\\)&gt;" in text
    assert "&lt;Annexe B&gt;" in text


LINE_BREAKS = {
    "LF": "\n",
    "CR": "\r",
    "CRLF": "\r\n",
    "line separator": "\u2028",
    "paragraph separator": "\u2029",
    "next line": "\u0085",
    "vertical tab": "\v",
    "form feed": "\f",
}
INJECTED = ["![](http://evil/t.png)", "[x](javascript:alert(1))", "<javascript:alert(2)>"]
MARKUP = (
    "[a](javascript:alert(1)) ![b](http://evil/t.png) <https://evil.example/> `c` *d* _e_ ~~f~~ \\|"
)


def _parse(path: Path) -> list[Token]:
    """Every token of the rendered file, nested ones included. markdown-it's
    own guard against ``javascript:`` links is off: what counts is what the
    export lets through, whatever renders it."""
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    parser.validateLink = lambda url: True
    tokens: list[Token] = []
    pending = parser.parse(path.read_text(encoding="utf-8"))
    while pending:
        token = pending.pop(0)
        tokens.append(token)
        pending[:0] = token.children or []
    return tokens


def _shown(inline: Token) -> str:
    """The text an inline token renders, ``<br>`` as a line break; fails on
    any markup but these and links (which the tests count)."""
    parts = []
    for child in inline.children or []:
        if child.type in ("link_open", "link_close"):
            continue
        assert child.type == "text" or (child.type, child.content) == ("html_inline", "<br>")
        parts.append("\n" if child.type == "html_inline" else child.content)
    return "".join(parts)


@pytest.mark.parametrize("line_break", LINE_BREAKS.values(), ids=list(LINE_BREAKS))
def test_texts_cannot_inject_markdown(
    checked_sheet: Sheet, tmp_path: Path, line_break: str
) -> None:
    # Reported: a title with line breaks injected a tracker image and a javascript: link.
    hostile = line_break.join(["Titre", *INJECTED])
    checked_sheet.article.title = hostile
    checked_sheet.article.publisher = hostile
    checked_sheet.claims[0].source = hostile
    checked_sheet.claims[1].note = MARKUP
    checked_sheet.claims[2].evidence = [Evidence(url="https://example.org/r", title=MARKUP)]
    path = tmp_path / "out.md"
    export_sheet(checked_sheet, "md", path)
    tokens = _parse(path)
    links = [t.attrs["href"] for t in tokens if t.type == "link_open"]
    assert links == ["https://example.org/articles/alibaba-cloud"]
    assert not [t for t in tokens if t.type == "image"]
    assert sum(t.type == "tr_open" for t in tokens) == len(checked_sheet.claims) + 1
    assert [t.tag for t in tokens if t.type == "heading_open"] == ["h1"]
    heading = tokens[tokens.index(next(t for t in tokens if t.type == "heading_open")) + 1]
    assert _shown(heading) == "Fiche de vérification\u202f: " + " ".join(["Titre", *INJECTED])
    cells = [_shown(t) for t in tokens if t.type == "inline"]
    assert "\n".join(["Titre", *INJECTED]) in cells  # the source, line breaks as <br>
    assert MARKUP in cells
    assert f"https://example.org/r ({MARKUP})" in cells


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://example.org/a)](javascript:alert(1))", True),
        ("http://example.org/a_b*c*?q=[1]&r=`2`", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)//https://example.org", False),
        ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", False),
        ("vbscript:msgbox(1)", False),
        ("https://example.org/a\n![](http://evil/t.png)", False),
        ("https://example.org/a>[x](javascript:alert(1))", False),
        ("https://example.org/a b", False),
    ],
)
def test_only_web_addresses_become_links(
    checked_sheet: Sheet, tmp_path: Path, url: str, link: bool
) -> None:
    checked_sheet.article.url = url
    path = tmp_path / "out.md"
    export_sheet(checked_sheet, "md", path)
    tokens = _parse(path)
    parser = MarkdownIt("commonmark")
    links = [t.attrs["href"] for t in tokens if t.type == "link_open"]
    assert links == ([parser.normalizeLink(url)] if link else [])
    assert not [t for t in tokens if t.type == "image"]
    facts = [_shown(t) for t in tokens if t.type == "inline" and t.content.startswith("URL")]
    assert facts == [f"URL\u202f: {url if link else ' '.join(url.splitlines())}"]
