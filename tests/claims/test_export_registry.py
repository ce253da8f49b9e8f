"""The export registry (claims/export/__init__.py): renderers registered by
name, or found among the ``claimdesk.renderers`` entry points of installed
distributions (here real ones, written to tmp_path), with a clear error when
a format's renderer is missing or cannot be loaded."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from claims.errors import ExportError
from claims.export import (
    FORMATS,
    RENDERER_GROUP,
    ExportFormat,
    ExportOptions,
    Rendered,
    export_sheet,
    register_renderer,
    render,
    renderer_for,
)
from claims.export.rows import article_title
from claims.model import Sheet


@pytest.fixture(autouse=True)
def _restore_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's registrations end with it."""
    for name, fmt in list(FORMATS.items()):
        monkeypatch.setitem(FORMATS, name, fmt)


def _title_renderer(sheet: Sheet, options: ExportOptions) -> Rendered:
    return Rendered(b"%PDF-test " + article_title(sheet).encode("utf-8"))


def test_a_registered_renderer_renders_and_exports(checked_sheet: Sheet, tmp_path: Path) -> None:
    register_renderer("pdf", _title_renderer)
    assert renderer_for("pdf") is _title_renderer
    assert list(FORMATS) == ["csv", "xlsx", "md", "html", "pdf", "claimreview"]
    assert FORMATS["pdf"].suffix == ".pdf" and not FORMATS["pdf"].is_text
    rendered = export_sheet(checked_sheet, "pdf", tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == rendered.data
    assert rendered.data == b"%PDF-test " + article_title(checked_sheet).encode("utf-8")


def test_only_known_formats_take_a_renderer() -> None:
    with pytest.raises(ExportError, match="unknown export format 'odt'"):
        register_renderer("odt", _title_renderer)
    assert "odt" not in FORMATS


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on ``sys.path`` for distributions; their modules are
    forgotten afterwards."""
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    yield folder
    for name in [m for m in sys.modules if m.startswith("claimdesk_test_")]:
        del sys.modules[name]


def _distribution(root: Path, name: str, entry_points: str, module: str = "") -> None:
    """An installed distribution at ``root``: its dist-info with
    ``entry_points``, and optionally a module ``NAME_plugin.py``."""
    info = root / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        f"[{RENDERER_GROUP}]\n{entry_points}\n", encoding="utf-8"
    )
    if module:
        (root / f"{name}_plugin.py").write_text(module, encoding="utf-8")


def test_a_renderer_is_found_through_its_entry_point(
    checked_sheet: Sheet, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _distribution(
        site,
        "claimdesk_test_odt",
        "odt = claimdesk_test_odt_plugin:render",
        "from claims.export import Rendered\n\n"
        "def render(sheet, options):\n"
        "    return Rendered(b'ODT ' + str(len(options.claims(sheet))).encode())\n",
    )
    monkeypatch.setitem(FORMATS, "odt", ExportFormat("odt", ".odt", "ODT", False, None))
    rendered = render(checked_sheet, "odt")
    assert rendered.data == f"ODT {len(checked_sheet.claims)}".encode()
    assert FORMATS["odt"].render is renderer_for("odt")  # registered for next time


def test_a_renderer_that_cannot_be_loaded_says_what_it_needs(
    checked_sheet: Sheet, site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _distribution(site, "claimdesk_test_broken", "odt = claimdesk_no_such_module:render")
    monkeypatch.setitem(
        FORMATS, "odt", ExportFormat("odt", ".odt", "ODT", False, None, provider="the ODT plugin")
    )
    with pytest.raises(ExportError) as info:
        export_sheet(checked_sheet, "odt", tmp_path / "a.odt")
    assert str(info.value) == (
        "the odt export needs the ODT plugin, which cannot be loaded here: "
        "No module named 'claimdesk_no_such_module'"
    )
    assert not (tmp_path / "a.odt").exists()
    assert FORMATS["odt"].render is None


def test_a_format_nobody_provides_says_so(
    checked_sheet: Sheet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(
        FORMATS, "odt", ExportFormat("odt", ".odt", "ODT", False, None, provider="the ODT plugin")
    )
    with pytest.raises(ExportError) as info:
        render(checked_sheet, "odt")
    assert str(info.value) == "the odt export needs the ODT plugin, which is not installed"
