"""Exports of a claim sheet for editors and publishers.

:data:`FORMATS` lists every export format; the core renders CSV, XLSX,
Markdown, HTML and ClaimReview JSON-LD itself, each a module with
``render(sheet, options) -> Rendered``. Rows are built once by
:func:`claims.export.rows.claim_row`, so every format carries the same fields
in the same order.

A format the core cannot render (PDF, printed by Qt) gets its renderer from
outside: :func:`register_renderer` installs one, and a format still without
one is looked up among the ``claimdesk.renderers`` entry points
(:data:`RENDERER_GROUP`; the ``gui`` package declares
``pdf = "gui.pdf_export:render_pdf"``) the first time it is asked for. Where
that package or Qt is missing, the export fails with an
:class:`~claims.errors.ExportError` saying what it needs.

``export_sheet(sheet, fmt, path, options)`` renders first and then writes
atomically, so a failed export (a ClaimReview missing a field, a full disk)
leaves any previous file whole.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from claims.errors import ExportError
from claims.export import claimreview, csv_export, html_export, markdown_export, xlsx_export
from claims.export.options import Desk, ExportOptions, Rendered, desk_from, options_from
from claims.model import Sheet
from claims.sheet import is_read_only, write_atomic

log = logging.getLogger(__name__)

Renderer = Callable[[Sheet, ExportOptions], Rendered]
"""Turns a sheet into an export: ``renderer(sheet, options) -> Rendered``."""

RENDERER_GROUP = "claimdesk.renderers"
"""The entry-point group where packages offer renderers, by format name."""

GUI_PACKAGE = "the ClaimDesk GUI package (PySide6)"


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its name on the command line, file suffix, label
    for file dialogs, whether it is text, and its renderer (``None`` until
    one is registered or found, see :func:`renderer_for`); ``provider`` says
    what offers that renderer, for the message when it is missing."""

    name: str
    suffix: str
    label: str
    is_text: bool
    render: Renderer | None
    provider: str = ""


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("csv", ".csv", "CSV", True, csv_export.render),
        ExportFormat("xlsx", ".xlsx", "Excel workbook", False, xlsx_export.render),
        ExportFormat("md", ".md", "Markdown", True, markdown_export.render),
        ExportFormat("html", ".html", "HTML", True, html_export.render),
        ExportFormat("pdf", ".pdf", "PDF", False, None, provider=GUI_PACKAGE),
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


def register_renderer(fmt: str, renderer: Renderer) -> None:
    """Make ``renderer`` the renderer of the format ``fmt`` (one of
    :data:`FORMATS`; :class:`ExportError` for another name)."""
    FORMATS[fmt] = dataclasses.replace(export_format(fmt), render=renderer)


def _load_renderer(found: ExportFormat) -> Renderer:
    """The renderer an installed package offers for ``found`` through the
    :data:`RENDERER_GROUP` entry points, registered for next time."""
    what = found.provider or f"a package offering a {RENDERER_GROUP!r} entry point"
    for entry in importlib.metadata.entry_points(group=RENDERER_GROUP, name=found.name):
        try:
            renderer: Renderer = entry.load()
        except ImportError as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ExportError(
                f"the {found.name} export needs {what}, which cannot be loaded here: {reason}"
            ) from exc
        if not callable(renderer):
            raise ExportError(f"the {found.name} export: {entry.value} is not a renderer")
        log.debug("%s export rendered by %s", found.name, entry.value)
        register_renderer(found.name, renderer)
        return renderer
    raise ExportError(f"the {found.name} export needs {what}, which is not installed")


def renderer_for(fmt: str) -> Renderer:
    """The renderer of ``fmt``: built in, registered, or loaded from an
    entry point. Raises :class:`ExportError` for an unknown format and for
    one whose renderer is missing (PDF without the GUI package or Qt)."""
    found = export_format(fmt)
    return found.render or _load_renderer(found)


def render(sheet: Sheet, fmt: str, options: ExportOptions | None = None) -> Rendered:
    """The ``fmt`` export of ``sheet``.

    Raises :class:`ExportError` for an unknown format, for one whose
    renderer is missing (see :func:`renderer_for`) and when the format
    refuses the sheet (ClaimReview missing a required field).
    """
    return renderer_for(fmt)(sheet, options or ExportOptions())


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
    if is_read_only(path):
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
    "RENDERER_GROUP",
    "Desk",
    "ExportFormat",
    "ExportOptions",
    "Rendered",
    "Renderer",
    "check_destination",
    "default_export_path",
    "desk_from",
    "export_format",
    "export_sheet",
    "options_from",
    "register_renderer",
    "render",
    "renderer_for",
    "write_export",
]
