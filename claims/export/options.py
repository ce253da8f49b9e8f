"""What an export holds and how: label language, which claims, CSV flavour,
and the desk that publishes ClaimReview.

Every exporter takes an :class:`ExportOptions` and returns a :class:`Rendered`
(bytes plus notes for the user, such as claims a ClaimReview export skipped).
:func:`options_from` builds the options from the checker's preferences and
the choices of the Export dialog or the command line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claims.model import Claim, Language, Sheet, Status

if TYPE_CHECKING:
    from claims.preferences import Preferences


@dataclass(frozen=True)
class Desk:
    """The fact-checking desk that signs ClaimReview: its name, its site, and
    the address of each review (``{id}`` is replaced by the claim id; a
    template without it gets ``#ID`` appended so each review has its own URL)."""

    name: str = ""
    url: str = ""
    review_url: str = ""

    def review_address(self, claim_id: str) -> str:
        if not self.review_url:
            return ""
        if "{id}" in self.review_url:
            return self.review_url.replace("{id}", claim_id)
        return f"{self.review_url}#{claim_id}"


@dataclass(frozen=True)
class ExportOptions:
    """How to export a sheet.

    ``language``: labels and number formats (``None``: the article's).
    ``statuses``: export only claims with these statuses (``None``: all).
    ``csv_bom``: start CSV with a UTF-8 byte order mark, which Excel needs to
    read UTF-8. ``csv_delimiter``: ``,`` (RFC 4180), or ``;``, which Excel
    expects where the decimal mark is a comma (French settings). ``desk``: who publishes ClaimReview. ``today``: the export
    date (reviews without a ``checked_at`` are dated by it; tests fix it).
    """

    language: Language | None = None
    statuses: frozenset[Status] | None = None
    csv_bom: bool = False
    csv_delimiter: str = ","
    desk: Desk = field(default_factory=Desk)
    today: dt.date | None = None

    def language_for(self, sheet: Sheet) -> Language:
        return self.language or sheet.article.language

    def claims(self, sheet: Sheet) -> list[Claim]:
        """The claims of ``sheet`` this export holds, in sheet order."""
        if self.statuses is None:
            return list(sheet.claims)
        return [c for c in sheet.claims if c.status in self.statuses]

    def export_date(self) -> dt.date:
        return self.today or dt.date.today()


@dataclass
class Rendered:
    """An export's bytes, and notes for the user (warnings, skipped claims)."""

    data: bytes
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The bytes as text (for the text formats; a BOM is dropped)."""
        return self.data.decode("utf-8-sig")


def desk_from(preferences: Preferences) -> Desk:
    """The desk that signs ClaimReview, from the preferences."""
    return Desk(
        name=preferences.desk_name, url=preferences.desk_url, review_url=preferences.review_url
    )


def options_from(
    preferences: Preferences,
    *,
    language: str = "",
    statuses: list[str] | None = None,
    csv_bom: bool = False,
    csv_delimiter: str = ",",
) -> ExportOptions:
    """Export options from choices as the dialog and the CLI hold them:
    ``language`` "" for the article's, ``statuses`` empty or ``None`` for all;
    the desk comes from ``preferences``."""
    return ExportOptions(
        language=Language(language) if language else None,
        statuses=frozenset(Status(s) for s in statuses) if statuses else None,
        csv_bom=csv_bom,
        csv_delimiter=csv_delimiter,
        desk=desk_from(preferences),
    )
