"""One number parser for the extractor and the value editor.

A number is read in a *convention*: its decimal mark and the marks that may
group its digits. The language's convention comes from CLDR through Babel
(``,`` and a narrow no-break space in French, any space then grouping; ``.``
and ``,`` in English); the extractor adds the groupings its vocabulary names
(the French press's "57.314").

:func:`parse_number` removes the group marks of the integer part and lets
Babel's ``parse_decimal`` read the rest. The :class:`~decimal.Decimal` keeps
the digits typed: "32,50" is ``Decimal("32.50")``, not ``32.5``, because the
typed precision tells a checker how the figure was rounded. The extractor
(:func:`claims.extract.numbers.parse_digits`) and the value editor
(:func:`claims.editing.parse_value`, through :func:`parse_typed`) both read
numbers here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel import Locale
from babel.numbers import NumberFormatError, get_decimal_symbol, get_group_symbol, parse_decimal

from claims.model import Language

SPACES = " \u00a0\u202f\u2009\u2007"
"""Spaces that may group digits: plain, no-break, narrow no-break, thin, figure."""


@dataclass(frozen=True)
class Convention:
    """How a language writes numbers: its ``decimal`` mark and the ``groups``
    marks that may separate thousands; ``locale`` is the CLDR locale code."""

    decimal: str
    groups: str
    locale: str


@functools.cache
def convention(language: Language | str, extra_groups: str = "") -> Convention:
    """The CLDR convention of ``language`` (decimal and group symbols), plus
    ``extra_groups``. A group symbol that is a space (French) stands for every
    space, since typography varies them."""
    code = Language(language).value
    decimal = get_decimal_symbol(code)
    groups = get_group_symbol(code)
    if groups in SPACES:
        groups = SPACES
    marks = "".join(dict.fromkeys(groups + extra_groups))
    return Convention(decimal=decimal, groups=marks.replace(decimal, ""), locale=code)


@functools.cache
def _locale(code: str) -> Locale:
    return Locale.parse(code)


def parse_number(text: str, rule: Convention) -> Decimal:
    """The exact value of ``text`` written in ``rule``'s convention
    ("1 298,50" in French -> ``Decimal("1298.50")``), digits as typed.

    Raises ``ValueError`` when ``text`` is not a number in that convention.
    """
    integer, mark, fraction = text.strip().partition(rule.decimal)
    for group in rule.groups:
        integer = integer.replace(group, "")
    locale = _locale(rule.locale)
    canonical = integer + (locale.number_symbols["latn"]["decimal"] + fraction if mark else "")
    try:
        return Decimal(parse_decimal(canonical, locale=locale, strict=False))
    except (NumberFormatError, InvalidOperation) as exc:
        raise ValueError(f"not a number in {rule.locale}: {text!r}") from exc


_EN_GROUPED = re.compile(r"[-+]?\d{1,3}(?:,\d{3})+")


def parse_typed(text: str, language: Language) -> Decimal:
    """A number as a checker types it in an article of ``language``: the
    language's convention, or the other one when it is unambiguous. In French
    "32,58", "32.58", "1 298,50" and "1.298,50" all read; in English
    "1,298.50", "32.58" and "32,58" (one comma not grouping thousands).
    Digits are kept as typed; exponents ("1e30") are read.

    Raises ``ValueError`` when ``text`` is not a number.
    """
    cleaned = "".join(ch for ch in text.strip() if ch not in SPACES)
    rule = convention(language)
    if language is Language.FR:
        if "," not in cleaned and cleaned.count(".") == 1:
            rule = convention(Language.EN)  # "32.58" typed with a dot
        else:
            rule = convention(language, ".")  # "1.298,50": dots group
    elif cleaned.count(",") and "." not in cleaned and not _EN_GROUPED.fullmatch(cleaned):
        rule = convention(Language.FR)  # "32,58" typed with a comma in English
    return parse_number(cleaned, rule)
