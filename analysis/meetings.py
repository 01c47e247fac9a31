"""Meetings: who met whom, from triggers and the mentions around them.

(Stub: being built.)
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document


@dataclass
class Meeting:
    """One meeting between two parties in one document (one row of `meetings`)."""

    doc_id: str
    meeting_id: int
    sent_id: int
    party_a: str
    party_b: str
    person_a: str
    person_b: str
    mode: str  # in_person | phone | video | unknown
    status: str  # held | planned | not_held
    day: str
    trigger: str
    evidence: str
    n_mentions: int
    start: int = 0
    end: int = 0
    date: str = ""
    meeting_key: str = ""


def extract_meetings(doc: Document) -> list[Meeting]:
    """Meetings reported in the document, one row per pair of parties."""
    return []
