"""Per-language vocabulary of the figure recognisers.

Everything language-specific the recognisers need is here, as regular
expression fragments (matched case-insensitively on the *match text*, see
:mod:`claims.extract.text`): scales, currencies, qualifiers, verbs of change,
time units, ordinals, fractions and attribution cues. Month names come from
the CLDR data shipped with Babel rather than from hand-written lists.

Sources: scale words follow the long-scale usage of French (``billion`` is
10**12 in French, 10**9 in English; Académie française and the 1961 decree on
units); currency codes are ISO 4217.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from babel.dates import get_month_names

from claims.model import Language, Qualifier


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first, escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


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


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The vocabulary of one language. Keys of the dicts are :func:`fold`-ed."""

    language: Language
    decimal_sep: str
    group_seps: str
    scales: dict[str, Decimal]
    letter_scales: dict[str, Decimal]
    currency_words: dict[str, str]
    currency_joiner: str
    cents_words: dict[str, str]
    percent_words: tuple[str, ...]
    point_words: tuple[str, ...]
    basis_point_words: tuple[str, ...]
    qualifiers_before: dict[str, Qualifier]
    qualifiers_after: dict[str, Qualifier]
    rise_words: str
    fall_words: str
    change_joiner: str
    far_change_joiner: str
    one_in_n: str
    time_units: dict[str, str]
    time_adjectives: str
    word_numbers: tuple[str, ...]
    word_number_joiners: str
    indefinite: tuple[str, ...]
    possessives: tuple[str, ...]
    rank_verbs: str
    level_verbs: str
    ordinals: dict[str, int]
    ordinal_suffix: str
    fraction_denominators: dict[str, int]
    fraction_halves: tuple[str, ...]
    fraction_complement: str
    quarter_ordinals: dict[str, int]
    quarter_word: str
    half_word: str
    deadline_words: tuple[str, ...]
    year_prepositions: tuple[str, ...]
    range_openers: tuple[str, ...]
    range_joiners: tuple[str, ...]
    multiplier_words: dict[str, int]
    stop_words: frozenset[str]
    noun_joiners: str
    scale_noun_joiner: str
    adjectives_before_noun: tuple[str, ...]
    per_words: str
    boilerplate: str
    compound_nouns: bool = False
    months: dict[str, int] = field(default_factory=dict)


def _month_names(language: Language) -> dict[str, int]:
    """Wide and abbreviated month names from CLDR (via Babel), folded."""
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=language.value).items():
            names[fold(name)] = number
            names[fold(name).rstrip(".")] = number
    # Common press abbreviations CLDR does not list.
    extra = {"fr": {"sept.": 9, "fév.": 2, "janv": 1}, "en": {"sept.": 9, "sept": 9}}
    for name, number in extra[language.value].items():
        names[fold(name)] = number
    # "mai"/"may" abbreviations equal the full name; drop 1-letter noise.
    return {k: v for k, v in names.items() if len(k) >= 3}


_FR_ORDINALS = {
    "deuxieme": 2,
    "second": 2,
    "seconde": 2,
    "troisieme": 3,
    "quatrieme": 4,
    "cinquieme": 5,
    "sixieme": 6,
    "septieme": 7,
    "huitieme": 8,
    "neuvieme": 9,
    "dixieme": 10,
    "onzieme": 11,
    "douzieme": 12,
    "quinzieme": 15,
    "vingtieme": 20,
    "centieme": 100,
}
_EN_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "fifteenth": 15,
    "twentieth": 20,
    "hundredth": 100,
}

_BILLION = Decimal("1E+9")
_MILLION = Decimal("1E+6")
_THOUSAND = Decimal("1E+3")
_TRILLION = Decimal("1E+12")

