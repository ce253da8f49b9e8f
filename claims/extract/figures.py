"""Figure recognisers: money, percentages, counts, ordinals, fractions, dates...

Each recogniser reads one sentence of the *match text* (see
:mod:`claims.extract.text`) and returns :class:`Figure` candidates with
offsets into the article text. They run in a fixed order (exclusions, dates,
fractions, multipliers, ordinals, then every remaining number); a span taken
by an earlier recogniser is not read again, so "juin 2025" is one date and
never a count of 2025.

Values follow the sheet format: money in base currency units (scale words
applied: "32,58 milliards" -> 32580000000), percentages in percent units,
changes signed by their verb ("a chuté de 1,75 %" -> -1.75), fractions as a
ratio rounded to 4 decimal places (``FRACTION_PLACES``), dates and periods as
ISO 8601 strings ("2025-06", "2024-Q4").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from claims.extract.lexicon import Lexicon, alternation, fold
from claims.extract.numbers import NumberToken, find_numbers, parse_digits, parse_words
from claims.model import Kind, Qualifier

_NOT_RANKED = frozenset(
    "look glance thought thoughts time chance opinion guess try attempt nature hand wind "
    "regard avis chance fois souffle main coup".split()
)
"""Nouns after "second"/"seconde" that make it an adjective, not a rank."""

LOOKBACK = 80
"""Code points read back from a number for its currency, qualifier and verb."""

_LOSS_VERBS = frozenset({"lost", "perdu", "a perdu", "ont perdu"})
"""Verbs whose money is the size of a loss, not a signed change."""

_DURING = frozenset({"over", "under", "sur"})
"""Words that bound a number but only place a duration ("over five years")."""

FRACTION_PLACES = Decimal("0.0001")
"""Fractions are stored as a ratio rounded to 4 decimal places (1/3 -> 0.3333)."""

_ISO_CODES = (
    "EUR", "USD", "GBP", "CNY", "JPY", "CHF", "CAD", "INR", "SEK", "NOK", "DKK", "PLN", "BRL",
    "MXN", "ZAR", "KRW", "AUD", "HKD", "SGD",
)  # fmt: skip
"""ISO 4217 codes read before or after an amount ("EUR 1000", "1 000 EUR")."""
_CODES = {code.lower(): code for code in _ISO_CODES} | {"rmb": "CNY"}
_PREFIX_CURRENCY = _CODES | {
    "us$": "USD",
    "$us": "USD",
    "$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "hk$": "HKD",
    "r$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
}
_SUFFIX_SYMBOLS = _CODES | {
    "$us": "USD",
    "$ us": "USD",
    "$ca": "CAD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
}
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


def loose_alternation(words: Iterable[str]) -> str:
    """Accent-insensitive alternation of folded ``words``, longest first."""
    return "|".join(loose(fold(w)) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Figure:
    """A figure found at ``[start, end)`` of the article text."""

    start: int
    end: int
    kind: Kind
    value: Decimal | str | None
    value_max: Decimal | str | None = None
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    template: str | None = None  # "{year}-Q4": a period or day whose year the text leaves out


@dataclass(frozen=True)
class _Left:
    start: int
    qualifier: Qualifier
    direction: int
    currency: str | None
    range_opener: bool
    joined: bool = False  # the verb names its change ("fell by", "recul de")
    verb: str = ""
    qualifier_word: str = ""


class _Patterns:
    """The compiled regexes of one language."""

    def __init__(self, lex: Lexicon) -> None:
        flags = re.IGNORECASE
        year = r"(?P<year>1[89]\d\d|20\d\d|21\d\d)"
        yy = r"(?P<yy>\d\d)"
        months = "|".join(loose(m) for m in sorted(lex.months, key=len, reverse=True))
        deadline = loose_alternation(lex.deadline_words)
        self.deadline = deadline
        prep = loose_alternation(lex.year_prepositions)
        qwords = loose_alternation(lex.quarter_ordinals)
        if lex.language.value == "fr":
            day_month_year = [rf"(?:le\s)?(?P<day>[0-3]?\d|1er)\s(?P<month>{months})\s{year}"]
            day_month = [rf"(?:le\s)?(?P<day>[0-3]?\d|1er)\s(?P<month>{months})(?!\s\d)"]
            month_year = rf"(?P<month>{months})\s(?:de\s(?:l'ann[ée]e\s)?)?{year}"
            periods = [
                rf"[TQ](?P<qnum>[1-4])[\s/-]?{year}",
                rf"(?P<qnum>[1-4])[TQ]{yy}",
                rf"(?P<qword>{qwords})\s{lex.quarter_word}\s(?:de\s(?:l'ann[ée]e\s)?|d'|)?{year}",
                rf"[SH](?P<hnum>[12])[\s/-]?{year}",
                rf"(?P<hnum>[12])[SH]{yy}",
                rf"(?P<six>6)M{yy}",
                rf"(?P<hword>premier|second|deuxi[eè]me)\s{lex.half_word}\s(?:de\s|d')?{year}",
                rf"(?P<fiscal>exercice(?:\sfiscal)?|ann[ée]e\sfiscale)\s{year}",
            ]
            yearless = [
                rf"(?P<qword>{qwords})\s{lex.quarter_word}",
                rf"(?P<hword>premier|second|deuxi[eè]me)\s{lex.half_word}",
                r"(?P<ytd>depuis\sle\sd[ée]but\sde\sl'ann[ée]e)",
            ]
        else:
            day_month_year = [
                rf"(?P<month>{months})\.?\s(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s{year}",
                rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s(?P<month>{months})\.?\s{year}",
            ]
            day_month = [
                rf"(?P<month>{months})\.?\s(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!,?\s\d)",
            ]
            month_year = rf"(?P<month>{months})\s(?:of\s)?{year}"
            periods = [
                rf"Q(?P<qnum>[1-4])[\s/-]?(?:FY\s?)?{year}",
                rf"(?P<qnum>[1-4])Q{yy}",
                rf"Q(?P<qnum>[1-4])\s?FY{yy}",
                rf"(?:the\s)?(?P<qword>{qwords})[\s-]{lex.quarter_word}\s(?:of\s)?(?:fiscal\s)?{year}",
                rf"H(?P<hnum>[12])[\s/-]?{year}",
                rf"(?P<hnum>[12])H{yy}",
                rf"(?P<six>6)M{yy}",
                rf"(?:the\s)?(?P<hword>first|second)\s{lex.half_word}\s(?:of\s)?{year}",
                rf"(?P<fiscal>fiscal(?:\syear)?|FY)\s?{year}",
                rf"(?P<fiscal>FY){yy}",
            ]
            yearless = [
                rf"(?P<qword>{qwords})[\s-]{lex.quarter_word}",
                rf"(?P<hword>first|second)[\s-]{lex.half_word}",
                r"(?P<ytd>year[\s-]to[\s-]date|so\sfar\sthis\syear)",
            ]
        lead = rf"(?:(?P<deadline>{deadline})\s?)?"
        self.day_month = [re.compile(rf"(?<!\w){lead}{p}(?!\w)", flags) for p in day_month]
        self.day_month_year = [
            re.compile(rf"(?<!\w){lead}{p}(?!\w)", flags) for p in day_month_year
        ]
        self.month_year = re.compile(rf"(?<!\w){lead}{month_year}(?!\w)", flags)
        self.periods = [re.compile(rf"(?<!\w){lead}{p}(?![\w%])", flags) for p in periods]
        self.yearless = [re.compile(rf"(?<!\w){p}(?![\w%])", flags) for p in yearless]
        self.year_range = re.compile(
            rf"(?<![\w.,])(?:(?P<prep>{prep})\s)?(?P<y1>1[89]\d\d|20\d\d)\s?[-–/]\s?(?P<y2>(?:1[89]|20)?\d\d)(?![\w%,.]\d|\w)",
            flags,
        )
        self.year = re.compile(
            rf"(?<![\w.,'])(?:(?P<deadline>{deadline})\s?)?(?:(?P<prep>{prep})\s)?{year}(?![\w%]|[.,]\d|\s?(?:%|€|\$))",
            flags,
        )
        # tickers, links, e-mail addresses
        self.exclusions_links = re.compile(
            r"\b[A-Z][A-Za-z]{1,9}\s?:\s?[A-Z0-9.]{1,10}\b|https?://\S+|www\.\S+|"
            r"[\w.+-]+@[\w-]+\.\w+"
        )
        self.exclusions = re.compile(
            # The look-ahead is a cheap filter: every branch starts with one of these.
            r"(?=[\dA-Z+(nNº])(?:"
            # times of day, phone numbers
            r"\b\d{1,2}\s?[h:]\s?\d{2}\b|\b\d{1,2}\s?h\b|\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?|\+\d{1,3}(?:[ .]\d{1,4}){3,5}\b|"
            r"\b\d{2}(?:[ .]\d{2}){4}\b|\(\d{3}\)\s?\d{3}-\d{4}\b|"
            # reference numbers: "n° 2023-1250", "No. 001-38245", "D.24-0123"
            r"(?:\bn°|\bnº|\bN°|\b[Nn]o\.|\b[Nn]um[ée]ro)\s?[\w./-]*\d[\w./-]*|"
            r"\b[A-Z]{1,6}[.-]?\d{1,4}(?:[-.]\d{2,6})+\b|\b\d{3,}-\d{3,}\b|"
            # match scores: "s'est imposé 3-1", "a 2-1 win"
            r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b(?=\s(?:win|victory|defeat|loss|draw|victoire|défaite|"
            r"succès|face|against|contre|at\shome|away|lead))|(?<=imposé\s)\d{1,2}\s?[-–]\s?\d{1,2}\b|"
            # ages: "âgé de 52 ans", "aged 52"
            r"(?<=[âÂ]gé\sde\s)\d{1,3}\s?ans\b|(?<=[âÂ]gée\sde\s)\d{1,3}\s?ans\b|"
            r"(?<=[aA]ged\s)\d{1,3}\b|"
            r"\b\d{1,3}-year-old\b|"
            # street addresses: "221 Baker Street", "12 rue de Rivoli"
            r"\b\d{1,5}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|boulevard|bd|place|quai|chemin|allée|impasse)\b|"
            r"\b\d{1,5}\s(?:[A-Z]\w+\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Square)\b|"
            # column headers of a flattened table: "2024 2023 Variation"
            r"\b(?:19|20)\d\d(?:\s+(?:19|20)\d\d)+\b(?!\s?(?:%|€|\$))|"
            # model and product names: "PS5", "A320neo", "Covid-19", "iPhone 15"
            r"\b[A-Z]+-?\d+\b(?!\s?(?:19|20)\d\d)|\b[A-Z][a-z]+-\d+\b|\b\d+[A-Za-z]+\d+\w*\b)"
        )
        self.one_in_n = re.compile(
            rf"(?<!\w)(?:{lex.one_in_n})(?:\s[^\W\d][\w'’-]*){{0,3}}\s(?:sur|in|out\sof)\s"
            rf"(?P<den>\d+|{alternation(lex.word_numbers)})(?!\w)",
            flags,
        )
        self.hyphen_duration = re.compile(
            rf"(?<![\w-])(?P<n>\d+|{alternation(lex.word_numbers)})-"
            r"(?P<unit>year|month|week|day|hour|decade)(?![\w-])",
            flags,
        )
        self.multiplier_digits = re.compile(
            rf"(?<![\w.,])[x×]\s?(?P<n>\d+(?:{re.escape(lex.decimal_sep)}\d+)?)(?!\w)"
            rf"|(?<!\w)(?P<split>\d+|{alternation(lex.word_numbers)})-(?:for|pour)-(?:one|un|1)(?!\w)",
            flags,
        )
        self.qualifier_before = re.compile(
            rf"(?:^|(?<=[\s('’]))(?P<q>{loose_alternation(lex.qualifiers_before)})\s?$", flags
        )
        self.qualifier_after = re.compile(
            rf"\s?(?P<q>{'|'.join(re.escape(k) for k in sorted(lex.qualifiers_after, key=len, reverse=True))})(?!\w)",
            flags,
        )
        self.change_before = re.compile(
            rf"(?:^|(?<=[\s(,]))(?P<verb>(?:en\s)?(?P<rise>{lex.rise_words})|(?:en\s)?(?P<fall>{lex.fall_words})){lex.change_joiner}$",
            flags,
        )
        self.change_far = re.compile(
            rf"(?:^|(?<=[\s(]))(?:(?P<rise>{lex.rise_words})|(?P<fall>{lex.fall_words}))"
            rf"(?:\s[^\W\d][\w'’-]*){{1,5}}\s{lex.far_change_joiner}\s$",
            flags,
        )
        self.change_verb_end = re.compile(
            rf"(?:\b(?:{lex.rise_words}|{lex.fall_words}|pass[ée]\w*|went|moved|changed|evolu\w*|évolu\w*)\s)$",
            flags,
        )
        self.range_opener = re.compile(
            rf"(?:^|(?<=[\s(]))(?P<op>{loose_alternation(lex.range_openers)})\s$", flags
        )
        prefix_cur = "|".join(re.escape(k) for k in sorted(_PREFIX_CURRENCY, key=len, reverse=True))
        self.currency_before = re.compile(rf"(?:^|(?<=[\s(]))(?P<cur>{prefix_cur})\s?$", flags)
        scale_words = alternation(tuple(lex.scales))
        self.scale_after = re.compile(rf"\s?(?P<scale>{scale_words})(?![\w])", flags)
        letter_scales = alternation(tuple(lex.letter_scales))
        suffix_syms = "|".join(re.escape(k) for k in sorted(_SUFFIX_SYMBOLS, key=len, reverse=True))
        self.letter_scale_after = re.compile(
            rf"\s?(?P<scale>{letter_scales})(?=\s?(?:{suffix_syms})|(?!\w))", flags
        )
        currency_words = loose_alternation(lex.currency_words)
        self.currency_after = re.compile(
            rf"\s?(?:{lex.currency_joiner}\s?(?P<word>{currency_words})(?!\w)|(?P<sym>{suffix_syms})(?![A-Za-z]))",
            flags,
        )
        self.cents_after = re.compile(
            rf"(?:\s(?P<cents>{alternation(tuple(lex.cents_words))})(?!\w)"
            r"|(?P<pence>p(?![\w.])|\spence(?!\w)))",
            flags,
        )
        self.percent_after = re.compile(rf"\s?(?:{alternation(lex.percent_words)})(?!\w)", flags)
        self.points_after = re.compile(
            rf"\s?(?P<bp>{alternation(lex.basis_point_words)})(?!\w)|\s(?P<pp>{alternation(lex.point_words)})(?!\w)",
            flags,
        )
        # "vue 250 000 fois sur les réseaux", "three times a day": how often (a count);
        # "1,4 fois l'Ebitda", "eight times median earnings": a multiplier.
        self.times_after = re.compile(
            r"\s(?P<times>fois|times)(?!\w)(?!(?P<count>\s*[,.;:!?)]|\s*$|\s(?:sur|en|par|dans|"
            r"depuis|pendant|au|aux|à|on|in|a|an|per|since|during|this|last|over|at|by|"
            r"each|every|cette|ce|chaque)\b))",
            flags,
        )
        self.times_count = re.compile(r"\s(?P<times>fois|times)(?!\w)", flags)
        self.multiplier_after = re.compile(r"\s?[x×](?![\w])", flags)
        self.multiplier_before = re.compile(
            r"(?:^|(?<=[\s(]))(?:[x×]|multipli\w*\s(?:par|by))\s?$", flags
        )
        time_units = loose_alternation(lex.time_units)
        self.duration_after = re.compile(
            rf"\s(?:{lex.time_adjectives}\s)?(?P<unit>{time_units})(?!\w)", flags
        )
        self.per_after = re.compile(rf"\s(?:{lex.per_words})(?!\w)", flags)
        self.range_joiner = re.compile(rf"\s?(?:{alternation(lex.range_joiners)})\s?", flags)
        word = r"[^\W\d_][\w'-]*"
        adjectives = loose_alternation(lex.adjectives_before_noun)
        self.noun_after = re.compile(
            rf"\s(?:(?P<adj>{adjectives})\s)?(?P<noun>{word}(?:\s{lex.noun_joiners}\s?{word})?)",
            flags,
        )
        denominators = loose_alternation(lex.fraction_denominators)
        number_word = loose_alternation((*lex.word_numbers, "un", "une", "one", "a"))
        self.fraction = re.compile(
            rf"(?<!\w)(?:(?P<num>{number_word}|\d+)[\s-](?P<den>{denominators})|(?P<half>{loose_alternation(lex.fraction_halves)}))(?!\w)(?P<rest>{lex.fraction_complement})",
            flags,
        )
        ordinal_words = loose_alternation(lex.ordinals)
        self.ordinal = re.compile(
            rf"(?<!\w)(?:(?P<det>{'|'.join((*lex.indefinite, *lex.possessives))})\s)?(?:(?P<word>{ordinal_words})|(?P<digits>\d{{1,3}}){lex.ordinal_suffix})(?!\w)",
            flags,
        )
        self.multiplier_lead = re.compile(
            r"\b(?:to|will|would|could|should|may|might|can|more\sthan|nearly|almost|roughly|"
            r"about|set\sto|expected\sto)\s$",
            flags,
        )
        self.level_before = re.compile(rf"\b(?:{lex.level_verbs})\s$", flags)
        self.rank_verb = re.compile(
            rf"\b(?:{lex.rank_verbs})(?:\s(?:it|them|him|her|le|la|les|se))?\s$", flags
        )
        self.period_noun = re.compile(
            rf"\s(?:{lex.quarter_word}|{lex.half_word}|trimestre|semestre|quarter|half)", flags
        )
        # Gates: cheap tests a sentence must pass before the costly patterns run.
        month_stems = tuple(sorted({fold(m).rstrip(".")[:4] for m in lex.months}))
        ordinal_re = re.compile(rf"\d{lex.ordinal_suffix}\b")
        self.gate_digit = _Gate(regex=re.compile(r"\d"))
        self.gate_year = _Gate(regex=re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)"))
        self.gate_month = _Gate(month_stems)
        self.gate_period = _Gate(
            (
                "trimestre",
                "semestre",
                "quarter",
                "half",
                "exercice",
                "fiscal",
                "fy",
                "debut de l",
                "year to date",
                "year-to-date",
                "so far this",
            ),
            re.compile(r"[TQSH]\s?[1-4]|[1-4][TQSH]\d|6M\d"),
        )
        self.gate_fraction = _Gate(
            tuple(fold(w) for w in (*lex.fraction_denominators, *lex.fraction_halves))
        )
        self.gate_one_in = _Gate((" sur ", " in ", " out of "))
        self.gate_multiplier = _Gate(
            (*(fold(w) for w in lex.multiplier_words), "-for-", "-pour-"),
            re.compile(r"\d\s?[x×]|[x×]\s?\d"),
        )
        self.gate_ordinal = _Gate(tuple(lex.ordinals), ordinal_re)
        self.gate_exclusion = _Gate(regex=re.compile(r"\d"))
        self.gate_links = _Gate((":", "@", "www"))
        self.gate_hyphen = _Gate(("-year", "-month", "-week", "-day", "-hour", "-decade"))
        self.gate_table = _Gate(regex=re.compile(r"\([^()]{1,20}\)\s+[-+]?\d"))
        self.multiplier_words = re.compile(
            rf"(?<!\w)(?P<w>{alternation(tuple(lex.multiplier_words))})(?!\w)", flags
        )


@dataclass(frozen=True, eq=False)
class _Gate:
    """A sentence passes when its folded text holds one of ``words`` or its
    text matches ``regex``: plain substring tests cost far less than the
    patterns they guard."""

    words: tuple[str, ...] = ()
    regex: re.Pattern[str] | None = None

    def passes(self, sentence: str, folded: str) -> bool:
        if any(word in folded for word in self.words):
            return True
        return self.regex is not None and self.regex.search(sentence) is not None


@functools.cache
def _patterns(lex: Lexicon) -> _Patterns:
    return _Patterns(lex)


_CURRENCY_NAMES = frozenset({"euro", "euros", "dollar", "dollars", "yen", "livre", "pound"})


@functools.cache
def _vocabulary(lex: Lexicon) -> frozenset[str]:
    """Folded words of ``lex`` that may stand right before a number without
    naming it ("En 2024", "Selon 3 sources", "About 60%")."""
    words: set[str] = set(lex.stop_words) | set(lex.months)
    phrases = (
        *lex.year_prepositions,
        *lex.deadline_words,
        *lex.qualifiers_before,
        *lex.range_openers,
        *lex.currency_words,
        *lex.scales,
    )
    for phrase in phrases:
        words.update(fold(phrase).split())
    words.update(fold(w) for w in _PREFIX_CURRENCY)
    return frozenset(words)


class SentenceScanner:
    """Finds the figures of one sentence.

    ``text`` is the whole match text, ``[start, end)`` the sentence; figures
    carry offsets into the whole text. A period or day without a year
    ("quatrième trimestre", "le 29 octobre") comes back with a ``template``
    for :func:`resolve_years`, which knows the years mentioned before.
    """

    def __init__(self, text: str, start: int, end: int, lex: Lexicon) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lex = lex
        self.p = _patterns(lex)
        self.sentence = text[start:end]
        self.taken: list[tuple[int, int]] = []
        self.figures: list[Figure] = []
        self._gates: dict[int, bool] = {}
        self._folded: str | None = None
        self._period_matches: list[re.Match[str]] = []
        self._lefts: dict[int, _Left] = {}
        self._figures_at: dict[int, Figure | None] = {}

    # -- bookkeeping -------------------------------------------------------
    def _window(self, position: int, width: int = 0) -> int:
        """Where a right-anchored look-back before ``position`` starts: the
        sentence start, or ``width`` code points before (``LOOKBACK`` by
        default; each phrase read back is shorter than its width), so a
        look-back costs O(1)."""
        return max(self.start, position - (width or LOOKBACK))

    def _free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.taken)

    def _take(self, figure: Figure) -> None:
        self.taken.append((figure.start, figure.end))
        self.figures.append(figure)

    def _spans(self, pattern: re.Pattern[str], gate: _Gate | None = None) -> list[re.Match[str]]:
        if gate is not None and not self._passes(gate):
            return []
        return list(pattern.finditer(self.sentence))

    def _passes(self, gate: _Gate) -> bool:
        known = self._gates.get(id(gate))
        if known is None:
            if self._folded is None:
                self._folded = fold(self.sentence)
            known = self._gates[id(gate)] = gate.passes(self.sentence, self._folded)
        return known

    # -- the recognisers ---------------------------------------------------
    def scan(self) -> list[Figure]:
        """Run every recogniser; return the figures in text order."""
        self._period_matches = [
            m for p in self.p.periods for m in self._spans(p, self.p.gate_period)
        ]
        periods = [m.span() for m in self._period_matches]
        exclusions = [
            *self._spans(self.p.exclusions_links, self.p.gate_links),
            *self._spans(self.p.exclusions, self.p.gate_exclusion),
        ]
        for match in exclusions:
            start, end = match.span()
            if any(s < end and start < e for s, e in periods):
                continue  # "2T23", "Q3/2020" look like model names but are periods
            self.taken.append((self.start + start, self.start + end))
        self._table_row()
        self._dates()
        self._fractions()
        self._one_in_n()
        self._multiplier_words()
        self._ordinals()
        self._numbers()
        return sorted(self.figures, key=lambda f: f.start)

    def _table_row(self) -> None:
        """A results-table row flattened into text: "Chiffre d'affaires (M€)
        1 234,5 1 105,2 +11,7 %". Each cell is a figure in the row's unit."""
        if not self._passes(self.p.gate_table):
            return
        row = _TABLE_ROW.match(self.sentence)
        if row is None:
            return
        unit = _table_unit(row.group("unit"))
        if unit is None:
            return
        currency, scale = unit
        offset = self.start + row.start("cells")
        cells = self.text[offset : self.start + row.end("cells")]
        for token in find_numbers(cells, self.lex):
            start, end = offset + token.start, offset + token.end
            percent = self.p.percent_after.match(self.text, end, self.end)
            if percent is not None:
                figure = Figure(start, percent.end(), Kind.PERCENT, token.value, unit="%")
            else:
                figure = Figure(start, end, Kind.MONEY, _exact(token.value * scale), unit=currency)
            self._take(figure)

    def _deadline_qualifier(self, match: re.Match[str]) -> Qualifier:
        return Qualifier.AT_MOST if match.groupdict().get("deadline") else Qualifier.EXACT

    def _dates(self) -> None:
        months = self.lex.months
        for match in (m for p in self.p.day_month_year for m in self._spans(p, self.p.gate_month)):
            groups = match.groupdict()
            day, month = groups["day"], groups["month"]
            day_number = 1 if day.lower() == "1er" else int(day)
            number = months.get(fold(month)) or months.get(fold(month).rstrip("."))
            if number is None:
                continue
            value = f"{groups['year']}-{number:02d}-{day_number:02d}"
            self._add_temporal(match, Kind.DATE, value)
        for match in self._period_matches:
            groups = match.groupdict()
            year = groups.get("year") or "20" + groups["yy"]
            self._add_temporal(match, Kind.PERIOD, self._period_value(groups, year))
        for match in self._spans(self.p.month_year, self.p.gate_month):
            month = fold(match.group("month"))
            number = months.get(month) or months.get(month.rstrip("."))
            if number is None:
                continue
            self._add_temporal(match, Kind.DATE, f"{match.group('year')}-{number:02d}")
        for match in self._spans(self.p.year_range, self.p.gate_year):
            y1 = match.group("y1")
            y2 = match.group("y2")
            if len(y2) == 2:
                y2 = y1[:2] + y2
            if int(y2) <= int(y1):
                continue
            start, end = self.start + match.start(), self.start + match.end()
            if self._free(start, end):
                # "2012–13", "2024-2028": a span of (often fiscal) years.
                self._take(Figure(start, end, Kind.PERIOD, y1, y2))
        for match in self._spans(self.p.year, self.p.gate_year):
            start, end = self.start + match.start(), self.start + match.end()
            if not self._free(start, end):
                continue
            # A bare year is a date only when it cannot be a count: no noun after it.
            if not match.group("deadline") and not match.group("prep"):
                if self._names_year(start):
                    self.taken.append((start, end))  # "VivaTech 2023": an event's name
                    continue
                if self._count_noun(end) is not None:
                    continue
            self._add_temporal(match, Kind.DATE, match.group("year"))
        self._yearless_periods()
        self._days_without_year()

    def _period_value(self, groups: dict[str, str | None], year: str | None) -> str | None:
        """The ISO value of a quarter, half, year-to-date or fiscal-year match."""
        if year is None:
            return None
        if groups.get("qnum") or groups.get("qword"):
            qnum, qword = groups.get("qnum"), groups.get("qword")
            number = int(qnum) if qnum else self.lex.quarter_ordinals[fold(qword or "")]
            return f"{year}-Q{number}"
        if groups.get("hnum") or groups.get("hword") or groups.get("six"):
            hword = fold(groups.get("hword") or "")
            half = groups.get("hnum") or ("2" if hword in ("second", "deuxieme") else "1")
            return f"{year}-H{half}"
        return year  # fiscal year, year to date

    def _yearless_periods(self) -> None:
        """ "quatrième trimestre", "first half", "year to date" with no year: a
        template that :func:`resolve_years` fills."""
        for match in (m for p in self.p.yearless for m in self._spans(p, self.p.gate_period)):
            template = self._period_value(match.groupdict(), "{year}")
            self._add_temporal(match, Kind.PERIOD, None, template)

    def _names_year(self, start: int, initial: bool = True) -> bool:
        """Whether the number at ``start`` follows a capitalised name and so is
        part of it ("VivaTech 2023", "Orion 4", "S&P 500", "CAC 40").
        ``initial`` false ignores a word that starts the sentence ("Environ 60")."""
        window = self.text[max(self.start, start - 40) : start]
        before = re.search(r"(?<!\w)([A-Z][\w&-]*|[a-z]+[A-Z][\w&-]*)\s$", window)
        if before is None:
            return False
        if not initial and start - len(window) + before.start(1) == self.start:
            return False
        word = fold(before.group(1))
        if initial:  # a year: "Euro 2028" names a tournament
            return word not in _vocabulary(self.lex) or word in _CURRENCY_NAMES
        return word not in _vocabulary(self.lex)

    def _days_without_year(self) -> None:
        """ "le 29 octobre", "March 14": a date template that
        :func:`resolve_years` fills with the last year mentioned."""
        for match in (m for p in self.p.day_month for m in self._spans(p, self.p.gate_month)):
            groups = match.groupdict()
            month = fold(groups["month"])
            number = self.lex.months.get(month) or self.lex.months.get(month.rstrip("."))
            if self.lex.language.value == "en" and not groups["month"][0].isupper():
                continue  # "may 5" is no date in English
            day = groups["day"]
            day_number = 1 if day.lower() == "1er" else int(day)
            if number is None or not 1 <= day_number <= 31:
                continue
            template = f"{{year}}-{number:02d}-{day_number:02d}"
            self._add_temporal(match, Kind.DATE, None, template)

    def _add_temporal(
        self, match: re.Match[str], kind: Kind, value: str | None, template: str | None = None
    ) -> None:
        start, end = self.start + match.start(), self.start + match.end()
        if self._free(start, end):
            qualifier = self._deadline_qualifier(match)
            self._take(Figure(start, end, kind, value, qualifier=qualifier, template=template))

    def _fractions(self) -> None:
        for match in self._spans(self.p.fraction, self.p.gate_fraction):
            start, end = self.start + match.start(), self.start + match.end()
            if not self._free(start, end):
                continue
            if match.group("half"):
                ratio = Decimal(1) / Decimal(2)
            else:
                den_word = fold(match.group("den"))
                if den_word.startswith("quarter") and not match.group("rest"):
                    continue  # "three quarters" is a duration without "of"
                if (
                    self.lex.language.value == "en"
                    and not match.group("rest")
                    and den_word in self.lex.ordinals
                    and self._count_noun(end) is not None
                ):
                    continue  # "a third straight week": a rank, not a fraction
                numerator = match.group("num")
                try:
                    num = (
                        Decimal(numerator)
                        if numerator.isdigit()
                        else parse_words(numerator, self.lex)
                    )
                except ValueError:
                    continue
                ratio = num / Decimal(self.lex.fraction_denominators[den_word])
            left = self._left(match.start() + self.start)
            self._take(
                Figure(
                    left.start,
                    end,
                    Kind.FRACTION,
                    ratio.quantize(FRACTION_PLACES),
                    qualifier=left.qualifier,
                )
            )

    def _one_in_n(self) -> None:
        """ "près d'une entreprise sur deux", "one in five adults": 1/n."""
        for match in self._spans(self.p.one_in_n, self.p.gate_one_in):
            start, end = self.start + match.start(), self.start + match.end()
            if not self._free(start, end):
                continue
            den = match.group("den")
            try:
                n = Decimal(den) if den.isdigit() else parse_words(den, self.lex)
            except ValueError:
                continue
            if n < 2:
                continue
            left = self._left(start)
            ratio = (Decimal(1) / n).quantize(FRACTION_PLACES)
            self._take(Figure(left.start, end, Kind.FRACTION, ratio, qualifier=left.qualifier))

    def _multiplier_words(self) -> None:
        for match in self._spans(self.p.multiplier_words, self.p.gate_multiplier):
            start, end = self.start + match.start(), self.start + match.end()
            word = match.group("w").lower()
            if not self._free(start, end):
                continue
            if word in ("double", "triple"):
                # English "double" is an adjective ("double-digit") unless a verb:
                # "to more than double", "will double".
                lead = self.p.multiplier_lead.search(self.text, self._window(start, 30), start)
                if lead is None:
                    continue
            left = self._left(start)
            value = Decimal(self.lex.multiplier_words[word])
            self._take(Figure(left.start, end, Kind.MULTIPLIER, value, qualifier=left.qualifier))
        for match in self._spans(self.p.hyphen_duration, self.p.gate_hyphen):
            start, end = self.start + match.start(), self.start + match.end()
            if not self._free(start, end):
                continue
            number = match.group("n")
            try:
                amount = (
                    parse_digits(number, self.lex)
                    if number[0].isdigit()
                    else parse_words(number, self.lex)
                )
            except ValueError:
                continue
            unit = self.lex.time_units.get(fold(match.group("unit")))
            if unit is not None and amount != 1:  # "their biggest one-day gain" describes
                self._take(Figure(start, end, Kind.DURATION, _exact(amount), unit=unit))
        for match in self._spans(self.p.multiplier_digits, self.p.gate_multiplier):
            start, end = self.start + match.start(), self.start + match.end()
            if not self._free(start, end):
                continue
            number = match.group("n") or match.group("split")
            try:
                factor = (
                    parse_digits(number, self.lex)
                    if number[0].isdigit()
                    else parse_words(number, self.lex)
                )
            except ValueError:
                continue
            self._take(Figure(start, end, Kind.MULTIPLIER, _exact(factor)))

    def _ordinals(self) -> None:
        last_noun: str | None = None
        for match in self._spans(self.p.ordinal, self.p.gate_ordinal):
            start, end = self.start + match.start(), self.start + match.end()
            det = match.group("det")
            if det and det.lower() in self.lex.possessives:
                # "son troisième centre", "its third": the rank starts at the ordinal.
                start = self.start + match.start("word" if match.group("word") else "digits")
            if not self._free(start, end):
                continue
            rank = (
                self.lex.ordinals.get(fold(match.group("word") or ""))
                if match.group("word")
                else int(match.group("digits"))
            )
            if self.p.period_noun.match(self.text, end, self.end) and (rank or 0) <= 4:
                continue  # "quatrième trimestre" is a period, read by _yearless_periods
            if match.group("word"):
                if fold(match.group("word")) in ("second", "seconde"):
                    # "second" is as often an adjective ("a second look"): it ranks
                    # only a countable noun.
                    noun = self._count_noun(end)
                    if noun is None and not match.group("det"):
                        continue
                    if noun is not None and fold(noun[1].split()[0]) in _NOT_RANKED:
                        continue
                value = Decimal(self.lex.ordinals[fold(match.group("word"))])
            else:
                value = Decimal(match.group("digits"))
            unit: str | None
            noun = self._count_noun(end)
            if noun is not None:
                end, unit = noun
                last_noun = unit
            else:
                unit = last_noun if match.group("det") else None
                ranked = self.p.rank_verb.search(self.text, self._window(start, 30), start)
                if unit is None and not match.group("det") and ranked is None:
                    continue  # "fourth" alone ranks nothing, unless "ranked it fourth"
            self._take(Figure(start, end, Kind.ORDINAL, value, unit=unit))

    def _numbers(self) -> None:
        tokens = [
            t
            for t in find_numbers(self.sentence, self.lex)
            if self._free(self.start + t.start, self.start + t.end)
        ]
        skip_until = -1
        for index, token in enumerate(tokens):
            if token.start < skip_until:
                continue
            figure = self._figure_at(token)
            if (
                figure is not None
                and figure.kind is Kind.COUNT
                and not token.words
                and token.value == token.value.to_integral_value()
                and self._names_year(self.start + token.start, initial=False)
            ):
                continue  # "Orion 4 accelerators", "S&P 500 rose": a name's number
            # A range: "entre 12 et 15 euros", "$205 million to $210 million".
            ranged, consumed = self._range(figure, token, tokens[index + 1 :])
            if consumed is not None:
                skip_until = consumed
                figure = ranged
            if figure is not None and self._free(figure.start, figure.end):
                self._take(figure)
        self._carry_currency()

    # -- one number in context ---------------------------------------------
    def _left(self, position: int) -> _Left:
        """Read right-to-left what precedes a number: currency, qualifier, verb."""
        known = self._lefts.get(position)
        if known is None:
            known = self._lefts[position] = self._read_left(position)
        return known

    def _read_left(self, position: int) -> _Left:
        start = position
        text = self.text
        currency = None
        match = self.p.currency_before.search(text, self._window(start, 8), start)
        if match:
            currency = _PREFIX_CURRENCY[match.group("cur").lower()]
            start = match.start()
        qualifier = Qualifier.EXACT
        word = ""
        match = self.p.qualifier_before.search(text, self._window(start, 32), start)
        if match:
            word = fold(match.group("q")).replace("’", "'")
            qualifier = self.lex.qualifiers_before[word]
            start = match.start()
        direction = 0
        joined = False
        match = self.p.change_before.search(text, self._window(start, 40), start)
        verb = ""
        if match:
            direction = 1 if match.group("rise") else -1
            joined = bool(match.group("verb") != match.group(0).rstrip())
            verb = fold(match.group("verb"))
            start = match.start()
        elif (far := self.p.change_far.search(text, self._window(start), start)) is not None:
            # "lowered its benchmark rate by 25 basis points": the verb names the change.
            direction = 1 if far.group("rise") else -1
            joined = True
        opener = self.p.range_opener.search(text, self._window(start, 12), start) is not None
        return _Left(
            start,
            qualifier,
            direction,
            currency,
            opener,
            joined=joined,
            qualifier_word=word,
            verb=verb,
        )

    def _count_noun(self, position: int) -> tuple[int, str] | None:
        match = self.p.noun_after.match(self.text, position, self.end)
        if not match:
            return None
        noun = match.group("noun")
        words = noun.split()
        if len(words) > 1 and fold(words[-1]) in self.lex.stop_words:
            # "12 000 communes de moins de 3 500 habitants": the noun is "communes"
            noun = words[0]
            match = self.p.noun_after.match(self.text, position, match.start("noun") + len(noun))
            if not match:
                return None
        first = fold(noun.split()[0].split("'")[0])
        if first in self.lex.stop_words or first in self.lex.months:
            return None
        if fold(noun.split()[0]) in self.lex.scales:
            return None
        end = match.end()
        if self.lex.compound_nouns and " " not in noun:
            # English compounds: "29 data centers", "its fourth regional service hub";
            # a plural ends one ("4,000 workers").
            for _ in range(2):
                extra = re.match(r"\s([^\W\d_][\w-]*)", self.text[end : min(end + 40, self.end)])
                last = noun.split()[-1]
                plural = last.endswith("s") and not last.endswith("ss")
                if extra is None or plural or fold(extra.group(1)) in self.lex.stop_words:
                    break
                end += extra.end()
                noun = f"{noun} {extra.group(1)}"
        return end, noun

    def _figure_at(self, token: NumberToken) -> Figure | None:
        """The figure a number token stands for in its context, or ``None``
        (read once per token: ranges look at the next token too)."""
        if token.start not in self._figures_at:
            self._figures_at[token.start] = self._read_figure(token)
        return self._figures_at[token.start]

    def _read_figure(self, token: NumberToken) -> Figure | None:
        text = self.text
        number_start = self.start + token.start
        position = self.start + token.end
        if (
            token.indefinite
            and not self.p.scale_after.match(text, position, self.end)
            and not self.p.points_after.match(text, position, self.end)
        ):
            return None  # "un", "a": a number only before a scale or points
        left = self._left(number_start)
        value = token.value
        unit: str | None = None
        kind: Kind | None = None
        scale = Decimal(1)
        match = self.p.scale_after.match(text, position, self.end)
        if match:
            scale = self.lex.scales[fold(match.group("scale"))]
            position = match.end()
        elif left.currency or self._currency_follows(position):
            match = self.p.letter_scale_after.match(text, position, self.end)
            if match:
                scale = self.lex.letter_scales[fold(match.group("scale"))]
                position = match.end()
        if (
            token.indefinite
            and scale == 1
            and not self.p.points_after.match(text, position, self.end)
        ):
            return None
        currency = left.currency
        match = self.p.currency_after.match(text, position, self.end)
        if match and not (token.words and scale == 1 and match.group("sym")):
            if match.group("word"):
                currency = self.lex.currency_words[fold(match.group("word"))]
            else:
                currency = _SUFFIX_SYMBOLS[match.group("sym").lower()]
            position = match.end()
        if currency is None:
            match = self.p.cents_after.match(text, position, self.end)
            if (match and not token.words) or (match and scale == 1):
                # "45 cents", "84.6p a therm" (pence)
                cents = match.group("cents")
                currency = self.lex.cents_words[fold(cents)] if cents else "GBP"
                value = value.scaleb(-2)
                position = match.end()
        if currency is not None:
            kind, unit = Kind.MONEY, currency
        elif (match := self.p.percent_after.match(text, position, self.end)) is not None:
            kind, unit = Kind.PERCENT, "%"
            position = match.end()
        elif (match := self.p.points_after.match(text, position, self.end)) is not None:
            kind, unit = Kind.PERCENTAGE_POINTS, "pp"
            if match.group("bp"):
                value = value.scaleb(-2)
            position = match.end()
        elif (match := self.p.multiplier_after.match(text, position, self.end)) is not None or (
            self.p.multiplier_before.search(text, self._window(number_start, 30), number_start)
            is not None
        ):
            kind = Kind.MULTIPLIER
            if match is not None:
                position = match.end()
            else:
                before = self.p.multiplier_before.search(
                    text, self._window(number_start, 30), number_start
                )
                assert before is not None
                left = replace(left, start=min(left.start, before.start()))
        elif (match := self.p.times_after.match(text, position, self.end)) is not None:
            position = match.end()  # "1,4 fois l'Ebitda": a multiplier
            kind = Kind.MULTIPLIER
        elif (match := self.p.times_count.match(text, position, self.end)) is not None:
            position = match.end()  # "vue 250 000 fois sur les réseaux": how often
            kind, unit = Kind.COUNT, match.group("times").lower()
        elif (match := self.p.duration_after.match(text, position, self.end)) is not None:
            kind, unit = Kind.DURATION, self.lex.time_units[fold(match.group("unit"))]
            position = match.end()
        if kind is None:
            if scale != 1:
                kind = Kind.COUNT
                noun = self._count_noun(position)
                if self.lex.scale_noun_joiner:
                    # "2,4 millions de chômeurs"; "1,2 million atteint" counts nothing named
                    joined = re.match(
                        rf"\s(?:{self.lex.scale_noun_joiner})", self.text[position : position + 4]
                    )
                    noun = self._count_noun(position + joined.end() - 1) if joined else None
                if noun is not None:
                    position, unit = noun
            else:
                if position < len(text) and (text[position].isalpha() and not token.words):
                    return None  # "4G", "10h": glued letters that are no unit
                noun = self._count_noun(position)
                if token.words and token.value < 2:
                    return None
                if noun is not None:
                    position, unit = noun
                elif token.words or (
                    left.direction == 0
                    and self.p.level_before.search(text, self._window(left.start, 30), left.start)
                    is None
                ):
                    return None
                # else its noun stands before the verb: "jobs grew by 210,000",
                # "claims rose to 231,000", "le nombre de chômeurs atteint 2 900 000"
                kind = Kind.COUNT
        qualifier = left.qualifier
        match = self.p.qualifier_after.match(text, position, self.end)
        if match and kind in (Kind.PERCENT, Kind.MONEY, Kind.COUNT):
            qualifier = self.lex.qualifiers_after[match.group("q").lower()]
            position = match.end()
        match = self.p.per_after.match(text, position, self.end)
        if match and kind is Kind.MONEY:
            position = match.end()
        number = value * scale
        # "cut 900 jobs" counts what was cut; "jobs fell by 41,000" is a change.
        counted_object = kind is Kind.COUNT and unit is not None and not left.joined
        # "lost £14m", "a perdu 3 millions d'euros": the size of a loss.
        counted_object = counted_object or (kind is Kind.MONEY and left.verb in _LOSS_VERBS)
        if (
            left.direction < 0
            and number > 0
            and kind not in (Kind.ORDINAL, Kind.DURATION)
            and not counted_object
        ):
            number = -number
        if kind is Kind.DURATION and left.qualifier_word in _DURING:
            qualifier = Qualifier.EXACT  # "over five years" is a span, not a bound
        return Figure(left.start, position, kind, _exact(number), unit=unit, qualifier=qualifier)

    def _currency_follows(self, position: int) -> bool:
        match = re.match(r"\s?[A-Za-z]{1,2}\s?(?:[€$£¥]|\$US)", self.text[position : position + 8])
        return match is not None

    def _range(
        self, figure: Figure | None, token: NumberToken, rest: list[NumberToken]
    ) -> tuple[Figure | None, int | None]:
        """Merge ``figure`` with the next number when they form a range.

        Returns the merged figure and the end (sentence offset) of the second
        number, or ``(figure, None)`` when there is no range. A bare first
        number ("entre 12 et 15 euros") takes the second's unit and scale.
        """
        if not rest or (figure is not None and figure.kind in (Kind.DATE, Kind.PERIOD)):
            return figure, None
        nxt = rest[0]
        number_end = self.start + token.end
        left = self._left(self.start + token.start)
        if left.direction != 0 and not left.range_opener:
            return figure, None  # "decreased $1.2 million to $23.5 million": change, then level
        joints = [number_end] if figure is None else [figure.end, number_end]
        match = None
        joint = number_end
        for joint in joints:
            match = self.p.range_joiner.match(self.text, joint, self.end)
            if match and match.end() <= self.start + nxt.start <= match.end() + 4:
                break
            match = None
        if match is None:
            return figure, None
        joiner = match.group(0).strip().lower()
        if joiner in ("et", "and") and not left.range_opener:
            return figure, None
        second = self._figure_at(nxt)
        if second is None:
            return figure, None
        if figure is None or figure.kind is not second.kind:
            if joint != number_end or (second.kind is Kind.COUNT and not left.range_opener):
                return figure, None  # "entre 350 et 370 TWh" is a range, "3 et 4 salariés" is not
            first_value = token.value * self._scale_between(token, second)
            if isinstance(second.value, Decimal) and second.value < 0 < first_value:
                first_value = -first_value
            figure = Figure(
                left.start,
                number_end,
                second.kind,
                _exact(first_value),
                unit=second.unit,
                qualifier=left.qualifier,
            )
        elif figure.unit != second.unit:
            return figure, None
        if self._is_change_of_levels(left, figure, second):
            return figure, None
        opener = self.p.range_opener.search(self.text, self._window(figure.start, 12), figure.start)
        merged = Figure(
            opener.start() if opener and left.range_opener else figure.start,
            second.end,
            figure.kind,
            figure.value,
            value_max=second.value,
            unit=second.unit,
            qualifier=figure.qualifier,
        )
        return merged, nxt.end

    def _is_change_of_levels(self, left: _Left, low: Figure, high: Figure) -> bool:
        """ "fell from 31% to 27%", "est passé de 9,2 à 4,5 millions": two levels."""
        if (
            isinstance(low.value, Decimal)
            and isinstance(high.value, Decimal)
            and high.value < low.value
        ):
            return True
        if not left.range_opener:
            return False
        opener = self.p.range_opener.search(self.text, self._window(left.start, 12), left.start)
        if opener is None or fold(opener.group("op")) not in ("from", "de"):
            return False
        before = self.text[self.start : opener.start()]
        return self.p.change_verb_end.search(before) is not None

    def _scale_between(self, first: NumberToken, second: Figure) -> Decimal:
        """The scale the second figure of a range implies for a bare first number."""
        match = self.p.scale_after.match(self.text, self.start + first.end, self.end)
        if match:
            return self.lex.scales[fold(match.group("scale"))]
        second_tokens = find_numbers(self.text[second.start : second.end], self.lex)
        if (
            not second_tokens
            or not isinstance(second.value, Decimal)
            or second_tokens[0].value == 0
        ):
            return Decimal(1)
        ratio = abs(second.value) / abs(second_tokens[-1].value)
        return ratio.normalize() if ratio >= 1 else Decimal(1)

    def _carry_currency(self) -> None:
        """ "5,2 milliards de dollars au Brésil et 1,8 milliard en Inde": 1,8 is USD too."""
        figures = sorted(self.figures, key=lambda f: f.start)
        currency = None
        for index, figure in enumerate(figures):
            if figure.kind is Kind.MONEY:
                currency = figure.unit
            elif figure.kind is Kind.COUNT and currency is not None and figure.unit is None:
                figures[index] = replace(figure, kind=Kind.MONEY, unit=currency)
        self.figures = figures


