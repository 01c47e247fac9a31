"""Meetings: who met whom, from triggers and the mentions around them.

For every trigger (`دیدار`, `ملاقات`, `گفت‌وگو`, `مذاکره`, `رایزنی`, `تماس تلفنی`, `نشست`,
`میزبان`, `استقبال`, `سفر`, `دعوت`, `به حضور پذیرفت`, `به X رفت`, `وارد X شد`, …:
`analysis.lexicon.meetings`)
the sentence is read around it, on the party mentions `analysis.mentions` put on
`doc.mentions` (their `country`: ISO alpha-3, X-codes, `IGO:` codes):

- adjacent mentions form a party phrase; `و` and list commas make a list of parties
  (`با نمایندگان چین، هند و …` is one pair per listed party), and the head of
  each conjunct is its party (`سناتور آمریکایی حامی رژیم صهیونیستی` is one: USA);
- the counterpart: the phrase after `با` (`X با Y دیدار کرد`, `در دیدار با Y`), the
  phrase after the trigger noun (`دیدار X با Y`, `گفت‌وگوی تلفنی X و Y`, `میان X و Y`,
  `دو کشور`, `دو رهبر`, `طرفین` for the two parties of the last meeting reported
  with both named), the guest received (`X Y را به حضور پذیرفت`, `هیئتی از … را
  پذیرفت`), the destination of a visit (`به تهران سفر کرد`, `دیدار از سوئیس و فرانسه`),
  the person welcomed or invited;
- the other side: the nearest phrase before it that is not the object of a
  preposition; else the speaker of reported content; else the document's topic (the
  last sentence subject: `وی …`, elided subjects);
- not meetings: same-country pairs, mentions inside topic phrases (`درباره X`, up to
  the clause's verb or predicate), source lines (`به گزارش X،`, up to the comma),
  mediation phrases (`با میانجی‌گری X`) or long quotations (unless they report a
  meeting in the third person, `«وانگ یی دیروز با X دیدار کرد»`), interviews with media,
  talks spoken of rather than reported (`مذاکره با آمریکا عاقلانه نیست`, `نباید با X
  مذاکره کرد`), letters and petitions signed by one side (`نامه‌ای را … امضا کردند`),
  summoned ambassadors, sports, trips to attend a multilateral event, hypothetical
  talks (`در صورت …`);
- a session `با حضور X، Y و Z` (with the presence of): one pair per two listed parties;
- a group of states named like an organisation (IGO:E3, IGO:P5+1): one pair per member;
- mode (phone / video / in_person), status (held / planned / not_held from the cues of
  the trigger's clause; a planned meeting the sentence then says was refused or failed,
  `… که این خواسته با مخالفت ایران مواجه شد`, is not_held, and so are a negated verb
  of attending (`در نشست … شرکت نخواهد کرد`) and a past plan with `اما` (`قرار بود …
  اما …`); a trigger's own past verb (`رایزنی کردند`) is held; a trigger after a purpose
  marker `برای` is planned, after a topic marker `درباره` only referred to), the weekday
  as written and its date against `doc.date`.

One row per (pair, status) and document; `n_mentions` counts its reports. A pair
reported held only weakly (a headline, `سفر X به Y` without a verb, a meeting referred to
in a topic phrase, or characterized as the object of `خواند`/`دانست`: `آغاز مذاکرات X و Y
را «تابویی دیگر» خوانده`) and explicitly planned or denied elsewhere in the document takes
that status.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress, pairwise
from operator import attrgetter

import pandas as pd

from .document import Document, Mention, Sentence, Token
from .lexicon import meetings as lex
from .lexicon import speech as speech_lex
from .text import normalize

ZWNJ = "\u200c"
PUNCT_LINK = {"«", "»", '"', "(", ")", "-", "–", "'", "“", "”", *lex.LIST_COMMAS}
BOUNDARY = {*lex.CLAUSE_PUNCTUATION, *lex.CLAUSE_CONJUNCTIONS}  # a new clause
COMMAS = set(lex.LIST_COMMAS)
WITH, FROM, TO, IN, AND, THAT = lex.WITH, lex.FROM, lex.TO, lex.IN, lex.AND, lex.THAT
_START, _END = attrgetter("start"), attrgetter("end")  # bisect keys over tokens
# a day word (or an opening parenthesis) right before a mention: `روز دوشنبه`
_DAY_PREFIX_RE = re.compile(r"({}|\()\s*$".format("|".join(lex.DAY_PREFIXES)))


@dataclass
class Meeting:
    """One meeting between two parties in one document (one row of `meetings`)."""

    doc_id: str
    meeting_id: int
    sent_id: int
    party_a: str
    party_b: str
    person_a: str
    person_b: str
    mode: str  # in_person | phone | video | unknown
    status: str  # held | planned | not_held
    day: str
    trigger: str
    evidence: str
    n_mentions: int
    start: int = 0
    end: int = 0
    date: str = ""
    meeting_key: str = ""


# --- lexicon, normalized once ---------------------------------------------------------

def _key(text: str) -> str:
    """Comparison key: ZWNJ and spaces dropped."""
    return text.replace(ZWNJ, "").replace(" ", "")


class _Seqs(dict):
    """Token-key sequences by first key (`dict[str, list[tuple[str, ...]]]`), longest
    first. For `_Sent.match`, `tails` holds per first key the set of second keys (None
    if a sequence is that one key alone) and the sequences as (length, the keys after
    the first)."""

    tails: dict[str, tuple[frozenset[str] | None, list[tuple[int, list[str]]]]]
    firsts: frozenset[str]  # the first keys (for set intersections)


@cache
def _lex() -> dict:
    """The meeting lexicon, normalized and split into token sequences."""
    def keys(words) -> set[str]:
        """The match keys of single words."""
        return {_key(normalize(w)) for w in words}

    def seqs(phrases) -> _Seqs:
        """Token-key sequences, indexed by their first key, longest first."""
        out = _Seqs()
        for p in phrases:
            seq = tuple(_key(t) for t in normalize(p).split(" ") if t)
            if seq and seq not in out.setdefault(seq[0], []):
                out[seq[0]].append(seq)
        for lst in out.values():
            lst.sort(key=len, reverse=True)
        out.tails = {k: (frozenset(seq[1] for seq in lst) if all(len(q) > 1 for q in lst)
                         else None, [(len(seq), list(seq[1:])) for seq in lst])
                     for k, lst in out.items()}
        out.firsts = frozenset(out)
        return out

    triggers: dict[str, list[tuple[list[str], str, str]]] = {}  # by first 2 letters
    for phrase, kind in lex.MEETING_TRIGGERS.items():
        seq = [_key(t) for t in normalize(phrase).split(" ") if t]
        triggers.setdefault(seq[0][:2], []).append((seq, kind, phrase))
    for lst in triggers.values():
        lst.sort(key=lambda t: -len(t[0]))
    non_subject = keys(lex.NON_SUBJECT_MARKERS)
    video = seqs(lex.VIDEO_CUES)
    L = {
        "triggers": triggers,
        "trigger_first": _trigger_keys(triggers),  # keys of tokens that may start one
        # first keys of the triggers of several words
        "multi_first": frozenset(t[0][0] for ts in triggers.values() for t in ts if len(t[0]) > 1),
        "stop_keys": frozenset(non_subject | {THAT} | BOUNDARY),  # `_Sent.is_stop` keys
        # where `_Sent.chain_starting_after` stops: those, `و`, media words, and
        # mediation nouns (`با وساطت مصر`: no counterpart)
        "chain_stop": frozenset(non_subject | {THAT, AND} | BOUNDARY
                                | keys(lex.MEDIA_WORDS)
                                | keys(lex.MEDIATION_MARKERS)),
        "break_keys": frozenset(BOUNDARY | COMMAS | {THAT}),  # see `_Sent.breaks`
        "video_prefixes": tuple(seq[0] for ss in video.values() for seq in ss if len(seq) == 1),
        "motion": seqs(lex.MOTION_VERBS),
        "stay": seqs(lex.STAY_PHRASES),
        "non_subject": non_subject,
        "topic": seqs(lex.TOPIC_MARKERS),
        "source": seqs(lex.SOURCE_MARKERS),
        "mediation": keys(lex.MEDIATION_MARKERS),
        "both_people": seqs(lex.BOTH_PARTICIPANTS),
        "purpose": seqs(lex.PURPOSE_MARKERS),
        "readiness": seqs(lex.READINESS_CUES),
        "generic_topic": keys(lex.GENERIC_TOPIC_NOUNS),
        "judgement": keys(lex.JUDGEMENT_VERBS),
        "attribution": seqs(lex.ATTRIBUTION_MARKERS),
        "phone": seqs(lex.PHONE_CUES),
        "video": video,
        "planned": seqs(lex.PLANNED_CUES),
        "unconfirmed": seqs(lex.UNCONFIRMED_CUES),
        "not_yet": _key(normalize(lex.NOT_YET)),
        "not_yet_verbs": keys(lex.NOT_YET_VERBS),
        "subjunctive": keys(lex.SUBJUNCTIVE_VERBS),
        "not_held_clause": seqs(lex.NOT_HELD_CUES),
        "failure": seqs(lex.FAILURE_CUES),
        "negated": keys(lex.NEGATED_VERBS),
        "participation": keys(lex.PARTICIPATION_WORDS),
        "past_plan": seqs(lex.PAST_PLAN_CUES),
        "contrast": keys(lex.CONTRAST_WORDS),
        "plan_noun": _key(normalize(lex.PLAN_NOUN)),
        "plan_noun_verbs": keys(lex.PLAN_NOUN_VERBS),
        "fell_through": seqs(lex.FELL_THROUGH_CUES),
        "back_determiners": keys(lex.BACK_DETERMINERS),
        "member_words": keys(lex.MEMBER_WORDS),
        "present_at": seqs(lex.PRESENT_AT_VERBS),
        "appositive_heads": keys((*lex.APPOSITIVE_ROLE_HEADS, *speech_lex.ROLE_HEADS)),
        "later_denial": seqs(lex.NOT_HELD_CUES + lex.LATER_DENIAL_CUES),
        "denial_speech": seqs(lex.DENIAL_SPEECH_VERBS),
        "request": seqs(lex.REQUEST_VERBS),
        "possessive": keys(lex.POSSESSIVE_PRONOUNS),
        "attended": seqs(lex.ATTENDED_VERBS),
        "session_parts": seqs(lex.SESSION_PARTS),
        "after": seqs(lex.AFTER_MARKERS),
        "plan_words": keys(lex.PLAN_WORDS),
        "negated_have": keys(lex.NEGATED_HAVE),
        "hypothetical": seqs(lex.HYPOTHETICAL_CUES),
        "not_meeting": seqs(lex.NOT_MEETING_CUES),
        "event": seqs(lex.EVENT_ATTENDANCE),
        "both": seqs(lex.BOTH_PARTIES),
        "presence": seqs(lex.PRESENCE_PHRASES),
        "hosted_by": seqs(lex.HOSTED_BY_PHRASES),
        "event_roles": keys(lex.EVENT_ROLES),
        "event_role_modifiers": keys(lex.EVENT_ROLE_MODIFIERS),
        "next_stop_fillers": keys(lex.NEXT_STOP_FILLERS),
        "group_descriptions": seqs(lex.GROUP_DESCRIPTIONS),
        "group_of": {tuple(_key(t) for t in normalize(p).split(" ") if t): g
                     for p, g in lex.GROUP_DESCRIPTIONS.items()},
        "next_stop_copulas": seqs(lex.NEXT_STOP_COPULAS),
        "tomorrow": seqs(lex.TOMORROW_WORDS),
        "reciprocal": seqs(lex.RECIPROCAL),
        "verbs": keys(lex.VERB_FORMS),
        "media": keys(lex.MEDIA_WORDS),
        "attitude": keys(lex.ATTITUDE_WORDS),
        "past_forms": keys(lex.PAST_FORMS),
        "perfect_aux": keys(lex.PERFECT_AUXILIARIES),
        "place_fillers": keys(lex.PLACE_FILLERS),
        "travellers": keys(lex.TRAVELLER_NOUNS),
        "count_words": keys(lex.COUNT_WORDS),
        "arrive": keys(lex.ARRIVAL_VERBS),
        "weekdays": {_key(normalize(w)): (normalize(w), n) for w, n in lex.WEEKDAYS.items()},
        "relative": {tuple(_key(t) for t in normalize(w).split(" ")): (normalize(w), n)
                     for w, n in lex.RELATIVE_DAYS.items()},
        "day_joiners": {normalize(w) for w in lex.DAY_JOINERS},
        "next_day": {normalize(w) for w in lex.NEXT_DAY_MARKERS},
        "anaphoric": {normalize(w) for w in lex.ANAPHORIC_DETERMINERS},
        "destination": {normalize(w) for w in lex.DESTINATION_MARKERS},
        "arrival_markers": {_key(w) for w in lex.ARRIVAL_MARKERS},
        "venue_nouns": keys(lex.VENUE_NOUNS),
        # words of a venue phrase besides its organisation (see `_is_venue_word`)
        "venue_words": {_key(normalize(w)) for w in (*lex.VENUE_NOUNS, *lex.VENUE_FRAMES,
                                                     *lex.VENUE_FILLERS, *lex.ORDINAL_WORDS)},
        "venue_fillers": keys(lex.VENUE_FILLERS),
        "venue_markers": keys(lex.VENUE_MARKERS),
        "setting_frames": keys(lex.SETTING_FRAMES),
        "joint_hold": keys(lex.JOINT_HOLD_WORDS),
        "joint_coordinators": seqs(lex.JOINT_COORDINATORS),
        "setting_determiners": keys(lex.SETTING_DETERMINERS),
        "number_tens": keys(lex.NUMBER_TENS),
        "counterpart": keys(lex.COUNTERPART_WORDS),
        "counterpart_owners": keys(lex.COUNTERPART_OWNERS),
        "adverbials": [[_key(t) for t in normalize(w).split(" ")]
                       for w in lex.SENTENCE_ADVERBIALS],
        "title_heads": keys(lex.TITLE_HEADS),
        "not_together": seqs(lex.NOT_TOGETHER_CUES),
        "leaders": seqs(lex.LEADER_NOUNS),
        "contact_state": keys(lex.CONTACT_STATE_VERBS),
        "ordinal_copulas": keys(lex.ORDINAL_COPULAS),
        "future": seqs(lex.FUTURE_CUES),
        "delegation": keys(lex.DELEGATION_WORDS),
        "receive_planned": keys(lex.RECEIVE_PLANNED_FORMS),
        "passive_aux": keys(lex.PASSIVE_AUXILIARIES),
        "time_openers": keys(lex.TIME_PHRASE_OPENERS),
        "time_words": keys(lex.TIME_PHRASE_WORDS),
        "time_heads": keys(lex.TIME_PHRASE_HEADS),
        "stance": seqs(lex.STANCE_CUES),
        "issue_nouns": keys(lex.ISSUE_NOUNS),
        "future_aux": keys(("خواهد", "خواهند")),  # will (3rd person): the verb follows
        "stance_before": keys(lex.STANCE_BEFORE),
        "generic_copulas": keys(lex.GENERIC_COPULAS),
        "event_predicates": seqs(lex.EVENT_PREDICATE_CUES),
        "one_sided": keys(lex.ONE_SIDED_DOCUMENTS),
        "postpone": seqs(lex.POSTPONE_FORMS),
        "undefined_times": seqs(lex.UNDEFINED_TIMES),
        "undefined_time_ends": keys(lex.UNDEFINED_TIME_ENDS),
        "planned_participles": seqs(lex.PLANNED_PARTICIPLES),
        "recorded": keys(lex.RECORDED_MESSAGE_NOUNS),
        "both_sides_people": keys(lex.BOTH_SIDES_PEOPLE),
        "position_copulas": seqs(lex.POSITION_COPULAS),
        "scope": seqs(lex.SCOPE_WORDS),
        "shared_light": keys(lex.SHARED_LIGHT_VERBS),
        "attend_with": seqs(lex.ATTEND_WITH_VERBS),
        "credential_giving": keys(lex.CREDENTIAL_GIVING_WORDS),
        "credential_receiving": keys(lex.CREDENTIAL_RECEIVING_WORDS),
        "credential_copy": keys(lex.CREDENTIAL_COPY_WORDS),
        "not_credentials": seqs(lex.NOT_CREDENTIAL_CUES),
    }
    # the adverbials by their last key (only those can end at a token with that key)
    by_last: dict[str, list[list[str]]] = {}
    for a in L["adverbials"]:  # (each has a key: `split` gives at least one)
        by_last.setdefault(a[-1], []).append(a)
    L["adverbials_by_last"] = by_last
    # first keys of what `_sentence_meetings` reads as a trigger besides `triggers`
    L["loop_first"] = frozenset({*L["stay"], *L["motion"], *L["arrive"]})
    # keys a weekday of `_day` can start with, and the first keys of relative days
    L["day_first"] = frozenset({*L["weekdays"], *lex.SPLIT_WEEKDAY_FIRST})
    L["relative_first"] = frozenset(seq[0] for seq in L["relative"])
    assert all(L["relative"]), "a relative day is at least one word"
    return L


# --- per-sentence view ------------------------------------------------------------------

@dataclass(slots=True)
class _Chain:
    """Adjacent mentions that name one party or a list of parties (`X، Y و Z`)."""

    mentions: list[Mention]
    first: int  # token index (within the sentence) of the first mention
    last: int  # token index of the last mention
    has_and: bool = False  # a `و` (or list comma) joins two of its mentions
    both: bool = False  # `دو کشور` / `دو طرف`: the two parties already named
    people: bool = False  # `دو رهبر`, `دو طرف`, `رهبران دو کشور`: (both) the two who met last

    conj: list[int] = field(default_factory=list)  # indexes of mentions opening a conjunct

    @property
    def countries(self) -> list[str]:
        """The parties of the chain: the head (first mention) of each conjunct.

        `سناتور آمریکایی حامی رژیم صهیونیستی` is one party (USA); `X، Y و Z` three.
        """
        heads = self.conj or [0]
        out: list[str] = []
        for k in heads:
            c = self.mentions[k].country if k < len(self.mentions) else ""
            if c and c not in out:
                out.append(c)
        return out

    def person_of(self, country: str) -> str:
        for m in self.mentions:
            if m.country == country and m.person:
                return m.person
        for m in self.mentions:
            if m.country == country and m.entity_type in ("person", "role"):
                return m.surface
        return ""


@dataclass
class _Party:
    country: str
    person: str = ""
    ref: bool = False  # named by a referring phrase (`دو رهبر`), not by name


@dataclass
class _Raw:
    a: _Party
    b: _Party
    mode: str
    status: str
    day: str
    date: str
    trigger: str
    sent: Sentence
    weak: bool = False  # held by default only (a headline, no past verb)


class _Context:
    """What a document has said so far: its topic (last subject) and recent parties.

    A sentence that cannot report a meeting (`_can_meet`) only updates the topic and
    the recent parties (`_update_topic`). Its update is deferred (`defer`) and done
    when `topic` or `recent` is next read, and only as far as needed: the topic is
    that of the last deferred sentence that has one (the others' topics are
    overwritten), found by reading them from the last; the recent parties replay
    every deferred update in order. Reads see exactly the state that updating each
    sentence in turn gives, and deferred sentences never read are never built.
    """

    __slots__ = ("_recent", "_recent_todo", "_topic", "_topic_todo", "doc", "raws")

    def __init__(self, doc: Document):
        self.doc = doc
        self.raws: list[_Raw] = []
        self._topic: list[_Party] = []
        self._recent: list[str] = []  # party codes, most recent last
        self._topic_todo: list[_Deferred] = []  # deferred since the topic was last set
        self._recent_todo: list[_Deferred | list[str]] = []  # updates of `recent`, in order

    @property
    def topic(self) -> list[_Party]:
        if self._topic_todo:
            for d in reversed(self._topic_todo):  # the last one with a topic sets it
                topic = _topic_of(d.sent())
                if topic is not None:
                    self._topic = topic
                    break
            self._topic_todo.clear()
        return self._topic

    @topic.setter
    def topic(self, value: list[_Party]) -> None:
        self._topic = value
        self._topic_todo.clear()  # earlier deferred topics are overwritten

    @property
    def recent(self) -> list[str]:
        if self._recent_todo:
            todo, self._recent_todo = self._recent_todo, []
            for d in todo:
                if isinstance(d, list):
                    self._note(d)
                else:
                    for c in d.sent().chains:
                        self._note(c.countries)
        return self._recent

    def last_pair(self) -> list[_Party]:
        """The two parties of the last meeting reported with both named (`دو رهبر`
        refers to them, not to a pair it was itself part of); else of the last meeting."""
        for r in reversed(self.raws):
            if not (r.a.ref or r.b.ref):
                return [r.a, r.b]
        return [self.raws[-1].a, self.raws[-1].b] if self.raws else []

    def defer(self, d: _Deferred) -> None:
        """`_update_topic` of a sentence, when needed."""
        self._topic_todo.append(d)
        self._recent_todo.append(d)

    def note(self, countries: list[str]) -> None:
        if self._recent_todo:  # after the deferred updates
            self._recent_todo.append(countries)
        else:
            self._note(countries)

    def _note(self, countries: list[str]) -> None:
        recent = self._recent
        for c in countries:
            if c in recent:
                recent.remove(c)
            recent.append(c)


class _Deferred:
    """A sentence whose `_Sent` is built only if its update of the context is needed."""

    __slots__ = ("_sent", "args")

    def __init__(self, *args):
        self.args = args
        self._sent: _Sent | None = None

    def sent(self) -> _Sent:
        if self._sent is None:
            self._sent = _Sent(*self.args)
        return self._sent


class _Index:
    """Per-token arrays of a run of tokens (a document's, or one sentence's): words,
    keys, and the positions of the tokens whose key may start a trigger, a topic
    phrase, a stay or motion phrase or an arrival verb, or end a clause.

    Built with C-level passes (`map`, `compress`) once per document, so that a sentence
    reads slices of them instead of looping over its tokens in Python.
    """

    __slots__ = ("breaks", "keys", "loop", "tokens", "topic", "trig", "words")

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.words = words = list(map(_TOKEN, tokens))
        self.keys = keys = _keys(words)
        self.trig = trig = []
        self.topic = topic = []
        self.loop = loop = []
        self.breaks = breaks = []
        flags = list(map(_key_flags().get, keys))  # None for most keys
        for i in compress(range(len(keys)), flags):  # (the bits of `_key_flags`)
            f = flags[i]
            if f & 1:
                trig.append(i)
            if f & 2:
                topic.append(i)
            if f & 4:
                loop.append(i)
            if f & 8:
                breaks.append(i)


@cache
def _key_flags() -> dict[str, int]:
    """Key → bit set of what a token with that key may be (`_Index`): bit 0 the first
    key of a trigger, 1 of a topic, source or mediation phrase, 2 of a stay or motion phrase or an arrival
    verb; bit 3 a token that may end a clause."""
    L = _lex()
    flags: dict[str, int] = {}
    obliques = {*L["topic"], *L["source"], *L["mediation"]}  # keys opening an oblique phrase
    for bit, keys in enumerate((L["trigger_first"], obliques, L["loop_first"],
                                L["break_keys"])):
        for k in keys:
            flags[k] = flags.get(k, 0) | 1 << bit
    return flags


def _local(positions: list[int], a: int, b: int) -> list[int]:
    """The positions in [a, b), counted from a."""
    part = positions[bisect.bisect_left(positions, a):bisect.bisect_left(positions, b)]
    return [p - a for p in part] if a else part


class _Sent:
    """Tokens, token keys and party chains of one sentence.

    Built only for the sentences that can matter (see `extract_meetings`), from slices
    of the document's `_Index`. The lookups the rules repeat are memoized per sentence
    (the matches of a lexicon list, clause bounds, complementizers), and answered from
    the set of the sentence's keys where possible: a sequence can only start at a token
    whose key is its first key, so a sentence whose key set misses every first key of a
    lexicon list holds none of its sequences.
    """

    __slots__ = (
        "_both",
        "_breaks",
        "_clauses",
        "_compl",
        "_found",
        "_marked",
        "_subject_los",
        "_video",
        "_withs",
        "chain_first",
        "chain_last_set",
        "chain_lasts",
        "chains",
        "doc",
        "keys",
        "kset",
        "loop_tokens",
        "mentions",
        "oblique",
        "purpose",
        "quoted",
        "sent",
        "source",
        "span",
        "tokens",
        "triggers",
        "verbs",
        "words",
    )

    def __init__(self, doc: Document, sent: Sentence, index: _Index, a: int, b: int,
                 mentions: list[Mention], head: _Head):
        self.doc, self.sent = doc, sent
        # tokens, `_key` of every token, their set, the trigger at each token
        self.tokens, self.keys, self.kset, self.triggers = head
        self.words = index.words[a:b]  # every token as written
        self.verbs: list[bool | None] = [None] * (b - a)  # see `is_verb` (None: not yet)
        self._found: dict[int, dict[int, int]] = {}  # see `matches`
        self._clauses: dict[int, tuple[int, int]] = {}  # see `_clause`
        self._subject_los: dict[int, int] = {}  # see `_subject_lo`
        self._compl: dict[int, bool] = {}  # see `_complementizer`
        self._withs: list[int] | None = None  # see `withs`
        self._marked: dict[int, bool] = {}  # see `_preceded_by_marker`
        self._both: dict[int, int] | None = None  # `matches` of BOTH_PARTIES
        self._breaks = _local(index.breaks, a, b)
        # tokens whose key starts a stay or motion phrase or is an arrival verb
        self.loop_tokens = _local(index.loop, a, b)
        self._video: list[int] | None = None  # see `video_tokens`
        self.mentions = self._actor_mentions(mentions) if mentions else []
        self.span = self._tok_spans()
        self.purpose: set[int] = set()  # oblique tokens after a purpose marker (`برای`)
        self.source: dict[int, int] = {}  # source line (`به گزارش ایرنا،`): start → end
        self.quoted: set[int] = set()  # tokens of a quotation that reports a meeting
        self.oblique = self._oblique_tokens(_local(index.topic, a, b))
        self.chains = self._chains() if self.mentions else []
        self.chain_first: dict[int, _Chain] = {}  # first token → the first chain starting there
        for c in self.chains:
            self.chain_first.setdefault(c.first, c)
        lasts = [c.last for c in self.chains]
        self.chain_last_set = set(lasts)
        # chain ends in list order, for bisecting when they are sorted (None when not)
        self.chain_lasts = lasts if all(x <= y for x, y in pairwise(lasts)) else None

    # token helpers
    def _tok_spans(self) -> list[tuple[int, int]]:
        """Per actor mention, the indices of the first and last token overlapping it
        (tokens are sorted)."""
        tokens = self.tokens
        n = len(tokens)
        right, left = bisect.bisect_right, bisect.bisect_left
        out = []
        for m in self.mentions:
            first = right(tokens, m.start, key=_END)
            if first >= n:
                first = 0
            last = left(tokens, m.end, key=_START) - 1
            out.append((first, max(first, last)))
        return out

    def match(self, i: int, seqs: _Seqs) -> int:
        """Length (in tokens) of the longest sequence of `seqs` starting at token i, or 0."""
        keys = self.keys
        if i >= len(keys):
            return 0
        if i < 0:  # (never asked) counted from the end, as a plain slice would
            return next((len(seq) for seq in seqs.get(keys[i], ())
                         if tuple(keys[i:i + len(seq)]) == seq), 0)
        entry = seqs.tails.get(keys[i])
        if entry is None:  # most tokens start no sequence
            return 0
        seconds, cands = entry
        if seconds is not None and (i + 1 >= len(keys) or keys[i + 1] not in seconds):
            return 0  # every sequence has a second key, and none is the next token's
        for n, tail in cands:  # keys[i] is the first key of each: compare the rest
            if n == 1 or keys[i + 1:i + n] == tail:
                return n
        return 0

    def matches(self, seqs: _Seqs) -> dict[int, int]:
        """Every token where a sequence of `seqs` starts → its length, in token order."""
        found = self._found.get(id(seqs))
        if found is None:
            found = {}
            for i in self.positions(seqs.firsts):  # only these keys start a sequence
                n = self.match(i, seqs)
                if n:
                    found[i] = n
            self._found[id(seqs)] = found
        return found

    def positions(self, keys) -> list[int]:
        """The indexes of the tokens whose key is one of `keys` (a collection), in order."""
        hits = self.kset.intersection(keys)
        if not hits:
            return []
        index = self.keys.index  # finds the next token with a key, in C
        out = []
        for k in hits:
            j = -1
            try:
                while True:
                    j = index(k, j + 1)
                    out.append(j)
            except ValueError:
                pass
        if len(hits) > 1:
            out.sort()
        return out

    def find(self, seqs: _Seqs, lo: int, hi: int) -> list[int]:
        """Token indexes in [lo, hi) where a sequence of `seqs` starts, in order."""
        found = self.matches(seqs)
        if not found:
            return []
        lo, hi = max(lo, 0), min(hi, len(self.keys))
        return [i for i in found if lo <= i < hi]

    def breaks(self) -> list[int]:
        """Indexes of the tokens that may end a clause (`؛ : .`, `اما`, a comma, `که`):
        `_clause` and `_subject_lo` only test these (any other token is neither in
        BOUNDARY nor a `_complementizer`, which needs a comma or `که`)."""
        return self._breaks

    def withs(self) -> list[int]:
        """Indexes of the tokens `با` (with)."""
        if self._withs is None:
            self._withs = self.positions((WITH,))
        return self._withs

    def video_tokens(self) -> list[int]:
        """Indexes of the tokens starting with a one-word video cue (`ویدئویی…`)."""
        if self._video is None:
            prefixes = _lex()["video_prefixes"]
            joined = "\0".join(self.keys)  # a key starting with a prefix contains it
            if any(p in joined for p in prefixes):
                self._video = [j for j, k in enumerate(self.keys) if k.startswith(prefixes)]
            else:
                self._video = []
        return self._video

    def is_verb(self, i: int) -> bool:
        """Whether token i is a finite verb (lemmatizer `past#present`, `می‌…`, `است`, …).

        Computed when first asked (most tokens never are), then kept in `verbs`.
        """
        v = self.verbs[i]
        if v is None:
            w = self.words[i]
            v = self.verbs[i] = (self.keys[i] in _lex()["verbs"]
                                 or (w.startswith(lex.PRESENT_PREFIXES)
                                     and not self.keys[i].startswith(lex.NOT_VERB_STEMS))
                                 or ("#" in self.tokens[i].lemma and not w.endswith("ن")))
        return v

    def is_past(self, i: int) -> bool:
        """Whether token i is a past verb (`کرد`, `کردند`, `کرده است`, `گرفت`)."""
        past = _past(self.words[i], self.keys[i], self.tokens[i].lemma)
        if past is not None:
            return past
        nxt = self.keys[i + 1] if i + 1 < len(self.keys) else ""
        return nxt in _lex()["perfect_aux"]

    def is_stop(self, i: int) -> bool:
        if self.keys[i] in _lex()["stop_keys"]:
            return True
        v = self.verbs[i]
        return (self.is_verb(i) if v is None else v) or i in self.triggers

    # mentions
    def _actor_mentions(self, mentions: list[Mention]) -> list[Mention]:
        ms = [m for m in mentions if m.country]
        if len(ms) > 1:
            ms.sort(key=_START_NEG_END)
        out: list[Mention] = []
        for m in ms:
            if out and m.start < out[-1].end:  # nested in the previous one
                continue
            if self._is_weekday_word(m):
                continue
            out.append(m)
        return out

    def _is_weekday_word(self, m: Mention) -> bool:
        """A mention spelled like a weekday (`دوشنبه`) used as a day (`روز دوشنبه`)."""
        if _cached_key(m.surface) not in _lex()["weekdays"]:
            return False
        before = self.doc.text[max(self.sent.start, m.start - 8):m.start]
        return bool(_DAY_PREFIX_RE.search(before))

    def _oblique_tokens(self, topic_tokens: list[int]) -> set[int]:
        """Tokens inside a topic, purpose, source or mediation phrase, or a long «…» phrase.

        `topic_tokens`: the tokens whose key starts one of these phrases (no other can).
        """
        L = _lex()
        out: set[int] = set()
        keys, verbs, triggers = self.keys, self.verbs, self.triggers
        n = len(keys)
        topic = L["topic"]
        for i in topic_tokens:
            m = self.match(i, L["source"])
            if m:
                end = self._source_end(i, m)
                self.source[i] = end
                out.update(range(i + m, end))
                continue
            if keys[i] in L["mediation"]:
                out.update(self._mediator_tokens(i))
                continue
            m = self.match(i, topic)
            if not m:
                continue
            purpose = bool(self.match(i, L["purpose"]))
            j = i + m
            while j < n:  # up to `با`, `که`, `به`, a clause end, a verb or a predicate
                if keys[j] in _OBLIQUE_END:
                    break
                v = verbs[j]
                if (self.is_verb(j) if v is None else v) or (
                        j > i + m and j in triggers and self._predicate(j)):
                    break
                out.add(j)
                if purpose:
                    self.purpose.add(j)
                j += 1
        # a quotation longer than a name: its mentions are what was said, not parties
        words = self.words
        if "«" not in words:
            return out
        i = 0
        while True:  # from each `«` (after the last phrase) to the next `»` (or the end)
            try:
                i = words.index("«", i)
            except ValueError:
                break
            try:
                j = words.index("»", i + 1)
            except ValueError:
                j = n
            inner = range(i + 1, j)
            covered = set()
            for (a, b) in self.span:
                if a > i and b < j:
                    covered.update(range(a, b + 1))
            rest = [k for k in inner if k not in covered]
            if len(rest) > 2:
                if self._quoted_report(i, j):
                    self.quoted.update(inner)
                else:
                    out.update(inner)
            i = j + 1
        return out

    def _quoted_report(self, q: int, e: int) -> bool:
        """Whether the quotation between tokens q (`«`) and e (`»`) reports a meeting in
        the third person, so that its mentions are parties like the narration's: a
        trigger with its own light verb (`«وانگ یی روز پنجشنبه با X گفت‌وگو خواهد کرد»`,
        `«… دیروز در پکن با X دیدار کرد»`), or a trigger noun with its owner named
        (`«گفت‌وگوهای عراقچی با وانگ یی بسیار سازنده بود»`). First-person verbs
        (`«… با X دیدار کردم»`, `«ما یک روزی با آمریکا مذاکره کردیم»`) keep the quote
        what was said: the speaker is known to the quotes extractor only. Stance and
        status rules then apply as anywhere (`«مذاکره با آمریکا … نیست»`: no event)."""
        starts = {a for a, _ in self.span}
        for t in self.triggers:
            if not q < t < e:
                continue
            n = self.triggers[t][0]
            if t + n in starts:  # an owner: `گفت‌وگوهای عراقچی با …`
                return True
            if self._predicate(t) and not self._first_person(t + n, e):
                return True
        return False

    def _first_person(self, k: int, e: int) -> bool:
        """Whether the verb after token k (before token e) is in the first person
        (`کردم`, `کردیم`, `خواهیم کرد`, `داشته‌ایم`)."""
        for j in range(k, min(e, k + 4)):
            if self.is_verb(j) or self.keys[j].endswith(("یم", "م")):
                if self.keys[j].endswith(("م", "یم")):
                    return True
                if self.keys[j] not in _lex()["future_aux"]:
                    return False
        return False

    def _predicate(self, j: int) -> bool:
        """Whether the trigger at token j is the predicate of its clause: its light verb
        follows, past at most two words and no party (`درباره … رایزنی کرد`, `گفت‌وگوی
        تلفنی داشتند`, `دیدار و گفت‌وگو کردند`), so a topic phrase ends before it. A
        trigger noun inside the topic (`درباره دور نخست گفت‌وگوهای ایران و آمریکا
        رایزنی کرد`) is followed by its own words first."""
        n = self.triggers[j][0]
        starts = {a for a, _ in self.span}
        k = j + n
        for _ in range(3):
            if k >= len(self.keys) or k in starts:
                return False
            if self.is_verb(k):
                return True
            if self.keys[k] == AND and k + 1 in self.triggers:  # `دیدار و گفت‌وگو کرد`
                k += self.triggers[k + 1][0] + 1
                continue
            if self.keys[k] in _OBLIQUE_END or self.keys[k] in COMMAS:
                return False
            k += 1
        return False

    def _source_end(self, i: int, m: int) -> int:
        """The token after the source phrase of the marker at token i (`m` tokens):
        the first comma (`به گزارش خبرگزاری فارس از مسکو، …`); without one, the first
        party named past the source's first word (`به گزارش ایسنا عراقچی …`, `به گزارش
        رویترز روسیه و چین …`: the subject) unless it belongs to the source (a place or
        country after a media word, `از` or `در`: `به گزارش رسانه‌های ترکیه`, `از مسکو`),
        a verb, a trigger, `که`, `با`, a clause end or the next source marker (`به گزارش
        ایسنا به نقل از رویترز، …`: each its own phrase)."""
        L = _lex()
        keys, n = self.keys, len(self.keys)
        starts = {a: mm.entity_type for (a, _), mm in zip(self.span, self.mentions)}
        j = i + m
        while j < n:
            k = keys[j]
            if k in COMMAS or k in BOUNDARY or k in (THAT, WITH) or self.is_verb(j):
                break
            if j in self.triggers or (j > i + m and self.match(j, L["source"])):
                break
            if j > i + m and j in starts and (
                    starts[j] in ("person", "role", "pronoun")
                    or not (keys[j - 1] in L["media"] or keys[j - 1] in (FROM, IN))):
                break
            j += 1
        return j

    def _mediator_tokens(self, i: int) -> range:
        """The party phrase right after the mediation noun at token i (`میانجی‌گری عمان`,
        `وساطت امیر قطر`, `میانجی‌های مصری و قطری`): the mediator, no party. Up to two
        words may come first (`میانجی‌گری دولت عمان`); nothing if no party follows."""
        spans = dict(self.span)  # first token → last token of each mention
        keys, n = self.keys, len(self.keys)
        j, words = i + 1, 0
        while j < n and j not in spans:
            if words >= 2 or keys[j] in COMMAS or self.is_stop(j):
                return range(0)
            words += 1
            j += 1
        if j >= n:
            return range(0)
        end = spans[j]
        while end + 2 < n and keys[end + 1] == AND and end + 2 in spans:
            end = spans[end + 2]  # two mediators: `مصر و قطر` (a comma ends the phrase)
        return range(i + 1, end + 1)

    def _chains(self) -> list[_Chain]:
        chains: list[_Chain] = []
        keys, oblique = self.keys, self.oblique
        for m, (a, b) in zip(self.mentions, self.span):
            if a in oblique:
                continue
            if chains:
                prev = chains[-1]
                gap = range(prev.last + 1, a)
                between = keys[prev.last + 1:a] if gap else ()  # the keys of `gap`
                joined = AND in between or not COMMAS.isdisjoint(between)
                last = prev.mentions[-1]
                # a person followed, without a comma, by a title of another country is a
                # subject and an object (`X رئیس جمهور روسیه را دعوت کرد`), not one
                # party; nor is a place then a person (`در پکن لاوروف …`), or a party
                # then a delegation (`رئیس‌جمهور روسیه هیئتی از طالبان را پذیرفت`)
                clash = not joined and m.country != last.country and (
                    last.entity_type == "person"
                    or (last.entity_type in ("country", "capital")
                        and m.entity_type in ("person", "role"))
                    or keys[a] in _lex()["delegation"])
                # the organisation of a venue is no party of the phrase after it
                # (`در حاشیه نشست سران بریکس، رئیس‌جمهور برزیل با …`)
                if AND not in between and m.country != last.country \
                        and prev.mentions[0].country.startswith("IGO:") \
                        and _is_venue_org(self, prev.first):
                    clash = True
                if not clash and self._linkable(gap, titled=joined
                                                and last.entity_type == "person"):
                    if joined:
                        prev.has_and = True
                        prev.conj.append(len(prev.mentions))
                    prev.mentions.append(m)
                    prev.last = b
                    continue
            chains.append(_Chain([m], a, b, conj=[0]))
        return chains

    def _linkable(self, gap: range, titled: bool = False) -> bool:
        """Whether the words between two mentions let them form one chain: no stop
        word, at most three words; or, when `titled` (a listed person before, a `و` or
        comma in the gap), a job title of that person up to its list separator
        (`آسیمی گویتا رئیس دولت انتقالی مالی و …`, see `lex.TITLE_HEADS`)."""
        words = 0
        first = -1  # the first word of the gap
        for k in gap:
            w = self.words[k]
            if w in PUNCT_LINK or self.keys[k] == AND:
                continue
            if self.is_stop(k) or k in self.oblique:
                return False
            if first < 0:
                first = k
            words += 1
        if words <= 3:
            return True
        return (titled and words <= lex.TITLE_MAX_WORDS
                and self.keys[first] in _lex()["title_heads"]
                and (self.keys[gap[-1]] == AND or self.keys[gap[-1]] in COMMAS))

    def _after_leaders(self, j: int) -> bool:
        """Whether a leader noun (`رهبران`, `روسای جمهور`) ends right before token j."""
        leaders = _lex()["leaders"]
        return any(self.match(k, leaders) == j - k for k in (j - 1, j - 2) if k >= 0)

    def chain_starting_after(self, i: int, max_gap: int = 5) -> _Chain | None:
        """The party chain that begins within `max_gap` filler words after token i."""
        L = _lex()
        keys, chain_first = self.keys, self.chain_first
        n = len(keys)
        both_at = self._both
        if both_at is None:
            both_at = self._both = self.matches(L["both"])
        stop = L["chain_stop"]  # `is_stop` keys, `و`, media words
        words = 0
        j = i + 1
        while j < n:
            if both_at:
                both = both_at.get(j)
                if both:
                    return _Chain([], j, j + both - 1, both=True,
                                  people=bool(self.match(j, L["both_people"]))
                                  or self._after_leaders(j))
            c = chain_first.get(j)
            if c is not None:
                return c
            if self.words[j] in PUNCT_LINK:
                j += 1
                continue
            if keys[j] in stop or self.is_stop(j):  # (the keys first: the same test)
                return None
            words += 1
            if words > max_gap:
                return None
            j += 1
        return None


_TOKEN, _SENT_ID = attrgetter("token"), attrgetter("sent_id")
_INCLUDING = list(lex.INCLUDING)
_OBLIQUE_END = {WITH, THAT, TO, *BOUNDARY}  # a topic phrase ends before these (or a verb)


def _START_NEG_END(m: Mention) -> tuple[int, int]:
    return m.start, -m.end


@lru_cache(maxsize=4096)
def _past(word: str, key: str, lemma: str) -> bool | None:
    """`_Sent.is_past` of a token as far as the token decides it; None: past if the
    next token is a perfect auxiliary (`کرده` + `است`)."""
    L = _lex()
    if word.startswith(lex.PRESENT_PREFIXES):
        return False
    if "#" in lemma and lemma.split("#")[0] and key.startswith(_key(lemma.split("#")[0])):
        return True
    if key in L["past_forms"]:
        return True
    return None if key.endswith(("ده", "ته")) else False


def _trigger_at(s: _Sent, i: int) -> tuple[int, str, str] | None:
    """(length in tokens, kind, lexicon phrase) of the trigger at token i, or None."""
    return s.triggers.get(i)


def _find_trigger(keys: list[str], tokens: list[Token], i: int) -> tuple[int, str, str] | None:
    """(length in tokens, kind, lexicon phrase) of the first trigger (longest first) at
    token i: its keys but the last equal the tokens' keys, and the last token is its last
    stem plus one of `TRIGGER_SUFFIXES` (or nothing)."""
    cands = _multi_triggers().get(keys[i])
    if cands is None:  # no trigger of several words starts here
        return _word_trigger(tokens[i].token)
    suffixes = _suffixes()
    for n, head, last, kind, phrase in cands:
        if i + n > len(keys):
            continue
        if n > 1 and keys[i:i + n - 1] != head:
            continue
        ending = _ending(tokens[i + n - 1].token, last)
        if ending is None or ending not in suffixes:
            continue
        return n, kind, phrase
    return None


@cache
def _multi_triggers() -> dict[str, list[tuple[int, list[str], str, str, str]]]:
    """First key of a trigger of several words → the triggers `_find_trigger` tries at a
    token with that key, in `_lex()["triggers"]` order: those of the key's first two
    letters that are one word or whose first key is that key (no other can match there),
    as (length, every key but the last, last stem, kind, phrase)."""
    L = _lex()
    return {first: [(len(stem), stem[:-1], stem[-1], kind, phrase)
                    for stem, kind, phrase in L["triggers"].get(first[:2], ())
                    if len(stem) == 1 or stem[0] == first]
            for first in L["multi_first"]}


@lru_cache(maxsize=4096)
def _word_trigger(word: str) -> tuple[int, str, str] | None:
    """`_find_trigger` at a token whose key starts no trigger of several words: the
    first one-word trigger (in `_find_trigger`'s order) the word is, if any."""
    for stem, kind, phrase in _lex()["triggers"].get(_key(word)[:2], ()):
        if len(stem) == 1:
            ending = _ending(word, stem[0])
            if ending is not None and ending in _suffixes():
                return 1, kind, phrase
    return None


def _trigger_keys(triggers: dict[str, list[tuple[list[str], str, str]]]) -> frozenset[str]:
    """Every key a token can have where a trigger starts (a necessary condition).

    `_find_trigger` matches a trigger of n > 1 words only where the token's key equals the
    trigger's first key. A one-word trigger matches where `_ending` consumes the whole
    stem (skipping ZWNJs only) and leaves one of `TRIGGER_SUFFIXES` (or nothing): the
    token is then the stem's letters with ZWNJs between them, then the suffix, so its key
    (ZWNJ and spaces dropped) is the stem key + the suffix's key. No other token starts a
    trigger.
    """
    out = set()
    for cands in triggers.values():
        for stem, _, _ in cands:
            if len(stem) > 1:
                out.add(stem[0])
            else:
                out.update(_key(stem[0] + suffix) for suffix in _suffixes())
    return frozenset(out)


@cache
def _suffixes() -> frozenset[str]:
    """Endings a trigger word may carry, as written (ZWNJ kept)."""
    return frozenset(lex.TRIGGER_SUFFIXES) | {""}


def _ending(token: str, stem_key: str) -> str | None:
    """What follows the trigger stem in `token` (ZWNJ kept), or None if no stem."""
    if token.startswith(stem_key):  # no ZWNJ inside the stem: the loop below gives this
        return token[len(stem_key):]
    i = 0
    consumed = 0
    while i < len(token) and consumed < len(stem_key):
        if token[i] == ZWNJ:
            i += 1
            continue
        if token[i] != stem_key[consumed]:
            return None
        i += 1
        consumed += 1
    if consumed < len(stem_key):
        return None
    return token[i:]


# --- the extractor ------------------------------------------------------------------------

def extract_meetings(doc: Document) -> list[Meeting]:
    """Meetings reported in the document, one row per pair of parties and status.

    Every sentence is read in turn (`_sentence_meetings`, then `_update_topic`), except
    that sentences which provably cannot matter are not, or later:

    - skipped: a sentence none of whose mentions has a country and none of whose
      tokens has the first key of a `BOTH_PARTIES` phrase (`دو کشور`; `_may_hold_party`).
      Reading it changes nothing: `_Sent` would give it no actor mention
      (`_actor_mentions` keeps only mentions with a country), hence no chain;
      `_sentence_meetings` then returns at once (no chain, and `find` of the
      both-phrases is empty since a sequence starts only at a token with its first
      key), and `_update_topic` loops over the (no) chains.
    - deferred: a sentence without a trigger (`_can_meet`). `_sentence_meetings` would
      do nothing for it; its `_update_topic` is done by the context when, and as far
      as, a later sentence reads the topic or the recent parties (`_Context`).
    """
    tokens = doc.tokens
    sids = list(map(_SENT_ID, tokens))
    in_order = sids == sorted(sids)  # each sentence's tokens are one run of the document's
    index = _Index(tokens) if in_order else None
    by_sent: dict[int, list[Token]] = {}
    if not in_order:
        for t in tokens:
            by_sent.setdefault(t.sent_id, []).append(t)
    m_by_sent: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        m_by_sent.setdefault(m.sent_id, []).append(m)
    ctx = _Context(doc)
    surnames = _surnames(doc.mentions)
    if surnames:
        # (`_as_person` changes country mentions only)
        m_by_sent = {k: [_as_person(m, surnames) if m.entity_type == "country" else m
                         for m in v] for k, v in m_by_sent.items()}
    for sent in doc.sentences:
        sid = sent.sent_id
        if index is not None:
            a = bisect.bisect_left(sids, sid)
            b = bisect.bisect_right(sids, sid, a)
            s_index = index
        else:
            s_index = _Index(by_sent.get(sid, []))
            a, b = 0, len(s_index.keys)
        ms = m_by_sent.get(sid, ())
        keys = s_index.keys[a:b]
        if not _may_hold_party(ms, keys):
            continue  # see above
        head = _head(s_index, a, b, keys)
        if not _can_meet(head):
            ctx.defer(_Deferred(doc, sent, s_index, a, b, list(ms), head))
            continue
        s = _Sent(doc, sent, s_index, a, b, list(ms), head)
        _sentence_meetings(ctx, s)
        _update_topic(ctx, s)
    return _merge(doc, ctx.raws)


def _may_hold_party(mentions: list[Mention], keys: list[str]) -> bool:
    """Whether a sentence may have a party chain: a mention with a country, or a token
    with the first key of a `BOTH_PARTIES` phrase (see `extract_meetings`)."""
    return any(m.country for m in mentions) or not _lex()["both"].keys().isdisjoint(keys)


# tokens, keys, key set, and triggers (token → (length, kind, phrase)) of a sentence
_Head = tuple[list[Token], list[str], set[str], dict[int, tuple[int, str, str]]]


def _head(index: _Index, a: int, b: int, keys: list[str]) -> _Head:
    """The tokens [a, b) of `index`, their keys (given), their key set, and their
    triggers (looked for only where a key can start one: `_trigger_keys`)."""
    tokens = index.tokens[a:b]
    triggers = {}
    for i in _local(index.trig, a, b):
        trig = _find_trigger(keys, tokens, i)
        if trig is not None:
            triggers[i] = trig
    return tokens, keys, set(keys), triggers


def _can_meet(head: _Head) -> bool:
    """Whether `_sentence_meetings` may report a meeting in the sentence.

    It reports one only at a token it reads as a trigger: a trigger, or the start of
    a stay or motion phrase (so every key of the phrase is in the sentence), or an
    arrival verb after a place after an arrival marker (`_after_destination_marker`:
    so a key of each). Without any, it does nothing, and the sentence can only update
    the context.
    """
    _, _, kset, triggers = head
    if triggers:
        return True
    L = _lex()
    if _may_hold(kset, L["stay"]) or _may_hold(kset, L["motion"]):
        return True
    return not kset.isdisjoint(L["arrive"]) and not kset.isdisjoint(L["arrival_markers"])


def _may_hold(kset: set[str], seqs: _Seqs) -> bool:
    """Whether every key of some sequence of `seqs` is in `kset` (needed for a match)."""
    for first in kset.intersection(seqs.firsts):
        for seq in seqs[first]:
            if kset.issuperset(seq):
                return True
    return False


_KEYS: dict[str, str] = {}  # text → `_key`, for the mention surfaces seen (bounded)


def _cached_key(text: str) -> str:
    """`_key(text)`, looked up in `_KEYS` first."""
    k = _KEYS.get(text)
    if k is None:
        if len(_KEYS) > 100_000:  # a per-word cache, bounded
            _KEYS.clear()
        k = _KEYS[text] = _key(text)
    return k


def _keys(words: list[str]) -> list[str]:
    """`_key` of every word, with one `str.replace` pass over them all."""
    if not words:
        return []
    out = "\0".join(words).replace(ZWNJ, "").replace(" ", "").split("\0")
    if len(out) != len(words):  # a word holds the separator itself
        return [_key(w) for w in words]
    return out


def _surnames(mentions: list[Mention]) -> dict[str, Mention]:
    """Last names of the people the article names (`کامرون` of `دیوید کامرون`)."""
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.entity_type == "person" and m.person and " " in m.person.strip():
            out.setdefault(_key(m.person.split()[-1]), m)
    return out


def _as_person(m: Mention, surnames: dict[str, Mention]) -> Mention:
    """A country name that is also the surname of a person of the article is that person
    (`گفت‌وگوی اولاند و کامرون`, Cameron, not Cameroon)."""
    p = surnames.get(_cached_key(m.surface))
    if m.entity_type != "country" or p is None or p.country == m.country:
        return m
    return Mention(m.sent_id, m.start, m.end, m.surface, p.entity_id, "person", p.country,
                   p.person, p.role)


def _update_topic(ctx: _Context, s: _Sent) -> None:
    """The sentence's subject becomes the topic; every party becomes recent."""
    for c in s.chains:
        ctx.note(c.countries)
    topic = _topic_of(s)
    if topic is not None:
        ctx.topic = topic


def _topic_of(s: _Sent) -> list[_Party] | None:
    """The topic the sentence sets (its subject), or None.

    The person an attribution names (`به گفته X، …`) is the topic when no other
    subject follows: a later `وی` or `او` most likely means X.
    """
    L = _lex()
    source = None
    for c in s.chains:  # (both tests are pure: the cheaper one first)
        if not any(m.entity_type in ("person", "role", "pronoun") for m in c.mentions):
            continue
        if _preceded_by_marker(s, c.first):
            continue
        if any(a not in s.source for a in s.find(L["attribution"], 0, c.first)) and not any(
                s.words[k] in COMMAS for k in range(c.first)):
            source = source or c  # `به گفته X …` (a source line's own phrase has no chain)
            continue
        return [_Party(x, c.person_of(x)) for x in c.countries[:1]]
    return [_Party(x, source.person_of(x)) for x in source.countries[:1]] if source else None


def _preceded_by_marker(s: _Sent, first: int) -> bool:
    """Whether the chain starting at token `first` is the object of a preposition.

    Up to two words may stand between (`با رهبران کشورهای X`, `در پایتخت X`).
    """
    memo = s._marked.get(first)
    if memo is None:
        memo = s._marked[first] = _is_preceded_by_marker(s, first)
    return memo


def _is_preceded_by_marker(s: _Sent, first: int) -> bool:
    """See `_preceded_by_marker`. The organisation of a venue phrase (`در حاشیه
    پانزدهمین نشست سران گروه بریکس`) is where parties met, never a subject, however
    many words its phrase has; a marker before a venue phrase is the venue's, not that
    of a party right after it (`در نشست سران بریکس رئیس‌جمهور برزیل با …`)."""
    if _is_venue_org(s, first):
        return True
    if _after_time_phrase(s, first):
        return False  # `در روزهای گذشته (مورگان اورتاگوس) …`: the subject
    L = _lex()
    j = first - 1
    words = 0
    while j >= 0:
        w = s.words[j]
        if w in ("«", '"', "(", "“", "»"):
            j -= 1
            continue
        k = s.keys[j]
        if s.source and any(a <= j < e for a, e in s.source.items()):
            return False  # `به گزارش ایسنا (عراقچی) …`: the subject after a source line
        if any(s.keys[max(0, j + 1 - len(a)):j + 1] == a
               for a in L["adverbials_by_last"].get(k, ())):
            return False  # `در همین حال (مهرداد بذرپاش) وزیر …`: the subject
        if k in L["non_subject"]:
            return True
        if j in s.chain_last_set and any(c.last == j and _is_venue_org(s, c.first)
                                         for c in s.chains):
            return False  # a venue's organisation: the marker is the venue's
        if j == first - 1 and j in s.chain_last_set and any(
                c.last == j and c.mentions[-1].entity_type in ("country", "capital")
                for c in s.chains):
            return False  # `در پکن (لاوروف) …`: the marker is the place's
        if w in PUNCT_LINK or k in (AND, THAT) or k in BOUNDARY or s.is_verb(j):
            return False
        words += 1
        if words > 2:
            return False
        j -= 1
    return False


def _after_time_phrase(s: _Sent, first: int) -> bool:
    """Whether a time phrase opened by a preposition ends right before token `first`
    (`در روزهای گذشته`, `در تیر ماه`, `طی هفته اخیر`, `در شهریور ۱۴۰۰`): its words are
    time words and numbers (`lex.TIME_PHRASE_WORDS`), one of them a time noun or a
    month (`lex.TIME_PHRASE_HEADS`)."""
    L = _lex()
    j = first - 1
    head = False
    while j >= 0 and (s.keys[j] in L["time_words"] or s.keys[j].isdigit()):
        head = head or s.keys[j] in L["time_heads"]
        j -= 1
    return head and j < first - 1 and j >= 0 and s.keys[j] in L["time_openers"]


@lru_cache(maxsize=4096)
def _is_venue_word(key: str) -> bool:
    """A word of a venue phrase other than its organisation: an event noun (`نشست`), a
    frame (`حاشیه`), a filler (`سران`, `گروه`) or an ordinal (`پانزدهمین`, `دوم`)."""
    return key in _lex()["venue_words"] or _is_ordinal(key)


def _is_ordinal(key: str) -> bool:
    """A number word with an ordinal ending (`پانزدهمین`, `دوم`; not `زمین`, `مردم`)."""
    for ending in lex.ORDINAL_ENDINGS:
        stem = key[:-len(ending)]
        if key.endswith(ending) and stem and (stem.endswith(lex.ORDINAL_STEMS)
                                              or stem[-1].isdigit()):
            return True
    return False


def _in_compound_ordinal(s: _Sent, j: int) -> bool:
    """Whether the `و` at token j joins the parts of an ordinal (`سی و چهارمین`)."""
    return (0 < j < len(s.keys) - 1 and s.keys[j - 1] in _lex()["number_tens"]
            and _is_ordinal(s.keys[j + 1]))


def _is_venue_org(s: _Sent, first: int) -> bool:
    """Whether the mention at token `first` names the organisation of a venue phrase:
    right after an event noun and its fillers (`در حاشیه نشست سران گروه بریکس`)."""
    L = _lex()
    j = first - 1
    while j >= 0 and s.keys[j] in L["venue_fillers"]:
        j -= 1
    if j >= 0 and _is_venue_word(s.keys[j]) and s.keys[j] not in L["venue_nouns"] \
            and j > 0 and s.keys[j - 1] in L["venue_nouns"]:
        j -= 1  # `نشست پانزدهم سران …`, `نشست سالانه …`
    return j >= 0 and s.keys[j] in L["venue_nouns"] and _venue_frame_before(s, j)


def _clause(s: _Sent, i: int) -> tuple[int, int]:
    """Token range [lo, hi) of the clause around token i (split at `؛ :` and `… که`)."""
    memo = s._clauses.get(i)
    if memo is not None:
        return memo
    breaks = s.breaks()  # the only tokens that can end a clause
    k = bisect.bisect_left(breaks, i)
    lo = 0
    for j in reversed(breaks[:k]):
        if s.keys[j] in BOUNDARY or _complementizer(s, j):
            lo = j + 1
            break
    hi = len(s.keys)
    for j in breaks[bisect.bisect_right(breaks, i, k):]:
        if s.keys[j] in BOUNDARY or _complementizer(s, j):
            hi = j
            break
    s._clauses[i] = lo, hi
    return lo, hi


def _complementizer(s: _Sent, j: int) -> bool:
    """`که` after a verb (`اعلام کرد که`) opens reported content, and so does a comma
    after a verb (`اعلام کرد، …`); a relative `که` does not."""
    memo = s._compl.get(j)
    if memo is None:
        memo = s._compl[j] = _is_complementizer(s, j)
    return memo


def _is_complementizer(s: _Sent, j: int) -> bool:
    if s.keys[j] in COMMAS:
        if not (j > 0 and s.is_verb(j - 1)):
            return False
        # the comma closing a relative clause (`X که به تهران سفر کرده، …`) is no boundary
        # (tokens in BOUNDARY or `که` are among `breaks`: the others are passed over)
        breaks = s.breaks()
        for k in reversed(breaks[:bisect.bisect_left(breaks, j - 1)]):
            if s.keys[k] in BOUNDARY:
                break
            if s.keys[k] == THAT:
                return k > 0 and s.is_verb(k - 1)
        return True
    if s.keys[j] != THAT:
        return False
    return j > 0 and (s.is_verb(j - 1) or s.keys[j - 1] in COMMAS)


def _subject_lo(s: _Sent, i: int) -> int:
    """Leftmost token for a subject search: after the last `؛ :` or complementizer."""
    memo = s._subject_los.get(i)
    if memo is None and i in s._clauses:  # the same scan as `_clause`'s for lo
        memo = s._subject_los[i] = s._clauses[i][0]
    if memo is None:
        memo = 0
        breaks = s.breaks()  # the only tokens that can end a clause
        for j in reversed(breaks[:bisect.bisect_left(breaks, i)]):
            if s.keys[j] in BOUNDARY or _complementizer(s, j):
                memo = j + 1
                break
        s._subject_los[i] = memo
    return memo


def _subject(s: _Sent, anchor: int) -> _Chain | None:
    """The nearest party chain before `anchor` that is not a prepositional object.

    In reported content with no subject of its own (`X اعلام کرد که [X] به ایران سفر
    خواهد کرد`), the speaker of the main clause.
    """
    lo = _subject_lo(s, anchor)
    # chains ending at or after `anchor` are skipped: with sorted ends, do not visit them
    k = len(s.chains) if s.chain_lasts is None else bisect.bisect_left(s.chain_lasts, anchor)
    for c in map(s.chains.__getitem__, range(k - 1, -1, -1)):
        if c.last >= anchor or c.first < lo:
            continue
        if _preceded_by_marker(s, c.first):
            continue
        return c
    if lo > 0 and _complementizer(s, lo - 1):
        return _subject(s, lo - 1)
    return None


def _with_chain(s: _Sent, i: int, n: int, lo: int, hi: int) -> tuple[_Chain | None, int]:
    """The `با` phrase of the trigger at token i: (chain, index of `با`)."""
    end = i + n
    # after the trigger: `دیدار با Y`, `دیدار X با Y`, `گفت‌وگوی تلفنی با Y`
    j = end
    steps = 0
    while j < hi and steps < 8:
        if s.keys[j:j + 2] == _INCLUDING:  # `از جمله`: including
            j += 2
            continue
        if s.keys[j] == WITH:
            c = _with_party(s, j)
            if c is not None:
                return c, j
            break
        if s.is_stop(j) and s.keys[j] != WITH:
            break
        j += 1
        steps += 1
    # before the trigger: `X با Y دیدار کرد`
    withs = s.withs()  # the tokens `با`, from i - 1 down to lo
    for b in reversed(withs[bisect.bisect_left(withs, lo):bisect.bisect_left(withs, i)]):
        c = _with_party(s, b)
        if c is None or c.last >= i:
            continue
        between = range(c.last + 1, i)
        described = _described_party(s, c.last + 1, i)
        plain = [k for k in between if k not in s.oblique and k not in described]
        if len(plain) > 14 or any(s.is_verb(k) or s.keys[k] == THAT for k in between):
            continue
        if any(_trigger_at(s, k) for k in between if k not in described):
            continue
        return c, b
    return None, -1


def _described_party(s: _Sent, j: int, i: int) -> set[int]:
    """The tokens from j (right after a `با` party) up to the trigger at i that only
    describe that party, or a second person joined to it, so they do not cut it from
    the trigger: titles between commas (`با کایا کالاس، نامزد مسئولیت سیاست خارجی
    اتحادیه اروپا، و جوزپ بورل، مسئول کنونی …، دیدار کرد`: no verb, `که` or `با` in
    them), `و` + a person (`و جوزپ بورل`), and the party's role at the event
    (`EVENT_ROLES`: `و میزبان نشست`, `و رئیس دوره‌ای اجلاس`, whose meeting noun is the
    event hosted, not a meeting of its own)."""
    L = _lex()
    keys = s.keys
    starts = {x: y for m, (x, y) in zip(s.mentions, s.span) if m.entity_type == "person"}
    out: set[int] = set()
    while j < i:
        if keys[j] in COMMAS:
            k = next((t for t in range(j + 1, i) if keys[t] in COMMAS), None)
            if k is None or k - j > 13 or any(
                    s.is_verb(t) or keys[t] in (THAT, WITH) or keys[t] in BOUNDARY
                    for t in range(j + 1, k)):
                break
            out.update(range(j, k + 1))
            j = k + 1
            if j < i and keys[j] == AND and (j + 1) in starts:
                out.update(range(j, starts[j + 1] + 1))
                j = starts[j + 1] + 1
            continue
        if keys[j] in (AND, *COMMAS) and j + 1 < i and keys[j + 1] in L["event_roles"]:
            k = j + 2
            if k < i and keys[k] in L["event_role_modifiers"]:
                k += 1
            if k >= i or keys[k] not in L["venue_nouns"]:
                break
            out.update(range(j, k + 1))
            j = k + 1
            continue
        break
    return out


def _relative_with(s: _Sent, i: int, n: int, hi: int) -> tuple[_Chain | None, int]:
    """The `با` phrase of a relative clause on the trigger noun (`نشست سه‌جانبه‌ای که
    قرار بود با لولا و پترو … برگزار شود`, `دیداری که روز دوشنبه با Y داشت`): (chain,
    index of `با`). `که` may follow the trigger past one word; up to five words then
    (a plan `قرار بود/است` passed over) before `با`, with no party or verb."""
    L = _lex()
    keys = s.keys
    j = next((k for k in range(i + n, min(hi, i + n + 2)) if keys[k] == THAT), None)
    if j is None or any(s.is_stop(k) for k in range(i + n, j)):
        return None, -1
    j += 1
    if s.match(j, L["planned"]) or s.match(j, L["past_plan"]):
        j += max(s.match(j, L["planned"]), s.match(j, L["past_plan"]))
    for k in range(j, min(hi, j + 6)):
        if keys[k] == WITH:
            c = _with_party(s, k)
            return (c, k) if c is not None else (None, -1)
        if k in s.chain_first or s.is_stop(k):
            break
    return None, -1


def _with_party(s: _Sent, b: int) -> _Chain | None:
    """The party chain of the `با` at token b: `با وزیر خارجه روسیه`, or the places of
    counterparts named by where they are (`با همتایان خود در مصر، تونس و توگو`: one
    party per listed country)."""
    c = s.chain_starting_after(b)
    if c is not None:
        return _group_after(s, c)
    g = _group_at(s, b + 1)  # `با وزیران خارجه سه کشور اروپایی`
    if g is not None:
        return _Chain([g[0]], b + 1, g[1])
    return _counterparts_in(s, b)


def _group_after(s: _Sent, c: _Chain) -> _Chain:
    """The chain c extended by a group of states described, not named, joined to it by
    `و` (`با کایا کالاس، مسئول …، و وزیران خارجه سه کشور اروپایی`: `_group_at`); c
    otherwise. The group stands as one more conjunct (`_member_rows` gives one row per
    member)."""
    keys = s.keys
    j = c.last + 1
    while j < len(keys) and keys[j] in COMMAS:
        j += 1
    if j >= len(keys) or keys[j] != AND:
        return c
    g = _group_at(s, j + 1)
    if g is None:
        return c
    return _Chain([*c.mentions, g[0]], c.first, g[1], has_and=True, both=c.both,
                  people=c.people, conj=[*(c.conj or [0]), len(c.mentions)])


def _group_at(s: _Sent, j: int) -> tuple[Mention, int] | None:
    """A group of states described, not named (`GROUP_DESCRIPTIONS`: `سه کشور اروپایی`),
    within `GROUP_PEOPLE_MAX` words from token j (`وزیران خارجه سه کشور اروپایی`), when
    the document names every member of the group (`GROUP_MEMBERS`): (a mention standing
    for the group, its last token); None otherwise."""
    L = _lex()
    keys = s.keys
    for k in range(j, min(len(keys), j + 1 + lex.GROUP_PEOPLE_MAX)):
        n = s.match(k, L["group_descriptions"])
        if n:
            break
        if s.is_stop(k) or k in s.chain_first or s.is_verb(k):
            return None
    else:
        return None
    group = L["group_of"].get(tuple(keys[k:k + n]), "")
    members = lex.GROUP_MEMBERS.get(group, ())
    if not members or not {m.country for m in s.doc.mentions}.issuperset(members):
        return None
    first, last = s.tokens[k], s.tokens[k + n - 1]
    surface = s.doc.text[first.start:last.end]
    return Mention(s.sent.sent_id, first.start, last.end, surface, group, "org", group,
                   ""), k + n - 1


def _counterparts_in(s: _Sent, b: int) -> _Chain | None:
    """`با همتای(ان) (خود) در X، Y و Z`: the chain of countries (or capitals) right after
    the `در` that follows a counterpart word (with an owner word or none)."""
    L = _lex()
    keys = s.keys
    j = b + 1
    if j >= len(keys) or keys[j] not in L["counterpart"]:
        return None
    j += 1
    if j < len(keys) and keys[j] in L["counterpart_owners"]:
        j += 1
    if j + 1 >= len(keys) or keys[j] != IN:
        return None
    c = s.chain_first.get(j + 1)
    if c is None or not all(m.entity_type in ("country", "capital") for m in c.mentions):
        return None
    return c


def _genitive_chain(s: _Sent, i: int, n: int, hi: int) -> _Chain | None:
    """The party right after a trigger noun (`دیدار ظریف`, `گفت‌وگوی تلفنی X و Y`)."""
    j = i + n
    if j < hi and s.keys[j] in (lex.REFLEXIVE, WITH):
        return None
    c = s.chain_starting_after(i + n - 1, max_gap=3)
    if c is None or c.first >= hi:
        return None
    return c


def _members_of_bodies(s: _Sent, chain: _Chain) -> bool:
    """Whether a session's parties are the members of organisations (`نشست فوق‌العاده
    سران کشورهای عضو اتحادیه عرب و سازمان همکاری اسلامی`, `اجلاس اعضای ناتو و
    اتحادیه اروپا`): every conjunct an organisation, and a member word (`عضو`,
    `اعضای`) in the chain's first mention or right before it. Such a joint summit is a
    conference (README), not a meeting of the two bodies; the bilateral meetings on
    its sidelines are read from their own phrases."""
    heads = [chain.mentions[k] for k in (chain.conj or [0]) if k < len(chain.mentions)]
    if not heads or not all(m.country.startswith("IGO:") for m in heads):
        return False
    member = _lex()["member_words"]
    first = chain.mentions[0]
    if any(_key(w) in member for w in first.surface.split()):
        return True
    return any(s.keys[j] in member for j in range(max(0, chain.first - 2), chain.first))


def _oblique_genitive(s: _Sent, i: int, n: int) -> _Chain | None:
    """The parties after a meeting noun inside a topic phrase (`گزارش‌ها درباره دیدار
    احتمالی لاوروف و بلینکن … را تکذیب کرد`): the mentions of the phrase, beginning
    within two words of the noun (`احتمالی`, `دو جانبه`), joined by `و` or a list comma
    or adjacent (a name and its title). Mentions of a topic phrase form no chain of
    the sentence (they are spoken about), so `_genitive_chain` does not see them."""
    keys, oblique = s.keys, s.oblique
    out: list[Mention] = []
    conj: list[int] = []
    first = last = -1
    has_and = False
    for m, (a, b) in zip(s.mentions, s.span):
        if a < i + n:
            continue
        if a not in oblique:
            break
        if not out:
            if a - (i + n) > 2 or any(k in _OBLIQUE_END or k in COMMAS
                                      for k in keys[i + n:a]):
                return None
            out, conj, first = [m], [0], a
        else:
            between = keys[last + 1:a]
            if between and not all(k == AND or k in COMMAS for k in between):
                break
            if between:
                has_and = has_and or AND in between
                conj.append(len(out))
            elif m.country != out[-1].country:
                break
            out.append(m)
        last = b
    if not out:
        return None
    return _Chain(out, first, last, has_and=has_and, conj=conj)


def _destination(s: _Sent, i: int, lo: int, hi: int, kind: str) -> _Chain | None:
    """The place a visit goes to: `به PLACE`, `عازم PLACE`, `در PLACE به سر می‌برد`."""
    L = _lex()
    best = None
    for c in s.chains:
        if c.first < lo or c.last >= hi or not c.mentions:
            continue
        if not all(m.entity_type in ("country", "capital") for m in c.mentions):
            continue
        j = c.first - 1
        while j >= 0 and (s.words[j] in ("«", '"') or s.keys[j] in L["place_fillers"]):
            j -= 1
        if j < 0:
            continue
        prev = s.words[j]
        ok = prev in L["destination"] or (prev == IN and kind == "stay")
        if prev == IN and kind == "visit" and j > 0 and i < j and j - i <= 4:
            ok = True  # `سفری رسمی در هند`
        if not ok:
            continue
        dist = abs(c.first - i)
        if dist > 8:
            continue
        if best is None or dist < abs(best.first - i):
            best = c
    return best


def _sentence_meetings(ctx: _Context, s: _Sent) -> None:
    L = _lex()
    n_tok = len(s.keys)
    if n_tok == 0 or (not s.chains and not s.find(L["both"], 0, n_tok)):
        return
    # Only tokens that start a trigger, or whose key starts a stay or motion phrase or is
    # an arrival verb, can be read as a trigger below; at any other token the loop just
    # steps on. So the loop visits these tokens only (in order, skipping those inside
    # the last trigger read), and a sentence without any does nothing.
    if s.loop_tokens:
        cands = sorted({*s.triggers, *s.loop_tokens})
    else:
        cands = sorted(s.triggers)
    if not cands:
        return
    if s.find(L["not_meeting"], 0, n_tok):
        return
    i = 0
    seen_pairs: dict[tuple[str, str, str], _Raw] = {}
    for c in cands:
        if c < i:  # inside the trigger read last
            continue
        i = c
        trig = _trigger_at(s, i)
        kind_override = None
        if trig is None:
            # a motion verb after a destination (`به هند رفت`), a stay (`در امارات به سر می‌برد`)
            key = s.keys[i]  # (`match` is 0 unless a sequence starts with this key)
            stay = s.match(i, L["stay"]) if key in L["stay"] else 0
            motion = s.match(i, L["motion"]) if key in L["motion"] else 0
            if stay:
                trig, kind_override = (stay, "visit", s.words[i]), "stay"
            elif motion and i > 0 and (i - 1) in s.chain_last_set:
                trig, kind_override = (motion, "visit", s.words[i]), "visit"
            elif s.keys[i] in L["arrive"] and _after_destination_marker(s, i):
                trig, kind_override = (1, "visit", s.words[i]), "visit"
        if trig is None:
            i += 1
            continue
        n, kind, _ = trig
        kind = kind_override or kind
        found = _trigger_pairs(ctx, s, i, n, kind)
        if found:
            lo, hi = _clause(s, i)
            status = _status(s, i, n, lo, hi, kind)
            if status is not None:
                mode = _mode(s, i, lo, hi, kind)
                day, date = _day(ctx.doc, s, i, lo, hi, status)
                rows = [(a, b, status) for a, b in found]
                if status == "not_held" and s.find(L["not_together"], lo, hi):
                    # the mediator met each side (first: the two sides stay the last pair)
                    rows[:0] = [(a, b, "held") for a, b in _mediator_pairs(s, i, n, hi, rows)]
                rows = _member_rows(rows)
                for a, b, st in rows:
                    key = (*sorted((a.country, b.country)), st)
                    if key in seen_pairs:  # a second trigger of the same sentence
                        raw = seen_pairs[key]
                        if not raw.day and day:
                            raw.day, raw.date = day, date
                        if _MODE_RANK.get(mode, 0) > _MODE_RANK.get(raw.mode, 0):
                            raw.mode = mode
                        continue
                    trigger = s.doc.text[s.tokens[i].start:s.tokens[i + n - 1].end]
                    weak = st == "held" and kind != "stay" and (
                        s.sent.sent_id == 0 or i in s.oblique or _judged(s, i, n, hi)
                        or _in_apposition(s, i)
                        or not any(s.is_past(j) for j in range(i, hi)))
                    seen_pairs[key] = _Raw(a, b, mode, st, day, date, trigger, s.sent, weak)
                    ctx.raws.append(seen_pairs[key])
        elif i > 0 and s.words[i - 1] in L["anaphoric"] and ctx.raws:
            last, pair = ctx.raws[-1], ctx.last_pair()
            ctx.raws.append(_repeat(last, s.sent))
            # `در این دیدار که X نیز حضور داشت`: X met each party of that meeting. X is
            # marked `ref` so that a later `دو طرف` still means that meeting's parties
            for p in _parties(_attendee_of_last(s, i, n), ctx):
                for q in pair:
                    if p.country and q.country and p.country != q.country:
                        ctx.raws.append(_Raw(_Party(p.country, p.person, ref=True), q,
                                             last.mode, last.status, "", "",
                                             last.trigger, s.sent, last.weak))
        i += n


def _member_rows(rows: list[tuple[_Party, _Party, str]]) -> list[tuple[_Party, _Party, str]]:
    """A group of states named like an organisation (`تروئیکای اروپایی` = IGO:E3,
    `گروه ۵+۱`) met: one row per member state (`GROUP_MEMBERS`), never the group; a
    member meeting its own group gives no row."""
    groups = lex.GROUP_MEMBERS
    if not any(a.country in groups or b.country in groups for a, b, _ in rows):
        return rows
    out = []
    for a, b, st in rows:
        if a.country in groups.get(b.country, ()) or b.country in groups.get(a.country, ()):
            continue
        for ca in groups.get(a.country, (a.country,)):
            for cb in groups.get(b.country, (b.country,)):
                if ca != cb:
                    out.append((_Party(ca, a.person, a.ref), _Party(cb, b.person, b.ref), st))
    return out


def _in_apposition(s: _Sent, i: int) -> bool:
    """Whether the trigger at token i is inside a title between commas after a person
    (`میروسلاو لایچاک، نماینده ویژه اتحادیه اروپا در گفت‌وگوی بلگراد و پریشتینا، هم
    گفت …`): the segment opens with a role and has no verb and no `با`. It describes the
    person's office (a process), not a meeting reported."""
    keys = s.keys
    a = next((j for j in range(i - 1, -1, -1) if keys[j] in COMMAS or keys[j] in BOUNDARY),
             None)
    if a is None or keys[a] not in COMMAS or a == 0:
        return False
    b = next((j for j in range(i + 1, len(keys)) if keys[j] in COMMAS or keys[j] in BOUNDARY),
             None)
    if b is None or keys[b] not in COMMAS or any(s.is_verb(j) or keys[j] == WITH
                                                 for j in range(a + 1, b)):
        return False  # (`X، رئیس‌جمهور روسیه در دیدار با Y، گفت`: a meeting reported)
    types = {}  # first and last token → type, of every mention
    for m, (x, y) in zip(s.mentions, s.span):
        types[("first", x)], types[("last", y)] = m.entity_type, m.entity_type
    return types.get(("last", a - 1)) == "person" and types.get(("first", a + 1)) == "role"


def _mediator_pairs(s: _Sent, i: int, n: int, hi: int,
                    found: list[tuple[_Party, _Party, str]]) -> list[tuple[_Party, _Party]]:
    """`نشست میانجیگری اتحادیه اروپا میان صربستان و کوزوو … با هم ننشستند`: the two
    sides did not sit together, but the mediator named right after the trigger noun met
    each of them: (mediator, side) for every side of `found`."""
    L = _lex()
    for j in range(i + n, min(hi, i + n + 2)):
        if s.keys[j] in L["mediation"]:
            inside = s._mediator_tokens(j)
            med = next((m for m, (x, _) in zip(s.mentions, s.span) if x in inside), None)
            if med is None:
                return []
            sides: dict[str, _Party] = {}
            for a, b, _ in found:
                sides.setdefault(a.country, a)
                sides.setdefault(b.country, b)
            return [(_Party(med.country, med.person), p) for c, p in sides.items()
                    if c != med.country]
        if s.is_stop(j):
            break
    return []


def _judged(s: _Sent, i: int, n: int, hi: int) -> bool:
    """Whether the trigger's phrase is the object of a verb of calling or judging
    (`آغاز مذاکرات X و Y را «تابویی دیگر» خوانده`): characterized, not reported."""
    L = _lex()
    obj = next((j for j in range(i + n, hi) if s.keys[j] == lex.OBJECT_MARKER
                or s.is_verb(j)), None)
    if obj is None or s.keys[obj] != lex.OBJECT_MARKER:
        return False
    verb = next((j for j in range(obj + 1, hi) if s.keys[j] in L["judgement"]
                 or s.is_verb(j)), None)
    return verb is not None and s.keys[verb] in L["judgement"]


def _after_destination_marker(s: _Sent, i: int) -> bool:
    """`وارد تهران شد`, `عازم ریاض می‌شود`: a place right before i, `وارد`/`عازم` before it."""
    L = _lex()
    for c in s.chains:
        if c.last == i - 1 and c.first > 0:
            j = c.first - 1
            while j > 0 and s.keys[j] in L["place_fillers"]:
                j -= 1
            return s.keys[j] in L["arrival_markers"]
    return False


def _attendee_of_last(s: _Sent, i: int, n: int) -> _Chain | None:
    """Who also attended the meeting a back-reference (`این دیدار`, at token i) points
    to: `در این دیدار که X (نیز) حضور داشت`, `در این دیدار با حضور X`, `X نیز در این
    نشست حاضر بود / شرکت داشت` (`PRESENT_AT_VERBS`). None when the sentence says no
    such thing."""
    L = _lex()
    keys = s.keys
    j = i + n
    if j < len(keys) and keys[j] == THAT:
        c = s.chain_starting_after(j, max_gap=1)
        if c is None:
            return None
        # the verb within five words (the rest of a title: `فرستاده ویژه … در امور
        # خاورمیانه نیز حضور داشت`), no other verb, `که` or comma before it
        for k in range(c.last + 1, min(len(keys), c.last + 6)):
            if s.match(k, L["present_at"]):
                return c
            if s.is_verb(k) or keys[k] == THAT or keys[k] in BOUNDARY or keys[k] in COMMAS:
                return None
        return None
    k = s.match(j, L["presence"]) if j < len(keys) else 0
    if k:
        return s.chain_starting_after(j + k - 1, max_gap=1)
    if i >= 2 and keys[i - 2] == IN and s.match(j, L["present_at"]):
        c = next((c for c in reversed(s.chains) if c.last < i - 2), None)
        if c is not None and all(keys[t] in lex.ALSO_WORDS for t in range(c.last + 1, i - 2)):
            return c
    return None


