"""What surrounds a number: the words before it and the noun after it.

:func:`left_of` reads right to left what precedes a number (a currency, a
qualifier such as "plus de", a verb of change that signs it, a range
opener); :func:`count_noun` reads the noun a count counts ("800 emplois");
:func:`names_year` tells a number that is part of a name ("VivaTech 2023",
"CAC 40"). Their patterns, and those :mod:`~claims.extract.figures.reading`
reads after a number, are built once per lexicon (:func:`patterns`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract.figures.engine import Scanner
from claims.extract.figures.model import Left
from claims.extract.lexicon import Lexicon, alternation, any_of, fold, joiners
from claims.model import Qualifier

CODE = r"(?-i:[A-Z]{3})"
"""An ISO 4217 code is written in capitals; it counts only when CLDR knows it."""


@dataclass(frozen=True)
class Patterns:
    """The compiled patterns of a number's context in one language."""

    qualifier_before: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    change_before: re.Pattern[str]
    change_far: re.Pattern[str]
    change_verb_end: re.Pattern[str]
    range_opener: re.Pattern[str]
    range_joiner: re.Pattern[str]
    currency_before: re.Pattern[str]
    currency_after: re.Pattern[str]
    currency_follows: re.Pattern[str]
    scale_after: re.Pattern[str]
    letter_scale_after: re.Pattern[str]
    scale_joiner: re.Pattern[str] | None
    cents_after: re.Pattern[str]
    percent_after: re.Pattern[str]
    points_after: re.Pattern[str]
    times_after: re.Pattern[str]
    times_count: re.Pattern[str]
    multiplier_after: re.Pattern[str]
    multiplier_before: re.Pattern[str]
    duration_after: re.Pattern[str]
    per_after: re.Pattern[str]
    noun_after: re.Pattern[str]
    level_before: re.Pattern[str]
    name_before: re.Pattern[str]
    vocabulary: frozenset[str]


