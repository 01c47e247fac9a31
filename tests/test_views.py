"""Views for the notebooks: derived tables and figures over the tables of a run."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis import views
from analysis.meetings import meetings_per_country
from analysis.plotting import fa

SEED = "data/raw/seed"


@pytest.fixture(scope="module")
def seed() -> dict[str, pd.DataFrame]:
    return analysis.analyze(SEED)


def _meetings(rows: list[tuple]) -> pd.DataFrame:
    cols = ["doc_id", "meeting_id", "party_a", "party_b", "status", "day", "meeting_key"]
    return pd.DataFrame(rows, columns=cols)


# --- names and evidence ---------------------------------------------------------------

def test_english_and_persian_names_come_from_the_gazetteer():
    assert views.english_label("IRN") == "Iran"
    assert views.party_label("RUS") == "روسیه"
    assert views.party_label("IGO:UN") != "IGO:UN"  # an organisation's Persian name
    assert views.english_label("IGO:UN") == "United Nations"
    assert views.english_label("QQQ") == "QQQ"  # unknown code: the code itself
    # parties known only through aliases (no ISO code) still get names
    assert views.party_label("XAB") == "آبخازیا" and views.english_label("XAB") == "Abkhazia"


def test_highlight_marks_the_span_and_rejects_a_span_outside_the_text():
    assert views.highlight("الف ب ج", 4, 5) == "الف 【ب】 ج"
    with pytest.raises(ValueError):
        views.highlight("abc", 2, 9)


def test_evidence_span_covers_every_sentence_of_a_multi_sentence_span():
    bounds = [(0, 10), (11, 20), (21, 30)]
    assert views.evidence_span(bounds, 12, 15) == (11, 20)
    assert views.evidence_span(bounds, 5, 25) == (0, 30)
    assert views.evidence_span([], 5, 7) == (5, 7)


# --- meetings -------------------------------------------------------------------------

def test_counterpart_matrix_of_the_seed_is_russia_and_its_17_counterparts(seed):
    matrix = views.counterpart_matrix(seed["meetings"])
    assert matrix.index[0] == "RUS"
    assert int(matrix.loc["RUS"].sum()) == 17
    assert set(matrix.index) == set(matrix.columns)
    assert (matrix.values == matrix.values.T).all()
    assert all(matrix.loc[c, c] == 0 for c in matrix.index)
    # consistent with the package's own count per country
    per_country = meetings_per_country(seed).set_index("country")["meetings"]
    assert matrix.sum(axis=1).to_dict() == {c: int(n) for c, n in per_country.items()}


def test_counterpart_matrix_counts_distinct_meeting_keys_and_held_only():
    m = _meetings([
        ("1", 0, "IRN", "RUS", "held", "", "IRN-RUS@2020-01-01"),
        ("2", 0, "IRN", "RUS", "held", "", "IRN-RUS@2020-01-01"),  # same meeting, other report
        ("3", 0, "IRN", "RUS", "held", "", "IRN-RUS@2021-05-05"),  # another meeting
        ("3", 1, "IRN", "TUR", "planned", "", "IRN-TUR@x:planned"),
    ])
    matrix = views.counterpart_matrix(m)
    assert matrix.loc["IRN", "RUS"] == 2
    assert "TUR" not in matrix.index
    assert views.counterpart_matrix(m, status="planned").loc["TUR", "IRN"] == 1
    assert views.counterpart_matrix(m.iloc[:0]).empty


def test_meetings_by_day_follows_the_persian_week_then_relative_days_then_unspecified():
    m = _meetings([
        ("1", 0, "A", "B", "held", "جمعه", ""),
        ("1", 1, "A", "C", "held", "", ""),
        ("1", 2, "A", "D", "planned", "فردا", ""),
        ("1", 3, "A", "E", "held", "شنبه", ""),
        ("1", 4, "A", "F", "not_held", "یکشنبه", ""),
        ("1", 5, "A", "G", "held", "شنبه", ""),
    ])
    table = views.meetings_by_day(m)
    assert list(table["day"]) == ["شنبه", "یکشنبه", "جمعه", "فردا", views.UNSPECIFIED]
    row = table.set_index("day").loc["شنبه"]
    assert (row["held"], row["planned"], row["not_held"], row["total"]) == (2, 0, 0, 2)
    assert table.set_index("day").loc["یکشنبه", "not_held"] == 1
    assert int(table["total"].sum()) == len(m)


def test_the_seeds_saturday_meetings_are_counted_under_saturday(seed):
    table = views.meetings_by_day(seed["meetings"]).set_index("day")
    assert table.loc["شنبه", "held"] >= 7
    assert int(table["total"].sum()) == len(seed["meetings"])


def test_meeting_evidence_marks_the_trigger_and_names_the_parties(seed):
    ev = views.meeting_evidence(seed["meetings"])
    assert len(ev) == len(seed["meetings"])
    first = ev.iloc[0]
    assert views.MARK_OPEN + first["trigger"] + views.MARK_CLOSE in first["evidence"]
    assert {first["name_a"], first["name_b"]} >= {"روسیه"}


# --- quotes ---------------------------------------------------------------------------

def test_quote_evidence_marks_exactly_the_quoted_span(seed):
    ev = views.quote_evidence(seed["quotes"], seed)
    assert len(ev) == len(seed["quotes"])
    texts = dict(zip(seed["articles"]["doc_id"], seed["articles"]["text"]))
    merged = ev.merge(seed["quotes"][["doc_id", "quote_id", "start", "end"]],
                      on=["doc_id", "quote_id"])
    for _, row in merged.iterrows():
        quoted = texts[row["doc_id"]][row["start"]:row["end"]]
        assert views.MARK_OPEN + quoted + views.MARK_CLOSE in row["evidence"]


def test_quotes_per_speaker_puts_putin_first_on_the_seed(seed):
    table = views.quotes_per_speaker(seed["quotes"])
    top = table.iloc[0]
    assert top["speaker"] == "ولادیمیر پوتین" and top["country"] == "RUS"
    assert (table["direct"] + table["indirect"] == table["total"]).all()
    assert int(table["total"].sum()) == len(seed["quotes"])


def test_quotes_per_country_counts_speakers_without_a_country_as_unspecified():
    q = pd.DataFrame({"speaker": ["a", "a", "b", "c"], "speaker_country": ["RUS", "RUS", "", "IRN"],
                      "kind": ["direct", "indirect", "direct", "direct"]})
    table = views.quotes_per_country(q).set_index("country")
    assert table.loc["RUS", "total"] == 2 and table.loc["RUS", "speakers"] == 1
    assert table.loc[views.UNSPECIFIED, "total"] == 1
    assert table.loc["RUS", "name"] == "روسیه"


def _tables_with_tokens(tokens: list[tuple[str, str]]) -> tuple[pd.DataFrame, dict]:
    """One quote over the given (token, lemma) pairs, tokens laid out one space apart."""
    rows, pos = [], 0
    for i, (tok, lemma) in enumerate(tokens):
        rows.append({"doc_id": "d", "sent_id": 0, "tok_id": i, "start": pos,
                     "end": pos + len(tok), "token": tok, "lemma": lemma})
        pos += len(tok) + 1
    quotes = pd.DataFrame([{"doc_id": "d", "quote_id": 0, "speaker": "x", "start": 0,
                            "end": pos - 1}])
    tables = {"tokens": pd.DataFrame(rows),
              "mentions": pd.DataFrame(columns=["doc_id", "start", "end"])}
    return quotes, tables


def test_quote_topic_matches_keywords_by_lemma():
    quotes, tables = _tables_with_tokens([("تحریم‌ها", "تحریم"), ("را", "را"),
                                          ("لغو", "لغو"), ("کنند", "کرد#کن")])
    row = views.quote_topics(quotes, tables).iloc[0]
    assert row["topic"] == "تحریم" and row["hits"] == 1
    assert row["top_word"] in {"تحریم", "لغو"}


def test_quote_without_a_keyword_is_other_and_ties_go_to_the_first_topic_of_the_map():
    quotes, tables = _tables_with_tokens([("هوا", "هوا"), ("سرد", "سرد"), ("است", "#است")])
    assert views.quote_topics(quotes, tables).iloc[0]["topic"] == views.OTHER_TOPIC
    topics = views.load_topics()
    first, second = topics.topics[0], topics.topics[1]
    kw = {t: next(k for k, v in topics.keywords.items() if v == t) for t in (first, second)}
    quotes, tables = _tables_with_tokens([(kw[second], kw[second]), (kw[first], kw[first])])
    assert views.quote_topics(quotes, tables).iloc[0]["topic"] == first


def test_topic_map_keys_are_normalized_and_every_topic_has_an_english_name():
    topics = views.load_topics()
    assert topics.topics and views.OTHER_TOPIC not in topics.topics
    assert all(topics.english[t] for t in topics.topics)
    assert all("\u200c" not in k and " " not in k for k in topics.keywords)


def test_speaker_topic_matrix_orders_speakers_by_quotes_and_keeps_other_last(seed):
    qt = views.quote_topics(seed["quotes"], seed)
    matrix = views.speaker_topic_matrix(qt)
    assert matrix.index[0] == "ولادیمیر پوتین"
    assert int(matrix.values.sum()) == len(seed["quotes"])
    if views.OTHER_TOPIC in matrix.columns:
        assert matrix.columns[-1] == views.OTHER_TOPIC


# --- statistics -----------------------------------------------------------------------

def test_claims_table_of_the_seed_marks_each_claim_in_its_sentence(seed):
    claims = views.claims_table(seed["statistics"], seed)
    assert len(claims) == len(seed["statistics"])
    for _, row in claims.iterrows():
        assert views.MARK_OPEN + row["text"] + views.MARK_CLOSE in row["evidence"]


def test_listed_counts_of_the_seed_checks_the_seven_meetings(seed):
    checks = views.listed_counts(seed)
    row = checks[checks["text"] == "هفت دیدار"].iloc[0]
    assert row["stated"] == 7
    assert row["agree"] == (row["listed"] == 7)
    assert views.listed_counts({**seed, "statistics": seed["statistics"].iloc[:0]}).empty


def test_documents_rebuilt_from_tables_keep_offsets(seed):
    docs = views._documents(seed)
    for doc in docs.values():
        assert doc.sentences and all(doc.text[s.start:s.end] == s.text for s in doc.sentences)
        assert all(doc.text[m.start:m.end] == m.surface for m in doc.mentions)


# --- figures --------------------------------------------------------------------------

def test_meetings_figure_has_persian_names_left_and_english_names_right(seed):
    fig = views.figure_meetings_per_country(meetings_per_country(seed))
    left, right = fig.axes[0], fig.axes[1]
    assert fa("روسیه") in [t.get_text() for t in left.get_yticklabels()]
    assert "Russia" in [t.get_text() for t in right.get_yticklabels()]


def test_figures_are_drawn_from_the_seed_and_skipped_when_empty(seed):
    qt = views.quote_topics(seed["quotes"], seed)
    claims = views.claims_table(seed["statistics"], seed)
    builders = [
        (views.figure_counterpart_matrix, views.counterpart_matrix(seed["meetings"])),
        (views.figure_meetings_by_day, views.meetings_by_day(seed["meetings"])),
        (views.figure_quotes_per_country, views.quotes_per_country(seed["quotes"])),
        (views.figure_speaker_topics, views.speaker_topic_matrix(qt)),
        (views.figure_claims, claims),
    ]
    for build, data in builders:
        assert build(data) is not None, build.__name__
        assert build(data.iloc[:0]) is None, build.__name__
    assert views.figure_claims(claims, kind="money") is None  # the seed claims no money
    assert views.figure_claims(claims, kind="count", unit="نفر") is not None
    assert views.figure_claims(claims, kind="count", unit="دلار") is None


def test_claim_label_adds_the_subject_only_when_it_says_more_than_the_claim():
    row = pd.Series({"text": "۲۰ درصد", "unit": "درصد", "subject": "حجم مبادلات تجاری"})
    assert views.claim_label(row) == "۲۰ درصد — حجم مبادلات تجاری"
    assert views.claim_label(row.replace("حجم مبادلات تجاری", "درصد")) == "۲۰ درصد"
    long = row.copy()
    long["subject"] = "الف " * 30
    assert views.claim_label(long, width=10).endswith("…")


def test_evidence_html_turns_the_marked_span_into_mark_and_escapes_the_rest():
    df = pd.DataFrame({"speaker": ["پوتین"], "n": [3],
                       "evidence": [views.highlight("گفت: «<ما> آماده‌ایم»", 6, 20)]})
    page = views.evidence_html(df, ["speaker", "n", "evidence"])
    assert "<mark>&lt;ما&gt; آماده‌ایم</mark>" in page
    assert page.count("<tr>") == 2 and 'dir="rtl"' in page
