"""The audit trail: every tracked change appends {at, by, field, old, new}."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from claims.editing import edited, status_change, with_history
from claims.model import Article, Claim, Kind, Language, Sheet, Status
from claims.sheet import dump_sheet, load_sheet, loads_sheet, save_sheet

TEXT = "Le groupe a levé 40 000 euros."
NOW = dt.datetime(2026, 11, 29, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def sheet() -> Sheet:
    claim = Claim(
        id="c1",
        quote="40 000 euros",
        span=(17, 29),
        kind=Kind.MONEY,
        value=Decimal(40000),
        unit="EUR",
    )
    return Sheet(article=Article(language=Language.FR, text=TEXT), claims=[claim])


def test_each_tracked_change_is_one_entry() -> None:
    claim = sheet().claims[0]
    values = {
        **status_change(claim, Status.FALSE, "Camille", NOW),
        "note": "Le communiqué dit 45 000.",
    }
    claim = edited(claim, with_history(claim, values, "Camille", NOW))
    trail = [(h.field, h.old, h.new, h.by, h.at) for h in claim.history]
    assert trail == [
        ("status", "unchecked", "false", "Camille", NOW),
        ("note", "", "Le communiqué dit 45 000.", "Camille", NOW),
    ]


def test_unchanged_fields_and_untracked_fields_add_nothing() -> None:
    claim = sheet().claims[0]
    assert with_history(claim, {"unit": "EUR"}, "Camille", NOW) == {"unit": "EUR"}
    assert "history" not in with_history(claim, {"checked_by": "Camille"}, "Camille", NOW)


def test_value_changes_keep_exact_decimals(tmp_path: Path) -> None:
    doc = sheet()
    claim = doc.claims[0]
    doc.claims[0] = edited(
        claim, with_history(claim, {"value": Decimal("45000.50")}, "Camille", NOW)
    )
    path = tmp_path / "a.claims.yaml"
    save_sheet(doc, path)
    text = path.read_text(encoding="utf-8")
    assert "field: value" in text and "old: 40000" in text and "new: 45000.50" in text
    assert "&id" not in text and "*id" not in text  # no anchors or aliases, ever
    entry = load_sheet(path).claims[0].history[0]
    assert (entry.old, entry.new) == (Decimal(40000), Decimal("45000.50"))
    assert dump_sheet(load_sheet(path)) == text


def test_sheet_without_history_still_loads() -> None:
    text = dump_sheet(sheet()).replace("  history: []\n", "")
    assert "history" not in text
    assert loads_sheet(text).claims[0].history == []
