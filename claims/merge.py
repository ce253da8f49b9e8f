"""Three-way merge of claim sheets, claim by claim and field by field.

``merge_sheets(base, ours, theirs)`` combines two sheets edited from the same
``base`` (two checkers, or the window and the file on disk):

* a field changed on one side only takes that side's value; the same change
  on both sides is no conflict;
* a field changed differently on both sides keeps ours and records a
  :class:`~claims.model.Conflict` (``ours``, ``theirs``, ``base``) on the
  claim, for a person to choose; status, ``checked_by`` and ``checked_at``
  move together;
* histories are joined (every change stays on the record, in time order) and
  evidence lists are joined (a link added on either side is kept);
* a claim added on one side is kept (given a fresh id if the other side used
  that id for another claim); a claim deleted on one side and left alone on
  the other is deleted; deleted on one side and edited on the other, it is
  kept with a ``deleted`` conflict.

The article text must be the same in the three sheets: two articles cannot be
merged (:class:`MergeError`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claims.errors import ClaimDeskError
from claims.model import Claim, Conflict, Evidence, HistoryEntry, Sheet

_STATUS_GROUP = ("status", "checked_by", "checked_at")
_JOINED = ("history", "evidence", "conflicts")
_FIELDS = tuple(name for name in Claim.model_fields if name not in ("id", *_STATUS_GROUP, *_JOINED))


class MergeError(ClaimDeskError):
    """The sheets cannot be merged (they check different article texts)."""


@dataclass
class MergeResult:
    """The merged sheet and the number of conflicts left in it."""

    sheet: Sheet
    conflicts: int

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


def _merge_claim(base: Claim, ours: Claim, theirs: Claim) -> Claim:
    values: dict[str, Any] = {}
    conflicts = list(ours.conflicts)
    for name in _FIELDS:
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
    group = [tuple(getattr(c, n) for n in _STATUS_GROUP) for c in (base, ours, theirs)]
    chosen, clash = _pick(*group)
    values.update(zip(_STATUS_GROUP, chosen, strict=True))
    if clash:
        conflicts.append(
            Conflict(
                field="status",
                ours=_plain(ours.status),
                theirs=_plain(theirs.status),
                base=_plain(base.status),
            )
        )
    values["history"] = _joined_history(ours.history, theirs.history)
    values["evidence"] = _joined_evidence(base.evidence, ours.evidence, theirs.evidence)
    values["conflicts"] = conflicts
    return ours.model_copy(update=values)


def _next_id(taken: set[str]) -> str:
    numbers = [int(i[1:]) for i in taken if i[:1] == "c" and i[1:].isdigit()]
    return f"c{max(numbers, default=0) + 1}"


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
                fresh = _next_id(set(merged) | set(ours_by_id) | set(theirs_by_id))
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
    sheet = ours.model_copy(update={"claims": claims})
    sheet = Sheet.model_validate(sheet.model_dump())
    return MergeResult(sheet, sum(len(c.conflicts) for c in sheet.claims))
