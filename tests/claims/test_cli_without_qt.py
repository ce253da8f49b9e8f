"""``claimdesk`` where Qt cannot be imported: the headless commands run as
real subprocesses with a ``PySide6`` and a ``shiboken6`` that raise
``ImportError`` first on ``PYTHONPATH``, on real files in tmp_path. A PDF
export and the window then fail in one clear line with status 2."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from claims.model import Kind, Status
from claims.sheet import load_sheet, save_sheet

BLOCKED = "blocked by the test: this interpreter has no Qt"

LAUNCHERS = {
    "python -m claims.cli": [sys.executable, "-m", "claims.cli"],
    "claimdesk": [str(Path(sys.executable).with_name("claimdesk"))],
}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The environment of a machine without Qt: fake PySide6 and shiboken6
    packages that refuse to import, no display, and preferences of its own."""
    fake = tmp_path / "no-qt"
    for name in ("PySide6", "shiboken6"):
        (fake / name).mkdir(parents=True)
        (fake / name / "__init__.py").write_text(
            f"raise ImportError({f'{name} is {BLOCKED}'!r})\n", encoding="utf-8"
        )
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH")
    }
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(fake), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    environment["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    environment["XDG_STATE_HOME"] = str(tmp_path / "state")
    return environment


def run(
    env: dict[str, str], *args: str, launcher: str = "python -m claims.cli"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*LAUNCHERS[launcher], *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


@pytest.mark.parametrize(
    ("module", "blocked"),
    [
        ("PySide6", "PySide6"),
        ("PySide6.QtGui", "PySide6"),
        ("shiboken6", "shiboken6"),
        ("gui.pdf_export", "PySide6"),
    ],
)
def test_the_fake_qt_really_refuses_to_import(
    env: dict[str, str], module: str, blocked: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert result.returncode == 1
    assert f"ImportError: {blocked} is {BLOCKED}" in result.stderr


@pytest.fixture
def sheet_path(tmp_path: Path, sample_path: Path, env: dict[str, str]) -> Path:
    """The sample article extracted by ``claimdesk extract`` without Qt."""
    article = Path(shutil.copy(sample_path, tmp_path / sample_path.name))
    path = tmp_path / "sample.claims.yaml"
    result = run(env, "extract", str(article), "-o", str(path))
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.parametrize("launcher", LAUNCHERS)
def test_extract(tmp_path: Path, sample_path: Path, env: dict[str, str], launcher: str) -> None:
    article = Path(shutil.copy(sample_path, tmp_path / "article.txt"))
    out = tmp_path / "article.claims.yaml"
    result = run(env, "extract", str(article), "-o", str(out), launcher=launcher)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    sheet = load_sheet(out)
    assert len(sheet.claims) > 10
    assert any(c.kind is Kind.MONEY and c.quote == "52 milliards de dollars" for c in sheet.claims)
    printed = run(env, "extract", str(article), "--lang", "fr", launcher=launcher)
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.startswith("claimdesk: 2\n")
    assert "52 milliards de dollars" in printed.stdout


def test_export_every_format_but_pdf(tmp_path: Path, sheet_path: Path, env: dict[str, str]) -> None:
    sheet = load_sheet(sheet_path)
    sheet.claims[0].status = Status.VERIFIED
    sheet.claims[0].checked_by = "Camille"
    sheet.claims[0].source = "Bloomberg"
    sheet.article.url = "https://example.org/articles/alibaba-cloud"
    save_sheet(sheet, sheet_path)
    count = len(sheet.claims)
    desk = ["--desk-name", "Desk", "--desk-url", "https://example.org"]
    desk += ["--review-url", "https://example.org/c/{id}"]
    outputs = {}
    for fmt, name in (
        ("csv", "a.csv"),
        ("md", "a.md"),
        ("html", "a.html"),
        ("xlsx", "a.xlsx"),
        ("claimreview", "a.claimreview.json"),
    ):
        out = tmp_path / name
        result = run(env, "export", str(sheet_path), "--format", fmt, *desk, "-o", str(out))
        assert result.returncode == 0, (fmt, result.stderr)
        assert "Traceback" not in result.stderr
        outputs[fmt] = out.read_bytes()

    with (tmp_path / "a.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == count
    assert rows[0]["Statut"] == "Vérifié"
    assert outputs["md"].decode("utf-8").startswith("# Fiche de vérification")
    assert outputs["md"].decode("utf-8").count("\n| c") == count
    html = outputs["html"].decode("utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert all(f'<a name="claim-{c.id}">' in html for c in sheet.claims)
    book = load_workbook(io.BytesIO(outputs["xlsx"]))
    assert book.sheetnames == ["Affirmations", "Article"]
    assert book["Affirmations"].max_row == count + 1
    reviews = json.loads(outputs["claimreview"])
    assert [r["url"] for r in reviews] == [f"https://example.org/c/{sheet.claims[0].id}"]

    printed = run(env, "export", str(sheet_path), "-f", "md", "--lang", "en")
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.startswith("# Claim sheet:")


def test_merge_clean_and_with_conflicts(
    tmp_path: Path, sheet_path: Path, env: dict[str, str]
) -> None:
    base = load_sheet(sheet_path)
    first, second = base.claims[0].id, base.claims[1].id

    def edit(name: str, claim_id: str, note: str) -> Path:
        sheet = load_sheet(sheet_path)
        sheet.claim(claim_id).note = note
        path = tmp_path / name
        save_sheet(sheet, path)
        return path

    ours = edit("ours.claims.yaml", first, "Confirmé par le groupe.")
    theirs = edit("theirs.claims.yaml", second, "Chiffre du rapport annuel.")
    merged = tmp_path / "merged.claims.yaml"
    result = run(env, "merge", str(sheet_path), str(ours), str(theirs), "-o", str(merged))
    assert result.returncode == 0, result.stderr
    sheet = load_sheet(merged)
    assert sheet.claim(first).note == "Confirmé par le groupe."
    assert sheet.claim(second).note == "Chiffre du rapport annuel."
    assert not any(c.conflicts for c in sheet.claims)

    theirs = edit("theirs2.claims.yaml", first, "Non confirmé.")
    result = run(env, "merge", str(sheet_path), str(ours), str(theirs))
    assert result.returncode == 1, result.stderr
    assert "1 conflict(s) recorded" in result.stderr
    (out := tmp_path / "conflicted.claims.yaml").write_text(result.stdout, encoding="utf-8")
    claim = load_sheet(out).claim(first)
    assert claim.note == "Confirmé par le groupe."
    assert [(c.field, c.theirs) for c in claim.conflicts] == [("note", "Non confirmé.")]


def test_bad_input_is_one_line_naming_the_file(tmp_path: Path, env: dict[str, str]) -> None:
    sheet = tmp_path / "bad.claims.yaml"
    sheet.write_text("claimdesk: 1\narticle: [\n", encoding="utf-8")
    result = run(env, "export", str(sheet), "-f", "csv")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and str(sheet) in result.stderr


@pytest.mark.parametrize("launcher", LAUNCHERS)
def test_pdf_export_says_it_needs_the_gui_package(
    tmp_path: Path, sheet_path: Path, env: dict[str, str], launcher: str
) -> None:
    out = tmp_path / "a.pdf"
    result = run(env, "export", str(sheet_path), "-f", "pdf", "-o", str(out), launcher=launcher)
    assert result.returncode == 2
    assert result.stderr.startswith(
        "claimdesk: error: the pdf export needs the ClaimDesk GUI package (PySide6), "
        "which cannot be loaded here: PySide6 is " + BLOCKED
    )
    assert result.stderr.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize("launcher", LAUNCHERS)
@pytest.mark.parametrize("args", [[], ["open", "article.txt"]])
def test_the_window_says_it_needs_pyside6(
    env: dict[str, str], args: list[str], launcher: str
) -> None:
    result = run(env, *args, launcher=launcher)
    assert result.returncode == 2
    assert result.stderr.startswith("claimdesk: error: the window needs PySide6")
    assert "PySide6 is " + BLOCKED in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
