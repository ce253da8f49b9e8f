"""The YAML node tree of a claim sheet, and errors at its nodes.

:class:`Composer` builds the tree of one YAML document from PyYAML's events
(libyaml's C parser when present): each node keeps its text, whether it was
written plain or quoted, and its position, so :mod:`claims.sheet_read` can
read each field by its type and every error can name its line and column.
Anchors, aliases and tags other than YAML's own are refused where they are
met, before anything is built from them, so an alias "bomb" costs nothing;
so are keys given twice (a second ``claims:`` would replace the first).
PyYAML's own composer is not used: it resolves every plain scalar's YAML 1.1
type first (the costliest part of a load), and keeps no anchors on its nodes.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import yaml
from pydantic import ValidationError

from claims.errors import SheetFormatError
from claims.model import AnchorError

LIBYAML = hasattr(yaml, "CSafeLoader")
"""Whether PyYAML has libyaml's C parser (positions of its reader errors are in bytes)."""
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 100
"""Nesting deeper than this is refused (a sheet nests six levels)."""


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a sheet is built: the
    hundreds of thousands of small objects of a large sheet (none in a
    cycle) would otherwise set it off again and again (a 10,000-claim
    sheet composes in 0.4 s instead of 0.7 s)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Mark(Protocol):
    """A position PyYAML gives (its pure-Python ``Mark`` or libyaml's), 0-based."""

    line: int
    column: int


