"""Robust input: encodings, HTML pages, bad files, size limits; every file accounted for."""

from __future__ import annotations

import codecs
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.corpus import (
    Article,
    ReadError,
    iter_articles,
    load_corpus,
    split_page,
    strip_furniture,
)
from analysis.decode import DecodeError, decode_bytes
from analysis.text import make_document, normalize

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "data" / "raw" / "real-news"
CORPUS_FILES = sorted(REAL.glob("[0-9][0-9][0-9].txt"))

# What an old Windows-1256 CMS stores: Arabic ي for Persian ی, Latin digits (the code
# page has no Persian ones), % for ٪.
_TO_CP1256 = str.maketrans({"ی": "ي", "٪": "%", **{chr(0x06F0 + i): str(i) for i in range(10)}})


def _doc(article: Article):
    return make_document(article.doc_id, article.title, article.body, source=article.source)


def _copy_corpus(tmp_path: Path, encoding: str) -> Path:
    out = tmp_path / encoding
    out.mkdir()
    shutil.copy(REAL / "metadata.csv", out / "metadata.csv")
    for path in CORPUS_FILES:
        text = path.read_text(encoding="utf-8")
        if encoding == "cp1256":
            data = text.translate(_TO_CP1256).encode("cp1256")
        else:
            data = text.encode(encoding)
        (out / path.name).write_bytes(data)
    return out


# --- encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig"])
def test_corpus_copy_in_other_encoding_gives_same_documents(tmp_path, encoding):
    original = load_corpus(REAL)
    items = list(iter_articles([_copy_corpus(tmp_path, encoding)]))
    assert all(isinstance(a, Article) for a in items), [a for a in items if isinstance(a, ReadError)]
    assert len(items) == len(original) == 59
    for mine, theirs in zip(items, original):
        assert (mine.doc_id, mine.date, mine.agency) == (theirs.doc_id, theirs.date, theirs.agency)
        assert mine.meta["outlet"] == theirs.meta["outlet"]
        assert normalize(mine.title) == normalize(theirs.title), mine.doc_id
        assert normalize(mine.body) == normalize(theirs.body), mine.doc_id


@pytest.fixture(scope="module")
def utf8_tables():
    from analysis.pipeline import analyze

    return analyze(load_corpus(REAL))


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16"])
def test_corpus_copy_in_other_encoding_gives_identical_tables(tmp_path, encoding, utf8_tables):
    from analysis.pipeline import analyze

    other = analyze(load_corpus(_copy_corpus(tmp_path, encoding)))
    assert len(other["articles"]) == 59
    for table, left in utf8_tables.items():
        left = left.reset_index(drop=True)
        right = other[table].reset_index(drop=True)
        assert left.equals(right), (encoding, table)


def test_decode_bytes_boms_and_detection():
    text = "وزیر امور خارجه ایران با همتای خود دیدار کرد و گفت‌وگو کرد. " * 5
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode_bytes(text.encode("utf-16"))[0] == text
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    arabic_ye = text.translate(_TO_CP1256)
    decoded, encoding = decode_bytes(arabic_ye.encode("cp1256"))
    assert decoded == arabic_ye and "1256" in encoding


def test_truncated_utf8_keeps_the_text_before_the_cut():
    text = "تیتر\nمتن خبر است و ادامه"
    data = text.encode("utf-8") + "ی".encode()[:1]
    decoded, encoding = decode_bytes(data)
    assert decoded == text and "truncated" in encoding


def test_binary_junk_cannot_be_decoded():
    with pytest.raises(DecodeError):
        decode_bytes(os.urandom(4096))
    with pytest.raises(DecodeError, match="control"):
        decode_bytes(bytes(range(32)) * 50)


# --- HTML ----------------------------------------------------------------------------------------


