"""Attribution: who the article says made a claim ("selon Bloomberg").

A sentence holds *cues* (:mod:`claims.extract.cues`): "selon X", "d'après
X", "X a annoncé", "according to X", "X said", "said X", "a déclaré à
Reuters X", "she said", and estimate cues ("le consensus des analystes",
"analysts polled by Bloomberg expected"). A figure takes, in order of
preference:

1. an estimate cue right after it ("$33.08 billion consensus");
2. the speech cue before it in the sentence: the nearest, except that a
   generic subject ("the company expects", "le groupe prévoit") inside a
   named speaker's words ("Dana Whitfield said the company expects ...")
   leaves the figure to the speaker; an estimate cue right before the
   figure, with no other figure between, wins when it is nearer
   ("analysts expected 41 cents", "l'estimation des analystes, qui tablait
   sur 33,08 milliards");
3. the nearest speech cue after it in the same clause ("..., selon
   Bloomberg."), never across a dash or a semicolon (a dateline "Paris, le
   3 mars 2025 – X a annoncé" is not X's claim), and a speaker named before
   its verb only when it ends the sentence ("..., the ministry said.");
4. the main cue of the previous sentence of the same paragraph, so the figures
   that follow "Alibaba a annoncé que..." stay Alibaba's;
5. the cue the paragraph opens with ("Selon l'Insee, ..." governs the
   paragraph);
6. nobody (``None``): the article states it in its own voice.

Pronoun speakers ("she said", "a-t-il lancé", "Elle prévoit") are resolved
by :func:`resolve_pronouns` to the last named speaker of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claims.extract.cues import Cue, find_cues
from claims.extract.lexicon import Lexicon, any_of, fold

__all__ = [
    "Cue",
    "find_cues",
    "leads_sentence",
    "main_cue",
    "opening_cue",
    "resolve_pronouns",
    "source_for",
]


@dataclass(frozen=True)
class _Words:
    pronouns: frozenset[str]
    generic: frozenset[str]
    clause_end: re.Pattern[str]
    date_words: re.Pattern[str]


def _words(lex: Lexicon) -> _Words:
    a, d = lex.words.attribution, lex.words.dates
    ends = any_of(a.clause_ends, names=lex.names)
    suffixes = any_of((*d.day_suffixes, *(re.sub(r"^\d+", "", f) for f in d.first_day)))
    return _Words(
        pronouns=frozenset(fold(p) for p in a.pronouns),
        generic=frozenset(fold(g) for g in a.generic_sources),
        clause_end=re.compile(rf"\s*(?:{ends})?\s*(?:[,.;:!?»”\")]|$)", re.IGNORECASE),
        date_words=re.compile(
            rf"\b(?:(?:{lex.names['{month}']})\.?\s)?\d{{1,2}}(?:{suffixes})?"
            rf"(?:,?\s|\s(?:[a-zéû]+\.?\s))?\d{{4}}\b|\b\d{{4}}\b",
            re.IGNORECASE,
        ),
    )


def resolve_pronouns(
    cues: list[Cue], last_named: str | None, lex: Lexicon
) -> tuple[list[Cue], str | None]:
    """Replace pronoun speakers (the vocabulary's ``pronouns``) with
    ``last_named``, the last speaker named in the paragraph (dropping them
    when there is none); return the cues and the last named speaker after
    them (to pass to the next sentence)."""
    pronouns = lex.compiled(_words).pronouns
    resolved: list[Cue] = []
    for cue in cues:
        if fold(cue.source) in pronouns:
            if last_named is None:
                continue
            cue = replace(cue, source=last_named)
        elif cue.main:
            last_named = cue.source
        resolved.append(cue)
    return resolved, last_named


def _generic(cue: Cue, lex: Lexicon) -> bool:
    return fold(cue.source).replace("’", "'") in lex.compiled(_words).generic


def source_for(
    start: int,
    end: int,
    cues: list[Cue],
    carried: Cue | None,
    sentence: str,
    figure_starts: tuple[int, ...],
    lex: Lexicon,
) -> Cue | None:
    """The cue giving the source of a figure at ``[start, end)`` (sentence
    offsets of ``sentence``), or ``None``; see the module docstring.
    ``figure_starts`` are the starts of every claim of the sentence."""
    for cue in cues:
        if not cue.main and 0 <= cue.start - end <= 3:
            return cue  # "$33.08 billion consensus"
    inside = [c for c in cues if c.main and c.start <= start and end <= c.end]
    if inside:
        return inside[-1]  # "selon une étude de la Drees publiée le 3 mars 2025"
    before = [c for c in cues if c.main and c.end <= start]
    estimate = _adjacent_estimate(start, end, cues, before, sentence, figure_starts)
    if estimate is not None:
        return estimate
    if before:
        return _speaker_before(before, end, cues, sentence, lex)
    after = _after(end, cues, sentence, lex)
    return after[0] if after else carried


def _adjacent_estimate(
    start: int,
    end: int,
    cues: list[Cue],
    before: list[Cue],
    sentence: str,
    figure_starts: tuple[int, ...],
) -> Cue | None:
    """An estimate cue right before the figure, with no other figure between,
    nearer than any speech cue before it ("analysts expected 41 cents")."""
    adjacent = [
        c
        for c in cues
        if not c.main
        and c.end <= start
        and not any(c.end <= other < start for other in figure_starts)
    ]
    if not adjacent or (before and adjacent[-1].start <= before[-1].start):
        return None
    closing = [c for c in cues if c.main and not c.frames and c.start >= end]
    if closing and not sentence[closing[-1].end :].strip(" .;"):
        return closing[-1]  # "Analysts had expected $1.79bn, according to LSEG data."
    return adjacent[-1]  # "l'estimation des analystes, qui tablait sur 33,08 milliards"


def _speaker_before(
    before: list[Cue], end: int, cues: list[Cue], sentence: str, lex: Lexicon
) -> Cue:
    """The nearest speech cue before the figure, unless it is a generic
    subject inside a named speaker's words."""
    nearest = before[-1]
    if not _generic(nearest, lex):
        return nearest
    framing = [c for c in before if c.frames and not _generic(c, lex)]
    if framing:
        return framing[-1]
    named = [c for c in _after(end, cues, sentence, lex) if not _generic(c, lex)]
    if named:
        return named[0]  # "The company expects $12bn, CFO Dana Whitfield said."
    return nearest


def _after(end: int, cues: list[Cue], sentence: str, lex: Lexicon) -> list[Cue]:
    """Speech cues after a figure that govern it: in its clause (no dash or
    semicolon between), and a speaker named before its verb only when the
    cue ends its clause ("..., the Labor Department said Friday, while ...",
    "..., the CFO said on a call with analysts.") rather than opening a new
    one with figures of its own ("..., Columbus has pledged a $1.5mn fund";
    a date of the speech does not count: "said on Sept. 12, 2025")."""
    return [
        c
        for c in cues
        if c.main
        and c.start >= end
        and not re.search(r"\s[–—]\s|;", sentence[end : c.start])
        and (not c.frames or _ends_clause(c, sentence, lex))
    ]


_CLAUSE_STOP = re.compile(r"[;!?]|[,.](?!\d)(?=\s|$)")


def _ends_clause(cue: Cue, sentence: str, lex: Lexicon) -> bool:
    words = lex.compiled(_words)
    if words.clause_end.match(sentence, cue.end) is not None:
        return True
    stop = _CLAUSE_STOP.search(sentence, cue.end)
    clause_end = stop.start() if stop else len(sentence)
    tail = words.date_words.sub("", sentence[cue.end : clause_end])  # "said on Sept. 12, 2025"
    return not any(ch.isdigit() for ch in tail)


def main_cue(cues: list[Cue], sentence: str = "") -> Cue | None:
    """The speech cue a sentence passes on to the next sentences of its
    paragraph. A speaker named right after a direct quote ("« ... », a
    déclaré X") spoke the quote only, and passes nothing on."""
    for cue in cues:
        if cue.main and not re.search(r"[»”\"]\s?,?\s?$", sentence[: cue.start]):
            return cue
    return None


def opening_cue(cues: list[Cue], sentence: str = "") -> Cue | None:
    """The cue that governs a paragraph: one a sentence opens with ("D'après
    l'Insee, ...")."""
    for cue in cues:
        if cue.main and leads_sentence([cue], sentence):
            return cue
    return None


def leads_sentence(cues: list[Cue], sentence: str = "") -> bool:
    """Whether the sentence opens with a speech cue ("Selon l'Insee, ...",
    "The department's Bureau of Labor Statistics said ...")."""
    for cue in cues:
        if not cue.main:
            continue
        prefix = sentence[: cue.start]
        if cue.start <= 2 or (
            cue.frames and len(prefix.split()) <= 3 and not re.search(r"[,;:]", prefix)
        ):
            return True
    return False