_TABLE_ROW = re.compile(
    r"^(?P<label>[^\d()]{2,80}?)\s?\((?P<unit>[^()\d]{1,20})\)\s+"
    r"(?P<cells>[-+]?\d[\d\s.,]*%?(?:\s+[-+]?\d[\d\s.,]*%?)+)"
    r"(?:\s+(?:n\.\s?[sdmc]\.?|nm|ns|n/a|—|–))*\s*$"
)
_TABLE_SCALES = {
    "": Decimal(1),
    "k": Decimal("1E+3"),
    "m": Decimal("1E+6"),
    "mn": Decimal("1E+6"),
    "mio": Decimal("1E+6"),
    "millions": Decimal("1E+6"),
    "b": Decimal("1E+9"),
    "bn": Decimal("1E+9"),
    "md": Decimal("1E+9"),
    "mds": Decimal("1E+9"),
    "mrd": Decimal("1E+9"),
    "milliards": Decimal("1E+9"),
}


def _table_unit(unit: str) -> tuple[str, Decimal] | None:
    """The currency and scale of a table row's unit ("M€", "$m", "en Md€")."""
    text = unit.strip().lower().removeprefix("en ").removeprefix("in ")
    currency = next((code for sym, code in _SUFFIX_SYMBOLS.items() if sym in text), None)
    if currency is None:
        return None
    for sym in sorted(_SUFFIX_SYMBOLS, key=len, reverse=True):
        text = text.replace(sym, " ")
    letters = re.sub(r"[^a-z]", "", text.replace("d'", "").replace("de", ""))
    scale = _TABLE_SCALES.get(letters)
    return None if scale is None else (currency, scale)


