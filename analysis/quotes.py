"""Quotes: who said what, direct and reported.

(Stub: being built.)
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document


@dataclass
class Quote:
    """One attributed statement (one row of `quotes`)."""

    doc_id: str
    quote_id: int
    sent_id: int
    kind: str  # direct | indirect
    form: str  # guillemets | colon | headline | fragment | ke_clause | be_gofte | ...
    speaker: str
    speaker_country: str
    resolved_by: str  # name | surname | role | pronoun | headline | as_written
    cue: str
    text: str
    start: int
    end: int


def extract_quotes(doc: Document) -> list[Quote]:
    """Quotes of the document in text order."""
    return []
