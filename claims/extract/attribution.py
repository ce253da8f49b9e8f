"""Attribution: who the article says made a claim ("selon Bloomberg").

A sentence holds *cues*: "selon X", "d'après X", "X a annoncé", "according to
X", "X said", "said X", "l'estimation de consensus des analystes". A figure
takes, in order of preference:

1. a cue right after it that names an estimate ("$33.08 billion consensus");
2. the nearest cue before it in the sentence;
3. the nearest cue after it in the sentence ("..., selon Bloomberg.");
4. the main cue of the previous sentence of the same paragraph, so the figures
   that follow "Alibaba a annoncé que..." stay Alibaba's;
5. the cue the paragraph opens with ("Selon l'Insee, ..." governs the
   paragraph);
6. nobody (``None``): the article states it in its own voice.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claims.model import Language

_NP = r"[^\W\d_][\w'’.&-]*(?:\s(?:de\s|du\s|des\s|of\s|the\s|la\s|le\s|les\s|l')?[\w'’.&-]+){0,5}?"
_OUTLET = r"[A-Z][\w'’.&-]*(?:\s[A-Z][\w'’.&-]*)*?"
_CAP = r"(?:[A-Z][\w'’.&-]*)(?:\s(?:[A-Z][\w'’.&-]*|de|du|of|&))*(?<!\sde)(?<!\sdu)(?<!\sof)"

_TRAILING = {
    Language.FR: r"\s(?:ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
    r"aujourd'hui|jeudi|dans|en|qui|que|lors|le|la|les|à|au|sur|pour)\b.*$",
    Language.EN: r"\s(?:on|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|in|who|that|which|at|to|for|from)\b.*$",
}

_SPEECH = {
    Language.FR: r"annoncé|déclaré|indiqué|affirmé|précisé|rapporté|publié|révélé|communiqué|"
    r"souligné|expliqué|assuré|estimé|fait savoir|confirmé|partagé|rappelé",
    Language.EN: r"said|says|announced|reported|estimated|told|stated|noted|forecast|projected|"
    r"predicted|expects?|expected|disclosed|revealed|confirmed|wrote|claimed|added",
}
_PRESENT_FR = (
    r"annonce|déclare|indique|affirme|précise|rapporte|estime|explique|assure|souligne|révèle"
)


@dataclass(frozen=True)
class Cue:
    """An attribution cue at ``[start, end)`` of the sentence naming ``source``.

    ``main`` is false for a cue naming an estimate or forecast ("consensus
    des analystes"), true for a speech cue that may carry over to the next
    sentences of the paragraph. ``via`` names the outlet that relayed the
    words when the text says so ("a déclaré à Reuters Jeanne Martin": source
    Jeanne Martin, via Reuters).
    """

    start: int
    end: int
    source: str
    main: bool = True
    via: str | None = None


@functools.cache
def _cue_patterns(language: Language) -> list[tuple[re.Pattern[str], bool]]:
    flags = re.UNICODE
    speech = _SPEECH[language]
    if language is Language.FR:
        patterns = [
            (
                rf"(?:a|ont)\s(?:{speech})\s(?:à|au|aux)\s(?P<via>{_OUTLET})\s"
                rf"(?:(?:le|la|les|l['’])\s?[^,.;]{{1,80}},\s)?(?P<src>{_CAP})",
                True,
            ),
            (
                rf"(?:a|ont)\s(?:{speech})\s(?:le|la|les|l['’])\s?[^,.;]{{1,80}},\s(?P<src>{_CAP})",
                True,
            ),
            (
                rf"\b[Ss]elon\s(?!laquelle|lequel|lesquel|moi\b|nous\b|vous\b|eux\b|elles?\b|lui\b)"
                rf"(?:ce\squ['’](?:a|ont|avait|avaient)\s(?:{speech})\s)?(?P<src>{_NP})(?=[,.;:)]|$)",
                True,
            ),
            (rf"\b[Dd]['’]après\s(?P<src>{_NP})(?=[,.;:)]|$)", True),
            (rf"(?P<src>{_CAP})\s(?:a|ont|avait|avaient)\s(?:{speech})\b", True),
            (rf"(?P<src>{_CAP})\s(?:{_PRESENT_FR})\b", True),
            (rf"(?:a|ont)\s(?:{speech})\s(?P<src>{_CAP})", True),
            (
                rf"(?:a|ont)\s(?:{speech})\s(?P<src>(?:le|la|les|l['’])\s?[^\W\d_][\w'’-]*"
                rf"(?:\s(?:de\s|d['’]|du\s|des\s)?[\w'’-]+){{0,3}}?)(?=[,.;:)]|\s(?:dans|lors|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|en)\b|$)",
                True,
            ),
            (
                r"(?:l['’])?(?:estimation|prévision)s?\s(?:de\s|du\s|des\s)?(?P<src>consensus\s(?:des|d['’])\s?analystes(?:\s[\w-]+)?)",
                False,
            ),
            (
                r"\b(?P<src>consensus\s(?:des|d['’])\s?analystes|(?:les\s)?analystes(?:\sinterrogés\spar\s[A-Z]\w+)?)\b(?=[^.]*?\b(?:tablai\w*|attend\w*|prévo\w*|estim\w*|anticip\w*))",
                False,
            ),
        ]
    else:
        patterns = [
            (
                rf"(?P<src>{_CAP})(?:,\s[^,.;]{{1,80}},)?\s(?:told|said\sin\san\sinterview\swith)\s(?P<via>{_CAP})",
                True,
            ),
            (rf"\b[Aa]ccording\sto\s(?P<src>{_NP})(?=[,.;:)]|$)", True),
            (
                rf"(?<!\bby\s)(?P<src>{_CAP}|[Aa]nalysts|[Oo]fficials|[Tt]he\s(?:[a-z]+\s)?[a-z]+)\s(?:has\s|had\s|have\s)?(?:{speech})\b",
                True,
            ),
            (rf"(?:{speech}),?\s(?P<src>{_CAP})", True),
            (
                r"\b(?P<src>(?:the\s)?(?:analysts['’]?\s)?consensus(?:\sestimate)?(?:\s(?:of|among)\s(?:analysts|[A-Z]\w+))?)\b",
                False,
            ),
            (
                r"\b(?P<src>[Aa]nalysts(?:\s(?:polled|surveyed|questioned|interviewed)\sby\s[A-Z]\w+)?)\b(?=[^.]*?\b(?:expect\w*|forecast\w*|estimat\w*|predict\w*|had\sexpected))",
                False,
            ),
        ]
    return [(re.compile(p, flags), main) for p, main in patterns]


def find_cues(sentence: str, language: Language) -> list[Cue]:
    """The attribution cues of ``sentence`` (a match text), in order."""
    cues: list[Cue] = []
    for pattern, main in _cue_patterns(language):
        for match in pattern.finditer(sentence):
            source = _clean(match.group("src"), language)
            if not source:
                continue
            start, end = match.span()
            if any(not (end <= c.start or start >= c.end) for c in cues):
                continue
            via = match.groupdict().get("via")
            cues.append(Cue(start, end, source, main, _clean(via, language) if via else None))
    return sorted(cues, key=lambda c: c.start)


def _clean(source: str, language: Language) -> str:
    source = re.sub(_TRAILING[language], "", source.strip(), flags=re.IGNORECASE)
    return source.strip(" ,.;:'’")


def source_for(start: int, end: int, cues: list[Cue], carried: Cue | None) -> Cue | None:
    """The cue giving the source of a figure at ``[start, end)`` (sentence
    offsets), or ``None``; see the module docstring."""
    for cue in cues:
        if not cue.main and 0 <= cue.start - end <= 3:
            return cue
    before = [c for c in cues if c.end <= start]
    if before:
        return before[-1]
    after = [c for c in cues if c.start >= end]
    if after:
        return after[0]
    return carried


def main_cue(cues: list[Cue]) -> Cue | None:
    """The speech cue a sentence passes on to the next sentences of its paragraph."""
    for cue in cues:
        if cue.main:
            return cue
    return None


def opening_cue(cues: list[Cue]) -> Cue | None:
    """The cue a sentence opens with ("Selon l'Insee, ..."), which governs its
    whole paragraph."""
    for cue in cues:
        if cue.main and cue.start <= 2:
            return cue
    return None
