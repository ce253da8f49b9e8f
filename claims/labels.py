"""The labels of ClaimDesk's closed vocabularies and claim fields, in English
and French: one catalogue for the window, the exports and the history.

Statuses follow the wording of the desks' own rating scales (AFP Factuel's
"Faux", "Trompeur"; Full Fact's "Inconclusive"); the French interface and
the French exports use the same words, so a checker reads "Note de
vérification" in the form and in the spreadsheet the editor opens.

Every table holds every member of its vocabulary in both languages (a test
checks it), so a lookup never fails for a known value.
"""

from __future__ import annotations

from claims.model import Kind, Language, Qualifier, Status

STATUS_LABELS: dict[Language, dict[Status, str]] = {
    Language.EN: {
        Status.UNCHECKED: "Unchecked",
        Status.IN_PROGRESS: "In progress",
        Status.VERIFIED: "Verified",
        Status.FALSE: "False",
        Status.MISLEADING: "Misleading",
        Status.INCONCLUSIVE: "Inconclusive",
    },
    Language.FR: {
        Status.UNCHECKED: "Non vérifié",
        Status.IN_PROGRESS: "En cours",
        Status.VERIFIED: "Vérifié",
        Status.FALSE: "Faux",
        Status.MISLEADING: "Trompeur",
        Status.INCONCLUSIVE: "Non concluant",
    },
}
"""A claim's check status, as a heading or a badge shows it."""

KIND_LABELS: dict[Language, dict[Kind, str]] = {
    Language.EN: {
        Kind.COUNT: "count",
        Kind.MONEY: "money",
        Kind.PERCENT: "percent",
        Kind.PERCENTAGE_POINTS: "percentage points",
        Kind.MULTIPLIER: "multiplier",
        Kind.ORDINAL: "ordinal",
        Kind.FRACTION: "fraction",
        Kind.DATE: "date",
        Kind.PERIOD: "period",
        Kind.DURATION: "duration",
        Kind.STATEMENT: "statement",
    },
    Language.FR: {
        Kind.COUNT: "nombre",
        Kind.MONEY: "montant",
        Kind.PERCENT: "pourcentage",
        Kind.PERCENTAGE_POINTS: "points de pourcentage",
        Kind.MULTIPLIER: "multiplicateur",
        Kind.ORDINAL: "rang",
        Kind.FRACTION: "fraction",
        Kind.DATE: "date",
        Kind.PERIOD: "période",
        Kind.DURATION: "durée",
        Kind.STATEMENT: "déclaration",
    },
}
"""What sort of claim, in lower case (it is read inside sentences)."""

QUALIFIER_LABELS: dict[Language, dict[Qualifier, str]] = {
    Language.EN: {
        Qualifier.EXACT: "exact",
        Qualifier.APPROX: "about",
        Qualifier.AT_LEAST: "at least",
        Qualifier.MORE_THAN: "more than",
        Qualifier.AT_MOST: "at most",
        Qualifier.LESS_THAN: "less than",
    },
    Language.FR: {
        Qualifier.EXACT: "exact",
        Qualifier.APPROX: "environ",
        Qualifier.AT_LEAST: "au moins",
        Qualifier.MORE_THAN: "plus de",
        Qualifier.AT_MOST: "au plus",
        Qualifier.LESS_THAN: "moins de",
    },
}
"""How the article bounds a figure, as the article itself would say it."""

FIELD_LABELS: dict[Language, dict[str, str]] = {
    Language.EN: {
        "id": "ID",
        "quote": "Claim",
        "kind": "Kind",
        "value": "Value",
        "value_max": "Up to",
        "unit": "Unit",
        "qualifier": "Qualifier",
        "sentence": "Sentence",
        "source": "Source",
        "via": "Via",
        "status": "Status",
        "note": "Verdict note",
        "evidence": "Evidence",
        "checked_by": "Checked by",
        "checked_at": "Checked at",
        "history": "History",
        "text_changed": "Text changed",
        "span": "Span",
        "anchor": "Place in the text",
        "figure": "Kind and value",
        "deleted": "Deleted?",
    },
    Language.FR: {
        "id": "ID",
        "quote": "Affirmation",
        "kind": "Type",
        "value": "Valeur",
        "value_max": "Jusqu’à",
        "unit": "Unité",
        "qualifier": "Précision",
        "sentence": "Phrase",
        "source": "Source",
        "via": "Via",
        "status": "Statut",
        "note": "Note de vérification",
        "evidence": "Preuves",
        "checked_by": "Vérifié par",
        "checked_at": "Vérifié le",
        "history": "Historique",
        "text_changed": "Texte modifié",
        "span": "Position",
        "anchor": "Place dans le texte",
        "figure": "Type et valeur",
        "deleted": "Supprimée ?",
    },
}
"""A claim's fields, as a column heading or a form label names them. The
``anchor`` (span, quote and sentence together), ``figure`` (kind and values
together) and ``deleted`` entries name what a merge conflict is about
(:class:`claims.model.Conflict`)."""


ARTICLE_LABELS: dict[Language, dict[str, str]] = {
    Language.EN: {
        "title": "Title",
        "url": "URL",
        "publisher": "Publisher",
        "published": "Published",
        "language": "Language",
        "claims": "Claims",
    },
    Language.FR: {
        "title": "Titre",
        "url": "URL",
        "publisher": "Éditeur",
        "published": "Publié le",
        "language": "Langue",
        "claims": "Affirmations",
    },
}
"""The article's fields, as an export's header names them."""


def status_label(status: Status, language: Language) -> str:
    """The label of ``status`` in ``language`` ("Verified", "Vérifié")."""
    return STATUS_LABELS[language][status]


def kind_label(kind: Kind, language: Language) -> str:
    """The name of a claim kind in ``language`` ("money", "montant")."""
    return KIND_LABELS[language][kind]


def qualifier_label(qualifier: Qualifier, language: Language) -> str:
    """The name of a qualifier in ``language`` ("at least", "au moins")."""
    return QUALIFIER_LABELS[language][qualifier]


def field_label(field: str, language: Language) -> str:
    """The label of a claim field in ``language`` ("note" -> "Verdict note");
    an unknown field name is returned as it is."""
    return FIELD_LABELS[language].get(field, field)
