"""PDF export, read back with pypdf."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pypdf

from claims.export.examples import EXAMPLE_OPTIONS, EXAMPLE_SHEET
from claims.resources import data_dir
from claims.sheet import load_sheet
from gui.pdf_export import render_pdf


def _reader() -> pypdf.PdfReader:
    sheet = load_sheet(data_dir() / "examples" / EXAMPLE_SHEET)
    return pypdf.PdfReader(io.BytesIO(render_pdf(sheet, EXAMPLE_OPTIONS).data))


def test_pdf_is_a4_landscape_with_the_french_text(tmp_path: Path) -> None:
    reader = _reader()
    box = reader.pages[0].mediabox
    width_mm, height_mm = float(box.width) * 25.4 / 72, float(box.height) * 25.4 / 72
    assert (round(width_mm), round(height_mm)) == (297, 210)
    # NFKC undoes the typographic ligatures ("ﬁ") the PDF uses for display.
    text = unicodedata.normalize(
        "NFKC", " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    )
    squeezed = "".join(text.split())  # table cells wrap lines anywhere
    assert "Fiche de vérification" in text
    assert "Alibaba Cloud étend sa présence à l’international" in text
    assert "Communiqué«Malaisie»" in squeezed
    assert "troisièmecentrededonnées" in squeezed
    assert "Vérifié" in text and "Trompeur" in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Alibaba Cloud étend sa présence à l’international"
