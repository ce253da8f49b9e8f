"""A read-only sheet file is never replaced by a save (issue 11, item 7): the
atomic write refuses it, naming the file, and so do ``claimdesk merge -o``
and every export. A rename over a file needs only the folder's permission,
so the refusal has to be asked for.

The tests run as root, for whom ``os.access`` says every file is writable;
the check reads the mode bits, and a real 0444 file proves it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.model import Sheet
from claims.sheet import is_read_only, save_sheet, write_atomic


@pytest.fixture
def read_only(tmp_path: Path, checked_sheet: Sheet) -> Path:
    path = tmp_path / "a.claims.yaml"
    save_sheet(checked_sheet, path)
    path.chmod(0o444)
    return path


def test_a_save_over_a_read_only_sheet_is_refused(read_only: Path, checked_sheet: Sheet) -> None:
    if os.geteuid() == 0:
        assert os.access(read_only, os.W_OK)  # why the mode bits are read
    before = read_only.read_bytes()
    checked_sheet.claims[0].note = "Changed."
    with pytest.raises(PermissionError) as raised:
        save_sheet(checked_sheet, read_only)
    assert raised.value.filename == str(read_only)
    assert "read-only" in str(raised.value)
    assert read_only.read_bytes() == before
    assert sorted(p.name for p in read_only.parent.iterdir()) == [read_only.name]  # no temporary


def test_only_existing_files_without_write_permission_are_read_only(tmp_path: Path) -> None:
    path = tmp_path / "b.claims.yaml"
    assert not is_read_only(path)  # a new file
    write_atomic(path, b"one")
    assert not is_read_only(path)
    write_atomic(path, b"two")  # an ordinary file is replaced
    assert path.read_bytes() == b"two"
    for mode in (0o444, 0o400, 0o000):
        path.chmod(mode)
        assert is_read_only(path), oct(mode)
    path.chmod(0o200)
    assert not is_read_only(path)


def test_claimdesk_merge_leaves_a_read_only_output_alone(read_only: Path, tmp_path: Path) -> None:
    source = tmp_path / "b.claims.yaml"
    source.write_bytes(read_only.read_bytes())  # the same on every side: a clean merge
    before = read_only.read_bytes()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "claims",
            "merge",
            str(source),
            str(source),
            str(source),
            "-o",
            str(read_only),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert str(read_only) in result.stderr and "read-only" in result.stderr
    assert ".tmp" not in result.stderr
    assert read_only.read_bytes() == before
