"""Numbers in Persian text: parsing, finding in running text, writing in words.

Pure functions, no hazm: digits in Persian (۰-۹), Arabic-Indic (٠-٩) and Latin
scripts with thousands (`٬ ,`) and decimal (`٫ .`) separators; number words joined
by `و` (`یک میلیون و دویست هزار` = 1200000); mixed forms (`۱۲ هزار`,
`۲٫۵ میلیون`); `نیم` (half); and ordinals (`دومین`, `سوم`, `۲۵امین`), which are
recognized as ordinals and never as cardinals.

    >>> parse_number("پنجاه و دو هزار")
    52000
    >>> parse_number("۲٫۵ میلیون")
    2500000
    >>> parse_ordinal("بیست و پنجمین")
    25
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from .lexicon.numbers import (
    ADJECTIVE_SUFFIX,
    AND,
    FRACTIONS,
    HUNDREDS,
    IRREGULAR_ORDINALS,
    NOT_ORDINAL_STEMS,
    ONES,
    ORDINAL_SUFFIXES,
    SCALE_PLURAL_ENDINGS,
    SCALES,
    SMALL_NUMBERS,
    TEENS,
    TENS,
    ZERO,
)

ZWNJ = "\u200c"
SOFT_HYPHEN = "\u00ad"  # some sites join words with it where others use ZWNJ
DIGIT = "[0-9۰-۹٠-٩]"  # a digit: Latin, Persian or Arabic-Indic
_DIGITS = DIGIT
_TO_LATIN = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2)
_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u0640": None})  # Arabic forms, tatweel

# A number in digits: thousands groups (`12,500`, `۱۲٬۵۰۰`) and/or a decimal part
# (`20.5`, `۲۰٫۵`). A comma and a space (`۳، ۴`, `3, 4`) is a list, never a number.
# The project's one grammar of written numbers: `analysis.text.NUMBER_RE` (which
# protects numbers from hazm's normalizer) is this pattern where no digit precedes.
DIGITS_RE = re.compile(
    rf"{_DIGITS}{{1,3}}(?:[,٬]{_DIGITS}{{3}})+(?:[.٫]{_DIGITS}+)?(?!{_DIGITS})"
    rf"|{_DIGITS}+(?:[.٫]{_DIGITS}+)?(?!{_DIGITS})"
)
# A digit number with an ordinal suffix glued on (`۲۵ام`, `۲۵مین`, `۲۵امین`).
_DIGIT_ORDINAL_SUFFIXES = "|".join(sorted({s.lstrip(ZWNJ) for s in ORDINAL_SUFFIXES}, key=len,
                                           reverse=True))
_DIGIT_ORDINAL_RE = re.compile(rf"({_DIGITS}+){ZWNJ}?(?:{_DIGIT_ORDINAL_SUFFIXES})")
# Words (letters with inner ZWNJ) and digit runs, for scanning running text.
_TOKEN_RE = re.compile(
    rf"{_DIGITS}+{ZWNJ}?(?:{_DIGIT_ORDINAL_SUFFIXES})(?![^\W\d_])"
    rf"|(?<![0-9۰-۹٠-٩]){DIGITS_RE.pattern}"
    rf"|{_DIGITS}+"
    rf"|[^\W\d_]+(?:[{ZWNJ}{SOFT_HYPHEN}][^\W\d_]+)*"
)


@dataclass(frozen=True)
class NumberSpan:
    """A number found in text: `text[start:end]`, its value and how it is written."""

    start: int
    end: int
    text: str
    value: int | float
    ordinal: bool = False  # `دومین`, `سوم`, `۲۵ام`: a rank, not a quantity
    words: bool = False  # written (at least partly) in words: `پنجاه و یک هزار`
    scale: int = 1  # largest scale word used (1000 for `۵۱ هزار`), 1 for none
    adjectival: bool = False  # ends in `-ی` (`۲٫۲ میلیونی`): modifies the noun before


# --- tokens ---------------------------------------------------------------------

class _Tok(NamedTuple):
    """One token of a number. A tuple: `find_numbers` builds thousands of them."""

    start: int
    end: int
    kind: str  # num | small | scale | frac | and | ord | other
    value: Decimal = Decimal(0)
    ord_stem: str = ""  # for kind == "ord": the kind of the stem (num | small | scale)
    adjectival: bool = False


_PART_SPLIT_RE = re.compile(f"[{ZWNJ}{SOFT_HYPHEN}]")
# Stands for any run of `other` tokens in `find_numbers`: an `other` token only ever
# stops a number (no rule reads its offsets), so one is as good as many.
_OTHER = _Tok(-1, -1, "other")
_STARTERS = frozenset({"num", "small", "frac"})  # kinds a glued scale may follow

# Where a number can start: a number starts at a token of a digit word, or of a letter
# word one of whose letter runs (the parts between ZWNJs) is one of these (a number
# word, an adjectival scale, an ordinal, a joined cardinal); a glued scale
# (`هزارگواهینامه`) only follows such a token. `و` alone never starts one.
_NUMBER_RUNS: frozenset[str] = frozenset(
    _PART_SPLIT_RE.split(word)[0]
    for word in (
        *SMALL_NUMBERS, *SCALES, *(scale + ADJECTIVE_SUFFIX for scale in SCALES), *FRACTIONS,
        *IRREGULAR_ORDINALS,
        *(stem + suffix for stem in (*SMALL_NUMBERS, *SCALES) for suffix in ORDINAL_SUFFIXES),
        *(small + scale for small in SMALL_NUMBERS for scale in SCALES),
    )
)


def _trie_pattern(words) -> str:
    """An alternation of `words` as a prefix tree (`دو(?:م(?:ین)?|...)?`): the regex
    engine tries one branch per letter instead of every word at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# A digit, or a whole letter run (letters on neither side) in `_NUMBER_RUNS`.
