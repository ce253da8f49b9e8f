"""Exports in every format, PDF included: the one place the window and the
command line turn a format name into bytes on disk.

The core (:mod:`claims.export`) renders everything but PDF; PDF needs Qt and
comes from :mod:`gui.pdf_export`, imported only when asked for so headless
exports never load Qt.
"""

from __future__ import annotations

from pathlib import Path

from claims.export import ExportOptions, Rendered, check_destination, render, write_export
from claims.export.options import Desk
from claims.model import Language, Sheet, Status
from claims.preferences import Preferences


def render_any(sheet: Sheet, fmt: str, options: ExportOptions | None = None) -> Rendered:
    """The ``fmt`` export of ``sheet`` (any format of :data:`claims.export.FORMATS`).
    Raises :class:`claims.errors.ExportError` as :func:`claims.export.render` does."""
    if fmt == "pdf":
        from gui.pdf_export import render_pdf

        return render_pdf(sheet, options)
    return render(sheet, fmt, options)


def export_any(
    sheet: Sheet,
    fmt: str,
    path: Path,
    options: ExportOptions | None = None,
    sheet_path: Path | None = None,
) -> Rendered:
    """Render, then write ``path`` atomically; returns what was written.
    Raises ``ExportError`` before writing (a refused destination such as the
    sheet at ``sheet_path`` itself, a refused format), ``OSError`` when
    writing fails."""
    check_destination(path, sheet_path)
    rendered = render_any(sheet, fmt, options)
    write_export(rendered, path, sheet_path)
    return rendered


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
    ``language`` "" for the article's, ``statuses`` empty or ``None`` for all."""
    return ExportOptions(
        language=Language(language) if language else None,
        statuses=frozenset(Status(s) for s in statuses) if statuses else None,
        csv_bom=csv_bom,
        csv_delimiter=csv_delimiter,
        desk=desk_from(preferences),
    )
