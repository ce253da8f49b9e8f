"""PDF export: the HTML export (:mod:`claims.export.html_export`) printed on
A4 landscape by Qt's rich-text engine (``QTextDocument`` into ``QPdfWriter``).

Qt is already ClaimDesk's dependency and embeds the fonts it uses, so French
accents and typographic quotes come out as text a PDF reader can search and
copy. The landscape page gives the eleven columns of the claims table room.
Headless callers (``claimdesk export --format pdf``) get a
``QGuiApplication`` on the offscreen platform when there is no display.

The core's export registry (:mod:`claims.export`) finds :func:`render_pdf`
through the ``claimdesk.renderers`` entry point declared in
``pyproject.toml``; the window registers it at start-up.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from claims.export import ExportOptions, Rendered, html_export
from claims.export.rows import article_title
from claims.model import Sheet

_app: QGuiApplication | None = None


def _ensure_application() -> None:
    """Qt needs a GUI application for fonts; make one if the caller has none."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])


def render_pdf(sheet: Sheet, options: ExportOptions | None = None) -> Rendered:
    """The chosen claims of ``sheet`` as a PDF (A4 landscape), as bytes."""
    options = options or ExportOptions()
    _ensure_application()
    html = html_export.render(sheet, options).text
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(article_title(sheet))
    writer.setCreator("ClaimDesk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(html)
    # The page in points, so Qt neither scales the text nor adds its own
    # 2 cm margins to the 12 mm of the layout.
    page = writer.pageLayout().paintRect(QPageLayout.Unit.Point).size()
    document.setPageSize(QSizeF(page.width() * 96 / 72, page.height() * 96 / 72))
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return Rendered(bytes(data.data()))