def resolve_years(figures: list[Figure], year: str | None) -> tuple[list[Figure], str | None]:
    """Fill the templates of ``figures`` (text order) with the last year
    mentioned before each: ``year`` at the start (from earlier sentences),
    then each dated figure's. Returns the figures and the last year after them.

    A period without a known year keeps the value ``None``; a day without one
    is dropped (it cannot be checked).
    """
    resolved: list[Figure] = []
    for figure in figures:
        if figure.template is not None:
            if year is None and figure.kind is Kind.DATE:
                continue
            value = figure.template.format(year=year) if year is not None else None
            figure = replace(figure, value=value, template=None)
        if figure.kind in (Kind.DATE, Kind.PERIOD) and isinstance(figure.value, str):
            year = figure.value[:4]
        resolved.append(figure)
    return resolved, year


def _exact(value: Decimal) -> Decimal:
    """``value`` with the digits typed: "32,50" stays ``32.50`` (the typed
    precision tells a checker how the figure was rounded), and the positive
    exponent a scale leaves is dropped ("32,58 milliards" is 32.58 x 1E+9 =
    ``3.258E+10``, stored as ``32580000000``)."""
    if value.as_tuple().exponent > 0:  # type: ignore[operator]
        return value.quantize(Decimal(1))
    return value
