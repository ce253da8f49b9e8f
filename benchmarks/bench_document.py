"""One-claim and many-claim changes of an open document at 10,000 claims,
the window's repaint included, as ratios against a baseline run in the same
process (one row's ``dataChanged``, what Qt itself costs for a one-row change).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_document.py
[--copies N]``. The article is the sample repeated ``N`` times (420 copies:
about 10,000 claims, 1.3 MB). Prints a table, then the same figures as JSON
on the last line. Each case ends with the event loop run once, so the
highlights' deferred repaint is counted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QApplication

from claims.article import read_article
from claims.extract import extract_sheet
from claims.model import Article, Status
from claims.resources import sample_article


def measure(app: QApplication, fn: Callable[[int], object], repeat: int) -> float:
    """The median time of ``fn(i)`` and the event loop after it, in ms."""
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        fn(i)
        app.processEvents()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=420)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp())
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_STATE_HOME"] = str(folder / "state")
    app = QApplication([])
    from gui.document import SheetDocument
    from gui.mainwindow import MainWindow

    sample = read_article(sample_article())
    text = "\n".join([sample.text] * args.copies)
    sheet = extract_sheet(Article(language=sample.language, text=text))
    document = SheetDocument(sheet, folder / "big.claims.yaml", saved=False, checker="bench")
    window = MainWindow(document)
    window.show()
    app.processEvents()
    ids = [c.id for c in sheet.claims]
    step = len(ids) // (args.repeat * 4)
    model, table, workflow = document.model, window.table, window.workflow

    def rows(first: int, count: int) -> None:
        last = table.proxy.index(first + count - 1, 0)
        table.selectionModel().select(
            QItemSelection(table.proxy.index(first, 0), last),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def mark_one(i: int) -> None:
        table.select_claim(ids[i * step])
        workflow.mark(Status.VERIFIED)

    def mark_fifty(i: int) -> None:
        rows(i * 60, 50)
        workflow.mark(Status.FALSE)

    cases: dict[str, Callable[[int], object]] = {
        "baseline: one row's dataChanged": lambda i: model.dataChanged.emit(
            model.index(i, 0), model.index(i, 9)
        ),
        "edit a note (document.edit)": lambda i: document.edit(
            ids[i * step + 1], {"note": f"n{i}"}, "note"
        ),
        "select a row": lambda i: table.select_claim(ids[i * step + 2]),
        "mark one claim": mark_one,
        "undo one mark": lambda _i: document.undo_stack.undo(),
        "mark 50 rows": mark_fifty,
        "save (dump, atomic write, base)": lambda _i: document.save(),
    }
    results = {name: measure(app, fn, args.repeat) for name, fn in cases.items()}
    baseline = results["baseline: one row's dataChanged"]
    width = max(map(len, results))
    print(f"{len(sheet.claims)} claims, {len(text) / 1e6:.1f} MB of text")  # noqa: T201
    print(f"{'case':<{width}}  {'median ms':>10}  {'x baseline':>10}")  # noqa: T201
    for name, ms in results.items():
        print(f"{name:<{width}}  {ms:>10.2f}  {ms / baseline:>10.0f}")  # noqa: T201
    document.undo_stack.setClean()
    window.close()
    print(  # noqa: T201
        json.dumps(
            {
                "claims": len(sheet.claims),
                "results_ms": {k: round(v, 3) for k, v in results.items()},
                "ratio_to_baseline": {k: round(v / baseline, 1) for k, v in results.items()},
            }
        )
    )


if __name__ == "__main__":
    main()
