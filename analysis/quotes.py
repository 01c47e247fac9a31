"""Quotes: who said what, direct and reported.

Cues come from `analysis.lexicon.speech`. A speech verb is found in a sentence and
what follows it decides the form: a colon (`گفت: …`, direct; `«…»` after the colon
is the quotation itself), guillemets (`گفت «…»`), `که`/`تا` (reported clause),
a comma or the clause itself (`گفت مذاکرات …`). Openers that carry their speaker
(`به گفته X، …`), clause openers (`با بیان اینکه …`), `SPEAKER: statement`
headlines, characterisations (`X را «…» خواند`) and quoted fragments inside
reported speech complete the set. The speaker is the subject of the clause that
holds the cue: a person mention (its full name), a role phrase resolved by the
mentions, a pronoun resolved to the most recent salient subject, a demonstrative
(`این منابع`, `این دیپلمات`) resolved to the most recent named body or person, or
the phrase as written.

Clauses: a comma, `؛`, or a finite verb followed by `و`/`اما`/`ولی` ends a clause; a
clause without a subject of its own shares the first clause's (or, for a plural
verb inside reported speech, that speech's subject). The subject is the first
comma-segment that is not adverbial, a source line (`به گزارش X`) or an apposition
of a name in a skipped segment; inside an adverbial with no comma it starts after a
time word or parenthesis. Names learned in the article (`NAME ROLE`, `«NAME»`, a title,
a written name whose surname recurs, `NAME SURNAME، ROLE،`) resolve later surnames.

Not speech: `که` after a verb whose object is an indefinite noun (`طرحی را اعلام کرد که …`)
or opening with a resumptive (`… را … که بر اساس آن …`) is a relative clause; a spaced
compound (`گفت و گو`, `داد و ستد`) is a noun, neither a cue nor a clause end. A clause
that is one «…» is one direct quote. A headline head that no gazetteer knows counts when
the body quotes it (`مرکز آمار: …` then `مرکز آمار ایران اعلام کرد …`); an occasion between
a headline's speaker and its colon (`X پس از دیدار با Y: …`) is no part of the speaker.
An apposition after an opener's speaker (`به اعتقاد X، ROLE، «…»`) is no part of the words;
`«…» و افزود که …` ends the first report (a clause boundary after the closing mark).
In `به گفته ROLE، NAME، …` the name speaks; an opener's clause with its own person subject
and speech verb (`به گفته این وزارت، آقای متقی … خواسته است که «…»`) is that person's quote,
not the opener's (unless a prediction: `خواهد خواست`); `به گفته این وزارت` resolves like a
subject `این وزارت`. A written name with an apposition (`روح‌الله متفکرآزاد، نماینده …،`)
is a person, so a later `وی` is that speaker; a role phrase written before as a name's
apposition (`NAME، والی هرات،` … `والی هرات گفت`) is that name. Formal light verbs stand for
plain ones in every compound cue (`اظهار نمود`, `یادآور گردید`: the lexicon's variants).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice, pairwise

from .document import Document, Mention, Sentence
from .gazetteer import gazetteer
from .lexicon import numbers as lxn
from .lexicon import speech as lx
from .lexicon.calendar import GREGORIAN_MONTHS, JALALI_MONTHS
from .mentions import fullest_name, looks_like_a_name
from .text import normalize

_SP = "[ \u200c]*"  # space or ZWNJ between the parts of a phrase (or nothing)
_SP1 = "[ \u200c]+"
_LETTER = r"[\w\u200c]"
_NOT_BEFORE = r"(?<![\w\u200c])"
# the end of a compound's second part: `گو`, `گوی`, `گویی`, `گوها`, `گوهای`, `گوهایی`
_COMPOUND_END = "(?:\u200c?(?:ها|های|هایی)|ی|یی)?(?![\\w\u200c])"
# the second parts of the spaced compounds whose first part is a speech verb or light verb
# (`گفت و گو`, `داد و ستد`): after a cue they make it a noun
_CUE_COMPOUND_SECONDS = sorted({
    second for first, seconds in lx.SPACED_COMPOUNDS.items() for second in seconds
    if first in {past for past, _ in lx.SIMPLE_VERBS} | {past for past, _ in lx.LIGHT_VERBS.values()}})
# a cue is a whole word, and not the first part of a compound (`گفت‌وگو`, `گفت و گوی`)
_NOT_AFTER = (r"(?![\w\u200c\u200d\u00ad])"
              + "(?! ?و ?(?:" + "|".join(_CUE_COMPOUND_SECONDS) + ")" + _COMPOUND_END + ")")


@dataclass
class Quote:
    """One attributed statement (one row of `quotes`)."""

    doc_id: str
    quote_id: int
    sent_id: int
    kind: str  # direct | indirect
    form: str  # guillemets | colon | headline | interview | fragment | ke_clause | be_gofte | ...
    speaker: str
    speaker_country: str
    resolved_by: str  # name | surname | role | pronoun | headline | as_written
    cue: str
    text: str
    start: int
    end: int


# --- lexicon → regular expressions (built once) --------------------------------
def _phrase(text: str) -> str:
    """Regex for a normalized phrase, ZWNJ and space interchangeable."""
    words = re.split(r"[ \u200c]+", normalize(text))
    return _SP.join(re.escape(w) for w in words if w)


def _conjugation_forms(past: str, present: str, perfect_bare: bool = True) -> list[str]:
    """Regexes of the speech-relevant forms of a verb given its stems, one per form.

    Each starts with a letter (see `_by_first_char`): the optional continuous `می‌` of the
    past is written as two forms, with it first (what `(?:می‌)?` tries first).
    """
    aux = f"(?:{_SP}(?:است|اند|بود|بودند|باشد))"
    past_forms = [f"{past}(?:ند)?"]  # گفت، گفتند
    if present:  # no `می‌خواست` ('wanted')
        past_forms.insert(0, f"می{_SP}{past}(?:ند)?")  # می‌گفت
    forms = past_forms + [f"{past}ه{aux}" + ("?" if perfect_bare else "")]  # گفته است، (گفته)
    if present:
        forms.append(f"می{_SP}{present}(?:د|ند)")  # می‌گوید
    return forms


def _conjugations(past: str, present: str, perfect_bare: bool = True) -> str:
    """Regex for the speech-relevant forms of a verb given its stems."""
    aux = f"(?:{_SP}(?:است|اند|بود|بودند|باشد))"
    continuous = f"(?:می{_SP})?" if present else ""  # no `می‌خواست` ('wanted')
    forms = [
        f"{continuous}{past}(?:ند)?",  # گفت، گفتند، می‌گفت
        f"{past}ه{aux}" + ("?" if perfect_bare else ""),  # گفته است، گفته‌اند، (گفته)
    ]
    if present:
        forms.append(f"می{_SP}{present}(?:د|ند)")  # می‌گوید
    return "(?:" + "|".join(forms) + ")"


_REGEX_SPECIAL = frozenset("\\()[]{}?*+|^$.")


def _by_first_char(alts: list[str], word_start: bool = False) -> str:
    """`(?:a1|a2|…)` regrouped by first character: the same matches, found faster.

    At a position only the alternatives starting with its character can match, and they
    keep their order; grouped (and the rests grouped again), the engine tests a character
    per group instead of trying every alternative at every position.
    `word_start`: the same as `_NOT_BEFORE` + the alternation, with the lookbehind moved
    after the first character, so that the engine can skip to the positions holding one
    of the first characters. Falls back to the plain alternation unless every alternative
    starts with a literal character.
    """
    if any(len(a) < 2 or a[0] in _REGEX_SPECIAL or a[1] in "?*+{" for a in alts):
        return (_NOT_BEFORE if word_start else "") + "(?:" + "|".join(alts) + ")"
    groups: dict[str, list[str]] = {}
    for a in alts:
        groups.setdefault(a[0], []).append(a[1:])
    out = []
    for c, rests in groups.items():
        # `(?<![\w\u200c]c)` after `c`: what precedes `c` is not a letter (nor ZWNJ)
        check = r"(?<![\w\u200c]" + c + ")" if word_start else ""
        out.append(c + check + _by_first_char(rests))  # and so on, letter by letter
    return "(?:" + "|".join(out) + ")"


@cache
def _verb_forms() -> list[str]:
    """The alternatives of `_verb_re`, in order, each starting with a letter."""
    alts = []  # (alternative, the same as a list of alternatives that start with a letter)
    for nonverb, light in lx.COMPOUND_VERBS:
        past, present = lx.LIGHT_VERBS[light]
        alt = _phrase(nonverb) + _SP + _conjugations(past, present)
        alts.append((alt, [alt]))
    for past, present in lx.SIMPLE_VERBS:
        alts.append((_conjugations(past, present, perfect_bare=True),
                     _conjugation_forms(past, present, perfect_bare=True)))
    for phrase in lx.BELIEF_CUES:
        alts.append((_phrase(phrase), [_phrase(phrase)]))
    alts.sort(key=lambda a: len(a[0]), reverse=True)  # the order is that of the written forms
    return [f for _, forms in alts for f in forms]


@cache
def _verb_re() -> re.Pattern:
    """All speech verbs, longest alternatives first."""
    return re.compile(_by_first_char(_verb_forms(), word_start=True) + _NOT_AFTER)


@cache
def _colon_only_re() -> re.Pattern:
    return re.compile(_alts(lx.COLON_ONLY_CUES, word_start=True) + "(?= *:)")


def _alt_re(phrases, prefix: str = "", suffix: str = "") -> re.Pattern:
    start = prefix + _NOT_BEFORE + _alts(phrases) if prefix else _alts(phrases, word_start=True)
    return re.compile(start + _NOT_AFTER + suffix)


@cache
def _regexes() -> dict[str, re.Pattern]:
    return {
        "source_opener": _alt_re(lx.SOURCE_OPENERS),
        "clause_opener": _alt_re(lx.CLAUSE_OPENERS),
        "as_said": _alt_re(lx.AS_SAID_OPENERS),
        "framing": _alt_re(lx.FRAMING_OPENERS, prefix="^"),
        "subordinate": _alt_re(lx.SUBORDINATE_OPENERS, prefix="^"),
        "adverbial": _alt_re(lx.ADVERBIAL_PHRASES, prefix="^"),
        "source_line": _alt_re(lx.SOURCE_LINE_MARKERS),
        "relay": _alt_re(lx.RELAY_MARKERS),
        "characterize": _alt_re(lx.CHARACTERIZE_VERBS),
        "passive": _alt_re(lx.PASSIVE_AFTER, prefix="^ *"),
        "complementizer": _alt_re(lx.COMPLEMENTIZERS, prefix=" *"),
        "statement_noun": _alt_re(lx.STATEMENT_NOUNS, suffix="(?:\u200cای|ی)?"),
        "issued_by": _alt_re(lx.ISSUED_BY),
        "statement_verb": _alt_re(lx.STATEMENT_VERBS),
        "accuse": re.compile(_by_first_char(
            ["را" + _SP1 + "(?:به" + _SP1 + "[^.،؛:]{1,80}?" + _SP1 + ")?"
             + "متهم" + _SP1 + "(?:به" + _SP1 + "[^.،؛:]{1,80}?" + _SP1 + ")?"
             + "(?:کرد|کردند|کرده|کرده است|کرده‌اند|کرده اند|می‌کند|می‌کنند)"], word_start=True)
            + _NOT_AFTER),
    }


# The cues of `_regexes()` that few sentences hold, and their lexicon tables.
_RARE_CUES = {"source_opener": "SOURCE_OPENERS", "clause_opener": "CLAUSE_OPENERS",
              "statement_verb": "STATEMENT_VERBS", "characterize": "CHARACTERIZE_VERBS"}


@cache
def _rare_cue_core_re() -> re.Pattern:
    """The phrases of every rare cue, without lookarounds: found wherever one of them is."""
    return re.compile(_alts([p for table in _RARE_CUES.values() for p in getattr(lx, table)]))


def _alts(phrases, word_start: bool = False) -> str:
    """The phrases as one regex alternation, longest first (see `_by_first_char`)."""
    return _by_first_char(sorted((_phrase(p) for p in phrases), key=len, reverse=True), word_start)


@cache
def _anchored() -> dict[str, re.Pattern]:
    """Some patterns of `_regexes()` without their `^` and lookbehind, for `.match(text, a, b)`.

    `_regexes()[name].match(text[a:b])` works on a copy of the span, where the lookbehind
    always passes (nothing precedes the copy); these match the same at `a` without copying.
    """
    tables = {"framing": lx.FRAMING_OPENERS, "as_said": lx.AS_SAID_OPENERS,
              "adverbial": lx.ADVERBIAL_PHRASES, "subordinate": lx.SUBORDINATE_OPENERS,
              "source_line": lx.SOURCE_LINE_MARKERS, "relay": lx.RELAY_MARKERS}
    out = {name: re.compile(_alts(phrases) + _NOT_AFTER) for name, phrases in tables.items()}
    # `framing or as_said or adverbial` (`_skip_leading`): the first of them that matches
    out["leading"] = re.compile("|".join(f"(?:{out[n].pattern})" for n in ("framing", "as_said", "adverbial")))
    return out


@cache
def _starts_re(name: str) -> re.Pattern:
    """Every position where a phrase of `_regexes()[name]` could start (no lookarounds)."""
    phrases = {"relay": lx.RELAY_MARKERS}[name]
    return re.compile("(?=" + _alts(phrases) + ")")


@cache
def _wordset(name: str) -> frozenset[str]:
    """A lexicon dict's keys, normalized, ZWNJ-free, as a set of single words."""
    return frozenset(_key(normalize(w)) for w in getattr(lx, name))


@cache
def _lex_keys(name: str) -> tuple[str, ...]:
    """The comparison keys of a lexicon table's phrases, in order."""
    return tuple(_lex_key(p) for p in getattr(lx, name))


@cache
def _simple_pasts() -> tuple[str, ...]:
    return tuple(past for past, _ in lx.SIMPLE_VERBS)


@cache
def _passive_re() -> re.Pattern:
    """`_regexes()["passive"]` for `.match(text, pos, end)`: on the copy `text[pos:end]` it
    matched, its lookbehind saw only spaces or the copy's start, so it is left out."""
    return re.compile(" *" + _alts(lx.PASSIVE_AFTER) + _NOT_AFTER)


@cache
def _lex_key(phrase: str) -> str:
    """Comparison key of a lexicon phrase, normalized once."""
    return _key(normalize(phrase))


_KEY_STRIP = "«»\"'()،,.:؛"  # what `_key` strips from the ends of a word


def _key(word: str) -> str:
    """Comparison key: no ZWNJ, no guillemets, no trailing punctuation."""
    return word.replace("\u200c", "").strip(_KEY_STRIP)


def _keys(text: str) -> list[str]:
    """`[_key(w) for w in text.split()]` (inlined: it runs over whole clauses and texts)."""
    return [w.replace("\u200c", "").strip(_KEY_STRIP) for w in text.split()]


# Tokens that are a finite verb: a clause ends there (`… حمله کرد و …`). Whole tokens
# only: `کارآمد` and `درآمد` end in `آمد` without being verbs.
_PAST_STEMS = ("کرد|شد|داد|گفت|خواند|دانست|نمود|یافت|رفت|رسید|آمد|گرفت|داشت|ماند|گذاشت|"
               "پرداخت|برد|بود|شمرد|برشمرد|افزود|ساخت|زد|کشید|آورد|دید|پذیرفت|خواست|نوشت|کوشید|"
               "گردید|ورزید")
_VERB_END_RE = re.compile(
    rf"^(?:ن|می\u200c?|نمی\u200c?)?(?:{_PAST_STEMS})(?:ند|ه|ه\u200c?(?:اند|ایم|اید|ام|بود)|یم|ید|م)?$"
    r"|^(?:ن|می\u200c?|نمی\u200c?)?(?:کن|شو|ده|دار|رس|گیر)(?:د|ند)$"
    r"|^(?:است|اند|هستند|نیست|بودند)$"
)
_WORD_RE = re.compile(r"[^\s]+")
_FIRST_WORD_RE = re.compile(r"\s*(\S+)")  # `.match(text, a, b)`: `text[a:b].split()[0]`
_QUOTE_OPEN = "«\"“"  # guillemets, or straight and curly double quotes
_QUOTE_CLOSE = "»\"”"
_QUOTE_OPEN_RE = re.compile("[" + _QUOTE_OPEN + "]")


# --- working records -----------------------------------------------------------------
_PLACE_WORD = r"[^\s\d۰-۹،؛:.«»()]+"  # one word of a town's name: no digits, no punctuation
_PLACE = rf"{_PLACE_WORD}(?: {_PLACE_WORD})?"  # a town of one or two words (`مسجد سلیمان`)


@cache
def _constituency_re() -> re.Pattern:
    """`نماینده مردم X، Y و Z`: an MP's constituency, a list of towns closed by `و`.
    Group 1 holds the towns after the first (with their commas)."""
    return re.compile(_alts(lx.CONSTITUENCY_HEADS, word_start=True)
                      + rf" {_PLACE}((?:، {_PLACE})+) و {_PLACE_WORD}(?![\w\u200c])")


def _constituency_commas(text: str) -> frozenset[int]:
    """Offsets of the commas inside constituency lists (`نماینده مردم تبریز، آذرشهر و اسکو
    گفت`): they join towns, not clauses, so the role phrase and its speaker stay one segment.
    A list item that is a function word or a finite verb (`…، در جلسه و …`) is no town."""
    found = set()
    for m in _constituency_re().finditer(text):
        items = text[m.start(1):m.end(1)]
        words = [_key(w) for w in items.replace("،", " ").split()]
        if any(w in _wordset("PREPOSITIONS") or w in {"که", "را"} or _VERB_END_RE.match(w)
               for w in words):
            continue
        found.update(m.start(1) + i for i, ch in enumerate(items) if ch == "،")
    return frozenset(found)


@dataclass
class _Speaker:
    name: str
    country: str = ""
    resolved_by: str = "as_written"
    is_person: bool = False


@dataclass
class _Cand:
    sent_id: int
    kind: str
    form: str
    cue: str
    start: int  # quoted text
    end: int
    subj_start: int  # where to look for the speaker
    subj_end: int
    speaker: _Speaker | None = None  # given speaker (opener, relay, headline)
    order: int = 0  # position used for ordering / salience
    inherit: _Cand | None = None  # speaker of another candidate (fragments)


@dataclass
class _State:
    last_person: _Speaker | None = None
    last_body: _Speaker | None = None
    last_speaker: _Speaker | None = None
    role_last: bool = False  # the last speaker is a one-person role, no person since
    bodies: list[_Speaker] = field(default_factory=list)
    persons: list[_Speaker] = field(default_factory=list)


class _Doc:
    """The document being read, with the lookups this module repeats, built once per call.

    It offers what the rules read of a `Document` (`text`, `mentions`, `sentences`,
    `mentions_in`, `sent_id_at`) plus indexes, so that a question about a span costs
    about the span's answer rather than the whole document (a sentence of many colon
    quotes asks about the same long span once per verb).
    """

    __slots__ = (
        "_apposed",
        "_by_start",
        "_dashes",
        "_first_countries",
        "_hits",
        "_known",
        "_person_countries",
        "_persons",
        "_plain",
        "_seps",
        "_starts",
        "doc",
        "doc_id",
        "mentions",
        "sentences",
        "text",
    )

    def __init__(self, doc: Document):
        self.doc = doc
        self.doc_id = doc.doc_id
        self.text = doc.text
        self.mentions = doc.mentions
        self.sentences = doc.sentences
        self._by_start: dict[int, list[Mention]] | None = None
        self._seps: list[int] | None = None
        self._persons: list[int] | None = None
        self._plain: str | None = None
        self._known: frozenset[str] | None = None
        self._person_countries: dict[str, set[str]] | None = None
        self._first_countries: dict[str, str] | None = None
        self._dashes: list[int] | None = None
        self._starts: dict[str, list[int]] = {}
        self._hits: tuple[list[int], list[int]] | None = None
        self._apposed: dict[str, str] = {}

    def apposed_name(self, surname: str) -> str:
        """The full name `GIVEN SURNAME` the article writes before an apposition (`حسین
        راغفر، اقتصاددان …،`) at the start of a sentence or clause; '' if none or several."""
        if surname not in self._apposed:
            self._apposed[surname] = _apposed_name(self, surname)
        return self._apposed[surname]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return self.doc.mentions_in(start, end)

    def sent_id_at(self, offset: int) -> int:
        return self.doc.sent_id_at(offset)

    def may_hold_rare_cue(self, s0: int, s1: int) -> bool:
        """Whether [s0, s1) may hold an opener, a statement verb or a characterisation.

        Their phrases (`_RARE_CUES`) are found once over the whole text, without their
        lookarounds: a span that no such find reaches holds none of them.
        """
        if self._hits is None:
            found = [m.span() for m in _rare_cue_core_re().finditer(self.text)]
            self._hits = ([a for a, _ in found], [b for _, b in found])
        starts, ends = self._hits
        i = bisect.bisect_right(ends, s0)  # the first find ending inside or after the span
        return i < len(ends) and starts[i] < s1

    def mentions_starting(self, pos: int) -> list[Mention]:
        """The mentions that start at `pos`, in document order."""
        if self._by_start is None:
            self._by_start = {}
            for m in self.mentions:
                self._by_start.setdefault(m.start, []).append(m)
        return self._by_start.get(pos, [])

    def known_persons(self) -> frozenset[str]:
        """The persons that person and role mentions resolve to."""
        if self._known is None:
            self._known = frozenset(m.person for m in self.mentions
                                    if m.person and m.entity_type in ("person", "role"))
        return self._known

    def person_countries(self) -> dict[str, set[str]]:
        """Person → the countries of its person mentions (those that have one)."""
        if self._person_countries is None:
            self._person_countries = {}
            for m in self.mentions:
                if m.entity_type == "person" and m.country:
                    self._person_countries.setdefault(m.person, set()).add(m.country)
        return self._person_countries

    def first_countries(self) -> dict[str, str]:
        """Person → the country of the first mention resolving to it that has one."""
        if self._first_countries is None:
            self._first_countries = {}
            for m in self.mentions:
                if m.country:
                    self._first_countries.setdefault(m.person, m.country)
        return self._first_countries

    def has_word_key(self, key: str) -> bool:
        """Some word of the text has this `_key` (`key` is one: no ZWNJ, nothing to strip).

        Such a word is the key with only `_KEY_STRIP` characters around it, in the text
        without ZWNJ: each place the key is found there is checked.
        """
        if self._plain is None:
            self._plain = self.text.replace("\u200c", "")
        text, n = self._plain, len(key)
        i = text.find(key)
        while i >= 0:
            a, b = i, i + n
            while a > 0 and text[a - 1] in _KEY_STRIP:
                a -= 1
            while b < len(text) and text[b] in _KEY_STRIP:
                b += 1
            if (a == 0 or text[a - 1].isspace()) and (b == len(text) or text[b].isspace()):
                return True
            i = text.find(key, i + 1)
        return False

    def person_starts(self) -> list[int]:
        """Sorted starts of the mentions that can open a narration subject (`_sentence_subject`)."""
        if self._persons is None:
            self._persons = sorted({m.start for m in self.mentions if m.entity_type in ("person", "role")
                                    and (m.person or m.entity_type == "person")})
        return self._persons

    def separators(self) -> list[int]:
        """Offsets of every `،` and `؛` (the segment separators), sorted."""
        if self._seps is None:
            listed = _constituency_commas(self.text)
            self._seps = [m.start() for m in re.finditer("[،؛]", self.text) if m.start() not in listed]
        return self._seps

    def has_dash(self, a: int, b: int) -> bool:
        """`" - " in text[a:b]`, by bisecting the offsets of every ` - `."""
        if self._dashes is None:
            text, found, i = self.text, [], self.text.find(" - ")
            while i >= 0:
                found.append(i)
                i = text.find(" - ", i + 1)
            self._dashes = found
        i = bisect.bisect_left(self._dashes, a)
        return i < len(self._dashes) and self._dashes[i] + 3 <= b

    def search(self, name: str, a: int, b: int) -> tuple[int, int] | None:
        """Span of `_regexes()[name].search(text[a:b])`, in text offsets, without the copy.

        A short span is copied and searched; in a long one only the positions where a
        phrase can start (found once per document) are tried.
        """
        text = self.text
        if b - a <= 256:
            m = _regexes()[name].search(text[a:b])
            return None if m is None else (a + m.start(), a + m.end())
        m = _anchored()[name].match(text, a, b)  # at `a` the copy's lookbehind passes
        if m is not None:
            return m.span()
        starts = self._starts.get(name)
        if starts is None:
            starts = self._starts[name] = [m.start() for m in _starts_re(name).finditer(text)]
        rx = _regexes()[name]
        for i in range(bisect.bisect_right(starts, a), len(starts)):
            if starts[i] >= b:
                break
            m = rx.match(text, starts[i], b)
            if m is not None:
                return m.span()
        return None


