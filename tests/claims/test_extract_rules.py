"""The figure rules: a table of small named entries walked by one engine."""

from __future__ import annotations

from babel.dates import get_day_names, get_month_names

from claims.extract.figures import RULES
from claims.extract.figures.engine import PatternRule
from claims.extract.figures.reading import UNIT_RULES
from claims.extract.lexicon import fold, lexicon
from claims.model import Kind, Language
from tests.claims.extraction import claims_of, figure_at


def test_rules_have_unique_names_in_their_declared_order() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert names[:2] == ["links and tickers", "not a figure"]  # exclusions first
    assert names.index("full date") < names.index("year") < names.index("fraction")
    assert names[-1] == "numbers"  # every number the others left
    assert [rule.name for rule in UNIT_RULES][:2] == ["money", "percent"]


def test_every_rule_compiles_in_every_language() -> None:
    for language in Language:
        lex = lexicon(language)
        for rule in RULES:
            if isinstance(rule, PatternRule):
                assert all(p.pattern for p in lex.compiled(rule.compile)), rule.name
                if rule.gate is not None:
                    lex.compiled(rule.gate)


def test_compiled_patterns_are_built_once_per_lexicon() -> None:
    lex = lexicon("fr")
    rule = next(r for r in RULES if isinstance(r, PatternRule))
    assert lex.compiled(rule.compile) is lex.compiled(rule.compile)


def test_a_span_taken_by_an_earlier_rule_is_not_read_again() -> None:
    """ "juin 2025" is a date (dates run before numbers), never a count of 2025."""
    claims = [
        c for c in claims_of("Le site ouvrira en juin 2025.", "fr") if c.kind is not Kind.STATEMENT
    ]
    assert [(c.quote, c.kind, c.value) for c in claims] == [("juin 2025", Kind.DATE, "2025-06")]


def test_month_and_weekday_names_come_from_cldr() -> None:
    for language in Language:
        lex = lexicon(language)
        assert lex.weekdays == tuple(get_day_names("wide", locale=language.value).values())
        for number, name in get_month_names("wide", locale=language.value).items():
            assert lex.months[fold(name)] == number


def test_a_cldr_weekday_ends_a_source_name() -> None:
    text = "Les ventes ont atteint 3 milliards d'euros, a indiqué jeudi le ministère."
    assert figure_at(text, "3 milliards", "fr").source == "le ministère"
    text = "Jobs grew by 210,000 in March, the ministry said Friday."
    assert figure_at(text, "210,000", "en").source == "the ministry"
