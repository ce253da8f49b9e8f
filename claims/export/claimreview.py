"""ClaimReview export: schema.org JSON-LD for publishing fact-checks
(https://schema.org/ClaimReview; Google's ClaimReview structured-data
guidelines name the fields a search engine reads).

One ``ClaimReview`` per exported claim that has a verdict (verified, false,
misleading, inconclusive); claims without one are listed in the notes as
skipped. The output is a JSON array of those objects, each with its own
``@context``.

Fields:

- ``claimReviewed``: the claim in its words: the part of its sentence
  around its quote, cut at words to at most 75 characters (Google's advice)
  with "…" where it was cut, so two claims of one sentence get their own
  text; a quote longer than that is kept whole and reported in the notes.
- ``reviewRating``: ``alternateName`` is the verdict label in the export
  language (Vérifié/Verified, Faux/False, Trompeur/Misleading, Non
  concluant/Inconclusive); ``ratingValue`` on a 1-5 scale (``worstRating``
  1, ``bestRating`` 5): false 1, misleading 2, inconclusive 3, verified 5.
  The scale is ours (schema.org leaves it to the publisher); 4 is unused so
  that "verified" stands apart.
- ``itemReviewed``: a ``Claim`` whose ``author`` is the claim's source (an
  ``Organization``: the sheet does not say whether a source is a person),
  or the article's publisher when the claim has no source, and no
  ``author`` when neither is known (schema.org and Google's documentation
  list it as recommended, not required, and a desk should not have to
  invent one; the export notes it); ``appearance``
  is the article (``CreativeWork`` with its URL and headline);
  ``datePublished`` the article's publication date when known.
- ``author``: the desk (``Organization``, name and URL from Preferences);
  ``url``: the review's address from the desk's template (see
  :class:`claims.export.options.Desk`); ``datePublished``: the day the claim
  was checked (``checked_at``), else the export date.

Before anything is written every review is validated: a missing required
field (review URL, desk name, claim text, the article's URL) or an address that is not ``http``/``https`` raises
:class:`claims.errors.ExportError` naming each claim and field. Names are
written on one line (runs of spaces and line breaks become one space).
``inLanguage`` is the language of the review (its labels).

Desks paste the JSON into a ``<script type="application/ld+json">`` block,
which the first ``</script>`` of a quote would close, and where ``<!--``
changes how the block ends. So ``<``, ``>`` and ``&`` are written as
``\\u003c``, ``\\u003e`` and ``\\u0026`` (:data:`SCRIPT_SAFE`), as are
U+2028 and U+2029, which end a string in older JavaScript engines. These
characters only occur inside JSON strings, so the text stays valid JSON and
parses to the same values.
"""

from __future__ import annotations

import json
from typing import Any

from claims.errors import ExportError
from claims.export.options import ExportOptions, Rendered
from claims.export.rows import STATUS_LABELS, article_title
from claims.links import is_web_url
from claims.model import VERDICT_STATUSES, Claim, Sheet, Status

RATING_VALUES = {
    Status.FALSE: 1,
    Status.MISLEADING: 2,
    Status.INCONCLUSIVE: 3,
    Status.VERIFIED: 5,
}
"""Verdict -> ``ratingValue`` on the 1 (worst) to 5 (best) scale."""
WORST_RATING, BEST_RATING = 1, 5
CLAIM_REVIEWED_ADVISED_LENGTH = 75
"""Google's advice for ``claimReviewed``, in characters."""

REQUIRED = (
    ("url",),
    ("claimReviewed",),
    ("author", "name"),
    ("reviewRating", "alternateName"),
    ("reviewRating", "ratingValue"),
    ("itemReviewed", "appearance", "url"),
    ("datePublished",),
)
"""The fields every review must have (paths into the JSON object)."""

URL_FIELDS = ("url", "author.url", "itemReviewed.appearance.url")
"""Fields that must be web addresses (``http`` or ``https``)."""

HINTS = {
    "url": "set the review URL template in Preferences, or --review-url",
    "author.name": "set the desk's name in Preferences, or --desk-name",
    "claimReviewed": "the claim has no sentence or quote",
    "itemReviewed.appearance.url": "give the article its URL",
}


