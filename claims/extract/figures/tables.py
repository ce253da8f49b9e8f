"""A results-table row flattened into text.

One rule, ``table row``: "Chiffre d'affaires (M€) 1 234,5 1 105,2 +11,7 %",
"Revenue ($m) 4,612.3 4,128.9 +11.7%": a label, its unit in brackets, then
cells. Each cell is a figure in the row's unit: money in the currency and
scale of the unit ("M€" is millions of euros), or a percentage when "%"
follows it. The unit's currency is a symbol or an ISO code; its scale a
scale word or letter of the vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from claims.extract.figures.context import patterns
from claims.extract.figures.engine import Gate, PatternRule, Scanner
from claims.extract.figures.model import Figure, exact
from claims.extract.lexicon import Lexicon, alternation, fold, joiners
from claims.extract.numbers import find_numbers
from claims.model import Kind


def _patterns(lex: Lexicon) -> Sequence[re.Pattern[str]]:
    empty = alternation(lex.words.tables.empty_cells)
    return (
        re.compile(
            r"^(?P<label>[^\d()]{2,80}?)\s?\((?P<unit>[^()\d]{1,20})\)\s+"
            r"(?P<cells>[-+]?\d[\d\s.,]*%?(?:\s+[-+]?\d[\d\s.,]*%?)+)"
            rf"(?:\s+(?:{empty}))*\s*$"
        ),
    )


def _gate(lex: Lexicon) -> Gate:
    return Gate(regex=re.compile(r"\([^()]{1,20}\)\s+[-+]?\d"))


def table_unit(unit: str, lex: Lexicon) -> tuple[str, Decimal] | None:
    """The currency and scale of a table row's unit ("M€", "$m", "en Md€",
    "EUR m"), or ``None`` when it names no currency."""
    t = lex.words.tables
    text = re.sub(
        rf"^\s*(?:{joiners(t.unit_openers, accents=False)})", "", unit.strip(), flags=re.I
    )
    currency = None
    code = re.search(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])", text)
    if code is not None and code.group(0) in lex.currency_codes:
        currency, text = code.group(0), text.replace(code.group(0), " ")
    else:
        for symbol in sorted(lex.symbols, key=len, reverse=True):
            if symbol in text.lower():
                currency = lex.symbols[symbol]
                text = re.sub(re.escape(symbol), " ", text, flags=re.I)
                break
    if currency is None:
        return None
    text = re.sub(rf"(?<!\w)(?:{joiners(lex.words.currencies.joiners)})", " ", text, flags=re.I)
    letters = fold(re.sub(r"[^\w]", "", text))
    if not letters:
        return currency, Decimal(1)
    scale = lex.scales.get(letters) or lex.letter_scales.get(letters)
    return None if scale is None else (currency, scale)


def _row(scanner: Scanner, match: re.Match[str]) -> list[Figure]:
    unit = table_unit(match.group("unit"), scanner.lex)
    if unit is None:
        return []
    currency, scale = unit
    percent = scanner.lex.compiled(patterns).percent_after
    offset = scanner.start + match.start("cells")
    cells = scanner.text[offset : scanner.start + match.end("cells")]
    figures = []
    for token in find_numbers(cells, scanner.lex):
        start, end = offset + token.start, offset + token.end
        after = percent.match(scanner.text, end, scanner.end)
        if after is not None:
            figures.append(Figure(start, after.end(), Kind.PERCENT, token.value, unit="%"))
        else:
            figures.append(
                Figure(start, end, Kind.MONEY, exact(token.value * scale), unit=currency)
            )
    return figures


RULES = (PatternRule("table row", _patterns, _row, _gate, exclusive=False),)
"""The rule of this module."""
