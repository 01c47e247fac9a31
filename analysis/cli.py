"""Command line: `python -m analysis run|evaluate ...`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _run(args: argparse.Namespace) -> int:
    from .corpus import iter_articles
    from .pipeline import analyze, write_tables

    tables = analyze(iter_articles(args.inputs), progress=not args.quiet)
    write_tables(tables, args.out, csv=args.csv)
    if args.figures:
        from .figures import make_figures

        make_figures(tables, args.figures)
    n_err = len(tables["errors"])
    print(
        f"articles read: {len(tables['articles']) + tables['errors']['doc_id'].nunique()}, "
        f"analysed: {len(tables['articles'])}, failed: {n_err}, "
        f"sentences: {len(tables['sentences'])}, tokens: {len(tables['tokens'])}, "
        f"meetings: {len(tables['meetings'])}, quotes: {len(tables['quotes'])}, "
        f"statistics: {len(tables['statistics'])} -> {args.out}"
    )
    return 1 if (args.strict and n_err) else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Persian news analysis: articles in, tidy tables and figures out.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="analyse input files into tables (and figures)")
    run.add_argument("inputs", nargs="*", default=["data/raw"],
                     help="folders, files or globs of .txt/.jsonl/.csv/.html inputs (default: data/raw)")
    run.add_argument("--out", default="data/processed",
                     help="directory for the tables, one NAME.parquet per table (default: data/processed)")
    run.add_argument("--csv", action="store_true", help="also write NAME.csv beside each Parquet file")
    run.add_argument("--figures", default=None, metavar="DIR",
                     help="also draw the main figures (PNG and SVG) into DIR")
    run.add_argument("--strict", action="store_true",
                     help="exit with status 1 when any article or stage failed")
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    run.set_defaults(func=_run)

    try:
        from .evaluate import add_evaluate_parser
    except ImportError:
        pass
    else:
        add_evaluate_parser(sub)
    from .report import add_report_parser
    add_report_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
