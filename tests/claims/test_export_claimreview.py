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
    assert first["claimReviewed"].startswith("La filiale cloud d’Alibaba")
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
    assert any("over the 75" in n for n in rendered.notes)


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
    assert "claim c1: no url (set the review URL template in Preferences)" in message
    assert "claim c2: no itemReviewed.appearance.url (give the article its URL)" in message
    assert "c5" not in message  # in progress: skipped, not an error


def test_review_url_template_without_id(checked_sheet: Sheet) -> None:
    desk = Desk(name="Desk", review_url="https://example.org/checks/alibaba")
    reviews = json.loads(render(checked_sheet, "claimreview", ExportOptions(desk=desk)).text)
    assert reviews[0]["url"] == "https://example.org/checks/alibaba#c1"
