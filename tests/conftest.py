"""Shared test set-up: offscreen Qt, and an optional block on Qt for the core."""

from __future__ import annotations

import importlib.abc
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _BlockQt(importlib.abc.MetaPathFinder):
    """Make ``import PySide6`` fail, to prove the core never needs Qt."""

    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        if fullname.split(".")[0] in {"PySide6", "shiboken6"}:
            raise ImportError(f"{fullname} is blocked: the claims core must not import Qt")
        return None


if os.environ.get("CLAIMDESK_BLOCK_QT"):
    sys.meta_path.insert(0, _BlockQt())

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def sample_path() -> Path:
    """The bundled sample article."""
    return DATA / "alibaba-cloud-expansion.fr.txt"
