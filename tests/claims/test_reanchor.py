"""Carrying a sheet over to its article's changed text (``claims.reanchor``):
every claim kept with its work, spans following their words, changed words
flagged, figures of new passages added, and nothing re-added that a checker
deleted."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.article import read_article
from claims.editing import edited, status_change, with_history
from claims.extract import extract_sheet
from claims.model import Article, Evidence, Sheet, Status
from claims.reanchor import reanchor
from claims.resources import sample_article
from claims.sheet import dump_sheet, loads_sheet
from claims.textmap import TextMap, typographic_key

NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)


@functools.cache
def _sample() -> Sheet:
    return extract_sheet(read_article(sample_article()))


@pytest.fixture
def sheet(sample_path: Path) -> Sheet:
    """The sample, extracted, with a verdict, a note and evidence on c5."""
    extracted = extract_sheet(read_article(sample_path))
    claim = extracted.claim("c5")
    values = {
        **status_change(claim, Status.VERIFIED, "Camille", NOW),
        "note": "Part de marché IDC 2024.",
        "evidence": [Evidence(url="https://example.org/idc", title="IDC")],
    }
    extracted.claims[extracted.claims.index(claim)] = edited(claim, values)
    return extracted


def _with_text(sheet: Sheet, text: str) -> Article:
    return sheet.article.model_copy(update={"text": text})


def _carry(sheet: Sheet, text: str) -> tuple[Sheet, object]:
    result = reanchor(sheet, _with_text(sheet, text), extract_sheet, "Dominique", NOW)
    assert result is not None
    return result.sheet, result


def test_text_inserted_before_moves_every_claim_unflagged(sheet: Sheet) -> None:
    carried, result = _carry(sheet, "Mise à jour : précisions. " + sheet.article.text)
    assert [c.quote for c in carried.claims] == [c.quote for c in sheet.claims]
    assert all(not c.text_changed for c in carried.claims)
    assert carried.claim("c5").status is Status.VERIFIED
    assert carried.claim("c5").evidence == sheet.claim("c5").evidence
    assert carried.claim("c5").span[0] == sheet.claim("c5").span[0] + 26
    assert "24 claims re-anchored, 0 new figures found" in result.summary()  # type: ignore[attr-defined]


def test_words_rewritten_inside_a_quote_are_quoted_and_flagged(sheet: Sheet) -> None:
    claim = sheet.claim("c5")
    start, end = claim.span
    text = sheet.article.text
    new_quote = claim.quote.replace("tiers", "quart")
    carried, result = _carry(sheet, text[:start] + new_quote + text[end:])
    moved = carried.claim("c5")
    assert moved.quote == new_quote and moved.text_changed
    assert moved.status is Status.VERIFIED and moved.note == "Part de marché IDC 2024."
    entry = next(e for e in reversed(moved.history) if e.field == "quote")
    assert moved.value == Decimal("0.25")  # "un quart": the value its words now say
    assert (entry.field, entry.old, entry.new, entry.by) == (
        "quote",
        claim.quote,
        new_quote,
        "Dominique",
    )
    assert new_quote in moved.sentence
    assert result.changed == ("c5",)  # type: ignore[attr-defined]
    assert sum(c.text_changed for c in carried.claims) == 1


def test_a_claim_whose_words_were_deleted_keeps_its_verdict_on_an_empty_span(sheet: Sheet) -> None:
    claim = sheet.claim("c5")
    start, end = claim.span
    text = sheet.article.text
    carried, result = _carry(sheet, text[:start] + text[end:])
    kept = carried.claim("c5")
    assert kept.quote == "" and kept.span == (start, start) and kept.text_changed
    assert kept.status is Status.VERIFIED
    assert result.removed == ("c5",)  # type: ignore[attr-defined]
    assert "1 claim's text deleted" in result.summary()  # type: ignore[attr-defined]
    again = loads_sheet(dump_sheet(carried))  # the flag and the empty span survive a save
    assert again.claim("c5").text_changed and again.claim("c5").span == (start, start)


def test_figures_of_a_new_passage_are_added_with_new_ids(sheet: Sheet) -> None:
    text = sheet.article.text
    cut = text.index("\n") + 1
    passage = "Le groupe a embauché 1 200 ingénieurs en 2024, soit 15 % de plus.\n"
    carried, result = _carry(sheet, text[:cut] + passage + text[cut:])
    added = [carried.claim(i) for i in result.added]  # type: ignore[attr-defined]
    assert [c.id for c in added] == ["c25", "c26", "c27"]
    assert {c.value for c in added} >= {Decimal(1200), Decimal(15)}
    assert all(c.status is Status.UNCHECKED for c in added)
    assert carried.last_id == 27
    assert "3 new figures found" in result.summary()  # type: ignore[attr-defined]


def test_a_claim_the_checker_deleted_is_not_added_back(sheet: Sheet) -> None:
    gone = sheet.claim("c3")
    trimmed = sheet.model_copy(update={"claims": [c for c in sheet.claims if c.id != "c3"]})
    carried, result = _carry(trimmed, trimmed.article.text + "\n\nUne phrase sans chiffre.")
    assert gone.quote not in [c.quote for c in carried.claims]
    assert result.added == ()  # type: ignore[attr-defined]


def test_new_ids_never_reuse_a_deleted_one(sheet: Sheet) -> None:
    trimmed = sheet.model_copy(update={"claims": sheet.claims[:-2], "last_id": 24})
    _carried, result = _carry(trimmed, trimmed.article.text + "\n\nIl a vendu 300 voitures.")
    assert result.added == ("c25",)  # type: ignore[attr-defined]


def test_a_cancelled_extraction_carries_nothing(sheet: Sheet) -> None:
    assert reanchor(sheet, _with_text(sheet, sheet.article.text + " Fin."), lambda _a: None) is None


def test_the_text_map_follows_words_and_flags_rewrites() -> None:
    old = "Il a vendu 29 voitures en 2024."
    new = "Hier, il a vendu 30 voitures neuves en 2024."
    text_map = TextMap(old, new)
    assert new[slice(*text_map.span((11, 22)))] == "30 voitures"  # rewritten digits come in
    assert new[slice(*text_map.span((26, 30)))] == "2024"
    assert new[slice(*text_map.span((23, 25)))] == "en"  # "neuves " inserted before stays out
    assert text_map.touches_change(*text_map.span((11, 22)))
    assert not text_map.touches_change(*text_map.span((26, 30)))


def test_a_word_rewritten_is_replaced_whole() -> None:
    """Reported: "troisième centre" edited to "quatrième centre" was quoted
    "trième centre" (a character diff keeps the letters both words share)."""
    old = "son troisième centre de données en Malaisie"
    new = "son quatrième centre de données en Malaisie"
    text_map = TextMap(old, new)
    assert new[slice(*text_map.span((4, 31)))] == "quatrième centre de données"
    assert new[slice(*text_map.span((35, 43)))] == "Malaisie"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 3_500), st.integers(0, 40), st.text("abc 12,%.\n", max_size=12)),
        max_size=6,
    )
)
def test_any_edit_keeps_every_claim_anchored_and_flags_every_changed_quote(
    edits: list[tuple[int, int, str]],
) -> None:
    sample_sheet = _sample()
    text = sample_sheet.article.text
    for position, length, insert in edits:
        position = min(position, len(text))
        text = text[:position] + insert + text[position + length :]
    article = _with_text(sample_sheet, text)
    result = reanchor(sample_sheet, article, lambda a: Sheet(article=a, claims=[]))
    assert result is not None  # Sheet() validated every span against the new text
    for before, after in zip(sample_sheet.claims, result.sheet.claims, strict=True):
        assert after.id == before.id and after.status is before.status
        words_changed = typographic_key(after.quote) != typographic_key(before.quote)
        assert after.text_changed == words_changed


def _paragraphs(text: str) -> list[str]:
    return text.split("\n")


def test_a_moved_paragraph_keeps_its_claims_unflagged(sheet: Sheet) -> None:
    """Reported: moving a paragraph made its verified claims "deleted" and
    brought their words back as new, unchecked claims."""
    lines = _paragraphs(sheet.article.text)
    index = next(i for i, line in enumerate(lines) if "29 centres" in line)
    moved = [lines[0], lines[index], *lines[1:index], *lines[index + 1 :]]
    carried, result = _carry(sheet, "\n".join(moved))
    assert result.added == () and result.changed == () and result.removed == ()  # type: ignore[attr-defined]
    assert [c.quote for c in carried.claims] == [c.quote for c in sheet.claims]
    assert not any(c.text_changed for c in carried.claims)


def test_reversed_paragraphs_never_put_a_verdict_on_other_words(sheet: Sheet) -> None:
    carried, result = _carry(sheet, "\n".join(reversed(_paragraphs(sheet.article.text))))
    for before, after in zip(sheet.claims, carried.claims, strict=False):
        assert after.quote in (before.quote, "")  # its own words, or none
    assert result.added == ()  # type: ignore[attr-defined]


def test_a_figure_rewritten_into_another_is_gone_and_the_new_ones_added(sheet: Sheet) -> None:
    """Reported: "29 centres de données" rewritten "87 zones de disponibilité
    dans 29 régions" moved the verdict onto "87 zones de disponibilité"."""
    claim = next(c for c in sheet.claims if c.quote == "29 centres de données")
    start, end = claim.span
    text = sheet.article.text
    new = text[:start] + "87 zones de disponibilité dans 29 régions" + text[end:]
    carried, result = _carry(sheet, new)
    gone = carried.claim(claim.id)
    assert gone.quote == "" and gone.text_changed
    assert {carried.claim(i).quote for i in result.added} >= {"87 zones de disponibilité"}  # type: ignore[attr-defined]