def _repeat(raw: _Raw, sent: Sentence) -> _Raw:
    """A second report (`در این دیدار`) of the last meeting (as weak as the first)."""
    return _Raw(raw.a, raw.b, raw.mode, raw.status, "", "", raw.trigger, sent, raw.weak)


def _parties(chain: _Chain | None, ctx: _Context) -> list[_Party]:
    if chain is None:
        return []
    if chain.both:
        pair = ctx.last_pair()
        if pair:  # `با هر دو رهبر`, `رهبران دو کشور`: the two who met last; their
            # names only for a phrase naming people (`دو رهبر`), not `دو کشور` (the
            # countries: `کمیسیون مشترک دو کشور` is no meeting of those two persons)
            return [_Party(p.country, p.person if chain.people else "", ref=True)
                    for p in pair]
        return [_Party(c, ref=True) for c in ctx.recent[-2:]] if len(ctx.recent) >= 2 else []
    return [_Party(c, chain.person_of(c)) for c in chain.countries]


def _cross(left: list[_Party], right: list[_Party]) -> list[tuple[_Party, _Party]]:
    out = []
    for a in left:
        for b in right:
            if a.country and b.country and a.country != b.country:
                out.append((a, b))
    return out


def _within(parties: list[_Party]) -> list[tuple[_Party, _Party]]:
    out = []
    for x in range(len(parties)):
        for y in range(x + 1, len(parties)):
            if parties[x].country != parties[y].country:
                out.append((parties[x], parties[y]))
    return out


