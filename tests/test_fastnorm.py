"""The fast normalizer gives exactly the output of the hazm-based reference.

`fastnorm.hazm_normalize` against hazm's `Normalizer().normalize`, and the project's
`normalize` (which runs fastnorm) against `normalize_reference` (which runs hazm).
"""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import fastnorm
from analysis.corpus import Article, iter_articles
from analysis.text import _normalizer, normalize, normalize_reference

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data/raw"
FILES = sorted(RAW.rglob("*.txt"))


def test_corpus_is_there():
    assert len(FILES) >= 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(RAW)))
def test_whole_files_match_the_reference(path):
    raw = path.read_text(encoding="utf-8")
    assert normalize(raw) == normalize_reference(raw)
    assert fastnorm.hazm_normalize(raw) == _normalizer().normalize(raw)


def test_titles_and_bodies_match_the_reference():
    """Document by document, as make_document calls it (title and body apart)."""
    articles = [a for a in iter_articles([RAW]) if isinstance(a, Article)]
    assert len(articles) >= 60
    for art in articles:
        for part in (art.title, art.body):
            assert normalize(part) == normalize_reference(part), art.doc_id


def test_every_line_matches_hazm():
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert fastnorm.hazm_normalize(line) == _normalizer().normalize(line), line


def test_project_normalize_is_the_fast_one(monkeypatch):
    raw = "دنبال می کند و كمك هاي ضروری به 51,000 نفر"
    assert normalize(raw) == normalize_reference(raw)
    assert normalize(raw) == "دنبال می\u200cکند و کمک\u200cهای ضروری به ۵۱٬۰۰۰ نفر"
    monkeypatch.setattr(fastnorm, "normalize", lambda text: "fast")
    assert normalize(raw) == "fast"  # analysis.text.normalize runs analysis.fastnorm


@pytest.mark.parametrize(
    "raw",
    [
        "",
        " ",
        "\n \n\t\n",  # blank lines that hazm keeps as they are
        "زمین لرزه ای",  # chained joins
        "نمیدانم چه میگفت",  # می separated by the verb list
        "سلامممم به همه",  # repeated letters
        "ماه می سال جدید",  # not a verb: no join
        '"سلام" ( متن ) « نقل » x.y ۱۲ab ab۱۲ 10.450 و ...',
        "a\u200c\u200c b \u200cc\u200c. \u200cd",  # ZWNJ clean-up
        "رشد 20.5 درصدی و 51,000 نفر و بندهای ۳، ۴ و QQNUMQQ",
        "پیامبر اکرم ﷺ ﷼ ﻻ",
        "کتاب\tها\n\n\n\nو دفتر ها",
    ],
)
def test_edge_cases_match(raw):
    assert fastnorm.hazm_normalize(raw) == _normalizer().normalize(raw)
    assert normalize(raw) == normalize_reference(raw)


_ALPHABET = (
    "\x00\x07\x1f\x7f"
    "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةءأإؤئ"
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789"
    "        \n\t\r\u200c\u00a0\u2009"
    ".,:;!?؟،؛«»\"'()[]{}/\\-_+%٪٫٬…ـ"
    "\u064b\u064e\u0650\u0651\u0652\u0670\ufdf2\ufefb\ufb8e\u06c0abcQ"
)
_WORDS = ["می", "نمی", "ها", "های", "ی", "ای", "تر", "ترین", "گر", "است", "کند", "شود",
          "کتاب", "زمین", "لرزه", "خواهد", "شد", "گفت", "و", "گو", "بین", "المللی",
          "QQNUMQQ", "...", "51,000", "20.5", "۲۰٫۵", '"', "«", "»", " ", "  ", "\n", "\u200c"]
_PERSIANISH = st.lists(
    st.one_of(st.text(alphabet=_ALPHABET, max_size=6), st.sampled_from(_WORDS)), max_size=25
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(_PERSIANISH)
def test_fuzz_matches_the_reference(text):
    assert fastnorm.hazm_normalize(text) == _normalizer().normalize(text)
    assert normalize(text) == normalize_reference(text)


def test_tables_come_from_hazm():
    """The join table is built from hazm's word and verb lists, not copied."""
    tb = fastnorm._tables()
    assert "می" in tb.heads["کند"]  # می‌کند is one of hazm's verbs
    assert tb.words is _normalizer()._words


_ZWNJ_TEXT = st.text(alphabet="\u200c\u200c\u200c \nاب۱1.»\u064e\u0670_a\t", max_size=12)


@settings(max_examples=2000, deadline=None)
@given(_ZWNJ_TEXT)
def test_zwnj_patterns_match_analysis_text(text):
    """fastnorm's literal-first forms of text.py's ZWNJ clean-up remove the same runs."""
    from analysis import text as project_text

    if hasattr(project_text, "_STRAY_ZWNJ"):
        assert fastnorm.STRAY_ZWNJ.sub("", text) == project_text._STRAY_ZWNJ.sub("", text)
    if hasattr(project_text, "_LOOSE_ZWNJ"):
        assert fastnorm.LOOSE_ZWNJ.sub("", text) == project_text._LOOSE_ZWNJ.sub("", text)
