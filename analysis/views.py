"""Views for the analysis notebooks: derived tables and figures over the run's tables.

Every function reads the tables of `analysis.analyze` (or `read_tables`) and returns
a sorted DataFrame or a matplotlib Figure, so a notebook re-executes identically:

- meetings: `counterpart_matrix`, `meetings_by_day`, `meeting_evidence`,
  `figure_meetings_per_country` (Persian names, English names on a second axis),
  `figure_counterpart_matrix`, `figure_meetings_by_day`;
- quotes: `quote_evidence` (the sentence with the quotation marked), `quotes_per_speaker`,
  `quote_topics` and `speaker_topic_matrix` (topics from the keyword map
  `data/topics.csv`), `figure_quotes_per_country`, `figure_speaker_topics`;
- statistics: `claims_table`, `listed_counts` (stated count vs listed items, through
  `analysis.statistics.check_listed_counts`), `figure_claims`.

Evidence is always cut from the article's normalized `text` by the rows' `start`/`end`
offsets, never found by searching strings.
"""

from __future__ import annotations

import csv
import dataclasses
import html
from functools import cache
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .document import Document, Mention, Sentence
from .figures import BAR_COLOR, country_label
from .gazetteer import gazetteer
from .lexicon.meetings import RELATIVE_DAYS, WEEKDAYS
from .plotting import fa
from .text import normalize
from .words import content_word

DATA = Path(__file__).resolve().parent.parent / "data"
TOPICS = DATA / "topics.csv"

UNSPECIFIED = "نامشخص"  # "unspecified": no day / no speaker country
OTHER_TOPIC = "سایر"  # "other": a quote that matches no topic keyword
STATUSES = ["held", "planned", "not_held"]
MARK_OPEN, MARK_CLOSE = "【", "】"  # evidence markers in plain-text tables
ZWNJ = "\u200c"


# --- names ------------------------------------------------------------------------------

def english_label(code: str) -> str:
    """A party code's English name (`IRN` → `Iran`), else the code."""
    return gazetteer().en_names.get(code) or code


def party_label(code: str) -> str:
    """A party code's Persian name (`XAB` → `آبخازیا`, `IGO:UN` → `سازمان ملل`), else the code."""
    return country_label(code)


# --- evidence -----------------------------------------------------------------------------

def highlight(text: str, start: int, end: int, open_: str = MARK_OPEN, close: str = MARK_CLOSE
              ) -> str:
    """`text` with [start, end) wrapped in markers (`【…】` by default)."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} outside a text of {len(text)} characters")
    return f"{text[:start]}{open_}{text[start:end]}{close}{text[end:]}"


def _texts(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    articles = tables.get("articles", pd.DataFrame())
    if articles.empty:
        return {}
    return dict(zip(articles["doc_id"].astype(str), articles["text"].astype(str)))


def _sentence_bounds(tables: dict[str, pd.DataFrame]) -> dict[str, list[tuple[int, int]]]:
    sents = tables.get("sentences", pd.DataFrame())
    out: dict[str, list[tuple[int, int]]] = {}
    if sents.empty:
        return out
    for doc_id, s, e in zip(sents["doc_id"].astype(str), sents["start"], sents["end"]):
        out.setdefault(doc_id, []).append((int(s), int(e)))
    for bounds in out.values():
        bounds.sort()
    return out


def evidence_span(bounds: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The span of the sentences that hold [start, end) (the span itself if none do)."""
    lo = [s for s, e in bounds if s <= start < e]
    hi = [e for s, e in bounds if s < end <= e]
    return (min(lo[0], start) if lo else start, max(hi[-1], end) if hi else end)


