"""Where the bundled data lives: the sample article and reference files.

In a source checkout or an editable install (``make run``) this is the
project's ``data/`` folder; a wheel carries the same files under
``claims/_data``.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder of bundled data files."""
    for candidate in (_HERE.parent / "data", _HERE / "_data"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("ClaimDesk's data folder is missing from this installation")


def sample_article() -> Path:
    """The bundled sample: a French business article about Alibaba Cloud."""
    return data_dir() / "alibaba-cloud-expansion.fr.txt"
