"""Bad and hostile input never crashes extraction, and every quote is its span."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.article import MAX_ARTICLE_BYTES, prepare_text, read_article
from claims.errors import ArticleError
from claims.extract import ExtractionCancelled, claim_from_span, extract_claims, extract_sheet
from claims.model import Article, Language

FRAGMENTS = [
    "40\u00a0000 euros",
    "1 298,50\u202f€",
    "$1.5mn",
    "\u22121,1 %",
    "entre 12 et 15 euros",
    "plus d'un tiers",
    "T4 2024",
    "18 sept. 2018",
    "selon Bloomberg",
    "a déclaré à Reuters Jeanne Martin,",
    "« citation assez longue pour compter »",
    "quatre-vingt-dix-neuf salariés",
    "x3,4",
    "(1)",
    "NYSE:BABA",
    "2012\u201313",
    "Revenue ($m) 4,612.3 4,128.9 +11.7%",
    "\u0301",
    "e\u0301",
    "\U0001f4c8",
    "中文 ١٢٣ ۴۵",
    "\n",
    ". ",
    " ",
]


@given(
    st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)),
        max_size=30,
    ),
    st.sampled_from(list(Language)),
)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_quote_is_its_span_on_random_text(pieces: list[str], language: Language) -> None:
    text = prepare_text(" ".join(pieces))
    if not text.strip():
        return
    article = Article(language=language, text=text)
    sheet = extract_sheet(article)  # the Sheet validator checks every anchor too
    for claim in sheet.claims:
        assert text[claim.span[0] : claim.span[1]] == claim.quote


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "Rien à signaler dans ce texte sans le moindre chiffre.",
        "\U0001f4c8\U0001f4c9 " * 200,
        "中文新闻：收入增长了百分之七。 مرحبا ١٢٣ Привет 42",
        "1" * 5000,
        "0,0,0,0,0,0 ........ %%%% €€€ $$$ -- ++ ((((",
        "e\u0301" * 1000,
    ],
    ids=[
        "empty",
        "blank",
        "no-figures",
        "emoji",
        "mixed-scripts",
        "digits",
        "symbols",
        "combining",
    ],
)
def test_odd_text_gives_a_result(text: str, language: Language) -> None:
    article = Article(language=language, text=prepare_text(text))
    for claim in extract_claims(article):
        assert article.text[claim.span[0] : claim.span[1]] == claim.quote


def test_binary_junk_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(ArticleError, match=r"junk\.txt.*does not open this kind of file"):
        read_article(path)


def test_oversized_article_is_refused_before_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(ArticleError, match=r"huge\.txt.*larger than an article"):
        read_article(path)


def test_long_article_extracts_every_copy() -> None:
    paragraph = "Le groupe a levé 40 000 euros en 2024, selon Bloomberg.\n"
    article = Article(language=Language.FR, text=prepare_text(paragraph * 2000))
    claims = extract_claims(article)
    assert len(claims) == 4000
    assert {c.source for c in claims} == {"Bloomberg"}


def test_progress_reaches_the_end_and_can_cancel() -> None:
    text = prepare_text("Le groupe a levé 40 000 euros en 2024.\n" * 50)
    article = Article(language=Language.FR, text=text)
    seen: list[tuple[int, int]] = []
    claims = extract_claims(article, lambda done, total: seen.append((done, total)) or True)
    assert len(claims) == 100
    assert seen[-1] == (len(text), len(text))
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)

    with pytest.raises(ExtractionCancelled):
        extract_claims(article, lambda done, total: done < total // 2)


@pytest.mark.parametrize(
    "figure",
    ["0," + "0" * 120 + " euro", "0," + "0" * 120 + "1 euro"],  # 122 characters; 10^-121
    ids=["long-zero", "tiny"],
)
def test_a_figure_a_sheet_cannot_hold_stays_a_claim_without_a_value(figure: str) -> None:
    # A sheet holds numbers of 10^±30 and 100 characters written out at most:
    # such a figure once stopped the extraction (a ValidationError).
    article = Article(language=Language.FR, text=f"Le groupe a versé {figure} en 2024.")
    [claim, *_] = extract_claims(article)
    assert claim.quote.startswith("0,000") and claim.value is None
    start = article.text.index(figure)
    added = claim_from_span(article, start, start + len(figure), "c9")  # "Add claim"
    assert added.kind is claim.kind and added.value is None
