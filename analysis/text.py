"""Persian text processing: normalization, sentences and tokens with offsets.

Normalization is hazm's `Normalizer` (Arabic ي/ك → ی/ک, Persian digits, ZWNJ in
`می‌کند` and `کمک‌های`, spacing around punctuation), except that numbers are
protected from it: hazm's spacing correction splits `12,500` into three tokens,
ours keeps `۱۲٬۵۰۰` and `۲۰٫۵` whole. Sentences keep a «…» quotation whole and
treat every line (a headline, a paragraph) as a boundary. Tokens carry offsets
into the normalized text: `text[start:end] == token` always holds.
"""

from __future__ import annotations

import dataclasses
import re
import types
from bisect import bisect_left
from collections import deque
from functools import cache, lru_cache
from itertools import repeat

from .document import Document, Sentence, Token
from .numbers import DIGIT, DIGITS_RE

# --- characters -------------------------------------------------------------
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
LATIN_DIGITS = "0123456789"
_TO_PERSIAN_DIGITS = str.maketrans(LATIN_DIGITS + ARABIC_DIGITS, PERSIAN_DIGITS * 2)
ZWNJ = "\u200c"
# C0 controls (but tab, newline, CR) and DEL: never text, dropped as analysis.decode does.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A ZWNJ touching a space or a line edge joins nothing (hazm leaves one in `ب.\u200c`).
_LOOSE_ZWNJ = re.compile(r"\u200c+(?=[ \n]|$)|(?<=[ \n])\u200c+|^\u200c+", re.MULTILINE)
_SPACED_DOTS = re.compile(r"\.[ \t]+(?=\.)")
# A ZWNJ not between two letters (or diacritics): after `.`, before `»`, beside a digit.
_STRAY_ZWNJ = re.compile(r"(?<![^\W\d_])(?<![\u064b-\u065f\u0670\u200c])\u200c+"
                         r"|(?<!\u200c)\u200c+(?![^\W\d_])(?![\u064b-\u065f\u0670\u200c])")
# The same two patterns in ZWNJ-first form (about 30x faster; tests/test_fastnorm.py checks them).
from .fastnorm import LOOSE_ZWNJ as _FAST_LOOSE_ZWNJ
from .fastnorm import STRAY_ZWNJ as _FAST_STRAY_ZWNJ
from .fastnorm import restore_numbers

# A number as written (`numbers.DIGITS_RE`: thousands groups `12,500`, `۱۲٬۵۰۰`,
# and/or a decimal part `20.5`, `۲۰٫۵`; `۳، ۴` is a list), starting where no digit precedes.
NUMBER_RE = re.compile(rf"(?<!{DIGIT})(?:{DIGITS_RE.pattern})")
_PLACEHOLDER = "QQNUMQQ"  # Latin letters: hazm's normalizer leaves them alone

# Characters that end a sentence, and closers that may follow them.
_SENT_END = ".!?؟…"
_CLOSERS = "»)]\"'”’"
# What `split_sentences` looks at: the only characters that change the quotation depth
# or can end a sentence (a `»` ends one after a sentence end).
_SENT_EVENT = re.compile("[«»" + re.escape(_SENT_END) + "]")
# The run of sentence ends and closers after a sentence end.
_SENT_RUN = re.compile("[" + re.escape(_SENT_END + _CLOSERS) + "]*")

# Word tokens: letters (with inner ZWNJ), numbers kept whole, single punctuation.
TOKEN_RE = re.compile(
    rf"{NUMBER_RE.pattern}|[^\W\d_]+(?:{ZWNJ}[^\W\d_]+)*|[^\W_]+|\S",
)


@cache
def _normalizer():
    """hazm's own Normalizer, built once per process: only `normalize_reference` uses it.

    It costs about two seconds (two parses of hazm's `words.dat` and a Lemmatizer);
    `normalize` runs fastnorm, which shares `fastnorm.hazm_data` instead.
    """
    from hazm import Normalizer

    return Normalizer()


@cache
def _lemmatizer():
    """hazm's `Lemmatizer`, on the word and verb lists of `fastnorm.hazm_data`.

    A plain `Lemmatizer()` parses `words.dat` and conjugates every verb again (about a
    second per process). This one runs hazm's own `lemmatize` on the lists fastnorm
    already has (cached on disk): the words, and the verb forms of
    `Lemmatizer(joined_verb_parts=False)`. Those are exactly the forms of a
    `Lemmatizer()` that contain no `_` (the joined ones always do), with the same
    lemmas, so every word without `_` gets the same lemma; words with `_` (never one
    of our tokens) go to `_joined_lemmatizer`. tests/test_text.py compares the two.
    """
    from hazm import Conjugation, Lemmatizer, Stemmer
    from hazm.utils import default_words

    from .fastnorm import hazm_data

    data = hazm_data()
    lemmatizer = Lemmatizer.__new__(Lemmatizer)  # the attributes Lemmatizer.__init__ sets
    lemmatizer.words_file = default_words
    lemmatizer.words = data.words
    lemmatizer.verbs = data.verbs
    lemmatizer.stemmer = Stemmer()
    lemmatizer.conjugation = Conjugation()
    return lemmatizer


