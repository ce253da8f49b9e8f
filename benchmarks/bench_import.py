"""Importing a 1 MB web page (claims/importers/html.py) and a 50-page PDF
(claims/importers/pdf.py), each as a ratio against a baseline run in the
same process: parsing the same bytes with ``lxml.html.fromstring`` (the
floor any HTML importer pays), and pypdf's bare ``extract_text`` of every
page (the floor of the PDF importer, which adds the header, footer,
hyphen and paragraph rules). The PDF is drawn with Qt's ``QPdfWriter``
(offscreen), the sample's paragraphs on each page with a running header
and a page number.

Run: ``.venv/bin/python benchmarks/bench_import.py [--mb N]``. The page is
the sample article's paragraphs repeated as ``<p>`` elements inside
``<article>`` (each numbered, so that no two are the same) up to ``N`` MB,
with a nav, a script, a style and a footer around it. Prints a table, then
the figures as JSON on the last line.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from html import escape

import lxml.html

from claims.importers import html
from claims.resources import sample_article


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def page(mb: float) -> tuple[bytes, int]:
    """The page's bytes and its number of paragraphs."""
    paragraphs = [p for p in sample_article().read_text(encoding="utf-8").split("\n") if p]
    body: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        p = f"<p>{escape(paragraphs[len(body) % len(paragraphs)])} ({len(body)})</p>\n"
        body.append(p)
        size += len(p.encode("utf-8"))
    data = (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Bench</title>'
        '<meta property="og:site_name" content="Example News">'
        "<style>body { width: 100%; }</style><script>var x = 1;</script></head><body>"
        '<nav><a href="/">Home</a> | <a href="/world">World</a></nav><main><article>'
        + "".join(body)
        + "</article></main><footer>© 2025 Example News</footer></body></html>"
    ).encode()
    return data, len(body)


def pdf(pages: int) -> bytes:
    """A ``pages``-page A4 PDF of the sample, drawn by Qt."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter, QTextDocument

    _app = QGuiApplication.instance() or QGuiApplication([])  # QPdfWriter needs one
    paragraphs = sample_article().read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "bench.pdf")
        writer = QPdfWriter(path)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setResolution(72)
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        painter = QPainter(writer)
        width, height = writer.width(), writer.height()
        for number in range(1, pages + 1):
            if number > 1:
                writer.newPage()
            painter.drawText(QRectF(50, 20, width - 100, 20), "Exemple Médias — Rapport")
            painter.drawText(QRectF(50, height - 40, width - 100, 20), f"{number} / {pages}")
            document = QTextDocument()
            document.setPlainText("\n".join(f"{line} ({number})" for line in paragraphs))
            document.setTextWidth(width - 100)
            painter.save()
            painter.translate(50, 50)
            document.drawContents(painter)
            painter.restore()
        painter.end()
        with open(path, "rb") as handle:
            return handle.read()


def pdf_rows(pages: int) -> dict[str, float]:
    """The PDF importer against pypdf's bare text extraction."""
    import io

    from pypdf import PdfReader

    from claims.importers import pdf as pdf_importer

    data = pdf(pages)
    rows: dict[str, float] = {}
    rows[f"baseline: pypdf extract_text, {pages} pages"], _ = timed(
        lambda: [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    )
    rows["pdf importer (read)"], _ = timed(lambda: pdf_importer.read(data, "bench.pdf"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--pages", type=int, default=50)
    args = parser.parse_args()
    data, paragraphs = page(args.mb)
    rows: dict[str, float] = {}
    rows["baseline: lxml.html.fromstring"], _ = timed(lambda: lxml.html.fromstring(data))
    rows["decode (charset)"], _ = timed(lambda: html.decode(data))
    rows["html importer (read)"], imported = timed(lambda: html.read(data, "bench.html"))
    blocks = len(imported.blocks)  # type: ignore[attr-defined]
    baseline = rows["baseline: lxml.html.fromstring"]
    print(f"{len(data) / 1e6:.2f} MB page, {paragraphs} paragraphs, {blocks} blocks")  # noqa: T201
    print(f"{'operation':42} {'ms':>10} {'ratio':>8}")  # noqa: T201
    for name, ms in rows.items():
        print(f"{name:42} {ms:10.1f} {ms / baseline:8.3f}")  # noqa: T201
    pdf_ms = pdf_rows(args.pages)
    pdf_baseline = next(iter(pdf_ms.values()))
    for name, ms in pdf_ms.items():
        print(f"{name:42} {ms:10.1f} {ms / pdf_baseline:8.3f}")  # noqa: T201
    figures = {"bytes": len(data), "paragraphs": paragraphs, "blocks": blocks, "ms": rows}
    print(json.dumps({**figures, "baseline_ms": baseline, "pdf_ms": pdf_ms}))  # noqa: T201


if __name__ == "__main__":
    main()
