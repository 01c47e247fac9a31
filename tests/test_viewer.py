"""The evidence viewer: highlights match the tables' offsets, nest properly, render RTL."""

from __future__ import annotations

import html as htmllib
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.document import Document
from analysis.pipeline import analyze
from analysis.viewer import FONT_STACK, Span, render_text, show

ROOT = Path(__file__).resolve().parents[1]
SEED_FIRST = "000_a2099a625d713edd/1"
CHROMIUM = Path("/usr/bin/chromium")


class Parsed(HTMLParser):
    """Highlights (text per data-id, concatenating split parts), the text block, well-formedness."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.highlights: dict[str, dict] = {}  # data-id → attrs + "text" + "parts"
        self.body: list[str] = []
        self.in_style = False
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        self.tags.append((tag, a))
        if tag in ("meta", "br", "img", "link", "input"):
            return
        self.stack.append((tag, a))
        self.in_style = tag == "style"
        if "data-kind" in a:
            h = self.highlights.setdefault(a["data-id"], {**a, "text": "", "parts": 0})
            h["parts"] += 1

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()
        self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            return
        inside_text = any("pna-text" in a.get("class", "").split() for _, a in self.stack)
        if inside_text:
            self.body.append(data)
        for _, a in self.stack:
            if "data-kind" in a:
                self.highlights[a["data-id"]]["text"] += data


def parse(markup: str) -> Parsed:
    p = Parsed()
    p.feed(markup)
    p.close()
    assert not p.errors, p.errors[:5]
    assert not p.stack, [t for t, _ in p.stack]
    return p


@pytest.fixture(scope="module")
def tables():
    return analyze("data/raw") if (ROOT / "data/raw").exists() else None


@pytest.fixture(scope="module", autouse=True)
def _chdir_root():
    import os

    old = os.getcwd()
    os.chdir(ROOT)
    yield
    os.chdir(old)


def _texts(tables) -> dict[str, str]:
    return dict(zip(tables["articles"]["doc_id"], tables["articles"]["text"]))


# --- the invariant, on whatever the extractors give -----------------------------------


def test_every_highlight_covers_exactly_its_offsets(tables):
    texts = _texts(tables)
    n = 0
    for doc_id, text in texts.items():
        p = parse(show(doc_id, tables).html)
        assert "".join(p.body) == text, doc_id  # the text is all there, in order, unescaped
        for h in p.highlights.values():
            s, e = int(h["data-start"]), int(h["data-end"])
            assert h["text"] == text[s:e], (doc_id, h["data-kind"], s, e)
            n += 1
    assert n > 100


@pytest.mark.parametrize(
    "name, kind, id_col",
    [
        ("mentions", "mention", None),
        ("quotes", "quote", "quote_id"),
        ("statistics", "statistic", "stat_id"),
        ("meetings", "meeting", "meeting_id"),
    ],
)
def test_every_table_row_is_highlighted_at_its_offsets(tables, name, kind, id_col):
    texts = _texts(tables)
    df = tables[name]
    for doc_id, rows in df.groupby("doc_id", sort=True):
        p = parse(show(doc_id, tables).html)
        marks: dict[tuple[int, int], list[str]] = {}
        for h in p.highlights.values():
            if h["data-kind"] == kind:
                marks.setdefault((int(h["data-start"]), int(h["data-end"])), []).extend(
                    h["data-rows"].split(",")
                )
        for row in rows.itertuples():
            if not (0 <= row.start < row.end <= len(texts[doc_id])):
                continue
            assert (row.start, row.end) in marks, (doc_id, name, row)
            if id_col:
                assert f"{name}:{getattr(row, id_col)}" in marks[(row.start, row.end)]


def test_meeting_triggers_sit_inside_their_evidence(tables):
    texts = _texts(tables)
    found = 0
    for doc_id in tables["meetings"]["doc_id"].unique():
        p = parse(show(doc_id, tables).html)
        meetings = [h for h in p.highlights.values() if h["data-kind"] == "meeting"]
        for h in p.highlights.values():
            if h["data-kind"] != "trigger":
                continue
            s, e = int(h["data-start"]), int(h["data-end"])
            assert any(int(m["data-start"]) <= s and e <= int(m["data-end"]) for m in meetings)
            assert texts[doc_id][s:e].strip()
            found += 1
    assert found > 0


def test_quote_highlights_name_their_speaker(tables):
    quotes = tables["quotes"]
    doc_id = quotes["doc_id"].iloc[0]
    p = parse(show(doc_id, tables).html)
    by_offsets = {
        (int(h["data-start"]), int(h["data-end"])): h
        for h in p.highlights.values()
        if h["data-kind"] == "quote"
    }
    for row in quotes[quotes.doc_id == doc_id].itertuples():
        h = by_offsets[(row.start, row.end)]
        assert row.speaker in h["title"]
        assert row.speaker in h["data-speaker"]
        assert row.kind in h["data-quote-kind"]


# --- acceptance: the seed's first story -----------------------------------------------


@pytest.fixture(scope="module")
def seed_first(tables):
    text = _texts(tables)[SEED_FIRST]
    return text, parse(show(SEED_FIRST, tables).html)


def _of_kind(p: Parsed, kind: str) -> list[dict]:
    return [h for h in p.highlights.values() if h["data-kind"] == kind]


def test_seed_putin_and_abbas_are_person_mentions(seed_first):
    _, p = seed_first
    people = {h["data-person"] for h in _of_kind(p, "mention") if h.get("data-type") == "person"}
    assert "ولادیمیر پوتین" in people
    assert "محمود عباس" in people
    surfaces = {h["text"] for h in _of_kind(p, "mention")}
    assert "ولادیمیر پوتین" in surfaces and "محمود عباس" in surfaces


def test_seed_meeting_trigger_is_highlighted(seed_first):
    text, p = seed_first
    triggers = _of_kind(p, "trigger")
    assert any(
        h["text"] == "دیدار" and set(h["data-parties"].split("–")) == {"PSE", "RUS"}
        for h in triggers
    ), [(h["text"], h.get("data-parties")) for h in triggers]
    # the trigger is the word of the sentence that tells of the meeting, not a later echo
    first = min(int(h["data-start"]) for h in triggers)
    assert text[:first].count("\n") == 1


def test_seed_putin_quotation_is_attributed_to_putin(seed_first):
    _, p = seed_first
    direct = [
        h
        for h in _of_kind(p, "quote")
        if h["data-quote-kind"] == "direct" and h["text"].startswith("ما با نگرانی و همدردی")
    ]
    assert direct, [h["text"][:30] for h in _of_kind(p, "quote")]
    assert direct[0]["data-speaker"] == "ولادیمیر پوتین"
    assert "ولادیمیر پوتین" in direct[0]["title"]


def test_seed_statistic_is_highlighted_with_value_and_unit(seed_first):
    _, p = seed_first
    stats = [h for h in _of_kind(p, "statistic") if h["text"] == "بیش از ۵۱ هزار نفر"]
    assert stats, [h["text"] for h in _of_kind(p, "statistic")]
    assert "51,000" in stats[0]["title"] and "نفر" in stats[0]["title"]
    assert "more_than" in stats[0]["title"]
    # it sits inside Putin's quotation: the quote element encloses it
    s = int(stats[0]["data-start"])
    assert any(int(q["data-start"]) <= s < int(q["data-end"]) for q in _of_kind(p, "quote"))


def test_page_is_rtl_titled_and_offline(tables):
    arts = tables["articles"]
    row = arts[arts.source == "001"].iloc[0]
    view = show(row.doc_id, tables)
    root = parse(view.html).tags[0]
    assert root[0] == "div" and root[1]["dir"] == "rtl" and root[1]["lang"] == "fa"
    assert FONT_STACK in view.html and "'Vazirmatn'" in FONT_STACK
    assert htmllib.escape(row.outlet) in view.html
    assert row.date in view.html
    assert '<span class="pna-line pna-title">' in view.html
    low = view.html.lower()
    assert "<script" not in low and "@import" not in low and "url(" not in low
    assert "src=" not in low and "<link" not in low
    page = view.page()
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


# --- the nesting algorithm on synthetic spans -----------------------------------------


def _spans_html(text: str, spans: list[Span]) -> Parsed:
    return parse('<div class="pna-text">' + render_text(text, spans) + "</div>")


def test_partially_overlapping_spans_are_split_and_nested():
    text = "abcdefghij"
    a = Span(1, 5, "quote", "pna-quote-direct", ids=["quotes:0"])
    b = Span(3, 8, "statistic", "pna-statistic", ids=["statistics:0"])
    out = render_text(text, [a, b])
    p = _spans_html(text, [a, b])
    by_kind = {h["data-kind"]: h for h in p.highlights.values()}
    assert by_kind["quote"]["text"] == "bcde" and by_kind["quote"]["parts"] == 1
    assert by_kind["statistic"]["text"] == "defgh" and by_kind["statistic"]["parts"] == 2
    assert 'data-part="1/2"' in out and 'data-part="2/2"' in out


def test_identical_spans_nest_by_rank_and_text_is_escaped():
    text = 'x <b>&"y" z'
    spans = [Span(2, 9, "mention", "pna-mention-country"), Span(2, 9, "quote", "pna-quote-direct")]
    out = render_text(text, spans)
    assert "<b>" not in out and "&lt;b&gt;&amp;" in out
    assert out.index('data-kind="quote"') < out.index('data-kind="mention"')  # quote outside
    p = _spans_html(text, spans)
    assert "".join(p.body) == text


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_spans_give_well_formed_nested_html(data):
    text = data.draw(st.text(alphabet="ab <>&\u200cسلام\n", min_size=1, max_size=30))
    n = len(text)
    pairs = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=8))
    kinds = ["mention", "quote", "statistic", "trigger", "meeting"]
    spans = [
        Span(min(s, e), max(s, e), kinds[i % 5], f"pna-{kinds[i % 5]}")
        for i, (s, e) in enumerate(pairs)
    ]
    p = _spans_html(text, spans)
    assert "".join(p.body) == text
    kept = [s for s in spans if s.start < s.end]
    assert len(p.highlights) == len(kept)
    for h in p.highlights.values():
        assert h["text"] == text[int(h["data-start"]) : int(h["data-end"])]


# --- rows, Documents and bad offsets --------------------------------------------------


def _tiny_tables(text: str, mentions: list[dict]) -> dict[str, pd.DataFrame]:
    return {
        "articles": pd.DataFrame(
            [
                {
                    "doc_id": "t/1",
                    "title": text.split("\n")[0],
                    "text": text,
                    "agency": "",
                    "date": None,
                    "outlet": "Test outlet",
                }
            ]
        ),
        "mentions": pd.DataFrame(mentions),
    }


def test_offsets_come_from_the_table_not_from_searching():
    text = "روسیه و ایران\nروسیه گفت"
    second = text.index("روسیه", 1)
    tables = _tiny_tables(
        text,
        [
            {
                "doc_id": "t/1",
                "sent_id": 1,
                "start": second,
                "end": second + 5,
                "surface": "روسیه",
                "entity_id": "RUS",
                "entity_type": "country",
                "country": "RUS",
            }
        ],
    )
    p = parse(show("t/1", tables).html)
    (h,) = p.highlights.values()
    assert int(h["data-start"]) == second


def test_rows_with_bad_offsets_are_skipped_and_reported():
    text = "عنوان\nمتن کوتاه"
    rows = [
        {"doc_id": "t/1", "start": 3, "end": 99, "entity_type": "country", "entity_id": "X"},
        {
            "doc_id": "t/1",
            "start": float("nan"),
            "end": 4,
            "entity_type": "country",
            "entity_id": "Y",
        },
        {"doc_id": "t/1", "start": 6, "end": 9, "entity_type": "person", "entity_id": "P"},
    ]
    view = show("t/1", _tiny_tables(text, rows))
    assert len(view.skipped) == 2 and "skipped rows: 2" in view.html
    assert [h["text"] for h in parse(view.html).highlights.values()] == ["متن"]


def test_unknown_doc_id_raises():
    with pytest.raises(KeyError):
        show("nope/1", _tiny_tables("a\nb", []))


def test_a_row_from_a_table_focuses_its_evidence(tables):
    row = tables["statistics"].iloc[0]
    p = parse(show(row, tables).html)
    (focus,) = _of_kind(p, "focus")
    assert (int(focus["data-start"]), int(focus["data-end"])) == (row.start, row.end)
    assert focus["text"] == row.text


def test_a_document_without_tables_is_analysed():
    doc = __import__("analysis.text", fromlist=["make_document"]).make_document(
        doc_id="d/1",
        title="دیدار وزیران خارجه ایران و روسیه",
        body="وزیر خارجه ایران گفت: «این دیدار مفید بود».",
        source="d",
    )
    assert isinstance(doc, Document)
    view = show(doc)
    p = parse(view.html)
    assert "".join(p.body) == doc.text
    assert any(h["data-kind"] == "mention" for h in p.highlights.values())


# --- a real browser -------------------------------------------------------------------


@pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed")
def test_chromium_renders_rtl_with_highlight_on_the_first_word(tmp_path):
    from PIL import Image

    text = "عنوان خبر\nآمار بزرگ در این جمله آمده است و متن ادامه دارد"
    tables = {
        "articles": pd.DataFrame([{"doc_id": "t/1", "title": "عنوان خبر", "text": text}]),
        "statistics": pd.DataFrame(
            [
                {
                    "doc_id": "t/1",
                    "stat_id": 0,
                    "sent_id": 1,
                    "start": 10,
                    "end": 14,
                    "text": "آمار",
                    "value": 1.0,
                    "unit": "",
                    "kind": "count",
                    "qualifier": "exact",
                }
            ]
        ),
    }
    assert text[10:14] == "آمار"
    page = tmp_path / "page.html"
    page.write_text(show("t/1", tables, legend=False).page(), encoding="utf-8")
    png = tmp_path / "page.png"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts/screenshot_viewer.py"),
            "--html",
            str(page),
            "--out",
            str(png),
            "--width",
            "800",
            "--height",
            "400",
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    img = Image.open(png).convert("RGB")
    width = img.width
    # the statistic's orange background (#ffc98b) sits on the first word: at the right end
    orange = [
        x
        for x in range(width)
        for y in range(0, img.height, 2)
        if img.getpixel((x, y)) == (0xFF, 0xC9, 0x8B)
    ]
    assert orange, "no highlight drawn"
    assert min(orange) > width / 2, (min(orange), max(orange))
    # and dark text ink reaches far to the left of it: the line runs right to left
    ink = [
        x for x in range(width) for y in range(0, img.height, 2) if sum(img.getpixel((x, y))) < 200
    ]
    assert min(ink) < min(orange) - 100


def test_screenshot_script_is_documented():
    doc = (ROOT / "docs/viewer.md").read_text(encoding="utf-8")
    assert "scripts/screenshot_viewer.py" in doc and "--user-data-dir" in doc


@pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed")
def test_screenshot_script_renders_a_doc_by_id(tmp_path):
    from PIL import Image

    png = tmp_path / "seed.png"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts/screenshot_viewer.py"),
            "--doc",
            SEED_FIRST,
            "--inputs",
            "data/raw/seed",
            "--out",
            str(png),
            "--height",
            "600",
        ],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    img = Image.open(png).convert("RGB")
    assert img.size == (1000, 600)
    assert (0xFF, 0xC9, 0x8B) in {
        img.getpixel((x, y)) for x in range(0, 1000, 2) for y in range(0, 600, 2)
    }  # the statistic is on screen
