"""Fetch an article from its web address.

:func:`fetch_article` downloads an ``http``/``https`` page with ``httpx``
(a maintained HTTP client with separate connect and read timeouts,
streamed bodies and a redirect limit, which ``urllib`` lacks in one
place) and reads the bytes through the same import layer as a file
(:func:`claims.article.article_from_bytes`), so a page fetched and the
same page saved give the same article. It lives beside
:mod:`claims.article` rather than in :mod:`claims.importers`: it is a
source of bytes, not a format (importers sniff and read bytes they are
given).

Every failure is one :class:`~claims.errors.FetchError` line naming the
address: unknown host, refused connection, TLS error, timeout, too many
redirects, an HTTP error status, a body over :data:`MAX_ARTICLE_BYTES`,
or a content type ClaimDesk does not read (an image, say).
"""

from __future__ import annotations

import logging
import posixpath
import socket
import ssl
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import unquote, urlsplit

import httpx

from claims.article import MAX_ARTICLE_BYTES, ImportedArticle, article_from_bytes
from claims.errors import ArticleError, FetchError
from claims.links import is_web_url
from claims.model import Language

log = logging.getLogger(__name__)

TIMEOUT = 20.0
"""Seconds to wait for the connection, and then for each piece of the page."""

MAX_REDIRECTS = 10
"""Redirects followed before giving up."""

CONTENT_TYPES: dict[str, str] = {
    "text/html": ".html",
    "application/xhtml+xml": ".xhtml",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "application/pdf": ".pdf",
}
"""The content types ClaimDesk reads, with the file extension each is read as."""


def _user_agent() -> str:
    try:
        release = version("claimdesk")
    except PackageNotFoundError:  # running from a source tree
        release = "dev"
    return f"ClaimDesk/{release} (fact-checking desk; +https://github.com/claimdesk/claimdesk)"


def fetch_article(
    url: str,
    language: Language | str | None = None,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> ImportedArticle:
    """The article at ``url`` (``http`` or ``https``), fetched and read as a
    file of its content type would be. Redirects are followed (at most
    :data:`MAX_REDIRECTS`); ``timeout`` is in seconds, for the connection
    and for each read; bodies over ``max_bytes`` bytes are refused (the
    download stops there). The article's ``url`` is the page's canonical
    address when it gives one, else the address after redirects.
    ``language`` as in :func:`claims.article.import_article`.

    Raises :class:`~claims.errors.FetchError` (an ``ArticleError``) naming
    ``url`` with the reason, in one line.
    """
    if not is_web_url(url):
        raise FetchError(url, "not a web address (only http and https are fetched)")
    try:
        final, content_type, raw = _download(url, timeout, max_bytes)
    except httpx.HTTPError as exc:
        raise FetchError(url, _reason(exc)) from exc
    try:
        imported = article_from_bytes(raw, _file_name(final, content_type), language)
    except ArticleError as exc:
        raise FetchError(url, exc.message) from exc
    if imported.article.url is None:
        article = imported.article.model_copy(update={"url": final})
        imported = ImportedArticle(
            article,
            imported.format,
            imported.encoding,
            imported.author,
            imported.origins,
            imported.notes,
        )
    return imported


def _download(url: str, timeout: float, max_bytes: int) -> tuple[str, str | None, bytes]:
    """The final address, the content type (lower case, without parameters;
    ``None`` when not given) and the body of ``url``."""
    headers = {"User-Agent": _user_agent(), "Accept": ", ".join(CONTENT_TYPES) + ", */*;q=0.1"}
    with (
        httpx.Client(
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            timeout=httpx.Timeout(timeout),
            headers=headers,
        ) as client,
        client.stream("GET", url) as response,
    ):
        final = str(response.url)
        if response.status_code >= 400:
            phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
            raise FetchError(url, f"the server answered HTTP {response.status_code}{phrase}")
        header = response.headers.get("content-type")
        content_type = header.split(";")[0].strip().lower() if header else None
        if content_type is not None and content_type not in CONTENT_TYPES:
            raise FetchError(url, f"the address serves {content_type}, not a web page, text or PDF")
        too_large = f"the page is larger than an article can be (over {max_bytes} bytes)"
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(url, too_large)
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > max_bytes:
                raise FetchError(url, too_large)
    if final != url:
        log.info("%s redirected to %s", url, final)
    return final, content_type, bytes(body)


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc`` and the exceptions it was raised from, outermost first."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _reason(exc: httpx.HTTPError) -> str:
    """One line saying why the fetch failed."""
    if isinstance(exc, httpx.TimeoutException):
        what = "connect" if isinstance(exc, httpx.ConnectTimeout) else "answer"
        return f"timed out: the server did not {what} in time"
    if isinstance(exc, httpx.TooManyRedirects):
        return f"too many redirects (more than {MAX_REDIRECTS})"
    if isinstance(exc, httpx.UnsupportedProtocol):
        return "redirected to an address that is not http or https"
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror):
            return "the host name cannot be resolved (no such host, or no network)"
        if isinstance(cause, ConnectionRefusedError):
            return "the connection was refused (nothing answers at that address)"
        if isinstance(cause, ssl.SSLError):
            detail = getattr(cause, "verify_message", None) or cause.reason or str(cause)
            return f"TLS error: {str(detail).replace('_', ' ').lower()}"
    return f"cannot fetch the page: {exc or type(exc).__name__}"


def _file_name(url: str, content_type: str | None) -> str:
    """The file name the page is read as: the last segment of the address's
    path ("index" when empty), given the extension of its content type when
    it does not already have it."""
    segment = posixpath.basename(unquote(urlsplit(url).path)) or "index"
    suffix = CONTENT_TYPES.get(content_type or "")
    if suffix and not segment.lower().endswith(suffix):
        segment += suffix
    return segment


def sheet_name_for(url: str) -> str:
    """The file name a sheet of the article at ``url`` gets by default:
    ``STEM.claims.yaml``, the stem from the last segment of the address's
    path without its extension (the host's name when the path is empty),
    e.g. ``https://news.example.com/2025/alibaba-cloud.html`` gives
    ``alibaba-cloud.claims.yaml``."""
    parts = urlsplit(url)
    segment = posixpath.basename(unquote(parts.path).rstrip("/"))
    stem = posixpath.splitext(segment)[0] or parts.hostname or "article"
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in stem).strip(".-") or "article"
    return f"{safe}.claims.yaml"


def sheet_name_for_title(title: str | None) -> str:
    """The file name a sheet of an article with no address gets (pasted
    text): ``TITLE-WORDS.claims.yaml`` from its title's first words, else
    ``pasted-article.claims.yaml``."""
    words = "".join(c if c.isalnum() else " " for c in (title or "")).lower().split()
    stem = "-".join(words)[:60].strip("-") or "pasted-article"
    return f"{stem}.claims.yaml"
