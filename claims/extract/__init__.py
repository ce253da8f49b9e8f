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

Every word the steps read comes from the language's vocabulary, a data file
per language (``claims/extract/lang/fr.toml``, ``en.toml``) loaded once
(:func:`claims.extract.lexicon.lexicon`). ``vocabulary=`` takes another one:
``Lexicon.load(path)``, or the packaged one with a desk's words added,
``lexicon("fr").extended(path)``.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from claims.extract.analysis import ExtractionCancelled, Progress, analyse_text
from claims.extract.attribution import (
    Cue,
    find_cues,
    leads_sentence,
    main_cue,
    opening_cue,
    resolve_pronouns,
    source_for,
)
from claims.extract.figures import Figure, resolve_years, scan_sentence
from claims.extract.lexicon import Lexicon, lexicon
from claims.extract.text import Sentence, match_text, sentence_at, split_sentences
from claims.model import Article, Claim, Kind, Language, Sheet, check_magnitude

__all__ = [
    "ExtractionCancelled",
    "Lexicon",
    "anchor_values",
    "claim_from_span",
    "extract_claims",
    "extract_sheet",
    "lexicon",
    "recognise_span",
]

log = logging.getLogger(__name__)


def extract_claims(
    article: Article, progress: Progress | None = None, *, vocabulary: Lexicon | None = None
) -> list[Claim]:
    """The claims of ``article``, in text order, ids ``c1``..``cN``.

    ``progress(done, total)`` (code points) is called as the text is read;
    returning ``False`` stops with
    :class:`~claims.extract.analysis.ExtractionCancelled`. ``vocabulary``
    replaces the packaged vocabulary of the article's language; raises
    ``ValueError`` when it is another language's.
    """
    lex = _vocabulary(article.language, vocabulary)
    text = article.text
    claims: list[Claim] = []
    carried: Cue | None = None
    opening: Cue | None = None
    speaker: str | None = None  # the last named speaker, for "she said"
    year: str | None = None  # the last year mentioned, for "quatrième trimestre"
    paragraph = -1
    for item in analyse_text(text, lex, progress):
        sentence = item.sentence
        if sentence.paragraph != paragraph:
            paragraph, carried, opening = sentence.paragraph, None, None
            speaker = None  # a pronoun refers back within its paragraph only
            first = True
        else:
            first = False
        if item.furniture:
            continue
        cues, speaker = resolve_pronouns(list(item.cues), speaker, lex)
        figures, year = resolve_years(list(item.figures), year)
        found: list[tuple[int, int, Figure | None]] = [(f.start, f.end, f) for f in figures]
        for start, end in item.statements:
            found.append((sentence.start + start, sentence.start + end, None))
        found.sort(key=lambda entry: (entry[0], entry[1]))
        starts = tuple(entry[0] - sentence.start for entry in found)
        local = match_text(sentence.text)
        for start, end, figure in found:
            cue = source_for(
                start - sentence.start, end - sentence.start, cues, carried, local, starts, lex
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


def _vocabulary(language: Language, vocabulary: Lexicon | None) -> Lexicon:
    if vocabulary is None:
        return lexicon(language)
    if vocabulary.language is not language:
        raise ValueError(
            f"the {vocabulary.language.value} vocabulary {vocabulary.source} "
            f"cannot read a {language.value} article"
        )
    return vocabulary


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
        value=_storable(figure.value),
        value_max=_storable(figure.value_max),
        unit=figure.unit,
        qualifier=figure.qualifier,
        sentence=sentence,
        source=source,
        via=via,
    )


def _storable(value: Decimal | str | None) -> Decimal | str | None:
    """``value`` when a sheet can hold it (:func:`claims.model.check_magnitude`),
    else ``None``: a figure written with 120 decimal zeros, or beyond 10^±30,
    stays a claim, its quote there for the checker, without a value."""
    if isinstance(value, Decimal):
        try:
            check_magnitude("the value", value)
        except ValueError as exc:
            log.info("figure left without a value: %s", exc)
            return None
    return value


def extract_sheet(
    article: Article, progress: Progress | None = None, *, vocabulary: Lexicon | None = None
) -> Sheet:
    """A new claim sheet for ``article`` with every claim unchecked
    (``progress`` and ``vocabulary`` as for :func:`extract_claims`)."""
    return Sheet(article=article, claims=extract_claims(article, progress, vocabulary=vocabulary))


def recognise_span(
    text: str, start: int, end: int, language: Language, *, vocabulary: Lexicon | None = None
) -> Figure | None:
    """The figure that best covers ``text[start:end]`` (for "Add claim" on a
    selection), or ``None`` when the selection holds no figure."""
    lex = _vocabulary(language, vocabulary)
    matched = match_text(text)
    figures, _year = resolve_years(scan_sentence(matched, start, end, lex), None)
    if not figures:
        return None
    return max(figures, key=lambda f: f.end - f.start)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the spaces and punctuation at its edges."""
    start, end = max(0, start), min(len(text), end)
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:."):
        end -= 1
    return start, end


def anchor_values(article: Article, start: int, end: int) -> dict[str, object]:
    """The ``quote``, ``span`` and ``sentence`` of a claim anchored at ``[start,
    end)`` of the article text (edges trimmed of spaces and punctuation).

    Raises ``ValueError`` when the span is empty or outside the text.
    """
    sentences = split_sentences(article.text, article.language)
    return _anchor(article.text, sentences, start, end)


def _anchor(text: str, sentences: list[Sentence], start: int, end: int) -> dict[str, object]:
    start, end = _trimmed(text, start, end)
    if not 0 <= start < end <= len(text):
        raise ValueError(f"no text to anchor a claim at [{start}, {end})")
    sentence = sentence_at(sentences, start)
    return {
        "quote": text[start:end],
        "span": (start, end),
        "sentence": sentence.text if sentence is not None else text[start:end],
    }


def claim_from_span(
    article: Article,
    start: int,
    end: int,
    claim_id: str,
    *,
    vocabulary: Lexicon | None = None,
) -> Claim:
    """A new claim ``claim_id`` for ``[start, end)`` of the article ("Add claim"
    on a selection): a figure's kind, value, unit and qualifier when the
    recognisers find one in the selection, else a ``statement``; the source
    the sentence gives.

    Raises ``ValueError`` when the selection holds no text.
    """
    lex = _vocabulary(article.language, vocabulary)
    text = article.text
    sentences = split_sentences(text, article.language)
    anchor = _anchor(text, sentences, start, end)
    start, end = anchor["span"]  # type: ignore[misc]
    figure = recognise_span(text, start, end, article.language, vocabulary=lex)
    sentence = sentence_at(sentences, start)
    cue = None
    if sentence is not None:
        local = match_text(sentence.text)
        cues = find_cues(local, lex)
        cue = source_for(start - sentence.start, end - sentence.start, cues, None, local, (), lex)
    claim = _claim(claim_id, text, start, end, None, str(anchor["sentence"]), cue)
    if figure is None:
        return claim
    return claim.model_copy(
        update={
            "kind": figure.kind,
            "value": _storable(figure.value),
            "value_max": _storable(figure.value_max),
            "unit": figure.unit,
            "qualifier": figure.qualifier,
        }
    )
