"""ClaimReview JSON-LD: read back with json, fields and types checked."""

from __future__ import annotations

import json

import pytest

from claims.errors import ExportError
from claims.export import Desk, ExportOptions, render
from claims.export.claimreview import RATING_VALUES
from claims.model import Language, Sheet, Status


def test_one_review_per_verdict(checked_sheet: Sheet, desk_options: ExportOptions) -> None:
    rendered = render(checked_sheet, "claimreview", desk_options)
    reviews = json.loads(rendered.text)
    assert isinstance(reviews, list)
    assert [r["url"] for r in reviews] == [
        f"https://example.org/verifications/c{i}" for i in (1, 2, 3, 4)
    ]
    first = reviews[0]
    assert first["@context"] == "https://schema.org"
    assert first["@type"] == "ClaimReview"
    assert first["claimReviewed"] == (
        "…internationale, ayant récemment installé son troisième centre de données…"
    )
    assert first["author"] == {
        "@type": "Organization",
        "name": "Desk d’exemple",
        "url": "https://example.org",
    }
    assert first["datePublished"] == "2026-11-20"
    rating = first["reviewRating"]
    assert rating == {
        "@type": "Rating",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Vérifié",
    }
    item = first["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "Bloomberg"}
    assert item["appearance"]["url"] == "https://example.org/articles/alibaba-cloud"
    assert item["datePublished"] == "2024-10-16"
    # The claim without a source is attributed to the article's publisher.
    assert reviews[1]["itemReviewed"]["author"]["name"] == "Exemple Médias"
    assert [r["reviewRating"]["alternateName"] for r in reviews] == [
        "Vérifié",
        "Faux",
        "Trompeur",
        "Non concluant",
    ]
    for review in reviews:
        assert isinstance(review["reviewRating"]["ratingValue"], int)
    skipped = [n for n in rendered.notes if "skipped" in n]
    assert len(skipped) == len(checked_sheet.claims) - 4
    assert all(len(r["claimReviewed"]) <= 75 for r in reviews)
    assert len({r["claimReviewed"] for r in reviews}) == len(reviews)


def test_english_labels_and_mapping(checked_sheet: Sheet, desk_options: ExportOptions) -> None:
    options = ExportOptions(language=Language.EN, desk=desk_options.desk)
    reviews = json.loads(render(checked_sheet, "claimreview", options).text)
    labels = {r["reviewRating"]["alternateName"]: r["reviewRating"]["ratingValue"] for r in reviews}
    assert labels == {"Verified": 5, "False": 1, "Misleading": 2, "Inconclusive": 3}
    assert set(RATING_VALUES) == {
        Status.VERIFIED,
        Status.FALSE,
        Status.MISLEADING,
        Status.INCONCLUSIVE,
    }


def test_missing_required_fields_name_the_claims(checked_sheet: Sheet) -> None:
    checked_sheet.article.url = None
    with pytest.raises(ExportError) as info:
        render(checked_sheet, "claimreview", ExportOptions(desk=Desk(name="Desk")))
    message = str(info.value)
    assert "claim c1: no url (set the review URL template in Preferences, or --review-url)" in (
        message
    )
    assert "claim c2: no itemReviewed.appearance.url (give the article its URL)" in message
    assert "c5" not in message  # in progress: skipped, not an error


def test_review_url_template_without_id(checked_sheet: Sheet) -> None:
    desk = Desk(name="Desk", review_url="https://example.org/checks/alibaba")
    reviews = json.loads(render(checked_sheet, "claimreview", ExportOptions(desk=desk)).text)
    assert reviews[0]["url"] == "https://example.org/checks/alibaba#c1"


# Reported by a review of issue 6.


def test_claims_of_one_sentence_are_told_apart(checked_sheet: Sheet) -> None:
    from claims.export.claimreview import claim_reviewed

    texts = [claim_reviewed(c) for c in checked_sheet.claims]
    assert len(set(texts)) == len(texts)
    c11, c12 = checked_sheet.claim("c11"), checked_sheet.claim("c12")
    assert c11.sentence == c12.sentence
    assert claim_reviewed(c11).endswith("au moins 380 milliards de yuans (52…")
    assert "52 milliards de dollars" in claim_reviewed(c12)


def test_blank_names_and_bad_addresses_are_refused(checked_sheet: Sheet) -> None:
    checked_sheet.article.url = "javascript:alert(1)"
    desk = Desk(name="   ", url="javascript:alert(1)", review_url="not a url {id}")
    with pytest.raises(ExportError) as info:
        render(checked_sheet, "claimreview", ExportOptions(desk=desk))
    message = str(info.value)
    assert "claim c1: no author.name" in message
    assert "claim c1: url 'not a url c1' is not a web address" in message
    assert "claim c1: author.url 'javascript:alert(1)' is not a web address" in message
    assert "claim c1: itemReviewed.appearance.url 'javascript:alert(1)'" in message


def test_names_are_one_line_and_in_language_is_the_reviews(
    checked_sheet: Sheet, desk_options: ExportOptions
) -> None:
    checked_sheet.claim("c1").source = "  Bloomberg\n  News "
    options = ExportOptions(language=Language.EN, desk=desk_options.desk)
    review = json.loads(render(checked_sheet, "claimreview", options).text)[0]
    assert review["itemReviewed"]["author"]["name"] == "Bloomberg News"
    assert review["inLanguage"] == "en"
