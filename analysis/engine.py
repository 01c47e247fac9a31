"""Scale: the pipeline over a stream of articles, in partitions, in-process or with dask.

The articles are read lazily (`analysis.corpus.iter_articles` is a generator),
cut into partitions of N articles, and each partition goes through
`analysis.pipeline.analyze` on its own: documents are independent, so the rows
are those of one big `analyze`, in the same order, with the same ids.

Output, in `OUT`:

- one file per table, `OUT/NAME.parquet` (the default; the tables are gathered
  in memory, as `analyze` does), or
- with a partition size, one file per partition per table,
  `OUT/NAME/part-00000.parquet`, ... written as each partition is done, so that
  memory does not grow with the corpus. `analysis.pipeline.read_tables` reads both
  layouts (`read_partitions` here puts a table's parts back together).

Engines: `local` (this process) and `dask` (`dask.distributed`: a `LocalCluster`
of worker processes by default, or an existing cluster by scheduler address).
Both cut the same stream into the same partitions and run the same function on
each, so their tables are identical row for row. hazm's objects are built once
per worker process (they are cached per process in `analysis.text`).
"""

from __future__ import annotations

import gc
import random
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path

import pandas as pd

from .corpus import Article, ReadError, iter_articles

CHUNK_SIZE = 200  # articles per unit of work when the output is not partitioned
PART_GLOB = "part-*.parquet"


@dataclass
class RunSummary:
    """What a run did: rows per table, articles and partitions, seconds."""

    rows: dict[str, int] = field(default_factory=dict)
    items: int = 0  # articles and read errors taken from the input
    partitions: int = 0
    seconds: float = 0.0
    out: Path | None = None
    partitioned: bool = False
    tables: dict[str, pd.DataFrame] | None = None  # only when gathered in memory


# --- the stream ---------------------------------------------------------------


def select(
    items: Iterable[Article | ReadError],
    limit: int | None = None,
    sample: float | None = None,
    seed: int = 0,
) -> Iterator[Article | ReadError]:
    """The articles to analyse: a sample (a fraction < 1, or a number of articles), then the first `limit`.

    Read errors pass through (they are rows of the `errors` table). A fraction
    keeps each article with that probability; a number N >= 1 keeps N articles
    chosen uniformly (reservoir sampling over the whole input, N articles held),
    in input order. Both are reproducible with the same `seed`.
    """
    if sample is not None:
        if sample <= 0:
            raise ValueError("--sample must be a fraction in (0, 1) or a number of articles >= 1")
        if sample < 1:
            items = _bernoulli(items, sample, seed)
        else:
            if sample != int(sample):
                raise ValueError("--sample >= 1 must be a whole number of articles")
            items = _reservoir(items, int(sample), seed)
    if limit is not None:
        if limit < 0:
            raise ValueError("--limit must be >= 0")
        items = _first(items, limit)
    return iter(items)


def _bernoulli(items, fraction: float, seed: int):
    rng = random.Random(seed)
    for item in items:
        if isinstance(item, ReadError) or rng.random() < fraction:
            yield item


def _reservoir(items, n: int, seed: int):
    rng = random.Random(seed)
    kept: list[tuple[int, Article]] = []
    errors: list[tuple[int, ReadError]] = []
    seen = 0
    for pos, item in enumerate(items):
        if isinstance(item, ReadError):
            errors.append((pos, item))
            continue
        seen += 1
        if len(kept) < n:
            kept.append((pos, item))
        else:
            j = rng.randrange(seen)
            if j < n:
                kept[j] = (pos, item)
    for _, item in sorted(kept + errors, key=lambda pair: pair[0]):
        yield item


def _first(items, limit: int):
    taken = 0
    if limit == 0:
        return
    for item in items:
        yield item
        if isinstance(item, Article):
            taken += 1
            if taken >= limit:
                return


