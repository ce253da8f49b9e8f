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
