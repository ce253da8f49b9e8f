"""Figure recognisers: money, percentages, counts, ordinals, fractions, dates...

The recognisers are a table of small named rules (:data:`RULES`) walked in
this order by one engine (:mod:`claims.extract.figures.engine`); a span taken
by an earlier rule is not read again, so "juin 2025" is one date and never a
count of 2025:

1. exclusions (:mod:`~claims.extract.figures.exclusions`): links, tickers,
   times, phones, references, scores, ages, addresses, product names;
2. a flattened table row (:mod:`~claims.extract.figures.tables`);
3. dates and periods (:mod:`~claims.extract.figures.dates`);
4. fractions, "one in five", multipliers (:mod:`~claims.extract.figures.ratios`);
5. ordinals (:mod:`~claims.extract.figures.ordinals`);
6. every remaining number, read in its context
   (:mod:`~claims.extract.figures.amounts`, :mod:`~claims.extract.figures.reading`).

The words come from the language's vocabulary
(:class:`~claims.extract.lexicon.Lexicon`); the values follow the sheet
format (:mod:`claims.extract.figures.model`): money in base currency units,
percentages in percent units, changes signed by their verb, fractions as a
ratio, dates and periods as ISO 8601. Offsets are ``[start, end)`` in code
points of the article text.
"""

from __future__ import annotations

from claims.extract.figures import dates, exclusions, ordinals, ratios, tables
from claims.extract.figures.amounts import NumberRule
from claims.extract.figures.engine import Rule, scan
from claims.extract.figures.model import FRACTION_PLACES, Figure, resolve_years
from claims.extract.lexicon import Lexicon

__all__ = ["FRACTION_PLACES", "RULES", "Figure", "resolve_years", "scan_sentence"]

RULES: tuple[Rule, ...] = (
    *exclusions.RULES,
    *tables.RULES,
    *dates.RULES,
    *ratios.RULES,
    *ordinals.RULES,
    NumberRule(),
)
"""Every figure rule, in the order the engine runs them."""


def scan_sentence(text: str, start: int, end: int, lex: Lexicon) -> list[Figure]:
    """The figures of the sentence ``[start, end)`` of the match text ``text``
    (see :mod:`claims.extract.text`), in text order, with offsets into
    ``text``. A period or day without a year ("quatrième trimestre", "le 29
    octobre") comes back with a ``template`` for :func:`resolve_years`."""
    return scan(text, start, end, lex, RULES)
