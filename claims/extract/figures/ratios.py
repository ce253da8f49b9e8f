"""Fractions and multipliers written as words or shapes.

Rules (run in this order, after the dates):

* ``fraction``: "deux tiers du marché", "three quarters of", "la moitié":
  a ratio rounded to 4 places (:data:`~claims.extract.figures.model.FRACTION_PLACES`);
* ``one in n``: "près d'une entreprise sur deux", "one in five adults": 1/n;
* ``multiplier word``: "a doublé", "tripled", "fivefold": 2, 3, 5;
* ``hyphenated duration``: "a four-year deal", "the 10-year bond": 4 years;
* ``multiplier shape``: "x3", "×1,5", a stock split "two-for-one".

Each takes the qualifier before it ("près d'une sur deux" is approximate).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from claims.extract.figures.context import count_noun, left_of
from claims.extract.figures.engine import Gate, PatternRule, Scanner
from claims.extract.figures.model import FRACTION_PLACES, Figure, exact
from claims.extract.lexicon import Lexicon, alternation, any_of, fold, joiners
from claims.extract.numbers import parse_digits, parse_words
from claims.model import Kind

_FLAGS = re.IGNORECASE


def _number_words(lex: Lexicon) -> str:
    return alternation(lex.words.numbers.words)


def _fraction_patterns(lex: Lexicon) -> Sequence[re.Pattern[str]]:
    w = lex.words.fractions
    numerators = any_of((*lex.words.numbers.words, *lex.indefinite), accents=False)
    denominators = any_of(w.denominators, accents=False)
    rest = rf"(?:\s(?:{joiners(w.of, accents=False)})[^\W\d][\w'’-]*)?"
    return (
        re.compile(
            rf"(?<!\w)(?:(?P<num>{numerators}|\d+)[\s-](?P<den>{denominators})"
            rf"|(?P<half>{any_of(w.halves, accents=False)}))(?!\w)(?P<rest>{rest})",
            _FLAGS,
        ),
    )


def _fraction_gate(lex: Lexicon) -> Gate:
    w = lex.words.fractions
    return Gate(tuple(fold(word) for word in (*w.denominators, *w.halves)))


def _fraction(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    end = scanner.start + match.end()
    if match.group("half"):
        ratio = Decimal(1) / Decimal(2)
    else:
        den_word = fold(match.group("den"))
        if not match.group("rest") and _not_a_fraction(scanner, den_word, end):
            return None
        numerator = match.group("num")
        try:
            num = Decimal(numerator) if numerator.isdigit() else parse_words(numerator, scanner.lex)
        except ValueError:
            return None
        ratio = num / Decimal(scanner.lex.denominators[den_word])
    left = left_of(scanner, scanner.start + match.start())
    return Figure(
        left.start, end, Kind.FRACTION, ratio.quantize(FRACTION_PLACES), qualifier=left.qualifier
    )


def _not_a_fraction(scanner: Scanner, den_word: str, end: int) -> bool:
    """Without "of"/"de": "three quarters" is a duration (the denominator is a
    unit of time), "a third straight week" a rank (an ordinal before a noun)."""
    lex = scanner.lex
    if den_word in lex.time_units or den_word + "s" in lex.time_units:
        return True
    return den_word in lex.ordinals and count_noun(scanner, end) is not None


def _one_in_n_patterns(lex: Lexicon) -> Sequence[re.Pattern[str]]:
    w = lex.words.fractions
    return (
        re.compile(
            rf"(?<!\w)(?:{any_of(w.one)})(?:\s[^\W\d][\w'’-]*){{0,3}}\s(?:{any_of(w.out_of)})\s"
            rf"(?P<den>\d+|{_number_words(lex)})(?!\w)",
            _FLAGS,
        ),
    )


def _one_in_n_gate(lex: Lexicon) -> Gate:
    return Gate(tuple(f" {fold(word)} " for word in lex.words.fractions.out_of))


def _one_in_n(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    den = match.group("den")
    try:
        n = Decimal(den) if den.isdigit() else parse_words(den, scanner.lex)
    except ValueError:
        return None
    if n < 2:
        return None
    left = left_of(scanner, scanner.start + match.start())
    ratio = (Decimal(1) / n).quantize(FRACTION_PLACES)
    end = scanner.start + match.end()
    return Figure(left.start, end, Kind.FRACTION, ratio, qualifier=left.qualifier)


def _multiplier_word_patterns(lex: Lexicon) -> Sequence[re.Pattern[str]]:
    words = alternation(lex.words.multipliers.words)
    return (re.compile(rf"(?<!\w)(?P<w>{words})(?!\w)", _FLAGS),)


def _multiplier_gate(lex: Lexicon) -> Gate:
    w = lex.words.multipliers
    return Gate(
        (
            *(fold(word) for word in w.words),
            *{"-" + fold(s).strip("-").split("-")[0] + "-" for s in w.splits},
        ),
        re.compile(r"\d\s?[x×]|[x×]\s?\d"),
    )


def _verb_leads(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{any_of(lex.words.multipliers.verb_leads)})\s$", _FLAGS)


def _multiplier_word(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    start = scanner.start + match.start()
    word = match.group("w").lower()
    if word in scanner.lex.words.multipliers.adjectives:
        # English "double" is an adjective ("double-digit") unless a verb:
        # "to more than double", "will double".
        lead = scanner.lex.compiled(_verb_leads)
        if lead.search(scanner.text, scanner.window(start, 30), start) is None:
            return None
    left = left_of(scanner, start)
    value = scanner.lex.multiplier_words[word]
    end = scanner.start + match.end()
    return Figure(left.start, end, Kind.MULTIPLIER, value, qualifier=left.qualifier)


def _hyphen_patterns(lex: Lexicon) -> Sequence[re.Pattern[str]]:
    units = lex.words.durations.hyphenated
    if not units:
        return ()
    return (
        re.compile(
            rf"(?<![\w-])(?P<n>\d+|{_number_words(lex)})-(?P<unit>{any_of(units)})(?![\w-])",
            _FLAGS,
        ),
    )


def _hyphen_gate(lex: Lexicon) -> Gate:
    return Gate(tuple(f"-{fold(unit)}" for unit in lex.words.durations.hyphenated))


def _hyphen_duration(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    amount = _amount(scanner.lex, match.group("n"))
    unit = scanner.lex.hyphen_units.get(fold(match.group("unit")))
    if amount is None or unit is None or amount == 1:
        return None  # "their biggest one-day gain" describes
    start, end = scanner.start + match.start(), scanner.start + match.end()
    return Figure(start, end, Kind.DURATION, exact(amount), unit=unit)


def _amount(lex: Lexicon, number: str) -> Decimal | None:
    try:
        return parse_digits(number, lex) if number[0].isdigit() else parse_words(number, lex)
    except ValueError:
        return None


def _shape_patterns(lex: Lexicon) -> Sequence[re.Pattern[str]]:
    splits = alternation(lex.words.multipliers.splits)
    return (
        re.compile(
            rf"(?<![\w.,])[x×]\s?(?P<n>\d+(?:{re.escape(lex.decimal_mark)}\d+)?)(?!\w)"
            rf"|(?<!\w)(?P<split>\d+|{_number_words(lex)})(?:{splits})(?!\w)",
            _FLAGS,
        ),
    )


def _multiplier_shape(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    factor = _amount(scanner.lex, match.group("n") or match.group("split"))
    if factor is None:
        return None
    start, end = scanner.start + match.start(), scanner.start + match.end()
    return Figure(start, end, Kind.MULTIPLIER, exact(factor))


RULES = (
    PatternRule("fraction", _fraction_patterns, _fraction, _fraction_gate),
    PatternRule("one in n", _one_in_n_patterns, _one_in_n, _one_in_n_gate),
    PatternRule("multiplier word", _multiplier_word_patterns, _multiplier_word, _multiplier_gate),
    PatternRule("hyphenated duration", _hyphen_patterns, _hyphen_duration, _hyphen_gate),
    PatternRule("multiplier shape", _shape_patterns, _multiplier_shape, _multiplier_gate),
)
"""The rules of this module, in the order the engine runs them."""
