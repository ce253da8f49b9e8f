"""A language's vocabulary, ready for the recognisers.

:class:`Lexicon` joins three things: the validated data file of the language
(:mod:`claims.extract.vocabulary`, ``claims/extract/lang/<language>.toml``),
what CLDR knows through Babel (month and weekday names, every ISO 4217 code,
the currency symbols of the locale, the decimal and group marks), and the
compiled patterns of each recogniser, built once per lexicon
(:meth:`Lexicon.compiled`).

``lexicon(language)`` returns the packaged vocabulary, loaded once.
``Lexicon.load(path)`` reads another file; ``lexicon("fr").extended(path)``
lays a desk's own words over the packaged ones. Pass either to
:func:`claims.extract.extract_claims` (``vocabulary=``).

The helpers below turn word lists into regular expressions: :func:`any_of`
(an alternation, longest first), :func:`joiners` (words before another word,
"de " or the glued "d'"), :func:`fold` and :func:`loose` (accents optional).
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from babel import Locale
from babel.dates import get_day_names, get_month_names
from babel.numbers import list_currencies

from claims.extract.vocabulary import (
    Vocabulary,
    VocabularyError,
    merge,
    packaged_path,
    read_raw,
    validate,
)
from claims.model import Language, Qualifier
from claims.numbers import Convention, convention

T = TypeVar("T")


def _strip_marks(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


_FOLD = {
    code: _strip_marks(chr(code))
    for code in range(0xC0, 0x250)
    if _strip_marks(chr(code)) != chr(code)
}
"""Latin letters with diacritics (Latin-1 to Latin Extended-B) and their bases."""


_COMBINING = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lowercase without accents ("Février" -> "fevrier"), for dictionary look-ups.

    A table lookup for the Latin letters news text uses; combining marks of
    decomposed text are dropped too. Letters of other scripts are only
    lowercased.
    """
    lowered = text.lower().translate(_FOLD)
    if "\u0300" <= max(lowered, default="a") and _COMBINING.search(lowered):
        return _COMBINING.sub("", lowered)
    return lowered


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ACCENTS = {
    "e": "[eéèêë]",
    "a": "[aàâä]",
    "i": "[iîï]",
    "o": "[oôö]",
    "u": "[uùûü]",
    "c": "[cç]",
    "'": "['’]",
}


def loose(word: str) -> str:
    """A regex for a folded ``word`` that also matches its accented spellings."""
    return "".join(_ACCENTS.get(ch, re.escape(ch)) for ch in word)


def phrase(text: str, *, accents: bool = True, names: Mapping[str, str] | None = None) -> str:
    """The regex of one entry of a word list (see the data files' headers):
    words joined by a space, a final ``*`` for any ending, a ``*`` alone for
    any one word, ``{weekday}``/``{month}`` for the alternations in ``names``.
    ``accents=False`` makes accents optional."""
    parts = []
    for token in text.split(" "):
        if token == "*":
            parts.append(r"\w+")
        elif names is not None and token in names:
            parts.append(f"(?:{names[token]})")
        else:
            core = token.rstrip("*")
            pattern = re.escape(core) if accents else loose(fold(core))
            parts.append(pattern + (r"\w*" if token.endswith("*") else ""))
    return r"\s".join(parts)


def any_of(
    words: Iterable[str], *, accents: bool = True, names: Mapping[str, str] | None = None
) -> str:
    """An alternation of the entries ``words``, longest first (see :func:`phrase`).
    An empty list gives a pattern that never matches."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return r"(?!x)x"
    return "|".join(phrase(w, accents=accents, names=names) for w in ordered)


def joiners(words: Iterable[str], *, accents: bool = True) -> str:
    """An alternation of words that join the next word: each followed by a
    space, or glued when it ends with an apostrophe ("de ", "d'")."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return r"(?!x)x"
    return "|".join(
        phrase(w, accents=accents) + ("" if w.endswith("'") else r"\s") for w in ordered
    )


def _folded(table: Mapping[str, T]) -> dict[str, T]:
    return {fold(key).replace("’", "'"): value for key, value in table.items()}


def _month_names(language: Language, extra: Mapping[str, int]) -> dict[str, int]:
    """Wide and abbreviated month names from CLDR (via Babel), folded, with
    the press abbreviations of the vocabulary."""
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=language.value).items():
            names[fold(name)] = number
            names[fold(name).rstrip(".")] = number
    for name, number in extra.items():
        names[fold(name)] = number
    # "mai"/"may" abbreviations equal the full name; drop 1-letter noise.
    return {k: v for k, v in names.items() if len(k) >= 3}


