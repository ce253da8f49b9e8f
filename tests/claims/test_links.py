"""One test of "is this a web link" (claims/links.py), shared by the
evidence editor and every export."""

from __future__ import annotations

import io
import json
from html.parser import HTMLParser

import pytest
from openpyxl import load_workbook

from claims.errors import ExportError
from claims.export import ExportOptions, render
from claims.links import is_web_url
from claims.model import Sheet


@pytest.mark.parametrize(
    ("url", "web"),
    [
        ("https://www.insee.fr/fr/statistiques", True),
        ("http://example.org/report.pdf", True),
        ("HTTPS://EXAMPLE.ORG/A", True),
        ("https://exemple.fr/économie?q=1#x", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("www.insee.fr", False),
        ("", False),
        ("https://", False),
        ("https://:80/x", False),
        ("http://[::1", False),  # urlsplit raises on it
        ("https://exa mple.org/x", False),
        (" https://example.org", False),  # callers strip what was typed
        ("https://example.org/\nx", False),
        ("https://example.org/<b>", False),
        ("https://example.org/\u200bx", False),
    ],
)
def test_is_web_url(url: str, web: bool) -> None:
    assert is_web_url(url) is web


class _Hrefs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/articles/alibaba-cloud",
        "HTTPS://EXAMPLE.ORG/A",
        "https://exa mple.org/x",
        "https://",
        "javascript:alert(1)",
    ],
)
def test_every_export_agrees_on_what_is_a_link(
    checked_sheet: Sheet, desk_options: ExportOptions, url: str
) -> None:
    checked_sheet.article.url = url
    web = is_web_url(url)

    markdown = render(checked_sheet, "md", desk_options).text
    assert (f"<{url}>" in markdown) is web

    hrefs = _Hrefs()
    hrefs.feed(render(checked_sheet, "html", desk_options).text)
    assert (url in hrefs.hrefs) is web

    book = load_workbook(io.BytesIO(render(checked_sheet, "xlsx", desk_options).data))
    cells = [row[1] for row in book["Article"].iter_rows(min_col=1, max_col=2) if row[1].value]
    (cell,) = [c for c in cells if c.value == url]
    assert (cell.hyperlink is not None) is web

    if web:
        reviews = json.loads(render(checked_sheet, "claimreview", desk_options).text)
        assert reviews[0]["itemReviewed"]["appearance"]["url"] == url
    else:
        with pytest.raises(ExportError, match=r"itemReviewed\.appearance\.url"):
            render(checked_sheet, "claimreview", desk_options)
