"""The per-sentence half of extraction, which needs no context.

:func:`analyse_text` splits a text into sentences and reads each on its own:
page furniture, figures (years still as templates, see
:func:`claims.extract.figures.resolve_years`), attribution cues and
statements. Nothing in it depends on another sentence; :mod:`claims.extract`
then walks the sentences in order for what does depend on context (years,
speakers carried over, pronouns).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from claims.extract.attribution import Cue, find_cues
from claims.extract.figures import Figure, scan_sentence
from claims.extract.lexicon import Lexicon, any_of
from claims.extract.statements import find_statements
from claims.extract.text import Sentence, is_boilerplate, match_text, split_sentences
from claims.model import Language


@dataclass(frozen=True)
class SentenceAnalysis:
    """What one sentence holds, read without context.

    ``figures`` carry offsets into the text analysed; ``cues`` and
    ``statements`` offsets into the sentence. ``furniture`` marks page
    furniture, which holds no claim.
    """

    sentence: Sentence
    furniture: bool
    figures: tuple[Figure, ...] = ()
    cues: tuple[Cue, ...] = ()
    statements: tuple[tuple[int, int], ...] = ()


class ExtractionCancelled(Exception):
    """The ``progress`` callback of an extraction asked it to stop."""


Progress = Callable[[int, int], bool]
"""``progress(done, total)`` in code points of the text; returns ``False`` to cancel."""


def analyse_text(
    text: str, lex: Lexicon, progress: Progress | None = None
) -> list[SentenceAnalysis]:
    """Every sentence of ``text`` (an article's prepared text), analysed with
    the vocabulary ``lex``.

    ``progress`` is called after each paragraph (and at the end); when it
    returns ``False`` the analysis stops with :class:`ExtractionCancelled`.
    """
    matched = match_text(text)
    furniture = lex.compiled(_furniture)
    analyses: list[SentenceAnalysis] = []
    for sentence in _sentences(text, lex.language, progress):
        if is_boilerplate(sentence.text, furniture):
            analyses.append(SentenceAnalysis(sentence, furniture=True))
            continue
        local = matched[sentence.start : sentence.end]
        figures = scan_sentence(matched, sentence.start, sentence.end, lex)
        spans = [(f.start - sentence.start, f.end - sentence.start) for f in figures]
        analyses.append(
            SentenceAnalysis(
                sentence,
                furniture=False,
                figures=tuple(figures),
                cues=tuple(find_cues(local, lex)),
                statements=tuple(find_statements(local, lex, spans)),
            )
        )
    return analyses


def _furniture(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"^(?:{any_of(lex.words.furniture.openers)})(?!\w)", re.IGNORECASE)


def _sentences(text: str, language: Language, progress: Progress | None) -> Iterator[Sentence]:
    """The sentences of ``text``, paragraph by paragraph, reporting progress."""
    offset = 0
    total = len(text)
    for index, paragraph in enumerate(text.split("\n")):
        for sentence in split_sentences(paragraph, language):
            yield Sentence(sentence.start + offset, sentence.end + offset, sentence.text, index)
        offset += len(paragraph) + 1
        if progress is not None and not progress(min(offset, total), total):
            raise ExtractionCancelled(f"extraction cancelled at {offset} of {total} code points")
