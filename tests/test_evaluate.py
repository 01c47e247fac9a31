"""The scorer on hand-made gold/prediction pairs, the command line, and self-scoring."""

import json
import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import iter_articles
from analysis.evaluate import (
    evaluate,
    gold_to_tables,
    load_gold,
    parse_value,
    same_speaker,
    text_key,
)
from analysis.text import normalize

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = [ROOT / "data/gold/seed.jsonl", ROOT / "data/gold/dev.jsonl"]

# One source document "d1" (a page with two stories in the run: d1/1 and d1/2).
GOLD = [{
    "doc": "d1",
    "meetings": [
        {"participants": ["IRN", "RUS"], "mode": "in_person", "status": "held"},
        {"participants": ["CHN", "RUS"], "mode": "phone", "status": "held"},
        {"participants": ["IRN", "TUR"], "mode": "in_person", "status": "planned"},
        {"participants": ["FRA", "RUS"], "mode": "in_person", "status": "held",
         "optional": True},
    ],
    "quotes": [
        {"speaker": "ولادیمیر پوتین", "kind": "direct",
         "text": "ما با نگرانی رخدادهای غم انگیز را دنبال می کنیم"},
        {"speaker": "ولادیمیر پوتین", "kind": "indirect",
         "text": "مسکو آماده کمک به حل بحران است"},
        {"speaker": "محمود عباس", "kind": "indirect",
         "text": "روابط دو کشور ارزش زیادی دارد"},
        {"speaker": "گاردین", "kind": "direct", "text": "وضعیت غزه فاجعه بار است",
         "optional": True},
    ],
    "statistics": [
        {"text": "بیش از 51 هزار نفر", "value": 51000, "kind": "count",
         "qualifier": "more_than"},
        {"text": "بیش از ۵۱ هزار نفر", "value": 51000, "kind": "count",
         "qualifier": "more_than"},  # the same figure again: counts once
        {"text": "20 درصد", "value": 20, "kind": "percent", "qualifier": "exact"},
        {"text": "یک سرباز", "value": 1, "kind": "count", "qualifier": "exact",
         "optional": True},
    ],
}]


def run_tables(meetings=(), quotes=(), statistics=(), sentences=()):
    """Run-like tables for d1 split into two stories; rows give only what matters."""
    articles = pd.DataFrame({"doc_id": ["d1/1", "d1/2", "other"],
                             "source": ["d1", "d1", "other"]})
    return {
        "articles": articles,
        "sentences": pd.DataFrame(list(sentences),
                                  columns=["doc_id", "sent_id", "start", "end", "text"]),
        "meetings": pd.DataFrame(list(meetings)),
        "quotes": pd.DataFrame(list(quotes)),
        "statistics": pd.DataFrame(list(statistics)),
    }


def m(a, b, status="held", mode="in_person", doc_id="d1/1"):
    return {"doc_id": doc_id, "sent_id": 0, "party_a": a, "party_b": b, "status": status,
            "mode": mode}


def q(text, speaker, kind, doc_id="d1/2", sent_id=1):
    return {"doc_id": doc_id, "sent_id": sent_id, "text": text, "speaker": speaker, "kind": kind}


def s(value, kind, qualifier="exact", doc_id="d1/1"):
    return {"doc_id": doc_id, "sent_id": 2, "value": value, "kind": kind, "qualifier": qualifier,
            "text": str(value)}


# The perfect run, written the way the pipeline writes text: hazm-normalized (ZWNJ,
# Persian digits, «»), the speaker by surname, pairs in either order.
PERFECT = {
    "meetings": [m("RUS", "IRN"), m("CHN", "RUS", mode="phone", doc_id="d1/2"),
                 m("IRN", "TUR", status="planned")],
    "quotes": [q("«ما با نگرانی رخدادهای غم‌انگیز را دنبال می‌کنیم و نگرانیم.»", "پوتین",
                 "direct"),
               q("مسکو آماده کمک به حل بحران است", "ولادیمیر پوتين", "indirect"),
               q("روابط دو کشور ارزش زیادی دارد", "محمود عباس", "indirect")],
    "statistics": [s(51000.0, "count", "more_than"), s(20.0, "percent")],
}