_CANDIDATE_RE = re.compile(
    rf"{_DIGITS}|(?<![^\W\d_])(?:{_trie_pattern(_NUMBER_RUNS)})(?![^\W\d_])")


def _latin_digits(text: str) -> str:
    return text.translate(_TO_LATIN)


def _digits_value(text: str) -> Decimal:
    """Value of a digit string with separators (`۵۱٬۰۰۰`, `20.5`)."""
    latin = _latin_digits(text).replace("٬", "").replace(",", "").replace("٫", ".")
    try:
        return Decimal(latin)
    except InvalidOperation as exc:  # pragma: no cover - DIGITS_RE guarantees the form
        raise ValueError(f"not a number: {text!r}") from exc


@lru_cache(maxsize=200_000)
def _ordinal_stem(word: str) -> tuple[str, Decimal] | None:
    """(`small`|`scale`, value) when `word` is a regular ordinal (`دوم`, `بیستمین`)."""
    if word in IRREGULAR_ORDINALS:
        return "small", Decimal(IRREGULAR_ORDINALS[word])
    for suffix in ORDINAL_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            stem = word[: -len(suffix)]
            if stem in NOT_ORDINAL_STEMS:  # `سهم` is "share"
                continue
            if stem in SMALL_NUMBERS:
                return "small", Decimal(SMALL_NUMBERS[stem])
            if stem in SCALES:
                return "scale", Decimal(SCALES[stem])
    return None


def _classify(word: str, start: int, end: int) -> _Tok:
    """One token of a number: a digit literal, a number word, `و`, or `other`."""
    kind, value, ord_stem, adjectival = _word_class(word)
    return _Tok(start, end, kind, value, ord_stem, adjectival)


