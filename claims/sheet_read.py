"""Reading a claim sheet's YAML with the schema in mind.

PyYAML's constructors type every plain scalar by YAML 1.1's rules before
anyone knows which field it fills: in a sheet edited by hand, ``value: 010``
became 8 (octal), ``0x1F`` 31, ``1:30`` 90 (base 60), ``source: NO`` the
boolean false and ``note: 2.10`` the float 2.1. Here PyYAML (libyaml's C
parser when present) only parses: one pass over its events builds a small
tree of nodes (:class:`claims.yaml_tree.Composer`), each keeping its text, whether it was
written plain or quoted, and its position; then each field reads its node
by the type its model field declares (:func:`read_fields`):

============================  =====================================================
field type                    what is read
============================  =====================================================
text (``str``)                the scalar's text exactly (``NO``, ``2.10``, ``yes``,
                              ``123``, ``1e3`` are text); a plain ``null``, ``~`` or
                              nothing is the empty text
text or null                  the same, and a plain ``null``, ``~`` or nothing is null
integer                       decimal digits with an optional sign (``010`` is 10)
a claim's value, value_max    numeric kinds: a decimal number (sign, digits, an
                              optional fraction and exponent: ``-1.5``, ``1e3``)
                              at most 100 characters written out in full
                              (:func:`claims.model.check_magnitude`: ``0E-200``
                              is refused); ``0x1F``, ``0o17``, ``1:30``, ``1,5``,
                              ``.inf`` are refused at their line and column, with
                              the reason.
                              ``date``/``period``: the text (``2025`` is "2025").
                              ``statement``: only null
kind, status, qualifier,      the name, any case, ``-`` or a space for ``_``
language                      (``Verified``, ``In progress``), or refused with the
                              list of names
date, datetime                a YAML timestamp (``2026-11-29T10:30:00+01:00``);
                              a number (``0``, ``1764234000``) is refused, never
                              read as Unix time
history ``old``/``new``       a plain decimal number, null, or else the text
conflict values               YAML's core types: null, true/false, integers,
                              decimal numbers, timestamps, text, lists, mappings
============================  =====================================================

Digits are ASCII only (``0``-``9``): ``١٠`` or ``７００`` is not a number,
and is refused where a number is expected.

The tree is :mod:`claims.yaml_tree`'s, which refuses anchors, aliases,
foreign tags and keys given twice. Errors are
:class:`~claims.yaml_tree.ReadProblem` (a reason, a position, the field's
path); the sheet loader (:mod:`claims.sheet`) turns them into
``SheetFormatError`` naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any

import yaml
from pydantic import BaseModel

from claims.model import (
    ISO_TEMPORAL,
    MAX_NUMBER_CHARS,
    TEMPORAL_KINDS,
    Claim,
    Kind,
    plain_length,
)
from claims.yaml_tree import Mapping, Node, ReadProblem, Scalar, Sequence

# -- reading scalars ------------------------------------------------------------

Reader = Callable[[Node], Any]

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_INTEGER = re.compile(r"[-+]?\d+", re.ASCII)
_DECIMAL = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?", re.ASCII)
_NOT_FINITE = re.compile(r"[-+]?\.?(?:inf(?:inity)?|s?nan)", re.IGNORECASE)
_TIMESTAMP = yaml.constructor.SafeConstructor.timestamp_regexp
_timestamps = yaml.constructor.SafeConstructor()


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _shape(node: Node) -> str:
    return "a list" if isinstance(node, Sequence) else "a mapping"


def _scalar(node: Node, what: str) -> Scalar:
    if type(node) is not Scalar:
        raise ReadProblem(f"must be {what}, not {_shape(node)}", node.mark, [])
    return node


def _is_null(node: Scalar) -> bool:
    return node.plain and node.text in _NULLS


def read_text(node: Node) -> str:
    """The text exactly; a plain null is the empty text."""
    scalar = _scalar(node, "text")
    return "" if _is_null(scalar) else scalar.text


def read_optional_text(node: Node) -> str | None:
    """The text exactly, or ``None`` for a plain null."""
    scalar = _scalar(node, "text")
    return None if _is_null(scalar) else scalar.text


def _number_text(scalar: Scalar) -> str:
    """The scalar's text as a number is read (no blanks around), refused when long."""
    text = scalar.text.strip()
    if len(text) > MAX_NUMBER_CHARS:
        raise ReadProblem(
            f"{_shortened(text)!r} cannot be read: a number of {len(text):,} characters "
            f"(at most {MAX_NUMBER_CHARS})",
            scalar.mark,
            [],
        )
    return text


_SEPARATOR = re.compile(r"[ _\u00a0\u202f]")
_GROUPED = re.compile(r"[-+]?\d+(?:[ _\u00a0\u202f]\d+)+(?:\.\d+)?", re.ASCII)


