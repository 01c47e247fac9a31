"""The pipeline: articles → Documents → extractors → tidy tables.

It wires the stages and nothing else: each stage is a module with one entry point.
A failure of one stage for one article becomes a row of the `errors` table; the
other stages and the other articles go on.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

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


@dataclass
class Extracted:
    """What the extractors found in one document, and the stages that failed."""

    doc: Document
    meetings: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    statistics: list = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


def extract(doc: Document) -> Extracted:
    """Run every extractor on one document; a failing stage becomes an error row."""
    found = Extracted(doc)

    def stage(name: str, fn: Callable[[], list]) -> list:
        try:
            return fn()
        except Exception as exc:  # one extractor failing must not lose the others
            found.errors.append({"source": doc.source, "doc_id": doc.doc_id, "stage": name,
                                 "error": f"{type(exc).__name__}: {exc}"})
            return []

    doc.mentions = stage("mentions", lambda: mentions_mod.find_mentions(doc))
    found.meetings = stage("meetings", lambda: meetings_mod.extract_meetings(doc))
    found.quotes = stage("quotes", lambda: quotes_mod.extract_quotes(doc))
    found.statistics = stage("statistics",
                             lambda: statistics_mod.extract_statistics(doc, found.quotes))
    return found


# Tables whose rows are records of one type: (list of records of a document, prefixed
# with the document's id or not). Their columns are the record's fields, in order.
_RECORD_TABLES = {
    "sentences": (lambda f: f.doc.sentences, True),
    "tokens": (lambda f: f.doc.tokens, True),
    "mentions": (lambda f: f.doc.mentions, True),
    "meetings": (lambda f: f.meetings, False),
    "quotes": (lambda f: f.quotes, False),
    "statistics": (lambda f: f.statistics, False),
}


def _article_row(doc: Document) -> tuple:
    meta = doc.meta
    return (doc.doc_id, doc.source, doc.title, doc.text, doc.agency, doc.date,
            len(doc.sentences), len(doc.tokens), doc.date_raw, meta.get("outlet", ""),
            meta.get("url", ""), meta.get("cited_source", ""))


class Tables:
    """Rows gathered column by column: one tuple per record, transposed at the end.

    Building a dict per row cost a fifth of a run; a record's fields are read with
    one `attrgetter` call instead.
    """

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple]] = {name: [] for name in TABLES}
        self.doc_ids: dict[str, list[str]] = {name: [] for name in _RECORD_TABLES}

    def add(self, found: Extracted) -> None:
        doc = found.doc
        self.rows["articles"].append(_article_row(doc))
        for name, (records_of, with_doc_id) in _RECORD_TABLES.items():
            records = records_of(found)
            if not records:
                continue
            self.rows[name].extend(map(_FIELDS[name], records))
            if with_doc_id:
                self.doc_ids[name].extend([doc.doc_id] * len(records))
        for err in found.errors:
            self.add_error(err)

    def add_error(self, row: dict) -> None:
        self.rows["errors"].append(tuple(row[c] for c in COLUMNS["errors"]))

    def frames(self) -> dict[str, pd.DataFrame]:
        out = {}
        for name, rows in self.rows.items():
            cols = COLUMNS[name]
            if not rows:
                out[name] = pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
                continue
            values = list(zip(*rows))
            if name in self.doc_ids and _RECORD_TABLES[name][1]:
                values.insert(0, self.doc_ids[name])
            out[name] = pd.DataFrame(dict(zip(cols, values)), columns=cols)
        return out


def _fields_getter(name: str):
    cols = COLUMNS[name][1:] if _RECORD_TABLES[name][1] else COLUMNS[name]
    getter = attrgetter(*cols)
    return getter if len(cols) > 1 else (lambda r: (getter(r),))


_FIELDS = {name: _fields_getter(name) for name in _RECORD_TABLES}


def analyze_document(doc: Document) -> tuple[dict[str, list[dict]], list[dict]]:
    """Run every extractor on one document: rows per table (as dicts), and error rows."""
    found = extract(doc)
    tables = Tables()
    tables.add(found)
    rows = {}
    for name, cols in COLUMNS.items():
        if name in _RECORD_TABLES and _RECORD_TABLES[name][1]:
            rows[name] = [{"doc_id": i, **dict(zip(cols[1:], r))}
                          for i, r in zip(tables.doc_ids[name], tables.rows[name])]
        else:
            rows[name] = [dict(zip(cols, r)) for r in tables.rows[name]]
    rows["errors"] = []
    return rows, found.errors


def analyze(
    articles: Iterable[Article | ReadError | Document] | str | Path,
    progress: bool = False,
) -> dict[str, pd.DataFrame]:
    """Analyse articles (or the files under a path) into the tables of DESIGN.md."""
    if isinstance(articles, (str, Path)):
        articles = iter_articles([articles])
    tables = Tables()
    items = articles
    if progress:
        from tqdm import tqdm

        items = tqdm(articles, unit="article", desc="analysing")
    for item in items:
        if isinstance(item, ReadError):
            tables.add_error(dataclasses.asdict(item))
            continue
        try:
            doc = item if isinstance(item, Document) else to_document(item)
        except Exception as exc:
            tables.add_error({"source": item.source, "doc_id": item.doc_id,
                              "stage": "text", "error": f"{type(exc).__name__}: {exc}"})
            continue
        tables.add(extract(doc))
    return tables.frames()


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """A table from row dicts, in the contract's column order (extra columns last)."""
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