def _html_page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">
<title>{title} - خبرگزاری نمونه</title><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2025-09-05T12:56:00+03:30">
<script>var tracker = "SCRIPTJUNK"; document.write("SCRIPTJUNK");</script>
<style>.menu {{ color: red }} /* STYLEJUNK */</style></head><body>
<nav><ul><li><a href="/">صفحه اصلی</a></li><li><a href="/p">سیاسی MENUJUNK</a></li></ul></nav>
<article><h1>{title}</h1>{body}</article>
<div class="comments" id="comments"><h3>نظرات</h3><div class="comment">COMMENTJUNK نظر کاربر</div></div>
<footer>FOOTERJUNK کلیه حقوق محفوظ است</footer>
<script src="https://example.invalid/x.js"></script></body></html>"""


def test_html_page_around_a_real_article_gives_that_article(tmp_path):
    lines = [line.strip() for line in (REAL / "046.txt").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    (tmp_path / "page.html").write_text(_html_page(lines[0], lines[1:]), encoding="utf-8")
    [a] = load_corpus(tmp_path / "page.html")
    assert a.doc_id == "page" and a.title == lines[0]
    assert a.body.split("\n") == lines[1:]  # ZWNJ kept: `نخست‌وزیر`, not `نخستوزیر`
    assert "JUNK" not in a.title + a.body and "صفحه اصلی" not in a.body
    assert a.date == "2025-09-05" and a.agency == "تسنیم"


def test_html_without_article_text_is_an_error(tmp_path):
    (tmp_path / "blank.html").write_text("<html><head><script>x()</script></head><body></body></html>",
                                         encoding="utf-8")
    [err] = list(iter_articles([tmp_path / "blank.html"]))
    assert isinstance(err, ReadError) and "blank.html" in err.error


# --- limits and a folder of bad inputs ----------------------------------------------------------


def test_article_larger_than_the_limit_is_an_error(tmp_path):
    (tmp_path / "big.txt").write_text("تیتر\n" + "کلمه " * 500 + "\n", encoding="utf-8")
    [err] = list(iter_articles([tmp_path / "big.txt"], max_chars=1000))
    assert isinstance(err, ReadError) and "too large" in err.error and "big.txt" in err.error
    [ok] = load_corpus(tmp_path / "big.txt")  # under the default limit
    assert ok.doc_id == "big"


def test_bad_input_folder_every_file_accounted_for(tmp_path):
    good = (REAL / "001.txt").read_text(encoding="utf-8")
    files = {
        "good.txt": good.encode("utf-8"),
        "bom.txt": codecs.BOM_UTF8 + good.encode("utf-8"),
        "utf16.txt": good.encode("utf-16"),
        "win.txt": good.translate(_TO_CP1256).encode("cp1256"),
        "empty.txt": b"",
        "junk.txt": os.urandom(2048),
        "furniture.txt": "انتهای پیام/\n\nنظرات\n\ncaptcha\n".encode(),
        "long.txt": ("تیتر\n" + "ب" * 200_000 + "\n").encode("utf-8"),
        "quotes.txt": ("تیتر\n" + "«" * 5000 + " متن.\n").encode("utf-8"),
        "controls.txt": "تیتر\nمتن\x00 خبر\x07 است.\n".encode(),
        "bad.jsonl": b'{"title": "t", "body": "b."}\n{oops\n',
        "page.html": _html_page("تیتر صفحه", ["بند اول صفحه است و متن دارد." * 3]).encode("utf-8"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    items = list(iter_articles([tmp_path], max_chars=100_000))
    arts = [a for a in items if isinstance(a, Article)]
    errs = [a for a in items if isinstance(a, ReadError)]
    sources = {a.source for a in items}
    assert sources == {Path(n).stem for n in files}  # every file accounted for
    assert {e.source for e in errs} == {"empty", "junk", "furniture", "long", "bad"}
    assert all(e.stage == "read" and e.source in e.error for e in errs)
    reference = normalize(good)
    for name in ("good", "bom", "utf16", "win"):
        [a] = [a for a in arts if a.source == name]
        assert normalize(a.title + "\n" + a.body) == reference, name
    [controls] = [a for a in arts if a.source == "controls"]
    assert controls.body == "متن خبر است."
    for a in arts:  # pathological text finishes and keeps valid offsets
        doc = _doc(a)
        assert all(doc.text[t.start:t.end] == t.token for t in doc.tokens)


# --- properties ---------------------------------------------------------------------------------------

_LINES = st.lists(
    st.one_of(
        st.sampled_from(["", "", "انتهای پیام/", "نظرات", "captcha", "تیتر خبر", "تیتر دوم خبر مهم",
                         "متن خبر است.", "پوتین گفت: «ما آماده‌ایم.»", "بند بدون نقطه", "۲۱۳/۴۲"]),
        st.text(alphabet="اب پ ت.،«»\n؟!/-", max_size=40),
    ),
    max_size=30,
)


@settings(max_examples=150, deadline=None)
@given(_LINES, st.booleans())
def test_split_page_loses_no_text(lines, split):
    page = "\n".join(lines)
    stories = split_page(page, split)
    out = [line for title, body in stories for line in [title, *body] for line in line.split("\n")]
    expected = []
    for line in page.split("\n"):
        kept, _ = strip_furniture(line.strip())
        if kept.strip():
            expected.append(kept.strip())
    assert sorted(out) == sorted(expected)


def test_iso_8859_6_arabic_text():
    text = ("قال وزير الخارجية إن المحادثات مع الجانب الروسي كانت مثمرة، وأضاف أن البلدين "
            "اتفقا على تعزيز التعاون الاقتصادي والتجاري في السنوات المقبلة. ") * 3
    decoded, encoding = decode_bytes(text.encode("iso8859_6"))
    assert decoded == text and encoding == "iso8859_6"


def test_utf16_without_bom():
    text = "وزیر امور خارجه ایران گفت که مذاکرات مثبت بود. " * 20
    assert decode_bytes(text.encode("utf-16-le"))[0] == text
    assert decode_bytes(text.encode("utf-16-be"))[0] == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_every_corpus_article_decodes_from_utf16_without_bom(encoding):
    # charset-normalizer alone failed on one of them: the byte structure decides
    for path in sorted(REAL.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert decode_bytes(text.encode(encoding)) == (text, encoding), path.name


def test_utf16_structure_does_not_claim_other_bytes():
    english = "plain English text, 12 words and digits 345. " * 3
    assert decode_bytes(english.encode("utf-16-le")) == (english, "utf-16-le")
    assert decode_bytes(english.encode("utf-8"))[1] == "utf-8"
    with pytest.raises(DecodeError, match="binary content"):
        decode_bytes(bytes(4000))  # all NUL: not text in any encoding
    arabic = "قال وزير الخارجية إن المحادثات كانت مثمرة. " * 10
    assert decode_bytes(arabic.encode("cp1256"))[1] == "cp1256"


def test_csv_body_with_newlines_inside_quotes(tmp_path):
    path = tmp_path / "multi.csv"
    path.write_text('title,body\nتیتر,"بند اول است.\nبند دوم است."\n', encoding="utf-8")
    [a] = load_corpus(path)
    assert (a.doc_id, a.title, a.body) == ("multi", "تیتر", "بند اول است.\nبند دوم است.")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_reporting_line_never_fails(text):
    from analysis.corpus import find_reporting_line

    agency, cited = find_reporting_line(text)
    assert isinstance(agency, str) and isinstance(cited, str)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=600))
def test_decode_bytes_gives_text_or_decode_error(data):
    try:
        text, encoding = decode_bytes(data)
    except DecodeError:
        return
    assert isinstance(text, str) and encoding
