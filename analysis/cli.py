"""Command line: `python -m analysis run|evaluate ...`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _run(args: argparse.Namespace) -> int:
    from .engine import run
    from .pipeline import read_tables

    summary = run(
        args.inputs, args.out, engine=args.engine, partition_size=args.partition_size,
        workers=args.workers, scheduler=args.scheduler, start_method=args.start_method,
        limit=args.limit,
        sample=args.sample, seed=args.seed, csv=args.csv, progress=not args.quiet,
        reader_options={"max_chars": args.max_chars} if args.max_chars else None,
    )
    tables = summary.tables
    if tables is None and args.figures:
        tables = read_tables(args.out)  # partitioned: put the parts back together
    if args.figures:
        from .figures import make_figures

        make_figures(tables, args.figures)
    if tables is not None:
        errors = tables["errors"]
    else:  # partitioned: read back the errors table only (the others may be huge)
        from .engine import read_partitions

        errors = read_partitions(Path(args.out) / "errors")
    rows = summary.rows
    n_err = len(errors)
    n_failed = summary.items - rows["articles"]  # read/text errors: articles not analysed
    print(
        f"articles read: {summary.items}, analysed: {rows['articles']}, failed: {n_failed}, "
        f"stage errors: {n_err - n_failed}, "
        f"sentences: {rows['sentences']}, tokens: {rows['tokens']}, "
        f"meetings: {rows['meetings']}, quotes: {rows['quotes']}, "
        f"statistics: {rows['statistics']} -> {args.out}"
        + (f" ({summary.partitions} partitions)" if summary.partitioned else "")
    )
    if not args.quiet:
        rate = summary.seconds and rows["articles"] / summary.seconds
        print(f"{summary.seconds:.1f} s, {rate:.1f} articles/s ({args.engine} engine)", file=sys.stderr)
    return 1 if (args.strict and n_err) else 0


def _sample(value: str) -> float:
    """--sample: a fraction in (0, 1) or a whole number of articles."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number <= 0 or (number >= 1 and number != int(number)):
        raise argparse.ArgumentTypeError("a fraction in (0, 1) or a whole number of articles >= 1")
    return number


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be >= 1")
    return number


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
    run.add_argument("--max-chars", type=_positive, default=None, metavar="N",
                     help="an article longer than N characters (title + body) is an error row "
                          "(default: analysis.corpus.MAX_ARTICLE_CHARS, 1,000,000)")
    scale = run.add_argument_group("scale (see docs/scale.md)")
    scale.add_argument("--engine", choices=["local", "dask"], default="local",
                       help="local: this process (default); dask: dask.distributed workers")
    scale.add_argument("--workers", type=_positive, default=2,
                       help="dask worker processes of the local cluster (default: 2)")
    scale.add_argument("--start-method", choices=["fork", "spawn"], default=None,
                       help="how the local dask cluster starts its workers (default: fork on "
                            "Linux, where they start with hazm's objects built; spawn elsewhere)")
    scale.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="use an existing dask cluster (e.g. tcp://host:8786) instead of a local one")
    scale.add_argument("--partition-size", type=_positive, default=None, metavar="N",
                       help="write N articles per partition as OUT/NAME/part-NNNNN.parquet, "
                            "as they are done (bounded memory)")
    scale.add_argument("--limit", type=int, default=None, metavar="N",
                       help="analyse only the first N articles")
    scale.add_argument("--sample", type=_sample, default=None, metavar="N|FRACTION",
                       help="analyse a random sample: a fraction (0.1) or a number of articles (500)")
    scale.add_argument("--seed", type=int, default=0, help="random seed of --sample (default: 0)")
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
