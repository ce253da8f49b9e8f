"""Ranks: "son troisième centre", "its fourth regional hub", "classé 3e".

One rule, ``ordinal``: an ordinal in words or digits with a suffix ("3e",
"21st"), after an optional determiner. It ranks the noun after it; with no
noun, it takes the noun of the previous rank of the sentence after a
determiner ("le deuxième"), or stands after a verb of rank ("ranked it
fourth"); otherwise it ranks nothing and is skipped. "second" is as often
an adjective ("a second look"): it ranks only a countable noun. A quarter
or half ordinal ("quatrième trimestre") is left to the period rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from claims.extract.figures.context import count_noun
from claims.extract.figures.engine import Gate, PatternRule, Scanner
from claims.extract.figures.model import Figure
from claims.extract.lexicon import Lexicon, alternation, any_of, fold
from claims.model import Kind

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class _Words:
    possessives: frozenset[str]
    ambiguous: frozenset[str]
    not_ranked: frozenset[str]
    rank_verb: re.Pattern[str]
    period_noun: re.Pattern[str]


def _words(lex: Lexicon) -> _Words:
    w, p = lex.words.ordinals, lex.words.periods
    objects = f"(?:\\s(?:{any_of(w.rank_objects)}))?" if w.rank_objects else ""
    return _Words(
        possessives=frozenset(x.lower() for x in w.possessives),
        ambiguous=frozenset(fold(x) for x in w.ambiguous),
        not_ranked=frozenset(fold(x) for x in w.not_ranked),
        rank_verb=re.compile(rf"\b(?:{any_of(w.rank_verbs)}){objects}\s$", _FLAGS),
        period_noun=re.compile(rf"\s(?:{any_of((*p.quarter_words, *p.half_words))})", _FLAGS),
    )


def _patterns(lex: Lexicon) -> Sequence[re.Pattern[str]]:
    w = lex.words.ordinals
    determiners = alternation((*lex.indefinite, *w.possessives))
    return (
        re.compile(
            rf"(?<!\w)(?:(?P<det>{determiners})\s)?(?:(?P<word>{any_of(w.words, accents=False)})"
            rf"|(?P<digits>\d{{1,3}})(?:{alternation(w.suffixes)}))(?!\w)",
            _FLAGS,
        ),
    )


def _gate(lex: Lexicon) -> Gate:
    suffixes = alternation(lex.words.ordinals.suffixes)
    return Gate(tuple(lex.ordinals), re.compile(rf"\d(?:{suffixes})\b"))


def _span(scanner: Scanner, match: re.Match[str]) -> tuple[int, int]:
    """ "son troisième centre", "its third": the rank starts at the ordinal."""
    det = match.group("det")
    if det and det.lower() in scanner.lex.compiled(_words).possessives:
        return match.start("word" if match.group("word") else "digits"), match.end()
    return match.span()


def _ordinal(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    words = scanner.lex.compiled(_words)
    start, end = (scanner.start + i for i in _span(scanner, match))
    word = fold(match.group("word") or "")
    rank = scanner.lex.ordinals[word] if word else int(match.group("digits"))
    if words.period_noun.match(scanner.text, end, scanner.end) and rank <= 4:
        return None  # "quatrième trimestre" is a period, read by the period rules
    if word in words.ambiguous and _adjective(scanner, words, match, end):
        return None
    unit: str | None
    noun = count_noun(scanner, end)
    if noun is not None:
        end, unit = noun
        scanner.rank_noun = unit
    else:
        unit = scanner.rank_noun if match.group("det") else None
        ranked = words.rank_verb.search(scanner.text, scanner.window(start, 30), start)
        if unit is None and not match.group("det") and ranked is None:
            return None  # "fourth" alone ranks nothing, unless "ranked it fourth"
    return Figure(start, end, Kind.ORDINAL, Decimal(rank), unit=unit)


def _adjective(scanner: Scanner, words: _Words, match: re.Match[str], end: int) -> bool:
    """Whether "second" is an adjective here: no countable noun after it."""
    noun = count_noun(scanner, end)
    if noun is None:
        return not match.group("det")
    return fold(noun[1].split()[0]) in words.not_ranked


RULES = (PatternRule("ordinal", _patterns, _ordinal, _gate, span=_span),)
"""The rule of this module."""
