"""Word documents (claims/importers/docx.py): a real .docx written with
python-docx holding the sample article and a table of figures."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest

from claims.article import import_article, read_article
from claims.errors import ArticleError
from claims.extract import extract_sheet
from claims.model import Claim
from claims.resources import sample_article
from claims.sheet import load_sheet
from tests.processes import claimdesk

TABLE_FIGURES = [("12 %", "percent", "12"), ("34 %", "percent", "34")]
"""The table's figures the extractor takes (a bare count in a cell is not a claim)."""
TABLE = [("Région", "Centres", "Part"), ("Malaisie", "3", "12 %"), ("Monde", "29", "34 %")]


def figures(claims: list[Claim]) -> Counter[tuple[str, str, str]]:
    return Counter((c.quote, c.kind.value, str(c.value)) for c in claims)


def sample_paragraphs() -> list[str]:
    return sample_article().read_text(encoding="utf-8").splitlines()


def write_docx(path: Path) -> Path:
    """The sample's paragraphs, the table after the first paragraph, core properties."""
    document = docx.Document()
    paragraphs = sample_paragraphs()
    document.add_paragraph(paragraphs[0])
    table = document.add_table(rows=len(TABLE), cols=3)
    for row, values in zip(table.rows, TABLE, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    for paragraph in paragraphs[1:]:
        document.add_paragraph(paragraph)
    props = document.core_properties
    props.title = "Alibaba Cloud étend sa présence à l’international"
    props.author = "Camille Martin"
    props.created = dt.datetime(2024, 10, 16, 9, 30)
    props.language = "fr-FR"
    document.save(str(path))
    return path


def test_docx_gives_the_sample_figures_and_the_table_in_place(tmp_path: Path) -> None:
    imported = import_article(write_docx(tmp_path / "article.docx"))
    assert imported.format == "docx"
    text = imported.article.text
    assert text.splitlines()[1:4] == [
        "Région\tCentres\tPart",
        "Malaisie\t3\t12 %",
        "Monde\t29\t34 %",
    ]
    expected = figures(extract_sheet(read_article(sample_article())).claims)
    got = figures(extract_sheet(imported.article).claims)
    # the table's cells are read as text in place: its shares are figures
    table_claims = got - expected
    assert expected - got == Counter()
    assert sorted(table_claims) == TABLE_FIGURES
    # "¶ N" counts the table's rows as paragraphs
    origins = [where for _start, _end, where in imported.origins]
    assert origins == [f"¶ {n}" for n in range(1, len(sample_paragraphs()) + len(TABLE) + 1)]
    start, end, where = imported.origins[2]
    assert (text[start:end], where) == ("Malaisie\t3\t12 %", "¶ 3")


def test_docx_core_properties_land_in_the_article(tmp_path: Path) -> None:
    imported = import_article(write_docx(tmp_path / "article.docx"))
    article = imported.article
    assert article.title == "Alibaba Cloud étend sa présence à l’international"
    assert article.published == dt.date(2024, 10, 16)
    assert article.language.value == "fr"
    assert imported.author == "Camille Martin"


def test_a_renamed_docx_still_opens_and_another_zip_is_refused(tmp_path: Path) -> None:
    renamed = write_docx(tmp_path / "article.docx").rename(tmp_path / "article.bin")
    assert import_article(renamed).format == "docx"
    other = tmp_path / "photos.docx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("photo.txt", "pas un document Word")
    with pytest.raises(ArticleError, match="does not open this kind of file") as info:
        import_article(other)
    assert "photos.docx" in str(info.value)


def test_claimdesk_extract_reads_a_docx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))  # not the user's preferences
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    sheet_path = tmp_path / "x.claims.yaml"
    result = claimdesk("extract", str(write_docx(tmp_path / "x.docx")), "-o", str(sheet_path))
    assert result.returncode == 0, result.stderr
    sheet = load_sheet(sheet_path)
    assert any(c.quote == "52 milliards de dollars" for c in sheet.claims)
    assert sheet.article.title == "Alibaba Cloud étend sa présence à l’international"
