"""Where each offset of an article's old text lands in its new text.

The diff is Google's diff-match-patch (the ``diff-match-patch`` package):
Myers' algorithm with a time budget, run word by word (:func:`word_diff`),
so an edit never splits a word, a 5 MB article with a few edits diffs in
about a second, and a text rewritten from end to end still gives a valid
(coarser) diff in bounded time. :mod:`difflib`'s ``SequenceMatcher`` is
quadratic on long texts and its "junk" heuristic drops frequent words.

:class:`TextMap` turns the diff into a map of offsets. A span's start, when
its first character survives, follows that character (text inserted before
it stays out); when that character was rewritten, the start goes to the
new words that took the place of the span's own rewritten words, counted
from the end of the rewritten passage: "ils reculent de 0,1 %" rewritten
"les prix baissent de 0,1 %" moves the quote "reculent de 0,1 %" to
"baissent de 0,1 %", not "prix baissent de 0,1 %". The end follows its
last character the same way, counting words from the start of the passage.
So a span never takes in more new words than it had, and a rewritten
passage of any length cannot swell a quote.

:func:`typographic_key` tells a change of words from a change of
typography (a no-break space before "%", curly or straight apostrophes,
doubled spaces), which moves quotes but is not a change a checker needs to
look at again.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

DIFF_SECONDS = 2.0
"""Time budget of the diff; past it diff-match-patch returns a valid but
coarser diff (more of the text counted as rewritten)."""

_WORD = re.compile(r"\w+")

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2212": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)


def typographic_key(text: str) -> str:
    """``text`` with its typography levelled: Unicode compatibility forms
    (NFKC), curly quotes, guillemets and dashes as their ASCII forms, and no
    spaces at all (so "34%", "34 %" and "34\u202f%", or "1 500" and "1500",
    have one key). Two texts with the same key say the same words."""
    levelled = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return "".join(levelled.split())


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
    """Where each offset of an ``old`` text lands in a ``new`` one, from
    their word diff (see the module docstring). Offsets are ``[start, end)``
    code points."""

    def __init__(self, old: str, new: str, seconds: float = DIFF_SECONDS) -> None:
        self._old = old
        self._new = new
        self._segments = _segments(word_diff(old, new, seconds))
        self._starts = [s.old_start for s in self._segments]
        self.changed = [
            (s.new_start, s.new_end)
            for s in self._segments
            if not s.same
            and s.new_start < s.new_end
            and typographic_key(old[s.old_start : s.old_end])
            != typographic_key(new[s.new_start : s.new_end])
        ]
        """The passages of the new text whose words are new, ``[start, end)``,
        in order (a change of typography alone is not one)."""
        self._inserted = [
            (s.new_start, s.new_end)
            for s in self._segments
            if not s.same and s.new_start < s.new_end
        ]

    def is_inserted(self, start: int, end: int) -> bool:
        """Whether new ``[start, end)`` overlaps text the diff counts as
        inserted or rewritten (where a moved passage lands: the diff may
        keep a few of its words, a space, a "de", as if they had stayed),
        rather than lying all in text kept where it was."""
        index = bisect.bisect_right(self._inserted, (start, len(self._new))) - 1
        for region_start, region_end in self._inserted[max(index, 0) : index + 2]:
            if region_start < end and start < region_end:
                return True
        return False

    def _segment(self, position: int) -> _Segment:
        """The segment holding the old character at ``position``."""
        index = bisect.bisect_right(self._starts, position) - 1
        return self._segments[max(index, 0)]

    def start(self, position: int) -> int:
        """Where a span starting at old ``position`` starts in the new text."""
        if position >= len(self._old):
            return len(self._new)
        segment = self._segment(position)
        if segment.same:
            return segment.new_start + position - segment.old_start
        words = len(_WORD.findall(self._old, position, segment.old_end))
        new_words = [
            m.start() for m in _WORD.finditer(self._new, segment.new_start, segment.new_end)
        ]
        if 0 < words <= len(new_words):
            return new_words[-words]
        return segment.new_start if words else segment.new_end

    def end(self, position: int) -> int:
        """Where a span ending at old ``position`` (exclusive) ends in the new text."""
        if position <= 0:
            return 0
        segment = self._segment(position - 1)
        if segment.same:
            return segment.new_start + position - segment.old_start
        words = len(_WORD.findall(self._old, segment.old_start, position))
        new_words = [m.end() for m in _WORD.finditer(self._new, segment.new_start, segment.new_end)]
        if 0 < words <= len(new_words):
            return new_words[words - 1]
        return segment.new_end if words else segment.new_start

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        """The new ``[start, end)`` of an old span (empty when all of it was deleted)."""
        start, end = span
        if start == end:  # an empty span (a claim whose text was deleted before)
            new = self.start(start)
            return new, new
        new_start, new_end = self.start(start), self.end(end)
        return (new_start, max(new_start, new_end))

    def surviving(self, start: int, end: int) -> str:
        """The characters of old ``[start, end)`` the new text still has,
        where they stood (the rewritten ones left out)."""
        index = max(bisect.bisect_right(self._starts, start) - 1, 0)
        kept: list[str] = []
        for segment in self._segments[index:]:
            if segment.old_start >= end:
                break
            if segment.same:
                kept.append(self._old[max(start, segment.old_start) : min(end, segment.old_end)])
        return "".join(kept)

    def touches_change(self, start: int, end: int) -> bool:
        """Whether new ``[start, end)`` overlaps a passage of new words."""
        index = bisect.bisect_left(self.changed, (start, start))
        for region_start, region_end in self.changed[max(0, index - 1) : index + 2]:
            if region_start < end and start < region_end:
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
