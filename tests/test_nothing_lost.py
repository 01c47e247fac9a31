"""Nothing lost: every file and article ends in `articles` or `errors`; one failing stage
keeps the other tables; the run prints a summary and fails only with --strict."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import meetings, mentions, quotes, statistics
from analysis import text as text_mod
from analysis.cli import main
from analysis.corpus import Article, ReadError, iter_articles, load_corpus
from analysis.pipeline import analyze

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "data" / "raw" / "real-news"
# Two real articles that have rows in every table (meetings, quotes, statistics).
VICTIM, OTHER = "004", "015"
EXTRACTOR_TABLES = ["mentions", "meetings", "quotes", "statistics"]
# stage → (module, function) the pipeline calls for it
STAGES = {
    "mentions": (mentions, "find_mentions"),
    "meetings": (meetings, "extract_meetings"),
    "quotes": (quotes, "extract_quotes"),
    "statistics": (statistics, "extract_statistics"),
}
# Tables a failing stage cannot change: those not computed from its output
# (meetings and quotes read the mentions; statistics reads the quotes).
UNAFFECTED = {
    "mentions": ["sentences", "tokens"],
    "meetings": ["sentences", "tokens", "mentions", "quotes", "statistics"],
    "quotes": ["sentences", "tokens", "mentions", "meetings"],
    "statistics": ["sentences", "tokens", "mentions", "meetings", "quotes"],
}


@pytest.fixture(scope="module")
def two_articles() -> list[Article]:
    arts = load_corpus(REAL / f"{VICTIM}.txt", REAL / f"{OTHER}.txt")
    assert [a.doc_id for a in arts] == [VICTIM, OTHER]
    return arts


@pytest.fixture(scope="module")
def baseline(two_articles) -> dict[str, pd.DataFrame]:
    tables = analyze(two_articles)
    assert tables["errors"].empty
    for name in ["articles", "sentences", "tokens", *EXTRACTOR_TABLES]:
        assert set(tables[name]["doc_id"]) == {VICTIM, OTHER}, name
    return tables


def _rows(tables: dict[str, pd.DataFrame], name: str, doc_id: str) -> pd.DataFrame:
    df = tables[name]
    return df[df["doc_id"] == doc_id].reset_index(drop=True)


@pytest.mark.parametrize("stage", list(STAGES))
def test_one_failing_extractor_keeps_the_other_tables(monkeypatch, two_articles, baseline, stage):
    module, name = STAGES[stage]
    real = getattr(module, name)

    def flaky(doc, *args):
        if doc.doc_id == VICTIM:
            raise RuntimeError("boom in " + stage)
        return real(doc, *args)

    monkeypatch.setattr(module, name, flaky)
    tables = analyze(two_articles)

    errors = tables["errors"]
    assert len(errors) == 1
    err = errors.iloc[0]
    assert (err["doc_id"], err["stage"], err["source"]) == (VICTIM, stage, VICTIM)
    assert err["error"] == f"RuntimeError: boom in {stage}"
    # the article is still analysed, with the tables the failing stage does not feed
    assert list(tables["articles"]["doc_id"]) == [VICTIM, OTHER]
    assert _rows(tables, stage, VICTIM).empty
    for table in UNAFFECTED[stage]:
        assert not _rows(tables, table, VICTIM).empty, table
        pd.testing.assert_frame_equal(_rows(tables, table, VICTIM), _rows(baseline, table, VICTIM))
    # the other article is untouched
    for table in ["articles", "sentences", "tokens", *EXTRACTOR_TABLES]:
        pd.testing.assert_frame_equal(_rows(tables, table, OTHER), _rows(baseline, table, OTHER))


def test_failing_text_stage_is_an_error_row_and_the_run_goes_on(monkeypatch, two_articles, baseline):
    real = text_mod.make_document

    def flaky(doc_id, *args, **kwargs):
        if doc_id == VICTIM:
            raise ValueError("cannot normalize")
        return real(doc_id, *args, **kwargs)

    monkeypatch.setattr("analysis.pipeline.make_document", flaky)
    tables = analyze(two_articles)
    assert list(tables["articles"]["doc_id"]) == [OTHER]
    assert tables["errors"][["doc_id", "stage", "error"]].values.tolist() == [
        [VICTIM, "text", "ValueError: cannot normalize"]]
    for table in ["sentences", "tokens", *EXTRACTOR_TABLES]:
        assert _rows(tables, table, VICTIM).empty
        pd.testing.assert_frame_equal(_rows(tables, table, OTHER), _rows(baseline, table, OTHER))


# --- a folder of good and bad files, end to end -------------------------------------------

def _story(title: str, body: str) -> str:
    return f"{title}\n{body}\n"


def _bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    good = (REAL / f"{OTHER}.txt").read_text(encoding="utf-8")
    (folder / "good.txt").write_text(good, encoding="utf-8")
    page = ("تیتر اول خبر امروز\n\nوزیر خارجه با همتای خود دیدار کرد.\n\n"
            "تیتر دوم خبر دیگر\n\nرئیس‌جمهور گفت که مذاکرات ادامه دارد.\n")
    (folder / "page.txt").write_text(page, encoding="utf-8")  # two stories
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(random.Random(8).randbytes(4096))  # binary junk
    (folder / "big.txt").write_text(_story("تیتر بزرگ", "کلمه‌ای " * 20_000), encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        '{"title": "تیتر یک", "body": "متن خبر یک است."}\n'
        "{not json\n"
        '{"title": "", "body": ""}\n'
        '{"title": "تیتر چهار", "body": "متن خبر چهار است."}\n', encoding="utf-8")
    return folder


def test_every_file_and_article_is_accounted_for(tmp_path):
    folder = _bad_folder(tmp_path)
    items = list(iter_articles([folder], max_chars=50_000))
    tables = analyze(iter_articles([folder], max_chars=50_000))
    articles, errors = tables["articles"], tables["errors"]

    # every item the reader gave is in exactly one of the two tables
    arts = [i.doc_id for i in items if isinstance(i, Article)]
    failed = [i.doc_id for i in items if isinstance(i, ReadError)]
    assert sorted(articles["doc_id"]) == sorted(arts)
    assert sorted(errors["doc_id"]) == sorted(failed)
    assert not set(arts) & set(failed)
    # every file is there, by name
    assert set(articles["source"]) | set(errors["source"]) == {p.stem for p in folder.iterdir()}
    assert sorted(arts) == ["feed/1", "feed/4", "good", "page/1", "page/2"]
    assert sorted(failed) == ["big", "empty", "feed/2", "feed/3", "junk"]
    # every error says where and why
    assert (errors["stage"] == "read").all()
    for row in errors.itertuples():
        assert row.source and row.doc_id and row.error, row
        assert f"{row.source}." in row.error  # the file's name
    reasons = dict(zip(errors["doc_id"], errors["error"]))
    assert "empty file" in reasons["empty"]
    assert "cannot decode" in reasons["junk"]
    assert "too large" in reasons["big"] and "50000" in reasons["big"]
    assert "line 2" in reasons["feed/2"] and "invalid JSON" in reasons["feed/2"]
    assert "line 3" in reasons["feed/3"] and "no text" in reasons["feed/3"]
    # the good article comes out as if read alone
    alone = analyze(load_corpus(folder / "good.txt"))
    for name in ["sentences", "quotes", "statistics", "meetings"]:
        pd.testing.assert_frame_equal(_rows(tables, name, "good"), _rows(alone, name, "good"))


# --- the command line: summary, --strict, --max-chars ------------------------------------

_SUMMARY = re.compile(r"articles read: (\d+), analysed: (\d+), failed: (\d+)")


def _summary(out: str) -> tuple[int, int, int]:
    m = _SUMMARY.search(out)
    assert m, out
    return tuple(map(int, m.groups()))


def test_summary_counts_and_exit_status(tmp_path, capsys, monkeypatch):
    folder = _bad_folder(tmp_path)
    real = statistics.extract_statistics

    def flaky(doc, *args):  # one stage error on an analysed article: not a failed article
        if doc.doc_id == "good":
            raise RuntimeError("boom")
        return real(doc, *args)

    monkeypatch.setattr(statistics, "extract_statistics", flaky)
    status = main(["run", str(folder), "--out", str(tmp_path / "out"), "--quiet",
                   "--max-chars", "50000"])
    out = capsys.readouterr().out
    assert status == 0  # errors, but not --strict
    read, analysed, failed = _summary(out)
    assert (read, analysed, failed) == (10, 5, 5)  # 5 articles + 5 read errors
    assert re.search(r"stage errors: 1\b", out), out
    errors = pd.read_parquet(tmp_path / "out" / "errors.parquet")
    assert len(errors) == failed + 1
    assert errors[errors["stage"] == "statistics"]["doc_id"].tolist() == ["good"]


def test_max_chars_option(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(_story("تیتر", "متن کوتاه خبر است. " * 50), encoding="utf-8")
    assert main(["run", str(folder), "--out", str(tmp_path / "o1"), "--quiet"]) == 0
    assert _summary(capsys.readouterr().out) == (1, 1, 0)
    assert main(["run", str(folder), "--out", str(tmp_path / "o2"), "--quiet",
                 "--max-chars", "100"]) == 0
    assert _summary(capsys.readouterr().out) == (1, 0, 1)
    [error] = pd.read_parquet(tmp_path / "o2" / "errors.parquet")["error"]
    assert "a.txt" in error and "too large" in error and "> max 100" in error


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "run", *args, "--quiet"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_strict_exit_status(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(_story("تیتر خبر", "وزیر گفت که مذاکرات ادامه دارد."),
                                  encoding="utf-8")
    ok = _cli(str(folder), "--out", str(tmp_path / "o1"), "--strict")
    assert ok.returncode == 0, ok.stderr
    assert _summary(ok.stdout) == (1, 1, 0)

    (folder / "bad.txt").write_bytes(b"\x00\x01\x02\x03" * 500)  # binary junk
    lax = _cli(str(folder), "--out", str(tmp_path / "o2"))
    strict = _cli(str(folder), "--out", str(tmp_path / "o3"), "--strict")
    assert lax.returncode == 0, lax.stderr
    assert strict.returncode == 1, strict.stderr
    assert _summary(lax.stdout) == _summary(strict.stdout) == (2, 1, 1)
