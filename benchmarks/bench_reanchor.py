"""Carrying a sheet over to its edited article at 10,000 claims and at 5 MB,
as ratios against a baseline run in the same process: extracting the edited
text afresh (what opening it cost before, when the checked work was lost).

Run: ``.venv/bin/python benchmarks/bench_reanchor.py [--copies N]``. The
article is the sample repeated ``N`` times (420 copies: about 10,000 claims,
1.5 MB), each line numbered so that no two lines are the same (as in a real
text; a text of repeated lines is the diff's worst case). Three edits: a
figure rewritten near the start, a paragraph inserted in the middle, a
sentence deleted near the end. Prints a table, then the figures as JSON on
the last line. ``--mb 5`` adds the diff alone on a text of that size.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

from claims.article import read_article
from claims.extract import extract_sheet
from claims.model import Article, Sheet
from claims.reanchor import TextMap, reanchor
from claims.resources import sample_article


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def numbered(text: str, copies: int) -> str:
    lines = text.split("\n")
    out = []
    for copy in range(copies):
        out.extend(f"{line} ({copy}.{n})" if line else line for n, line in enumerate(lines))
    return "\n".join(out)


def edited(text: str) -> str:
    start = text.index("29 centres")
    text = text[:start] + "31" + text[start + 2 :]
    middle = text.index("\n", len(text) // 2) + 1
    text = text[:middle] + "Le groupe a embauché 1 200 ingénieurs en 2024.\n" + text[middle:]
    end = text.rindex(". ", 0, len(text) - 200) + 2
    cut = text.index(". ", end) + 2
    return text[:end] + text[cut:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=420)
    parser.add_argument("--mb", type=float, default=5.0)
    args = parser.parse_args()
    sample = read_article(sample_article())
    article = Article(language=sample.language, text=numbered(sample.text, args.copies))
    sheet = extract_sheet(article)
    new = article.model_copy(update={"text": edited(article.text)})
    rows: dict[str, float] = {}
    rows["baseline: extract the edited text"], fresh = timed(lambda: extract_sheet(new))
    rows["diff (TextMap)"], _ = timed(lambda: TextMap(article.text, new.text))
    rows["carry over, no extraction"], _ = timed(
        lambda: reanchor(sheet, new, lambda a: Sheet(article=a, claims=[]))
    )
    rows["carry over + extraction (opening)"], result = timed(
        lambda: reanchor(sheet, new, lambda _a: fresh)  # type: ignore[arg-type,return-value]
    )
    copies = max(1, int(args.mb * 1_000_000 / len(sample.text)))
    big = numbered(sample.text, copies)
    rows[f"diff alone, {len(big) / 1e6:.1f} MB"], _ = timed(lambda: TextMap(big, edited(big)))
    baseline = rows["baseline: extract the edited text"]
    summary = result.summary() if result is not None else ""  # type: ignore[attr-defined]
    print(f"{len(sheet.claims)} claims, {len(article.text) / 1e6:.2f} MB: {summary}")  # noqa: T201
    print(f"{'operation':42} {'ms':>10} {'ratio':>8}")  # noqa: T201
    for name, ms in rows.items():
        print(f"{name:42} {ms:10.1f} {ms / baseline:8.3f}")  # noqa: T201
    print(json.dumps({"claims": len(sheet.claims), "ms": rows, "baseline_ms": baseline}))  # noqa: T201


if __name__ == "__main__":
    main()