@lru_cache(maxsize=200_000)
def _word_class(word: str) -> tuple[str, Decimal, str, bool]:
    """(kind, value, ord_stem, adjectival) of one word, cached: words repeat a lot."""
    if DIGITS_RE.fullmatch(word):
        return ("num", _digits_value(word), "", False)
    m = _DIGIT_ORDINAL_RE.fullmatch(word)
    if m:
        return ("ord", _digits_value(m.group(1)), "num", False)
    if word == AND:
        return ("and", Decimal(0), "", False)
    if word in SMALL_NUMBERS:
        return ("small", Decimal(SMALL_NUMBERS[word]), "", False)
    if word in SCALES:
        return ("scale", Decimal(SCALES[word]), "", False)
    stem_word = word.removesuffix(ADJECTIVE_SUFFIX)
    if stem_word != word and stem_word in SCALES:  # `میلیونی`: adjectival scale
        return ("scale", Decimal(SCALES[stem_word]), "", True)
    if word in FRACTIONS:
        return ("frac", Decimal(str(FRACTIONS[word])), "", False)
    stem = _ordinal_stem(word)
    if stem:
        return ("ord", stem[1], stem[0], False)
    return ("other", Decimal(0), "", False)


def _is_number_part(tok: _Tok) -> bool:
    return tok.kind in ("num", "small", "scale", "frac", "and", "ord")


@lru_cache(maxsize=200_000)
def _word_tokens(word: str) -> tuple[_Tok, ...] | None:
    """The tokens of one scanned word, offsets relative to it; None for one plain `other`.

    Cached per word: what a word yields does not depend on its neighbours, except a
    glued scale (`_glued_tokens`), which is tried on a plain `other` after a number.
    ZWNJ-joined number words (`یک‌صد`) are split into parts; a cardinal joined to a
    scale (`یکهزار`) into the two.
    """
    if ZWNJ in word or SOFT_HYPHEN in word:
        parts, pos = [], 0
        for part in _PART_SPLIT_RE.split(word):
            parts.append(_classify(part, pos, pos + len(part)))
            pos += len(part) + 1
        if all(_is_number_part(p) for p in parts) and parts[-1].kind != "and":
            return tuple(parts)
    tok = _classify(word, 0, len(word))
    if tok.kind == "other":
        joined = _split_joined_number(word, 0)  # `یکهزار`, `دوهزار`
        return tuple(joined) if joined else None
    return (tok,)


@lru_cache(maxsize=200_000)
def _glued_tokens(word: str) -> tuple[_Tok, ...] | None:
    """`_split_glued_scale` of a word at offset 0, cached per word."""
    glued = _split_glued_scale(word, 0)
    return tuple(glued) if glued else None


def _shifted(toks: tuple[_Tok, ...], offset: int) -> list[_Tok]:
    return [_Tok(t.start + offset, t.end + offset, t.kind, t.value, t.ord_stem, t.adjectival)
            for t in toks]


def _tokens(text: str) -> list[_Tok]:
    """Tokens of `text`, every `other` word included, with offsets into `text`."""
    out: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        word, start = m.group(), m.start()
        toks = _word_tokens(word)
        if toks is None:
            glued = _glued_tokens(word) if out and out[-1].kind in _STARTERS else None
            toks = glued or (_Tok(0, len(word), "other"),)  # `هزارگواهینامه` after a number
        out.extend(_shifted(toks, start))
    return out


def _number_tokens(text: str) -> list[_Tok]:
    """The tokens of `text` that `find_numbers` reads: `_tokens` without the words far
    from any number, every run of plain `other` tokens folded into `_OTHER` (empty when
    `text` holds no digit and no number word: most sentences).

    `_CANDIDATE_RE` finds where a number may start; `_TOKEN_RE` then scans from the
    space before it (no token holds a space, so scanning from there finds the tokens
    a scan from the start finds) through the run of number tokens, and stops at the
    first plain `other` token after it (which may be a glued scale). The words
    skipped are plain `other` tokens or a lone `و`, which start no number and, after
    an `other`, join none.
    """
    out: list[_Tok] = []
    pos = 0  # the scan resumes here: after a token, in step with a scan from 0
    while (found := _CANDIDATE_RE.search(text, pos)) is not None:
        candidate = found.start()
        start = max(pos, text.rfind(" ", pos, candidate) + 1)
        for m in _TOKEN_RE.finditer(text, start):
            word = m.group()
            toks = _word_tokens(word)
            if toks is not None:
                out.extend(_shifted(toks, m.start()))
                continue
            glued = _glued_tokens(word) if out and out[-1].kind in _STARTERS else None
            if glued:  # `هزارگواهینامه` after a number
                out.extend(_shifted(glued, m.start()))
            elif not out or out[-1] is not _OTHER:
                out.append(_OTHER)
            if m.end() > candidate:  # past the candidate: its run of tokens is over
                pos = m.end()
                break
        else:
            break  # the text ends inside the run
    return out


