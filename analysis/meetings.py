"""Meetings: who met whom, from triggers and the mentions around them.

For every trigger (`دیدار`, `ملاقات`, `گفت‌وگو`, `مذاکره`, `رایزنی`, `تماس تلفنی`, `نشست`,
`میزبان`, `استقبال`, `سفر`, `دعوت`, `به X رفت`, `وارد X شد`, …: `analysis.lexicon.meetings`)
the sentence is read around it, on the party mentions `analysis.mentions` put on
`doc.mentions` (their `country`: ISO alpha-3, X-codes, `IGO:` codes):

- adjacent mentions form a party phrase; `و` and list commas make a list of parties
  (`با نمایندگان چین، هند و …` is one pair per listed party), and the head of
  each conjunct is its party (`سناتور آمریکایی حامی رژیم صهیونیستی` is one: USA);
- the counterpart: the phrase after `با` (`X با Y دیدار کرد`, `در دیدار با Y`), the
  phrase after the trigger noun (`دیدار X با Y`, `گفت‌وگوی تلفنی X و Y`, `میان X و Y`,
  `دو کشور` for the two parties already named), the destination of a visit
  (`به تهران سفر کرد`, `دیدار از سوئیس و فرانسه`), the person welcomed or invited;
- the other side: the nearest phrase before it that is not the object of a
  preposition; else the speaker of reported content; else the document's topic (the
  last sentence subject: `وی …`, elided subjects);
- not meetings: same-country pairs, mentions inside topic phrases (`درباره X`) or long
  quotations, interviews with media, summoned ambassadors, sports, trips to attend a
  multilateral event, hypothetical talks (`در صورت …`);
- a session `با حضور X، Y و Z` (with the presence of): one pair per two listed parties;
- mode (phone / video / in_person), status (held / planned / not_held from the cues of
  the trigger's clause; a planned meeting the sentence then says was refused or failed,
  `… که این خواسته با مخالفت ایران مواجه شد`, is not_held; a trigger after a purpose
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
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from .document import Document, Mention, Sentence, Token
from .lexicon import meetings as lex
from .text import normalize

ZWNJ = "\u200c"
PUNCT_LINK = {"«", "»", '"', "(", ")", "-", "–", "'", "“", "”", *lex.LIST_COMMAS}
BOUNDARY = {*lex.CLAUSE_PUNCTUATION, *lex.CLAUSE_CONJUNCTIONS}  # a new clause
COMMAS = set(lex.LIST_COMMAS)
WITH, FROM, TO, IN, AND, THAT = lex.WITH, lex.FROM, lex.TO, lex.IN, lex.AND, lex.THAT


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


@cache
def _lex() -> dict:
    """The meeting lexicon, normalized and split into token sequences."""
    def seqs(phrases) -> dict[str, list[tuple[str, ...]]]:
        """Token-key sequences, indexed by their first key, longest first."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            seq = tuple(_key(t) for t in normalize(p).split(" ") if t)
            if seq and seq not in out.setdefault(seq[0], []):
                out[seq[0]].append(seq)
        for lst in out.values():
            lst.sort(key=len, reverse=True)
        return out

    triggers: dict[str, list[tuple[list[str], str, str]]] = {}  # by first 2 letters
    for phrase, kind in lex.MEETING_TRIGGERS.items():
        keys = [_key(t) for t in normalize(phrase).split(" ") if t]
        triggers.setdefault(keys[0][:2], []).append((keys, kind, phrase))
    for lst in triggers.values():
        lst.sort(key=lambda t: -len(t[0]))
    return {
        "triggers": triggers,
        "motion": seqs(lex.MOTION_VERBS),
        "stay": seqs(lex.STAY_PHRASES),
        "non_subject": {_key(normalize(w)) for w in lex.NON_SUBJECT_MARKERS},
        "topic": seqs(lex.TOPIC_MARKERS),
        "purpose": seqs(lex.PURPOSE_MARKERS),
        "judgement": {_key(normalize(w)) for w in lex.JUDGEMENT_VERBS},
        "attribution": seqs(lex.ATTRIBUTION_MARKERS),
        "phone": seqs(lex.PHONE_CUES),
        "video": seqs(lex.VIDEO_CUES),
        "planned": seqs(lex.PLANNED_CUES),
        "subjunctive": {_key(normalize(w)) for w in lex.SUBJUNCTIVE_VERBS},
        "not_held_clause": seqs(lex.NOT_HELD_CUES),
        "failure": seqs(lex.FAILURE_CUES),
        "negated": {_key(normalize(w)) for w in lex.NEGATED_VERBS},
        "plan_words": {_key(normalize(w)) for w in lex.PLAN_WORDS},
        "negated_have": {_key(normalize(w)) for w in lex.NEGATED_HAVE},
        "hypothetical": seqs(lex.HYPOTHETICAL_CUES),
        "not_meeting": seqs(lex.NOT_MEETING_CUES),
        "event": seqs(lex.EVENT_ATTENDANCE),
        "both": seqs(lex.BOTH_PARTIES),
        "presence": seqs(lex.PRESENCE_PHRASES),
        "reciprocal": seqs(lex.RECIPROCAL),
        "verbs": {_key(normalize(w)) for w in lex.VERB_FORMS},
        "media": {_key(normalize(w)) for w in lex.MEDIA_WORDS},
        "attitude": {_key(normalize(w)) for w in lex.ATTITUDE_WORDS},
        "past_forms": {_key(normalize(w)) for w in lex.PAST_FORMS},
        "perfect_aux": {_key(normalize(w)) for w in lex.PERFECT_AUXILIARIES},
        "place_fillers": {_key(normalize(w)) for w in lex.PLACE_FILLERS},
        "arrive": {_key(normalize(w)) for w in lex.ARRIVAL_VERBS},
        "weekdays": {_key(normalize(w)): (normalize(w), n) for w, n in lex.WEEKDAYS.items()},
        "relative": {tuple(_key(t) for t in normalize(w).split(" ")): (normalize(w), n)
                     for w, n in lex.RELATIVE_DAYS.items()},
        "day_joiners": {normalize(w) for w in lex.DAY_JOINERS},
        "next_day": {normalize(w) for w in lex.NEXT_DAY_MARKERS},
        "anaphoric": {normalize(w) for w in lex.ANAPHORIC_DETERMINERS},
        "destination": {normalize(w) for w in lex.DESTINATION_MARKERS},
    }


