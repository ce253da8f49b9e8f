"""The vocabulary data files (claims/extract/lang/*.toml): one line of data is
one new word, and a bad file says which file, key and line."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from claims.article import prepare_text
from claims.extract import Lexicon, extract_claims, lexicon
from claims.extract.vocabulary import VocabularyError, packaged_path
from claims.model import Article, Claim, Kind, Language

D = Decimal


def figures(text: str, language: str, vocabulary: Lexicon | None = None) -> list[Claim]:
    article = Article(language=Language(language), text=prepare_text(text))
    claims = extract_claims(article, vocabulary=vocabulary)
    return [c for c in claims if c.kind is not Kind.STATEMENT]


def with_line(tmp_path: Path, language: str, after: str, line: str) -> Lexicon:
    """The packaged vocabulary of ``language`` with ``line`` inserted after the
    line ``after`` (which must occur once), loaded through the public loader."""
    text = packaged_path(language).read_text(encoding="utf-8")
    assert text.count(f"\n{after}\n") == 1, after
    path = tmp_path / f"{language}.toml"
    path.write_text(text.replace(f"\n{after}\n", f"\n{after}\n{line}\n"), encoding="utf-8")
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(text.splitlines()) + 1
    return Lexicon.load(path)


def test_packaged_vocabularies_load_once() -> None:
    for language in Language:
        assert lexicon(language) is lexicon(language.value)
        assert lexicon(language).language is language
        assert lexicon(language).source == packaged_path(language)


# -- a new word is one line --------------------------------------------------


def test_a_new_unit_is_one_line(tmp_path: Path) -> None:
    text = "The loan runs for 10 yrs at a fixed rate."
    assert [c.kind for c in figures(text, "en")] != [Kind.DURATION]
    vocabulary = with_line(tmp_path, "en", "[durations.units]", 'yrs = "year"')
    [duration] = figures(text, "en", vocabulary)
    assert (duration.quote, duration.kind, duration.value, duration.unit) == (
        "10 yrs",
        Kind.DURATION,
        D(10),
        "year",
    )


@pytest.mark.parametrize(
    ("language", "text", "line", "quote", "value", "unit"),
    [
        (
            "fr",
            "L'État a versé 500 milliards de francs CFA au projet.",
            '"francs CFA" = "XOF"',
            "500 milliards de francs CFA",
            D(500_000_000_000),
            "XOF",
        ),
        ("en", "A ticket costs Rs 450 in Mumbai.", '"Rs" = "INR"', "Rs 450", D(450), "INR"),
    ],
)
def test_a_new_currency_is_one_line(
    tmp_path: Path, language: str, text: str, line: str, quote: str, value: Decimal, unit: str
) -> None:
    assert not [c for c in figures(text, language) if c.kind is Kind.MONEY]
    table = "[currencies.names]" if language == "fr" else "[currencies.symbols]"
    vocabulary = with_line(tmp_path, language, table, line)
    [money] = [c for c in figures(text, language, vocabulary) if c.kind is Kind.MONEY]
    assert (money.quote, money.value, money.unit) == (quote, value, unit)


@pytest.mark.parametrize(
    ("language", "text", "word", "quote"),
    [
        ("fr", "Le titre a sombré de 12 % à l'ouverture.", "sombré", "sombré de 12 %"),
        ("en", "Shares plummeted 12% at the open.", "plummeted", "plummeted 12%"),
    ],
)
def test_a_new_decline_verb_is_one_line(
    tmp_path: Path, language: str, text: str, word: str, quote: str
) -> None:
    [before] = figures(text, language)
    assert before.value == D(12)
    vocabulary = with_line(tmp_path, language, "fall = [", f'    "{word}",')
    [after] = figures(text, language, vocabulary)
    assert (after.quote, after.kind, after.value, after.unit) == (quote, Kind.PERCENT, D(-12), "%")


@pytest.mark.parametrize(
    ("language", "text", "word", "source"),
    [
        (
            "fr",
            "Les prix vont augmenter de 5 %, a tweeté le ministre.",
            "tweeté",
            "le ministre",
        ),
        ("en", "Prices will rise 5%, the minister tweeted.", "tweeted", "the minister"),
    ],
)
def test_a_new_attribution_cue_is_one_line(
    tmp_path: Path, language: str, text: str, word: str, source: str
) -> None:
    [before] = figures(text, language)
    assert before.source is None
    vocabulary = with_line(tmp_path, language, "speech_verbs = [", f'    "{word}",')
    [after] = figures(text, language, vocabulary)
    assert (after.value, after.source) == (D(5), source)


def test_a_desk_file_adds_its_words_to_the_packaged_ones(tmp_path: Path) -> None:
    desk = tmp_path / "desk.toml"
    desk.write_text('[changes]\nfall = ["sombré"]\n\n[currencies.names]\n"francs CFA" = "XOF"\n')
    vocabulary = lexicon("fr").extended(desk)
    text = "Le titre a sombré de 12 %, après un recul de 3 % et 500 millions de francs CFA."
    found = {c.quote: (c.value, c.unit) for c in figures(text, "fr", vocabulary)}
    assert found == {
        "sombré de 12 %": (D(-12), "%"),
        "recul de 3 %": (D(-3), "%"),  # the packaged verbs are still there
        "500 millions de francs CFA": (D(500_000_000), "XOF"),
    }


def test_a_vocabulary_reads_only_its_language() -> None:
    with pytest.raises(ValueError, match=r"fr vocabulary .* cannot read a en article"):
        figures("Prices rose 5%.", "en", lexicon("fr"))


def test_a_desk_file_keeps_the_language(tmp_path: Path) -> None:
    desk = tmp_path / "desk.toml"
    desk.write_text('language = "en"\n')
    with pytest.raises(VocabularyError, match="changes the language"):
        lexicon("fr").extended(desk)


# -- a bad file says where ---------------------------------------------------


def broken(tmp_path: Path, old: str, new: str, language: str = "fr") -> Path:
    """A copy of the packaged vocabulary with ``old`` replaced by ``new``."""
    text = packaged_path(language).read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / f"{language}.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "key", "message"),
    [
        (
            '"au minimum" = "at_least"',
            '"au minimum" = "at least"',
            'qualifiers.before."au minimum"',
            "'at_least'",
        ),
        ("milliard = 1_000_000_000", 'milliard = "beaucoup"', "scales.milliard", "decimal"),
        ("milliard = 1_000_000_000", "milliard = -1", "scales.milliard", "greater than 0"),
        ('dollars = "USD"', 'dollars = "XYZ"', "currencies.names.dollars", "ISO 4217"),
        ('"ans" = "year"', '"ans" = "years"', "durations.units.ans", "'year'"),
        ('    "augment*",', '    "aug*ment",', "changes.rise[0]", "end of a word"),
        ("rise = [", "rsie = [", "changes.rsie", "unknown key"),
        ('"sept." = 9', '"sept." = 13', 'dates.months."sept."', "less than or equal to 12"),
    ],
)
def test_a_bad_entry_names_the_file_the_key_and_the_line(
    tmp_path: Path, old: str, new: str, key: str, message: str
) -> None:
    path = broken(tmp_path, old, new)
    with pytest.raises(VocabularyError) as caught:
        Lexicon.load(path)
    error = caught.value
    assert (error.path, error.key) == (path, key)
    assert error.line == line_of(path, new.strip())
    assert message in error.message
    assert str(error).startswith(f"{path}:{error.line}: {key}:")


def test_a_regex_that_does_not_compile_is_refused(tmp_path: Path) -> None:
    old = "pledged = 'pledged(?!\\s(?:a|an|the)\\b)'"
    path = broken(tmp_path, old, "pledged = 'pledged(?!\\s(?:a|an|the)\\b'", "en")
    with pytest.raises(VocabularyError, match="does not compile") as caught:
        Lexicon.load(path)
    assert caught.value.key == "attribution.speech_patterns.pledged"
    assert caught.value.line == line_of(path, "pledged = ")


def test_a_missing_section_is_named(tmp_path: Path) -> None:
    text = packaged_path("fr").read_text(encoding="utf-8")
    path = tmp_path / "fr.toml"
    path.write_text(text[: text.index("[statements]")], encoding="utf-8")
    with pytest.raises(VocabularyError, match="missing") as caught:
        Lexicon.load(path)
    assert caught.value.key == "statements"


def test_bad_toml_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('language = "fr"\n[scales]\nmilliard 1000\n', encoding="utf-8")
    with pytest.raises(VocabularyError, match="not valid TOML") as caught:
        Lexicon.load(path)
    assert (caught.value.path, caught.value.line) == (path, 3)


def test_a_missing_file_is_a_vocabulary_error(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError, match="cannot be read"):
        Lexicon.load(tmp_path / "nowhere.toml")


def test_every_packaged_word_list_is_in_both_files() -> None:
    """The two files fill the same keys: a list one language leaves empty says so."""

    def keys(table: dict[str, object], prefix: str = "") -> set[str]:
        found = set()
        for key, value in table.items():
            if isinstance(value, dict) and not all(
                isinstance(v, str | int) for v in value.values()
            ):
                found |= keys(value, f"{prefix}{key}.")  # type: ignore[arg-type]
            else:
                found.add(prefix + key)
        return found

    import tomllib

    french, english = (
        tomllib.loads(packaged_path(lang).read_text(encoding="utf-8")) for lang in ("fr", "en")
    )
    assert keys(french) == keys(english)


def test_a_copy_of_the_packaged_file_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "fr.toml"
    shutil.copy(packaged_path("fr"), path)
    text = "Le chiffre d'affaires a chuté de 1,75 % à 32,58 milliards de dollars."
    assert figures(text, "fr", Lexicon.load(path)) == figures(text, "fr")