def row(scores, task, subset="all", level="detection"):
    df = scores.summary()
    found = df[(df.task == task) & (df.subset == subset) & (df.level == level)]
    assert len(found) == 1
    return found.iloc[0]


def prf(scores, task, subset="all", level="detection"):
    r = row(scores, task, subset, level)
    return (round(r.precision, 4), round(r.recall, 4), round(r.f1, 4))


def acc(scores, task, name, subset="all"):
    df = scores.accuracies()
    r = df[(df.task == task) & (df.accuracy == name) & (df.subset == subset)].iloc[0]
    return (int(r.correct), int(r.n))


def variant(**changes):
    tables = {k: list(v) for k, v in PERFECT.items()}
    tables.update(changes)
    return run_tables(**tables)


def assert_perfect(scores, skip=()):
    for task, subset, level in [("meetings", "all", "detection"),
                                ("quotes", "all", "detection"),
                                ("quotes", "direct", "detection"),
                                ("quotes", "indirect", "detection"),
                                ("quotes", "all", "end_to_end"),
                                ("statistics", "all", "detection")]:
        if (task, subset, level) not in skip:
            assert prf(scores, task, subset, level) == (1.0, 1.0, 1.0), (task, subset, level)


def test_perfect_run_scores_one_everywhere():
    scores = evaluate(GOLD, run_tables(**PERFECT))
    assert_perfect(scores)
    assert acc(scores, "meetings", "status") == (1, 1)
    assert acc(scores, "meetings", "mode") == (2, 2)
    assert acc(scores, "quotes", "attribution") == (3, 3)
    assert acc(scores, "statistics", "qualifier") == (2, 2)
    assert scores.misses().empty and scores.false_alarms().empty and scores.mismatches().empty
    assert row(scores, "statistics").gold == 2  # 51000 twice counts once; the optional 1 not


def test_a_missed_quote_lowers_quote_recall_only():
    scores = evaluate(GOLD, variant(quotes=PERFECT["quotes"][:2]))
    assert prf(scores, "quotes") == (1.0, 0.6667, 0.8)
    assert prf(scores, "quotes", "indirect") == (1.0, 0.5, 0.6667)
    assert prf(scores, "quotes", "direct") == (1.0, 1.0, 1.0)
    assert prf(scores, "quotes", level="end_to_end") == (1.0, 0.6667, 0.8)
    assert acc(scores, "quotes", "attribution") == (2, 2)
    assert_perfect(scores, skip={("quotes", "all", "detection"),
                                 ("quotes", "indirect", "detection"),
                                 ("quotes", "all", "end_to_end")})
    misses = scores.misses()
    assert misses[["task", "item"]].values.tolist() == [
        ["quotes", "روابط دو کشور ارزش زیادی دارد"]]


def test_a_false_alarm_lowers_precision_only():
    scores = evaluate(GOLD, variant(statistics=PERFECT["statistics"] + [s(17, "count")],
                                    meetings=PERFECT["meetings"] + [m("IRN", "IRQ")]))
    assert prf(scores, "statistics") == (0.6667, 1.0, 0.8)
    assert prf(scores, "meetings") == (0.6667, 1.0, 0.8)
    assert_perfect(scores, skip={("statistics", "all", "detection"),
                                 ("meetings", "all", "detection")})
    alarms = scores.false_alarms()
    assert alarms[["task", "item"]].values.tolist() == [["meetings", "IRN–IRQ"],
                                                       ["statistics", "17 count"]]