def partitions(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    if size < 1:
        raise ValueError("partition size must be >= 1")
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


# --- one partition ----------------------------------------------------------------


def analyze_partition(items: list[Article | ReadError]) -> dict[str, pd.DataFrame]:
    """The tables of one partition (the unit of work of every engine)."""
    from .pipeline import analyze

    return analyze(items)


def write_partition(
    tables: dict[str, pd.DataFrame], out: str | Path, index: int, csv: bool = False
) -> dict[str, int]:
    """Write `OUT/NAME/part-INDEX.parquet` for every table; rows per table."""
    out = Path(out)
    for name, df in tables.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        df.to_parquet(folder / f"part-{index:05d}.parquet", index=False)
        if csv:
            df.to_csv(folder / f"part-{index:05d}.csv", index=False)
    return {name: len(df) for name, df in tables.items()}


def _work(index: int, items: list, out: str | None, csv: bool):
    """Analyse one partition; write it (partitioned output) or return its tables."""
    tables = analyze_partition(items)
    if out is None:
        return index, tables
    return index, write_partition(tables, out, index, csv)


def _work_in_worker(index: int, items: list, out: str | None, csv: bool):
    """`_work` in a dask worker: the first call builds hazm's objects and the lexicons.

    Warming up inside the first task (not with `client.run` before submitting) lets
    the client read and send the first partitions meanwhile, and keeps the
    worker's event loop free.
    """
    _worker_ready()
    return _work(index, items, out, csv)


@cache
def _worker_ready() -> bool:
    return warm_up()


def warm_up(tune_gc: bool = True) -> bool:
    """Build this process's hazm objects and lexicons before the first partition.

    With `tune_gc`, then move them out of the garbage collector's way (`tune_gc`).
    """
    from .pipeline import analyze

    analyze([Article("warm-up", "warm-up", "خبر", "سخنگوی وزارت خارجه روز دوشنبه گفت: «۵۱ هزار نفر آمدند.»")])
    if tune_gc:
        tune_gc_for_analysis()
    return True


# A partition allocates hundreds of thousands of small objects (tokens, spans) that
# live until it is written; with Python's default threshold (700) the collector
# runs thousands of times per partition, each time walking them again.
GC_GEN0_THRESHOLD = 20_000


def tune_gc_for_analysis() -> tuple[int, int, int]:
    """Freeze what exists now (hazm's lists, the lexicons: never garbage) and collect less often.

    Both are process-wide: the engine calls this in its own process (and restores the
    previous threshold after a run, `tuned_gc`) and in every dask worker.
    Returns the previous thresholds.
    """
    previous = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(max(previous[0], GC_GEN0_THRESHOLD), *previous[1:])
    return previous


@contextmanager
def tuned_gc():
    """`tune_gc_for_analysis` for the length of a local run; then the previous threshold,
    and nothing frozen (freezing only spares the collector work: no object depends on it).
    """
    warm_up(tune_gc=False)
    previous = tune_gc_for_analysis()
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        gc.unfreeze()


# --- reading partitioned output ------------------------------------------------------


def read_partitions(folder: str | Path) -> pd.DataFrame:
    """One table from its partition files `FOLDER/part-*.parquet`, in partition order."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    files = sorted(Path(folder).glob(PART_GLOB))
    if not files:
        raise FileNotFoundError(f"no {PART_GLOB} in {folder}")
    parts = [pq.read_table(f) for f in files]
    full = [t for t in parts if t.num_rows] or parts[:1]
    # A partition where a column is all empty has it as `null` (or int where others
    # have floats): Arrow promotes the types, as one file of all rows would have them.
    table = pa.concat_tables(full, promote_options="permissive")
    return table.to_pandas()


def concat_tables(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Row-wise concatenation that skips empty partitions (they carry no dtypes)."""
    full = [df for df in frames if len(df)]
    if not full:
        return frames[0] if frames else pd.DataFrame()
    if len(full) == 1:
        return full[0].reset_index(drop=True)
    return pd.concat(full, ignore_index=True)


def _clear(out: Path, names: Iterable[str], partitioned: bool) -> None:
    """Remove what a previous run left that the new layout would not overwrite."""
    for name in names:
        if partitioned:
            for suffix in (".parquet", ".csv"):
                (out / f"{name}{suffix}").unlink(missing_ok=True)
            folder = out / name
            if folder.is_dir():
                for f in list(folder.glob("part-*.parquet")) + list(folder.glob("part-*.csv")):
                    f.unlink()
        else:
            folder = out / name
            if folder.is_dir() and all(f.name.startswith("part-") for f in folder.iterdir()):
                shutil.rmtree(folder)


# --- running -------------------------------------------------------------------------------


def run(
    inputs: Iterable[str | Path] | str | Path | Iterable[Article | ReadError],
    out: str | Path | None = None,
    *,
    engine: str = "local",
    partition_size: int | None = None,
    workers: int = 2,
    scheduler: str | None = None,
    start_method: str | None = None,
    limit: int | None = None,
    sample: float | None = None,
    seed: int = 0,
    csv: bool = False,
    progress: bool = False,
    reader_options: dict | None = None,
) -> RunSummary:
    """Analyse inputs (paths, or an iterable of articles) partition by partition.

    With `partition_size`, each partition is written to `out` as soon as it is done
    (`OUT/NAME/part-N.parquet`) and nothing is gathered: memory stays bounded.
    Without it the tables are gathered, returned in `summary.tables` and, if `out`
    is given, written as `OUT/NAME.parquet`. `start_method` is how a local dask
    cluster starts its workers (`start_local_cluster`).
    """
    from .pipeline import TABLES, write_tables

    started = time.perf_counter()
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    if start_method is not None and start_method not in START_METHODS:
        raise ValueError(f"unknown start method {start_method!r} ({' or '.join(START_METHODS)})")
    partitioned = partition_size is not None
    if partitioned and out is None:
        raise ValueError("partitioned output needs an output directory")
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    if isinstance(inputs, (list, tuple)) and all(isinstance(i, (str, Path)) for i in inputs):
        items = iter_articles(list(inputs), **(reader_options or {}))
    else:  # articles (and read errors), possibly a generator
        items = iter(inputs)
    stream = select(items, limit=limit, sample=sample, seed=seed)
    parts = enumerate(partitions(stream, partition_size or CHUNK_SIZE))
    out_dir = Path(out) if out is not None else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        _clear(out_dir, TABLES, partitioned)

    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="article", desc="analysing", smoothing=0.1)
    summary = RunSummary(out=out_dir, partitioned=partitioned)
    gathered: dict[int, dict[str, pd.DataFrame]] = {}
    target = str(out_dir) if partitioned else None

    def done(index: int, result, n_items: int) -> None:
        summary.partitions += 1
        summary.items += n_items
        counts = result if partitioned else {k: len(v) for k, v in result.items()}
        for name, n in counts.items():
            summary.rows[name] = summary.rows.get(name, 0) + n
        if not partitioned:
            gathered[index] = result
        if bar is not None:
            bar.update(n_items)

    try:
        if engine == "local":
            with tuned_gc():
                for index, items_ in parts:
                    _, result = _work(index, items_, target, csv)
                    done(index, result, len(items_))
        else:
            _run_dask(parts, target, csv, workers, scheduler, done, start_method)
    finally:
        if bar is not None:
            bar.close()

    if not partitioned:
        order = sorted(gathered)
        tables = {
            name: concat_tables([gathered[i][name] for i in order]) if order
            else analyze_partition([])[name]
            for name in TABLES
        }
        summary.tables = tables
        summary.rows = {name: len(df) for name, df in tables.items()}
        if out_dir is not None:
            write_tables(tables, out_dir, csv=csv)
    summary.seconds = time.perf_counter() - started
    return summary


