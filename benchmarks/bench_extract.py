"""Extraction speed, scaling and a side-by-side with quantulum3 (issue 3).

Run: ``.venv/bin/python benchmarks/bench_extract.py [--mb 1.0] [--repeat 30]``
(``make bench`` installs the ``bench`` extra, quantulum3, first). Prints
tables, then every figure as JSON on the last line:

* **sample**: median time to extract the bundled sample after warm-up;
* **throughput**: MB/s of UTF-8 text over a ``--mb`` mix of the gold corpus
  (each language's articles joined and repeated, half French, half English);
* **scaling**: time per KiB at 1x, 10x and 100x the corpus of each language,
  which stays flat when cost grows linearly;
* **peer**: ClaimDesk and quantulum3 on the English half of the corpus, scored
  with the same matcher as ``claimdesk eval`` (span overlap and equal value),
  and the ratio of their times. quantulum3 reads English only, so it is not
  run on the French half.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
import warnings
from decimal import Decimal, InvalidOperation
from pathlib import Path

from claims.article import prepare_text, read_article
from claims.evaluate import ArticleScore, score_article
from claims.extract import extract_claims
from claims.gold import GoldArticle, gold_paths, load_gold
from claims.model import Article, Claim, Kind, Language
from claims.resources import sample_article

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus"


def show(line: str) -> None:
    """Benchmarks print their report (no logging: the table is the output)."""
    sys.stdout.write(line + "\n")


def timed(fn: object, *args: object) -> tuple[object, float]:
    start = time.perf_counter()
    result = fn(*args)  # type: ignore[operator]
    return result, time.perf_counter() - start


def sample_case(repeat: int) -> dict[str, float]:
    article = read_article(sample_article())
    extract_claims(article)
    times = [timed(extract_claims, article)[1] for _ in range(repeat)]
    return {"median_ms": round(statistics.median(times) * 1000, 2)}


def corpus_text(golds: list[GoldArticle], language: Language) -> str:
    return "\n".join(g.article.text for g in golds if g.article.language is language)


def throughput(golds: list[GoldArticle], megabytes: float) -> dict[str, float]:
    total_bytes = 0
    total_time = 0.0
    for language in Language:
        base = corpus_text(golds, language)
        copies = max(1, round(megabytes / 2 * 1e6 / len(base.encode())))
        article = Article(language=language, text=prepare_text("\n".join([base] * copies)))
        extract_claims(Article(language=language, text=base))  # warm-up
        _claims, seconds = timed(extract_claims, article)
        total_bytes += len(article.text.encode())
        total_time += seconds
    return {
        "megabytes": round(total_bytes / 1e6, 3),
        "seconds": round(total_time, 3),
        "mb_per_s": round(total_bytes / 1e6 / total_time, 3),
    }


def scaling(golds: list[GoldArticle]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for language in Language:
        base = corpus_text(golds, language)
        for factor in (1, 10, 100):
            article = Article(language=language, text=prepare_text("\n".join([base] * factor)))
            claims, seconds = timed(extract_claims, article)
            kib = len(article.text.encode()) / 1024
            rows.append(
                {
                    "language": language.value,
                    "factor": factor,
                    "kib": round(kib, 1),
                    "claims": len(claims),  # type: ignore[arg-type]
                    "seconds": round(seconds, 3),
                    "ms_per_kib": round(seconds * 1000 / kib, 3),
                }
            )
    return rows


def quantulum_claims(text: str) -> list[Claim]:
    """quantulum3's quantities of ``text`` as claims the scorer can match."""
    from quantulum3 import parser

    claims = []
    for index, quantity in enumerate(parser.parse(text)):
        start, end = quantity.span
        try:
            value = Decimal(repr(quantity.value)).normalize()
        except InvalidOperation:
            continue
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
        claims.append(
            Claim(
                id=f"q{index}",
                quote=text[start:end],
                span=(start, end),
                kind=Kind.COUNT,
                value=value,
                unit=quantity.unit.name,
            )
        )
    return claims


def peer(golds: list[GoldArticle]) -> dict[str, object]:
    english = [g for g in golds if g.article.language is Language.EN]
    ours = ArticleScore("claimdesk", "en")
    ours_time = 0.0
    for gold in english:
        claims, seconds = timed(extract_claims, gold.article)
        ours_time += seconds
        ours.add(score_article(gold, claims))  # type: ignore[arg-type]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return {
            "claimdesk": ours.as_dict() | {"seconds": round(ours_time, 3)},
            "quantulum3": "not installed (make bench)",
        }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("warm up 3 km")
        theirs = ArticleScore("quantulum3", "en")
        theirs_time = 0.0
        for gold in english:
            claims, seconds = timed(quantulum_claims, gold.article.text)
            theirs_time += seconds
            theirs.add(score_article(gold, claims))  # type: ignore[arg-type]
    return {
        "articles": len(english),
        "claimdesk": ours.as_dict() | {"seconds": round(ours_time, 3)},
        "quantulum3": theirs.as_dict() | {"seconds": round(theirs_time, 3)},
        "time_ratio": round(theirs_time / ours_time, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0, help="size of the throughput mix")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    golds = [load_gold(path) for path in gold_paths([CORPUS])]
    results: dict[str, object] = {
        "sample": sample_case(args.repeat),
        "throughput": throughput(golds, args.mb),
        "scaling": scaling(golds),
        "peer": peer(golds),
    }
    sample = results["sample"]
    flow = results["throughput"]
    show(f"sample article: {sample['median_ms']} ms median after warm-up")  # type: ignore[index]
    show(
        f"throughput: {flow['megabytes']} MB in {flow['seconds']} s = {flow['mb_per_s']} MB/s"  # type: ignore[index]
    )
    show(f"{'lang':<5}{'factor':>7}{'KiB':>10}{'claims':>8}{'seconds':>9}{'ms/KiB':>8}")
    for row in results["scaling"]:  # type: ignore[attr-defined]
        show(
            f"{row['language']:<5}{row['factor']:>7}{row['kib']:>10}{row['claims']:>8}"
            f"{row['seconds']:>9}{row['ms_per_kib']:>8}"
        )
    comparison = results["peer"]
    show(f"{'english half':<14}{'recall':>8}{'prec.':>8}{'seconds':>9}")
    for name in ("claimdesk", "quantulum3"):
        entry = comparison[name]  # type: ignore[index]
        if isinstance(entry, dict):
            show(f"{name:<14}{entry['recall']:>8}{entry['precision']:>8}{entry['seconds']:>9}")
        else:
            show(f"{name:<14} {entry}")
    show(json.dumps(results))


if __name__ == "__main__":
    main()
