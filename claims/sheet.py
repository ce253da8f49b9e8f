"""Read and write claim sheets (YAML, format v2, ``docs/sheet-format.md``).

PyYAML is used with the libyaml C parser/dumper when present (``CSafeLoader``,
``CSafeDumper``), falling back to the pure-Python safe ones; never a full
loader, so no tag can build a Python object. Reading is schema-aware
(:mod:`claims.sheet_read`): PyYAML parses, and each field reads its scalar by
the type it declares, so a hand edit keeps its meaning (``source: NO`` is the
text "NO", ``value: 010`` is 10, ``value: 0x1F`` is refused at its line).
Writing makes the file exact and diff-friendly:

* ``Decimal`` dumps as a plain number, never in exponent form (``32.58``
  stays ``32.58``);
* key order is fixed, one claim per block, multi-line text as a literal block,
  no line wrapping, non-ASCII kept readable (``allow_unicode``);
* the last line is ``end_of_sheet: true`` (:data:`END_KEY`): a file cut
  anywhere loses or damages it, and is refused as cut short.

Loading then dumping an unedited sheet gives the same bytes. Saving is atomic
(temporary file in the same folder, fsync, ``os.replace``): on any error the
previous file is untouched.

Errors: :class:`~claims.errors.SheetFormatError` with the file, line, column
and field for bad YAML, bad fields, unanchored claims, unknown versions and
sheets cut short.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from claims.atomic import STALE_TEMPORARY_SECONDS as STALE_TEMPORARY_SECONDS
from claims.atomic import file_digest as file_digest
from claims.atomic import file_mode as file_mode
from claims.atomic import is_read_only as is_read_only
from claims.atomic import write_atomic
from claims.errors import SheetFormatError
from claims.model import (
    FORMAT_VERSION,
    Article,
    Claim,
    Conflict,
    Evidence,
    HistoryEntry,
    Sheet,
)
from claims.sheet_read import read_fields
from claims.yaml_tree import (
    Composer,
    Mapping,
    Node,
    ReadProblem,
    Scalar,
    character_error,
    located_error,
    marked_error,
    paused_gc,
    problem_error,
)

MAX_SHEET_BYTES = 200 * 1024 * 1024
"""Sheets larger than this are refused before parsing (200 MiB)."""

SHEET_SUFFIX = ".claims.yaml"

END_KEY = "end_of_sheet"
"""The key written last, on the sheet's last line, as ``end_of_sheet: true``."""

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _SheetProblem(yaml.MarkedYAMLError):
    """A value YAML reads but a sheet cannot hold (a duplicate key, a date
    that does not exist); ``problem`` says what, ``problem_mark`` where."""