# --- entry point -------------------------------------------------------------------
def extract_quotes(doc: Document) -> list[Quote]:
    """Quotes of the document in text order."""
    doc = _Doc(doc)
    text = doc.text
    guillemets = _guillemet_spans(text)
    cands: list[_Cand] = []
    heads, unknown_heads = _headlines(doc)
    cands += heads
    for sent in doc.sentences:
        cands += _sentence_quotes(doc, sent, guillemets, cands)
    answers, labelled = _interview(doc)
    if answers:  # an interview's labelled lines: the answers are quotes, nothing else in them
        cands = [c for c in cands if not any(a <= c.start < b for a, b in labelled)] + answers
    cands = _drop_relaying(cands)
    cands += _continuations(doc, cands)
    cands += _fragments(doc, cands)
    cands = _dedupe(cands)
    cands.sort(key=lambda c: (c.order, c.start))

    quoted = _quoted_paragraphs(text, guillemets)
    state = _State()
    quotes: list[Quote] = []
    resolved: dict[int, _Speaker] = {}
    by_sent: dict[int, list[_Cand]] = {}
    for c in cands:
        by_sent.setdefault(c.sent_id, []).append(c)
    # the state is read only to resolve candidates: after the last sentence that has
    # some, what the narration sentences would make salient is never read
    remaining = sum(1 for sent in doc.sentences if sent.sent_id in by_sent)
    for sent in doc.sentences:
        if not remaining:
            break
        sent_cands = by_sent.get(sent.sent_id, [])
        if sent_cands:
            remaining -= 1
        for c in sent_cands:
            if c.inherit is not None and id(c.inherit) in resolved:
                spk = resolved[id(c.inherit)]
            elif c.inherit is not None and c.inherit.order <= c.order:
                continue  # the words of a clause that has no speaker (a medium's report)
            elif c.speaker is not None:
                spk = c.speaker
            else:
                spk = _speaker_of(doc, c.subj_start, c.subj_end, state)
            if _is_media_report(c, spk) or not spk.name or _is_count_phrase(spk):
                continue  # a medium citing (`روزنامه X گزارش داد که …`), or no speaker at all
            resolved[id(c)] = spk
            _remember(state, spk)
        if not sent_cands and not _inside(quoted, sent.start):
            # a narration sentence (not a line of a quotation): its subject may become salient
            subj = _sentence_subject(doc, sent)
            if subj is not None and subj.is_person:
                state.last_person = subj
                state.role_last = False
    cands += _heads_quoted_in_the_body(doc, unknown_heads, cands, resolved)
    _role_heads_to_body_people(doc, cands, resolved)
    _role_then_name(doc, cands, resolved)
    _roles_to_the_named_speaker(doc, cands, resolved)
    _epithets_of_the_speaker(doc, cands, resolved)
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        spk = resolved.get(id(c))
        if spk is None:
            continue
        quotes.append(Quote(
            doc_id=doc.doc_id, quote_id=len(quotes), sent_id=c.sent_id, kind=c.kind, form=c.form,
            speaker=spk.name, speaker_country=spk.country, resolved_by=spk.resolved_by,
            cue=c.cue, text=text[c.start:c.end], start=c.start, end=c.end,
        ))
    return quotes


def _is_count_phrase(spk: _Speaker) -> bool:
    """A speaker written as a number in digits and a noun (`۸۳ بند`, `۲۰ ماده`): a count
    of things is no speaker (`در این بیانیه ۸۳ بند آمده و …`: the clauses are what the
    statement holds). Only for a phrase as written, never a resolved name; a number in
    words stays (`دو مقام آمریکایی`, `دو کشور`: unnamed sources and parties do speak)."""
    if spk.resolved_by != "as_written":
        return False
    keys = _keys(spk.name)
    return len(keys) > 1 and keys[0].isdigit()


def _roles_to_the_named_speaker(doc: _Doc, cands: list[_Cand], resolved: dict[int, _Speaker]) -> None:
    """`رئیس پلیس راهور … اعلام کرد: …` then `سردار تیمور حسینی … گفت: …`: one speaker.

    When the article quotes exactly one named person and also a role phrase that no
    mention resolved, and their quotes alternate, the role is that person's, unless the
    role names another country (`سخنگوی وزارت خارجه آذربایجان` beside Armenia's spokesperson:
    someone else, kept as written), or its subject phrase names that person as a complement
    (`رئیس مجلس در واکنش به سخنان X گفت`: someone answering X).
    """
    people = {s.name for s in resolved.values() if s.is_person}
    if len(people) != 1:
        return
    (person,) = people
    holder = next(s for s in resolved.values() if s.name == person)
    order = sorted((c for c in cands if id(c) in resolved), key=lambda c: c.start)
    # in order of first appearance (a set's order would depend on the hash seed, and an
    # earlier role's resolution can make a later one's quote "near" the person)
    roles = list(dict.fromkeys(
        resolved[id(c)].name for c in order
        if resolved[id(c)].resolved_by == "as_written" and resolved[id(c)].name
        and _key(resolved[id(c)].name.split()[0]) in _wordset("ROLE_HEADS")))
    for role in roles:
        idx = [i for i, c in enumerate(order) if resolved[id(c)].name == role]
        country = resolved[id(order[idx[0]])].country
        if country and holder.country and country != holder.country:
            continue  # another country's role: not this person
        if any(_names_in_subject(doc, order[i], person) for i in idx):
            continue  # `رئیس مجلس در پاسخ به X گفت`: the role answers the person
        if _serves_the_role(doc.text, role, order[idx[0]].start):
            continue  # `X، معاون دبیرکل سازمان ملل` then `دبیرکل سازمان ملل گفت`: his superior
        near = any(0 <= j < len(order) and resolved[id(order[j])].name == person
                   for i in idx for j in (i - 1, i + 1))
        if not near:
            continue
        for i in idx:
            resolved[id(order[i])] = _Speaker(person, holder.country, "role", True)


def _serves_the_role(text: str, role: str, stop: int) -> bool:
    """`role` is written before `stop` as the complement of a subordinate role head
    (`معاون دبیرکل سازمان ملل`, `سخنگوی دبیرکل`: `SUBORDINATE_ROLE_HEADS`), so the person
    who holds that subordinate role is not the role's holder."""
    return _serving_re(role).search(text, 0, stop) is not None


@lru_cache(maxsize=4096)
def _serving_re(role: str) -> re.Pattern:
    """`_serves_the_role`'s pattern for one role phrase (the text is normalized already)."""
    return re.compile(rf"(?<![\w\u200c])(?:{_subordinate_heads()})[ \u200c]+{_phrase(role)}"
                      r"(?![\w\u200c])")


@cache
def _subordinate_heads() -> str:
    return _alts(lx.SUBORDINATE_ROLE_HEADS)


_ROLE_NAME_GAP = 2  # sentences from a role's last quote to the name that continues it


def _role_then_name(doc: _Doc, cands: list[_Cand], resolved: dict[int, _Speaker]) -> None:
    """`رئیس سازمان توسعه تجارت ایران اعلام کرد که …` then (next sentence or paragraph)
    `محمدعلی دهقان دهنوی افزود: …`: the role's holder, named only now. When a name no
    gazetteer knows is first written as the subject of a continuing speech verb
    (`CONTINUATION_CUES`, or `همچنین گفت`) right after the quotes of a one-person role
    that nothing resolved, with no other speaker between, those quotes are the name's.
    """
    text = doc.text
    order = sorted((c for c in cands if id(c) in resolved), key=lambda c: c.start)
    seen: set[str] = set()
    for i, c in enumerate(order):
        spk = resolved[id(c)]
        first_time = spk.name not in seen
        seen.add(spk.name)
        if i == 0 or not first_time or c.form == "headline" or not _unknown_name(doc, c, spk):
            continue
        if not _continues_speech(text, c):
            continue
        prev = resolved[id(order[i - 1])]
        j = i - 1
        while j >= 0 and resolved[id(order[j])].name == prev.name:
            j -= 1
        run = order[j + 1:i]
        if not 0 < c.sent_id - run[-1].sent_id <= _ROLE_NAME_GAP:
            continue
        if prev.is_person or not _is_role_speaker(prev) or \
                _key(prev.name.split()[0]) in _wordset("INDEFINITES") or \
                resolved[id(run[0])].resolved_by != "as_written":
            continue  # a person, a body, `یک منبع`, or a role that something resolved
        if text.find(spk.name) < run[0].start or any(resolved[id(o)].name == prev.name for o in order[i + 1:]):
            continue  # the name was written before (with another role), or the role speaks on
        if _another_speaker(doc, c, spk.name, prev.name):
            continue  # `NAME رئیس مرکز … نیز خاطرنشان کرد`: someone else, with his own role
        person = _Speaker(spk.name, spk.country or prev.country, "role", True)
        for r in run:
            resolved[id(r)] = person


def _another_speaker(doc: _Doc, c: _Cand, name: str, role: str = "") -> bool:
    """The subject of `c` is one more speaker, not the holder of `role` quoted before: it
    carries `نیز`/`هم` (`X نیز خاطرنشان کرد`), or a role of its own after the name
    (`احمد وظیفه رئیس مرکز ملی اقلیم … خاطرنشان کرد`) other than `role` (`حسین صمصامی عضو
    کمیسیون اقتصادی مجلس گفت` introduces the holder of `عضو کمیسیون اقتصادی مجلس`)."""
    text = doc.text
    stop = c.subj_end if c.subj_end > c.subj_start else c.start
    region = text[c.subj_start:stop]
    at = region.find(name)
    after = _keys(region[at + len(name):]) if at >= 0 else _keys(region)
    if any(k in _wordset("ANOTHER_SPEAKER_ADVERBS") for k in after):
        return True
    if role and " ".join(_keys(role)) in " ".join(after):
        return False
    return bool(after) and (after[0] in _wordset("ROLE_HEADS") or after[0] in _wordset("APPOSITIVE_HEADS"))


def _unknown_name(doc: _Doc, c: _Cand, spk: _Speaker) -> bool:
    """The speaker is written as a name of two or three plain words that no mention covers
    (`محمدعلی دهقان دهنوی`), not a role, body, medium or pronoun."""
    keys = list(_name_keys(spk.name))
    if spk.resolved_by not in ("as_written", "name") or not 2 <= len(keys) <= 3:
        return False
    if not all(k.isalpha() for k in keys) or not _name_like(keys) or _is_medium(spk.name):
        return False
    if any(k in _wordset(t) for k in keys for t in ("APPOSITIVE_HEADS", "BODY_HEADS", "INDEFINITES",
                                                   "SPEAKER_ROLE_HEADS", "GENERIC_BODY_WORDS")):
        return False
    if any(m.entity_type in ("person", "role", "org", "country", "capital", "demonym")
           for m in doc.mentions_in(c.subj_start, c.subj_end)):
        return False
    from .gazetteer import canonical, gazetteer

    gaz = gazetteer()  # `ژاپن تایمز`: a place's or a medium's name is no person's
    if canonical(normalize(spk.name)) in gaz.media or any(gaz.lookup(w) for w in spk.name.split()):
        return False
    return _name_opens_clause(doc, c, spk.name)


def _name_opens_clause(doc: _Doc, c: _Cand, name: str) -> bool:
    """`NAME افزود/همچنین گفت …` at its sentence's (or line's) start, after a source line at
    most, with a singular verb: not `همچنین سران نظامی … هشدار داده‌اند`."""
    text = doc.text
    at = text.find(name, c.subj_start, max(c.subj_end, c.start))
    if at < 0:
        return False
    sent = doc.sentences[c.sent_id] if 0 <= c.sent_id < len(doc.sentences) else None
    s0 = max(sent.start if sent is not None else 0, text.rfind("\n", 0, at) + 1)
    s0 = _after_line_prefix(text, s0, at)
    before = text[s0:at].strip(" \u200c")
    if before and not (before.endswith("،") and _regexes()["source_line"].match(before)):
        return False  # (`به گزارش ایرنا، NAME افزود` is at the start)
    verb = _verb_re().search(text, at + len(name), c.start if c.start > at else c.subj_end + 40)
    return verb is not None and not _key(verb.group()).endswith("ند")


def _epithets_of_the_speaker(doc: _Doc, cands: list[_Cand], resolved: dict[int, _Speaker]) -> None:
    """`ابراهیم رضایی سخنگوی کمیسیون … گفت: «…»` then `نماینده مردم دشتستان افزود که …`:
    a role written as it is, the subject of a continuing verb (`افزود`, `ادامه داد`) right
    after a named person's quote (same or next sentence), is that person described
    another way, unless the role names another country or is written beside another
    name in the article."""
    text = doc.text
    order = sorted((c for c in cands if id(c) in resolved), key=lambda c: c.start)
    for prev_c, c in pairwise(order):
        spk, prev = resolved[id(c)], resolved[id(prev_c)]
        if spk.is_person or spk.resolved_by != "as_written" or c.form == "headline" \
                or not _is_role_speaker(spk) or not prev.is_person:
            continue
        if not 0 <= c.sent_id - prev_c.sent_id <= 1 or not _continues_speech(text, c):
            continue
        if spk.country and spk.country != prev.country:
            continue  # another country's official
        if any(m.entity_type == "role" and m.person and m.surface == spk.name
               for m in doc.mentions):
            continue  # the role is someone's, written beside a name
        if not _may_hold(doc, prev.name, _mention_at(doc, c.subj_start, types=("role",))):
            continue  # `سخنگوی وزارت خارجه` after a foreign minister: another office
        resolved[id(c)] = _copy(prev, "epithet")


def _may_hold(doc: _Doc, person: str, role: Mention | None) -> bool:
    """Whether `person` may hold the office of the `role` mention: a person of the
    gazetteer only an office of their tenures; a name the article alone gives, any."""
    if role is None:
        return False
    office = role.entity_id.removeprefix("ROLE:")
    for m in doc.mentions:
        if m.entity_type == "person" and m.person == person:
            listed = gazetteer().people.get(m.entity_id.removeprefix("P:"))
            if listed is not None:
                return office in {t.role for t in listed.tenures}
    return True


def _continues_speech(text: str, c: _Cand) -> bool:
    """The candidate's speech verb continues (`افزود`, `ادامه داد`, `همچنین گفت`)."""
    if c.cue and _key(c.cue).startswith(_lex_keys("CONTINUATION_CUES")):
        return True
    clause = text[c.subj_start:c.start] if c.subj_start < c.start else text[c.subj_start:c.subj_end]
    keys = _keys(clause)
    return any(" ".join(keys[n:n + len(a.split())]) == a
               for a in _lex_keys("CONTINUATION_ADVERBS") for n in range(len(keys)))


def _names_in_subject(doc: _Doc, c: _Cand, person: str) -> bool:
    """A word of `person`'s name (two letters or more) in the subject region of `c`."""
    keys = {k for k in _name_keys(person) if len(k) > 1}
    return any(_key(w) in keys for w in doc.text[c.subj_start:c.subj_end].split())


def _is_media_report(c: _Cand, spk: _Speaker) -> bool:
    """A reporting verb (`گزارش داد`, `نوشت`) whose subject is a news medium."""
    if spk.is_person or not c.cue:
        return False
    if not _key(c.cue).startswith(_lex_keys("MEDIA_REPORTING_CUES")):
        return False
    return _is_medium(spk.name)


def _is_medium(name: str) -> bool:
    """A news medium: `روزنامه …`, `شبکه …`, or a known agency (agencies.csv)."""
    words = name.replace("\u200c", " ").split()
    if not words:
        return False
    keys = {_key(w) for w in words}
    if any(_lex_key(n).split()[0] in keys for n in lx.MEDIA_NOUNS):
        return True
    return _key(name).replace(" ", "") in _agency_names()


@cache
def _agency_names() -> frozenset[str]:
    """Names and variants of news agencies (data/gazetteer/agencies.csv), ZWNJ/space-free."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "agencies.csv"
    names: set[str] = set()
    try:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                for n in [row.get("name", "")] + (row.get("variants") or "").split("|"):
                    if n and not n.isascii():
                        names.add(_key(normalize(n)).replace(" ", ""))
    except OSError:
        pass
    return frozenset(names)


def _remember(state: _State, spk: _Speaker) -> None:
    """Make `spk` the salient speaker. A speaker known only by a singular role (`سرکنسول
    عراق در اهواز گفت که …`) is one person too: until another person is made salient, a
    following `وی`/`او` refers to it rather than to a person named before (`… . وی
    خاطرنشان کرد: …`; `role_last`)."""
    state.last_speaker = spk
    state.role_last = False
    if spk.is_person or (spk.resolved_by == "as_written" and looks_like_a_name(spk.name)):
        # (a name no list knows, written as it is: `کارولین هولت، مسئول …، گفت` is a person)
        state.last_person = spk
        state.persons.append(spk)
    elif spk.resolved_by == "as_written":
        state.last_body = spk
        state.bodies.append(spk)
        state.role_last = _is_role_speaker(spk)


def _is_role_speaker(spk: _Speaker) -> bool:
    """A speaker written as one official's role (`سرکنسول عراق`, `سفیر چین`): opens with a
    singular `ROLE_HEADS` word (`مقامات`, `وزارت …` are not). An indefinite `یک` before
    any head (`یک کارشناس امور آفریقا`, `یک منبع آگاه`, `یک دیپلمات اروپایی`) makes
    one person too."""
    words = spk.name.replace("\u200c", " ").split()
    if len(words) > 1 and _key(words[0]) in _wordset("INDEFINITES"):
        return True
    return bool(words) and (_key(words[0]) in _wordset("ROLE_HEADS")
                            or _key(words[0]) in _wordset("SPEAKER_ROLE_HEADS")) \
        and not any(w in spk.name for w in ("مقامات", "مقام‌ها", "مسئولان", "مسئولین"))


# --- guillemets ------------------------------------------------------------------------
_GUILLEMET_EVENT_RE = re.compile("[«»\n]")


def _guillemet_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each «…» including the marks; an unclosed one runs to line end."""
    spans = []
    i = text.find("«")  # jump from one opening mark to the next
    while i >= 0:
        depth, end = 1, len(text)
        for m in _GUILLEMET_EVENT_RE.finditer(text, i + 1):  # only the marks and line ends
            ch = m.group()
            if ch == "\n":
                end = m.start()
                break
            depth += 1 if ch == "«" else -1
            if depth == 0:
                end = m.end()
                break
        spans.append((i, end))
        i = text.find("«", end)
    return spans


def _quoted_paragraphs(text: str, guillemets: list[tuple[int, int]],
                       max_lines: int = 12) -> list[tuple[int, int]]:
    """(start, end) of each «…» that runs over several lines (`«… \n … \n …»`)."""
    spans = []
    for a, b in guillemets:  # `_guillemet_spans(text)`
        if text[b - 1:b] == "»" or b >= len(text):
            continue  # closed on its own line
        depth, j, lines = 1, b, 0
        while j < len(text) and lines <= max_lines:
            ch = text[j]
            if ch == "\n":
                lines += 1
            elif ch == "«":
                depth += 1
            elif ch == "»":
                depth -= 1
                if depth == 0:
                    spans.append((a, j + 1))
                    break
            j += 1
    return spans


