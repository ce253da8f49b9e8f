"""Carry a claim sheet over to a changed article text.

A sheet holds the article text its spans point into. When the article file
changes after the sheet was saved (an editor fixes a typo, adds a
paragraph), opening it must keep every claim and every verdict: each claim
is moved onto the new text, the claims whose quoted words changed are
flagged for the checker to look at again, and the figures of the new
passages are added as new claims.

The diff is Google's diff-match-patch (the ``diff-match-patch`` package):
Myers' algorithm with a time budget, run word by word (:func:`word_diff`),
so an edit never splits a word, a 5 MB article with a few edits diffs in
well under a second, and a text rewritten from end to end still gives a
valid (coarser) diff in bounded time. :mod:`difflib`'s ``SequenceMatcher``
is quadratic on long texts and its "junk" heuristic drops frequent words.

How a span moves: its first character, when it survives, keeps the span's
start (text inserted before it stays out); when it was deleted or replaced,
the start goes to the beginning of the new text that replaced it. The end
follows its last character the same way, so a figure rewritten in place
("29 centres" -> "30 centres") is quoted with its new words, and a claim
whose every character was deleted keeps an empty span where its text was
(``quote: ''``), its verdict intact and flagged.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from claims.editing import with_history
from claims.extract.text import Sentence, sentence_at, split_sentences
from claims.model import Article, Claim, Sheet

DIFF_SECONDS = 2.0
"""Time budget of the character diff; past it diff-match-patch returns a
valid but coarser diff (more of the text counted as changed)."""


@dataclass(frozen=True)
class _Segment:
    """A stretch of the old text and what stands for it in the new one:
    the same characters (``same``) or a rewritten region."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    same: bool


class TextMap:
    """Where each offset of an old text lands in a new one, from their
    character diff. Offsets are ``[start, end)`` code points."""

    def __init__(self, old: str, new: str, seconds: float = DIFF_SECONDS) -> None:
        self._segments = _segments(word_diff(old, new, seconds))
        self._starts = [s.old_start for s in self._segments]
        self.old_length = len(old)
        self.new_length = len(new)
        self.changed = [(s.new_start, s.new_end) for s in self._segments if not s.same]
        """The rewritten regions of the new text, ``[start, end)``, in order."""

    def _segment(self, position: int) -> _Segment:
        """The segment holding the old character at ``position``."""
        index = bisect.bisect_right(self._starts, position) - 1
        return self._segments[index]

    def start(self, position: int) -> int:
        """Where a span starting at old ``position`` starts in the new text."""
        if position >= self.old_length:
            return self.new_length
        segment = self._segment(position)
        if segment.same:
            return segment.new_start + position - segment.old_start
        return segment.new_start

    def end(self, position: int) -> int:
        """Where a span ending at old ``position`` (exclusive) ends in the new text."""
        if position <= 0:
            return 0
        segment = self._segment(position - 1)
        if segment.same:
            return segment.new_start + position - segment.old_start
        return segment.new_end

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        """The new ``[start, end)`` of an old span (empty when all of it was deleted)."""
        start, end = span
        if start == end:  # an empty span (a claim whose text was deleted before)
            new = self.start(start)
            return new, new
        new_start, new_end = self.start(start), self.end(end)
        return (new_start, max(new_start, new_end))

    def touches_change(self, start: int, end: int) -> bool:
        """Whether new ``[start, end)`` overlaps a rewritten region."""
        index = bisect.bisect_left(self.changed, (start, start))
        for region_start, region_end in self.changed[max(0, index - 1) : index + 2]:
            if region_start < end and start < region_end and region_start < region_end:
                return True
        return False


_TOKEN = re.compile(r"\w+|\s+|.", re.DOTALL)
"""The units of the diff: a word, a run of spaces, or any other character."""

_MAX_TOKENS = 0x10FFFF
"""Distinct tokens a text may hold to be diffed word by word (one code point each)."""