# --- per-sentence view ------------------------------------------------------------------

@dataclass
class _Chain:
    """Adjacent mentions that name one party or a list of parties (`X، Y و Z`)."""

    mentions: list[Mention]
    first: int  # token index (within the sentence) of the first mention
    last: int  # token index of the last mention
    has_and: bool = False  # a `و` (or list comma) joins two of its mentions
    both: bool = False  # `دو کشور` / `دو طرف`: the two parties already named

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


@dataclass
class _Context:
    """What a document has said so far: its topic (last subject) and recent parties."""

    doc: Document
    topic: list[_Party] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)  # party codes, most recent last
    raws: list[_Raw] = field(default_factory=list)

    def note(self, countries: list[str]) -> None:
        for c in countries:
            if c in self.recent:
                self.recent.remove(c)
            self.recent.append(c)


class _Sent:
    """Tokens, token keys and party chains of one sentence."""

    def __init__(self, doc: Document, sent: Sentence, tokens: list[Token],
                 mentions: list[Mention]):
        self.doc, self.sent, self.tokens = doc, sent, tokens
        self._tok_starts = [t.start for t in tokens]
        self._tok_ends = [t.end for t in tokens]
        self.keys = [_key(t.token) for t in tokens]
        self.words = [t.token for t in tokens]
        self.triggers = [_find_trigger(self, i) for i in range(len(tokens))]
        self.verbs = [self._is_verb(i) for i in range(len(tokens))]
        self.mentions = self._actor_mentions(mentions)
        self.span = [self._tok_span(m) for m in self.mentions]
        self.purpose: set[int] = set()  # oblique tokens after a purpose marker (`برای`)
        self.oblique = self._oblique_tokens()
        self.chains = self._chains()
        self.chain_first: dict[int, _Chain] = {}  # first token → the first chain starting there
        for c in self.chains:
            self.chain_first.setdefault(c.first, c)
        lasts = [c.last for c in self.chains]
        self.chain_last_set = set(lasts)
        # chain ends in list order, for bisecting when they are sorted (None when not)
        self.chain_lasts = lasts if all(a <= b for a, b in zip(lasts, lasts[1:])) else None

    # token helpers
    def _tok_span(self, m: Mention) -> tuple[int, int]:
        """Indices of the first and last token overlapping the mention (tokens are sorted)."""
        first = bisect.bisect_right(self._tok_ends, m.start)
        if first >= len(self.tokens):
            first = 0
        last = bisect.bisect_left(self._tok_starts, m.end) - 1
        return first, max(first, last)

    def match(self, i: int, seqs: dict[str, list[tuple[str, ...]]]) -> int:
        """Length (in tokens) of the longest sequence of `seqs` starting at token i, or 0."""
        keys = self.keys
        if i >= len(keys):
            return 0
        cands = seqs.get(keys[i])
        if not cands:  # most tokens start no sequence
            return 0
        for seq in cands:
            n = len(seq)
            if tuple(keys[i:i + n]) == seq:
                return n
        return 0

    def find(self, seqs, lo: int, hi: int) -> list[int]:
        keys = self.keys  # only tokens that start a sequence of `seqs` can match there
        return [i for i in range(max(lo, 0), min(hi, len(keys)))
                if keys[i] in seqs and self.match(i, seqs)]

    def is_verb(self, i: int) -> bool:
        """Whether token i is a finite verb (lemmatizer `past#present`, `می‌…`, `است`, …)."""
        return self.verbs[i]

    def is_past(self, i: int) -> bool:
        """Whether token i is a past verb (`کرد`, `کردند`, `کرده است`, `گرفت`)."""
        L = _lex()
        k = self.keys[i]
        if self.words[i].startswith(lex.PRESENT_PREFIXES):
            return False
        lem = self.tokens[i].lemma
        if "#" in lem and lem.split("#")[0] and k.startswith(_key(lem.split("#")[0])):
            return True
        if k in L["past_forms"]:
            return True
        nxt = self.keys[i + 1] if i + 1 < len(self.keys) else ""
        return k.endswith(("ده", "ته")) and nxt in L["perfect_aux"]

    def _is_verb(self, i: int) -> bool:
        t = self.tokens[i]
        if self.keys[i] in _lex()["verbs"]:
            return True
        if t.token.startswith(lex.PRESENT_PREFIXES):
            return True
        return "#" in t.lemma and not t.token.endswith("ن")

    def is_stop(self, i: int) -> bool:
        k = self.keys[i]
        L = _lex()
        return (k in L["non_subject"] or k == THAT or k in BOUNDARY or self.is_verb(i)
                or _trigger_at(self, i) is not None)

    # mentions
    def _actor_mentions(self, mentions: list[Mention]) -> list[Mention]:
        ms = sorted((m for m in mentions if m.country), key=lambda m: (m.start, -m.end))
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
        if _key(m.surface) not in _lex()["weekdays"]:
            return False
        before = self.doc.text[max(self.sent.start, m.start - 8):m.start]
        return bool(re.search(r"({}|\()\s*$".format("|".join(lex.DAY_PREFIXES)), before))

    def _oblique_tokens(self) -> set[int]:
        """Tokens inside a topic or purpose phrase, or a long «…» phrase."""
        L = _lex()
        out: set[int] = set()
        n = len(self.keys)
        topic = L["topic"]
        for i in range(n):
            m = self.match(i, topic) if self.keys[i] in topic else 0
            if not m:
                continue
            purpose = bool(self.match(i, L["purpose"]))
            j = i + m
            while j < n and not (self.keys[j] in (WITH, THAT, TO) or self.keys[j] in BOUNDARY
                                 or self.is_verb(j)
                                 or (j > i + m and _trigger_at(self, j) is not None)):
                out.add(j)
                if purpose:
                    self.purpose.add(j)
                j += 1
        # a quotation longer than a name: its mentions are what was said, not parties
        i = 0
        while i < n:
            if self.words[i] == "«":
                j = i + 1
                while j < n and self.words[j] != "»":
                    j += 1
                inner = range(i + 1, j)
                covered = set()
                for (a, b) in self.span:
                    if a > i and b < j:
                        covered.update(range(a, b + 1))
                rest = [k for k in inner if k not in covered]
                if len(rest) > 2:
                    out.update(inner)
                i = j
            i += 1
        return out

    def _chains(self) -> list[_Chain]:
        chains: list[_Chain] = []
        for m, (a, b) in zip(self.mentions, self.span):
            if a in self.oblique:
                continue
            if chains:
                prev = chains[-1]
                gap = range(prev.last + 1, a)
                joined = any(self.keys[k] == AND or self.keys[k] in COMMAS for k in gap)
                last = prev.mentions[-1]
                # a person followed, without a comma, by a title of another country is a
                # subject and an object (`X رئیس جمهور روسیه را دعوت کرد`), not one party
                clash = (not joined and last.entity_type == "person"
                         and m.country != last.country)
                if not clash and self._linkable(gap):
                    if joined:
                        prev.has_and = True
                        prev.conj.append(len(prev.mentions))
                    prev.mentions.append(m)
                    prev.last = b
                    continue
            chains.append(_Chain([m], a, b, conj=[0]))
        return chains

    def _linkable(self, gap: range) -> bool:
        words = 0
        for k in gap:
            w = self.words[k]
            if w in PUNCT_LINK or self.keys[k] == AND:
                continue
            if self.is_stop(k) or k in self.oblique:
                return False
            words += 1
        return words <= 3

    def chain_starting_after(self, i: int, max_gap: int = 5) -> _Chain | None:
        """The party chain that begins within `max_gap` filler words after token i."""
        L = _lex()
        n = len(self.keys)
        words = 0
        j = i + 1
        while j < n:
            both = self.match(j, L["both"])
            if both:
                return _Chain([], j, j + both - 1, both=True)
            c = self.chain_first.get(j)
            if c is not None:
                return c
            w = self.words[j]
            if w in PUNCT_LINK:
                j += 1
                continue
            if self.is_stop(j) or self.keys[j] == AND or self.keys[j] in L["media"]:
                return None
            words += 1
            if words > max_gap:
                return None
            j += 1
        return None


