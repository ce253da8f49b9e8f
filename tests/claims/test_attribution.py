"""Sources: who the article says made each figure, speaker and relaying outlet."""

from __future__ import annotations

import pytest

from tests.claims.extraction import figure_at


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "source"),
    [
        ("fr", "Le marché a crû de 12 %, selon Bloomberg.", "12 %", "Bloomberg"),
        ("fr", "Selon le cabinet Gartner, le marché pèse 600 milliards de dollars.", "600", "le cabinet Gartner"),
        ("fr", "D'après l'Insee, les prix ont augmenté de 2,3 % sur un an.", "2,3 %", "l'Insee"),
        ("fr", "Le chômage atteint 7,4 % d'après l'Insee.", "7,4 %", "l'Insee"),
        ("fr", "Le groupe Orvane a annoncé la création de 800 emplois.", "800", "Orvane"),
        ("fr", "Les ventes ont atteint 3 milliards d'euros, a indiqué le ministère.", "3 milliards", "le ministère"),
        (
            "fr",
            "Le bénéfice ressort à 2,1 milliards d'euros, contre 2,3 milliards selon le consensus FactSet des analystes.",
            "2,3 milliards",
            "le consensus FactSet des analystes",
        ),
        ("en", "Sales rose 4%, according to LSEG data.", "4%", "LSEG data"),
        (
            "en",
            "Analysts surveyed by Bloomberg expected revenue of $4.1 billion.",
            "$4.1 billion",
            "Analysts surveyed by Bloomberg",
        ),
        ("en", "Prices rose 3.2% in May, the ministry said in a statement.", "3.2%", "the ministry"),
        ("en", "Unemployment fell to 4.1%, said Maria Lopez, chief economist at Verdant Bank.", "4.1%", "Maria Lopez"),
        ("en", "Jobs grew by 210,000 in March, Kestrel Labs said.", "210,000", "Kestrel Labs"),
    ],
)
def test_source(lang: str, text: str, anchor: str, source: str) -> None:
    assert figure_at(text, anchor, lang).source == source


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "speaker", "outlet"),
    [
        (
            "fr",
            "Les ventes ont bondi de 15 %, a déclaré à Reuters Jeanne Martin, directrice financière d'Orvane.",
            "15 %",
            "Jeanne Martin",
            "Reuters",
        ),
        (
            "fr",
            "Les ventes ont bondi de 15 %, a déclaré à Reuters la directrice financière d'Orvane, Jeanne Martin.",
            "15 %",
            "Jeanne Martin",
            "Reuters",
        ),
        (
            "en",
            "Sales jumped 15%, Jane Martin, Orvane's finance chief, told Reuters.",
            "15%",
            "Jane Martin",
            "Reuters",
        ),
    ],
)
def test_speaker_and_the_outlet_that_relayed_it(
    lang: str, text: str, anchor: str, speaker: str, outlet: str
) -> None:
    claim = figure_at(text, anchor, lang)
    assert (claim.source, claim.via) == (speaker, outlet)


def test_paragraph_opening_attribution_governs_its_sentences() -> None:
    text = (
        "Selon l'Insee, les prix ont progressé de 2,1 % en mai. L'alimentation a augmenté de "
        "1,2 %. L'énergie a reculé de 3 %."
    )
    assert figure_at(text, "3 %", "fr").source == "l'Insee"


def test_attribution_does_not_cross_paragraphs() -> None:
    text = "Selon l'Insee, les prix ont progressé de 2,1 %.\nLe groupe a vendu 300 voitures."
    assert figure_at(text, "300", "fr").source is None


def test_own_voice_has_no_source() -> None:
    assert figure_at("Le groupe emploie 4 200 salariés.", "4 200", "fr").source is None
