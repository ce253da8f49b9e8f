"""Score the extractor against gold files (``claimdesk eval``).

For each article the extractor's figures (every claim but ``statement``) are
matched one-to-one to the gold figures: a pair matches when the spans overlap
and the values are equal (``value`` and ``value_max``). Then:

* **recall**: matched gold figures / gold figures;
* **precision**: matched found figures / found figures;
* **value exact**: matched / found figures that overlap a gold figure (a
  found figure on a gold one with another value is a value error);
* **unit**, **qualifier**, **source**: the share of matched figures whose
  field agrees with the gold. Units compare exactly for money (ISO 4217),
  percent, points and durations; for counted nouns ("salariés", "data
  centers") the head nouns (:func:`head_noun`) compare without case, accents
  or plural. Sources
  agree when the words of one (without articles and titles) contain the
  other's ("le cabinet Gartner" ~ "Gartner");
* **negatives hit**: found figures that overlap a gold negative (each is also
  a precision error); **statements**: gold statements overlapped by a found
  ``statement`` claim (reported, not a target).

All shares are in ``[0, 1]``; an empty denominator gives 1.0.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from decimal import Decimal

from claims.extract import extract_claims
from claims.extract.lexicon import fold
from claims.gold import Anchored, GoldArticle, GoldFigure
from claims.model import Claim, Kind, Language

_NOUN_KINDS = frozenset({Kind.COUNT, Kind.ORDINAL})
_SOURCE_FILLERS = frozenset(
    "le la les l de du des d the a an of cabinet institut agence groupe societe company firm "
    "directrice directeur ministre ministry minister".split()
)


@dataclass
class Mismatch:
    """A matched figure whose ``field`` differs from the gold."""

    field: str
    quote: str
    expected: object
    found: object


@dataclass
class ArticleScore:
    """The counts of one article; shares are computed by the properties."""

    name: str
    language: str
    gold: int = 0
    found: int = 0
    matched: int = 0
    overlapping: int = 0
    unit_right: int = 0
    qualifier_right: int = 0
    source_right: int = 0
    negatives_hit: int = 0
    statements_gold: int = 0
    statements_found: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_value: list[Mismatch] = field(default_factory=list)
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return _share(self.matched, self.gold)

    @property
    def precision(self) -> float:
        return _share(self.matched, self.found)

    @property
    def value_exact(self) -> float:
        return _share(self.matched, self.overlapping)

    @property
    def unit(self) -> float:
        return _share(self.unit_right, self.matched)

    @property
    def qualifier(self) -> float:
        return _share(self.qualifier_right, self.matched)

    @property
    def source(self) -> float:
        return _share(self.source_right, self.matched)

    def add(self, other: ArticleScore) -> None:
        """Add ``other``'s counts to this one (for the corpus total)."""
        for name in (
            "gold",
            "found",
            "matched",
            "overlapping",
            "unit_right",
            "qualifier_right",
            "source_right",
            "negatives_hit",
            "statements_gold",
            "statements_found",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, object]:
        """Counts and shares, JSON-ready."""
        return {
            "name": self.name,
            "language": self.language,
            "gold": self.gold,
            "found": self.found,
            "matched": self.matched,
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "value_exact": round(self.value_exact, 4),
            "unit": round(self.unit, 4),
            "qualifier": round(self.qualifier, 4),
            "source": round(self.source, 4),
            "negatives_hit": self.negatives_hit,
            "statements": f"{self.statements_found}/{self.statements_gold}",
        }


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def head_noun(unit: str | None, language: Language) -> str | None:
    """The head noun of a counted noun, folded and without plural: the first
    word in French ("centres de données" -> "centre"), the last before "of"
    in English ("permanent jobs" -> "job", "data centers" -> "center")."""
    if unit is None:
        return None
    text = fold(unit)
    if language is Language.EN:
        text = text.split(" of ")[0]
    words = re.findall(r"[^\W\d_]+", text)
    if not words:
        return None
    word = words[-1] if language is Language.EN else words[0]
    return word.removesuffix("s").removesuffix("x")


def unit_agrees(
    kind: Kind, expected: str | None, found: str | None, language: Language = Language.FR
) -> bool:
    """Whether a found unit agrees with the gold (see the module docstring)."""
    if kind in _NOUN_KINDS:
        return head_noun(expected, language) == head_noun(found, language)
    return (expected or "").lower() == (found or "").lower()


