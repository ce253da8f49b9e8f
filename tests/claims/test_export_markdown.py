"""Markdown export: a header and one table line per claim."""

from __future__ import annotations

from claims.export import ExportOptions, render
from claims.model import Sheet, Status


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
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "&lt;Annexe B&gt;" in text
