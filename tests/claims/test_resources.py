"""The bundled data is found in a wheel and in a checkout, and a stray
``site-packages/data`` folder never wins (claims/resources.py)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

import claims.resources
from claims.resources import data_dir, sample_article


def _installed_copy(root: Path) -> ModuleType:
    """claims/resources.py copied to ``root/claims/`` and imported from there,
    as a wheel or a checkout at ``root`` would hold it."""
    package = root / "claims"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    module_path = package / "resources.py"
    shutil.copy(claims.resources.__file__, module_path)
    spec = importlib.util.spec_from_file_location("copied_resources", module_path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_wheel_reads_its_own_data_not_a_stray_site_packages_data(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    resources = _installed_copy(site)
    (site / "claims" / "_data").mkdir()
    (site / "claims" / "_data" / "alibaba-cloud-expansion.fr.txt").write_text("ours", "utf-8")
    (site / "data").mkdir()  # left there by some other distribution
    (site / "data" / "alibaba-cloud-expansion.fr.txt").write_text("stray", "utf-8")
    assert resources.data_dir() == (site / "claims" / "_data").resolve()
    assert resources.sample_article().read_text("utf-8") == "ours"


def test_a_stray_site_packages_data_is_never_taken_for_ours(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    resources = _installed_copy(site)
    (site / "data").mkdir()
    with pytest.raises(FileNotFoundError, match="data folder is missing"):
        resources.data_dir()


def test_a_checkout_reads_its_data_folder(tmp_path: Path) -> None:
    repo = tmp_path / "claimdesk"
    resources = _installed_copy(repo)
    (repo / "pyproject.toml").write_text('[project]\nname = "claimdesk"\n', "utf-8")
    (repo / "data").mkdir()
    assert resources.data_dir() == (repo / "data").resolve()


def test_this_checkout_finds_the_sample() -> None:
    assert data_dir() == Path(__file__).resolve().parents[2] / "data"
    assert sample_article().is_file()
