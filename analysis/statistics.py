"""Statistics: the quantities an article claims, parsed and attributed.

(Stub: being built.)
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document
from .quotes import Quote


@dataclass
class Statistic:
    """One claimed quantity (one row of `statistics`)."""

    doc_id: str
    stat_id: int
    sent_id: int
    text: str
    value: float
    kind: str  # count | percent | money | measure
    unit: str
    qualifier: str  # exact | more_than | less_than | about
    change: str  # increase | decrease | ""
    subject: str
    speaker: str
    start: int
    end: int


def extract_statistics(doc: Document, quotes: list[Quote] | None = None) -> list[Statistic]:
    """Statistics of the document; `quotes` attribute numbers inside quotations."""
    return []
