"""Exports of a claim sheet for editors and publishers.

``export_sheet(sheet, fmt, path)`` writes one format; ``FORMATS`` lists them.
Each exporter is a module with ``render(sheet, language) -> str``. Rows are
built once by :func:`claims.export.rows.claim_rows`, so every format carries
the same fields in the same order.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from claims.errors import ExportError
from claims.export import csv_export, markdown_export
from claims.model import Language, Sheet

Renderer = Callable[[Sheet, Language], str]

FORMATS: dict[str, tuple[str, Renderer]] = {
    "csv": (".csv", csv_export.render),
    "md": (".md", markdown_export.render),
}
"""Format name -> (file suffix, renderer)."""


def render(sheet: Sheet, fmt: str, language: Language | None = None) -> str:
    """The export of ``sheet`` in ``fmt`` as text; raise :class:`ExportError` for
    an unknown format. ``language`` (labels, number formats) defaults to the article's."""
    try:
        _suffix, renderer = FORMATS[fmt]
    except KeyError:
        raise ExportError(
            f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}"
        ) from None
    return renderer(sheet, language or sheet.article.language)


def export_sheet(sheet: Sheet, fmt: str, path: Path, language: Language | None = None) -> Path:
    """Write the ``fmt`` export of ``sheet`` to ``path`` (UTF-8); return ``path``.

    Raises :class:`ExportError` for an unknown format and ``OSError`` when the
    file cannot be written.
    """
    text = render(sheet, fmt, language)
    Path(path).write_text(text, encoding="utf-8", newline="")
    return Path(path)


def default_export_path(sheet_path: Path, fmt: str) -> Path:
    """``NAME.claims.csv`` beside ``NAME.claims.yaml`` (or beside an article)."""
    suffix = FORMATS[fmt][0]
    name = Path(sheet_path).name
    for ending in (".claims.yaml", ".yaml", ".yml", ".txt"):
        if name.endswith(ending):
            name = name[: -len(ending)]
            break
    return Path(sheet_path).with_name(f"{name}.claims{suffix}")