class ReadProblem(Exception):
    """What a sheet's YAML cannot hold, and where: ``reason``, ``mark`` (a
    0-based PyYAML mark, or ``None``) and ``loc``, the path of the field
    (``["claims", 3, "value"]``), or ``None`` when the problem is not a
    field's (an anchor, a key given twice). A field's reason follows its
    name ("value: 'x' is not..."), unless ``named`` (it names the field).
    """

    def __init__(
        self,
        reason: str,
        mark: Mark | None,
        loc: list[str | int] | None,
        named: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.mark = mark
        self.loc = loc
        self.named = named


class Scalar:
    """A scalar's ``text``, whether it was written ``plain`` (unquoted and
    untagged, or tagged with one of YAML's own types) and its ``mark``."""

    __slots__ = ("mark", "plain", "text")

    def __init__(self, text: str, plain: bool, mark: Mark | None) -> None:
        self.text, self.plain, self.mark = text, plain, mark


class Mapping:
    """A mapping: ``items`` from key text to node, in the file's order."""

    __slots__ = ("items", "mark")

    def __init__(self, mark: Mark | None) -> None:
        self.items: dict[str, Node] = {}
        self.mark = mark


class Sequence:
    """A list of nodes."""

    __slots__ = ("items", "mark")

    def __init__(self, mark: Mark | None) -> None:
        self.items: list[Node] = []
        self.mark = mark


Node = Scalar | Mapping | Sequence

_CORE = "tag:yaml.org,2002:"
_TEXT_TAGS = frozenset({"!", _CORE + "str"})
_TYPE_TAGS = frozenset(_CORE + n for n in ("int", "float", "bool", "null", "timestamp"))
_CONTAINER_TAGS = frozenset({_CORE + "map", _CORE + "seq"})
ALIAS_REASON = "YAML anchors and aliases are not allowed in a claim sheet"


class Composer:
    """Builds the node tree of one YAML document from PyYAML's events.

    After a YAML error, :attr:`root` holds what was read before it (the
    format version, to tell a cut sheet from a broken one).
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self.root: Node | None = None

    def compose(self) -> Node | None:
        """The document's root node, ``None`` for an empty file. Raises
        :class:`ReadProblem` (anchors, aliases, foreign tags, keys given
        twice, nesting, several documents) and PyYAML's ``YAMLError``
        (syntax, forbidden characters)."""
        loader = _Loader(self._text)
        try:
            self._get = loader.get_event
            self._get()  # the stream starts
            if isinstance(self._get(), yaml.StreamEndEvent):
                return None
            self.root = self._node(self._get(), 1)
            self._get()  # the document ends
            after = self._get()
            if not isinstance(after, yaml.StreamEndEvent):
                raise ReadProblem(
                    "a claim sheet is a single YAML document (remove the '---' line)",
                    after.start_mark,
                    None,
                )
            return self.root
        finally:
            loader.dispose()

    def _node(self, event: Any, depth: int) -> Node:
        """The node that starts with ``event``, its children read."""
        kind = type(event)
        if event.anchor or event.tag is not None or kind is yaml.AliasEvent:
            _check_anchor_and_tag(event)
        if kind is yaml.ScalarEvent:
            return Scalar(
                event.value, not event.style and event.tag not in _TEXT_TAGS, event.start_mark
            )
        if depth > MAX_DEPTH:
            raise ReadProblem(
                f"the YAML exceeds the maximum nesting depth ({MAX_DEPTH} levels)",
                event.start_mark,
                None,
            )
        if kind is yaml.SequenceStartEvent:
            sequence = Sequence(event.start_mark)
            self.root = self.root or sequence
            self._items(sequence.items, depth)
            return sequence
        mapping = Mapping(event.start_mark)
        self.root = self.root or mapping
        self._pairs(mapping.items, depth)
        return mapping

    def _items(self, items: list[Node], depth: int) -> None:
        """Read a sequence's items until its end."""
        get, node, scalar = self._get, self._node, yaml.ScalarEvent
        while True:
            event = get()
            kind = type(event)
            if kind is scalar and not event.anchor and event.tag is None:
                items.append(Scalar(event.value, not event.style, event.start_mark))
            elif kind is yaml.SequenceEndEvent:
                return
            else:
                items.append(node(event, depth + 1))

    def _pairs(self, items: dict[str, Node], depth: int) -> None:
        """Read a mapping's keys and values until its end (the fast path is
        a plain key and a value without anchor or tag)."""
        get, node, scalar = self._get, self._node, yaml.ScalarEvent
        while True:
            event = get()
            if type(event) is not scalar:
                if type(event) is yaml.MappingEndEvent:
                    return
                _check_anchor_and_tag(event)
                raise ReadProblem(
                    "a key must be a name, not a list or a mapping", event.start_mark, None
                )
            if event.anchor or event.tag is not None:
                _check_anchor_and_tag(event)
            key = event.value
            if key in items:
                raise ReadProblem(f"the key {key!r} appears twice", event.start_mark, None)
            value = get()
            if type(value) is scalar and not value.anchor and value.tag is None:
                items[key] = Scalar(value.value, not value.style, value.start_mark)
            else:
                items[key] = node(value, depth + 1)


def _check_anchor_and_tag(event: Any) -> None:
    """Refuse an alias, an anchor, or a tag that is not YAML's own."""
    if event.anchor or type(event) is yaml.AliasEvent:
        raise ReadProblem(ALIAS_REASON, event.start_mark, None)
    tag = event.tag
    allowed = _TYPE_TAGS if type(event) is yaml.ScalarEvent else _CONTAINER_TAGS
    if tag is not None and tag not in allowed and tag not in _TEXT_TAGS:
        raise ReadProblem(
            f"unsupported YAML tag {tag.removeprefix(_CORE)!r}: a claim sheet holds plain "
            "text, numbers, dates, lists and mappings",
            event.start_mark,
            None,
        )


def node_at(root: Node | None, loc: list[str | int]) -> Node | None:
    """The node at ``loc`` (a pydantic error's path), or its nearest parent."""
    best = root
    for part in loc:
        child: Node | None = None
        if isinstance(best, Mapping) and isinstance(part, str):
            child = best.items.get(part)
        elif isinstance(best, Sequence) and isinstance(part, int) and 0 <= part < len(best.items):
            child = best.items[part]
        if child is None:
            break
        best = child
    return best


# -- errors at nodes ---------------------------------------------------------


def marked_error(
    path: Path | str | None, message: str, mark: Mark | None, field: str | None = None
) -> SheetFormatError:
    """A :class:`SheetFormatError` at a YAML mark (0-based) when there is one."""
    return SheetFormatError(
        path,
        message,
        line=mark.line + 1 if mark else None,
        column=mark.column + 1 if mark else None,
        field=field,
    )


def character_error(
    exc: yaml.reader.ReaderError, text: str, path: Path | str | None
) -> SheetFormatError:
    """A character YAML does not allow (a NUL, a control character), at its
    line and column."""
    if not LIBYAML:
        before = text[: exc.position]
    else:  # libyaml counts the position in UTF-8 bytes
        before = text.encode("utf-8")[: exc.position].decode("utf-8", errors="ignore")
    return SheetFormatError(
        path,
        f"character U+{exc.character:04X} is not allowed in a YAML file"
        if isinstance(exc.character, int)
        else f"a character is not allowed in a YAML file: {exc.reason}",
        line=before.count("\n") + 1,
        column=len(before) - (before.rfind("\n") + 1) + 1,
    )


def _claim_prefix(root: Node | None, loc: list[str | int]) -> str:
    """``"claim c3: "`` when ``loc`` is inside a claim that has an id, else ""."""
    if len(loc) > 1 and loc[0] == "claims" and isinstance(loc[1], int):
        claim = node_at(root, loc[:2])
        id_node = claim.items.get("id") if isinstance(claim, Mapping) else None
        if isinstance(id_node, Scalar) and id_node.text:
            return f"claim {id_node.text}: "
    return ""


def problem_error(
    problem: ReadProblem, root: Node | None, path: Path | str | None
) -> SheetFormatError:
    """A :class:`ReadProblem` as a SheetFormatError: "claim c3: value: '1,5'
    is not a decimal number (write 1.5)" at the scalar's line and column."""
    if problem.loc is None:
        return marked_error(path, problem.reason, problem.mark)
    names = [part for part in problem.loc if isinstance(part, str)]
    named = problem.named or not names
    message = problem.reason if named else f"{names[-1]}: {problem.reason}"
    return marked_error(
        path,
        _claim_prefix(root, problem.loc) + message,
        problem.mark,
        field=_dotted(problem.loc) or None,
    )


def located_error(exc: ValidationError, root: Node, path: Path | str | None) -> SheetFormatError:
    """Turn pydantic's first error into a SheetFormatError with line and claim id."""
    error = exc.errors()[0]
    loc: list[str | int] = list(error["loc"])
    original = (error.get("ctx") or {}).get("error")
    if isinstance(original, AnchorError):
        index = original.index
        if index is None:
            claims = node_at(root, ["claims"])
            ids = [
                c.items.get("id") for c in getattr(claims, "items", []) if isinstance(c, Mapping)
            ]
            index = next(
                (
                    i
                    for i, n in enumerate(ids)
                    if isinstance(n, Scalar) and n.text == original.claim_id
                ),
                None,
            )
        if index is not None:
            loc = ["claims", index, original.field]
        message = str(original)
    else:
        message = _claim_prefix(root, loc) + error["msg"].removeprefix("Value error, ")
    node = node_at(root, loc)
    return marked_error(path, message, node.mark if node else None, field=_dotted(loc) or None)


def _dotted(loc: list[str | int]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
