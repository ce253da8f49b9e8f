"""The one label catalogue: complete in both languages, and the same words
in the window's language and the exports'."""

from __future__ import annotations

import pytest

from claims import labels
from claims.export.rows import HEADERS
from claims.model import Claim, Kind, Language, Qualifier, Status


@pytest.mark.parametrize("language", list(Language))
def test_every_member_has_a_label_in_every_language(language: Language) -> None:
    assert set(labels.STATUS_LABELS[language]) == set(Status)
    assert set(labels.KIND_LABELS[language]) == set(Kind)
    assert set(labels.QUALIFIER_LABELS[language]) == set(Qualifier)
    editable = set(Claim.model_fields) - {"conflicts"}
    assert editable <= set(labels.FIELD_LABELS[language])
    for table in (labels.STATUS_LABELS, labels.KIND_LABELS, labels.QUALIFIER_LABELS):
        names = list(table[language].values())
        assert len(set(names)) == len(names), "two members read the same"


def test_the_exports_name_fields_as_the_window_does() -> None:
    assert HEADERS[Language.FR]["note"] == labels.field_label("note", Language.FR)
    assert labels.field_label("note", Language.FR) == "Note de vérification"
    assert HEADERS[Language.EN]["claim"] == labels.field_label("quote", Language.EN) == "Claim"
    assert labels.field_label("not_a_field", Language.FR) == "not_a_field"


def test_french_labels() -> None:
    assert labels.status_label(Status.MISLEADING, Language.FR) == "Trompeur"
    assert labels.kind_label(Kind.MONEY, Language.FR) == "montant"
    assert labels.qualifier_label(Qualifier.AT_LEAST, Language.FR) == "au moins"
