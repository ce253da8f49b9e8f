"""Running the ``claimdesk`` command for real, as a test's subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def claimdesk(*args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m claims ARGS`` in a new process (text output, 120 s at
    most, never raising on a failure status). With ``home``, its
    preferences and state live there, never in the user's own folders."""
    env = None
    if home is not None:
        env = {**os.environ, "XDG_CONFIG_HOME": str(home), "XDG_STATE_HOME": str(home / "state")}
    return subprocess.run(
        [sys.executable, "-m", "claims", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
