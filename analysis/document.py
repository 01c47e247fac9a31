"""The `Document`: one article's normalized text and the spans found in it.

In the spirit of spaCy's `Doc`: every stage adds spans (start, end offsets into
`Document.text`) and never changes the text itself, so every table row can point
back at its evidence.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence-level unit: `text[start:end]`. A «…» quotation is never split."""

    sent_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """A word token; `token == Document.text[start:end]`."""

    sent_id: int
    tok_id: int  # index within the document
    start: int
    end: int
    token: str
    lemma: str


@dataclass(slots=True)
class Mention:
    """A gazetteer entity (or a person learned from the article) found in the text.

    entity_type: country | org | person | role | capital | demonym | pronoun | place
    country: ISO alpha-3 / X-code / IGO: code the mention stands for (may be "").
        A ``place`` (a region or city of regions.csv: ``entity_id`` ``AFG:Herat``)
        stands for no party, so its country is "" (the country it lies in is the
        part of ``entity_id`` before ``:``).
    """

    sent_id: int
    start: int
    end: int
    surface: str
    entity_id: str
    entity_type: str
    country: str = ""
    person: str = ""  # full name of the person this mention resolves to, if any
    role: str = ""  # role phrase, for role mentions ("رئیس جمهور")


@dataclass
class Document:
    """One article carried through the pipeline.

    `text` is the normalized article, title first (title, newline, body).
    """

    doc_id: str
    source: str
    text: str
    title: str = ""
    agency: str = ""
    date: str | None = None  # ISO date (Gregorian) when known
    date_raw: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    # --- navigation helpers -------------------------------------------------
    # Sentences and mentions are in text order; the helpers bisect lists of their
    # starts, built once per list (a list that is replaced or grows gets new ones).
    def _starts(self, items: list, name: str) -> tuple[list[int], bool]:
        """Starts of `items` and whether they are in order, cached per list."""
        cache = self.__dict__.setdefault("_index", {})
        key = (id(items), len(items), id(items[0]) if items else 0, id(items[-1]) if items else 0)
        hit = cache.get(name)
        if hit is None or hit[0] != key:
            starts = [x.start for x in items]
            hit = (key, starts, all(a <= b for a, b in pairwise(starts)))
            cache[name] = hit
        return hit[1], hit[2]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains character `offset` (None between sentences)."""
        i = bisect.bisect_right(self._starts(self.sentences, "sentences")[0], offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sent_id_at(self, offset: int) -> int:
        """The sent_id containing `offset`, or of the nearest sentence before it."""
        i = bisect.bisect_right(self._starts(self.sentences, "sentences")[0], offset) - 1
        return self.sentences[max(i, 0)].sent_id if self.sentences else 0

    def sentence_tokens(self, sent_id: int) -> list[Token]:
        """Tokens of one sentence, in order."""
        return [t for t in self.tokens if t.sent_id == sent_id]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying entirely inside [start, end), in text order."""
        mentions = self.mentions
        starts, in_order = self._starts(mentions, "mentions")
        if not in_order:  # extractors may hand over mentions out of order
            return [m for m in mentions if m.start >= start and m.end <= end]
        out = []
        for i in range(bisect.bisect_left(starts, start), len(starts)):
            if starts[i] > end:  # a mention starting after `end` cannot end by `end`
                break
            m = mentions[i]
            if m.end <= end:
                out.append(m)
        return out

    def iter_sentences(self) -> Iterator[Sentence]:
        return iter(self.sentences)
