"""The claim sheet's domain objects: article, claims, evidence.

These pydantic v2 models are the in-memory form of a claim sheet (format v2,
``docs/sheet-format.md``). They validate on construction *and* on assignment,
so an object that exists is a valid one:

* offsets (``Claim.span``) are ``[start, end)`` in Unicode code points of
  ``Article.text``; ``Sheet`` checks ``quote == text[start:end]`` for every
  claim;
* ``Claim.value`` is a :class:`~decimal.Decimal` for numeric kinds (money in
  base currency units, percentages in percent units, fractions as a ratio),
  an ISO 8601 string for ``date``/``period`` and ``None`` for ``statement``;
* the closed vocabularies (kind, status, qualifier, language) are ``StrEnum``
  so they serialise as their plain value.

Invalid data raises :class:`pydantic.ValidationError`; the sheet loader turns
it into a :class:`claims.errors.SheetFormatError` naming file, line and field.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

FORMAT_VERSION = 2
"""The claim sheet format version this code writes (it reads version 1 too:
``docs/sheet-format.md``)."""


class Kind(StrEnum):
    """What sort of claim: a figure kind, or a check-worthy ``statement``."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINTS = "percentage_points"
    MULTIPLIER = "multiplier"
    ORDINAL = "ordinal"
    FRACTION = "fraction"
    DATE = "date"
    PERIOD = "period"
    DURATION = "duration"
    STATEMENT = "statement"


TEMPORAL_KINDS = frozenset({Kind.DATE, Kind.PERIOD})
"""Kinds whose value is an ISO 8601 string rather than a number."""


class Status(StrEnum):
    """Where the check of a claim stands."""

    UNCHECKED = "unchecked"
    IN_PROGRESS = "in_progress"
    VERIFIED = "verified"
    FALSE = "false"
    MISLEADING = "misleading"
    INCONCLUSIVE = "inconclusive"


VERDICT_STATUSES = frozenset(
    {Status.VERIFIED, Status.FALSE, Status.MISLEADING, Status.INCONCLUSIVE}
)
"""Statuses that carry a verdict (the check is finished)."""


