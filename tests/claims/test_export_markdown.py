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
    assert "- URL: <https://example.org/articles/alibaba-cloud>" in lines
    assert "- Publié le: 2024-10-16" in lines
    assert any("1 Vérifié" in line and "1 Faux" in line for line in lines)
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == len(checked_sheet.claims) + 2
    assert all(line.count(" | ") >= 10 for line in table[2:])
    assert "ligne 2, avec « guillemets »" in text
    assert "</script><br>ligne 2" in text  # one line per claim


def test_markdown_escapes_pipes(checked_sheet: Sheet) -> None:
    checked_sheet.claims[0].note = "a | b"
    text = render(checked_sheet, "md", ExportOptions(statuses=frozenset({Status.VERIFIED}))).text
    row = next(line for line in text.splitlines() if line.startswith("| c1 "))
    assert "a \\| b" in row
    assert row.count(" | ") == 10
