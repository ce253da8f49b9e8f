"""Check-worthy statements that are not figures: superlatives, records, quotes.

"le plus grand fournisseur de services cloud chinois", "the largest
provider", "un niveau record", and text between quotation marks (« », “ ”,
"") long enough to be a quoted claim. Each becomes a claim of kind
``statement`` with no value; its span runs from the superlative to the end of
the noun phrase (stopping at punctuation or at most ``MAX_WORDS`` words).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from claims.model import Language

MAX_WORDS = 8
"""A superlative's quote stops after this many words past the superlative."""

_SUPERLATIVE = {
    Language.FR: (
        r"\b(?:l[ea]s?|l['’])\s?(?:plus|moins)\s[\w-]+|\b(?:l[ea])\s(?:premi[eè]re?|seule?|meilleure?|pire)\s(?=\w)"
        r"|\bnuméro\s(?:un|1)\b"
    ),
    Language.EN: (
        r"\bthe\s(?:most|least)\s[\w-]+|\bthe\s(?:largest|biggest|highest|lowest|fastest|smallest|"
        r"greatest|best|worst|first|only|top|leading)\b|\b(?:second|third)-(?:largest|biggest)\b"
    ),
}
"""Superlatives that take the noun phrase after them."""

_RECORD = {
    Language.FR: (
        r"\b(?:niveau|chiffre|montant|hausse|baisse|sommet|plus\shaut)\s(?:record|historique)s?\b"
        r"|\bun\srecord\b|\bsans\sprécédent\b|\bjamais\s(?:vu|atteint|enregistré)e?s?\b"
    ),
    Language.EN: (
        r"\b(?:a\s)?record(?:[\s-](?:high|low|level|levels|profit|profits|sales|revenue|year|breaking))?\b"
        r"|\bunprecedented\b|\ball-time\s(?:high|low)\b"
    ),
}
"""Records: complete phrases, taken as they are."""

_COMPARISON = {
    Language.FR: r"\b(?:plus|moins|davantage)\s(?:que|qu['’])\s?",
    Language.EN: r"\b(?:more|less|fewer|higher|lower|bigger|smaller|faster|slower|larger)\sthan\s",
}
"""Comparisons without digits ("plus que l'an dernier"); one followed by a
figure ("more than 300") is that figure's qualifier, not a statement."""

COMPARISON_WORDS = 5
"""A comparison's quote stops after this many words past "than"/"que"."""

_STOP = (
    r"[,;:.()«»“”\"]|\s(?:avec|et|mais|qui|que|dont|selon|with|and|but|which|who|that|according)\b"
)
_QUOTES = r"«\s?(?P<a>[^»]{20,600}?)\s?»|“(?P<b>[^”]{20,600}?)”|\"(?P<c>[^\"]{20,600}?)\""


@functools.cache
def _pattern(table: str, language: Language) -> re.Pattern[str]:
    source = {"superlative": _SUPERLATIVE, "record": _RECORD, "comparison": _COMPARISON}[table]
    return re.compile(source[language], re.IGNORECASE)


def _tail(sentence: str, end: int, words: int) -> int:
    """The end of the noun phrase from ``end``: up to punctuation, a clause
    word or ``words`` words."""
    rest = sentence[end:]
    stop = re.search(_STOP, rest)
    tail = rest[: stop.start()] if stop else rest
    parts = list(re.finditer(r"\S+", tail))[:words]
    return end + parts[-1].end() if parts else end


def find_statements(
    sentence: str, language: Language, figures: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """``[start, end)`` spans (sentence offsets) of the statements in ``sentence``.

    ``figures`` are the spans of the sentence's figures: a comparison that
    runs into one ("plus de 300") is not a statement.
    """
    spans: list[tuple[int, int]] = []

    def add(start: int, end: int) -> None:
        if end > start and not any(not (end <= s or start >= e) for s, e in spans):
            spans.append((start, end))

    for match in _pattern("record", language).finditer(sentence):
        add(*match.span())
    for match in _pattern("superlative", language).finditer(sentence):
        add(match.start(), _tail(sentence, match.end(), MAX_WORDS))
    for match in _pattern("comparison", language).finditer(sentence):
        end = _tail(sentence, match.end(), COMPARISON_WORDS)
        if end == match.end() or sentence[match.end()].isdigit():
            continue
        if any(s < end and match.start() < e for s, e in figures):
            continue
        add(match.start(), end)
    for match in re.finditer(_QUOTES, sentence):
        group = next(g for g in ("a", "b", "c") if match.group(g) is not None)
        add(*match.span(group))
    return sorted(spans)
