"""Find and read the numbers of a sentence, in digits or in words.

The decimal separator is the article language's (CLDR: ``,`` in French,
``.`` in English), never guessed per number: "1,750" is one and three
quarters in a French article and one thousand seven hundred and fifty in an
English one. Grouping is CLDR's group mark, a space in French (any kind, see
:func:`claims.extract.text.match_text`) and a comma in English, plus the
marks the vocabulary adds (a dot in French: "57.314").

Digits are read by :func:`claims.numbers.parse_number` (Babel's
``parse_decimal`` once the grouping is removed), the parser of the value
editor too, keeping the digits typed; number words (the vocabulary's
``[numbers]``) by ``text2num``, which reads French "quatre-vingt-dix-neuf"
as 99, where word-by-word readers give 4, 20, 19.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from text_to_num import text2num

from claims.extract.lexicon import Lexicon, alternation, fold
from claims.numbers import parse_number


@dataclass(frozen=True)
class NumberToken:
    """A number found at ``[start, end)`` of the match text.

    ``words`` is true for numbers written in words; ``indefinite`` for a lone
    "un"/"a" that only counts before a scale or a fraction.
    """

    start: int
    end: int
    value: Decimal
    words: bool = False
    indefinite: bool = False


def _digit_pattern(lex: Lexicon) -> re.Pattern[str]:
    group = "[" + re.escape(lex.numbers.groups) + "]"
    dec = re.escape(lex.numbers.decimal)
    return re.compile(
        rf"(?P<sign>[-+])?(?P<body>\d{{1,3}}(?:{group}\d{{3}})+(?!\d)(?:{dec}\d+)?|\d+(?:{dec}\d+)?)"
    )


def _joiners(lex: Lexicon) -> str:
    """The joiners of number words ("-et-", " and "): a space is any space."""
    joined = ("".join(r"\s" if ch == " " else re.escape(ch) for ch in j) for j in _longest(lex))
    return "(?:" + "|".join(joined) + ")"


def _longest(lex: Lexicon) -> list[str]:
    return sorted(set(lex.words.numbers.joiners), key=len, reverse=True)


def _word_pattern(lex: Lexicon) -> re.Pattern[str]:
    word = alternation(lex.words.numbers.words)
    return re.compile(
        rf"(?<![\w-])(?:{word})(?:{_joiners(lex)}(?:{word}))*(?![\w-])", re.IGNORECASE
    )


def _joiner_split(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(f"({_joiners(lex)})")


def parse_digits(body: str, lex: Lexicon) -> Decimal:
    """The exact value of a digit string in ``lex``'s convention ("1 298,50" ->
    ``Decimal("1298.50")``, the digits typed), read by
    :func:`claims.numbers.parse_number` as the value editor reads them.

    Raises ``ValueError`` when ``body`` is not a number in that convention.
    """
    return parse_number(body, lex.numbers)


def parse_words(words: str, lex: Lexicon) -> Decimal:
    """The value of a number in words ("quatre-vingt-dix-neuf" -> 99).

    Raises ``ValueError`` when ``text2num`` cannot read it.
    """
    folded = words.lower().replace("\u2011", "-")
    if folded in lex.indefinite:
        return Decimal(1)
    return Decimal(text2num(folded, lex.language.value))


def find_numbers(text: str, lex: Lexicon) -> list[NumberToken]:
    """Every number of ``text`` (a match text), in order, digits and words.

    A number glued to letters before it ("G20", "x3") or to digits by a dash
    or slash ("2024-2025", "24/7") is not returned: other recognisers read
    those. Letters right after a number ("20k€", "3.4x", "10h30") are left
    for the caller to accept or refuse.
    """
    tokens: list[NumberToken] = []
    for match in lex.compiled(_digit_pattern).finditer(text):
        start = match.start()
        before = text[start - 1] if start > 0 else " "
        if match.group("sign"):
            if before.isalnum() or before in ".,":
                # "2024-25": not a sign; read the body alone if it may stand.
                start = match.start("body")
                before = text[start - 1]
        if before.isalnum() or before in "_/" or (before in "-." and not match.group("sign")):
            continue
        if before == "," and start >= 2 and text[start - 2].isdigit():
            continue
        body = match.group("body")
        try:
            value = parse_digits(body, lex)
        except ValueError:
            continue
        if match.group("sign") and start == match.start() and match.group("sign") == "-":
            value = -value
        tokens.append(NumberToken(start, match.end(), value))
    for match in lex.compiled(_word_pattern).finditer(text):
        token = _read_words(match.group(0), match.start(), lex)
        if token is not None:
            tokens.append(token)
    tokens.sort(key=lambda t: t.start)
    return tokens


def _read_words(phrase: str, start: int, lex: Lexicon) -> NumberToken | None:
    """Read the longest readable prefix of a run of number words."""
    parts = lex.compiled(_joiner_split).split(phrase)
    # parts alternates word, joiner, word...; try the whole run, then shorter.
    for count in range(len(parts), 0, -2):
        candidate = "".join(parts[:count])
        try:
            value = parse_words(candidate, lex)
        except ValueError:
            continue
        indefinite = fold(candidate) in lex.indefinite
        return NumberToken(start, start + len(candidate), value, words=True, indefinite=indefinite)
    return None