def _left_side(ctx: _Context, s: _Sent, anchor: int, hi: int,
               taken: tuple[_Chain | None, ...] = ()) -> list[_Party]:
    """The other side: the subject before `anchor`; else the first free party after it in
    the clause (`در دیدار با X، وزیر خارجه Y گفت`); else the document's topic."""
    subj = _subject(s, anchor)
    if subj is not None:
        return _parties(subj, ctx)
    if _unknown_named_subject(s, anchor):
        # `برت مک‌گورک، هماهنگ‌کننده …، در دوحه با Y دیدار کرد`: not the topic; but
        # `… و تفاهم‌نامه … میان دو کشور به امضا رسید`: the other of the two countries
        return _other_of_two(ctx, s, anchor, taken)
    ids = {id(c) for c in taken if c is not None}
    for c in s.chains:
        if c.first > anchor and c.last < hi and id(c) not in ids and c.mentions \
                and not _preceded_by_marker(s, c.first):
            return _parties(c, ctx)
    if s.find(_lex()["both"], _subject_lo(s, anchor), anchor) and ctx.raws:
        return [_Party(p.country, p.person, ref=True) for p in ctx.last_pair()]
    # `X: با Y دیدار خواهم کرد`: the speaker before a colon
    colon = next((j for j in range(anchor - 1, -1, -1) if s.keys[j] == ":"), None)
    if colon is not None:
        speaker = next((c for c in reversed(s.chains) if c.last < colon), None)
        if speaker is not None and speaker.last == colon - 1:
            return _parties(speaker, ctx)
    return list(ctx.topic)


