"""ClaimReview export: schema.org JSON-LD for publishing fact-checks
(https://schema.org/ClaimReview; Google's ClaimReview structured-data
guidelines name the fields a search engine reads).

One ``ClaimReview`` per exported claim that has a verdict (verified, false,
misleading, inconclusive); claims without one are listed in the notes as
skipped. The output is a JSON array of those objects, each with its own
``@context``.

Fields:

- ``claimReviewed``: the claim's sentence (its quote when there is no
  sentence). Google advises at most 75 characters: longer ones are kept and
  reported in the notes.
- ``reviewRating``: ``alternateName`` is the verdict label in the export
  language (Vérifié/Verified, Faux/False, Trompeur/Misleading, Non
  concluant/Inconclusive); ``ratingValue`` on a 1-5 scale (``worstRating``
  1, ``bestRating`` 5): false 1, misleading 2, inconclusive 3, verified 5.
  The scale is ours (schema.org leaves it to the publisher); 4 is unused so
  that "verified" stands apart.
- ``itemReviewed``: a ``Claim`` whose ``author`` is the claim's source (an
  ``Organization``: the sheet does not say whether a source is a person),
  or the article's publisher when the claim has no source; ``appearance``
  is the article (``CreativeWork`` with its URL and headline);
  ``datePublished`` the article's publication date when known.
- ``author``: the desk (``Organization``, name and URL from Preferences);
  ``url``: the review's address from the desk's template (see
  :class:`claims.export.options.Desk`); ``datePublished``: the day the claim
  was checked (``checked_at``), else the export date.

Before anything is written every review is validated: a missing required
field (review URL, desk name, claim text, the claim's author, the article's
URL) raises :class:`claims.errors.ExportError` naming each claim and field.
"""

from __future__ import annotations

import json
from typing import Any

from claims.errors import ExportError
from claims.export.options import ExportOptions, Rendered
from claims.export.rows import STATUS_LABELS, article_title
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
    ("itemReviewed", "author", "name"),
    ("itemReviewed", "appearance", "url"),
    ("datePublished",),
)
"""The fields every review must have (paths into the JSON object)."""

HINTS = {
    "url": "set the review URL template in Preferences",
    "author.name": "set the desk's name in Preferences",
    "claimReviewed": "the claim has no sentence or quote",
    "itemReviewed.author.name": "give the claim a source, or the article a publisher",
    "itemReviewed.appearance.url": "give the article its URL",
}


def claim_review(claim: Claim, sheet: Sheet, options: ExportOptions) -> dict[str, Any]:
    """The ClaimReview object of one claim with a verdict (not validated)."""
    language = options.language_for(sheet)
    article = sheet.article
    desk = options.desk
    appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": article_title(sheet)}
    if article.url:
        appearance["url"] = article.url
    if article.publisher:
        appearance["publisher"] = {"@type": "Organization", "name": article.publisher}
    item: dict[str, Any] = {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": claim.source or article.publisher or ""},
        "appearance": appearance,
    }
    if article.published:
        item["datePublished"] = article.published.isoformat()
    author: dict[str, Any] = {"@type": "Organization", "name": desk.name}
    if desk.url:
        author["url"] = desk.url
    reviewed = claim.checked_at.date() if claim.checked_at else options.export_date()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": desk.review_address(claim.id),
        "claimReviewed": " ".join((claim.sentence or claim.quote).split()),
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
        "inLanguage": article.language.value,
    }


def missing_fields(review: dict[str, Any]) -> list[str]:
    """The dotted paths of :data:`REQUIRED` fields that are absent or empty."""
    missing = []
    for path in REQUIRED:
        node: Any = review
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        if node in (None, ""):
            missing.append(".".join(path))
    return missing


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
        length = len(review["claimReviewed"])
        if length > CLAIM_REVIEWED_ADVISED_LENGTH:
            notes.append(
                f"claim {claim.id}: claimReviewed is {length} characters, over the "
                f"{CLAIM_REVIEWED_ADVISED_LENGTH} Google advises"
            )
        reviews.append(review)
    if problems:
        raise ExportError("ClaimReview cannot be published as is:\n" + "\n".join(problems))
    text = json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
    return Rendered(text.encode("utf-8"), notes)