@cache
def _joined_lemmatizer():
    """A plain hazm `Lemmatizer()` (joined verb parts like `گفته_شده_است`), built on demand."""
    from hazm import Lemmatizer

    return Lemmatizer()


def normalize_number(number: str) -> str:
    """Persian digits, `٬` for thousands and `٫` for decimals: `12,500` → `۱۲٬۵۰۰`."""
    out = number.translate(_TO_PERSIAN_DIGITS)
    return out.replace(",", "٬").replace(".", "٫")


def normalize(text: str) -> str:
    """Normalize Persian text the hazm way, keeping numbers whole.

    Lines are kept (a newline separates title and body and the paragraphs); blank
    lines and surrounding spaces are dropped. Runs `analysis.fastnorm` (the same
    output as `normalize_reference`, several times faster).
    """
    from .fastnorm import normalize as fast_normalize

    return _drop_loose_zwnj(fast_normalize(_clean(text)))


def normalize_reference(text: str) -> str:
    """`normalize` done with hazm's own `Normalizer`: the reference for fastnorm."""
    text = _clean(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace(_PLACEHOLDER, "")  # never let input forge a placeholder
    numbers = [normalize_number(m.group()) for m in NUMBER_RE.finditer(text)]
    protected = NUMBER_RE.sub(f" {_PLACEHOLDER} ", text) if numbers else text
    normalized = _normalizer().normalize(protected)
    if numbers:
        restored = restore_numbers(normalized, numbers, _PLACEHOLDER)
        # None: hazm merged or dropped a placeholder: fall back, unprotected
        normalized = restored if restored is not None else _normalizer().normalize(text)
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in normalized.split("\n"))
    return _drop_loose_zwnj("\n".join(line for line in lines if line))


def _clean(text: str) -> str:
    """Input without control characters and stray ZWNJs (hazm keeps some, and is then not idempotent)."""
    text = _CONTROLS.sub("", text)
    if ZWNJ in text:
        text = _FAST_STRAY_ZWNJ.sub("", text)
    if ". " in text or ".\t" in text:  # hazm joins `. . .` only after its `...` → `…` rule
        text = _SPACED_DOTS.sub(".", text)
    return text


def _drop_loose_zwnj(text: str) -> str:
    """Drop ZWNJs next to a space or a line edge, so that normalizing twice changes nothing."""
    if ZWNJ not in text or not _FAST_LOOSE_ZWNJ.search(text):
        return text
    lines = (re.sub(" +", " ", line).strip() for line in _FAST_LOOSE_ZWNJ.sub("", text).split("\n"))
    return "\n".join(line for line in lines if line)


def split_sentences(text: str) -> list[Sentence]:
    """Split normalized text into sentences with offsets.

    Every line is a boundary (headlines have no final punctuation); inside a line a
    sentence ends at `. ! ? ؟ …` (and any closing marks after it) unless a «…»
    quotation is open, so a quotation of several sentences stays one unit.

    Only the characters that matter are visited (`«`, `»` and the sentence ends,
    found by one regex per line): every other character leaves the quotation depth
    as it is and ends nothing.
    """
    sentences: list[Sentence] = []
    events = _SENT_EVENT.finditer
    run_end = _SENT_RUN.match
    line_start = 0
    for line in text.split("\n"):
        n = line_start + len(line)  # the end of the line in `text`
        depth = 0
        start = line_start
        skip_to = line_start  # events before it were consumed by a run of sentence ends
        for m in events(text, line_start, n):
            i = m.start()
            if i < skip_to:
                continue
            ch = text[i]
            if ch == "«":
                depth += 1
                continue
            if ch == "»":
                if depth:
                    depth -= 1
                if i == line_start or text[i - 1] not in _SENT_END:
                    continue
            if depth:
                continue
            # A sentence end outside quotations: take the run of ends and closers after
            # it (no `«` among them, and the depth is already 0, so it stays 0).
            j = run_end(text, i + 1, n).end()
            if j >= n or text[j].isspace():
                _add_sentence(sentences, text, start, j)
                start = j
            skip_to = j
        _add_sentence(sentences, text, start, n)
        line_start = n + 1
    return sentences


def _add_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """hazm's lemma of a word (verbs as `past#present`); the word itself otherwise."""
    if not word or not word[0].isalpha():
        return word
    if "_" in word:
        return _joined_lemmatizer().lemmatize(word) or word
    return _lemmatizer().lemmatize(word) or word


_match_group = re.Match.group
_match_start = re.Match.start
_match_end = re.Match.end


