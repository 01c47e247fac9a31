"""A fast normalizer with the output of the project's hazm-based normalization.

hazm's `Normalizer.normalize` runs some thirty full passes over the text (a
`str.translate` through a dict, twenty-five regular expressions, a tokenizer and
a Python loop per token). Here the same rules, built from hazm's own objects and
constants at first use (never copied), run in fewer and cheaper passes:

- the character maps (`TRANSLATION_SRC/DST`, then `NUMBERS_SRC/DST`) are composed
  into one map, applied by a regular expression that only visits the characters
  that change (they are rare in Persian news);
- every regular-expression rule of hazm runs in hazm's order, but only when a
  cheap test (a substring, or a regex with a literal first character) shows it can
  match at all: the test is a necessary condition, so skipping never changes the
  output;
- a few slow rules are rewritten into equivalent forms that start with a literal
  (the equivalence is argued next to each one, and checked by the tests);
- `token_spacing` (joining `می رود` → `می‌رود`, `کتاب ها` → `کتاب‌ها`) is the same
  decision as hazm's, on precomputed sets, looking only at tokens that can join;
- the `می` separation and repeated-letter rules memoize per word.

`hazm_normalize(text) == hazm.Normalizer().normalize(text)`, and `normalize` is
the project's number-protecting wrapper around it: `analysis.text.normalize`
(fastnorm) equals `analysis.text.normalize_reference` (hazm), which add the same
clean-up around it. Both are checked on the whole bundled corpus and by a fuzz
test (tests/test_fastnorm.py). Design notes: docs/scale.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

ZWNJ = "\u200c"


@dataclass
class _Rule:
    """One hazm regex rule, with a cheap necessary condition for it to match."""

    pattern: re.Pattern
    repl: str | Callable[[re.Match], str]
    guard: Callable[[str], bool] | None = None  # None: always run

    def apply(self, text: str) -> str:
        if self.guard is not None and not self.guard(text):
            return text
        return self.pattern.sub(self.repl, text)


@dataclass
class _Fused:
    """Consecutive hazm rules done in one pass when `when(text)` holds (else one by one)."""

    pattern: re.Pattern
    repl: str
    rules: list[_Rule]
    when: Callable[[str], bool]

    def apply(self, text: str) -> str:
        if self.when(text):
            return self.pattern.sub(self.repl, text)
        for rule in self.rules:
            text = rule.apply(text)
        return text


def _contains(*needles: str) -> Callable[[str], bool]:
    """Guard: the text contains at least one of the needles."""
    if len(needles) == 1:
        needle = needles[0]
        return lambda text: needle in text
    return lambda text: any(n in text for n in needles)


def _searches(pattern: str) -> Callable[[str], bool]:
    """Guard: a (fast, literal-first) regex finds something."""
    search = re.compile(pattern).search
    return lambda text: search(text) is not None


def _any_search(*patterns: str) -> Callable[[str], bool]:
    """Guard: one of several literal-first regexes finds something."""
    searches = [re.compile(p).search for p in patterns]
    return lambda text: any(search(text) is not None for search in searches)


@dataclass
class _Tables:
    """Everything compiled from hazm, once per process."""

    normalizer: object
    char_re: re.Pattern
    char_map: dict[str, str]
    style: list[_Rule]
    diacritics: re.Pattern
    extra_space: list[_Rule]
    token_re: re.Pattern
    token_re_no_digit: re.Pattern
    affix: list[_Rule]
    punctuation: list
    digit_rules: list[_Rule]
    digit_re: re.Pattern
    number_split: re.Pattern
    placeholder: str  # analysis.text's stand-in for a number while hazm runs
    normalize_number: Callable[[str], str]
    unicode_replacements: list[tuple[str, str]]
    specials: re.Pattern
    triple_re: re.Pattern
    mi_re: re.Pattern
    words: dict
    verbs: set
    heads: dict  # token → the previous tokens it joins with: `prev‌token` is a verb or a word
    suffixes: frozenset
    underscore_verbs: bool  # some verb contains "_" (hazm's look-ahead check can fire)
    mi_cache: dict = field(default_factory=dict)
    repeat_cache: dict = field(default_factory=dict)


@cache
def _tables() -> _Tables:
    """Compile hazm's rules and data (the Normalizer of analysis.text, built once)."""
    from hazm import constants as C
    from hazm.utils import maketrans

    from .text import _normalizer

    nz = _normalizer()

    # 1 + 3: hazm translates TRANSLATION_SRC → DST, applies the Persian-style rules,
    # then NUMBERS_SRC → DST. The style rules only look at `"`, `\n`, `.`, ` `, `+`
    # and \d, which the number map keeps as they are (digits stay digits), so the
    # two maps compose into one map applied before the style rules.
    first = maketrans(C.TRANSLATION_SRC, C.TRANSLATION_DST)
    numbers = maketrans(C.NUMBERS_SRC, C.NUMBERS_DST)
    composed: dict[str, str] = {}
    for code, dst in first.items():
        composed[chr(code)] = "".join(numbers.get(ord(ch), ch) for ch in dst)
    for code, dst in numbers.items():
        composed.setdefault(chr(code), dst)
    composed = {k: v for k, v in composed.items() if k != v}
    char_re = re.compile("[" + "".join(re.escape(k) for k in sorted(composed)) + "]")

    style_pats = dict(C.PERSIAN_STYLE_PATTERNS)
    quote_pat, decimal_pat, ellipsis_pat = (p for p, _ in C.PERSIAN_STYLE_PATTERNS)
    style = [
        _Rule(re.compile(quote_pat), style_pats[quote_pat], _contains('"')),
        # `([\d+])\.([\d+])`: needs a `.` with a digit or `+` on both sides.
        _Rule(re.compile(decimal_pat), style_pats[decimal_pat],
              _searches(r"\.(?<=[\d+]\.)(?=[\d+])")),
        _Rule(re.compile(ellipsis_pat), style_pats[ellipsis_pat], _contains("...")),
    ]

    (diacritics_pat, _), = C.DIACRITICS_PATTERNS
    (specials_pat, _), = C.SPECIAL_CHARS_PATTERNS

    extra = dict(C.EXTRA_SPACE_PATTERNS)
    ends_pat, spaces_pat, newlines_pat, zz_pat, z_space_pat, space_z_pat, z_begin_pat, \
        z_end_pat, kashida_pat = (p for p, _ in C.EXTRA_SPACE_PATTERNS)
    extra_space = [
        # `^ +| +$` (no MULTILINE): `$` is the end, or just before a final newline.
        _Rule(re.compile(ends_pat), extra[ends_pat],
              lambda t: t.startswith(" ") or t.endswith((" ", " \n"))),
        _Rule(re.compile("  +"), extra[spaces_pat], _contains("  ")),  # ` {2,}`
        _Rule(re.compile(newlines_pat), extra[newlines_pat], _contains("\n\n\n")),
        _Rule(re.compile(zz_pat), extra[zz_pat], _contains(ZWNJ * 2)),
        _Rule(re.compile(z_space_pat), extra[z_space_pat], _contains(ZWNJ + " ")),
        _Rule(re.compile(space_z_pat), extra[space_z_pat], _contains(" " + ZWNJ)),
        # `\b\u200c*\B` never matches empty (\b and \B cannot hold at one place), and
        # after the rules above no two ZWNJs are adjacent, so it removes exactly the
        # single ZWNJs with a word character before and none after: a ZWNJ-first form.
        _Rule(re.compile(ZWNJ + r"(?<=\w" + ZWNJ + r")(?!\w)"), extra[z_begin_pat],
              _contains(ZWNJ)),
        # `\B\u200c*\b`, likewise: a ZWNJ with no word character before, one after.
        _Rule(re.compile(ZWNJ + r"(?<!\w" + ZWNJ + r")(?=\w)"), extra[z_end_pat],
              _contains(ZWNJ)),
        _Rule(re.compile(kashida_pat), extra[kashida_pat], _contains("ـ", "\r")),
    ]
    assert z_begin_pat == r"\b\u200c*\B" and z_end_pat == r"\B\u200c*\b", "hazm changed"

    affix_pats = C.AFFIX_SPACING_PATTERNS
    after, before = C.PUNC_AFTER, C.PUNC_BEFORE
    expected = [
        r"([^ ]ه) ی ",
        r"(^| )(ن?می) ",
        rf"(?<=[^\n\d {after}{before}]{{2}}) (تر(ین?)?|گری?|های?)(?=[ \n{after}{before}]|$)",
        rf"([^ ]ه) (ا(م|یم|ش|ند|ی|ید|ت))(?=[ \n{after}]|$)",
        r"(ه)(ها)",
    ]
    assert [p for p, _ in affix_pats] == expected, "hazm changed its affix rules"
    affix = [
        # `([^ ]ه) ی ` → `\1‌ی `: a match ends with a space, which cannot be the
        # `[^ ]` of the next, so that can be a look-behind: a literal-first pattern.
        _Rule(re.compile("ه ی (?<=[^ ]ه ی )"), "ه" + ZWNJ + "ی ", _contains("ه ی ")),
        # `(^| )(ن?می) `: `^` is only the start of the text (no MULTILINE).
        _Rule(re.compile(affix_pats[1][0]), affix_pats[1][1],
              lambda t: " می " in t or " نمی " in t or t.startswith(("می ", "نمی "))),
        # `(?<=X{2}) (suffix)(?=…)`: the same with the look-behind moved after the
        # space (it then checks the space too), so the scan starts at a literal.
        _Rule(re.compile(rf" (?<=[^\n\d {after}{before}]{{2}} )(تر(ین?)?|گری?|های?)"
                         rf"(?=[ \n{after}{before}]|$)"),
              # guard: each alternative alone, with the look-behind, literal-first
              affix_pats[2][1], _any_search(
                  *(rf" {s[:2]}(?<=[^\n\d {after}{before}]{{2}} {s[:2]}){s[2:]}"
                    rf"(?=[ \n{after}{before}]|$)" for s in ("تر(ین?)?", "گری?", "های?")))),
        # `([^ ]ه) (ا(…))(?=…)` → `\1‌\2`: matches cannot overlap (one ends before a
        # space, newline, punctuation or the end), so the `[^ ]` can be a look-behind
        # and the scan can start at the literal `ه ا`.
        _Rule(re.compile(rf"ه ا(?<=[^ ]ه ا)(م|یم|ش|ند|ی|ید|ت)(?=[ \n{after}]|$)"),
              "ه" + ZWNJ + r"ا\1", _contains("ه ا")),
        _Rule(re.compile(affix_pats[4][0]), affix_pats[4][1], _contains("هها")),
    ]

    punc = C.PUNCTUATION_SPACING_PATTERNS
    letters = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
    punctuation = [
        _Rule(re.compile(punc[0][0]), punc[0][1], lambda t: '" ' in t and ' "' in t),
        # ` ([PA])` → `\1` then `([PB]) ` → `\1`: each deletes a space (before a
        # closing mark, after an opening one), and what they consume cannot start
        # another match. Without double spaces the second sees the same neighbours
        # as in the original text, so one pass does both: a space-first pattern.
        _Fused(re.compile(rf" (?:(?=[{after}])|(?<=[{before}] ))"), "",
               [_Rule(re.compile(punc[1][0]), punc[1][1]), _Rule(re.compile(punc[2][0]), punc[2][1])],
               lambda t: "  " not in t),
        # `([.:])([^ PA\d۰-۹])` and `([!،؛؟»…])([^ PA])` → `\1 \2`: their first
        # characters differ and their second ones cannot start a match, so one pass,
        # starting at a closing mark, does both.
        _Rule(re.compile(rf"[{after}](?:(?<=[{after[:3]}])(?=[^ {after}\d۰۱۲۳۴۵۶۷۸۹])"
                         rf"|(?<![{after[:3]}])(?=[^ {after}]))"), r"\g<0> "),
        # `([^ «\[\(\{])([«\[\(\{])` → `\1 \2`: two matches cannot overlap (the second
        # character of one is an opener, which cannot start another), so it is the
        # opener-first form below, which the regex engine scans for quickly.
        _Rule(re.compile(rf"[{before}](?<=[^ {before}].)"), r" \g<0>"),
    ]
    # The two number rules (`(\d)([letters])`, `([letters])(\d)`) run only when the
    # text has a digit: no rule of hazm adds or removes one, so it is tested once.
    digit_rules = [
        _Rule(re.compile(punc[6][0]), punc[6][1]),
        # `([letters])(\d)` → `\1 \2`, likewise in digit-first form.
        _Rule(re.compile(rf"\d(?<=[{letters}]\d)"), r" \g<0>"),
    ]
    assert punc[5][0] == f"([^ {before}])([{before}])", "hazm changed its punctuation rules"
    assert punc[7][0] == rf"([{letters}])(\d)", "hazm changed its punctuation rules"
    assert [q for q, _ in punc[1:5]] == [
        f" ([{after}])", f"([{before}]) ", f"([{after[:3]}])([^ {after}" + r"\d۰۱۲۳۴۵۶۷۸۹])",
        f"([{after[3:]}])([^ {after}])"], "hazm changed its punctuation rules"
    assert len(punc) == 8, "hazm changed its punctuation rules"

    # hazm's tokenizer replaces tabs by spaces, puts spaces around each match of its
    # pattern `(P)` and splits at spaces. Every character that can start a match of
    # P is matched by it, so the tokens are exactly what `findall` gives for
    # `[^ \tF]+|P`, F being those first characters: one pass instead of three (and
    # `\n` as a token of its own, to do all lines in one pass).
    tok_pattern = nz._tokenizer.pattern.pattern
    assert tok_pattern == r'([؟!?]+|[\d.:]+|[:.،؛»\])}"«\[({/\\])', "hazm changed its tokenizer"
    token_re = re.compile(r'[^ \t\n؟!?\d.:،؛»\])}"«\[({/\\]+|[؟!?]+|[\d.:]+|[:.،؛»\])}"«\[({/\\]|\n')

    words = nz._words
    verbs = nz._verbs
    # hazm joins `prev token` when `prev‌token` is a verb or a word with a count > 0:
    # index those entries by what follows each of their ZWNJs. Suffixes get an entry
    # too (hazm joins a suffix to any known word).
    heads: dict[str, set[str]] = {s: set() for s in C.SUFFIXES}
    joinable = set(verbs)
    joinable.update(w for w, (count, _) in words.items() if count > 0)
    for entry in joinable:
        pos = entry.find(ZWNJ)
        while pos != -1:
            heads.setdefault(entry[pos + 1:], set()).add(entry[:pos])
            pos = entry.find(ZWNJ, pos + 1)
    del joinable
    for head_set in heads.values():
        head_set.add("")  # never a token: makes every set true for `compress`

    from . import text as project_text

    # `analysis.text.NUMBER_RE` with its shared first element `(?<!D)D` factored out
    # and written digit-first (same matches, scanned much faster), in a group so that
    # one `split` gives both the text between numbers and the numbers.
    d, nd = "[0-9۰-۹٠-٩]", "[0-9۰-۹٠-٩]"
    known = (rf"(?<!{nd}){d}{{1,3}}(?:[,٬]{d}{{3}})+(?:[.٫]{d}+)?(?!{d})"
             rf"|(?<!{nd}){d}+(?:[.٫]{d}+)?(?!{nd})")
    if project_text.NUMBER_RE.pattern == known:
        number_split = re.compile(rf"({d}(?<!{nd}{d})(?:{d}{{0,2}}(?:[,٬]{d}{{3}})+"
                                  rf"(?:[.٫]{d}+)?(?!{d})|{d}*(?:[.٫]{d}+)?(?!{nd})))")
    else:  # the project changed its number pattern: use it as it is
        number_split = re.compile(f"({project_text.NUMBER_RE.pattern})")

    return _Tables(
        normalizer=nz,
        char_re=char_re,
        char_map=composed,
        style=style,
        diacritics=re.compile(diacritics_pat),
        extra_space=extra_space,
        token_re=token_re,
        # With no digit in the text, `[\d.:]+` is `[.:]+`: plain character sets.
        token_re_no_digit=re.compile(r'[^ \t\n؟!?.:،؛»\])}"«\[({/\\]+|[؟!?]+|[.:]+|[،؛»\])}"«\[({/\\]|\n'),
        affix=affix,
        punctuation=punctuation,
        digit_rules=digit_rules,
        digit_re=re.compile(r"\d"),
        number_split=number_split,
        placeholder=project_text._PLACEHOLDER,
        normalize_number=project_text.normalize_number,
        unicode_replacements=list(C.UNICODE_REPLACEMENTS),
        specials=re.compile(specials_pat),
        triple_re=re.compile(r"(.)\1\1", re.DOTALL),  # any tripled character: cheap test
        # hazm's `\bن?می[letters]+`, literal-first: `\b` before the (word) letter ن or
        # م means no word character before it.
        mi_re=re.compile(rf"(?:نمی(?<!\wنمی)|می(?<!\wمی))[{letters}]+"),
        words=words,
        verbs=verbs,
        heads=heads,
        suffixes=frozenset(C.SUFFIXES),
        underscore_verbs=any("_" in v for v in verbs),
    )