def _other_of_two(ctx: _Context, s: _Sent, anchor: int,
                  taken: tuple[_Chain | None, ...]) -> list[_Party]:
    """The country of an unknown named subject (`_unknown_named_subject`: `سید عباس
    حسینی، رئیس سازمان حج و زیارت، … با توفیق الربیعه، وزیر حج و عمره عربستان سعودی،
    دیدار کرد`) when its sentence, after the subject, speaks of `دو کشور` (`… و تفاهم‌نامه
    … میان دو کشور به امضا رسید`, `درباره همکاری‌های دو کشور گفت‌وگو کرد`): the document
    names exactly two states, the counterpart's and one other, and that one is the
    subject's. Nothing otherwise (`[]`: the subject stays unknown)."""
    L = _lex()
    if not any(s.match(j, L["both"]) and not s.match(j, L["both_people"])
               for j in s.find(L["both"], anchor, len(s.keys))):
        return []  # only `دو کشور` / `هر دو کشور` (not `دو طرف`, `دو وزیر`)
    states = {m.country for m in ctx.doc.mentions
              if m.country and not m.country.startswith(("IGO:", "ORG:"))}
    if len(states) != 2:
        return []
    met = {m.country for c in taken if c is not None for m in c.mentions if m.country}
    if len(met) != 1 or not met <= states:
        return []
    (other,) = states - met
    return [_Party(other, ref=True)]


