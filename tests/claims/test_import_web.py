"""Articles fetched from a web address (claims/fetch.py), served by a real
HTTP server on 127.0.0.1 that each test starts: never the network."""

from __future__ import annotations

import datetime as dt
import io
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pypdf import PdfWriter

from claims.article import read_article
from claims.errors import ArticleError, FetchError
from claims.fetch import fetch_article, sheet_name_for
from claims.model import Language
from claims.resources import sample_article
from claims.sheet import load_sheet
from tests.claims.test_import_html import figures, news_page
from tests.processes import claimdesk

PAGE = news_page().encode("utf-8")
NO_CANONICAL = b"<html lang='en'><body><article><p>Revenue rose 12% to $4 billion in 2024.</p></article></body></html>"


def blank_pdf() -> bytes:
    out = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.write(out)
    return out.getvalue()


SAMPLE_TEXT = sample_article().read_bytes()

# path -> (status, headers, body, seconds to wait before answering)
ROUTES: dict[str, tuple[int, dict[str, str], bytes, float]] = {
    "/page.html": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE, 0),
    "/plain/": (200, {"Content-Type": "text/html"}, NO_CANONICAL, 0),
    "/old": (301, {"Location": "/plain/"}, b"", 0),
    "/missing": (404, {"Content-Type": "text/html"}, b"<p>gone</p>", 0),
    "/broken": (500, {"Content-Type": "text/html"}, b"<p>oops</p>", 0),
    "/logo.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(64), 0),
    "/slow": (200, {"Content-Type": "text/html"}, PAGE, 3.0),
    "/report": (200, {"Content-Type": "application/pdf"}, blank_pdf(), 0),
    "/story": (200, {"Content-Type": "text/plain; charset=utf-8"}, SAMPLE_TEXT, 0),
    "/loop": (302, {"Location": "/loop"}, b"", 0),
}


AGENTS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        AGENTS.append(self.headers.get("User-Agent", ""))
        status, headers, body, wait = ROUTES.get(self.path, (404, {}, b"", 0))
        time.sleep(wait)
        try:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (the timeout and size tests)
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_gives_the_samples_figures_and_its_metadata(server: str) -> None:
    imported = fetch_article(f"{server}/page.html")
    article = imported.article
    assert figures(article) == figures(read_article(sample_article()))
    assert article.title == "Alibaba Cloud accélère son expansion"
    assert article.publisher == "Example News"
    assert article.url == "https://news.example.com/alibaba-cloud"  # the canonical one
    assert article.published == dt.date(2025, 2, 26)
    assert article.language is Language("fr")
    assert imported.author == "Jeanne Martin"
    assert imported.format == "html"


def test_the_user_agent_names_claimdesk(server: str) -> None:
    AGENTS.clear()
    fetch_article(f"{server}/plain/")
    assert AGENTS and AGENTS[-1].startswith("ClaimDesk/")


def test_a_redirect_is_followed_and_the_final_address_kept(server: str) -> None:
    article = fetch_article(f"{server}/old").article
    assert article.url == f"{server}/plain/"
    assert "12%" in article.text


def test_a_redirect_loop_stops(server: str) -> None:
    with pytest.raises(FetchError, match="too many redirects"):
        fetch_article(f"{server}/loop")


@pytest.mark.parametrize(("path", "status"), [("/missing", "404 Not Found"), ("/broken", "500")])
def test_an_http_error_gives_its_status(server: str, path: str, status: str) -> None:
    with pytest.raises(ArticleError) as caught:
        fetch_article(f"{server}{path}")
    assert str(caught.value) == f"{server}{path}: {caught.value.message}"
    assert f"HTTP {status}" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_an_image_is_refused_naming_its_type(server: str) -> None:
    with pytest.raises(FetchError, match="serves image/png") as caught:
        fetch_article(f"{server}/logo.png")
    assert str(caught.value).startswith(f"{server}/logo.png: ")


def test_a_body_over_the_limit_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match="larger than an article can be"):
        fetch_article(f"{server}/page.html", max_bytes=1000)
    fetch_article(f"{server}/page.html", max_bytes=len(PAGE))  # the limit itself is fine


def test_a_slow_server_times_out(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch_article(f"{server}/slow", timeout=0.3)
    assert time.monotonic() - started < 2.5


def test_a_refused_connection_says_so() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="connection was refused") as caught:
        fetch_article(f"http://127.0.0.1:{port}/page.html", timeout=5)
    assert f"http://127.0.0.1:{port}/page.html" in str(caught.value)


def test_a_tls_failure_says_so(server: str) -> None:
    """https to a server that speaks plain HTTP: the TLS handshake fails."""
    url = server.replace("http://", "https://") + "/page.html"
    with pytest.raises(FetchError, match="TLS error: ") as caught:
        fetch_article(url, timeout=5)
    assert str(caught.value).startswith(f"{url}: ")


def _resolves_quickly(host: str) -> bool | None:
    """Whether ``host`` resolves; ``None`` when the resolver hangs."""
    answer: list[bool] = []

    def resolve() -> None:
        try:
            socket.getaddrinfo(host, 80)
            answer.append(True)
        except OSError:
            answer.append(False)

    thread = threading.Thread(target=resolve, daemon=True)
    thread.start()
    thread.join(5)
    return answer[0] if answer else None


def test_an_unknown_host_says_so() -> None:
    host = "no-such-host.invalid"
    resolves = _resolves_quickly(host)
    if resolves is None:
        pytest.skip("the machine's resolver does not answer within 5 s")
    if resolves:
        pytest.skip("the machine's resolver answers for .invalid names")
    with pytest.raises(FetchError, match="host name cannot be resolved"):
        fetch_article(f"http://{host}/", timeout=5)


@pytest.mark.parametrize("url", ["ftp://example.com/a.txt", "file:///etc/passwd", "notaurl"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        fetch_article(url)


def test_the_default_sheet_name_comes_from_the_last_segment() -> None:
    assert sheet_name_for("https://n.example.com/2025/alibaba-cloud.html") == (
        "alibaba-cloud.claims.yaml"
    )
    assert sheet_name_for("https://n.example.com/") == "n.example.com.claims.yaml"


def test_claimdesk_extract_a_web_address(server: str, tmp_path: Path) -> None:
    sheet_path = tmp_path / "s.claims.yaml"
    result = claimdesk(
        "extract", f"{server}/page.html", "-o", str(sheet_path), home=tmp_path / "home"
    )
    assert result.returncode == 0, result.stderr
    sheet = load_sheet(sheet_path)
    assert sheet.article.url == "https://news.example.com/alibaba-cloud"
    assert figures(sheet.article) == figures(read_article(sample_article()))


def test_claimdesk_extract_a_missing_page_fails_in_one_line(server: str) -> None:
    result = claimdesk("extract", f"{server}/missing")
    assert result.returncode == 2
    assert (
        result.stderr
        == f"claimdesk: error: {server}/missing: the server answered HTTP 404 Not Found\n"
    )


def test_a_text_page_is_read_as_text_with_its_address(server: str) -> None:
    imported = fetch_article(f"{server}/story")
    assert imported.format == "text"
    assert imported.article.url == f"{server}/story"
    assert figures(imported.article) == figures(read_article(sample_article()))


def test_a_pdf_served_by_address_goes_through_the_pdf_importer(server: str) -> None:
    with pytest.raises(FetchError, match="no text layer") as caught:
        fetch_article(f"{server}/report")
    assert str(caught.value).startswith(f"{server}/report: ")