def _inside(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for a, b in spans:
        if a < pos < b:
            return a, b
    return None


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, ZWNJ and a final `.`/`،` from a span."""
    while start < end and text[start] in " \u200c\u00a0\t«":
        if text[start] == "«" and "»" in text[start:end]:
            break
        start += 1
    while end > start and text[end - 1] in " \u200c\u00a0\t.،;؛":
        end -= 1
    return start, end


# --- headlines ---------------------------------------------------------------------------
_HEAD_RE = re.compile(r"^([^:|/\n]{2,80}?) *: *(\S.*)$")


def _headlines(doc: _Doc) -> tuple[list[_Cand], list[_Cand]]:
    """`SPEAKER: statement` in the title or in a headline-like line (no final stop).

    Second list: the headlines whose head names no one known (`مرکز آمار: …`); they
    count only if the body quotes that head (`_heads_quoted_in_the_body`).
    """
    out, unknown = [], []
    text = doc.text
    pos = 0
    for li, line in enumerate(text.split("\n")):
        line_start = pos
        pos += len(line) + 1
        stripped = line.rstrip()
        if li > 0 and (not stripped or stripped[-1] in ".!?؟…»") and " | " not in stripped:
            continue
        for seg in re.finditer(r"[^|/]+", line):
            seg_text = seg.group()
            s_text = seg_text.strip()
            base = line_start + seg.start() + len(seg_text) - len(seg_text.lstrip())
            bullet = _SYMBOL_BULLET_RE.match(s_text)
            if bullet:  # `🔻مرکز آمار: …`: an emoji bullet opens the head
                base += bullet.end()
                s_text = s_text[bullet.end():]
            m = _HEAD_RE.match(s_text)
            if not m:
                continue
            if _is_outlet_head(m.group(1)):  # `فارس: ولایتی: …`, `خبرآنلاین: X در تهران؛ «…»`
                inner = _outlet_headline(doc, base, s_text, m)
                if inner is not None:
                    cand, known = inner
                    (out if known else unknown).append(cand)
                    continue
            found = _headline_cand(doc, base, s_text, m.start(1), m.group(1), m.start(2))
            if found is not None:
                cand, known = found
                (out if known else unknown).append(cand)
    return out, unknown


_HEAD_SPEAKER_TYPES = ("person", "role", "org", "capital", "country", "demonym")


def _headline_cand(doc: _Doc, base: int, seg: str, h_off: int, head: str,
                   b_off: int) -> tuple[_Cand, bool] | None:
    """The quote of a headline segment `seg` (at text offset `base`) read as `head: body`,
    the head at `h_off` and the body at `b_off` in `seg`: (candidate, whether its head is
    a known speaker), else None. An unknown head that could be a body's name is kept, to
    count only if the body quotes it (`_heads_quoted_in_the_body`)."""
    text = doc.text
    body = seg[b_off:]
    lead = h_off + len(head) - len(head.lstrip())
    head = head.strip()
    if "؛" in head:  # `آلمان سفیر ایران را احضار کرد؛ بربوک: …`: the head follows the `؛`
        after = head.rindex("؛") + 1
        lead += after + len(head[after:]) - len(head[after:].lstrip())
        head = head[after:].strip()
    bare = _head_without_occasion(head)
    occasion = bare != head
    head = _head_without_addressee(bare)
    if len(head.split()) > 5:  # `وزیر آموزش و پرورش در مجلس: …`: a long title, then a place
        head = _head_without_place(doc, base + lead, head)
    if not 1 <= len(head.split()) <= 5 or len(body.split()) < 3:
        return None
    if _key(head.split()[0]) in _wordset("PREPOSITIONS"):
        return None  # `پس از دیدار با X: …`: an occasion with no speaker before it
    if "-" in head or _verb_re().search(head) or _regexes()["source_line"].search(head):
        return None
    h_start = base + lead
    h_end = h_start + len(head)
    b_start, b_end = _strip_span(text, base + b_off, base + len(seg))
    cand = _Cand(doc.sent_id_at(b_start), "direct", "headline", "", b_start, b_end,
                 h_start, h_end, order=b_start)
    if not _head_names_speaker(doc, h_start, h_end):
        return (cand, False) if _plain_head(head) else None
    if occasion and _mention_at(doc, h_start, types=_HEAD_SPEAKER_TYPES) is None \
            and not _is_medium(head):
        return None  # `توافق ایران و عمان در دیدار …: …`: a topic before the occasion
    cand.speaker = _phrase_speaker(doc, h_start, h_end, headline=True)
    return None if cand.speaker is None else (cand, True)


_OUTLET_HEAD_MAX_WORDS = 3  # `فارس`, `خبرگزاری فارس`, `روزنامه نیویورک تایمز`


def _is_outlet_head(head: str) -> bool:
    """A headline head that is only a news outlet's name (`فارس:`, `روزنامه کیهان:`)."""
    head = head.strip()
    return 1 <= len(head.split()) <= _OUTLET_HEAD_MAX_WORDS and "؛" not in head \
        and _is_medium(head)


def _outlet_headline(doc: _Doc, base: int, seg: str, m: re.Match) -> tuple[_Cand, bool] | None:
    """A headline that an outlet's name opens (`فارس: …`, `خبرآنلاین: …`), read past the
    outlet: `OUTLET: NAME: statement` is NAME's quote (`فارس: ولایتی: سیاست … است`), and
    `OUTLET: X …؛ «…»` the quotation X's (`خبرآنلاین: گروسی در تهران؛ «همکاری‌ها …»`),
    X the one person named before the `؛`. None otherwise (the outlet's own headline)."""
    b_off = m.start(2)
    inner = _HEAD_RE.match(seg[b_off:])
    if inner is not None:
        return _headline_cand(doc, base, seg, b_off + inner.start(1), inner.group(1),
                              b_off + inner.start(2))
    return _headline_quotation(doc, base + b_off, base + len(seg))


def _headline_quotation(doc: _Doc, a: int, b: int) -> tuple[_Cand, bool] | None:
    """`X در تهران؛ «همکاری‌ها باید گسترش یابد»` in [a, b): the guillemets after the last
    `؛` run to the headline's end, and the part before names exactly one person (a person
    mention, or a role that resolves to one): that person's direct quote."""
    text = doc.text
    semi = text.rfind("؛", a, b)
    if semi < 0:
        return None
    q0, q1 = _skip_space(text, semi + 1, b)
    q1 = q1 - len(text[q0:q1]) + len(text[q0:q1].rstrip(" .!؟?"))
    if not (text.startswith("«", q0) and q1 - q0 > 2 and text[q1 - 1] == "»"
            and "«" not in text[q0 + 1:q1 - 1] and "»" not in text[q0 + 1:q1 - 1]):
        return None
    persons = {_clean_name(mm.person or mm.surface): mm for mm in doc.mentions_in(a, semi)
               if mm.entity_type in ("person", "role") and (mm.person or mm.entity_type == "person")}
    persons.pop("", None)
    if len(persons) != 1 or len(text[q0 + 1:q1 - 1].split()) < 2:
        return None
    (mm,) = persons.values()
    cand = _Cand(doc.sent_id_at(q0), "direct", "headline", "", q0 + 1, q1 - 1,
                 mm.start, mm.end, order=q0 + 1)
    cand.speaker = _phrase_speaker(doc, mm.start, mm.end, headline=True)
    return None if cand.speaker is None or not cand.speaker.is_person else (cand, True)


def _plain_head(head: str) -> bool:
    """A head that could be a body's name: one to four plain words, no particle or number."""
    keys = _keys(head)
    return 1 <= len(keys) <= 4 and all(k.isalpha() and k not in _wordset("SUBJECT_STOPS")
                                       and k not in _wordset("NOT_SUBJECTS") for k in keys)


def _heads_quoted_in_the_body(doc: _Doc, heads: list[_Cand], cands: list[_Cand],
                              resolved: dict[int, _Speaker]) -> list[_Cand]:
    """`مرکز آمار: تورم … رسید` then `مرکز آمار ایران … اعلام کرد …`: a headline head that
    no gazetteer knows is a speaker when the body quotes it (a body speaker's name opens
    with the head's words, or a person's ends with them: `NAME SURNAME … گفت` after
    `SURNAME: …`); the speaker is the body's fuller name.

    A head that is a topic or a place (`غزه: …`, `گزارش: …`) is no body speaker's name,
    so it stays unquoted. The accepted candidates get their speaker in `resolved`.
    """
    out = []
    speakers = [resolved[id(c)] for c in cands if id(c) in resolved and c.form != "headline"]
    for h in heads:
        head = tuple(_keys(doc.text[h.subj_start:h.subj_end]))
        n = len(head)  # the body's name opens with the head, or a person's ends with it
        spk = next((s for s in speakers if _name_keys(s.name)[:n] == head
                    or _generic_body_then(_name_keys(s.name), head)
                    or _after_press_office(_name_keys(s.name))[:n] == head
                    or (s.is_person and _name_keys(s.name)[-n:] == head)), None)
        if spk is None:
            continue
        h.speaker = _Speaker(spk.name, spk.country, "headline", spk.is_person)
        resolved[id(h)] = h.speaker
        out.append(h)
    return out


# Words a body's role phrase may add to a headline's (`نماینده مردم تهران` for the head
# `نماینده تهران`): not needed to match.
_ROLE_FILLERS = frozenset({"مردم", "و"})


def _role_heads_to_body_people(doc: _Doc, cands: list[_Cand], resolved: dict[int, _Speaker]) -> None:
    """`نماینده تهران در نطق میان دستور: …` then `حمید رسایی نماینده مردم (شاهین‌شهر و)
    تهران … گفت`: a headline whose head is a role phrase left as written is the body
    speaker whose subject phrase holds every word of that role (`مردم` and `و` aside),
    when exactly one person's does."""
    text = doc.text
    body = [c for c in cands if id(c) in resolved and c.form != "headline" and resolved[id(c)].is_person]
    for h in cands:
        spk = resolved.get(id(h))
        if h.form != "headline" or spk is None or spk.is_person:
            continue
        head = [k for k in _keys(text[h.subj_start:h.subj_end]) if k not in _ROLE_FILLERS]
        if len(head) < 2 or head[0] not in _wordset("ROLE_HEADS"):
            continue
        people = {resolved[id(c)].name: resolved[id(c)] for c in body
                  if set(head) <= set(_keys(text[c.subj_start:c.subj_end]))}
        if len(people) == 1:
            (person,) = people.values()
            resolved[id(h)] = _Speaker(person.name, person.country, "headline", True)


def _after_press_office(name: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The body's name after a press office opening it (`روابط عمومی سپاه پاسداران` →
    `سپاه پاسداران`: `PRESS_OFFICES`), or () when none does."""
    for office in sorted(_lex_keys("PRESS_OFFICES"), key=len, reverse=True):
        words = tuple(office.split())
        if tuple(name[:len(words)]) == words and len(name) > len(words):
            return tuple(name[len(words):])
    return ()


def _generic_body_then(name: list[str] | tuple[str, ...], head: tuple[str, ...]) -> bool:
    """`سازمان عفو بین‌الملل` for the head `عفو بین‌الملل`: a generic body word
    (`GENERIC_BODY_WORDS`), then the head's words and nothing more (a topic head `امنیت:`
    is not `شورای امنیت سازمان ملل`)."""
    return len(name) == len(head) + 1 and name[0] in _wordset("GENERIC_BODY_WORDS") \
        and tuple(name[1:]) == head


# --- interviews in question-and-answer form ---------------------------------------------
_LABEL_LINE_RE = re.compile(r"^[ \t\u200c]*([^:\n]{1,40}?)[ \t]*:[ \t]*(\S[^\n]*)$", re.MULTILINE)
_MIN_LABEL_LINES = 2  # a Q&A or a transcript labels two answers at least


def _label_lines(text: str) -> list[tuple[str, int, int, int]]:
    """Every `LABEL: text` line: (label key, label start, text start, text end)."""
    out = []
    for m in _LABEL_LINE_RE.finditer(text):
        b_start, b_end = _strip_span(text, m.start(2), m.end(2))
        if b_end > b_start:
            out.append((_lex_key(m.group(1)), m.start(1), b_start, b_end))
    return out


def _interview(doc: _Doc) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """The answers of an interview in question-and-answer form, and the spans of its
    answer lines (the whole line is the quote: no other rule quotes inside it).

    `ج: …` / `پاسخ: …` / `جواب: …` lines, when two or more, are each a direct quote of the
    interviewee the lead names (`_interviewee`). In a transcript, body lines opening
    with a known person's name or surname (`ظریف: …`), when two or more, are each a
    direct quote of that person (the headline rule, for lines that end with a stop).
    Question lines (`س: …`, `پرسش: …`, `خبرنگار: …`) are never quotes of anyone (a claim
    the question reports, `س: برخی منتقدان می‌گویند …`, is left to the other rules).
    """
    text = doc.text
    first_line_end = text.find("\n")
    lines = [ln for ln in _label_lines(text) if ln[1] > first_line_end >= 0]  # body lines only
    answers = [ln for ln in lines if ln[0] in _wordset("INTERVIEW_ANSWER_LABELS")]
    questions = [ln for ln in lines if ln[0] in _wordset("INTERVIEW_QUESTION_LABELS")]
    named = [(ln, spk) for ln in lines if ln[0] not in _wordset("INTERVIEW_ANSWER_LABELS")
             and ln[0] not in _wordset("INTERVIEW_QUESTION_LABELS")
             and (spk := _label_person(doc, ln)) is not None]
    out, spans = [], []
    if len(answers) >= _MIN_LABEL_LINES:
        first = min(ln[1] for ln in answers + questions)
        spk = _interviewee(doc, first)
        if spk is not None:
            answers = _answers_run_on(text, answers, lines)
            for _, a, b_start, b_end in answers:
                out.append(_label_cand(doc, a, b_start, b_end, spk))
    if len(named) >= _MIN_LABEL_LINES:
        for (_, a, b_start, b_end), spk in named:
            out.append(_label_cand(doc, a, b_start, b_end, spk))
    if out:
        spans = [(a, b_end) for _, a, _, b_end in answers] + \
                [(a, b_end) for (_, a, _, b_end), _ in named]
    return out, spans


def _answers_run_on(text: str, answers: list[tuple[str, int, int, int]],
                    lines: list[tuple[str, int, int, int]]) -> list[tuple[str, int, int, int]]:
    """An answer runs on over the unlabelled paragraphs after its line, up to the next
    labelled line (`س: …`, `ج: …`). The last labelled line has no next one: what follows
    it may be the article's closing narration, so the last answer keeps its own line."""
    starts = sorted(ln[1] for ln in lines)
    out = []
    for label, a, b_start, b_end in answers:
        k = bisect.bisect_right(starts, b_end)
        if k < len(starts):
            line_start = text.rfind("\n", b_end, starts[k])  # the next label's line
            if line_start > b_end:
                _, b_end = _strip_span(text, b_start, line_start)
        out.append((label, a, b_start, b_end))
    return out


def _label_cand(doc: _Doc, a: int, b_start: int, b_end: int, spk: _Speaker) -> _Cand:
    cand = _Cand(doc.sent_id_at(b_start), "direct", "interview", "", b_start, b_end,
                 a, a, order=b_start)
    cand.speaker = spk
    return cand


def _label_person(doc: _Doc, line: tuple[str, int, int, int]) -> _Speaker | None:
    """The person a line's label names, when the label is that name and nothing more."""
    _, a, b_start, _ = line
    head_end = doc.text.rindex(":", a, b_start)
    head_end = a + len(doc.text[a:head_end].rstrip())
    m = _mention_at(doc, a, types=("person",))
    if m is None or m.end != head_end:
        return None
    spk = _phrase_speaker(doc, a, head_end)
    return spk if spk is not None and spk.is_person else None


@cache
def _in_interview_re() -> re.Pattern:
    """`در گفت‌وگو` / `در مصاحبه‌ای`: `in` before an interview noun (the subject is interviewed)."""
    return re.compile(_NOT_BEFORE + "در[ \u200c]+(?:" + "|".join(_phrase(n) for n in lx.INTERVIEW_NOUNS) + ")")


def _interviewee(doc: _Doc, stop: int) -> _Speaker | None:
    """The person interviewed, from the lead before the first labelled line.

    In the first lead sentence with an interview noun (`گفت‌وگو`, `مصاحبه`): the person
    before `در گفت‌وگو` (`X در گفت‌وگو با Y …`: Y, even a person, is the interviewer), else
    the person after `با` (`رادیو فردا با X … گفت‌وگو کرده`, `گفت‌وگوی ایسنا با X`), else
    the first person of the sentence. The name is the fullest the article gives.
    """
    nouns = tuple(_lex_key(n) for n in lx.INTERVIEW_NOUNS)
    for sent in doc.sentences:
        if sent.start >= stop:
            break
        s1 = min(sent.end, stop)
        if not any(k.startswith(nouns) for k in _keys(doc.text[sent.start:s1])):
            continue
        people = [m for m in doc.mentions_in(sent.start, s1) if m.entity_type == "person"]
        if not people:
            continue
        dar = _in_interview_re().search(doc.text, sent.start, s1)
        before = [m for m in people if dar and m.end <= dar.start()]
        after_ba = [m for m in people
                    if re.search(_NOT_BEFORE + "با[ \u200c]+$", doc.text[max(sent.start, m.start - 6):m.start])]
        m = before[-1] if before else (after_ba or people)[0]
        spk = _phrase_speaker(doc, m.start, m.end)
        if spk is not None and spk.is_person:
            return spk
    return None


@cache
def _addressee_res() -> list[re.Pattern]:
    """One pattern per `HEADLINE_ADDRESSEE` opener, longest first."""
    return [re.compile(_NOT_BEFORE + _phrase(opener) + _NOT_AFTER)
            for opener in sorted(lx.HEADLINE_ADDRESSEE, key=len, reverse=True)]


@cache
def _occasion_openers() -> list[tuple[str, ...]]:
    """The keys of each `HEADLINE_OCCASION_OPENERS` phrase, longest first."""
    return sorted((tuple(_lex_key(p).split()) for p in lx.HEADLINE_OCCASION_OPENERS), key=len, reverse=True)


_OCCASION_SUFFIXES = ("", "ی", "یی", "ش", "اش", "ها", "های", "هایش", "هایی")


def _is_occasion(key: str) -> bool:
    """An occasion noun (`دیدار`, `سفر`, `نشست` …), bare or suffixed (`سفرش`, `دیدارهای`)."""
    return any(key.startswith(n) and key[len(n):] in _OCCASION_SUFFIXES for n in _wordset("OCCASION_NOUNS"))


def _head_without_occasion(head: str, max_rest: int = 8) -> str:
    """`گروسی پس از دیدار با عراقچی` → the speaker before the occasion (`گروسی`).

    An occasion is an opener of time or place (`پس از`, `در حاشیه`, `هنگام`) followed
    directly by an occasion noun (`دیدار`, `نشست`, `سفر`), after at least one word and
    with at most `max_rest` words in all; without one the head is unchanged.
    """
    words = list(_WORD_RE.finditer(head))
    keys = [_key(w.group()) for w in words]
    for i in range(1, len(keys)):
        for opener in _occasion_openers():
            n = len(opener)
            if tuple(keys[i:i + n]) == opener and i + n < len(keys) and _is_occasion(keys[i + n]) \
                    and len(keys) - i <= max_rest:
                return head[:words[i].start()].rstrip()
    return head


_HEAD_PLACE_WORDS = 3  # `در مجلس`, `در نشست خبری`: the place after a speaker in a headline


def _head_without_place(doc: _Doc, start: int, head: str) -> str:
    """A headline head that opens with a person or role mention followed by `در` and a
    short place (`وزیر آموزش و پرورش در مجلس`) → the mention alone; else unchanged."""
    m = _mention_at(doc, start, types=("person", "role"))
    if m is None or not start < m.end < start + len(head):
        return head
    rest = head[m.end - start:].split()
    if rest and _key(rest[0]) == _key("در") and len(rest) <= 1 + _HEAD_PLACE_WORDS:
        return head[:m.end - start].rstrip()
    return head


def _head_without_addressee(head: str) -> str:
    """`سخنگوی وزارت خارجه ایران به مردم آمریکا` → the speaker before `به` (the addressee)."""
    for rx in _addressee_res():
        m = rx.search(head)
        if m and m.start() > 0 and len(head[m.end():].split()) <= 4:
            return head[:m.start()].rstrip()
    return head


def _head_names_speaker(doc: _Doc, a: int, b: int) -> bool:
    """A headline head that can be a speaker: it names someone, or is a medium."""
    if any(m.entity_type in _HEAD_SPEAKER_TYPES
           for m in doc.mentions_in(a, b)):
        return True
    return _is_medium(doc.text[a:b])


# --- cues in a sentence ---------------------------------------------------------------------
def _sentence_quotes(doc: _Doc, sent: Sentence, guillemets, previous: list[_Cand]) -> list[_Cand]:
    text = doc.text
    out: list[_Cand] = []
    s0, s1 = sent.start, sent.end
    line_end = text.find("\n", s0)
    line_end = len(text) if line_end < 0 else line_end
    rx = _regexes()
    direct_spans = [(c.start, c.end, c.form) for c in previous if c.kind == "direct"]

    def in_direct(pos: int) -> bool:
        for a, b, form in direct_spans:
            if a <= pos < b:
                # `رسانه X افزود: سرتیپ «Y» … گفت که …`: a named speaker inside a colon quote
                return not (form == "colon" and _named_subject(doc, a, pos))
        return _inside(guillemets, pos) is not None

    # 1. openers that carry their speaker: به گفته X، clause
    rare = doc.may_hold_rare_cue(s0, s1)  # else no opener, statement or characterisation
    for m in rx["source_opener"].finditer(text, s0, s1) if rare else ():
        if in_direct(m.start()) or _after_speech_colon(text, s0, m.start()):
            continue  # (`X افزود: بر اساس اعلام Y، …`: a claim inside X's words)
        if _squeezed(m.group()) in _clause_initial_openers() \
                and not _opens_clause(text, s0, m.start()):
            continue
        comma = _next_comma(text, m.end(), s1, max_words=10)
        if comma is None:  # `این اقدامات به گفته مقامات کشورمان بازگشت‌پذیر بوده …`
            comma = _speaker_phrase_end(doc, m.end(), s1)
            if comma is None or comma >= len(text) or text[comma] not in " \u200c":
                continue
        spk_end = comma  # the speaker's name ends at the first comma
        if _no_opener_speaker(doc, m.end(), spk_end):
            continue  # `به نظر می‌رسد، …`, `به تعبیر دیگر، …`, `از منظر حقوقی، …`
        spk = None
        appositive = _appositive_end(doc, m.end(), comma, s1)
        named = _name_after_role(doc, m.end(), comma, s1) if appositive is None else None
        if appositive is not None:  # `به اعتقاد X، بنیانگذار حزب Y، «…»`: the words follow it
            comma = appositive
        elif named is not None:  # `به گفته نماینده دیگری، فاطمه محمدبیگی، …`: the name speaks
            spk, comma = named
        t0, t1 = _strip_span(text, comma + 1, s1)
        if _fewer_words(text, t0, t1, 3):
            continue
        if _reports_own_speaker(doc, sent, t0, t1, guillemets, line_end):
            continue  # `به گفته این وزارت، آقای متقی … خواسته است که «…»`: the verb's quote
        first = _FIRST_WORD_RE.match(text, m.end(), spk_end)
        demonstrative = bool(first) and _key(first.group(1)) in _wordset("DEMONSTRATIVES")
        if demonstrative and spk is None:
            noun = _regexes()["statement_noun"].match(text, _skip_space(text, first.end(), spk_end)[0], spk_end)
            if noun is not None:  # `به گفته همین بیانیه،`: the body that issued it, or no quote
                spk = _statement_issuer(doc, sent, noun)
                if spk is None:
                    continue
        if _predicate_of_earlier_subject(doc, sent, m.start(), t0, t1):
            continue  # `سفیر ایران نیز به گفته همین بیانیه، از … قدردانی کرد`: an act reported
        if spk is None and not demonstrative:
            spk = _phrase_speaker(doc, m.end(), spk_end)
        # (`به گفته این وزارت`: left to be resolved in context, like a subject `این وزارت`)
        cue = m.group()
        form = "be_gofte" if "گفته" in cue or "اظهارات" in cue or "ادعا" in cue \
            else "be_elam" if "اعلام" in cue else "be_nazar"
        kind, whole = "indirect", _whole_quotation(text, t0, t1, guillemets)
        if whole is not None:  # `به گفته X، «…»`: the speaker's own words
            (t0, t1), kind, form = whole, "direct", "guillemets"
        out.append(_Cand(sent.sent_id, kind, form, m.group(), t0, t1, m.end(),
                         spk_end if spk is None else comma, speaker=spk, order=m.start()))

    # 2. clause openers: با بیان اینکه clause، …
    for m in rx["clause_opener"].finditer(text, s0, s1) if rare else ():
        if in_direct(m.start()):
            continue
        # the clause runs to the last comma before the main verb (`…، عنوان کرد: …`)
        stop = _opened_clause_verb(text, m.end(), s1)
        comma = text.rfind("،", m.end(), stop)
        if comma > 0:
            stop = comma
        t0, t1 = _strip_span(text, m.end(), stop)
        if _fewer_words(text, t0, t1, 2):
            continue
        t1 = _opening_quotation_end(text, t0, t1, guillemets)
        kind, form, whole = "indirect", "ba_bayan", _whole_quotation(text, t0, t1, guillemets)
        if whole is not None:  # `با بیان اینکه «…»، …`: the speaker's own words, one quote
            (t0, t1), kind, form = whole, "direct", "guillemets"
        out.append(_Cand(sent.sent_id, kind, form, m.group(), t0, t1,
                         *_subject_region(doc, sent, m.start(), out), order=m.start()))

    # 3. statements: در بیانیه X آمده است: …  /  در این گزارش به نقل از X آمده است که …
    for m in rx["statement_verb"].finditer(text, s0, s1) if rare else ():
        if in_direct(m.start()) or _colon_only_re().match(text, m.start()):
            continue
        cand = _statement_clause(doc, sent, m, out, guillemets)
        if cand is not None:
            out.append(cand)
    # (`آمده است:`: such a cue needs its colon in the sentence)
    for m in _colon_only_re().finditer(text, s0, s1) if text.find(":", s0, s1) >= 0 else ():
        if in_direct(m.start()):
            continue
        colon = text.index(":", m.end())
        t0, t1 = _quote_after_colon(text, colon, line_end, guillemets)
        if t1 - t0 < 3:
            continue
        spk = _statement_speaker(doc, sent, m.start())
        form = "guillemets" if t0 > 0 and text[t0 - 1] == "«" else "colon"
        c = _Cand(sent.sent_id, "direct", form, m.group(), t0, t1,
                  *_subject_region(doc, sent, m.start(), out), speaker=spk, order=m.start())
        out.append(c)
        direct_spans.append((t0, t1, form))

    # 4. speech verbs
    # the candidates of `out` that can still hold a later verb, in order: verbs come left
    # to right and a candidate's end only moves left, so one ending before a verb is done
    live = list(out)
    for m in _verb_re().finditer(text, s0, s1):
        if in_direct(m.start()):
            continue
        ms = m.start()
        live = [c for c in live if c.end >= ms]
        cand = _verb_quote(doc, sent, m, guillemets, line_end, live)
        if cand is not None:
            for c in live:  # `X گفت که A و … افزود که B`: A ends before the second cue's clause
                if c.kind == "indirect" and c.start <= ms < c.end:
                    b = _last_boundary(text, c.start, ms)
                    if b is not None:
                        c.start, c.end = _strip_span(text, c.start, b[0])
            out.append(cand)
            live.append(cand)
            if cand.kind == "direct":
                direct_spans.append((cand.start, cand.end, cand.form))

    # 5. characterisations and accusations: X را «…» خواند، Y را متهم … کرد
    # (a characterisation needs a quotation mark before its verb, an accusation `متهم`)
    quoted = rare and _QUOTE_OPEN_RE.search(text, s0, s1) is not None
    characterize = list(rx["characterize"].finditer(text, s0, s1)) if quoted else []
    accuse = list(rx["accuse"].finditer(text, s0, s1)) if text.find("متهم", s0, s1) >= 0 else []
    for m in characterize + accuse:
        if in_direct(m.start()):
            continue
        is_accuse = m.group().startswith("را")
        verb_end = m.end()
        clause0 = _clause_start(text, s0, m.start())
        if _speech_follows(text, verb_end, s1, out):
            # `X را «پوچ» خواند و مدعی شد که …`: the statement is the clause after; only
            # quoted words of its own (`را «مداخله آشکار در امور داخلی» خواند و …`) are kept
            words = None if is_accuse else _characterized_words(doc, clause0, m.start())
            if words is not None:
                out.append(_Cand(sent.sent_id, "direct", "characterization", m.group(), *words,
                                 *_subject_region(doc, sent, m.start(), out, object_at=clause0),
                                 order=m.start()))
            continue
        if is_accuse:
            if any(c.start <= m.start() < c.end + 1 and c.kind == "indirect" for c in out):
                continue
            if text[verb_end:s1].strip().startswith("که"):
                continue  # `متهم کرد که …` is a ke_clause
        else:
            obj = text[clause0:m.start()]
            if " را " not in f" {obj} " or not any(q in obj for q in _QUOTE_OPEN):
                continue
        t0, t1 = _strip_span(text, clause0 if is_accuse else _object_start(doc, clause0, m.start()),
                             verb_end)
        kind = "indirect"
        if not is_accuse:
            quoted = _quoted_after_pronoun_object(text, clause0, m.start())
            if quoted is not None:  # `آن را «A» و «B» خواند`: only the quoted words are the speaker's
                (t0, t1), kind = quoted, "direct"
        out.append(_Cand(sent.sent_id, kind, "accusation" if is_accuse else "characterization",
                         m.group().split()[-1] if is_accuse else m.group(), t0, t1,
                         *_subject_region(doc, sent, m.start(), out, object_at=clause0), order=m.start()))
    out.sort(key=lambda c: c.order)
    return out


