"""CSV export, read back with Python's csv reader."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from claims.export import ExportOptions, export_sheet, render
from claims.model import Language, Sheet, Status
from tests.claims.conftest import INJECTION, SCRIPT_NOTE


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_reads_back(checked_sheet: Sheet, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    export_sheet(checked_sheet, "csv", path)
    rows = _rows(path.read_bytes())
    assert len(rows) == len(checked_sheet.claims)
    assert rows[0]["ID"] == "c1"
    assert rows[0]["Statut"] == "Vérifié"
    assert rows[0]["Source"] == "Bloomberg"
    assert rows[0]["Preuves"].splitlines() == [
        "https://example.org/rapport (Rapport « annuel » 2024)",
        "https://example.org/communique",
    ]
    assert rows[0]["Vérifié par"] == "Camille"
    assert rows[0]["Vérifié le"] == "2026-11-20T10:30:00+00:00"
    assert rows[1]["Note de vérification"] == "'" + INJECTION  # neutralised
    assert rows[2]["Note de vérification"] == SCRIPT_NOTE  # newline kept inside the field
    money = next(r for r in rows if r["Affirmation"] == "32,58 milliards de dollars")
    assert money["Valeur"] == "32,58\u00a0Md\u00a0$US"
    assert money["Unité"] == "USD"
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_csv_bom_for_excel(checked_sheet: Sheet) -> None:
    data = render(checked_sheet, "csv", ExportOptions(csv_bom=True)).data
    assert data.startswith(b"\xef\xbb\xbf")
    assert _rows(data)[0]["ID"] == "c1"


def test_csv_english_labels_and_status_filter(checked_sheet: Sheet) -> None:
    options = ExportOptions(
        language=Language.EN, statuses=frozenset({Status.VERIFIED, Status.FALSE})
    )
    rows = _rows(render(checked_sheet, "csv", options).data)
    assert [(r["ID"], r["Status"]) for r in rows] == [("c1", "Verified"), ("c2", "False")]
    assert "Verdict note" in rows[0]


def test_every_formula_trigger_is_neutralised(checked_sheet: Sheet) -> None:
    triggers = ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\n=1+2", " =1", "\0x"]
    for index, trigger in enumerate(triggers):
        checked_sheet.claims[index].note = trigger
    rows = _rows(render(checked_sheet, "csv").data)
    assert [rows[i]["Note de vérification"] for i in range(len(triggers))] == [
        "'" + t for t in triggers
    ]


def test_semicolons_for_excel_in_french(checked_sheet: Sheet) -> None:
    data = render(checked_sheet, "csv", ExportOptions(csv_delimiter=";", csv_bom=True)).data
    text = data.decode("utf-8-sig")
    assert text.startswith("ID;Affirmation;Valeur;")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    money = next(r for r in rows if r["Affirmation"] == "32,58 milliards de dollars")
    assert money["Valeur"] == "32,58\u00a0Md\u00a0$US"  # the decimal comma needs no quotes
