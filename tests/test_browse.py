"""Browse helpers (quotes_by, meetings_of, claims_about) and the RTL table display."""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from analysis.browse import (
    CLAIM_COLUMNS,
    MEETING_COLUMNS,
    QUOTE_COLUMNS,
    claims_about,
    country_code,
    meetings_of,
    quotes_by,
)
from analysis.display import persian_columns, rtl_styler, rtl_table, truncate
from analysis.pipeline import analyze
from analysis.viewer import show

ROOT = Path(__file__).resolve().parents[1]
ZWNJ = "\u200c"


@pytest.fixture(scope="module")
def tables():
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        yield analyze("data/raw")
    finally:
        os.chdir(old)


def _texts(tables) -> dict[str, str]:
    return dict(zip(tables["articles"]["doc_id"], tables["articles"]["text"]))


# --- synthetic tables: the filtering logic ---------------------------------------------


@pytest.fixture
def small():
    text = "عنوان\nرئیس‌جمهور گفت که ۲۰ درصد مردم رای دادند"
    quotes = pd.DataFrame(
        [
            {
                "doc_id": "b/1",
                "quote_id": 1,
                "sent_id": 1,
                "kind": "indirect",
                "form": "ke_clause",
                "speaker": "ولادیمیر پوتین",
                "speaker_country": "RUS",
                "resolved_by": "name",
                "cue": "گفت",
                "text": "۲۰ درصد مردم رای دادند",
                "start": 24,
                "end": 46,
            },
            {
                "doc_id": "a/1",
                "quote_id": 0,
                "sent_id": 1,
                "kind": "direct",
                "form": "guillemets",
                "speaker": "رئیس‌جمهور آمریکا",
                "speaker_country": "USA",
                "resolved_by": "role",
                "cue": "گفت",
                "text": "متن دیگر",
                "start": 1,
                "end": 5,
            },
        ]
    )
    meetings = pd.DataFrame(
        [
            {
                "doc_id": "a/1",
                "meeting_id": 0,
                "sent_id": 1,
                "party_a": "IRN",
                "party_b": "RUS",
                "person_a": "الف",
                "person_b": "ب",
                "mode": "phone",
                "status": "held",
                "day": "",
                "trigger": "تماس",
                "evidence": "…",
                "n_mentions": 2,
                "start": 0,
                "end": 4,
            },
            {
                "doc_id": "a/1",
                "meeting_id": 1,
                "sent_id": 1,
                "party_a": "CHN",
                "party_b": "USA",
                "person_a": "",
                "person_b": "",
                "mode": "in_person",
                "status": "planned",
                "day": "",
                "trigger": "سفر",
                "evidence": "…",
                "n_mentions": 2,
                "start": 0,
                "end": 4,
            },
        ]
    )
    stats = pd.DataFrame(
        [
            {
                "doc_id": "b/1",
                "stat_id": 0,
                "sent_id": 1,
                "text": "۲۰ درصد",
                "value": 20.0,
                "kind": "percent",
                "unit": "درصد",
                "qualifier": "exact",
                "change": "",
                "subject": "مردم",
                "speaker": "",
                "start": 24,
                "end": 31,
            },
        ]
    )
    sentences = pd.DataFrame(
        [{"doc_id": "b/1", "sent_id": 1, "start": 6, "end": len(text), "text": text[6:]}]
    )
    return {
        "quotes": quotes,
        "meetings": meetings,
        "statistics": stats,
        "sentences": sentences,
        "articles": pd.DataFrame([{"doc_id": "b/1", "title": "عنوان", "text": text}]),
    }


def test_quotes_by_matches_any_spelling_of_the_speaker(small):
    assert quotes_by(small, "پوتین")["quote_id"].tolist() == [1]
    # ZWNJ, space or no separator; ي/ی and ئ/ی folded
    for query in ("رئیس‌جمهور", "رئیس جمهور", "رییسجمهور", "رئيس جمهور"):
        assert quotes_by(small, query)["speaker"].tolist() == ["رئیس‌جمهور آمریکا"], query
    assert quotes_by(small, "ترامپ").empty
    assert list(quotes_by(small, "پوتین").columns) == QUOTE_COLUMNS


def test_meetings_of_puts_the_partner_beside_the_country(small):
    rus = meetings_of(small, "RUS")
    assert rus[["country", "partner", "person", "partner_person"]].values.tolist() == [
        ["RUS", "IRN", "ب", "الف"]
    ]
    usa = meetings_of(small, "USA")
    assert usa["partner"].tolist() == ["CHN"]
    assert meetings_of(small, "USA", status="held").empty
    assert list(usa.columns) == MEETING_COLUMNS