def _opened_clause_verb(text: str, a: int, s1: int) -> int:
    """Where the first speech verb after a clause opener (`با بیان اینکه …`) starts, or `s1`.

    A compound verb in its nominal use inside the clause (`اسرائیل به نقض آتش‌بس ادامه
    می‌دهد` 'continues the violation', `به … اشاره دارد`: its preposition before it, and no
    `:`/`که` after it) is part of the clause, not the main verb that ends it."""
    rx = _regexes()
    for v in _verb_re().finditer(text, a, s1):
        pre_words = _keys(text[a:v.start()])
        after = _skip_space(text, v.end(), s1)[0]
        introduces = after < s1 and text[after] == ":" or rx["complementizer"].match(text, v.end(), s1)
        if _nominal_use(v.group(), pre_words) and not introduces:
            continue
        return v.start()
    return s1


_AND_RE = re.compile("[ \u200c]*و[ \u200c]+")


def _speech_follows(text: str, verb_end: int, s1: int, found: list[_Cand]) -> bool:
    """A characterisation or accusation followed by `و` and a speech verb of the same
    subject with its own quote (`اتهامات را «پوچ» خواند و مدعی شد که …`, `… متهم کرد و
    گفت: …`): the subject's statement is that quote; the characterisation only frames
    it. At most two words (`همچنین`, `بار دیگر`) between `و` and the verb."""
    conj = _AND_RE.match(text, verb_end, s1)
    if conj is None:
        return False
    return any(conj.end() <= c.order < s1 and len(text[conj.end():c.order].split()) <= 2
               and c.form not in ("characterization", "accusation") for c in found)


def _statement_clause(doc: _Doc, sent: Sentence, m: re.Match, earlier: list[_Cand],
                      guillemets) -> _Cand | None:
    """`در بیانیه X آمده است (که) …`: reported speech of the statement's author, when the
    author is written (after the statement noun, or relayed: `به نقل از X`)."""
    text = doc.text
    comp = _regexes()["complementizer"].match(text, m.end(), sent.end)
    t0, t1 = _strip_span(text, comp.end() if comp else m.end(), sent.end)
    if _fewer_words(text, t0, t1, 4):
        return None
    subj = _subject_region(doc, sent, m.start(), earlier)
    spk = _statement_speaker(doc, sent, m.start())  # None unless a statement noun is there
    if spk is None:
        seg = _first_subject_segment(doc, *subj)
        if seg is None or not seg[2]:
            return None  # `در این گزارش آمده است …`: no author written
    kind, form, whole = "indirect", "statement", _whole_quotation(text, t0, t1, guillemets)
    if whole is not None:  # `در بیانیه X آمده است که «…»`: the author's own words
        (t0, t1), kind, form = whole, "direct", "guillemets"
    return _Cand(sent.sent_id, kind, form, m.group(), t0, t1, *subj, speaker=spk, order=m.start())


def _object_start(doc: _Doc, a: int, verb: int) -> int:
    """Where the object of a characterisation starts in the clause [a, verb) (`X را «…»
    خواند`): after the subject written at the clause start, and after an adverbial that
    follows it up to a demonstrative (`ایران در واکنشی سریع این گزارش را «سیاسی» خواند` →
    `این گزارش را …`): the statement is the characterisation, not the whole sentence."""
    text = doc.text
    obj = text.find(" را ", a, verb)
    subj_end = _subject_end(doc, a, obj) if obj >= 0 else None
    if subj_end is None and obj >= 0:
        subj_end = _subject_after_opening_adverbial(doc, a, obj)
    if subj_end is None or subj_end >= obj:
        return a
    start = _skip_leading(text, _skip_space(text, subj_end, obj)[0], obj)  # `روز دوشنبه`
    words = list(_WORD_RE.finditer(text, start, obj))
    if words and _key(words[0].group()) in _wordset("PREPOSITIONS"):
        demo = next((w for w in words[1:] if _key(w.group()) in _wordset("DEMONSTRATIVES")
                     or _key(w.group()) in _wordset("OBJECT_PRONOUNS")), None)
        return demo.start() if demo is not None else a
    return start


def _subject_after_opening_adverbial(doc: _Doc, a: int, obj: int) -> int | None:
    """End of a person named as the subject after an adverbial opening the clause [a, obj)
    (`در این دیدار ایروانی حمله … را «…» خواند`, `روز دوشنبه در نشست شورا نبنزیا … را`),
    or None: the clause must open with a preposition, and the person must not be that
    preposition's own noun (`در دیدار با ظریف …`: the word before the name is no preposition)."""
    text = doc.text
    first = _FIRST_WORD_RE.match(text, a, obj)
    if not first or _key(first.group(1)) not in _wordset("PREPOSITIONS"):
        return None
    for mm in doc.mentions_in(a, obj):
        if mm.entity_type != "person":
            continue
        before = text[a:mm.start].split()
        if not before or _key(before[-1]) in _wordset("PREPOSITIONS") \
                or _key(before[-1]) in _wordset("FRAGMENT_PREPOSITIONS") or "،" in text[a:mm.start]:
            return None
        end = _skip_space(text, mm.end, obj)[0]
        return end if end < obj and text[end] not in "،:" else None
    return None


_BODY_NAME_WORDS = 6  # `وزارت امور خارجه جمهوری اسلامی ایران`


def _subject_end(doc: _Doc, a: int, stop: int) -> int | None:
    """End of a subject written at `a`: a mention (person, role, body, country), or a body
    phrase that closes with a country (`وزارت خارجه اسرائیل`); None if neither."""
    subj = _mention_at(doc, a, types=("person", "role", "org", "country", "capital", "demonym"))
    if subj is not None:
        return subj.end
    first = _WORD_RE.match(doc.text, _skip_space(doc.text, a, stop)[0])
    if first is None or _key(first.group()) not in _wordset("BODY_HEADS"):
        return None
    for m in doc.mentions_in(a, stop):
        if m.entity_type in ("country", "demonym") and len(doc.text[a:m.end].split()) <= _BODY_NAME_WORDS:
            return m.end
    return None


def _characterized_words(doc: _Doc, a: int, verb: int) -> tuple[int, int] | None:
    """`X را «…» خواند`: the span inside the one «…» right before the verb, when it holds
    the speaker's words (`_is_quoted_words`: `«مداخله آشکار در امور داخلی»`), not a
    one- or two-word label (`«جعلی»`, `«دروغ آشکار»`) nor a name."""
    text = doc.text
    end = verb
    while end > a and text[end - 1] in " \u200c":
        end -= 1
    if end <= a or text[end - 1] not in _QUOTE_CLOSE:
        return None
    obj = text.rfind(" را ", a, end)
    opening = max(text.rfind(q, a, end) for q in _QUOTE_OPEN)
    if obj < 0 or opening < obj:
        return None
    t0, t1 = _strip_span(text, opening + 1, end - 1)
    if not _is_quoted_words(text[t0:t1]) or _is_name(doc, opening, end):
        return None
    return t0, t1


def _is_honorific_verb(cue: str) -> bool:
    """A form of the simple honorific `فرمود` ('said': `فرمودند`, `می‌فرمایند`)."""
    key = _key(cue).replace(" ", "")
    return key.startswith(("فرمود", "میفرما"))


def _quoted_after_pronoun_object(text: str, a: int, verb: int) -> tuple[int, int] | None:
    """`(X) آن را «A» و «B» خواند`: the span of the quoted words after a pronoun object."""
    words = list(_WORD_RE.finditer(text, a, verb))
    for w, nxt in pairwise(words):
        if _key(w.group()) in _wordset("OBJECT_PRONOUNS") and nxt.group() == "را":
            rest = text[nxt.end():verb]
            opens = [i for i, ch in enumerate(rest) if ch in _QUOTE_OPEN]
            closes = [i for i, ch in enumerate(rest) if ch in _QUOTE_CLOSE]
            if opens and closes and closes[-1] > opens[0]:
                return nxt.end() + opens[0], nxt.end() + closes[-1] + 1
    return None


def _verb_quote(doc: _Doc, sent: Sentence, m: re.Match, guillemets, line_end: int,
                earlier: list[_Cand]) -> _Cand | None:
    """The quote a speech verb introduces, or None (nominal use, passive, narration)."""
    text = doc.text
    s0, s1 = sent.start, sent.end
    cue = m.group()
    rx = _regexes()
    before = text[max(s0, m.start() - 30):m.start()].split()
    prev_word = _key(before[-1]) if before else ""
    if prev_word in {"به", "بنا", "بنابه"} and cue.startswith(("گفته", "نوشته", "فرموده")):
        return None  # به گفته / به نوشته: an opener, handled elsewhere
    if len(before) >= 2 and prev_word == "که" and _key(before[-2]) == "را":
        return None  # `X را که نوشته «…»`: a relative clause about X
    if _passive_re().match(text, m.end(), s1):
        return None  # گفته می‌شود: it is said
    if prev_word in _wordset("HONORIFIC_NON_SPEECH_NOUNS") and _is_honorific_verb(cue):
        return None  # `دستور فرمودند`: the honorific light verb of an order, not 'said'
    # a cue inside an earlier reported clause counts only after a clause boundary
    ms = m.start()
    for c in earlier:
        if c.kind == "indirect" and c.start <= ms < c.end \
                and _last_boundary(text, c.start, ms) is None:
            return None
    after = m.end()
    while after < s1 and text[after] in " \u200c\u00a0":
        after += 1
    nxt = text[after] if after < len(text) else ""

    def subj() -> tuple[int, int]:  # where the speaker is written: read only for a quote
        return _subject_region(doc, sent, ms, earlier)

    clause0 = _clause_start(text, s0, m.start())
    pre_words = _keys(text[clause0:m.start()])
    as_said = bool(rx["as_said"].search(text, clause0, m.start()))
    is_perfect_bare = cue.endswith("ه") and not cue.startswith("می")
    simple = cue.startswith(_simple_pasts())
    for verb, prep in lx.ADDRESSEE_VERBS.items():
        if cue.startswith(verb) and prep not in pre_words:
            return None  # `خواست` without `از X` is 'wanted', not 'asked'

    if nxt == ":" or (nxt == "\u200c" and text[after + 1:after + 2] == ":"):
        if "را" in _main_clause_words(text, clause0, m.start())[-3:]:
            return None  # `… قحطی را تأیید کرده است: A، B، C`: a list, not speech
        colon = text.index(":", after)
        t0, t1 = _quote_after_colon(text, colon, line_end, guillemets)
        if t1 - t0 < 3:
            return None
        form = "guillemets" if text[t0 - 1] == "«" else "colon"
        if form == "colon" and t1 >= line_end - 1:  # `گفت: خیلی زحمت کشیدند!` + next paragraph
            t1 = _short_answer_continued(text, t0, t1, line_end)
        return _Cand(sent.sent_id, "direct", form, cue, t0, t1, *subj(), order=m.start())
    if nxt == "«" or (nxt == "،" and text[after + 1:].lstrip().startswith("«")):
        g = _inside(guillemets, text.index("«", after) + 1)
        if g is None:
            return None
        t0, t1 = g[0] + 1, g[1] - 1 if text[g[1] - 1] == "»" else g[1]
        t0, t1 = _strip_span(text, t0, t1)
        if _fewer_words(text, t0, t1, 3):
            return None
        return _Cand(sent.sent_id, "direct", "guillemets", cue, t0, t1, *subj(), order=m.start())
    comp = rx["complementizer"].match(text, m.end(), s1)
    if comp and _nominal_use(cue, pre_words, "NOMINAL_COMPLEMENTS_KE"):
        return None  # `به حمله‌ای اشاره کرد که …`: a relative clause
    if comp and (_indefinite_object(doc, clause0, m.start(), cue) or "را" in pre_words
                 and _opens_resumptive(doc, _skip_space(text, comp.end(), s1)[0], s1)):
        return None  # `طرحی را اعلام کرد که …`, `این طرح را … که بر اساس آن …`: a relative clause
    if comp:
        t0, t1 = _strip_span(text, comp.end(), s1)
        first_after = _WORD_RE.match(text, t0)
        if _key(comp.group().strip()) == "تا" and first_after \
                and _key(first_after.group()) in _wordset("UNTIL_NOUNS"):
            t0 = _skip_space(text, m.end(), t1)[0]  # `تا زمان …` is 'until …', part of the words
        if _fewer_words(text, t0, t1, 3) or _starts_passive(text, t0, t1):
            return None
        whole = _whole_quotation(text, t0, t1, guillemets)
        if whole is not None:  # `اعلام کرد که «…».`: the clause is the speaker's own words
            return _Cand(sent.sent_id, "direct", "guillemets", cue, *whole, *subj(), order=m.start())
        form = "request" if _key(comp.group().strip()) == "تا" or cue.startswith(("خواست", "درخواست")) \
            else "belief" if _is_belief(cue) else "ke_clause"
        return _Cand(sent.sent_id, "indirect", form, cue, t0, t1, *subj(), order=m.start())
    # quote before its cue: «…»، وی افزود.
    if _ONLY_END_PUNCT_RE.fullmatch(text, m.end(), s1):
        first = text[s0:m.start()].lstrip()
        if first.startswith("«"):
            g = _inside(guillemets, s0 + text[s0:].index("«") + 1)
            if g and _fewer_words(text, g[1], m.start(), 9):
                t0, t1 = _strip_span(text, g[0] + 1, g[1] - 1)
                return _Cand(sent.sent_id, "direct", "guillemets", cue, t0, t1, g[1], m.start(),
                             order=m.start())
        return None
    # speech verb + comma or directly + clause
    if simple and is_perfect_bare and not (as_said and nxt == "،"):
        return None  # bare participle of a simple verb (`افزوده`, `گفته`) without که/:
    if nxt in "؛;!؟?":
        return None  # the verb ends its clause (`… نوشت؛ …`)
    comma = nxt == "،"
    t0 = after + 1 if comma else after
    t0, t1 = _strip_span(text, t0, s1)
    if comma and s1 >= line_end:  # `گفت، هرگز.` ending the paragraph: the next one goes on
        t1 = _short_answer_continued(text, t0, t1, line_end)
    words = _first_words(text, t0, t1, 4)
    if len(words) < 4 or _key(words[0]) in _wordset("CLAUSE_NON_OPENERS") \
            or _nominal_use(cue, pre_words):
        return None
    if text[t0] == "(" or _starts_passive(text, t0, t1):
        return None
    if _verb_re().match(text, t0, t1):
        return None  # `X، که از سوی … سخن می‌گفت، اظهار داشت: «…»`: the next verb is the speech
    if "را" in pre_words:
        return None  # the verb took an object: `… را اعلام کرد، …`
    form = "as_said" if as_said else "belief" if _is_belief(cue) else \
        "verb_comma" if comma else "verb_clause"
    return _Cand(sent.sent_id, "indirect", form, cue, t0, t1, *subj(), order=m.start())


def _main_clause_words(text: str, clause0: int, verb: int) -> list[str]:
    """The word keys of [clause0, verb) that belong to the verb's own clause: not the words
    of a quotation (`با بیان اینکه «… ملت‌ها را بشکند» افزود: …`) nor of a clause opened by
    `با بیان اینکه` and ended by its finite verb (`با بیان اینکه X تحریم‌ها را شکست افزود:`),
    whose `را` is no object of the speech verb."""
    close = max(text.rfind(q, clause0, verb) for q in _QUOTE_CLOSE)
    if close >= 0 and not any(text.find(q, close, verb) >= 0 for q in _QUOTE_OPEN):
        clause0 = close + 1
    words = _keys(text[clause0:verb])
    if _regexes()["clause_opener"].search(text, clause0, verb):
        for i in range(len(words) - 1, -1, -1):
            if _VERB_END_RE.match(words[i]) and not _is_compound_part(words, i):
                return words[i + 1:]
    return words


def _whole_quotation(text: str, t0: int, t1: int, guillemets) -> tuple[int, int] | None:
    """The words inside the marks when the clause [t0, t1) is one «…» and nothing else
    (`گفت که «…».`, `با بیان اینکه «…»، …`): the speaker's own words, one direct quote."""
    whole = _inside(guillemets, t0 + 1) if t0 < t1 and text[t0] == "«" else None
    if whole is None or text[whole[1]:t1].strip(" .!؟?،"):
        return None
    return _strip_span(text, t0 + 1, whole[1] - 1 if text[whole[1] - 1] == "»" else whole[1])


def _opening_quotation_end(text: str, t0: int, t1: int, guillemets) -> int:
    """`t1` cut back to the end of a «…» of three words or more that opens the clause
    [t0, t1) when no finite verb follows it there: `با بیان اینکه «اوکراین … نیاز دارد» از
    متحدان غربی خواست …`, where `از متحدان غربی` is the main verb's, not the quotation's.
    A «…» going on in its clause (`با بیان اینکه «برجام» مرده است`) keeps `t1`."""
    whole = _inside(guillemets, t0 + 1) if t0 < t1 and text[t0] == "«" else None
    if whole is None or whole[1] >= t1 or _fewer_words(text, t0, whole[1], 3):
        return t1
    if any(_VERB_END_RE.match(k) for k in _keys(text[whole[1]:t1])):
        return t1
    return whole[1]


def _indefinite_object(doc: _Doc, a: int, verb: int, cue: str) -> bool:
    """`طرحی را اعلام کرد که …`: the verb's object is an indefinite noun (`-ی`, `-ای` + `را`),
    so the `که` after it opens a relative clause about that noun, not reported speech.

    Only for verbs whose object is the thing said (`OBJECT_SAID_VERBS`); not for a
    person or place (`روحانی را متهم کرد که`), a pronoun, or a demonstrative phrase
    (`این همکاری را تایید کرد که`), whose `که` clause is the content.
    """
    if not _key(cue).startswith(_lex_keys("OBJECT_SAID_VERBS")):
        return False
    if verb - a > 200:  # only the last words matter: the object, `را`, up to three more
        space = doc.text.find(" ", verb - 200, verb)
        a = space if space >= 0 else a
    words = list(_WORD_RE.finditer(doc.text, a, verb))
    keys = [_key(w.group()) for w in words]
    r = len(keys) - 1
    while r >= 0 and keys[r] != "را":
        r -= 1
    if r < 1 or len(keys) - 1 - r > 3:
        return False
    obj = keys[r - 1]
    if len(obj) < 3 or not obj.endswith("ی") or obj in _wordset("OBJECT_PRONOUNS"):
        return False
    if any(k in _wordset("DEMONSTRATIVES") or k in _wordset("OBJECT_PRONOUNS")
           for k in keys[max(0, r - 3):r - 1]):
        return False  # `این همکاری را`, `آن توافق جدیدی را`
    w = words[r - 1]
    return not any(mn.entity_type in ("person", "role", "org", "country", "capital", "demonym", "city")
                   for mn in doc.mentions_in(w.start(), w.end()))


@cache
def _resumptive_re() -> re.Pattern:
    """`بر اساس آن`, `طی آن`, `در آن` …: a preposition + the resumptive pronoun `آن`."""
    return re.compile(_alts(lx.RESUMPTIVE_PREPOSITIONS) + _SP1 + "آن" + r"(?![\w\u200c])")


def _opens_resumptive(doc: _Doc, t0: int, s1: int) -> bool:
    """The clause at `t0` opens with a preposition + resumptive `آن` (`که بر اساس آن یک
    بنیاد …` = under which a foundation …): after a verb with an object (`X را`), a
    relative clause about it. (Without one, `گفت که بر اساس آن، …` refers back to an
    earlier sentence: reported speech.)

    `آن` is resumptive when no noun follows it (it is not `در آن زمان`, 'at that time'):
    a comma, a number, a determiner, a pronoun, a preposition or a name comes next.
    """
    text = doc.text
    m = _resumptive_re().match(text, t0, s1)
    if m is None:
        return False
    a = _skip_space(text, m.end(), s1)[0]
    if a >= s1 or text[a] in "،,؛:.«(" or text[a].isdigit():
        return True
    w = _WORD_RE.match(text, a)
    k = _key(w.group()) if w else ""
    if k in _wordset("NOT_SUBJECTS") or k in _wordset("SOURCE_DETERMINERS") \
            or k in _wordset("PRONOUNS") or k in _wordset("PREPOSITIONS"):
        return True
    return any(mn.start == a and mn.entity_type in ("person", "role", "org", "country", "capital", "demonym")
               for mn in doc.mentions_in(a, w.end() if w else a + 1))