def _hint(text: str) -> str:
    """How to write ``text`` as a decimal number, when it can be guessed."""
    if any(ch.isnumeric() and not ch.isascii() for ch in text):
        return " (write its digits as 0-9)"
    if re.fullmatch(r"[-+]?\d{1,3}(?:,\d{3})+", text):
        return f" (write {text.replace(',', '.')} or {text.replace(',', '')}: a decimal point, no separator)"
    if re.fullmatch(r"[-+]?\d*,\d+", text):
        return f" (write {text.replace(',', '.')})"
    if _GROUPED.fullmatch(text):
        return f" (write {_SEPARATOR.sub('', text)}: no thousands separator)"
    if re.fullmatch(r"[-+]?(?:0[xXoObB][\w]+|\d+(?::\d+)+(?:\.\d*)?)", text):
        return " (write it in decimal digits)"
    return ""


def read_decimal(node: Node) -> Decimal | None:
    """A decimal number, exact; ``None`` for a plain null."""
    scalar = _scalar(node, "a number")
    if _is_null(scalar):
        return None
    text = _number_text(scalar)
    if _DECIMAL.fullmatch(text):
        return Decimal(text)
    if _NOT_FINITE.fullmatch(text):
        raise ReadProblem(f"{text!r} is not a finite number", scalar.mark, [])
    raise ReadProblem(f"{text!r} is not a decimal number{_hint(text)}", scalar.mark, [])


def read_integer(node: Node) -> int | None:
    """A whole number in decimal digits; ``None`` for a plain null."""
    scalar = _scalar(node, "a whole number")
    if _is_null(scalar):
        return None
    text = _number_text(scalar)
    if _INTEGER.fullmatch(text):
        return int(text)
    raise ReadProblem(f"{text!r} is not a whole number{_hint(text)}", scalar.mark, [])


def read_bool(node: Node) -> bool | None:
    """``true`` or ``false`` (any case); ``None`` for a plain null."""
    scalar = _scalar(node, "true or false")
    if _is_null(scalar):
        return None
    text = scalar.text.strip().lower()
    if text in ("true", "false"):
        return text == "true"
    raise ReadProblem(f"{scalar.text!r} is not true or false", scalar.mark, [])


def read_timestamp(node: Node) -> dt.date | str | None:
    """A YAML timestamp (a date, or a datetime with its offset); ``None``
    for a plain null. A number is refused (pydantic would read ``0`` as
    1970-01-01, Unix time); other text is left for the model to read or
    refuse."""
    scalar = _scalar(node, "a date")
    if _is_null(scalar):
        return None
    text = scalar.text.strip()
    if not _TIMESTAMP.match(text):
        if _DECIMAL.fullmatch(text) or _NOT_FINITE.fullmatch(text):
            raise ReadProblem(
                f"{_shortened(text)!r} is a number, not a date: write an ISO 8601 date "
                "such as 2025-02-26 (with its time and offset where one is kept: "
                "2025-02-26T10:30:00+01:00)",
                scalar.mark,
                [],
            )
        return scalar.text
    try:
        value: dt.date = _timestamps.construct_yaml_timestamp(
            yaml.ScalarNode("tag:yaml.org,2002:timestamp", text)
        )
    except ValueError as exc:
        raise ReadProblem(f"{_shortened(text)!r} cannot be read: {exc}", scalar.mark, []) from exc
    return value


def enum_reader(enum: type[Enum]) -> Reader:
    """A reader of ``enum``'s values in any case, with ``-`` or a space for ``_``."""
    members = {str(m.value): m for m in enum}
    names = ", ".join(members)

    def read(node: Node) -> Enum:
        scalar = _scalar(node, f"one of {names}")
        key = scalar.text.strip().lower().replace("-", "_").replace(" ", "_")
        if key in members:
            return members[key]
        if not key:
            raise ReadProblem(f"empty: write one of {names}", scalar.mark, [])
        raise ReadProblem(f"{_shortened(scalar.text)!r} is not one of {names}", scalar.mark, [])

    return read


def _fitting_decimal(text: str) -> Decimal | None:
    """``text`` as a decimal number when it is one that a sheet writes back
    as it is (at most :data:`MAX_NUMBER_CHARS` characters, read and written
    out in full), else ``None``."""
    if len(text) > MAX_NUMBER_CHARS or not _DECIMAL.fullmatch(text):
        return None
    number = Decimal(text)
    return number if plain_length(number) <= MAX_NUMBER_CHARS else None


def read_plain_value(node: Node) -> Decimal | str | None:
    """A history entry's ``old``/``new``: a plain decimal number (one a
    sheet writes back as it is: ``0E-200`` stays the text), a plain null,
    or else the text."""
    scalar = _scalar(node, "a value")
    if _is_null(scalar):
        return None
    if scalar.plain and (number := _fitting_decimal(scalar.text)) is not None:
        return number
    return scalar.text


