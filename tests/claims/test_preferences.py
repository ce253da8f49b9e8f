"""Preferences: defaults, round trip, recent files, unreadable files left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.preferences import (
    MAX_RECENT,
    Preferences,
    checker_name,
    load_preferences,
    preferences_path,
    save_preferences,
    with_recent,
)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_preferences(tmp_path / "none.yaml") == Preferences()


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "preferences.yaml"
    prefs = Preferences(checker="Camille Martin", language="fr", export_folder="/tmp/exports")
    save_preferences(prefs, path)
    assert load_preferences(path) == prefs
    assert "Camille Martin" in path.read_text(encoding="utf-8")


def test_recent_files_first_unique_and_bounded(tmp_path: Path) -> None:
    prefs = Preferences()
    for index in range(MAX_RECENT + 3):
        prefs = with_recent(prefs, tmp_path / f"a{index}.txt")
    prefs = with_recent(prefs, tmp_path / "a5.txt")
    assert len(prefs.recent) == MAX_RECENT
    assert prefs.recent[0] == str((tmp_path / "a5.txt").resolve())
    assert len(set(prefs.recent)) == MAX_RECENT


@pytest.mark.parametrize("content", ["language: klingon\n", "checker: [unclosed\n", "\xff\xfe"])
def test_unreadable_file_gives_defaults_and_is_kept(tmp_path: Path, content: str) -> None:
    path = tmp_path / "preferences.yaml"
    path.write_bytes(content.encode("latin-1"))
    assert load_preferences(path) == Preferences()
    assert path.read_bytes() == content.encode("latin-1")


def test_path_follows_the_platform_config_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert preferences_path() == tmp_path / "ClaimDesk" / "preferences.yaml"


def test_checker_name_comes_from_the_environment_then_the_preferences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CLAIMDESK_CHECKER", raising=False)
    assert checker_name(Preferences(checker="Léa Dubois")) == "Léa Dubois"
    monkeypatch.setenv("CLAIMDESK_CHECKER", "Env Name")
    assert checker_name(Preferences(checker="Léa Dubois")) == "Env Name"
    monkeypatch.delenv("CLAIMDESK_CHECKER")
    assert checker_name(Preferences()) == checker_name(None) != ""