def _short_answer_continued(text: str, t0: int, t1: int, line_end: int) -> int:
    """End of a short answer (`هرگز.`) extended over the next paragraph, if that one is
    plain statement (no speech verb, no quotation); else `t1` unchanged."""
    if len(text[t0:t1].split()) >= 4 or text[t1:line_end].strip(" .!؟?"):
        return t1
    nxt_end = text.find("\n", line_end + 1)
    nxt_end = len(text) if nxt_end < 0 else nxt_end
    nxt = text[line_end + 1:nxt_end]
    if not nxt.strip() or "«" in nxt or _verb_re().search(nxt) or ":" in nxt \
            or "." in nxt.strip().rstrip(".") or len(nxt.split()) > 25:
        return t1  # narration goes on, or a long paragraph of its own
    first = _key(nxt.split()[0])
    if first in _wordset("PREPOSITIONS") or first in _wordset("LEADING_ADVERBS") \
            or _regexes()["framing"].match(nxt.strip()):
        return t1  # `در همین حال، …`: the reporter speaks again
    return _strip_span(text, t0, nxt_end)[1]


def _is_belief(cue: str) -> bool:
    """`معتقد است`, `بر این باور است`: a belief, reported like speech."""
    return _key(cue) in _belief_keys()


@cache
def _belief_keys() -> frozenset[str]:
    return frozenset(_lex_key(b) for b in lx.BELIEF_CUES)


def _nominal_use(cue: str, pre_words: list[str], table: str = "NOMINAL_COMPLEMENTS") -> bool:
    """`از … خبر داد`: a compound verb whose prepositional complement precedes it."""
    k = _key(cue)
    items = _keyed_items(table)
    return k.startswith(_keyed_heads(table)) and \
        any(k.startswith(nonverb) and prep in pre_words for nonverb, prep in items)


@cache
def _keyed_heads(name: str) -> tuple[str, ...]:
    return tuple(k for k, _ in _keyed_items(name))


@cache
def _keyed_items(name: str) -> list[tuple[str, str]]:
    """A lexicon table's (phrase key, value) pairs."""
    return [(_lex_key(k), v) for k, v in getattr(lx, name).items()]


def _starts_passive(text: str, t0: int, t1: int) -> bool:
    """The clause opens with a passive speech verb (`گفته می‌شود …`): hearsay, no speaker."""
    m = _verb_re().match(text, t0, t1)
    return bool(m and _passive_re().match(text, m.end(), t1))


def _named_subject(doc: _Doc, a: int, pos: int) -> bool:
    """[a, pos) opens with a named person (mention, honorific or «name»), not a pronoun."""
    seg = _first_subject_segment(doc, a, pos)
    if seg is None:
        return False
    first = _FIRST_WORD_RE.match(doc.text, seg[0], seg[1])
    if not first:
        return False
    m = _mention_at(doc, seg[0], types=("person", "role"))
    return bool(m and (m.person or m.entity_type == "person")) or \
        _key(first.group(1)) in _wordset("HONORIFICS") or first.group(1).startswith("«")


def _quote_after_colon(text: str, colon: int, line_end: int, guillemets) -> tuple[int, int]:
    """The quoted words after a colon: the «…» that opens there, or the rest of the paragraph."""
    i = colon + 1
    while i < line_end and text[i] in " \u200c\u00a0":
        i += 1
    if i < line_end and text[i] == "«":
        g = _inside(guillemets, i + 1)
        if g is not None:
            end = g[1] - 1 if text[g[1] - 1] == "»" else g[1]
            return _strip_span(text, g[0] + 1, end)
    return _strip_span(text, i, line_end)


def _speaker_phrase_end(doc: _Doc, a: int, stop: int) -> int | None:
    """End of a speaker phrase with no comma after it: a mention or a pronoun at `a`."""
    m = _mention_at(doc, a, types=("person", "role", "org", "pronoun"))
    if m is not None:
        return m.end if m.end < stop else None
    m = _mention_at(doc, a, types=("country",))
    if m is not None and m.end < stop and not _continues_name(doc.text, m.end, stop):
        return m.end  # `که به گفته اسرائیل دست‌کم ۳۴ نفر …`: a state as the source
    w = _WORD_RE.match(doc.text, _skip_space(doc.text, a, stop)[0])
    if w and _key(w.group()) in _wordset("PRONOUNS"):
        return w.end()
    unnamed = _unnamed_source_end(doc, a, stop)
    if unnamed is not None:
        return unnamed
    return _body_phrase_end(doc, w, stop) if w else None


_UNNAMED_SOURCE_WORDS = 5  # `یک مقام ارشد امنیتی اروپایی`


def _unnamed_source_end(doc: _Doc, a: int, stop: int) -> int | None:
    """End of an unnamed source with no comma after it: (determiner) + a `SOURCE_NOUNS`
    noun + its adjectives (`SOURCE_ADJECTIVES` or a demonym): `به گفته کارشناسان معادل …`,
    `به گفته یک دیپلمات غربی فعلا …`, `به گفته مقام‌های آمریکایی …`.

    None when a word of `SOURCE_PHRASE_GOES_ON` follows (`منابع آگاه در وزارت خارجه …`): the
    phrase's end is then unknown.
    """
    text = doc.text
    words = list(islice(_WORD_RE.finditer(text, a, stop), _UNNAMED_SOURCE_WORDS + 1))
    i = 1 if words and _key(words[0].group()) in _wordset("SOURCE_DETERMINERS") else 0
    if i >= len(words) or _key(words[i].group()) not in _wordset("SOURCE_NOUNS"):
        return None
    end = words[i].end()
    for w in words[i + 1:]:
        if text[end:w.start()].strip():
            return None  # a mark between the words: not one phrase
        k = _key(w.group())
        demonym = any(mn.start == w.start() and mn.entity_type == "demonym"
                      for mn in doc.mentions_in(w.start(), w.end()))
        if k in _wordset("SOURCE_PHRASE_GOES_ON"):
            return None
        if not (demonym or k in _wordset("SOURCE_ADJECTIVES")) or w.group()[-1] in "،,؛:.»«()":
            if end == words[i].end() and _key(words[i].group()).endswith("های"):
                return None  # `مقام‌های دو کشور …`: a construct noun whose complement goes on
            break
        end = w.end()
    else:
        return None  # the phrase runs to the limit or the sentence's end
    return end if end < stop and not text[end:w.start()].strip() else None


def _continues_name(text: str, end: int, stop: int) -> bool:
    """Whether the phrase ending at `end` goes on (`اسرائیل و آمریکا`, `ایران‌ها`, a
    coordination or a suffix), so that a country there is not the whole source."""
    if end < len(text) and text[end] in "\u200c":
        return True
    w = _WORD_RE.match(text, _skip_space(text, end, stop)[0])
    return bool(w) and _key(w.group()) in ("و", "یا")


_SEAT_RE = re.compile(r" در (\S+)")  # `سفارت آمریکا در بغداد`: in + the seat of the body


def _body_phrase_end(doc: _Doc, head: re.Match, stop: int, max_words: int = 6) -> int | None:
    """End of a body written out up to its country: `وزارت دفاع ژاپن`, `ارتش اسرائیل`,
    `وزارت خارجه چین` (a body head, plain words, then a country, capital or demonym).

    Without the country nothing tells where such a phrase ends (`به گفته وزارت بهداشت
    حدود …`), so it is not taken.
    """
    text = doc.text
    if _key(head.group()) not in _wordset("BODY_HEADS"):
        return None
    words = list(islice(_WORD_RE.finditer(text, head.end(), stop), max_words))
    for w in words:
        k = _key(w.group())
        place = next((mn for mn in doc.mentions_in(w.start(), w.end()) if mn.start == w.start()
                      and mn.entity_type in ("country", "capital", "demonym")), None)
        if place is not None:  # and its seat: `سفارت آمریکا در بغداد`
            seat = _SEAT_RE.match(text, place.end, stop)
            city = seat and next((mn for mn in doc.mentions_in(seat.start(1), seat.end(1))
                                  if mn.start == seat.start(1) and mn.entity_type in ("capital", "city")), None)
            end = city.end if city else place.end
            return end if end < stop else None
        if k == "و" and w is not words[0]:
            continue  # `وزارت منابع آب و آبیاری مصر`: `و` inside the body's name
        if k in _wordset("SUBJECT_STOPS") or not k or not k.isalpha() \
                or _VERB_END_RE.match(k) or w.group()[-1] in "،,؛:.»«()":
            return None  # the phrase ended before any country
    return None


def _appositive_end(doc: _Doc, a: int, comma: int, s1: int, max_words: int = 12) -> int | None:
    """The comma closing an apposition `، ROLE،` after the speaker phrase [a, comma).

    `به گفته رضایی، سخنگوی کمیسیون، …`: the segment after the name opens with a role
    (a role mention, `ROLE_HEADS` or `APPOSITIVE_HEADS`), is short, holds no verb, mark or
    colon, and is closed by a second comma with the reported words after it. Not after a
    pronoun or an unnamed source (`به گفته منابع، رئیس‌جمهور، …` may be the clause).
    """
    text = doc.text
    first = _FIRST_WORD_RE.match(text, a, comma)
    if first is None or _key(first.group(1)) in _wordset("PRONOUNS") \
            or _key(first.group(1)) in _wordset("SOURCE_DETERMINERS") \
            or _key(first.group(1)) in _wordset("SOURCE_NOUNS"):
        return None
    end = _next_comma(text, comma + 1, s1, max_words)
    if end is None:
        return None
    b0, b1 = _skip_space(text, comma + 1, end)
    seg = text[b0:b1]
    keys = _keys(seg)
    if not keys or any(ch in seg for ch in _QUOTE_OPEN + _QUOTE_CLOSE + ":()") \
            or any(_VERB_END_RE.match(k) or k == "که" for k in keys):
        return None
    role = _mention_at(doc, b0, types=("role",)) is not None
    if not (role or keys[0] in _wordset("ROLE_HEADS") or keys[0] in _wordset("APPOSITIVE_HEADS")):
        return None
    return end if not _fewer_words(text, end + 1, s1, 3) else None


def _reports_own_speaker(doc: _Doc, sent: Sentence, t0: int, t1: int, guillemets,
                         line_end: int, max_words: int = 10) -> bool:
    """The words after an opener are a clause with its own speaker and speech verb:
    `به گفته این وزارت، آقای متقی از پاکستان خواسته است که «…»`, `به گفته منابع، پوتین
    اعلام کرد که …`. The clause opens with a person (a person or role mention, after an
    optional title), and a speech verb that introduces words of its own (`_verb_quote`)
    follows within the clause, with no comma before it. The opener's source only relays:
    the verb's quote, with its subject as speaker, is the statement. Not when the verb is
    a prediction (`IRREALIS_MARKERS`: `خواهد خواست`, `احتمالا`).
    """
    text = doc.text
    a = t0
    title = _WORD_RE.match(text, a, t1)
    if title is not None and _key(title.group()) in _wordset("HONORIFICS"):
        a = _skip_space(text, title.end(), t1)[0]
    subj = _mention_at(doc, a, types=("person", "role"))
    if subj is None or not subj.person:
        return False
    v = _verb_re().search(text, subj.end, t1)
    if v is None or "،" in text[t0:v.start()] or len(text[t0:v.start()].split()) > max_words \
            or _last_boundary(text, t0, v.start()) is not None:
        return False
    if any(k in _wordset("IRREALIS_MARKERS") for k in _keys(text[subj.end:v.start()])):
        return False  # `… احتمالا … خواهد خواست که …`: a prediction, the source's claim
    return _verb_quote(doc, sent, v, guillemets, line_end, []) is not None


def _name_after_role(doc: _Doc, a: int, comma: int, s1: int,
                     max_words: int = 4) -> tuple[_Speaker, int] | None:
    """`به گفته ROLE، NAME، …` (the reverse of `_appositive_end`): the speaker and the comma
    closing the name.

    The phrase [a, comma) is a role (a role mention, or opens with `ROLE_HEADS` or
    `APPOSITIVE_HEADS`, after an optional `یک`); the next segment, closed by a comma with
    the reported words after it, is a person's name (`_spoken_name`: a person mention, or
    plain words opening with a title or a known given name, `فاطمه محمدبیگی`). A clause
    subject in that place (`به گفته وزیر، مهاجمان مسلح، …`) is no name: it has neither.
    """
    text = doc.text
    head = _FIRST_WORD_RE.match(text, a, comma)
    if head is None:
        return None
    start = head.start(1)
    if _key(head.group(1)) in _wordset("INDEFINITES"):
        nxt = _FIRST_WORD_RE.match(text, head.end(), comma)
        if nxt is None:
            return None
        head, start = nxt, nxt.start(1)
    if _mention_at(doc, start, types=("role",)) is None \
            and _key(head.group(1)) not in _wordset("ROLE_HEADS") \
            and _key(head.group(1)) not in _wordset("APPOSITIVE_HEADS") \
            and not _rank_of_a_force(doc, head, comma):
        return None
    end = _next_comma(text, comma + 1, s1, max_words)
    if end is None or _fewer_words(text, end + 1, s1, 3):
        return None
    n0, n1 = _skip_space(text, comma + 1, end)
    name = _spoken_name(doc, n0, n1)
    if not name:
        return None
    m = _mention_at(doc, n0, types=("person",))
    country = _person_country(doc, name, m) or _phrase_country(doc, a, comma)
    return _Speaker(name, country, "name", True), end


def _rank_of_a_force(doc: _Doc, head: re.Match, comma: int) -> bool:
    """`سرلشکر نیروی هوایی آمریکا،`: a rank (`RANK_HEADS`) before a force or body named up
    to the comma, not before a person (`سرلشکر باقری،` is the name itself)."""
    if _key(head.group(1)) not in _wordset("RANK_HEADS"):
        return False
    rest = _skip_space(doc.text, head.end(), comma)[0]
    return rest < comma and not any(m.entity_type == "person" for m in doc.mentions_in(rest, comma))


def _spoken_name(doc: _Doc, a: int, b: int) -> str:
    """The person's name that [a, b) is as a whole, or '': after an optional title, a
    person mention spanning it, or two or three plain words (no mention, lexicon word or
    digit) opening with a given name (`GIVEN_NAMES` of `analysis.lexicon.roles`), or one to
    three such words after a title (`آقای کریمی‌فر`, `خانم …`)."""
    text = doc.text
    title = _WORD_RE.match(text, a, b)
    titled = title is not None and _key(title.group()) in _wordset("HONORIFICS")
    if titled:
        a = _skip_space(text, title.end(), b)[0]
    m = _mention_at(doc, a, types=("person",))
    if m is not None:
        return _clean_name(m.person or m.surface) if m.end >= b else ""
    words = text[a:b].split()
    keys = [_key(w) for w in words]
    if not (1 if titled else 2) <= len(words) <= 3 or not all(k.isalpha() for k in keys) \
            or not _name_like(keys) or doc.mentions_in(a, b):
        return ""  # (a title may precede a surname alone: `آقای کریمی‌فر`)
    return " ".join(words) if titled or keys[0] in _given_names() else ""


@cache
def _given_names() -> frozenset[str]:
    """Common given names (`analysis.lexicon.roles.GIVEN_NAMES`), as keys."""
    from .lexicon.roles import GIVEN_NAMES

    return frozenset(_key(normalize(g)) for g in GIVEN_NAMES)


def _no_opener_speaker(doc: _Doc, a: int, b: int) -> bool:
    """The words [a, b) after a source opener name no speaker: they open with a word of
    `OPENER_NON_SPEAKERS` (`به نظر می‌رسد`: it seems; `به تعبیر دیگر`: in other words;
    `به نظر من`: a view inside a quote), or they are `PERSPECTIVE_ADJECTIVES` only
    (`از نظر اقتصادی و سیاسی`, `از منظر حقوقی`)."""
    words = _keys(doc.text[a:b])
    if not words:
        return True
    if words[0] in _wordset("OPENER_NON_SPEAKERS"):
        return True
    return all(w in _wordset("PERSPECTIVE_ADJECTIVES") for w in words if w != "و")


def _next_comma(text: str, start: int, stop: int, max_words: int) -> int | None:
    comma = text.find("،", start, stop)
    if comma < 0 or len(text[start:comma].split()) > max_words:
        return None
    return comma


# --- clauses and subjects ------------------------------------------------------------------
def _last_boundary(text: str, start: int, pos: int) -> tuple[int, int] | None:
    """(end of the clause before, start of the next) of the last boundary in [start, pos)."""
    bounds, lo, hi = _boundary_range(text, start, pos)
    return bounds[hi - 1][2:] if hi > lo else None


def _squeezed(phrase: str) -> str:
    """A phrase's key without spaces or ZWNJ (`براساس اعلام` = `بر اساس اعلام`)."""
    return re.sub("[ \u200c]", "", _lex_key(phrase))


@cache
def _clause_initial_openers() -> frozenset[str]:
    return frozenset(_squeezed(p) for p in lx.CLAUSE_INITIAL_OPENERS)


def _after_speech_colon(text: str, s0: int, pos: int) -> bool:
    """Whether a speech verb and a colon come before `pos` in the sentence (`… افزود:
    بر اساس اعلام Y، …`): what follows is that speaker's colon quote."""
    colon = text.rfind(":", s0, pos)
    if colon < 0:
        return False
    a = colon
    while a > s0 and text[a - 1] in " \u200c":
        a -= 1
    return any(v.end() == a for v in _verb_re().finditer(text, max(s0, a - 40), a)) \
        or any(v.end() == a for v in _colon_only_re().finditer(text, max(s0, a - 40), colon + 1))


def _opens_clause(text: str, s0: int, pos: int) -> bool:
    """Whether `pos` opens a clause: only spaces, `و` or `که` between it and the
    sentence's start, a comma, `؛` or a colon."""
    before = text[_clause_start(text, s0, pos):pos].split()
    return all(_key(w) in ("و", "که") for w in before)


def _clause_start(text: str, s0: int, pos: int) -> int:
    """Start of the clause that ends at `pos`: after the last comma, `VERB و` or `؛`."""
    s0 = _after_line_prefix(text, s0, pos)  # `ساعت ۱۶:۲۰ - …`: not a colon ending a clause
    b = _last_boundary(text, s0, pos)
    lo = b[1] if b else s0  # a comma or colon before the last boundary cannot win
    comma = text.rfind("،", lo, pos)
    colon = text.rfind(":", lo, pos)
    return max(s0, b[1] if b else s0, comma + 1 if comma >= 0 else s0, colon + 1 if colon >= 0 else s0)


def _subject_region(doc: _Doc, sent: Sentence, pos: int, earlier: list[_Cand],
                    object_at: int | None = None) -> tuple[int, int]:
    """Where the subject of a verb at `pos` is written: from its clause start to `pos`.

    After `VERB و` a new clause may bring its own subject; if it does not (it opens
    with an object `X را` or only an adverb), the subject is that of an earlier clause.
    """
    text = doc.text
    start = _after_line_prefix(text, sent.start, pos)  # the colon of `ساعت ۱۶:۲۰ -` is no quote's
    nested = False
    for c in earlier:  # a cue inside an earlier quoted clause: that clause is the sentence
        if c.start <= pos <= c.end and c.start > start:
            start = c.start
            nested = True
    colon = text.rfind(":", start, pos)
    if colon >= 0:
        start = colon + 1
        closed = _quotation_after_colon_end(text, start, pos)
        rest = _keys(text[closed:pos]) if closed is not None else []
        if rest and rest[0] in _wordset("CLAUSE_CONJUNCTIONS"):
            # `X نوشت: "…" و افزود که …`: the quotation is no subject (but `نوشت: «NAME»
            # افزود: …`, a name in guillemets with no `و` after it, is)
            if all(k in _wordset("CONTINUING_WORDS") for k in rest):
                return pos, pos  # only `و` / `نیز` before the verb: X goes on speaking
            start = _WORD_RE.match(text, _skip_space(text, closed, pos)[0]).end()
    bounds, lo, hi = _boundary_range(text, start, pos)
    for i in range(hi - 1, lo - 1, -1):
        b = bounds[i][3]
        if object_at is not None and b > object_at:
            continue
        seg = _first_subject_segment(doc, b, pos)
        if seg is not None and not _is_object(text, seg[0], sent.end):
            return _relative_subject(doc, b, pos), pos
    if hi <= lo:
        return _relative_subject(doc, start, pos), pos
    if nested and not _plural_verb(text, pos):
        return pos, pos  # `X گفت که … و همچنین … افزود`: X goes on speaking
    return start, bounds[lo][2]  # `… آغاز کرده و ادعا می‌کنند`: the first clause's subject


def _quotation_after_colon_end(text: str, start: int, pos: int) -> int | None:
    """End (past its closing mark) of a quotation opening right after the colon at
    `start - 1` and closed before `pos`, or None: `شولتس در X نوشت: "Germany stands with
    Ukraine" و افزود که …`, where the quoted words (of any script) are the object of the
    first verb and never the subject of the second."""
    a = _skip_space(text, start, pos)[0]
    if a >= pos or text[a] not in _QUOTE_OPEN:
        return None
    close = _QUOTE_CLOSE[_QUOTE_OPEN.index(text[a])]
    depth, i = 0, a + 1
    while i < pos:  # `«… «فرسایشی» …»`: guillemets nest
        if text[i] == close:
            if depth == 0:
                break
            depth -= 1
        elif text[i] == text[a] and close != text[a]:
            depth += 1
        elif text[i] == "\n":
            return None
        i += 1
    if i >= pos or _fewer_words(text, a + 1, i, 3):
        return None  # (`«مسعود شریفی»`: a name in guillemets, not a quotation)
    end = i + 1
    while end < pos and text[end] in ".!؟?":
        end += 1
    return end


_RELATIVE_HEAD_RE = re.compile(r"\s*[^\s«»:،؛]+ی که ")  # `رقمی که …` (a figure that …)


def _relative_subject(doc: _Doc, a: int, pos: int) -> int:
    """Start of the subject in [a, pos) past a relative head: `رقمی که بغداد مدعی است …`
    (a figure that Baghdad claims …): the head is what is claimed, Baghdad is the subject.

    Not when the head is a name (`زلنسکی که در آنکارا … بود، گفت`: the name is the subject
    and the `که` clause only describes it), when the relative clause is closed by a comma
    or holds an object (`را`), or when nothing stands between `که` and the verb."""
    text = doc.text
    m = _RELATIVE_HEAD_RE.match(text, a, pos)
    if m is None:
        return a
    rest = text[m.end():pos]
    if not rest.strip() or " را " in f" {rest} " or "،" in rest or "," in rest \
            or doc.mentions_in(a, m.end() - len("که ")):
        return a
    return m.end()


def _plural_verb(text: str, pos: int) -> bool:
    """The speech verb at `pos` is plural (`می‌گویند`, `گفته‌اند`): its subject is plural too."""
    m = _verb_re().match(text, pos)
    return bool(m) and _key(m.group()).endswith("ند")


def _is_object(text: str, a: int, pos: int) -> bool:
    """The phrase at `a` (read up to `pos`) is an object: `X را`, `X Y را`."""
    words = [_key(w) for w in text[a:pos].split()[:4]]
    return "را" in words[:3] and not any(w in _wordset("PRONOUNS") for w in words[:1])


_ONLY_END_PUNCT_RE = re.compile("[ .!؟?]*")  # nothing but spaces and end punctuation


@cache
def _boundary_re() -> re.Pattern:
    """A finite verb, then a coordinating conjunction (`کرد و`, `نکرد اما`) or `؛`;
    or a split subordinator (`در حالی مطرح شده که`), whose `که` opens the next clause."""
    conj = "|".join(re.escape(normalize(c)) for c in lx.CLAUSE_CONJUNCTIONS)
    split = "|".join(_phrase(w) for w in lx.SPLIT_SUBORDINATORS)
    # The verb is tried only where a word starts (or right after `؛`): the search resumes
    # there after each match, and a verb found inside a word is also found from its start,
    # which comes first. (Trying every position re-read each word once per letter.)
    verb_start = r"(?:(?<!\S)|(?<=؛))"
    return re.compile(rf"{verb_start}(\S+?)[،,]? (?:{conj}) |؛|(?<![\w\u200c])(?:{split})(?: \S+){{1,4}}? که ")