def _unknown_named_subject(s: _Sent, anchor: int) -> bool:
    """Whether the clause before `anchor` opens with a subject of its own that is no
    mention: one to four words (a name the gazetteer does not know), a comma, an
    appositive opening with a role head (`هماهنگ‌کننده`, `مشاور`, `فرستاده`), and a
    comma before `anchor` (`همزمان برت مک‌گورک، هماهنگ‌کننده امور خاورمیانه در کاخ
    سفید، در دوحه با نخست‌وزیر قطر دیدار کرد`). Such a sentence never takes its
    subject from an earlier one. A source line before it (`به گزارش ایرنا، سید عباس
    حسینی، رئیس …، … دیدار کرد`) is skipped."""
    L = _lex()
    keys = s.keys
    lo = _subject_lo(s, anchor)
    src = s.source.get(lo)
    if src is not None and src < anchor:
        lo = src + 1 if keys[src] in COMMAS else src
    c1 = next((j for j in range(lo, anchor) if keys[j] in COMMAS), None)
    if c1 is None or not 1 <= c1 - lo <= 4 or c1 + 1 >= anchor:
        return False
    if any(s.is_verb(j) or s.is_stop(j) or j in s.chain_first for j in range(lo, c1)):
        return False
    if not any(keys[c1 + 1].startswith(h) for h in L["appositive_heads"]):
        return False
    return any(keys[j] in COMMAS for j in range(c1 + 2, anchor))


def _both_subject(ctx: _Context, s: _Sent, i: int) -> list[tuple[_Party, _Party]]:
    """`دو طرف … گفت‌وگو کردند`: the two parties of the last meeting reported; with none
    reported yet, `هیئت‌های دو کشور … دیدار کردند` (people of the two sides,
    `BOTH_SIDES_PEOPLE`, or `دو طرف`, `دو هیئت`: `BOTH_PARTICIPANTS`) are those of the
    two countries the headline or lead names (`_lead_pair`)."""
    L = _lex()
    lo = _subject_lo(s, i)
    found = s.find(L["both"], lo, i)
    if not found:
        return []
    named = [c for c in s.chains if c.first >= lo and c.last < i
             and not _preceded_by_marker(s, c.first)]
    if named and not _both_in_apposition(s, named, found[-1], i):
        return []
    if ctx.raws:
        a, b = (_Party(p.country, p.person, ref=True) for p in ctx.last_pair())
        return _named_in_pair([(a, b)], named)
    p = found[-1]
    if not (s.match(p, L["both_people"])
            or not L["both_sides_people"].isdisjoint(s.keys[max(lo, p - 3):p])):
        return []  # `دو کشور` alone: not necessarily people who met
    pair = _lead_pair(ctx.doc)
    if pair is None:
        return []
    return _named_in_pair([(_Party(pair[0], ref=True), _Party(pair[1], ref=True))], named)


def _both_in_apposition(s: _Sent, named: list[_Chain], p: int, i: int) -> bool:
    """Whether the both-phrase at token p restates a subject whose second member the
    sentence names but no mention covers (`X و جلیل عباس جیلانی، وزرای خارجه دو کشور،
    گفت‌وگو کردند`): the chains end before p, a `و` right after the last of them, a
    comma before p and one closing the phrase before the trigger at i, with no verb or
    `که` between (`X و دیگران، وزرای خارجه دو کشور را …`: an object, no apposition)."""
    last = max(c.last for c in named)
    if last + 1 >= p or s.keys[last + 1] != AND:
        return False
    end = p + max(1, s.match(p, _lex()["both"]))
    if end >= i or s.keys[end] not in COMMAS:
        return False
    between = range(last + 1, p)
    return (any(s.keys[k] in COMMAS for k in between)
            and not any(s.is_verb(k) or s.keys[k] == THAT for k in between))


def _named_in_pair(pairs: list[tuple[_Party, _Party]],
                   named: list[_Chain]) -> list[tuple[_Party, _Party]]:
    """The pair of a both-phrase, with the persons of the subject's named chains put in
    (`X و Y، وزرای خارجه دو کشور`: X is one of the two); nothing when a named party is
    not one of the pair (the both-phrase then means other countries)."""
    if not named:
        return pairs
    (a, b), = pairs
    for c in named:
        for country in c.countries:
            if country not in (a.country, b.country):
                return []
            person = c.person_of(country)
            if country == a.country:
                a = _Party(a.country, person or a.person, a.ref)
            else:
                b = _Party(b.country, person or b.person, b.ref)
    return [(a, b)]


def _lead_pair(doc: Document) -> tuple[str, str] | None:
    """The two countries the headline names (`درگیری مرزی افغانستان و پاکستان`), else
    the first body sentence, when it names exactly two (persons and bodies count for
    their country); None otherwise (the referent of `دو کشور` is unclear)."""
    title_end = len(doc.title)
    head: set[str] = set()
    lead: set[str] = set()
    lead_id = next((st.sent_id for st in doc.sentences if st.start > title_end), None) \
        if title_end else (doc.sentences[0].sent_id if doc.sentences else None)
    for m in doc.mentions:
        if not m.country:
            continue
        if title_end and m.end <= title_end:
            head.add(m.country)
        elif m.sent_id == lead_id:
            lead.add(m.country)
    for names in (head, lead):
        if len(names) == 2:
            a, b = sorted(names)
            return a, b
    return None


def _trigger_pairs(ctx: _Context, s: _Sent, i: int, n: int,
                   kind: str) -> list[tuple[_Party, _Party]]:
    """The pairs of parties that met according to the trigger at token i."""
    L = _lex()
    if kind == "credentials":
        return _credentials_pairs(ctx, s, i, n)
    if kind == "next_stop":
        return _next_stop_pairs(ctx, s, i, n)
    joined = _joined_pairs(ctx, s, i, n, kind)
    if joined:
        return joined
    if i > 0 and s.words[i - 1] in L["anaphoric"]:
        return []
    lo, hi = _clause(s, i)
    if _not_a_handshake(s, i, lo):
        return []
    lo_subj = _subject_lo(s, i)
    if kind == "invite":
        return _invite_pairs(ctx, s, i, lo_subj, hi)
    if kind == "receive":
        return _receive_pairs(ctx, s, i, n, lo_subj, hi)
    if kind == "call" and _in_contact(s, i, n, hi):
        return []
    if kind == "sign" and _one_sided_signing(s, i, n, lo_subj, hi):
        return []
    present = _presence_pairs(ctx, s, i, n, hi, kind)
    if present:
        return present
    if i in s.oblique and kind not in ("host", "welcome"):
        # a trigger noun inside a topic or purpose phrase (`درباره سفر X به Y`,
        # `برای دیدار با Y`): only the parties of the phrase itself
        g = _genitive_chain(s, i, n, hi)
        w, b = _with_chain(s, i, n, i, hi)
        if g is None and kind in ("meet", "talk", "call", "session", "visit"):
            # `درباره دیدار احتمالی X و Y`, `درباره دیدار X با Y`: the phrase's own
            # persons (its mentions form no chain of the clause)
            g = _oblique_genitive(s, i, n)
            if g is not None and w is None and not s.find(L["later_denial"], i + n,
                                                          len(s.keys)):
                # `درباره سفر روحانی به توکیو`, `برای میزبانی مذاکرات میان X و Y`,
                # `روند گفت‌وگوهای غیرمستقیم X و Y`: a meeting spoken of, whose status
                # the sentence seldom gives; only a denied one (`… را تکذیب کرد`) is read
                g = None
            if g is not None and not g.has_and and w is None and kind != "visit":
                g = None  # `درباره دیدار اردوغان`: whom the speaker met is unsaid
        if g is None:
            # `برای دیدار با Y`: the subject wants to meet Y (planned, or not_held)
            if w is None or b < i or kind not in ("meet", "talk", "call"):
                return []
            if _generic_topic(s, i, n):
                return []  # `درباره مذاکره با آمریکا پاسخ داد`: a subject, no encounter
            return _cross(_left_side(ctx, s, i, hi, (w,)), _parties(w, ctx))
        if kind == "visit":
            place = _destination(s, i, lo_subj, hi, kind)
            if place is None or _ordinary_travellers(s, g, i + n, hi):
                return []  # (`درباره سفر زائران ایرانی به عراق`: no officials' visit)
            return _cross(_parties(g, ctx), _parties(place, ctx))
        if w is not None:
            return _cross(_parties(g, ctx), _parties(w, ctx))
        parts = _parties(g, ctx)
        if g.has_and or g.both:
            return _within(parts)
        if kind == "meet":  # `برای دیدار اردوغان`: to meet Erdogan
            return _cross(_left_side(ctx, s, i, hi, (g,)), parts)
        return []

    # visits: a visitor and a place
    visit_of = kind == "meet" and i + n < len(s.keys) and s.keys[i + n] == FROM
    if kind in ("visit", "stay") or visit_of:
        if visit_of:  # `دیدار از سوئیس و فرانسه`
            place = s.chain_starting_after(i + n, max_gap=0)
            if place is not None and not all(m.entity_type in ("country", "capital")
                                             for m in place.mentions):
                place = None
        else:
            place = _destination(s, i, lo_subj, hi, kind)
        if place is None and not visit_of:
            return []
        if place is not None:
            if s.find(L["event"], lo, hi):
                return []
            visitor = None
            if kind == "visit" and _trigger_at(s, i):
                g = _genitive_chain(s, i, n, hi)
                if g is not None and g is not place and g.first < place.first:
                    visitor = g
            if visitor is None:
                visitor = _subject(s, min(i, place.first))
            if _ordinary_travellers(s, visitor, lo_subj, min(i, place.first)):
                return []
            who = _parties(visitor, ctx) if visitor is not None else list(ctx.topic)
            return _cross(who, _parties(place, ctx))

    to_meet = (i > 0 and s.keys[i - 1] == TO and kind == "meet")  # `به دیدار X رفت`
    genitive = _genitive_chain(s, i, n, hi)
    with_chain, b = _with_chain(s, i, n, lo_subj, hi)
    relative = False
    if with_chain is None:  # `نشستی که قرار بود با Y برگزار شود`
        with_chain, b = _relative_with(s, i, n, hi)
        relative = with_chain is not None
    if with_chain is not None and genitive is not None and genitive.first >= with_chain.first:
        genitive = None
    if to_meet and genitive is not None and with_chain is None and any(
            s.match(j, L["motion"]) for j in range(genitive.last + 1,
                                                   min(hi, genitive.last + 4))):
        with_chain, genitive, b = genitive, None, i

    if kind in ("welcome", "host"):
        before = s.keys[i - 1] if i > 0 else ""
        if kind == "welcome" and before in lex.RECEIVED_BY and genitive is not None:
            # `X مورد استقبال Y قرار گرفت`, `X با بدرقه Y … ترک کرد`: Y receives X
            if not any(m.entity_type in ("person", "role") for m in genitive.mentions):
                return []
            return _cross(_left_side(ctx, s, i - 1, hi, (genitive,)), _parties(genitive, ctx))
        # `از X استقبال کرد`, `میزبانی از X`, `میزبان X بود`
        obj = None
        if i + n < len(s.keys) and s.keys[i + n] == FROM:
            obj = s.chain_starting_after(i + n, max_gap=2)
        if obj is None and kind == "host":
            obj = genitive
        if obj is None:
            for j in range(i - 1, lo - 1, -1):
                if s.keys[j] == FROM:
                    c = s.chain_starting_after(j, max_gap=2)
                    if c is not None and c.last < i:
                        obj = c
                        break
        if obj is None or not any(m.entity_type in ("person", "role") for m in obj.mentions):
            return []
        return _cross(_left_side(ctx, s, min(i, obj.first), hi, (obj,)), _parties(obj, ctx))

    if with_chain is None and kind in ("session", "talk"):
        # `X در نشست سه‌جانبه‌ای در پکن با وزیران خارجه Y و Z شرکت کند`
        with_chain, b = _attended_with(s, i, n, hi)
        if with_chain is not None:
            return _cross(_left_side(ctx, s, i, hi, (with_chain,)), _parties(with_chain, ctx))
    if kind == "session":
        # `نشست X و Y`, `نشست (خبری) با Y`; never the venue (`در حاشیه نشست ناتو`)
        if with_chain is not None and (i + n <= b <= i + n + 1 or relative):
            return _cross(_left_side(ctx, s, i, hi, (with_chain,)), _parties(with_chain, ctx))
        if genitive is not None and (genitive.has_and or genitive.both):
            if _members_of_bodies(s, genitive):
                return []  # `نشست سران کشورهای عضو اتحادیه عرب و سازمان همکاری اسلامی`
            return _within(_parties(genitive, ctx))
        if _venue_session(s, i, n):
            return []  # `X و Y در نشست سران … شرکت کردند`: attended a conference
        genitive = with_chain = None  # `X و Y نشستی برگزار کردند`: below

    if with_chain is not None:
        owner = _possessor(s, i, n, b) or _addressee(s, i, n, lo, hi)
        if owner is not None:
            left = _with_topic_people(_parties(owner, ctx), ctx)
        elif genitive is not None:
            left = _parties(genitive, ctx)
        else:
            left = _left_side(ctx, s, min(b, i), hi, (with_chain,))
        return _cross(left, _parties(with_chain, ctx))

    if kind == "welcome":
        return []

    # `گفت‌وگوی تلفنی X و Y`, `مذاکرات تجاری آمریکا و کانادا`
    if genitive is not None:
        parts = _parties(genitive, ctx)
        if (genitive.has_and or genitive.both) and len({p.country for p in parts}) >= 2:
            return _within(parts)
        if kind == "meet" and not genitive.both and not s.find(L["reciprocal"], i, hi):
            # `دیدار اردوغان`, `در جریان دیدار لاورنتیف، …`: X is the one met
            return _cross(_left_side(ctx, s, i, hi, (genitive,)), parts)
    # `گفتگو میان وزرای تجارت دو کشور`, `مذاکرات میان X و Y`
    for j in range(i + n, min(hi, i + n + 4)):
        if s.keys[j] in lex.BETWEEN:
            c = s.chain_starting_after(j, max_gap=3)
            parts = _parties(c, ctx)
            if c is not None and (c.has_and or c.both) and len({p.country for p in parts}) >= 2:
                return _within(parts)
            break
    # `وزارت خارجه قطر اعلام کرد که هیئت‌های دو کشور در دوحه دیدار کرده‌اند`: the two
    # sides are the subject of the reported clause, not the speaker
    if kind in ("meet", "talk", "call"):
        both = _both_subject(ctx, s, i)
        if both:
            return both
    # `X و Y … گفت‌وگو کردند`, `X و Y با یکدیگر دیدار کنند`, `X و Y در گفت‌وگویی
    # تلفنی بر … تاکید کردند`; not `X و Y در گفت‌وگو با رسانه‌ها گفتند` (someone else)
    subj = _subject(s, i)
    if subj is not None and (subj.has_and or subj.both) and not _unnamed_with(s, i, n, hi):
        parts = _parties(subj, ctx)
        if len({p.country for p in parts}) >= 2 and (
                _plural_or_reciprocal(s, subj, i, hi) or _meeting_phrase(s, i, n, hi)):
            return _within(parts)
    return _joint_subject_pairs(ctx, s, i, n, hi, kind)


def _next_stop_pairs(ctx: _Context, s: _Sent, i: int,
                     n: int) -> list[tuple[_Party, _Party]]:
    """`مقصد بعدی وزیر کنیا است`, `ایستگاه بعدی سفر او کنیا خواهد بود`
    (`NEXT_STOP_PHRASES`): the traveller right after the phrase (a person or role, or a
    pronoun for the topic), the place (a country or capital) right after him, then a
    present or future copula: (traveller, place). Nothing otherwise (`مقصد بعدی این
    محموله …`, `مقصد نهایی پناهجویان آلمان است`: no official)."""
    L = _lex()
    keys = s.keys
    j = i + n
    if j < len(keys) and keys[j] in L["next_stop_fillers"]:
        j += 1
    if j >= len(keys):
        return []
    # the mentions from j to the copula (the traveller and the place may form one chain:
    # `وزیر، کنیا`, `رئیس‌جمهور ایران نایروبی`)
    end = next((k for k in range(j, min(len(keys), j + 12))
                if s.match(k, L["next_stop_copulas"])), None)
    if end is None:
        return []
    ms = [m for m, (x, y) in zip(s.mentions, s.span) if j <= x and y < end]
    if not ms or ms[-1].entity_type not in ("country", "capital"):
        return []
    place = ms[-1]
    if keys[j] in L["possessive"]:  # `مقصد بعدی او`: the topic's
        if len(ms) > 1:
            return []
        who = list(ctx.topic)
    else:
        first = next((x for m, (x, _) in zip(s.mentions, s.span) if m is ms[0]), -1)
        if first != j or ms[0].entity_type not in ("person", "role"):
            return []
        who = [_Party(ms[0].country, ms[0].person or ms[0].surface)]
    return _cross(who, [_Party(place.country)])


def _not_a_handshake(s: _Sent, i: int, lo: int) -> bool:
    """Whether the trigger at i is a handshake phrase (`HANDSHAKE_PHRASES`: `دست دادند`)
    that reports no handshake between parties: after `از` (`جان خود را از دست دادند`,
    lost their lives), or with no `با` before it in its clause (`X با Y دست داد`, `X و Y
    با یکدیگر دست دادند`; `حالتی به او دست داد` is no encounter)."""
    trig = _trigger_at(s, i)
    if trig is None or trig[2] not in lex.HANDSHAKE_PHRASES:
        return False
    if i > 0 and s.keys[i - 1] in lex.HANDSHAKE_NOT_AFTER:
        return True
    return WITH not in s.keys[lo:i]


