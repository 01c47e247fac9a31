"""Tables that read well: Persian text columns right-to-left, numbers left-to-right.

`rtl_table(df)` renders a DataFrame as a plain HTML table (an object Jupyter shows
through `_repr_html_`): columns holding Persian text are right-aligned with
`direction: rtl`, numeric columns stay left-to-right (right-aligned), and long cells
are cut with the full text in a `title` tooltip. The HTML is a pure function of the
frame: no random ids, so notebook outputs are byte-stable (nbval).

`rtl_styler(df)` is the same preset as a pandas `Styler`, with a fixed uuid.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .viewer import FONT_STACK

# Arabic-script letters (Persian included), and the presentation forms.
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

CSS = f"""
.pna-table {{ border-collapse: collapse; font-size: 13px; font-family: {FONT_STACK}; }}
.pna-table th, .pna-table td {{ border-bottom: 1px solid #e3e3e3; padding: 0.25em 0.6em;
  vertical-align: top; }}
.pna-table th {{ background: #f3f3f3; font-weight: bold; }}
.pna-table td.pna-rtl {{ direction: rtl; text-align: right; unicode-bidi: isolate; }}
.pna-table td.pna-num {{ direction: ltr; text-align: right; font-variant-numeric: tabular-nums;
  unicode-bidi: isolate; }}
.pna-table td.pna-ltr {{ direction: ltr; text-align: left; }}
.pna-table td[title] {{ cursor: help; }}
.pna-table caption {{ caption-side: top; text-align: left; color: #555; font-size: 0.9em; }}
"""


def is_persian(value: Any) -> bool:
    """Whether a cell holds Arabic-script (Persian) text."""
    return isinstance(value, str) and bool(_ARABIC.search(value))


def persian_columns(df: pd.DataFrame, share: float = 0.3) -> list[str]:
    """Text columns where at least `share` of the non-empty cells are Persian."""
    cols = []
    for col in df.columns:
        if pd.api.types.is_numeric_dtype(df[col]) or pd.api.types.is_bool_dtype(df[col]):
            continue
        values = [v for v in df[col].tolist() if isinstance(v, str) and v.strip()]
        if values and sum(map(is_persian, values)) / len(values) >= share:
            cols.append(col)
    return cols


def numeric_columns(df: pd.DataFrame) -> list[str]:
    """Numeric (and boolean) columns."""
    return [
        c
        for c in df.columns
        if pd.api.types.is_numeric_dtype(df[c]) or pd.api.types.is_bool_dtype(df[c])
    ]


def truncate(text: str, max_chars: int) -> str:
    """`text` cut to `max_chars` characters (an ellipsis marks the cut)."""
    if max_chars <= 0 or len(text) <= max_chars:
        return text
    cut = text[: max_chars - 1].rstrip(" \u200c")
    return cut + "…"


def format_cell(value: Any) -> str:
    """A cell as text: integers plain, floats without noise, None/NaN empty."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else f"{value:.6g}"
    if isinstance(value, (list, tuple)):
        return "، ".join(format_cell(v) for v in value)
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


@dataclass
class RtlTable:
    """A DataFrame rendered for reading; Jupyter shows `.html`."""

    frame: pd.DataFrame
    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.frame.to_string(max_colwidth=40)


def rtl_table(
    df: pd.DataFrame,
    max_chars: int = 60,
    columns: Iterable[str] | None = None,
    rtl: Iterable[str] | None = None,
    index: bool = False,
    caption: str = "",
    max_rows: int = 200,
) -> RtlTable:
    """Render `df` (or its `columns`) with Persian columns RTL and long cells cut (full text on hover)."""
    if columns is not None:
        df = df[list(columns)]
    if index:
        df = df.reset_index()
    df = df.head(max_rows)
    rtl_cols = set(persian_columns(df) if rtl is None else rtl)
    num_cols = set(numeric_columns(df))
    out = ['<div class="pna-table-wrap">', f"<style>{CSS}</style>", '<table class="pna-table">']
    if caption:
        out.append(f"<caption>{html.escape(caption)}</caption>")
    out.append(
        "<thead><tr>"
        + "".join(
            f'<th dir="{"rtl" if c in rtl_cols else "ltr"}">{html.escape(str(c))}</th>'
            for c in df.columns
        )
        + "</tr></thead>"
    )
    out.append("<tbody>")
    for row in df.itertuples(index=False, name=None):
        cells = []
        for col, value in zip(df.columns, row):
            text = format_cell(value)
            if col in num_cols:
                cls, direction = "pna-num", "ltr"
            elif col in rtl_cols:
                cls, direction = "pna-rtl", "rtl"
            else:
                cls, direction = "pna-ltr", "ltr"
            shown = truncate(text, max_chars) if col not in num_cols else text
            title = f' title="{html.escape(text, quote=True)}"' if shown != text else ""
            cells.append(
                f'<td class="{cls}" dir="{direction}"{title}>{html.escape(shown, quote=False)}</td>'
            )
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    return RtlTable(df, "\n".join(out))


def rtl_styler(df: pd.DataFrame, max_chars: int = 60) -> pd.io.formats.style.Styler:
    """The same preset as a pandas Styler (fixed uuid: byte-stable HTML)."""
    rtl_cols = persian_columns(df)
    num_cols = numeric_columns(df)
    digest = hashlib.sha1(pd.util.hash_pandas_object(df.astype(str), index=True).values.tobytes())
    styler = df.style.set_uuid(digest.hexdigest()[:8]).hide(axis="index")
    styler = styler.format(lambda v: truncate(format_cell(v), max_chars), subset=rtl_cols or None)
    if rtl_cols:
        styler = styler.set_properties(
            subset=rtl_cols,
            **{"direction": "rtl", "text-align": "right", "font-family": FONT_STACK},
        )
    if num_cols:
        styler = styler.set_properties(
            subset=num_cols, **{"direction": "ltr", "text-align": "right"}
        )
    long = (
        df[rtl_cols].map(lambda v: format_cell(v) if len(format_cell(v)) > max_chars else "")
        if rtl_cols
        else None
    )
    if long is not None and (long != "").any().any():
        styler = styler.set_tooltips(long.reindex(columns=df.columns).fillna(""))
    return styler