def _boundaries(text: str, start: int, pos: int) -> list[tuple[int, int]]:
    """Clause boundaries in [start, pos): (end of the clause before, start of the next)."""
    bounds, lo, hi = _boundary_range(text, start, pos)
    return [b[2:] for b in bounds[lo:hi]]


def _boundary_range(text: str, start: int, pos: int) -> tuple[list[tuple[int, int, int, int]], int, int]:
    """The boundaries of `text` that start at or after `start` and end by `pos`: bounds[lo:hi]."""
    starts, ends, bounds = _boundary_index(text)
    lo = bisect.bisect_left(starts, start)
    # matches do not overlap, so the ends are sorted too
    return bounds, lo, max(lo, bisect.bisect_right(ends, pos))


@lru_cache(maxsize=8)
def _boundary_index(text: str) -> tuple[list[int], list[int], list[tuple[int, int, int, int]]]:
    """Every clause boundary of a text, found once: (match start, match end, end of the
    clause before, start of the next), sorted, with the match starts and ends for bisecting."""
    bounds = []
    for m in _boundary_matches(text):
        if m.group(1) is None:  # `؛` or `در حالی … که`
            bounds.append((m.start(), m.end(), m.start(), m.end()))
            continue
        semi = m.group(1).find("؛")
        if semi >= 0:  # `… بازگشته است؛ اما ترامپ … نوشت`: the `؛` ends the clause before
            bounds.append((m.start(), m.end(), m.start(1) + semi, m.end()))
            continue
        word = m.group(1).strip("،.")
        closed = word.rstrip(_QUOTE_CLOSE)  # `… نیاز دارد» و …`: the verb before the mark
        if (_VERB_END_RE.match(closed)
                and not (text[m.end(1)] == " " and _compound_continues(m.group(1), text, m.end()))) \
                or (closed != word and _speech_clause_at(text, m.end())):
            bounds.append((m.start(), m.end(), m.start(1) + len(m.group(1)), m.end()))
    return [b[0] for b in bounds], [b[1] for b in bounds], bounds


def _speech_clause_at(text: str, pos: int) -> bool:
    """A speech verb opening a new report at `pos` (after adverbs such as `همچنین`):
    followed by `که`/`تا` or a colon.

    After a closing mark, `«…» و افزود که …` starts a second report of the same speaker
    even when the quoted words end without a verb (`«نقض آشکار حقوق بین‌الملل» و افزود که`).
    """
    pos = _skip_leading(text, pos, min(len(text), pos + 60))  # `و همچنین افزود`, `و در ادامه گفت`
    m = _verb_re().match(text, pos)
    if m is None:
        return False
    rest = m.end()
    while rest < len(text) and text[rest] in " \u200c":
        rest += 1
    return text.startswith(":", rest) or _regexes()["complementizer"].match(text, m.end()) is not None


def _boundary_matches(text: str):
    """`_boundary_re().finditer(text)`, trying only where a match can start.

    A boundary starts at the word before ` و `/` اما `/` ولی ` (or after a `؛` in it), at
    a `؛`, or at a split subordinator; these are found with `str.find` and a small regex,
    and the full pattern is matched there, left to right, as `finditer` would.
    """
    starts = set()
    for conj in _conjunction_strings():  # ` و `: the word before it starts a boundary
        w = text.find(conj)
        while w >= 0:
            if w > 0 and not text[w - 1].isspace():
                r = w - 1
                while r > 0 and not text[r - 1].isspace():
                    r -= 1
                starts.add(r)
            w = text.find(conj, w + 1)
    j = text.find("؛")
    while j >= 0:
        starts.update((j, j + 1))
        j = text.find("؛", j + 1)
    split = _split_subordinator_re()
    m = split.search(text)
    while m is not None:
        starts.add(m.start())
        m = split.search(text, m.start() + 1)
    rx = _boundary_re()
    done = 0  # where the previous match ended: matches do not overlap
    for start in sorted(starts):
        if start >= done:
            m = rx.match(text, start)
            if m is not None:
                done = m.end()
                yield m


@cache
def _compound_second_res() -> dict[str, re.Pattern]:
    """First part of a spaced compound → its second parts (`گفت` → `گو`, `شنود`)."""
    return {_lex_key(first): re.compile("(?:" + "|".join(_phrase(s) for s in seconds) + ")" + _COMPOUND_END)
            for first, seconds in lx.SPACED_COMPOUNDS.items()}


def _compound_continues(word: str, text: str, pos: int) -> bool:
    """`word و` + the word at `pos` is a spaced compound (`گفت و گوی`): `word` is no verb."""
    rx = _compound_second_res().get(word)
    return rx is not None and rx.match(text, pos) is not None


def _is_compound_part(keys: list[str], i: int) -> bool:
    """The word keys[i] is the first part of a spaced compound (`گفت` of `گفت و گو`)."""
    rx = _compound_second_res().get(keys[i])
    return rx is not None and i + 2 < len(keys) and keys[i + 1] == "و" \
        and rx.fullmatch(keys[i + 2]) is not None


@cache
def _conjunction_strings() -> list[str]:
    return [" " + normalize(c) + " " for c in lx.CLAUSE_CONJUNCTIONS]


@cache
def _split_subordinator_re() -> re.Pattern:
    return re.compile(_alts(lx.SPLIT_SUBORDINATORS, word_start=True))


def _first_words(text: str, a: int, b: int, n: int) -> list[str]:
    """`text[a:b].split()[:n]`, reading only as much of the span as it needs."""
    width = 256
    while True:
        end = min(b, a + width)
        words = text[a:end].split()
        if end >= b or len(words) > n:  # all but the last word of a prefix are whole
            return words[:n]
        width *= 4


def _fewer_words(text: str, a: int, b: int, n: int) -> bool:
    """`len(text[a:b].split()) < n`, reading only as much of the span as it needs."""
    width = 256
    while True:
        end = min(b, a + width)
        if len(text[a:end].split()) >= n:  # a prefix never has more words than the whole
            return False
        if end >= b:
            return True
        width *= 4


def _first_subject_segment(doc: _Doc, start: int, end: int) -> tuple[int, int, bool] | None:
    """The comma-segment of [start, end) that holds the subject; flag: relayed (به نقل از).

    A `،` right after a finite verb closes a clause of its own (IRNA's long `،`-joined
    sentences: `دو طرف درباره A، B و C رایزنی کردند، عراقچی … گفت`), whatever list commas
    come before it: the subject is looked for after it first, and kept when it is a
    mention (a name, a role, a body or a pronoun).
    """
    closed = _closed_clause_end(doc, start, end)
    if closed is not None:
        seg = _subject_segment_from(doc, closed, end)
        if seg is not None and _mention_at(doc, seg[0]) is not None:
            return seg
    return _subject_segment_from(doc, start, end)


def _closed_clause_end(doc: _Doc, start: int, end: int) -> int | None:
    """After the last `،` of [start, end) that follows a finite verb ending a clause of
    its own: none of the comma-segments since the previous such comma holds `که`, a clause
    opener (`با بیان اینکه`) or opens with a subordinator (`در حالی که`, `اگرچه`), where
    the verb would be a relative or subordinate clause's (`X، که A، B و C را بررسی کرد، گفت`)."""
    text = doc.text
    seps = doc.separators()
    lo = bisect.bisect_left(seps, start)
    hi = bisect.bisect_left(seps, end, lo)
    found = None
    run_open = True  # no `که` / opener in the run of segments since the last close
    seg_start = start
    for i in range(lo, hi):
        a, b = seg_start, seps[i]
        seg_start = b + 1
        if text[b] != "،":
            run_open = True  # `؛` ends a clause anyway
            continue
        raw = text[a:b].split()
        if not raw:
            continue
        keys = [_key(w) for w in raw]
        if "که" in keys or _regexes()["clause_opener"].search(text, a, b) \
                or _anchored()["subordinate"].match(text, _skip_space(text, a, b)[0], b) \
                or _QUOTE_OPEN_RE.search(text, a, b):
            run_open = False
        if _VERB_END_RE.match(keys[-1]) and not (len(keys) >= 3 and _is_compound_part(keys[-3:], 0)):
            if run_open:
                found = b + 1
            run_open = True
    return found


def _subject_segment_from(doc: _Doc, start: int, end: int) -> tuple[int, int, bool] | None:
    """`_first_subject_segment` from `start`, without the closed-clause rule.

    Segments run between `،`/`؛`; the last one (to `end`) may be long, so it is read only
    where the rules look (its start, its first word) and searched through indexes.
    """
    text = doc.text
    rx = _regexes()
    anchored = _anchored()
    seps = doc.separators()
    lo = bisect.bisect_left(seps, start)
    hi = bisect.bisect_left(seps, end, lo)  # segment i ends at seps[i] (the last at `end`)
    skipped_name = None  # the person ending the last skipped segment (`به رغم اعلام X`)
    seg_start = start
    for i in range(lo, hi + 1):
        last = i == hi
        a, b = seg_start, end if last else seps[i]
        if not last:
            seg_start = b + 1
        a, b = _skip_space(text, a, b)
        a0, a = a, _skip_leading(text, a, b)
        if a >= b:
            continue
        if not last and a > a0 and _adverbial_goes_on(doc, a0, a):
            continue  # `در ادامه این جلسه، X گفت`: the adverbial's noun, not a subject
        t = _time_adverbial_end(text, a, b)
        if t is not None:  # `ساعاتی پیش از آغاز نشست، X …`, `دو روز بعد X …`
            a = _skip_space(text, t, b)[0] if t < b else \
                (_subject_after_time(doc, a, b) if last else None)
            if a is None or a >= b:
                continue  # the whole segment is the time adverbial
        if skipped_name and _apposition_of(doc, a, skipped_name):
            skipped_name = _person_ending(doc, a, b)  # `…، ROLE of X …،`: still about X
            continue
        sl = anchored["source_line"].match(text, a, b)
        if sl:  # `به نوشته X «NAME» …`: the subject may follow the source inside the segment
            inner = _name_start(doc, sl.end(), b)
            if inner is None:
                continue
            a = inner
        relay = doc.search("relay", a, b)
        if relay and not last:
            nxt = _skip_space(text, seps[i] + 1, end if i + 1 == hi else seps[i + 1])[0]
            if _mention_at(doc, nxt, types=("person",)) is not None or text.startswith("«", nxt):
                continue  # `X به نقل از Y، NAME …`: a source line, the subject follows
            return relay[1], b, True  # `X به نقل از Y، ROLE …`: Y said it
        if doc.has_dash(a, b) or text.startswith("-", a) \
                or (not last and anchored["subordinate"].match(text, a, b)):
            continue
        first = _FIRST_WORD_RE.match(text, a, b)
        if not first:
            continue
        if _key(first.group(1)) in _wordset("PREPOSITIONS") and not _mention_at(doc, a):
            inner = _subject_after_adverbial(doc, a, b) if last else None
            if inner is not None:  # `در … روز پنج‌شنبه (دیشب) یک منبع … گفت`
                return inner, b, False
            skipped_name = _person_ending(doc, a, b)
            continue
        if not last:
            seg = text[a:b]
            raw = seg.split()
            if _VERB_END_RE.match(_key(raw[-1])) and all(_key(w) != "که" for w in raw) \
                    and not rx["clause_opener"].search(seg) \
                    and not (len(raw) >= 3 and _is_compound_part(_keys(" ".join(raw[-3:])), 0)):
                continue  # a clause of its own (`…، جلوه دهد، همان‌طور که X گفت`), not `X با بیان اینکه …،`
        if relay and last:
            return relay[1], b, True
        return a, b, False
    return None


@cache
def _time_counts() -> frozenset[str]:
    """Words counting a time unit: numerals (`دو`, `بیست`) and `چند`, `نیم`."""
    return _wordset("TIME_COUNTS") | frozenset(
        _key(normalize(w)) for table in (lxn.ONES, lxn.TEENS, lxn.TENS, lxn.HUNDREDS) for w in table)


def _time_adverbial_end(text: str, a: int, b: int) -> int | None:
    """End of a span of time opening [a, b), or None: an indefinite time noun (`ساعاتی`,
    `مدتی`, `روزی`) or a count and a unit (`دو روز`, `۴۸ ساعت`, `چند هفته`), then a word
    placing it before/after (`پیش`, `بعد`, `پس`); with `از` after that (`ساعاتی پیش از آغاز
    نشست`) the phrase runs to the end of the segment: `b`.

    The placing word is needed (`دو روز` alone may be counted days, `کمی از …` is "a few
    of …") unless the time noun is the whole segment (`لحظاتی بعد` / `ساعاتی،`).
    """
    words = list(islice(_WORD_RE.finditer(text, a, b), 4))
    keys = [_key(w.group()) for w in words]
    if not keys:
        return None
    if keys[0] in _wordset("CLOCK_WORDS") and len(keys) > 1 and keys[1][:1].isdigit():
        return _clock_time_end(text, a, b)  # `ساعت ۱۰ صبح،`, `ساعت ۱۰ صبح امروز X …`
    if keys[0] in _wordset("INDEFINITE_TIMES"):
        n = 1
    elif len(keys) > 1 and (keys[0].isdigit() or keys[0] in _time_counts()) \
            and keys[1] in _wordset("TIME_UNITS"):
        n = 2
    else:
        return None
    if n == len(keys) and not text[words[-1].end():b].strip():
        return b  # `ساعاتی،`: the time noun is the whole segment
    if n >= len(keys) or keys[n] not in _wordset("TIME_RELATIONS"):
        return None
    if n + 1 < len(keys) and keys[n + 1] == "از":
        return b  # `… پیش از آغاز نشست جده`: the event is part of the adverbial
    return words[n].end()


def _clock_time_end(text: str, a: int, b: int) -> int:
    """End of a clock time at `a` (`ساعت ۱۰`, `ساعت ۱۰:۳۰ صبح روز شنبه`): the word and its
    number, then any time nouns, modifiers and numbers; `b` when they fill the segment."""
    end = a
    for i, w in enumerate(_WORD_RE.finditer(text, a, b)):
        k = _key(w.group())
        if i > 1 and not (k[:1].isdigit() or k in _wordset("TIME_NOUNS") or k in _wordset("TIME_MODIFIERS")
                          or k in _wordset("TIME_WORDS") or k in _wordset("LEADING_ADVERBS")):
            return end
        end = w.end()
    return b


def _subject_after_time(doc: _Doc, a: int, b: int) -> int | None:
    """Where the subject starts after a time adverbial with `از` and no comma
    (`ساعاتی پس از این حمله اوکراین اعلام کرد`): a person, role, body or country written
    right before the verb, not the object of a preposition (`پس از دیدار با لاوروف وانگ یی
    گفت`: Wang Yi); None when no such mention closes the segment."""
    text = doc.text
    for m in doc.mentions_in(a, b):
        if text[m.end:b].strip(" \u200c»") or m.entity_type == "pronoun":
            continue
        prev = text[a:m.start].split()
        if len(prev) > 3 and _key(prev[-1]) not in _wordset("PREPOSITIONS"):
            return m.start
    return None


def _adverbial_goes_on(doc: _Doc, a0: int, a: int) -> bool:
    """A comma-segment opening with a prepositional adverbial (`در ادامه`, `در پایان`) that
    goes on past the skipped words with their complement (`در ادامه این جلسه،`, `در پایان
    نشست،`): the whole segment is the adverbial; what follows it is no speaker."""
    first = _FIRST_WORD_RE.match(doc.text, a0, a)
    return bool(first) and _key(first.group(1)) in _wordset("PREPOSITIONS") \
        and _mention_at(doc, a, types=("person", "role", "org")) is None


def _person_ending(doc: _Doc, a: int, b: int) -> str:
    """The person whose mention ends the segment [a, b), if one."""
    text = doc.text
    tail = b  # the mention must reach the segment's trailing spaces and guillemets
    while tail > a and text[tail - 1] in " \u200c»«":
        tail -= 1
    for m in doc.mentions_in(a, b):
        if m.entity_type in ("person", "role") and m.person and m.end >= tail:
            return m.person
    return ""


def _apposition_of(doc: _Doc, a: int, person: str) -> bool:
    """The segment at `a` opens with a role phrase of `person` (`اردوغان، رئیس‌جمهوری ترکیه`)."""
    m = _mention_at(doc, a, types=("role",))
    return m is not None and _role_person(doc, m) == person


def _role_person(doc: _Doc, m: Mention) -> str:
    """The person a role mention resolves to, unless the role is another country's
    (`پوتین، وزیر خارجه ایران`: the minister is not Putin)."""
    if not m.person or not m.country:
        return m.person
    own = doc.person_countries().get(m.person)
    return "" if own and m.country not in own else m.person


def _subject_after_adverbial(doc: _Doc, a: int, b: int) -> int | None:
    """Where a subject starts after an adverbial with no comma, if it clearly does.

    The adverbial ends at a time word or a parenthesis (`در واپسین ساعات روز پنج‌شنبه
    (دیشب) یک منبع …`), or is `PREP از این/آن` (`پیش از این`, 'before this'); what follows must look like a speaker: a person, role or
    organisation, a title, or an unnamed source (`یک منبع`, `کارشناسان`).
    """
    text = doc.text
    words = list(_WORD_RE.finditer(text, a, b))
    for i, (w, nxt) in enumerate(pairwise(words)):
        if w.group().endswith(")") or _key(w.group()) in _wordset("LEADING_ADVERBS"):
            if _mention_at(doc, nxt.start(), types=("person", "role", "org")) is not None \
                    or _is_unnamed_source(text, nxt.start(), b) \
                    or _key(nxt.group()) in _wordset("HONORIFICS"):
                return nxt.start()
        elif i == 2 and _key(words[1].group()) in _wordset("DEMONSTRATIVES") \
                and _name_then_role(doc, words[i + 1:]):
            return nxt.start()
        elif i == 2 and _key(words[1].group()) == "از" and _key(w.group()) in _wordset("DEMONSTRATIVES") \
                and _mention_at(doc, nxt.start(), types=("person", "role", "org")) is not None:
            return nxt.start()  # `پیش از این NAME …`, `قبل از این ROLE …`: 'before this', then X
    return None


_NAME_BEFORE_ROLE_WORDS = 3  # `روح‌الله متفکرآزاد`, `سید محمد حسینی`


def _name_then_role(doc: _Doc, words: list[re.Match]) -> bool:
    """`NAME ROLE …` at the head of `words`: a written name of two or three words no
    gazetteer knows, then a role mention (`در این جلسه روح‌الله متفکرآزاد نماینده مردم
    تبریز … گفت`: after `PREP این NOUN` the name opens the subject)."""
    for n in range(2, _NAME_BEFORE_ROLE_WORDS + 1):
        if len(words) <= n:
            return False
        name = words[:n]
        if any(_key(w.group()) in _wordset("PREPOSITIONS") or _key(w.group()) in _wordset("NOT_NAMES")
               or _VERB_END_RE.match(_key(w.group())) for w in name):
            return False
        if _mention_at(doc, words[n].start(), types=("role",)) is not None:
            return True
    return False


def _is_unnamed_source(text: str, a: int, b: int) -> bool:
    """`یک منبع`, `کارشناسان`, `برخی مقامات`: a phrase headed by an unnamed-source noun."""
    words = [_key(w) for w in text[a:b].split()[:2]]
    if words and words[0] in _wordset("SOURCE_DETERMINERS"):
        words = words[1:]
    return bool(words) and words[0] in _wordset("SOURCE_NOUNS")


# A segment of a dateline opening a news paragraph: `تهران- `, `ایرنا- `, `مسکو – `, an
# agency in parentheses after the place (`تهران (ایرنا) - `, `پکن (CRI) - `), each followed by
# a dash and a space. Up to four words: more than two only for a known agency
# (`دویچه وله فارسی - `, agencies.csv), see `_dateline_end`.
_DATELINE_SEGMENT_RE = re.compile(
    r"([^\W\d][\w\u200c]*(?: [^\W\d][\w\u200c]*){0,3})(?: ?\([^()\n]{1,40}\))? ?[-–—] +")
_DATELINE_SEGMENTS = 2  # a place, then an agency


def _dateline_end(text: str, a: int, b: int) -> int | None:
    """End of a dateline at `a` (`تهران- ایرنا- `, `آنکارا (آناتولی) - `, `دویچه وله فارسی - `),
    or None: one or two segments of `_DATELINE_SEGMENT_RE`, a segment of three words or more
    only when it is an agency's name (a longer phrase before a dash may be the speaker)."""
    end = None
    for _ in range(_DATELINE_SEGMENTS):
        m = _DATELINE_SEGMENT_RE.match(text, a if end is None else end, b)
        if m is None:
            break
        name = m.group(1)
        if len(name.split()) > 2 and _key(normalize(name)).replace(" ", "") not in _agency_names():
            break
        end = m.end()
    return end


# Emoji and other pictographs (Unicode category So: `🔹 🔴 🔻 📌 📎 🔗 ✅ ⚡ ☑ ➡`) opening a line of
# a social-media post or a channel's digest, with a variation selector (U+FE0F), a joiner
# (U+200D) or a skin tone, and with or without a space after: a bullet, never a word.
_SYMBOL_CHARS = ("\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff"
                 "\U0001f000-\U0001faff\ufe0f\u200d\u20e3")
_SYMBOL_BULLET = rf"[{_SYMBOL_CHARS}]+ *"
_SYMBOL_BULLET_RE = re.compile(_SYMBOL_BULLET + r"(?=\S)")


@cache
def _line_prefix_re() -> re.Pattern:
    """What may open a line before its first sentence: a live-update time stamp
    (`ساعت ۱۶:۲۰ - `, `۱۰:۱۵ - `, `۱۶: ۲۰ | `, `ساعت ۹:۳۰ `), a timeline's date stamp
    (`۱۱ مارس ۲۰۲۳ - `, `۲۲ بهمن ۱۴۰۱: `, `۱۴۰۲/۰۱/۱۵ - `), a bullet (`- `, `• `, `* `),
    an emoji bullet (`🔹 `, `🔻`, `📌 `: `_SYMBOL_BULLET`) or a list number (`۱- `, `2) `, `۳. `)."""
    words = "|".join(_phrase(w) for w in lx.TIME_STAMP_WORDS)
    clock = r"\d{1,2} ?[:٫] ?\d{2}(?: ?\([^)\n]{1,30}\))?"  # `۱۶:۲۰`, `۱۶: ۲۰ (به وقت تهران)`
    stamp = rf"(?:(?:{words}) {clock} *(?:[-–—|:] *)?|{clock} *[-–—|] *)"
    months = "|".join(_phrase(m) for m in (*JALALI_MONTHS, *GREGORIAN_MONTHS))
    date = (rf"(?:\d{{1,2}} (?:{months})(?: \d{{2,4}})?|\d{{2,4}} ?[/.] ?\d{{1,2}} ?[/.] ?\d{{1,4}})"
            r" *[-–—|:] +")
    bullet = r"[-–—•●▪■◾◦*·]+ +"
    number = r"\d{1,2} ?[-.)] +"
    return re.compile(rf"(?:{stamp}|{date}|{bullet}|{_SYMBOL_BULLET}|{number})(?=\S)")


def _after_line_prefix(text: str, a: int, b: int) -> int:
    """`a` moved past a time stamp or bullet opening the line at `a` (`_line_prefix_re`)."""
    if a == 0 or text[a - 1] == "\n":
        m = _line_prefix_re().match(text, a, b)
        if m:
            return m.end()
    return a