def _trigger_at(s: _Sent, i: int) -> tuple[int, str, str] | None:
    """(length in tokens, kind, lexicon phrase) of the trigger at token i, or None."""
    return s.triggers[i] if 0 <= i < len(s.triggers) else None


def _find_trigger(s: _Sent, i: int) -> tuple[int, str, str] | None:
    L = _lex()
    for keys, kind, phrase in L["triggers"].get(s.keys[i][:2], ()):
        n = len(keys)
        if i + n > len(s.keys):
            continue
        if any(s.keys[i + k] != keys[k] for k in range(n - 1)):
            continue
        ending = _ending(s.tokens[i + n - 1].token, keys[-1])
        if ending is None or ending not in _suffixes():
            continue
        return n, kind, phrase
    return None


@cache
def _suffixes() -> frozenset[str]:
    """Endings a trigger word may carry, as written (ZWNJ kept)."""
    return frozenset(lex.TRIGGER_SUFFIXES) | {""}


def _ending(token: str, stem_key: str) -> str | None:
    """What follows the trigger stem in `token` (ZWNJ kept), or None if no stem."""
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
    """Meetings reported in the document, one row per pair of parties and status."""
    by_sent: dict[int, list[Token]] = {}
    for t in doc.tokens:
        by_sent.setdefault(t.sent_id, []).append(t)
    m_by_sent: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        m_by_sent.setdefault(m.sent_id, []).append(m)
    ctx = _Context(doc)
    surnames = _surnames(doc.mentions)
    if surnames:
        m_by_sent = {k: [_as_person(m, surnames) for m in v] for k, v in m_by_sent.items()}
    for sent in doc.sentences:
        s = _Sent(doc, sent, by_sent.get(sent.sent_id, []), m_by_sent.get(sent.sent_id, []))
        _sentence_meetings(ctx, s)
        _update_topic(ctx, s)
    return _merge(doc, ctx.raws)


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
    p = surnames.get(_key(m.surface))
    if m.entity_type != "country" or p is None or p.country == m.country:
        return m
    return Mention(m.sent_id, m.start, m.end, m.surface, p.entity_id, "person", p.country,
                   p.person, p.role)