def _token_spacing(tokens: list[str], tb: _Tables) -> list[str]:
    """hazm's `Normalizer.token_spacing`, on precomputed sets.

    hazm joins `prev token` into `prev‌token` when that is a verb or a word with a
    count > 0 (unless `token_next` makes a verb), or when `token` is a suffix and
    `prev` a known word; `prev` is the result so far, so joins chain
    (`زمین لرزه ای` → `زمین‌لرزه‌ای`). One dict lookup per token: `heads[token]` is
    the set of strings that `token` joins after.
    """
    heads_of, words, suffixes = tb.heads, tb.words, tb.suffixes
    result: list[str] = []
    last = len(tokens) - 1
    for t, token in enumerate(tokens):
        heads = heads_of.get(token)
        if heads is not None and result:
            prev = result[-1]
            if prev in heads:  # `prev‌token` is a verb or a word with count > 0
                if not (tb.underscore_verbs and t < last
                        and token + "_" + tokens[t + 1] in tb.verbs):
                    result[-1] = prev + ZWNJ + token
                    continue
            elif token in suffixes and prev in words:
                result[-1] = prev + ZWNJ + token
                continue
        result.append(token)
    return result


def _correct_spacing(text: str, tb: _Tables, has_digit: bool) -> str:
    """hazm's `Normalizer.correct_spacing`."""
    for rule in tb.extra_space:
        text = rule.apply(text)
    # hazm tokenizes each line, joins tokens (`token_spacing`) and puts the line back
    # together with single spaces; a blank line stays as it is. Here all lines go at
    # once, a newline being a token that never joins (it is no word and no head).
    token_re = tb.token_re if has_digit else tb.token_re_no_digit
    tokens = _token_spacing(token_re.findall(text), tb)
    joined = " ".join(tokens).replace(" \n", "\n").replace("\n ", "\n")
    lines = text.split("\n")
    blank = [not line.strip() for line in lines]
    if any(blank):
        out = joined.split("\n")
        text = "\n".join(line if is_blank else new
                         for line, new, is_blank in zip(lines, out, blank))
    else:
        text = joined
    for rule in tb.affix:
        text = rule.apply(text)
    for rule in tb.punctuation:
        text = rule.apply(text)
    if has_digit:
        for rule in tb.digit_rules:
            text = rule.apply(text)
    return text


