"""Statistics: the quantities an article claims, parsed and attributed.

Each number found by `analysis.numbers.find_numbers` becomes a statistic when a
unit says what it counts or measures (`۵۱ هزار نفر`, `۲۰ درصد`, `۳ میلیارد دلار`,
`۱۲ میلیون بشکه`, `هفت دیدار`), and is left out when it is a year, a date, a
clock time, a duration, an identifier, an ordinal, a vague amount, an article
`یک`, or a referring phrase (`دو کشور`, `هر دو`, `این چهار کشتی`); the rules are
those of gold/README.md. The qualifier (`بیش از`, `حدود`, …; or after the figure:
`۳۰۰ و اندی نفر`, `از ۵۰ هزار نفر گذشت`, `از ۱۰ درصد کمتر است`) and a change word
(`افزایش`, `کاهش`) next to the number are read, and a number inside a quote gets
the quote's speaker.

`check_listed_counts` compares a stated count with the items the sentence lists
(`سه دیدار … با نمایندگان چین، هند و ترکیه`).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache
from itertools import compress, repeat
from operator import attrgetter
from typing import NamedTuple

from .document import Document, Sentence
from .gazetteer import gazetteer
from .lexicon import quantities as q
from .lexicon import speech
from .lexicon.meetings import GROUP_MEMBERS  # the member states of a group (`IGO:E3`)
from .lexicon.numbers import AMBIGUOUS_WORDS, IRREGULAR_ORDINALS, SCALES
from .numbers import DIGIT, NumberSpan, find_numbers, is_ordinal
from .quotes import Quote
from .text import normalize

ZWNJ = "\u200c"
_WORD = r"[^\W\d_]+(?:[\u200c\u00ad][^\W\d_]+)*"
_GAP = r"[ \u200c]*"  # between words: spaces (ZWNJ counts as a space)
_SYMBOLS = "".join(re.escape(k) for k in q.PERCENT_UNITS if len(k) == 1 and not k.isalpha())
_NEXT_RE = re.compile(rf"{_GAP}({_WORD}|[{_SYMBOLS}])")  # a word, or a percent sign
_PREV_RE = re.compile(rf"({_WORD}){_GAP}$")  # what `_word_before` finds (without this regex)
_DIGIT = DIGIT
_LATIN_WORD_BEFORE_RE = re.compile(r"[A-Za-z][A-Za-z\-]*\s*$")
_CLAUSE_BREAK = "،,:;؛«»()[]\"!?؟."
# How far the rules look around a number, in characters: a few words for the local
# patterns, a clause for `اگر …`. Bounded so that a sentence with thousands of numbers
# stays linear (pathological input), far beyond what any rule reads in real text.
_NEAR = 120
_CLAUSE = 400
_FRACTION_AFTER_RE = re.compile(rf"\s*(?:[/:+]|{q.SCORE_WORD}\s)\s*{_DIGIT}")
_FRACTION_BEFORE_RE = re.compile(rf"{_DIGIT}\s*(?:[/:+]|\s{q.SCORE_WORD})\s*$")
_YEAR_RANGE_RE = re.compile(rf"\s*[-–]\s*{_DIGIT}")
_DAY_LIST_RE = re.compile(rf"\s+{q.AND}\s+{_DIGIT}+\s+({_WORD})")
_HYPHEN_BEFORE_RE = re.compile(r"[^\W\d_][-‐–]\s*$")
_SIGN_BEFORE_RE = re.compile(rf"[{_SYMBOLS}] ?$")


def _back(sent: Sentence, pos: int, reach: int = _NEAR) -> int:
    """Where a look-back from `pos` starts: `reach` characters, not before the sentence."""
    return max(sent.start, pos - reach)


def _ahead(sent: Sentence, pos: int) -> int:
    """Where a look-ahead from `pos` ends: `_NEAR` characters, not after the sentence."""
    return min(sent.end, pos + _NEAR)


@dataclass
class Statistic:
    """One claimed quantity (one row of `statistics`)."""

    doc_id: str
    stat_id: int
    sent_id: int
    text: str
    value: float
    kind: str  # count | percent | money | measure
    unit: str
    qualifier: str  # exact | more_than | less_than | about
    change: str  # increase | decrease | ""
    subject: str
    speaker: str
    start: int
    end: int


@dataclass
class ListedCount:
    """A stated count compared with the items the sentence lists after it."""

    doc_id: str
    stat_id: int
    sent_id: int
    stated: int
    listed: int
    agree: bool
    method: str  # mentions (distinct parties named in the list) | list (its items)
    partial: bool  # the list is introduced as examples (`از جمله`): a subset is fine
    items: list[str] = field(default_factory=list)
    start: int = 0  # the list's span in doc.text
    end: int = 0


# --- lexicon, normalized once ------------------------------------------------------

@lru_cache(maxsize=100_000)
def _key(word: str) -> str:
    """A lookup key: ZWNJ and spaces removed (`دست‌کم` = `دستکم` = `دست کم`); cached per word."""
    return word.replace(ZWNJ, "").replace("\u00ad", "").replace(" ", "")


@cache
def _norm(word: str) -> str:
    """A lexicon entry as it appears in normalized text."""
    return normalize(word) or word


def _keyset(words) -> frozenset[str]:
    return frozenset(_key(_norm(w)) for w in words)


def _keymap(mapping: dict) -> dict:
    return {_key(_norm(k)): v for k, v in mapping.items()}


def _phrase_re(phrases) -> str:
    """An alternation of phrases, longest first, with space and ZWNJ interchangeable."""
    parts = []
    for p in sorted({_norm(p) for p in phrases}, key=len, reverse=True):
        pieces = re.split(r"[ \u200c]+", p)
        parts.append(r"[ \u200c]?".join(re.escape(x) for x in pieces))
    return "|".join(parts)


def _phrase_width(phrases) -> int:
    """The most characters a `_phrase_re` of `phrases` can match."""
    return max(sum(map(len, pieces)) + len(pieces) - 1
               for pieces in (re.split(r"[ \u200c]+", _norm(p)) for p in phrases))


@dataclass(frozen=True)
class _Lex:
    percent: dict
    currencies: dict
    subunits: dict
    measures: dict
    modifiers: dict
    classifiers: dict
    common_count: frozenset
    person_after_tan: frozenset
    person_after_tan_weak: frozenset
    person_subjects: frozenset
    tonne_subjects: frozenset
    unit_prefixes: frozenset
    percent_points: frozenset
    percent_split_first: frozenset
    percent_split_second: frozenset
    population: dict
    time_units: frozenset
    time_before: frozenset
    months: frozenset
    eras: frozenset
    identifiers: frozenset
    model_letters: frozenset
    referring_before: frozenset
    referring_two: frozenset
    referring_sides: frozenset
    sport_events: frozenset  # `تپانچه ۱۰ متر`: a distance in an event's name
    referring_parties: frozenset
    kinship: frozenset
    vague: frozenset
    not_units: frozenset
    count_subject: frozenset
    certainty: frozenset
    range_words: frozenset
    person_classifiers: frozenset
    light_verbs: frozenset
    prepositions: frozenset
    fillers: frozenset
    list_enders: frozenset
    subject_stop_re: re.Pattern
    list_intro_re: re.Pattern
    partial_re: re.Pattern
    change: dict
    qualifier_re: re.Pattern
    qualifiers: dict
    change_before_re: re.Pattern
    hypothetical_re: re.Pattern
    hypothetical_pieces: tuple  # the longest word of each opener: one is in every match
    referring_re: re.Pattern
    qualifier_width: int  # the most characters the phrase of a `*_re` above can match
    change_width: int
    referring_width: int
    change_after_re: re.Pattern
    inside_qualifier_re: re.Pattern  # `و اندی` between the number and its unit
    inside_qualifiers: dict
    after_qualifier_re: re.Pattern  # `یا بیشتر` right after the figure
    after_qualifiers: dict
    comparisons: tuple  # (`_Comparison`, …): a verb after `از NUM UNIT`
    any_comparison: re.Pattern  # matches where one of `comparisons` may (`_any_comparison_re`)
    threshold: frozenset
    pass_through: frozenset
    service_numbers: frozenset  # `تلفن ۱۱۱`, `سامانه ۱۳۷`
    media_names: frozenset  # `شبکه ۳`, `رادیو ۱۰`
    name_with_number: frozenset  # `کووید ۱۹`
    letter_names: frozenset  # parts of an acronym (`بی‌ان‌تی ۱۶۲`), as normalized
    life_after: frozenset  # `جان خود را`: the idiom, not a count
    compound_verbs: dict  # noun key → a regex of its light verbs (`شرکت کرد`)
    speech_verb: re.Pattern  # a speech verb (`مدعی شد`, `گفت`): never a counted unit
    index_words: frozenset  # `شاخص`, `بورس`: `واحد` is index points
    not_nine_before: frozenset  # `و نه`: "and not"
    not_nine_contrast: frozenset  # `نه X نه Y`, `نه X بلکه Y`
    yek_not_measure: frozenset  # `یک پا` "a leg"
    currency_scales: dict  # `همت` → 10^12
    ambiguous_currencies: frozenset  # `رند`, `سوم`: money only with evidence
    money_context: frozenset  # `قیمت`, `بودجه`: the sentence speaks of money
    currency_name_after_re: re.Pattern  # `فرانک سی‌اف‌آ`
    idiom_re: re.Pattern  # `یک روح در دو بدن`: numbers that count nothing
    turn_stems: tuple  # `چرخش ۱۸۰ درجه‌ای`: a turnaround


@cache
def _lex() -> _Lex:
    """The quantity lexicon, normalized and compiled once per process."""
    qual = _phrase_re(q.QUALIFIERS)
    change = _phrase_re(q.CHANGE_WORDS)
    hypo = _phrase_re(q.HYPOTHETICAL_OPENERS)
    return _Lex(
        percent=_keymap(q.PERCENT_UNITS),
        currencies=_keymap(q.CURRENCIES),
        subunits=_keymap(q.SUBUNITS),
        measures=_keymap(q.MEASURE_UNITS),
        modifiers=_keymap(q.UNIT_MODIFIERS),
        classifiers=_keymap(q.CLASSIFIERS),
        common_count=_keyset(q.COMMON_COUNT_NOUNS),
        person_after_tan=_keyset(q.PERSON_AFTER_TAN),
        person_after_tan_weak=_keyset(q.PERSON_AFTER_TAN_WEAK),
        person_subjects=_keyset(q.PERSON_SUBJECTS),
        tonne_subjects=_keyset(q.TONNE_SUBJECTS),
        unit_prefixes=_keyset(q.UNIT_PREFIXES),
        percent_points=_keyset(q.PERCENT_POINT_WORDS),
        percent_split_first=_keyset(q.PERCENT_SPLIT[0]),
        percent_split_second=_keyset(q.PERCENT_SPLIT[1]),
        population=_keymap(q.POPULATION_NOUNS),
        time_units=_keyset(q.TIME_UNITS),
        time_before=_keyset(q.TIME_BEFORE),
        months=_keyset(q.MONTHS),
        eras=_keyset(q.ERA_WORDS),
        identifiers=_keyset(q.IDENTIFIER_NOUNS),
        model_letters=_keyset(q.MODEL_LETTERS),
        sport_events=_keyset(q.SPORT_EVENT_WORDS),
        referring_before=_keyset(q.REFERRING_BEFORE),
        referring_two=_keyset(q.REFERRING_AFTER_TWO),
        referring_sides=_keyset(q.REFERRING_SIDES),
        referring_parties=_keyset(q.REFERRING_PARTIES),
        kinship=_keyset(q.KINSHIP_BEFORE),
        vague=_keyset(q.VAGUE_AMOUNTS),
        not_units=_keyset(q.NOT_UNITS),
        count_subject=_keyset(q.COUNT_SUBJECT_WORDS),
        certainty=_keyset(q.CERTAINTY_WORDS),
        range_words=_keyset(q.RANGE_WORDS),
        person_classifiers=_keyset(q.PERSON_CLASSIFIERS),
        light_verbs=_keyset(q.LIGHT_VERBS),
        prepositions=_keyset(q.PREPOSITIONS),
        fillers=_keyset(q.SUBJECT_FILLERS),
        list_enders=_keyset(q.LIST_ENDERS),
        subject_stop_re=re.compile(rf"[ \u200c](?:{_phrase_re(q.SUBJECT_STOPS)})(?=[ \u200c]|$)"),
        list_intro_re=re.compile(
            rf"(?:(?:^|(?<=[ \u200c]))(?:{_phrase_re(q.LIST_INTRODUCERS)})[ \u200c]|:[ \u200c]*)"),
        partial_re=re.compile(_phrase_re(q.PARTIAL_LIST_MARKERS)),
        change=_keymap(q.CHANGE_WORDS),
        qualifier_re=re.compile(rf"(?:^|(?<=[\s«(،:]))({qual})[ \u200c]*$"),
        qualifiers=_keymap(q.QUALIFIERS),
        change_before_re=re.compile(rf"(?:^|(?<=[\s«(،:]))({change})[ \u200c]*$"),
        change_after_re=re.compile(
            rf"[ \u200c]({change})(?:{'|'.join(q.CHANGE_VERB_ENDINGS)})?(?=[ \u200c]|$)"),
        qualifier_width=_phrase_width(q.QUALIFIERS),
        change_width=_phrase_width(q.CHANGE_WORDS),
        referring_width=_phrase_width(q.REFERRING_PHRASES_BEFORE),
        referring_re=re.compile(
            rf"(?:^|(?<=[\s«(،:]))(?:{_phrase_re(q.REFERRING_PHRASES_BEFORE)})[ \u200c]*$"),
        hypothetical_re=re.compile(rf"(?:^|(?<=[\s«(،:]))(?:{hypo})\s[^،:؛.!?؟]*$"),
        hypothetical_pieces=tuple({max(re.split(r"[ \u200c]+", _norm(p)), key=len)
                                   for p in q.HYPOTHETICAL_OPENERS}),
        inside_qualifier_re=re.compile(
            rf"{_GAP}({_phrase_re(q.QUALIFIERS_INSIDE)})(?=[ \u200c])"),
        inside_qualifiers=_keymap(q.QUALIFIERS_INSIDE),
        after_qualifier_re=re.compile(
            rf"{_GAP}({_phrase_re(q.QUALIFIERS_AFTER)})(?![^\W\d_])"),
        after_qualifiers=_keymap(q.QUALIFIERS_AFTER),
        comparisons=_comparisons(),
        any_comparison=_any_comparison_re(_comparisons()),
        threshold=_keyset(q.THRESHOLD_NOUNS),
        pass_through=_keyset(q.PASS_THROUGH_NOUNS),
        service_numbers=_keyset(q.SERVICE_NUMBER_NOUNS),
        media_names=_keyset(q.MEDIA_NAME_NOUNS),
        name_with_number=_keyset(q.NAME_WITH_NUMBER),
        letter_names=frozenset(_norm(w) for w in q.LETTER_NAMES),
        life_after=_keyset(q.LIFE_IDIOM_AFTER),
        compound_verbs={_key(_norm(noun)): re.compile(
            rf"{_G}+(?:{'|'.join(_verb_re(v) for v in verbs)})")
            for noun, verbs in q.COMPOUND_VERB_NOUNS.items()},
        speech_verb=_speech_verb_re(),
        index_words=_keyset(q.INDEX_WORDS),
        not_nine_before=_keyset(q.NOT_NINE_BEFORE),
        not_nine_contrast=_keyset(q.NOT_NINE_CONTRAST),
        yek_not_measure=_keyset(q.YEK_NOT_MEASURE),
        currency_scales=_keymap(q.CURRENCY_SCALES),
        ambiguous_currencies=_keyset(q.AMBIGUOUS_CURRENCIES),
        money_context=_keyset(q.MONEY_CONTEXT_WORDS),
        currency_name_after_re=re.compile(
            rf"{_GAP}({_phrase_re(q.CURRENCY_NAME_AFTER)})(?![^\W\d_])"),
        idiom_re=re.compile(rf"(?<![^\W\d_])(?:{_phrase_re(q.NUMBER_IDIOMS)})"
                            rf"(?:\u200c?(?:{'|'.join(_IDIOM_SUFFIXES)}))?(?![^\W\d_])"),
        turn_stems=tuple(_key(_norm(w)) for w in q.TURN_STEMS),
    )


# Endings allowed on the last word of an idiom (`دو روی یک سکه‌اند`, `هفت‌خوانی`).
_IDIOM_SUFFIXES = ("ای", "ی", "ها", "های", "اند", "است", "ست")


# --- verbs after `از NUM UNIT` (`از ۵۰ هزار نفر گذشت`) ------------------------------

_G = r"[ \u200c]"  # one space or ZWNJ
_END_OF_WORD = r"(?![^\W\d_])"
# What may follow a bare participle used as a verb (`از ۸۰۰ هزار تومان گذشته،`,
# `… فراتر رفته و …`): an auxiliary, a clause break or `و`. Followed by another word it
# is an adjective (`از ۱۰ بازی گذشته ۸ برد` "of the last ten games").
_PARTICIPLE_VERB = (rf"(?={_G}?(?:است|اند|ایم|بود|باشد){_END_OF_WORD}"
                    rf"|{_G}*(?:[{re.escape(_CLAUSE_BREAK)}\n]|$)|{_G}+{q.AND}{_G})")


def _verb_re(verb: str) -> str:
    """Every form of a verb of VERB_STEMS, as a regex of its first word(s): past and
    continuous past (`گذشت`, `می‌گذشت`, `نگذشتند`), participle (`گذشته است`),
    present and subjunctive (`می‌گذرد`, `بگذرد`), future (`خواهد گذشت`)."""
    past, present = q.VERB_STEMS[verb]
    forms = _stem_forms(past, present, _PARTICIPLE_VERB)
    if verb == "بودن":
        forms.append(rf"(?:{'|'.join(q.COPULA_WORDS)}){_END_OF_WORD}")
    return "|".join(f"(?:{f})" for f in forms)


def _stem_forms(past: str, present: str, after_participle: str = _END_OF_WORD) -> list[str]:
    """The forms of a verb from its stems (see `_verb_re`); a bare participle is a verb
    only where `after_participle` matches after it. No present forms for an empty stem."""
    forms = [
        rf"ن?(?:می{_G}?)?{past}(?:ند|یم|ید|ی|م)?{_END_OF_WORD}",
        rf"ن?{past}ه{after_participle}",
        rf"ن?خواه(?:ند|یم|ید|د|ی|م){_G}+{past}{_END_OF_WORD}",
    ]
    if present:
        forms.append(rf"[نب]?(?:می{_G}?)?{present}(?:ند|یم|ید|د|ی|م){_END_OF_WORD}")
    return forms


def _speech_verb_re() -> re.Pattern:
    """A speech verb starting where it is matched: a compound one (`مدعی شد`, `اعلام
    کرده است`, `خاطرنشان می‌کند`, from `speech.COMPOUND_VERBS`) or a simple one (`گفت`,
    `افزودند`), but not one whose first word is also a counted thing
    (COUNTABLE_SPEECH_NOUNS: `سه پیشنهاد داد`). A number is never followed by what it
    counts in such a verb: `رادیو ۱۰ مدعی شد` "Radio 10 claimed"."""
    countable = _keyset(q.COUNTABLE_SPEECH_NOUNS)
    by_light: dict[str, set[str]] = {}
    for nonverb, light in speech.COMPOUND_VERBS:
        if _key(_norm(nonverb)) not in countable:
            by_light.setdefault(light, set()).add(nonverb)
    alternatives = []
    for light, nonverbs in by_light.items():
        past, present = speech.LIGHT_VERBS[light]
        verbs = "|".join(f"(?:{f})" for f in _stem_forms(past, present))
        alternatives.append(rf"(?:{_phrase_re(nonverbs)}){_G}+(?:{verbs})")
    for past, present in speech.SIMPLE_VERBS:
        if past not in q.COUNTABLE_SPEECH_STEMS:
            alternatives.extend(_stem_forms(past, present, _PARTICIPLE_VERB))
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


class _Comparison(NamedTuple):
    """A verb phrase after a figure that makes it a threshold (see EXCEED_VERBS)."""

    pattern: re.Pattern  # matches right after the figure; group `verb` is the verb
    direction: str  # more_than | less_than, before negation
    passing: bool  # also means passing through a place


def _comparison_lead() -> str:
    """What every comparison pattern starts with: a gap, maybe `هم`/`نیز` and a gap."""
    return rf"{_G}+(?:(?:{'|'.join(q.COMPARISON_PARTICLES)}){_G}+)?"


def _comparisons() -> tuple[_Comparison, ...]:
    """EXCEED_VERBS and COMPARATIVES as patterns matched right after a figure."""
    lead = _comparison_lead()
    out = []
    for before, verb, passing in q.EXCEED_VERBS:
        head = rf"(?:{_phrase_re([before])}){_G}*" if before else ""
        out.append(_Comparison(re.compile(rf"{lead}{head}(?P<verb>{_verb_re(verb)})"),
                               "more_than", passing))
    verbs = "|".join(_verb_re(v) for v in q.COMPARATIVE_VERBS)
    for word, direction in q.COMPARATIVES.items():
        out.append(_Comparison(re.compile(
            rf"{lead}(?:{_phrase_re([word])})(?:{_G}+(?P<verb>{verbs})"
            rf"|{_G}*(?=[{re.escape(_CLAUSE_BREAK)}\n]|$))"), direction, False))
    return tuple(out)


# --- small text helpers ----------------------------------------------------------

class _Word(NamedTuple):
    """A word of doc.text; a tuple, since the rules read tens of thousands of them."""

    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        return _key(self.text)


def _word_after(text: str, pos: int, limit: int) -> _Word | None:
    """The word right after `pos` (spaces only between), or None at punctuation."""
    m = _NEXT_RE.match(text, pos, limit)
    return _Word(m.start(1), m.end(1), m.group(1)) if m else None


_TRAILING_GAP = " \u200c\n"  # what may follow a phrase before `[ \u200c]*$`: the gap, a final newline
# `_PREV_RE` read backwards, on the reversed text before `pos`: `$` also matches before
# a final newline; a word read backwards is a word (letters joined by single ZWNJs).
_PREV_REVERSED_RE = re.compile(rf"\n?{_GAP}({_WORD})")


def _word_before(text: str, pos: int, floor: int) -> _Word | None:
    """The word right before `pos` (spaces only between), or None after punctuation.

    The same as `_PREV_RE.search(text, max(floor, pos - _NEAR), pos)`, whose leftmost
    match is the longest word ending at the gap before `pos`; matching the reversed
    window from its start finds it without trying every start in the window.
    """
    lo = max(floor, pos - _NEAR)
    m = _PREV_REVERSED_RE.match(text[lo:pos][::-1])
    if m is None:
        return None
    start, end = pos - m.end(1), pos - m.start(1)
    return _Word(start, end, text[start:end])


def _strip_adjectival(key: str, table) -> str | None:
    """`درصدی` → `درصد`, `کیلومتری` → `کیلومتر` when the stem is in `table`."""
    if key in table:
        return key
    for suffix in q.ADJECTIVAL_SUFFIXES:
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and stem in table and (
                suffix not in q.ADJECTIVAL_AFTER_VOWEL or stem.endswith(tuple(q.VOWEL_LETTERS))):
            return stem
    return None


def _is_time_unit(key: str, lex: _Lex) -> bool:
    """A time unit (`سال`), or one with a suffix (`ساله`, `ماهه`)."""
    return _is_time_unit_key(key)


@lru_cache(maxsize=100_000)
def _is_time_unit_key(key: str) -> bool:
    """`_is_time_unit`, cached per key (the rules ask for the words around each number)."""
    time_units = _lex().time_units
    if key in time_units:
        return True
    return any(key.endswith(s) and key[: -len(s)] in time_units for s in _TIME_SUFFIX_KEYS)


_TIME_SUFFIX_KEYS = tuple(_key(s) for s in q.TIME_SUFFIXES)


def _is_month(key: str, lex: _Lex) -> bool:
    if key in lex.months:
        return True
    suffix = q.MONTH_SUFFIX
    return key.endswith(suffix) and key[: -len(suffix)] in lex.months  # `دی‌ماه`, `اسفندماه`


_PLURAL_ENDINGS = tuple(ZWNJ + s for s in q.PLURAL_SUFFIXES)


def _is_plural(word: str) -> bool:
    return word.endswith(_PLURAL_ENDINGS)


def _is_verb(word: str) -> bool:
    """A present-tense verb by its prefix (`می‌کند`, `نمی‌شود`)."""
    return word.startswith(q.VERB_PREFIXES)


def _day_or_year(span: NumberSpan) -> bool:
    """A whole number that can be a day of a month (`DAY_RANGE`) or a year: only such a
    number next to a month name is part of a date (`۲۸ مرداد`, `مارس ۲۰۲۵`). A decimal
    (`در ماه فوریه ۱۳۳٫۸ کیلوگرم`), a scaled amount (`فروردین ۲ میلیارد دلار`) or a whole
    number out of both ranges (`۱۲۰ تیر` "120 shots") is a quantity the month dates."""
    if span.scale != 1 or not isinstance(span.value, int) or any(
            sep in span.text for sep in q.DECIMAL_SEPARATORS):
        return False
    lo, hi = q.DAY_RANGE
    return lo <= span.value <= hi or _is_year_like(span)


def _can_be_time(span: NumberSpan) -> bool:
    """A number that can follow `سال`, `ساعت`, `دهه` as a year, an hour or a decade: one
    without a scale word, or a year spelled out (`سال دو هزار`). `هر سال ۵۰۰ هزار مهاجر`,
    `در ساعت ۲۰ هزار خودرو` count what comes each year or hour."""
    return span.scale == 1 or any(lo <= span.value <= hi for lo, hi in q.YEAR_RANGES)


def _per_time(text: str, time_word: _Word, sent: Sentence) -> bool:
    """`هر سال`, `هر ساعت` ("every year/hour") before a number: a rate (`هر سال ۵۰۰
    مهاجر`), never a year or a clock time."""
    prev = _word_before(text, time_word.start, sent.start)
    return prev is not None and prev.key in _EVERY_KEYS


_EVERY_KEYS = frozenset(_key(w) for w in q.EVERY_WORDS)


def _is_year_like(span: NumberSpan) -> bool:
    if span.words or not isinstance(span.value, int) or "," in span.text or "٬" in span.text:
        return False
    return any(lo <= span.value <= hi for lo, hi in q.YEAR_RANGES)


# --- the unit after a number -----------------------------------------------------

@dataclass
class _Unit:
    kind: str
    unit: str
    end: int  # end of the unit phrase in doc.text
    known: bool  # a lexicon unit (not an open-class noun)
    lead: int = -1  # start of a unit written before the number (`٪۲۰`), else -1


def _unit_after(doc: Document, span: NumberSpan, sent: Sentence, lex: _Lex,
                named: dict[int, int]) -> _Unit | None:
    """What the number counts or measures, read from the words after it."""
    text = doc.text
    w1 = _word_after(text, span.end, sent.end)
    if w1 is None or _comparison_at(text, span.end, sent.end, lex):
        return None  # `از ۵۰ هزار گذشت`: the verb is not a unit
    w2 = _word_after(text, w1.end, sent.end)
    if w2 is not None and _comparison_at(text, w1.end, sent.end, lex):
        w2 = None  # `از ۲ میلیون تن گذشته است`: the verb is not what is counted
    k1 = w1.key
    percent_end = _percent_at(w1, w2, lex)
    if percent_end is not None:
        return _Unit("percent", q.PERCENT_UNIT, percent_end, True)
    if k1 in lex.percent_points and w2 is not None:  # `۱٫۲ واحد درصد`: percentage points
        w3 = _word_after(text, w2.end, sent.end)
        percent_end = _percent_at(w2, w3, lex)
        if percent_end is not None:
            return _Unit("percent", q.PERCENT_POINT_UNIT, percent_end, True)
    if k1 in lex.unit_prefixes and w2 is not None:  # `۲۰۰ هزار متریک تن گندم`
        if w2.key == q.TONNE:
            unit = _tan_unit(doc, span, w2, _word_after(text, w2.end, sent.end), sent, lex)
            if unit.kind == "measure":
                return unit
        elif _unit_stems(w2.key)[2]:
            return _Unit("measure", lex.measures[_unit_stems(w2.key)[2]], w2.end, True)
    _, currency, measure, classifier, _ = _unit_stems(k1)
    if currency:
        country = _currency_country(doc, w2)
        if currency in lex.ambiguous_currencies and not _money_meant(
                doc, span, sent, country, lex):
            currency = None  # `۱۲ رند` twelve rounds, `دو سوم` two thirds
    if currency:
        if country is not None:  # `۲۰ میلیارد دلار استرالیا`: whose dollar
            return _Unit("money", f"{lex.currencies[currency]} {country.text}", country.end, True)
        named_after = lex.currency_name_after_re.match(text, w1.end, sent.end)
        if named_after:  # `۲۰ میلیارد فرانک سی‌اف‌آ`
            unit = f"{lex.currencies[currency]} {named_after.group(1)}"
            return _Unit("money", unit, named_after.end(), True)
        return _Unit("money", lex.currencies[currency], w1.end, True)
    if k1 == q.TONNE:
        return _tan_unit(doc, span, w1, w2, sent, lex)
    if measure:
        unit, end = lex.measures[measure], w1.end
        modifier = _unit_stems(w2.key)[4] if w2 is not None else None
        if modifier:
            unit, end = f"{unit} {lex.modifiers[modifier]}", w2.end
        return _Unit("measure", unit, end, True)
    if classifier:
        k1, end = classifier, w1.end
        counted_next = (w2 is not None and w2.key not in lex.not_units
                        and not _is_verb(w2.text) and w2.key not in lex.change)
        if k1 not in lex.person_classifiers and counted_next:
            end = w2.end  # `شش فروند هلی‌کوپتر`: show what is counted
        elif lex.classifiers[k1] == q.INDEX_POINT_UNIT and _about_an_index(text, sent, lex):
            return _Unit("measure", q.INDEX_POINT_UNIT, w1.end, True)  # `۱۸ هزار واحد کاهش`
        return _Unit("count", lex.classifiers[k1], end, True)
    # an open-class counted noun
    if (k1 in lex.not_units or k1 in lex.vague or _is_verb(w1.text) or _is_plural(w1.text)
            or (w1.start in named and not (k1 in lex.common_count and named[w1.start] == w1.end
                                           and not _is_year_like(span)))
            or _not_a_counted_noun(text, w1, w2, sent, lex)):
        # a name after a number is not counted, unless it is one word that is also a
        # counted noun: `۳۵ روحانی` (clerics); not `۲۰۱۳ روحانی` (a year, then the name)
        return None
    return _Unit("count", w1.text, w1.end, k1 in lex.common_count)


def _about_an_index(text: str, sent: Sentence, lex: _Lex) -> bool:
    """The sentence speaks of a stock index (`شاخص کل بورس`): `واحد` is index points."""
    return any(_key(w) in lex.index_words for w in text[sent.start:sent.end].split())


def _not_a_counted_noun(text: str, w1: _Word, w2: _Word | None, sent: Sentence,
                        lex: _Lex) -> bool:
    """The word after a number is part of an idiom or a compound verb, not what the number
    counts: `جان خود را از دست دادند` "lost their lives", `در نشست گروه هفت شرکت کرد`
    "took part" (COMPOUND_VERB_NOUNS: the noun right before its light verb), a speech
    verb (`رادیو ۱۰ مدعی شد` "Radio 10 claimed", `… ۱۰ گفت`)."""
    if w1.key == _key(q.LIFE_NOUN) and w2 is not None and w2.key in lex.life_after:
        return True
    if lex.speech_verb.match(text, w1.start, sent.end) is not None:
        return True
    verbs = lex.compound_verbs.get(w1.key)
    return verbs is not None and verbs.match(text, w1.end, sent.end) is not None


def _percent_at(w1: _Word, w2: _Word | None, lex: _Lex) -> int | None:
    """The end of a percent unit starting with the word `w1` (`درصد`, `٪`, `درصدی`,
    Dari `فیصد`, or split: `در صد`, `فی صد`), None when `w1` starts none."""
    if w1.key in lex.percent:
        return w1.end
    if w1.key in lex.percent_split_first and w2 is not None and w2.key in lex.percent_split_second:
        return w2.end
    if _unit_stems(w1.key)[0]:
        return w1.end
    return None


def _money_meant(doc: Document, span: NumberSpan, sent: Sentence, country: _Word | None,
                 lex: _Lex) -> bool:
    """Whether a currency name that is also a common word (AMBIGUOUS_CURRENCIES: `رند`
    "round", `سوم` "third", `تنگه` "strait") is money after this number: the figure is
    in digits or has a scale word (never `دو سوم` "two thirds"), and a scale word
    (`۱۵ میلیارد رند`), the currency's country (`۳۰۰ رند آفریقای جنوبی`) or a word of
    money in the sentence (`نرخ دلار به ۳۵ بات رسید`) says that money is meant."""
    if span.scale == 1 and span.words:
        return False
    if span.scale > 1 or country is not None:
        return True
    words = doc.text[sent.start:sent.end].split()
    keys = {_key(w) for w in words} | {_key(a + b) for a, b in zip(words, words[1:])}
    return not keys.isdisjoint(lex.money_context)


def _currency_country(doc: Document, w2: _Word | None) -> _Word | None:
    """The country written right after a currency (`دلار استرالیا`, `دلار هنگ‌کنگ`,
    `لیر ترکیه`), or its demonym (`ریال سعودی`, `دینار کویتی`, `دلار آمریکایی`): the
    name mention starting at the next word, or None. It names the currency (the
    Australian dollar), so it belongs to the unit."""
    if w2 is None:
        return None
    for m in doc.mentions:
        if (m.start == w2.start and m.entity_type in ("country", "demonym")
                and m.end >= w2.end):
            return _Word(m.start, m.end, doc.text[m.start:m.end])
    return None


@lru_cache(maxsize=100_000)
def _unit_stems(key: str) -> tuple[str | None, ...]:
    """`_strip_adjectival` of a word's key in the percent, currency, measure, classifier
    and modifier tables, cached per key (the rules ask for each word after a number)."""
    lex = _lex()
    return tuple(_strip_adjectival(key, table) for table in (
        lex.percent, lex.currencies, lex.measures, lex.classifiers, lex.modifiers))


def _tan_unit(doc: Document, span: NumberSpan, w1: _Word, w2: _Word | None, sent: Sentence,
              lex: _Lex) -> _Unit:
    """`تن` after a number: people (`۱۷ تن کشته`) or tonnes (`۵ میلیون تن گندم`).

    The clues, strongest first: what happened to people right after `تن` (`کشته`,
    `زخمی`, `دیگر`) or a noun after it (`گندم`: tonnes); the subject before the figure
    (`شمار قربانیان … دو هزار تن`: people; `تولید تریاک از ۶۲۰۰ تن`: tonnes); a
    function word after `تن` (`۱۵ تن از مهاجمان`, `۶۵ هزار تن به کشور بازگشتند`:
    people); the size (thousands of `تن` are tonnes).
    """
    people = _Unit("count", q.TONNE, w1.end, True)
    tonnes = _Unit("measure", q.TONNE, w1.end, True)
    if w2 is not None and w2.key in lex.person_after_tan:
        if w2.key in lex.common_count:  # `۱۰۰ تن کشته`: the participle says what is counted
            return _Unit("count", w2.text, w2.end, True)
        return people
    if (w2 is not None and w2.key not in lex.not_units and w2.key not in lex.person_after_tan_weak
            and not _is_verb(w2.text) and not any(w2.key.startswith(c) for c in lex.change)):
        if _tan_subject_kind(w2.key) == "count":  # `۳۰ هزار تن مهاجر`
            return people
        return _Unit("measure", q.TONNE, w2.end, True)  # `۵۰۰ تن گندم`
    subject = _tan_subject(doc.text, span.start, sent, lex)
    if not subject and w2 is not None and w2.key == q.FROM:  # `۵ میلیون تن از گندم تولیدی`
        w3 = _word_after(doc.text, w2.end, sent.end)
        subject = _tan_subject_kind(w3.key) if w3 is not None else ""
    if subject:
        return people if subject == "count" else tonnes
    if w2 is not None and w2.key in lex.person_after_tan_weak:
        return people
    return tonnes if span.scale >= 1000 else people


_TAN_SUBJECT_WORDS = 10  # words of the clause before a figure in `تن` read for its subject


def _tan_subject(text: str, pos: int, sent: Sentence, lex: _Lex) -> str:
    """"count" or "measure" by the nearest subject word before a figure in `تن`, back to
    the last clause break (`شمار قربانیان`, `تولید تریاک`), "" when there is none."""
    head = text[_back(sent, pos, _CLAUSE):pos]
    cut = max(head.rfind(ch) for ch in _CLAUSE_BREAK)
    for word in reversed(head[cut + 1:].split()[-_TAN_SUBJECT_WORDS:]):
        kind = _tan_subject_kind(_key(word))
        if kind:
            return kind
    return ""


_SUBJECT_ENDING_KEYS = tuple(_key(e) for e in q.SUBJECT_PLURAL_ENDINGS)


@lru_cache(maxsize=100_000)
def _tan_subject_kind(key: str) -> str:
    """"count" for a word of PERSON_SUBJECTS, "measure" for one of TONNE_SUBJECTS, bare or
    with a plural or ezafe ending (`قربانیان`, `مهاجران`, `تولیدات`); else ""."""
    lex = _lex()
    stems = [key] + [key[: -len(e)] for e in _SUBJECT_ENDING_KEYS if key.endswith(e)]
    for stem in stems:
        if stem in lex.person_subjects:
            return "count"
        if stem in lex.tonne_subjects:
            return "measure"
    return ""


# --- exclusions ------------------------------------------------------------------

def _excluded(doc: Document, span: NumberSpan, sent: Sentence, unit: _Unit | None,
              lex: _Lex) -> str:
    """Why this number is not a statistic ("" when it is one)."""
    text = doc.text
    if span.ordinal:
        return "ordinal"
    if unit is not None and _unit_gloss(text, span, unit, sent):
        return "unit_gloss"  # `۳۹۳۰ همت (هزار میلیارد تومان)`
    before = _word_before(text, span.start, sent.start)
    after = _word_after(text, span.end, sent.end)
    bkey = before.key if before else ""
    akey = after.key if after else ""
    # dates, clock times, fractions: `۱۳۹۴/۰۶/۲۲`, `۱۰:۳۰`, `۲۱۳ / ۴۲`
    lo, hi = _back(sent, span.start), _ahead(sent, span.end)
    if _FRACTION_AFTER_RE.match(text, span.end, hi) or _FRACTION_BEFORE_RE.search(
            text, lo, span.start):
        return "date_or_fraction"  # also `۵+۱`, a score `۳ بر ۱`
    if _YEAR_RANGE_RE.match(text, span.end, hi) and _is_year_like(span):
        return "year"
    if akey in lex.eras:
        return "date"  # `۲۰۲۴ میلادی`, `۱۴۰۳ شمسی`
    if akey and _is_month(akey, lex) and _day_or_year(span):
        return "date"  # `۲۸ مرداد`, `۱۵ مارس`; not `۱۲۰ تیر` (120 shots)
    # `۲۴ و ۲۵ فوریه`: a list of days before a month
    m = _DAY_LIST_RE.match(text, span.end, hi)
    if m and _is_month(_key(m.group(1)), lex) and _day_or_year(span):
        return "date"
    if bkey and _is_month(bkey, lex) and _day_or_year(span) and (
            _is_year_like(span) or not (unit and unit.known)) and (
            _is_year_like(span) or not _dated_month(text, before, sent)):
        # `مارس ۲۰۲۵`, `اسفند ۱۴۰۲ کشته شد` (a year after a month, whatever follows);
        # not `در ماه مارس ۳۸٫۱۰ درصد`, `در ماه مه ۳ نفر`
        return "date"
    if akey and _is_time_unit(akey, lex):
        return "duration"
    if bkey in lex.time_before and _can_be_time(span) and not _per_time(text, before, sent) \
            and (_is_year_like(span) or not (unit and unit.known)):
        return "time"  # `سال ۱۴۰۳`, `ساعت ۱۰`; not `هر سال ۵۰۰ هزار مهاجر`
    if _is_year_like(span) and not (unit and unit.known) and not _qualified_count(
            doc, span, sent, akey, lex) and not (
            _reaches_to(text, span, sent) and _bare_count(doc, span, sent, lex)):
        return "year"  # not `تعداد زندانیان به ۱۴۵۰ رسید` (a count reached)
    if unit is not None and _year_of_event(text, span, unit, sent, bkey):
        return "year"  # `او در ۱۴۰۲ کشته شد`: when, not how many
    if bkey and _is_month(bkey, lex) and _short_year(span) and not (unit and unit.known):
        return "date"  # `فروردین ۹۸` (1398), `آبان ۱۴۰۱`
    if bkey in lex.sport_events and unit is not None and unit.kind == "measure":
        return "identifier"  # `تپانچه ۱۰ متر بادی`: the event, not a distance
    if (bkey in lex.identifiers and not (unit and unit.known)
            and not _after_demonstrative(text, before, sent, lex)) or (
            bkey in lex.model_letters and not (unit and unit.known and _is_month(bkey, lex))):
        # `قطعنامه ۲۲۳۱`, but `منطقه ۱۲۰۰ کیلومتر مربع` is a measure; `دی` is a letter
        # (`سی دی ۵۰`) and a month: `در دی ۵۰ نفر بازداشت شدند` counts people
        return "identifier"
    if (bkey in lex.service_numbers and not span.words and span.scale == 1
            and not (unit and unit.known)):
        return "identifier"  # `تلفن ۱۱۱ سامانه سامد`, `سامانه ۱۳۷`
    if bkey in lex.media_names and span.scale == 1 and not (unit and unit.known):
        return "identifier"  # `رادیو ۱۰ مدعی شد`, `شبکه یک`, not `رادیو ۳ میلیون شنونده`
    if bkey in lex.name_with_number or (before is not None and _is_acronym(before.text, lex)):
        return "identifier"  # `کووید ۱۹` (written `کووید۱۹`), `بی‌ان‌تی ۱۶۲`
    if _LATIN_WORD_BEFORE_RE.search(text, lo, span.start) or _hyphen_before(text, lo, span.start):
        return "identifier"  # `IPC Phase ۵`, `سی- ۱۳۵`, `کووید-۱۹`
    if bkey in lex.referring_before and not _after_preposition(text, before, sent) and not (
            unit is not None and _possessive_before(text, before, unit, sent)):
        return "referring"
    if _search_ending(lex.referring_re, lex.referring_width, text, lo, span.start):
        return "referring"  # `یکی از دو نامزد`
    if span.value == 2 and span.words and akey:
        head = _key(after.text.split(ZWNJ)[0])
        if akey in lex.referring_two or head in lex.referring_two:
            return "referring"
    if _refers_to_named(doc, span, after, lex):
        return "referring"  # `سه طرف`, `وزیران خارجه سه کشور` after three are named
    if _names_a_group(doc, span, after, lex):
        return "referring"  # `سه کشور ساحل` where the article says `این سه کشور`
    if bkey in lex.kinship:
        return "description"
    if akey in lex.vague or bkey in lex.vague:
        return "vague"  # `ده ها`, `چند هزار`
    if after is not None and _is_ordinal_word(after.text) and not (
            unit is not None and unit.kind == "money"):
        return "fraction"  # `دو سوم`, not `۵ میلیارد سوم` (the som, a currency)
    if _in_idiom(text, span, sent, unit, lex):
        return "idiom"  # `یک روح در دو بدن`, `چرخش ۱۸۰ درجه‌ای`
    if unit is not None and unit.kind == "percent" and span.value == 100:
        nxt = _word_after(text, unit.end, sent.end)
        if nxt is not None and nxt.key in lex.certainty:
            return "idiom"  # `۱۰۰ درصد مطمئن`
    if span.words and span.value == 1 and span.scale == 1 and not _figure_one(unit, lex):
        return "article_yek"
    if _hypothetical(text, _back(sent, span.start, _CLAUSE), span.start, lex):
        return "hypothetical"
    return ""


def _in_idiom(text: str, span: NumberSpan, sent: Sentence, unit: _Unit | None,
              lex: _Lex) -> bool:
    """The number is part of an idiom (NUMBER_IDIOMS: `یک روح در دو بدن`, `دو روی یک
    سکه`, `هفت خوان`), or is `۱۸۰ درجه` with a word of turning near it (`۱۸۰ درجه
    تغییر کرد`, `چرخش ۱۸۰ درجه‌ای`): it counts nothing."""
    lo = _back(sent, span.start, _NEAR)
    hi = _ahead(sent, span.end)
    for m in lex.idiom_re.finditer(text, lo, hi):
        if m.start() <= span.start < m.end():
            return True
    if unit is None or unit.kind != "measure" or span.value != q.TURNABOUT_DEGREES:
        return False
    if _key(unit.unit) != _key(_norm("درجه")):
        return False
    before = text[lo:span.start].split()[-q.TURN_WINDOW:]
    after = text[unit.end:hi].split()[:q.TURN_WINDOW]
    joined = [_key(w) for w in before + after]
    joined += [a + b for a, b in zip(joined, joined[1:])]
    return any(stem in w for w in joined for stem in lex.turn_stems)


def _is_acronym(word: str, lex: _Lex) -> bool:
    """Two or more names of Latin letters joined by ZWNJ (`بی‌ان‌تی`, `اس‌ام`): an acronym,
    and a number after it is part of a name (`بی‌ان‌تی ۱۶۲`)."""
    parts = word.split(ZWNJ)
    return len(parts) >= 2 and all(p in lex.letter_names for p in parts)


def _figure_one(unit: _Unit | None, lex: _Lex) -> bool:
    """`یک` before money, a percent or a measure is the figure one (`کمتر از یک درصد`,
    `یک دلار`, `یک کیلومتر`), not the article (`یک مقام`, `یک پا` "a leg")."""
    if unit is None:
        return False
    if unit.kind in ("money", "percent"):
        return True
    return unit.kind == "measure" and _key(unit.unit) not in lex.yek_not_measure


@cache
def _scale_keys() -> frozenset[str]:
    """The keys of the scale words (built on first use: normalizing needs hazm's tables)."""
    return frozenset(_key(_norm(w)) for w in SCALES)


def _unit_gloss(text: str, span: NumberSpan, unit: _Unit, sent: Sentence) -> bool:
    """A bracket holding only a bare scale word and a unit says what a unit stands for:
    `۳۹۳۰ همت (هزار میلیارد تومان)`, a header `(میلیون دلار)`. With no count before the
    scale word (`(یک میلیون تومان)` is a conversion) it states no amount."""
    words = span.text.split()
    if not words or _key(words[0]) not in _scale_keys():
        return False
    before = text[_back(sent, span.start):span.start].rstrip(" \u200c")
    after = text[unit.end:_ahead(sent, unit.end)].lstrip(" \u200c")
    return before.endswith(("(", "[")) and after.startswith((")", "]"))


def _refers_to_named(doc: Document, span: NumberSpan, after: _Word | None, lex: _Lex) -> bool:
    """`سه طرف`, `چهار کشور`: a number word from three up (to `REFERRING_MAX`) before a
    noun that refers to the parties the article has already named (`دو کشور` is the
    rule for two, in `_excluded`; `هر سه کشور` is `REFERRING_BEFORE`).

    A side (`طرف`, `جانب`: `REFERRING_SIDES`) always refers back. A party noun (`کشور`,
    `رهبر`, `هیئت`, …: `REFERRING_PARTIES`) does when the article has named exactly that
    many distinct parties (countries, organisations, or their people) before the number:
    `وزیران خارجه سه کشور` after China, Pakistan and Afghanistan. With more parties
    named, or fewer, the number may count a new group (`سفر به سه کشور آفریقایی`) and
    stays a statistic; so do digits (`۳ کشور`), which Persian news uses for counts.
    The states alone may make the number too (organisations named besides them).
    """
    if not (span.words and span.scale == 1 and 3 <= span.value <= q.REFERRING_MAX
            and span.value == int(span.value) and after is not None):
        return False
    head = _key(after.text.split(ZWNJ)[0])
    if after.key in lex.referring_sides or head in lex.referring_sides:
        return True
    if not (after.key in lex.referring_parties or head in lex.referring_parties):
        return False
    parties = _parties_before(doc, span.start)
    # organisations named besides the states (`اکواس`) do not stop `سه دولت` from
    # referring to the three states
    states = {code for code in parties if ":" not in code}
    return span.value in (len(parties), len(states))


def _names_a_group(doc: Document, span: NumberSpan, after: _Word | None, lex: _Lex) -> bool:
    """`سه کشور`, `چهار کشور` as the article's name for one group of parties: the same
    number word and party noun are used, anywhere in the article, after a demonstrative
    (`این سه کشور`, `همان سه کشور`) or right before the names of that many parties
    (`سه کشور مالی، بورکینافاسو و نیجر`, `سه کشور اروپایی فرانسه، آلمان و بریتانیا`).
    Every other `سه کشور` of the article (the headline's `به سه کشور ساحل`, `شهروندان
    سه کشور`) then names that group too. So does the number of a group of states the
    article names (`_group_sizes`: `سه کشور اروپایی` where it names the E3).
    Only number words from three up to `REFERRING_MAX` (`دو کشور` is always referring;
    digits count), only the party nouns of `REFERRING_PARTIES`.
    """
    if not (span.words and span.scale == 1 and 3 <= span.value <= q.REFERRING_MAX
            and span.value == int(span.value) and after is not None):
        return False
    if after.key not in lex.referring_parties:
        return False
    if (span.text, after.key) in _groups_named(doc):
        return True
    adjective = _adjective_after(doc.text, after.end)
    if adjective in q.GROUP_ADJECTIVES_ANY:
        adjective = None  # `شش قدرت جهانی`: "world" names no narrower group
    return any(size == span.value and (adjective is None or adjective in names)
               for size, names in _group_sizes(doc))


def _adjective_after(text: str, pos: int) -> str | None:
    """The relational adjective right after a party noun ending at `pos` (`اروپایی` in
    `سه کشور اروپایی`), or None."""
    word = _word_after(text, pos, min(len(text), pos + 40))
    if word is None or text[pos:word.start].strip(" \u200c") or \
            not word.text.endswith(q.ADJECTIVE_ENDINGS):
        return None
    return word.text


def _group_sizes(doc: Document) -> list[tuple[int, frozenset[str]]]:
    """The groups of states the article names (`GROUP_MEMBERS`), by the group's name
    anywhere (`تروئیکای اروپایی`, `گروه ۵+۱`) or by all its members (France, Germany
    and Britain), as (number of members, words of the group's gazetteer names).
    `سه کشور اروپایی` in such an article is the E3 it names, not a count of three new
    countries; an adjective not in the group's names (`سه کشور آفریقایی` beside
    `تروئیکای اروپایی`) counts a new group."""
    countries = {m.country for m in doc.mentions if m.country}
    return [(len(members), _group_name_words(code)) for code, members in GROUP_MEMBERS.items()
            if code in countries or countries.issuperset(members)]


@cache
def _group_name_words(code: str) -> frozenset[str]:
    """The words of the gazetteer's names for a group of states (`تروئیکای`, `اروپایی`
    for IGO:E3)."""
    return frozenset(w for e in gazetteer().entries.values() if e.entity_id == code
                     for w in e.name.replace(ZWNJ, " ").split())


def _groups_named(doc: Document) -> frozenset[tuple[str, str]]:
    """The (number word, party noun key) pairs the article uses as a group's name: after a
    demonstrative (`این سه کشور`), or followed by exactly that many party names
    (`سه کشور مالی، بورکینافاسو و نیجر`). Computed once per document."""
    cached = _GROUPS.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    lex = _lex()
    text = doc.text
    found = set()
    for m in _group_re().finditer(text):
        word, noun = m.group(2), m.group(3)
        spans = [s for s in find_numbers(word, 0) if s.words and s.scale == 1]
        if len(spans) != 1 or spans[0].text != word or not 3 <= spans[0].value <= q.REFERRING_MAX:
            continue
        before = _word_before(text, m.start(2), max(0, m.start(2) - 40))
        if (before is not None and before.key in lex.referring_before) or \
                _listed_after_noun(doc, m.end(3)) == spans[0].value:
            found.add((word, _key(noun)))
    result = frozenset(found)
    if len(_GROUPS) > 64:
        _GROUPS.clear()
    _GROUPS[id(doc)] = (doc, result)
    return result


_GROUPS: dict[int, tuple] = {}  # id(doc) → (doc, `_groups_named`), for the current documents


@cache
def _group_re() -> re.Pattern:
    """A word and a party noun after it (`سه کشور`): (gap)(number word)(gap)(noun)."""
    nouns = "|".join(sorted(map(re.escape, q.REFERRING_PARTIES), key=len, reverse=True))
    return re.compile(rf"(?<![\w\u200c])([ \u200c]*)(\w+)[ \u200c]+({nouns})(?![\w\u200c])")


_LIST_SEP_RE = re.compile(r"[ \u200c]*(?:[،,][ \u200c]*(?:و[ \u200c]+)?|و[ \u200c]+)")
_PARTY_NAME_TYPES = ("country", "capital", "org")


def _listed_after_noun(doc: Document, pos: int) -> int:
    """How many party names are listed right after a party noun ending at `pos`, or
    after one adjective that follows it (`سه کشور اروپایی فرانسه، آلمان و بریتانیا`,
    `سه کشور آفریقایی مالی، …`): 0 for none."""
    n = _parties_listed_at(doc, pos)
    if n:
        return n
    adjective = _adjective_after(doc.text, pos)
    if adjective is None:
        return 0
    return _parties_listed_at(doc, doc.text.index(adjective, pos) + len(adjective))


def _parties_listed_at(doc: Document, pos: int) -> int:
    """How many party names (countries, capitals, organisations) are listed right at
    `pos`, separated by commas or `و`: `مالی، بورکینافاسو و نیجر` → 3 (0 for none)."""
    starts = {m.start: m for m in doc.mentions if m.entity_type in _PARTY_NAME_TYPES}
    at = pos + len(doc.text[pos:pos + 3]) - len(doc.text[pos:pos + 3].lstrip(" \u200c"))
    n = 0
    while at in starts:
        n += 1
        sep = _LIST_SEP_RE.match(doc.text, starts[at].end)
        if sep is None:
            break
        at = sep.end()
    return n


def _parties_before(doc: Document, pos: int) -> set[str]:
    """The distinct parties (country or organisation codes) of the name mentions before
    `pos`: countries, capitals, nationalities, organisations, people, qualified roles."""
    return {m.country for m in doc.mentions
            if m.start < pos and m.country
            and m.entity_type in ("country", "capital", "demonym", "org", "person", "role")}


def _hypothetical(text: str, lo: int, pos: int, lex: _Lex) -> bool:
    """`hypothetical_re` in text[lo:pos] (`اگر … ۲۰ درصد`). Every match holds one of
    `hypothetical_pieces` verbatim: when none is in the window (nearly always), the
    regex, which tries every start in hundreds of characters, is not run."""
    window = text[lo:pos]
    if not any(piece in window for piece in lex.hypothetical_pieces):
        return False
    return lex.hypothetical_re.search(text, lo, pos) is not None


def _search_ending(pattern: re.Pattern, width: int, text: str, lo: int, pos: int):
    """`pattern.search(text, lo, pos)` for a pattern `(…)(phrase)[ \u200c]*$` whose phrase
    matches at most `width` characters: the phrase ends where the trailing spaces, ZWNJs
    (and a final newline) start, so the match starts at most `width` before that, and
    the search starts there instead of trying every start in the window."""
    end = lo + len(text[lo:pos].rstrip(_TRAILING_GAP))
    return pattern.search(text, max(lo, end - width), pos)


def _hyphen_before(text: str, lo: int, pos: int) -> bool:
    """`_HYPHEN_BEFORE_RE` in text[lo:pos]: a match (letter, hyphen, whitespace to `pos`)
    can only start two characters before the trailing whitespace, so search from there."""
    at = lo + len(text[lo:pos].rstrip()) - 2
    return _HYPHEN_BEFORE_RE.search(text, max(lo, at), pos) is not None


_is_ordinal_word = lru_cache(maxsize=100_000)(is_ordinal)  # `is_ordinal`, cached per word


def _after_demonstrative(text: str, word: _Word, sent: Sentence, lex: _Lex) -> bool:
    """`در این مرحله ۳۳ گروگان`: an identifier noun after `این`/`آن` is a whole noun
    phrase ("this stage"), so the number after it is not its number."""
    prev = _word_before(text, word.start, sent.start)
    return prev is not None and prev.key in lex.referring_before and prev.key != _key("هر")


def _dated_month(text: str, month: _Word, sent: Sentence) -> bool:
    """A day is written before the month (`۱۵ مارس`, `اول آوریل`): a number after it can
    only be the year, so `در اول آوریل هفت عضو سپاه` counts seven members."""
    if _DAY_DIGITS_BEFORE_RE.search(text, max(sent.start, month.start - 8), month.start):
        return True  # `۲ مارس`
    day = _word_before(text, month.start, sent.start)
    if day is None:
        return False
    return day.key in _DAY_ORDINAL_KEYS or bool(find_numbers(day.text, day.start))


_DAY_DIGITS_BEFORE_RE = re.compile(r"(?<!\d)\d{1,2} +$")


_DAY_ORDINAL_KEYS = frozenset(_key(w) for w in IRREGULAR_ORDINALS)


def _short_year(span: NumberSpan) -> bool:
    """A two-digit number written in digits, as a year after a month (`فروردین ۹۸`)."""
    return (not span.words and span.scale == 1 and isinstance(span.value, int)
            and 10 <= span.value <= 99 and not any(
                sep in span.text for sep in q.DECIMAL_SEPARATORS))


def _after_preposition(text: str, word: _Word, sent: Sentence) -> bool:
    """`پیش از آن ۶۷ دلار`: `آن` is the object of a preposition, not a determiner."""
    prev = _word_before(text, word.start, sent.start)
    return prev is not None and prev.key in _lex().prepositions


_PREDICATE_KEYS = frozenset(_key(w) for w in q.PREDICATE_VERBS)


def _possessive_before(text: str, word: _Word, unit: _Unit, sent: Sentence) -> bool:
    """`حاشیه خطای آن ۳ درصد است`, `سهم آن ۳۰ درصد بود`: `آن` after a noun and a figure
    that is the predicate (a verb of being or reaching after its unit) is "its", not the
    determiner of `آن سه کشور` (which refers back)."""
    if word.key != _key(q.POSSESSIVE_PRONOUN) or unit.lead >= 0:
        return False
    prev = _word_before(text, word.start, sent.start)
    if prev is None or prev.key in _lex().prepositions or prev.key in _lex().referring_before:
        return False
    verb = _word_after(text, unit.end, sent.end)
    return verb is not None and verb.key in _PREDICATE_KEYS


_SINGULAR_AUX_KEYS = frozenset(_key(w) for w in q.SINGULAR_PASSIVE_AUX)


def _year_of_event(text: str, span: NumberSpan, unit: _Unit, sent: Sentence,
                   bkey: str) -> bool:
    """`در ۱۴۰۲ کشته شد` "was killed in 1402": a year-like number after `در`, then a
    participle read as the unit and a singular passive auxiliary. A count of people
    takes the plural (`در این حمله ۱۴۰۰ کشته شدند`) or a qualifier (`در حدود ...`)."""
    if bkey != _key(q.IN) or not _is_year_like(span) or unit.lead >= 0:
        return False
    aux = _word_after(text, unit.end, sent.end)
    return aux is not None and aux.key in _SINGULAR_AUX_KEYS


def _qualified_count(doc: Document, span: NumberSpan, sent: Sentence, akey: str,
                     lex: _Lex) -> bool:
    """Whether a four-digit number in a year range counts something: a qualifier other
    than `تا` (until) comes right before it and a word that can be the counted noun right
    after it: `بیش از ۱۴۰۰ شکایت`, `حدود ۱۸۰۰ نفر`, `دست‌کم ۲۰۰۰ خانوار`. A year has no
    qualifier (`در ۱۴۰۰`, `تا ۱۴۰۵`) or nothing counted after it."""
    if not akey or akey in q.NOT_COUNTED_AFTER or _is_month(akey, lex) or akey in lex.eras:
        return False
    m = _search_ending(lex.qualifier_re, lex.qualifier_width, doc.text, _back(sent, span.start),
                       span.start)
    return bool(m) and _key(m.group(1)) != q.UP_TO


# --- qualifier, change, text ------------------------------------------------------

def _qualifier(doc: Document, span: NumberSpan, sent: Sentence, lex: _Lex) -> tuple[str, int]:
    """(qualifier code, start of the qualifier phrase) read right before the number."""
    m = _search_ending(lex.qualifier_re, lex.qualifier_width, doc.text, _back(sent, span.start),
                       span.start)
    if m and _key(m.group(1)) == q.UP_TO and (
            _range_before(doc.text, m.start(1), sent, lex) or _target_after(doc, span, sent, lex)):
        m = None  # `۳ تا ۵`: a range; `تا ۳ میلیارد دلار برسانیم`: a target, not "up to"
    if m:
        return lex.qualifiers.get(_key(m.group(1)), "exact"), m.start(1)
    return "exact", span.start


def _range_before(text: str, pos: int, sent: Sentence, lex: _Lex) -> bool:
    """A number ends right before `تا` at `pos`, or one word before it (its unit), so the
    `تا` joins a range: `۳ تا ۵`, `۳ درصد تا ۵ درصد`, `۱۰ هزار نفر تا ۲۰ هزار نفر`. A
    time phrase before `تا` is not a range end: `در شش ماه گذشته تا ۱۰۰ درصد`, `در سال
    ۲۰۲۰ تا ۵۰ درصد` ("up to")."""
    lo = _back(sent, pos, 40)
    nums = find_numbers(text[lo:pos], lo)
    if not nums:
        return False
    last = nums[-1]
    before = _word_before(text, last.start, sent.start)
    if before is not None and before.key in lex.time_before:
        return False  # `در سال ۲۰۲۰ تا ۵۰ درصد`: a year, not the start of a range
    gap = text[last.end:pos].split()
    return not gap or (len(gap) == 1 and not _is_time_unit_key(_key(gap[0])))


_TARGET_WINDOW = 3  # words after the figure in which a verb of reaching makes `تا` a target


def _target_after(doc: Document, span: NumberSpan, sent: Sentence, lex: _Lex) -> bool:
    """`تا X برسانیم` "bring it to X", `تا X برسد`: a verb of reaching (`رساندن`,
    `رسیدن`) within a few words after the figure makes `تا` mark the target, not an
    upper bound."""
    text = doc.text
    pos = span.end
    for _ in range(_TARGET_WINDOW + 1):
        if _reach_verb_re().match(text, pos, sent.end):
            return True
        w = _word_after(text, pos, sent.end)
        if w is None or w.key in (q.AND, q.THAT):
            return False
        pos = w.end
    return False


@cache
def _reach_verb_re() -> re.Pattern:
    """Every form of the verbs of REACH_VERBS, and their infinitives, as the next word."""
    forms = "|".join(_verb_re(v) for v in q.REACH_VERBS)
    infinitives = "|".join(map(re.escape, q.REACH_VERBS))
    return re.compile(rf"{_G}+(?:{infinitives}{_END_OF_WORD}|{forms})")


def _qualifier_after(text: str, span: NumberSpan, unit: _Unit, end: int, sent: Sentence,
                     lex: _Lex) -> str:
    """more_than / less_than read after the figure ending at `end`, "" when none.

    `۱۰ درصد یا بیشتر` "or more"; or, after `از` (or `از مرز`, `از رقم`), a verb that
    says the amount passed the figure or stayed under it: `از ۵۰ هزار نفر گذشت`,
    `از ۱٫۲ میلیارد دلار فراتر رفت`, `از ۱۰ درصد کمتر است`, `از ۵ درصد تجاوز نمی‌کند`.
    `از ۱۰ به ۲۰ درصد رسید` (a change between two levels) matches neither.
    """
    m = lex.after_qualifier_re.match(text, end, sent.end)
    if m and not _figure_after_from(text, m.end(), sent.end):
        return lex.after_qualifiers.get(_key(m.group(1)), "")
    threshold = _from_before(text, span.start, sent, lex)
    if threshold is None:
        return ""
    found = _comparison_at(text, end, sent.end, lex)
    if found is None:
        return ""
    direction, passing = found
    if (passing and not threshold and span.scale == 1 and unit.kind == "count"
            and _key(unit.unit) in lex.pass_through
            and not any(_key(w) in lex.count_subject
                        for w in _clause_words_before(text, span.start, sent))):
        return ""  # `از پنج کشور عبور می‌کند`: passes through five countries
    return direction


def _figure_after_from(text: str, pos: int, limit: int) -> bool:
    """`از` and a number right after `pos`: `۵ نفر یا بیشتر از ۲۰ نفر` compares the next
    figure (`بیشتر از` is its qualifier), not this one."""
    w = _word_after(text, pos, limit)
    if w is None or w.key != q.FROM:
        return False
    nums = find_numbers(text[w.end:min(limit, w.end + _NEAR)], w.end)
    return bool(nums) and not text[w.end:nums[0].start].strip()


def _from_before(text: str, pos: int, sent: Sentence, lex: _Lex) -> bool | None:
    """Whether `از` comes right before `pos`: None when not, True with a threshold noun
    between (`از مرز ۱۰۰ هزار نفر`), False when right before (`از ۵۰ هزار نفر`)."""
    prev = _word_before(text, pos, sent.start)
    if prev is None:
        return None
    if prev.key == q.FROM:
        return False
    if prev.key in lex.threshold:
        prev2 = _word_before(text, prev.start, sent.start)
        if prev2 is not None and prev2.key == q.FROM:
            return True
    return None


_FLIP = {"more_than": "less_than", "less_than": "more_than"}


def _any_comparison_re(comparisons: tuple[_Comparison, ...]) -> re.Pattern:
    """One pattern that matches where one of `comparisons` does (a necessary condition,
    which `_comparison_at` tries first): their alternation, with the `verb` groups
    unnamed and the lead they all start with (`_comparison_lead`) factored out."""
    patterns = [c.pattern.pattern.replace("(?P<verb>", "(?:") for c in comparisons]
    lead = _comparison_lead()
    if not all(p.startswith(lead) for p in patterns):
        lead = ""
    rests = "|".join(f"(?:{p[len(lead):]})" for p in patterns)
    return re.compile(f"{lead}(?:{rests})")


def _comparison_at(text: str, pos: int, limit: int, lex: _Lex) -> tuple[str, bool] | None:
    """(direction, passing) of a comparison verb phrase starting at `pos`, or None.

    A negated verb turns the direction round: `از ۱۰ درصد تجاوز نمی‌کند` "does not
    exceed 10 percent" is at most (less_than), `از ۵۰ نفر کمتر نیست` at least.
    """
    limit = min(limit, pos + _NEAR)
    if lex.any_comparison.match(text, pos, limit) is None:
        return None  # (most figures: no comparison follows)
    for comparison in lex.comparisons:
        m = comparison.pattern.match(text, pos, limit)
        if m:
            verb = m.group("verb") or ""
            direction = _FLIP[comparison.direction] if verb.startswith("ن") else comparison.direction
            return direction, comparison.passing
    return None


def _change(doc: Document, start: int, end: int, sent: Sentence, lex: _Lex) -> str:
    """increase / decrease when a change word sits right before or just after the figure.

    A figure after `به` or `از` is a level (`از ۱۲ درصد به ۹ درصد کاهش یافت`), not the
    size of the change, so only a change word right before it counts then.
    """
    text = doc.text
    m = _search_ending(lex.change_before_re, lex.change_width, text, _back(sent, start), start)
    if m:
        return lex.change.get(_key(m.group(1)), "")
    prev = _word_before(text, start, sent.start)
    if prev is not None and prev.key in (q.TO, q.FROM):
        return ""
    window = []
    pos = end
    for _ in range(_CHANGE_WINDOW):
        w = _word_after(text, pos, sent.end)
        if w is None:
            break
        window.append(w.text)
        pos = w.end
    m = lex.change_after_re.search(" " + " ".join(window))
    return lex.change.get(_key(m.group(1)), "") if m else ""


_CHANGE_WINDOW = 5  # words after a figure in which a change word still applies to it


_SUBUNIT_RE = re.compile(rf"\s+{q.AND}\s+({_DIGIT}+|{_WORD}(?:\s+{q.AND}\s+{_WORD})?)\s+({_WORD})")


def _money_subunit(doc: Document, unit: _Unit, sent: Sentence,
                   lex: _Lex) -> tuple[float, int] | None:
    """`۶۵ دلار و ۵۸ سنت`: (0.58, end of `سنت`)."""
    m = _SUBUNIT_RE.match(doc.text[unit.end:sent.end])
    if not m or _key(m.group(2)) not in lex.subunits:
        return None
    from .numbers import parse_number

    try:
        amount = parse_number(m.group(1))
    except ValueError:
        return None
    return amount * lex.subunits[_key(m.group(2))], unit.end + m.end(2)


# --- subject and speaker -----------------------------------------------------------



_FROM_AFTER_RE = re.compile(rf"[ \u200c]+{q.FROM}[ \u200c]+")


def _subject(doc: Document, start: int, end: int, unit: _Unit, sent: Sentence, lex: _Lex,
             verbs: Container[int] = frozenset()) -> str:
    """A short phrase saying what is measured, taken from the sentence.

    In order: the `از` phrase after the figure (`۷۵ درصد از نوار غزه`), joined to the
    noun right before it (`جان … مردم بی‌دفاع`); the noun phrase after a percentage or
    an amount (`۲۰ ٪ خانوارها`, `۳ میلیارد دلار تجهیزات نظامی`); the counted noun with
    its modifiers (`۳۶ نظامی ترکیه`); else the clause before the figure (`حجم مبادلات
    تجاری میان روسیه و ویتنام … ۲۰ درصد افزایش`).
    """
    text = doc.text
    rest = text[end:sent.end]
    before = _clause_before(text, start, sent, lex)
    m = _FROM_AFTER_RE.match(rest)
    if m:
        after = _noun_phrase(text, end + m.end(), sent.end, lex, verbs)
        if after:
            prev = _word_before(text, start, sent.start)
            if prev is not None and prev.key not in lex.not_units and not _is_verb(prev.text) \
                    and before.endswith(prev.text):
                return f"{prev.text} … {after}"
            return after
    adjectival = _is_adjectival(text, start, end, unit)
    if adjectival and before:
        return before  # `کمیته ۱۲ نفره`, `مالیات ۲ درصدی`
    if unit.kind in ("percent", "money", "measure"):
        after = _noun_phrase(text, end, sent.end, lex, verbs)
        if after:
            return after
    if (unit.kind == "count" and unit.unit and _key(unit.unit) not in lex.person_classifiers
            and unit.unit in text[start:end]):
        noun_start = text.index(unit.unit, start, end)
        phrase = unit.unit + " " + _noun_phrase(text, noun_start + len(unit.unit), sent.end, lex,
                                                verbs, max_words=2)
        phrase = phrase.strip()
        if phrase:
            return phrase
    if unit.kind == "count" and _key(unit.unit) in lex.person_classifiers:
        # people: what happened to them (`۲۵ نفر کشته`, `۱۰ میلیون نفر آواره شده‌اند`)
        state = _predicate_words(text, end, sent.end, lex, verbs)
        if state:
            return f"{unit.unit} {state}"
    return before or unit.unit


def _predicate_words(text: str, pos: int, limit: int, lex: _Lex, verbs: Container[int]) -> str:
    """Up to two words after a count of people, before the verb (`کشته`, `دیگر زخمی`)."""
    words: list[str] = []
    while len(words) < 2:
        w = _word_after(text, pos, limit)
        if w is None or w.key in lex.not_units or _is_verb(w.text) or w.start in verbs \
                or w.key in lex.light_verbs:
            break
        words.append(w.text)
        pos = w.end
    return " ".join(words)


def _is_adjectival(text: str, start: int, end: int, unit: _Unit) -> bool:
    """`۷ درصدی`, `۲ دلاری`, `۱۲ نفره`: the figure describes the noun before it."""
    last = text[start:end].split()[-1] if text[start:end].split() else ""
    return last != unit.unit and _key(last).startswith(_key(unit.unit)) and bool(unit.unit)


def _noun_phrase(text: str, pos: int, limit: int, lex: _Lex, verbs: Container[int],
                 max_words: int = 4) -> str:
    """The noun phrase starting at `pos`: words up to a function word, a verb, the
    nominal part of a compound verb (`امضا شده`, `برگزار کرد`) or a break."""
    words: list[str] = []
    cur = pos
    while len(words) < max_words:
        w = _word_after(text, cur, limit)
        if w is None:
            break
        key = w.key
        nxt = _word_after(text, w.end, limit)
        if (key in lex.not_units or _is_verb(w.text) or w.start in verbs
                or any(key.startswith(c) for c in lex.change)
                or key.endswith(q.PARTICIPLE_ENDINGS)
                or (words and key in lex.common_count)
                or (nxt is not None and (nxt.start in verbs or nxt.key in lex.light_verbs))):
            break
        words.append(w.text)
        cur = w.end
    return " ".join(words)


def _clause_before(text: str, start: int, sent: Sentence, lex: _Lex) -> str:
    """The clause before the figure, back to the last break, without time phrases."""
    head = text[_back(sent, start, 3 * _CLAUSE):start]
    cut = max(head.rfind(ch) for ch in _CLAUSE_BREAK)
    ke = head.rfind(f" {q.THAT} ")
    clause = head[max(cut, ke + 3 if ke >= 0 else -1) + 1:]
    clause = lex.change_before_re.sub("", clause).strip()
    m = lex.subject_stop_re.search(" " + clause)
    if m:
        clause = (" " + clause)[: m.start()].strip()
    words = clause.split()
    while words and _key(words[0]) in lex.fillers:
        words.pop(0)
    while words and (_key(words[-1]) in lex.not_units or _key(words[-1]) in lex.change):
        words.pop()
    return " ".join(words[-8:])


def _speaker(quotes: list[Quote], start: int, end: int) -> str:
    """The speaker of the innermost quote containing [start, end), or ""."""
    best: Quote | None = None
    for quote in quotes:
        inside = quote.start <= start and end <= quote.end and quote.speaker
        if inside and (best is None or quote.end - quote.start < best.end - best.start):
            best = quote
    return best.speaker if best else ""


# --- entry point -------------------------------------------------------------------

def _named_starts(doc: Document) -> dict[int, int]:
    """Starts of name mentions, with their ends: a number before a name is part of it
    (`۲۴ امارات`)."""
    return {m.start: m.end for m in doc.mentions
            if m.entity_type in ("country", "person", "org", "capital")}


_START, _LEMMA = attrgetter("start"), attrgetter("lemma")


class _VerbStarts:
    """Starts of the tokens hazm lemmatizes as verbs (`#` in the lemma), as a set read
    with `in`; gathered on first use, since only the subject of a statistic reads them
    and many documents state none."""

    __slots__ = ("_doc", "_starts")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._starts: frozenset[int] | None = None

    def __contains__(self, pos: int) -> bool:
        if self._starts is None:
            tokens = self._doc.tokens  # (`"#" in t.lemma` for every token, looped in C)
            self._starts = frozenset(compress(map(_START, tokens), map(
                str.__contains__, map(_LEMMA, tokens), repeat("#"))))
        return pos in self._starts


def extract_statistics(doc: Document, quotes: list[Quote] | None = None) -> list[Statistic]:
    """Statistics of the document; `quotes` attribute numbers inside quotations."""
    lex = _lex()
    quotes = quotes or []
    named = _named_starts(doc)
    verbs = _VerbStarts(doc)
    out: list[Statistic] = []
    for sent in doc.sentences:
        taken = 0  # end of the last statistic: `۶۵ دلار و ۵۸ سنت` is one figure
        for span in find_numbers(sent.text, sent.start):
            if span.start < taken:
                continue
            stat = _statistic(doc, span, sent, lex, named, quotes, verbs)
            if stat is not None:
                stat.stat_id = len(out)
                out.append(stat)
                taken = stat.end
    return out


def _statistic(doc: Document, span: NumberSpan, sent: Sentence, lex: _Lex,
               named: dict[int, int], quotes: list[Quote],
               verbs: Container[int] = frozenset()) -> Statistic | None:
    """The statistic a number states, or None when it states none."""
    if span.ordinal:  # `_excluded` rules every ordinal out first, whatever its unit
        return None
    text = doc.text
    inside = ""  # a qualifier between the number and its unit
    if span.adjectival:  # `جمعیت ۲٫۲ میلیونی`: counts what the noun before names
        prev = _word_before(text, span.start, sent.start)
        if prev is None or prev.key not in lex.population:
            return None
        unit = _Unit("count", lex.population[prev.key], span.end, True)
    else:
        m = lex.inside_qualifier_re.match(text, span.end, sent.end)
        if m:  # `۳۰۰ و اندی نفر`: the unit comes after the qualifier
            inside = lex.inside_qualifiers.get(_key(m.group(1)), "")
            span = replace(span, end=m.end())
        unit = _unit_after(doc, span, sent, lex, named)
        sign = _SIGN_BEFORE_RE.search(text, _back(sent, span.start), span.start)
        if unit is None and sign:  # `٪۲۰`: the sign first
            unit = _Unit("percent", q.PERCENT_UNIT, span.end, True, sign.start())
    if _excluded(doc, span, sent, unit, lex):
        return None
    if unit is None:
        unit, span = _range_unit(doc, span, sent, lex, named)
        if unit is None:
            unit = _bare_count(doc, span, sent, lex)
        if unit is None or _excluded(doc, span, sent, unit, lex):
            return None
    if span.words and span.scale == 1 and span.text in AMBIGUOUS_WORDS and not unit.known:
        return None  # `سی هاوک`, `نه کارنی و نه دفترش`
    if span.text == q.NINE_OR_NOT and _negation(doc.text, span, unit, sent, lex):
        return None  # `سیاسی است و نه نظامی` "and not military"
    if unit.kind == "count" and span.value != int(span.value):
        nxt = _word_after(doc.text, unit.end, sent.end)
        if span.words or unit.known or (nxt is not None and nxt.key in lex.light_verbs):
            return None  # `نیم نگاهی`: half a thing; `۷٫۴ ذکر شده`: a verb's noun
        unit = replace(unit, kind="measure")  # `۲۴۴٫۸ امتیاز`: a score, a measure
    value = span.value
    end = unit.end
    if unit.kind == "money":
        sub = _money_subunit(doc, unit, sent, lex)
        if sub:
            value = round(value + sub[0], 6)
            end = sub[1]
        value = _scaled_currency(value, unit, lex)
    qualifier, start = _qualifier(doc, span, sent, lex)
    if (qualifier != "exact" and _key(text[start:span.start].split()[0]) == _key(q.WITH)
            and span.scale == 1 and _key(unit.unit) in lex.pass_through):
        qualifier, start = "exact", span.start  # `با عبور از سه کشور`: places passed through
    if qualifier == "exact":
        qualifier = inside or _qualifier_after(text, span, unit, end, sent, lex) or "exact"
    if unit.lead >= 0:
        start = min(start, unit.lead)
    return Statistic(
        doc_id=doc.doc_id, stat_id=0, sent_id=sent.sent_id, text=text[start:end],
        value=value, kind=unit.kind, unit=unit.unit, qualifier=qualifier,
        change=_change(doc, start, end, sent, lex),
        subject=_subject(doc, start, end, unit, sent, lex, verbs),
        speaker=_speaker(quotes, span.start, span.end), start=start, end=end,
    )


def _scaled_currency(value: float, unit: _Unit, lex: _Lex) -> float:
    """The amount of a currency word that stands for a scaled one: `۵۷۰۰ همت` is
    5700 × 10^12 tomans (CURRENCY_SCALES); other amounts as they are."""
    scale = lex.currency_scales.get(_key(unit.unit))
    if scale is None:
        return value
    scaled = Decimal(str(value)) * scale
    return int(scaled) if scaled == scaled.to_integral_value() else float(scaled)


def _negation(text: str, span: NumberSpan, unit: _Unit, sent: Sentence, lex: _Lex) -> bool:
    """`نه` before an open-class noun is "not" after `و` / `یا` (`سیاسی است و نه
    نظامی`) and in `نه X نه Y`, `نه X بلکه Y`; before a counting word, a percent, money
    or a measure (`نه نفر`, `نه درصد`) it stays nine."""
    if unit.kind != "count" or _unit_stems(_key(unit.unit))[3]:
        return False
    prev = _word_before(text, span.start, sent.start)
    if prev is not None and prev.key in lex.not_nine_before:
        return True
    head = text[_back(sent, span.start):span.start]
    tail = text[span.end:_ahead(sent, span.end)]
    before = head[max(head.rfind(ch) for ch in _CLAUSE_BREAK) + 1:].split()
    cuts = [i for i in (tail.find(ch) for ch in _CLAUSE_BREAK) if i >= 0]
    after = tail[:min(cuts, default=len(tail))].split()
    return any(_key(w) in lex.not_nine_contrast for w in (*before, *after))


def _range_unit(doc: Document, span: NumberSpan, sent: Sentence, lex: _Lex,
                named: dict[int, int]) -> tuple[_Unit | None, NumberSpan]:
    """`۳ تا ۵ درصد`, `از ۳۹۵ به ۶۸۷ هزار تومان`: the first number takes the second's unit."""
    text = doc.text
    joiner = _word_after(text, span.end, sent.end)
    if joiner is None or joiner.key not in lex.range_words:
        return None, span
    if joiner.key == q.TO:
        prev = _word_before(text, span.start, sent.start)
        if prev is None or prev.key != q.FROM:
            return None, span
    rest = text[joiner.end:sent.end]
    nums = find_numbers(rest, joiner.end)
    if not nums or rest[:nums[0].start - joiner.end].strip():
        return None, span
    second = nums[0]
    if second.ordinal:
        return None, span
    unit = _unit_after(doc, second, sent, lex, named)
    if unit is None or _excluded(doc, second, sent, unit, lex):
        return None, span
    value, scale = span.value, span.scale
    if span.scale == 1 and second.scale > 1 and span.value < 1000:
        value, scale = span.value * second.scale, second.scale  # `۴۰ به ۵۵ هزار`
    first = replace(span, value=value, scale=scale)
    return _Unit(unit.kind, unit.unit, span.end, unit.known), first


def _bare_count(doc: Document, span: NumberSpan, sent: Sentence, lex: _Lex) -> _Unit | None:
    """A number without a unit after a count word (`شمار کشته‌ها به ۵۰ رسید`)."""
    if span.words and span.scale == 1:
        return None
    # `شمار نیروهای نظامی آمریکا در مرز جنوبی به ۹ هزار رسیده است`: a count word
    # whose noun phrase is long, then `به NUMBER رسید`: look further back
    reach = _reaches_to(doc.text, span, sent)
    words = _clause_words_before(doc.text, span.start, sent, 14 if reach else 6)
    for i, w in enumerate(words):
        if _key(w) in lex.count_subject:
            noun = words[i + 1] if i + 1 < len(words) else ""
            return _Unit("count", noun, span.end, False)
    return None


def _reaches_to(text: str, span: NumberSpan, sent: Sentence) -> bool:
    """`… به NUMBER رسید / رسیده است / می‌رسد`: `به` right before the number and a verb
    of reaching right after it."""
    before = _word_before(text, span.start, sent.start)
    return (before is not None and before.key == _key("به")
            and _reach_verb_re().match(text, span.end, sent.end) is not None)


def _clause_words_before(text: str, pos: int, sent: Sentence, n: int = 6) -> list[str]:
    """The last `n` words of the clause before `pos` (back to the last break)."""
    head = text[_back(sent, pos, _CLAUSE):pos]
    cut = max(head.rfind(ch) for ch in _CLAUSE_BREAK)
    return head[cut + 1:].split()[-n:]


# --- stated vs listed ----------------------------------------------------------------

_MAX_LIST_GAP = 6  # words between the count and the start of its list
_DIGIT_RE = re.compile(_DIGIT)


def check_listed_counts(doc: Document, statistics: list[Statistic]) -> list[ListedCount]:
    """For each count followed in its sentence by a list, the stated vs listed number of items.

    The list is the `،`/`و`-separated items after the count. When every item names a
    party (a country, organisation, person or role mention with its country), the
    listed number is the number of distinct parties; otherwise the number of items.
    """
    out: list[ListedCount] = []
    for stat in statistics:
        if stat.kind != "count" or not isinstance(stat.value, (int, float)) or stat.value < 2 \
                or stat.value != int(stat.value):
            continue
        sent = next((s for s in doc.sentences if s.sent_id == stat.sent_id), None)
        if sent is None:
            continue
        found = _list_after(doc.text, stat.end, sent.end)
        if found is None:
            continue
        start, end, spans = found
        items = [doc.text[s:e] for s, e in spans]
        parties = [{m.country or m.entity_id for m in doc.mentions_in(s, e)
                    if m.entity_type in _PARTY_TYPES and (m.country or m.entity_type != "role")}
                   for s, e in spans]
        if all(parties):
            listed, method = len(set().union(*parties)), "mentions"
        else:
            listed, method = len(items), "list"
        partial = bool(_lex().partial_re.search(doc.text[stat.end:start + 1]))
        stated = int(stat.value)
        out.append(ListedCount(
            doc_id=doc.doc_id, stat_id=stat.stat_id, sent_id=stat.sent_id, stated=stated,
            listed=listed, agree=(listed == stated) or (partial and listed <= stated),
            method=method, partial=partial, items=items, start=start, end=end))
    return out


_PARTY_TYPES = ("country", "org", "person", "role")


def _list_after(text: str, pos: int, limit: int) -> tuple[int, int, list[tuple[int, int]]] | None:
    """The comma list after `pos` in [pos, limit): (start, end, item spans), or None.

    A list is at least three items: `A، B و C` or `A، B، C`; commas inside
    parentheses do not separate items.
    """
    region = text[pos:limit]
    # split on top-level commas
    pieces: list[tuple[int, int]] = []
    depth, last = 0, 0
    for i, ch in enumerate(region):
        if ch in "(«[":
            depth += 1
        elif ch in ")»]":
            depth = max(depth - 1, 0)
        elif ch in "،," and depth == 0:
            pieces.append((last, i))
            last = i + 1
    if len(pieces) < 1:
        return None
    pieces.append((last, len(region)))
    # first item: after an introducing word (`با`, `شامل`, `:`) close to the count
    first_s, first_e = pieces[0]
    lex = _lex()
    intro = list(lex.list_intro_re.finditer(region[first_s:first_e]))
    if not intro:
        return None
    gap = region[:first_s + intro[-1].start()]
    if len(gap.split()) > _MAX_LIST_GAP or re.search(rf"{_DIGIT}|[()«»]", gap):
        return None
    first_s = first_s + intro[-1].end()
    # last piece: `… و C` or `B و C`, then the rest of the clause up to its verb
    last_s, last_e = pieces[-1]
    last_text = region[last_s:last_e]
    items_spans = [(first_s, first_e)] + pieces[1:-1]
    lead = re.match(rf"[ \u200c]*{q.AND}[ \u200c]+", last_text)
    if lead:
        tail_s = last_s + lead.end()
    else:
        m = re.search(rf"[ \u200c]{q.AND}[ \u200c]", last_text)
        if not m:
            return None  # no closing `و`: not a list
        items_spans.append((last_s, last_s + m.start()))
        tail_s = last_s + m.end()
    tail = region[tail_s:last_e]
    keep = []
    for w in tail.split():  # the last item runs until a verb or a preposition
        if _is_verb(w) or _key(w) in lex.list_enders:
            break
        keep.append(w)
    if not keep:
        return None
    items_spans.append((tail_s, tail_s + tail.find(keep[-1]) + len(keep[-1])))
    spans = []
    for s, e in items_spans:  # trim spaces and a final full stop off each item
        while s < e and region[s] in " \u200c":
            s += 1
        while e > s and region[e - 1] in " \u200c.":
            e -= 1
        spans.append((pos + s, pos + e))
    items = [text[s:e] for s, e in spans]
    if len(items) < 3 or any(not i or _DIGIT_RE.match(i) for i in items):
        return None
    return spans[0][0], spans[-1][1], spans