def _update_topic(ctx: _Context, s: _Sent) -> None:
    """The sentence's subject becomes the topic; every party becomes recent."""
    L = _lex()
    for c in s.chains:
        ctx.note(c.countries)
    for c in s.chains:
        if not c.mentions or _preceded_by_marker(s, c.first):
            continue
        if not any(m.entity_type in ("person", "role", "pronoun") for m in c.mentions):
            continue
        if any(s.match(k, L["attribution"]) for k in range(c.first)) and not any(
                s.words[k] in COMMAS for k in range(c.first)):
            continue
        ctx.topic = [_Party(x, c.person_of(x)) for x in c.countries[:1]]
        return


def _preceded_by_marker(s: _Sent, first: int) -> bool:
    """Whether the chain starting at token `first` is the object of a preposition.

    Up to two words may stand between (`با رهبران کشورهای X`, `در پایتخت X`).
    """
    L = _lex()
    j = first - 1
    words = 0
    while j >= 0:
        w = s.words[j]
        if w in ("«", '"', "(", "“", "»"):
            j -= 1
            continue
        if s.keys[j] in L["non_subject"]:
            return True
        if w in PUNCT_LINK or s.keys[j] in (AND, THAT) or s.keys[j] in BOUNDARY \
                or s.is_verb(j):
            return False
        words += 1
        if words > 2:
            return False
        j -= 1
    return False