def _joint_subject_pairs(ctx: _Context, s: _Sent, i: int, n: int, hi: int,
                         kind: str) -> list[tuple[_Party, _Party]]:
    """Parties that hold a meeting together, as its subject: `چین، روسیه و ایران نشست
    سه‌جانبه‌ای را در پکن برگزار کردند`, `چین به همراه روسیه و ایران نشست … برگزار
    کرد`, `چین با روسیه و ایران نشست … برگزار کرد`, `X همراه با Y و Z گفت‌وگو کردند`:
    one pair per two parties. The verb must be the meeting's own: a holding verb
    (`JOINT_HOLD_WORDS`: `برگزار کرد`, `تشکیل دادند`) later in the clause with no `که`
    or other verb between, or the trigger's light verb (`دیدار کردند`). The subject is
    the last chain before the trigger (at most three other words between), a list
    (`X، Y و Z`), or one party, a coordinator (`JOINT_COORDINATORS`) and the others.
    `ایران با روسیه و چین همکاری می‌کند` has no trigger; `X با Y دیدار کرد` is read
    before (X meets Y)."""
    L = _lex()
    if kind not in ("session", "meet", "talk", "call") or not _joint_verb(s, i, n, hi, kind):
        return []
    lo = _subject_lo(s, i)
    before = [c for c in s.chains if c.first >= lo and c.last < i]
    if not before:
        return []
    last = before[-1]
    gap = [j for j in range(last.last + 1, i) if s.words[j] not in PUNCT_LINK]
    if len(gap) > 3 or any(s.is_stop(j) or s.keys[j] in (WITH, THAT) for j in gap):
        return []
    # a coordinator right before the last chain, and the first party right before it
    coord = next((k for k in (2, 1) if last.first - k >= lo
                  and s.match(last.first - k, L["joint_coordinators"]) == k), 0)
    if coord:
        first = next((c for c in before if c.last == last.first - coord - 1), None)
        if first is None or _preceded_by_marker(s, first.first):
            return []
        parts = _parties(first, ctx) + _parties(last, ctx)
    else:
        if not last.has_and or _preceded_by_marker(s, last.first):
            return []
        parts = _parties(last, ctx)
    if len({p.country for p in parts}) < 2:
        return []
    return _within(parts)


def _joint_verb(s: _Sent, i: int, n: int, hi: int, kind: str) -> bool:
    """Whether the trigger at token i has a verb of its own that holds the meeting: its
    light verb right after it (`دیدار کردند`, `گفت‌وگو کردند`), or a holding word
    (`برگزار`, `تشکیل`) before the clause's first verb after it, with no `که` between
    (`نشست سه‌جانبه‌ای را در پکن برگزار کردند`)."""
    L = _lex()
    if kind != "session" and i + n < hi and s.is_verb(i + n):
        return True
    for j in range(i + n, min(hi, i + n + 12)):
        if s.keys[j] == THAT:
            return False
        if s.keys[j] in L["joint_hold"]:
            return j + 1 < hi and s.is_verb(j + 1)
        if s.is_verb(j):
            return False
    return False


def _attended_with(s: _Sent, i: int, n: int, hi: int) -> tuple[_Chain | None, int]:
    """`X در نشست سه‌جانبه‌ای در پکن با وزیران خارجه Y و Z شرکت کند`: an event noun
    (the trigger, a session or talks) in a `در` phrase, then later in the clause a `با`
    party right before a verb of attending (`ATTEND_WITH_VERBS`): the party X meets
    there. (chain, index of `با`), or (None, -1): no verb or `که` between the trigger
    and `با`, at most twelve words."""
    L = _lex()
    keys = s.keys
    if i == 0 or keys[i - 1] != IN:
        return None, -1
    for j in range(i + n, min(hi, i + n + 12)):
        if keys[j] == THAT or s.is_verb(j):
            return None, -1
        if keys[j] != WITH or s.match(j, L["presence"]):
            continue
        c = _with_party(s, j)
        if c is None:
            continue
        k = c.last + 1  # past an owner word (`با همتای روسی خود شرکت کرد`) or `نیز`
        while k < hi and (keys[k] in L["counterpart_owners"] or keys[k] == lex.ALSO):
            k += 1
        if k < hi and s.match(k, L["attend_with"]):
            return c, j
    return None, -1


def _one_sided_signing(s: _Sent, i: int, n: int, lo: int, hi: int) -> bool:
    """`امضا` pairs co-signers only: not a letter or petition (`۲۰۰ نماینده مجلس نامه‌ای
    را … امضا کرده‌اند`, `طوماری را امضا کردند`: `ONE_SIDED_DOCUMENTS`, in the five
    words before the trigger), nor a `با` phrase that completes a purpose or topic phrase
    (`نامه‌ای را برای توقف همکاری با آژانس امضا کرد`: the agency is what the cooperation
    is with, not a signer)."""
    L = _lex()
    if not L["one_sided"].isdisjoint(s.keys[max(lo, i - 5):i]):
        return True
    w, b = _with_chain(s, i, n, lo, hi)
    return w is not None and 0 < b < i and (b - 1) in s.oblique


def _ordinary_travellers(s: _Sent, visitor: _Chain | None, lo: int, hi: int) -> bool:
    """The trip's subject is ordinary people, not officials: a visit needs a person, an
    official role or a delegation (`هیئت`), which the mentions mark as `person`/`role`.

    `۳ میلیون ایرانی به عراق سفر کردند`, `زائران ایرانی`, `ایرانیان`, `گردشگران … به
    ترکیه سفر کردند`: a visitor chain of demonyms only, headed by a count, a
    `TRAVELLER_NOUNS` word or nothing (a bare or plural demonym); or, with no visitor
    chain, a `TRAVELLER_NOUNS` word or a count opening the subject of [lo, hi).
    """
    L = _lex()
    if visitor is not None:
        if any(m.entity_type not in ("demonym",) for m in visitor.mentions):
            return False
        j = visitor.first - 1
        return j < lo or s.keys[j] in L["travellers"] or _is_count(s.keys[j])
    for j in range(lo, hi):
        if s.keys[j] in L["travellers"] or (_is_count(s.keys[j]) and j + 1 < hi
                                             and s.keys[j + 1] in L["travellers"]):
            return True
        if j in s.chain_first:
            return False  # a party before any traveller word: its trip
    return False


def _is_count(key: str) -> bool:
    """A number word or numeral ending a count (`۴۰۰ هزار`, `۱۲۰۰`)."""
    return key in _lex()["count_words"] or any(ch.isdigit() for ch in key)


def _generic_topic(s: _Sent, i: int, n: int) -> bool:
    """Whether the trigger at token i is a bare activity noun right after a topic marker
    that is not one of purpose (`درباره مذاکره با آمریکا`, `در مورد گفت‌وگو با X`,
    `پیرامون مذاکرات با Y`): negotiating with Y as a subject of discussion, not a meeting.
    An issue noun may come between (`با اشاره به مسئله مذاکره با آمریکا`). A purpose
    (`برای مذاکره با X`: sought) or an event noun (`درباره دیدارش با X`) is kept."""
    L = _lex()
    if "".join(s.keys[i:i + n]) not in L["generic_topic"]:
        return False
    if i > 0 and s.keys[i - 1] in L["issue_nouns"]:
        i -= 1
    for j in (i - 1, i - 2):  # a marker of one or two words ends right before the noun
        if j >= 0 and s.match(j, L["topic"]) == i - j:
            return not s.match(j, L["purpose"])
    return False


def _joined_pairs(ctx: _Context, s: _Sent, i: int, n: int,
                  kind: str) -> list[tuple[_Party, _Party]]:
    """`X، وزیر خارجه Z، و Y نیز در آغاز نشست حضور داشتند`: the subject was present at
    the meeting reported in the sentence before (or this one): each of its parties with
    each party of that meeting. Only a bare or `این` meeting noun right before a verb of
    presence, after `در` and an optional part word (`آغاز`, `پایان`)."""
    L = _lex()
    if kind not in ("meet", "talk", "session") or not ctx.raws or not s.match(i + n, L["attended"]):
        return []
    p = i - 1
    if p >= 0 and s.words[p] in L["anaphoric"]:
        p -= 1
    part = next((q for q in range(max(0, p - 1), p + 1)
                 if q + s.match(q, L["session_parts"]) == p + 1), None)
    if part is not None:
        p = part - 1
    if p < 0 or s.keys[p] != IN:
        return []
    last = ctx.raws[-1]
    if not 0 <= s.sent.sent_id - last.sent.sent_id <= 1:
        return []  # the meeting joined is the one just reported
    subj = _subject(s, p)
    if subj is None or not any(m.entity_type in ("person", "role") for m in subj.mentions):
        return []
    met = [last.a, last.b]
    return _cross(_parties(subj, ctx), [_Party(q.country, q.person, ref=True) for q in met])


def _with_topic_people(parties: list[_Party], ctx: _Context) -> list[_Party]:
    """A bare country (`از ایران خواستند …`) stands for the topic's official of that
    country when the document's topic is one: keep their name."""
    people = {p.country: p for p in ctx.topic if p.person}
    return [people.get(p.country, p) if not p.person else p for p in parties]


def _addressee(s: _Sent, i: int, n: int, lo: int, hi: int) -> _Chain | None:
    """`X از Y خواست با Z دیدار کند`: in a request clause the one asked (the `از` party
    before the request verb) is the one to meet, not the one asking."""
    if not _requested(s, i, n, lo, hi):
        return None
    L = _lex()
    asked = s.find(L["request"], lo, i)[-1]
    for j in range(asked - 1, lo - 1, -1):
        if s.keys[j] == FROM:
            c = s.chain_starting_after(j, max_gap=2)
            if c is not None and c.last < asked and c.mentions:
                return c
    return None


def _possessor(s: _Sent, i: int, n: int, b: int) -> _Chain | None:
    """`X … ترک کرد و دیدار برنامه‌ریزی‌شده او با Y لغو شد`: a possessive `او`/`وی`
    between the trigger and its `با` (token b) stands for the sentence's subject, the
    first person or official of the sentence that is not a prepositional object."""
    if not (i + n <= b <= i + n + 3) or _lex()["possessive"].isdisjoint(s.keys[i + n:b]):
        return None
    for c in s.chains:
        if c.first >= i:
            return None
        if not _preceded_by_marker(s, c.first) and any(
                m.entity_type in ("person", "role") for m in c.mentions):
            return c
    return None


def _presence_pairs(ctx: _Context, s: _Sent, i: int, n: int, hi: int,
                    kind: str) -> list[tuple[_Party, _Party]]:
    """`نشست سه‌جانبه با حضور وزرای خارجه X، Y و Z`: every two listed parties, and the
    subject with each (`X در نشستی با حضور همتایان Y و Z …`). A host named before the
    presence phrase (`نشست … به میزبانی ایران و با حضور X و Y`: `_hosted_by`) meets
    every party present too."""
    if kind not in ("meet", "talk", "session"):
        return []
    L = _lex()
    if not s.matches(L["presence"]):
        return []  # only a presence phrase (below, `k`) leads to pairs
    host: list[_Party] = []
    j, end = i + n, min(hi, i + n + 5)
    # a host phrase may open a little further (`نشست سه‌جانبه روند آستانه روز سه‌شنبه به
    # میزبانی ایران و با حضور …`)
    host_end = min(hi, i + n + 8)
    while j < end or (not host and j < host_end and s.match(j, L["hosted_by"])):
        k = s.match(j, L["presence"])
        if not k:
            h = _hosted_by(s, j, hi)
            if h is not None and not host:
                host = [p for p in _parties(h, ctx) if p.country]
                j, end = h.last + 1, min(hi, h.last + 3)
                continue
            if s.is_stop(j) or j in s.chain_first:
                return []  # `نشست شورای امنیت با حضور …`: an organisation's event
            j += 1
            continue
        c = s.chain_starting_after(j + k - 1, max_gap=2)
        parts = _parties(c, ctx)
        if c is None or c.both:
            return []
        hosts = [p for p in host if p.country not in {q.country for q in parts}]
        if not c.has_and or len({p.country for p in parts}) < 2:
            return _cross(hosts, parts) + _attendee_with_present(ctx, s, i, parts)
        subj = _subject(s, i)
        extra = [p for p in _parties(subj, ctx)
                 if p.country not in {q.country for q in (*parts, *hosts)}]
        return _within(hosts[:1] + extra[:1] + parts)
    return []


def _hosted_by(s: _Sent, j: int, hi: int) -> _Chain | None:
    """The host of `به میزبانی X` (`HOSTED_BY_PHRASES`) opening at token j, its chain
    right after the phrase, when only `HOSTED_BY_FILLERS` stand between it and a
    presence phrase (`به میزبانی ایران و با حضور …`); None otherwise."""
    L = _lex()
    k = s.match(j, L["hosted_by"])
    if not k:
        return None
    c = s.chain_starting_after(j + k - 1, max_gap=0)
    if c is None or c.both or not c.mentions:
        return None
    nxt = c.last + 1
    while nxt < hi and s.keys[nxt] in lex.HOSTED_BY_FILLERS:
        nxt += 1
    return c if nxt < hi and s.match(nxt, L["presence"]) else None


def _attendee_with_present(ctx: _Context, s: _Sent, i: int,
                           present: list[_Party]) -> list[tuple[_Party, _Party]]:
    """`X در نشست سه‌جانبه روند آستانه با حضور Y شرکت کرد` (took part in a meeting with
    Y present): X meets Y. Only with the trigger in a `در` phrase (X is there) and a
    subject of its own; `نشست … با حضور Y برگزار شد` names one side only."""
    if i == 0 or s.keys[i - 1] != IN or not present:
        return []
    subj = _subject(s, i)
    if subj is None:
        return []
    return _cross(_parties(subj, ctx), present)


def _invite_pairs(ctx: _Context, s: _Sent, i: int, lo: int,
                  hi: int) -> list[tuple[_Party, _Party]]:
    """`X Y را … دعوت کرد`, `X از Y برای سفر … دعوت کرد`: inviter and invitee."""
    invitee = s.chain_starting_after(i, max_gap=0)  # `دعوت X به …`: the invitation of X
    if invitee is not None and not any(m.entity_type in ("person", "role", "pronoun")
                                       for m in invitee.mentions):
        invitee = None
    for j in range(i - 1, lo - 1, -1):
        if invitee is not None:
            break
        if s.keys[j] == FROM:
            invitee = s.chain_starting_after(j, max_gap=2)
            if invitee is not None:
                break
        if s.keys[j] == lex.OBJECT_MARKER:
            invitee = next((c for c in reversed(s.chains) if c.last < j), None)
            if invitee is not None and j - invitee.last <= 2:
                break
            invitee = None
    if invitee is None or not any(m.entity_type in ("person", "role", "pronoun")
                                  for m in invitee.mentions):
        return []
    subj = _subject(s, min(i, invitee.first))
    if subj is not None:
        left = _parties(subj, ctx)
    else:  # the host of `دعوت X به توکیو`, else the topic
        place = _destination(s, i, lo, hi, "visit")
        left = _parties(place, ctx) if place is not None else list(ctx.topic)
    return _cross(left, _parties(invitee, ctx))


def _in_contact(s: _Sent, i: int, n: int, hi: int) -> bool:
    """`در تماس (روزانه) با X است`, `با X در تماس هستیم`: being in contact, a standing
    relation, not a call (`lex.CONTACT_STATE_VERBS`): the bare noun after `در`, the
    clause's first verb after it a copula."""
    keys = s.keys
    if i == 0 or keys[i - 1] != IN or keys[i] != _key(normalize(lex.CONTACT_NOUN)):
        return False
    verb = next((j for j in range(i + n, hi) if s.is_verb(j)), None)
    return verb is not None and keys[verb] in _lex()["contact_state"]


def _receive_pairs(ctx: _Context, s: _Sent, i: int, n: int, lo: int,
                   hi: int) -> list[tuple[_Party, _Party]]:
    """`X Y را به حضور پذیرفت` (received Y), `X هیئتی از حماس به ریاست Y را پذیرفت`:
    host and guest. The guest is the object before `را` (right before the verb, past up
    to two words): a delegation phrase (`هیئتی از …`: its parties), or, after `به
    حضور`, the person or role right before `را`. Bare `پذیرفت` (accepted) needs the
    delegation noun (`پیشنهاد ایران را پذیرفت` is no reception); a passive (`به حضور X
    پذیرفته شد`) is not read."""
    L = _lex()
    keys = s.keys
    if i + n < hi and keys[i + n] in L["passive_aux"]:
        return []
    # `را` right before the verb, or past a time or place (`را روز شنبه در قاهره …`)
    r = next((j for j in range(i - 1, max(lo, i - 5) - 1, -1) if keys[j] == lex.OBJECT_MARKER),
             None)
    if r is None or any(s.is_verb(j) or keys[j] in BOUNDARY or keys[j] in (THAT, WITH)
                        for j in range(r + 1, i)):
        return []
    start = next((j for j in range(r - 1, max(lo, r - 10) - 1, -1)
                  if keys[j] in L["delegation"] or s.is_verb(j) or keys[j] in BOUNDARY
                  or keys[j] == THAT), None)
    guests: list[_Party] = []
    if start is not None and keys[start] in L["delegation"]:
        for c in s.chains:  # `هیئتی از حماس به ریاست خلیل الحیه`: PSE, with its head
            if start <= c.first and c.last < r:
                for p in _parties(c, ctx):
                    old = next((q for q in guests if q.country == p.country), None)
                    if old is None:
                        guests.append(p)
                    elif not old.person:
                        old.person = p.person
    elif n > 1:  # `به حضور پذیرفت`: the person or role right before `را`
        c = next((c for c in s.chains if c.last == r - 1), None)
        if c is not None and any(m.entity_type in ("person", "role") for m in c.mentions):
            start, guests = c.first, _parties(c, ctx)
    if not guests:
        return []
    subj = _subject(s, start)
    host = _parties(subj, ctx) if subj is not None else list(ctx.topic)
    return _cross(host, guests)


def _credentials_pairs(ctx: _Context, s: _Sent, i: int,
                       n: int) -> list[tuple[_Party, _Party]]:
    """An ambassador presenting his credentials (the noun at token i, `استوارنامه`)
    meets the one he hands them to (`lex.CREDENTIAL_GIVING_WORDS`):

    - the presenter: the party right after the noun (`استوارنامه سفیر Z`), else the
      clause's subject (`X استوارنامه خود را …`, `X رونوشت استوارنامه خود را …`);
    - the receiver: the party after the first `به` that follows the noun (`… را به Y
      تقدیم کرد`, `تقدیم استوارنامه سفیر Z به Y`), or right after a presenting word
      before the verb (`… را تقدیم Y کرد`); with a receiving word (`دریافت`) after
      the noun, the subject (`Y استوارنامه سفیر Z را دریافت کرد`).

    No pair without a presenting or receiving word in the clause, with an MP's or an
    accreditation committee's credentials (`NOT_CREDENTIAL_CUES`), or when the
    receiver names no person or role (a head of state, a minister)."""
    L = _lex()
    keys = s.keys
    hi = _clause(s, i)[1]
    lo = _subject_lo(s, i)
    if s.find(L["not_credentials"], lo, hi):
        return []
    giving = [j for j in range(lo, hi) if keys[j] in L["credential_giving"]]
    receiving = [j for j in range(i + n, hi) if keys[j] in L["credential_receiving"]]
    if not giving and not receiving:
        return []
    own = i + n < hi and keys[i + n] == lex.REFLEXIVE  # `استوارنامه خود`
    presenter = None if own else _genitive_chain(s, i, n, hi)
    if presenter is not None and any(keys[j] == TO for j in range(i + n, presenter.first)):
        presenter = None  # `استوارنامه را به Y …`: Y is the receiver
    receiver = None
    if giving:
        start = presenter.last if presenter is not None else i + n - 1
        to = next((j for j in range(start + 1, hi) if keys[j] == TO), None)
        if to is not None:
            receiver = s.chain_starting_after(to, max_gap=1)
        if receiver is None:  # `… را تقدیم Y کرد`
            after = [j for j in giving if j > i]
            receiver = s.chain_first.get(after[0] + 1) if after else None
        if presenter is None:
            anchor = i - 1 if i > 0 and keys[i - 1] in L["credential_copy"] else i
            presenter = _subject(s, anchor)
    else:  # `Y استوارنامه سفیر Z را دریافت کرد`
        receiver = _subject(s, i)
    if presenter is None or receiver is None or receiver is presenter:
        return []
    if not any(m.entity_type in ("person", "role") for m in receiver.mentions):
        return []
    return _cross(_parties(presenter, ctx), _parties(receiver, ctx))


def _indefinite(s: _Sent, i: int, n: int) -> bool:
    """Whether the trigger noun at token i (n tokens) is indefinite (`دیداری`,
    `گفت‌وگویی`, `نشستی`): an encounter, not a known event."""
    trig = _trigger_at(s, i)
    if trig is None:
        return False
    stem = _key(normalize(trig[2]).split(" ")[-1])
    return _ending(s.words[i + n - 1], stem) in lex.INDEFINITE_SUFFIXES


def _venue_session(s: _Sent, i: int, n: int) -> bool:
    """A definite session noun in a venue phrase (`در حاشیه نشست`, `در پانزدهمین نشست
    سران`): the conference where parties were, not a session between them."""
    return not _indefinite(s, i, n) and _venue_frame_before(s, i)


def _venue_frame_before(s: _Sent, v: int) -> bool:
    """Whether the event noun at token v opens a venue phrase: a preposition before it,
    past an ordinal and a frame (`در حاشیه پانزدهمین نشست`, `طی سی و چهارمین اجلاس`);
    not `رئیس مجمع عمومی …`, `نمایندگان کنگره …` (a body, not a venue)."""
    L = _lex()
    j = v - 1
    while j >= 0:  # back over an ordinal, `حاشیه`, `جریان` (not another event noun)
        if s.keys[j] in L["non_subject"] or s.keys[j] in L["venue_markers"]:
            return True
        if _is_venue_word(s.keys[j]) and s.keys[j] not in L["venue_nouns"]:
            j -= 1
        elif s.keys[j] == AND and _in_compound_ordinal(s, j):  # `سی و چهارمین`
            j -= 2
        else:
            return False
    return False


