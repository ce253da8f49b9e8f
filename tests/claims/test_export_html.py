"""HTML export, read back with Python's HTML parser."""

from __future__ import annotations

from html.parser import HTMLParser

from claims.export import render
from claims.model import Sheet
from tests.claims.conftest import SCRIPT_NOTE


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.text: list[str] = []
        self.marks: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag == "span" and (values.get("class") or "").startswith("s-"):
            self._in_mark = True

    def handle_endtag(self, tag: str) -> None:
        self._in_mark = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_mark:
            self.marks.append(data)


def _read(sheet: Sheet) -> _Reader:
    reader = _Reader()
    reader.feed(render(sheet, "html").text)
    return reader


def test_text_is_escaped_never_markup(checked_sheet: Sheet) -> None:
    reader = _read(checked_sheet)
    assert "script" not in reader.tags
    assert "<script>alert('x')</script>" in "".join(reader.text)
    assert not any(link.startswith("javascript:") for link in reader.links)
    assert "piège" in "".join(reader.text)


def test_header_table_and_marked_article(checked_sheet: Sheet) -> None:
    html = render(checked_sheet, "html").text
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="fr">' in html
    reader = _read(checked_sheet)
    text = "".join(reader.text)
    assert "Fiche de vérification\u202f: Alibaba Cloud étend" in text
    assert "https://example.org/articles/alibaba-cloud" in reader.links
    assert "https://example.org/rapport" in reader.links
    assert "2024-10-16" in text
    assert "Vérifié" in text and "Trompeur" in text and "Non concluant" in text
    # Every claim is marked in the article and numbered by its id, linked to its row.
    assert reader.marks.count("troisième centre de données") == 1
    for claim in checked_sheet.claims:
        assert f"#claim-{claim.id}" in reader.links
    assert "ligne 2, avec « guillemets »" in text
    assert SCRIPT_NOTE.splitlines()[0] in text


def test_standalone(checked_sheet: Sheet) -> None:
    html = render(checked_sheet, "html").text
    assert "<script" not in html
    assert "http" not in html.split("<body>")[0]  # nothing fetched by the head
    assert "@media print" in html


def test_status_reads_without_colour_and_other_urls_stay_visible(checked_sheet: Sheet) -> None:
    # Reported: marks differed only by colour in print, and a titled
    # evidence link that is not http(s) lost its URL.
    checked_sheet.claims[4].evidence[:] = []
    html = render(checked_sheet, "html").text
    assert "c1</a>&nbsp;✓</sup>" in html
    assert "c2</a>&nbsp;✗</sup>" in html
    text = "".join(_read(checked_sheet).text)
    assert "piège (javascript:alert(1))" in text
