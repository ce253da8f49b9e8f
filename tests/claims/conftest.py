"""Fixtures of the core tests: a checked sample sheet with every status,
evidence, and the hostile texts exports must survive."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claims.article import read_article
from claims.export import Desk, ExportOptions
from claims.extract import extract_sheet
from claims.model import Evidence, Sheet, Status

CHECKED_AT = dt.datetime(2026, 11, 20, 10, 30, tzinfo=dt.UTC)
INJECTION = '=HYPERLINK("http://x","y")'
SCRIPT_NOTE = "<script>alert('x')</script>\nligne 2, avec « guillemets »"


@pytest.fixture
def checked_sheet(sample_path: Path) -> Sheet:
    """The sample with article facts, one claim per status and evidence."""
    sheet = extract_sheet(read_article(sample_path))
    article = sheet.article
    article.title = "Alibaba Cloud étend sa présence à l’international"
    article.url = "https://example.org/articles/alibaba-cloud"
    article.publisher = "Exemple Médias"
    article.published = dt.date(2024, 10, 16)
    verified, false, misleading, inconclusive, in_progress = sheet.claims[:5]
    for claim, status in (
        (verified, Status.VERIFIED),
        (false, Status.FALSE),
        (misleading, Status.MISLEADING),
        (inconclusive, Status.INCONCLUSIVE),
        (in_progress, Status.IN_PROGRESS),
    ):
        claim.status = status
        claim.checked_by = "Camille"
        claim.checked_at = CHECKED_AT if status is not Status.IN_PROGRESS else None
    verified.source = "Bloomberg"
    verified.evidence = [
        Evidence(url="https://example.org/rapport", title="Rapport « annuel » 2024"),
        Evidence(url="https://example.org/communique"),
    ]
    false.note = INJECTION
    misleading.note = SCRIPT_NOTE
    inconclusive.evidence = [Evidence(url="javascript:alert(1)", title="piège")]
    return sheet


@pytest.fixture
def desk_options() -> ExportOptions:
    return ExportOptions(
        desk=Desk(
            name="Desk d’exemple",
            url="https://example.org",
            review_url="https://example.org/verifications/{id}",
        ),
        today=dt.date(2026, 11, 29),
    )
