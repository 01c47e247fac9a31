"""The main figures: drawn from small tables, PNG + SVG, empty tables skipped."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest

from analysis import figures
from analysis.figures import make_figures
from analysis.meetings import meetings_per_country
from analysis import views
from analysis.plotting import fa


def frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns)


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    tokens = frame(
        [{"token": t, "lemma": lem} for t, lem in [
            ("ایران", "ایران"), ("و", "و"), ("روسیه", "روسیه"), ("کشورها", "کشور"),
            ("ایران", "ایران"), ("گفت", "گفت#گو"), ("،", "،"), ("۵۱", "۵۱"), ("کشور", "کشور"),
            ("ایران", "ایران")]],
        ["token", "lemma"])
    articles = frame([
        {"doc_id": "001", "source": "001", "outlet": "Fars News Agency", "agency": "فارس"},
        {"doc_id": "002", "source": "002", "outlet": "Fars News Agency", "agency": "فارس"},
        {"doc_id": "s/1", "source": "s", "outlet": "", "agency": "تسنیم"},
        {"doc_id": "s/2", "source": "s", "outlet": "", "agency": ""},
    ], ["doc_id", "source", "outlet", "agency"])
    meetings = frame([
        {"doc_id": "a", "meeting_id": 0, "party_a": "IRN", "party_b": "RUS", "status": "held",
         "day": "شنبه"},
        {"doc_id": "a", "meeting_id": 0, "party_a": "IRN", "party_b": "RUS", "status": "held",
         "day": "شنبه"},
        {"doc_id": "a", "meeting_id": 1, "party_a": "IRN", "party_b": "IGO:UN", "status": "held",
         "day": ""},
        {"doc_id": "b", "meeting_id": 0, "party_a": "BRA", "party_b": "IRN", "status": "held",
         "day": ""},
        {"doc_id": "b", "meeting_id": 1, "party_a": "CHN", "party_b": "IRN", "status": "planned",
         "day": ""},
    ], ["doc_id", "meeting_id", "party_a", "party_b", "status", "day"])
    quotes = frame([
        {"speaker": "ولادیمیر پوتین", "kind": "direct", "speaker_country": "RUS"},
        {"speaker": "ولادیمیر پوتین", "kind": "indirect", "speaker_country": "RUS"},
        {"speaker": "ظریف", "kind": "direct", "speaker_country": "IRN"},
    ], ["speaker", "kind", "speaker_country"])
    statistics = frame([
        {"value": 51000, "unit": "نفر", "kind": "count"},
        {"value": 20.5, "unit": "درصد", "kind": "percent"},
    ], ["value", "unit", "kind"])
    errors = frame([], ["source", "doc_id", "stage", "error"])
    return {"tokens": tokens, "articles": articles, "meetings": meetings, "quotes": quotes,
            "statistics": statistics, "errors": errors}


ALL = ["top_words", "articles_per_outlet", "meetings_per_country", "counterpart_matrix",
       "meetings_by_day", "quotes_per_speaker", "quotes_per_country", "statistics"]


def test_make_figures_writes_png_and_svg(tables, tmp_path):
    paths = make_figures(tables, tmp_path / "figs")
    assert [p.name for p in paths] == [f"{n}.{ext}" for n in ALL for ext in ("png", "svg")]
    for p in paths:
        assert p.parent == tmp_path / "figs"
        data = p.read_bytes()
        assert data.startswith(b"\x89PNG") if p.suffix == ".png" else b"<svg" in data


def test_make_figures_skips_empty_tables(tables, tmp_path):
    for name in ("meetings", "quotes", "statistics"):
        tables[name] = tables[name].iloc[0:0]
    paths = make_figures(tables, tmp_path)
    assert sorted({p.stem for p in paths}) == ["articles_per_outlet", "top_words"]
    assert not (tmp_path / "meetings_per_country.png").exists()
    # missing tables too
    assert make_figures({}, tmp_path / "none") == []


def test_make_figures_is_deterministic(tables, tmp_path):
    a = make_figures(tables, tmp_path / "a")
    b = make_figures(tables, tmp_path / "b")
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


def test_make_figures_leaves_rcparams_alone(tables, tmp_path):
    before = list(matplotlib.rcParams["font.family"])
    make_figures(tables, tmp_path)
    assert list(matplotlib.rcParams["font.family"]) == before


def test_top_words_figure_labels_are_persian_in_order(tables):
    fig = figures.figure_top_words(tables["tokens"])
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == [fa("ایران"), fa("کشور"), fa("روسیه")]  # 3, 2, 1: stopwords etc. out


def test_articles_per_outlet_falls_back_to_agency(tables):
    outlets = figures.outlet_of(tables["articles"])
    assert outlets.tolist() == ["Fars News Agency", "Fars News Agency", "تسنیم",
                                figures.UNKNOWN_OUTLET]


def test_meetings_per_country_counts_distinct_held_meetings(tables):
    counts = meetings_per_country(tables).set_index("country")["meetings"]
    # IRN: a/0 (twice, counted once), a/1, b/0; the planned meeting with China is not counted
    assert counts.to_dict() == {"IRN": 3, "BRA": 1, "IGO:UN": 1, "RUS": 1}
    assert list(counts.index)[0] == "IRN"


def test_meeting_figure_uses_country_names(tables):
    fig = views.figure_meetings_per_country(meetings_per_country(tables))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert figures.country_label("IRN") == "ایران"  # from data/gazetteer/countries.csv
    assert figures.country_label("XYZ") == "XYZ"
    assert labels[0] == fa("ایران")


def test_quotes_per_speaker_stacks_kinds(tables):
    fig = figures.figure_quotes_per_speaker(tables["quotes"])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [fa("ولادیمیر پوتین"), fa("ظریف")]
    widths = sorted(round(p.get_width()) for p in ax.patches)
    assert widths == [0, 1, 1, 1]  # direct: 1, 1; indirect: 1, 0
