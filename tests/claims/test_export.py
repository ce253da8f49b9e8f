"""CSV and Markdown exports, read back with real readers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from claims.article import read_article
from claims.export import export_sheet, render
from claims.extract import extract_sheet
from claims.model import Language, Sheet, Status


@pytest.fixture
def sheet(sample_path: Path) -> Sheet:
    sheet = extract_sheet(read_article(sample_path))
    sheet.claims[0].status = Status.VERIFIED
    sheet.claims[1].note = '=HYPERLINK("http://x","y")'
    sheet.claims[2].note = "ligne 1\nligne 2, avec « guillemets »"
    return sheet


def test_csv_reads_back(sheet: Sheet, tmp_path: Path) -> None:
    path = export_sheet(sheet, "csv", tmp_path / "out.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(sheet.claims)
    assert rows[0]["ID"] == "c1"
    assert rows[0]["Statut"] == "Vérifié"
    assert rows[1]["Note de vérification"].startswith("'=HYPERLINK")
    assert rows[2]["Note de vérification"] == "ligne 1\nligne 2, avec « guillemets »"
    money = next(r for r in rows if r["Affirmation"] == "32,58 milliards de dollars")
    assert money["Valeur"] == "32,58\u00a0Md\u00a0$US"
    assert money["Unité"] == "USD"


def test_csv_english_labels(sheet: Sheet) -> None:
    rows = list(csv.DictReader(io.StringIO(render(sheet, "csv", Language.EN), newline="")))
    assert rows[0]["Status"] == "Verified"


def test_markdown_table(sheet: Sheet) -> None:
    text = render(sheet, "md")
    lines = text.splitlines()
    assert lines[0].startswith("# Fiche de vérification")
    assert any("1 Vérifié" in line for line in lines)
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == len(sheet.claims) + 2
    assert all(line.count(" | ") >= 10 for line in table[2:])
    assert "ligne 1<br>ligne 2" in text
