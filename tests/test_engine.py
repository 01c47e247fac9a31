"""Streaming, partitioned output and the dask engine: the same tables, row for row."""

from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.corpus import Article, ReadError, iter_articles
from analysis.engine import partitions, read_partitions, run, select
from analysis.pipeline import TABLES, analyze, read_tables

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data/raw"


@pytest.fixture(scope="module")
def articles() -> list:
    """The first 24 articles of the bundled corpus (read once)."""
    return list(select(iter_articles([RAW]), limit=24))


@pytest.fixture(scope="module")
def reference(articles) -> dict[str, pd.DataFrame]:
    """One in-process `analyze` of all of them: what every engine must give."""
    return analyze(articles)


def assert_same_tables(left: dict, right: dict) -> None:
    assert set(left) == set(right) == set(TABLES)
    for name in TABLES:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


def test_reference_has_rows(reference):
    assert len(reference["articles"]) == 24
    assert len(reference["tokens"]) > 1000 and len(reference["quotes"]) > 0


def test_local_engine_in_partitions_equals_one_analyze(articles, reference, tmp_path):
    summary = run(articles, tmp_path, partition_size=5)
    assert summary.partitions == 5 and summary.tables is None
    assert summary.rows["tokens"] == len(reference["tokens"])
    # one file per partition per table, read back whole by read_tables
    assert sorted(p.name for p in (tmp_path / "tokens").iterdir()) == [
        f"part-{i:05d}.parquet" for i in range(5)]
    assert not (tmp_path / "tokens.parquet").exists()
    assert_same_tables(read_tables(tmp_path), reference)


def test_gathered_output_keeps_the_single_file_layout(articles, reference, tmp_path):
    summary = run(articles, tmp_path)
    assert_same_tables(summary.tables, reference)
    assert (tmp_path / "quotes.parquet").exists() and not (tmp_path / "quotes").exists()
    assert_same_tables(read_tables(tmp_path), reference)


def test_dask_engine_gives_identical_tables(articles, reference, tmp_path):
    pytest.importorskip("distributed")
    part = tmp_path / "partitioned"
    run(articles, part, engine="dask", workers=2, partition_size=7)
    assert len(list((part / "articles").glob("part-*.parquet"))) == 4
    assert_same_tables(read_tables(part), reference)


def test_dask_engine_with_spawned_workers_gives_identical_tables(articles, reference, tmp_path):
    pytest.importorskip("distributed")
    summary = run(articles[:10], tmp_path, engine="dask", workers=2, start_method="spawn")
    expected = analyze(articles[:10])
    for name in TABLES:
        pd.testing.assert_frame_equal(summary.tables[name], expected[name], obj=name)


def _worker_state():
    import dask

    from analysis import fastnorm

    return (fastnorm._tables.cache_info().currsize,
            dask.config.get("distributed.worker.profile.enabled"))


@pytest.mark.parametrize("method, warm", [("fork", 1), ("spawn", 0)])
def test_local_cluster_workers(method, warm):
    """Forked workers start with the normalizer built; no profiler in either."""
    pytest.importorskip("distributed")
    from distributed import Client

    from analysis.engine import start_local_cluster

    if method == "fork" and not hasattr(__import__("os"), "fork"):
        pytest.skip("no fork on this platform")
    with start_local_cluster(1, method) as cluster, Client(cluster) as client:
        states = list(client.run(_worker_state).values())
    assert states == [(warm, False)]


def test_unknown_start_method_is_refused(articles, tmp_path):
    with pytest.raises(ValueError, match="unknown start method 'thread'"):
        run(articles[:1], tmp_path, engine="dask", start_method="thread")
    with pytest.raises(SystemExit):
        main(["run", str(RAW), "--out", str(tmp_path), "--engine", "dask",
              "--start-method", "thread"])


def test_switching_layout_leaves_no_stale_tables(articles, tmp_path):
    run(articles[:6], tmp_path, partition_size=2)
    run(articles[:4], tmp_path)  # single files now: the partition folders go
    assert not (tmp_path / "articles").exists()
    run(articles[:2], tmp_path, partition_size=1)  # and back: the single files go
    assert not (tmp_path / "articles.parquet").exists()
    assert len(read_tables(tmp_path)["articles"]) == 2


def test_read_errors_are_rows_of_the_errors_table(articles, tmp_path):
    bad = ReadError("broken", "broken", "read", "broken.txt: empty file")
    summary = run([bad, *articles[:3]], tmp_path, partition_size=2)
    errors = read_partitions(tmp_path / "errors")
    assert list(errors["doc_id"]) == ["broken"]
    assert summary.rows["articles"] == 3


def test_partitions_cut_in_order():
    assert [len(p) for p in partitions(range(12), 5)] == [5, 5, 2]
    assert [x for p in partitions(range(12), 5) for x in p] == list(range(12))
    with pytest.raises(ValueError):
        next(partitions([1], 0))