def _unnamed_with(s: _Sent, i: int, n: int, hi: int) -> bool:
    """A `با` phrase right after the trigger (past a mode or size word) that names no
    party (`در گفت‌وگو با رسانه‌ها`, `دیدار با خبرنگاران`): the counterpart is someone
    else; `با یکدیگر` (with each other) is not such a phrase."""
    L = _lex()
    for j in range(i + n, min(hi, i + n + 3)):
        if s.keys[j] == WITH:
            return not s.match(j, L["reciprocal"]) and s.chain_starting_after(j) is None
        if s.is_stop(j) or j in s.chain_first:
            return False
    return False


def _meeting_phrase(s: _Sent, i: int, n: int, hi: int) -> bool:
    """`X و Y در گفت‌وگویی کوتاه … توافق کردند`, `در تماسی تلفنی … تاکید کردند`, `در
    دیدار روز گذشته … تاکید کردند`: an indefinite meeting noun (or one of a phone or
    video call, or `دیدار`) in a `در`/`طی` phrase, the clause's verb plural with no other
    subject before it: X and Y met."""
    L = _lex()
    if i == 0 or not (s.keys[i - 1] == IN or s.keys[i - 1] in L["venue_markers"]):
        return False
    kind = _trigger_at(s, i)[1]
    if kind not in ("meet", "talk", "call", "session"):
        return False
    mode_word = i + n < hi and (s.match(i + n, L["phone"]) or s.match(i + n, L["video"])
                                or (i + n) in s.video_tokens())
    # a definite `دیدار` too (`در دیدار روز گذشته`); not definite talks or sessions
    # (`در مذاکرات وین`, `در نشست سران`: multilateral events)
    if not (_indefinite(s, i, n) or mode_word or kind == "meet"):
        return False
    for j in range(i + n, hi):
        if j in s.chain_first and not _preceded_by_marker(s, j) and j not in s.oblique:
            return False  # another subject: `X و Y در دیداری Z را …`
        if s.is_verb(j):
            if j + 1 < hi and s.is_verb(j + 1):
                continue  # a preverb (`تاکید کردند`): the light verb agrees
            return s.words[j].endswith(lex.PLURAL_VERB_ENDINGS)
    return False


def _plural_or_reciprocal(s: _Sent, subj: _Chain, i: int, hi: int) -> bool:
    L = _lex()
    if s.find(L["reciprocal"], subj.last + 1, hi):
        return True
    for j in range(i, min(hi, i + 6)):
        if s.is_verb(j) and s.words[j].endswith(lex.PLURAL_VERB_ENDINGS):
            return True
    trig = _trigger_at(s, i)
    shared = _shared_light_verb(s, i, trig[0], hi) if trig else None
    return shared is not None and s.words[shared].endswith(lex.PLURAL_VERB_ENDINGS)


def _shared_light_verb(s: _Sent, i: int, n: int, hi: int) -> int | None:
    """`دیدار و بر آتش‌بس فوری توافق کرده‌اند`, `دیدار و یادداشت تفاهمی را امضا
    کردند`: a bare trigger noun, `و`, then a phrase ending in a light verb
    (`SHARED_LIGHT_VERBS`) that both conjuncts share: the index of that verb (for
    `خواهند کرد`, of `خواهند`). None if the trigger is not followed by `و`, or the first
    verb of the clause after it is another (`دیدار و سپس به تهران رفت`); at most
    twelve words on, no `که`, comma or clause end between."""
    v = i + n
    if v + 1 >= hi or s.keys[v] != AND:
        return None
    shared = _lex()["shared_light"]
    for j in range(v + 1, min(hi, v + 13)):
        if s.keys[j] == THAT or s.keys[j] in COMMAS:
            return None
        if s.is_verb(j) or s.keys[j] in shared:
            if j + 1 < hi and s.is_verb(j + 1) and s.keys[j] not in shared:
                continue  # a preverb read as a verb (`توافق کردند`)
            return j if s.keys[j] in shared else None
    return None


# --- attributes ---------------------------------------------------------------------------

def _status(s: _Sent, i: int, n: int, lo: int, hi: int, kind: str) -> str | None:
    """held / planned / not_held from the cues of the trigger's clause; None: hypothetical.

    A planned meeting whose sentence goes on to say it was refused or failed
    (`… تا دیداری … برگزار کند که این خواسته با مخالفت ایران مواجه شد`) is not_held.
    """
    L = _lex()
    if kind == "next_stop":
        return "planned"  # (`_next_stop_pairs`: a present or future copula)
    if _spoken_of(s, i, n, lo, hi):
        return None
    status = _clause_status(s, i, n, lo, hi, kind)
    main = _main_verb_status(s, i, lo, hi)
    if main is not None and status != "not_held":
        status = main
    if status == "planned" and s.find(L["failure"], i + n, len(s.keys)):
        return "not_held"
    if status in ("planned", "held") and (_plan_fell_through(s, i, n, lo)
                                          or _called_off_after_contrast(s, i, n)):
        return _rescheduled_after_contrast(s, i, n) or "not_held"
    if status == "planned" and _denied_later(s, i, n):
        return "not_held"
    return status


def _spoken_of(s: _Sent, i: int, n: int, lo: int, hi: int) -> bool:
    """Talks spoken of, not reported: a stance in the trigger's clause (`نباید با X مذاکره
    کرد`, `مخالف مذاکره با X`, `مذاکره با X ممنوع است`, `… فایده ندارد`), or a trigger
    noun opening its clause whose first verb is a present copula or `ندارد` (`مذاکره با
    آمریکا عاقلانه، هوشمندانه و شرافتمندانه نیست`, `… خسارت محض است`, `… هیچ تأثیری …
    ندارد`) with no event predicate in the clause (`… در جریان است`, `امروز`, `این
    دومین نشست … است`). A past copula (`گفت‌وگوهای X با Y سازنده بود`) assesses a
    meeting that took place and is left alone."""
    L = _lex()
    if any(_governs(s, p, i, n) for p in s.find(L["stance"], lo, hi)):
        return True
    if not L["stance_before"].isdisjoint(s.keys[max(lo, i - 2):i]):
        return True
    if i > 0 and s.keys[i - 1] in L["issue_nouns"] and _generic_noun(s, i, n):
        return True  # `مسئله مذاکره با آمریکا`: the question of negotiating with X
    if i in s.quoted and s._first_person(i + n, hi):
        return True  # `«ما یک روزی با آمریکا مذاکره کردیم»`: see `_quoted_report`
    if not _opens_clause(s, i, lo):
        return False  # not the clause's opening noun
    if i + n < hi and s.is_verb(i + n):
        return False  # its own light verb (`گفت‌وگو کرد`)
    if _talks_position(s, i, n, lo, hi):
        return True
    # talks in general: `با` right after the noun (an adjective between at most), no
    # owner named (`مذاکره نخست‌وزیر انگلیس با …`, `گفت‌وگوهای X با Y`: one meeting)
    w = next((j for j in range(i + n, min(hi, i + n + 2)) if s.keys[j] == WITH), None)
    if w is None or any(j in s.chain_first for j in range(i + n, w)):
        return False
    copulas = L["generic_copulas"]  # (`نیست` is no verb to `is_verb`)
    verb = next((j for j in range(i + n, hi) if s.keys[j] in copulas or s.is_verb(j)), None)
    if verb is None or s.keys[verb] not in copulas:
        return False
    if s.keys[verb - 1].endswith(("ده", "ته")):
        return False  # an auxiliary: `… مفید بوده است`, `به نتیجه نرسیده است` (past)
    return not s.find(L["event_predicates"], lo, hi)


def _talks_position(s: _Sent, i: int, n: int, lo: int, hi: int) -> bool:
    """`مذاکرات با پاکستان تنها درباره تروریسم … خواهد بود`: a generic talks noun
    (opening its clause, `با` right after it), a scope word (`تنها`, `فقط`, `درباره`:
    `SCOPE_WORDS`) and then, as the clause's first verb, a future or subjunctive copula
    (`POSITION_COPULAS`), with no event predicate (`EVENT_PREDICATE_CUES`: a day, `برگزار`)
    and no plan word besides the copula (`قرار است`, `هفته آینده`): what talks would be
    about, a position, no meeting."""
    L = _lex()
    if not _generic_noun(s, i, n) or i + n >= hi or s.keys[i + n] != WITH:
        return False
    verb = next((j for j in range(i + n, hi)
                 if s.match(j, L["position_copulas"]) or s.is_verb(j)), None)
    if verb is None or not s.match(verb, L["position_copulas"]):
        return False
    if not s.find(L["scope"], i + n + 1, verb) or s.find(L["event_predicates"], lo, hi):
        return False
    plans = [p for p in s.find(L["planned"], lo, hi) if s.keys[p] not in L["future_aux"]]
    return not plans


def _governs(s: _Sent, p: int, i: int, n: int) -> bool:
    """Whether the stance cue at token p bears on the trigger at token i: no verb between
    them (`نباید با X مذاکره کرد`, `مذاکره با X ممنوع است`), unlike `عراقچی که باید فردا
    به پکن برود، امروز با X دیدار کرد` (another verb's modal)."""
    between = range(p + 1, i) if p < i else range(i + n, p)
    return not any(s.is_verb(j) for j in between)


def _generic_noun(s: _Sent, i: int, n: int) -> bool:
    """Whether the trigger at token i is a bare activity noun (`مذاکره`, `گفت‌وگو`)."""
    return "".join(s.keys[i:i + n]) in _lex()["generic_topic"]


def _main_verb_status(s: _Sent, i: int, lo: int, hi: int) -> str | None:
    """The status carried by the sentence's main verb when a meeting noun opens the
    sentence as its subject and its clause ends at a relative `، که` (`دیدار X با Y، Z،
    که قرار بود در حاشیه … انجام شود، به دلیل … لغو شد`): the relative clause (up to
    the comma after its verb) and comma-set names are skipped, and the rest of the
    sentence, up to its next clause end, says not_held (`لغو شد`) or planned (`…
    برگزار خواهد شد`). None otherwise (the clause decides)."""
    L = _lex()
    keys = s.keys
    if hi >= len(keys) or keys[hi] != THAT or hi == 0 or keys[hi - 1] not in COMMAS:
        return None
    if lo != 0 or not _opens_clause(s, i, lo):
        return None  # not the opening noun of the sentence
    # the comma closing the relative clause: the first comma after a verb
    close = next((j for j in range(hi + 1, len(keys))
                  if keys[j] in COMMAS and s.is_verb(j - 1)), None)
    if close is None:
        return None
    end = next((j for j in range(close + 1, len(keys))
                if keys[j] in BOUNDARY or keys[j] == THAT), len(keys))
    if s.find(L["not_held_clause"], close + 1, end):
        return "not_held"
    if s.find(L["future"], close + 1, end) or s.find(L["planned"], close + 1, end):
        return "planned"
    return None


def _opens_clause(s: _Sent, i: int, lo: int) -> bool:
    """Whether the trigger at token i opens its clause (from token `lo`): only quote
    marks, commas or a source line (`به گزارش X،`) before it."""
    skip = s.source.get(lo, lo)
    return all(s.keys[k] in ("«", '"', "“") or s.keys[k] in COMMAS
               for k in range(skip, i))


def _denied_later(s: _Sent, i: int, n: int) -> bool:
    """`… از احتمال دیدار X با Y خبر داده بودند، اما وزارت … این خبر را تکذیب کرد`:
    a reported or planned meeting, then `اما`/`ولی` and a denial or cancellation
    (`تکذیب`, `لغو`, `هیچ برنامه‌ای … وجود ندارد`) later in the sentence."""
    L = _lex()
    after = next((j for j in range(i + n, len(s.keys)) if s.keys[j] in L["contrast"]), None)
    if after is not None and s.find(L["later_denial"], after + 1, len(s.keys)):
        return True
    return _denied_in_speech(s, i, n)


def _denied_in_speech(s: _Sent, i: int, n: int) -> bool:
    """`درباره دیدار احتمالی X با Y گفت که هیچ برنامه‌ای برای چنین دیداری وجود ندارد`:
    after the trigger, a speech verb and `که`, then a denial cue followed by a meeting
    noun of its own (`چنین دیداری`, `این دیدار`), so that a denial about something
    else (`… گفت که هیچ برنامه‌ای برای تحریم ندارد`) is not read as one."""
    L = _lex()
    keys = s.keys
    for v in s.find(L["denial_speech"], i + n, len(keys)):
        that = v + s.match(v, L["denial_speech"])
        if that < len(keys) and keys[that] == THAT:
            for d in s.find(L["later_denial"], that + 1, len(keys)):
                if any(d < t < d + 8 for t in s.triggers):
                    return True
    return False


def _plan_fell_through(s: _Sent, i: int, n: int, lo: int) -> bool:
    """`قرار بود X با Y دیدار کند، اما …` (was due to meet, but …): a plan in the past
    tense before the trigger, in its clause, and `اما`/`ولی` after it in the sentence."""
    L = _lex()
    if not s.find(L["past_plan"], lo, i):
        return False
    return not L["contrast"].isdisjoint(s.keys[i + n:])


def _called_off_after_contrast(s: _Sent, i: int, n: int) -> bool:
    """`… قرار دیدار داشت، اما این دیدار برگزار نشد` (but this meeting did not take
    place): after the trigger, `اما`/`ولی`, then `این`/`آن`/`چنین` and a meeting noun,
    and a fell-through cue (`برگزار نشد`, `انجام نشد`, `صورت نگرفت`, `لغو شد`) within
    five words of it. The determiner ties the cue to this sentence's meeting, so `…
    دیدار کرد، اما نشست خبری برگزار نشد` stays held."""
    L = _lex()
    ends = (t + s.triggers[t][0] for _, t in _meetings_taken_up_after_contrast(s, i, n))
    return any(s.find(L["fell_through"], e, min(len(s.keys), e + 5)) for e in ends)


def _rescheduled_after_contrast(s: _Sent, i: int, n: int) -> str | None:
    """`قرار بود X با Y دیدار کند، اما این دیدار به روز بعد موکول شد` (was due to meet,
    but this meeting was put off to the next day): after `اما`/`ولی`, a meeting noun
    taken up by `این`/`آن` and postponed (`_postponed`) to a stated time is rescheduled:
    planned. "not_held" when put off with no new time (`… به زمان دیگری موکول شد`);
    None when the contrast clause postpones nothing (then the plan fell through)."""
    first = next(_meetings_taken_up_after_contrast(s, i, n), None)
    if first is None:
        return None
    c, t = first
    return _postponed(s, t, s.triggers[t][0], c + 1, len(s.keys))


def _meetings_taken_up_after_contrast(s: _Sent, i: int, n: int) -> Iterator[tuple[int, int]]:
    """(the contrast word, a meeting trigger right after `این`/`آن`) for each meeting noun
    taken up after the first `اما`/`ولی` following the trigger at `i` (`n` words long)."""
    L = _lex()
    keys = s.keys
    c = next((j for j in range(i + n, len(keys)) if keys[j] in L["contrast"]), None)
    if c is None:
        return
    for d in range(c + 1, len(keys) - 1):
        if keys[d] in L["back_determiners"] and (d + 1) in s.triggers:
            yield c, d + 1


def _noun_plan(s: _Sent, i: int, n: int, hi: int) -> bool:
    """`X با Y قرار دیدار داشت / دارد` (had / has an appointment to meet): `قرار` right
    before the trigger and a form of `داشتن` right after it: a plan, not a meeting."""
    L = _lex()
    return (i > 0 and s.keys[i - 1] == L["plan_noun"] and i + n < hi
            and s.keys[i + n] in L["plan_noun_verbs"])


def _past_light_verb(s: _Sent, i: int, n: int, hi: int) -> bool:
    """Whether the trigger's own verb, right after it, is a finite past (`رایزنی
    کردند`, `دیدار و گفت‌وگو کرد`, `دیدار کرده است`): the meeting took place, whatever
    plan words other phrases of the clause hold. A bare participle (`دیدار کرده و سپس
    … سفر خواهد کرد`) decides nothing."""
    v = i + n
    if v + 1 < hi and s.keys[v] == AND and (v + 1) in s.triggers:
        v += 1 + s.triggers[v + 1][0]  # `دیدار و گفت‌وگو کرد`
    elif v + 1 < hi and s.keys[v] == AND:
        shared = _shared_light_verb(s, i, n, hi)  # `دیدار و بر … توافق کردند`
        if shared is not None:
            v = shared
    if v >= hi or not s.is_verb(v) or not s.is_past(v):
        return False
    if s.keys[v].endswith(("ده", "ته")):  # a participle: finite with an auxiliary only
        return v + 1 < hi and s.keys[v + 1] in _lex()["perfect_aux"]
    return True


def _negated_participation(s: _Sent, i: int, n: int, lo: int, hi: int) -> bool:
    """A negated verb of attending or holding governs the trigger: after it (`در نشست …
    با X شرکت نخواهد کرد`, `در نشستی که قرار بود با X … برگزار شود شرکت نخواهد کرد`)
    with no other verb between but in a relative clause (after `که`); or before it, the
    trigger's verb subjunctive (`حاضر نشد با X دیدار کند`: was not willing to meet); or
    the trigger is its complement, the clause's verb negated (`حاضر به دیدار با یکدیگر
    نشدند`)."""
    L = _lex()
    keys, neg, part = s.keys, L["negated"], L["participation"]
    if i >= 2 and keys[i - 1] == TO and keys[i - 2] in part:
        # `حاضر به دیدار (با یکدیگر) نشدند`: not willing to meet; the clause's verb
        verb = next((j for j in range(i + n, hi) if keys[j] in neg or s.is_verb(j)), None)
        if verb is not None and keys[verb] in neg:
            return True
    for p in range(i + n + 1, hi):
        if keys[p] in neg and keys[p - 1] in part:
            first_verb = next((j for j in range(i + n, p - 1) if s.is_verb(j)), None)
            return first_verb is None or THAT in keys[i + n:first_verb]
    for p in range(max(lo, 1), i):
        if keys[p] in neg and keys[p - 1] in part:
            verb = next((j for j in range(i + n, hi) if s.is_verb(j)), None)
            return verb is not None and keys[verb] in L["subjunctive"]
    return False


def _ordinal_description(s: _Sent, lo: int) -> bool:
    """Whether the clause starting at token `lo` is a relative clause on an ordinal
    description (`سومین پاپی است که …`, `نخستین رئیس‌جمهور آمریکا بود که …`): `که`
    before it, a copula before that, an ordinal within the three words before the
    copula."""
    keys = s.keys
    if lo < 3 or keys[lo - 1] != THAT or keys[lo - 2] not in _lex()["ordinal_copulas"]:
        return False
    return any(_is_ordinal(keys[j]) or keys[j] in lex.ORDINAL_FIRST
               for j in range(max(0, lo - 6), lo - 2))


def _clause_status(s: _Sent, i: int, n: int, lo: int, hi: int, kind: str) -> str | None:
    """held / planned / not_held from the cues of the trigger's own clause."""
    L = _lex()
    if s.find(L["hypothetical"], lo, hi):
        return None
    if _after_phrase(s, i):
        future = s.find(L["future"], lo, hi) or s.find(L["planned"], lo, hi)
        return "planned" if future else "held"
    postponed = _postponed(s, i, n, lo, hi)
    if postponed is not None:
        return postponed  # `… را به ۱۰ مارس موکول کرد`: planned; `… به بعد موکول شد`
    if s.find(L["not_held_clause"], lo, hi):
        return "not_held"
    if _requested(s, i, n, lo, hi) or _noun_plan(s, i, n, hi):
        return "planned"  # (`قرار دیدار داشت`: had an appointment to meet)
    # `برنامه‌ای برای دیدار با X ندارد`: no plan to meet
    if not L["plan_words"].isdisjoint(s.keys[lo:i]) and not L["negated_have"].isdisjoint(
            s.keys[i + n:hi]):
        return "not_held"
    # a negated verb of the trigger itself (`دیدار نکرد`, `دیداری نداشت`), or of
    # attending it (`در نشست … شرکت نخواهد کرد`)
    if i + n < hi and s.keys[i + n] in L["negated"]:
        return "not_held"
    if _negated_participation(s, i, n, lo, hi):
        return "not_held"
    if _unconfirmed(s, lo, hi):
        return "planned"  # `دیدار وی با X هنوز قطعی نشده است`: not settled yet
    if _tomorrow(s, i, lo, hi):
        return "planned"  # `دیدار پوتین با گوترش فردا برگزار می‌شود`: announced
    if kind == "invite" or i in s.purpose:
        return "planned"
    if _ready(s, i, lo):
        return "planned"  # `آماده مذاکره با X است`: willing to meet, not met
    if kind == "receive" and s.keys[i + n - 1] in L["receive_planned"]:
        return "planned"  # `… را به حضور می‌پذیرد / بپذیرد`: an announced audience
    if i > 0 and s.keys[i - 1] == FROM and any(s.keys[j] in L["attitude"]
                                              for j in range(i + n, hi)):
        return "planned"  # `از سفر X به Y استقبال کرد`: welcomed the (announced) trip
    if kind == "visit" and _trigger_at(s, i) is None and (
            s.words[i].startswith(lex.PRESENT_PREFIXES) or s.keys[i] in L["subjunctive"]):
        return "planned"  # `عازم ریاض می‌شود`, `به هند می‌رود`: announced
    if _past_light_verb(s, i, n, hi):
        return "held"  # `درباره نشست … که قرار است … برگزار شود رایزنی کردند`
    if _ordinal_description(s, lo) and not s.find(L["future"], max(0, lo - 6), hi):
        return "held"  # `او سومین پاپی است که به اندونزی سفر می‌کند`
    own = _own_past_verb_end(s, i, n, hi)
    if own is not None and not s.find(L["planned"], lo, own):
        return "held"  # `در سفر خود به پکن با X دیدار کرده بود و مقدمات … را فراهم کرده بود`
    if _setting_of_past_verb(s, i, n, lo, hi) and not s.find(L["planned"], lo, i + n + 1):
        return "held"  # `در گفت‌وگوی تلفنی با X … خواستار آتش‌بس شد`: the call took place
    if s.find(L["planned"], lo, hi) or s.match(i + n, L["planned_participles"]):
        return "planned"  # (`سفر برنامه‌ریزی‌شده او به X`: his planned trip)
    # the first verb after the trigger is subjunctive (`دیدار کند`, `برگزار کند`)
    for j in range(i + n, min(hi, i + n + 12)):
        if s.keys[j] in L["subjunctive"]:
            return "planned"
        if s.is_verb(j):
            break
    if own is None and _after_plan_and_contrast(s, lo):
        return "planned"  # `X قرار است به Y برود، اما دیدار وی با Z …`: part of the plan
    return "held"