def _split_joined_number(word: str, start: int) -> list[_Tok] | None:
    """`یکهزار` → `یک` + `هزار`: a cardinal written joined to a scale word."""
    parts = _joined_number_parts(word)
    if parts is None:
        return None
    head_len, small, scale = parts
    mid = start + head_len
    return [_Tok(start, mid, "small", small), _Tok(mid, start + len(word), "scale", scale)]


@lru_cache(maxsize=200_000)
def _joined_number_parts(word: str) -> tuple[int, Decimal, Decimal] | None:
    """(length of the cardinal, its value, the scale's value) of `یکهزار`, cached per word."""
    for scale in SCALES:
        if word.endswith(scale) and len(word) > len(scale):
            head = word[: -len(scale)]
            if head in SMALL_NUMBERS:
                return len(head), Decimal(SMALL_NUMBERS[head]), Decimal(SCALES[scale])
    return None


def _split_glued_scale(word: str, start: int) -> list[_Tok] | None:
    """`هزارگواهینامه` → scale `هزار` + word `گواهینامه` (a typo the press often makes)."""
    for scale in sorted(SCALES, key=len, reverse=True):
        rest = word[len(scale):]
        if word.startswith(scale) and len(rest) >= 3 and not rest.startswith(SCALE_PLURAL_ENDINGS):
            mid = start + len(scale)
            return [_Tok(start, mid, "scale", Decimal(SCALES[scale])),
                    _Tok(mid, start + len(word), "other")]
    return None


# --- the grammar of a number ----------------------------------------------------

def _place(value: Decimal) -> Decimal:
    """The next word joined by `و` must be below this (`پنجاه` → 10, `پانصد` → 100)."""
    v = int(value)
    if value != v or v == 0:
        return Decimal(0)
    place = 1
    while v % (place * 10) == 0:
        place *= 10
    return Decimal(place if place > 1 else 0)


@dataclass
class _Parsed:
    value: Decimal
    n: int  # tokens consumed
    ordinal: bool
    words: bool
    scale: int
    adjectival: bool


def _split_scale_run(toks: list[_Tok], j: int, last_scale: Decimal
                     ) -> tuple[Decimal, Decimal, int] | None:
    """For two or more scale words from token `j` on after `X scale و Y`: the product of
    the leading ones below `last_scale` (they scale Y), the product of the rest (they scale
    the whole, and must exceed `last_scale`) and the index of the last scale word; None
    when the words do not split that way."""
    last = j
    while (last + 1 < len(toks) and toks[last + 1].kind == "scale"
           and not toks[last].adjectival):
        last += 1
    if last == j:
        return None
    prefix, k = Decimal(1), j
    while k <= last and prefix * toks[k].value < last_scale:
        prefix *= toks[k].value
        k += 1
    rest = Decimal(1)
    for tok in toks[k:last + 1]:
        rest *= tok.value
    if k > last or rest <= last_scale:
        return None
    return prefix, rest, last


