"""Labels in the interface language, from the core's one catalogue
(:mod:`claims.labels`): statuses, kinds, qualifiers and claim fields read the
same in the window as in the exports.

The interface language is set once when the translations are installed
(:func:`gui.app.install_translation`); Qt's translator handles the rest of
the interface's text.
"""

from __future__ import annotations

from claims import labels
from claims.model import Kind, Language, Qualifier, Status

_language = Language.EN


def set_interface_language(code: str) -> None:
    """Show labels in ``code`` ("fr", "en"; any other falls back to English)."""
    global _language
    _language = Language(code) if code in set(Language) else Language.EN


def interface_language() -> Language:
    """The language the labels are shown in."""
    return _language


def status_label(status: Status) -> str:
    """The label of ``status`` in the interface language ("Verified", "Vérifié")."""
    return labels.status_label(status, _language)


def kind_label(kind: Kind) -> str:
    """The name of a claim kind in the interface language ("money", "montant")."""
    return labels.kind_label(kind, _language)


def qualifier_label(qualifier: Qualifier) -> str:
    """The name of a qualifier in the interface language ("at least", "au moins")."""
    return labels.qualifier_label(qualifier, _language)


def field_label(field: str) -> str:
    """The label of a claim field in the interface language ("note" -> "Verdict note")."""
    return labels.field_label(field, _language)
