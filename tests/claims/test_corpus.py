"""The extraction targets of issue 3, measured on the gold corpus.

The corpus (``tests/data/corpus``: 8 French and 8 English articles written
for ClaimDesk, with hand gold) is scored by the same code as
``claimdesk eval``; the sample article has its own gold beside it in ``data/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.article import detect_language
from claims.evaluate import CorpusScore, score_corpus
from claims.gold import GoldArticle, gold_paths, load_gold
from claims.model import Language

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "corpus"


@pytest.fixture(scope="module")
def golds() -> list[GoldArticle]:
    return [load_gold(path) for path in gold_paths([CORPUS])]


@pytest.fixture(scope="module")
def result(golds: list[GoldArticle]) -> CorpusScore:
    return score_corpus(golds)


def test_corpus_is_what_the_issue_asks_for(golds: list[GoldArticle]) -> None:
    languages = [g.article.language for g in golds]
    assert languages.count(Language.FR) >= 8
    assert languages.count(Language.EN) >= 8
    for gold in golds:
        assert len(gold.article.text.split()) >= 250, gold.name
        assert gold.figures, gold.name


def test_language_is_detected_on_every_article(golds: list[GoldArticle]) -> None:
    for gold in golds:
        assert detect_language(gold.article.text) is gold.article.language, gold.name


def test_recall(result: CorpusScore) -> None:
    assert result.total.recall >= 0.97, [a.missed for a in result.articles if a.missed]


def test_precision(result: CorpusScore) -> None:
    assert result.total.precision >= 0.93, [a.spurious for a in result.articles if a.spurious]


def test_every_found_value_is_exact(result: CorpusScore) -> None:
    assert result.total.value_exact == 1.0, [
        a.wrong_value for a in result.articles if a.wrong_value
    ]


def test_unit_and_qualifier(result: CorpusScore) -> None:
    assert result.total.unit >= 0.95
    assert result.total.qualifier >= 0.95


def test_source(result: CorpusScore) -> None:
    assert result.total.source >= 0.9


def test_no_negative_is_taken_for_a_figure(result: CorpusScore) -> None:
    assert result.total.negatives_hit == 0


def test_sample_article_recall_is_complete() -> None:
    sample = score_corpus([load_gold(ROOT / "data" / "alibaba-cloud-expansion.fr.gold.yaml")])
    assert sample.total.recall == 1.0, sample.articles[0].missed
    assert sample.total.precision == 1.0, sample.articles[0].spurious
