"""Pathological text goes through the whole pipeline in bounded time, with valid offsets.

No timing assertions: the inputs are large enough (~100 KB, one of them 1 MB) that a
stage quadratic in the length of a sentence would hang this test visibly (minutes to
hours instead of a second or two), small enough that linear code passes quickly.
"""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.corpus import Article

SIZE = 100_000  # characters of body per case
TITLE = "تیتر خبر"
PERSIAN = "وزیر امور خارجه ایران با همتای روس خود در مسکو دیدار کرد و گفت که "


def _fill(unit: str, size: int = SIZE) -> str:
    return unit * (size // len(unit) + 1)


# name → body; each is one article
CASES = {
    # very long runs without spaces (hazm folds a letter repeated 3+ times)
    "one_letter_1mb": "ب" * 1_000_000,
    "word_run_no_spaces": _fill("سلام"),
    "latin_run": _fill("ab"),
    "digit_run": "۱" * SIZE,
    "zwnj_run": _fill("می\u200c"),
    "url_like": _fill("http://example.com/a_b-c?d=e&"),
    # guillemets: thousands of «, of », unbalanced, nested
    "open_guillemets": "«" * SIZE,
    "close_guillemets": "»" * SIZE,
    "open_guillemets_spaced": _fill("« "),
    "unbalanced_guillemets": _fill("« » » « «« متن گفت: «"),
    "nested_quotes_with_periods": _fill("او گفت: «ما «آماده» هستیم. "),
    # mixed scripts inside Persian
    "mixed_scripts": _fill("سلام Hello Привет 你好 😀 ایران ﷺ α β.\n"),
    # control characters, including NUL, and bidi marks
    "c0_controls": _fill("".join(chr(i) for i in range(32) if i != 10) + " متن "),
    "bidi_marks": _fill("\u200f\u200eمتن\u202a\u202b\u202c\u2066\u2067\u2068\u2069\u061c "),
    "nul_inside_words": _fill("وز\x00یر گف\x00ت «ما\x00».\n"),
    # punctuation storms
    "colons": ":" * SIZE,
    "commas": "،" * SIZE,
    "periods": "." * SIZE,
    "percent_signs": _fill("٪ % "),
    "many_short_lines": _fill("متن\n"),
    "many_blank_lines": _fill("\n\n\n\nمتن"),
    # one sentence (no end anywhere) full of speech verbs, of mentions, of ordinary Persian
    "many_speech_verbs_one_sentence": _fill("گفت "),
    "many_mentions_one_sentence": _fill("ایران Hello "),
    "one_giant_sentence": _fill(PERSIAN),
    # numbers and statistics cues in one sentence (statistics.py reads a window around each)
    "many_numbers_one_sentence": _fill("۱,"),
    "many_cue_words_one_sentence": _fill("دیدار درصد هزار گفت که و "),
}

# table → the column that must equal text[start:end]
EVIDENCE = {"sentences": "text", "tokens": "token", "mentions": "surface",
            "meetings": "evidence", "quotes": "text", "statistics": "text"}


def _check(body: str) -> None:
    tables = analyze([Article("x", "x", TITLE, body)])
    assert tables["errors"].empty, tables["errors"]["error"].tolist()
    [text] = tables["articles"]["text"]
    assert text.startswith(TITLE)
    for name, col in EVIDENCE.items():
        df = tables[name]
        for start, end, value in zip(df["start"], df["end"], df[col]):
            assert 0 <= start <= end <= len(text) and text[start:end] == value, (name, start, end)
    sents = tables["sentences"]
    assert (sents["start"].iloc[1:].values >= sents["end"].iloc[:-1].values).all()


@pytest.mark.parametrize("name", list(CASES))
def test_pathological_text_finishes_with_valid_tables(name):
    _check(CASES[name])


def test_control_characters_do_not_reach_the_text():
    tables = analyze([Article("x", "x", TITLE, "متن\x00 خبر\x07 است\x1b.\u200f")])
    [text] = tables["articles"]["text"]
    assert not any(ord(c) < 32 and c != "\n" for c in text), repr(text)
    assert "متن" in text and "خبر" in text
