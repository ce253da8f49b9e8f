"""Carry a claim sheet over to a changed article text.

A sheet holds the article text its spans point into. When the article file
changes after the sheet was saved (an editor fixes a typo, adds or moves a
paragraph), opening it must keep every claim and every verdict: each claim
is moved onto the new text, the claims whose quoted words changed are
flagged for the checker to look at again, and the figures of new passages
are added as new claims.

Each claim is carried in this order (:func:`reanchor`):

1. its span through the word diff (:class:`claims.textmap.TextMap`): when
   the words it quotes are the same (typography aside), it has moved;
2. else its sentence, found whole elsewhere in the new text (a paragraph
   moved, a sentence reordered): the quote at the same place in it;
3. else its words were rewritten: the diff's new words when enough of the
   old ones survive (half its letters, or its number), flagged
   ``text_changed`` with the old words in its history, its kind, value,
   unit and qualifier read again from the figure now there (unless the
   checker had set them by hand); otherwise its words
   are gone, and it keeps its verdict on an empty span where they stood,
   flagged too. A verdict never moves onto a different figure.

New figures are those the extractor finds in passages of new words whose
sentence the old text did not hold (typography aside): a figure the
checker deleted is not brought back by a move or a change of spaces.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from claims.editing import with_history
from claims.extract.text import sentence_at, split_sentences
from claims.model import Article, Claim, Sheet
from claims.textmap import TextMap, typographic_key

SURVIVING_SHARE = 0.5
"""A rewritten quote is the same claim when at least this share of its
letters and digits survive, or its number does ("29 centres" -> "31
centres"); below it ("29 centres" -> "87 zones"), its words are gone."""

_DIGITS = re.compile(r"\d+")
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Reanchoring:
    """What carrying a sheet over to a new article text did.

    ``sheet`` holds every claim of the old sheet (same ids, verdicts, notes,
    evidence), moved onto the new text, then the new figures. ``moved``
    counts the claims whose span moved with their words unchanged;
    ``changed`` lists the ids whose quoted words changed (flagged
    ``text_changed``), ``removed`` those whose words are gone (an empty
    span, flagged too), ``added`` the ids of the new claims.
    """

    sheet: Sheet
    moved: int
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    added: tuple[str, ...]

    def summary(self) -> str:
        """One line for the checker: "article changed since the sheet was
        saved: 23 claims re-anchored, 1 claim's text changed, 2 new figures
        found"."""
        kept = len(self.sheet.claims) - len(self.added) - len(self.changed) - len(self.removed)
        parts = [_count(kept, "claim", "claims") + " re-anchored"]
        if self.changed:
            parts.append(_count(len(self.changed), "claim's text", "claims' text") + " changed")
        if self.removed:
            parts.append(_count(len(self.removed), "claim's text", "claims' text") + " deleted")
        parts.append(_count(len(self.added), "new figure", "new figures") + " found")
        return "article changed since the sheet was saved: " + ", ".join(parts)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def reanchor(
    sheet: Sheet,
    article: Article,
    extract: Callable[[Article], Sheet | None],
    checker: str = "",
    now: dt.datetime | None = None,
) -> Reanchoring | None:
    """Carry ``sheet`` over to ``article`` (the same article, its text changed).

    The article's fields (title, URL, publisher, date, language) stay the
    sheet's; the text is the new one. Each claim's ``quote``, ``span`` and
    ``sentence`` follow its words (see the module docstring); a claim whose
    quoted words changed gets ``text_changed`` and a ``quote`` entry in its
    history by ``checker``. ``extract`` reads the new text when it holds new
    words (it may return ``None``: cancelled, and so does this); its claims
    that overlap text the diff marks as new, and no kept claim, are added
    with new ids.
    Figures of unchanged passages are not added again: a checker who deleted
    one meant it.
    """
    carrier = _Carrier(sheet.article, article.text, checker, now)
    kept: list[Claim] = []
    moved = 0
    changed: list[str] = []
    removed: list[str] = []
    for claim in sheet.claims:
        carried = carrier.carry(claim)
        if typographic_key(carried.quote) != typographic_key(claim.quote):
            (removed if not carried.quote else changed).append(claim.id)
        elif carried.span != claim.span:
            moved += 1
        kept.append(carried)
    new_article = sheet.article.model_copy(update={"text": article.text})
    found: list[Claim] = []
    if carrier.has_new_words():  # else nothing to add or read again: no extraction
        extracted = extract(new_article)
        if extracted is None:
            return None
        found = extracted.claims
    if changed:
        kept = _reread(kept, set(changed), found, checker, now)
    occupied = _Occupied(c.span for c in kept if c.span[0] < c.span[1])
    base = sheet.model_copy(update={"article": new_article, "claims": kept})
    next_number = max(sheet.last_id, base.highest_number())
    added: list[Claim] = []
    for claim in found:
        if occupied.overlaps(*claim.span) or not carrier.is_new(claim):
            continue
        next_number += 1
        added.append(claim.model_copy(update={"id": f"c{next_number}"}))
    result = Sheet(
        article=new_article,
        claims=[*kept, *added],
        last_id=max(sheet.last_id, next_number),
    )
    return Reanchoring(result, moved, tuple(changed), tuple(removed), tuple(c.id for c in added))


FIGURE_FIELDS = ("kind", "value", "value_max", "unit", "qualifier")
"""What a rewritten claim takes from the figure now at its place, unless the
checker set one of them by hand."""


def _reread(
    claims: list[Claim],
    changed: set[str],
    extracted: list[Claim],
    checker: str,
    now: dt.datetime | None,
) -> list[Claim]:
    """``claims`` where each one whose words changed ("29 centres" -> "31
    centres") takes the value the extractor now reads at its place (the
    figure of the same kind over the most of its span), recorded in its
    history, so its value says what its quote says; a claim whose kind,
    value, unit or qualifier the checker edited keeps them."""
    by_start = sorted(extracted, key=lambda c: c.span)
    starts = [c.span[0] for c in by_start]
    out = []
    for claim in claims:
        figure = _figure_at(claim, by_start, starts) if claim.id in changed else None
        edited_by_hand = any(entry.field in FIGURE_FIELDS for entry in claim.history)
        if figure is None or edited_by_hand:
            out.append(claim)
            continue
        values = {name: getattr(figure, name) for name in FIGURE_FIELDS}
        out.append(claim.model_copy(update=with_history(claim, values, checker, now)))
    return out


def _figure_at(claim: Claim, figures: list[Claim], starts: list[int]) -> Claim | None:
    """The extracted figure of the claim's kind that covers most of its span."""
    start, end = claim.span
    first = max(0, bisect.bisect_left(starts, start) - 8)
    best, best_overlap = None, 0
    for figure in figures[first:]:
        if figure.span[0] >= end:
            break
        overlap = min(end, figure.span[1]) - max(start, figure.span[0])
        if figure.kind is claim.kind and overlap > best_overlap:
            best, best_overlap = figure, overlap
    return best


class _Carrier:
    """Carries the claims of ``old`` (the article as the sheet has it) over
    to the ``text`` it has now, in the order of the module docstring."""

    def __init__(self, old: Article, text: str, checker: str, now: dt.datetime | None) -> None:
        self._old = old.text
        self._text = text
        self._checker = checker
        self._now = now
        self._map = TextMap(old.text, text)
        self._sentences = split_sentences(text, old.language)
        self._where: dict[str, list[int]] = defaultdict(list)
        for sentence in self._sentences:
            self._where[sentence.text].append(sentence.start)
        self._old_key: str | None = None

    def carry(self, claim: Claim) -> Claim:
        """``claim`` on the new text (see the module docstring)."""
        start, end = self._map.span(claim.span)
        quote = self._text[start:end]
        if typographic_key(quote) == typographic_key(claim.quote) and (
            start < end or not claim.quote
        ):
            return self._placed(claim, start, end, flag=False)
        found = self._in_moved_sentence(claim, start)
        if found is not None:
            return self._placed(claim, found, found + len(claim.quote), flag=False)
        start, end = _trimmed(self._text, start, end)
        if not self._survives(claim, self._text[start:end]):
            return self._placed(claim, start, start, flag=True)
        return self._placed(claim, start, max(start, end), flag=True)

    def _survives(self, claim: Claim, new_quote: str) -> bool:
        """Whether enough of the claim's words are still there for
        ``new_quote`` to be the same claim rewritten: :data:`SURVIVING_SHARE`
        of its letters and digits, or its number, or all its words but the
        number with a number in their midst ("en 2024" -> "en 2025")."""
        kept = self._map.surviving(*claim.span)
        letters = sum(ch.isalnum() for ch in claim.quote)
        if letters and sum(ch.isalnum() for ch in kept) >= SURVIVING_SHARE * letters:
            return True
        numbers = set(_DIGITS.findall(claim.quote))
        if numbers & set(_DIGITS.findall(kept)):
            return True
        words = {word for word in _WORDS.findall(claim.quote) if not _DIGITS.search(word)}
        return (
            bool(numbers)
            and _DIGITS.search(new_quote) is not None
            and words <= set(_WORDS.findall(kept))
        )

    def _in_moved_sentence(self, claim: Claim, near: int) -> int | None:
        """Where the claim's quote now starts when its whole sentence stands
        elsewhere in the new text (the occurrence nearest ``near``), else
        ``None``."""
        starts = self._where.get(claim.sentence)
        if not starts or not claim.quote:
            return None
        offset = self._offset_in_sentence(claim)
        if offset is None:
            return None
        end = len(claim.quote)
        landed = [
            s + offset
            for s in starts
            if self._map.is_inserted(s + offset, s + offset + end)  # not another copy kept in place
            and self._text[s + offset : s + offset + end] == claim.quote
        ]
        return min(landed, key=lambda s: abs(s - near)) if landed else None

    def _offset_in_sentence(self, claim: Claim) -> int | None:
        """Where the claim's quote stands in its sentence, from the old text."""
        start, end = claim.span
        window_start = max(0, end - len(claim.sentence))
        sentence_start = self._old.find(claim.sentence, window_start, start + len(claim.sentence))
        if sentence_start < 0 or sentence_start > start:
            return None
        return start - sentence_start

    def _placed(self, claim: Claim, start: int, end: int, *, flag: bool) -> Claim:
        """``claim`` anchored at new ``[start, end)``, flagged when its words changed."""
        quote = self._text[start:end]
        found = sentence_at(self._sentences, start) if start < end else None
        sentence = found.text if found is not None else claim.sentence
        if (start, end) == claim.span and quote == claim.quote and sentence == claim.sentence:
            return claim
        values: dict[str, object] = {"quote": quote, "span": (start, end), "sentence": sentence}
        if quote != claim.quote:
            values = with_history(claim, values, self._checker, self._now)
        if flag:
            values["text_changed"] = True
        return claim.model_copy(update=values)

    def has_new_words(self) -> bool:
        """Whether the new text holds words the old one did not (a change
        of typography, a moved or deleted passage hold none)."""
        return bool(self._map.changed)

    def is_new(self, claim: Claim) -> bool:
        """Whether a figure the extractor found in the new text stands in a
        passage of new words whose sentence the old text did not hold."""
        if not self._map.touches_change(*claim.span):
            return False
        if self._old_key is None:
            self._old_key = typographic_key(self._old)
        return typographic_key(claim.sentence) not in self._old_key


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the spaces at its edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Occupied:
    """The non-empty spans of the kept claims, to ask whether a new figure
    overlaps one (a long statement may cover the figures after it: the
    ends are kept as a running maximum)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _end in ordered]
        self._reach = list(itertools.accumulate((end for _start, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps one of the spans."""
        before = bisect.bisect_left(self._starts, end)  # the spans starting before ``end``
        return before > 0 and self._reach[before - 1] > start