def tokenize(text: str, sentences: list[Sentence]) -> list[Token]:
    """Word tokens of each sentence, numbers whole, with document offsets.

    The same tokens as `TOKEN_RE.finditer(text, sent.start, sent.end)` sentence by
    sentence, found by one scan over the text and given their sentence by bisection
    (`_tokenize_whole`) when that is equivalent; else sentence by sentence.
    """
    if not sentences:
        return []
    if _whitespace_bounded(text, sentences):
        return _tokenize_whole(text, sentences)
    tokens: list[Token] = []
    for sent in sentences:
        for m in TOKEN_RE.finditer(text, sent.start, sent.end):
            word = m.group()
            tokens.append(Token(sent.sent_id, len(tokens), m.start(), m.end(), word, lemma(word)))
    return tokens


def _whitespace_bounded(text: str, sentences: list[Sentence]) -> bool:
    """Sentences in order, not overlapping, each with whitespace (or an end of the text) around it.

    Then one scan of the text gives the same tokens as a scan per sentence: no token
    contains whitespace, so none crosses a sentence edge, and every part of
    `TOKEN_RE` behaves at a whitespace character as at the end of the string (the
    number look-arounds want a digit, the rest cannot take whitespace). Sentences from
    `split_sentences` always are.
    """
    last = len(text)
    prev_end = 0
    for sent in sentences:
        start, end = sent.start, sent.end
        if start < prev_end or end < start:
            return False
        if start and not text[start - 1].isspace():
            return False
        if end < last and not text[end].isspace():
            return False
        prev_end = end
    return True


def _tokenize_whole(text: str, sentences: list[Sentence]) -> list[Token]:
    """`tokenize` with one `finditer` over the text (see `_whitespace_bounded`)."""
    matches = list(TOKEN_RE.finditer(text, sentences[0].start, sentences[-1].end))
    starts = list(map(_match_start, matches))
    # Sentence i holds the tokens [lo, hi) that start inside it; tokens between the
    # sentences (only when not all of them are given) belong to none.
    sent_ids: list[int] = []
    keep: list[int] | None = None
    done = 0
    for sent in sentences:
        lo = bisect_left(starts, sent.start, done)
        hi = bisect_left(starts, sent.end, lo)
        if lo != done and keep is None:  # tokens before this sentence belong to none
            keep = list(range(done))
        if keep is not None:
            keep.extend(range(lo, hi))
        sent_ids.extend(repeat(sent.sent_id, hi - lo))
        done = hi
    if done != len(matches) and keep is None:
        keep = list(range(done))
    if keep is not None:
        matches = [matches[k] for k in keep]
        starts = [starts[k] for k in keep]
    words = list(map(_match_group, matches))
    columns = (sent_ids, range(len(words)), starts, list(map(_match_end, matches)), words,
               list(map(lemma, words)))
    return _make_tokens(columns) if _TOKEN_SLOTS else list(map(Token, *columns))


def _token_slots() -> tuple | None:
    """The slot descriptors of `Token`'s fields, in order, if `_make_tokens` may fill them.

    That is when `Token` is a slotted dataclass whose generated `__init__` only stores
    its arguments, one per field in field order (no `__post_init__`, no other slots):
    then setting the slots is what `Token(...)` does, without the frozen dataclass's
    `object.__setattr__` call per field (which makes `Token(...)` 3x slower).
    """
    try:
        names = tuple(f.name for f in dataclasses.fields(Token))
        params = Token.__dataclass_params__
    except (TypeError, AttributeError):
        return None
    if (getattr(Token, "__slots__", None) != names or not params.init
            or hasattr(Token, "__post_init__")
            or any(not f.init or f.kw_only for f in dataclasses.fields(Token))):
        return None
    slots = tuple(Token.__dict__.get(name) for name in names)
    if not all(isinstance(slot, types.MemberDescriptorType) for slot in slots):
        return None
    return slots


_TOKEN_SLOTS = _token_slots()


def _make_tokens(columns: tuple) -> list[Token]:
    """`list(map(Token, *columns))`, filling the slots column by column (C loops only)."""
    tokens = list(map(object.__new__, repeat(Token, len(columns[0]))))
    for slot, values in zip(_TOKEN_SLOTS, columns):
        deque(map(slot.__set__, tokens, values), maxlen=0)
    return tokens


def word_tokens(text: str) -> list[str]:
    """Just the token strings of a text (normalized or not)."""
    return TOKEN_RE.findall(text)


def make_document(
    doc_id: str,
    title: str,
    body: str,
    source: str = "",
    agency: str = "",
    date: str | None = None,
    date_raw: str = "",
    meta: dict | None = None,
) -> Document:
    """Normalize title and body and build a `Document` with sentences and tokens."""
    title_n = normalize(title).replace("\n", " ")
    body_n = normalize(body)
    text = f"{title_n}\n{body_n}" if title_n else body_n
    sentences = split_sentences(text)
    return Document(
        doc_id=doc_id,
        source=source or doc_id,
        text=text,
        title=title_n,
        agency=agency,
        date=date,
        date_raw=date_raw,
        sentences=sentences,
        tokens=tokenize(text, sentences),
        meta=dict(meta or {}),
    )