def test_typography_alone_flags_nothing_and_adds_nothing(sheet: Sheet) -> None:
    """Reported: a no-break space before "%" (French typography) or a
    straight apostrophe flagged claims and brought back deleted figures."""
    deleted = next(c for c in sheet.claims if "%" in c.quote)
    trimmed = sheet.model_copy(update={"claims": [c for c in sheet.claims if c is not deleted]})
    text = trimmed.article.text.replace(" %", "\u00a0%").replace("’", "'").replace(" de ", "  de ")
    carried, result = _carry(trimmed, text)
    assert not any(c.text_changed for c in carried.claims)
    assert result.added == () and result.changed == ()  # type: ignore[attr-defined]
    assert all(c.quote == text[c.span[0] : c.span[1]] for c in carried.claims)


@pytest.mark.parametrize(
    ("old", "new", "quote", "expected"),
    [
        (
            "Ils reculent de 0,1 % en mai.",
            "Les prix baissent de 0,1 % en mai.",
            "reculent de 0,1 %",
            "baissent de 0,1 %",
        ),
        (
            "Elle avait augmenté de 7 % hier.",
            "Elle avait, selon Reuters, bondi de 7 % hier.",
            "augmenté de 7 %",
            "bondi de 7 %",
        ),
    ],
)
def test_a_rewritten_quote_takes_no_neighbouring_words(
    old: str, new: str, quote: str, expected: str
) -> None:
    text_map = TextMap(old, new)
    start = old.index(quote)
    assert new[slice(*text_map.span((start, start + len(quote))))] == expected