def _parse_tokens(toks: list[_Tok], i: int) -> _Parsed | None:
    """The longest number starting at token `i` (None when none starts there)."""
    total = Decimal(0)
    current: Decimal | None = None
    limit = Decimal(0)  # a small word after `و` must be below this
    last_scale = Decimal("Infinity")
    max_scale = 1
    pending_and = False
    words = ordinal = adjectival = False
    consumed = 0
    j = i
    while j < len(toks):
        t = toks[j]
        kind = t.kind
        stem = t.ord_stem if kind == "ord" else kind
        if kind == "and":
            if pending_and or consumed == 0:
                break
            pending_and = True
            j += 1
            continue
        if stem == "num":
            if current is not None:
                break
            if pending_and and not (total > 0 and t.value < last_scale):
                break
            current, limit = t.value, Decimal(0)
        elif stem == "small":
            if kind == "ord" and current is None and total > 0 and not pending_and:
                break  # `۵ میلیارد سوم`: an ordinal right after a scale is another word (a currency)
            if current is not None:
                if pending_and and t.value < limit:
                    current += t.value
                elif (not pending_and and t.value == 100 and 1 <= current <= 9
                      and current == int(current)):
                    current *= 100  # `یک صد`, `دو صد`
                else:
                    break
            else:
                if pending_and and not (total > 0 and t.value < last_scale):
                    break
                current = t.value
            limit = _place(t.value)
            words = True
        elif kind == "frac":
            if pending_and:
                if current is not None and current == int(current) and current > 0:
                    current += t.value  # `یک و نیم`
                elif current is None and total > 0 and last_scale != Decimal("Infinity"):
                    total += t.value * last_scale  # `یک میلیون و نیم`
                else:
                    break
            elif current is None and total == 0:
                current = t.value  # `نیم میلیون`
            else:
                break
            limit = Decimal(0)
            words = True
        elif stem == "scale":
            if pending_and:
                break
            s = t.value
            split = _split_scale_run(toks, j, last_scale) if (
                kind == "scale" and current is not None and total > 0) else None
            if split is not None:
                # `۵ هزار و ۷۰۰ هزار میلیارد` = 5700 × 10^12, `۳ میلیون و ۲۰۰ هزار میلیارد`
                # = 3 200 000 × 10^9: the scales below the first part's scale this part,
                # the ones after them scale the whole
                prefix, s, j = split
                t = toks[j]
                total = (total + current * prefix) * s
                current = None
            elif current is not None:
                if total > 0 and s > last_scale:
                    total = (total + current) * s
                else:
                    total += current * s
                current = None
            elif total == 0:
                total = s  # `هزار`, `میلیون` alone
            elif s > last_scale or (s == last_scale and toks[j - 1].kind == "scale"):
                total *= s  # `هزار میلیارد`, `۸ هزار هزار میلیارد` (8 × 10^15)
            else:
                break
            last_scale = s
            max_scale = max(max_scale, int(s))
            adjectival = t.adjectival
            words = True
        else:
            break
        pending_and = False
        j += 1
        consumed = j - i
        if kind == "ord":
            ordinal = True
            break
        if adjectival:
            break
    if consumed == 0:
        return None
    value = total + (current if current is not None else 0)
    return _Parsed(value, consumed, ordinal, words, max_scale, adjectival)


def _as_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


# --- public API -----------------------------------------------------------------

def _parse_whole(text: str) -> _Parsed:
    cleaned = " ".join(text.translate(_LETTERS).split())
    if not cleaned:
        raise ValueError(f"not a number: {text!r} is empty")
    toks = _tokens(cleaned)
    covered = {k for t in toks for k in range(t.start, t.end)}
    if not toks or any(ch not in (" ", ZWNJ) and k not in covered for k, ch in enumerate(cleaned)):
        raise ValueError(f"not a number: {text!r}")
    parsed = _parse_tokens(toks, 0)
    if parsed is None or parsed.n != len(toks):
        raise ValueError(f"not a number: {text!r}")
    return parsed


def parse_number(text: str) -> int | float:
    """The value of a cardinal written in digits and/or words; ValueError otherwise.

    Ordinals (`دومین`) are not cardinals: use `parse_ordinal` for them.
    """
    if " ".join(text.translate(_LETTERS).split()) == ZERO:
        return 0
    parsed = _parse_whole(text)
    if parsed.ordinal:
        raise ValueError(f"not a cardinal number: {text!r} is an ordinal (use parse_ordinal)")
    if parsed.adjectival:
        raise ValueError(f"not a number: {text!r} is an adjective (`-ی`)")
    return _as_number(parsed.value)