def test_a_wrong_speaker_lowers_attribution_and_end_to_end_only():
    quotes = list(PERFECT["quotes"])
    quotes[2] = q("روابط دو کشور ارزش زیادی دارد", "ولادیمیر پوتین", "indirect")
    scores = evaluate(GOLD, variant(quotes=quotes))
    assert prf(scores, "quotes") == (1.0, 1.0, 1.0)  # detection is unaffected
    assert acc(scores, "quotes", "attribution") == (2, 3)
    assert acc(scores, "quotes", "attribution", "indirect") == (1, 2)
    assert acc(scores, "quotes", "attribution", "direct") == (1, 1)
    assert prf(scores, "quotes", level="end_to_end") == (0.6667, 0.6667, 0.6667)
    assert prf(scores, "quotes", "indirect", level="end_to_end") == (0.5, 0.5, 0.5)
    assert prf(scores, "quotes", "direct", level="end_to_end") == (1.0, 1.0, 1.0)
    wrong = scores.mismatches()
    assert wrong[["accuracy", "gold", "predicted"]].values.tolist() == [
        ["attribution", "محمود عباس", "ولادیمیر پوتین"]]


def test_a_wrong_kind_lowers_kind_accuracy_and_the_split():
    quotes = list(PERFECT["quotes"])
    quotes[0] = dict(quotes[0], kind="indirect")
    scores = evaluate(GOLD, variant(quotes=quotes))
    assert prf(scores, "quotes") == (1.0, 1.0, 1.0)
    assert acc(scores, "quotes", "kind") == (2, 3)
    # recall is split by the gold kind, precision by the predicted kind
    assert prf(scores, "quotes", "direct") == (1.0, 1.0, 1.0)  # no predicted direct quote
    assert row(scores, "quotes", "direct").pred == 0
    assert row(scores, "quotes", "indirect").pred == 3


def test_planned_meeting_reported_as_held():
    meetings = [m("RUS", "IRN"), m("CHN", "RUS", mode="phone"), m("IRN", "TUR")]
    scores = evaluate(GOLD, variant(meetings=meetings))
    assert prf(scores, "meetings") == (0.6667, 1.0, 0.8)
    assert acc(scores, "meetings", "status") == (0, 1)
    assert acc(scores, "meetings", "mode") == (2, 2)


def test_wrong_status_lowers_status_accuracy_only():
    meetings = [m("RUS", "IRN"), m("CHN", "RUS", mode="phone"),
                m("IRN", "TUR", status="not_held")]
    scores = evaluate(GOLD, variant(meetings=meetings))
    assert_perfect(scores)
    assert acc(scores, "meetings", "status") == (0, 1)
    assert acc(scores, "meetings", "mode") == (2, 2)


def test_wrong_mode_lowers_mode_accuracy_only():
    meetings = [m("RUS", "IRN"), m("CHN", "RUS", mode="video"),
                m("IRN", "TUR", status="planned")]
    scores = evaluate(GOLD, variant(meetings=meetings))
    assert_perfect(scores)
    assert acc(scores, "meetings", "mode") == (1, 2)
    assert acc(scores, "meetings", "status") == (1, 1)


def test_a_missed_held_meeting_lowers_meeting_recall():
    scores = evaluate(GOLD, variant(meetings=[m("IRN", "RUS"), m("IRN", "TUR", "planned")]))
    assert prf(scores, "meetings") == (1.0, 0.5, 0.6667)
    assert scores.misses()["item"].tolist() == ["CHN–RUS"]


def test_number_written_in_another_script_matches():
    stats = [s("۵۱٬۰۰۰", "count", "more_than"), s("٢٠", "percent")]
    scores = evaluate(GOLD, variant(statistics=stats))
    assert_perfect(scores)
    assert acc(scores, "statistics", "qualifier") == (2, 2)


def test_wrong_qualifier_or_kind_of_a_figure():
    scores = evaluate(GOLD, variant(statistics=[s(51000, "count", "about"),
                                                s(20, "count")]))
    assert prf(scores, "statistics") == (0.5, 0.5, 0.5)  # 20 as a count is not 20 percent
    assert acc(scores, "statistics", "qualifier") == (0, 1)


def test_values_within_relative_tolerance_match():
    scores = evaluate(GOLD, variant(statistics=[s(51000 * (1 + 1e-12), "count", "more_than"),
                                                s(20.001, "percent")]))
    assert prf(scores, "statistics") == (0.5, 0.5, 0.5)


