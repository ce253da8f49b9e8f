"""Gold files: a hand-made list of the figures an article holds.

A gold file ``NAME.gold.yaml`` sits beside its article ``NAME.txt`` (format in
``tests/data/corpus/README.md``). Entries are anchored by their exact text
(``quote``) and occurrence (``nth``, 1-based) rather than by offsets, so a
person can write them by hand; :func:`load_gold` resolves each to a
``[start, end)`` span in code points of the prepared article text (see
:func:`claims.article.prepare_text`).

Errors: :class:`GoldError` naming the gold file and the entry (``figures[3]``)
when the YAML is bad, a field is invalid or a quote is not in the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claims.article import read_article
from claims.errors import ArticleError, ClaimDeskError
from claims.model import TEMPORAL_KINDS, Article, Claim, Kind, Language, Qualifier
from claims.sheet import SheetLoader

GOLD_SUFFIX = ".gold.yaml"


class GoldError(ClaimDeskError):
    """A gold file cannot be used; the message names the file and the entry."""


class GoldFigure(BaseModel):
    """One figure of the gold, as written by hand."""

    model_config = ConfigDict(extra="forbid")

    quote: str = Field(min_length=1)
    nth: int = Field(default=1, ge=1)
    kind: Kind
    value: Decimal | str | None = None
    value_max: Decimal | str | None = None
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    source: str | list[str | None] | None = None  # a list: any of these answers is right


class GoldSpan(BaseModel):
    """A statement or a negative: only where it is (and why, for a negative)."""

    model_config = ConfigDict(extra="forbid")

    quote: str = Field(min_length=1)
    nth: int = Field(default=1, ge=1)
    why: str = ""


class GoldFile(BaseModel):
    """The whole gold file."""

    model_config = ConfigDict(extra="forbid")

    language: Language
    genre: str = ""
    figures: list[GoldFigure] = Field(default_factory=list)
    statements: list[GoldSpan] = Field(default_factory=list)
    negatives: list[GoldSpan] = Field(default_factory=list)


@dataclass(frozen=True)
class Anchored:
    """A gold entry resolved to ``[start, end)`` of the article text."""

    start: int
    end: int
    figure: GoldFigure | None = None
    why: str = ""

    def overlaps(self, claim: Claim) -> bool:
        """Whether ``claim``'s span shares at least one code point with this entry."""
        return claim.span[0] < self.end and self.start < claim.span[1]


@dataclass(frozen=True)
class GoldArticle:
    """An article and its gold, every entry anchored."""

    name: str
    path: Path
    article: Article
    genre: str
    figures: list[Anchored]
    statements: list[Anchored]
    negatives: list[Anchored]


def _value(entry: GoldFigure, field: str) -> Decimal | str | None:
    raw = getattr(entry, field)
    if raw is None:
        return None
    if entry.kind in TEMPORAL_KINDS:
        text = str(raw)
        return text
    return Decimal(str(raw).strip())


def _anchor(text: str, quote: str, nth: int) -> tuple[int, int] | None:
    position = -1
    for _ in range(nth):
        position = text.find(quote, position + 1)
        if position < 0:
            return None
    return position, position + len(quote)


def load_gold(path: Path) -> GoldArticle:
    """Read the gold file at ``path`` and its article ``NAME.txt`` beside it.

    Raises :class:`GoldError` for bad YAML, an invalid entry, a quote that is
    not in the article, or a missing/unreadable article.
    """
    path = Path(path)
    name = path.name.removesuffix(GOLD_SUFFIX)
    article_path = path.with_name(name + ".txt")
    try:
        raw: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=SheetLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GoldError(f"{path}: cannot read the gold file: {exc}") from exc
    try:
        gold = GoldFile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise GoldError(f"{path}: {where}: {first['msg']}") from exc
    try:
        article = read_article(article_path, gold.language)
    except ArticleError as exc:
        raise GoldError(f"{path}: its article {exc}") from exc
    text = article.text

    def anchored(group: str, entries: list[Any]) -> list[Anchored]:
        result = []
        for index, entry in enumerate(entries):
            span = _anchor(text, entry.quote, entry.nth)
            if span is None:
                raise GoldError(
                    f"{path}: {group}[{index}]: quote {entry.quote!r} (occurrence {entry.nth}) "
                    f"is not in {article_path.name}"
                )
            if isinstance(entry, GoldFigure):
                try:
                    entry = entry.model_copy(
                        update={
                            "value": _value(entry, "value"),
                            "value_max": _value(entry, "value_max"),
                        }
                    )
                except ArithmeticError:
                    raise GoldError(
                        f"{path}: {group}[{index}]: value {entry.value!r} is not a number"
                    ) from None
                result.append(Anchored(*span, figure=entry))
            else:
                result.append(Anchored(*span, why=entry.why))
        return result

    return GoldArticle(
        name=name,
        path=article_path,
        article=article,
        genre=gold.genre,
        figures=anchored("figures", gold.figures),
        statements=anchored("statements", gold.statements),
        negatives=anchored("negatives", gold.negatives),
    )


def gold_paths(paths: list[Path]) -> list[Path]:
    """The gold files named by ``paths``: gold files themselves, or every
    ``*.gold.yaml`` of a folder, sorted. Raises :class:`GoldError` when a path
    does not exist or a folder holds none."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(path.glob("*" + GOLD_SUFFIX))
            if not inside:
                raise GoldError(f"{path}: no *{GOLD_SUFFIX} file in this folder")
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        else:
            raise GoldError(f"{path}: no such file or folder")
    return found