def parse_ordinal(text: str) -> int:
    """The rank of an ordinal (`دومین` → 2, `بیست و پنجم` → 25, `۳ام` → 3); ValueError otherwise."""
    parsed = _parse_whole(text)
    if not parsed.ordinal:
        raise ValueError(f"not an ordinal: {text!r}")
    return int(parsed.value)


def is_ordinal(text: str) -> bool:
    """True when `text` is an ordinal number (`نخستین`, `سوم`, `۲۵مین`)."""
    try:
        parse_ordinal(text)
    except ValueError:
        return False
    return True


def find_numbers(text: str, offset: int = 0) -> list[NumberSpan]:
    """Every number in running text, longest match first, with offsets into `text`.

    Number words inside other words are not numbers (`سه‌شنبه`, `ده‌ها`, `نه‌تنها`);
    a list `۲۴ و ۲۵` is two numbers; ordinals come back with `ordinal=True`. When
    `text` is cut out of a larger text at `offset`, the spans' offsets are shifted by
    it (offsets into the larger text; `NumberSpan.text` is the same).
    """
    toks = _number_tokens(text)
    spans: list[NumberSpan] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind in ("other", "and") or (t.kind == "scale" and t.adjectival):
            i += 1
            continue
        parsed = _parse_tokens(toks, i)
        if parsed is None:
            i += 1
            continue
        start, end = t.start, toks[i + parsed.n - 1].end
        spans.append(NumberSpan(start + offset, end + offset, text[start:end],
                                _as_number(parsed.value), ordinal=parsed.ordinal,
                                words=parsed.words, scale=parsed.scale,
                                adjectival=parsed.adjectival))
        i += parsed.n
    return spans


# --- writing numbers ------------------------------------------------------------

def _spelling(table: dict[str, int]) -> dict[int, str]:
    """Value → word, taking the first (standard) spelling the lexicon lists."""
    out: dict[int, str] = {}
    for word, value in table.items():
        out.setdefault(value, word)
    return out


_ONES_W = _spelling(ONES)
_TEENS_W = _spelling(TEENS)
_TENS_W = _spelling(TENS)
_HUNDREDS_W = _spelling(HUNDREDS)
_SCALES_W = sorted(_spelling(SCALES).items(), reverse=True)


def _small_words(n: int) -> list[str]:
    """Words for 1 <= n <= 999, as parts to join with ` و `."""
    parts = []
    if n >= 100:
        parts.append(_HUNDREDS_W[n // 100 * 100])
        n %= 100
    if 10 <= n <= 19:
        parts.append(_TEENS_W[n])
    else:
        if n >= 20:
            parts.append(_TENS_W[n // 10 * 10])
            n %= 10
        if n:
            parts.append(_ONES_W[n])
    return parts


def to_words(n: int) -> str:
    """A non-negative integer in Persian words: 1200000 → `یک میلیون و دویست هزار`."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValueError(f"to_words needs a non-negative integer, not {n!r}")
    if n == 0:
        return ZERO
    if n >= 1000 * _SCALES_W[0][0]:
        raise ValueError(f"to_words: {n} is too large")
    groups = []
    for scale, word in _SCALES_W:
        if n >= scale:
            count, n = divmod(n, scale)
            groups.append(f" {AND} ".join(_small_words(count)) + f" {word}")
    if n:
        groups.append(f" {AND} ".join(_small_words(n)))
    return f" {AND} ".join(groups)


def to_digits(n: float, script: str = "persian", group: bool = False) -> str:
    """A number in digits of `script` (persian | arabic | latin), optionally in thousands."""
    tables = {"persian": ("۰۱۲۳۴۵۶۷۸۹", "٬", "٫"), "arabic": ("٠١٢٣٤٥٦٧٨٩", "٬", "٫"),
              "latin": ("0123456789", ",", ".")}
    if script not in tables:
        raise ValueError(f"unknown digit script {script!r}: use persian, arabic or latin")
    digits, thousands, decimal = tables[script]
    text = f"{n:,}" if group else f"{n}"
    text = text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    return text.translate(str.maketrans("0123456789", digits))
