"""Number parsing: digits in three scripts, number words, mixed forms, ordinals."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import numbers as _numbers
from analysis.lexicon.numbers import (
    FRACTIONS,
    IRREGULAR_ORDINALS,
    ORDINAL_SUFFIXES,
    SCALES,
    SMALL_NUMBERS,
)
from analysis.numbers import (
    find_numbers,
    is_ordinal,
    parse_number,
    parse_ordinal,
    to_digits,
    to_words,
)

SCRIPTS = ("persian", "arabic", "latin")
PERSIAN = str.maketrans("0123456789.,", "۰۱۲۳۴۵۶۷۸۹٫٬")
ARABIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")


def in_scripts(latin: str) -> list[str]:
    """The same number written with Latin, Persian and Arabic-Indic digits."""
    return [latin, latin.translate(PERSIAN), latin.translate(ARABIC)]


@pytest.mark.parametrize(
    "latin, value",
    [
        ("51000", 51000),
        ("51,000", 51000),
        ("1,200,000", 1200000),
        ("20.5", 20.5),
        ("1.116", 1.116),
        ("0", 0),
    ],
)
def test_digits_in_every_script(latin, value):
    for text in in_scripts(latin):
        assert parse_number(text) == value, text


@pytest.mark.parametrize(
    "latin, value",
    [
        ("51 هزار", 51000),
        ("3 میلیارد", 3_000_000_000),
        ("2.5 میلیون", 2_500_000),
        ("1.116 میلیون", 1_116_000),
        ("3 هزار و 500", 3500),
        ("500 هزار", 500_000),
    ],
)
def test_mixed_digits_and_scale_words_in_every_script(latin, value):
    for text in in_scripts(latin):
        assert parse_number(text) == value, text


@pytest.mark.parametrize(
    "text, value",
    [
        ("هفت", 7),
        ("پنجاه و یک", 51),
        ("پنجاه و یک هزار", 51000),
        ("یک میلیون و دویست هزار", 1_200_000),
        ("دو هزار و پانصد", 2500),
        ("صد", 100),
        ("هزار", 1000),
        ("نیم", 0.5),
        ("نیم میلیون", 500_000),
        ("یک و نیم میلیون", 1_500_000),
        ("دو و نیم", 2.5),
        ("صد و پنجاه هزار", 150_000),
        ("یکصد", 100),
        ("یک‌صد", 100),  # joined with ZWNJ
        ("یکهزار", 1000),  # joined without a space
        ("هزار میلیارد", 10**12),
        ("سیصد و شصت و پنج", 365),
        ("صفر", 0),
        ("يك ميليون", 1_000_000),  # Arabic yeh and kaf
    ],
)
def test_number_words(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text, value",
    [
        # the scales after the second part scale the whole (budgets in هزار میلیارد)
        ("۵ هزار و ۷۰۰ هزار میلیارد", 5_700 * 10**12),
        ("دو هزار و سیصد هزار میلیارد", 2_300 * 10**12),
        ("۳ میلیون و ۲۰۰ هزار میلیارد", 3_200_000 * 10**9),
        ("۵ هزار و ۷۰۰ هزار میلیارد و ۲۰۰ میلیارد", 5_700 * 10**12 + 200 * 10**9),
        # one scale after the second part: unchanged
        ("۲ هزار و ۵۰۰ میلیارد", 2_500 * 10**9),
        ("۲ میلیون و ۷۱۰ هزار", 2_710_000),
        ("دو میلیارد و ۵۰۰ میلیون", 2_500_000_000),
        # stacked scales multiply (liquidity reports: `۸ هزار هزار میلیارد تومان`)
        ("۸ هزار هزار میلیارد", 8 * 10**15),
        ("هزار هزار", 10**6),
    ],
)
def test_a_run_of_scales_after_the_second_part(text, value):
    assert parse_number(text) == value


def test_an_ordinal_right_after_a_scale_is_not_part_of_the_number():
    # `۵ میلیارد سوم` (five billion som): سوم is the currency here, not "third"
    assert parse_number("۵ میلیارد") == 5 * 10**9
    with pytest.raises(ValueError):
        parse_number("۵ میلیارد سوم")
    assert parse_ordinal("هزار و سوم") == 1003  # with `و` it is the ordinal



@pytest.mark.parametrize(
    "text, rank",
    [
        ("دومین", 2),
        ("سوم", 3),
        ("سومین", 3),
        ("نخستین", 1),
        ("اول", 1),
        ("پنجم", 5),
        ("بیستم", 20),
        ("سی‌ام", 30),
        ("بیست و پنجمین", 25),
        ("۲۵امین", 25),
        ("25ام", 25),
        ("٢٥مین", 25),
    ],
)
def test_ordinals_are_ordinals_not_cardinals(text, rank):
    assert parse_ordinal(text) == rank
    assert is_ordinal(text)
    with pytest.raises(ValueError, match="ordinal"):
        parse_number(text)


@pytest.mark.parametrize("text", ["سهم", "سه‌شنبه", "ده‌ها", "هزاران", "نود و"])
def test_look_alikes_are_not_ordinals_or_numbers(text):
    assert not is_ordinal(text)
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(
    "text",
    ["", "abc", "نفر", "۳، ۴", "3, 4", "۲۴ و ۲۵", "۵۱ هزار نفر", "سه چهار", "میلیونی", "1,5"],
)
def test_not_a_number_raises_a_clear_error(text):
    with pytest.raises(ValueError, match="not a"):
        parse_number(text)


def test_error_message_names_the_text():
    with pytest.raises(ValueError, match="abc"):
        parse_number("abc")


def test_find_numbers_in_running_text():
    text = "جان بیش از ۵۱ هزار نفر و یک میلیون و دویست هزار کودک در ۲۴ و ۲۵ فوریه"
    spans = find_numbers(text)
    assert [(s.text, s.value) for s in spans] == [
        ("۵۱ هزار", 51000), ("یک میلیون و دویست هزار", 1_200_000), ("۲۴", 24), ("۲۵", 25)]
    for s in spans:
        assert text[s.start:s.end] == s.text


def test_find_numbers_keeps_a_list_apart_from_a_decimal():
    spans = find_numbers("موارد ۳، ۴ و ۲٫۵ درصد")
    assert [s.value for s in spans] == [3, 4, 2.5]


def test_find_numbers_skips_words_that_contain_number_words():
    assert find_numbers("روز سه‌شنبه ده‌ها نفر نه‌تنها صدها") == []


def test_find_numbers_flags_ordinals_and_adjectival_scales():
    spans = find_numbers("بیست و پنجمین سالگرد و جمعیت ۲٫۲ میلیونی غزه")
    assert spans[0].ordinal and spans[0].value == 25
    assert spans[1].adjectival and spans[1].value == 2_200_000


def test_find_numbers_splits_a_scale_word_glued_to_the_noun():
    text = "بیش از ۵۵ هزارگواهینامه توقیف شد"
    (span,) = find_numbers(text)
    assert (span.text, span.value) == ("۵۵ هزار", 55000)


def test_to_words_examples():
    assert to_words(1_200_000) == "یک میلیون و دویست هزار"
    assert to_words(2500) == "دو هزار و پانصد"
    assert to_words(51) == "پنجاه و یک"
    with pytest.raises(ValueError):
        to_words(-1)


# --- properties ---------------------------------------------------------------

@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_words_parse_back(n):
    assert parse_number(to_words(n)) == n


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(SCRIPTS), st.booleans())
def test_digits_parse_back_in_any_script(n, script, group):
    assert parse_number(to_digits(n, script, group)) == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99),
       st.sampled_from(SCRIPTS), st.booleans())
def test_decimals_parse_back_in_any_script(whole, hundredths, script, group):
    table = {"persian": PERSIAN, "arabic": ARABIC, "latin": {}}[script]
    fraction = f"{hundredths:02d}".translate(table)
    text = to_digits(whole, script, group) + {"latin": "."}.get(script, "٫") + fraction
    assert parse_number(text) == pytest.approx(whole + hundredths / 100)


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["هزار", "میلیون", "میلیارد"]),
       st.sampled_from(SCRIPTS))
def test_digits_with_a_scale_word_parse_back(n, scale, script):
    factor = {"هزار": 1000, "میلیون": 10**6, "میلیارد": 10**9}[scale]
    assert parse_number(f"{to_digits(n, script)} {scale}") == n * factor


@given(st.integers(min_value=1, max_value=999_999_999))  # zero (`صفر`) is also a month name
def test_find_numbers_finds_a_number_in_words_inside_a_sentence(n):
    words = to_words(n)
    text = f"گزارش شد {words} نفر"
    spans = find_numbers(text)
    assert len(spans) == 1 and spans[0].value == n and spans[0].text == words


# --- the fast scan gives what a plain scan gives --------------------------------

_NUMBER_WORDS = [*SMALL_NUMBERS, *SCALES, *FRACTIONS, *IRREGULAR_ORDINALS]
_SCAN_PIECES = _NUMBER_WORDS + [
    "و", "ی", "ها", "ان", "گواهینامه", "شنبه", "کشور", "نفر", "۲", "۱۲", "5", "٫", ".", ",", "٬",
    "\u200c", "\u00ad", " ", " ", " ", "، ", "-", "_", "a", "ّ", "\n",
] + [s.lstrip("\u200c") for s in ORDINAL_SUFFIXES]


def _find_numbers_by_plain_scan(text):
    """`find_numbers` as it was before the fast scan: every token of `text`, no skipping."""
    toks = _numbers._tokens(text)
    spans, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.kind in ("other", "and") or (t.kind == "scale" and t.adjectival):
            i += 1
            continue
        parsed = _numbers._parse_tokens(toks, i)
        if parsed is None:
            i += 1
            continue
        end = toks[i + parsed.n - 1].end
        spans.append((t.start, end, text[t.start:end], _numbers._as_number(parsed.value),
                      parsed.ordinal, parsed.words, parsed.scale, parsed.adjectival))
        i += parsed.n
    return spans


def _as_tuples(spans):
    return [(s.start, s.end, s.text, s.value, s.ordinal, s.words, s.scale, s.adjectival)
            for s in spans]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES), min_size=1, max_size=30))
def test_find_numbers_equals_a_plain_scan_of_every_token(pieces):
    text = "".join(pieces)
    assert _as_tuples(find_numbers(text)) == _find_numbers_by_plain_scan(text)


@pytest.mark.parametrize("text", [
    "یک‌صد و پنجاه", "سه‌شنبه ۲۰ درصد", "و‌یک هزار", "۵۵ هزارگواهینامه و دو", "بیست و پنجمین",
    "سی‌ام", "۲۵‌امین", "یکهزار و ۲۰۰", "هزاران نفر", "نه‌تنها دو", "دو\u00adهزار", "a۱۲ب دو",
])
def test_find_numbers_equals_a_plain_scan_on_tricky_words(text):
    assert _as_tuples(find_numbers(text)) == _find_numbers_by_plain_scan(text)


@given(st.text(alphabet="".join(set("".join(_SCAN_PIECES))), max_size=40))
def test_no_token_holds_a_space(text):
    """The fast scan resumes after a space: it relies on no token spanning one."""
    assert all(" " not in m.group() for m in _numbers._TOKEN_RE.finditer(text))


def test_find_numbers_offset_shifts_the_spans():
    text = "بیش از ۵۱ هزار نفر و دو کشور"
    plain, shifted = find_numbers(text), find_numbers(text, 100)
    assert [(s.start + 100, s.end + 100, s.text, s.value) for s in plain] == \
        [(s.start, s.end, s.text, s.value) for s in shifted]
