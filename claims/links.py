"""What counts as a web link: the one test the exports and the evidence
editor share.

A web link is an ``http`` or ``https`` address with a host, written as a
URL may be written raw: no whitespace, no control character, no ``<`` or
``>`` (RFC 3986 has them percent-encoded). Only such addresses are opened
by the window, made clickable in HTML, Markdown and XLSX exports, or
published in ClaimReview; ``javascript:``, ``file:``, ``data:`` and the rest
are shown as text, whatever a sheet holds.
"""

from __future__ import annotations

from urllib.parse import urlsplit

WEB_SCHEMES = frozenset({"http", "https"})

_NOT_IN_A_URL = frozenset("<>")


def is_web_url(url: str) -> bool:
    """Whether ``url`` is a web link (see the module docstring). Callers
    strip what a person typed first: surrounding spaces make it text."""
    if not url or any(c.isspace() or not c.isprintable() or c in _NOT_IN_A_URL for c in url):
        return False
    try:
        parsed = urlsplit(url)
    except ValueError:  # a malformed IPv6 host, say
        return False
    return parsed.scheme.lower() in WEB_SCHEMES and bool(parsed.hostname)
