"""Normalization, sentence splitting and tokens on real text."""

from pathlib import Path

import pytest

from analysis.text import make_document, normalize, split_sentences, tokenize, word_tokens

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