FRENCH = Lexicon(
    language=Language.FR,
    decimal_sep=",",
    group_seps=" .",
    scales={
        "milliard": _BILLION,
        "milliards": _BILLION,
        "md": _BILLION,
        "mds": _BILLION,
        "mrd": _BILLION,
        "mrds": _BILLION,
        "million": _MILLION,
        "millions": _MILLION,
        "mio": _MILLION,
        "mille": _THOUSAND,
        "billion": _TRILLION,
        "billions": _TRILLION,
    },
    letter_scales={"k": _THOUSAND, "m": _MILLION, "g": _BILLION, "md": _BILLION, "t": _TRILLION},
    currency_words={
        "dollars americains": "USD",
        "dollars us": "USD",
        "dollar americain": "USD",
        "dollars canadiens": "CAD",
        "dollars australiens": "AUD",
        "dollars de hong kong": "HKD",
        "dollars": "USD",
        "dollar": "USD",
        "euros": "EUR",
        "euro": "EUR",
        "yuans": "CNY",
        "yuan": "CNY",
        "renminbi": "CNY",
        "livres sterling": "GBP",
        "livre sterling": "GBP",
        "livres": "GBP",
        "livre": "GBP",
        "francs suisses": "CHF",
        "franc suisse": "CHF",
        "yens": "JPY",
        "yen": "JPY",
        "roupies": "INR",
        "wons": "KRW",
        "won": "KRW",
        "couronnes suedoises": "SEK",
        "couronnes norvegiennes": "NOK",
        "couronnes danoises": "DKK",
        "couronnes tcheques": "CZK",
        "zlotys": "PLN",
        "zloty": "PLN",
        "reals": "BRL",
        "real bresilien": "BRL",
        "pesos mexicains": "MXN",
        "roubles": "RUB",
        "livres turques": "TRY",
        "dirhams": "AED",
        "rands": "ZAR",
    },
    currency_joiner=r"(?:de\s|d'|d’)?",
    # "centimes" are euro cents; "cents" in French press copy are dollar cents.
    cents_words={"centimes": "EUR", "centime": "EUR", "cents": "USD", "cent": "USD"},
    percent_words=("%", "pour cent", "pourcent", "pour-cent"),
    point_words=(
        "points de pourcentage",
        "point de pourcentage",
        "points",
        "point",
        "pts",
        "pt",
        "pp",
    ),
    basis_point_words=("points de base", "point de base", "pb"),
    qualifiers_before={
        "au moins": Qualifier.AT_LEAST,
        "au minimum": Qualifier.AT_LEAST,
        "minimum": Qualifier.AT_LEAST,
        "plus de": Qualifier.MORE_THAN,
        "plus d'": Qualifier.MORE_THAN,
        "plus d’": Qualifier.MORE_THAN,
        "au-dela de": Qualifier.MORE_THAN,
        "superieur a": Qualifier.MORE_THAN,
        "superieure a": Qualifier.MORE_THAN,
        "pres de": Qualifier.APPROX,
        "pres d'": Qualifier.APPROX,
        "environ": Qualifier.APPROX,
        "d'environ": Qualifier.APPROX,
        "quelque": Qualifier.APPROX,
        "quelques": Qualifier.APPROX,
        "presque": Qualifier.APPROX,
        "autour de": Qualifier.APPROX,
        "approximativement": Qualifier.APPROX,
        "quasiment": Qualifier.APPROX,
        "a peu pres": Qualifier.APPROX,
        "aux alentours de": Qualifier.APPROX,
        "jusqu'a": Qualifier.AT_MOST,
        "au plus": Qualifier.AT_MOST,
        "au maximum": Qualifier.AT_MOST,
        "pas plus de": Qualifier.AT_MOST,
        "moins de": Qualifier.LESS_THAN,
        "moins d'": Qualifier.LESS_THAN,
        "inferieur a": Qualifier.LESS_THAN,
        "inferieure a": Qualifier.LESS_THAN,
        "sous la barre des": Qualifier.LESS_THAN,
        "sous la barre de": Qualifier.LESS_THAN,
        "sous la barre d'": Qualifier.LESS_THAN,
        "en dessous de": Qualifier.LESS_THAN,
        "au-dessous de": Qualifier.LESS_THAN,
        "a partir de": Qualifier.AT_LEAST,
        "au-dessus de": Qualifier.MORE_THAN,
        "au-dessus des": Qualifier.MORE_THAN,
        "au-dela des": Qualifier.MORE_THAN,
        "avoisine": Qualifier.APPROX,
        "avoisinent": Qualifier.APPROX,
        "avoisinait": Qualifier.APPROX,
        "frole": Qualifier.APPROX,
        "frolent": Qualifier.APPROX,
        "depasse": Qualifier.MORE_THAN,
        "depassent": Qualifier.MORE_THAN,
        "depassait": Qualifier.MORE_THAN,
        "a depasse": Qualifier.MORE_THAN,
        "ont depasse": Qualifier.MORE_THAN,
        "excede": Qualifier.MORE_THAN,
        "excedent": Qualifier.MORE_THAN,
    },
    qualifiers_after={
        "ou plus": Qualifier.AT_LEAST,
        "au moins": Qualifier.AT_LEAST,
        "et plus": Qualifier.AT_LEAST,
    },
    rise_words=(
        r"augment\w*|hausse|progress\w*|grimp\w*|bondi\w*|bond|gagn\w*|cr[uû]|accru\w*|"
        r"accroissement|croissance|envol\w*|relev\w*|rebond\w*|s'est apprécié\w*|apprécié\w*|"
        r"appréciation|avancé\w*"
    ),
    fall_words=(
        r"baiss\w*|recul\w*|chut\w*|diminu\w*|perdu|perd\w*|repli\w*|cédé\w*|contract\w*|"
        r"dégringol\w*|plong\w*|abaiss\w*|réduit\w*|réduction|glissé|fléchi\w*|déprécié\w*|"
        r"dépréciation|effondr\w*"
    ),
    change_joiner=r"(?:\s(?:de\s|d'|d’|par\s)|\s)",
    far_change_joiner=r"(?:de|d'|d’)",
    one_in_n=r"un|une",
    time_units={
        "ans": "year",
        "an": "year",
        "annees": "year",
        "annee": "year",
        "mois": "month",
        "semaines": "week",
        "semaine": "week",
        "jours": "day",
        "jour": "day",
        "trimestres": "quarter",
        "heures": "hour",
        "heure": "hour",
        "decennies": "decade",
        "decennie": "decade",
    },
    time_adjectives=r"(?:prochain(?:e)?s|dernier(?:e)?s|dernières|premier(?:e)?s|premières|derniers)",
    word_numbers=(
        "zéro",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "vingt",
        "vingts",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "cent",
        "cents",
        "mille",
        "un",
        "une",
    ),
    word_number_joiners=r"(?:-et-|\set\s|-|\s)",
    indefinite=("un", "une"),
    possessives=("son", "sa", "leur"),
    rank_verbs=r"class[ée]e?s?|arriv[ée]e?s?|termin[ée]e?s?|figure|pointe",
    level_verbs=(
        r"atteint|atteignent|atteignait|s'établit à|s’établit à|s'élève à|s’élève à|"
        r"est passée? à|sont passés à|passe à|totalise|culmine à|plafonne à|s'est établie? à"
    ),
    ordinals=_FR_ORDINALS,
    ordinal_suffix=r"(?:er|ère|re|e|è|ème|eme)",
    fraction_denominators={
        "demi": 2,
        "tiers": 3,
        "quart": 4,
        "quarts": 4,
        "cinquieme": 5,
        "cinquiemes": 5,
        "dixieme": 10,
        "dixiemes": 10,
    },
    fraction_halves=("la moitié", "moitié"),
    fraction_complement=r"(?:\s(?:du|de la|des|de l'|de l’|de|d'|d’)\s?[^\W\d][\w’'-]*)?",
    quarter_ordinals={
        "premier": 1,
        "1er": 1,
        "deuxieme": 2,
        "second": 2,
        "2e": 2,
        "troisieme": 3,
        "3e": 3,
        "quatrieme": 4,
        "4e": 4,
        "dernier": 4,
    },
    quarter_word=r"trimestre",
    half_word=r"semestre",
    deadline_words=(
        "d'ici",
        "d’ici",
        "d'ici à",
        "d’ici à",
        "avant",
        "au plus tard en",
        "jusqu'en",
        "jusqu’en",
        "jusqu'à",
        "au plus tard",
        "d'ici la fin de",
        "d'ici à la fin de",
        "d’ici à la fin de",
        "d’ici la fin de",
        "avant la fin de",
    ),
    year_prepositions=(
        "en",
        "dès",
        "depuis",
        "pour",
        "fin",
        "début",
        "mi",
        "courant",
        "l'an",
        "année",
    ),
    range_openers=("entre", "de"),
    range_joiners=("et", "à", "-", "–"),
    # Exact spellings (lowercase): "double" without its accent is an adjective.
    multiplier_words={
        "doublé": 2,
        "doubler": 2,
        "doublera": 2,
        "triplé": 3,
        "tripler": 3,
        "triplera": 3,
        "quadruplé": 4,
        "quintuplé": 5,
        "décuplé": 10,
    },
    stop_words=frozenset(
        "de des du d à au aux en et ou le la les l un une pour par sur sous dans avec sans "
        "chez vers que qui est sont a ont sa son ses leur leurs ce cet cette ces selon "
        "soit plus moins contre depuis entre dont il elle ils elles on se s y ne pas près pres "
        "environ autour après apres avant vers fois".split()
    ),
    noun_joiners=r"(?:de|d'|d’|des|du)",
    scale_noun_joiner=r"de\s",
    adjectives_before_noun=(
        "nouveaux",
        "nouvelles",
        "nouveau",
        "nouvelle",
        "autres",
        "autre",
        "premiers",
        "premières",
        "grands",
        "grandes",
        "petits",
        "petites",
    ),
    per_words=r"par\s(?:action|titre|an|mois|jour|habitant|personne|salarié|baril|tonne)",
    boilerplate=r"^(?:lire aussi|à lire aussi|a lire aussi|lecture connexe|voir aussi|photo\b|crédit|credit)",
)

