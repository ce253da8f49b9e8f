"""Two processes saving one sheet at the same moment both land: the save
reads, merges and writes under the sheet's OS lock (``save_merged``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from claims.document import lock_path, sheet_lock

ROUNDS = 100


def test_two_processes_saving_together_keep_both_edits(tmp_path: Path) -> None:
    script = Path(__file__).with_name("save_concurrently.py")
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path), str(ROUNDS), "20261202"],
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    report = json.loads(result.stdout)
    assert report == {"rounds": ROUNDS, "lost": [], "leftovers": []}  # no lock file stays


def test_a_busy_lock_is_an_error_naming_the_sheet(tmp_path: Path) -> None:
    sheet = tmp_path / "a.claims.yaml"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from claims.document import sheet_lock\n"
            f"with sheet_lock({str(sheet)!r}):\n"
            "    print('held', flush=True)\n"
            "    sys.stdin.readline()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        try:
            with sheet_lock(sheet, seconds=0.2):
                raise AssertionError("the lock was taken twice")
        except OSError as exc:
            assert exc.filename == str(sheet)
            assert "another program has been saving it" in str(exc)
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    with sheet_lock(sheet, seconds=5):  # free again once the other process let go
        assert lock_path(sheet).exists()
    assert not lock_path(sheet).exists()


def test_a_sheet_opened_through_a_link_is_saved_where_it_points(tmp_path: Path) -> None:
    """Reported: saving through a symbolic link replaced the link with a
    plain file, and the shared sheet never got the verdict."""
    from claims.document import DiskBase, save_merged
    from claims.sheet import load_sheet, save_sheet

    sys.path.insert(0, str(Path(__file__).parent))
    from kill_during_save import make_sheet

    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "a.claims.yaml"
    save_sheet(make_sheet(2, "n"), target)
    link = tmp_path / "a.claims.yaml"
    link.symlink_to(target)
    base = DiskBase.read(link)
    assert base.sheet is not None
    ours = base.sheet.model_copy(update={"claims": list(base.sheet.claims)})
    ours.claims[0] = ours.claims[0].model_copy(update={"note": "checked"})
    assert save_merged(base, ours, link, lambda r: r.sheet) is not None
    assert link.is_symlink()
    assert load_sheet(target).claims[0].note == "checked"
    assert lock_path(link) == lock_path(target)


def test_a_lock_file_left_by_a_killed_save_is_usable_by_others(tmp_path: Path) -> None:
    sheet = tmp_path / "a.claims.yaml"
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os\nfrom claims.document import sheet_lock\n"
            f"with sheet_lock({str(sheet)!r}):\n    os._exit(9)\n",
        ],
        check=False,
    )
    assert killed.returncode == 9 and lock_path(sheet).exists()  # left behind
    assert lock_path(sheet).stat().st_mode & 0o666 == 0o666  # another account may open it
    with sheet_lock(sheet, seconds=5):
        pass
