"""Articles that are not files: File > Open web address (fetched from a
server the test starts on 127.0.0.1, never the network) and File > New from
clipboard (text, or a web page copied from a browser)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from claims.document import OpenedDocument
from gui.mainwindow import MainWindow

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Alibaba Cloud étend sa présence</title>
<meta property="og:site_name" content="Exemple Médias"></head>
<body><nav>Accueil | Monde | Économie</nav><article><h1>Alibaba Cloud étend sa présence</h1>
{paragraphs}</article><footer>© 2025 Exemple Médias</footer></body></html>"""


def _page(sample_path: Path) -> str:
    lines = sample_path.read_text(encoding="utf-8").splitlines()
    return PAGE.format(paragraphs="\n".join(f"<p>{line}</p>" for line in lines if line))


@pytest.fixture
def server(sample_path: Path) -> Iterator[str]:
    body = _page(sample_path).encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/2025/alibaba-cloud.html"
    httpd.shutdown()
    httpd.server_close()


def _opened(qtbot: QtBot, window: MainWindow, trigger: str) -> OpenedDocument:
    with qtbot.waitSignal(window.files.opened, timeout=20000) as opened:
        window.findChild(object, trigger).trigger()
    for widget in QApplication.topLevelWidgets():  # the window the article opened in
        if isinstance(widget, MainWindow) and widget is not window:
            widget.document.undo_stack.setClean()
            widget.close()
    result = opened.args[0]
    assert isinstance(result, OpenedDocument)
    return result


def test_an_article_opens_by_its_web_address(
    qtbot: QtBot, window: MainWindow, server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (server, True))
    opened = _opened(qtbot, window, "actionOpenAddress")
    article = opened.sheet.article
    assert article.title == "Alibaba Cloud étend sa présence"
    assert article.publisher == "Exemple Médias" and article.url == server
    assert any(c.quote == "52 milliards de dollars" for c in opened.sheet.claims)
    assert not any("2025 Exemple" in c.quote for c in opened.sheet.claims)
    assert opened.save_path == window.document.save_path.parent / "alibaba-cloud.claims.yaml"
    assert not opened.saved


def test_a_page_copied_from_a_browser_opens_from_the_clipboard(
    qtbot: QtBot, window: MainWindow, sample_path: Path
) -> None:
    data = QMimeData()
    data.setHtml(_page(sample_path))
    data.setText("plain")
    QApplication.clipboard().setMimeData(data)
    opened = _opened(qtbot, window, "actionPasteArticle")
    assert opened.sheet.article.title == "Alibaba Cloud étend sa présence"
    assert any(c.quote == "52 milliards de dollars" for c in opened.sheet.claims)
    assert opened.save_path.name == "alibaba-cloud-étend-sa-présence.claims.yaml"


def test_text_opens_from_the_clipboard(qtbot: QtBot, window: MainWindow, sample_path: Path) -> None:
    QApplication.clipboard().setText(sample_path.read_text(encoding="utf-8"))
    opened = _opened(qtbot, window, "actionPasteArticle")
    assert opened.sheet.article.text == window.document.sheet.article.text
    assert opened.save_path.name == "pasted-article.claims.yaml"
