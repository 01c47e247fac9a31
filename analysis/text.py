"""Persian text processing: normalization, sentences and tokens with offsets.

Normalization is hazm's `Normalizer` (Arabic ي/ك → ی/ک, Persian digits, ZWNJ in
`می‌کند` and `کمک‌های`, spacing around punctuation), except that numbers are
protected from it: hazm's spacing correction splits `12,500` into three tokens,
ours keeps `۱۲٬۵۰۰` and `۲۰٫۵` whole. Sentences keep a «…» quotation whole and
treat every line (a headline, a paragraph) as a boundary. Tokens carry offsets
into the normalized text: `text[start:end] == token` always holds.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .document import Document, Sentence, Token

# --- characters -------------------------------------------------------------
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
LATIN_DIGITS = "0123456789"
_TO_PERSIAN_DIGITS = str.maketrans(LATIN_DIGITS + ARABIC_DIGITS, PERSIAN_DIGITS * 2)
DIGIT = "[0-9۰-۹٠-٩]"
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
from .fastnorm import LOOSE_ZWNJ as _FAST_LOOSE_ZWNJ, STRAY_ZWNJ as _FAST_STRAY_ZWNJ  # noqa: E402

# A number as written: thousands groups (`12,500`, `۱۲٬۵۰۰`) and/or a decimal part
# (`20.5`, `۲۰٫۵`). A comma followed by a space is a list (`۳، ۴`), never a number.
NUMBER_RE = re.compile(
    rf"(?<![0-9۰-۹٠-٩]){DIGIT}{{1,3}}(?:[,٬]{DIGIT}{{3}})+(?:[.٫]{DIGIT}+)?(?!{DIGIT})"
    rf"|(?<![0-9۰-۹٠-٩]){DIGIT}+(?:[.٫]{DIGIT}+)?(?![0-9۰-۹٠-٩])"
)
_PLACEHOLDER = "QQNUMQQ"  # Latin letters: hazm's normalizer leaves them alone

# Characters that end a sentence, and closers that may follow them.
_SENT_END = ".!?؟…"
_CLOSERS = "»)]\"'”’"

# Word tokens: letters (with inner ZWNJ), numbers kept whole, single punctuation.
TOKEN_RE = re.compile(
    rf"{NUMBER_RE.pattern}|[^\W\d_]+(?:{ZWNJ}[^\W\d_]+)*|[^\W_]+|\S",
)


@cache
def _normalizer():
    """hazm's Normalizer, built once per process (it costs about a second)."""
    from hazm import Normalizer

    return Normalizer()


@cache
def _lemmatizer():
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
        pieces = normalized.split(_PLACEHOLDER)
        if len(pieces) == len(numbers) + 1:
            out = [pieces[0]]
            for num, piece in zip(numbers, pieces[1:]):
                out.append(num)
                out.append(piece)
            normalized = "".join(out)
        else:  # hazm merged or dropped a placeholder: fall back, unprotected
            normalized = _normalizer().normalize(text)
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
    """
    sentences: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        depth = 0
        start = 0
        i = 0
        n = len(line)
        while i < n:
            ch = line[i]
            if ch == "«":
                depth += 1
            elif ch == "»":
                depth = max(depth - 1, 0)
            ends = ch in _SENT_END or (ch == "»" and i > 0 and line[i - 1] in _SENT_END)
            if ends and depth == 0:
                j = i + 1
                while j < n and (line[j] in _SENT_END or line[j] in _CLOSERS):
                    if line[j] == "»":
                        depth = max(depth - 1, 0)
                    j += 1
                if j >= n or line[j].isspace():
                    _add_sentence(sentences, text, line_start + start, line_start + j)
                    start = j
                i = j
                continue
            i += 1
        _add_sentence(sentences, text, line_start + start, line_start + n)
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
    return _lemmatizer().lemmatize(word) or word


def tokenize(text: str, sentences: list[Sentence]) -> list[Token]:
    """Word tokens of each sentence, numbers whole, with document offsets."""
    tokens: list[Token] = []
    for sent in sentences:
        for m in TOKEN_RE.finditer(text, sent.start, sent.end):
            word = m.group()
            tokens.append(Token(sent.sent_id, len(tokens), m.start(), m.end(), word, lemma(word)))
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
