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

from claims.model import Language

MAX_WORDS = 8
"""A superlative's quote stops after this many words past the superlative."""

_SUPERLATIVE = {
    Language.FR: (
        r"\b(?:l[ea]s?|l['’])\s?(?:plus|moins)\s[\w-]+|\b(?:l[ea])\s(?:premi[eè]re?|seule?|meilleure?|pire)\s(?=\w)"
        r"|\b(?:niveau|chiffre|montant|hausse|baisse)\s(?:record|historique)\b|\bsans\sprécédent\b"
        r"|\bjamais\s(?:vu|atteint|enregistré)e?s?\b|\bnuméro\s(?:un|1)\b"
    ),
    Language.EN: (
        r"\bthe\s(?:most|least)\s[\w-]+|\bthe\s(?:largest|biggest|highest|lowest|fastest|smallest|"
        r"greatest|best|worst|first|only|top|leading)\b|\b(?:second|third)-(?:largest|biggest)\b"
        r"|\brecord(?:-(?:high|low|breaking))?\s[\w-]+|\bunprecedented\b|\ball-time\s(?:high|low)\b"
    ),
}
_STOP = (
    r"[,;:.()«»“”\"]|\s(?:avec|et|mais|qui|que|dont|selon|with|and|but|which|who|that|according)\b"
)
_QUOTES = r"«\s?(?P<a>[^»]{20,600}?)\s?»|“(?P<b>[^”]{20,600}?)”|\"(?P<c>[^\"]{20,600}?)\""


@functools.cache
def _superlative(language: Language) -> re.Pattern[str]:
    return re.compile(_SUPERLATIVE[language], re.IGNORECASE)


def find_statements(sentence: str, language: Language) -> list[tuple[int, int]]:
    """``[start, end)`` spans (sentence offsets) of the statements in ``sentence``."""
    spans: list[tuple[int, int]] = []
    for match in _superlative(language).finditer(sentence):
        start, end = match.span()
        rest = sentence[end:]
        stop = re.search(_STOP, rest)
        tail = rest[: stop.start()] if stop else rest
        words = tail.split()
        if len(words) > MAX_WORDS:
            words = words[:MAX_WORDS]
        if words:
            end += tail.index(words[-1]) + len(words[-1])
        if not any(not (end <= s or start >= e) for s, e in spans):
            spans.append((start, end))
    for match in re.finditer(_QUOTES, sentence):
        group = next(g for g in ("a", "b", "c") if match.group(g) is not None)
        spans.append(match.span(group))
    return sorted(spans)
