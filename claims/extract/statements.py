"""Check-worthy statements that are not figures: superlatives, records, quotes.

"le plus grand fournisseur de services cloud chinois", "the largest
provider", "un niveau record", and text between quotation marks (« », “ ”,
"") long enough to be a quoted claim. Each becomes a claim of kind
``statement`` with no value; its span runs from the superlative to the end of
the noun phrase (stopping at punctuation or at most ``MAX_WORDS`` words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.extract.lexicon import Lexicon, any_of, joiners

MAX_WORDS = 8
"""A superlative's quote stops after this many words past the superlative."""

COMPARISON_WORDS = 5
"""A comparison's quote stops after this many words past "than"/"que"."""

_QUOTES = re.compile(
    r"«\s?(?P<a>[^»]{20,600}?)\s?»|“(?P<b>[^”]{20,600}?)”|\"(?P<c>[^\"]{20,600}?)\""
)


@dataclass(frozen=True)
class _Patterns:
    record: re.Pattern[str]
    superlative: re.Pattern[str]
    comparison: re.Pattern[str]
    stop: re.Pattern[str]


def _patterns(lex: Lexicon) -> _Patterns:
    """The statement patterns of ``lex``, from its ``[statements]`` words:
    records are complete phrases, taken as they are; superlatives take the
    noun phrase after them; a comparison followed by a figure ("more than
    300") is that figure's qualifier, not a statement."""
    w = lex.words.statements
    nouns = f"(?:{any_of(w.record_nouns)})\\s" if w.record_nouns else ""
    article = f"(?:(?:{any_of(w.record_articles)})\\s)?" if w.record_articles else ""
    complement = f"(?:[\\s-](?:{any_of(w.record_complements)}))?" if w.record_complements else ""
    flags = re.IGNORECASE
    return _Patterns(
        record=re.compile(
            rf"\b{article}{nouns}(?:{any_of(w.record_words)}){complement}\b|\b(?:{any_of(w.records)})\b",
            flags,
        ),
        superlative=re.compile(
            rf"\b(?:{joiners(w.superlative_articles)})(?:{any_of(w.superlative_adverbs)})\s[\w-]+"
            rf"|\b(?:{any_of(w.superlatives)})\b",
            flags,
        ),
        comparison=re.compile(rf"\b(?:{any_of(w.comparatives)})\s(?:{joiners(w.than)})\s?", flags),
        stop=re.compile(rf"[,;:.()«»“”\"]|\s(?:{any_of(w.phrase_ends)})\b", flags),
    )


def _tail(sentence: str, end: int, words: int, stops: re.Pattern[str]) -> int:
    """The end of the noun phrase from ``end``: up to punctuation, a clause
    word or ``words`` words."""
    rest = sentence[end:]
    stop = stops.search(rest)
    tail = rest[: stop.start()] if stop else rest
    parts = list(re.finditer(r"\S+", tail))[:words]
    return end + parts[-1].end() if parts else end


def find_statements(
    sentence: str, lex: Lexicon, figures: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """``[start, end)`` spans (sentence offsets) of the statements in ``sentence``.

    ``figures`` are the spans of the sentence's figures: a comparison that
    runs into one ("plus de 300") is not a statement.
    """
    spans: list[tuple[int, int]] = []

    def add(start: int, end: int) -> None:
        if end > start and not any(not (end <= s or start >= e) for s, e in spans):
            spans.append((start, end))

    p = lex.compiled(_patterns)
    for match in p.record.finditer(sentence):
        add(*match.span())
    for match in p.superlative.finditer(sentence):
        add(match.start(), _tail(sentence, match.end(), MAX_WORDS, p.stop))
    for match in p.comparison.finditer(sentence):
        end = _tail(sentence, match.end(), COMPARISON_WORDS, p.stop)
        if end == match.end() or sentence[match.end()].isdigit():
            continue
        if any(s < end and match.start() < e for s, e in figures):
            continue
        add(match.start(), end)
    for match in _QUOTES.finditer(sentence):
        group = next(g for g in ("a", "b", "c") if match.group(g) is not None)
        add(*match.span(group))
    return sorted(spans)