def _opens_line(text: str, a: int, b: int) -> bool:
    """`a` starts a line, or follows only the line's prefix (`🔴 رادیو فردا - …`: the
    dateline after an emoji bullet still opens the line)."""
    if a == 0 or text[a - 1] == "\n":
        return True
    line = text.rfind("\n", 0, a) + 1
    m = _line_prefix_re().match(text, line, b)
    return m is not None and m.end() == a


def _skip_leading(text: str, a: int, b: int) -> int:
    """Skip a line's time stamp or bullet, a dateline, framing openers, `آنطور که`,
    leading adverbs and (parenthesized) notes."""
    rx = _anchored()
    a = _after_line_prefix(text, a, b)  # `ساعت ۱۶:۲۰ - مدینسکی گفت`, `- ترامپ گفت`
    if _opens_line(text, a, b) and (d := _dateline_end(text, a, b)) is not None:
        a = _skip_space(text, d, b)[0]  # `تهران- ایرنا- سخنگوی دولت گفت`, `تهران (ایرنا) - …`
    while a < b:
        m = rx["leading"].match(text, a, b)
        if m:
            a = _skip_space(text, m.end(), b)[0]
            continue
        if text[a] == "(":
            close = text.find(")", a, b)
            if close > a:
                a = _skip_space(text, close + 1, b)[0]
                continue
        w = _WORD_RE.match(text, a)
        if w and _key(w.group()) in _wordset("LEADING_ADVERBS"):
            a = _skip_space(text, w.end(), b)[0]
            continue
        if w and _key(w.group()) in _wordset("TIME_WORDS"):  # `دیشب سئول اعلام کرد`
            a = _skip_space(text, w.end(), b)[0]
            continue
        if w and _key(w.group()) in _wordset("TIME_NOUNS"):  # `هفته گذشته سئول اعلام کرد`
            nxt = _WORD_RE.match(text, _skip_space(text, w.end(), b)[0])
            if nxt and nxt.end() <= b and _key(nxt.group()) in _wordset("TIME_MODIFIERS"):
                a = _skip_space(text, nxt.end(), b)[0]
                continue
        break
    return a


def _name_start(doc: _Doc, a: int, b: int) -> int | None:
    """Start of the first person mention or «…» in [a, b)."""
    for m in doc.mentions:
        if a <= m.start < b and m.entity_type == "person":
            return m.start
    g = doc.text.find("«", a, b)
    return g if g >= 0 else None


