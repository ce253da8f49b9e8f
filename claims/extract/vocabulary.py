"""The vocabulary data files of the extractor, read and validated.

Each language has a TOML file in the package, ``claims/extract/lang/fr.toml``
and ``en.toml``: every word the recognisers use, grouped by what it does
(scales, currencies, qualifiers, verbs of change, time units, ordinals,
attribution cues...). :func:`read_vocabulary` reads one, optionally over
another (a desk's own words added to the packaged file), and validates it
with the pydantic model :class:`Vocabulary` (``extra="forbid"``): a bad
entry raises :class:`VocabularyError` naming the file, the key and, when it
can be found, the line.

The format, in short (the files' headers say more):

* lists hold words or phrases, matched in any case; a final ``*`` stands
  for any ending, a ``*`` alone for any one word, ``{weekday}`` and
  ``{month}`` for CLDR's names;
* tables map a word to what it means: a multiplier (a positive number), an
  ISO 4217 code CLDR knows, a qualifier, a unit of time, a rank;
* ``speech_patterns`` holds the few small regular expressions that words
  cannot say, each named, each compiled when loaded.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from babel.numbers import list_currencies
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from claims.errors import ClaimDeskError
from claims.model import Language, Qualifier

PACKAGED = Path(__file__).resolve().parent / "lang"
"""The folder of the packaged vocabularies, one ``<language>.toml`` each."""


class VocabularyError(ClaimDeskError):
    """A vocabulary file cannot be used: bad TOML, an unknown key, a bad value.

    ``key`` is the dotted path of the entry (``qualifiers.before."au moins"``),
    ``line`` its 1-based line when found.
    """

    def __init__(
        self, path: Path | str, message: str, *, key: str | None = None, line: int | None = None
    ) -> None:
        self.path = Path(path)
        self.message = message
        self.key = key
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        key = f" {self.key}:" if self.key else ""
        return f"{where}:{key} {self.message}"


_PLACEHOLDERS = frozenset({"{weekday}", "{month}"})


def _word(value: str) -> str:
    """A word or phrase of a list: no edge spaces, ``*`` only at a word's end."""
    if not value or value != value.strip():
        raise ValueError("a word must be non-empty, without spaces at its ends")
    for token in value.split(" "):
        if not token:
            raise ValueError(f"{value!r} has two spaces in a row")
        if "*" in token.rstrip("*") or token.count("*") > 1:
            raise ValueError(f"{value!r}: '*' stands only at the end of a word")
        if ("{" in token or "}" in token) and token not in _PLACEHOLDERS:
            raise ValueError(f"{value!r}: the placeholders are {sorted(_PLACEHOLDERS)}")
    return value


def _code(value: str) -> str:
    if value not in _CODES:
        raise ValueError(f"{value!r} is not an ISO 4217 currency code CLDR knows")
    return value


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"the regular expression does not compile: {exc}") from None
    return value


def _literal(value: str) -> str:
    if not value:
        raise ValueError("must not be empty")
    return value


_CODES = frozenset(list_currencies())

