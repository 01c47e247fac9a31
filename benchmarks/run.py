"""Benchmarks: throughput and peak memory, side by side, in one run.

    .venv/bin/python -m benchmarks.run            # 20 MB corpus: (a), (b), (c), normalizers
    .venv/bin/python -m benchmarks.run --big      # also the 200 MB streaming run (long)

Variants, each in its own subprocess (startup included, peak memory of the whole
process tree, dask workers too):

  (a) hazm alone: Normalizer + SentenceTokenizer + WordTokenizer per article
  (b) our full analysis, all tables: `python -m analysis run` (local engine,
      streaming, partitioned output)
  (c) the same with `--engine dask --workers 2`

plus the project's normalization, hazm-based reference against `analysis.fastnorm`
(in one process, interleaved, best of 3). The corpus repeats the bundled articles
(JSONL shards in a temporary folder, deleted afterwards). Results are printed and
written to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from .corpus import SHARD_ARTICLES, build_corpus

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


@dataclass
class Measure:
    """One subprocess: wall time, CPU time of the tree, peak memory."""

    name: str
    seconds: float
    cpu_seconds: float
    peak_tree_mb: float  # peak of the summed RSS of the process and its children
    peak_process_mb: float  # peak RSS of the largest single process
    returncode: int
    output: str


def measure(name: str, cmd: list[str], interval: float = 0.1) -> Measure:
    """Run `cmd`, polling the RSS of its process tree."""
    import psutil

    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    root = psutil.Process(proc.pid)
    peak_tree = peak_one = 0
    cpu: dict[int, float] = {}
    output: list[str] = []
    import threading

    reader = threading.Thread(target=lambda: output.extend(proc.stdout), daemon=True)
    reader.start()
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        total = 0
        for p in procs:
            try:
                rss = p.memory_info().rss
                t = p.cpu_times()
                cpu[p.pid] = t.user + t.system
            except psutil.Error:
                continue
            total += rss
            peak_one = max(peak_one, rss)
        peak_tree = max(peak_tree, total)
        time.sleep(interval)
    proc.wait()
    reader.join(timeout=5)
    seconds = time.perf_counter() - started
    return Measure(name, seconds, sum(cpu.values()), peak_tree / 2**20, peak_one / 2**20,
                   proc.returncode, "".join(output))


def analysis_cmd(corpus: Path, out: Path, partition_size: int, engine: str = "local",
                 workers: int = 2) -> list[str]:
    cmd = [PYTHON, "-m", "analysis", "run", str(corpus), "--out", str(out), "--quiet",
           "--partition-size", str(partition_size)]
    if engine == "dask":
        cmd += ["--engine", "dask", "--workers", str(workers)]
    return cmd


def same_partitions(left: Path, right: Path) -> tuple[bool, str]:
    """Compare two partitioned outputs file by file (bounded memory)."""
    for table_dir in sorted(p for p in left.iterdir() if p.is_dir()):
        files_l = sorted(table_dir.glob("part-*.parquet"))
        files_r = sorted((right / table_dir.name).glob("part-*.parquet"))
        if [f.name for f in files_l] != [f.name for f in files_r]:
            return False, f"{table_dir.name}: different partition files"
        for fl, fr in zip(files_l, files_r):
            try:
                pd.testing.assert_frame_equal(pd.read_parquet(fl), pd.read_parquet(fr))
            except AssertionError as exc:
                return False, f"{table_dir.name}/{fl.name}: {str(exc).splitlines()[0]}"
    return True, "identical, partition by partition"


def versions() -> str:
    from importlib.metadata import version

    names = ["hazm", "pandas", "pyarrow", "dask", "distributed"]
    return ", ".join(f"{n} {version(n)}" for n in names) + f", Python {platform.python_version()}"


def write_results(args, started, load_before, lines: list[str], final: bool = False) -> None:
    """benchmarks/RESULTS.md: how the run was made, then what it printed."""
    load_now = os.getloadavg()
    header = [
        "# Benchmark results",
        "",
        (f"Run {started:%Y-%m-%d %H:%M} UTC with `python -m benchmarks.run{' --big' if args.big else ''}` "
         f"on {os.cpu_count()} cores ({platform.machine()}), {versions()}."),
        (f"Load average (1 min) at start / {'end' if final else 'last write'}: "
         f"{load_before[0]:.2f} / {load_now[0]:.2f} (other work was running on the machine)."),
        "" if final else "(run still in progress when this was written)",
        "",
    ]
    Path(args.results).write_text("\n".join(header + lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20, help="corpus size in MB (default 20)")
    parser.add_argument("--big", action="store_true",
                        help="also measure peak memory of the streaming path on a big corpus (long)")
    parser.add_argument("--big-mb", type=float, default=200, help="size of the big corpus (default 200)")
    parser.add_argument("--workers", type=int, default=2, help="dask workers for (c) (default 2)")
    parser.add_argument("--partition-size", type=int, default=SHARD_ARTICLES,
                        help=f"articles per partition (default {SHARD_ARTICLES})")
    parser.add_argument("--only", default="a,b,c,n",
                        help="variants to run, comma-separated from a,b,c,n (n: normalizers)")
    parser.add_argument("--results", default=str(ROOT / "benchmarks/RESULTS.md"),
                        help="where to write the results (markdown); '' not to write")
    parser.add_argument("--tmp", default=None, help="work folder (default: a new temporary one)")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))

    tmp = Path(args.tmp or tempfile.mkdtemp(prefix="bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    started = datetime.now(UTC)
    lines: list[str] = []

    def say(line: str = "") -> None:
        print(line, flush=True)
        lines.append(line)
        if args.results:  # written as it goes: a long --big run keeps what is done
            write_results(args, started, load_before, lines)

    try:
        corpus = tmp / f"corpus-{args.mb:g}mb"
        info = build_corpus(corpus, args.mb)
        mb = info["bytes"] / 1e6
        say(f"corpus: {mb:.1f} MB of article text, {info['articles']} articles "
            f"(the {info['distinct']} bundled articles repeated), {info['files']} JSONL shards")
        results: dict[str, Measure] = {}
        if "a" in only:
            results["a"] = measure("(a) hazm Normalizer + SentenceTokenizer + WordTokenizer",
                                   [PYTHON, "-m", "benchmarks.hazm_baseline", str(corpus)])
        if "b" in only:
            results["b"] = measure("(b) full analysis, local engine (all tables)",
                                   analysis_cmd(corpus, tmp / "out-b", args.partition_size))
        if "c" in only:
            results["c"] = measure(f"(c) full analysis, dask, {args.workers} workers",
                                   analysis_cmd(corpus, tmp / "out-c", args.partition_size,
                                                "dask", args.workers))
        say()
        say("| variant | seconds | MB/s | articles/s | CPU s (tree) | peak RSS tree MB | peak RSS one process MB |")
        say("|---|---:|---:|---:|---:|---:|---:|")
        for m in results.values():
            ok = "" if m.returncode == 0 else f" (FAILED, exit {m.returncode})"
            say(f"| {m.name}{ok} | {m.seconds:.1f} | {mb / m.seconds:.2f} | "
                f"{info['articles'] / m.seconds:.1f} | {m.cpu_seconds:.1f} | "
                f"{m.peak_tree_mb:.0f} | {m.peak_process_mb:.0f} |")
        say()
        if "a" in results and "b" in results:
            say(f"ratio b/a (throughput of full analysis / hazm alone): "
                f"{results['a'].seconds / results['b'].seconds:.3f}")
        if "b" in results and "c" in results:
            say(f"ratio c/b (dask {args.workers} workers / local engine): "
                f"{results['b'].seconds / results['c'].seconds:.2f}")
            _, why = same_partitions(tmp / "out-b", tmp / "out-c")
            say(f"tables of (b) and (c): {why}")
        for m in results.values():
            if m.returncode != 0:
                say(f"\n{m.name} output:\n```\n{m.output[-3000:]}\n```")
        if "n" in only:
            shards = sorted(corpus.glob("shard-*.jsonl"))[:3]
            norm = measure("normalizers", [PYTHON, "-m", "benchmarks.normalizers", *map(str, shards)])
            if norm.returncode == 0:
                res = json.loads(norm.output.strip().splitlines()[-1])
                nmb = res["bytes"] / 1e6
                say()
                say(f"normalization of {nmb:.1f} MB ({res['texts']} titles and bodies), best of 3:")
                say(f"  reference (hazm Normalizer, numbers protected): {res['reference']:.2f} s, "
                    f"{nmb / res['reference']:.2f} MB/s")
                say(f"  normalize (analysis.fastnorm):                  {res['fast']:.2f} s, "
                    f"{nmb / res['fast']:.2f} MB/s")
                say(f"  speed-up: {res['reference'] / res['fast']:.2f}x")
                say(f"  bare: hazm Normalizer {nmb / res['hazm']:.2f} MB/s, fastnorm.hazm_normalize "
                    f"{nmb / res['fast_hazm']:.2f} MB/s ({res['hazm'] / res['fast_hazm']:.2f}x)")
            else:
                say(f"normalizers failed:\n{norm.output[-2000:]}")
        if args.big:
            big = tmp / f"corpus-{args.big_mb:g}mb"
            binfo = build_corpus(big, args.big_mb)
            shutil.rmtree(corpus, ignore_errors=True)
            bmb = binfo["bytes"] / 1e6
            m = measure("streaming, big corpus", analysis_cmd(big, tmp / "out-big", args.partition_size))
            say()
            say(f"streaming path (local engine, partitions of {args.partition_size} articles) on "
                f"{bmb:.0f} MB ({binfo['articles']} articles): {m.seconds:.0f} s, "
                f"peak RSS {m.peak_tree_mb:.0f} MB (tree), {m.peak_process_mb:.0f} MB (one process)"
                + ("" if m.returncode == 0 else f" FAILED (exit {m.returncode})"))
            if "b" in results:
                ratio = m.peak_tree_mb / results["b"].peak_tree_mb
                say(f"peak memory {bmb:.0f} MB / {mb:.0f} MB corpus: {ratio:.2f}")
    finally:
        if not args.tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    if args.results:
        write_results(args, started, load_before, lines, final=True)
        print(f"\n-> {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
