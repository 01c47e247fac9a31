"""The evidence viewer: one article as right-to-left HTML, with what the extractors found.

`show(doc_id, tables)` returns an `ArticleView` (Jupyter displays it through
`_repr_html_`; `.html` is the fragment, `.page()` a standalone page). Highlights come
from the tables' `start`/`end` offsets into the article's normalized `text`, never
from searching strings in the text; only a meeting's trigger word is looked up, inside
its own evidence span (or its sentence). Spans that overlap are nested properly: a
span that crosses another's boundary is split into parts sharing one `data-id`.

Plain HTML and CSS, no script and no web font: the page renders the same in
JupyterLab, in an exported notebook and from disk.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import pandas as pd

from .document import Document

FONT_STACK = "'Vazirmatn', 'Noto Naskh Arabic', 'DejaVu Sans', Tahoma, sans-serif"

# Mention entity types → highlight style.
MENTION_STYLE = {
    "country": "country",
    "capital": "country",
    "demonym": "country",
    "block": "country",
    "org": "org",
    "person": "person",
    "role": "person",
    "pronoun": "person",
}

# Order of spans with identical offsets: the first is the outermost.
RANK = {"focus": 0, "meeting": 1, "quote": 2, "statistic": 3, "trigger": 4, "mention": 5}

# (css class, label) of the legend, in display order.
LEGEND = [
    ("pna-mention-country", "کشور / سازمان بین‌المللی (country)"),
    ("pna-mention-org", "سازمان (organisation)"),
    ("pna-mention-person", "شخص / سمت (person, role)"),
    ("pna-meeting", "جملهٔ دیدار (meeting evidence)"),
    ("pna-trigger", "واژهٔ دیدار (meeting trigger)"),
    ("pna-quote-direct", "نقل قول مستقیم (direct quote)"),
    ("pna-quote-indirect", "نقل قول غیرمستقیم (reported speech)"),
    ("pna-statistic", "آمار (statistic)"),
]

CSS = f"""
.pna-viewer {{ font-family: {FONT_STACK}; direction: rtl; text-align: right;
  max-width: 52em; line-height: 2.3; font-size: 15px; color: #222; }}
.pna-viewer .pna-meta {{ color: #555; font-size: 0.85em; margin: 0 0 0.3em 0; }}
.pna-viewer .pna-meta bdi {{ unicode-bidi: isolate; }}
.pna-viewer .pna-legend {{ font-size: 0.8em; line-height: 2.4; margin: 0.3em 0 0.8em 0;
  padding: 0.2em 0.5em; border: 1px solid #ddd; border-radius: 4px; background: #fafafa; }}
.pna-viewer .pna-legend > span {{ margin-left: 0.9em; white-space: nowrap; }}
.pna-viewer .pna-text {{ white-space: normal; }}
.pna-viewer .pna-line {{ display: block; margin: 0 0 0.5em 0; }}
.pna-viewer .pna-title {{ font-size: 1.3em; font-weight: bold; margin-bottom: 0.7em; }}
.pna-viewer .pna-hl {{ border-radius: 2px; }}
.pna-viewer .pna-mention-country {{ color: #0b4f9c; border-bottom: 2px solid #0b63c4; }}
.pna-viewer .pna-mention-org {{ color: #5b2c83; border-bottom: 2px solid #7d3cb5; }}
.pna-viewer .pna-mention-person {{ color: #116330; border-bottom: 2px solid #1e8c45; }}
.pna-viewer .pna-mention-other {{ border-bottom: 2px dotted #777; }}
.pna-viewer .pna-meeting {{ border-top: 2px dashed #c0392b; }}
.pna-viewer .pna-meeting-other {{ border-top: 2px dashed #999; }}
.pna-viewer .pna-trigger {{ outline: 2px solid #c0392b; font-weight: bold; color: #a5281b; }}
.pna-viewer .pna-quote-direct {{ background: #fff1a8; }}
.pna-viewer .pna-quote-indirect {{ background: #e6e0f5; }}
.pna-viewer .pna-hl[data-label]::before {{ content: attr(data-label); font-size: 0.68em;
  font-weight: normal; color: #fff; background: #7a6420; border-radius: 3px;
  padding: 0 0.35em; margin-left: 0.3em; vertical-align: super; line-height: 1.3;
  white-space: nowrap; }}
.pna-viewer .pna-quote-indirect[data-label]::before {{ background: #5a4a8a; }}
.pna-viewer .pna-statistic {{ background: #ffc98b; outline: 1px solid #d9822b;
  font-weight: bold; }}
.pna-viewer .pna-focus {{ outline: 3px solid #ff00aa; outline-offset: 2px; }}
.pna-viewer .pna-counts {{ color: #666; font-size: 0.8em; margin-top: 0.8em; }}
.pna-viewer [title] {{ cursor: help; }}
"""


@dataclass
class Span:
    """One highlight (or a structural block) over `text[start:end]`."""

    start: int
    end: int
    kind: str  # mention | meeting | trigger | quote | statistic | focus | line
    css: str
    title: str = ""
    attrs: dict[str, str] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)  # table rows: "quotes:2"
    label: str = ""  # a small margin label before the first part (quote speakers)

    @property
    def structural(self) -> bool:
        """Lines are blocks wrapping everything else, with no data-kind."""
        return self.kind == "line"


@dataclass
class ArticleView:
    """An article rendered with its highlights; Jupyter shows it through `_repr_html_`."""

    doc_id: str
    text: str
    html: str
    spans: list[Span]
    skipped: list[str]

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        kinds: dict[str, int] = {}
        for s in self.spans:
            if not s.structural:
                kinds[s.kind] = kinds.get(s.kind, 0) + 1
        counts = ", ".join(f"{k}: {kinds[k]}" for k in sorted(kinds))
        return f"<ArticleView {self.doc_id} ({counts})>"

    def page(self, title: str = "", nav: str = "") -> str:
        """A standalone HTML page holding the view (UTF-8, no external resources)."""
        head_title = html.escape(title or self.doc_id)
        return (
            '<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{head_title}</title>\n"
            "<style>body { margin: 1.5em auto; max-width: 56em; padding: 0 1em; "
            f"font-family: {FONT_STACK}; }}\n"
            "nav { font-size: 0.85em; margin-bottom: 1em; }</style>\n"
            f"</head>\n<body>\n{nav}{self.html}\n</body>\n</html>\n"
        )

    def save(self, path: str, title: str = "") -> None:
        """Write the standalone page to `path`."""
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.page(title))


# --- public entry point ---------------------------------------------------------------


def show(
    doc_id_or_document: str | Document | Mapping | pd.Series,
    tables: Mapping[str, pd.DataFrame] | None = None,
    focus: tuple[int, int] | None = None,
    legend: bool = True,
) -> ArticleView:
    """Render one article (by doc_id, Document, or a table row to focus on) with its highlights."""
    target = doc_id_or_document
    doc: Document | None = None
    if isinstance(target, Document):
        doc = target
        doc_id = doc.doc_id
        if tables is None:
            from .pipeline import analyze

            tables = analyze([doc])
    elif isinstance(target, str):
        doc_id = target
    elif isinstance(target, (pd.Series, Mapping)):
        row = dict(target)
        doc_id = str(row["doc_id"])
        if focus is None and _valid_int(row.get("start")) and _valid_int(row.get("end")):
            focus = (int(row["start"]), int(row["end"]))
    else:
        raise TypeError(
            f"show() takes a doc_id, a Document or a table row, not {type(target).__name__}"
        )
    if tables is None:
        raise ValueError("show(doc_id) needs the tables (from analysis.analyze or read_tables)")

    meta = _article_meta(doc_id, tables, doc)
    text = meta["text"]
    spans, skipped = collect_spans(doc_id, text, tables, doc)
    if focus is not None:
        fs, fe = focus
        if 0 <= fs < fe <= len(text):
            spans.append(Span(fs, fe, "focus", "pna-focus", "focus", ids=["focus"]))
        else:
            skipped.append(f"focus: offsets {fs}-{fe} outside the text")
    body = render_text(text, spans + line_spans(text))
    fragment = _frame_html(meta, body, spans, skipped, legend)
    return ArticleView(doc_id, text, fragment, spans, skipped)


# --- collecting spans from the tables ------------------------------------------------


def collect_spans(
    doc_id: str,
    text: str,
    tables: Mapping[str, pd.DataFrame],
    doc: Document | None = None,
) -> tuple[list[Span], list[str]]:
    """The highlights of one article from its rows in the tables (plus rows skipped, and why)."""
    spans: list[Span] = []
    skipped: list[str] = []
    n = len(text)

    def valid(name: str, rid: Any, start: Any, end: Any) -> bool:
        if not (_valid_int(start) and _valid_int(end)):
            skipped.append(f"{name}:{rid}: no offsets")
            return False
        if not 0 <= int(start) < int(end) <= n:
            skipped.append(f"{name}:{rid}: offsets {start}-{end} outside the text")
            return False
        return True

    mentions = _rows(tables, "mentions", doc_id)
    if not mentions and doc is not None:
        mentions = [{"doc_id": doc_id, **m.__dict__} for m in doc.mentions]
    for i, m in enumerate(mentions):
        if not valid("mentions", i, m.get("start"), m.get("end")):
            continue
        etype = _s(m.get("entity_type"))
        style = MENTION_STYLE.get(etype, "other")
        title = " · ".join(
            x
            for x in (
                f"{etype}: {_s(m.get('entity_id'))}",
                _s(m.get("country")) if _s(m.get("country")) != _s(m.get("entity_id")) else "",
                _s(m.get("person")),
                _s(m.get("role")),
            )
            if x
        )
        spans.append(
            Span(
                int(m["start"]),
                int(m["end"]),
                "mention",
                f"pna-mention-{style}",
                title,
                {
                    "entity": _s(m.get("entity_id")),
                    "type": etype,
                    "country": _s(m.get("country")),
                    "person": _s(m.get("person")),
                },
                ids=[f"mentions:{i}"],
            )
        )

    sentences = _sentences(tables, doc_id, doc)
    for m in _rows(tables, "meetings", doc_id):
        rid = _s(m.get("meeting_id"))
        start, end = m.get("start"), m.get("end")
        if not (_valid_int(start) and _valid_int(end) and int(end) > int(start)):
            sent = sentences.get(int(m["sent_id"])) if _valid_int(m.get("sent_id")) else None
            start, end = sent if sent else (start, end)
        if not valid("meetings", rid, start, end):
            continue
        start, end = int(start), int(end)
        held = _s(m.get("status")) in ("held", "")
        pair = f"{_s(m.get('party_a'))}–{_s(m.get('party_b'))}"
        people = " – ".join(x for x in (_s(m.get("person_a")), _s(m.get("person_b"))) if x)
        title = " · ".join(
            x
            for x in (
                f"meeting {pair}",
                people,
                _s(m.get("mode")),
                _s(m.get("status")),
                _s(m.get("day")),
            )
            if x
        )
        attrs = {"parties": pair, "status": _s(m.get("status")), "mode": _s(m.get("mode"))}
        spans.append(
            Span(
                start,
                end,
                "meeting",
                "pna-meeting" if held else "pna-meeting-other",
                title,
                dict(attrs),
                ids=[f"meetings:{rid}"],
            )
        )
        trig = _trigger_span(m, text, start, end, sentences)
        if trig is not None:
            spans.append(
                Span(
                    trig[0],
                    trig[1],
                    "trigger",
                    "pna-trigger",
                    f"trigger: {_s(m.get('trigger'))} · {title}",
                    dict(attrs),
                    ids=[f"meetings:{rid}"],
                )
            )
        elif _s(m.get("trigger")):
            skipped.append(f"meetings:{rid}: trigger {_s(m.get('trigger'))!r} not in its evidence")

    for q in _rows(tables, "quotes", doc_id):
        rid = _s(q.get("quote_id"))
        if not valid("quotes", rid, q.get("start"), q.get("end")):
            continue
        kind = "direct" if _s(q.get("kind")) == "direct" else "indirect"
        speaker = _s(q.get("speaker"))
        title = " · ".join(
            x
            for x in (
                f"{speaker or '?'}",
                f"{_s(q.get('kind'))} ({_s(q.get('form'))})",
                f"cue: {_s(q.get('cue'))}" if _s(q.get("cue")) else "",
                _s(q.get("speaker_country")),
            )
            if x
        )
        spans.append(
            Span(
                int(q["start"]),
                int(q["end"]),
                "quote",
                f"pna-quote-{kind}",
                title,
                {"speaker": speaker, "quote-kind": _s(q.get("kind")), "form": _s(q.get("form"))},
                ids=[f"quotes:{rid}"],
                label=speaker,
            )
        )

    for st in _rows(tables, "statistics", doc_id):
        rid = _s(st.get("stat_id"))
        if not valid("statistics", rid, st.get("start"), st.get("end")):
            continue
        value = _fmt_value(st.get("value"))
        title = " · ".join(
            x
            for x in (
                f"value: {value}",
                f"unit: {_s(st.get('unit'))}",
                f"kind: {_s(st.get('kind'))}",
                f"qualifier: {_s(st.get('qualifier'))}",
                f"change: {_s(st.get('change'))}" if _s(st.get("change")) else "",
                f"speaker: {_s(st.get('speaker'))}" if _s(st.get("speaker")) else "",
            )
            if x
        )
        spans.append(
            Span(
                int(st["start"]),
                int(st["end"]),
                "statistic",
                "pna-statistic",
                title,
                {"value": value, "unit": _s(st.get("unit")), "stat-kind": _s(st.get("kind"))},
                ids=[f"statistics:{rid}"],
            )
        )
    return _merge_duplicates(spans), skipped


def _trigger_span(
    m: Mapping, text: str, start: int, end: int, sentences: dict[int, tuple[int, int]]
) -> tuple[int, int] | None:
    """The trigger word of a meeting, inside its evidence span or else its sentence."""
    ts, te = m.get("trigger_start"), m.get("trigger_end")
    if _valid_int(ts) and _valid_int(te) and 0 <= int(ts) < int(te) <= len(text):
        return int(ts), int(te)
    trigger = _s(m.get("trigger")).strip()
    if not trigger:
        return None
    pattern = _loose_pattern(trigger)
    windows = [(start, end)]
    if _valid_int(m.get("sent_id")) and int(m["sent_id"]) in sentences:
        windows.append(sentences[int(m["sent_id"])])
    for ws, we in windows:
        hit = pattern.search(text, ws, we)
        if hit:
            return hit.start(), hit.end()
    return None


def _loose_pattern(phrase: str) -> re.Pattern:
    """A regex for `phrase` where a space and a ZWNJ are interchangeable (or absent)."""
    parts = re.split(r"[ \u200c]+", phrase)
    return re.compile(r"[ \u200c]*".join(re.escape(p) for p in parts if p))


def _merge_duplicates(spans: list[Span]) -> list[Span]:
    """One element per (kind, css, start, end): tooltips and row ids joined."""
    merged: dict[tuple, Span] = {}
    for s in spans:
        key = (s.kind, s.css, s.start, s.end)
        if key not in merged:
            merged[key] = s
            continue
        m = merged[key]
        if s.title and s.title not in m.title.split("\n"):
            m.title = f"{m.title}\n{s.title}" if m.title else s.title
        m.ids.extend(i for i in s.ids if i not in m.ids)
        if s.label and s.label not in m.label.split(" / "):
            m.label = f"{m.label} / {s.label}" if m.label else s.label
    return list(merged.values())


def line_spans(text: str) -> list[Span]:
    """One block per line of the text; the first line is the title."""
    spans: list[Span] = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if line:
            spans.append(
                Span(pos, pos + len(line), "line", "pna-line pna-title" if i == 0 else "pna-line")
            )
        pos += len(line) + 1
    return spans


# --- nesting -------------------------------------------------------------------------


def render_text(text: str, spans: Iterable[Span]) -> str:
    """HTML of `text` with every span wrapped in an element, properly nested.

    The text is cut at every span boundary; each piece is wrapped in the spans that
    cover it, outermost first (lines, then longer spans, then by RANK). Between two
    pieces only the elements that differ are closed and opened, so a span that
    crosses another one's end is split into parts (data-part="k/n", same data-id).
    """
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    order = sorted(
        range(len(spans)),
        key=lambda i: (
            not spans[i].structural,
            spans[i].start,
            -spans[i].end,
            RANK.get(spans[i].kind, 9),
            spans[i].css,
            i,
        ),
    )
    pos_of = {i: p for p, i in enumerate(order)}
    bounds = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    starts: dict[int, list[int]] = {}
    for i, s in enumerate(spans):
        starts.setdefault(s.start, []).append(i)

    events: list[tuple[str, Any]] = []  # ("open", i) | ("close", i) | ("text", str)
    parts = [0] * len(spans)
    stack: list[int] = []
    active: set[int] = set()
    for a, b in pairwise(bounds):
        active = {i for i in active if spans[i].end > a}
        active.update(starts.get(a, ()))
        want = sorted(active, key=pos_of.__getitem__)
        k = 0
        while k < len(stack) and k < len(want) and stack[k] == want[k]:
            k += 1
        for i in reversed(stack[k:]):
            events.append(("close", i))
        for i in want[k:]:
            parts[i] += 1
            events.append(("open", i))
        stack = want
        events.append(("text", text[a:b]))
    for i in reversed(stack):
        events.append(("close", i))

    out: list[str] = []
    seen = [0] * len(spans)
    for ev, val in events:
        if ev == "text":
            out.append(html.escape(val, quote=False))
        elif ev == "close":
            out.append("</span>")
        else:
            seen[val] += 1
            out.append(_open_tag(spans[val], val, seen[val], parts[val]))
    return "".join(out)


def _open_tag(s: Span, index: int, part: int, n_parts: int) -> str:
    """The opening tag of one part of a span."""
    if s.structural:
        return f'<span class="{s.css}">'
    attrs = [
        ("class", f"pna-hl {s.css}"),
        ("data-kind", s.kind),
        ("data-start", str(s.start)),
        ("data-end", str(s.end)),
        ("data-id", f"h{index}"),
        ("data-rows", ",".join(s.ids)),
    ]
    if n_parts > 1:
        attrs.append(("data-part", f"{part}/{n_parts}"))
    attrs.extend((f"data-{k}", v) for k, v in s.attrs.items() if v)
    if s.title:
        attrs.append(("title", s.title))
    if s.label and part == 1:
        attrs.append(("data-label", s.label))  # shown by CSS ::before: not part of the text
    return "<span " + " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs) + ">"


# --- the frame around the text -------------------------------------------------------


def _frame_html(meta: dict, body: str, spans: list[Span], skipped: list[str], legend: bool) -> str:
    esc = lambda v: html.escape(str(v), quote=True)
    bits = []
    outlet = meta.get("outlet") or meta.get("agency")
    if outlet:
        bits.append(f'<span class="pna-outlet">{esc(outlet)}</span>')
    date = meta.get("date") or meta.get("date_raw")
    if date:
        bits.append(f'<span class="pna-date"><bdi dir="ltr">{esc(date)}</bdi></span>')
    bits.append(f'<span class="pna-docid"><bdi dir="ltr">{esc(meta["doc_id"])}</bdi></span>')
    if meta.get("url"):
        bits.append(f'<a class="pna-url" href="{esc(meta["url"])}" dir="ltr">{esc("source")}</a>')
    meta_html = f'<div class="pna-meta">{" · ".join(bits)}</div>'
    legend_html = ""
    if legend:
        legend_html = (
            '<div class="pna-legend">'
            + " ".join(
                f'<span><span class="pna-hl {css}">{esc(label)}</span></span>'
                for css, label in LEGEND
            )
            + "</div>"
        )
    counts: dict[str, int] = {}
    for s in spans:
        counts[s.kind] = counts.get(s.kind, 0) + 1
    count_txt = " · ".join(
        f"{k}: {counts[k]}"
        for k in ("mention", "meeting", "trigger", "quote", "statistic")
        if k in counts
    )
    skip_txt = ""
    if skipped:
        skip_txt = (
            f' · <span title="{esc(chr(10).join(skipped))}">skipped rows: {len(skipped)}</span>'
        )
    return (
        f'<div class="pna-viewer" dir="rtl" lang="fa">\n<style>{CSS}</style>\n'
        f"{meta_html}\n{legend_html}\n"
        f'<div class="pna-text">{body}</div>\n'
        f'<div class="pna-counts" dir="ltr">{esc(count_txt or "no highlights")}{skip_txt}</div>\n'
        "</div>"
    )


# --- table access ----------------------------------------------------------------------


def _article_meta(doc_id: str, tables: Mapping[str, pd.DataFrame], doc: Document | None) -> dict:
    """Text and metadata of one article, from the articles table (or the Document)."""
    rows = _rows(tables, "articles", doc_id)
    meta: dict[str, Any] = {}
    if rows:
        meta = {k: _s(v) for k, v in rows[0].items()}
    if doc is not None:
        if rows and meta.get("text") and meta["text"] != doc.text:
            raise ValueError(
                f"{doc_id}: the tables' text differs from the Document's: offsets would not match"
            )
        meta.update(
            text=doc.text,
            title=doc.title,
            agency=doc.agency,
            date=doc.date or "",
            date_raw=doc.date_raw,
            outlet=doc.meta.get("outlet", ""),
            url=doc.meta.get("url", ""),
        )
    if "text" not in meta:
        raise KeyError(f"no article {doc_id!r} in the articles table")
    meta["doc_id"] = doc_id
    return meta


def _rows(tables: Mapping[str, pd.DataFrame], name: str, doc_id: str) -> list[dict]:
    df = tables.get(name)
    if df is None or df.empty or "doc_id" not in df.columns:
        return []
    return df[df["doc_id"].astype(str) == doc_id].to_dict("records")


def _sentences(
    tables: Mapping[str, pd.DataFrame], doc_id: str, doc: Document | None
) -> dict[int, tuple[int, int]]:
    """sent_id → (start, end), from the sentences table or the Document."""
    if doc is not None and doc.sentences:
        return {s.sent_id: (s.start, s.end) for s in doc.sentences}
    return {
        int(r["sent_id"]): (int(r["start"]), int(r["end"]))
        for r in _rows(tables, "sentences", doc_id)
        if _valid_int(r.get("start")) and _valid_int(r.get("end"))
    }


def _valid_int(v: Any) -> bool:
    if v is None or isinstance(v, bool):
        return False
    try:
        f = float(v)
    except (TypeError, ValueError):
        return False
    return not math.isnan(f) and f == int(f)


def _s(v: Any) -> str:
    """A cell as a string ('' for None/NaN)."""
    if v is None:
        return ""
    if isinstance(v, float) and math.isnan(v):
        return ""
    return str(v)


def _fmt_value(v: Any) -> str:
    """A statistic's value without a trailing `.0`."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    return f"{int(f):,}" if f.is_integer() else f"{f:,.6g}"