def _tomorrow(s: _Sent, i: int, lo: int, hi: int) -> bool:
    """Whether the trigger's clause names a day to come (`TOMORROW_WORDS`: `فردا`) not
    after a media word (`رادیو فردا`, an outlet) and the first verb after it and the
    trigger is in the present (`فردا برگزار می‌شود`, `فردا با X دیدار می‌کند`): an
    announced meeting, as live blogs and wires write it. A past verb (`… گفت`) leaves
    the status alone."""
    L = _lex()
    for t in s.find(L["tomorrow"], lo, hi):
        if t > 0 and s.keys[t - 1] in L["media"]:
            continue
        verb = next((j for j in range(max(t + 1, i), hi) if s.is_verb(j)), None)
        if verb is not None and s.words[verb].startswith(lex.PRESENT_PREFIXES[0]):
            return True
    return False


def _postponed(s: _Sent, i: int, n: int, lo: int, hi: int) -> str | None:
    """The meeting put off (`POSTPONE_FORMS`: `سفر خود به عربستان را به ۱۰ مارس موکول
    کرد`, `دیدار دو وزیر به زمان دیگری موکول شد`): planned when the new time is stated
    (`به ۱۰ مارس`, `به هفته آینده`, `به بعد از انتخابات`: rescheduled), not_held when it
    is not (`به بعد`, `به زمان دیگری`, `UNDEFINED_TIMES`: put off like `به تعویق افتاد`).
    None when the clause postpones nothing, or something else: the trigger must be the
    object or subject of `موکول`, with no verb between (`در دیدار با X، تصمیم درباره Y
    را به نشست بعدی موکول کردند`: the meeting is the setting, held), and not inside the
    time phrase (`… را به پس از دیدار با X موکول کرد`)."""
    L = _lex()
    keys = s.keys
    found = s.find(L["postpone"], i + n, hi)
    if not found:
        return None
    p = found[0]
    before = keys[max(lo, i - 3):i]
    if i > 0 and (keys[i - 1] == IN or keys[i - 1] in L["venue_markers"]) or TO in before:
        return None
    start = _after_relative_clause(s, i + n, p)
    if any(s.is_verb(j) or keys[j] == THAT for j in range(start, p)):
        return None
    if start > i + n and lex.OBJECT_MARKER in keys[start:p]:
        return None  # `نشستی که … برگزار شد، تصمیم درباره Y را … موکول کرد`: not the meeting
    # the new time: the words after the last `به` before `موکول` (not an object's place:
    # `سفر خود به عربستان را موکول کرد` has no new time)
    to = next((j for j in range(p - 1, i + n - 1, -1) if keys[j] == TO), None)
    span = keys[to + 1:p] if to is not None else []
    if not span or lex.OBJECT_MARKER in span or any(j in s.chain_first for j in range(to + 1, p)):
        return "not_held"
    if span[-1] in L["undefined_time_ends"] or s.match(to + 1, L["undefined_times"]) == len(span):
        return "not_held"
    return "planned"


def _after_relative_clause(s: _Sent, a: int, p: int) -> int:
    """Where the words between a meeting noun (ending at token `a`) and its verb at `p`
    resume after a relative clause on the noun closed by a comma (`نشست کمیسیون مشترک
    … که قرار بود ماه گذشته در بغداد برگزار شود، به زمان دیگری موکول شد`): the token
    after that comma. `a` itself when there is no such clause (no `که` before any verb,
    or no comma after it)."""
    keys = s.keys
    t = next((j for j in range(a, p) if keys[j] == THAT or s.is_verb(j)), None)
    if t is None or keys[t] != THAT:
        return a
    comma = next((j for j in range(p - 1, t, -1) if keys[j] in COMMAS), None)
    return a if comma is None else comma + 1


def _after_plan_and_contrast(s: _Sent, lo: int) -> bool:
    """The clause at token `lo` opens with `اما`/`ولی` (or follows one) and the clause
    before it in the sentence announces a plan (`قرار است`, `خواهد`): `X قرار است پس از
    بیروت به تل‌آویو برود، اما دیدار وی با Y …` speaks of the same plan."""
    L = _lex()
    k = lo if lo < len(s.keys) and s.keys[lo] in L["contrast"] else lo - 1
    if k < 0 or k >= len(s.keys) or s.keys[k] not in L["contrast"]:
        return False
    return bool(s.find(L["future"], 0, k))


def _unconfirmed(s: _Sent, lo: int, hi: int) -> bool:
    """The clause says the meeting is not settled yet: `قطعی نشده`, `مشخص نیست`,
    `احتمال دارد` (`UNCONFIRMED_CUES`), or `هنوز` and, at most four words on, a
    negated participle (`هنوز برگزار نشده است`: not held yet, so still to come)."""
    L = _lex()
    if s.find(L["unconfirmed"], lo, hi):
        return True
    keys = s.keys
    # (a compound verb may be one token: `اعلام نشده` → `اعلامنشده`)
    return any(keys[j].endswith(v) for p in range(lo, hi) if keys[p] == L["not_yet"]
               for j in range(p + 1, min(hi, p + 5)) for v in L["not_yet_verbs"])


def _own_past_verb_end(s: _Sent, i: int, n: int, hi: int) -> int | None:
    """The end of the clause's meeting verb when it is a finite past (`در سفر خود به پکن
    با X دیدار کرده بود`): the first verb after the trigger in its clause, with no `که`
    between (a relative clause's verb is not the trigger's), is the light verb of a
    meeting trigger (this one or the next: not a copula, `… سازنده بود`, nor `قرار
    بود`); a participle counts with its auxiliary only. A plan word after that verb
    (`… دیدار کرده بود و مقدمات این سفر را فراهم کرده بود`) belongs to another,
    coordinated clause. None if there is no such verb."""
    ends = {t + s.triggers[t][0] for t in s.triggers if t >= i}
    for j in range(i + n, hi):
        if s.keys[j] == THAT:
            return None
        if not s.is_verb(j):
            continue
        if j not in ends or not s.is_past(j):
            return None
        if s.keys[j].endswith(("ده", "ته")):  # a participle: finite with an auxiliary only
            if j + 1 < hi and s.keys[j + 1] in _lex()["perfect_aux"]:
                return j + 2
            return None
        return j + 1
    return None


def _setting_of_past_verb(s: _Sent, i: int, n: int, lo: int, hi: int) -> bool:
    """The trigger is the setting of its clause's main verb, and that verb is a finite
    past: `در گفت‌وگوی تلفنی با X … خواستار آتش‌بس فوری شد`, `طی دیدار با Y از او برای
    سفر به تهران دعوت کرد`, `در جریان تماس با Z پیشنهاد … را مطرح کرد`. The meeting took
    place; a request, invitation or proposal made in it (`خواستار`, `دعوت`, `پیشنهاد`)
    is about something else. The trigger follows `در`/`طی`/`حین`/`هنگام`, or `در` and a
    frame (`جریان`, `خلال`, `حاشیه`), with at most a demonstrative (`در این تماس`)
    between; the main verb is the clause's last verb (a perfect `کرده است` counts by
    its participle)."""
    L = _lex()
    keys = s.keys
    k = i - 1
    if k >= lo and keys[k] in L["setting_determiners"]:
        k -= 1
    if k < lo:
        return False
    if keys[k] in L["setting_frames"] and k - 1 >= lo and keys[k - 1] == IN:
        k -= 1
    elif not (keys[k] == IN or keys[k] in L["venue_markers"]):
        return False
    verb = next((j for j in range(hi - 1, i + n - 1, -1) if s.is_verb(j)), None)
    if verb is None:
        return False
    if keys[verb] in L["perfect_aux"] and verb - 1 >= i + n and keys[verb - 1].endswith(
            ("ده", "ته")):
        verb -= 1  # `کرده است`
    elif keys[verb].endswith(("ده", "ته")) and not (
            verb + 1 < hi and keys[verb + 1] in L["perfect_aux"]):
        return False  # a bare participle: the sentence goes on
    return s.is_past(verb) and not s.find(L["future"], i + n, hi)


def _ready(s: _Sent, i: int, lo: int) -> bool:
    """A readiness cue ends at most three words before the trigger at token i, in its
    clause: `آماده مذاکره با X`, `حاضر به دیدار مستقیم`, `آمادگی خود را برای دیدار`."""
    L = _lex()
    return any(p + s.match(p, L["readiness"]) >= i - 3
               for p in s.find(L["readiness"], max(lo, i - 5), i))


def _after_phrase(s: _Sent, i: int) -> bool:
    """The trigger heads an `after` phrase (`پس از گفتگوهای تلفنی با X`, `بعد از دیدار
    با Y`): the meeting preceded the clause's main event."""
    L = _lex()
    return any(p + s.match(p, L["after"]) == i for p in s.find(L["after"], i - 2, i))


def _requested(s: _Sent, i: int, n: int, lo: int, hi: int) -> bool:
    """`از ایران خواستند مذاکره با آمریکا را از سر بگیرد`, `خواستار شد دیدار … برگزار
    شود`: a request verb earlier in the trigger's clause, and the trigger has no finite
    past verb of its own (`به درخواست ایران دیدار … برگزار شد` stays held)."""
    L = _lex()
    asked = s.find(L["request"], lo, i)
    if not asked:
        return False
    # the trigger is what was asked for, not a noun's complement (`از توکیو خواسته است
    # نتیجه دیدار X با Y … رسانده شود`: the result of a meeting held): only parties and
    # `که`/`تا`/`از` between the request verb and the trigger
    end = asked[-1] + s.match(asked[-1], L["request"])
    spans = [(c.first, c.last) for c in s.chains]
    if not all(s.keys[j] in (THAT, FROM, WITH, "تا") or any(a <= j <= z for a, z in spans)
               for j in range(end, i)):
        return False
    verb = next((j for j in range(i + n, hi) if s.is_verb(j)), None)
    return verb is None or not s.is_past(verb)


def _mode(s: _Sent, i: int, lo: int, hi: int, kind: str) -> str:
    """phone / video from the cues of the clause (`تلفنی`, `ویدئوکنفرانسی`); else in person.

    A video cue of a recorded message (`در پیام ویدیویی شبانه خود گفت`:
    `RECORDED_MESSAGE_NOUNS` right before it) is none, and the cues are looked for up to
    a coordinated clause with a speech verb of its own (`… با X دیدار کرد و در پیام …
    گفت`), which speaks of something else."""
    L = _lex()
    hi = _mode_end(s, i, hi)
    recorded = L["recorded"]
    video = [*s.find(L["video"], lo, hi), *(j for j in s.video_tokens() if lo <= j < hi)]
    if any(j == 0 or s.keys[j - 1] not in recorded for j in video):
        return "video"
    if kind == "call" or s.find(L["phone"], lo, hi):
        return "phone"
    return "in_person"  # meetings, visits, and talks reported without a phone or video cue


def _mode_end(s: _Sent, i: int, hi: int) -> int:
    """Where the mode cues of the trigger at token i end: at `و` after the first verb
    after the trigger, if a speech verb (`گفت`, `افزود`, `DENIAL_SPEECH_VERBS`) follows
    in the clause (`… دیدار کرد و در پیام ویدیویی خود گفت`); else `hi`."""
    L = _lex()
    verb = next((j for j in range(i + 1, hi) if s.is_verb(j)), None)
    if verb is None:
        return hi
    for j in range(verb + 1, hi):
        if s.keys[j] == AND and s.find(L["denial_speech"], j + 1, hi):
            return j
    return hi


def _day(doc: Document, s: _Sent, i: int, lo: int, hi: int, status: str) -> tuple[str, str]:
    """The weekday (or relative day) of the meeting as written, and its ISO date if known."""
    L = _lex()
    days: list[tuple[int, str, int]] = []  # (token, weekday word, python weekday)
    # a weekday starts at a token whose key is a weekday or a first half of one: the
    # loop visits these tokens only (at any other token it would just step on)
    j = lo
    for p in s.positions(L["day_first"]):
        if p < j:  # before lo, or the second half of a weekday written apart
            continue
        if p >= hi:
            break
        j = p
        k = s.keys[j]
        # `سه شنبه` written apart
        if j + 1 < hi and (k + s.keys[j + 1]) in L["weekdays"] and k in lex.SPLIT_WEEKDAY_FIRST:
            _, num = L["weekdays"][k + s.keys[j + 1]]
            days.append((j, f"{s.words[j]} {s.words[j + 1]}", num))
            j += 2
            continue
        if k in L["weekdays"] and not _weekday_is_mention(s, j):
            _, num = L["weekdays"][k]
            days.append((j, s.words[j], num))
        j += 1
    base = _iso(doc.date)
    if days:
        groups: list[list[tuple[int, str, int]]] = [[days[0]]]
        for d in days[1:]:
            gap = s.words[groups[-1][-1][0] + 1:d[0]]
            if gap and all(w in L["day_joiners"] or w in COMMAS for w in gap):
                groups[-1].append(d)
            else:
                groups.append([d])
        before = [g for g in groups if g[0][0] <= i] or groups
        group = before[-1]
        word = f" {lex.OR} ".join(d[1] for d in group)
        date = ""
        if base and len(group) == 1:
            after = s.words[group[0][0] + 1] if group[0][0] + 1 < len(s.words) else ""
            date = _resolve_weekday(base, group[0][2], status, after in L["next_day"])
        return word, date
    for j in s.positions(L["relative_first"]):  # tokens a relative day can start at
        if j < lo:
            continue
        if j >= hi:
            break
        for seq, (word, off) in L["relative"].items():
            if tuple(s.keys[j:j + len(seq)]) == seq:
                date = (base + dt.timedelta(days=off)).isoformat() if base else ""
                return word, date
    return "", ""


def _weekday_is_mention(s: _Sent, j: int) -> bool:
    """`دوشنبه` the capital of Tajikistan (a mention not preceded by `روز`)."""
    t = s.tokens[j]
    for m in s.mentions:
        if m.start <= t.start < m.end:
            return True
    return False


def _iso(date: str | None) -> dt.date | None:
    if not date:
        return None
    try:
        return dt.date.fromisoformat(str(date)[:10])
    except ValueError:
        return None


def _resolve_weekday(base: dt.date, weekday: int, status: str, next_week: bool) -> str:
    """The date of a weekday: the last one on or before the article date (next for plans)."""
    if status == "planned" or next_week:
        delta = (weekday - base.weekday()) % 7
        return (base + dt.timedelta(days=delta)).isoformat()
    delta = (base.weekday() - weekday) % 7
    return (base - dt.timedelta(days=delta)).isoformat()


# --- one row per meeting --------------------------------------------------------------------

_MODE_RANK = {"phone": 3, "video": 3, "in_person": 2, "unknown": 1, "": 0}


def _settle_status(raws: list[_Raw]) -> list[_Raw]:
    """A pair reported held only weakly (a headline has no tense; a nominal `سفر X به Y`
    has no verb), and planned or denied explicitly elsewhere, takes that status; not
    planned by a referring phrase (`دو وزیر توافق کردند مجددا دیدار … نمایند`): the two
    plan to meet again."""
    strong: dict[tuple[str, str], list[str]] = {}
    for r in raws:
        # (a plan of `دو وزیر`, `دو طرف` … is their next meeting: `مجددا دیدار … نمایند`)
        if not r.weak and not (r.status == "planned" and (r.a.ref or r.b.ref)):
            strong.setdefault(tuple(sorted((r.a.country, r.b.country))), []).append(r.status)
    out = []
    for r in raws:
        statuses = strong.get(tuple(sorted((r.a.country, r.b.country))), [])
        if r.weak and statuses and "held" not in statuses:
            r = _Raw(r.a, r.b, r.mode, statuses[0], r.day, r.date, r.trigger, r.sent, True)
        out.append(r)
    return out


def _merge(doc: Document, raws: list[_Raw]) -> list[Meeting]:
    rows: dict[tuple[str, str, str], Meeting] = {}
    for r in _settle_status(raws):
        a, b = sorted((r.a, r.b), key=lambda p: p.country)
        key = (a.country, b.country, r.status)
        m = rows.get(key)
        if m is None:
            rows[key] = Meeting(
                doc_id=doc.doc_id, meeting_id=len(rows), sent_id=r.sent.sent_id,
                party_a=a.country, party_b=b.country, person_a=a.person, person_b=b.person,
                mode=r.mode, status=r.status, day=r.day, trigger=r.trigger,
                evidence=r.sent.text, n_mentions=1, start=r.sent.start, end=r.sent.end,
                date=r.date)
            continue
        m.n_mentions += 1
        m.person_a = m.person_a or a.person
        m.person_b = m.person_b or b.person
        if _MODE_RANK.get(r.mode, 0) > _MODE_RANK.get(m.mode, 0):
            m.mode = r.mode
        if not m.day and r.day:
            m.day, m.date = r.day, r.date
    out = list(rows.values())
    for m in out:
        m.meeting_key = _meeting_key(doc, m)
    return out


def _meeting_key(doc: Document, m: Meeting) -> str:
    """Same parties and same date (or, undated, same source and publication date)."""
    when = m.date or (f"{doc.date}" if doc.date else doc.source)
    key = f"{m.party_a}-{m.party_b}@{when}"
    return key if m.status == "held" else f"{key}:{m.status}"


# --- counts per country ---------------------------------------------------------------------

def _grouped_keys(df: pd.DataFrame) -> pd.Series:
    """Meeting keys, an undated report joining the one dated meeting of its pair and source."""
    pair = df["party_a"].astype(str) + "-" + df["party_b"].astype(str)
    source = df["doc_id"].astype(str).str.split("/").str[0]
    keys = df["meeting_key"].fillna("").astype(str) if "meeting_key" in df.columns else \
        pd.Series("", index=df.index)
    keys = keys.where(keys != "", pair + "@" + df["doc_id"].astype(str))
    dated = df["date"].fillna("").astype(str) != "" if "date" in df.columns else \
        pd.Series(False, index=df.index)
    out = keys.copy()
    for idx in df.groupby([pair, source]).groups.values():
        known = sorted(set(keys[idx][dated[idx]]))
        if len(known) == 1:
            for k in idx:
                if not dated[k]:
                    out[k] = known[0]
    return out


def meetings_per_country(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per party: distinct held meetings, their mentions, and the counterparts met."""
    cols = ["country", "meetings", "mentions", "n_counterparts", "counterparts"]
    df = tables.get("meetings") if isinstance(tables, dict) else tables
    if df is None or df.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    df = df[df["status"] == "held"].copy()
    if df.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    df["meeting_key"] = _grouped_keys(df)
    n = df["n_mentions"] if "n_mentions" in df.columns else pd.Series(1, index=df.index)
    sides = pd.concat([
        pd.DataFrame({"country": df["party_a"], "counterpart": df["party_b"],
                      "meeting_key": df["meeting_key"], "n": n}),
        pd.DataFrame({"country": df["party_b"], "counterpart": df["party_a"],
                      "meeting_key": df["meeting_key"], "n": n}),
    ], ignore_index=True)
    rows = []
    for country, g in sides.groupby("country", sort=True):
        counterparts = sorted(set(g["counterpart"]))
        rows.append({"country": country, "meetings": g["meeting_key"].nunique(),
                     "mentions": int(g["n"].sum()), "n_counterparts": len(counterparts),
                     "counterparts": ", ".join(counterparts)})
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["meetings", "country"], ascending=[False, True]).reset_index(
        drop=True)
