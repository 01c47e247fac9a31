"""Saved HTML news pages → title, body, date, source, via trafilatura's main-text extractor.

Only the given markup is parsed: nothing is fetched, no script runs. Menus,
scripts, styles and reader comments are left out of the text.
"""

from __future__ import annotations

from dataclasses import dataclass

# trafilatura deletes non-printable characters, ZWNJ (U+200C) among them, which
# Persian spelling needs (`می‌کند`): during extraction it stands in as a printable
# character absent from the page, and is restored after.
_ZWNJ = "\u200c"
_STAND_INS = ["\U0001d11e", "\u2e3b", "\ua66e", "\u2042"]


@dataclass
class HtmlPage:
    """What a saved page gives: its main text, and metadata where the page has them."""

    title: str
    body: str  # paragraphs, one per line
    date: str = ""
    url: str = ""
    sitename: str = ""


def extract_html(markup: str) -> HtmlPage | None:
    """The main text and metadata of a saved page; None when it holds no article text."""
    import trafilatura

    stand_in = next((c for c in _STAND_INS if c not in markup), "")
    if stand_in:
        for zwnj in (_ZWNJ, "&zwnj;", "&#8204;", "&#x200c;", "&#x200C;"):
            markup = markup.replace(zwnj, stand_in)
    doc = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))

    def text(key: str) -> str:
        value = str(get(key) or "")
        return value.replace(stand_in, _ZWNJ) if stand_in else value

    lines = [line.strip() for line in text("text").split("\n") if line.strip()]
    title = text("title").strip()
    if lines and title and _same(lines[0], title):
        lines = lines[1:]  # the <h1> repeats the title
    body = "\n".join(lines)
    if not body and not title:
        return None
    return HtmlPage(title=title, body=body, date=text("date"), url=text("url"),
                    sitename=text("sitename"))


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())
