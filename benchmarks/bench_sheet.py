"""Loading and dumping a large checked sheet, and the cut points of the sample.

Run: ``.venv/bin/python benchmarks/bench_sheet.py [--copies N] [--repeat N]``.
The article is the sample repeated ``N`` times (420 copies: about 10,000
claims, 8 MB of YAML), every third claim checked (status, note, evidence,
history). Prints the median times of ``loads_sheet`` (and its ratio to the
baseline, PyYAML's C safe loader alone on the same text, in the same
process) and ``dump_sheet``,
then how many cut points of the checked sample sheet (every line boundary,
every character of the last three lines, every 97th character) were
refused as cut short, and the same figures as JSON on the last line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time
from collections.abc import Callable

import yaml

from claims.article import read_article
from claims.errors import SheetFormatError
from claims.extract import extract_sheet
from claims.model import Article, Evidence, HistoryEntry, Sheet, Status
from claims.resources import sample_article
from claims.sheet import dump_sheet, loads_sheet

AT = dt.datetime(2026, 11, 29, 10, 30, tzinfo=dt.UTC)


def checked(sheet: Sheet) -> Sheet:
    """``sheet`` with every third claim checked, noted, sourced and logged."""
    for i, claim in enumerate(sheet.claims[::3]):
        claim.status = Status.VERIFIED
        claim.checked_by = "Camille"
        claim.checked_at = AT
        claim.note = f"Confirmé par le rapport annuel ({i})."
        claim.evidence = [Evidence(url=f"https://example.org/{i}", title="Rapport")]
        claim.history = [
            HistoryEntry(at=AT, by="Camille", field="status", old="unchecked", new="verified")
        ]
    return sheet


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 1)


def cut_points_refused(text: str) -> tuple[int, int]:
    """(cut points tried, cut points refused as cut short) of ``text``."""
    starts = [i + 1 for i, char in enumerate(text) if char == "\n"][:-1]
    last_three = len(text.rstrip("\n").rsplit("\n", 3)[0])
    points = sorted(
        {*starts, *range(last_three, len(text) - 1), *range(text.index("\n"), len(text), 97)}
    )
    refused = 0
    for point in points:
        try:
            loads_sheet(text[:point])
        except SheetFormatError as exc:
            refused += "ends early" in exc.message
    return len(points), refused


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=420)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sample = read_article(sample_article())
    text = "\n".join([sample.text] * args.copies)
    big = checked(extract_sheet(Article(language=sample.language, text=text)))
    yaml_text = dump_sheet(big)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    baseline = median_ms(lambda: yaml.load(yaml_text, Loader=loader), args.repeat)
    load = median_ms(lambda: loads_sheet(yaml_text), args.repeat)
    results = {
        "claims": len(big.claims),
        "yaml_bytes": len(yaml_text.encode("utf-8")),
        "baseline_yaml_parse_ms": baseline,
        "load_ms": load,
        "load_x_baseline": round(load / baseline, 2),
        "dump_ms": median_ms(lambda: dump_sheet(big), args.repeat),
    }
    tried, refused = cut_points_refused(dump_sheet(checked(extract_sheet(sample))))
    results |= {"sample_cut_points": tried, "refused_as_cut_short": refused}
    for name, value in results.items():
        print(f"{name:<22} {value}")  # noqa: T201
    print(json.dumps(results))  # noqa: T201


if __name__ == "__main__":
    main()
