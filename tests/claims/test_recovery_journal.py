"""Recovery journals are private, and one that cannot be read is set aside,
never offered (issue 11, items 3 and 11)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from claims.model import Sheet
from claims.recovery import (
    pending_recoveries,
    quarantine_folder,
    recovery_folder,
    scan_recoveries,
    set_aside_base,
    write_journal,
)
from claims.sheet import dump_sheet

DEAD = "999999999-1"
"""The tag of a window whose process is gone (no such process id)."""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@pytest.fixture(autouse=True)
def _state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Journals in a folder of this test, under the usual umask."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    umask = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(umask)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_journals_and_their_folder_are_private(checked_sheet: Sheet, tmp_path: Path) -> None:
    base = dump_sheet(checked_sheet)
    journal = write_journal(checked_sheet, tmp_path / "a.claims.yaml", DEAD, base, "0" * 64)
    assert journal.parent == recovery_folder()
    assert mode(recovery_folder()) == 0o700
    assert mode(journal) == 0o600
    [base_file] = recovery_folder().glob("*.base.yaml")
    assert mode(base_file) == 0o600
    write_journal(checked_sheet, tmp_path / "a.claims.yaml", DEAD, base, "0" * 64)  # rewritten
    assert mode(journal) == 0o600 and mode(base_file) == 0o600


def test_a_world_readable_folder_is_tightened(checked_sheet: Sheet, tmp_path: Path) -> None:
    recovery_folder().mkdir(parents=True)
    recovery_folder().chmod(0o755)
    write_journal(checked_sheet, tmp_path / "a.claims.yaml", DEAD)
    assert mode(recovery_folder()) == 0o700


def test_every_cut_of_a_journal_is_set_aside(checked_sheet: Sheet, tmp_path: Path) -> None:
    journal = write_journal(checked_sheet, tmp_path / "a.claims.yaml", DEAD)
    data = journal.read_bytes()
    [recovery] = pending_recoveries()  # whole, it is offered
    assert len(recovery.sheet.claims) == len(checked_sheet.claims)
    cuts = [i + 1 for i, byte in enumerate(data[:-1]) if byte == ord("\n")]
    for cut in cuts:
        journal.write_bytes(data[:cut])
        scan = scan_recoveries()
        assert scan.recoveries == [], f"a journal cut at byte {cut} was offered"
        [aside] = scan.set_aside
        assert aside.journal is not None and aside.journal.parent == quarantine_folder()
        assert not journal.exists()
    assert len(list(quarantine_folder().glob("*.claims.yaml"))) == len(cuts)
    assert mode(quarantine_folder()) == 0o700


def test_a_damaged_journal_is_set_aside_with_its_base_and_the_rest_offered(
    checked_sheet: Sheet, tmp_path: Path
) -> None:
    good = write_journal(checked_sheet, tmp_path / "good.claims.yaml", DEAD)
    cut = write_journal(
        checked_sheet, tmp_path / "cut.claims.yaml", DEAD, dump_sheet(checked_sheet), "0" * 64
    )
    cut.write_text(cut.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    garbage = recovery_folder() / f"0123456789abcdef.{DEAD}.claims.yaml"
    garbage.write_bytes(b"\x00\xff garbage")
    scan = scan_recoveries()
    assert [r.journal for r in scan.recoveries] == [good]
    reasons = {a.journal.name.split(".", 1)[1]: a.reason for a in scan.set_aside if a.journal}
    assert len(reasons) == 2
    assert "ends early" in reasons[cut.name]
    assert "utf-8" in reasons[garbage.name].lower()
    assert sorted(p.name.split(".", 1)[1] for p in quarantine_folder().iterdir()) == sorted(
        [cut.name, cut.name.replace(".claims.yaml", ".base.yaml"), garbage.name]
    )
    assert scan_recoveries().set_aside == []  # reported once, then out of the way


def test_a_damaged_base_leaves_the_work_offered_and_is_set_aside(
    checked_sheet: Sheet, tmp_path: Path
) -> None:
    # Reported: a damaged base was read as no base at all, silently.
    journal = write_journal(
        checked_sheet, tmp_path / "a.claims.yaml", DEAD, dump_sheet(checked_sheet), "0" * 64
    )
    [base] = recovery_folder().glob("*.base.yaml")
    base.write_bytes(b"claimdesk: 2\n\xff")  # its first line (the digest) lost, and not UTF-8
    [recovery] = pending_recoveries()
    assert recovery.sheet == checked_sheet  # the work is offered all the same
    assert (recovery.base_text, recovery.base_digest) == ("", None)
    assert recovery.base_problem.startswith(f"{base}: cannot be read")
    aside = set_aside_base(recovery, recovery.base_problem)
    assert aside.journal is not None and aside.journal.parent == quarantine_folder()
    assert aside.journal.read_bytes() == b"claimdesk: 2\n\xff"
    assert aside.reason == recovery.base_problem
    assert not base.exists() and journal.exists()
    assert mode(aside.journal) == 0o600 and mode(quarantine_folder()) == 0o700