def _source_words(source: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", fold(source)) if w not in _SOURCE_FILLERS}


def _all_words(source: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", fold(source)))


def source_agrees(expected: str | None, found: str | None) -> bool:
    """Whether a found source agrees with the gold (see the module docstring)."""
    if expected is None or found is None:
        return expected is None and found is None
    want, got = _source_words(expected), _source_words(found)
    if not want or not got:  # "le groupe" against "groupe": only filler words
        want = _all_words(expected) - {"le", "la", "the"}
        got = _all_words(found) - {"le", "la", "the"}
    return bool(want and got) and (want <= got or got <= want)


def _source_right(expected: str | list[str | None] | None, found: str | None) -> bool:
    if isinstance(expected, list):
        return any(source_agrees(answer, found) for answer in expected)
    return source_agrees(expected, found)


def _same_value(gold: GoldFigure, claim: Claim) -> bool:
    return _equal(gold.value, claim.value) and _equal(gold.value_max, claim.value_max)


def _equal(expected: Decimal | str | None, found: Decimal | str | None) -> bool:
    if isinstance(expected, Decimal) and isinstance(found, Decimal):
        return expected == found
    return expected == found


def _describe(claim: Claim) -> str:
    bounds = f"{claim.value}" + (f"..{claim.value_max}" if claim.value_max is not None else "")
    return f"{claim.quote!r} {claim.kind} {bounds} {claim.unit or ''}".rstrip()


def _describe_gold(entry: Anchored, text: str) -> str:
    gold = entry.figure
    assert gold is not None
    bounds = f"{gold.value}" + (f"..{gold.value_max}" if gold.value_max is not None else "")
    return f"{text[entry.start : entry.end]!r} {gold.kind} {bounds} {gold.unit or ''}".rstrip()


def score_article(gold: GoldArticle, claims: list[Claim]) -> ArticleScore:
    """Score the ``claims`` found in ``gold.article`` against its gold."""
    text = gold.article.text
    score = ArticleScore(gold.name, gold.article.language.value)
    figures = [c for c in claims if c.kind is not Kind.STATEMENT]
    statements = [c for c in claims if c.kind is Kind.STATEMENT]
    score.gold = len(gold.figures)
    score.found = len(figures)
    score.statements_gold = len(gold.statements)
    score.statements_found = sum(
        1 for entry in gold.statements if any(entry.overlaps(c) for c in statements)
    )
    unmatched = list(figures)
    for entry in gold.figures:
        expected = entry.figure
        assert expected is not None
        hit = next(
            (c for c in unmatched if entry.overlaps(c) and _same_value(expected, c)),
            None,
        )
        if hit is None:
            score.missed.append(_describe_gold(entry, text))
            continue
        unmatched.remove(hit)
        score.matched += 1
        checks = (
            (
                "unit",
                expected.unit,
                hit.unit,
                unit_agrees(expected.kind, expected.unit, hit.unit, gold.article.language),
            ),
            ("qualifier", expected.qualifier, hit.qualifier, expected.qualifier == hit.qualifier),
            ("source", expected.source, hit.source, _source_right(expected.source, hit.source)),
        )
        for name, want, got, agrees in checks:
            if agrees:
                setattr(score, f"{name}_right", getattr(score, f"{name}_right") + 1)
            else:
                score.mismatches.append(Mismatch(name, hit.quote, want, got))
    score.overlapping = score.matched
    for claim in unmatched:
        on_gold = [e for e in gold.figures if e.overlaps(claim)]
        if on_gold:
            score.overlapping += 1
            score.wrong_value.append(
                Mismatch("value", claim.quote, _describe_gold(on_gold[0], text), _describe(claim))
            )
        else:
            score.spurious.append(_describe(claim))
        if any(e.overlaps(claim) for e in gold.negatives):
            score.negatives_hit += 1
    return score


@dataclass
class CorpusScore:
    """The score of every article and their total."""

    articles: list[ArticleScore]
    total: ArticleScore

    def as_dict(self) -> dict[str, object]:
        """JSON-ready: per article and total."""
        return {
            "articles": [a.as_dict() for a in self.articles],
            "total": self.total.as_dict(),
        }


def score_corpus(golds: list[GoldArticle]) -> CorpusScore:
    """Extract every article of ``golds`` and score it."""
    articles = [score_article(g, extract_claims(g.article)) for g in golds]
    total = ArticleScore("TOTAL", "all")
    for score in articles:
        total.add(score)
    return CorpusScore(articles, total)


_COLUMNS = (
    ("article", 34),
    ("lang", 4),
    ("gold", 5),
    ("found", 5),
    ("recall", 6),
    ("prec.", 6),
    ("value", 6),
    ("unit", 6),
    ("qual.", 6),
    ("source", 6),
    ("neg.", 4),
)


def _plain(value: object) -> str:
    """An enum by its value, text quoted, for the report."""
    if isinstance(value, enum.Enum):
        return str(value.value)
    return "—" if value is None else f"«{value}»"


def format_report(result: CorpusScore, details: bool = False) -> str:
    """A plain-text table of ``result``; with ``details``, every miss, spurious
    figure and field disagreement under its article."""
    header = " ".join(
        f"{name:<{width}}" if i == 0 else f"{name:>{width}}"
        for i, (name, width) in enumerate(_COLUMNS)
    )
    lines = [header, "-" * len(header)]

    def row(score: ArticleScore) -> str:
        cells = [
            score.name[:34],
            score.language,
            str(score.gold),
            str(score.found),
            f"{score.recall:.3f}",
            f"{score.precision:.3f}",
            f"{score.value_exact:.3f}",
            f"{score.unit:.3f}",
            f"{score.qualifier:.3f}",
            f"{score.source:.3f}",
            str(score.negatives_hit),
        ]
        return " ".join(
            f"{cell:<{width}}" if i == 0 else f"{cell:>{width}}"
            for i, (cell, (_, width)) in enumerate(zip(cells, _COLUMNS, strict=True))
        )

    for score in result.articles:
        lines.append(row(score))
        if details:
            lines.extend(f"    missed    {m}" for m in score.missed)
            lines.extend(f"    spurious  {s}" for s in score.spurious)
            lines.extend(
                f"    value     {m.quote!r}: gold {m.expected}, found {m.found}"
                for m in score.wrong_value
            )
            lines.extend(
                f"    {m.field:<9} «{m.quote}»: gold {_plain(m.expected)}, found {_plain(m.found)}"
                for m in score.mismatches
            )
    lines.append("-" * len(header))
    lines.append(row(result.total))
    return "\n".join(lines) + "\n"