def _marked_evidence(df: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> list[str]:
    """For each row: its sentence(s) with the row's own span marked."""
    texts, bounds = _texts(tables), _sentence_bounds(tables)
    out = []
    for doc_id, start, end in zip(df["doc_id"].astype(str), df["start"], df["end"]):
        text = texts.get(doc_id, "")
        start, end = int(start), int(end)
        if not text or not 0 <= start <= end <= len(text):
            out.append("")
            continue
        a, b = evidence_span(bounds.get(doc_id, []), start, end)
        out.append(highlight(text[a:b], start - a, end - a).strip())
    return out


def evidence_html(df: pd.DataFrame, columns: list[str], evidence: str = "evidence") -> str:
    """An HTML table of `columns` (Persian columns right-to-left, the style of
    `analysis.display`), the `【…】` span of the `evidence` column in <mark>."""
    from .display import CSS, format_cell, persian_columns

    df = df[columns]
    rtl = set(persian_columns(df)) | {evidence}
    head = "".join(f'<th dir="{"rtl" if c in rtl else "ltr"}">{html.escape(str(c))}</th>'
                   for c in columns)
    rows = []
    for row in df.itertuples(index=False, name=None):
        cells = []
        for c, v in zip(columns, row):
            value = html.escape(format_cell(v), quote=False)
            if c == evidence:
                value = value.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")
            cls, direction = ("pna-rtl", "rtl") if c in rtl else ("pna-ltr", "ltr")
            cells.append(f'<td class="{cls}" dir="{direction}">{value}</td>')
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (f'<div class="pna-table-wrap"><style>{CSS}</style><table class="pna-table">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


# --- meetings -------------------------------------------------------------------------

def _held(meetings: pd.DataFrame, status: str | None = "held") -> pd.DataFrame:
    if meetings is None or meetings.empty:
        return pd.DataFrame(columns=["doc_id", "party_a", "party_b", "status"])
    return meetings if status is None else meetings[meetings["status"] == status]


def _meeting_keys(df: pd.DataFrame) -> pd.Series:
    if "meeting_key" in df and (df["meeting_key"].fillna("") != "").all():
        return df["meeting_key"]
    return df["party_a"] + "-" + df["party_b"] + "@" + df["doc_id"].astype(str)


def counterpart_matrix(meetings: pd.DataFrame, status: str = "held",
                       parties: list[str] | None = None) -> pd.DataFrame:
    """Distinct meetings (by `meeting_key`) between each two parties: a symmetric matrix.

    Rows and columns are party codes, the most active party first (ties by code);
    `parties` restricts (and orders) them.
    """
    df = _held(meetings, status)
    if df.empty:
        return pd.DataFrame(dtype="int64")
    pairs = pd.DataFrame({"a": df["party_a"], "b": df["party_b"], "key": _meeting_keys(df)})
    pairs = pairs.drop_duplicates()
    both = pd.concat([pairs, pairs.rename(columns={"a": "b", "b": "a"})], ignore_index=True)
    matrix = pd.crosstab(both["a"], both["b"])
    codes = sorted(set(matrix.index) | set(matrix.columns))
    matrix = matrix.reindex(index=codes, columns=codes, fill_value=0)
    if parties is None:
        totals = matrix.sum(axis=1)
        parties = sorted(codes, key=lambda c: (-int(totals[c]), c))
    matrix = matrix.reindex(index=parties, columns=parties, fill_value=0).astype("int64")
    matrix.index.name, matrix.columns.name = "party", "counterpart"
    return matrix


def _day_order(day: str) -> tuple[int, int, str]:
    """Sort key of a day label: weekdays Saturday first, then relative days, then others."""
    first = day.split()[0] if day else ""
    if first in WEEKDAYS:
        return (0, (WEEKDAYS[first] - 5) % 7, day)  # the Persian week starts on Saturday
    if day in RELATIVE_DAYS:
        return (1, RELATIVE_DAYS[day] + 10, day)
    if day == UNSPECIFIED:
        return (3, 0, day)
    return (2, 0, day)


def meetings_by_day(meetings: pd.DataFrame) -> pd.DataFrame:
    """Meetings per `day` label and status (held / planned / not_held), in week order.

    A meeting without a day is counted under `نامشخص` (unspecified).
    """
    cols = ["day"] + STATUSES + ["total"]
    if meetings is None or meetings.empty:
        return pd.DataFrame({c: pd.Series(dtype="object" if c == "day" else "int64")
                             for c in cols})
    day = meetings["day"].fillna("").astype(str).str.strip().replace("", UNSPECIFIED)
    table = pd.crosstab(day, meetings["status"]).reindex(columns=STATUSES, fill_value=0)
    table["total"] = table.sum(axis=1)
    table = table.reset_index().rename(columns={"index": "day", "row_0": "day"})
    table.columns = cols
    table["order"] = table["day"].map(_day_order)
    table = table.sort_values("order", kind="stable").drop(columns="order")
    return table.reset_index(drop=True).astype({c: "int64" for c in cols[1:]})


def meeting_evidence(meetings: pd.DataFrame, tables: dict[str, pd.DataFrame] | None = None
                     ) -> pd.DataFrame:
    """One row per meeting: the parties by name, people, mode, status, day and evidence.

    With `tables` (articles and sentences), the evidence sentence has the trigger marked.
    """
    cols = ["doc_id", "meeting_id", "party_a", "party_b", "name_a", "name_b", "person_a",
            "person_b", "mode", "status", "day", "trigger", "n_mentions", "evidence"]
    if meetings is None or meetings.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    df = meetings.copy()
    df["name_a"] = df["party_a"].map(party_label)
    df["name_b"] = df["party_b"].map(party_label)
    df["evidence"] = [_mark_trigger(str(e), str(t)) for e, t in zip(df["evidence"], df["trigger"])]
    df = df.sort_values(["doc_id", "meeting_id"], kind="stable")
    return df[cols].reset_index(drop=True)


def _mark_trigger(evidence: str, trigger: str) -> str:
    """The evidence with the first occurrence of its trigger marked (space ≡ ZWNJ)."""
    if not trigger:
        return evidence
    for variant in (trigger, trigger.replace(ZWNJ, " "), trigger.replace(" ", ZWNJ)):
        i = evidence.find(variant)
        if i >= 0:
            return highlight(evidence, i, i + len(variant))
    return evidence


# --- quotes -----------------------------------------------------------------------------

def _speaker_country(quotes: pd.DataFrame) -> pd.Series:
    return quotes["speaker_country"].fillna("").astype(str).replace("", UNSPECIFIED)


def quotes_per_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes per speaker: country, direct, indirect and total, most quoted first."""
    cols = ["speaker", "country", "direct", "indirect", "total"]
    if quotes is None or quotes.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    q = quotes.assign(country=_speaker_country(quotes),
                      speaker=quotes["speaker"].fillna("").astype(str))
    # a speaker's country: the most frequent one given to them (ties by code)
    country = (q.groupby(["speaker", "country"]).size().reset_index(name="n")
               .sort_values(["speaker", "n", "country"], ascending=[True, False, True])
               .drop_duplicates("speaker").set_index("speaker")["country"])
    table = pd.crosstab(q["speaker"], q["kind"]).reindex(columns=["direct", "indirect"],
                                                         fill_value=0)
    table["total"] = table.sum(axis=1)
    table["country"] = country
    table = table.reset_index()[cols]
    table = table.sort_values(["total", "speaker"], ascending=[False, True], kind="stable")
    return table.reset_index(drop=True)


def quotes_per_country(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes per speaker country: direct, indirect, total and distinct speakers."""
    cols = ["country", "name", "direct", "indirect", "total", "speakers"]
    if quotes is None or quotes.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    q = quotes.assign(country=_speaker_country(quotes))
    table = pd.crosstab(q["country"], q["kind"]).reindex(columns=["direct", "indirect"],
                                                         fill_value=0)
    table["total"] = table.sum(axis=1)
    table["speakers"] = q.groupby("country")["speaker"].nunique()
    table = table.reset_index()
    table["name"] = table["country"].map(party_label)
    table = table[cols].sort_values(["total", "country"], ascending=[False, True])
    return table.reset_index(drop=True)


def quote_evidence(quotes: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Each quote with its sentence(s), the quoted words marked `【…】`; by speaker, then text order."""
    cols = ["speaker", "speaker_country", "doc_id", "quote_id", "kind", "form", "cue",
            "resolved_by", "evidence"]
    if quotes is None or quotes.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    df = quotes.copy()
    df["evidence"] = _marked_evidence(df, tables)
    df = df.sort_values(["speaker", "doc_id", "start", "quote_id"], kind="stable")
    return df[cols].reset_index(drop=True)


@dataclasses.dataclass(frozen=True)
class TopicMap:
    """Keywords (normalized, ZWNJ-free keys) → topic, and the topics in file order."""

    keywords: dict[str, str]
    topics: list[str]
    english: dict[str, str]


def _key(word: str) -> str:
    return normalize(word).replace(ZWNJ, "").replace(" ", "")


@cache
def load_topics(path: str | Path = TOPICS) -> TopicMap:
    """Read the keyword → topic map (CSV: keyword, topic, topic_en, en)."""
    keywords: dict[str, str] = {}
    topics: list[str] = []
    english: dict[str, str] = {}
    with Path(path).open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            topic = normalize(row["topic"])
            keywords.setdefault(_key(row["keyword"]), topic)
            if topic not in english:
                topics.append(topic)
                english[topic] = row.get("topic_en", "")
    english.setdefault(OTHER_TOPIC, "other")
    return TopicMap(keywords, topics, english)


def quote_topics(quotes: pd.DataFrame, tables: dict[str, pd.DataFrame],
                 topics: TopicMap | None = None) -> pd.DataFrame:
    """Each quote's topic and top content word, from the tokens inside its span.

    `topic`: the topic with most keyword hits among the quote's tokens (a token hits by
    its word or its lemma); ties go to the topic listed first in the map; none: `سایر`.
    `top_word`: the quote's most frequent content lemma (words of entity mentions left
    out, ties to the earliest), a data-free view of what the quote is about.
    """
    topics = topics or load_topics()
    cols = ["doc_id", "quote_id", "speaker", "topic", "hits", "top_word"]
    if quotes is None or quotes.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    tokens = tables.get("tokens", pd.DataFrame())
    mentions = tables.get("mentions", pd.DataFrame())
    by_doc = {d: g for d, g in tokens.groupby("doc_id", sort=False)} if not tokens.empty else {}
    spans = ({d: list(zip(g["start"], g["end"])) for d, g in mentions.groupby("doc_id")}
             if not mentions.empty else {})
    order = {t: i for i, t in enumerate(topics.topics)}
    rows = []
    for _, q in quotes.iterrows():
        toks = by_doc.get(q["doc_id"])
        hits: dict[str, int] = {}
        words: list[str] = []
        if toks is not None:
            inside = toks[(toks["start"] >= q["start"]) & (toks["end"] <= q["end"])]
            taken = spans.get(q["doc_id"], [])
            for token, lemma, s, e in zip(inside["token"], inside["lemma"], inside["start"],
                                          inside["end"]):
                lemma = lemma if isinstance(lemma, str) else ""
                topic = topics.keywords.get(_key(token)) or topics.keywords.get(
                    _key(lemma.split("#")[0]))
                if topic:
                    hits[topic] = hits.get(topic, 0) + 1
                if any(ms <= s and e <= me for ms, me in taken):
                    continue
                word = content_word(str(token), lemma)
                if word:
                    words.append(word)
        best = min(hits, key=lambda t: (-hits[t], order.get(t, len(order)))) if hits else OTHER_TOPIC
        counts = pd.Series(words, dtype="object").value_counts(sort=False)
        top = max(counts.index, key=lambda w: (counts[w], -words.index(w))) if words else ""
        rows.append({"doc_id": q["doc_id"], "quote_id": q["quote_id"], "speaker": q["speaker"],
                     "topic": best, "hits": hits.get(best, 0), "top_word": top})
    return pd.DataFrame(rows, columns=cols)


def speaker_topic_matrix(topics_df: pd.DataFrame, n_speakers: int = 15,
                         topics: TopicMap | None = None) -> pd.DataFrame:
    """Quotes per speaker (rows, most quoted first) and topic (columns, map order, `سایر` last)."""
    topics = topics or load_topics()
    if topics_df is None or topics_df.empty:
        return pd.DataFrame(dtype="int64")
    table = pd.crosstab(topics_df["speaker"], topics_df["topic"])
    order = [t for t in topics.topics + [OTHER_TOPIC] if t in table.columns]
    table = table[order]
    totals = table.sum(axis=1)
    speakers = sorted(table.index, key=lambda s: (-int(totals[s]), s))[:n_speakers]
    return table.loc[speakers].astype("int64")


# --- statistics -------------------------------------------------------------------------

def claims_table(statistics: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The claims: value, unit, kind, qualifier, change, subject, speaker and marked evidence."""
    cols = ["doc_id", "stat_id", "text", "value", "unit", "kind", "qualifier", "change",
            "subject", "speaker", "evidence"]
    if statistics is None or statistics.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    df = statistics.copy()
    df["evidence"] = _marked_evidence(df, tables)
    df = df.sort_values(["doc_id", "start", "stat_id"], kind="stable")
    return df[cols].reset_index(drop=True)


def _documents(tables: dict[str, pd.DataFrame]) -> dict[str, Document]:
    """Documents rebuilt from the tables (text, sentences, mentions): no re-analysis."""
    docs: dict[str, Document] = {}
    for _, a in tables["articles"].iterrows():
        docs[str(a["doc_id"])] = Document(doc_id=str(a["doc_id"]), source=str(a["source"]),
                                          text=str(a["text"]), title=str(a["title"]))
    for _, s in tables.get("sentences", pd.DataFrame()).iterrows():
        if s["doc_id"] in docs:
            docs[s["doc_id"]].sentences.append(
                Sentence(int(s["sent_id"]), int(s["start"]), int(s["end"]), str(s["text"])))
    fields = [f.name for f in dataclasses.fields(Mention)]
    for _, m in tables.get("mentions", pd.DataFrame()).iterrows():
        if m["doc_id"] in docs:
            docs[m["doc_id"]].mentions.append(
                Mention(**{f: m[f] for f in fields if f in m.index}))
    return docs


def listed_counts(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Stated count vs listed items (`هفت دیدار … با نمایندگان A، B، … و G`), per claim.

    Runs `analysis.statistics.check_listed_counts` on documents rebuilt from the tables.
    Columns: doc_id, stat_id, text, stated, listed, agree, partial, method, items.
    """
    from .statistics import Statistic, check_listed_counts

    cols = ["doc_id", "stat_id", "text", "stated", "listed", "agree", "partial", "method",
            "items"]
    stats = tables.get("statistics", pd.DataFrame())
    if stats.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    docs = _documents(tables)
    fields = [f.name for f in dataclasses.fields(Statistic)]
    rows = []
    for doc_id, group in stats.groupby("doc_id", sort=True):
        doc = docs.get(str(doc_id))
        if doc is None:
            continue
        records = [Statistic(**{f: r[f] for f in fields}) for _, r in group.iterrows()]
        texts = {r.stat_id: r.text for r in records}
        for c in check_listed_counts(doc, records):
            rows.append({"doc_id": c.doc_id, "stat_id": c.stat_id, "text": texts[c.stat_id],
                         "stated": c.stated, "listed": c.listed, "agree": c.agree,
                         "partial": c.partial, "method": c.method, "items": "، ".join(c.items)})
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["doc_id", "stat_id"], kind="stable").reset_index(drop=True)


# --- figures ------------------------------------------------------------------------------

def _fig(fig: Figure | None, width: float, height: float) -> Figure:
    fig = fig if fig is not None else Figure()
    fig.set_size_inches(width, height)
    return fig


def figure_meetings_per_country(per_country: pd.DataFrame, n: int = 20,
                                fig: Figure | None = None) -> Figure | None:
    """Distinct held meetings per party (from `meetings_per_country`): Persian names on the
    left axis, English names on the right one."""
    if per_country is None or per_country.empty:
        return None
    df = per_country.head(n)
    fig = _fig(fig, 7.5, max(2.5, 0.32 * len(df) + 1.2))
    ax = fig.add_subplot()
    y = list(range(len(df)))
    ax.barh(y, list(df["meetings"]), color=BAR_COLOR)
    ax.set_yticks(y, [fa(party_label(c)) for c in df["country"]])
    ax.set_ylim(len(df) - 0.5, -0.5)
    right = ax.twinx()
    right.set_ylim(ax.get_ylim())
    right.set_yticks(y, [english_label(c) for c in df["country"]], fontsize=8)
    for i, v in zip(y, df["meetings"]):
        ax.annotate(f"{v:g}", (v, i), xytext=(3, 0), textcoords="offset points", va="center",
                    fontsize=8)
    ax.set_title(fa("دیدارهای انجام‌شده به تفکیک کشور") + "\nheld meetings per country")
    ax.set_xlabel(fa("تعداد دیدار") + "\nmeetings")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    for a in (ax, right):
        a.spines[["top"]].set_visible(False)
    fig.tight_layout()
    return fig


def figure_counterpart_matrix(matrix: pd.DataFrame, fig: Figure | None = None) -> Figure | None:
    """The counterpart matrix as a heat map, Persian names on both axes, counts in cells."""
    if matrix is None or matrix.empty:
        return None
    n = len(matrix)
    fig = _fig(fig, max(5.0, 0.36 * n + 2.5), max(4.0, 0.36 * n + 2.0))
    ax = fig.add_subplot()
    image = ax.imshow(matrix.values, cmap="Blues", vmin=0)
    labels = [fa(party_label(c)) for c in matrix.index]
    ax.set_xticks(range(n), labels, rotation=90, fontsize=8)
    ax.set_yticks(range(n), labels, fontsize=8)
    for i in range(n):
        for j in range(n):
            v = int(matrix.values[i, j])
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=7,
                        color="white" if v > matrix.values.max() / 2 else "black")
    ax.set_title(fa("دیدارهای میان طرف‌ها") + "\nmeetings between parties")
    fig.colorbar(image, ax=ax, shrink=0.6).locator = MaxNLocator(integer=True)
    fig.tight_layout()
    return fig


STATUS_COLORS = {"held": "#4C72B0", "planned": "#DD8452", "not_held": "#C44E52"}
STATUS_FA = {"held": "انجام‌شده", "planned": "برنامه‌ریزی‌شده", "not_held": "انجام‌نشده"}


def figure_meetings_by_day(by_day: pd.DataFrame, fig: Figure | None = None) -> Figure | None:
    """Meetings per day label (from `meetings_by_day`), stacked by status."""
    if by_day is None or by_day.empty:
        return None
    fig = _fig(fig, 7, max(2.5, 0.35 * len(by_day) + 1.3))
    _stacked_barh(fig, by_day["day"], by_day, STATUSES, STATUS_COLORS, STATUS_FA,
                  fa("دیدارها به تفکیک روز") + "\nmeetings by day",
                  fa("تعداد دیدار") + "\nmeetings")
    return fig


def _stacked_barh(fig: Figure, labels, df: pd.DataFrame, parts, colors: dict, names_fa: dict,
                  title: str, xlabel: str) -> None:
    """Horizontal bars, one per label (top to bottom), stacked by the columns `parts`."""
    ax = fig.add_subplot()
    y = list(range(len(df)))
    left = [0] * len(df)
    for part in parts:
        vals = list(df[part])
        ax.barh(y, vals, left=left, color=colors[part], label=f"{fa(names_fa[part])} ({part})")
        left = [a + b for a, b in zip(left, vals)]
    ax.set_yticks(y, [fa(f"{label}") for label in labels])
    ax.invert_yaxis()
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(frameon=False, fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()


KIND_COLORS = {"direct": "#4C72B0", "indirect": "#DD8452"}
KIND_FA = {"direct": "مستقیم", "indirect": "غیرمستقیم"}


def figure_quotes_per_country(per_country: pd.DataFrame, n: int = 20, fig: Figure | None = None
                              ) -> Figure | None:
    """Quotes per speaker country (from `quotes_per_country`), direct and indirect stacked."""
    if per_country is None or per_country.empty:
        return None
    df = per_country.head(n)
    fig = _fig(fig, 7, max(2.5, 0.32 * len(df) + 1.2))
    _stacked_barh(fig, df["name"], df, ("direct", "indirect"), KIND_COLORS, KIND_FA,
                  fa("نقل‌قول‌ها به تفکیک کشور گوینده") + "\nquotes per speaker country",
                  fa("تعداد نقل‌قول") + "\nquotes")
    return fig


def figure_speaker_topics(matrix: pd.DataFrame, topics: TopicMap | None = None,
                          fig: Figure | None = None) -> Figure | None:
    """The speaker × topic matrix as a heat map (Persian topic names, English below)."""
    topics = topics or load_topics()
    if matrix is None or matrix.empty:
        return None
    rows, cols = matrix.shape
    fig = _fig(fig, max(5.0, 0.7 * cols + 3.0), max(3.0, 0.35 * rows + 2.2))
    ax = fig.add_subplot()
    ax.imshow(matrix.values, cmap="Oranges", vmin=0, aspect="auto")
    ax.set_xticks(range(cols), [f"{fa(t)}\n{topics.english.get(t, '')}" for t in matrix.columns],
                  rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(rows), [fa(s) for s in matrix.index], fontsize=8)
    for i in range(rows):
        for j in range(cols):
            v = int(matrix.values[i, j])
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=7)
    ax.set_title(fa("موضوع نقل‌قول‌ها به تفکیک گوینده") + "\nquote topics per speaker")
    fig.tight_layout()
    return fig


QUALIFIER_FA = {"more_than": "بیش از", "less_than": "کمتر از", "about": "حدود", "exact": ""}


def claim_label(row: pd.Series, width: int = 45) -> str:
    """A claim's Persian label: its text, then its subject (shortened to `width`) when the
    subject adds to the text."""
    subject = str(row.get("subject") or "").strip()
    if subject in (str(row.get("unit") or ""), "") or subject in str(row["text"]):
        return str(row["text"])  # the subject says no more than the claim itself
    if len(subject) > width:
        subject = subject[: width - 1] + "…"
    return f"{row['text']} — {subject}" if subject else str(row["text"])


def figure_claims(claims: pd.DataFrame, kind: str = "count", n: int = 15, unit: str | None = None,
                  fig: Figure | None = None) -> Figure | None:
    """The largest claims of one kind (count, percent, money, measure), and of one `unit` if
    given (a currency), distinct per document and value, labelled with text and subject;
    a logarithmic axis when the values span more than two orders of magnitude."""
    if claims is None or claims.empty:
        return None
    df = claims[claims["kind"] == kind].copy()
    if unit is not None:
        df = df[df["unit"] == unit]
    if df.empty:
        return None
    df = df.drop_duplicates(["doc_id", "value", "unit"])
    df = df.sort_values(["value", "doc_id", "stat_id"], ascending=[False, True, True],
                        kind="stable").head(n)
    fig = _fig(fig, 9, max(2.5, 0.34 * len(df) + 1.3))
    ax = fig.add_subplot()
    y = list(range(len(df)))
    ax.barh(y, list(df["value"]), color=BAR_COLOR)
    ax.set_yticks(y, [fa(claim_label(r)) for _, r in df.iterrows()], fontsize=8)
    ax.invert_yaxis()
    if df["value"].max() / max(df["value"].min(), 1e-9) > 100:
        ax.set_xscale("log")
    for i, (v, doc) in enumerate(zip(df["value"], df["doc_id"])):
        ax.annotate(f"{v:,.10g}  [{doc}]", (v, i), xytext=(3, 0), textcoords="offset points",
                    va="center", fontsize=7)
    title = f"{kind}, {unit}" if unit else kind
    ax.set_title(fa("بزرگ‌ترین ادعاهای آماری") + "\n" + fa(f"largest claims: {title}"))
    ax.set_xlabel(fa("مقدار") + "\nvalue")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
