"""Browse and filter the tables: the common questions, as tidy frames.

Every frame keeps `doc_id`, `start` and `end` (and `table`, the table the row comes
from), so any of its rows can be passed to `analysis.viewer.show(row, tables)` to see
the evidence highlighted. Names are matched the way the gazetteer matches them: any
spelling (ZWNJ or space, `ي`/`ی`, `رئیس`/`رییس`) of the query finds the row.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .gazetteer import canonical, gazetteer
from .text import normalize

QUOTE_COLUMNS = [
    "table",
    "doc_id",
    "quote_id",
    "sent_id",
    "speaker",
    "speaker_country",
    "kind",
    "form",
    "cue",
    "text",
    "start",
    "end",
]
MEETING_COLUMNS = [
    "table",
    "doc_id",
    "meeting_id",
    "sent_id",
    "country",
    "partner",
    "person",
    "partner_person",
    "mode",
    "status",
    "day",
    "trigger",
    "evidence",
    "start",
    "end",
]
CLAIM_COLUMNS = [
    "table",
    "doc_id",
    "row_id",
    "sent_id",
    "speaker",
    "claim",
    "value",
    "unit",
    "kind",
    "context",
    "start",
    "end",
]


def match_key(text: str) -> str:
    """A matching key: normalized, folded, spaces and ZWNJ dropped."""
    return canonical(normalize(str(text))).replace(" ", "")


def _contains(series: pd.Series, query: str) -> pd.Series:
    key = match_key(query)
    if not key:
        return pd.Series(False, index=series.index)
    return series.fillna("").astype(str).map(lambda v: key in match_key(v))


def _table(tables: Mapping[str, pd.DataFrame], name: str) -> pd.DataFrame:
    df = tables.get(name)
    return df if df is not None else pd.DataFrame()


def _tidy(df: pd.DataFrame, columns: list[str], sort: list[str]) -> pd.DataFrame:
    for c in columns:
        if c not in df.columns:
            df[c] = pd.Series(dtype="object") if len(df) == 0 else ""
    df = df[columns]
    if len(df):
        df = df.sort_values([c for c in sort if c in df.columns], kind="stable")
    return df.reset_index(drop=True)


def quotes_by(tables: Mapping[str, pd.DataFrame], speaker: str) -> pd.DataFrame:
    """Quotes whose speaker matches `speaker` (a name, a surname, a role as written)."""
    quotes = _table(tables, "quotes")
    if quotes.empty:
        return _tidy(pd.DataFrame(), QUOTE_COLUMNS, [])
    hit = quotes[_contains(quotes["speaker"], speaker).to_numpy()].copy()
    hit["table"] = "quotes"
    return _tidy(hit, QUOTE_COLUMNS, ["doc_id", "start", "quote_id"])


def country_code(country: str) -> str:
    """A party code from a code (`RUS`), a Persian name (`روسیه`) or an English name."""
    country = country.strip()
    gaz = gazetteer()
    if country.upper() in gaz.country_names or country.upper().startswith("IGO:"):
        return (
            country.upper()
            if not country.upper().startswith("IGO:")
            else "IGO:" + country[4:].upper()
        )
    entry = gaz.lookup(country)
    if entry is not None and entry.country:
        return entry.country
    for code, name in gaz.en_names.items():
        if name.lower() == country.lower():
            return code
    raise KeyError(f"unknown country {country!r}")


def meetings_of(
    tables: Mapping[str, pd.DataFrame], country: str, status: str | None = None
) -> pd.DataFrame:
    """Meetings with `country` as a party (code or name), one row per meeting, partner beside it."""
    code = country_code(country)
    meetings = _table(tables, "meetings")
    if meetings.empty:
        return _tidy(pd.DataFrame(), MEETING_COLUMNS, [])
    rows = []
    for m in meetings.to_dict("records"):
        if status is not None and m.get("status") != status:
            continue
        if m.get("party_a") == code:
            partner, person, partner_person = m.get("party_b"), m.get("person_a"), m.get("person_b")
        elif m.get("party_b") == code:
            partner, person, partner_person = m.get("party_a"), m.get("person_b"), m.get("person_a")
        else:
            continue
        rows.append(
            {
                **m,
                "table": "meetings",
                "country": code,
                "partner": partner,
                "person": person,
                "partner_person": partner_person,
            }
        )
    return _tidy(pd.DataFrame(rows), MEETING_COLUMNS, ["doc_id", "start", "meeting_id", "partner"])


def claims_about(tables: Mapping[str, pd.DataFrame], word: str) -> pd.DataFrame:
    """Statistics and quotes about `word`: in the quote, or in the statistic's sentence or subject."""
    sentences = _table(tables, "sentences")
    context: dict[tuple[str, int], str] = {}
    if not sentences.empty:
        context = {
            (d, int(s)): t
            for d, s, t in sentences[["doc_id", "sent_id", "text"]].itertuples(
                index=False, name=None
            )
        }
    frames = []
    stats = _table(tables, "statistics")
    if not stats.empty:
        s = stats.copy()
        s["context"] = [context.get((d, int(i)), "") for d, i in zip(s["doc_id"], s["sent_id"])]
        hit = (
            _contains(s["context"], word)
            | _contains(s["text"], word)
            | _contains(s["subject"], word)
            | _contains(s["unit"], word)
        )
        s = s[hit.to_numpy()]
        frames.append(s.assign(table="statistics", row_id=s["stat_id"], claim=s["text"]))
    quotes = _table(tables, "quotes")
    if not quotes.empty:
        q = quotes[_contains(quotes["text"], word).to_numpy()].copy()
        q["context"] = [context.get((d, int(i)), "") for d, i in zip(q["doc_id"], q["sent_id"])]
        frames.append(
            q.assign(
                table="quotes",
                row_id=q["quote_id"],
                claim=q["text"],
                value=float("nan"),
                unit="",
                kind=q["kind"],
            )
        )
    frames = [f for f in frames if len(f)]
    if not frames:
        return _tidy(pd.DataFrame(), CLAIM_COLUMNS, [])
    out = pd.concat(
        [f[[c for c in CLAIM_COLUMNS if c in f.columns]] for f in frames], ignore_index=True
    )
    return _tidy(out, CLAIM_COLUMNS, ["doc_id", "start", "table", "row_id"])