def hazm_normalize(text: str) -> str:
    """Same output as `hazm.Normalizer().normalize(text)` (default options), faster."""
    tb = _tables()
    char_map = tb.char_map
    text = tb.char_re.sub(lambda m: char_map[m.group()], text)
    for rule in tb.style:
        text = rule.apply(text)
    text = tb.diacritics.sub("", text)
    text = _correct_spacing(text, tb, tb.digit_re.search(text) is not None)
    for old, new in tb.unicode_replacements:
        if old in text:
            text = text.replace(old, new)
    text = tb.specials.sub("", text)
    if tb.triple_re.search(text) and tb.normalizer.more_than_two_repeat_pattern.search(text):
        text = tb.normalizer.decrease_repeated_chars(text)
    return tb.mi_re.sub(lambda m: _separate_mi(m.group(), tb), text)


def _separate_mi(word: str, tb: _Tables) -> str:
    """hazm's `seperate_mi` decision for one word, memoized."""
    cached = tb.mi_cache.get(word)
    if cached is None:
        split = re.sub(r"^(ن?می)", r"\1" + ZWNJ, word)
        cached = split if split in tb.verbs else word
        if len(tb.mi_cache) < 500_000:
            tb.mi_cache[word] = cached
    return cached


_BLANKS = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")
_ANY_DIGIT = re.compile("[0-9۰-۹٠-٩]")


