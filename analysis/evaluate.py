"""Evaluation: score a run's meetings, quotes and statistics against gold annotations.

Gold files follow `data/gold/README.md` (one JSON object per source document); the
run is the directory of tables `python -m analysis run` wrote (or the tables
themselves). Matching is per source document; the rules are in docs/evaluation.md.

    scores = evaluate("data/gold/dev.jsonl", "data/processed")
    scores.summary()        # P/R/F1 per task and subset, with the accuracies
    scores.per_document()   # the same per gold document
    scores.misses(), scores.false_alarms(), scores.mismatches()
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

TASKS = ("meetings", "quotes", "statistics")
REL_TOL = 1e-9  # relative tolerance when comparing statistic values

# --- comparison keys ------------------------------------------------------------

# Letter variants folded to one form before comparing (Arabic vs Persian, hamza seats).
_FOLD = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ې": "ی", "ۍ": "ی",
    "ك": "ک", "ڪ": "ک",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ە": "ه",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و",
    **{d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")},
    **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")},
})


def text_key(text: Any) -> str:
    """Comparison key of a text: folded letters, Latin digits, letters and digits only.

    Whitespace, ZWNJ, diacritics, tatweel and punctuation («», ، . ٬ …) are dropped, so
    `غم‌انگیز` and `غم انگیز`, `۱۲٬۵۰۰` and `12,500` get the same key.
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    s = unicodedata.normalize("NFC", str(text)).translate(_FOLD).lower()
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


def _tokens(text: Any) -> list[str]:
    """Keys of the words of a text (split at spaces, ZWNJ and punctuation)."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return []
    words = re.split(r"[\s\u200c\u200d\-_/،,؛;:().«»\"']+", str(text))
    return [k for k in (text_key(w) for w in words) if k]


# Words that name no one: titles, roles, bodies and function words. A speaker is
# compared on its other words (its "name tokens"); kept as keys (see text_key).
SPEAKER_STOP_WORDS = frozenset(text_key(w) for w in [
    "آقای",  # Mr
    "خانم",  # Mrs / Ms
    "دکتر",  # Dr
    "مهندس",  # engineer (title)
    "رئیس",  # head, president
    "رییس",  # head (variant spelling)
    "ریاست",  # presidency
    "جمهور",  # republic (in "president")
    "جمهوری",  # republic
    "نخست",  # first (in "prime minister")
    "وزیر",  # minister
    "وزارت",  # ministry
    "وزارتخانه",  # ministry
    "معاون",  # deputy
    "سخنگو",  # spokesperson
    "سخنگوی",  # spokesperson of
    "دبیرکل",  # secretary-general
    "دبیر",  # secretary
    "کل",  # general
    "سفیر",  # ambassador
    "نماینده",  # representative
    "مشاور",  # adviser
    "فرمانده",  # commander
    "رهبر",  # leader
    "پادشاه",  # king
    "ملک",  # king (title before a name)
    "امیر",  # emir
    "ولیعهد",  # crown prince
    "شاهزاده",  # prince
    "مقام",  # official
    "مقامات",  # officials
    "مسئول",  # official, in charge
    "مسئولان",  # officials
    "ارشد",  # senior
    "عالی",  # high
    "منبع",  # source
    "منابع",  # sources
    "دولت",  # government
    "دولتی",  # governmental
    "کاخ",  # palace
    "دفتر",  # office
    "امور",  # affairs
    "خارجه",  # foreign (ministry)
    "خارجی",  # foreign
    "سازمان",  # organisation
    "کمیته",  # committee
    "مرکز",  # centre
    "گروه",  # group
    "نیرو",  # force
    "نیروی",  # force of
    "نیروهای",  # forces of
    "ارتش",  # army
    "پلیس",  # police
    "ملی",  # national
    "امنیت",  # security
    "پایگاه",  # (news) site, base
    "خبری",  # news (adjective)
    "خبرگزاری",  # news agency
    "شبکه",  # (TV) network
    "روزنامه",  # newspaper
    "رسانه",  # medium, outlet
    "ها",  # plural suffix
    "های",  # plural suffix (ezafe)
    "یک",  # one, a
    "یکی",  # one of
    "از",  # of, from
    "و",  # and
    "در",  # in
    "این",  # this
    "آن",  # that
    "وی",  # he / she
    "او",  # he / she
])


def speaker_names(speaker: Any) -> set[str]:
    """The name tokens of a speaker: its word keys minus titles, roles and function words."""
    return {t for t in _tokens(speaker) if t not in SPEAKER_STOP_WORDS}


def same_speaker(predicted: Any, gold: Any) -> bool:
    """Whether two speaker strings name the same speaker (`پوتین` ~ `ولادیمیر پوتین`).

    They share a name token; where either has none (a bare role or body), all the
    words of one must be words of the other (`وزارت کشور` ~ `سخنگوی وزارت کشور`).
    """
    a, b = speaker_names(predicted), speaker_names(gold)
    if a and b:
        return bool(a & b)
    ta, tb = set(_tokens(predicted)), set(_tokens(gold))
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def parse_value(value: Any) -> float | None:
    """A statistic's value as a float: numbers, or numerals in any script (`۵۱٬۰۰۰`)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return None if math.isnan(float(value)) else float(value)
    s = str(value).strip().translate(_FOLD)
    s = s.replace("٬", "").replace(",", "").replace("٫", ".").replace("\u066a", "").replace("%", "")
    s = s.replace(" ", "").replace("\u200c", "")
    if s.startswith("\u2212"):
        s = "-" + s[1:]
    try:
        out = float(s)
    except ValueError:
        return None
    return None if math.isnan(out) else out


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=0.0)


