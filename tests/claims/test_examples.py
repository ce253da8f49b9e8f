"""The committed example exports (data/examples/) are what the code makes
of the checked example sheet: ``make examples`` regenerates them."""

from __future__ import annotations

import pytest

from claims.export.examples import TEXT_FORMATS, render_examples
from claims.resources import data_dir

FOLDER = data_dir() / "examples"


@pytest.mark.parametrize("name", list(TEXT_FORMATS.values()))
def test_example_has_not_drifted(name: str) -> None:
    produced = render_examples(FOLDER)[name]
    committed = (FOLDER / name).read_bytes()
    assert produced == committed, f"data/examples/{name} is stale: run make examples"
