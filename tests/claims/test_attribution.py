"""Sources: who the article says made each figure, speaker and relaying outlet."""

from __future__ import annotations

import pytest

from tests.claims.extraction import figure_at


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "source"),
    [
        ("fr", "Le marché a crû de 12 %, selon Bloomberg.", "12 %", "Bloomberg"),
        (
            "fr",
            "Selon le cabinet Gartner, le marché pèse 600 milliards de dollars.",
            "600",
            "le cabinet Gartner",
        ),
        ("fr", "D'après l'Insee, les prix ont augmenté de 2,3 % sur un an.", "2,3 %", "l'Insee"),
        ("fr", "Le chômage atteint 7,4 % d'après l'Insee.", "7,4 %", "l'Insee"),
        ("fr", "Le groupe Orvane a annoncé la création de 800 emplois.", "800", "Orvane"),
        (
            "fr",
            "Les ventes ont atteint 3 milliards d'euros, a indiqué le ministère.",
            "3 milliards",
            "le ministère",
        ),
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
        (
            "en",
            "Prices rose 3.2% in May, the ministry said in a statement.",
            "3.2%",
            "the ministry",
        ),
        (
            "en",
            "Unemployment fell to 4.1%, said Maria Lopez, chief economist at Verdant Bank.",
            "4.1%",
            "Maria Lopez",
        ),
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


def test_pronoun_speaker_is_the_last_named_one_in_the_paragraph() -> None:
    text = (
        '"The labor market is bending," said Priya Raman, chief economist at Halloway Capital. '
        "She expects unemployment to peak at about 4.6% next year."
    )
    assert figure_at(text, "4.6%", "en").source == "Priya Raman"


def test_pronoun_without_a_speaker_in_its_paragraph_gives_no_source() -> None:
    text = (
        "Claire Delmas a déclaré que tout allait bien.\nIl prévoit d'investir 320 millions d'euros."
    )
    assert figure_at(text, "320 millions", "fr").source is None


def test_pour_x_introduces_a_forecast() -> None:
    text = (
        "Pour Claire Vasseur, économiste chez Banque Orsenne, l'inflation devrait remonter à 1,5 %."
    )
    assert figure_at(text, "1,5 %", "fr").source == "Claire Vasseur"


def test_speaker_named_between_commas_before_the_verb() -> None:
    text = (
        "La directrice financière, Hélène Marchetti, a détaillé les perspectives. "
        "Pour 2025, le groupe vise une croissance d'environ 5 %."
    )
    assert figure_at(text, "5 %", "fr").source == "Hélène Marchetti"


def test_speaker_of_a_direct_quote_does_not_carry_on() -> None:
    text = (
        "« Ce sera le plus grand campus d'Europe », a déclaré Claire Dumontet. "
        "Le chantier mobilisera plus de 1 200 ouvriers."
    )
    assert figure_at(text, "1 200", "fr").source is None


def test_dateline_is_not_the_announcers_claim() -> None:
    text = (
        "Paris, le 3 mars 2025 – Hestia Logistique a annoncé un chiffre d'affaires de 1 234,5 M€."
    )
    assert figure_at(text, "3 mars 2025", "fr").source is None
    assert figure_at(text, "1 234,5", "fr").source == "Hestia Logistique"


def test_estimate_right_before_a_figure_beats_the_speaker() -> None:
    text = (
        "Alibaba a annoncé un chiffre d'affaires de 32,58 milliards de dollars, sous l'estimation "
        "de consensus des analystes, qui tablait sur 33,08 milliards de dollars."
    )
    assert figure_at(text, "32,58", "fr").source == "Alibaba"
    assert figure_at(text, "33,08", "fr").source == "consensus des analystes"


def test_according_to_at_the_end_governs_an_estimate() -> None:
    text = "Analysts had expected $1.79 billion, according to LSEG data."
    assert figure_at(text, "$1.79 billion", "en").source == "LSEG data"


def test_estimates_do_not_carry_to_the_next_sentence() -> None:
    text = "Selon le consensus des analystes, les ventes étaient attendues à 1,37 milliard d'euros. Le résultat atteint 126,4 millions d'euros."
    assert figure_at(text, "126,4", "fr").source is None


def test_named_speaker_keeps_a_generic_subject_in_their_words() -> None:
    text = (
        "Chief Financial Officer Dana Whitfield said the company expects revenue of $1.9 billion."
    )
    assert figure_at(text, "$1.9 billion", "en").source == "Chief Financial Officer Dana Whitfield"


def test_sentence_opening_cue_governs_the_rest_of_its_paragraph() -> None:
    text = (
        "Les entreprises restent sous pression. D'après l'Insee, 57.314 faillites ont été "
        "enregistrées. Plus de 90 % concernent des microentreprises. La construction en "
        "concentre près d'un tiers."
    )
    assert figure_at(text, "un tiers", "fr").source == "l'Insee"


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "source"),
    [
        (
            "fr",
            "L'État débloque 1,2 milliard d'euros pour les hôpitaux, a annoncé mardi le ministère de la Santé.",
            "1,2 milliard",
            "le ministère de la Santé",
        ),
        (
            "fr",
            "Pour la Fédération des établissements (FNES), le déficit atteindra 2,8 milliards d'euros.",
            "2,8 milliards",
            "Fédération des établissements",
        ),
        (
            "fr",
            "« Plus de la moitié des établissements sont dans le rouge », souligne son président, Étienne Morvan.",
            "la moitié",
            "Étienne Morvan",
        ),
        (
            "fr",
            "« Nous avons fermé 14 lits cet été », raconte la docteure Claire Vasseur, urgentiste.",
            "14 lits",
            "Claire Vasseur",
        ),
        (
            "fr",
            "La docteure Claire Vasseur a déclaré que tout allait mal. Selon elle, un tiers des postes sont vacants.",
            "un tiers",
            "Claire Vasseur",
        ),
        (
            "en",
            "Hale & Brandt found that the wage bill climbed 9% to £1.93 billion.",
            "9%",
            "Hale & Brandt",
        ),
        (
            "en",
            "According to the annual review of club finances by accountancy firm Hale & Brandt, published on Wednesday, revenue reached £2.71 billion.",
            "£2.71 billion",
            "the annual review of club finances by accountancy firm Hale & Brandt",
        ),
        (
            "en",
            "The league said on Monday that wages kept rising. Eight clubs, it said, spent more than 80% of turnover on wages.",
            "80%",
            "The league",
        ),
        (
            "fr",
            "Le ministère met en avant son plan. Il vise une réduction de 15 % des délais.",
            "15 %",
            "Le ministère",
        ),
    ],
)
def test_more_speech_forms(lang: str, text: str, anchor: str, source: str) -> None:
    assert figure_at(text, anchor, lang).source == source


@pytest.mark.parametrize(
    ("text", "anchor", "source"),
    [
        (
            "Les prix ont baissé de 3,4 % sur un an, selon les chiffres publiés jeudi par "
            "l’Observatoire notarial de l’habitat (ONH).",
            "3,4 %",
            "l'Observatoire notarial de l'habitat (ONH)",
        ),
        (
            "Le marché reste loin du record de 1,2 million atteint en 2021, indique l’ONH.",
            "2021",
            "l'ONH",
        ),
        (
            "Les notaires relèvent que le prix est passé sous les 9 500 euros.",
            "9 500",
            "Les notaires",
        ),
        (
            "D’après les relevés de la FNES, il faut 47 jours pour un rendez-vous.",
            "47 jours",
            "la FNES",
        ),
    ],
)
def test_publisher_of_figures_and_plural_speakers(text: str, anchor: str, source: str) -> None:
    assert figure_at(text, anchor, "fr").source == source