def test_country_code_reads_codes_and_names():
    assert country_code("rus") == "RUS"
    assert country_code("روسیه") == "RUS"
    assert country_code("Russia") == "RUS"
    assert country_code("igo:un") == "IGO:UN"
    with pytest.raises(KeyError):
        country_code("Atlantis")


def test_claims_about_finds_statistics_by_their_sentence_and_quotes_by_their_text(small):
    claims = claims_about(small, "رای")
    assert claims[["table", "row_id"]].values.tolist() == [["quotes", 1], ["statistics", 0]]
    stat = claims[claims.table == "statistics"].iloc[0]
    assert stat.claim == "۲۰ درصد" and stat.value == 20.0 and "رای دادند" in stat.context
    assert claims_about(small, "ناموجود").empty
    assert list(claims.columns) == CLAIM_COLUMNS


def test_empty_tables_give_empty_frames_with_the_columns():
    empty = {"quotes": pd.DataFrame(), "meetings": pd.DataFrame(), "statistics": pd.DataFrame()}
    assert list(quotes_by(empty, "x").columns) == QUOTE_COLUMNS
    assert list(meetings_of(empty, "RUS").columns) == MEETING_COLUMNS
    assert list(claims_about(empty, "x").columns) == CLAIM_COLUMNS


# --- on the bundled data ---------------------------------------------------------------


def test_browse_frames_point_at_their_evidence_and_feed_the_viewer(tables):
    texts = _texts(tables)
    frames = [quotes_by(tables, "پوتین"), meetings_of(tables, "روسیه"), claims_about(tables, "غزه")]
    for frame in frames:
        assert len(frame) > 0
        keys = list(zip(frame.doc_id, frame.start))
        assert keys == sorted(keys)
        for row in frame.itertuples():
            assert 0 <= row.start < row.end <= len(texts[row.doc_id])
    q = frames[0]
    assert all("پوتین" in s for s in q.speaker)
    assert (q.text == [texts[d][s:e] for d, s, e in zip(q.doc_id, q.start, q.end)]).all()
    row = frames[2][frames[2].table == "statistics"].iloc[0]
    view = show(row, tables)
    assert f'data-kind="focus" data-start="{row.start}" data-end="{row.end}"' in view.html


def test_seed_gaza_claims_include_the_death_toll(tables):
    claims = claims_about(tables, "غزه")
    stats = claims[claims.table == "statistics"]
    assert "بیش از ۵۱ هزار نفر" in stats.claim.tolist()


def test_meetings_of_russia_in_the_seed_include_palestine(tables):
    rus = meetings_of(tables, "RUS")
    seed = rus[rus.doc_id == "000_a2099a625d713edd/1"]
    assert "PSE" in seed.partner.tolist()


# --- tables that read well ---------------------------------------------------------------


class Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.cells: list[dict] = []
        self._cur: dict | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "td":
            self._cur = {**dict(attrs), "text": ""}
            self.cells.append(self._cur)

    def handle_endtag(self, tag):
        if tag == "td":
            self._cur = None

    def handle_data(self, data):
        if self._cur is not None:
            self._cur["text"] += data


def test_rtl_table_aligns_persian_right_numbers_ltr_and_truncates_with_hover():
    long = "این یک متن بسیار طولانی برای آزمایش کوتاه کردن متن در جدول است"
    df = pd.DataFrame(
        {
            "doc_id": ["001"],
            "speaker": ["پوتین"],
            "text": [long],
            "value": [51000.0],
            "code": ["RUS"],
        }
    )
    table = rtl_table(df, max_chars=20)
    p = Cells()
    p.feed(table.html)
    cells = {c["text"] if "title" not in c else "long": c for c in p.cells}
    assert cells["پوتین"]["dir"] == "rtl" and cells["پوتین"]["class"] == "pna-rtl"
    assert cells["51000"]["dir"] == "ltr" and cells["51000"]["class"] == "pna-num"
    assert cells["RUS"]["dir"] == "ltr" and cells["001"]["class"] == "pna-ltr"
    trunc = cells["long"]
    assert trunc["title"] == long and trunc["text"].endswith("…") and len(trunc["text"]) <= 20
    assert table.html == rtl_table(df, max_chars=20).html  # byte-stable
    assert "<script" not in table.html


def test_persian_columns_and_truncate():
    df = pd.DataFrame({"a": ["سلام", "x"], "b": ["x", "y"], "n": [1, 2]})
    assert persian_columns(df) == ["a"]
    assert truncate("abcdef", 4) == "abc…" and truncate("abc", 4) == "abc"


def test_rtl_styler_is_byte_stable_and_rtl():
    df = pd.DataFrame({"speaker": ["پوتین", "عباس"], "value": [1.5, 2.0]})
    first, second = rtl_styler(df).to_html(), rtl_styler(df).to_html()
    assert first == second
    assert "direction: rtl" in first and "direction: ltr" in first