# --- inputs ------------------------------------------------------------------------

def load_gold(gold: str | Path | Iterable[dict]) -> list[dict]:
    """Gold annotations: a JSONL path (one object per document) or a list of dicts."""
    if isinstance(gold, (str, Path)):
        records = []
        with open(gold, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise ValueError(f"{gold}:{n}: not JSON: {exc}") from None
    else:
        records = list(gold)
    for rec in records:
        if "doc" not in rec:
            raise ValueError(f"gold record without 'doc': {str(rec)[:80]}")
    return records


def _columns(name: str) -> list[str]:
    from .pipeline import COLUMNS

    return COLUMNS[name]


def _empty(name: str) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in _columns(name)})


def gold_to_tables(gold: str | Path | Iterable[dict]) -> dict[str, pd.DataFrame]:
    """Gold annotations as run-like tables (articles, sentences, meetings, quotes, statistics).

    Scoring these tables against the same gold gives 1.0 everywhere; each gold quote
    and statistic becomes a sentence of its own, so the tables work with --details.
    """
    rows: dict[str, list[dict]] = {n: [] for n in ("articles", "sentences", "meetings",
                                                   "quotes", "statistics")}
    for rec in load_gold(gold):
        doc = str(rec["doc"])
        rows["articles"].append({"doc_id": doc, "source": doc, "title": "", "text": ""})
        sent_id = 0
        for i, m in enumerate(rec.get("meetings", [])):
            people = list(m.get("people", [])) + ["", ""]
            for a, b in _pairs(m.get("participants", [])):
                rows["meetings"].append({
                    "doc_id": doc, "meeting_id": len(rows["meetings"]), "sent_id": -1,
                    "party_a": a, "party_b": b, "person_a": people[0], "person_b": people[1],
                    "mode": m.get("mode", ""), "status": m.get("status", ""),
                    "day": m.get("day", ""), "trigger": "", "evidence": "", "n_mentions": 0})
        for i, q in enumerate(rec.get("quotes", [])):
            rows["sentences"].append({"doc_id": doc, "sent_id": sent_id, "start": 0,
                                      "end": len(q.get("text", "")), "text": q.get("text", "")})
            rows["quotes"].append({
                "doc_id": doc, "quote_id": i, "sent_id": sent_id, "kind": q.get("kind", ""),
                "form": "", "speaker": q.get("speaker", ""), "speaker_country": "",
                "resolved_by": "", "cue": "", "text": q.get("text", ""), "start": 0, "end": 0})
            sent_id += 1
        for i, s in enumerate(rec.get("statistics", [])):
            rows["sentences"].append({"doc_id": doc, "sent_id": sent_id, "start": 0,
                                      "end": len(s.get("text", "")), "text": s.get("text", "")})
            rows["statistics"].append({
                "doc_id": doc, "stat_id": i, "sent_id": sent_id, "text": s.get("text", ""),
                "value": parse_value(s.get("value")), "kind": s.get("kind", ""),
                "unit": s.get("unit", ""), "qualifier": s.get("qualifier", ""),
                "change": s.get("change", ""), "subject": "", "speaker": s.get("speaker", ""),
                "start": 0, "end": 0})
            sent_id += 1
    out = {}
    for name, table_rows in rows.items():
        df = pd.DataFrame(table_rows)
        out[name] = _empty(name) if df.empty else df.reindex(
            columns=_columns(name) + [c for c in df.columns if c not in _columns(name)])
    return out


