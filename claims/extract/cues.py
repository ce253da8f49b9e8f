"""Attribution cues: the places where a sentence names who speaks.

A cue is "selon X", "d'après X", "X a annoncé", "according to X", "X said",
"said X", "a déclaré à Reuters X", "she said", or an estimate ("le consensus
des analystes", "analysts polled by Bloomberg expected"). Each language has
a table of small named cue rules (:data:`CUE_RULES`), tried in order, an
earlier cue winning an overlap; their shapes are here, word order being a
matter of grammar, and every word comes from the vocabulary's
``[attribution]`` (speech verbs, speaker nouns, openers, outlets...).
:mod:`claims.extract.attribution` then decides which cue a figure takes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claims.extract.lexicon import Lexicon, any_of, joiners
from claims.model import Language

_UP = "A-ZÀ-ÖØ-ÞŒ"
_OUTLET = rf"[{_UP}][\w'’.&-]*(?:\s[{_UP}][\w'’.&-]*)*?"
_APPOSITION = r"(?:\s\([^()]{1,40}\))?(?:,\s[^,;.«»“”]{1,80},)?"


@dataclass(frozen=True)
class Cue:
    """An attribution cue at ``[start, end)`` of the sentence naming ``source``.

    ``main`` is false for a cue naming an estimate or forecast ("consensus
    des analystes"), true for a speech cue that may carry over to the next
    sentences of the paragraph. ``via`` names the outlet that relayed the
    words when the text says so ("a déclaré à Reuters Jeanne Martin": source
    Jeanne Martin, via Reuters). ``frames`` marks a speaker named before the
    verb ("Dana Whitfield said ..."), whose words run to the sentence end.
    """

    start: int
    end: int
    source: str
    main: bool = True
    via: str | None = None
    frames: bool = False


@dataclass(frozen=True)
class _Words:
    """The regex fragments of one language's attribution words."""

    speech: str
    present: str
    aux: str
    adverb: str
    times: str
    titles: str
    articles: str
    elided: str
    pronouns: str
    capitalised_pronouns: str
    np: str
    cap: str


def _words(lex: Lexicon) -> _Words:
    a = lex.words.attribution
    speech = "|".join(filter(None, [any_of(a.speech_verbs), *a.speech_patterns.values()]))
    adverb = f"(?:\\s(?:{any_of(a.adverbs, names=lex.names)}))?" if a.adverbs else ""
    particles = rf"|(?:{any_of(a.name_particles)})\s?[\w'’-]+" if a.name_particles else ""
    links = "".join(f"|{re.escape(link)}" for link in a.name_links)
    not_link = "".join(rf"(?<!\s{re.escape(link)})" for link in a.name_links)
    np_particles = (*a.name_particles, *(w for w in a.name_links if w.isalpha()), *a.articles)
    return _Words(
        speech=speech,
        present=any_of(a.speech_verbs_present),
        aux=any_of(a.auxiliaries),
        adverb=adverb,
        times=any_of(a.speech_times, names=lex.names),
        titles=joiners(a.title_determiners),
        articles=joiners(a.articles),
        elided=f"(?:{any_of(w for w in a.articles if w.endswith(chr(39)))})?",
        pronouns=any_of(a.pronouns),
        capitalised_pronouns="|".join(re.escape(p.capitalize()) for p in a.pronouns),
        np=(rf"[^\W\d_][\w'’.&-]*(?:\s(?:{joiners(np_particles)})?[\w'’.&()-]+){{0,11}}?"),
        cap=(
            rf"(?<!\w)(?!(?i:{any_of(a.determiners)})\b)(?:[{_UP}][\w'’.&-]*)"
            rf"(?:\s(?:[{_UP}][\w'’.&-]*{particles}{links}))*{not_link}"
        ),
    )


@dataclass(frozen=True)
class CueRule:
    """A named cue shape: ``pattern`` builds its regex from the words of a
    lexicon (``None`` when the language has no words for it); ``main`` and
    ``frames`` as for :class:`Cue`."""

    name: str
    pattern: Callable[[Lexicon, _Words], str | None]
    main: bool = True
    frames: bool = False


def _opener(lex: Lexicon, w: _Words) -> str | None:
    """ "selon X", "d'après X", "according to X", "selon ce qu'a annoncé X"."""
    a = lex.words.attribution
    if not a.source_openers:
        return None
    exclude = rf"(?!(?:{any_of(a.not_sources)})\b)" if a.not_sources else ""
    relative = (
        rf"(?:(?:{any_of(a.relative_speech)})(?:{w.aux})\s(?:{w.speech})\s)?"
        if a.relative_speech
        else ""
    )
    return rf"\b(?i:{any_of(a.source_openers)})\s{exclude}{relative}(?P<src>{w.np})(?=[,.;:)]|$)"


def _forecasters(lex: Lexicon, w: _Words) -> str:
    """ "analysts polled by Bloomberg expected", "les analystes tablaient sur"."""
    a = lex.words.attribution
    polled = rf"(?:\s(?:{any_of(a.polled_by)})\s[A-Z]\w+)?" if a.polled_by else ""
    forecasters = f"(?i:{any_of(a.forecasters)})"
    return (
        rf"\b(?P<src>(?:{any_of(a.consensus)})\s(?:[A-Z]\w+\s)?(?:{joiners(a.consensus_of)})\s?"
        rf"{forecasters}|(?:{w.articles})?{forecasters}{polled})\b"
        rf"(?=[^.]*?\b(?:{any_of(a.forecast_verbs)}))"
    )


_FRENCH: tuple[CueRule, ...] = (
    CueRule(
        "speech relayed by an outlet",  # "a déclaré à Reuters Jeanne Martin"
        lambda lex, w: (
            rf"(?:{w.aux})\s(?:{w.speech})\s(?:{any_of(lex.words.attribution.via_words)})\s"
            rf"{w.elided}(?P<via>{_OUTLET})\s(?:(?:{w.titles})[^,.;]{{1,80}},\s)?(?P<src>{w.cap})"
        ),
    ),
    CueRule(
        "speech, then a title and a name",  # "a précisé son directeur financier, X"
        lambda lex, w: (
            rf"(?:{w.aux})\s(?:{w.speech})(?:\s(?:{w.times}))?\s(?:{w.titles})"
            rf"[^,.;]{{1,80}},\s(?P<src>{w.cap})"
        ),
    ),
    CueRule("opener", _opener),
    CueRule(
        "opinion opener",  # "Pour la Fédération (FNES), ..."
        lambda lex, w: (
            rf"(?:^|(?<=[»”\"]\s))(?i:{any_of(lex.words.attribution.opinion_openers)})\s"
            rf"(?:(?i:{w.articles}))?(?P<src>{w.cap})(?:\s\([^()]{{1,20}}\))?(?=,)"
        ),
    ),
    CueRule(
        "name in commas, then speech",  # "..., X, a indiqué"
        lambda lex, w: (
            rf"(?<=,\s)(?P<src>{w.cap}),{w.adverb}\s(?:{w.aux}){w.adverb}\s(?:{w.speech})\b"
        ),
        frames=True,
    ),
    CueRule(
        "speech after a quote",  # "», souligne son président, X"
        lambda lex, w: (
            rf"[,»”]\s(?:{w.present}|{w.speech})\s(?:(?:{w.titles})"
            rf"[^,.;{_UP}]{{1,60}}?(?:,\s|\s(?=[{_UP}])))?(?P<src>{w.elided}{w.cap})"
        ),
    ),
    CueRule(
        "speaker noun opening the sentence",  # "Le ministère indique"
        lambda lex, w: (
            rf"^(?P<src>(?i:{w.articles})(?:{any_of(lex.words.attribution.speaker_nouns)})"
            rf"(?:\s(?:{joiners(lex.words.counts.noun_joiners)})[\w'’-]+)?)"
            rf"{_APPOSITION}{w.adverb}\s(?:(?:{w.aux})\s(?:{w.speech})|(?:{w.present})(?:nt)?)\b"
        ),
        frames=True,
    ),
    CueRule(
        "inverted pronoun",  # "a-t-il déclaré", "prévoit-elle"
        lambda lex, w: (
            rf"(?:{w.aux})-t-(?P<src>{w.pronouns})\s(?:{w.speech})\b"
            rf"|\b(?:{w.present})-t?-?(?P<src2>{w.pronouns})\b"
        ),
    ),
    CueRule(
        "name, then speech",  # "Alibaba a annoncé", "Il avait indiqué"
        lambda lex, w: (
            rf"(?P<src>{w.cap}|{w.capitalised_pronouns}){_APPOSITION}{w.adverb}\s"
            rf"(?:{w.aux}){w.adverb}\s(?:{w.speech})\b"
        ),
        frames=True,
    ),
    CueRule(
        "name, then speech in the present",  # "L'Insee prévoit"
        lambda lex, w: (
            rf"(?P<src>{w.cap}|{w.capitalised_pronouns}){_APPOSITION}{w.adverb}\s"
            rf"(?:{w.present})(?:nt)?\b"
        ),
        frames=True,
    ),
    CueRule(
        "speech, then a name",  # "a annoncé Alibaba"
        lambda lex, w: rf"(?:{w.aux})\s(?:{w.speech})\s(?P<src>{w.cap})",
    ),
    CueRule(
        "speech, then a noun",  # "a indiqué mardi le ministère"
        lambda lex, w: (
            rf"(?:{w.aux})\s(?:{w.speech})(?:\s(?:{w.times}))?\s(?P<src>(?:{w.articles})"
            rf"[^\W\d_][\w'’-]*(?:\s(?:{joiners(lex.words.counts.noun_joiners)})?[\w'’-]+){{0,3}}?)"
            rf"(?=[,.;:)]|\s(?:{w.times})\b|$)"
        ),
    ),
    CueRule(
        "forecast of the consensus",  # "l'estimation du consensus des analystes"
        lambda lex, w: (
            rf"{w.elided}(?:{any_of(lex.words.attribution.forecast_nouns)})s?\s"
            rf"(?:{joiners(lex.words.counts.noun_joiners)})?"
            rf"(?P<src>(?:{any_of(lex.words.attribution.consensus)})\s"
            rf"(?:{joiners(lex.words.attribution.consensus_of)})\s?"
            rf"(?:{any_of(lex.words.attribution.forecasters)})(?:\s[\w-]+)?)"
        ),
        main=False,
    ),
    CueRule("forecasters", _forecasters, main=False),
)
"""French cue rules, in order; ``(?:nt)?`` reads the plural of a present verb ("indiquent")."""


def _subjects(lex: Lexicon, w: _Words) -> str:
    """Speakers before an English speech verb: names, pronouns, groups, roles."""
    a = lex.words.attribution
    groups = f"|(?i:{any_of(a.speaker_groups)})" if a.speaker_groups else ""
    roles = (
        rf"|(?i:{any_of(lex.indefinite)})\s(?:[a-z]+\s)?(?:{any_of(a.speaker_roles)})"
        if a.speaker_roles
        else ""
    )
    return rf"{w.cap}|(?i:{w.pronouns}){groups}|(?i:{w.articles})(?:[a-z]+\s)?[a-z]+{roles}"


_ENGLISH: tuple[CueRule, ...] = (
    CueRule(
        "title, name in commas, speech",  # "its chief executive, Jane Doe, told Reuters"
        lambda lex, w: (
            rf"(?:^|,\s|\s)(?:(?:{w.articles}))?[a-z][\w\s-]{{1,40}},\s(?P<src>{w.cap}),\s"
            rf"(?:(?:{any_of(lex.words.attribution.via_verbs)})\s(?P<via>(?:(?:{w.articles}))?{_OUTLET})\b"
            rf"|(?:{w.speech})\b)"
        ),
        frames=True,
    ),
    CueRule(
        "speech relayed by an outlet",  # "Jane Doe told Reuters"
        lambda lex, w: (
            rf"(?P<src>{w.cap}){_APPOSITION}\s(?:{any_of(lex.words.attribution.via_verbs)})\s"
            rf"(?P<via>(?:(?:{w.articles}))?{_OUTLET})\b"
        ),
        frames=True,
    ),
    CueRule("opener", _opener),
    CueRule(
        "speaker, then speech",  # "Kestrel Labs said", "she said", "a spokesperson said"
        lambda lex, w: (
            rf"(?<!\bby\s)(?P<src>{_subjects(lex, w)}){_APPOSITION}{w.adverb}"
            rf"\s(?:(?:{w.aux})\s)?(?:{w.speech})\b"
        ),
        frames=True,
    ),
    CueRule(
        "speech, then a speaker",  # "said Maria Lopez"
        lambda lex, w: (
            rf"\b(?:{any_of(lex.words.attribution.inverted_speech_verbs)}),?\s"
            rf"(?P<src>{w.cap}|{any_of(lex.words.attribution.pronouns_after_verb)})\b"
        ),
    ),
    CueRule(
        "consensus",  # "the consensus estimate of analysts"
        lambda lex, w: (
            rf"\b(?P<src>(?:{w.articles})?(?:(?:{any_of(lex.words.attribution.forecasters)})['’]?\s)?"
            rf"(?:{any_of(lex.words.attribution.consensus)})"
            rf"(?:\s(?:{any_of(lex.words.attribution.forecast_nouns)}))?"
            rf"(?:\s(?:{any_of(lex.words.attribution.consensus_of)})\s"
            rf"(?:{any_of(lex.words.attribution.forecasters)}|[A-Z]\w+))?)\b"
        ),
        main=False,
    ),
    CueRule("forecasters", _forecasters, main=False),
)
"""English cue rules, in order."""

CUE_RULES: dict[Language, tuple[CueRule, ...]] = {Language.FR: _FRENCH, Language.EN: _ENGLISH}
"""The cue rules of each language: their shapes; the words are the vocabulary's."""


@dataclass(frozen=True)
class _Compiled:
    rules: tuple[tuple[re.Pattern[str], bool, bool], ...]
    gate: tuple[str, ...]
    estimate: re.Pattern[str]
    publisher: re.Pattern[str]
    trailing: re.Pattern[str]


def _compiled(lex: Lexicon) -> _Compiled:
    w = _words(lex)
    a = lex.words.attribution
    rules = []
    for rule in CUE_RULES[lex.language]:
        pattern = rule.pattern(lex, w)
        if pattern is not None:
            rules.append((re.compile(pattern), rule.main, rule.frames))
    determiners = joiners((*a.articles, *lex.indefinite))
    return _Compiled(
        rules=tuple(rules),
        gate=_gate_words(lex),
        estimate=re.compile(rf"(?<!\w)(?:{any_of(a.estimate_words)})", re.IGNORECASE),
        publisher=re.compile(
            rf"^(?:{determiners})?(?:{any_of(a.publications, accents=False)})\b[^,;]*?"
            rf"\s(?:(?:{any_of(a.published_by)})\s(?:\w+\s)?(?:{any_of(a.by)})"
            rf"|{any_of(a.publication_of)})\s(?P<who>.+)$",
            re.IGNORECASE,
        ),
        trailing=re.compile(rf"\s(?:{any_of(a.source_ends, names=lex.names)})\b.*$", re.IGNORECASE),
    )


_AFTER_LEADING_WORD = re.compile(r"[^\w' ].*", re.DOTALL)


def _gate_words(lex: Lexicon) -> tuple[str, ...]:
    """Lowercase words one of which every cue holds: a sentence without any has
    no cue, and is not searched (most sentences of an article)."""
    a = lex.words.attribution
    entries: Sequence[str] = (
        *a.speech_verbs,
        *a.speech_verbs_present,
        *a.inverted_speech_verbs,
        *a.via_verbs,
        *a.source_openers,
        *a.opinion_openers,
        *a.consensus,
        *a.forecasters,
        *a.forecast_nouns,
        *a.estimate_words,
    )
    words = {entry.rstrip("*").lower() for entry in entries}
    # A speech pattern's leading word: "pledged" of "pledged(?!\\s(?:a|an|the)\\b)".
    words |= {_AFTER_LEADING_WORD.sub("", p).lower() for p in a.speech_patterns.values()}
    return tuple(sorted(w for w in words if len(w) >= 3))


def find_cues(sentence: str, lex: Lexicon) -> list[Cue]:
    """The attribution cues of ``sentence`` (a match text), in order."""
    cues: list[Cue] = []
    compiled = lex.compiled(_compiled)
    lowered = sentence.lower()
    if not any(word in lowered for word in compiled.gate):
        return cues
    for pattern, main, frames in compiled.rules:
        for match in pattern.finditer(sentence):
            groups = match.groupdict()
            source = clean(groups.get("src") or groups.get("src2") or "", lex)
            if not source:
                continue
            start, end = match.span()
            if any(not (end <= c.start or start >= c.end) for c in cues):
                continue
            via = groups.get("via")
            # "selon le consensus des analystes": an estimate, not speech.
            speech = main and not compiled.estimate.search(source)
            cues.append(Cue(start, end, source, speech, clean(via, lex) if via else None, frames))
    return sorted(cues, key=lambda c: c.start)


def clean(source: str, lex: Lexicon) -> str:
    """The speaker named in a cue's words: trailing time words dropped, and
    the publisher kept from "les chiffres publiés jeudi par l'ONH"."""
    compiled = lex.compiled(_compiled)
    publisher = compiled.publisher.match(source.strip())
    if publisher is not None:
        source = publisher.group("who")
    source = compiled.trailing.sub("", source.strip())
    return source.strip(" ,.;:'’")
