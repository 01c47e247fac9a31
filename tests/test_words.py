"""Content-word frequencies: stopwords, punctuation, numbers and verbs out; lemmas counted."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import analyze, make_document
from analysis.words import content_word, stopwords, top_words


ROOT = Path(__file__).resolve().parent.parent


def tokens_of(text: str) -> pd.DataFrame:
    doc = make_document(doc_id="t", title=text.split("\n")[0], body="\n".join(text.split("\n")[1:]))
    return pd.DataFrame([{"token": t.token, "lemma": t.lemma} for t in doc.tokens])


@pytest.fixture(scope="module")
def article_001() -> pd.DataFrame:
    return analyze(ROOT / "data/raw/real-news/001.txt")["tokens"]


def test_top_words_drops_stopwords_punctuation_numbers(article_001):
    words = top_words(article_001, n=50)
    assert list(words.columns) == ["word", "count"]
    found = set(words["word"])
    assert {"از", "به", "در", "و", "که", "این", "با"}.isdisjoint(found)  # stopwords
    assert {":", "،", ".", "«", "»", "/"}.isdisjoint(found)  # punctuation
    assert not any(any(ch in "۰۱۲۳۴۵۶۷۸۹0123456789" for ch in w) for w in found)  # numbers
    # article 001 is about Brazil, Syria and Iran
    assert {"برزیل", "سوریه", "ایران"} <= set(words["word"].head(5))


def test_counts_are_lemmas_sorted_and_stable():
    toks = tokens_of("روابط کشورها\nکشور با کشورهای دیگر روابط دارد. کشورها همکاری کردند.")
    words = top_words(toks, n=5)
    assert words.iloc[0].tolist() == ["کشور", 4]  # کشورها, کشور, کشورهای, کشورها
    assert words["count"].is_monotonic_decreasing
    assert top_words(toks, n=5).equals(words)
    assert len(top_words(toks, n=1)) == 1


def test_verbs_dropped_or_past_stem():
    toks = tokens_of("خبر\nدولت پیشنهاد را پذیرفت و گروه دوم آن را می‌پذیرد و نامه فرستاد.")
    words = set(top_words(toks)["word"])
    assert {"دولت", "پیشنهاد", "گروه", "نامه"} <= words
    assert {"پذیرفت", "فرستاد"}.isdisjoint(words)
    assert not any("#" in w for w in words)
    stems = top_words(toks, verbs="past_stem")
    assert not stems["word"].str.contains("#").any()
    # `پذیرفت` and `می‌پذیرد` are one verb, counted by its past stem
    assert stems.set_index("word").loc["پذیرفت", "count"] == 2
    assert "فرستاد" in set(stems["word"])
    with pytest.raises(ValueError):
        content_word("گفت", "گفت#گو", verbs="keep")


def test_content_word_rules():
    assert content_word("کمک‌های", "کمک") == "کمک"
    assert content_word("۵۱٬۰۰۰", "۵۱٬۰۰۰") is None
    assert content_word("2231", "2231") is None
    assert content_word("«", "«") is None
    assert content_word("می‌تواند", "توانست#توان") is None
    assert "می‌تواند" in stopwords() and "آن" in stopwords()


def test_empty_tokens_table():
    empty = pd.DataFrame({"token": pd.Series(dtype=object), "lemma": pd.Series(dtype=object)})
    out = top_words(empty)
    assert out.empty and list(out.columns) == ["word", "count"]