def _read_run(directory: str | Path) -> dict[str, pd.DataFrame]:
    """The tables of a run directory; ids of CSV-only tables are kept as strings (`001`)."""
    from .pipeline import read_tables

    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"no such run directory: {directory}")
    tables = read_tables(directory)
    for name in list(tables):
        if not (directory / f"{name}.parquet").exists():
            tables[name] = pd.read_csv(directory / f"{name}.csv", keep_default_na=False,
                                       dtype={"doc_id": str, "source": str})
    return tables


def _pred_tables(pred: str | Path | dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    tables = dict(pred) if isinstance(pred, dict) else _read_run(pred)
    for name in ("articles", "sentences", "meetings", "quotes", "statistics"):
        df = tables.get(name)
        df = _empty(name) if df is None else df.copy()
        for col in _columns(name):
            if col not in df.columns:
                df[col] = pd.Series([""] * len(df), dtype="object", index=df.index)
        tables[name] = df
    return tables


def _str(x: Any) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    return str(x)


def _int(x: Any) -> int | None:
    try:
        out = int(float(x))
    except (TypeError, ValueError):
        return None
    return out


def _pairs(parties: Iterable[Any]) -> list[tuple[str, str]]:
    """All unordered pairs of different parties, each sorted: [A, B, C] → AB, AC, BC."""
    codes = sorted({_str(p).strip() for p in parties} - {""})
    return list(itertools.combinations(codes, 2))


# --- one-to-one matching ---------------------------------------------------------------

def _assign(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one assignment (Hungarian); pairs of weight 0 are dropped."""
    n = len(weights)
    m = len(weights[0]) if n else 0
    if not n or not m:
        return []
    flip = n > m
    w = [list(col) for col in zip(*weights)] if flip else weights
    if flip:
        n, m = m, n
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -w[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    pairs = [(p[j] - 1, j - 1) for j in range(1, m + 1) if p[j] and w[p[j] - 1][j - 1] > 0]
    if flip:
        pairs = [(b, a) for a, b in pairs]
    return sorted(pairs)


# --- scores ---------------------------------------------------------------------------

def prf(gold: int, pred: int, found: int, correct: int) -> tuple[float, float, float]:
    """Precision, recall, F1; nothing to find and nothing found counts as perfect."""
    fn, fp = gold - found, pred - correct
    precision = correct / pred if pred else (1.0 if fn == 0 else 0.0)
    recall = found / gold if gold else (1.0 if fp == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


ACCURACIES = {  # accuracy name → (task, what it measures)
    "status": ("meetings", "planned/not_held gold pairs given the same status, not held"),
    "mode": ("meetings", "matched held pairs whose predicted modes are gold modes"),
    "attribution": ("quotes", "matched quotes whose speaker is the gold speaker"),
    "kind": ("quotes", "matched quotes of the gold kind (direct/indirect)"),
    "qualifier": ("statistics", "matched figures whose predicted qualifiers are gold ones"),
}
_ITEM_COLS = ["task", "doc", "subset", "item", "detail", "doc_id", "sent_id", "sentence"]
_MISMATCH_COLS = ["task", "doc", "accuracy", "item", "gold", "predicted", "doc_id", "sent_id",
                  "sentence"]


@dataclass
class Scores:
    """Scores of a run against gold: counts per document, accuracies, and the errors."""

    counts: pd.DataFrame  # doc, task, level, subset, gold, pred, found, correct
    accuracy_counts: pd.DataFrame  # doc, task, subset, accuracy, n, correct
    missed: pd.DataFrame
    alarms: pd.DataFrame
    wrong: pd.DataFrame
    gold_docs: list[str]
    run_docs: list[str] = field(default_factory=list)

    @property
    def missing_docs(self) -> list[str]:
        """Gold documents the run did not analyse (scored as if nothing was found)."""
        return sorted(set(self.gold_docs) - set(self.run_docs))

    def summary(self, task: str | None = None) -> pd.DataFrame:
        """Micro-averaged P/R/F1 per task, level and subset, with the accuracies as columns."""
        keys = ["task", "level", "subset"]
        sums = (self.counts.groupby(keys, sort=False)[["gold", "pred", "found", "correct"]]
                .sum().reset_index())
        df = _with_prf(sums)
        acc = self.accuracies()
        for name in ACCURACIES:
            part = acc[acc["accuracy"] == name][["task", "subset", "value"]]
            part = part.rename(columns={"value": f"{name}_accuracy"}).assign(level="detection")
            df = df.merge(part, on=["task", "level", "subset"], how="left")
        order = {"task": list(TASKS), "level": ["detection", "end_to_end"],
                 "subset": ["all", "direct", "indirect"]}
        df = df.sort_values(keys, kind="stable", key=lambda col: col.map(
            {v: i for i, v in enumerate(order[col.name])}))
        return _only(df, task).reset_index(drop=True)

    def accuracies(self, task: str | None = None) -> pd.DataFrame:
        """Accuracies (status, mode, attribution, kind, qualifier): correct of n, and the ratio."""
        keys = ["task", "subset", "accuracy"]
        df = (self.accuracy_counts.groupby(keys, sort=False)[["correct", "n"]].sum()
              .reset_index())
        df["value"] = [c / n if n else math.nan for c, n in zip(df["correct"], df["n"])]
        return _only(df, task).reset_index(drop=True)

    def per_document(self, task: str | None = None) -> pd.DataFrame:
        """P/R/F1 per gold document and task (overall subset; quotes also end to end)."""
        df = self.counts[self.counts["subset"] == "all"].copy()
        df = _with_prf(df.drop(columns="subset"))
        df = df.sort_values(["doc", "task", "level"], kind="stable")
        return _only(df, task).reset_index(drop=True)

    def misses(self, task: str | None = None) -> pd.DataFrame:
        """Gold entries the run did not find, with the sentence they are in."""
        return _only(self.missed, task).reset_index(drop=True)

    def false_alarms(self, task: str | None = None) -> pd.DataFrame:
        """Predictions that match no gold entry, with their sentence."""
        return _only(self.alarms, task).reset_index(drop=True)

    def mismatches(self, task: str | None = None) -> pd.DataFrame:
        """Matched entries with a wrong attribute (speaker, kind, status, mode, qualifier)."""
        return _only(self.wrong, task).reset_index(drop=True)

    def to_dict(self, task: str | None = None) -> dict:
        """Everything as plain JSON-ready data (NaN becomes None)."""
        return {
            "documents": {"gold": len(self.gold_docs),
                          "in_run": len(self.gold_docs) - len(self.missing_docs),
                          "missing": self.missing_docs},
            "summary": _records(self.summary(task)),
            "accuracies": _records(self.accuracies(task)),
            "per_document": _records(self.per_document(task)),
            "misses": _records(self.misses(task)),
            "false_alarms": _records(self.false_alarms(task)),
            "mismatches": _records(self.mismatches(task)),
        }


def _with_prf(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["tp"] = df["found"]
    df["fp"] = df["pred"] - df["correct"]
    df["fn"] = df["gold"] - df["found"]
    scores = [prf(g, p, f, c) for g, p, f, c in
              zip(df["gold"], df["pred"], df["found"], df["correct"])]
    df["precision"] = [s[0] for s in scores]
    df["recall"] = [s[1] for s in scores]
    df["f1"] = [s[2] for s in scores]
    return df.drop(columns=["found", "correct"])


def _only(df: pd.DataFrame, task: str | None) -> pd.DataFrame:
    return df if task is None else df[df["task"] == task]


def _records(df: pd.DataFrame) -> list[dict]:
    out = []
    for rec in df.to_dict(orient="records"):
        clean = {}
        for k, v in rec.items():
            if hasattr(v, "item"):  # numpy scalar
                v = v.item()
            if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
                v = None
            clean[str(k)] = v
        out.append(clean)
    return out


# --- the scorer --------------------------------------------------------------------

class _Context:
    """Lookups into the run's tables: rows per source document, sentences."""

    def __init__(self, tables: dict[str, pd.DataFrame], docs: set[str]):
        arts = tables["articles"]
        # A run document is its source file's, unless its own id is a gold document
        # (records of a JSONL or CSV file with an `id` column each have their own).
        self.source_of = {_str(d): _str(d) if _str(d) in docs else _str(s) or _str(d).split("/")[0]
                          for d, s in zip(arts["doc_id"], arts["source"])}
        self.run_docs = sorted({s for s in self.source_of.values() if s})
        self.rows: dict[str, dict[str, list[dict]]] = {}
        for name in ("meetings", "quotes", "statistics"):
            for rec in self._of(tables[name], docs).to_dict(orient="records"):
                self.rows.setdefault(self.source(rec.get("doc_id")), {}).setdefault(
                    name, []).append(rec)
        self.sentence: dict[tuple[str, int], str] = {}
        self._sentences: dict[str, list[tuple[str, int, str]]] = {}
        sents = self._of(tables["sentences"], docs)
        for d, i, t in zip(sents["doc_id"], sents["sent_id"], sents["text"]):
            d, i, t = _str(d), _int(i), _str(t)
            if i is not None:
                self.sentence[(d, i)] = t
                self._sentences.setdefault(self.source(d), []).append((d, i, t))
        self._keys: dict[str, list[tuple[str, int, str, str]]] = {}

    def _of(self, df: pd.DataFrame, docs: set[str]) -> pd.DataFrame:
        """The rows of a table that belong to the given source documents."""
        if df.empty:
            return df
        return df[[self.source(d) in docs for d in df["doc_id"]]]

    def source(self, doc_id: Any) -> str:
        d = _str(doc_id)
        return self.source_of.get(d) or d.split("/")[0]

    def pred(self, doc: str, name: str) -> list[dict]:
        return self.rows.get(doc, {}).get(name, [])

    def where(self, rec: dict) -> dict:
        """doc_id, sent_id and sentence text of a predicted row."""
        d, i = _str(rec.get("doc_id")), _int(rec.get("sent_id"))
        return {"doc_id": d, "sent_id": i, "sentence": self.sentence.get((d, i), "")
                if i is not None else ""}

    def find(self, doc: str, text: Any) -> dict:
        """The first sentence of a source document containing a gold text."""
        key = text_key(text)
        if doc not in self._keys:
            self._keys[doc] = [(d, i, t, text_key(t)) for d, i, t in
                               sorted(self._sentences.get(doc, []), key=_sentence_order)]
        if key:
            for d, i, t, k in self._keys[doc]:
                if key in k:
                    return {"doc_id": d, "sent_id": i, "sentence": t}
        return {"doc_id": "", "sent_id": None, "sentence": ""}


def _sentence_order(item: tuple[str, int, str]) -> tuple:
    """Stories of a page in their order (`S/2` before `S/10`), then sentences."""
    doc_id, sent_id, _ = item
    part = doc_id.rpartition("/")[2]
    return (int(part) if part.isdigit() else -1, doc_id, sent_id)


def evaluate(gold: str | Path | Iterable[dict],
             pred: str | Path | dict[str, pd.DataFrame]) -> Scores:
    """Score a run (a directory of tables, or the tables) against gold annotations."""
    records = load_gold(gold)
    ctx = _Context(_pred_tables(pred), {str(r["doc"]) for r in records})
    out: dict[str, list[dict]] = {"counts": [], "acc": [], "miss": [], "alarm": [], "wrong": []}
    for rec in records:
        doc = str(rec["doc"])
        _score_meetings(doc, rec.get("meetings", []), ctx, out)
        _score_quotes(doc, rec.get("quotes", []), ctx, out)
        _score_statistics(doc, rec.get("statistics", []), ctx, out)
    gold_docs = [str(r["doc"]) for r in records]
    return Scores(
        counts=pd.DataFrame(out["counts"], columns=["doc", "task", "level", "subset", "gold",
                                                    "pred", "found", "correct"]),
        accuracy_counts=pd.DataFrame(out["acc"], columns=["doc", "task", "subset", "accuracy",
                                                          "n", "correct"]),
        missed=_sorted(pd.DataFrame(out["miss"], columns=_ITEM_COLS)),
        alarms=_sorted(pd.DataFrame(out["alarm"], columns=_ITEM_COLS)),
        wrong=_sorted(pd.DataFrame(out["wrong"], columns=_MISMATCH_COLS)),
        gold_docs=gold_docs,
        run_docs=[d for d in ctx.run_docs if d in set(gold_docs)],
    )


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    order = {t: i for i, t in enumerate(TASKS)}
    df = df.assign(_t=df["task"].map(order), sent_id=df["sent_id"].astype("Int64"))
    return df.sort_values(["_t", "doc"], kind="stable").drop(columns="_t").reset_index(drop=True)


def _count(out: dict, doc: str, task: str, subset: str, gold: int, pred: int, found: int,
           correct: int, level: str = "detection") -> None:
    out["counts"].append({"doc": doc, "task": task, "level": level, "subset": subset,
                          "gold": gold, "pred": pred, "found": found, "correct": correct})


def _acc(out: dict, doc: str, task: str, subset: str, name: str, results: list[bool]) -> None:
    out["acc"].append({"doc": doc, "task": task, "subset": subset, "accuracy": name,
                       "n": len(results), "correct": sum(results)})


def _score_meetings(doc: str, gold: list[dict], ctx: _Context, out: dict) -> None:
    held_required: dict[tuple, list[dict]] = {}
    held_any: set[tuple] = set()
    optional: set[tuple] = set()
    other: dict[tuple, dict] = {}  # (pair, status) → entry, planned / not_held
    for m in gold:
        for pair in _pairs(m.get("participants", [])):
            status = _str(m.get("status"))
            if m.get("optional"):
                optional.add(pair)
            elif status == "held":
                held_required.setdefault(pair, []).append(m)
            else:
                other.setdefault((pair, status), m)
            if status == "held":
                held_any.add(pair)
    optional -= set(held_required)

    pred_rows: dict[tuple, list[dict]] = {}
    for r in ctx.pred(doc, "meetings"):
        pair = tuple(sorted((_str(r.get("party_a")).strip(), _str(r.get("party_b")).strip())))
        if pair[0] and pair[0] != pair[1]:
            pred_rows.setdefault(pair, []).append(r)
    pred_held = {p: [r for r in rows if _str(r.get("status")) == "held"]
                 for p, rows in pred_rows.items()}
    pred_held = {p: rows for p, rows in pred_held.items() if rows and p not in optional}

    found = sorted(set(held_required) & set(pred_held))
    _count(out, doc, "meetings", "all", len(held_required), len(pred_held), len(found), len(found))
    for pair in sorted(set(held_required) - set(pred_held)):
        m = held_required[pair][0]
        out["miss"].append({"task": "meetings", "doc": doc, "subset": "held",
                            "item": "–".join(pair), "detail": "، ".join(m.get("people", [])),
                            "doc_id": "", "sent_id": None, "sentence": ""})
    for pair in sorted(set(pred_held) - set(held_required)):
        r = pred_held[pair][0]
        people = "، ".join(x for x in (_str(r.get("person_a")), _str(r.get("person_b"))) if x)
        gold_status = sorted(s for (p, s) in other if p == pair)
        detail = people + (f" (gold: {', '.join(gold_status)})" if gold_status else "")
        out["alarm"].append({"task": "meetings", "doc": doc, "subset": "held",
                             "item": "–".join(pair), "detail": detail, **ctx.where(r)})

    modes = []
    for pair in found:
        gold_modes = {_str(m.get("mode")) for m in held_required[pair]}
        got = {_str(r.get("mode")) for r in pred_held[pair]}
        modes.append(got <= gold_modes)
        if not modes[-1]:
            out["wrong"].append({"task": "meetings", "doc": doc, "accuracy": "mode",
                                 "item": "–".join(pair), "gold": ", ".join(sorted(gold_modes)),
                                 "predicted": ", ".join(sorted(got)),
                                 **ctx.where(pred_held[pair][0])})
    _acc(out, doc, "meetings", "all", "mode", modes)

    statuses = []
    for (pair, status), m in sorted(other.items()):
        if pair in held_any or pair in optional:
            continue
        got = {_str(r.get("status")) for r in pred_rows.get(pair, [])}
        statuses.append(status in got and "held" not in got)
        if not statuses[-1]:
            rows = pred_rows.get(pair, [])
            where = ctx.where(rows[0]) if rows else {"doc_id": "", "sent_id": None,
                                                     "sentence": ""}
            out["wrong"].append({"task": "meetings", "doc": doc, "accuracy": "status",
                                 "item": "–".join(pair), "gold": status,
                                 "predicted": ", ".join(sorted(got)) or "(none)", **where})
    _acc(out, doc, "meetings", "all", "status", statuses)


def _score_quotes(doc: str, gold: list[dict], ctx: _Context, out: dict) -> None:
    preds = ctx.pred(doc, "quotes")
    gkeys = [text_key(q.get("text")) for q in gold]
    pkeys = [text_key(r.get("text")) for r in preds]
    req = [not q.get("optional") for q in gold]
    spk = [[same_speaker(r.get("speaker"), q.get("speaker")) for r in preds] for q in gold]
    kind_ok = [[_str(r.get("kind")) == _str(q.get("kind")) for r in preds] for q in gold]
    # Lexicographic preference: required gold first, then more matches, then right speaker,
    # then right kind; each level's weight exceeds the sum of all lower ones.
    big = len(gold) + len(preds) + 2
    weights = [[(req[i] * big ** 3 + big ** 2 + spk[i][j] * big + kind_ok[i][j])
                if gkeys[i] and gkeys[i] in pkeys[j] else 0
                for j in range(len(preds))] for i in range(len(gold))]
    match = dict(_assign(weights))  # gold index → pred index
    removed = {j for i, j in match.items() if not req[i]}
    matched_pred = {j: i for i, j in match.items() if req[i]}

    for subset in ("all", "direct", "indirect"):
        g_idx = [i for i, q in enumerate(gold)
                 if req[i] and subset in ("all", _str(q.get("kind")))]
        p_idx = [j for j, r in enumerate(preds)
                 if j not in removed and subset in ("all", _str(r.get("kind")))]
        found = [i for i in g_idx if i in match]
        correct = [j for j in p_idx if j in matched_pred]
        _count(out, doc, "quotes", subset, len(g_idx), len(p_idx), len(found), len(correct))
        _count(out, doc, "quotes", subset, len(g_idx), len(p_idx),
               sum(spk[i][match[i]] for i in found),
               sum(spk[matched_pred[j]][j] for j in correct), level="end_to_end")
        _acc(out, doc, "quotes", subset, "attribution", [spk[i][match[i]] for i in found])
        _acc(out, doc, "quotes", subset, "kind", [kind_ok[i][match[i]] for i in found])

    for i, q in enumerate(gold):
        if req[i] and i not in match:
            out["miss"].append({"task": "quotes", "doc": doc, "subset": _str(q.get("kind")),
                                "item": _str(q.get("text")), "detail": _str(q.get("speaker")),
                                **ctx.find(doc, q.get("text"))})
        elif req[i]:
            r = preds[match[i]]
            for name, ok, attr in (("attribution", spk[i][match[i]], "speaker"),
                                   ("kind", kind_ok[i][match[i]], "kind")):
                if not ok:
                    out["wrong"].append({"task": "quotes", "doc": doc, "accuracy": name,
                                         "item": _str(q.get("text")), "gold": _str(q.get(attr)),
                                         "predicted": _str(r.get(attr)), **ctx.where(r)})
    for j, r in enumerate(preds):
        if j not in match.values():
            out["alarm"].append({"task": "quotes", "doc": doc, "subset": _str(r.get("kind")),
                                 "item": _str(r.get("text")), "detail": _str(r.get("speaker")),
                                 **ctx.where(r)})


def _figures(entries: Iterable[tuple[float, str, Any]]) -> list[dict]:
    """Group (value, kind, payload) into distinct figures: same kind, values within REL_TOL."""
    groups: list[dict] = []
    for value, kind, payload in sorted(entries, key=lambda e: (e[1], e[0])):
        if groups and groups[-1]["kind"] == kind and _close(groups[-1]["value"], value):
            groups[-1]["items"].append(payload)
        else:
            groups.append({"value": value, "kind": kind, "items": [payload]})
    return groups


def _score_statistics(doc: str, gold: list[dict], ctx: _Context, out: dict) -> None:
    g_groups = _figures((parse_value(s.get("value")), _str(s.get("kind")), s) for s in gold
                        if parse_value(s.get("value")) is not None)
    for g in g_groups:
        g["required"] = any(not s.get("optional") for s in g["items"])
    preds = ctx.pred(doc, "statistics")
    unparsed = [r for r in preds if parse_value(r.get("value")) is None]
    p_groups = _figures((parse_value(r.get("value")), _str(r.get("kind")), r) for r in preds
                        if parse_value(r.get("value")) is not None)

    matched: list[tuple[dict, dict]] = []
    free = list(g_groups)
    unmatched_pred = []
    for p in p_groups:
        g = next((g for g in free if g["kind"] == p["kind"] and _close(g["value"], p["value"])),
                 None)
        if g is None:
            unmatched_pred.append(p)
        else:
            free.remove(g)
            if g["required"]:
                matched.append((g, p))
    n_gold = sum(g["required"] for g in g_groups)
    n_pred = len(matched) + len(unmatched_pred) + len(unparsed)
    _count(out, doc, "statistics", "all", n_gold, n_pred, len(matched), len(matched))

    quals = []
    for g, p in matched:
        gold_q = {_str(s.get("qualifier")) for s in g["items"]}
        got = {_str(r.get("qualifier")) for r in p["items"]}
        quals.append(got <= gold_q)
        if not quals[-1]:
            out["wrong"].append({"task": "statistics", "doc": doc, "accuracy": "qualifier",
                                 "item": _fmt_value(g["value"], g["kind"]),
                                 "gold": ", ".join(sorted(gold_q)),
                                 "predicted": ", ".join(sorted(got)), **ctx.where(p["items"][0])})
    _acc(out, doc, "statistics", "all", "qualifier", quals)

    for g in free:
        if g["required"]:
            s = g["items"][0]
            out["miss"].append({"task": "statistics", "doc": doc, "subset": g["kind"],
                                "item": _fmt_value(g["value"], g["kind"]),
                                "detail": " | ".join(_str(x.get("text")) for x in g["items"]),
                                **ctx.find(doc, s.get("text"))})
    for p in unmatched_pred:
        r = p["items"][0]
        out["alarm"].append({"task": "statistics", "doc": doc, "subset": p["kind"],
                             "item": _fmt_value(p["value"], p["kind"]),
                             "detail": " | ".join(_str(x.get("text")) for x in p["items"]),
                             **ctx.where(r)})
    for r in unparsed:
        out["alarm"].append({"task": "statistics", "doc": doc, "subset": _str(r.get("kind")),
                             "item": f"unreadable value {_str(r.get('value'))!r}",
                             "detail": _str(r.get("text")), **ctx.where(r)})


def _fmt_value(value: float, kind: str) -> str:
    return f"{value:,.10g} {kind}"


# --- command line ------------------------------------------------------------------------

def add_evaluate_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `evaluate` command to the CLI."""
    p = subparsers.add_parser(
        "evaluate", help="score a run's tables against gold annotations",
        description="Score the meetings, quotes and statistics tables of a run against gold "
                    "annotations (matching rules: docs/evaluation.md).")
    p.add_argument("--gold", required=True, metavar="FILE.jsonl",
                   help="gold annotations, one JSON object per source document")
    p.add_argument("--pred", required=True, metavar="DIR",
                   help="directory of the tables a run wrote (NAME.parquet or NAME.csv)")
    p.add_argument("--task", choices=TASKS, default=None, help="only this task")
    p.add_argument("--details", action="store_true",
                   help="also list misses, false alarms and wrong attributes with their sentence")
    p.add_argument("--json", default=None, metavar="FILE", help="write the scores as JSON")
    p.set_defaults(func=_cli)
    return p


def _cli(args: argparse.Namespace) -> int:
    try:
        scores = evaluate(args.gold, args.pred)
    except (OSError, ValueError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    try:
        print(report(scores, task=args.task, details=args.details))
    except BrokenPipeError:  # output piped into `head`
        sys.stderr.close()
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(scores.to_dict(args.task), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    return 0


def report(scores: Scores, task: str | None = None, details: bool = False) -> str:
    """The scores as readable text: summary, accuracies, per document, and the errors."""
    fmt = {"precision": "{:.3f}", "recall": "{:.3f}", "f1": "{:.3f}", "value": "{:.3f}"}

    def table(df: pd.DataFrame) -> str:
        if df.empty:
            return "  (none)"
        df = df.copy()
        for col, f in fmt.items():
            if col in df.columns:
                df[col] = [("n/a" if v is None or (isinstance(v, float) and math.isnan(v))
                            else f.format(v)) for v in df[col]]
        return df.to_string(index=False)

    n_gold, missing = len(scores.gold_docs), scores.missing_docs
    lines = [f"gold documents: {n_gold}, analysed in the run: {n_gold - len(missing)}"]
    if missing:
        lines.append("  not in the run (scored as nothing found): " + ", ".join(missing))
    summary = scores.summary(task)
    lines += ["", "Precision / recall / F1 (micro-averaged over documents)",
              table(summary[["task", "level", "subset", "gold", "pred", "tp", "fp", "fn",
                             "precision", "recall", "f1"]])]
    acc = scores.accuracies(task)
    lines += ["", "Accuracies", table(acc[["task", "subset", "accuracy", "correct", "n",
                                          "value"]])]
    per = scores.per_document(task)
    if not per.empty:
        per = per.assign(task=[t if lv == "detection" else f"{t} (end to end)"
                               for t, lv in zip(per["task"], per["level"])])
        cells = per.assign(cell=[f"{f:.2f} ({tp}/{fp}/{fn})" for f, tp, fp, fn in
                                 zip(per["f1"], per["tp"], per["fp"], per["fn"])])
        wide = cells.pivot(index="doc", columns="task", values="cell")
        wide = wide.reindex(index=sorted(wide.index), columns=sorted(wide.columns))
        lines += ["", "Per document: F1 (tp/fp/fn)", wide.reset_index().to_string(index=False)]
    if details:
        for title, df in (("Misses (gold entries not found)", scores.misses(task)),
                          ("False alarms (predictions matching no gold entry)",
                           scores.false_alarms(task)),
                          ("Wrong attributes of matched entries", scores.mismatches(task))):
            lines += ["", title]
            if df.empty:
                lines.append("  (none)")
            for rec in df.to_dict(orient="records"):
                head = [rec["task"], rec["doc"]]
                if "accuracy" in rec:
                    head += [rec["accuracy"], rec["item"],
                             f"gold: {rec['gold']} | predicted: {rec['predicted']}"]
                else:
                    head += [rec["subset"], rec["item"]] + ([rec["detail"]] if rec["detail"]
                                                            else [])
                lines.append("- " + " · ".join(str(h) for h in head))
                if rec.get("sentence"):
                    lines.append(f"    [{rec['doc_id']}#{rec['sent_id']}] {rec['sentence']}")
    return "\n".join(lines)
