"""Document's navigation helpers (bisect on cached starts) agree with a plain scan."""

import random
from pathlib import Path

import pytest

from analysis.corpus import iter_articles
from analysis.document import Mention
from analysis.pipeline import extract, to_document

RAW = Path(__file__).resolve().parents[1] / "data" / "raw" / "real-news"


@pytest.fixture(scope="module")
def doc():
    article = next(a for a in iter_articles([RAW]) if len(a.body) > 3000)
    found = extract(to_document(article))
    assert len(found.doc.mentions) > 20
    return found.doc


def _scan(doc, start, end):
    return [m for m in doc.mentions if m.start >= start and m.end <= end]


def test_mentions_in_matches_a_scan(doc):
    rng = random.Random(1)
    n = len(doc.text)
    for _ in range(500):
        a, b = sorted(rng.randrange(-5, n + 5) for _ in range(2))
        assert doc.mentions_in(a, b) == _scan(doc, a, b)
    for m in doc.mentions:  # exact bounds of every mention
        assert m in doc.mentions_in(m.start, m.end)
        assert doc.mentions_in(m.start, m.end) == _scan(doc, m.start, m.end)


def test_mentions_in_follows_a_replaced_or_unsorted_list(doc):
    saved = doc.mentions
    try:
        doc.mentions = list(reversed(saved))  # out of order: the scan is used
        assert doc.mentions_in(0, len(doc.text)) == list(reversed(saved))
        extra = Mention(0, 0, 3, doc.text[:3], "x", "country")
        doc.mentions = [extra, *saved]  # a new list: new starts
        assert doc.mentions_in(0, 3) == _scan(doc, 0, 3)
        assert extra in doc.mentions_in(0, 3)
    finally:
        doc.mentions = saved


def test_sentence_at_and_sent_id_at(doc):
    for s in doc.sentences:
        assert doc.sentence_at(s.start) == s
        assert doc.sentence_at(s.end - 1) == s
        assert doc.sent_id_at(s.start) == s.sent_id
    assert doc.sent_id_at(-1) == doc.sentences[0].sent_id