def normalize(text: str) -> str:
    """hazm's rules with numbers kept whole: the core of `analysis.text.normalize_reference`.

    Numbers are cut out, hazm's normalization runs on the rest (`hazm_normalize`),
    the numbers go back in (`normalize_number`); lines are kept, blank lines and
    surrounding spaces dropped.
    """
    tb = _tables()
    placeholder, normalize_number = tb.placeholder, tb.normalize_number
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if placeholder in text:
        text = text.replace(placeholder, "")
    numbers: list[str] = []
    protected = text
    if _ANY_DIGIT.search(text):
        pieces = tb.number_split.split(text)
        if len(pieces) > 1:
            numbers = [normalize_number(n) for n in pieces[1::2]]
            protected = f" {placeholder} ".join(pieces[0::2])
    normalized = hazm_normalize(protected)
    if numbers:
        pieces = normalized.split(placeholder)
        if len(pieces) == len(numbers) + 1:
            out = [pieces[0]]
            for num, piece in zip(numbers, pieces[1:]):
                out.append(num)
                out.append(piece)
            normalized = "".join(out)
        else:  # hazm merged or dropped a placeholder: fall back, unprotected
            normalized = hazm_normalize(text)
    if "  " in normalized or "\t" in normalized or "\xa0" in normalized:
        normalized = _BLANKS.sub(" ", normalized)
    lines = (line.strip() for line in normalized.split("\n"))
    return "\n".join(line for line in lines if line)


