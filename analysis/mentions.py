"""Entity mentions: gazetteer entries and article-learned people found in a Document.

(Stub: being built.)
"""

from __future__ import annotations

from .document import Document, Mention


def find_mentions(doc: Document) -> list[Mention]:
    """Mentions of countries, organisations, people and roles, in text order."""
    return []
