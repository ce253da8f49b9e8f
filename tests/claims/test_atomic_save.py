"""A save killed at any moment leaves the previous sheet or the new one, never a part."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROUNDS = 200


@pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")
def test_kill_during_save_never_leaves_a_partial_sheet(tmp_path: Path) -> None:
    script = Path(__file__).with_name("kill_during_save.py")
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path), str(ROUNDS), "20261129"],
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    report = json.loads(result.stdout)
    assert report["broken"] == []
    assert sum(report["seen"]) == ROUNDS
    assert min(report["seen"]) > 0  # kills landed while either version was being written


def test_leftovers_of_killed_saves_are_cleaned_later(tmp_path: Path) -> None:
    import os
    import time

    from claims.article import prepare_text
    from claims.extract import extract_sheet
    from claims.model import Article, Language
    from claims.sheet import STALE_TEMPORARY_SECONDS, save_sheet

    path = tmp_path / "a.claims.yaml"
    old = tmp_path / ".a.claims.yaml.abc123.tmp"
    fresh = tmp_path / ".a.claims.yaml.def456.tmp"
    other = tmp_path / ".b.claims.yaml.abc123.tmp"
    for leftover in (old, fresh, other):
        leftover.write_text("partial", encoding="utf-8")
    past = time.time() - STALE_TEMPORARY_SECONDS - 5
    os.utime(old, (past, past))
    os.utime(other, (past, past))
    sheet = extract_sheet(
        Article(language=Language.FR, text=prepare_text("Il a levé 40 000 euros."))
    )
    save_sheet(sheet, path)
    assert not old.exists()
    assert fresh.exists()  # perhaps another process's save in flight
    assert other.exists()  # another sheet's