class SheetLoader(_BaseLoader):
    """Safe loader of ClaimDesk's other YAML files (preferences, gold files:
    claim sheets are read by :mod:`claims.sheet_read`), whose floats are
    exact decimals, refusing duplicate keys and reporting impossible dates
    and huge integers at their line."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                duplicate = key in seen
                seen.add(key)
            except TypeError:
                continue  # an unhashable key: construct_mapping reports it
            if duplicate:
                raise _SheetProblem(
                    problem=f"the key {key!r} appears twice", problem_mark=key_node.start_mark
                )
        return super().construct_mapping(node, deep=deep)


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _construct_checked(name: str) -> Any:
    """PyYAML's constructor ``name``, with its ValueError (2025-13-45, an
    integer of 5000 digits) reported at the node."""
    original = getattr(yaml.SafeLoader, name)

    def construct(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
        try:
            return original(loader, node)
        except ValueError as exc:
            raise _SheetProblem(
                problem=f"{_shortened(str(node.value))!r} cannot be read: {exc}",
                problem_mark=node.start_mark,
            ) from exc

    return construct


SheetLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _construct_checked("construct_yaml_timestamp")
)
SheetLoader.add_constructor("tag:yaml.org,2002:int", _construct_checked("construct_yaml_int"))


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal | float:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        # YAML 1.1 spellings Decimal does not read (.inf, sexagesimal): let
        # PyYAML read them; the model then rejects what is not a finite number.
        return float(yaml.SafeLoader.construct_yaml_float(loader, node))


SheetLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


class SheetDumper(_BaseDumper):
    """Safe dumper for exact decimals, ISO dates and literal multi-line text."""


_LOOKS_TYPED = re.compile(
    r"[-+]?(?:\.?\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.inf|\.nan|0[xo][\da-fA-F_]+)|"
    r"~|null|true|false|yes|no|on|off|y|n",
    re.IGNORECASE,
)
"""Text that a YAML 1.1 or 1.2 reader could take for a number, a boolean or
null ("NO", "2.10", "1e+4", "~"): written quoted, so every reader sees text."""


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if "\n" in data:
        style: str | None = "|"
    elif _LOOKS_TYPED.fullmatch(data):
        style = "'"
    else:
        style = None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def _represent_decimal(dumper: yaml.SafeDumper, data: Decimal) -> yaml.ScalarNode:
    text = format(data, "f")
    tag = "tag:yaml.org,2002:float" if "." in text else "tag:yaml.org,2002:int"
    return dumper.represent_scalar(tag, text)


def _represent_datetime(dumper: yaml.SafeDumper, data: dt.datetime) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", data.isoformat())


def _represent_date(dumper: yaml.SafeDumper, data: dt.date) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", data.isoformat())


SheetDumper.add_representer(str, _represent_str)
SheetDumper.add_representer(Decimal, _represent_decimal)
SheetDumper.add_representer(dt.datetime, _represent_datetime)
SheetDumper.add_representer(dt.date, _represent_date)


class _Flow(list[Any]):
    """A short list written on one line: a span ``[1234, 1255]``."""


def _represent_flow(dumper: yaml.SafeDumper, data: _Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


SheetDumper.add_representer(_Flow, _represent_flow)
# One claim's value may also be its history's "new": never write anchors and aliases.
SheetDumper.ignore_aliases = lambda self, data: True


def _plain(value: Any) -> Any:
    """Enums to their values, tuples (spans) to one-line lists: what the dumper knows."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, tuple):
        return _Flow(_plain(v) for v in value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _evidence_dict(evidence: Evidence) -> dict[str, Any]:
    return {name: _plain(getattr(evidence, name)) for name in Evidence.model_fields}


def _history_dict(entry: HistoryEntry) -> dict[str, Any]:
    return {name: _plain(getattr(entry, name)) for name in HistoryEntry.model_fields}


def _claim_dict(claim: Claim) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name in Claim.model_fields:
        value = getattr(claim, name)
        if name == "evidence":
            result[name] = [_evidence_dict(e) for e in value]
        elif name == "history":
            result[name] = [_history_dict(h) for h in value]
        elif name == "conflicts":
            if value:  # written only while there are some, so clean sheets stay as they were
                result[name] = [
                    {k: _plain(getattr(c, k)) for k in Conflict.model_fields} for c in value
                ]
        elif name == "text_changed":
            if value:  # written only while set, like conflicts
                result[name] = True
        else:
            result[name] = _plain(value)
    return result


OPTIONAL_ARTICLE_FIELDS = frozenset({"author", "pages"})
"""Article fields written only when set, so that sheets written before they
existed keep their bytes."""


def sheet_to_dict(sheet: Sheet) -> dict[str, Any]:
    """The sheet as plain YAML-ready data, keys in the documented order."""
    article = {
        name: _plain(getattr(sheet.article, name))
        for name in Article.model_fields
        if name not in OPTIONAL_ARTICLE_FIELDS or getattr(sheet.article, name) is not None
    }
    data: dict[str, Any] = {"claimdesk": FORMAT_VERSION}
    if sheet.last_id > sheet.highest_number():  # only after the last claims were deleted
        data["last_id"] = sheet.last_id
    data["article"] = article
    data["claims"] = [_claim_dict(c) for c in sheet.claims]
    data[END_KEY] = True  # last: a file cut anywhere loses or damages this line
    return data


def dump_sheet(sheet: Sheet) -> str:
    """Serialise ``sheet`` as format-v2 YAML text (stable, byte-identical round
    trip), ending with the line ``end_of_sheet: true``."""
    text: str = yaml.dump(
        sheet_to_dict(sheet),
        Dumper=SheetDumper,
        sort_keys=False,
        allow_unicode=True,
        width=1_000_000,
        default_flow_style=False,
        indent=2,
    )
    return text


def save_sheet(sheet: Sheet, path: Path) -> None:
    """Write ``sheet`` to ``path`` atomically (:func:`write_atomic`).

    Raises ``PermissionError`` when ``path`` is a read-only file, and
    ``OSError`` (disk full, read-only folder...), with the previous file
    untouched.
    """
    write_atomic(Path(path), dump_sheet(sheet).encode("utf-8"))


FIRST_CHECKED_VERSION = 2
"""The first format version whose sheets end with :data:`END_KEY`, so that
a sheet cut short is refused (version 1 sheets load without that check)."""


@dataclass(frozen=True)
class LoadedSheet:
    """A sheet as read from its file: the ``sheet`` (in the current format,
    :data:`~claims.model.FORMAT_VERSION`) and the ``format_version`` the file
    was written in; a version 1 file was not checked for truncation."""

    sheet: Sheet
    format_version: int

    @property
    def checked_for_truncation(self) -> bool:
        """Whether the file's end was checked (format 2 and later)."""
        return self.format_version >= FIRST_CHECKED_VERSION


def load_sheet(path: Path) -> Sheet:
    """Read a claim sheet file (:func:`open_sheet`, the sheet only).

    Raises :class:`SheetFormatError` (naming ``path``, and the line and field
    where known) when the file is missing, too large, not UTF-8, not YAML,
    not a ClaimDesk sheet, of an unknown version, cut short or invalid.
    """
    return open_sheet(path).sheet


def open_sheet(path: Path) -> LoadedSheet:
    """Read a claim sheet file, with the format version it was written in.

    Raises :class:`SheetFormatError` as :func:`load_sheet` does; a file whose
    last character was cut in two is "cut short" when its format is 2 or later.
    """
    return sheet_from_bytes(read_sheet_bytes(path), path)


def read_sheet_bytes(path: Path) -> bytes:
    """The bytes of the sheet file at ``path``. Raises
    :class:`SheetFormatError` naming it when it cannot be read or is over
    :data:`MAX_SHEET_BYTES`."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SheetFormatError(path, f"cannot read the file: {exc.strerror}") from exc
    if size > MAX_SHEET_BYTES:
        raise SheetFormatError(
            path,
            f"the file is {size:,} bytes, over the {MAX_SHEET_BYTES // (1024 * 1024)} MiB "
            f"({MAX_SHEET_BYTES:,} bytes) limit for a claim sheet",
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SheetFormatError(path, f"cannot read the file: {exc.strerror or exc}") from exc


def sheet_from_bytes(raw: bytes, path: Path | str | None = None) -> LoadedSheet:
    """The sheet in ``raw`` (a sheet file's bytes; ``path`` names it in
    errors). Raises :class:`SheetFormatError` as :func:`open_sheet` does."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.end == len(raw):  # a character cut in two at the very end: cut short?
            parse_sheet(raw[: exc.start].decode("utf-8"), path)
        line = raw[: exc.start].count(b"\n") + 1
        raise SheetFormatError(path, "the file is not UTF-8 text", line=line) from exc
    return parse_sheet(text, path)


def loads_sheet(text: str, path: Path | str | None = None) -> Sheet:
    """Parse claim sheet YAML ``text`` (:func:`parse_sheet`, the sheet only);
    ``path`` only names the source in errors."""
    return parse_sheet(text, path).sheet


def parse_sheet(text: str, path: Path | str | None = None) -> LoadedSheet:
    """Parse claim sheet YAML ``text``, with the format version it was
    written in; ``path`` only names the source in errors.

    Each field is read as its type says (``claims.sheet_read``): a text
    field takes the text exactly, a number field decimal numbers only.
    Only safe YAML is read: a tag other than YAML's own (``!!python/object``,
    ``!custom``) and any anchor or alias are refused. A format 2 text must
    end with ``end_of_sheet: true``, or it is refused as cut short. Raises
    :class:`SheetFormatError` naming ``path``, the line and the field.
    """
    with paused_gc():
        return _parse(text, path)


def _parse(text: str, path: Path | str | None) -> LoadedSheet:
    root = _compose(text, path)
    if root is None:
        raise SheetFormatError(path, "the file is empty: not a ClaimDesk claim sheet")
    if not isinstance(root, Mapping) or "claimdesk" not in root.items:
        raise SheetFormatError(
            path, "not a ClaimDesk claim sheet: no 'claimdesk' format version key"
        )
    version = _check_version(root.items["claimdesk"], path)
    if version >= FIRST_CHECKED_VERSION and not _ends_with_end_key(root):
        raise _end_problem(root, text, path)
    try:
        data = read_fields(root, Sheet, skip=("claimdesk", END_KEY))
    except ReadProblem as problem:
        raise problem_error(problem, root, path) from problem
    data["claimdesk"] = FORMAT_VERSION  # read in the current format (see docs/sheet-format.md)
    try:
        return LoadedSheet(Sheet.model_validate(data), version)
    except ValidationError as exc:
        raise located_error(exc, root, path) from exc


def _compose(text: str, path: Path | str | None) -> Node | None:
    """The node tree of ``text`` (``None`` when empty); raises
    :class:`SheetFormatError` for YAML it cannot hold, and "cut short" for
    a broken format 2 text whose last line is not the end key."""
    composer = Composer(text)
    try:
        return composer.compose()
    except ReadProblem as problem:
        raise problem_error(problem, None, path) from problem
    except yaml.MarkedYAMLError as exc:
        _refuse_broken_end(composer.root, text, path)
        mark = exc.problem_mark or exc.context_mark
        raise marked_error(path, f"YAML syntax error: {exc.problem or 'invalid'}", mark) from exc
    except yaml.reader.ReaderError as exc:
        raise character_error(exc, text, path) from exc
    except yaml.YAMLError as exc:
        raise SheetFormatError(path, f"YAML error: {exc}") from exc


def _refuse_broken_end(root: Node | None, text: str, path: Path | str | None) -> None:
    """After a YAML error in ``text``, whose partly read ``root`` declares its
    format version: refuse a newer version as such, a format 2 text whose end
    key was read before the error as having text after it, and one whose
    last line is not the end key as cut short (the cut broke the YAML)."""
    node = root.items.get("claimdesk") if isinstance(root, Mapping) else None
    if not isinstance(node, Scalar) or not _VERSION.fullmatch(node.text.strip()):
        return  # no version read before the error: a YAML error like any other
    if _check_version(node, path) < FIRST_CHECKED_VERSION:
        return
    assert isinstance(root, Mapping)
    if END_KEY in root.items or not _ends_whole(text):
        raise _end_problem(root, text, path)


_VERSION = re.compile(r"[0-9]{1,9}")
"""A format version: ASCII digits only (``²`` and ``２`` are not numbers in a sheet)."""

_END_LINE = re.compile(rf"{END_KEY}:[ \t]*true[ \t]*(?:#.*)?", re.IGNORECASE)


def _ends_whole(text: str) -> bool:
    """Whether the last line of ``text`` (blank lines aside) is the end key."""
    body = text.rstrip()
    return bool(_END_LINE.fullmatch(body[body.rfind("\n") + 1 :]))


def _ends_with_end_key(root: Mapping) -> bool:
    """Whether the last key of the sheet is ``end_of_sheet: true``."""
    last = next(reversed(root.items), None)
    node = root.items.get(END_KEY)
    return (
        last == END_KEY
        and isinstance(node, Scalar)
        and node.plain
        and node.text.strip().lower() == "true"
    )


def _end_problem(root: Mapping, text: str, path: Path | str | None) -> SheetFormatError:
    """The error of a format 2 sheet that does not end with its end key:
    "text after end_of_sheet" at the first line that follows the end key
    (another key, garbage: a cut never leaves text after it), else cut short."""
    node = root.items.get(END_KEY)
    if node is None or node.mark is None:
        return _cut_short(text, path)
    lines = text.split("\n")
    for number in range(node.mark.line + 1, len(lines)):
        content = lines[number].strip()
        if content and not content.startswith("#"):
            return SheetFormatError(
                path,
                f"text after {END_KEY} (line {number + 1}): the end line must be the last",
                line=number + 1,
            )
    return _cut_short(text, path)


def _cut_short(text: str, path: Path | str | None) -> SheetFormatError:
    """The error of a sheet whose end key is missing or damaged, at its last line."""
    line = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
    return SheetFormatError(
        path, f"the sheet ends early (line {line}): it may have been cut short", line=line
    )


def _check_version(node: Node, path: Path | str | None) -> int:
    """The format version of the ``claimdesk`` node; refuses one this code
    does not read (a newer one: update ClaimDesk), at the key's line."""

    def version_error(message: str) -> SheetFormatError:
        return marked_error(path, message, node.mark, field="claimdesk")

    text = node.text.strip() if isinstance(node, Scalar) else ""
    if not _VERSION.fullmatch(text):
        shown = text if isinstance(node, Scalar) else "a list or a mapping"
        raise version_error(f"the format version must be an integer, got {shown!r}")
    version = int(text)
    if version > FORMAT_VERSION:
        raise version_error(
            f"format version {version} is newer than this ClaimDesk reads ({FORMAT_VERSION}); "
            "update ClaimDesk to open it"
        )
    if version < 1:
        raise version_error(f"unknown format version {version}")
    return version


def default_sheet_path(article_path: Path) -> Path:
    """``NAME.claims.yaml`` beside the article ``NAME.txt``."""
    article_path = Path(article_path)
    return article_path.with_name(article_path.stem + SHEET_SUFFIX)


def is_sheet_path(path: Path) -> bool:
    """Whether ``path`` names a claim sheet (``.yaml``/``.yml``) rather than an article."""
    return Path(path).suffix.lower() in {".yaml", ".yml"}
