"""The benchmark commands run on a small corpus and report what they claim (no timings asserted)."""

from collections import defaultdict

from analysis import pipeline, text
from analysis.corpus import Article, iter_articles
from benchmarks import stages
from benchmarks.corpus import build_corpus


def test_build_corpus_reaches_its_size_in_shards(tmp_path):
    info = build_corpus(tmp_path, 0.3)
    assert info["bytes"] >= 0.3e6
    articles = [a for a in iter_articles([tmp_path]) if isinstance(a, Article)]
    assert len(articles) == info["articles"] > info["distinct"]  # repeated
    assert len(list(tmp_path.glob("shard-*.jsonl"))) == info["files"]


def test_stage_timers_see_every_stage_and_put_the_functions_back(tmp_path):
    originals = {name: getattr(owner, fn) for name, (owner, fn) in stages.STAGES.items()}
    build_corpus(tmp_path, 0.05)
    articles = list(iter_articles([tmp_path]))
    seconds = defaultdict(float)
    with stages.timed(seconds):
        tables = pipeline.analyze(articles)
    assert set(seconds) == set(stages.STAGES)
    assert all(s > 0 for s in seconds.values())
    assert len(tables["articles"]) == len(articles)
    for name, (owner, fn) in stages.STAGES.items():
        assert getattr(owner, fn) is originals[name], name
    assert text.normalize is originals["normalize"]


def test_stages_command_prints_a_row_per_stage(capsys):
    assert stages.main(["--mb", "0.05", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    for name in [*stages.STAGES, "analyze, in all", "hazm normalize+split+tokenize"]:
        assert name in out


def test_stages_command_leaves_the_collector_as_it_was():
    import gc

    before = gc.get_threshold(), gc.get_freeze_count()
    stages.main(["--mb", "0.02", "--repeat", "1"])
    assert gc.get_threshold() == before[0]
    assert gc.get_freeze_count() <= before[1]  # what the run froze (~100 000 objects) is thawed
