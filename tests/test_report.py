"""The static HTML report: one page per article and an index, opening from disk offline."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from analysis.pipeline import analyze, write_tables
from analysis.report import page_name, write_report

ROOT = Path(__file__).resolve().parents[1]
INPUTS = ["data/raw/seed", "data/raw/real-news/001.txt", "data/raw/real-news/002.txt"]


class Links(HTMLParser):
    """Every URL-bearing attribute, with its tag."""

    def __init__(self):
        super().__init__()
        self.urls: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for k, v in attrs:
            if k in ("href", "src", "srcset", "action", "data", "poster", "background") and v:
                self.urls.append((tag, k, v))


@pytest.fixture(scope="module")
def pred(tmp_path_factory):
    from analysis.corpus import iter_articles

    out = tmp_path_factory.mktemp("pred")
    tables = analyze(iter_articles([str(ROOT / p) for p in INPUTS]))
    write_tables(tables, out)
    return out, tables


@pytest.fixture(scope="module")
def report(pred, tmp_path_factory):
    _, tables = pred
    out = tmp_path_factory.mktemp("report")
    write_report(tables, out)
    return out, tables


def test_report_has_an_index_and_a_page_per_article(report):
    out, tables = report
    pages = sorted(p.name for p in (out / "docs").glob("*.html"))
    assert pages == sorted(page_name(d) for d in tables["articles"]["doc_id"])
    assert len(pages) == len(tables["articles"]) == 6
    index = (out / "index.html").read_text(encoding="utf-8")
    for doc_id in tables["articles"]["doc_id"]:
        assert f'href="docs/{page_name(doc_id)}"' in index


def test_report_opens_from_disk_without_network(report):
    out, _ = report
    files = [out / "index.html", *sorted((out / "docs").glob("*.html"))]
    external = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        low = text.lower()
        assert "<script" not in low and "@import" not in low and "url(" not in low, f
        assert "<link" not in low and "<iframe" not in low and "<img" not in low, f
        p = Links()
        p.feed(text)
        for tag, attr, value in p.urls:
            scheme = urlparse(value).scheme
            if scheme in ("http", "https"):
                # only a plain link the reader clicks may leave the disk
                assert (tag, attr) == ("a", "href"), (f.name, tag, attr, value)
                external += 1
                continue
            assert scheme == "" and not value.startswith("//"), (f.name, value)
            target = (f.parent / unquote(value.split("#")[0])).resolve()
            assert target.exists(), (f.name, value)
        assert re.search(r'<meta charset="utf-8">', text)
    assert external >= 1  # the corpus articles link their source page


def test_report_pages_carry_the_viewer(report):
    out, _ = report
    page = (out / "docs" / page_name("000_a2099a625d713edd/1")).read_text(encoding="utf-8")
    assert '<html lang="fa" dir="rtl">' in page
    assert 'class="pna-viewer"' in page and 'data-kind="statistic"' in page
    assert 'href="../index.html"' in page and page_name("000_a2099a625d713edd/2") in page


def test_report_command_reads_the_tables_of_a_run(pred, tmp_path):
    pred_dir, tables = pred
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "report",
            "--out",
            str(tmp_path),
            "--pred",
            str(pred_dir),
        ],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"{len(tables['articles'])} articles" in proc.stdout
    assert (tmp_path / "index.html").exists()
    assert len(list((tmp_path / "docs").glob("*.html"))) == len(tables["articles"])


def test_report_command_without_tables_fails_cleanly(tmp_path):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "report",
            "--out",
            str(tmp_path / "r"),
            "--pred",
            str(tmp_path),
        ],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "no articles table" in proc.stdout


def test_page_names_are_safe_and_distinct():
    assert page_name("000_a2099a625d713edd/1") == "000_a2099a625d713edd__1.html"
    assert page_name("a b/ج") == "a_b___.html"
    assert "/" not in page_name("x/../y")
