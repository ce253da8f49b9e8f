"""The engine that walks the figure rules over one sentence.

A rule is a small named entry, in the spirit of Duckling's rules
(``Duckling/Numeral/FR/Rules.hs``: a name, a pattern, a production) and of
spaCy's ``EntityRuler``:

* :class:`PatternRule`: a ``name``; ``compile``, which builds the rule's
  patterns from a :class:`~claims.extract.lexicon.Lexicon` (once per
  lexicon); an optional ``gate``, a cheap test a sentence must pass before
  the patterns run; and ``produce``, which turns a match into a
  :class:`~claims.extract.figures.model.Figure` (or figures, or nothing);
* a rule with a walk of its own (every remaining number, read token by
  token) implements :meth:`Rule.apply` itself.

:func:`scan` runs the rules in their declared order
(:data:`claims.extract.figures.RULES`); a span taken by an earlier rule is
not read again, so "juin 2025" is one date and never a count of 2025.
Offsets of figures are ``[start, end)`` in code points of the article text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from claims.extract.figures.model import LOOKBACK, Figure, Left
from claims.extract.lexicon import Lexicon, fold


@dataclass(frozen=True, eq=False)
class Gate:
    """A sentence passes when its folded text holds one of ``words`` or its
    text matches ``regex``: plain substring tests cost far less than the
    patterns they guard."""

    words: tuple[str, ...] = ()
    regex: re.Pattern[str] | None = None

    def passes(self, sentence: str, folded: str) -> bool:
        if any(word in folded for word in self.words):
            return True
        return self.regex is not None and self.regex.search(sentence) is not None


Produced = Figure | Sequence[Figure] | None


class Rule(Protocol):
    """A step of the engine: it reads the sentence and takes figures."""

    @property
    def name(self) -> str: ...

    def apply(self, scanner: Scanner) -> None: ...


@dataclass(frozen=True, eq=False)
class PatternRule:
    """A rule made of patterns and a production (see the module docstring).

    ``exclusive``: a match that overlaps a span already taken is skipped.
    ``span`` gives the part of a match that must be free (sentence offsets),
    the whole match by default.
    """

    name: str
    compile: Callable[[Lexicon], Sequence[re.Pattern[str]]]
    produce: Callable[[Scanner, re.Match[str]], Produced]
    gate: Callable[[Lexicon], Gate] | None = None
    exclusive: bool = True
    span: Callable[[Scanner, re.Match[str]], tuple[int, int]] | None = None

    def apply(self, scanner: Scanner) -> None:
        for match in scanner.matches(self):
            if self.exclusive:
                start, end = self.span(scanner, match) if self.span else match.span()
                if not scanner.free(scanner.start + start, scanner.start + end):
                    continue
            produced = self.produce(scanner, match)
            if isinstance(produced, Figure):
                scanner.take(produced)
            elif produced:
                for figure in produced:
                    scanner.take(figure)


class Scanner:
    """The state of one sentence while the rules read it.

    ``text`` is the whole match text (see :mod:`claims.extract.text`),
    ``[start, end)`` the sentence; figures carry offsets into the whole text.
    Rules share what they learn about a position (its left context, the
    figure a number token stands for) through the caches here.
    """

    def __init__(self, text: str, start: int, end: int, lex: Lexicon) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lex = lex
        self.sentence = text[start:end]
        self.taken: list[tuple[int, int]] = []
        self.figures: list[Figure] = []
        self.lefts: dict[int, Left] = {}
        self.readings: dict[int, Figure | None] = {}
        self.rank_noun: str | None = None  # the noun of the last rank, for "son troisième"
        self._gates: dict[Callable[[Lexicon], Gate], bool] = {}
        self._matches: dict[str, list[re.Match[str]]] = {}
        self._folded: str | None = None
        self._shouting: bool | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.sentence)
        return self._folded

    @property
    def shouting(self) -> bool:
        """Whether the sentence is written in capitals (a headline), where a
        word such as "TOP" or "ALL" is no currency code."""
        if self._shouting is None:
            words = re.findall(r"[^\W\d_]{2,}", self.sentence)
            self._shouting = len(words) >= 2 and not any(ch.islower() for ch in self.sentence)
        return self._shouting

    def window(self, position: int, width: int = 0) -> int:
        """Where a right-anchored look-back before ``position`` starts: the
        sentence start, or ``width`` code points before (``LOOKBACK`` by
        default; each phrase read back is shorter than its width), so a
        look-back costs O(1)."""
        return max(self.start, position - (width or LOOKBACK))

    def free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` (article offsets) overlaps no span taken."""
        return all(end <= s or start >= e for s, e in self.taken)

    def take(self, figure: Figure) -> None:
        self.taken.append((figure.start, figure.end))
        self.figures.append(figure)

    def block(self, start: int, end: int) -> None:
        """Take ``[start, end)`` (article offsets) without a figure: no rule reads it."""
        self.taken.append((start, end))

    def passes(self, gate: Callable[[Lexicon], Gate]) -> bool:
        known = self._gates.get(gate)
        if known is None:
            known = self._gates[gate] = self.lex.compiled(gate).passes(self.sentence, self.folded)
        return known

    def matches(self, rule: PatternRule) -> list[re.Match[str]]:
        """The matches of ``rule``'s patterns in the sentence (sentence
        offsets), none when its gate fails; found once per sentence."""
        known = self._matches.get(rule.name)
        if known is None:
            if rule.gate is not None and not self.passes(rule.gate):
                known = []
            else:
                known = [
                    m for p in self.lex.compiled(rule.compile) for m in p.finditer(self.sentence)
                ]
            self._matches[rule.name] = known
        return known


def scan(text: str, start: int, end: int, lex: Lexicon, rules: Iterable[Rule]) -> list[Figure]:
    """Run ``rules`` in order on the sentence ``[start, end)`` of the match
    text ``text``; return its figures in text order."""
    scanner = Scanner(text, start, end, lex)
    for rule in rules:
        rule.apply(scanner)
    return sorted(scanner.figures, key=lambda f: f.start)
