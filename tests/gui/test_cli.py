"""The claimdesk command where Qt is needed: a PDF export, through the core's
export registry and the ``claimdesk.renderers`` entry point of ``gui``, run
as ``python -m gui`` (the headless commands are tested in tests/claims)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def checked_sheet_path(tmp_path: Path) -> Path:
    """The committed checked example sheet, copied."""
    source = Path(__file__).resolve().parents[2] / "data" / "examples"
    path = tmp_path / "checked.claims.yaml"
    path.write_bytes((source / "alibaba-cloud-expansion.fr.checked.claims.yaml").read_bytes())
    return path


LAUNCHERS = {
    "python -m gui": [sys.executable, "-m", "gui"],
    "python -m claims": [sys.executable, "-m", "claims"],
    "claimdesk": [str(Path(sys.executable).with_name("claimdesk"))],
}


@pytest.mark.parametrize("launcher", LAUNCHERS)
def test_pdf_export_headless_without_a_display(
    checked_sheet_path: Path, tmp_path: Path, launcher: str
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "a.pdf"
    result = subprocess.run(
        [*LAUNCHERS[launcher], "export", str(checked_sheet_path), "-f", "pdf", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
