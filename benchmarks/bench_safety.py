"""How ClaimDesk's sheet loader meets hostile files, and saves under SIGKILL.

Run: ``.venv/bin/python benchmarks/bench_safety.py [--rounds N]``. Prints a
table of hostile files (outcome, time, peak Python memory), then the
kill-during-save summary (``tests/claims/kill_during_save.py`` run as a
subprocess), then everything as JSON on the last line. Figures for the
closing notes of issue 5; the tests assert outcomes, not times.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from claims.errors import ClaimDeskError
from claims.sheet import MAX_SHEET_BYTES, load_sheet

ROOT = Path(__file__).resolve().parent.parent
GOOD = "claimdesk: 1\narticle:\n  language: fr\n  text: Le groupe a levé 40 000 euros.\n"


def _bomb() -> str:
    lines = ["claimdesk: 1", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


HOSTILE: dict[str, Callable[[Path], None]] = {
    "!!python/object/apply:os.system": lambda p: p.write_text(
        GOOD + "x: !!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8"
    ),
    "unknown tag !custom": lambda p: p.write_text(GOOD + "x: !custom 1\n", encoding="utf-8"),
    "billion laughs (9 levels of aliases)": lambda p: p.write_text(_bomb(), encoding="utf-8"),
    "nesting 1,000,000 deep": lambda p: p.write_text(
        "claimdesk: 1\na: " + "[" * 1_000_000 + "]" * 1_000_000 + "\n", encoding="utf-8"
    ),
    "200 MiB + 1 byte (sparse)": lambda p: p.open("wb").truncate(MAX_SHEET_BYTES + 1),
    "not UTF-8 (Latin-1 bytes)": lambda p: p.write_bytes(GOOD.encode("latin-1")),
    "NUL byte inside": lambda p: p.write_bytes(GOOD.encode() + b"\x00\n"),
    "YAML syntax error": lambda p: p.write_text("claimdesk: 1\narticle: [\n", encoding="utf-8"),
}


def hostile_rows() -> list[dict[str, object]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, make in HOSTILE.items():
            path = Path(folder) / "hostile.claims.yaml"
            make(path)
            tracemalloc.start()
            started = time.perf_counter()
            try:
                load_sheet(path)
                outcome = "LOADED"
            except ClaimDeskError as exc:
                outcome = str(exc).replace(str(path), "FILE")
            elapsed = time.perf_counter() - started
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            rows.append(
                {
                    "file": name,
                    "refused": outcome != "LOADED",
                    "ms": round(elapsed * 1000, 2),
                    "peak_kib": round(peak / 1024, 1),
                    "message": outcome[:90],
                }
            )
            path.unlink()
    return rows


def kill_during_save(rounds: int) -> dict[str, object]:
    script = ROOT / "tests" / "claims" / "kill_during_save.py"
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, str(script), folder, str(rounds), "20261129"],
            capture_output=True,
            text=True,
            check=True,
        )
        report: dict[str, object] = json.loads(result.stdout)
        report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def _out(line: str) -> None:
    sys.stdout.write(line + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200, help="SIGKILLs during saves")
    args = parser.parse_args()
    rows = hostile_rows()
    _out(f"{'hostile file':38} {'refused':>7} {'ms':>8} {'peak KiB':>9}  message")
    for row in rows:
        _out(
            f"{row['file']:38} {row['refused']!s:>7} {row['ms']:>8} {row['peak_kib']:>9}  "
            f"{row['message']}"
        )
    kills = kill_during_save(args.rounds)
    seen = kills["seen"]
    broken = kills["broken"]
    assert isinstance(seen, list) and isinstance(broken, list)
    _out(
        f"\nkill during save: {kills['rounds']} SIGKILLs; the file held the old version "
        f"{seen[0]} times, the new one {seen[1]}, neither {len(broken)}; "
        f"temporaries of killed saves left {kills['leftover_tmp']} (removed by the next "
        f"save once stale); {kills['seconds']} s"
    )
    _out(json.dumps({"hostile": rows, "kill_during_save": kills}))


if __name__ == "__main__":
    main()