def read_any(node: Node) -> Any:
    """YAML's core types, for values of any shape (a conflict's sides)."""
    if isinstance(node, Mapping):
        return {key: read_any(child) for key, child in node.items.items()}
    if isinstance(node, Sequence):
        return [read_any(child) for child in node.items]
    if not node.plain:
        return node.text
    text = node.text
    if text in _NULLS:
        return None
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    if len(text) <= MAX_NUMBER_CHARS and _INTEGER.fullmatch(text):
        return int(text)
    if (number := _fitting_decimal(text)) is not None:
        return number
    if _TIMESTAMP.match(text):
        return read_timestamp(node)
    return text


def read_figure(node: Node, kind: Kind | None, name: str) -> Decimal | str | None:
    """A claim's ``value`` or ``value_max`` (``name``) as its ``kind`` stores it."""
    scalar = _scalar(node, "a single value")
    if kind is None:  # missing or refused: the model says so
        return read_plain_value(scalar)
    if _is_null(scalar):
        return None
    what = f"{name} of {'an' if kind.value[0] in 'aeiou' else 'a'} {kind.value} claim"
    shown = repr(_shortened(scalar.text))
    if kind in TEMPORAL_KINDS:
        if not ISO_TEMPORAL.match(scalar.text):
            raise ReadProblem(
                f"{what} must be an ISO 8601 date or period such as 2025, 2025-10, "
                f"2025-10-03 or 2024-Q4, got {shown}",
                scalar.mark,
                [],
                named=True,
            )
        return scalar.text
    if kind is Kind.STATEMENT:
        raise ReadProblem(
            f"a statement claim has no {name}, got {shown}", scalar.mark, [], named=True
        )
    try:
        return read_decimal(scalar)
    except ReadProblem as problem:
        raise ReadProblem(
            f"{what} must be a number: {problem.reason}", scalar.mark, [], named=True
        ) from None


# -- reading models -------------------------------------------------------------

_FIGURES = ("value", "value_max")


def _reader_for(annotation: Any) -> Reader:
    """The reader of a model field declared as ``annotation`` (see the table
    of the module docstring); :func:`read_any` when no other fits."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = set(typing.get_args(annotation))
    else:
        args = {annotation}
    nullable = type(None) in args
    args.discard(type(None))
    if args == {Decimal, str}:
        return read_plain_value
    if len(args) != 1:
        return read_any
    (only,) = args
    origin = typing.get_origin(only)
    if origin in (list, tuple):
        items = typing.get_args(only)
        return _list_reader(_reader_for(items[0]) if items else read_any)
    simple: dict[Any, Reader] = {
        str: read_optional_text if nullable else read_text,
        int: read_integer,
        bool: read_bool,
        Decimal: read_decimal,
        dt.date: read_timestamp,
        dt.datetime: read_timestamp,
    }
    if only in simple:
        return simple[only]
    if isinstance(only, type) and issubclass(only, Enum):
        return enum_reader(only)
    if isinstance(only, type) and issubclass(only, BaseModel):
        return model_reader(only)
    return read_any


def _list_reader(item: Reader) -> Reader:
    def read(node: Node) -> Any:
        if not isinstance(node, Sequence):
            return read_any(node)  # the model refuses it with its own words
        result = []
        for index, child in enumerate(node.items):
            try:
                result.append(item(child))
            except ReadProblem as problem:
                if problem.loc is not None:
                    problem.loc.insert(0, index)
                raise
        return result

    return read


_readers: dict[type[BaseModel], dict[str, Reader]] = {}


def field_readers(model: type[BaseModel]) -> dict[str, Reader]:
    """Field name -> reader for ``model``, from its fields' types (cached)."""
    if model not in _readers:
        _readers[model] = {
            name: _reader_for(info.annotation) for name, info in model.model_fields.items()
        }
    return _readers[model]


def read_fields(node: Node, model: type[BaseModel], skip: tuple[str, ...] = ()) -> Any:
    """The fields of the mapping ``node`` read for ``model`` (keys it does not
    know are read as :func:`read_any`, for the model to refuse by name)."""
    if not isinstance(node, Mapping):
        return read_any(node)
    readers = field_readers(model)
    data: dict[str, Any] = {}
    for name, child in node.items.items():
        if name in skip:
            continue
        try:
            data[name] = readers.get(name, read_any)(child)
        except ReadProblem as problem:
            if problem.loc is not None:
                problem.loc.insert(0, name)
            raise
    return data


def _read_claim(node: Node) -> Any:
    data = read_fields(node, Claim, skip=_FIGURES)
    if not isinstance(node, Mapping):
        return data
    kind = data.get("kind")
    for name in _FIGURES:
        if name in node.items:
            try:
                data[name] = read_figure(node.items[name], kind, name)
            except ReadProblem as problem:
                if problem.loc is not None:
                    problem.loc.insert(0, name)
                raise
    return data


def model_reader(model: type[BaseModel]) -> Reader:
    """The reader of a mapping holding ``model``'s fields."""
    if model is Claim:
        return _read_claim
    return lambda node: read_fields(node, model)
