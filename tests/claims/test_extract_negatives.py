"""Numbers that are not claims: names, tickers, phones, footnotes, page furniture."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.model import Kind
from tests.claims.extraction import claims_of


def figures_over(text: str, anchor: str, lang: str) -> list[str]:
    start = text.index(anchor)
    end = start + len(anchor)
    return [
        c.quote
        for c in claims_of(text, lang)
        if c.kind is not Kind.STATEMENT and c.span[0] < end and start < c.span[1]
    ]


@pytest.mark.parametrize(
    ("lang", "text", "anchor"),
    [
        ("en", "Apple sold the iPhone 15 in 40 countries.", "iPhone 15"),
        ("fr", "Le groupe a migré vers Windows 11 cette année.", "Windows 11"),
        ("fr", "Airbus a livré un A320neo à la compagnie.", "A320neo"),
        ("fr", "La pandémie de Covid-19 a pesé sur les ventes.", "Covid-19"),
        ("en", "Sony sold the PS5 at a loss.", "PS5"),
        ("en", "Alibaba (NYSE:BABA) rose on Monday.", "NYSE:BABA"),
        ("fr", "Contact presse : +33 1 23 45 67 89.", "+33 1 23 45 67 89"),
        ("en", "Media contact: (555) 010-4477.", "(555) 010-4477"),
        ("fr", "Le chiffre d'affaires (1) progresse nettement.", "(1)"),
        ("fr", "Le document AMF D.24-0123 détaille les risques.", "D.24-0123"),
        ("en", "See SEC file No. 001-38245 for the risks.", "001-38245"),
        ("fr", "Il s'exprimera à VivaTech 2023 devant les investisseurs.", "VivaTech 2023"),
        ("fr", "Le ministre a ouvert l'acte II du quinquennat.", "acte II"),
        ("fr", "La séance a ouvert à 8 h 30 à Paris.", "8 h 30"),
        ("en", "Trading opened at 7:30 a.m. in London.", "7:30"),
        ("fr", "La loi n° 2023-1250 du budget a été votée.", "2023-1250"),
    ],
)
def test_not_a_claim(lang: str, text: str, anchor: str) -> None:
    assert figures_over(text, anchor, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Lire aussi : Les 10 chiffres clés du budget 2025"),
        ("fr", "Photo via Shutterstock, 2024"),
        ("en", "Read more: 5 things to know about the 2025 budget"),
        ("fr", "CAC 40 7 512,33 +0,45 % | DAX 18 204,10 -0,12 %"),
    ],
)
def test_page_furniture_holds_no_claim(lang: str, text: str) -> None:
    assert [c.quote for c in claims_of(text, lang) if c.kind is not Kind.STATEMENT] == []


@pytest.mark.parametrize(
    ("lang", "text", "anchor"),
    [
        ("en", "Orders for its Helix 7 accelerators doubled.", "Helix 7"),
        ("en", "Hospitals run it on Windows 11 workstations.", "Windows 11"),
        ("en", "The S&P 500 rose 0.3% on Friday.", "S&P 500"),
        ("fr", "Le CAC 40 avance de 0,5 % à la mi-séance.", "CAC 40"),
        ("en", "The figures were published at 8:30 a.m. in release USDL-25-1843.", "USDL-25-1843"),
        ("en", "The call starts at 5 p.m. in New York.", "5 p.m."),
        ("en", "Full-year results 2024 2023 Change", "2024 2023"),
    ],
)
def test_numbers_of_names_and_headers(lang: str, text: str, anchor: str) -> None:
    assert figures_over(text, anchor, lang) == []


def test_index_move_after_its_name_is_still_found() -> None:
    text = "The S&P 500 rose 0.3% on Friday."
    assert [c.value for c in claims_of(text, "en") if c.kind is Kind.PERCENT] == [Decimal("0.3")]


def test_tournament_year_is_a_name() -> None:
    assert (
        figures_over("Clubs will modernise their grounds before Euro 2028.", "Euro 2028", "en")
        == []
    )
