"""Variant (a): hazm's Normalizer + SentenceTokenizer + WordTokenizer alone, over a corpus.

Reads the corpus with the project's reader (as the full analysis does), then for
every article: normalize title + body, split sentences, tokenize each sentence.
"""

from __future__ import annotations

import sys

from analysis.corpus import Article, iter_articles


def main(inputs: list[str]) -> None:
    from hazm import Normalizer, SentenceTokenizer, WordTokenizer

    normalizer, sentences, words = Normalizer(), SentenceTokenizer(), WordTokenizer()
    n_articles = n_tokens = 0
    for art in iter_articles(inputs):
        if not isinstance(art, Article):
            continue
        text = normalizer.normalize(art.title + "\n" + art.body)
        for sentence in sentences.tokenize(text):
            n_tokens += len(words.tokenize(sentence))
        n_articles += 1
    print(f"articles: {n_articles}, tokens: {n_tokens}")


if __name__ == "__main__":
    main(sys.argv[1:])
