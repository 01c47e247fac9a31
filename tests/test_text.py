"""Normalization, sentence splitting and tokens on real text."""

import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import text as text_mod
from analysis.corpus import Article, iter_articles
from analysis.document import Sentence, Token
from analysis.text import (
    TOKEN_RE,
    make_document,
    normalize,
    split_sentences,
    tokenize,
    word_tokens,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = next((ROOT / "data/raw/seed").glob("*.txt"))


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("كمك ي", "کمک\u200cی"),  # Arabic kaf/yeh become Persian
        ("دنبال می کند و کمک های ضروری", "دنبال می\u200cکند و کمک\u200cهای ضروری"),  # ZWNJ
        ("اسلواکی،کوبا", "اسلواکی، کوبا"),  # space after the Persian comma
        ("وخامت اوضاع  انسانی\u00a0در غزه", "وخامت اوضاع انسانی در غزه"),  # NBSP, double space
    ],
)
def test_normalize_follows_hazm(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "raw, number",
    [
        ("جان بیش از 51,000 نفر", "۵۱٬۰۰۰"),
        ("جان بیش از ۵۱٬۰۰۰ نفر", "۵۱٬۰۰۰"),
        ("جان بیش از ٥١٬٠٠٠ نفر", "۵۱٬۰۰۰"),
        ("رشد ۲۰٫۵ درصدی", "۲۰٫۵"),
        ("رشد 20.5 درصدی", "۲۰٫۵"),
        ("بیش از 51 هزار نفر", "۵۱"),
    ],
)
def test_numbers_stay_one_token(raw, number):
    text = normalize(raw)
    assert number in word_tokens(text)
    assert number in text.split()


def test_list_comma_is_not_a_decimal():
    text = normalize("بندهای ۳، ۴ و ۵")
    assert ["۳", "،", "۴"] == word_tokens(text)[1:4]


def test_normalize_is_idempotent_on_the_seed():
    once = normalize(SEED.read_text(encoding="utf-8"))
    assert normalize(once) == once


def test_multi_sentence_quotation_is_one_unit():
    doc = make_document("seed", "", SEED.read_text(encoding="utf-8"))
    units = [s.text for s in doc.sentences if "آقای تو لام" in s.text]
    assert len(units) == 1
    quote = units[0]
    assert quote.startswith("ولادیمیر پوتین گفت: «آقای تو لام")
    assert quote.endswith("چنین برنامه\u200cهایی وجود دارد.»")
    assert quote.count(".") == 3


def test_sentence_ends_split_outside_quotes():
    text = normalize("او آمد. وی گفت: «یک. دو.» سپس رفت! آیا برگشت؟ نه")
    assert [s.text for s in split_sentences(text)] == [
        "او آمد.", "وی گفت: «یک. دو.»", "سپس رفت!", "آیا برگشت؟", "نه"]


def test_headline_without_punctuation_is_its_own_sentence():
    doc = make_document("d", "پوتین: زیمبابوه شریک قابل اعتماد روسیه در آفریقاست",
                        "ولادیمیر پوتین اعلام کرد که زیمبابوه شریک است.")
    assert doc.sentences[0].text == doc.title
    assert len(doc.sentences) == 2


def test_offsets_slice_back_on_the_seed():
    doc = make_document("seed", "", SEED.read_text(encoding="utf-8"))
    assert doc.tokens and doc.sentences
    for sent in doc.sentences:
        assert doc.text[sent.start:sent.end] == sent.text
    for tok in doc.tokens:
        assert doc.text[tok.start:tok.end] == tok.token
        sent = doc.sentences[tok.sent_id]
        assert sent.start <= tok.start < tok.end <= sent.end
    assert [t.tok_id for t in doc.tokens] == list(range(len(doc.tokens)))


def test_seed_keeps_51_thousand_intact():
    doc = make_document("seed", "", SEED.read_text(encoding="utf-8"))
    words = [t.token for t in doc.tokens]
    i = words.index("۵۱")
    assert words[i - 2:i + 3] == ["بیش", "از", "۵۱", "هزار", "نفر"]


def test_title_comes_first_and_lemmas_exist():
    doc = make_document("d", "عنوان خبر", "متن کتاب‌ها اینجاست.")
    assert doc.text.startswith("عنوان خبر\n")
    lemmas = {t.token: t.lemma for t in doc.tokens}
    assert lemmas["کتاب‌ها"] == "کتاب"