def _skip_space(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \u200c\u00a0":
        a += 1
    while b > a and text[b - 1] in " \u200c\u00a0":
        b -= 1
    return a, b


def _mention_at(doc: _Doc, pos: int, types=("person", "role", "org", "pronoun")) -> Mention | None:
    """A mention of the given types starting at `pos` (after honorifics and «), or at a
    title it includes (`آیت‌الله خامنه‌ای` found with its title)."""
    text = doc.text
    starts = []
    while True:
        while pos < len(text) and text[pos] in " \u200c«\"":
            pos += 1
        starts.append(pos)
        w = _WORD_RE.match(text, pos)
        if w and _key(w.group()) in _wordset("HONORIFICS"):
            pos = w.end()
            continue
        break
    best = None
    for m in (m for p in starts for m in doc.mentions_starting(p)):
        if m.entity_type not in types:
            continue
        if best is None or (m.end - m.start) > (best.end - best.start) or (
            m.person and not best.person and m.end - m.start == best.end - best.start
        ):
            best = m
    return best


def _speaker_of(doc: _Doc, start: int, end: int, state: _State) -> _Speaker:
    """The speaker whose subject is written in [start, end)."""
    seg = _first_subject_segment(doc, start, end)
    if seg is None:  # no subject written: the clause shares the previous subject
        return _copy(state.last_speaker or state.last_person, "pronoun") or _Speaker("", "", "as_written")
    a, b, _relayed = seg
    if _reciprocal_subject(doc.text, a, b) and _singular_verb(doc.text, end):
        # `دو طرف …، گفت`: both sides never speak with one voice; a person right before
        # the verb does, else the speaker is the salient one, as for a subjectless clause
        return _person_before_verb(doc, a, end) \
            or _copy(state.last_speaker or state.last_person, "pronoun") or _Speaker("", "", "as_written")
    spk = _phrase_speaker(doc, a, b, state=state)
    if spk is not None and not spk.name:
        spk = None
    if spk is None or (spk.resolved_by == "as_written" and not spk.is_person):
        spk = _person_before_verb(doc, a, end) or spk
    return spk or _copy(state.last_speaker or state.last_person, "pronoun") or _Speaker("", "", "as_written")


@cache
def _reciprocal_re() -> re.Pattern:
    return re.compile(_alts(lx.RECIPROCAL_PLURALS, word_start=True) + r"(?![\w\u200c])")


def _reciprocal_subject(text: str, a: int, b: int) -> bool:
    """The subject phrase at `a` is a referring plural (`دو طرف`, `طرفین`, `هر دو`)."""
    return _reciprocal_re().match(text, a, b) is not None


def _singular_verb(text: str, pos: int) -> bool:
    """A speech verb at `pos` that is singular (`گفت`, `افزود`, `تاکید کرد`), or a
    singular finite verb ending right before `pos` (the first clause's, in `… تاکید کرد و
    گفت`, whose subject the second clause shares)."""
    m = _verb_re().match(text, pos)
    if m:
        return not _key(m.group()).endswith("ند")
    words = text[max(0, pos - 40):pos].split()
    last = _key(words[-1]) if words else ""
    return bool(_VERB_END_RE.match(last)) and not last.endswith("ند")


def _person_before_verb(doc: _Doc, a: int, verb: int) -> _Speaker | None:
    """A named person right before the verb when the phrase opening [a, verb) is another
    clause's (an object `را` or a finite verb follows it): `… را تایید کرد مورفی نوشته است`.
    """
    for m in doc.mentions_in(a, verb):
        if m.entity_type != "person" or doc.text[m.end:verb].strip(" \u200c»"):
            continue
        between = [_key(w) for w in doc.text[a:m.start].split()]
        if not between or between[-1] in _wordset("PREPOSITIONS"):
            return None
        if between[-1] == "که" and len(between) > 1:
            pass  # `خبرنگاری پرسید آیا … که موسوی پاسخ داد`: `که` opens the speaker's clause
        elif not any(w == "را" or (_VERB_END_RE.match(w) and not _is_compound_part(between, i))
                     for i, w in enumerate(between) if i):
            return None  # `سخنگوی دفتر X گفت`, `وزارت … درباره سفر X اعلام کرد`
        person = _clean_name(m.person or m.surface)
        how = "name" if _same(m.surface, person) else "surname"
        return _Speaker(person, _person_country(doc, person, m), how, True)
    # `… که موسوی پاسخ داد`: `که`, then the surname of a person the article named in full
    words = doc.text[a:verb].split()
    if len(words) > 2 and _key(words[-2]) == "که":
        full = _known_person(doc, words[-1], None)
        if full:
            return _Speaker(full, _person_country(doc, full, None), "surname", True)
    return None


def _copy(spk: _Speaker | None, how: str) -> _Speaker | None:
    if spk is None:
        return None
    return _Speaker(spk.name, spk.country, how, spk.is_person)


def _phrase_speaker(doc: _Doc, a: int, b: int, state: _State | None = None,
                    headline: bool = False) -> _Speaker | None:
    """The speaker a subject phrase names: mention, pronoun, demonstrative or as written."""
    text = doc.text
    a, b = _skip_space(text, a, b)
    while a < b and text[a] in "»\")]-–":  # the end of a previous quotation
        a = _skip_space(text, a + 1, b)[0]
    if a >= b:
        return None
    words = text[a:b].split()
    first = _key(words[0])
    if first in _wordset("PRONOUNS"):
        if state is None:
            return None
        plural = first in _wordset("PLURAL_PRONOUNS")
        prev = (state.last_speaker or state.last_person) if plural or state.role_last \
            else (state.last_person or state.last_speaker)
        return _copy(prev, "pronoun")
    named = _role_comma_name(doc, a, b)
    if named is not None:  # `نماینده هند در این نشست، چاندنی رینا، … گفت`: the name speaks
        return named
    m = _mention_at(doc, a)
    if m is None and first in _wordset("INDEFINITES") and len(words) > 1:
        # `یک عضو مجلس عوام انگلیس`: an indefinite role the article ties to a named person
        r = _mention_at(doc, a + len(words[0]), types=("role",))
        if r is not None and r.person and r.country and _named_in(doc, r.person) and any(
                o is not r and o.entity_id == r.entity_id and o.country == r.country
                and o.person == r.person for o in doc.mentions):
            m = r  # (only when the same role is written beside that person elsewhere)
    if m is not None and m.entity_type != "pronoun":
        person = _clean_name((_role_person(doc, m) if m.entity_type == "role" else m.person)
                             or (m.surface if m.entity_type == "person" else "")
                             or _role_holder(doc, m))
        if person and m.entity_type == "role" and not _named_in(doc, person):
            person = ""  # the role's holder from the gazetteer, never named here: keep the role
        if person and m.entity_type == "role" and _serves_the_role(doc.text, m.surface, m.start):
            person = ""  # `X، معاون دبیرکل …` then `دبیرکل … گفت`: not X, keep the role
        if person:
            how = "headline" if headline else (
                "role" if m.entity_type == "role" else
                "name" if _same(m.surface, person) else "surname")
            return _Speaker(person, _person_country(doc, person, m), how, True)
    if first in _wordset("DEMONSTRATIVES") and state is not None and len(words) > 1:
        head = _key(words[1])
        for body in reversed(state.bodies):
            if head in {_key(w) for w in body.name.split()}:
                return _copy(body, "pronoun")
        if head in _wordset("ROLE_HEADS") and state.last_person is not None:
            other = _person_of_the_phrase_country(doc, a, b, state)
            if other is not None:  # `به گفته این مقام ترکمن` after an Iranian speaker
                return other
            return _copy(state.last_person, "pronoun")  # `این دیپلمات ایرانی`: a person
        if head in _wordset("APPOSITIVE_HEADS"):
            # `این کارشناس افزود` after `مسعود نیلی، اقتصاددان، … گفت`: a person, never a body
            if state.last_person is not None:
                return _copy(_person_called(doc, words[1], a, state) or state.last_person, "pronoun")
            if state.role_last and state.last_body is not None:  # `یک کارشناس … گفت`
                return _copy(state.last_body, "pronoun")
        anaphor = _body_anaphor(doc, head, a, state, _phrase_country(doc, a, b))
        if anaphor is not None:
            return anaphor
        prev = state.last_body or state.last_speaker
        if prev is not None and head not in _body_anaphors() and head not in _wordset("APPOSITIVE_HEADS"):
            return _copy(prev, "pronoun")
    name = _as_written(doc, a, b)
    if not name or _key(name) in _wordset("NOT_SUBJECTS") or _is_bare_time(name):
        return None
    first_word = _WORD_RE.match(doc.text, a)
    titled = bool(first_word) and _key(first_word.group()) in _wordset("HONORIFICS")
    # a name the article wrote in guillemets, or after a title (`سردار تیمور حسینی`)
    quoted = "«" + name + "»" in doc.text[a:b] or (titled and name.split()[0] not in doc.text[a:first_word.end()])
    before_role = _name_before_role(doc, a, name)
    if before_role:  # `محمود مرداوی عضو ارشد جنبش …`: a name, then its role
        name, quoted = before_role, True
    full = _known_person(doc, name, state)
    if full:  # `خوداتیان` after `«داوید خوداتیان» وزیر …`
        how = "headline" if headline else "name" if _same(full, name) else "surname"
        return _Speaker(full, _person_country(doc, full, None), how, True)
    if not quoted and _introduced_name(doc, name):
        quoted = True  # `روح‌الله متفکرآزاد، نماینده تبریز، گفت`: a person no gazetteer knows
    holder = "" if quoted or headline else _apposed_holder(doc, a, name)
    if holder:  # `والی هرات گفت` after `مولوی نورمحمد اسلام‌جار، والی هرات، …`
        return _Speaker(holder, _person_country(doc, holder, None), "role", True)
    if m is not None and m.entity_type in ("org", "capital") and _same(name, m.surface):
        name = fullest_name(doc, m)  # `پنتاگون` → `وزارت دفاع آمریکا` when the article writes it
    how = "headline" if headline else "name" if quoted else "as_written"
    return _Speaker(name, _phrase_country(doc, a, b) if m is None else (m.country or ""), how, quoted)


_ROLE_ADJUNCT_WORDS = 8  # `نماینده هند در این نشست`: a role and a short adjunct


def _role_comma_name(doc: _Doc, a: int, b: int) -> _Speaker | None:
    """`ROLE (adjunct)، NAME، …` as a subject (the order of `به گفته ROLE، NAME،`): the name
    (`_name_after_role`) is the speaker, with the role's country when it has none of its own."""
    text = doc.text
    sent = next((s for s in doc.sentences if s.start <= a < s.end), None)
    if sent is None:
        return None
    comma = _next_comma(text, a, sent.end, _ROLE_ADJUNCT_WORDS)
    if comma is None or text[b:comma].strip() or any(_VERB_END_RE.match(k) for k in _keys(text[a:comma])):
        return None  # (the subject region is the role phrase, closed by the comma)
    found = _name_after_role(doc, a, comma, sent.end)
    return found[0] if found is not None else None


def _person_of_the_phrase_country(doc: _Doc, a: int, b: int, state: _State) -> _Speaker | None:
    """For `این مقام ترکمن` / `این دیپلمات روس` at [a, b) whose country is not that of the
    last person: the last speaker if it is an unnamed role of that country (`یک مقام
    آمریکایی … گفت` then `این مقام آمریکایی افزود`), else the nearest person named before
    `a` with the phrase's country (`… با ملاایف معاون … ترکمنستان دیدار کرد`); None when
    the countries agree or are unknown."""
    country = _phrase_country(doc, a, b)
    last = state.last_person
    if not country or last is None or not last.country or country == last.country:
        return None
    spk = state.last_speaker
    if spk is not None and not spk.is_person and spk.country == country:
        return _copy(spk, "pronoun")
    for m in reversed(doc.mentions_in(0, a)):
        if m.entity_type == "person" and m.country == country:
            name = _clean_name(m.person or m.surface)
            if name:
                return _Speaker(name, country, "pronoun", True)
    return None


def _person_called(doc: _Doc, noun: str, pos: int, state: _State) -> _Speaker | None:
    """The last person speaker before `pos` that the article introduced with `noun` as an
    apposition (`NAME، کارشناس …،` or `NAME کارشناس …`), for `این کارشناس`; None if none."""
    text = doc.text[:pos]
    for spk in reversed(state.persons):
        if re.search(_phrase(spk.name) + _SP + "،?" + _SP + _phrase(noun) + r"(?![\w\u200c])", text):
            return spk
    return None


def _is_bare_time(name: str) -> bool:
    """A phrase of time words only (`ساعاتی`, `چند ساعت`, `۴۸ ساعت`): never a speaker."""
    keys = _keys(name)
    return bool(keys) and all(k in _wordset("INDEFINITE_TIMES") or k in _wordset("TIME_UNITS")
                              or k in _wordset("TIME_RELATIONS") or k in _time_counts()
                              or k.isdigit() for k in keys)


@cache
def _body_anaphors() -> dict[str, frozenset[str]]:
    """`BODY_ANAPHORS` as keys: the head after `این` → the heads of the bodies it names."""
    return {_key(normalize(h)): frozenset(_key(normalize(w)) for w in heads)
            for h, heads in lx.BODY_ANAPHORS.items()}


def _body_anaphor(doc: _Doc, head: str, pos: int, state: _State, country: str = "") -> _Speaker | None:
    """`این وزارتخانه می‌گوید …` (this ministry): the last body before `pos` whose name
    opens with a matching head (`وزارت بهداشت غزه`), a speaker or an organisation
    mention; None when the head is no body noun or nothing matches (the subject then
    stays as written: a body is never an earlier person)."""
    heads = _body_anaphors().get(head)
    if not heads:
        return None
    if head in _wordset("MEDIA_ANAPHORS"):  # `این روزنامه`: an outlet, spoken of or not
        return _last_outlet(doc, head, pos, state, country)
    for body in reversed(state.bodies):
        words = body.name.replace("\u200c", " ").split()
        if words and _key(words[0]) in heads:
            return _copy(body, "pronoun")
    for m in reversed(doc.mentions_in(0, pos)):
        if m.entity_type != "org" or m.end > pos:
            continue
        words = doc.text[m.start:m.end].replace("\u200c", " ").split()
        if words and _key(words[0]) in heads:
            return _Speaker(doc.text[m.start:m.end], m.country or "", "pronoun", False)
    return None


@cache
def _outlet_res() -> dict[str, re.Pattern]:
    """Per `MEDIA_ANAPHORS` head: a regex for the outlet nouns it refers back to, as words."""
    out = {}
    for h in lx.MEDIA_ANAPHORS:
        nouns = sorted(lx.BODY_ANAPHORS[h], key=len, reverse=True)
        out[_lex_key(h)] = re.compile(_NOT_BEFORE + "(?:" + "|".join(_phrase(n) for n in nouns)
                                      + r")(?![\w\u200c])")
    return out


_OUTLET_MAX_WORDS = 4  # `روزنامه نیویورک تایمز`, `شبکه خبری الجزیره قطر`


def _last_outlet(doc: _Doc, head: str, pos: int, state: _State, country: str = "") -> _Speaker | None:
    """`این روزنامه یادآور شد` after `روزنامه اعتماد … نوشت`: the last outlet written out
    before `pos` with a noun that `head` refers back to (`روزنامه`; `رسانه` any outlet) and
    its name (`روزنامه اعتماد`), a media speaker; None when there is none (the subject then
    stays as written, never an earlier person). An outlet noun after a demonstrative (`این
    روزنامه` itself) or with no name after it is no outlet. With a country (`این رسانه
    اماراتی`) the outlet is of that country: a medium speaker of it, else one so written."""
    text = doc.text
    if country:
        for body in reversed(state.bodies):
            if body.country == country and _is_medium(body.name):
                return _copy(body, "pronoun")
    rx = _outlet_res().get(head)
    if rx is None:
        return None
    for m in reversed(list(rx.finditer(text, 0, pos))):
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and _key(before[-1]) in _wordset("DEMONSTRATIVES"):
            continue
        stop = min([i for i in (text.find(ch, m.end(), pos) for ch in _CLAUSE_MARKS) if i >= 0]
                   + [pos])
        words = _as_written(doc, m.start(), stop).split()[:_OUTLET_MAX_WORDS]
        for n, w in enumerate(words[1:], 1):  # `خبرگزاری هرانا گزارش داد`: up to `گزارش`
            if _key(w) in _wordset("OUTLET_NAME_STOPS") or _verb_re().fullmatch(w) or _VERB_END_RE.match(w):
                words = words[:n]
                break
        if len(words) < 2 or len(words) <= len(m.group().split()):
            continue
        name = " ".join(words)
        found = _phrase_country(doc, m.start(), m.start() + len(name))
        if country and found != country:
            continue
        return _Speaker(name, found, "pronoun", False)
    return None


def _introduced_name(doc: _Doc, name: str) -> bool:
    """`name` is a full name the article introduces with an apposition (`روح‌الله
    متفکرآزاد، نماینده تبریز و …، گفت`): two plain words that the article writes as
    `GIVEN SURNAME،` at a clause start (`_Doc.apposed_name`). Such a speaker is a person,
    so a later `وی`/`او` refers to it rather than to a gazetteer person named before.
    """
    words = name.split()
    keys = [_key(w) for w in words]
    if not 2 <= len(words) <= 3 or not _name_like(keys) or keys[0] in _wordset("APPOSITIVE_HEADS"):
        return False  # (`والی هرات`, itself an apposition: a role)
    if len(words) == 3:  # `علی حسن خلیل، دستیار سیاسی نبیه بری، …`
        return all(k.isalpha() for k in keys) and _role_apposed(doc, name)
    return _same(doc.apposed_name(words[-1]), name)


def _role_apposed(doc: _Doc, name: str) -> bool:
    """The article writes `name، ROLE …` at a clause start (the text's or a line's start,
    after `.`, `؛`, `،` or a leading adverb), the role opening with a `ROLE_HEADS` or
    `APPOSITIVE_HEADS` word (`دستیار سیاسی X`, `مشاور عالی X`), and no mention inside
    the name: a person no gazetteer knows, not a body."""
    text = doc.text
    for m in re.finditer(_phrase(name) + "،" + _SP1 + r"(\S+)", text):
        head = _key(m.group(1))
        if head not in _wordset("ROLE_HEADS") and head not in _wordset("APPOSITIVE_HEADS"):
            continue
        if doc.mentions_in(m.start(), m.start() + len(name)):
            continue
        i = m.start()
        while i > 0 and text[i - 1] in " \u200c":
            i -= 1
        prev = text[max(text.rfind(" ", 0, i), text.rfind("\n", 0, i)) + 1:i]
        if i == 0 or text[i - 1] in ".،؛:\n!؟?" or _key(prev) in _wordset("LEADING_ADVERBS"):
            return True
    return False


_CLAUSE_MARKS = ".،؛:!؟?\n"


def _apposed_holder(doc: _Doc, pos: int, phrase: str) -> str:
    """The person the article wrote the role `phrase` after, as an apposition, before `pos`:
    `مولوی نورمحمد اسلام‌جار، والی هرات، نیز …` then `والی هرات گفت: …` (a role that no
    gazetteer knows). The phrase opens with `ROLE_HEADS`/`APPOSITIVE_HEADS`; the name is a
    person mention or two or three plain words (after titles) opening its clause; '' when
    none or several.
    """
    keys = [_key(w) for w in phrase.split()]
    if len(keys) < 2 or not (keys[0] in _wordset("ROLE_HEADS") or keys[0] in _wordset("APPOSITIVE_HEADS")):
        return ""
    text = doc.text
    found = set()
    for m in re.finditer("،" + _SP1 + _phrase(phrase) + _SP + "،", text[:pos]):
        c0 = max(text.rfind(ch, 0, m.start()) for ch in _CLAUSE_MARKS) + 1
        a, b = _skip_space(text, c0, m.start())
        while (w := _WORD_RE.match(text, a, b)) and (_key(w.group()) in _wordset("HONORIFICS")
                                                     or _key(w.group()) in _wordset("CLAUSE_CONJUNCTIONS")):
            a = _skip_space(text, w.end(), b)[0]  # `و NAME، ROLE،`, `مولوی NAME، ROLE،`
        person = _mention_at(doc, a, types=("person",))
        if person is not None and person.end >= b:
            found.add(_clean_name(person.person or person.surface))
            continue
        words = text[a:b].split()
        wkeys = [_key(w) for w in words]
        if 2 <= len(words) <= 3 and all(k.isalpha() for k in wkeys) and _name_like(wkeys) \
                and not doc.mentions_in(a, b):
            found.add(" ".join(words))
    found.discard("")
    return found.pop() if len(found) == 1 else ""


def _name_before_role(doc: _Doc, a: int, phrase: str) -> str:
    """`NAME ROLE …` with no comma: the one to three words before a role head, when they
    are plain words (no mention, title, source noun or determiner)."""
    words = phrase.split()
    keys = [_key(w) for w in words]
    role_at = next((i for i, k in enumerate(keys) if k in _wordset("ROLE_HEADS")), None)
    if role_at is None or not 1 <= role_at <= 3:
        return ""
    if any(k in _wordset("NOT_NAMES") for k in keys[:role_at]):
        return ""
    end = doc.text.find(words[role_at - 1], a) + len(words[role_at - 1])
    if doc.mentions_in(a, end):
        return ""  # `وزارت خارجه آمریکا …`: a body or place, not a name
    return " ".join(words[:role_at])


def _named_in(doc: _Doc, person: str) -> bool:
    """The article writes the person's name (or surname) somewhere."""
    surname = _key(person.split()[-1]) if person.split() else ""
    return bool(surname) and doc.has_word_key(surname)


def _role_holder(doc: _Doc, m: Mention) -> str:
    """The person another mention of the same role (and country) resolves to, if one."""
    if m.entity_type != "role":
        return ""
    holders = {_role_person(doc, o) for o in doc.mentions
               if o.entity_type == "role" and o.person and o.entity_id == m.entity_id
               and o.country == m.country}
    names = {_clean_name(h) for h in holders} - {""}
    return names.pop() if len(names) == 1 else ""


@lru_cache(maxsize=4096)
def _name_keys(name: str) -> tuple[str, ...]:
    """The keys of a name's words (names recur: cached like words)."""
    return tuple(_key(w) for w in name.split())


@lru_cache(maxsize=4096)
def _clean_name(name: str) -> str:
    """A person's name without a leading honorific or rank (`سرتیپ`, `آقای`); '' if no name."""
    if not name or _verb_re().fullmatch(name):
        return ""  # a speech verb taken for a name (`… وزیر دفاع ایران اظهارداشت`)
    words = name.split()
    while len(words) > 1 and _key(words[0]) in _wordset("HONORIFICS"):
        words = words[1:]
    return " ".join(words)


def _known_person(doc: _Doc, name: str, state: _State | None) -> str:
    """The one person of the article whose full name ends with `name` (a surname), if any."""
    words = name.split()
    if not 1 <= len(words) <= 2:
        return ""
    known = doc.known_persons()
    if state is not None:
        known = known | {p.name for p in state.persons}
    tail = tuple(_key(w) for w in words)
    tries = [len(tail)] if len(tail) == 1 or tail[0] in _wordset("ROLE_HEADS") else [len(tail), 1]
    for n in tries:  # the whole tail (`تخت روانچی`), else the last word (`تحت روانچی`)
        hits = {_clean_name(k) for k in known
                if len(_name_keys(k)) > n and _name_keys(k)[-n:] == tail[-n:]}
        hits.discard("")
        if hits:
            return hits.pop() if len(hits) == 1 else ""
    if len(tail) == 1:  # `راغفر` after `اما حسین راغفر، اقتصاددان …،`
        full = doc.apposed_name(words[0])
        if full:
            return full
    if state is not None and len(tail) == 1:  # `صمصامی` after `حسین صمصامی گفت: …`
        for body in reversed(state.bodies):
            body_words = [_key(w) for w in body.name.split()]
            if 2 <= len(body_words) <= 3 and body_words[-1] == tail[0] and _name_like(body_words):
                body.is_person, body.resolved_by = True, "name"  # it was a name after all
                return body.name
    return ""


def _apposed_name(doc: _Doc, surname: str) -> str:
    """See `_Doc.apposed_name`: `GIVEN SURNAME،` where a subject starts (the text's or a
    line's start, after `.`, `؛`, `،` or a leading adverb such as `اما`), the given name a
    plain word (no mention, no lexicon word)."""
    text = doc.text
    found = set()
    # Every match holds ` SURNAME،`, and starts at the run of non-spaces before it (`\S`
    # is `str.isspace`'s complement): the search starts at the first such run, if any.
    start = text.find(" " + surname + "،")
    if start < 0:
        return ""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    for m in _apposed_re(surname).finditer(text, start):
        given = _key(m.group(1))
        if not given.isalpha() or not _name_like([given]) or doc.mentions_in(m.start(1), m.end(1)):
            continue
        i = m.start()
        while i > 0 and text[i - 1] in " \u200c":
            i -= 1
        prev = text[max(text.rfind(" ", 0, i), text.rfind("\n", 0, i)) + 1:i]  # the word before
        if i > 0 and text[i - 1] not in ".،؛:\n!؟?" and _key(prev) not in _wordset("LEADING_ADVERBS"):
            continue
        found.add(m.group(1) + " " + surname)
    return found.pop() if len(found) == 1 else ""


def _apposed_re(surname: str) -> re.Pattern:
    """`GIVEN SURNAME،` (see `_apposed_name`)."""
    return re.compile(r"(\S+) " + re.escape(surname) + "،")


def _name_like(words: list[str]) -> bool:
    """Words that could be a person's name: none is a title, role, body or function word."""
    return not any(w in _wordset(table) for w in words for table in (
        "NOT_NAMES", "ROLE_HEADS", "SOURCE_NOUNS", "MEDIA_NOUNS", "SUBJECT_STOPS", "PRONOUNS",
        "DEMONSTRATIVES", "HONORIFICS"))


def _as_written(doc: _Doc, a: int, b: int) -> str:
    """The subject noun phrase as written: up to a time word, particle or preposition.

    A name in guillemets at its head (`«عباس حسنی» سخنگوی …`) is the name alone.
    """
    text = doc.text
    while True:  # honorifics and ranks are not part of the name
        w = _WORD_RE.match(text, a)
        if w and w.end() < b and _key(w.group()) in _wordset("HONORIFICS") and \
                text[w.end():b].strip():
            a = _skip_space(text, w.end(), b)[0]
            continue
        break
    if text.startswith("«", a):  # `«عباس حسنی» سخنگوی …`: the name in guillemets
        close = text.find("»", a, b)
        if close > a + 1 and len(text[a + 1:close].split()) <= 5:
            return text[a + 1:close].strip()
    ends = [a]  # where the phrase may end: after each word taken
    prev = ""
    last = 7  # the last word index taken (`_LINKED_LAST` in a name with a link)
    found = list(islice(_WORD_RE.finditer(text, a, b), _LINKED_LAST + 1))
    keys = [_key(w.group()) for w in found]
    if found and "و" in keys and (body_end := _body_phrase_end(doc, found[0], b)):
        return text[a:body_end].strip()  # `وزارت منابع آب و آبیاری مصر`: up to its country
    for n, w in enumerate(found):
        k = keys[n]
        stop = n > 0 and (k in _wordset("SUBJECT_STOPS") or w.group().startswith("(") and n > 1
                          or _is_time_phrase(keys, n))
        if k == "و" and n > 0 and _is_compound_part(keys, n - 1):
            stop = False  # `کمیته گفت و گو`: the `و` of a compound
        if stop and _name_link_at(keys, n):
            stop, last = False, _LINKED_LAST  # `کمیسیون رسیدگی به مشکلات مهاجرین`
        if stop and not (k == "از" and prev in _wordset("QUANTIFIER_HEADS")) \
                and not (k == "در" and prev in _wordset("SOURCE_NOUNS") and _body_near(doc, w.end(), b)):
            if k == "را" and len(ends) > 2:
                ends.pop()  # the word before `را` belongs to the object (`رسانه‌ها هجمه‌ای را …`)
                if len(ends) > 2 and keys[len(ends) - 2] in _wordset("OBJECT_PRONOUNS"):
                    ends.pop()  # and a demonstrative before it (`سخنگو این نکته را …`)
            break  # `بیش از ۱۰۰ سازمان`, `یک منبع در دولت انگلستان`: not the end of the phrase
        prev = k
        ends.append(w.end())
        if n >= last:
            break
    out_end = ends[-1]
    name = text[a:out_end].strip(" «»\"،")
    return name.replace("«", "").replace("»", "")


_LINKED_LAST = 9  # a body's name with a link (`NAME_LINKS`) may run to ten words


@cache
def _name_links() -> frozenset[tuple[str, str]]:
    """`NAME_LINKS` as pairs of word keys."""
    return frozenset(tuple(k.split()) for k in _lex_keys("NAME_LINKS"))


def _name_link_at(keys: list[str], i: int) -> bool:
    """keys[i], a preposition inside a written-out subject, links a body's name on
    (`رسیدگی به`, `در امور`: `NAME_LINKS`): a word before it, and a plain word after it
    that is no stop (`… در امور پناهندگان`, not `… در بیانیه‌ای`)."""
    if i == 0 or i + 1 >= len(keys):
        return False
    if (keys[i - 1], keys[i]) not in _name_links() and (keys[i], keys[i + 1]) not in _name_links():
        return False
    after = i + 2 if (keys[i], keys[i + 1]) in _name_links() else i + 1
    if after >= len(keys):
        return False
    nxt = keys[after]
    return nxt.isalpha() and nxt not in _wordset("SUBJECT_STOPS") and not _VERB_END_RE.match(nxt)


def _is_time_phrase(keys: list[str], i: int) -> bool:
    """keys[i] opens a time phrase: `هفته گذشته`, `صبح امروز`, `اواخر ماه`, or `دیشب`."""
    if keys[i] in _wordset("TIME_WORDS"):
        return True
    return keys[i] in _wordset("TIME_NOUNS") and i + 1 < len(keys) \
        and keys[i + 1] in _wordset("TIME_MODIFIERS")


def _body_near(doc: _Doc, a: int, b: int) -> bool:
    """A country or organisation is named within the next two words after `a`."""
    words = list(_WORD_RE.finditer(doc.text, a, b))[:2]
    return bool(words) and any(m.entity_type in ("country", "org", "capital")
                               for m in doc.mentions_in(words[0].start(), words[-1].end()))


def _same(a: str, b: str) -> bool:
    return _key(a).replace(" ", "") == _key(b).replace(" ", "")


def _person_country(doc: _Doc, person: str, m: Mention | None) -> str:
    if m is not None and m.country:
        return m.country
    return doc.first_countries().get(person, "")


def _phrase_country(doc: _Doc, a: int, b: int) -> str:
    """The country of a speaker phrase written at [a, b): of a mention in the phrase itself
    (`سخنگوی وزارت خارجه آمریکا`, `منبعی در وزارت خارجه X`), never of an adjunct after it
    (`… با اشاره به تحریم‌های اتحادیه اروپا`, `درباره …`, `در واکنش به …`)."""
    b = _adjunct_start(doc.text, a, b)
    for m in doc.mentions_in(a, b):
        if m.country:
            return m.country
    return ""


def _adjunct_start(text: str, a: int, b: int) -> int:
    """Where the first adjunct after the first word of [a, b) starts (`ADJUNCT_WORDS`,
    `در` + `ADJUNCT_AFTER_DAR`), or `b`."""
    words = list(_WORD_RE.finditer(text, a, b))
    keys = [_key(w.group()) for w in words]
    for i in range(1, len(words)):
        k = keys[i]
        if k == "با" and keys[i - 1] in _wordset("NAME_BEFORE_BA"):
            continue
        if k in _wordset("ADJUNCT_WORDS") or (
                k == "در" and i + 1 < len(keys) and keys[i + 1] in _wordset("ADJUNCT_AFTER_DAR")):
            return words[i].start()
    return b


def _statement_issuer(doc: _Doc, sent: Sentence, noun: re.Match) -> _Speaker | None:
    """Who issued the statement that `به گفته همین بیانیه` (`noun` the statement noun after
    the demonstrative) refers to: the nearest earlier sentence with that noun names it,
    as `بیانیه‌ای که X منتشر کرد` (X after `که`, before an `ISSUE_VERBS` word), `بیانیه
    منتشره از سوی X`, `در بیانیه X آمده` (the author after the noun) or `X در بیانیه‌ای
    اعلام کرد` (the clause subject before it). None when no such sentence names it: the
    words are then nobody's (never the nearest person's)."""
    text = doc.text
    head = _key(noun.group()).removesuffix("ای").removesuffix("ی")
    for prev in reversed(doc.sentences):
        if prev.end > sent.start:
            continue
        for nm in _statement_noun_re().finditer(text, prev.start, prev.end):
            if not _key(nm.group()).startswith(head[:4]):
                continue
            spk = _issuer_at(doc, prev, nm)
            if spk is not None:
                return spk
    return None


@cache
def _statement_noun_re() -> re.Pattern:
    """A statement noun with its indefinite or ezafe ending (`بیانیه‌ای`, `بیانیه ای`)."""
    return re.compile(_alts(lx.STATEMENT_NOUNS, word_start=True)
                      + "(?:[\u200c ]?ای|ی)?(?![\\w\u200c])")


def _issuer_at(doc: _Doc, sent: Sentence, nm: re.Match, max_words: int = 8) -> _Speaker | None:
    """The issuer of the statement noun `nm` in `sent` (see `_statement_issuer`)."""
    text = doc.text
    a = _skip_space(text, nm.end(), sent.end)[0]
    words = list(islice(_WORD_RE.finditer(text, a, sent.end), max_words + 2))
    if words and _key(words[0].group()) == "که":  # `بیانیه‌ای که X منتشر کرد`
        for w in words[2:]:
            if _key(w.group()) in _wordset("ISSUE_VERBS"):
                spk = _phrase_speaker(doc, words[1].start(), w.start())
                return spk if spk is not None and spk.name else None
        return None
    issued = _regexes()["issued_by"].match(text, a, sent.end)
    if issued:  # `بیانیه منتشره از سوی X`
        end = _next_comma(text, issued.end(), sent.end, max_words) or min(sent.end, issued.end() + 80)
        spk = _phrase_speaker(doc, issued.end(), end)
        return spk if spk is not None and spk.name else None
    seg = _first_subject_segment(doc, _clause_start(text, sent.start, nm.start()), nm.start())
    if seg is not None:  # `X در بیانیه‌ای اعلام کرد`
        spk = _phrase_speaker(doc, seg[0], seg[1])
        if spk is not None and spk.name:
            return spk
    return None


def _predicate_of_earlier_subject(doc: _Doc, sent: Sentence, opener: int, t0: int, t1: int) -> bool:
    """`X نیز به گفته Y، از … قدردانی کرد`: the opener stands inside a clause whose
    subject X comes before it, and the words after it are only X's predicate, a nominal
    report (`NOMINAL_REPORTS`: a preposition opening it, the noun and a light verb closing
    it, no `که` or colon): X's act, which nobody is quoted as saying."""
    text = doc.text
    c0 = _clause_start(text, sent.start, opener)
    before = text[c0:opener].split()
    if not before or _key(before[0]) in _wordset("PREPOSITIONS"):
        return False
    keys = _keys(text[t0:t1])
    if len(keys) < 3 or "که" in keys or ":" in text[t0:t1]:
        return False
    for noun, prep in lx.NOMINAL_REPORTS.items():
        nk = _keys(noun)
        n = len(nk)
        if keys[0] == _key(prep) and keys[-1 - n:-1] == nk and _VERB_END_RE.match(keys[-1]):
            return True
    return False


def _statement_speaker(doc: _Doc, sent: Sentence, pos: int) -> _Speaker | None:
    """`در بیانیه X آمده است`: X, the body or person after the statement noun."""
    text = doc.text
    region_start = _clause_start(text, sent.start, pos)
    m = None
    for m2 in _regexes()["statement_noun"].finditer(text, region_start, pos):
        m = m2
        break
    if m is None:
        return None
    a = m.end()
    issued = _regexes()["issued_by"].match(text, _skip_space(text, a, pos)[0], pos)
    if issued:  # `بیانیه منتشره از سوی X`
        a = issued.end()
    return _phrase_speaker(doc, a, pos)


def _sentence_subject(doc: _Doc, sent: Sentence) -> _Speaker | None:
    """The person a narration sentence is about (its first subject phrase), if any."""
    if not _may_open_with_person(doc, sent.start, sent.end):
        return None
    seg = _first_subject_segment(doc, sent.start, sent.end)
    if seg is None:
        return None
    m = _mention_at(doc, seg[0])
    if m is not None and m.entity_type in ("person", "role") and (m.person or m.entity_type == "person"):
        person = m.person or m.surface
        return _Speaker(person, _person_country(doc, person, m), "name", True)
    return None


def _may_open_with_person(doc: _Doc, s0: int, s1: int) -> bool:
    """False when no subject phrase of [s0, s1) can start at a person (cheap to tell).

    The phrase starts inside the span, after spaces, «, " and titles (`_mention_at`); it
    can start past the span's end only if the span's last character is skipped too.
    """
    if s1 <= s0:
        return False
    starts = doc.person_starts()
    i = bisect.bisect_left(starts, s0)
    if i == len(starts):
        return False
    if starts[i] < s1:
        return True
    text = doc.text
    last = s1 - 1
    if text[last] in " \u200c«\"":
        return True
    if text[last].isspace():
        return False
    first = last  # the last characters may belong to a title that runs on
    while first > 0 and not text[first - 1].isspace():
        first -= 1
    if not _honorific_re().search(text[first:_WORD_RE.match(text, first).end()].replace("\u200c", "")):
        return False  # (a title's key is in what is left of the word without ZWNJ)
    return any(_key(w.group()) in _wordset("HONORIFICS")
               for w in (_WORD_RE.match(text, p) for p in range(first, last + 1)))


@cache
def _honorific_re() -> re.Pattern:
    return re.compile("|".join(re.escape(h) for h in sorted(_wordset("HONORIFICS"), key=len, reverse=True)))


# --- continuations and fragments ----------------------------------------------------------
def _continuations(doc: _Doc, cands: list[_Cand]) -> list[_Cand]:
    """A first-person paragraph right after a paragraph that ended in a direct quote."""
    text = doc.text
    out = []
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    starts = [a for a, _ in lines]
    for c in cands:
        if c.kind != "direct" or c.form == "headline":
            continue
        i = bisect.bisect_right(starts, c.start) - 1  # the one line holding the quote's start
        if not 0 <= i < len(lines) - 1:
            continue
        a, b = lines[i]
        if a <= c.start <= b and b - 2 <= c.end <= b:
            na, nb = lines[i + 1]
            words = text[na:nb].split()
            if not words or _key(words[0]) not in _wordset("FIRST_PERSON"):
                continue
            if ":" in text[na:nb] and _verb_re().search(text, na, nb):
                continue
            t0, t1 = _strip_span(text, na, nb)
            out.append(_Cand(doc.sent_id_at(t0), "direct", "continuation", "", t0, t1, t0, t0,
                             order=t0, inherit=c))
    return out


def _fragments(doc: _Doc, cands: list[_Cand]) -> list[_Cand]:
    """Quoted words («…», three words or more, not a name) inside reported speech."""
    text = doc.text
    out = []
    for c in sorted(cands, key=lambda c: c.end - c.start):  # the innermost clause's speaker
        if c.kind != "indirect":
            continue
        for g in _guillemet_spans(text[c.start:c.end]):
            a, b = c.start + g[0] + 1, c.start + g[1] - (1 if text[c.start + g[1] - 1] == "»" else 0)
            inner = text[a:b]
            if not _is_quoted_words(inner) or _is_name(doc, a - 1, b + 1):
                continue
            # resolved after the clause it lies in (whose order may be its verb's, after
            # the «…»: `X این اقدام را «…» خواند`), never from the context before it
            out.append(_Cand(c.sent_id, "direct", "fragment", c.cue, a, b, a, a,
                             order=max(a, c.order), inherit=c))
    return out


def _is_quoted_words(inner: str) -> bool:
    """Quoted words, not a term or name: five words or more; three or more with a verb or
    a preposition (`«به دنبال جنگ»`, `«زیر فشار و ارعاب»`); four with a conjunction
    (`«فشار و ارعاب گسترده»`), or four that do not read as a name (`«نقض آشکار حقوق
    بین‌الملل»`, not `«برنامه جامع اقدام مشترک»` nor `«محمد بن عبدالله العایش»`). A
    longer name is caught by `_is_name` (a mention, or a role after it).
    """
    words = [_key(w) for w in inner.split()]
    if len(words) >= 5:
        return True
    if len(words) < 3:
        return False
    if any(w in _wordset("PREPOSITIONS") or w in _wordset("FRAGMENT_PREPOSITIONS")
           or _VERB_END_RE.match(w) or w.startswith("می") for w in words):
        return True
    if len(words) < 4:
        return False
    if any(w in _wordset("FRAGMENT_CONJUNCTIONS") for w in words[1:-1]):
        return True
    return not _reads_as_name(words)


def _reads_as_name(keys: list[str]) -> bool:
    """Words (keys) of a short «…» that read as a name or term: they open with a term or
    institutional head (`برنامه`, `عملیات`, `سازمان`, `دولت`), or else hold no plural noun
    and a name particle (`بن`, `فون`) or an identifier number (`_is_identifier_number`).

    A determiner or quantifier opening them (`«یک شب گفتگوهای طولانی»`, `«این اقدام
    خطرناک …»`) makes quoted words, as does a plural noun (`«حملات پهپادهای …»`) after no
    institutional head: names are singular heads (`«سازمان کشورهای صادرکننده نفت»` is one).
    """
    if keys[0] in _wordset("FRAGMENT_DETERMINERS"):
        return False
    if keys[0] in _wordset("TERM_HEADS") or keys[0] in _wordset("BODY_HEADS") \
            or keys[0] in _wordset("NOT_NAMES"):
        return True
    if any(_is_plural(k) for k in keys):
        return False
    return any(k in _wordset("NAME_PARTICLES") for k in keys[1:]) \
        or any(_is_identifier_number(keys, i) for i in range(len(keys)))


_PLURAL_MIN = 5  # letters: `گفتگوها`, not `تنها` (only) nor `بهای` (price of)


def _is_plural(key: str) -> bool:
    """A plural noun (`‑ها`, `‑های`, `‑هایی`): the key of a word that ends so and is long
    enough not to be a bare word that merely ends in `ها`."""
    return len(key) >= _PLURAL_MIN and key.endswith(("ها", "های", "هایی"))


_NUMBER_CHARS = frozenset("٫.,٬/")  # decimal and thousands separators inside a number
_YEAR_DIGITS = 4  # `۱۴۰۴`, `2030`: a year names a plan or document (`«سند چشم‌انداز ۱۴۰۴»`)


def _is_identifier_number(keys: list[str], i: int) -> bool:
    """Word `i` of a short «…» holds a digit that identifies (a model `اف-۳۵`, a year, a
    closing number `«وعده صادق ۲»`), not a count: a number before the noun it counts
    (`«دست‌کم ۹ نظامی صهیونیست»`, `«بیش از ۵۰۰ نفر»`) marks quoted words."""
    k = keys[i]
    if not any(ch.isdigit() for ch in k):
        return False
    is_number = all(ch.isdigit() or ch in _NUMBER_CHARS for ch in k)
    qualified = i == 0 or keys[i - 1] in _wordset("COUNT_QUALIFIERS")  # not `«اف ۳۵ …»`
    counts_a_noun = is_number and qualified and i + 1 < len(keys) \
        and not any(ch.isdigit() for ch in keys[i + 1])
    year = is_number and sum(ch.isdigit() for ch in k) == _YEAR_DIGITS
    return not counts_a_noun or year


def _is_name(doc: _Doc, a: int, b: int) -> bool:
    """«…» holding a name: a person/org mention, or followed by a role phrase."""
    for m in doc.mentions:
        if m.start < b and m.end > a and m.entity_type in ("person", "org", "country") \
                and (m.end - m.start) >= (b - a - 2) * 0.6:
            return True
    nxt = _mention_at(doc, b, types=("role",))
    return nxt is not None


def _drop_relaying(cands: list[_Cand]) -> list[_Cand]:
    """Drop a colon quote whose first sentence reports someone else's words.

    `رسانه X افزود: سرتیپ Y … گفت که …`: the words are Y's, the medium only relays.
    """
    out = []
    for c in cands:
        if c.form == "colon":
            nested = [o for o in cands if o is not c and c.start <= o.order < c.end
                      and o.sent_id == c.sent_id and o.kind == "indirect"]
            if nested:
                continue
        out.append(c)
    return out


def _dedupe(cands: list[_Cand]) -> list[_Cand]:
    """Drop a candidate whose text span equals another's (keep the first found)."""
    seen = set()
    out = []
    for c in cands:
        key = (c.start, c.end)
        if key in seen or c.end <= c.start:
            continue
        seen.add(key)
        out.append(c)
    return out
