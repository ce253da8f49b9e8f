"""Claim extraction: every check-worthy figure and statement of an article.

``extract_claims(article)`` returns the claims of ``article`` in text order
with ids ``c1``, ``c2``...; ``extract_sheet(article)`` wraps them in a
:class:`~claims.model.Sheet`. The pipeline:

1. the article text is split into paragraphs and sentences
   (:mod:`claims.extract.text`); page furniture ("Lire aussi", "Photo via")
   is skipped;
2. each sentence is scanned for figures (:mod:`claims.extract.figures`) and
   statements (:mod:`claims.extract.statements`);
3. each claim gets its sentence and its source (:mod:`claims.extract.attribution`).
"""

from __future__ import annotations

import logging

from claims.extract.attribution import (
    Cue,
    find_cues,
    leads_sentence,
    main_cue,
    opening_cue,
    resolve_pronouns,
    source_for,
)
from claims.extract.figures import Figure, SentenceScanner, resolve_years
from claims.extract.lexicon import lexicon
from claims.extract.statements import find_statements
from claims.extract.text import is_boilerplate, match_text, split_sentences
from claims.model import Article, Claim, Kind, Language, Sheet

__all__ = ["extract_claims", "extract_sheet", "recognise_span"]

log = logging.getLogger(__name__)


def extract_claims(article: Article) -> list[Claim]:
    """The claims of ``article``, in text order, ids ``c1``..``cN``."""
    text = article.text
    lex = lexicon(article.language)
    matched = match_text(text)
    claims: list[Claim] = []
    carried: Cue | None = None
    opening: Cue | None = None
    speaker: str | None = None  # the last named speaker, for "she said"
    year: str | None = None  # the last year mentioned, for "quatrième trimestre"
    paragraph = -1
    for sentence in split_sentences(text, article.language):
        if sentence.paragraph != paragraph:
            paragraph, carried, opening = sentence.paragraph, None, None
            speaker = None  # a pronoun refers back within its paragraph only
            first = True
        else:
            first = False
        if is_boilerplate(sentence.text, lex.boilerplate):
            continue
        local = matched[sentence.start : sentence.end]
        cues, speaker = resolve_pronouns(find_cues(local, article.language), speaker)
        scanned = SentenceScanner(matched, sentence.start, sentence.end, lex).scan()
        figures, year = resolve_years(scanned, year)
        found: list[tuple[int, int, Figure | None]] = [(f.start, f.end, f) for f in figures]
        spans = [(f.start - sentence.start, f.end - sentence.start) for f in figures]
        for start, end in find_statements(local, article.language, spans):
            found.append((sentence.start + start, sentence.start + end, None))
        found.sort(key=lambda item: (item[0], item[1]))
        starts = tuple(item[0] - sentence.start for item in found)
        for start, end, figure in found:
            cue = source_for(
                start - sentence.start, end - sentence.start, cues, carried, local, starts
            )
            claims.append(
                _claim(f"c{len(claims) + 1}", text, start, end, figure, sentence.text, cue)
            )
        # Reported speech runs on into the next sentence ("Alibaba a annoncé
        # que ... Malgré cela, ..."), no further, unless the paragraph opened
        # with its source ("Selon l'Insee, ...").
        if first or leads_sentence(cues):
            opening = opening_cue(cues)
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
