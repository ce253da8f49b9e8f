"""Attribution: who the article says made a claim ("selon Bloomberg").

A sentence holds *cues*: "selon X", "d'après X", "X a annoncé", "according to
X", "X said", "said X", "a déclaré à Reuters X", "she said", and estimate
cues ("le consensus des analystes", "analysts polled by Bloomberg
expected"). A figure takes, in order of preference:

1. an estimate cue right after it ("$33.08 billion consensus");
2. the speech cue before it in the sentence: the nearest, except that a
   generic subject ("the company expects", "le groupe prévoit") inside a
   named speaker's words ("Dana Whitfield said the company expects ...")
   leaves the figure to the speaker; an estimate cue right before the
   figure, with no other figure between, wins when it is nearer
   ("analysts expected 41 cents", "l'estimation des analystes, qui tablait
   sur 33,08 milliards");
3. the nearest speech cue after it in the same clause ("..., selon
   Bloomberg."), never across a dash or a semicolon (a dateline "Paris, le
   3 mars 2025 – X a annoncé" is not X's claim), and a speaker named before
   its verb only when it ends the sentence ("..., the ministry said.");
4. the main cue of the previous sentence of the same paragraph, so the figures
   that follow "Alibaba a annoncé que..." stay Alibaba's;
5. the cue the paragraph opens with ("Selon l'Insee, ..." governs the
   paragraph);
6. nobody (``None``): the article states it in its own voice.

Pronoun speakers ("she said", "a-t-il lancé", "Elle prévoit") are resolved
by :func:`resolve_pronouns` to the last named speaker of the article.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from claims.model import Language

_UP = "A-ZÀ-ÖØ-ÞŒ"
_NP = (
    r"[^\W\d_][\w'’.&-]*(?:\s(?:de\s|du\s|des\s|of\s|the\s|la\s|le\s|les\s|l')?[\w'’.&()-]+){0,11}?"
)
_OUTLET = rf"[{_UP}][\w'’.&-]*(?:\s[{_UP}][\w'’.&-]*)*?"
_DETERMINERS = (
    r"(?:Le|La|Les|L['’]|Un|Une|Des|Du|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|The|A|An|This|"
    r"That|These|Those|Its|Their|His|Her|Our)\b"
)
_CAP = (
    rf"(?<!\w)(?!{_DETERMINERS})(?:[{_UP}][\w'’.&-]*)(?:\s(?:[{_UP}][\w'’.&-]*|(?:de|du|des)(?:\s(?:la|l['’]))?\s?[\w'’-]+"
    r"|of|&))*(?<!\sof)"
)
_APPOSITION = r"(?:\s\([^()]{1,40}\))?(?:,\s[^,;.«»“”]{1,80},)?"

_TRAILING = {
    Language.FR: r"\s(?:ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
    r"aujourd'hui|jeudi|dans|en|qui|que|lors|à|au|sur|pour|publiée?s?)\b.*$",
    Language.EN: r"\s(?:on|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|in|who|that|which|at|to|for|from|published)\b.*$",
}

_SPEECH = {
    Language.FR: r"annoncé|déclaré|indiqué|affirmé|précisé|rapporté|publié|révélé|communiqué|"
    r"souligné|expliqué|assuré|estimé|fait savoir|confirmé|partagé|rappelé|promis|ajouté|"
    r"averti|prévenu|insisté|reconnu|dévoilé|lancé|martelé|chiffré|prédit|jugé|commenté|"
    r"résumé|noté|observé|relevé|avancé|détaillé",
    Language.EN: r"said|says|announced|reported|estimated|told|stated|noted|"
    r"forecast|projected|predicted|predicts|expects?|expected|disclosed|"
    r"revealed|confirmed|wrote|claimed|unveiled|promised|vowed|warned|"
    r"argued|insisted|guided|announces|called|pledged(?!\s(?:a|an|the)\b)|found|"
    r"showed|concluded|added(?=\s+that\b|,)",
}
_PRESENT_FR = (
    r"annonce|déclare|indique|affirme|précise|rapporte|estime|explique|assure|souligne|révèle|"
    r"confirme|prévoit|vise|promet|anticipe|ajoute|avertit|dévoile|prédit|"
    r"commente|résume|observe|insiste|prévient|martèle|reconnaît|raconte|relève|juge|"
    r"témoigne|met en avant|souligne|réclame|dénonce|calcule|constate"
)
_SPEAKER_NOUNS_FR = (
    r"ministère|ministre|gouvernement|groupe|société|entreprise|fédération|syndicat|banque|"
    r"cabinet|institut|office|agence|commission|direction|préfecture|parquet|police|mairie|"
    r"notaires?|analystes?|économistes?|experts?|chercheurs?|auteurs?|porte-parole|"
    r"présidente?|directeur|directrice|patronne?|maire|députée?|sénateur|sénatrice|juge|"
    r"procureure?|observatoire|association|fondation|organisation|autorité|régulateur|conseil"
)
"""Nouns that name a speaker when a sentence opens with them ("Le ministère
indique"); "Le texte prévoit" or "Le programme prévoit" name none."""
_WEEKDAYS_FR = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce\s\w+"
_ADVERB = {
    Language.FR: r"(?:\s(?:aussi|également|encore|désormais|lui-même|elle-même))?",
    Language.EN: r"(?:\s(?:today|yesterday|also|now|again|still|on\s[A-Z]\w+day))?",
}

PRONOUNS = frozenset({"he", "she", "they", "it", "il", "elle", "ils", "elles", "lui", "eux"})
"""Speakers that :func:`resolve_pronouns` replaces with the last named one."""

_GENERIC = frozenset(
    {
        "the company",
        "the group",
        "the firm",
        "the bank",
        "la societe",
        "le groupe",
        "l'entreprise",
        "la firme",
    }
)


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


@functools.cache
def _cue_patterns(language: Language) -> list[tuple[re.Pattern[str], bool, bool]]:
    """(pattern, main, frames) triples, tried in order; earlier cues win overlaps."""
    speech = _SPEECH[language]
    adverb = _ADVERB[language]
    patterns: list[tuple[str, bool, bool]]
    if language is Language.FR:
        patterns = [
            (
                rf"(?:a|ont)\s(?:{speech})\s(?:à|au|aux)\s(?:l['’])?(?P<via>{_OUTLET})\s"
                rf"(?:(?:le|la|les|l['’]|son|sa|ses|leur)\s?[^,.;]{{1,80}},\s)?(?P<src>{_CAP})",
                True,
                False,
            ),
            (
                rf"(?:a|ont)\s(?:{speech})(?:\s(?:{_WEEKDAYS_FR}))?\s(?:le|la|les|l['’]|son|sa|ses|leur)"
                rf"\s?[^,.;]{{1,80}},\s(?P<src>{_CAP})",
                True,
                False,
            ),
            (
                rf"\b[Ss]elon\s(?!laquelle|lequel|lesquel|moi\b|nous\b|vous\b)"
                rf"(?:ce\squ['’](?:a|ont|avait|avaient)\s(?:{speech})\s)?(?P<src>{_NP})(?=[,.;:)]|$)",
                True,
                False,
            ),
            (rf"\b[Dd]['’]après\s(?P<src>{_NP})(?=[,.;:)]|$)", True, False),
            (
                rf"(?:^|(?<=[»”\"]\s))[Pp]our\s(?:(?:la|le|les|l['’])\s?)?(?P<src>{_CAP})"
                rf"(?:\s\([^()]{{1,20}}\))?(?=,)",
                True,
                False,
            ),
            (
                rf"(?<=,\s)(?P<src>{_CAP}),{adverb}\s(?:a|ont|avait|avaient){adverb}\s(?:{speech})\b",
                True,
                True,
            ),
            (
                rf"[,»”]\s(?:{_PRESENT_FR}|{speech})\s(?:(?:son|sa|ses|leur|le|la|les|l['’])\s?"
                rf"[^,.;{_UP}]{{1,60}}?(?:,\s|\s(?=[{_UP}])))?(?P<src>(?:l['’])?{_CAP})",
                True,
                False,
            ),
            (
                rf"^(?P<src>(?:Le|La|Les|L['’])\s?(?:{_SPEAKER_NOUNS_FR})"
                rf"(?:\s(?:de|du|des|d['’])\s?[\w'’-]+)?)"
                rf"{_APPOSITION}{adverb}\s(?:(?:a|ont)\s(?:{speech})|(?:{_PRESENT_FR})(?:nt)?)\b",
                True,
                True,
            ),
            (
                rf"(?:a|ont|avait|avaient)-t-(?P<src>il|elle|ils|elles)\s(?:{speech})\b"
                rf"|\b(?:{_PRESENT_FR})-t?-?(?P<src2>il|elle|ils|elles)\b",
                True,
                False,
            ),
            (
                rf"(?P<src>{_CAP}|Il|Elle|Ils|Elles){_APPOSITION}{adverb}\s(?:a|ont|avait|avaient)"
                rf"{adverb}\s(?:{speech})\b",
                True,
                True,
            ),
            (
                rf"(?P<src>{_CAP}|Il|Elle|Ils|Elles){_APPOSITION}{adverb}\s(?:{_PRESENT_FR})(?:nt)?\b",
                True,
                True,
            ),
            (rf"(?:a|ont)\s(?:{speech})\s(?P<src>{_CAP})", True, False),
            (
                rf"(?:a|ont)\s(?:{speech})(?:\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                rf"dimanche|hier|ce\s\w+))?\s(?P<src>(?:le|la|les|l['’])\s?[^\W\d_][\w'’-]*"
                rf"(?:\s(?:de\s|d['’]|du\s|des\s)?[\w'’-]+){{0,3}}?)(?=[,.;:)]|\s(?:lundi|"
                rf"mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b|$)",
                True,
                False,
            ),
            (
                r"(?:l['’])?(?:estimation|prévision)s?\s(?:de\s|du\s|des\s)?"
                r"(?P<src>consensus\s(?:des|d['’])\s?analystes(?:\s[\w-]+)?)",
                False,
                False,
            ),
            (
                r"\b(?P<src>consensus\s(?:[A-Z]\w+\s)?(?:des|d['’])\s?analystes|(?:les\s)?analystes"
                r"(?:\sinterrogés\spar\s[A-Z]\w+)?)\b"
                r"(?=[^.]*?\b(?:tablai\w*|attend\w*|prévo\w*|estim\w*|anticip\w*))",
                False,
                False,
            ),
        ]
    else:
        patterns = [
            (
                rf"(?:^|,\s|\s)(?:the\s)?[a-z][\w\s-]{{1,40}},\s(?P<src>{_CAP}),\s"
                rf"(?:told\s(?P<via>(?:the\s)?{_OUTLET})\b|said\b)",
                True,
                True,
            ),
            (
                rf"(?P<src>{_CAP}){_APPOSITION}\s(?:told|said\sin\san\sinterview\swith)\s"
                rf"(?P<via>(?:the\s)?{_OUTLET})\b",
                True,
                True,
            ),
            (rf"\b[Aa]ccording\sto\s(?P<src>{_NP})(?=[,.;:)]|$)", True, False),
            (
                rf"(?<!\bby\s)(?P<src>{_CAP}|[Ss]he|[Hh]e|[Tt]hey|it|It|"
                rf"(?:[Pp]olice|[Pp]rosecutors|[Oo]fficials|[Ii]nvestigators|[Aa]uthorities|"
                rf"[Rr]esearchers|[Ss]cientists|[Ee]xperts|[Dd]octors|[Ll]awyers)|"
                rf"[Tt]he\s(?:[a-z]+\s)?[a-z]+|[Aa]n?\s(?:[a-z]+\s)?(?:spokes\w+|official|source|"
                rf"representative|executive|person|insider)){_APPOSITION}{adverb}"
                rf"\s(?:has\s|had\s|have\s)?"
                rf"(?:{speech})\b",
                True,
                True,
            ),
            (
                r"\b(?:said|says|told|added|noted|wrote|explained|stated|argued|warned),?\s"
                rf"(?P<src>{_CAP}|she|he|they)\b",
                True,
                False,
            ),
            (
                r"\b(?P<src>(?:the\s)?(?:analysts['’]?\s)?consensus(?:\sestimate)?"
                r"(?:\s(?:of|among)\s(?:analysts|[A-Z]\w+))?)\b",
                False,
                False,
            ),
            (
                r"\b(?P<src>(?:[Aa]nalysts|[Ee]conomists)(?:\s(?:polled|surveyed|questioned|"
                r"interviewed)\sby\s[A-Z]\w+)?)\b"
                r"(?=[^.]*?\b(?:expect\w*|forecast\w*|estimat\w*|predict\w*|had\sexpected))",
                False,
                False,
            ),
        ]
    return [(re.compile(p), main, frames) for p, main, frames in patterns]


@functools.cache
def _cue_words(language: Language) -> tuple[str, ...]:
    """Lowercase words one of which every cue holds: a sentence without any has
    no cue, and is not searched (most sentences of an article)."""
    verbs = f"{_SPEECH[language]}|{_PRESENT_FR if language is Language.FR else ''}"
    plain = re.sub(r"\(\?[!=][^()]*(?:\([^()]*\)[^()]*)*\)", "", verbs)  # drop look-arounds
    words = {w.replace("s?", "").strip() for w in plain.split("|")}
    words |= {"selon", "après", "apres", "according", "pour", "consensus", "analyst"}
    words |= {"économiste", "economist", "estimation", "prévision", "told"}
    return tuple(sorted(w.lower() for w in words if len(w) >= 3))


def find_cues(sentence: str, language: Language) -> list[Cue]:
    """The attribution cues of ``sentence`` (a match text), in order."""
    cues: list[Cue] = []
    lowered = sentence.lower()
    if not any(word in lowered for word in _cue_words(language)):
        return cues
    for pattern, main, frames in _cue_patterns(language):
        for match in pattern.finditer(sentence):
            groups = match.groupdict()
            raw = groups.get("src") or groups.get("src2") or ""
            source = _clean(raw, language)
            if not source:
                continue
            start, end = match.span()
            if any(not (end <= c.start or start >= c.end) for c in cues):
                continue
            via = groups.get("via")
            # "selon le consensus des analystes": an estimate, not speech.
            speech = main and not _ESTIMATE.search(source)
            cues.append(
                Cue(start, end, source, speech, _clean(via, language) if via else None, frames)
            )
    return sorted(cues, key=lambda c: c.start)


_ESTIMATE = re.compile(r"consensus|analyst|économiste|economist|estimation", re.IGNORECASE)


_PUBLISHER = re.compile(
    r"^(?:les?\s|la\s|l['’]|une?\s|the\s|an?\s)?(?:chiffres?|données|statistiques?|"
    r"estimations?|calculs?|relevés?|résultats|figures|data|numbers|statistics|estimates?|"
    r"calculations|études?|enquêtes?|rapports?|notes?|report|study|survey|poll|analysis)\b[^,;]*?"
    r"\s(?:publiée?s?\s(?:\w+\s)?par|compilée?s?\spar|de|du|des|d['’]|published\sby|by|from|of)\s"
    r"(?P<who>.+)$",
    re.IGNORECASE,
)


def _clean(source: str, language: Language) -> str:
    """The speaker named in a cue's words: trailing time words dropped, and
    the publisher kept from "les chiffres publiés jeudi par l'ONH"."""
    publisher = _PUBLISHER.match(source.strip())
    if publisher is not None:
        source = publisher.group("who")
    source = re.sub(_TRAILING[language], "", source.strip(), flags=re.IGNORECASE)
    return source.strip(" ,.;:'’")


def resolve_pronouns(cues: list[Cue], last_named: str | None) -> tuple[list[Cue], str | None]:
    """Replace pronoun speakers with ``last_named``, the last speaker named in
    the paragraph (dropping them when there is none); return the cues and the
    last named speaker after them (to pass to the next sentence)."""
    resolved: list[Cue] = []
    for cue in cues:
        if cue.source.lower() in PRONOUNS:
            if last_named is None:
                continue
            cue = replace(cue, source=last_named)
        elif cue.main:
            last_named = cue.source
        resolved.append(cue)
    return resolved, last_named


def _generic(cue: Cue) -> bool:
    return cue.source.lower().replace("’", "'") in _GENERIC


def source_for(
    start: int,
    end: int,
    cues: list[Cue],
    carried: Cue | None,
    sentence: str = "",
    figure_starts: tuple[int, ...] = (),
) -> Cue | None:
    """The cue giving the source of a figure at ``[start, end)`` (sentence
    offsets of ``sentence``), or ``None``; see the module docstring.
    ``figure_starts`` are the starts of every claim of the sentence."""
    for cue in cues:
        if not cue.main and 0 <= cue.start - end <= 3:
            return cue
    adjacent = [
        c
        for c in cues
        if not c.main
        and c.end <= start
        and not any(c.end <= other < start for other in figure_starts)
    ]
    inside = [c for c in cues if c.main and c.start <= start and end <= c.end]
    if inside:
        return inside[-1]  # "selon une étude de la Drees publiée le 3 mars 2025"
    before = [c for c in cues if c.main and c.end <= start]
    closing = [c for c in cues if c.main and not c.frames and c.start >= end]
    if adjacent and (not before or adjacent[-1].start > before[-1].start):
        if closing and not sentence[closing[-1].end :].strip(" .;"):
            return closing[-1]  # "Analysts had expected $1.79bn, according to LSEG data."
        return adjacent[-1]  # "l'estimation des analystes, qui tablait sur 33,08 milliards"
    if before:
        nearest = before[-1]
        if _generic(nearest):
            framing = [c for c in before if c.frames and not _generic(c)]
            if framing:
                return framing[-1]
            named = [c for c in _after(end, cues, sentence) if not _generic(c)]
            if named:
                return named[0]  # "The company expects $12bn, CFO Dana Whitfield said."
        return nearest
    after = _after(end, cues, sentence)
    if after:
        return after[0]
    return carried


_CLAUSE_END = re.compile(
    r"\s*(?:(?:on\s)?[A-Z]?[a-z]+day|today|yesterday|last\s\w+|in\sa\s\w+|in\san\s\w+|"
    r"mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|dans\sun\s\w+)?\s*(?:[,.;:!?»”\")]|$)"
)


def _after(end: int, cues: list[Cue], sentence: str) -> list[Cue]:
    """Speech cues after a figure that govern it: in its clause (no dash or
    semicolon between), and a speaker named before its verb only when the
    cue ends its clause ("..., the Labor Department said Friday, while ...",
    "..., the CFO said on a call with analysts.") rather than opening a new
    one with figures of its own ("..., Columbus has pledged a $1.5mn fund";
    a date of the speech does not count: "said on Sept. 12, 2025")."""
    return [
        c
        for c in cues
        if c.main
        and c.start >= end
        and not re.search(r"\s[–—]\s|;", sentence[end : c.start])
        and (not c.frames or _ends_clause(c, sentence))
    ]


_DATE_WORDS = re.compile(
    r"\b(?:(?:jan|feb|fév|fev|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|août|sep|oct|nov|dec|déc)"
    r"[a-zéû]*\.?\s)?\d{1,2}(?:er)?(?:,?\s|\s(?:[a-zéû]+\.?\s))?\d{4}\b|\b\d{4}\b",
    re.IGNORECASE,
)


def _ends_clause(cue: Cue, sentence: str) -> bool:
    if _CLAUSE_END.match(sentence, cue.end) is not None:
        return True
    stop = re.compile(r"[;!?]|[,.](?!\d)(?=\s|$)").search(sentence, cue.end)
    clause_end = stop.start() if stop else len(sentence)
    tail = _DATE_WORDS.sub("", sentence[cue.end : clause_end])  # "said on Sept. 12, 2025"
    return not any(ch.isdigit() for ch in tail)


def main_cue(cues: list[Cue], sentence: str = "") -> Cue | None:
    """The speech cue a sentence passes on to the next sentences of its
    paragraph. A speaker named right after a direct quote ("« ... », a
    déclaré X") spoke the quote only, and passes nothing on."""
    for cue in cues:
        if cue.main and not re.search(r"[»”\"]\s?,?\s?$", sentence[: cue.start]):
            return cue
    return None


def opening_cue(cues: list[Cue], sentence: str = "") -> Cue | None:
    """The cue that governs a paragraph: one a sentence opens with ("D'après
    l'Insee, ...")."""
    for cue in cues:
        if cue.main and leads_sentence([cue], sentence):
            return cue
    return None


def leads_sentence(cues: list[Cue], sentence: str = "") -> bool:
    """Whether the sentence opens with a speech cue ("Selon l'Insee, ...",
    "The department's Bureau of Labor Statistics said ...")."""
    for cue in cues:
        if not cue.main:
            continue
        prefix = sentence[: cue.start]
        if cue.start <= 2 or (
            cue.frames and len(prefix.split()) <= 3 and not re.search(r"[,;:]", prefix)
        ):
            return True
    return False
