"""Typed errors of the ClaimDesk core.

Every error a user can cause (a bad file, a bad article) derives from
:class:`ClaimDeskError` and carries the path (and line/column when known) so
the GUI and the CLI can report it in one line without a traceback.
"""

from __future__ import annotations

from pathlib import Path


class ClaimDeskError(Exception):
    """Base class of the errors the core raises on bad user input."""


class SheetFormatError(ClaimDeskError):
    """A claim sheet cannot be read: bad YAML, bad field, unknown format version.

    ``line`` and ``column`` are 1-based when known; ``field`` is a dotted path
    such as ``claims[3].status`` (with the claim id in the message).
    """

    def __init__(
        self,
        path: Path | str | None,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.message = message
        self.line = line
        self.column = column
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.path) if self.path is not None else "<sheet>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" ({self.field})" if self.field else ""
        return f"{where}: {self.message}{field}"


class ArticleError(ClaimDeskError):
    """An article file cannot be read (missing, not UTF-8, empty)."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")


class ExportError(ClaimDeskError):
    """An export cannot be produced (unknown format, unwritable destination)."""


class FetchError(ArticleError):
    """An article cannot be fetched from its web address (unknown host,
    refused connection, TLS failure, timeout, HTTP error, too large, not a
    document ClaimDesk opens). ``url`` is the address asked for; the
    message is one line naming it."""

    def __init__(self, url: str, message: str) -> None:
        self.url = url
        self.path = Path(url)
        self.message = message
        ClaimDeskError.__init__(self, f"{url}: {message}")