def word_diff(old: str, new: str, seconds: float = DIFF_SECONDS) -> list[tuple[int, str]]:
    """The diff of ``old`` and ``new`` as diff-match-patch ``(op, text)``
    pairs, computed word by word: each word, run of spaces or other
    character is one unit (diff-match-patch's "line mode", with words for
    lines), so an edit never splits a word ("troisième" -> "quatrième" is
    one word replaced, not "t" kept and "rois" changed) and the diff is
    shorter to compute. A text of more distinct words than there are code
    points falls back to a character diff."""
    differ = diff_match_patch()
    differ.Diff_Timeout = seconds
    tokens: list[str] = []
    codes: dict[str, int] = {}

    def encoded(text: str) -> str | None:
        out = []
        for token in _TOKEN.findall(text):
            code = codes.setdefault(token, len(tokens))
            if code == len(tokens):
                if code >= _MAX_TOKENS:
                    return None
                tokens.append(token)
            out.append(chr(code))
        return "".join(out)

    head, tail = _common_ends(old, new)
    old_middle, new_middle = old[head : len(old) - tail], new[head : len(new) - tail]
    old_codes, new_codes = encoded(old_middle), encoded(new_middle)
    if old_codes is None or new_codes is None:
        diffs = [(op, text) for op, text in differ.diff_main(old_middle, new_middle)]
    else:
        diffs = [
            (op, "".join(tokens[ord(code)] for code in text))
            for op, text in differ.diff_main(old_codes, new_codes, False)
        ]
    equal = diff_match_patch.DIFF_EQUAL
    ends = [(equal, old[:head]), *diffs, (equal, old[len(old) - tail :])]
    return [(op, text) for op, text in ends if text]


def _common_ends(old: str, new: str) -> tuple[int, int]:
    """The lengths of the text both share at their start and at their end,
    each cut back to a word boundary (the diff of the middle then sees
    whole words)."""
    differ = diff_match_patch()
    head = differ.diff_commonPrefix(old, new)
    while head > 0 and old[head - 1].isalnum():
        head -= 1
    tail = min(differ.diff_commonSuffix(old, new), len(old) - head, len(new) - head)
    while tail > 0 and old[len(old) - tail].isalnum():
        tail -= 1
    return head, tail


def _segments(diffs: Sequence[tuple[int, str]]) -> list[_Segment]:
    """Equal stretches, and every run of deletions and insertions between
    two of them as one rewritten region."""
    segments: list[_Segment] = []
    old = new = 0
    for op, text in diffs:
        length = len(text)
        if op == diff_match_patch.DIFF_EQUAL:
            segments.append(_Segment(old, old + length, new, new + length, True))
            old += length
            new += length
            continue
        if not segments or segments[-1].same:
            segments.append(_Segment(old, old, new, new, False))
        last = segments[-1]
        if op == diff_match_patch.DIFF_DELETE:
            old += length
        else:
            new += length
        segments[-1] = _Segment(last.old_start, old, last.new_start, new, False)
    if not segments:
        segments.append(_Segment(0, 0, 0, 0, True))
    return segments


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
    history by ``checker``. ``extract`` reads the new text (it may return
    ``None``: cancelled, and so does this); its claims that overlap text
    the diff marks as new, and no kept claim, are added with new ids.
    Figures of unchanged passages are not added again: a checker who deleted
    one meant it.
    """
    text = article.text
    text_map = TextMap(sheet.article.text, text)
    sentences = split_sentences(text, sheet.article.language)
    kept: list[Claim] = []
    moved = 0
    changed: list[str] = []
    removed: list[str] = []
    for claim in sheet.claims:
        carried = _carried(claim, text, text_map, sentences, checker, now)
        if carried.quote != claim.quote:
            (removed if not carried.quote else changed).append(claim.id)
        elif carried.span != claim.span:
            moved += 1
        kept.append(carried)
    new_article = sheet.article.model_copy(update={"text": text})
    extracted = extract(new_article)
    if extracted is None:
        return None
    occupied = _Occupied(c.span for c in kept if c.span[0] < c.span[1])
    base = sheet.model_copy(update={"article": new_article, "claims": kept})
    next_number = max(sheet.last_id, base.highest_number())
    added: list[Claim] = []
    for claim in extracted.claims:
        start, end = claim.span
        if not text_map.touches_change(start, end) or occupied.overlaps(start, end):
            continue
        next_number += 1
        added.append(claim.model_copy(update={"id": f"c{next_number}"}))
    result = Sheet(
        article=new_article,
        claims=[*kept, *added],
        last_id=max(sheet.last_id, next_number),
    )
    return Reanchoring(result, moved, tuple(changed), tuple(removed), tuple(c.id for c in added))


def _carried(
    claim: Claim,
    text: str,
    text_map: TextMap,
    sentences: Sequence[Sentence],
    checker: str,
    now: dt.datetime | None,
) -> Claim:
    """``claim`` moved onto the new ``text``; flagged when its words changed."""
    start, end = text_map.span(claim.span)
    quote = text[start:end]
    if (start, end) == claim.span and quote == claim.quote:
        return claim
    sentence = sentence_at(sentences, start) if start < end else None
    values: dict[str, object] = {
        "quote": quote,
        "span": (start, end),
        "sentence": sentence.text if sentence is not None else claim.sentence,
    }
    if quote != claim.quote:
        values = with_history(claim, values, checker, now)
        values["text_changed"] = True
    return claim.model_copy(update=values)


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
