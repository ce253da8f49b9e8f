"""Kill a process at random moments while it saves a claim sheet.

Run by ``tests/claims/test_atomic_save.py`` as a subprocess (plain Python,
no Qt, so ``fork`` is safe): for each round a forked child saves two
different sheets in turn as fast as it can, this process SIGKILLs it after a
random delay and then loads the file. Prints a JSON summary.

Usage: python kill_during_save.py FOLDER ROUNDS SEED
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from decimal import Decimal
from pathlib import Path

from claims.errors import SheetFormatError
from claims.model import Article, Claim, Kind, Language, Sheet
from claims.sheet import dump_sheet, load_sheet, save_sheet


def make_sheet(claims: int, note: str) -> Sheet:
    text = "Le groupe a levé 40 000 euros. " * claims
    items = [
        Claim(
            id=f"c{i + 1}",
            quote="40 000 euros",
            span=(17 + 31 * i, 29 + 31 * i),
            kind=Kind.MONEY,
            value=Decimal(40000 + i),
            unit="EUR",
            note=note * 20,
        )
        for i in range(claims)
    ]
    return Sheet(article=Article(language=Language.FR, text=text), claims=items)


def main() -> None:
    folder, rounds, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    path = folder / "work.claims.yaml"
    versions = [
        make_sheet(20, "première version "),
        make_sheet(120, "seconde version, plus longue "),
    ]
    texts = [dump_sheet(v) for v in versions]
    save_sheet(versions[0], path)
    seen = [0, 0]
    broken: list[str] = []
    for _ in range(rounds):
        pid = os.fork()
        if pid == 0:  # the saving child: never returns
            index = 1  # the file holds version 0: start by replacing it
            while True:
                save_sheet(versions[index], path)
                index = 1 - index
        time.sleep(rng.uniform(0, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        try:
            loaded = dump_sheet(load_sheet(path))
        except SheetFormatError as exc:
            broken.append(str(exc))
            continue
        if loaded in texts:
            seen[texts.index(loaded)] += 1
        else:
            broken.append("a sheet that is neither version")
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    report = {"rounds": rounds, "seen": seen, "broken": broken, "leftover_tmp": len(leftovers)}
    sys.stdout.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
