"""A static HTML report: the viewer's page for every article, with an index.

`python -m analysis report --out DIR [--pred TABLES]` writes `DIR/index.html` and
`DIR/docs/*.html`. The pages hold their CSS inline and link each other with relative
paths: the report opens from disk, with no network and no Python.
"""

from __future__ import annotations

import argparse
import html
import re
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from .viewer import FONT_STACK, show

INDEX_CSS = f"""
body {{ font-family: {FONT_STACK}; margin: 1.5em auto; max-width: 70em; padding: 0 1em;
  color: #222; }}
h1 {{ font-size: 1.5em; }}
table {{ border-collapse: collapse; font-size: 14px; width: 100%; }}
th, td {{ border-bottom: 1px solid #e3e3e3; padding: 0.3em 0.6em; vertical-align: top; }}
th {{ background: #f3f3f3; }}
td.num {{ direction: ltr; text-align: center; font-variant-numeric: tabular-nums; }}
td.ltr {{ direction: ltr; text-align: left; }}
td.rtl {{ direction: rtl; text-align: right; }}
.totals {{ color: #555; font-size: 0.9em; }}
"""

COUNTED = ["mentions", "meetings", "quotes", "statistics"]


def page_name(doc_id: str) -> str:
    """A file name for an article's page (`000_x/1` → `000_x__1.html`)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", doc_id.replace("/", "__")) + ".html"


def write_report(tables: Mapping[str, pd.DataFrame], out: str | Path) -> Path:
    """Write the index and one page per article into `out`; returns the index path."""
    out = Path(out)
    docs_dir = out / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    articles = tables["articles"]
    doc_ids = [str(d) for d in articles["doc_id"].tolist()]
    names: dict[str, str] = {}
    for doc_id in doc_ids:
        name = page_name(doc_id)
        while name in names.values():  # two ids folding to one name
            name = name[:-5] + "_.html"
        names[doc_id] = name
    counts = {t: _counts(tables, t) for t in COUNTED}
    esc = html.escape
    by_doc = {
        name: {str(k): g for k, g in df.groupby(df["doc_id"].astype(str), sort=False)}
        for name, df in tables.items()
        if isinstance(df, pd.DataFrame) and "doc_id" in df.columns and len(df)
    }
    for i, doc_id in enumerate(doc_ids):
        links = ['<a href="../index.html">فهرست (index)</a>']
        if i > 0:
            links.append(f'<a href="{esc(names[doc_ids[i - 1]])}">قبلی (previous)</a>')
        if i + 1 < len(doc_ids):
            links.append(f'<a href="{esc(names[doc_ids[i + 1]])}">بعدی (next)</a>')
        nav = "<nav>" + " · ".join(links) + "</nav>\n"
        doc_tables = {name: groups[doc_id] for name, groups in by_doc.items() if doc_id in groups}
        view = show(doc_id, doc_tables)  # one article's rows: linear in the corpus size
        title = str(doc_tables["articles"]["title"].iloc[0] or doc_id)
        (docs_dir / names[doc_id]).write_text(view.page(title, nav), encoding="utf-8")

    rows = []
    for a in articles.to_dict("records"):
        doc_id = str(a["doc_id"])
        outlet = a.get("outlet") or a.get("agency") or ""
        date = a.get("date") or a.get("date_raw") or ""
        cells = [
            f'<td class="ltr"><a href="docs/{esc(names[doc_id])}">{esc(doc_id)}</a></td>',
            f'<td class="rtl"><a href="docs/{esc(names[doc_id])}">{esc(str(a.get("title") or ""))}</a></td>',
            f'<td class="rtl">{esc(str(outlet if isinstance(outlet, str) else ""))}</td>',
            f'<td class="ltr">{esc(str(date if isinstance(date, str) else ""))}</td>',
        ] + [f'<td class="num">{counts[t].get(doc_id, 0)}</td>' for t in COUNTED]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    totals = " · ".join(f"{t}: {int(sum(counts[t].values()))}" for t in COUNTED)
    header = "".join(
        f"<th>{h}</th>"
        for h in ["doc_id", "عنوان (title)", "رسانه (outlet)", "تاریخ (date)", *COUNTED]
    )
    index = (
        '<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
        "<title>گزارش تحلیل اخبار (news analysis report)</title>\n"
        f"<style>{INDEX_CSS}</style>\n</head>\n<body>\n"
        "<h1>گزارش تحلیل اخبار (news analysis report)</h1>\n"
        f'<p class="totals" dir="ltr">{len(doc_ids)} articles · {esc(totals)}</p>\n'
        f"<table>\n<thead><tr>{header}</tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>\n</body>\n</html>\n"
    )
    index_path = out / "index.html"
    index_path.write_text(index, encoding="utf-8")
    return index_path


def _counts(tables: Mapping[str, pd.DataFrame], name: str) -> dict[str, int]:
    df = tables.get(name)
    if df is None or df.empty or "doc_id" not in df.columns:
        return {}
    return {str(k): int(v) for k, v in df["doc_id"].astype(str).value_counts().items()}


def _report(args: argparse.Namespace) -> int:
    from .corpus import iter_articles
    from .pipeline import analyze, read_tables

    if args.pred:
        tables = read_tables(args.pred)
        if "articles" not in tables:
            print(f"no articles table in {args.pred}")
            return 2
    else:
        tables = analyze(iter_articles(args.inputs))
    index = write_report(tables, args.out)
    print(f"report: {len(tables['articles'])} articles -> {index}")
    return 0


def add_report_parser(subparsers: argparse._SubParsersAction) -> None:
    """Add the `report` subcommand to the CLI."""
    p = subparsers.add_parser(
        "report", help="write a static HTML report (one page per article, an index)"
    )
    p.add_argument(
        "inputs",
        nargs="*",
        default=["data/raw"],
        help="inputs to analyse when no --pred is given (default: data/raw)",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="directory for index.html and docs/")
    p.add_argument(
        "--pred",
        default=None,
        metavar="DIR",
        help="tables written by `python -m analysis run --out DIR` (default: analyse the inputs)",
    )
    p.set_defaults(func=_report)
