"""One number in its context: what figure a number token stands for.

:func:`read_figure` reads to the right of a number, step by step: a scale
("milliards", "bn", "k€"), a currency ("euros", "$US", "CZK"), cents; then
the first :data:`UNIT_RULES` entry that recognises a unit (money, percent,
percentage points, multiplier, times, duration); else a count of the noun
that follows (:func:`~claims.extract.figures.context.count_noun`). Then a
qualifier after it ("ou plus"), a "per share", and the sign the verb before
it gives ("a chuté de 1,75 %" is -1.75).

Values: money in base units with the scale applied ("32,58 milliards de
dollars" is 32580000000 USD), cents and basis points divided by 100,
percent in percent units; the digits typed are kept
(:func:`~claims.extract.figures.model.exact`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from claims.extract.figures.context import Patterns, count_noun, currency_code, left_of, patterns
from claims.extract.figures.engine import Scanner
from claims.extract.figures.model import Figure, Left, exact
from claims.extract.lexicon import Lexicon, fold
from claims.extract.numbers import NumberToken
from claims.model import Kind, Qualifier


@dataclass
class Reading:
    """A number being read: what is known so far, and ``position`` (article
    offset) where the figure read so far ends."""

    token: NumberToken
    left: Left
    value: Decimal
    position: int
    p: Patterns  # the context patterns of the vocabulary
    scale: Decimal = Decimal(1)
    currency: str | None = None
    kind: Kind | None = None
    unit: str | None = None


@dataclass(frozen=True)
class UnitRule:
    """A named unit reader: ``read`` sets the kind and unit of the reading
    and returns ``True`` when the words after (or before) the number name
    its unit."""

    name: str
    read: Callable[[Scanner, Reading], bool]


def _money(scanner: Scanner, r: Reading) -> bool:
    """A currency before or after the number: money in that currency."""
    if r.currency is None:
        return False
    r.kind, r.unit = Kind.MONEY, r.currency
    return True


def _percent(scanner: Scanner, r: Reading) -> bool:
    match = r.p.percent_after.match(scanner.text, r.position, scanner.end)
    if match is None:
        return False
    r.kind, r.unit, r.position = Kind.PERCENT, "%", match.end()
    return True


def _points(scanner: Scanner, r: Reading) -> bool:
    """Percentage points; basis points are a hundredth of a point."""
    match = r.p.points_after.match(scanner.text, r.position, scanner.end)
    if match is None:
        return False
    r.kind, r.unit, r.position = Kind.PERCENTAGE_POINTS, "pp", match.end()
    if match.group("bp"):
        r.value = r.value.scaleb(-2)
    return True


def _multiplier(scanner: Scanner, r: Reading) -> bool:
    """ "3,4x", "x3", "multiplié par 3"."""
    p = r.p
    match = p.multiplier_after.match(scanner.text, r.position, scanner.end)
    if match is not None:
        r.kind, r.position = Kind.MULTIPLIER, match.end()
        return True
    number_start = scanner.start + r.token.start
    before = p.multiplier_before.search(
        scanner.text, scanner.window(number_start, 30), number_start
    )
    if before is None:
        return False
    r.kind = Kind.MULTIPLIER
    r.left = replace(r.left, start=min(r.left.start, before.start()))
    return True


def _times(scanner: Scanner, r: Reading) -> bool:
    """ "1,4 fois l'Ebitda", "eight times median earnings": a multiplier."""
    match = r.p.times_after.match(scanner.text, r.position, scanner.end)
    if match is None:
        return False
    r.kind, r.position = Kind.MULTIPLIER, match.end()
    return True


def _times_counted(scanner: Scanner, r: Reading) -> bool:
    """ "vue 250 000 fois sur les réseaux", "three times a day": how often."""
    match = r.p.times_count.match(scanner.text, r.position, scanner.end)
    if match is None:
        return False
    r.kind, r.unit, r.position = Kind.COUNT, match.group("times").lower(), match.end()
    return True


def _duration(scanner: Scanner, r: Reading) -> bool:
    """ "trois ans", "five straight years": a duration in a unit of time."""
    match = r.p.duration_after.match(scanner.text, r.position, scanner.end)
    if match is None:
        return False
    r.kind, r.unit = Kind.DURATION, scanner.lex.time_units[fold(match.group("unit"))]
    r.position = match.end()
    return True


UNIT_RULES: tuple[UnitRule, ...] = (
    UnitRule("money", _money),
    UnitRule("percent", _percent),
    UnitRule("percentage points", _points),
    UnitRule("multiplier", _multiplier),
    UnitRule("times as a multiplier", _times),
    UnitRule("times as a count", _times_counted),
    UnitRule("duration", _duration),
)
"""The unit readers, in order: the first that recognises a unit wins."""


def read_figure(scanner: Scanner, token: NumberToken) -> Figure | None:
    """The figure ``token`` (sentence offsets) stands for, or ``None``."""
    p = scanner.lex.compiled(patterns)
    position = scanner.start + token.end
    if token.indefinite and not _scale_or_points_follow(scanner, p, position):
        return None  # "un", "a": a number only before a scale or points
    left = left_of(scanner, scanner.start + token.start)
    r = Reading(token, left, token.value, position, p, currency=left.currency)
    _read_scale(scanner, r)
    if (
        token.indefinite
        and r.scale == 1
        and not p.points_after.match(scanner.text, r.position, scanner.end)
    ):
        return None
    _read_currency(scanner, r)
    if r.currency is None:
        _read_cents(scanner, r)
    if not any(rule.read(scanner, r) for rule in UNIT_RULES) and not _read_count(scanner, r):
        return None
    return _finish(scanner, r)


def _scale_or_points_follow(scanner: Scanner, p: Patterns, position: int) -> bool:
    return bool(
        p.scale_after.match(scanner.text, position, scanner.end)
        or p.points_after.match(scanner.text, position, scanner.end)
    )


def _read_scale(scanner: Scanner, r: Reading) -> None:
    """A scale word ("milliards", "bn"), or a scale letter before a currency ("k€")."""
    lex, p = scanner.lex, r.p
    match = p.scale_after.match(scanner.text, r.position, scanner.end)
    if match:
        r.scale, r.position = lex.scales[fold(match.group("scale"))], match.end()
    elif r.currency or p.currency_follows.match(scanner.text, r.position, scanner.end):
        match = p.letter_scale_after.match(scanner.text, r.position, scanner.end)
        if match:
            r.scale = lex.letter_scales[fold(match.group("scale"))]
            r.position = match.end()


def _read_currency(scanner: Scanner, r: Reading) -> None:
    """A currency after the number: a name, a symbol, an ISO code."""
    lex = scanner.lex
    match = r.p.currency_after.match(scanner.text, r.position, scanner.end)
    if match is None or (r.token.words and r.scale == 1 and match.group("sym")):
        return
    if match.group("word"):
        currency: str | None = lex.currency_names[fold(match.group("word")).replace("’", "'")]
    elif match.group("sym"):
        currency = lex.symbols[match.group("sym").lower()]
    else:
        currency = currency_code(scanner, match)
    if currency is not None:
        r.currency, r.position = currency, match.end()


def _read_cents(scanner: Scanner, r: Reading) -> None:
    """ "45 cents", "84.6p a therm" (pence): a hundredth of the currency."""
    match = r.p.cents_after.match(scanner.text, r.position, scanner.end)
    if match and (not r.token.words or r.scale == 1):
        subunit = match.group("cents") or match.group("glued")
        r.currency = scanner.lex.subunits[fold(subunit)]
        r.value = r.value.scaleb(-2)
        r.position = match.end()


def _read_count(scanner: Scanner, r: Reading) -> bool:
    """A count: of the noun after it, or of a noun standing before the verb
    ("jobs grew by 210,000", "le nombre de chômeurs atteint 2 900 000")."""
    if r.scale != 1:
        _read_scaled_count(scanner, r)
        return True
    text, position = scanner.text, r.position
    if position < len(text) and text[position].isalpha() and not r.token.words:
        return False  # "4G", "10h": glued letters that are no unit
    noun = count_noun(scanner, position)
    if r.token.words and r.token.value < 2:
        return False
    if noun is not None:
        r.position, r.unit = noun
    elif r.token.words or (r.left.direction == 0 and not _level_before(scanner, r.left)):
        return False
    r.kind = Kind.COUNT
    return True


def _read_scaled_count(scanner: Scanner, r: Reading) -> None:
    """ "2,4 millions de chômeurs"; "1,2 million atteint" counts nothing named."""
    r.kind = Kind.COUNT
    joiner = r.p.scale_joiner
    if joiner is None:
        noun = count_noun(scanner, r.position)
    else:
        joined = joiner.match(scanner.text[r.position : r.position + 4])
        noun = count_noun(scanner, r.position + joined.end() - 1) if joined else None
    if noun is not None:
        r.position, r.unit = noun


def _level_before(scanner: Scanner, left: Left) -> bool:
    level = scanner.lex.compiled(patterns).level_before
    return level.search(scanner.text, scanner.window(left.start, 30), left.start) is not None


def _finish(scanner: Scanner, r: Reading) -> Figure:
    """Qualifier after, "per share", sign from the verb; the figure."""
    lex, p = scanner.lex, r.p
    kind = r.kind or Kind.COUNT
    qualifier = r.left.qualifier
    match = p.qualifier_after.match(scanner.text, r.position, scanner.end)
    if match and kind in (Kind.PERCENT, Kind.MONEY, Kind.COUNT):
        qualifier = lex.qualifiers_after[match.group("q").lower()]
        r.position = match.end()
    match = p.per_after.match(scanner.text, r.position, scanner.end)
    if match and kind is Kind.MONEY:
        r.position = match.end()
    number = r.value * r.scale
    if r.left.direction < 0 and number > 0 and not _unsigned(lex, r, kind):
        number = -number
    if kind is Kind.DURATION and r.left.qualifier_word in lex.compiled(_spans):
        qualifier = Qualifier.EXACT  # "over five years" is a span, not a bound
    return Figure(r.left.start, r.position, kind, exact(number), unit=r.unit, qualifier=qualifier)


def _unsigned(lex: Lexicon, r: Reading, kind: Kind) -> bool:
    """Whether a verb of fall leaves the figure positive: a rank or a
    duration; "cut 900 jobs" counts what was cut ("jobs fell by 41,000" is
    a change); "lost £14m" is the size of a loss."""
    if kind in (Kind.ORDINAL, Kind.DURATION):
        return True
    if kind is Kind.COUNT and r.unit is not None and not r.left.joined:
        return True
    return kind is Kind.MONEY and r.left.verb in lex.compiled(_losses)


def _spans(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold(w) for w in lex.words.durations.spans)


def _losses(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold(w) for w in lex.words.changes.loss)
