"""ClaimReview JSON-LD: read back with json, fields and types checked."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claims.article import read_article
from claims.errors import ExportError
from claims.export import Desk, ExportOptions, export_sheet, render
from claims.export.claimreview import RATING_VALUES, claim_reviewed
from claims.extract import extract_sheet
from claims.model import Language, Sheet, Status

SCRIPT_BREAKER = "</script><script>alert(1)</script> <!-- & -->"


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


def test_a_claim_nobody_is_said_to_have_made_is_reviewed_without_an_author(
    checked_sheet: Sheet, desk_options: ExportOptions
) -> None:
    """schema.org and Google list ``itemReviewed.author`` as recommended, not
    required: a claim with no source in an article with no publisher is
    exported without it (with a note), instead of refusing the whole file."""
    checked_sheet.article.publisher = None
    c1 = checked_sheet.claim("c1")
    c1.source = None
    rendered = render(checked_sheet, "claimreview", desk_options)
    reviews = json.loads(rendered.text)
    first = next(r for r in reviews if r["url"].endswith("c1"))
    assert "author" not in first["itemReviewed"]
    assert any("claim c1: no itemReviewed.author" in note for note in rendered.notes)


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


class _Scripts(HTMLParser):
    """The script elements of a page: their attributes and their text."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._open: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._open = dict(attrs)
            self.scripts.append((self._open, ""))

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._open = None


def test_json_ld_stays_inside_its_script_element(
    tmp_path: Path, desk_options: ExportOptions
) -> None:
    # Reported: a quote with </script> ended the desk's JSON-LD block early.
    article = tmp_path / "article.txt"
    article.write_text(f"Le chômage a reculé de 2 % {SCRIPT_BREAKER} en 2024.\n", encoding="utf-8")
    sheet = extract_sheet(read_article(article))
    sheet.article.title = f"Titre {SCRIPT_BREAKER}\u2028\u2029"
    sheet.article.url = "https://example.org/a?x=1&y=2"
    for claim in sheet.claims:
        claim.status = Status.FALSE
        claim.source = f"Source {SCRIPT_BREAKER}"
    out = tmp_path / "out.claimreview.json"
    export_sheet(sheet, "claimreview", out, desk_options)
    text = out.read_text(encoding="utf-8")
    assert not set("<>&\u2028\u2029") & set(text)
    reviews = json.loads(text)
    assert [r["claimReviewed"] for r in reviews] == [claim_reviewed(c) for c in sheet.claims]
    assert any(SCRIPT_BREAKER in r["claimReviewed"] for r in reviews)
    for review in reviews:
        assert review["itemReviewed"]["author"]["name"] == f"Source {SCRIPT_BREAKER}"
        assert review["itemReviewed"]["appearance"]["headline"] == sheet.article.title
        assert review["itemReviewed"]["appearance"]["url"] == "https://example.org/a?x=1&y=2"
    page = (
        "<!DOCTYPE html><html><head><title>t</title>"
        f'<script type="application/ld+json">{text}</script>'
        "</head><body><p>after</p></body></html>"
    )
    parser = _Scripts()
    parser.feed(page)
    parser.close()
    assert parser.scripts == [({"type": "application/ld+json"}, text)]