# --- faster forms of analysis.text's ZWNJ clean-up patterns ----------------------------
# `text._STRAY_ZWNJ` and `text._LOOSE_ZWNJ` start with look-behinds, so the regex
# engine tries them at every character (about 30x slower than the forms below, which
# start at the literal ZWNJ). Same matches: a maximal run of ZWNJs is removed by
# _STRAY_ZWNJ when the character before it, or the one after it, is neither a letter
# nor a diacritic (or there is none); by _LOOSE_ZWNJ when it touches a space, a
# newline or an end. tests/test_fastnorm.py checks them against analysis.text's.
STRAY_ZWNJ = re.compile(
    ZWNJ + r"(?:(?<![^\W\d_]" + ZWNJ + r")(?<![\u064b-\u065f\u0670\u200c]" + ZWNJ + r")" + ZWNJ + "*"
    r"|(?<!" + ZWNJ * 2 + r")" + ZWNJ + r"*(?![^\W\d_])(?![\u064b-\u065f\u0670\u200c]))"
)
LOOSE_ZWNJ = re.compile(
    ZWNJ + r"(?<!" + ZWNJ * 2 + r")(?:(?<![^ \n]" + ZWNJ + r")|(?=" + ZWNJ + r"*(?:[ \n]|\Z)))" + ZWNJ + "*"
)