ENGLISH = Lexicon(
    language=Language.EN,
    decimal_sep=".",
    group_seps=",",
    scales={
        "billion": _BILLION,
        "billions": _BILLION,
        "bn": _BILLION,
        "bln": _BILLION,
        "million": _MILLION,
        "millions": _MILLION,
        "mn": _MILLION,
        "mln": _MILLION,
        "thousand": _THOUSAND,
        "trillion": _TRILLION,
        "trillions": _TRILLION,
        "tn": _TRILLION,
    },
    letter_scales={"k": _THOUSAND, "m": _MILLION, "b": _BILLION, "t": _TRILLION},
    currency_words={
        "us dollars": "USD",
        "u.s. dollars": "USD",
        "dollars": "USD",
        "dollar": "USD",
        "canadian dollars": "CAD",
        "australian dollars": "AUD",
        "hong kong dollars": "HKD",
        "euros": "EUR",
        "euro": "EUR",
        "yuan": "CNY",
        "renminbi": "CNY",
        "pounds sterling": "GBP",
        "pounds": "GBP",
        "pound": "GBP",
        "sterling": "GBP",
        "swiss francs": "CHF",
        "swiss franc": "CHF",
        "yen": "JPY",
        "rupees": "INR",
        "won": "KRW",
        "swedish crowns": "SEK",
        "swedish kronor": "SEK",
        "kronor": "SEK",
        "norwegian crowns": "NOK",
        "norwegian kroner": "NOK",
        "danish crowns": "DKK",
        "danish kroner": "DKK",
        "zlotys": "PLN",
        "zloty": "PLN",
        "reais": "BRL",
        "brazilian reais": "BRL",
        "mexican pesos": "MXN",
        "roubles": "RUB",
        "rubles": "RUB",
        "turkish lira": "TRY",
        "dirhams": "AED",
        "rand": "ZAR",
    },
    currency_joiner=r"(?:of\s)?",
    cents_words={"cents": "USD", "cent": "USD"},
    percent_words=("%", "percent", "per cent", "pct"),
    point_words=("percentage points", "percentage point", "points", "point", "pts", "pp"),
    basis_point_words=("basis points", "basis point", "bps", "bp"),
    qualifiers_before={
        "at least": Qualifier.AT_LEAST,
        "a minimum of": Qualifier.AT_LEAST,
        "more than": Qualifier.MORE_THAN,
        "over": Qualifier.MORE_THAN,
        "above": Qualifier.MORE_THAN,
        "upwards of": Qualifier.MORE_THAN,
        "in excess of": Qualifier.MORE_THAN,
        "nearly": Qualifier.APPROX,
        "about": Qualifier.APPROX,
        "around": Qualifier.APPROX,
        "approximately": Qualifier.APPROX,
        "almost": Qualifier.APPROX,
        "roughly": Qualifier.APPROX,
        "some": Qualifier.APPROX,
        "close to": Qualifier.APPROX,
        "an estimated": Qualifier.APPROX,
        "up to": Qualifier.AT_MOST,
        "at most": Qualifier.AT_MOST,
        "no more than": Qualifier.AT_MOST,
        "a maximum of": Qualifier.AT_MOST,
        "less than": Qualifier.LESS_THAN,
        "fewer than": Qualifier.LESS_THAN,
        "under": Qualifier.LESS_THAN,
        "below": Qualifier.LESS_THAN,
        "exceeds": Qualifier.MORE_THAN,
        "exceeded": Qualifier.MORE_THAN,
        "topped": Qualifier.MORE_THAN,
        "tops": Qualifier.MORE_THAN,
        "surpassed": Qualifier.MORE_THAN,
        "just over": Qualifier.MORE_THAN,
        "just under": Qualifier.LESS_THAN,
        "well over": Qualifier.MORE_THAN,
    },
    qualifiers_after={
        "-plus": Qualifier.MORE_THAN,
        "plus": Qualifier.MORE_THAN,
        "or more": Qualifier.AT_LEAST,
    },
    rise_words=(
        r"rose|rise[sn]?|rising|increase[sd]?|increasing|up|gain(?:ed|s)?|grew|grow(?:s|n|th)?|"
        r"climb(?:ed|s)?|jump(?:ed|s)?|surge[sd]?|soar(?:ed|s)?|advance[sd]?|higher|added|"
        r"rebound(?:ed|s)?|raised"
    ),
    fall_words=(
        r"fell|fall(?:s|en|ing)?|drop(?:ped|s)?|decline[sd]?|declining|decrease[sd]?|down|"
        r"lower|slump(?:ed|s)?|shed|lost|slid|sank|tumble[sd]?|plunge[sd]?|contract(?:ed|s)?|"
        r"shr[ai]nk|shrunk|cut|cuts|reduced|dip(?:ped|s)?|slipped|eased|lowered|lowering|"
        r"trimmed|trim|slashed|slash|dropped|decrease|decline|drop|fall"
    ),
    change_joiner=r"(?:\s(?:by|of)\s|\s)",
    far_change_joiner=r"by",
    one_in_n=r"one",
    time_units={
        "years": "year",
        "year": "year",
        "months": "month",
        "month": "month",
        "weeks": "week",
        "week": "week",
        "days": "day",
        "day": "day",
        "quarters": "quarter",
        "hours": "hour",
        "hour": "hour",
        "decades": "decade",
        "decade": "decade",
    },
    # Between a number and its unit ("three straight years"); "231,000 last week"
    # is a count and a time, not a duration.
    time_adjectives=r"(?:straight|consecutive|full|more|additional|further)",
    word_numbers=(
        "zero",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "one",
        "a",
    ),
    word_number_joiners=r"(?:-|\sand\s|\s)",
    indefinite=("one", "a", "an"),
    possessives=("its", "their", "his", "her", "our"),
    rank_verbs=r"ranked|ranks|rank|finished|came|placed|rated",
    level_verbs=(
        r"rose to|fell to|climbed to|dropped to|jumped to|grew to|increased to|decreased to|"
        r"declined to|slipped to|edged up to|reached|hit|totaled|totalled|stood at|came in at|"
        r"numbered|topped"
    ),
    ordinals=_EN_ORDINALS,
    ordinal_suffix=r"(?:st|nd|rd|th)",
    fraction_denominators={
        "half": 2,
        "third": 3,
        "thirds": 3,
        "quarter": 4,
        "quarters": 4,
        "fifth": 5,
        "fifths": 5,
        "tenth": 10,
        "tenths": 10,
    },
    fraction_halves=("half",),
    fraction_complement=r"(?:\sof(?:\s(?:the|its|their|all))?\s[^\W\d][\w'-]*)?",
    quarter_ordinals={
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "final": 4,
        "last": 4,
    },
    quarter_word=r"quarter",
    half_word=r"half",
    deadline_words=("by", "before", "until", "no later than", "by the end of"),
    year_prepositions=(
        "in",
        "since",
        "for",
        "from",
        "early",
        "late",
        "mid",
        "end of",
        "start of",
        "during",
        "of",
    ),
    range_openers=("between", "from"),
    range_joiners=("and", "to", "-", "–"),
    multiplier_words={
        "doubled": 2,
        "doubling": 2,
        "tripled": 3,
        "tripling": 3,
        "quadrupled": 4,
        "fivefold": 5,
        "double": 2,
        "triple": 3,
        "tenfold": 10,
        "twofold": 2,
        "threefold": 3,
    },
    stop_words=frozenset(
        "the a an of to in on for and or by with from at is are was were be been its their his "
        "her our this that these those as than per into over under about after before which who "
        "whose it they he she we you not no one ones year-on-year said says will would has have had "
        "while since during across last next this among amid behind ahead times worldwide "
        "globally nationwide overall annually combined total each apiece".split()
    ),
    noun_joiners=r"(?:of)",
    scale_noun_joiner="",
    adjectives_before_noun=("new", "more", "additional", "other", "extra", "full-time", "local"),
    per_words=r"(?:per|a)\s(?:share|barrel|ton|tonne|year|month|day|head|person|employee)",
    boilerplate=r"^(?:read also|read more|related|see also|photo\b|image\b|credit|copyright)",
    compound_nouns=True,
)

_LEXICONS = {Language.FR: FRENCH, Language.EN: ENGLISH}


@functools.cache
def lexicon(language: Language | str) -> Lexicon:
    """The :class:`Lexicon` of ``language`` (``fr`` or ``en``), months filled in."""
    lex = _LEXICONS[Language(language)]
    lex.months.update(_month_names(lex.language))
    return lex