# Our own cluster has no dashboard, so nothing reads what the workers' sampling
# profiler collects: it walks the running task's stack every 10 ms, about 8 % of a
# partition's CPU time. The event-loop tick and the resource monitors wake a
# worker's event loop, which then takes the GIL from the task, 50 and 12 times a
# second by default; a few times a second is enough for a batch run.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}
START_METHODS = ("fork", "spawn")


def default_start_method() -> str:
    """`fork` on Linux (the workers start warm), `spawn` elsewhere (macOS cannot fork safely)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def start_local_cluster(workers: int, start_method: str | None = None):
    """A `LocalCluster` of `workers` single-threaded worker processes, no dashboard.

    With `fork`, this process builds hazm's objects and the lexicons first and its
    workers are forked from it: they start with everything built (about a second
    of CPU each that `spawn` workers spend on imports and the warm-up) and share
    those pages with it until they write to them. `spawn` starts fresh interpreters.
    """
    import warnings

    import dask
    from distributed import LocalCluster

    method = start_method or default_start_method()
    if method not in START_METHODS:
        raise ValueError(f"unknown start method {method!r} ({' or '.join(START_METHODS)})")
    config = {**LOCAL_CLUSTER_CONFIG, "distributed.worker.multiprocessing-method": method}
    # The nannies pass the config on to their workers. Python warns that forking a
    # process with threads may deadlock the child: here the only threads are dask's
    # event loop (which forks) and this one, waiting for the cluster; dask supports
    # `fork` as a start method.
    with tuned_gc() if method == "fork" else nullcontext(), dask.config.set(config), \
            warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*multi-threaded, use of fork\(\)",
                                category=DeprecationWarning)
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            dashboard_address=None)


def _run_dask(parts, target, csv, workers, scheduler, done, start_method=None) -> None:
    """Send the partitions to dask workers, a few at a time (bounded memory)."""
    from distributed import Client, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = start_local_cluster(workers, start_method)
        client = Client(cluster)
    try:
        n_workers = max(len(client.scheduler_info().get("workers", {})), 1)
        in_flight = 2 * n_workers  # partitions held at once: bounded memory
        sizes: dict[int, int] = {}
        queue = as_completed()
        for index, items in islice(parts, in_flight):
            sizes[index] = len(items)
            queue.add(client.submit(_work_in_worker, index, items, target, csv, pure=False))
        for future in queue:
            index, result = future.result()
            future.release()
            done(index, result, sizes.pop(index))
            nxt = next(parts, None)
            if nxt is not None:
                sizes[nxt[0]] = len(nxt[1])
                queue.add(client.submit(_work_in_worker, nxt[0], nxt[1], target, csv, pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
