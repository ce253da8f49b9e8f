"""The claimdesk command's headless subcommands (claims/cli.py), run for real
in a subprocess, as ``python -m claims``."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.model import Kind
from claims.sheet import load_sheet
from tests.processes import claimdesk


@pytest.fixture(autouse=True)
def _isolated_preferences(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The commands read the checker's preferences (the ClaimReview desk):
    keep the user's real ones out."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))


def test_extract_then_export(tmp_path: Path, sample_path: Path) -> None:
    sheet_path = tmp_path / "s.claims.yaml"
    result = claimdesk("extract", str(sample_path), "-o", str(sheet_path))
    assert result.returncode == 0, result.stderr
    sheet = load_sheet(sheet_path)
    assert any(c.kind is Kind.MONEY and c.quote == "52 milliards de dollars" for c in sheet.claims)
    out = tmp_path / "s.csv"
    result = claimdesk("export", str(sheet_path), "--format", "csv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.reader(handle))) == len(sheet.claims) + 1
    result = claimdesk("export", str(sheet_path), "--format", "md", "--lang", "en")
    assert result.stdout.startswith("# Claim sheet")


def test_extract_to_stdout_never_loads_qt(sample_path: Path) -> None:
    code = (
        "import sys; from claims.cli import main; main(['extract', sys.argv[1]]); "
        "assert 'PySide6' not in sys.modules, 'Qt loaded'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(sample_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("claimdesk: 2\n")


def test_bad_article_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    article = tmp_path / "garbled.txt"
    article.write_bytes(b"Co\x81\x8d\x8f\x90\x9d\x01\x02\xff\xfe : 12")
    out = tmp_path / "out.claims.yaml"
    result = claimdesk("extract", str(article), "-o", str(out))
    assert result.returncode == 2
    assert str(article) in result.stderr and "UTF-8" in result.stderr
    assert not out.exists()


def test_extract_never_writes_over_its_article(tmp_path: Path, sample_path: Path) -> None:
    # Reported: "extract art.txt -o art.txt" replaced the article with YAML.
    article = tmp_path / "art.txt"
    article.write_text(sample_path.read_text(encoding="utf-8"), encoding="utf-8")
    before = article.read_bytes()
    result = claimdesk("extract", str(article), "-o", str(tmp_path / "." / "art.txt"))
    assert result.returncode == 2
    assert "the article itself" in result.stderr and len(result.stderr.splitlines()) == 1
    assert article.read_bytes() == before


def test_extract_never_replaces_a_sheet_unless_told(tmp_path: Path, sample_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(sample_path.read_text(encoding="utf-8"), encoding="utf-8")
    sheet_path = tmp_path / "a.claims.yaml"
    assert claimdesk("extract", str(article), "-o", str(sheet_path)).returncode == 0
    checked = sheet_path.read_text(encoding="utf-8").replace(
        "status: unchecked", "status: in_progress", 1
    )
    sheet_path.write_text(checked, encoding="utf-8")
    refused = claimdesk("extract", str(article), "-o", str(sheet_path))
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "already exists: --update" in refused.stderr
    assert sheet_path.read_text(encoding="utf-8") == checked
    forced = claimdesk("extract", str(article), "-o", str(sheet_path), "--force")
    assert forced.returncode == 0, forced.stderr
    assert "in_progress" not in sheet_path.read_text(encoding="utf-8")


def test_extract_update_carries_a_sheet_over_to_the_edited_article(
    tmp_path: Path, sample_path: Path
) -> None:
    article = tmp_path / "a.txt"
    text = sample_path.read_text(encoding="utf-8")
    article.write_text(text, encoding="utf-8")
    sheet_path = tmp_path / "a.claims.yaml"
    assert claimdesk("extract", str(article), "-o", str(sheet_path)).returncode == 0
    yaml_text = sheet_path.read_text(encoding="utf-8")
    sheet_path.write_text(yaml_text.replace("note: ''", "note: vérifié", 1), encoding="utf-8")
    before = load_sheet(sheet_path)
    article.write_text(
        text.replace("29 centres", "30 centres") + "\nIl emploie 1 500 personnes.\n",
        encoding="utf-8",
    )
    updated = claimdesk("extract", str(article), "-o", str(sheet_path), "--update")
    assert updated.returncode == 0, updated.stderr
    assert "1 claim's text changed, 1 new figure found" in updated.stderr
    after = load_sheet(sheet_path)
    assert after.claims[0].note == "vérifié"
    assert [c.id for c in after.claims[: len(before.claims)]] == [c.id for c in before.claims]
    [changed] = [c for c in after.claims if c.text_changed]
    assert changed.quote.startswith("30 centres")
    assert after.claims[-1].quote == "1 500 personnes" and after.claims[-1].id == "c25"
    again = claimdesk("extract", str(article), "-o", str(sheet_path), "--update")
    assert "nothing to update" in again.stderr
    assert not list(tmp_path.glob(".*.lock"))


@pytest.mark.parametrize(
    "content", ["claimdesk: 1\narticle: [\n", "claimdesk: 9\narticle: {text: x}\n"]
)
def test_bad_sheet_exits_2(tmp_path: Path, content: str) -> None:
    sheet = tmp_path / "bad.claims.yaml"
    sheet.write_text(content, encoding="utf-8")
    result = claimdesk("export", str(sheet), "--format", "csv")
    assert result.returncode == 2
    assert str(sheet) in result.stderr
    assert sheet.read_text(encoding="utf-8") == content


def test_eval_prints_a_table_and_json(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Le groupe a levé 40 000 euros en 2024.\n", encoding="utf-8")
    (tmp_path / "a.gold.yaml").write_text(
        "language: fr\nfigures:\n"
        '  - {quote: "40 000 euros", kind: money, value: "40000", unit: EUR}\n'
        '  - {quote: "en 2024", kind: date, value: "2024"}\n',
        encoding="utf-8",
    )
    table = claimdesk("eval", str(tmp_path))
    assert table.returncode == 0, table.stderr
    assert "recall" in table.stdout and "TOTAL" in table.stdout and "1.000" in table.stdout
    report = claimdesk("eval", "--json", str(tmp_path / "a.gold.yaml"))
    assert json.loads(report.stdout)["total"]["recall"] == 1.0


def test_eval_of_a_missing_folder_fails_clearly(tmp_path: Path) -> None:
    result = claimdesk("eval", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "nowhere: no such file or folder" in result.stderr


@pytest.fixture
def checked_sheet_path(tmp_path: Path) -> Path:
    """The committed checked example sheet, copied."""
    source = Path(__file__).resolve().parents[2] / "data" / "examples"
    path = tmp_path / "checked.claims.yaml"
    path.write_bytes((source / "alibaba-cloud-expansion.fr.checked.claims.yaml").read_bytes())
    return path


def test_export_every_format_to_files(tmp_path: Path, checked_sheet_path: Path) -> None:
    desk = ["--desk-name", "Desk", "--review-url", "https://example.org/c/{id}"]
    for fmt, name in (
        ("csv", "a.csv"),
        ("xlsx", "a.xlsx"),
        ("md", "a.md"),
        ("html", "a.html"),
        ("claimreview", "a.json"),
    ):
        out = tmp_path / name
        result = claimdesk("export", str(checked_sheet_path), "-f", fmt, *desk, "-o", str(out))
        assert result.returncode == 0, (fmt, result.stderr)
        assert out.stat().st_size > 500
    reviews = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert reviews[0]["url"] == "https://example.org/c/c1"


def test_export_status_filter_and_bom(checked_sheet_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.csv"
    result = claimdesk(
        "export",
        str(checked_sheet_path),
        "-f",
        "csv",
        "--status",
        "verified,false",
        "--bom",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    assert {r["Statut"] for r in rows} == {"Vérifié", "Faux"}
    result = claimdesk("export", str(checked_sheet_path), "-f", "csv", "--status", "true")
    assert result.returncode == 2
    assert "unknown status true" in result.stderr


def test_claimreview_without_a_desk_names_the_claims(
    checked_sheet_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "r.json"
    result = claimdesk("export", str(checked_sheet_path), "-f", "claimreview", "-o", str(out))
    assert result.returncode == 2
    assert "claim c1: no url" in result.stderr
    assert "claim c1: no author.name" in result.stderr
    assert not out.exists()


def test_binary_export_needs_a_file(checked_sheet_path: Path) -> None:
    result = claimdesk("export", str(checked_sheet_path), "-f", "xlsx")
    assert result.returncode == 2
    assert "give a file with -o" in result.stderr


def test_text_exports_never_load_qt(checked_sheet_path: Path) -> None:
    code = (
        "import sys; from claims.cli import main; "
        "main(['export', sys.argv[1], '-f', 'html']); "
        "assert 'PySide6' not in sys.modules, 'Qt loaded'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(checked_sheet_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>")


def test_merge_errors_name_the_files(tmp_path: Path, sample_path: Path) -> None:
    sheet = tmp_path / "a.claims.yaml"
    assert claimdesk("extract", str(sample_path), "-o", str(sheet)).returncode == 0
    other = tmp_path / "b.claims.yaml"
    assert claimdesk("extract", str(sample_path), "-o", str(other)).returncode == 0
    text = other.read_text(encoding="utf-8").replace("La filiale cloud", "La filiale nuage", 1)
    text = text.replace("  sentence: La filiale cloud", "  sentence: La filiale nuage")
    other.write_text(text, encoding="utf-8")
    result = claimdesk("merge", str(sheet), str(sheet), str(other))
    assert result.returncode == 2
    assert str(other) in result.stderr and "different article texts" in result.stderr
    missing = tmp_path / "gone" / "out.claims.yaml"
    result = claimdesk("merge", str(sheet), str(sheet), str(sheet), "-o", str(missing))
    assert result.returncode == 2
    assert str(missing) in result.stderr
    assert ".tmp" not in result.stderr


# Reported by a review of issue 6.


def test_export_never_overwrites_a_sheet(checked_sheet_path: Path) -> None:
    before = checked_sheet_path.read_bytes()
    result = claimdesk(
        "export", str(checked_sheet_path), "-f", "csv", "-o", str(checked_sheet_path)
    )
    assert result.returncode == 2
    assert "the claim sheet itself" in result.stderr
    other = checked_sheet_path.with_name("other.claims.yaml")
    result = claimdesk("export", str(checked_sheet_path), "-f", "md", "-o", str(other))
    assert result.returncode == 2
    assert "not written to a .yaml file" in result.stderr
    assert checked_sheet_path.read_bytes() == before
    assert not other.exists()


def test_export_leaves_a_read_only_file_alone(checked_sheet_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "ro.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o444)
    result = claimdesk("export", str(checked_sheet_path), "-f", "csv", "-o", str(out))
    assert result.returncode == 2
    assert "read-only" in result.stderr
    assert out.read_text(encoding="utf-8") == "old"


def test_bom_and_line_ends_reach_standard_output(checked_sheet_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "claims", "export", str(checked_sheet_path), "-f", "csv", "--bom"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"\xef\xbb\xbfID,")
    assert b"\r\n" in result.stdout and b"\r\r\n" not in result.stdout


def test_empty_status_choice_is_an_error(checked_sheet_path: Path) -> None:
    result = claimdesk("export", str(checked_sheet_path), "-f", "csv", "--status", ",")
    assert result.returncode == 2
    assert "at least one status" in result.stderr


def test_an_export_to_a_folder_names_it(checked_sheet_path: Path, tmp_path: Path) -> None:
    result = claimdesk("export", str(checked_sheet_path), "-f", "csv", "-o", str(tmp_path))
    assert result.returncode == 2
    assert f"{tmp_path}: is a folder" in result.stderr


def test_the_export_choices_are_the_registry_formats() -> None:
    from claims.cli import EXPORT_FORMATS
    from claims.export import FORMATS

    assert list(EXPORT_FORMATS) == list(FORMATS)


def test_the_window_without_the_gui_package_says_so(tmp_path: Path) -> None:
    # A core-only install: an empty ``gui`` package, without the window,
    # stands first on the path in place of ClaimDesk's.
    (tmp_path / "gui").mkdir()
    (tmp_path / "gui" / "__init__.py").write_text("", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "claims", "open", "article.txt"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr == (
        "claimdesk: error: the window needs the ClaimDesk GUI package (gui), which is not "
        "installed; the extract, export, merge and eval commands work without it\n"
    )


def test_extract_takes_the_article_facts(tmp_path: Path, sample_path: Path) -> None:
    sheet_path = tmp_path / "s.claims.yaml"
    result = claimdesk(
        "extract",
        str(sample_path),
        "-o",
        str(sheet_path),
        "--title",
        "Alibaba Cloud  étend sa présence",
        "--url",
        "https://example.org/alibaba",
        "--publisher",
        "Exemple Médias",
        "--author",
        "Camille Martin",
        "--published",
        "2025-02-26",
    )
    assert result.returncode == 0, result.stderr
    article = load_sheet(sheet_path).article
    assert (article.title, article.url, article.publisher, article.author) == (
        "Alibaba Cloud étend sa présence",
        "https://example.org/alibaba",
        "Exemple Médias",
        "Camille Martin",
    )
    assert article.published is not None and article.published.isoformat() == "2025-02-26"
    assert "author: Camille Martin" in sheet_path.read_text(encoding="utf-8")
    for bad in (["--url", "javascript:alert(1)"], ["--published", "26/02/2025"]):
        refused = claimdesk("extract", str(sample_path), *bad)
        assert refused.returncode == 2 and bad[0] in refused.stderr