def _clause(s: _Sent, i: int) -> tuple[int, int]:
    """Token range [lo, hi) of the clause around token i (split at `؛ :` and `… که`)."""
    n = len(s.keys)
    lo = 0
    for j in range(i - 1, -1, -1):
        if s.keys[j] in BOUNDARY or _complementizer(s, j):
            lo = j + 1
            break
    hi = n
    for j in range(i + 1, n):
        if s.keys[j] in BOUNDARY or _complementizer(s, j):
            hi = j
            break
    return lo, hi


def _complementizer(s: _Sent, j: int) -> bool:
    """`که` after a verb (`اعلام کرد که`) opens reported content, and so does a comma
    after a verb (`اعلام کرد، …`); a relative `که` does not."""
    if s.keys[j] in COMMAS:
        if not (j > 0 and s.is_verb(j - 1)):
            return False
        # the comma closing a relative clause (`X که به تهران سفر کرده، …`) is no boundary
        for k in range(j - 2, -1, -1):
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
    for j in range(i - 1, -1, -1):
        if s.keys[j] in BOUNDARY or _complementizer(s, j):
            return j + 1
    return 0


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
        if tuple(s.keys[j:j + 2]) == lex.INCLUDING:  # `از جمله`: including
            j += 2
            continue
        if s.keys[j] == WITH:
            c = s.chain_starting_after(j)
            if c is not None:
                return c, j
            break
        if s.is_stop(j) and s.keys[j] != WITH:
            break
        j += 1
        steps += 1
    # before the trigger: `X با Y دیدار کرد`
    for b in range(i - 1, lo - 1, -1):
        if s.keys[b] != WITH:
            continue
        c = s.chain_starting_after(b)
        if c is None or c.last >= i:
            continue
        between = range(c.last + 1, i)
        plain = [k for k in between if k not in s.oblique]
        if len(plain) > 14 or any(s.is_verb(k) or s.keys[k] == THAT for k in between):
            continue
        if any(_trigger_at(s, k) for k in between):
            continue
        return c, b
    return None, -1


