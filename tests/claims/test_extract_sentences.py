"""Sentence splitting: syntok per paragraph, with ClaimDesk's repairs."""

from __future__ import annotations

from pathlib import Path

import pytest
from syntok import segmenter

from claims.extract.text import sentence_at, split_sentences
from claims.model import Language

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = [
    *sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt")),
    ROOT / "data" / "alibaba-cloud-expansion.fr.txt",
]


def test_paragraph_without_a_stop_is_one_sentence() -> None:
    """Headlines, datelines, table rows: syntok is not asked (it would cut the
    dateline "SEOUL/LONDON (Wire) – ..." at its dash)."""
    checked = 0
    for path in ARTICLES:
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            core = paragraph.strip().rstrip('.!?…»”")]')
            if not paragraph.strip() or any(c in core for c in ".!?…;"):
                continue
            assert [s.text for s in split_sentences(paragraph, Language.FR)] == [paragraph.strip()]
            checked += 1
    assert checked >= 20


def test_paragraph_with_stops_is_split_by_syntok() -> None:
    paragraph = "Wall Street edges higher; Brightwell Foods slides. Utilities were weakest."
    expected = [
        paragraph[t[0].offset : t[-1].offset + len(t[-1].value)]
        for block in segmenter.analyze(paragraph)
        for t in block
    ]
    assert [s.text for s in split_sentences(paragraph, Language.EN)] == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "La loi a été votée le 18 sept. 2018 au Sénat. Puis elle a été promulguée.",
            ["La loi a été votée le 18 sept. 2018 au Sénat.", "Puis elle a été promulguée."],
        ),
        (
            "Il a dit « c'est faux. » Puis il est parti.",
            ["Il a dit « c'est faux. »", "Puis il est parti."],
        ),
        (
            "L'action a reculé dans un CAC 40 en repli (-0,78 %). Les investisseurs doutent.",
            ["L'action a reculé dans un CAC 40 en repli (-0,78 %). Les investisseurs doutent."],
        ),
        ("Revenue ($m) 4,612.3 4,128.9 +11.7%", ["Revenue ($m) 4,612.3 4,128.9 +11.7%"]),
        ("Titre sans point\nDeuxième ligne.", ["Titre sans point", "Deuxième ligne."]),
    ],
    ids=["abbreviated-month", "closing-quote", "bracket", "table-row", "lines"],
)
def test_repairs(text: str, sentences: list[str]) -> None:
    found = split_sentences(text, Language.FR)
    assert [s.text for s in found] == sentences
    for sentence in found:
        assert text[sentence.start : sentence.end] == sentence.text


def test_sentence_at_finds_the_sentence_holding_a_position() -> None:
    text = "Premier point.  Second point ici.\nTroisième ligne"
    sentences = split_sentences(text, Language.FR)
    assert [s.text for s in sentences] == ["Premier point.", "Second point ici.", "Troisième ligne"]
    for sentence in sentences:
        for position in range(sentence.start, sentence.end):
            assert sentence_at(sentences, position) == sentence
    assert sentence_at(sentences, text.index("  ") + 1) is None  # between two sentences
    assert sentence_at(sentences, len(text)) is None
    assert sentence_at([], 0) is None
