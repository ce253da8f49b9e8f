"""Sentences and the match text the recognisers read.

*Match text*: a copy of the article text with the same length, so that every
offset found in it is an offset of the article text: typographic apostrophes
(U+2019, U+02BC) become ``'``, no-break and narrow no-break spaces (U+00A0,
U+202F) and thin spaces (U+2009) become a plain space, the minus sign U+2212
and dashes used as signs become ``-``.

Sentences are split with pysbd (rule-based "Golden Rules" sentence boundary
detection with French and English rules, pure Python and offline); each
paragraph (a line of the article) is split separately, so a headline or a
kicker without a final stop never runs into the next line.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claims.model import Language

_SAME_LENGTH = str.maketrans(
    {
        "\u2019": "'",
        "\u02bc": "'",
        "\u2018": "'",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
    }
)


def match_text(text: str) -> str:
    """``text`` with apostrophes, spaces and minus signs unified, same length."""
    return text.translate(_SAME_LENGTH)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article: ``[start, end)`` offsets and its paragraph index."""

    start: int
    end: int
    text: str
    paragraph: int


@functools.cache
def _segmenter(language: Language) -> object:
    import pysbd

    return pysbd.Segmenter(language=language.value, clean=False)


def split_sentences(text: str, language: Language) -> list[Sentence]:
    """The sentences of ``text`` in order, each with offsets into ``text``."""
    segmenter = _segmenter(language)
    sentences: list[Sentence] = []
    offset = 0
    for index, paragraph in enumerate(text.split("\n")):
        if paragraph.strip():
            cursor = 0
            for piece in segmenter.segment(paragraph):  # type: ignore[attr-defined]
                stripped = piece.strip()
                if not stripped:
                    continue
                found = paragraph.find(stripped, cursor)
                if found < 0:  # pysbd altered the text: fall back to the paragraph
                    found = cursor
                    stripped = paragraph[cursor:].strip()
                start = offset + found
                sentences.append(Sentence(start, start + len(stripped), stripped, index))
                cursor = found + len(stripped)
        offset += len(paragraph) + 1
    return sentences


def sentence_at(sentences: list[Sentence], position: int) -> Sentence | None:
    """The sentence containing ``position``, if any."""
    for sentence in sentences:
        if sentence.start <= position < sentence.end:
            return sentence
    return None


def is_boilerplate(sentence_text: str, pattern: str) -> bool:
    """Whether a paragraph is page furniture ("Lire aussi", "Photo via ...")."""
    return re.match(pattern, sentence_text.strip(), re.IGNORECASE) is not None
