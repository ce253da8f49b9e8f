"""Every number the earlier rules left: the walk over number tokens.

Each token is read in its context (:func:`~claims.extract.figures.reading.read_figure`);
two numbers joined by "à", "to", "-" (or "et"/"and" after "entre"/"between")
make a range ("entre 12 et 15 euros", "$205 million to $210 million"), unless
they are two levels ("fell from 31% to 27%"); a number that is part of a
name ("Orion 4", "S&P 500") is skipped; and a count after money in the same
sentence takes its currency ("5,2 milliards de dollars au Brésil et 1,8
milliard en Inde": 1,8 milliard is USD too).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from claims.extract.figures.context import left_of, names_year, patterns
from claims.extract.figures.engine import Scanner
from claims.extract.figures.model import Figure, Left, exact
from claims.extract.figures.reading import read_figure
from claims.extract.lexicon import Lexicon, fold
from claims.extract.numbers import NumberToken, find_numbers
from claims.model import Kind


@dataclass(frozen=True)
class NumberRule:
    """The last rule: read every free number token of the sentence."""

    name: str = "numbers"

    def apply(self, scanner: Scanner) -> None:
        tokens = [
            t
            for t in find_numbers(scanner.sentence, scanner.lex)
            if scanner.free(scanner.start + t.start, scanner.start + t.end)
        ]
        skip_until = -1
        for index, token in enumerate(tokens):
            if token.start < skip_until:
                continue
            figure = figure_at(scanner, token)
            if figure is not None and _names_number(scanner, figure, token):
                continue  # "Orion 4 accelerators", "S&P 500 rose": a name's number
            ranged, consumed = merge_range(scanner, figure, token, tokens[index + 1 :])
            if consumed is not None:
                skip_until = consumed
                figure = ranged
            if figure is not None and scanner.free(figure.start, figure.end):
                scanner.take(figure)
        carry_currency(scanner)


def figure_at(scanner: Scanner, token: NumberToken) -> Figure | None:
    """The figure a number token stands for in its context, or ``None``
    (read once per token: ranges look at the next token too)."""
    if token.start not in scanner.readings:
        scanner.readings[token.start] = read_figure(scanner, token)
    return scanner.readings[token.start]


def _names_number(scanner: Scanner, figure: Figure, token: NumberToken) -> bool:
    return (
        figure.kind is Kind.COUNT
        and not token.words
        and token.value == token.value.to_integral_value()
        and names_year(scanner, scanner.start + token.start, initial=False)
    )


def merge_range(
    scanner: Scanner, figure: Figure | None, token: NumberToken, rest: list[NumberToken]
) -> tuple[Figure | None, int | None]:
    """Merge ``figure`` with the next number when they form a range.

    Returns the merged figure and the end (sentence offset) of the second
    number, or ``(figure, None)`` when there is no range. A bare first
    number ("entre 12 et 15 euros") takes the second's unit and scale.
    """
    if not rest or (figure is not None and figure.kind in (Kind.DATE, Kind.PERIOD)):
        return figure, None
    nxt = rest[0]
    left = left_of(scanner, scanner.start + token.start)
    if left.direction != 0 and not left.range_opener:
        return figure, None  # "decreased $1.2 million to $23.5 million": change, then level
    joint = _joint(scanner, figure, token, nxt, left)
    second = figure_at(scanner, nxt) if joint is not None else None
    if joint is None or second is None:
        return figure, None
    first = _first(scanner, figure, token, second, left, joint)
    if first is None or _is_change_of_levels(scanner, left, first, second):
        return figure, None
    p = scanner.lex.compiled(patterns)
    opener = p.range_opener.search(scanner.text, scanner.window(first.start, 12), first.start)
    merged = Figure(
        opener.start() if opener and left.range_opener else first.start,
        second.end,
        first.kind,
        first.value,
        value_max=second.value,
        unit=second.unit,
        qualifier=first.qualifier,
    )
    return merged, nxt.end


def _joint(
    scanner: Scanner, figure: Figure | None, token: NumberToken, nxt: NumberToken, left: Left
) -> int | None:
    """Where the joiner of a range starts (after the first number or after
    its figure), when one joins the next number."""
    number_end = scanner.start + token.end
    joiner = scanner.lex.compiled(patterns).range_joiner
    for joint in [number_end] if figure is None else [figure.end, number_end]:
        match = joiner.match(scanner.text, joint, scanner.end)
        if match and match.end() <= scanner.start + nxt.start <= match.end() + 4:
            word = fold(match.group(0).strip())
            if word in scanner.lex.compiled(_opener_joiners) and not left.range_opener:
                return None  # "3 et 4 salariés" is two counts; "entre 3 et 4" a range
            return joint
    return None


def _first(
    scanner: Scanner,
    figure: Figure | None,
    token: NumberToken,
    second: Figure,
    left: Left,
    joint: int,
) -> Figure | None:
    """The first figure of a range: ``figure``, or the bare first number
    with the second's kind, unit and scale; ``None`` when they differ."""
    number_end = scanner.start + token.end
    if figure is not None and figure.kind is second.kind:
        return figure if figure.unit == second.unit else None
    if joint != number_end or (second.kind is Kind.COUNT and not left.range_opener):
        return None  # "entre 350 et 370 TWh" is a range, "3 et 4 salariés" is not
    value = token.value * _scale_between(scanner, token, second)
    if isinstance(second.value, Decimal) and second.value < 0 < value:
        value = -value
    return Figure(
        left.start,
        number_end,
        second.kind,
        exact(value),
        unit=second.unit,
        qualifier=left.qualifier,
    )


