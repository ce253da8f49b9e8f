"""Gold files: anchoring by quote, clear errors naming the file and entry."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from claims.evaluate import head_noun, score_article, source_agrees, unit_agrees
from claims.extract import extract_claims
from claims.gold import GoldError, gold_paths, load_gold
from claims.model import Kind, Language

ARTICLE = "Le groupe a levé 40 000 euros. Le groupe a levé 40 000 euros en 2024, selon Reuters.\n"


def write(tmp_path: Path, gold: str, article: str = ARTICLE) -> Path:
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    path = tmp_path / "a.gold.yaml"
    path.write_text(gold, encoding="utf-8")
    return path


def test_nth_occurrence_anchors_the_second_quote(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'language: fr\nfigures:\n  - {quote: "40 000 euros", nth: 2, kind: money, value: "40000", unit: EUR}\n',
    )
    gold = load_gold(path)
    entry = gold.figures[0]
    first = ARTICLE.index("40 000 euros")
    assert ARTICLE.index("40 000 euros", first + 1) == entry.start
    assert entry.figure is not None and entry.figure.value == Decimal(40000)


def test_score_counts_matches_misses_and_spurious(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "language: fr\nfigures:\n"
        '  - {quote: "40 000 euros", kind: money, value: "40000", unit: EUR}\n'
        '  - {quote: "40 000 euros", nth: 2, kind: money, value: "40000", unit: EUR, source: Reuters}\n'
        '  - {quote: "levé", kind: count, value: "7", unit: levées}\n',
    )
    gold = load_gold(path)
    score = score_article(gold, extract_claims(gold.article))
    assert (score.gold, score.matched) == (3, 2)
    assert score.found == 3  # both amounts and the year
    assert score.spurious == ["'en 2024' date 2024"]
    assert score.source == 1.0


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        (
            "language: fr\nfigures:\n  - {quote: absent, kind: count, value: '1'}\n",
            "figures[0]: quote 'absent'",
        ),
        ("language: fr\nfigures:\n  - {quote: levé, kind: countt, value: '1'}\n", "figures.0.kind"),
        ("language: xx\n", "language"),
        ("language: fr\nfigures: [\n", "cannot read the gold file"),
        ("language: fr\nfigures:\n  - {quote: levé, kind: count, value: 'x1'}\n", "not a number"),
    ],
)
def test_bad_gold_names_file_and_entry(tmp_path: Path, gold: str, message: str) -> None:
    path = write(tmp_path, gold)
    with pytest.raises(GoldError) as info:
        load_gold(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_article_is_named(tmp_path: Path) -> None:
    path = tmp_path / "b.gold.yaml"
    path.write_text("language: fr\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"b\.txt"):
        load_gold(path)


def test_folder_without_gold_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match=r"no \*\.gold\.yaml"):
        gold_paths([tmp_path])


@pytest.mark.parametrize(
    ("unit", "language", "head"),
    [
        ("centres de données", Language.FR, "centre"),
        ("data centers", Language.EN, "center"),
        ("permanent jobs", Language.EN, "job"),
        ("bureaux", Language.FR, "bureau"),
    ],
)
def test_head_noun(unit: str, language: Language, head: str) -> None:
    assert head_noun(unit, language) == head


def test_units_and_sources_compare_as_documented() -> None:
    assert unit_agrees(Kind.COUNT, "jobs", "permanent jobs", Language.EN)
    assert not unit_agrees(Kind.MONEY, "EUR", "USD")
    assert source_agrees("Gartner", "le cabinet Gartner")
    assert not source_agrees("Jeanne Martin", "Reuters")
    assert source_agrees(None, None)
    assert not source_agrees("Insee", None)
