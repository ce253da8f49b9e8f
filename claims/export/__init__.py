"""Exports of a claim sheet for editors and publishers.

:data:`FORMATS` lists the formats the core writes (CSV, XLSX, Markdown,
HTML, ClaimReview JSON-LD); each is a module with
``render(sheet, options) -> Rendered``. Rows are built once by
:func:`claims.export.rows.claim_row`, so every format carries the same fields
in the same order. PDF prints the HTML export with Qt and so lives in
:mod:`gui.pdf_export` (the core never imports Qt).

``export_sheet(sheet, fmt, path, options)`` renders first and then writes
atomically, so a failed export (a ClaimReview missing a field, a full disk)
leaves any previous file whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from claims.errors import ExportError
from claims.export import claimreview, csv_export, html_export, markdown_export, xlsx_export
from claims.export.options import Desk, ExportOptions, Rendered
from claims.model import Sheet
from claims.sheet import write_atomic

Renderer = Callable[[Sheet, ExportOptions], Rendered]


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its name on the command line, file suffix, label
    for file dialogs, whether it is text, and its renderer."""

    name: str
    suffix: str
    label: str
    is_text: bool
    render: Renderer | None


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("csv", ".csv", "CSV", True, csv_export.render),
        ExportFormat("xlsx", ".xlsx", "Excel workbook", False, xlsx_export.render),
        ExportFormat("md", ".md", "Markdown", True, markdown_export.render),
        ExportFormat("html", ".html", "HTML", True, html_export.render),
        ExportFormat("pdf", ".pdf", "PDF", False, None),  # gui.pdf_export (Qt)
        ExportFormat(
            "claimreview", ".claimreview.json", "ClaimReview JSON-LD", True, claimreview.render
        ),
    )
}
"""Format name -> :class:`ExportFormat`, in the order dialogs list them."""


def export_format(fmt: str) -> ExportFormat:
    """The format called ``fmt``; raise :class:`ExportError` for an unknown one."""
    try:
        return FORMATS[fmt]
    except KeyError:
        raise ExportError(
            f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}"
        ) from None


def render(sheet: Sheet, fmt: str, options: ExportOptions | None = None) -> Rendered:
    """The ``fmt`` export of ``sheet``.

    Raises :class:`ExportError` for an unknown format, for PDF (which needs
    Qt: use :func:`gui.pdf_export.render_pdf`) and when the format refuses
    the sheet (ClaimReview missing a required field).
    """
    renderer = export_format(fmt).render
    if renderer is None:
        raise ExportError(f"the {fmt} export is made by the ClaimDesk application (Qt)")
    return renderer(sheet, options or ExportOptions())


SHEET_SUFFIXES = (".yaml", ".yml")
"""An export never writes a file with these suffixes: that is where claim
sheets live, and an export over one would destroy the work."""


def check_destination(path: Path, sheet_path: Path | None = None) -> None:
    """Raise :class:`ExportError` when ``path`` must not receive an export:
    the sheet itself (``sheet_path``), any ``.yaml`` file, a folder, or a
    file without write permission (a read-only file is not replaced, even by
    a user the system would let)."""
    path = Path(path)
    if sheet_path is not None and path.resolve() == Path(sheet_path).resolve():
        raise ExportError(f"{path}: this is the claim sheet itself; export to another file")
    if path.name.lower().endswith(SHEET_SUFFIXES):
        raise ExportError(f"{path}: an export is not written to a .yaml file (claim sheets)")
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name")
    if path.exists() and not path.stat().st_mode & 0o222:
        raise ExportError(f"{path}: the file is read-only; it is left as it is")


def write_export(rendered: Rendered, path: Path, sheet_path: Path | None = None) -> Path:
    """Write ``rendered`` to ``path`` atomically; return ``path``.
    Raises :class:`ExportError` for a destination :func:`check_destination`
    refuses, and ``OSError`` when it cannot be written (the previous file
    stays)."""
    check_destination(path, sheet_path)
    write_atomic(Path(path), rendered.data)
    return Path(path)


def export_sheet(
    sheet: Sheet,
    fmt: str,
    path: Path,
    options: ExportOptions | None = None,
    sheet_path: Path | None = None,
) -> Rendered:
    """Write the ``fmt`` export of ``sheet`` (saved at ``sheet_path``, if
    known) to ``path``; return what was written (its notes tell the user
    about skipped claims and warnings).

    Raises :class:`ExportError` (see :func:`render`, :func:`check_destination`)
    before writing anything, and ``OSError`` when the file cannot be written.
    """
    check_destination(path, sheet_path)
    rendered = render(sheet, fmt, options)
    write_export(rendered, path, sheet_path)
    return rendered


def default_export_path(sheet_path: Path, fmt: str) -> Path:
    """``NAME.claims.csv`` beside ``NAME.claims.yaml`` (or beside an article)."""
    suffix = export_format(fmt).suffix
    name = Path(sheet_path).name
    for ending in (".claims.yaml", ".yaml", ".yml", ".txt"):
        if name.endswith(ending):
            name = name[: -len(ending)]
            break
    return Path(sheet_path).with_name(f"{name}.claims{suffix}")


__all__ = [
    "FORMATS",
    "Desk",
    "ExportFormat",
    "ExportOptions",
    "Rendered",
    "check_destination",
    "default_export_path",
    "export_format",
    "export_sheet",
    "render",
    "write_export",
]