def _is_change_of_levels(scanner: Scanner, left: Left, low: Figure, high: Figure) -> bool:
    """ "fell from 31% to 27%", "est passé de 9,2 à 4,5 millions": two levels."""
    if (
        isinstance(low.value, Decimal)
        and isinstance(high.value, Decimal)
        and high.value < low.value
    ):
        return True
    if not left.range_opener:
        return False
    p = scanner.lex.compiled(patterns)
    opener = p.range_opener.search(scanner.text, scanner.window(left.start, 12), left.start)
    if opener is None or fold(opener.group("op")) not in scanner.lex.compiled(_from_openers):
        return False
    before = scanner.text[scanner.start : opener.start()]
    return p.change_verb_end.search(before) is not None


def _scale_between(scanner: Scanner, first: NumberToken, second: Figure) -> Decimal:
    """The scale the second figure of a range implies for a bare first number."""
    lex = scanner.lex
    match = lex.compiled(patterns).scale_after.match(
        scanner.text, scanner.start + first.end, scanner.end
    )
    if match:
        return lex.scales[fold(match.group("scale"))]
    second_tokens = find_numbers(scanner.text[second.start : second.end], lex)
    if not second_tokens or not isinstance(second.value, Decimal) or second_tokens[0].value == 0:
        return Decimal(1)
    ratio = abs(second.value) / abs(second_tokens[-1].value)
    return ratio.normalize() if ratio >= 1 else Decimal(1)


def carry_currency(scanner: Scanner) -> None:
    """ "5,2 milliards de dollars au Brésil et 1,8 milliard en Inde": 1,8 is USD too."""
    figures = sorted(scanner.figures, key=lambda f: f.start)
    currency = None
    for index, figure in enumerate(figures):
        if figure.kind is Kind.MONEY:
            currency = figure.unit
        elif figure.kind is Kind.COUNT and currency is not None and figure.unit is None:
            figures[index] = replace(figure, kind=Kind.MONEY, unit=currency)
    scanner.figures = figures


def _opener_joiners(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold(w) for w in lex.words.ranges.opener_joiners)


def _from_openers(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold(w) for w in lex.words.ranges.from_openers)
