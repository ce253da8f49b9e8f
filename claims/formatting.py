"""Display a claim's value the way the article's readers write it.

Money uses Babel's CLDR compact currency formats ("52 Md $US" in French,
"$52B" in English) for large amounts and full currency formats below ten
thousand ("111,97 $US", "$111.97"); percentages put the locale's separator
before ``%`` ("18 %" with a narrow no-break space in French, "18%" in
English) and a sign on changes ("-1,75 %"). Nothing here rounds a stored
value: only the display is compact, and the full digits are kept for
figures that would lose precision (more than 3 significant digits).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from babel.numbers import (
    format_compact_currency,
    format_compact_decimal,
    format_currency,
    format_decimal,
)

from claims.model import Claim, Kind, Language, Qualifier

_QUALIFIER_MARK = {
    Language.FR: {
        Qualifier.APPROX: "≈ ",
        Qualifier.AT_LEAST: "≥ ",
        Qualifier.MORE_THAN: "> ",
        Qualifier.AT_MOST: "≤ ",
        Qualifier.LESS_THAN: "< ",
        Qualifier.EXACT: "",
    },
}
_QUALIFIER_MARK[Language.EN] = _QUALIFIER_MARK[Language.FR]
_UNIT_WORDS = {
    Language.FR: {
        "year": "an(s)",
        "month": "mois",
        "week": "semaine(s)",
        "day": "jour(s)",
        "quarter": "trimestre(s)",
        "hour": "heure(s)",
        "decade": "décennie(s)",
    },
    Language.EN: {
        "year": "year(s)",
        "month": "month(s)",
        "week": "week(s)",
        "day": "day(s)",
        "quarter": "quarter(s)",
        "hour": "hour(s)",
        "decade": "decade(s)",
    },
}


def _significant_digits(value: Decimal) -> int:
    return len(value.normalize().as_tuple().digits)


def format_number(value: Decimal, language: Language) -> str:
    """``value`` with the locale's separators and every digit kept ("1 298,5")."""
    return format_decimal(value, locale=language.value, decimal_quantization=False)


def format_money(value: Decimal, currency: str, language: Language) -> str:
    """Money compact where it loses nothing ("52 Md $US", "$52B", "$32.58B")."""
    locale = language.value
    if abs(value) >= 10_000:
        compact = format_compact_currency(value, currency, locale=locale, fraction_digits=3)
        # Compact only when the compact form keeps every digit.
        digits = _significant_digits(value)
        if digits <= 4:
            return compact
    return format_currency(value, currency, locale=locale, decimal_quantization=False)


def _percent(value: Decimal, _claim: Claim, language: Language) -> str:
    space = "\u202f" if language is Language.FR else ""
    return f"{format_number(value, language)}{space}%"


def _points(value: Decimal, _claim: Claim, language: Language) -> str:
    return f"{format_number(value, language)} {'pp' if language is Language.EN else 'pt'}"


def _multiplier(value: Decimal, _claim: Claim, language: Language) -> str:
    return f"×{format_number(value, language)}"


def _ordinal(value: Decimal, _claim: Claim, language: Language) -> str:
    number = format_number(value, language)
    return f"{number}e" if language is Language.FR else f"#{number}"


def _duration(value: Decimal, claim: Claim, language: Language) -> str:
    unit = _UNIT_WORDS[language].get(claim.unit or "", claim.unit or "")
    return f"{format_number(value, language)} {unit}".strip()


def _money(value: Decimal, claim: Claim, language: Language) -> str:
    if claim.unit and len(claim.unit) == 3 and claim.unit.isalpha():
        return format_money(value, claim.unit.upper(), language)
    return format_number(value, language)


def _count(value: Decimal, _claim: Claim, language: Language) -> str:
    if abs(value) >= 1_000_000 and _significant_digits(value) <= 4:
        return format_compact_decimal(value, locale=language.value, fraction_digits=3)
    return format_number(value, language)


_FORMATTERS: dict[Kind, Callable[[Decimal, Claim, Language], str]] = {
    Kind.MONEY: _money,
    Kind.PERCENT: _percent,
    Kind.PERCENTAGE_POINTS: _points,
    Kind.MULTIPLIER: _multiplier,
    Kind.ORDINAL: _ordinal,
    Kind.DURATION: _duration,
    Kind.COUNT: _count,
}
"""How each kind writes its number; the others write it plainly."""


def format_scalar(value: Decimal | str | None, claim: Claim, language: Language) -> str:
    """One value (``value`` or ``value_max``) of ``claim``, formatted."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    formatter = _FORMATTERS.get(claim.kind)
    return formatter(value, claim, language) if formatter else format_number(value, language)


def format_value(claim: Claim, language: Language) -> str:
    """The claim's value for display: qualifier mark, value, range upper bound."""
    if claim.kind is Kind.STATEMENT:
        return ""
    text = format_scalar(claim.value, claim, language)
    if claim.value_max is not None:
        text = f"{text} – {format_scalar(claim.value_max, claim, language)}"
    return _QUALIFIER_MARK[language][claim.qualifier] + text
