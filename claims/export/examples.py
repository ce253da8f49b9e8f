"""The committed example exports of the sample (``data/examples/``).

``python -m claims.export.examples [FOLDER]`` (``make examples``) renders the
checked example sheet ``alibaba-cloud-expansion.fr.checked.claims.yaml`` of
FOLDER in every text format, beside it. ``tests/claims/test_examples.py``
fails when the committed files drift from what the code produces. The
verdicts of the example sheet are fictitious and say so in their notes.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

from claims.export import ExportOptions, render
from claims.export.options import Desk
from claims.resources import data_dir
from claims.sheet import load_sheet, write_atomic

log = logging.getLogger(__name__)

EXAMPLE_SHEET = "alibaba-cloud-expansion.fr.checked.claims.yaml"
EXAMPLE_OPTIONS = ExportOptions(
    desk=Desk(
        name="Desk d’exemple",
        url="https://example.org",
        review_url="https://example.org/verifications/{id}",
    ),
    today=dt.date(2026, 11, 29),
)
"""A fixed desk and export date, so the examples are the same on every run."""
TEXT_FORMATS = {
    "csv": "alibaba-cloud-expansion.fr.claims.csv",
    "md": "alibaba-cloud-expansion.fr.claims.md",
    "html": "alibaba-cloud-expansion.fr.claims.html",
    "claimreview": "alibaba-cloud-expansion.fr.claimreview.json",
}
"""Format -> file name of its example."""


def render_examples(folder: Path) -> dict[str, bytes]:
    """File name -> bytes of each example export of ``folder``'s example sheet."""
    sheet = load_sheet(folder / EXAMPLE_SHEET)
    return {name: render(sheet, fmt, EXAMPLE_OPTIONS).data for fmt, name in TEXT_FORMATS.items()}


def write_examples(folder: Path) -> list[Path]:
    """Write the example exports into ``folder``; return their paths."""
    written = []
    for name, data in render_examples(folder).items():
        write_atomic(folder / name, data)
        written.append(folder / name)
    return written


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else data_dir() / "examples"
    for path in write_examples(folder):
        log.info("wrote %s", path)


if __name__ == "__main__":
    main()