def test_a_figure_whose_number_was_deleted_is_gone_not_a_sign() -> None:
    article = Article(language="fr", text="Le taux atteint 100 % cette année.")
    sheet = extract_sheet(article)
    [claim] = [c for c in sheet.claims if c.quote == "100 %"]
    carried, _result = _carry(sheet, "Le taux atteint % cette année.")
    assert carried.claim(claim.id).quote == ""


def test_a_long_text_shuffled_keeps_every_quote_bounded() -> None:
    """Reported: a reordered long article gave every claim the whole text
    as its quote, and a 2 MB one ran out of memory."""
    sample = _sample()
    lines = [f"{line} ({n})" for n, line in enumerate(sample.article.text.split("\n") * 20)]
    article = Article(language=sample.article.language, text="\n".join(lines))
    big = extract_sheet(article)
    shuffled = lines[1::2] + lines[::2]
    carried, _result = _carry(big, "\n".join(shuffled))
    for before, after in zip(big.claims, carried.claims, strict=False):
        assert after.quote in (before.quote, "") or len(after.quote) <= 2 * len(before.quote)
    kept = sum(c.quote == b.quote for b, c in zip(big.claims, carried.claims, strict=False))
    assert kept == len(big.claims)  # every sentence moved whole: every claim found again


def test_a_rewritten_figure_takes_the_value_its_words_now_say(sheet: Sheet) -> None:
    claim = next(c for c in sheet.claims if c.quote == "29 centres de données")
    start, _end = claim.span
    text = sheet.article.text
    carried, _result = _carry(sheet, text[:start] + "31" + text[start + 2 :])
    moved = carried.claim(claim.id)
    assert (moved.quote, moved.value, moved.text_changed) == ("31 centres de données", 31, True)
    assert [(e.field, e.old, e.new) for e in moved.history[-2:]] == [
        ("quote", "29 centres de données", "31 centres de données"),
        ("value", Decimal(29), Decimal(31)),
    ]


def test_a_value_the_checker_corrected_is_kept(sheet: Sheet) -> None:
    claim = next(c for c in sheet.claims if c.quote == "29 centres de données")
    corrected = edited(claim, with_history(claim, {"value": Decimal(28)}, "Camille", NOW))
    sheet.claims[sheet.claims.index(claim)] = corrected
    start = claim.span[0]
    text = sheet.article.text
    carried, _result = _carry(sheet, text[:start] + "31" + text[start + 2 :])
    assert carried.claim(claim.id).value == Decimal(28)


def test_swapped_paragraphs_keep_every_claim(sheet: Sheet) -> None:
    lines = _paragraphs(sheet.article.text)
    lines[7], lines[10] = lines[10], lines[7]
    carried, result = _carry(sheet, "\n".join(lines))
    assert result.removed == () and result.changed == ()  # type: ignore[attr-defined]
    assert [c.quote for c in carried.claims] == [c.quote for c in sheet.claims]


def test_words_changed_after_the_quote_update_its_sentence(sheet: Sheet) -> None:
    """Reported: "actuels" rewritten "prévus" after "29 centres de données"
    left the claim with a sentence no longer in the article."""
    claim = next(c for c in sheet.claims if c.quote == "29 centres de données")
    text = sheet.article.text.replace(
        "29 centres de données actuels", "29 centres de données prévus"
    )
    carried, _result = _carry(sheet, text)
    kept = carried.claim(claim.id)
    assert kept.quote == claim.quote and not kept.text_changed
    assert "données prévus" in kept.sentence and kept.sentence in text
