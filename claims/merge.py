"""Three-way merge of claim sheets, claim by claim and field by field.

``merge_sheets(base, ours, theirs)`` combines two sheets edited from the same
``base`` (two checkers, or the window and the file on disk):

* a field changed on one side only takes that side's value; the same change
  on both sides is no conflict;
* a field changed differently on both sides keeps ours and records a
  :class:`~claims.model.Conflict` (``ours``, ``theirs``, ``base``) on the
  claim, for a person to choose. Fields that only make sense together move
  together and conflict as one: the verdict (``status`` with ``checked_by``
  and ``checked_at``; the conflict's values are mappings of the three, and
  the same status reached on both sides is no conflict, the later check
  wins), the anchor (``span`` with ``quote`` and ``sentence``; field
  ``anchor``) and, when a side changed the claim's kind, the figure (``kind``
  with ``value`` and ``value_max``; field ``figure``: a date's value cannot
  join a count's);
* histories are joined (every change stays on the record, in time order),
  evidence lists are joined (a link added on either side is kept), and the
  conflicts already recorded on either side are kept;
* a claim added on one side is kept (given a fresh id if the other side used
  that id for another claim); a claim deleted on one side and left alone on
  the other is deleted; deleted on one side and edited on the other, it is
  kept with a ``deleted`` conflict;
* the article's title, URL, publisher, date and language merge the same way;
  when both sides changed one differently ours is kept and the result's
  ``notes`` say so (the article has no conflict list).

The article text must be the same in the three sheets: two articles cannot be
merged (:class:`MergeError`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import ValidationError

from claims.errors import ClaimDeskError
from claims.model import Claim, Conflict, Evidence, HistoryEntry, Sheet

_STATUS_GROUP = ("status", "checked_by", "checked_at")
_ANCHOR_GROUP = ("span", "quote", "sentence")
_FIGURE_GROUP = ("kind", "value", "value_max")
_JOINED = ("history", "evidence", "conflicts")
_FIELDS = tuple(
    name
    for name in Claim.model_fields
    if name not in ("id", *_STATUS_GROUP, *_ANCHOR_GROUP, *_FIGURE_GROUP, *_JOINED)
)
_ARTICLE_FIELDS = ("title", "url", "publisher", "published", "language")


class MergeError(ClaimDeskError):
    """The sheets cannot be merged (they check different article texts)."""


@dataclass
class MergeResult:
    """The merged sheet, the number of conflicts left in it, and notes on
    what was kept without a conflict record (article fields)."""

    sheet: Sheet
    conflicts: int
    notes: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return self.conflicts == 0


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, str):
        return str(value)
    return value


def _pick(base: Any, ours: Any, theirs: Any) -> tuple[Any, bool]:
    """The merged value, and whether it is a conflict (ours is kept then)."""
    if ours == theirs or theirs == base:
        return ours, False
    if ours == base:
        return theirs, False
    return ours, True


def _joined_history(*sides: list[HistoryEntry]) -> list[HistoryEntry]:
    seen: dict[str, HistoryEntry] = {}
    for side in sides:
        for entry in side:
            seen.setdefault(entry.model_dump_json(), entry)
    return sorted(seen.values(), key=lambda e: e.at)


def _joined_evidence(
    base: list[Evidence], ours: list[Evidence], theirs: list[Evidence]
) -> list[Evidence]:
    removed_by_them = [e for e in base if e not in theirs]
    merged = [e for e in ours if e not in removed_by_them]
    merged += [e for e in theirs if e not in merged and e not in base]
    return merged


def _group(claim: Claim, names: tuple[str, ...], plain: bool = False) -> dict[str, Any]:
    """The fields ``names`` of ``claim`` (as plain YAML values when ``plain``)."""
    return {name: _plain(getattr(claim, name)) if plain else getattr(claim, name) for name in names}


def _merge_status(base: Claim, ours: Claim, theirs: Claim) -> tuple[dict[str, Any], bool]:
    """The merged verdict fields, and whether they conflict."""
    sides = [_group(c, _STATUS_GROUP) for c in (base, ours, theirs)]
    if ours.status == theirs.status and sides[1] != sides[2]:
        # The same verdict on both sides: the later check stands.
        later = max(
            (ours, theirs),
            key=lambda c: c.checked_at.timestamp() if c.checked_at else float("-inf"),
        )
        return _group(later, _STATUS_GROUP), False
    return _pick(*sides)


def _merge_figure(base: Claim, ours: Claim, theirs: Claim) -> tuple[dict[str, Any], bool]:
    """The kind with its values, taken whole, when a side changed the kind (a
    value only means something in its kind), and whether that conflicts."""
    return _pick(*(_group(c, _FIGURE_GROUP) for c in (base, ours, theirs)))


def _merge_claim(base: Claim, ours: Claim, theirs: Claim) -> Claim:
    values: dict[str, Any] = {}
    conflicts = list(ours.conflicts)
    conflicts += [c for c in theirs.conflicts if c not in conflicts]
    same_kind = base.kind == ours.kind == theirs.kind
    fields = (*_FIELDS, *_FIGURE_GROUP) if same_kind else _FIELDS  # else one figure below
    for name in fields:
        value, clash = _pick(getattr(base, name), getattr(ours, name), getattr(theirs, name))
        values[name] = value
        if clash:
            conflicts.append(
                Conflict(
                    field=name,
                    ours=_plain(getattr(ours, name)),
                    theirs=_plain(getattr(theirs, name)),
                    base=_plain(getattr(base, name)),
                )
            )
    if not same_kind:
        figure, clash = _merge_figure(base, ours, theirs)
        values.update(figure)
        if clash:
            conflicts.append(
                Conflict(
                    field="figure",
                    ours=_group(ours, _FIGURE_GROUP, plain=True),
                    theirs=_group(theirs, _FIGURE_GROUP, plain=True),
                    base=_group(base, _FIGURE_GROUP, plain=True),
                )
            )
    status, clash = _merge_status(base, ours, theirs)
    values.update(status)
    if clash:
        conflicts.append(
            Conflict(
                field="status",
                ours=_group(ours, _STATUS_GROUP, plain=True),
                theirs=_group(theirs, _STATUS_GROUP, plain=True),
                base=_group(base, _STATUS_GROUP, plain=True),
            )
        )
    anchors = [_group(c, _ANCHOR_GROUP) for c in (base, ours, theirs)]
    anchor, clash = _pick(*anchors)
    values.update(anchor)
    if clash:
        conflicts.append(
            Conflict(field="anchor", ours=anchors[1], theirs=anchors[2], base=anchors[0])
        )
    values["history"] = _joined_history(ours.history, theirs.history)
    values["evidence"] = _joined_evidence(base.evidence, ours.evidence, theirs.evidence)
    values["conflicts"] = conflicts
    return ours.model_copy(update=values)


def _merge_article(base: Sheet, ours: Sheet, theirs: Sheet) -> tuple[dict[str, Any], list[str]]:
    values: dict[str, Any] = {}
    notes = []
    for name in _ARTICLE_FIELDS:
        value, clash = _pick(
            getattr(base.article, name), getattr(ours.article, name), getattr(theirs.article, name)
        )
        values[name] = value
        if clash:
            notes.append(
                f"the article's {name} was changed on both sides: kept "
                f"{getattr(ours.article, name)!r}, not {getattr(theirs.article, name)!r}"
            )
    return values, notes


def _next_id(taken: set[str], floor: int) -> str:
    """A ``cN`` above every id in ``taken`` and above ``floor`` (the sides' ``last_id``)."""
    numbers = [int(i[1:]) for i in taken if i[:1] == "c" and i[1:].isdigit()]
    return f"c{max(*numbers, floor, 0) + 1}"


def merge_sheets(base: Sheet, ours: Sheet, theirs: Sheet) -> MergeResult:
    """Merge ``ours`` and ``theirs``, both edited from ``base`` (see the module
    docstring). Raises :class:`MergeError` when the article texts differ."""
    if not (base.article.text == ours.article.text == theirs.article.text):
        raise MergeError("the sheets check different article texts: they cannot be merged")
    base_by_id = {c.id: c for c in base.claims}
    ours_by_id = {c.id: c for c in ours.claims}
    theirs_by_id = {c.id: c for c in theirs.claims}
    merged: dict[str, Claim] = {}
    for claim_id in [*ours_by_id, *(i for i in theirs_by_id if i not in ours_by_id)]:
        b, o, t = base_by_id.get(claim_id), ours_by_id.get(claim_id), theirs_by_id.get(claim_id)
        if b is not None and o is not None and t is not None:
            merged[claim_id] = _merge_claim(b, o, t)
        elif b is None and o is not None and t is not None:  # both added this id
            merged[claim_id] = o
            if t.model_dump() != o.model_dump():
                fresh = _next_id(
                    set(merged) | set(ours_by_id) | set(theirs_by_id),
                    max(base.last_id, ours.last_id, theirs.last_id),
                )
                merged[fresh] = t.model_copy(update={"id": fresh})
        elif b is None:
            added = o or t
            assert added is not None
            merged[claim_id] = added
        else:  # deleted on one side
            kept = o or t
            assert kept is not None
            if kept.model_dump() == b.model_dump():
                continue  # untouched by the side that kept it: the deletion stands
            ours_side, theirs_side = ("kept", "deleted") if o is not None else ("deleted", "kept")
            clash = Conflict(field="deleted", ours=ours_side, theirs=theirs_side)
            merged[claim_id] = kept.model_copy(update={"conflicts": [*kept.conflicts, clash]})
    claims = sorted(merged.values(), key=lambda c: (c.span, c.id))
    article, notes = _merge_article(base, ours, theirs)
    sheet = ours.model_copy(
        update={
            "claims": claims,
            "article": ours.article.model_copy(update=article),
            "last_id": max(base.last_id, ours.last_id, theirs.last_id),
        }
    )
    try:
        sheet = Sheet.model_validate(sheet.model_dump())
    except ValidationError as exc:  # a rule above let an invalid pair through
        raise MergeError(f"the merge would not make a valid sheet: {_first_error(exc)}") from exc
    return MergeResult(sheet, sum(len(c.conflicts) for c in sheet.claims), notes)


def _first_error(exc: ValidationError) -> str:
    """The first error of ``exc`` on one line: where (claim number, field) and why."""
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    message = error["msg"].removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


Side = Literal["ours", "theirs"]
"""Which side of a recorded conflict to keep."""


def _settled(claim: Claim, choices: Mapping[tuple[str, str], Side]) -> Claim | None:
    """``claim`` with its conflicts settled as chosen; ``None`` when the choice
    is to delete it."""
    values: dict[str, Any] = {"conflicts": []}
    for conflict in claim.conflicts:
        side = choices.get((claim.id, conflict.field), "ours")
        value = conflict.theirs if side == "theirs" else conflict.ours
        if conflict.field == "deleted":
            if value == "deleted":
                return None
        elif isinstance(value, dict):  # a group moves whole: the verdict, the anchor
            values.update(value)
        else:
            values[conflict.field] = value
    if "span" in values:
        values["span"] = tuple(values["span"])
    return Claim.model_validate({**dict(claim), **values})


def resolve_conflicts(sheet: Sheet, choices: Mapping[tuple[str, str], Side]) -> Sheet:
    """A new sheet: ``sheet`` with every conflict its claims record settled and
    none left. ``choices`` maps ``(claim id, conflict field)`` to the side to
    keep; a conflict not in it keeps ``ours`` (the value the claim holds). A
    ``deleted`` conflict settled on the deleting side removes the claim.

    Raises :class:`MergeError` (one line: the claim, the field, why) if a
    choice does not make a valid claim or sheet (grouped fields move
    together, so it should not).
    """
    try:
        claims = [settled for c in sheet.claims if (settled := _settled(c, choices)) is not None]
        return Sheet.model_validate({**dict(sheet), "claims": claims})
    except ValidationError as exc:
        raise MergeError(f"these choices do not make a valid sheet: {_first_error(exc)}") from exc
