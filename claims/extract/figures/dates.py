"""Dates and periods: "le 3 mars 2025", "T3 2024", "fiscal 2025", "2024-2028".

Rules, in order (the shapes are here, the words in the vocabulary's
``[dates]`` and ``[periods]``; month names from CLDR):

* ``full date``: day, month and year in the orders the language writes them;
* ``period``: quarter and half codes ("T3 2024", "3Q24", "H1 2025", "6M25"),
  "premier trimestre 2025", "the first half of 2025", fiscal years;
* ``month and year``: "juin 2025", "March of 2025";
* ``year range``: "2012–13", "2024-2028" (a span of often fiscal years);
* ``year``: a bare year is a date only when it cannot be a count (no noun
  after it) nor part of a name ("VivaTech 2023");
* ``period without year``, ``day without year``: "quatrième trimestre",
  "le 29 octobre": a template :func:`~claims.extract.figures.model.resolve_years`
  fills with the last year the article mentioned.

A deadline before a date ("d'ici 2030", "by 2030") makes it ``at_most``.
Values are ISO 8601: "2025-03-03", "2024-Q3", "2025-H1", "2025".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claims.extract.figures.context import count_noun, names_year
from claims.extract.figures.engine import Gate, PatternRule, Scanner
from claims.extract.figures.model import Figure
from claims.extract.lexicon import Lexicon, any_of, fold, joiners
from claims.model import Kind, Qualifier

_FLAGS = re.IGNORECASE
_YEAR = r"(?P<year>1[89]\d\d|20\d\d|21\d\d)"
_YY = r"(?P<yy>\d\d)"


@dataclass(frozen=True)
class _Patterns:
    full_dates: tuple[re.Pattern[str], ...]
    days: tuple[re.Pattern[str], ...]
    month_year: tuple[re.Pattern[str], ...]
    periods: tuple[re.Pattern[str], ...]
    yearless: tuple[re.Pattern[str], ...]
    year_range: tuple[re.Pattern[str], ...]
    year: tuple[re.Pattern[str], ...]


def _optional(words: Sequence[str], *, accents: bool = True) -> str:
    """``(?:word\\s)?`` for a list of words, nothing for an empty list."""
    return f"(?:(?:{any_of(words, accents=accents)})\\s)?" if words else ""


def _day_shapes(lex: Lexicon) -> tuple[list[str], str]:
    """The full-date shapes and the day-without-year shape of the language."""
    d = lex.words.dates
    months = lex.names["{month}"]
    day = r"[0-3]?\d" + (f"|{any_of(d.first_day)}" if d.first_day else "")
    day = f"(?P<day>{day})" + (f"(?:{any_of(d.day_suffixes)})?" if d.day_suffixes else "")
    month = rf"(?P<month>{months})"
    article = _optional(d.articles)
    # A month's abbreviation may take a stop ("Sept. 14"), except at the end
    # of a date, where the stop is the sentence's.
    shapes = {
        "day month year": (rf"{article}{day}\s{month}\.?\s{_YEAR}", rf"{article}{day}\s{month}"),
        "month day year": (rf"{month}\.?\s{day},?\s{_YEAR}", rf"{month}\.?\s{day}"),
    }
    full = [shapes[order][0] for order in d.orders]
    return full, shapes[d.orders[0]][1] + r"(?!,?\s\d)"


def _period_shapes(lex: Lexicon) -> tuple[list[str], list[str]]:
    """The period shapes with a year, and those without."""
    p = lex.words.periods
    ql, hl = any_of(p.quarter_letters), any_of(p.half_letters)
    fy = any_of(p.fiscal_abbreviations) if p.fiscal_abbreviations else ""
    article = _optional(p.articles)
    of_year = f"(?:{joiners(p.year_joiners, accents=False)})?"
    qword = (
        rf"(?P<qword>{any_of(p.quarter_ordinals, accents=False)})[\s-](?:{any_of(p.quarter_words)})"
    )
    hword = rf"(?P<hword>{any_of(p.half_ordinals, accents=False)})[\s-](?:{any_of(p.half_words)})"
    periods = [
        rf"(?:{ql})(?P<qnum>[1-4])[\s/-]?" + (rf"(?:(?:{fy})\s?)?" if fy else "") + _YEAR,
        rf"(?P<qnum>[1-4])(?:{ql}){_YY}",
        rf"{article}{qword}\s{of_year}{_YEAR}",
        rf"(?:{hl})(?P<hnum>[12])[\s/-]?{_YEAR}",
        rf"(?P<hnum>[12])(?:{hl}){_YY}",
        rf"(?P<six>6)M{_YY}",
        rf"{article}{hword}\s{of_year}{_YEAR}",
        rf"(?P<fiscal>{any_of(p.fiscal_years, accents=False)})\s?{_YEAR}",
    ]
    if fy:
        periods += [rf"(?:{ql})(?P<qnum>[1-4])\s?(?:{fy}){_YY}", rf"(?P<fiscal>{fy}){_YY}"]
    yearless = [qword, hword, rf"(?P<ytd>{any_of(p.year_to_date, accents=False)})"]
    return periods, yearless


def _patterns(lex: Lexicon) -> _Patterns:
    d = lex.words.dates
    lead = rf"(?:(?P<deadline>{any_of(d.deadlines, accents=False)})\s?)?"
    prep = any_of(d.year_prepositions, accents=False)
    full, day = _day_shapes(lex)
    periods, yearless = _period_shapes(lex)
    month_year = rf"(?P<month>{lex.names['{month}']})\s(?:{joiners(d.month_year_joiners, accents=False)})?{_YEAR}"

    def compiled(shapes: Sequence[str], head: str, tail: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(rf"(?<!\w){head}{shape}{tail}", _FLAGS) for shape in shapes)

    return _Patterns(
        full_dates=compiled(full, lead, r"(?!\w)"),
        days=compiled([day], lead, r"(?!\w)"),
        month_year=compiled([month_year], lead, r"(?!\w)"),
        periods=compiled(periods, lead, r"(?![\w%])"),
        yearless=compiled(yearless, "", r"(?![\w%])"),
        year_range=(
            re.compile(
                rf"(?<![\w.,])(?:(?P<prep>{prep})\s)?(?P<y1>1[89]\d\d|20\d\d)\s?[-–/]\s?"
                r"(?P<y2>(?:1[89]|20)?\d\d)(?![\w%,.]\d|\w)",
                _FLAGS,
            ),
        ),
        year=(
            re.compile(
                rf"(?<![\w.,'])(?:(?P<deadline>{any_of(d.deadlines, accents=False)})\s?)?"
                rf"(?:(?P<prep>{prep})\s)?{_YEAR}(?![\w%]|[.,]\d|\s?(?:%|€|\$))",
                _FLAGS,
            ),
        ),
    )


def _gate_month(lex: Lexicon) -> Gate:
    return Gate(tuple(sorted({fold(m).rstrip(".")[:4] for m in lex.months})))


def _gate_year(lex: Lexicon) -> Gate:
    return Gate(regex=re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)"))


def _gate_period(lex: Lexicon) -> Gate:
    p = lex.words.periods
    words = (*p.quarter_words, *p.half_words, *p.fiscal_years, *p.year_to_date)
    letters = "".join(dict.fromkeys((*p.quarter_letters, *p.half_letters)))
    return Gate(
        tuple(fold(w) for w in words),
        re.compile(rf"[{letters}]\s?[1-4]|[1-4][{letters}]\d|6M\d"),
    )


def _temporal(
    scanner: Scanner,
    match: re.Match[str],
    kind: Kind,
    value: str | None,
    template: str | None = None,
) -> Figure:
    """A date or period figure over ``match``; a deadline makes it ``at_most``."""
    start, end = scanner.start + match.start(), scanner.start + match.end()
    qualifier = Qualifier.AT_MOST if match.groupdict().get("deadline") else Qualifier.EXACT
    return Figure(start, end, kind, value, qualifier=qualifier, template=template)


def _month(lex: Lexicon, name: str) -> int | None:
    month = fold(name)
    return lex.months.get(month) or lex.months.get(month.rstrip("."))


def _day(lex: Lexicon, day: str) -> int:
    return 1 if fold(day) in (fold(w) for w in lex.words.dates.first_day) else int(day)


def _full_date(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    number = _month(scanner.lex, match.group("month"))
    if number is None:
        return None
    value = f"{match.group('year')}-{number:02d}-{_day(scanner.lex, match.group('day')):02d}"
    return _temporal(scanner, match, Kind.DATE, value)


def _period_value(lex: Lexicon, groups: dict[str, str | None], year: str | None) -> str | None:
    """The ISO value of a quarter, half, year-to-date or fiscal-year match."""
    if year is None:
        return None
    if groups.get("qnum") or groups.get("qword"):
        qnum = groups.get("qnum")
        number = int(qnum) if qnum else lex.quarter_ordinals[fold(groups.get("qword") or "")]
        return f"{year}-Q{number}"
    if groups.get("hnum") or groups.get("hword"):
        hnum = groups.get("hnum")
        return f"{year}-H{hnum or lex.half_ordinals[fold(groups.get('hword') or '')]}"
    if groups.get("six"):
        return f"{year}-H1"
    return year  # fiscal year, year to date


def _period(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    groups = match.groupdict()
    year = groups.get("year") or "20" + (groups.get("yy") or "")
    return _temporal(scanner, match, Kind.PERIOD, _period_value(scanner.lex, groups, year))


def _month_year(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    number = _month(scanner.lex, match.group("month"))
    if number is None:
        return None
    return _temporal(scanner, match, Kind.DATE, f"{match.group('year')}-{number:02d}")


def _year_range(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    """ "2012–13", "2024-2028": a span of (often fiscal) years."""
    y1, y2 = match.group("y1"), match.group("y2")
    if len(y2) == 2:
        y2 = y1[:2] + y2
    if int(y2) <= int(y1):
        return None
    start, end = scanner.start + match.start(), scanner.start + match.end()
    return Figure(start, end, Kind.PERIOD, y1, y2)


def _year(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    """A bare year is a date only when it cannot be a count: no noun after it."""
    start, end = scanner.start + match.start(), scanner.start + match.end()
    if not match.group("deadline") and not match.group("prep"):
        if names_year(scanner, start):
            scanner.block(start, end)  # "VivaTech 2023": an event's name
            return None
        if count_noun(scanner, end) is not None:
            return None
    return _temporal(scanner, match, Kind.DATE, match.group("year"))


def _yearless_period(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    """ "quatrième trimestre", "first half", "year to date" with no year."""
    template = _period_value(scanner.lex, match.groupdict(), "{year}")
    return _temporal(scanner, match, Kind.PERIOD, None, template)


def _day_without_year(scanner: Scanner, match: re.Match[str]) -> Figure | None:
    """ "le 29 octobre", "March 14": a date whose year the text leaves out."""
    lex = scanner.lex
    name = match.group("month")
    if lex.compiled(_capital_months) and not name[0].isupper():
        return None  # "may 5" is no date in English, where months take a capital
    number = _month(lex, name)
    day = _day(lex, match.group("day"))
    if number is None or not 1 <= day <= 31:
        return None
    return _temporal(scanner, match, Kind.DATE, None, f"{{year}}-{number:02d}-{day:02d}")


def _capital_months(lex: Lexicon) -> bool:
    """Whether the language writes month names with a capital (CLDR)."""
    return any(name[:1].isupper() for name in lex.month_names)


def _part(name: str) -> Callable[[Lexicon], tuple[re.Pattern[str], ...]]:
    """The compiler of one part (``name``) of this module's patterns, which
    are built together once per lexicon."""

    def compile_part(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
        patterns: tuple[re.Pattern[str], ...] = getattr(lex.compiled(_patterns), name)
        return patterns

    return compile_part


RULES = (
    PatternRule("full date", _part("full_dates"), _full_date, _gate_month),
    PatternRule("period", _part("periods"), _period, _gate_period),
    PatternRule("month and year", _part("month_year"), _month_year, _gate_month),
    PatternRule("year range", _part("year_range"), _year_range, _gate_year),
    PatternRule("year", _part("year"), _year, _gate_year),
    PatternRule("period without year", _part("yearless"), _yearless_period, _gate_period),
    PatternRule("day without year", _part("days"), _day_without_year, _gate_month),
)
"""The rules of this module, in the order the engine runs them."""

PERIOD_RULE = RULES[1]
"""The period rule, whose matches the exclusions leave alone ("2T23", "Q3/2020")."""
