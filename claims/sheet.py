"""Read and write claim sheets (YAML, format v1, ``docs/sheet-format.md``).

PyYAML is used with the libyaml C loader/dumper when present (``CSafeLoader``,
``CSafeDumper``), falling back to the pure-Python safe ones; never a full
loader, so no tag can build a Python object. Two additions make the file exact
and diff-friendly:

* YAML floats load as :class:`~decimal.Decimal` (``32.58`` stays ``32.58``)
  and ``Decimal`` dumps as a plain number, never in exponent form;
* key order is fixed, one claim per block, multi-line text as a literal block,
  no line wrapping, non-ASCII kept readable (``allow_unicode``).

Loading then dumping an unedited sheet gives the same bytes. Saving is atomic
(temporary file in the same folder, fsync, ``os.replace``): on any error the
previous file is untouched.

Errors: :class:`~claims.errors.SheetFormatError` with the file, line, column
and field for bad YAML, bad fields, unanchored claims and unknown versions.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import tempfile
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from claims.errors import SheetFormatError
from claims.model import (
    FORMAT_VERSION,
    AnchorError,
    Article,
    Claim,
    Conflict,
    Evidence,
    HistoryEntry,
    Sheet,
)

MAX_SHEET_BYTES = 200 * 1024 * 1024
"""Sheets larger than this are refused before parsing (200 MiB)."""

SHEET_SUFFIX = ".claims.yaml"

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _SheetProblem(yaml.MarkedYAMLError):
    """A value YAML reads but a sheet cannot hold (a duplicate key, a date
    that does not exist); ``problem`` says what, ``problem_mark`` where."""


class SheetLoader(_BaseLoader):
    """Safe loader whose floats are exact decimals, refusing duplicate keys
    (a second ``claims:`` would silently replace the first) and reporting
    impossible dates and huge integers at their line."""

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
        else:
            result[name] = _plain(value)
    return result


def sheet_to_dict(sheet: Sheet) -> dict[str, Any]:
    """The sheet as plain YAML-ready data, keys in the documented order."""
    article = {name: _plain(getattr(sheet.article, name)) for name in Article.model_fields}
    data: dict[str, Any] = {"claimdesk": FORMAT_VERSION}
    if sheet.last_id > sheet.highest_number():  # only after the last claims were deleted
        data["last_id"] = sheet.last_id
    data["article"] = article
    data["claims"] = [_claim_dict(c) for c in sheet.claims]
    return data


def dump_sheet(sheet: Sheet) -> str:
    """Serialise ``sheet`` as format-v1 YAML text (stable, byte-identical round trip)."""
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


def file_mode(path: Path) -> int:
    """The permission bits a rewrite of ``path`` keeps: the file's own when it
    exists, else what a new file gets under the current umask (``mkstemp``
    alone would make every save private, 0600)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def is_read_only(path: Path) -> bool:
    """Whether ``path`` is an existing file made read-only (no write bit in
    its mode, e.g. 0444) or one this user may not write. A save or an export
    never replaces such a file, although a rename over it would only need the
    folder's permission.

    The mode bits are read (``stat``), not only ``os.access``: for root,
    ``os.access`` says every file is writable, yet a 0444 sheet says its
    owner wants it kept as it is."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # no file: nothing to replace
    return not mode & 0o222 or not os.access(path, os.W_OK)


def file_digest(path: Path) -> str | None:
    """The SHA-256 of the file at ``path``, or ``None`` when it cannot be read
    (to notice that someone else saved it)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that it holds the old bytes or the new
    ones, never a part: a temporary file in the same folder, flushed and
    fsynced, then renamed over ``path`` (and the folder fsynced). The file
    keeps its permissions. Raises ``PermissionError`` naming ``path`` when it
    is a read-only file (:func:`is_read_only`; it is not replaced), and
    ``OSError`` (disk full, read-only folder...) with the previous file
    untouched."""
    path = Path(path)
    if is_read_only(path):
        raise PermissionError(
            errno.EACCES, "the file is read-only: ClaimDesk does not replace it", str(path)
        )
    mode = file_mode(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # name the file asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fchmod(tmp.fileno(), mode)
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from exc  # the file asked for
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    _remove_stale_temporaries(path)


def save_sheet(sheet: Sheet, path: Path) -> None:
    """Write ``sheet`` to ``path`` atomically (:func:`write_atomic`).

    Raises ``PermissionError`` when ``path`` is a read-only file, and
    ``OSError`` (disk full, read-only folder...), with the previous file
    untouched.
    """
    write_atomic(Path(path), dump_sheet(sheet).encode("utf-8"))


STALE_TEMPORARY_SECONDS = 60
"""A leftover temporary file of a save older than this is removed."""


def _remove_stale_temporaries(path: Path) -> None:
    """Remove the temporary files a killed save of ``path`` left behind
    (older than ``STALE_TEMPORARY_SECONDS``, so a save running in another
    process keeps its own)."""
    limit = time.time() - STALE_TEMPORARY_SECONDS
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            if leftover.stat().st_mtime < limit:
                leftover.unlink()
        except OSError:
            continue


def load_sheet(path: Path) -> Sheet:
    """Read a claim sheet file.

    Raises :class:`SheetFormatError` (naming ``path``, and the line and field
    where known) when the file is missing, too large, not UTF-8, not YAML,
    not a ClaimDesk sheet, of an unknown version or invalid.
    """
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
        raw = path.read_bytes()
    except OSError as exc:
        raise SheetFormatError(path, f"cannot read the file: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SheetFormatError(path, "the file is not UTF-8 text", line=line) from exc
    return loads_sheet(text, path)


def _refuse_aliases(text: str, path: Path | str | None) -> None:
    """Raise :class:`SheetFormatError` at the first anchor or alias of ``text``.

    ClaimDesk never writes them, and an alias "bomb" (a few lines expanding
    to billions of nodes) must cost nothing to refuse: the C event parser
    finds it before any node is built.
    """
    for event in yaml.parse(text, Loader=_BaseLoader):
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.AliasEvent) or anchor:
            mark = event.start_mark
            raise SheetFormatError(
                path,
                "YAML anchors and aliases are not allowed in a claim sheet",
                line=mark.line + 1 if mark is not None else None,
                column=mark.column + 1 if mark is not None else None,
            )


def loads_sheet(text: str, path: Path | str | None = None) -> Sheet:
    """Parse format-v1 YAML ``text``; ``path`` only names the source in errors.

    Only safe YAML is read: a tag other than YAML's own (``!!python/object``,
    ``!custom``) and any anchor or alias are refused. Raises
    :class:`SheetFormatError` naming ``path``, the line and the field.
    """
    data = _parse_yaml(text, path)
    if data is None:
        raise SheetFormatError(path, "the file is empty: not a ClaimDesk claim sheet")
    if not isinstance(data, dict) or "claimdesk" not in data:
        raise SheetFormatError(
            path, "not a ClaimDesk claim sheet: no 'claimdesk' format version key"
        )
    _check_version(data["claimdesk"], text, path)
    try:
        return Sheet.model_validate(data)
    except ValidationError as exc:
        raise _located_error(exc, text, data, path) from exc


def _marked_error(
    path: Path | str | None, message: str, mark: yaml.Mark | None
) -> SheetFormatError:
    """A :class:`SheetFormatError` at a YAML mark (0-based) when there is one."""
    return SheetFormatError(
        path,
        message,
        line=mark.line + 1 if mark else None,
        column=mark.column + 1 if mark else None,
    )


def _parse_yaml(text: str, path: Path | str | None) -> Any:
    """The YAML of ``text`` as plain data; raises :class:`SheetFormatError`
    for unsafe tags, anchors, syntax errors and forbidden characters."""
    try:
        _refuse_aliases(text, path)
        return yaml.load(text, Loader=SheetLoader)
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise _marked_error(path, f"unsupported YAML tag: {exc.problem}", mark) from exc
    except _SheetProblem as exc:
        raise _marked_error(path, str(exc.problem), exc.problem_mark) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        raise _marked_error(path, f"YAML syntax error: {problem}", mark) from exc
    except yaml.reader.ReaderError as exc:
        raise _character_error(exc, text, path) from exc
    except yaml.YAMLError as exc:
        raise SheetFormatError(path, f"YAML error: {exc}") from exc


def _character_error(
    exc: yaml.reader.ReaderError, text: str, path: Path | str | None
) -> SheetFormatError:
    """A character YAML does not allow (a NUL, a control character), at its
    line and column."""
    if _BaseLoader is yaml.SafeLoader:
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


def _check_version(version: Any, text: str, path: Path | str | None) -> None:
    """Refuse a format version this code does not read (a newer one: update
    ClaimDesk), at the line of the ``claimdesk`` key."""
    line, column = _node_position(text, ["claimdesk"])

    def version_error(message: str) -> SheetFormatError:
        return SheetFormatError(path, message, line=line, column=column, field="claimdesk")

    if not isinstance(version, int) or isinstance(version, bool):
        raise version_error(f"the format version must be an integer, got {version!r}")
    if version > FORMAT_VERSION:
        raise version_error(
            f"format version {version} is newer than this ClaimDesk reads ({FORMAT_VERSION}); "
            "update ClaimDesk to open it"
        )
    if version < 1:
        raise version_error(f"unknown format version {version}")


def _located_error(
    exc: ValidationError, text: str, data: dict[str, Any], path: Path | str | None
) -> SheetFormatError:
    """Turn pydantic's first error into a SheetFormatError with line and claim id."""
    error = exc.errors()[0]
    loc: list[str | int] = list(error["loc"])
    original = (error.get("ctx") or {}).get("error")
    if isinstance(original, AnchorError):
        index = original.index
        if index is None:
            index = next(
                (
                    i
                    for i, c in enumerate(data.get("claims") or [])
                    if isinstance(c, dict) and c.get("id") == original.claim_id
                ),
                None,
            )
        if index is not None:
            loc = ["claims", index, original.field]
        message = str(original)
    else:
        message = error["msg"].removeprefix("Value error, ")
        if loc and loc[0] == "claims" and len(loc) > 1 and isinstance(loc[1], int):
            claims = data.get("claims") or []
            claim = claims[loc[1]] if loc[1] < len(claims) else None
            if isinstance(claim, dict) and "id" in claim:
                message = f"claim {claim['id']}: {message}"
    field = _dotted(loc)
    line, column = _node_position(text, loc)
    return SheetFormatError(path, message, line=line, column=column, field=field or None)


def _dotted(loc: list[str | int]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _node_position(text: str, loc: list[str | int]) -> tuple[int | None, int | None]:
    """1-based line and column of the YAML node at ``loc`` (or its nearest parent)."""
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None, None
    best = node
    for part in loc:
        child = None
        if isinstance(best, yaml.MappingNode):
            for key, value in best.value:
                if key.value == part:
                    child = value
                    break
        elif (
            isinstance(best, yaml.SequenceNode) and isinstance(part, int) and part < len(best.value)
        ):
            child = best.value[part]
        if child is None:
            break
        best = child
    if best is None:
        return None, None
    return best.start_mark.line + 1, best.start_mark.column + 1


def default_sheet_path(article_path: Path) -> Path:
    """``NAME.claims.yaml`` beside the article ``NAME.txt``."""
    article_path = Path(article_path)
    return article_path.with_name(article_path.stem + SHEET_SUFFIX)


def is_sheet_path(path: Path) -> bool:
    """Whether ``path`` names a claim sheet (``.yaml``/``.yml``) rather than an article."""
    return Path(path).suffix.lower() in {".yaml", ".yml"}
