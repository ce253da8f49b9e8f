"""Claim extraction: every check-worthy figure and statement of an article.

``extract_claims(article)`` returns the claims of ``article`` in text order
with ids ``c1``, ``c2``...; ``extract_sheet(article)`` wraps them in a
:class:`~claims.model.Sheet`. The pipeline:

1. :mod:`claims.extract.analysis` reads each sentence on its own: the text
   is split into paragraphs and sentences (:mod:`claims.extract.text`), page
   furniture ("Lire aussi", "Photo via") is set aside, and each sentence is
   scanned for figures (:mod:`claims.extract.figures`), attribution cues and
   statements (:mod:`claims.extract.statements`);
2. the sentences are then walked in order for what needs context: the year
   of "quatrième trimestre", pronoun speakers, reported speech carried over
   (:mod:`claims.extract.attribution`); each claim gets its sentence and its
   source.
"""

from __future__ import annotations

import logging

from claims.extract.analysis import analyse_text
from claims.extract.attribution import (
    Cue,
    leads_sentence,
    main_cue,
    opening_cue,
    resolve_pronouns,
    source_for,
)
from claims.extract.figures import Figure, SentenceScanner, resolve_years
from claims.extract.lexicon import lexicon
from claims.extract.text import match_text
from claims.model import Article, Claim, Kind, Language, Sheet

__all__ = ["extract_claims", "extract_sheet", "recognise_span"]

log = logging.getLogger(__name__)


def extract_claims(article: Article) -> list[Claim]:
    """The claims of ``article``, in text order, ids ``c1``..``cN``."""
    text = article.text
    claims: list[Claim] = []
    carried: Cue | None = None
    opening: Cue | None = None
    speaker: str | None = None  # the last named speaker, for "she said"
    year: str | None = None  # the last year mentioned, for "quatrième trimestre"
    paragraph = -1
    for item in analyse_text(text, article.language):
        sentence = item.sentence
        if sentence.paragraph != paragraph:
            paragraph, carried, opening = sentence.paragraph, None, None
            speaker = None  # a pronoun refers back within its paragraph only
            first = True
        else:
            first = False
        if item.furniture:
            continue
        cues, speaker = resolve_pronouns(list(item.cues), speaker)
        figures, year = resolve_years(list(item.figures), year)
        found: list[tuple[int, int, Figure | None]] = [(f.start, f.end, f) for f in figures]
        for start, end in item.statements:
            found.append((sentence.start + start, sentence.start + end, None))
        found.sort(key=lambda entry: (entry[0], entry[1]))
        starts = tuple(entry[0] - sentence.start for entry in found)
        local = match_text(sentence.text)
        for start, end, figure in found:
            cue = source_for(
                start - sentence.start, end - sentence.start, cues, carried, local, starts
            )
            claims.append(
                _claim(f"c{len(claims) + 1}", text, start, end, figure, sentence.text, cue)
            )
        # Reported speech runs on into the next sentence ("Alibaba a annoncé
        # que ... Malgré cela, ..."), no further; a sentence that opens with
        # its source ("D'après l'Insee, ...") governs the rest of the paragraph.
        if first or leads_sentence(cues, local):
            opening = opening_cue(cues, local)
        carried = main_cue(cues, local) or opening
    log.debug("extracted %d claims from %d code points", len(claims), len(text))
    return claims


def _claim(
    claim_id: str,
    text: str,
    start: int,
    end: int,
    figure: Figure | None,
    sentence: str,
    cue: Cue | None,
) -> Claim:
    source = cue.source if cue is not None else None
    via = cue.via if cue is not None else None
    if figure is None:
        return Claim(
            id=claim_id,
            quote=text[start:end],
            span=(start, end),
            kind=Kind.STATEMENT,
            sentence=sentence,
            source=source,
            via=via,
        )
    return Claim(
        id=claim_id,
        quote=text[start:end],
        span=(start, end),
        kind=figure.kind,
        value=figure.value,
        value_max=figure.value_max,
        unit=figure.unit,
        qualifier=figure.qualifier,
        sentence=sentence,
        source=source,
        via=via,
    )


def extract_sheet(article: Article) -> Sheet:
    """A new claim sheet for ``article`` with every claim unchecked."""
    return Sheet(article=article, claims=extract_claims(article))


def recognise_span(text: str, start: int, end: int, language: Language) -> Figure | None:
    """The figure that best covers ``text[start:end]`` (for "Add claim" on a
    selection), or ``None`` when the selection holds no figure."""
    lex = lexicon(language)
    matched = match_text(text)
    figures, _year = resolve_years(SentenceScanner(matched, start, end, lex).scan(), None)
    if not figures:
        return None
    return max(figures, key=lambda f: f.end - f.start)