def patterns(lex: Lexicon) -> Patterns:
    """The context patterns of ``lex`` (use ``lex.compiled(patterns)``: built once)."""
    flags = re.IGNORECASE
    w = lex.words
    rise, fall = any_of(w.changes.rise), any_of(w.changes.fall)
    opener = f"(?:(?:{any_of(w.changes.openers)})\\s)?" if w.changes.openers else ""
    symbols = alternation(lex.symbols)
    word = r"[^\W\d_][\w'-]*"
    subunits = [s for s in w.currencies.subunits if len(s) > 1]
    glued = [s for s in w.currencies.subunits if len(s) == 1]
    times = any_of(w.multipliers.times)
    return Patterns(
        qualifier_before=re.compile(
            rf"(?:^|(?<=[\s('’]))(?P<q>{any_of(w.qualifiers.before, accents=False)})\s?$", flags
        ),
        qualifier_after=re.compile(rf"\s?(?P<q>{alternation(lex.qualifiers_after)})(?!\w)", flags),
        change_before=re.compile(
            rf"(?:^|(?<=[\s(,]))(?P<verb>{opener}(?P<rise>{rise})|{opener}(?P<fall>{fall}))"
            rf"(?:\s(?:{joiners(w.changes.joiners)})|\s)$",
            flags,
        ),
        change_far=re.compile(
            rf"(?:^|(?<=[\s(]))(?:(?P<rise>{rise})|(?P<fall>{fall}))"
            rf"(?:\s[^\W\d][\w'’-]*){{1,5}}\s(?:{any_of(w.changes.far_joiners)})\s$",
            flags,
        ),
        change_verb_end=re.compile(rf"(?:\b(?:{rise}|{fall}|{any_of(w.changes.moves)})\s)$", flags),
        range_opener=re.compile(
            rf"(?:^|(?<=[\s(]))(?P<op>{any_of(w.ranges.openers, accents=False)})\s$", flags
        ),
        range_joiner=re.compile(rf"\s?(?:{alternation(w.ranges.joiners)})\s?", flags),
        currency_before=re.compile(
            rf"(?:^|(?<=[\s(]))(?:(?P<cur>{symbols})|(?P<code>{CODE}))\s?$", flags
        ),
        currency_after=re.compile(
            rf"\s?(?P<sym>{symbols})(?![A-Za-z])|\s?(?:(?:{joiners(w.currencies.joiners)})\s?)?"
            rf"(?:(?P<word>{any_of(w.currencies.names, accents=False)})(?!\w)"
            rf"|(?P<code>{CODE})(?![A-Za-z]))",
            flags,
        ),
        currency_follows=re.compile(rf"\s?[A-Za-z]{{1,2}}\s?(?:{symbols}|{CODE}\b)", flags),
        scale_after=re.compile(rf"\s?(?P<scale>{alternation(lex.scales)})(?!\w)", flags),
        letter_scale_after=re.compile(
            rf"\s?(?P<scale>{alternation(lex.letter_scales)})"
            rf"(?=\s?(?:{symbols}|{CODE}(?![A-Za-z]))|(?!\w))",
            flags,
        ),
        scale_joiner=(
            re.compile(rf"\s(?:{joiners(w.counts.scale_joiners)})", flags)
            if w.counts.scale_joiners
            else None
        ),
        cents_after=re.compile(
            rf"\s(?P<cents>{alternation(subunits) or '(?!x)x'})(?!\w)"
            rf"|(?P<glued>{alternation(glued) or '(?!x)x'})(?![\w.])",
            flags,
        ),
        percent_after=re.compile(rf"\s?(?:{alternation(w.percent.words)})(?!\w)", flags),
        points_after=re.compile(
            rf"\s?(?P<bp>{alternation(w.points.basis)})(?!\w)"
            rf"|\s(?P<pp>{alternation(w.points.percentage)})(?!\w)",
            flags,
        ),
        # "1,4 fois l'Ebitda", "eight times median earnings": a multiplier;
        # "vue 250 000 fois sur les réseaux", "three times a day": how often (a count).
        times_after=re.compile(
            rf"\s(?P<times>{times})(?!\w)(?!(?P<count>\s*[,.;:!?)]|\s*$|"
            rf"\s(?:{any_of(w.multipliers.times_counted)})\b))",
            flags,
        ),
        times_count=re.compile(rf"\s(?P<times>{times})(?!\w)", flags),
        multiplier_after=re.compile(r"\s?[x×](?![\w])", flags),
        multiplier_before=re.compile(
            rf"(?:^|(?<=[\s(]))(?:[x×]|{any_of(w.multipliers.before)})\s?$", flags
        ),
        duration_after=re.compile(
            rf"\s(?:(?:{any_of(w.durations.adjectives)})\s)?"
            rf"(?P<unit>{any_of(w.durations.units, accents=False)})(?!\w)",
            flags,
        ),
        per_after=re.compile(rf"\s(?:{any_of(w.counts.per)})(?!\w)", flags),
        noun_after=re.compile(
            rf"\s(?:(?P<adj>{any_of(w.counts.adjectives, accents=False)})\s)?"
            rf"(?P<noun>{word}(?:\s(?:{any_of(w.counts.noun_joiners)})\s?{word})?)",
            flags,
        ),
        level_before=re.compile(rf"\b(?:{any_of(w.changes.levels)})\s$", flags),
        name_before=re.compile(r"(?<!\w)([A-Z][\w&-]*|[a-z]+[A-Z][\w&-]*)\s$"),
        vocabulary=_vocabulary(lex),
    )


def _vocabulary(lex: Lexicon) -> frozenset[str]:
    """Folded words of ``lex`` that may stand right before a number without
    naming it ("En 2024", "Selon 3 sources", "About 60%")."""
    w = lex.words
    words: set[str] = set(lex.stop_words) | set(lex.months)
    phrases = (
        *w.dates.year_prepositions,
        *w.dates.deadlines,
        *w.qualifiers.before,
        *w.ranges.openers,
        *w.currencies.names,
        *lex.scales,
    )
    for text in phrases:
        words.update(fold(text).split())
    words.update(fold(symbol) for symbol in lex.symbols)
    return frozenset(words)


def currency_code(scanner: Scanner, match: re.Match[str]) -> str | None:
    """The ISO code a ``code`` group of ``match`` names, when it is one CLDR
    knows and the sentence is not written in capitals."""
    code = match.group("code")
    if code in scanner.lex.currency_codes and not scanner.shouting:
        return code
    return None