def _genitive_chain(s: _Sent, i: int, n: int, hi: int) -> _Chain | None:
    """The party right after a trigger noun (`دیدار ظریف`, `گفت‌وگوی تلفنی X و Y`)."""
    j = i + n
    if j < hi and s.keys[j] in (lex.REFLEXIVE, WITH):
        return None
    c = s.chain_starting_after(i + n - 1, max_gap=3)
    if c is None or c.first >= hi:
        return None
    return c


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
    if s.find(L["not_meeting"], 0, n_tok):
        return
    i = 0
    seen_pairs: dict[tuple[str, str, str], _Raw] = {}
    while i < n_tok:
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
                for a, b in found:
                    key = (*sorted((a.country, b.country)), status)
                    if key in seen_pairs:  # a second trigger of the same sentence
                        raw = seen_pairs[key]
                        if not raw.day and day:
                            raw.day, raw.date = day, date
                        if _MODE_RANK.get(mode, 0) > _MODE_RANK.get(raw.mode, 0):
                            raw.mode = mode
                        continue
                    trigger = s.doc.text[s.tokens[i].start:s.tokens[i + n - 1].end]
                    weak = status == "held" and kind != "stay" and (
                        s.sent.sent_id == 0 or i in s.oblique or _judged(s, i, n, hi)
                        or not any(s.is_past(j) for j in range(i, hi)))
                    seen_pairs[key] = _Raw(a, b, mode, status, day, date, trigger, s.sent,
                                           weak)
                    ctx.raws.append(seen_pairs[key])
        elif i > 0 and s.words[i - 1] in L["anaphoric"] and ctx.raws:
            ctx.raws.append(_repeat(ctx.raws[-1], s.sent))
        i += n


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
            return s.keys[j] in {_key(w) for w in lex.ARRIVAL_MARKERS}
    return False


def _repeat(raw: _Raw, sent: Sentence) -> _Raw:
    """A second report (`در این دیدار`) of the last meeting."""
    return _Raw(raw.a, raw.b, raw.mode, raw.status, "", "", raw.trigger, sent)


def _parties(chain: _Chain | None, ctx: _Context) -> list[_Party]:
    if chain is None:
        return []
    if chain.both:
        return [_Party(c) for c in ctx.recent[-2:]] if len(ctx.recent) >= 2 else []
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
    ids = {id(c) for c in taken if c is not None}
    for c in s.chains:
        if c.first > anchor and c.last < hi and id(c) not in ids and c.mentions \
                and not _preceded_by_marker(s, c.first):
            return _parties(c, ctx)
    if s.find(_lex()["both"], _subject_lo(s, anchor), anchor) and ctx.raws:
        last = ctx.raws[-1]
        return [last.a, last.b]
    # `X: با Y دیدار خواهم کرد`: the speaker before a colon
    colon = next((j for j in range(anchor - 1, -1, -1) if s.keys[j] == ":"), None)
    if colon is not None:
        speaker = next((c for c in reversed(s.chains) if c.last < colon), None)
        if speaker is not None and speaker.last == colon - 1:
            return _parties(speaker, ctx)
    return list(ctx.topic)


def _both_subject(ctx: _Context, s: _Sent, i: int) -> list[tuple[_Party, _Party]]:
    """`دو طرف … گفت‌وگو کردند`: the two parties of the last meeting reported."""
    lo = _subject_lo(s, i)
    if not ctx.raws or not s.find(_lex()["both"], lo, i):
        return []
    if any(c.first >= lo and c.last < i and not _preceded_by_marker(s, c.first)
           for c in s.chains):
        return []
    last = ctx.raws[-1]
    return [(last.a, last.b)]