def test_tokenize_uses_given_sentences_only():
    text = normalize("یک دو. سه")
    sents = split_sentences(text)
    assert [t.token for t in tokenize(text, sents[1:])] == ["سه"]


# --- the fast paths give the plain paths' output ------------------------------------------

def _split_char_by_char(text):
    """`split_sentences` as it was first written: one step per character (the reference)."""
    sentences = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        depth = start = i = 0
        n = len(line)
        while i < n:
            ch = line[i]
            if ch == "«":
                depth += 1
            elif ch == "»":
                depth = max(depth - 1, 0)
            ends = ch in text_mod._SENT_END or (ch == "»" and i > 0 and line[i - 1] in text_mod._SENT_END)
            if ends and depth == 0:
                j = i + 1
                while j < n and (line[j] in text_mod._SENT_END or line[j] in text_mod._CLOSERS):
                    if line[j] == "»":
                        depth = max(depth - 1, 0)
                    j += 1
                if j >= n or line[j].isspace():
                    text_mod._add_sentence(sentences, text, line_start + start, line_start + j)
                    start = j
                i = j
                continue
            i += 1
        text_mod._add_sentence(sentences, text, line_start + start, line_start + n)
    return sentences


def _tokenize_by_sentence(text, sentences):
    """`tokenize` sentence by sentence (the reference for its one-scan path)."""
    tokens = []
    for sent in sentences:
        for m in TOKEN_RE.finditer(text, sent.start, sent.end):
            tokens.append(Token(sent.sent_id, len(tokens), m.start(), m.end(), m.group(), text_mod.lemma(m.group())))
    return tokens


_ARTICLES = [a for a in iter_articles([ROOT / "data/raw"]) if isinstance(a, Article)]


def test_split_and_tokenize_match_the_plain_versions_on_the_corpus():
    for art in _ARTICLES:
        doc = make_document(art.doc_id, art.title, art.body)
        assert doc.sentences == _split_char_by_char(doc.text), art.doc_id
        assert doc.tokens == _tokenize_by_sentence(doc.text, doc.sentences), art.doc_id
        odd = doc.sentences[1::2]  # not all sentences: tokens between them belong to none
        assert tokenize(doc.text, odd) == _tokenize_by_sentence(doc.text, odd)


_SENT_ALPHABET = "اب پ.!?؟…«»)]\"'”’ \n\t۱2,٬٫.\u200c_a"


@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(alphabet=_SENT_ALPHABET, max_size=40))
def test_split_sentences_fuzz(text):
    assert split_sentences(text) == _split_char_by_char(text)
    sents = split_sentences(text)
    assert tokenize(text, sents) == _tokenize_by_sentence(text, sents)


@settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(alphabet="اب ۱2,.\u200c_a\n", max_size=30), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=5))
def test_tokenize_any_sentences(text, spans):
    """Made-up sentences (cutting words, overlapping, out of order) fall back to the plain path."""
    sents = [Sentence(i, min(a, b, len(text)), min(max(a, b), len(text)), "") for i, (a, b) in enumerate(spans)]
    assert tokenize(text, sents) == _tokenize_by_sentence(text, sents)


def test_tokens_built_by_slots_equal_constructed_ones():
    assert text_mod._TOKEN_SLOTS is not None  # Token is a slotted dataclass
    columns = ([0, 1], [0, 1], [0, 5], [4, 9], ["کتاب", "رفت"], ["کتاب", "رفت#رو"])
    made = text_mod._make_tokens(columns)
    assert made == [Token(*row) for row in zip(*columns)]
    assert all(type(t) is Token for t in made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made[0].start = 3  # still frozen


def test_shared_lemmatizer_equals_hazm_lemmatizer():
    """The Lemmatizer on fastnorm's shared lists lemmatizes like a plain hazm Lemmatizer()."""
    from hazm import Lemmatizer

    plain = Lemmatizer()
    shared = text_mod._lemmatizer()
    words = {t.token for art in _ARTICLES for t in make_document(art.doc_id, art.title, art.body).tokens}
    words |= set(list(plain.verbs)[::50])  # conjugated forms, joined ones (with `_`) too
    words |= {"گفته_شده_است", "نچشیده_است", "کتاب‌ها", "می‌روم", "است", "_"}
    for word in words:
        expected = plain.lemmatize(word) or word if word and word[0].isalpha() else word
        assert text_mod.lemma(word) == expected, word
        if "_" not in word:
            assert shared.lemmatize(word) == plain.lemmatize(word), word