def left_of(scanner: Scanner, position: int) -> Left:
    """What precedes the number at ``position``: currency, qualifier, verb
    (read once per position)."""
    known = scanner.lefts.get(position)
    if known is None:
        known = scanner.lefts[position] = _read_left(scanner, position)
    return known


def _read_left(scanner: Scanner, position: int) -> Left:
    p = scanner.lex.compiled(patterns)
    text = scanner.text
    start = position
    currency = None
    match = p.currency_before.search(text, scanner.window(start, 8), start)
    if match:
        currency = (
            scanner.lex.symbols[match.group("cur").lower()]
            if match.group("cur")
            else currency_code(scanner, match)
        )
        start = match.start() if currency else start
    qualifier, word = Qualifier.EXACT, ""
    match = p.qualifier_before.search(text, scanner.window(start, 32), start)
    if match:
        word = fold(match.group("q")).replace("’", "'")
        qualifier = scanner.lex.qualifiers_before[word]
        start = match.start()
    direction, joined, verb = 0, False, ""
    match = p.change_before.search(text, scanner.window(start, 40), start)
    if match:
        direction = 1 if match.group("rise") else -1
        joined = bool(match.group("verb") != match.group(0).rstrip())
        verb = fold(match.group("verb"))
        start = match.start()
    elif (far := p.change_far.search(text, scanner.window(start), start)) is not None:
        # "lowered its benchmark rate by 25 basis points": the verb names the change.
        direction = 1 if far.group("rise") else -1
        joined = True
    opener = p.range_opener.search(text, scanner.window(start, 12), start) is not None
    return Left(start, qualifier, direction, currency, opener, joined, verb, word)


def count_noun(scanner: Scanner, position: int) -> tuple[int, str] | None:
    """The noun a number ending at ``position`` counts, and where it ends:
    "800 emplois", "29 data centers"; ``None`` for a stop word, a month or
    a scale."""
    lex = scanner.lex
    p = lex.compiled(patterns)
    match = p.noun_after.match(scanner.text, position, scanner.end)
    if not match:
        return None
    noun = match.group("noun")
    words = noun.split()
    if len(words) > 1 and fold(words[-1]) in lex.stop_words:
        # "12 000 communes de moins de 3 500 habitants": the noun is "communes"
        noun = words[0]
        match = p.noun_after.match(scanner.text, position, match.start("noun") + len(noun))
        if not match:
            return None
    first = fold(noun.split()[0].split("'")[0])
    if first in lex.stop_words or first in lex.months or fold(noun.split()[0]) in lex.scales:
        return None
    end = match.end()
    if lex.words.counts.compound_nouns and " " not in noun:
        end, noun = _compound(scanner, end, noun)
    return end, noun


def _compound(scanner: Scanner, end: int, noun: str) -> tuple[int, str]:
    """English compounds: "29 data centers", "its fourth regional service hub";
    a plural ends one ("4,000 workers")."""
    for _ in range(2):
        extra = re.match(r"\s([^\W\d_][\w-]*)", scanner.text[end : min(end + 40, scanner.end)])
        last = noun.split()[-1]
        plural = last.endswith("s") and not last.endswith("ss")
        if extra is None or plural or fold(extra.group(1)) in scanner.lex.stop_words:
            break
        end += extra.end()
        noun = f"{noun} {extra.group(1)}"
    return end, noun


def names_year(scanner: Scanner, start: int, initial: bool = True) -> bool:
    """Whether the number at ``start`` follows a capitalised name and so is
    part of it ("VivaTech 2023", "Orion 4", "S&P 500", "CAC 40").
    ``initial`` false ignores a word that starts the sentence ("Environ 60")."""
    window = scanner.text[max(scanner.start, start - 40) : start]
    p = scanner.lex.compiled(patterns)
    before = p.name_before.search(window)
    if before is None:
        return False
    if not initial and start - len(window) + before.start(1) == scanner.start:
        return False
    if before.group(1) in scanner.lex.currency_codes:
        return False  # "EUR 2028": a currency, no name
    word = fold(before.group(1))
    if initial:  # a year: "Euro 2028" names a tournament
        events = scanner.lex.compiled(_event_names)
        return word not in p.vocabulary or word in events
    return word not in p.vocabulary


def _event_names(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold(w) for w in lex.words.dates.event_names)