def _trigger_pairs(ctx: _Context, s: _Sent, i: int, n: int,
                   kind: str) -> list[tuple[_Party, _Party]]:
    """The pairs of parties that met according to the trigger at token i."""
    L = _lex()
    if i > 0 and s.words[i - 1] in L["anaphoric"]:
        return []
    lo, hi = _clause(s, i)
    lo_subj = _subject_lo(s, i)
    if kind == "invite":
        return _invite_pairs(ctx, s, i, lo_subj, hi)
    present = _presence_pairs(ctx, s, i, n, hi, kind)
    if present:
        return present
    if i in s.oblique and kind not in ("host", "welcome"):
        # a trigger noun inside a topic or purpose phrase (`درباره سفر X به Y`,
        # `برای دیدار با Y`): only the parties of the phrase itself
        g = _genitive_chain(s, i, n, hi)
        w, b = _with_chain(s, i, n, i, hi)
        if g is None:
            # `برای دیدار با Y`: the subject wants to meet Y (planned, or not_held)
            if w is None or b < i or kind not in ("meet", "talk", "call"):
                return []
            return _cross(_left_side(ctx, s, i, hi, (w,)), _parties(w, ctx))
        if kind == "visit":
            place = _destination(s, i, lo_subj, hi, kind)
            return _cross(_parties(g, ctx), _parties(place, ctx)) if place else []
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
            who = _parties(visitor, ctx) if visitor is not None else list(ctx.topic)
            return _cross(who, _parties(place, ctx))

    to_meet = (i > 0 and s.keys[i - 1] == TO and kind == "meet")  # `به دیدار X رفت`
    genitive = _genitive_chain(s, i, n, hi)
    with_chain, b = _with_chain(s, i, n, lo_subj, hi)
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

    if kind == "session":
        # `نشست X و Y`, `نشست (خبری) با Y`; never the venue (`در حاشیه نشست ناتو`)
        if with_chain is not None and i + n <= b <= i + n + 1:
            return _cross(_left_side(ctx, s, i, hi, (with_chain,)), _parties(with_chain, ctx))
        if genitive is not None and (genitive.has_and or genitive.both):
            return _within(_parties(genitive, ctx))
        genitive = with_chain = None  # `X و Y نشستی برگزار کردند`: below

    if with_chain is not None:
        if genitive is not None:
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
    # `X و Y … گفت‌وگو کردند`, `X و Y با یکدیگر دیدار کنند`
    subj = _subject(s, i)
    if subj is not None and (subj.has_and or subj.both):
        parts = _parties(subj, ctx)
        if len({p.country for p in parts}) >= 2 and _plural_or_reciprocal(s, subj, i, hi):
            return _within(parts)
    # `دو طرف … گفت‌وگو کردند`
    if subj is None and kind in ("meet", "talk", "call"):
        return _both_subject(ctx, s, i)
    return []


def _presence_pairs(ctx: _Context, s: _Sent, i: int, n: int, hi: int,
                    kind: str) -> list[tuple[_Party, _Party]]:
    """`نشست سه‌جانبه با حضور وزرای خارجه X، Y و Z`: every two listed parties, and the
    subject with each (`X در نشستی با حضور همتایان Y و Z …`)."""
    if kind not in ("meet", "talk", "session"):
        return []
    L = _lex()
    for j in range(i + n, min(hi, i + n + 3)):
        k = s.match(j, L["presence"])
        if not k:
            if s.is_stop(j) or j in s.chain_first:
                return []  # `نشست شورای امنیت با حضور …`: an organisation's event
            continue
        c = s.chain_starting_after(j + k - 1, max_gap=2)
        parts = _parties(c, ctx)
        if c is None or c.both or not c.has_and or len({p.country for p in parts}) < 2:
            return []
        subj = _subject(s, i)
        extra = [p for p in _parties(subj, ctx) if p.country not in {q.country for q in parts}]
        return _within(extra[:1] + parts)
    return []


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


