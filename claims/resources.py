"""Where the bundled data lives: the sample article and reference files.

A wheel carries them under ``claims/_data``; a source checkout or an
editable install (``make run``) reads the project's ``data/`` folder, next
to ``pyproject.toml``. The package's own folder is looked for first, and the
checkout's only beside a ``pyproject.toml``, so a stray ``data`` folder that
another package left in ``site-packages`` is never taken for ours.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder of bundled data files."""
    installed = _HERE / "_data"
    if installed.is_dir():
        return installed
    checkout = _HERE.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "data").is_dir():
        return checkout / "data"
    raise FileNotFoundError("ClaimDesk's data folder is missing from this installation")


def sample_article() -> Path:
    """The bundled sample: a French business article about Alibaba Cloud."""
    return data_dir() / "alibaba-cloud-expansion.fr.txt"
