"""Numbers that are no figures, set aside before any rule reads them.

Two rules block what they match (no figure, and no later rule reads it):

* ``links and tickers``: "NASDAQ:MSFT", web addresses, e-mail addresses;
* ``not a figure``: named shapes (:func:`_shapes`): times of day ("10h30",
  "8:30 a.m."), phone numbers, reference numbers ("n° 2023-1250", "No.
  001-38245", "D.24-0123"), match scores ("s'est imposé 3-1", "a 2-1 win"),
  ages ("âgé de 52 ans", "aged 52", "52-year-old"), street addresses ("12
  rue de Rivoli", "221 Baker Street"), the column headers of a flattened
  table ("2024 2023 Variation"), model and product names ("PS5", "A320neo",
  "Covid-19", "iPhone 15").

A shape that overlaps a period ("2T23", "Q3/2020" look like model names) is
left to the period rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.extract.figures.dates import PERIOD_RULE
from claims.extract.figures.engine import Gate, PatternRule, Scanner
from claims.extract.lexicon import Lexicon, any_of


def _ci(words: Sequence[str]) -> str:
    """Words matched in any case inside a case-sensitive pattern."""
    return f"(?i:{any_of(words)})"


def _after_any(words: Sequence[str]) -> str:
    """A look-behind for any of ``words`` and a space (one per word: each has
    a fixed width)."""
    return "(?:" + "|".join(rf"(?<={_ci([w])}\s)" for w in words) + ")"


def _shapes(lex: Lexicon) -> dict[str, str]:
    """The named shapes of numbers that are no figures, in one language, in
    the order they are tried at one position."""
    x = lex.words.exclusions
    shapes: dict[str, str] = {}
    if x.hour_marks:
        h = _ci(x.hour_marks)
        shapes["hour"] = rf"\b\d{{1,2}}\s?{h}\s?\d{{2}}\b|\b\d{{1,2}}\s?{h}\b"
    shapes["clock"] = r"\b\d{1,2}\s?:\s?\d{2}\b"
    if x.clock_suffixes:
        shapes["clock suffix"] = rf"\b\d{{1,2}}(?:[:.]\d{{2}})?\s?{_ci(x.clock_suffixes)}(?!\w)"
    shapes["phone"] = (
        r"\+\d{1,3}(?:[ .]\d{1,4}){3,5}\b|\b\d{2}(?:[ .]\d{2}){4}\b|\(\d{3}\)\s?\d{3}-\d{4}\b"
    )
    if x.reference_marks:
        shapes["marked reference"] = rf"\b{_ci(x.reference_marks)}\s?[\w./-]*\d[\w./-]*"
    shapes["reference"] = r"\b[A-Z]{1,6}[.-]?\d{1,4}(?:[-.]\d{2,6})+\b|\b\d{3,}-\d{3,}\b"
    shapes["score"] = rf"\b\d{{1,2}}\s?[-–]\s?\d{{1,2}}\b(?=\s{_ci(x.score_words)})"
    if x.score_verbs:
        shapes["score after verb"] = rf"{_after_any(x.score_verbs)}\d{{1,2}}\s?[-–]\s?\d{{1,2}}\b"
    if x.age_openers:
        unit = rf"\s?{_ci(x.age_units)}\b" if x.age_units else r"\b"
        shapes["age"] = rf"{_after_any(x.age_openers)}\d{{1,3}}{unit}"
    if x.age_suffixes:
        shapes["age suffix"] = rf"\b\d{{1,3}}(?:{'|'.join(map(re.escape, x.age_suffixes))})\b"
    if x.street_words:
        suffix = rf"(?:\s?{_ci(x.street_number_suffixes)})?" if x.street_number_suffixes else ""
        shapes["street"] = rf"\b\d{{1,5}}{suffix},?\s{_ci(x.street_words)}\b"
    if x.street_types:
        shapes["street type"] = rf"\b\d{{1,5}}\s(?:[A-Z]\w+\s){{1,3}}{_ci(x.street_types)}\b"
    shapes["table header"] = r"\b(?:19|20)\d\d(?:\s+(?:19|20)\d\d)+\b(?!\s?(?:%|€|\$))"
    shapes["product"] = (
        r"\b[A-Z]+-?\d+\b(?!\s?(?:19|20)\d\d)|\b[A-Z][a-z]+-\d+\b|\b\d+[A-Za-z]+\d+\w*\b"
    )
    return shapes


def _not_a_figure(lex: Lexicon) -> Sequence[re.Pattern[str]]:
    shapes = _shapes(lex)
    marks = "".join(
        re.escape(ch)
        for w in lex.words.exclusions.reference_marks
        for ch in {w[0].lower(), w[0].upper()}
    )
    # The look-ahead is a cheap filter: every shape starts with one of these.
    return (re.compile(rf"(?=[\dA-Z+({marks}])(?:" + "|".join(shapes.values()) + ")"),)


def _links(lex: Lexicon) -> Sequence[re.Pattern[str]]:
    return (
        re.compile(
            r"\b[A-Z][A-Za-z]{1,9}\s?:\s?[A-Z0-9.]{1,10}\b|https?://\S+|www\.\S+|"
            r"[\w.+-]+@[\w-]+\.\w+"
        ),
    )


def _gate_links(lex: Lexicon) -> Gate:
    return Gate((":", "@", "www"))


def _gate_digit(lex: Lexicon) -> Gate:
    return Gate(regex=re.compile(r"\d"))


def _block(scanner: Scanner, match: re.Match[str]) -> None:
    start, end = match.span()
    periods = scanner.matches(PERIOD_RULE)
    if not any(p.start() < end and start < p.end() for p in periods):
        scanner.block(scanner.start + start, scanner.start + end)


RULES = (
    PatternRule("links and tickers", _links, _block, _gate_links, exclusive=False),
    PatternRule("not a figure", _not_a_figure, _block, _gate_digit, exclusive=False),
)
"""The rules of this module, run first."""