def test_optional_entries_are_neither_required_nor_penalized():
    with_optional = variant(
        meetings=PERFECT["meetings"] + [m("FRA", "RUS")],
        quotes=PERFECT["quotes"] + [q("گاردین نوشت: وضعیت غزه فاجعه‌بار است", "گاردین",
                                      "direct")],
        statistics=PERFECT["statistics"] + [s(1, "count")])
    scores = evaluate(GOLD, with_optional)
    assert_perfect(scores)
    assert row(scores, "quotes").pred == 3 and row(scores, "quotes").gold == 3
    assert row(scores, "meetings").pred == 2 and row(scores, "statistics").pred == 2


def test_one_prediction_matches_one_gold_quote():
    gold = [{"doc": "d1", "meetings": [], "statistics": [], "quotes": [
        {"speaker": "الف ب", "kind": "direct", "text": "جمله اول این است"},
        {"speaker": "الف ب", "kind": "direct", "text": "جمله دوم این است"}]}]
    merged = q("جمله اول این است و جمله دوم این است", "ب", "direct")
    scores = evaluate(gold, run_tables(quotes=[merged]))
    assert prf(scores, "quotes") == (1.0, 0.5, 0.6667)


def test_predictions_of_other_documents_are_ignored():
    other = s(5, "count", doc_id="other")
    scores = evaluate(GOLD, variant(statistics=PERFECT["statistics"] + [other]))
    assert_perfect(scores)


def test_run_documents_named_by_their_own_ids_match_gold_documents():
    # records of one JSONL file with an `id` column: doc_id = the id, source = the file
    gold = [{**GOLD[0], "doc": "p1"}]
    tables = variant()
    ids = {"d1/1": "p1", "d1/2": "p1"}
    tables["articles"] = pd.DataFrame({"doc_id": ["p1", "other"], "source": ["feed", "feed"]})
    for name in ("sentences", "meetings", "quotes", "statistics"):
        tables[name]["doc_id"] = tables[name]["doc_id"].map(lambda d: ids.get(d, d))
    scores = evaluate(gold, tables)
    assert_perfect(scores)


def test_details_give_the_sentence_of_misses_and_false_alarms():
    sentences = [("d1/2", 1, 0, 10, "پوتین گفت: «ما با نگرانی رخدادهای غم‌انگیز را دنبال می‌کنیم»"),
                 ("d1/1", 2, 0, 10, "بیش از ۵۱ هزار نفر کشته شدند")]
    tables = variant(statistics=[s(17, "count")],
                     sentences=sentences, quotes=PERFECT["quotes"][1:])
    scores = evaluate(GOLD, tables)
    miss = scores.misses("quotes").iloc[0]
    assert (miss.doc_id, miss.sent_id, miss.sentence) == ("d1/2", 1, sentences[0][4])
    alarm = scores.false_alarms("statistics").iloc[0]
    assert alarm.sentence == sentences[1][4]


def test_empty_or_missing_tables_give_zeros():
    for tables in ({}, run_tables()):
        scores = evaluate(GOLD, tables)
        df = scores.summary()
        assert (df.precision == 0).all() and (df.recall == 0).all() and (df.f1 == 0).all()
        assert acc(scores, "meetings", "status") == (0, 1)
        assert math.isnan(scores.accuracies().query("accuracy == 'attribution'").value.iloc[0])


@pytest.mark.parametrize("value, expected", [
    (51000, 51000.0), ("۵۱٬۰۰۰", 51000.0), ("51,000", 51000.0), ("٥١٬٠٠٠", 51000.0),
    ("۲۰٫۵", 20.5), ("20.5", 20.5), ("۱.۱۱۶", 1.116), ("بیش", None), ("", None),
    (float("nan"), None), (None, None),
])
def test_parse_value(value, expected):
    assert parse_value(value) == expected


@pytest.mark.parametrize("a, b", [
    ("غم‌انگیز", "غم انگیز"), ("كمك", "کمک"), ("«سوریه راه حل ندارد»", "سوریه راه‌حل ندارد"),
    ("۵۱٬۰۰۰", "51,000"), ("رئيس", "رئیس"), ("إسرائيل", "اسرائیل"),
])
def test_text_key_unifies_writing_variants(a, b):
    assert text_key(a) == text_key(b)


