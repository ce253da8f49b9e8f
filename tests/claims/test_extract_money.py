"""Money: grouping, scales, currencies before or after, cents, carried currency."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.model import Kind, Qualifier
from tests.claims.extraction import NBSP, NNBSP, claims_of, expect, figure_at

D = Decimal


@pytest.mark.parametrize("space", [" ", NBSP, NNBSP], ids=["space", "nbsp", "nnbsp"])
def test_grouped_euros_with_each_space(space: str) -> None:
    text = f"Le groupe a levé 40{space}000 euros auprès de ses salariés."
    expect(figure_at(text, "40", "fr"), Kind.MONEY, 40000, "EUR")


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value", "unit"),
    [
        ("fr", "Le billet coûte 1 298,50 € cette année.", "1 298,50 €", D("1298.5"), "EUR"),
        (
            "fr",
            f"Le billet coûte 1{NNBSP}298,50{NNBSP}€ cette année.",
            "298,50",
            D("1298.5"),
            "EUR",
        ),
        ("fr", "Le plan vaut 1,5 Md€ sur la période.", "1,5 Md€", D(1_500_000_000), "EUR"),
        ("fr", "Une prime de 20 k€ par salarié.", "20 k€", D(20_000), "EUR"),
        ("fr", "Les ventes ont atteint 4,3 G$ au total.", "4,3 G$", D(4_300_000_000), "USD"),
        ("fr", "L'État apporte 3 Mds d'euros au projet.", "3 Mds d'euros", D(3_000_000_000), "EUR"),
        ("fr", "Le budget atteint 12 M€ cette année.", "12 M€", D(12_000_000), "EUR"),
        ("fr", "La dette atteint 2 billions d'euros.", "2 billions", D(2 * 10**12), "EUR"),
        (
            "fr",
            "Un contrat de 250 millions de francs suisses a été signé.",
            "250 millions",
            D(250_000_000),
            "CHF",
        ),
        ("fr", "Le fonds gère 80 milliards de renminbi.", "80 milliards", D(80_000_000_000), "CNY"),
        (
            "fr",
            "Le club a payé 45 millions de livres sterling.",
            "45 millions",
            D(45_000_000),
            "GBP",
        ),
        (
            "fr",
            "Il a vendu pour 12 milliards de yens de titres.",
            "12 milliards",
            D(12_000_000_000),
            "JPY",
        ),
        (
            "fr",
            "Le géant investira sept milliards d'euros en France.",
            "sept milliards",
            D(7_000_000_000),
            "EUR",
        ),
        ("en", "The group raised $1.5mn from investors.", "$1.5mn", D(1_500_000), "USD"),
        ("en", "The startup spent €0.3mn on marketing.", "€0.3mn", D(300_000), "EUR"),
        ("en", "The club paid £2bn for the stadium.", "£2bn", D(2_000_000_000), "GBP"),
        ("en", "It borrowed $ 1.8 bln last year.", "1.8 bln", D(1_800_000_000), "USD"),
        ("en", "Alibaba pledged US$52B to its cloud unit.", "US$52B", D(52_000_000_000), "USD"),
        (
            "en",
            "Japan approved a 2.1 trillion yen package.",
            "2.1 trillion yen",
            D(2_100_000_000_000),
            "JPY",
        ),
        ("en", "Washington spent $1.2tn on it.", "$1.2tn", D(1_200_000_000_000), "USD"),
        ("en", "The payroll reached ¥300 million.", "¥300 million", D(300_000_000), "JPY"),
        (
            "en",
            "The fund holds 80 billion renminbi in bonds.",
            "80 billion renminbi",
            D(80_000_000_000),
            "CNY",
        ),
        (
            "en",
            "The deal is worth 250 million Swiss francs.",
            "250 million Swiss francs",
            D(250_000_000),
            "CHF",
        ),
        ("en", "Revenue was 12,345 dollars per store.", "12,345 dollars", D(12345), "USD"),
    ],
)
def test_money(lang: str, text: str, anchor: str, value: Decimal, unit: str) -> None:
    expect(figure_at(text, anchor, lang), Kind.MONEY, value, unit)


def test_currency_code_before_does_not_swallow_the_duration() -> None:
    text = "Le prêt de EUR 1000 sur 3 ans est remboursable."
    money = figure_at(text, "EUR 1000", "fr")
    expect(money, Kind.MONEY, 1000, "EUR")
    assert "sur" not in money.quote
    expect(figure_at(text, "3 ans", "fr"), Kind.DURATION, 3, "year")


@pytest.mark.parametrize(
    ("lang", "text", "anchor"),
    [
        ("fr", "Le dividende sera de 45 cents par action.", "45 cents"),
        ("en", "The board declared a dividend of 45 cents a share.", "45 cents"),
        ("en", "It pays 45 cents per share.", "45 cents"),
    ],
)
def test_cents_per_share(lang: str, text: str, anchor: str) -> None:
    expect(figure_at(text, anchor, lang), Kind.MONEY, D("0.45"), "USD")


def test_french_cents_of_euro() -> None:
    text = "Le dividende passe à 0,45 euro par action."
    expect(figure_at(text, "0,45 euro", "fr"), Kind.MONEY, D("0.45"), "EUR")


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value", "unit"),
    [
        (
            "fr",
            "Le groupe investira 5,2 milliards de dollars au Brésil et 1,8 milliard en Inde.",
            "1,8 milliard",
            D(1_800_000_000),
            "USD",
        ),
        (
            "en",
            "It will invest $5.2 billion in Brazil and 1.8 billion in India.",
            "1.8 billion",
            D(1_800_000_000),
            "USD",
        ),
    ],
)
def test_elided_currency_is_carried(
    lang: str, text: str, anchor: str, value: Decimal, unit: str
) -> None:
    expect(figure_at(text, anchor, lang), Kind.MONEY, value, unit)


def test_scale_word_is_never_dropped() -> None:
    claim = figure_at("Les ventes ont atteint 4,15 milliards de dollars.", "4,15", "fr")
    assert claim.quote == "4,15 milliards de dollars"
    expect(claim, Kind.MONEY, D(4_150_000_000), "USD")


def test_qualifier_before_money() -> None:
    claim = figure_at("Il a investi au moins 380 milliards de yuans.", "380", "fr")
    expect(claim, Kind.MONEY, D(380_000_000_000), "CNY", Qualifier.AT_LEAST)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Gas closed at 84.6p a therm.", "84.6p", D("0.846")),
        ("It will pay 9.4p a share.", "9.4p", D("0.094")),
        ("A stamp costs 120 pence.", "120 pence", D("1.2")),
    ],
)
def test_pence(text: str, anchor: str, value: Decimal) -> None:
    expect(figure_at(text, anchor, "en"), Kind.MONEY, value, "GBP")


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value"),
    [
        ("en", "The club lost £14m before tax.", "£14m", D(14_000_000)),
        ("fr", "Le club a perdu 3 millions d'euros l'an dernier.", "3 millions", D(3_000_000)),
        ("en", "Revenue decreased $1.2 million in the quarter.", "$1.2 million", D(-1_200_000)),
    ],
)
def test_a_loss_is_an_amount_a_decrease_is_signed(
    lang: str, text: str, anchor: str, value: Decimal
) -> None:
    assert figure_at(text, anchor, lang).value == value


@pytest.mark.parametrize("space", [" ", NBSP, NNBSP], ids=["space", "nbsp", "nnbsp"])
def test_space_after_a_currency_sign(space: str) -> None:
    expect(
        figure_at(f"It borrowed ${space}1.8 bln.", "1.8", "en"), Kind.MONEY, D(1_800_000_000), "USD"
    )
    expect(
        figure_at(f"Il a levé 12{space}M€ en mai.", "12", "fr"), Kind.MONEY, D(12_000_000), "EUR"
    )


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value", "unit"),
    [
        ("fr", "Le billet coûte 1 000 CZK à Prague.", "1 000 CZK", D(1000), "CZK"),
        ("en", "The room costs 500 AED a night.", "500 AED", D(500), "AED"),
        ("fr", "Il a reçu 2 millions de CHF.", "2 millions de CHF", D(2_000_000), "CHF"),
        ("en", "It raised MXN 1.2bn in bonds.", "MXN 1.2bn", D(1_200_000_000), "MXN"),
        (
            "fr",
            "La Bourse a levé 300 millions de SEK.",
            "300 millions de SEK",
            D(300_000_000),
            "SEK",
        ),
        ("en", "The fund holds NZ$2bn.", "NZ$2bn", D(2_000_000_000), "NZD"),  # a CLDR symbol
        ("fr", "Le contrat vaut 3 M$AU.", "3 M$AU", D(3_000_000), "AUD"),  # a CLDR symbol
    ],
)
def test_every_iso_code_and_cldr_symbol_is_a_currency(
    lang: str, text: str, anchor: str, value: Decimal, unit: str
) -> None:
    """Codes and symbols come from CLDR (Babel), not from a hand list."""
    expect(figure_at(text, anchor, lang), Kind.MONEY, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "All 500 employees will keep their jobs.",  # ALL: Albanian lek
        "It is in the top 10 of the ranking.",  # TOP: Tongan paʻanga
        "They won the cup 2 years ago.",  # CUP: Cuban peso
        "The mop 3 model sold well.",  # MOP: Macanese pataca
        "A bam 5 times louder.",  # BAM: convertible mark
        "ALL 500 EMPLOYEES GET A TOP 10 BONUS",  # a headline in capitals
    ],
)
def test_codes_that_are_words_are_no_currency(text: str) -> None:
    """Only a code written in capitals counts, and not in a sentence in capitals."""
    assert [c for c in claims_of(text, "en") if c.kind is Kind.MONEY] == []