Word = Annotated[str, AfterValidator(_word)]
Words = tuple[Word, ...]
Text = Annotated[str, AfterValidator(_literal)]
Code = Annotated[str, AfterValidator(_code)]
Regex = Annotated[str, AfterValidator(_regex)]
Multiplier = Annotated[Decimal, Field(gt=0, allow_inf_nan=False)]
Rank = Annotated[int, Field(ge=1)]
Unit = Literal["year", "month", "week", "day", "hour", "quarter", "decade"]
DateOrder = Literal["day month year", "month day year"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Numbers(_Section):
    extra_group_marks: tuple[Text, ...] = ()
    words: Words
    joiners: tuple[Text, ...]
    indefinite: Words


class Currencies(_Section):
    joiners: Words
    names: dict[Word, Code]
    symbols: dict[Text, Code]
    subunits: dict[Word, Code]


class Percent(_Section):
    words: Words


class Points(_Section):
    percentage: Words
    basis: Words


class Qualifiers(_Section):
    before: dict[Word, Qualifier]
    after: dict[Word, Qualifier]


class Changes(_Section):
    rise: Words
    fall: Words
    openers: Words
    joiners: Words
    far_joiners: Words
    loss: Words
    levels: Words
    moves: Words


class Durations(_Section):
    adjectives: Words
    spans: Words
    units: dict[Word, Unit]
    hyphenated: dict[Word, Unit] = {}


class Multipliers(_Section):
    adjectives: Words = ()
    verb_leads: Words = ()
    before: Words
    times: Words
    times_counted: Words
    splits: tuple[Text, ...]
    words: dict[Word, Rank]


class Counts(_Section):
    stop_words: Words
    noun_joiners: Words
    scale_joiners: Words
    adjectives: Words
    compound_nouns: bool
    per: Words


class Ordinals(_Section):
    suffixes: Words
    possessives: Words
    ambiguous: Words
    not_ranked: Words
    rank_verbs: Words
    rank_objects: Words
    words: dict[Word, Rank]


class Fractions(_Section):
    halves: Words
    of: Words
    one: Words
    out_of: Words
    denominators: dict[Word, Rank]


class Dates(_Section):
    orders: tuple[DateOrder, ...]
    articles: Words
    first_day: Words
    day_suffixes: Words
    month_year_joiners: Words
    deadlines: Words
    year_prepositions: Words
    event_names: Words
    months: dict[Word, Annotated[int, Field(ge=1, le=12)]] = {}


class Periods(_Section):
    quarter_words: Words
    half_words: Words
    quarter_letters: Words
    half_letters: Words
    articles: Words
    year_joiners: Words
    fiscal_years: Words
    fiscal_abbreviations: Words
    year_to_date: Words
    quarter_ordinals: dict[Word, Annotated[int, Field(ge=1, le=4)]]
    half_ordinals: dict[Word, Annotated[int, Field(ge=1, le=2)]]


class Ranges(_Section):
    openers: Words
    from_openers: Words
    joiners: tuple[Text, ...]
    opener_joiners: Words


class Tables(_Section):
    unit_openers: Words
    empty_cells: tuple[Text, ...]


class Exclusions(_Section):
    hour_marks: Words
    clock_suffixes: Words
    reference_marks: Words
    score_words: Words
    score_verbs: Words
    age_openers: Words
    age_units: Words
    age_suffixes: tuple[Text, ...]
    street_words: Words
    street_number_suffixes: Words
    street_types: Words


class Furniture(_Section):
    openers: Words


class Attribution(_Section):
    speech_verbs: Words
    speech_verbs_present: Words
    auxiliaries: Words
    inverted_speech_verbs: Words
    speaker_nouns: Words
    speaker_groups: Words
    speaker_roles: Words
    pronouns: Words
    pronouns_after_verb: Words
    determiners: Words
    title_determiners: Words
    articles: Words
    name_particles: Words
    name_links: Words
    source_openers: Words
    not_sources: Words
    relative_speech: Words
    opinion_openers: Words
    via_words: Words
    via_verbs: Words
    adverbs: Words
    speech_times: Words
    source_ends: Words
    clause_ends: Words
    generic_sources: Words
    publications: Words
    published_by: Words
    by: Words
    publication_of: Words
    estimate_words: Words
    consensus: Words
    consensus_of: Words
    forecasters: Words
    forecast_nouns: Words
    forecast_verbs: Words
    polled_by: Words
    speech_patterns: dict[Word, Regex] = {}


class Statements(_Section):
    superlative_articles: Words
    superlative_adverbs: Words
    superlatives: Words
    record_nouns: Words
    record_words: Words
    record_articles: Words
    record_complements: Words
    records: Words
    comparatives: Words
    than: Words
    phrase_ends: Words


class Vocabulary(_Section):
    """One language's vocabulary file, validated (see the module docstring)."""

    language: Language
    numbers: Numbers
    scales: dict[Word, Multiplier]
    letter_scales: dict[Word, Multiplier]
    currencies: Currencies
    percent: Percent
    points: Points
    qualifiers: Qualifiers
    changes: Changes
    durations: Durations
    multipliers: Multipliers
    counts: Counts
    ordinals: Ordinals
    fractions: Fractions
    dates: Dates
    periods: Periods
    ranges: Ranges
    tables: Tables
    exclusions: Exclusions
    furniture: Furniture
    attribution: Attribution
    statements: Statements


def packaged_path(language: Language | str) -> Path:
    """The packaged vocabulary file of ``language``."""
    return PACKAGED / f"{Language(language).value}.toml"


def read_raw(path: Path | str) -> dict[str, Any]:
    """The TOML data of ``path``; raises :class:`VocabularyError` when it
    cannot be read or parsed."""
    path = Path(path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise VocabularyError(path, f"cannot be read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise VocabularyError(path, "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(found.group(1)) if found else None
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise VocabularyError(path, f"is not valid TOML: {message}", line=line) from None


def merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``over`` laid on ``base``: tables merge key by key, lists gain the
    entries they lack, other values are replaced."""
    merged = dict(base)
    for key, value in over.items():
        old = merged.get(key)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            merged[key] = merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            merged[key] = old + [item for item in value if item not in old]
        else:
            merged[key] = value
    return merged


def validate(raw: Mapping[str, Any], path: Path | str) -> Vocabulary:
    """``raw`` (a vocabulary's TOML data read from ``path``) as a
    :class:`Vocabulary`; raises :class:`VocabularyError` on the first bad entry."""
    try:
        return Vocabulary.model_validate(raw)
    except ValidationError as exc:
        # An unknown key first: a typo also makes the key it misspells missing.
        errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        error = errors[0]
        loc = tuple(part for part in error["loc"] if part != "[key]")
        key = _dotted(loc)
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown key (a typo, or a key this version does not read)"
        elif error["type"] == "missing":
            message = "missing"
        elif "input" in error and not isinstance(error["input"], Mapping | list):
            message += f" (got {error['input']!r})"
        more = len(errors) - 1
        if more:
            message += f"; and {more} more error{'s' if more > 1 else ''}"
        raise VocabularyError(path, message, key=key, line=_line_of(path, loc, raw)) from None


def _dotted(loc: tuple[int | str, ...]) -> str:
    parts = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif re.fullmatch(r"[A-Za-z0-9_-]+", part):
            parts.append(("." if parts else "") + part)
        else:
            parts.append(("." if parts else "") + f'"{part}"')
    return "".join(parts)


def _line_of(path: Path | str, loc: tuple[int | str, ...], raw: Mapping[str, Any]) -> int | None:
    """The 1-based line of the entry at ``loc`` in the file, when it can be found."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    names = [str(part) for part in loc if isinstance(part, str)]
    start, depth = 0, 0
    for n in range(len(names), 0, -1):
        header = "[" + ".".join(names[:n]) + "]"
        found = next((i for i, line in enumerate(lines) if line.strip() == header), None)
        if found is not None:
            start, depth = found, n
            break
    if depth == len(names):
        return start + 1 if depth else None
    key = names[depth]
    line = _find(lines, start, rf'^\s*(?:"{re.escape(key)}"|{re.escape(key)})\s*=')
    if line is None:
        return None
    index = loc[loc.index(key) + 1] if loc.index(key) + 1 < len(loc) else None
    if isinstance(index, int):
        item = _walk(raw, loc[: loc.index(key) + 2])
        if isinstance(item, str):
            found = _find(lines, line, re.escape(_toml_string(item)))
            return (found if found is not None else line) + 1
    return line + 1


def _find(lines: list[str], start: int, pattern: str) -> int | None:
    for number in range(start, len(lines)):
        if number > start and lines[number].startswith("["):
            return None
        if re.search(pattern, lines[number]):
            return number
    return None


def _walk(raw: Any, loc: tuple[int | str, ...]) -> Any:
    for part in loc:
        try:
            raw = raw[part]
        except (KeyError, IndexError, TypeError):
            return None
    return raw


def _toml_string(item: str) -> str:
    return '"' + item.replace("\\", "\\\\").replace('"', '\\"') + '"'


def read_vocabulary(path: Path | str, base: Mapping[str, Any] | None = None) -> Vocabulary:
    """The validated vocabulary of ``path``, laid over ``base`` (raw data of
    another vocabulary, see :func:`merge`) when given."""
    raw = read_raw(path)
    return validate(merge(base, raw) if base is not None else raw, path)
