"""Content-word frequencies from the `tokens` table (stopwords, punctuation, numbers out).

A content word is counted by its lemma (hazm's lemmatizer, the `lemma` column):
`کمک‌های` counts as `کمک`. hazm gives verbs a lemma `PAST#PRESENT` (`گفت#گو`);
verbs are dropped by default, or counted by their past stem (`گفت`).
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from .text import normalize

VERB_MARK = "#"  # hazm's separator in verb lemmas: `گفت#گو`
ZWNJ = "\u200c"

# A content word holds at least one letter; numbers (any script, with separators)
# and punctuation do not.
_HAS_LETTER = re.compile(r"[^\W\d_]")
_IS_NUMBER = re.compile(r"^[\d۰-۹٠-٩.,٫٬/%٪-]+$")


@cache
def stopwords() -> frozenset[str]:
    """hazm's Persian stopwords, normalized like the tokens (ZWNJ and space forms both)."""
    from hazm import stopwords_list

    words: set[str] = set()
    for word in stopwords_list():
        word = normalize(word.replace("_", " "))
        words.update({word, word.replace(" ", ZWNJ), word.replace(ZWNJ, " ")})
    return frozenset(words)


def is_verb_lemma(lemma: str) -> bool:
    """True for hazm verb lemmas such as `گفت#گو` or `#هست`."""
    return VERB_MARK in lemma


def content_word(token: str, lemma: str, verbs: str = "drop") -> str | None:
    """The word a token counts as (its lemma), or None for stopwords, punctuation, numbers.

    `verbs` is "drop" (verbs are not content words here) or "past_stem" (`گفت#گو` → `گفت`).
    """
    if verbs not in ("drop", "past_stem"):
        raise ValueError(f"verbs must be 'drop' or 'past_stem', not {verbs!r}")
    lemma = (lemma or token or "").strip()
    if is_verb_lemma(lemma):
        if verbs == "drop":
            return None
        lemma = lemma.split(VERB_MARK)[0] or lemma.split(VERB_MARK)[-1]
    stop = stopwords()
    if token in stop or lemma in stop:
        return None
    if not _HAS_LETTER.search(lemma) or _IS_NUMBER.match(lemma):
        return None
    if len(lemma) < 2:  # stray letters (`و` split off, initials)
        return None
    return lemma


def top_words(tokens_df: pd.DataFrame, n: int = 20, verbs: str = "drop") -> pd.DataFrame:
    """The `n` most frequent content words of a tokens table: DataFrame(word, count).

    Ties are broken alphabetically so the result is stable from run to run.
    """
    if tokens_df.empty:
        return pd.DataFrame({"word": pd.Series(dtype="object"),
                             "count": pd.Series(dtype="int64")})
    lemmas = tokens_df["lemma"] if "lemma" in tokens_df else tokens_df["token"]
    words = [content_word(str(t), str(lem) if isinstance(lem, str) else "", verbs)
             for t, lem in zip(tokens_df["token"], lemmas)]
    counts = pd.Series([w for w in words if w], dtype="object").value_counts()
    out = counts.rename_axis("word").reset_index(name="count")
    out = out.sort_values(["count", "word"], ascending=[False, True], kind="stable")
    return out.head(n).reset_index(drop=True).astype({"count": "int64"})
