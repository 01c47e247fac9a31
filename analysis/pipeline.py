"""The pipeline: articles → Documents → extractors → tidy tables.

It wires the stages and nothing else: each stage is a module with one entry point.
A failure of one stage for one article becomes a row of the `errors` table; the
other stages and the other articles go on.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from . import meetings as meetings_mod
from . import mentions as mentions_mod
from . import quotes as quotes_mod
from . import statistics as statistics_mod
from .corpus import Article, ReadError, iter_articles
from .document import Document
from .text import make_document

# Column order of every table (DESIGN.md's contract, plus extra columns at the end).
COLUMNS: dict[str, list[str]] = {
    "articles": ["doc_id", "source", "title", "text", "agency", "date", "n_sentences",
                 "n_tokens", "date_raw", "outlet", "url", "cited_source"],
    "sentences": ["doc_id", "sent_id", "start", "end", "text"],
    "tokens": ["doc_id", "sent_id", "tok_id", "start", "end", "token", "lemma"],
    "mentions": ["doc_id", "sent_id", "start", "end", "surface", "entity_id", "entity_type",
                 "country", "person", "role"],
    "meetings": [f.name for f in dataclasses.fields(meetings_mod.Meeting)],
    "quotes": [f.name for f in dataclasses.fields(quotes_mod.Quote)],
    "statistics": [f.name for f in dataclasses.fields(statistics_mod.Statistic)],
    "errors": ["source", "doc_id", "stage", "error"],
}
TABLES = list(COLUMNS)


def to_document(article: Article) -> Document:
    """Normalize an article and split it into sentences and tokens."""
    return make_document(
        doc_id=article.doc_id,
        title=article.title,
        body=article.body,
        source=article.source,
        agency=article.agency,
        date=article.date,
        date_raw=article.date_raw,
        meta=article.meta,
    )


def analyze_document(doc: Document) -> tuple[dict[str, list[dict]], list[dict]]:
    """Run every extractor on one document: rows per table, and error rows."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    errors: list[dict] = []

    def stage(name: str, fn: Callable[[], list]) -> list:
        try:
            return fn()
        except Exception as exc:  # one extractor failing must not lose the others
            errors.append({"source": doc.source, "doc_id": doc.doc_id, "stage": name,
                           "error": f"{type(exc).__name__}: {exc}"})
            return []

    doc.mentions = stage("mentions", lambda: mentions_mod.find_mentions(doc))
    meetings = stage("meetings", lambda: meetings_mod.extract_meetings(doc))
    quotes = stage("quotes", lambda: quotes_mod.extract_quotes(doc))
    stats = stage("statistics", lambda: statistics_mod.extract_statistics(doc, quotes))

    meta = doc.meta
    rows["articles"].append({
        "doc_id": doc.doc_id, "source": doc.source, "title": doc.title, "text": doc.text,
        "agency": doc.agency, "date": doc.date, "n_sentences": len(doc.sentences),
        "n_tokens": len(doc.tokens), "date_raw": doc.date_raw,
        "outlet": meta.get("outlet", ""), "url": meta.get("url", ""),
        "cited_source": meta.get("cited_source", ""),
    })
    # records hold plain values only: a shallow copy of their fields is the row
    # (dataclasses.asdict deep-copies every field and costs more than some extractors)
    rows["sentences"] = [{"doc_id": doc.doc_id, **vars(s)} for s in doc.sentences]
    rows["tokens"] = [{"doc_id": doc.doc_id, **vars(t)} for t in doc.tokens]
    rows["mentions"] = [{"doc_id": doc.doc_id, **vars(m)} for m in doc.mentions]
    rows["meetings"] = [dict(vars(m)) for m in meetings]
    rows["quotes"] = [dict(vars(q)) for q in quotes]
    rows["statistics"] = [dict(vars(s)) for s in stats]
    return rows, errors


def analyze(
    articles: Iterable[Article | ReadError | Document] | str | Path,
    progress: bool = False,
) -> dict[str, pd.DataFrame]:
    """Analyse articles (or the files under a path) into the tables of DESIGN.md."""
    if isinstance(articles, (str, Path)):
        articles = iter_articles([articles])
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    items = articles
    if progress:
        from tqdm import tqdm

        items = tqdm(articles, unit="article", desc="analysing")
    for item in items:
        if isinstance(item, ReadError):
            rows["errors"].append(dataclasses.asdict(item))
            continue
        try:
            doc = item if isinstance(item, Document) else to_document(item)
        except Exception as exc:
            rows["errors"].append({"source": item.source, "doc_id": item.doc_id,
                                   "stage": "text", "error": f"{type(exc).__name__}: {exc}"})
            continue
        doc_rows, errors = analyze_document(doc)
        for name, table_rows in doc_rows.items():
            rows[name].extend(table_rows)
        rows["errors"].extend(errors)
    return {name: _frame(name, table_rows) for name, table_rows in rows.items()}


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    cols = COLUMNS[name]
    df = pd.DataFrame(rows)
    if df.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    extra = [c for c in df.columns if c not in cols]
    return df[[c for c in cols if c in df.columns] + extra]


def write_tables(tables: dict[str, pd.DataFrame], out: str | Path, csv: bool = False) -> None:
    """Write each table as `OUT/NAME.parquet` (and `OUT/NAME.csv` with csv=True)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for name, df in tables.items():
        df.to_parquet(out / f"{name}.parquet", index=False)
        if csv:
            df.to_csv(out / f"{name}.csv", index=False)


def read_tables(directory: str | Path) -> dict[str, pd.DataFrame]:
    """Read the tables a run wrote (Parquet, partitioned Parquet, or CSV where no Parquet exists)."""
    directory = Path(directory)
    tables = {}
    for name in TABLES:
        pq, csv = directory / f"{name}.parquet", directory / f"{name}.csv"
        if pq.exists():
            tables[name] = pd.read_parquet(pq)
        elif (directory / name).is_dir():  # partitioned: NAME/part-N.parquet (analysis.engine)
            from .engine import read_partitions

            tables[name] = read_partitions(directory / name)
        elif csv.exists():
            tables[name] = pd.read_csv(csv, keep_default_na=False,
                                       dtype={"doc_id": str, "source": str})
    return tables
