"""Two processes save one claim sheet at the same moment, round after round.

Run by ``tests/claims/test_concurrent_save.py``: this process starts two
worker processes (``multiprocessing`` with ``spawn``: two real interpreters),
and for each round writes a fresh sheet; each worker reads it, marks its own
claim, waits at a barrier with the other, sleeps a random 0-20 ms and saves
with :func:`claims.document.save_merged` (read, merge and write under the
sheet's lock), as the window does. Prints a JSON summary: the rounds where
an edit is missing from the file.

Usage: python save_concurrently.py FOLDER ROUNDS SEED [--unlocked]
(``--unlocked`` saves as ClaimDesk did before the lock: check the disk,
merge, write, with nothing held, to measure what the lock prevents.)
"""

from __future__ import annotations

import json
import multiprocessing
import random
import sys
import time
from multiprocessing.synchronize import Barrier
from pathlib import Path

from claims.document import DiskBase, merge_with_disk, save_merged, save_with_base
from claims.editing import edited, status_change
from claims.merge import MergeResult
from claims.model import Sheet, Status
from claims.sheet import load_sheet, save_sheet

sys.path.insert(0, str(Path(__file__).parent))
from kill_during_save import make_sheet

MARKS = {0: ("c1", Status.VERIFIED), 1: ("c2", Status.FALSE)}


def _take(result: MergeResult) -> Sheet | None:
    return result.sheet if result.clean else None


def worker(
    index: int, folder: str, rounds: int, seed: int, barrier: Barrier, unlocked: bool
) -> None:
    rng = random.Random(seed * 10 + index)
    claim_id, status = MARKS[index]
    for number in range(rounds):
        barrier.wait()  # the parent wrote this round's sheet
        path = Path(folder) / f"round-{number}.claims.yaml"
        base = DiskBase.read(path)
        assert base.sheet is not None
        sheet = base.sheet.model_copy(update={"claims": list(base.sheet.claims)})
        claim = sheet.claim(claim_id)
        sheet.claims[sheet.claims.index(claim)] = edited(
            claim, status_change(claim, status, f"worker {index}")
        )
        barrier.wait()  # both have read it: save at nearly the same moment
        time.sleep(rng.uniform(0, 0.020))
        if unlocked:
            merged = merge_with_disk(base, sheet, path)
            save_with_base(merged.sheet if merged else sheet, path)
        else:
            save_merged(base, sheet, path, _take)
        barrier.wait()  # both saved


def main() -> None:
    folder, rounds, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    unlocked = "--unlocked" in sys.argv
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(3)
    workers = [
        context.Process(target=worker, args=(i, str(folder), rounds, seed, barrier, unlocked))
        for i in MARKS
    ]
    for process in workers:
        process.start()
    lost: list[int] = []
    for number in range(rounds):
        path = folder / f"round-{number}.claims.yaml"
        save_sheet(make_sheet(3, "note"), path)
        barrier.wait()
        barrier.wait()
        barrier.wait()
        saved = load_sheet(path)
        if any(saved.claim(c).status is not s for c, s in MARKS.values()):
            lost.append(number)
    for process in workers:
        process.join(timeout=60)
    leftovers = sorted(p.name for p in folder.iterdir() if not p.name.startswith("round-"))
    report = {"rounds": rounds, "lost": lost, "leftovers": leftovers}
    sys.stdout.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
