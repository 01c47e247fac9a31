"""The main job end to end: the command line on the bundled data."""

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.pipeline import COLUMNS, read_tables

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "run", "data/raw", "--out", str(out), "--csv",
         "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr
    assert "articles read:" in proc.stdout
    return out


def test_every_table_is_written_with_its_columns(run_dir):
    tables = read_tables(run_dir)
    assert set(tables) == set(COLUMNS)
    for name, cols in COLUMNS.items():
        assert (run_dir / f"{name}.csv").exists()
        missing = [c for c in cols if c not in tables[name].columns]
        assert not missing, (name, missing)


def test_corpus_and_seed_load_without_errors(run_dir):
    tables = read_tables(run_dir)
    arts = tables["articles"]
    assert tables["errors"].empty, tables["errors"].to_string()
    corpus = arts[arts.source.str.fullmatch(r"\d{3}")]
    assert len(corpus) == 59
    seed = arts[arts.source.str.startswith("000_")]
    assert len(seed) >= 1


def test_offsets_point_at_their_text(run_dir):
    tables = read_tables(run_dir)
    texts = dict(zip(tables["articles"].doc_id, tables["articles"].text))
    for name, col in [("sentences", "text"), ("tokens", "token"), ("mentions", "surface"),
                      ("quotes", "text"), ("statistics", "text")]:
        df = tables[name]
        for row in df.itertuples():
            assert texts[row.doc_id][row.start:row.end] == getattr(row, col), (name, row)


def test_sentences_and_tokens_cover_each_article(run_dir):
    tables = read_tables(run_dir)
    arts = tables["articles"].set_index("doc_id")
    n_sent = tables["sentences"].groupby("doc_id").size().reindex(arts.index, fill_value=0)
    n_tok = tables["tokens"].groupby("doc_id").size().reindex(arts.index, fill_value=0)
    assert (n_sent == arts.n_sentences).all()
    assert (n_tok == arts.n_tokens).all()


def test_unreadable_file_goes_to_errors_and_run_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("عنوان\nمتن خبر.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    from analysis import analyze
    from analysis.corpus import iter_articles

    tables = analyze(iter_articles([tmp_path]))
    assert list(tables["articles"].doc_id) == ["good"]
    errors = tables["errors"]
    assert list(errors.source) == ["bad"]
    assert "bad.txt" in errors.error.iloc[0]
    assert isinstance(tables["meetings"], pd.DataFrame)