def _currency_symbols(language: Language, extra: Mapping[str, str]) -> dict[str, str]:
    """Lowercased currency symbol -> ISO code: CLDR's symbols of the locale
    that hold a currency sign ("$US", "R$", "€"; not letters such as "FB"),
    then the press symbols of the vocabulary. A symbol CLDR gives two
    currencies is dropped unless the vocabulary names one."""
    symbols: dict[str, str] = {}
    doubled: set[str] = set()
    for code, symbol in Locale.parse(language.value).currency_symbols.items():
        if symbol == code or not any(unicodedata.category(ch) == "Sc" for ch in symbol):
            continue
        key = symbol.lower()
        if key in symbols and symbols[key] != code:
            doubled.add(key)
        symbols[key] = code
    for key in doubled:
        del symbols[key]
    symbols.update({symbol.lower(): code for symbol, code in extra.items()})
    return symbols


class Lexicon:
    """One language's vocabulary for the recognisers (see the module docstring).

    ``words`` is the validated data file; the other attributes are what the
    recognisers look words up in: tables keyed by :func:`fold`-ed words, CLDR
    names, ``numbers`` (the decimal and group marks).
    """

    def __init__(self, words: Vocabulary, source: Path, raw: Mapping[str, Any]) -> None:
        self.words = words
        self.language: Language = words.language
        self.source = source
        self._raw = raw
        self._compiled: dict[Callable[[Lexicon], Any], Any] = {}
        self._lock = threading.RLock()
        self.numbers: Convention = convention(
            self.language, "".join(words.numbers.extra_group_marks)
        )
        self.months = _month_names(self.language, words.dates.months)
        self.month_names = tuple(get_month_names("wide", locale=self.language.value).values())
        self.weekdays = tuple(get_day_names("wide", locale=self.language.value).values())
        self.names = {
            "{weekday}": alternation(self.weekdays),
            "{month}": "|".join(loose(m) for m in sorted(self.months, key=len, reverse=True)),
        }
        self.currency_codes = frozenset(list_currencies())
        self.symbols = _currency_symbols(self.language, words.currencies.symbols)
        self.scales = {k: v.normalize() for k, v in _folded(words.scales).items()}
        self.letter_scales = {k: v.normalize() for k, v in _folded(words.letter_scales).items()}
        self.currency_names = _folded(words.currencies.names)
        self.subunits = _folded(words.currencies.subunits)
        self.qualifiers_before: dict[str, Qualifier] = _folded(words.qualifiers.before)
        self.qualifiers_after = {k.lower(): v for k, v in words.qualifiers.after.items()}
        self.time_units: dict[str, str] = _folded(words.durations.units)
        self.hyphen_units: dict[str, str] = _folded(words.durations.hyphenated)
        self.multiplier_words = {k.lower(): Decimal(v) for k, v in words.multipliers.words.items()}
        self.ordinals = _folded(words.ordinals.words)
        self.denominators = _folded(words.fractions.denominators)
        self.quarter_ordinals = _folded(words.periods.quarter_ordinals)
        self.half_ordinals = _folded(words.periods.half_ordinals)
        self.indefinite = words.numbers.indefinite
        self.stop_words = frozenset(fold(w) for w in words.counts.stop_words)
        self.decimal_mark = self.numbers.decimal

    def __repr__(self) -> str:
        return f"<Lexicon {self.language.value} from {self.source}>"

    @classmethod
    def load(cls, path: Path | str, *, over: Lexicon | None = None) -> Lexicon:
        """The vocabulary of the TOML file ``path`` (validated; raises
        :class:`~claims.extract.vocabulary.VocabularyError`). With ``over``,
        the file holds only additions laid over that lexicon's data: lists
        gain its words, tables its entries."""
        path = Path(path)
        raw = read_raw(path)
        merged = merge(over._raw, raw) if over is not None else raw
        return cls(validate(merged, path), path, merged)

    def extended(self, path: Path | str) -> Lexicon:
        """This vocabulary with the words of ``path`` added (a desk's own
        file: ``[changes] fall = ["sombré"]`` is enough)."""
        lexicon = Lexicon.load(path, over=self)
        if lexicon.language is not self.language:
            raise VocabularyError(path, f"changes the language of {self.source}", key="language")
        return lexicon

    def compiled(self, build: Callable[[Lexicon], T]) -> T:
        """``build(self)`` (a recogniser's compiled patterns), built once per lexicon."""
        try:
            return self._compiled[build]
        except KeyError:
            with self._lock:
                if build not in self._compiled:
                    self._compiled[build] = build(self)
                return self._compiled[build]


def lexicon(language: Language | str) -> Lexicon:
    """The packaged :class:`Lexicon` of ``language`` (``fr`` or ``en``), loaded once."""
    return _packaged(Language(language).value)


@functools.cache
def _packaged(code: str) -> Lexicon:
    language = Language(code)
    loaded = Lexicon.load(packaged_path(language))
    if loaded.language is not language:
        raise VocabularyError(loaded.source, f"is not the {language.value} vocabulary")
    return loaded