class Qualifier(StrEnum):
    """How the article bounds a figure ("au moins", "plus de", "près de"...)."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"


class Language(StrEnum):
    """Languages ClaimDesk extracts from."""

    FR = "fr"
    EN = "en"


ISO_TEMPORAL = re.compile(
    r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?$", re.ASCII
)
"""Accepted ``date``/``period`` values: ``2025``, ``2025-10``, ``2025-10-03``,
``2024-Q4`` (quarter) and ``2025-H1`` (half year), in ASCII digits."""


class _Model(BaseModel):
    """A pydantic model whose refused assignment changes nothing.

    With ``validate_assignment``, pydantic sets the field before it runs the
    model's ``after`` validators and leaves the refused value in place when
    one of them raises (pydantic issue #7105, open): a claim would keep a
    value its kind refused. The value held before is put back, and the
    error raised as pydantic raised it.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in type(self).model_fields:
            super().__setattr__(name, value)
            return
        before = self.__dict__.get(name)
        try:
            super().__setattr__(name, value)
        except ValidationError:
            self.__dict__[name] = before  # the validated value it held
            raise


class AnchorError(ValueError):
    """A claim does not fit the sheet: span outside the text, quote differing
    from the text at its span, or an id used twice. ``field`` names the field;
    ``index`` the claim's position in the sheet's list, when known."""

    def __init__(self, claim_id: str, field: str, message: str, index: int | None = None) -> None:
        self.claim_id = claim_id
        self.field = field
        self.index = index
        super().__init__(message)


class Evidence(BaseModel):
    """A source the checker consulted: a link, its title, the passage relied on."""

    model_config = ConfigDict(validate_assignment=True, extra="forbid")

    url: str
    title: str = ""
    quote: str = ""
    accessed: dt.date | None = None

    @field_validator("url")
    @classmethod
    def _url_given(cls, url: str) -> str:
        """The link is required: empty or blank (:func:`is_blank`: a
        zero-width space alone is blank) is refused; it is kept as written
        otherwise."""
        if is_blank(url):
            raise ValueError("an evidence link needs its URL")
        return url


def is_blank(text: str) -> bool:
    """Whether ``text`` shows no character: empty, or only Unicode spaces
    (``str.isspace``: tabs, no-break and ideographic spaces...) and format
    characters (category Cf: zero-width space, joiners, BOM)."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


class HistoryEntry(BaseModel):
    """One change of a claim: who changed ``field`` when, from ``old`` to ``new``.

    ``at`` is an aware datetime; ``old``/``new`` are the field's plain values
    (enum values as text, numbers as exact decimals, ``None`` for empty).
    """

    model_config = ConfigDict(validate_assignment=True, extra="forbid")

    at: dt.datetime
    by: str
    field: str
    old: Decimal | str | None = None
    new: Decimal | str | None = None

    @field_validator("old", "new", mode="before")
    @classmethod
    def _exact(cls, value: Any) -> Any:
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, float):
            return Decimal(repr(value))
        if isinstance(value, int):
            return Decimal(value)
        return value

    @field_validator("at")
    @classmethod
    def _aware(cls, value: dt.datetime) -> dt.datetime:
        if value.tzinfo is None:
            raise ValueError("at needs a UTC offset (ISO 8601 with offset)")
        return value


class Conflict(BaseModel):
    """A field that two people changed differently (left by a merge).

    ``ours`` is the value the claim keeps until the checker chooses;
    ``theirs`` the other side's; ``base`` the common ancestor's. Values are
    the field's plain values (a span as ``[start, end]``); ``None`` for a
    claim one side deleted (``field`` is then ``"deleted"``).
    """

    model_config = ConfigDict(extra="forbid")

    field: str
    ours: Any = None
    theirs: Any = None
    base: Any = None


class Claim(_Model):
    """One check-worthy claim of the article.

    ``span`` is ``[start, end)`` in code points of the article text and
    ``quote`` is exactly the text at that span (checked by :class:`Sheet`).
    ``value``/``value_max`` follow ``kind`` (see the module docstring);
    ``unit`` is an ISO 4217 code for money, ``"%"`` for percent, ``"pp"`` for
    percentage points, the counted noun for count/ordinal and
    ``year``/``month``/``week``/``day``/``quarter`` for durations.
    ``source`` is who made the claim (the speaker); ``via`` the outlet that
    relayed it when the article names one ("a déclaré à Reuters").
    """

    model_config = ConfigDict(validate_assignment=True, extra="forbid")

    id: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    quote: str
    span: tuple[int, int]
    kind: Kind
    value: Decimal | str | None = None
    value_max: Decimal | str | None = None
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    sentence: str = ""
    source: str | None = None
    via: str | None = None
    status: Status = Status.UNCHECKED
    note: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    checked_by: str | None = None
    checked_at: dt.datetime | None = None
    history: list[HistoryEntry] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    text_changed: bool = False
    """The article changed under the sheet and this claim's quoted words
    changed with it (:mod:`claims.reanchor`; the old words are in
    ``history``): the checker should look again. Cleared when they mark the
    claim."""

    @field_validator("span")
    @classmethod
    def _span_ordered(cls, span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        if start < 0 or end < start:
            raise ValueError(f"span must be [start, end) with 0 <= start <= end, got {list(span)}")
        return span

    @field_validator("value", "value_max", mode="before")
    @classmethod
    def _exact_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        """Read a value as the claim's kind stores it, on construction and on
        every assignment (``kind`` is validated before the values): a year
        read back from YAML as a number is the string "2025" of a date or
        period; a number given as text ("12.5") or as a float is an exact
        Decimal of a figure (a float through its shortest repr, so no binary
        noise reaches the sheet). Anything else is left for
        :meth:`_value_matches_kind` to refuse."""
        if isinstance(value, bool):
            raise ValueError("a value cannot be a boolean")
        kind = info.data.get("kind")
        if kind in TEMPORAL_KINDS:
            if isinstance(value, int | float | Decimal) and _is_whole(value):
                return str(int(value))
            return value
        if isinstance(value, float):
            value = Decimal(repr(value))
        elif isinstance(value, int):
            value = Decimal(value)
        elif isinstance(value, str) and kind is not None and kind is not Kind.STATEMENT:
            try:
                value = Decimal(value.strip())
            except ArithmeticError:
                return value
        if isinstance(value, Decimal):
            check_magnitude("the value", value)
        return value

    @field_validator("checked_at")
    @classmethod
    def _aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("checked_at needs a UTC offset (ISO 8601 with offset)")
        return value

    @model_validator(mode="after")
    def _value_matches_kind(self) -> Claim:
        for name in ("value", "value_max"):
            value = getattr(self, name)
            if value is None:
                continue
            if self.kind in TEMPORAL_KINDS:
                if not isinstance(value, str) or not ISO_TEMPORAL.match(value):
                    raise ValueError(
                        f"{name} of {_a(self.kind)} claim must be an ISO 8601 date or period "
                        f"such as 2025, 2025-10, 2025-10-03 or 2024-Q4, got {value!r}"
                    )
            elif self.kind is Kind.STATEMENT:
                raise ValueError(f"a statement claim has no {name}, got {value!r}")
            else:
                if not isinstance(value, Decimal):
                    raise ValueError(
                        f"{name} of {_a(self.kind)} claim must be a number, got {value!r}"
                    )
                check_magnitude(name, value)
        return self


def _is_whole(value: int | float | Decimal) -> bool:
    """Whether ``value`` is a finite whole number (NaN and infinities are not)."""
    try:
        return value == int(value)
    except (ValueError, OverflowError):
        return False


def _a(kind: Kind) -> str:
    """ "a money", "an ordinal": the article before a kind's name."""
    return f"an {kind.value}" if kind.value[0] in "aeiou" else f"a {kind.value}"


MAX_EXPONENT = 30
"""Numbers are refused beyond 10^±30: far past any figure in the news (the
world's GDP is about 10^14 dollars), and near enough for every format and
export to write them out in full."""

MAX_NUMBER_CHARS = 100
"""A number is at most this many characters written out in full (as a sheet
writes it, :func:`plain_length`): the sheet reader refuses longer ones
unread, so a longer value could be saved but never opened again."""


def plain_length(value: Decimal) -> int:
    """The number of characters of ``format(value, "f")``, the plain decimal
    form a sheet writes (``Decimal("0E-200")`` is 202: ``0.`` and 200 zeros),
    counted without writing it out (``0E-999999999`` would take a gigabyte).
    ``value`` must be finite."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int), "a finite number"
    if exponent >= 0:  # a zero keeps no zeros after it: 0E+5 is written "0"
        length = len(digits) + exponent if any(digits) else 1
    elif len(digits) > -exponent:  # digits on both sides of the point
        length = len(digits) + 1
    else:  # "0." then zeros, then the digits
        length = 2 - exponent
    return length + sign


def check_magnitude(name: str, value: Decimal) -> None:
    """Raise ``ValueError`` for NaN, infinities, numbers beyond
    10^±:data:`MAX_EXPONENT`, and numbers longer than
    :data:`MAX_NUMBER_CHARS` characters written out in full (so every value
    a sheet holds is written back and read again as it is)."""
    if not value.is_finite():
        raise ValueError(f"{name} must be a finite number, got {value}")
    if value and abs(value.adjusted()) > MAX_EXPONENT:
        raise ValueError(
            f"{name} {value:.3e} is out of range: numbers go up to 10^{MAX_EXPONENT} "
            f"and down to 10^-{MAX_EXPONENT}"
        )
    if (length := plain_length(value)) > MAX_NUMBER_CHARS:
        shown = str(value) if len(str(value)) <= 40 else f"{str(value)[:39]}…"
        raise ValueError(
            f"{name} {shown} is {length:,} characters written out in full: "
            f"a sheet holds numbers of at most {MAX_NUMBER_CHARS} characters"
        )


class Article(BaseModel):
    """The article a sheet checks; ``text`` is the exact text all spans refer to."""

    model_config = ConfigDict(validate_assignment=True, extra="forbid")

    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    """Who signed the article (a byline); written in the sheet only when known."""
    published: dt.date | None = None
    language: Language = Language.FR
    pages: list[int] | None = None
    """Where each page of the original document starts in ``text`` (code
    point offsets, page 1 first), for an article read from a PDF; written
    only when known."""
    text: str

    def page_at(self, offset: int) -> int | None:
        """The 1-based page of the original document holding ``offset`` of
        the text, ``None`` when the article has no pages."""
        if not self.pages:
            return None
        return max(bisect.bisect_right(self.pages, offset), 1)


class Sheet(_Model):
    """A claim sheet: the article and its claims, in article order or the checker's.

    Raises :class:`pydantic.ValidationError` when an id repeats or a claim's
    quote differs from the article text at its span.
    """

    model_config = ConfigDict(validate_assignment=True, extra="forbid")

    claimdesk: int = FORMAT_VERSION
    last_id: int = Field(default=0, ge=0)
    """The highest claim number ``cN`` this sheet has given, deleted claims
    included, so that an id is never given twice (a merge would otherwise
    take a new claim for a deleted one)."""
    article: Article
    claims: list[Claim] = Field(default_factory=list)

    @field_validator("last_id")
    @classmethod
    def _not_below_the_claims(cls, last_id: int, info: ValidationInfo) -> int:
        """An assigned ``last_id`` never goes below the highest ``cN`` of the
        claims (on construction the claims come later: see :meth:`_ids_given`)."""
        claims = info.data.get("claims") or []
        return max(last_id, _highest_number(c.id for c in claims))

    @model_validator(mode="before")
    @classmethod
    def _ids_given(cls, data: Any) -> Any:
        """``last_id`` is never below the highest ``cN`` of the claims (the
        ids given so far, kept when the last claims are deleted later)."""
        if not isinstance(data, dict):
            return data
        claims = data.get("claims") or []
        ids = (c.get("id") if isinstance(c, dict) else getattr(c, "id", None) for c in claims)
        highest = _highest_number(i for i in ids if isinstance(i, str))
        last_id = data.get("last_id", 0)
        if isinstance(last_id, int) and not isinstance(last_id, bool) and last_id < highest:
            return {**data, "last_id": highest}
        return data

    @model_validator(mode="after")
    def _claims_anchored(self) -> Sheet:
        if self.claimdesk != FORMAT_VERSION:
            raise ValueError(f"unsupported format version {self.claimdesk}")
        seen: set[str] = set()
        text = self.article.text
        for index, claim in enumerate(self.claims):
            if claim.id in seen:
                raise AnchorError(
                    claim.id, "id", f"claim id {claim.id!r} is used twice", index=index
                )
            seen.add(claim.id)
            try:
                check_anchor(claim, text)
            except AnchorError as exc:
                exc.index = index
                raise
        return self

    def claim(self, claim_id: str) -> Claim:
        """Return the claim with ``claim_id``; raise ``KeyError`` if there is none."""
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    def highest_number(self) -> int:
        """The highest ``N`` of the claims' ``cN`` ids (0 without any)."""
        return _highest_number(c.id for c in self.claims)

    def next_id(self) -> str:
        """A fresh id ``cN``, greater than every id this sheet has given (those
        of deleted claims included: ids are never reused); it counts as given
        (``last_id`` becomes ``N``, a validated assignment)."""
        number = max(self.last_id, self.highest_number()) + 1
        self.last_id = number
        return f"c{number}"

    def counts(self) -> dict[Status, int]:
        """Number of claims per status, every status present (zero included)."""
        result = dict.fromkeys(Status, 0)
        for claim in self.claims:
            result[claim.status] += 1
        return result


_CLAIM_NUMBER = re.compile(r"c(\d+)")


def _highest_number(ids: Iterable[str]) -> int:
    """The highest ``N`` of the ``cN`` ids among ``ids`` (0 without any)."""
    numbers = [int(m.group(1)) for i in ids if (m := _CLAIM_NUMBER.fullmatch(i))]
    return max(numbers, default=0)


def check_anchor(claim: Claim, text: str) -> None:
    """Raise :class:`AnchorError` unless ``claim.quote == text[start:end]`` and the span fits."""
    start, end = claim.span
    if end > len(text):
        raise AnchorError(
            claim.id,
            "span",
            f"claim {claim.id}: span [{start}, {end}) is outside the article text "
            f"({len(text)} code points)",
        )
    if text[start:end] != claim.quote:
        raise AnchorError(
            claim.id,
            "quote",
            f"claim {claim.id}: quote {claim.quote!r} differs from the article text "
            f"at its span [{start}, {end}): {text[start:end]!r}",
        )