SCRIPT_SAFE = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)
"""For ``str.translate``: the JSON escapes that keep the text inert inside an
HTML ``<script>`` element (what ``JSON_HEX_TAG``/``JSON_HEX_AMP`` do in PHP)."""


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def claim_reviewed(claim: Claim, limit: int = CLAIM_REVIEWED_ADVISED_LENGTH) -> str:
    """The claim's words for ``claimReviewed``: its quote with as much of its
    sentence around it as fits in ``limit`` characters, cut at words."""
    quote = _one_line(claim.quote)
    sentence = claim.sentence or ""
    at = sentence.find(claim.quote) if claim.quote else -1
    if not sentence or at < 0 or len(quote) >= limit:
        return quote or _one_line(sentence)
    before = _one_line(sentence[:at]).split(" ") if sentence[:at].strip() else []
    after = _one_line(sentence[at + len(claim.quote) :]).split(" ")
    after = [w for w in after if w]
    text = quote
    glue_before = sentence[:at].endswith((" ", "\u00a0", "\u202f"))
    glue_after = sentence[at + len(claim.quote) :].startswith((" ", "\u00a0", "\u202f"))
    left, right = list(before), list(after)
    # What leads to the figure (who did what) first, then what follows it.
    while left:
        candidate = f"{left[-1]}{' ' if glue_before else ''}{text}"
        if len(candidate) + 2 > limit:
            break
        text, glue_before = candidate, True
        left.pop()
    while right:
        candidate = f"{text}{' ' if glue_after else ''}{right[0]}"
        if len(candidate) + 2 > limit:
            break
        text, glue_after = candidate, True
        right.pop(0)
    if left:
        text = "…" + text
    if right:
        text = text + "…"
    return text


def claim_review(claim: Claim, sheet: Sheet, options: ExportOptions) -> dict[str, Any]:
    """The ClaimReview object of one claim with a verdict (not validated)."""
    language = options.language_for(sheet)
    article = sheet.article
    desk = options.desk
    appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": article_title(sheet)}
    if article.url:
        appearance["url"] = article.url
    if article.publisher:
        appearance["publisher"] = {"@type": "Organization", "name": _one_line(article.publisher)}
    item: dict[str, Any] = {"@type": "Claim"}
    if said_by := _one_line(claim.source) or _one_line(article.publisher):
        item["author"] = {"@type": "Organization", "name": said_by}
    item["appearance"] = appearance
    if article.published:
        item["datePublished"] = article.published.isoformat()
    author: dict[str, Any] = {"@type": "Organization", "name": _one_line(desk.name)}
    if desk.url:
        author["url"] = desk.url
    reviewed = claim.checked_at.date() if claim.checked_at else options.export_date()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": desk.review_address(claim.id),
        "claimReviewed": claim_reviewed(claim),
        "itemReviewed": item,
        "author": author,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING_VALUES[claim.status],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": STATUS_LABELS[language][claim.status],
        },
        "datePublished": reviewed.isoformat(),
        "inLanguage": language.value,
    }


def _at(review: dict[str, Any], path: tuple[str, ...]) -> Any:
    node: Any = review
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def missing_fields(review: dict[str, Any]) -> list[str]:
    """The dotted paths of :data:`REQUIRED` fields that are absent or blank."""
    missing = []
    for path in REQUIRED:
        node = _at(review, path)
        if node is None or (isinstance(node, str) and not node.strip()):
            missing.append(".".join(path))
    return missing


def bad_addresses(review: dict[str, Any]) -> list[str]:
    """The dotted paths of :data:`URL_FIELDS` present but not ``http(s)`` addresses."""
    bad = []
    for dotted in URL_FIELDS:
        value = _at(review, tuple(dotted.split(".")))
        if value and not (isinstance(value, str) and is_web_url(value)):
            bad.append(dotted)
    return bad


def render(sheet: Sheet, options: ExportOptions) -> Rendered:
    """The ClaimReview JSON-LD of the chosen claims that have a verdict.

    Raises :class:`ExportError` listing ``claim ID: field (hint)`` for every
    missing required field; nothing is returned then.
    """
    reviews, problems, notes = [], [], []
    for claim in options.claims(sheet):
        if claim.status not in VERDICT_STATUSES:
            notes.append(f"claim {claim.id}: skipped, no verdict ({claim.status.value})")
            continue
        review = claim_review(claim, sheet, options)
        for field in missing_fields(review):
            hint = HINTS.get(field)
            problems.append(f"claim {claim.id}: no {field}" + (f" ({hint})" if hint else ""))
        for field in bad_addresses(review):
            problems.append(
                f"claim {claim.id}: {field} {_at(review, tuple(field.split('.')))!r} "
                "is not a web address (http or https)"
            )
        if "author" not in review["itemReviewed"]:
            notes.append(
                f"claim {claim.id}: no itemReviewed.author (give the claim a source, "
                "or the article a publisher)"
            )
        length = len(review["claimReviewed"])
        if length > CLAIM_REVIEWED_ADVISED_LENGTH:
            notes.append(
                f"claim {claim.id}: claimReviewed is {length} characters, over the "
                f"{CLAIM_REVIEWED_ADVISED_LENGTH} Google advises"
            )
        reviews.append(review)
    if problems:
        raise ExportError("ClaimReview cannot be published as is:\n" + "\n".join(problems))
    text = json.dumps(reviews, ensure_ascii=False, indent=2).translate(SCRIPT_SAFE) + "\n"
    return Rendered(text.encode("utf-8"), notes)
