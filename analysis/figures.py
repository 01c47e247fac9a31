"""The main figures, drawn from the tables of a run (PNG and SVG into one folder).

Each `figure_*` function takes the tables it needs and returns a matplotlib Figure,
or None when its table is empty (that figure is then skipped). Pass `fig=` (for
instance `plt.figure()` in a notebook) to draw into an existing figure.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .gazetteer import gazetteer
from .plotting import fa, save_figure, setup_fonts
from .words import top_words

BAR_COLOR = "#4C72B0"
KIND_COLORS = {"direct": "#4C72B0", "indirect": "#DD8452"}


def _new(fig: Figure | None, width: float, n_bars: int) -> Figure:
    fig = fig if fig is not None else Figure()
    fig.set_size_inches(width, max(2.5, 0.32 * n_bars + 1.2))
    return fig


def _barh(fig: Figure, labels: list[str], values: list[float], title: str, xlabel: str) -> Figure:
    """Horizontal bars, largest on top, Persian labels through `fa()`."""
    ax = fig.add_subplot()
    y = range(len(labels))
    ax.barh(list(y), values, color=BAR_COLOR)
    ax.set_yticks(list(y), [fa(label) for label in labels])
    ax.invert_yaxis()
    ax.set_title(fa(title))
    ax.set_xlabel(fa(xlabel))
    for i, v in zip(y, values):
        ax.annotate(f"{v:g}", (v, i), xytext=(3, 0), textcoords="offset points",
                    va="center", fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def figure_top_words(tokens: pd.DataFrame, n: int = 20, fig: Figure | None = None
                     ) -> Figure | None:
    """Most frequent content words (lemmas, stopwords removed), horizontal bars."""
    words = top_words(tokens, n=n) if tokens is not None else pd.DataFrame()
    if words.empty:
        return None
    fig = _new(fig, 6, len(words))
    return _barh(fig, list(words["word"]), list(words["count"]),
                 "پربسامدترین واژه‌ها", "بسامد")


UNKNOWN_OUTLET = "نامشخص"  # "unspecified"


def outlet_of(articles: pd.DataFrame) -> pd.Series:
    """Each article's outlet: the `outlet` column, else `agency`, else `نامشخص`."""
    out = pd.Series([""] * len(articles), index=articles.index, dtype="object")
    for col in ("outlet", "agency"):
        if col in articles:
            vals = articles[col].fillna("").astype(str).str.strip()
            out = out.where(out != "", vals)
    return out.where(out != "", UNKNOWN_OUTLET)


def figure_articles_per_outlet(articles: pd.DataFrame, fig: Figure | None = None
                               ) -> Figure | None:
    """Number of articles per outlet (or agency, or source file)."""
    if articles is None or articles.empty:
        return None
    counts = outlet_of(articles).value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    fig = _new(fig, 7, len(counts))
    return _barh(fig, list(counts.index), list(counts.values), "تعداد خبرها در هر رسانه",
                 "تعداد خبر")


def country_label(code: str) -> str:
    """A party code's Persian name when known (`IRN` → `ایران`), else the code."""
    return gazetteer().country_name(code) or code


def figure_quotes_per_speaker(quotes: pd.DataFrame, n: int = 15, fig: Figure | None = None
                              ) -> Figure | None:
    """Quotes per speaker (direct and indirect stacked), the `n` most quoted."""
    if quotes is None or quotes.empty or "speaker" not in quotes:
        return None
    q = quotes.assign(speaker=quotes["speaker"].fillna("").astype(str).str.strip())
    q = q[q["speaker"] != ""]
    if q.empty:
        return None
    kinds = q["kind"].fillna("") if "kind" in q else pd.Series("", index=q.index)
    table = pd.crosstab(q["speaker"], kinds)
    total = table.sum(axis=1).sort_index().sort_values(ascending=False, kind="stable")
    table = table.loc[total.index[:n]]
    fig = _new(fig, 7, len(table))
    ax = fig.add_subplot()
    y = list(range(len(table)))
    left = [0] * len(table)
    for kind in table.columns:
        vals = list(table[kind])
        ax.barh(y, vals, left=left, label=kind or "?", color=KIND_COLORS.get(kind))
        left = [a + b for a, b in zip(left, vals)]
    ax.set_yticks(y, [fa(s) for s in table.index])
    ax.invert_yaxis()
    ax.set_title(fa("نقل‌قول‌ها به تفکیک گوینده"))
    ax.set_xlabel(fa("تعداد نقل‌قول"))
    ax.legend(frameon=False)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def figure_statistics(statistics: pd.DataFrame, n_units: int = 15, fig: Figure | None = None
                      ) -> Figure | None:
    """Statistics claimed: how many of each kind, and the most frequent units."""
    if statistics is None or statistics.empty:
        return None
    kinds = statistics["kind"].fillna("?").astype(str).value_counts()
    kinds = kinds.sort_index().sort_values(ascending=False, kind="stable")
    units = statistics["unit"].fillna("").astype(str).str.strip()
    units = units[units != ""].value_counts()
    units = units.sort_index().sort_values(ascending=False, kind="stable").head(n_units)
    n = max(len(kinds), len(units), 1)
    fig = fig if fig is not None else Figure()
    fig.set_size_inches(10, max(2.5, 0.32 * n + 1.2))
    ax1, ax2 = fig.subplots(1, 2, width_ratios=[1, 2])
    ax1.bar(list(kinds.index), list(kinds.values), color=BAR_COLOR)
    ax1.set_title(fa("آمارها به تفکیک نوع"))
    ax1.set_ylabel(fa("تعداد"))
    if not units.empty:
        y = list(range(len(units)))
        ax2.barh(y, list(units.values), color=BAR_COLOR)
        ax2.set_yticks(y, [fa(u) for u in units.index])
        ax2.invert_yaxis()
    ax2.set_title(fa("واحدهای پرتکرار"))
    ax2.set_xlabel(fa("تعداد"))
    ax1.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax2.xaxis.set_major_locator(MaxNLocator(integer=True))
    for ax in (ax1, ax2):
        ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def make_figures(tables: dict[str, pd.DataFrame], out_dir: str | Path = "figures") -> list[Path]:
    """Draw every figure whose table is non-empty into OUT_DIR (PNG + SVG); return the paths."""
    empty = pd.DataFrame()
    get = lambda name: tables.get(name, empty)  # noqa: E731
    from . import views  # views builds on this module's helpers
    from .meetings import meetings_per_country

    meetings, quotes = get("meetings"), get("quotes")
    builders = [
        ("top_words", lambda: figure_top_words(get("tokens"))),
        ("articles_per_outlet", lambda: figure_articles_per_outlet(get("articles"))),
        ("meetings_per_country",
         lambda: views.figure_meetings_per_country(meetings_per_country(tables))),
        ("counterpart_matrix",
         lambda: views.figure_counterpart_matrix(views.counterpart_matrix(meetings))),
        ("meetings_by_day", lambda: views.figure_meetings_by_day(views.meetings_by_day(meetings))),
        ("quotes_per_speaker", lambda: figure_quotes_per_speaker(quotes)),
        ("quotes_per_country",
         lambda: views.figure_quotes_per_country(views.quotes_per_country(quotes))),
        ("statistics", lambda: figure_statistics(get("statistics"))),
    ]
    paths: list[Path] = []
    with matplotlib.rc_context():
        setup_fonts()
        for name, build in builders:
            fig = build()
            if fig is not None:
                paths.extend(save_figure(fig, name, out_dir))
    return paths