@pytest.mark.parametrize("pred, gold, same", [
    ("پوتین", "ولادیمیر پوتین", True),
    ("رئیس جمهور روسیه ولادیمیر پوتین", "ولادیمیر پوتین", True),
    ("آقای ظریف", "محمدجواد ظریف", True),
    ("محمود عباس", "ولادیمیر پوتین", False),
    ("رئیس جمهور روسیه", "ولادیمیر پوتین", False),  # a role, not resolved to the name
    ("وی", "یوری اوشاکوف", False),
    ("وزیر خارجه", "وزیر دفاع", False),
    ("سخنگوی وزارت کشور", "وزارت کشور", True),
    ("", "کرملین", False),
    ("پایگاه خبری ۲۴ امارات", "پایگاه خبری ۲۶ سپتامبر و شبکه المسیره یمن", False),
    ("شبکه المنار", "المنار", True),
])
def test_same_speaker(pred, gold, same):
    assert same_speaker(pred, gold) is same


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_scored_against_itself_is_perfect(path):
    scores = evaluate(path, gold_to_tables(path))
    summary = scores.summary()
    assert len(summary) == 8
    for col in ["precision", "recall", "f1"]:
        assert (summary[col] == 1.0).all(), summary
    acc_values = scores.accuracies().dropna(subset=["value"])
    assert (acc_values.value == 1.0).all()
    assert scores.misses().empty and scores.false_alarms().empty


def test_gold_texts_are_found_in_the_normalized_articles():
    """The text key survives the pipeline's normalization (ZWNJ, digits, letters)."""
    gold = [rec for path in GOLD_FILES for rec in load_gold(path)]
    docs = {rec["doc"] for rec in gold}
    paths = [p for p in (ROOT / "data/raw").rglob("*.txt") if p.stem in docs]
    keys: dict[str, str] = {}
    for art in iter_articles(paths):
        text = normalize(art.title + "\n" + art.body)
        keys[art.source] = keys.get(art.source, "") + text_key(text)
    assert set(keys) == docs
    for rec in gold:
        for entry in rec["quotes"] + rec["statistics"]:
            assert text_key(entry["text"]) in keys[rec["doc"]], (rec["doc"], entry["text"])


def cli(*args):
    return subprocess.run([sys.executable, "-m", "analysis", "evaluate", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)


def test_cli_on_an_empty_run_prints_zeros_and_writes_json(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    out = tmp_path / "scores.json"
    proc = cli("--gold", "data/gold/seed.jsonl", "--pred", str(run), "--json", str(out),
               "--details")
    assert proc.returncode == 0, proc.stderr
    assert "meetings" in proc.stdout and "0.000" in proc.stdout and "1.000" not in proc.stdout
    assert "Misses" in proc.stdout and "BFA–RUS" in proc.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {r["task"] for r in data["summary"]} == {"meetings", "quotes", "statistics"}
    assert all(r["f1"] == 0.0 for r in data["summary"])
    assert data["documents"] == {"gold": 1, "in_run": 0,
                                 "missing": ["000_a2099a625d713edd"]}


def test_cli_reads_csv_tables_and_filters_a_task(tmp_path):
    tables = gold_to_tables(ROOT / "data/gold/dev.jsonl")
    for name, df in tables.items():
        df.to_csv(tmp_path / f"{name}.csv", index=False)
    proc = cli("--gold", "data/gold/dev.jsonl", "--pred", str(tmp_path), "--task", "statistics",
               "--json", str(tmp_path / "s.json"))
    assert proc.returncode == 0, proc.stderr
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert [(r["task"], r["f1"]) for r in data["summary"]] == [("statistics", 1.0)]
    assert data["documents"]["in_run"] == 20  # ids such as 001 stay strings


def test_cli_reports_a_missing_gold_file(tmp_path):
    proc = cli("--gold", str(tmp_path / "nope.jsonl"), "--pred", str(tmp_path))
    assert proc.returncode == 2 and "nope.jsonl" in proc.stderr