def _plural_or_reciprocal(s: _Sent, subj: _Chain, i: int, hi: int) -> bool:
    L = _lex()
    if s.find(L["reciprocal"], subj.last + 1, hi):
        return True
    for j in range(i, min(hi, i + 6)):
        if s.is_verb(j) and s.words[j].endswith(lex.PLURAL_VERB_ENDINGS):
            return True
    return False


# --- attributes ---------------------------------------------------------------------------

def _status(s: _Sent, i: int, n: int, lo: int, hi: int, kind: str) -> str | None:
    """held / planned / not_held from the cues of the trigger's clause; None: hypothetical.

    A planned meeting whose sentence goes on to say it was refused or failed
    (`… تا دیداری … برگزار کند که این خواسته با مخالفت ایران مواجه شد`) is not_held.
    """
    status = _clause_status(s, i, n, lo, hi, kind)
    if status == "planned" and s.find(_lex()["failure"], i + n, len(s.keys)):
        return "not_held"
    return status


def _clause_status(s: _Sent, i: int, n: int, lo: int, hi: int, kind: str) -> str | None:
    """held / planned / not_held from the cues of the trigger's own clause."""
    L = _lex()
    if s.find(L["hypothetical"], lo, hi):
        return None
    if s.find(L["not_held_clause"], lo, hi):
        return "not_held"
    # `برنامه‌ای برای دیدار با X ندارد`: no plan to meet
    if any(s.keys[j] in L["plan_words"] for j in range(lo, i)) and any(
            s.keys[j] in L["negated_have"] for j in range(i + n, hi)):
        return "not_held"
    # a negated verb of the trigger itself (`دیدار نکرد`, `دیداری نداشت`)
    if i + n < hi and s.keys[i + n] in L["negated"]:
        return "not_held"
    if kind == "invite" or i in s.purpose:
        return "planned"
    if i > 0 and s.keys[i - 1] == FROM and any(s.keys[j] in L["attitude"]
                                              for j in range(i + n, hi)):
        return "planned"  # `از سفر X به Y استقبال کرد`: welcomed the (announced) trip
    if kind == "visit" and _trigger_at(s, i) is None and (
            s.words[i].startswith(lex.PRESENT_PREFIXES) or s.keys[i] in L["subjunctive"]):
        return "planned"  # `عازم ریاض می‌شود`, `به هند می‌رود`: announced
    if s.find(L["planned"], lo, hi):
        return "planned"
    # the first verb after the trigger is subjunctive (`دیدار کند`, `برگزار کند`)
    for j in range(i + n, min(hi, i + n + 12)):
        if s.keys[j] in L["subjunctive"]:
            return "planned"
        if s.is_verb(j):
            break
    return "held"


def _mode(s: _Sent, i: int, lo: int, hi: int, kind: str) -> str:
    """phone / video from the cues of the clause (`تلفنی`, `ویدئوکنفرانسی`); else in person."""
    L = _lex()
    video = [seq[0] for seqs in L["video"].values() for seq in seqs if len(seq) == 1]
    if s.find(L["video"], lo, hi) or any(s.keys[j].startswith(tuple(video))
                                         for j in range(lo, hi)):
        return "video"
    if kind == "call" or s.find(L["phone"], lo, hi):
        return "phone"
    return "in_person"  # meetings, visits, and talks reported without a phone or video cue


def _day(doc: Document, s: _Sent, i: int, lo: int, hi: int, status: str) -> tuple[str, str]:
    """The weekday (or relative day) of the meeting as written, and its ISO date if known."""
    L = _lex()
    days: list[tuple[int, str, int]] = []  # (token, weekday word, python weekday)
    j = lo
    while j < hi:
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
    for j in range(lo, hi):
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
    has no verb), and planned or denied explicitly elsewhere, takes that status."""
    strong: dict[tuple[str, str], list[str]] = {}
    for r in raws:
        if not r.weak:
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