def _arts(n: int) -> list[Article]:
    return [Article(f"d{i}", f"d{i}", "عنوان", "متن") for i in range(n)]


def test_limit_takes_the_first_articles_and_keeps_errors():
    err = ReadError("x", "x", "read", "bad")
    items = [_arts(1)[0], err, *_arts(5)[1:]]
    out = list(select(items, limit=3))
    assert [a.doc_id for a in out] == ["d0", "x", "d1", "d2"]
    assert list(select(_arts(3), limit=0)) == []


def test_sample_fraction_is_reproducible():
    a = [x.doc_id for x in select(_arts(400), sample=0.25, seed=7)]
    b = [x.doc_id for x in select(_arts(400), sample=0.25, seed=7)]
    c = [x.doc_id for x in select(_arts(400), sample=0.25, seed=8)]
    assert a == b and a != c
    assert 50 < len(a) < 150  # about a quarter
    assert a == sorted(a, key=lambda d: int(d[1:]))  # input order


def test_sample_number_is_exact_and_in_order():
    out = [x.doc_id for x in select(_arts(100), sample=10, seed=1)]
    assert len(out) == len(set(out)) == 10
    assert out == sorted(out, key=lambda d: int(d[1:]))
    assert [x.doc_id for x in select(_arts(5), sample=10)] == [f"d{i}" for i in range(5)]
    with pytest.raises(ValueError):
        list(select(_arts(5), sample=2.5))


def test_cli_limit_and_partitions(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", str(RAW), "--out", str(out), "--limit", "4",
                 "--partition-size", "3", "--quiet"]) == 0
    tables = read_tables(out)
    assert len(tables["articles"]) == 4
    assert len(list((out / "articles").glob("part-*.parquet"))) == 2
    assert "analysed: 4" in capsys.readouterr().out


def test_cli_sample(tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(RAW), "--out", str(out), "--sample", "5", "--seed", "3",
                 "--quiet"]) == 0
    assert len(read_tables(out)["articles"]) == 5


def test_dask_engine_on_an_existing_cluster(articles, reference, tmp_path):
    """--scheduler ADDRESS: the tables come back to the client (no partitioned output)."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        summary = run(articles[:6], tmp_path, engine="dask", scheduler=cluster.scheduler_address)
    expected = analyze(articles[:6])
    for name in TABLES:
        pd.testing.assert_frame_equal(summary.tables[name], expected[name], obj=name)
    assert (tmp_path / "articles.parquet").exists()


def test_unknown_engine_is_refused_before_touching_the_output(articles, tmp_path):
    run(articles[:2], tmp_path)
    with pytest.raises(ValueError, match="unknown engine"):
        run(articles[:2], tmp_path, engine="spark", partition_size=1)
    assert (tmp_path / "articles.parquet").exists()  # the previous run's tables are still there


def test_garbage_collector_is_tuned_for_a_run_and_restored(tmp_path):
    import gc

    from analysis import engine

    before = gc.get_threshold()
    previous = engine.tune_gc_for_analysis()
    try:
        assert previous == before
        assert gc.get_threshold()[0] >= engine.GC_GEN0_THRESHOLD
        assert gc.get_freeze_count() > 0  # hazm's lists and the lexicons are frozen
    finally:
        gc.set_threshold(*previous)
        gc.unfreeze()
    engine.run([], tmp_path / "out", partition_size=10)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_tables_do_not_depend_on_the_hash_seed(tmp_path):
    # dask workers are separate processes, each with its own string-hash seed: any
    # output that followed a set's iteration order would differ between engines.
    # Input: the corpus, and documents mixed from its paragraphs (more roles and
    # names per document than real articles have, where such orders show).
    import json
    import os
    import random
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    raw = root / "data" / "raw"
    articles = [a for a in iter_articles([raw]) if isinstance(a, Article)]
    paragraphs = [p for a in articles for p in a.body.split("\n") if p.strip()]
    rng = random.Random(7)
    mixed = tmp_path / "mixed.jsonl"
    with mixed.open("w", encoding="utf-8") as fh:
        for i in range(400):
            body = "\n".join(rng.choice(paragraphs) for _ in range(rng.randint(2, 12)))
            fh.write(json.dumps({"id": f"m{i}", "title": rng.choice(articles).title,
                                 "body": body}, ensure_ascii=False) + "\n")
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        subprocess.run([sys.executable, "-m", "analysis", "run", str(raw), str(mixed),
                        "--out", str(out), "--quiet"], cwd=root, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outs.append(read_tables(out))
    assert len(outs[0]["quotes"]) > 1000
    for name in outs[0]:
        pd.testing.assert_frame_equal(outs[0][name], outs[1][name], obj=name)
