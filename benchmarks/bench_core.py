"""Time and memory on the sample article: extraction, sheet I/O, every export.

Run: ``.venv/bin/python benchmarks/bench_core.py [--repeat N]``. Prints a table,
then the same figures as JSON on the last line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from claims.article import read_article
from claims.export import render
from claims.export.examples import EXAMPLE_OPTIONS, EXAMPLE_SHEET
from claims.extract import extract_sheet
from claims.resources import data_dir, sample_article
from claims.sheet import dump_sheet, load_sheet, save_sheet


def measure(fn: Callable[[], object], repeat: int) -> dict[str, float]:
    fn()  # warm caches (compiled regexes, language model)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    fn()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "median_ms": round(statistics.median(times) * 1000, 3),
        "min_ms": round(min(times) * 1000, 3),
        "peak_kib": round(peak / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--no-qt", action="store_true", help="leave out the PDF export (Qt)")
    args = parser.parse_args()
    article = read_article(sample_article())
    sheet = extract_sheet(article)
    folder = Path(tempfile.mkdtemp())
    path = folder / "sample.claims.yaml"
    save_sheet(sheet, path)
    cases: dict[str, Callable[[], object]] = {
        "read article + detect language": lambda: read_article(sample_article()),
        "extract claims (sample)": lambda: extract_sheet(article),
        "dump sheet (YAML)": lambda: dump_sheet(sheet),
        "save sheet (atomic, fsync)": lambda: save_sheet(sheet, path),
        "load sheet": lambda: load_sheet(path),
    }
    # Exports of the checked example sheet (verdicts, evidence, a desk).
    checked = load_sheet(data_dir() / "examples" / EXAMPLE_SHEET)
    for fmt in ("csv", "xlsx", "md", "html", "claimreview"):
        cases[f"export {fmt} (checked example)"] = lambda f=fmt: render(checked, f, EXAMPLE_OPTIONS)
    if not args.no_qt:
        from gui.pdf_export import render_pdf

        cases["export pdf (Qt, checked example)"] = lambda: render_pdf(checked, EXAMPLE_OPTIONS)
    results = {name: measure(fn, args.repeat) for name, fn in cases.items()}
    width = max(map(len, results))
    print(f"{'case':<{width}}  {'median ms':>10}  {'min ms':>8}  {'peak KiB':>9}")  # noqa: T201
    for name, r in results.items():
        print(f"{name:<{width}}  {r['median_ms']:>10}  {r['min_ms']:>8}  {r['peak_kib']:>9}")  # noqa: T201
    print(json.dumps({"claims": len(sheet.claims), "repeat": args.repeat, "results": results}))  # noqa: T201


if __name__ == "__main__":
    main()
