"""CSV export, read back with Python's csv reader."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

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


INVISIBLE_LEADS = {
    "no-break space": "\u00a0",
    "narrow no-break space": "\u202f",
    "figure space": "\u2007",
    "ideographic space": "\u3000",
    "em space": "\u2003",
    "zero-width space": "\u200b",
    "byte order mark": "\ufeff",
    "word joiner": "\u2060",
    "soft hyphen": "\u00ad",
    "left-to-right mark": "\u200e",
    "right-to-left override": "\u202e",
    "line separator": "\u2028",
    "vertical tab": "\v",
    "form feed": "\f",
    "next line": "\u0085",
    "two of them": "\ufeff\u00a0",
}
"""Whitespace and invisible format characters a spreadsheet may skip."""

TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"]
"""Formula starts, ASCII and full-width (＝ ＋ － ＠)."""


@pytest.mark.parametrize("lead", ["", *INVISIBLE_LEADS.values()], ids=["none", *INVISIBLE_LEADS])
def test_formula_after_invisible_characters_is_neutralised(
    checked_sheet: Sheet, tmp_path: Path, lead: str
) -> None:
    # Reported: "\u00a0=1+1", "\u200b@SUM(A1)" and "＝1+1" were written as they are.
    notes = [f'{lead}{trigger}HYPERLINK("http://x")' for trigger in TRIGGERS]
    harmless = [f"{lead}x=1", f"{lead}\uff11+1"]  # a letter, a full-width digit
    for claim, note in zip(checked_sheet.claims, notes + harmless, strict=False):
        claim.note = note
    path = tmp_path / "out.csv"
    export_sheet(checked_sheet, "csv", path)
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    written = [row["Note de vérification"] for row in rows[: len(notes) + len(harmless)]]
    assert written == ["'" + note for note in notes] + harmless
