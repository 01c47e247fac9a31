"""Persian news analysis: Persian text in, tidy pandas tables out."""

from .corpus import Article, load_corpus
from .document import Document, Mention, Sentence, Token
from .meetings import meetings_per_country
from .pipeline import analyze, read_tables, write_tables
from .text import make_document, normalize, split_sentences, tokenize
from .viewer import show

__all__ = [
    "Article", "Document", "Mention", "Sentence", "Token",
    "analyze", "load_corpus", "make_document", "meetings_per_country", "normalize", "read_tables",
    "show", "split_sentences", "tokenize", "write_tables",
]
