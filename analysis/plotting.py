"""Plotting helpers: Persian-capable fonts, Persian labels, deterministic PNG/SVG output.

Persian must be *shaped* (letters joined in their contextual forms) and *ordered*
right to left. Since 3.11 matplotlib does both itself (libraqm) in the Agg, PDF,
PS and SVG backends; giving it the old `arabic_reshaper` + `python-bidi` output
then prints the label reversed. Older matplotlib, and renderers that draw text
with their own engine (the Cairo backends), do neither, and need that output.
`fa()` decides by capability (`renderer_shapes_text()`), not by habit.
"""

from __future__ import annotations

import contextlib
import unicodedata
from functools import cache
from pathlib import Path
from typing import Iterator

import matplotlib

# Fonts tried in order; DejaVu Sans (shipped with matplotlib) covers Persian and
# is always last, as per-glyph fallback: Noto Sans Arabic lacks parentheses and Latin.
PERSIAN_FONTS = ["Vazirmatn", "Noto Sans Arabic"]
FALLBACK_FONT = "DejaVu Sans"

# Probe for the capability check: `سلام` starts with a letter that joins to the next one.
_PROBE = "\u0633\u0644\u0627\u0645"

_override: bool | None = None  # set by `set_shaping` / `shaping_mode` for tests


def persian_fonts() -> list[str]:
    """The font family list for Persian text: installed Persian fonts, then DejaVu Sans."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return [name for name in PERSIAN_FONTS if name in installed] + [FALLBACK_FONT]


def setup_fonts() -> list[str]:
    """Make matplotlib draw Persian: set the font family list (with fallback); return it."""
    fonts = persian_fonts()
    matplotlib.rcParams["font.family"] = fonts
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.hashsalt"] = "analysis"  # stable SVG ids
    return fonts


@cache
def _layout_shapes_text() -> bool:
    """Does matplotlib's own text layout join and order Arabic-script text?

    Lays out the probe word with DejaVu Sans through matplotlib's layout helper (the
    one its Agg/PDF/PS/SVG backends use) and checks the result: the first letter
    must be drawn in its initial (joining) form and right of the last letter.
    Falls back to the version number (3.11+) when that helper is not available.
    """
    try:
        from matplotlib import _text_helpers, font_manager

        font = font_manager.get_font(font_manager.findfont(FALLBACK_FONT))
        font.set_size(12, 72)
        items = list(_text_helpers.layout(_PROBE, font))
        cmap = font.get_charmap()

        def glyph(item) -> int:
            return getattr(item, "glyph_index", getattr(item, "glyph_idx", -1))

        first = [it for it in items if it.char.startswith(_PROBE[0])]
        last = [it for it in items if it.char.endswith(_PROBE[-1])]
        if not first or not last:
            return False
        initial_form = cmap.get(0xFEB3)  # ARABIC LETTER SEEN INITIAL FORM
        joined = glyph(first[0]) == initial_form and glyph(first[0]) != cmap.get(ord(_PROBE[0]))
        right_to_left = first[0].x > last[-1].x
        return bool(joined and right_to_left)
    except Exception:  # private API changed: trust the version (3.11 added libraqm)
        major, minor = (int(p) for p in matplotlib.__version__.split(".")[:2])
        return (major, minor) >= (3, 11)


def renderer_shapes_text(backend: str | None = None) -> bool:
    """True when matplotlib (with this backend) shapes and orders Persian text itself."""
    if _override is not None:
        return _override
    backend = (backend or matplotlib.get_backend() or "").lower()
    if "cairo" in backend:  # Cairo's text API neither shapes nor reorders
        return False
    return _layout_shapes_text()


def set_shaping(value: bool | None) -> None:
    """Force the shaping decision (True/False), or None to detect it again."""
    global _override
    _override = value


@contextlib.contextmanager
def shaping_mode(value: bool | None) -> Iterator[None]:
    """Context manager: force the shaping decision inside the block."""
    global _override
    saved = _override
    _override = value
    try:
        yield
    finally:
        _override = saved


def visual_order(text: str) -> str:
    """Shaped (presentation forms) and reordered text for a renderer that does neither."""
    from arabic_reshaper import reshape
    from bidi.algorithm import get_display

    return get_display(reshape(text))


def has_rtl(text: str) -> bool:
    """True if the text holds right-to-left letters (Arabic script, Hebrew)."""
    return any(unicodedata.bidirectional(ch) in ("AL", "R") for ch in text)


def fa(text: object, shaping: bool | None = None) -> str:
    """A Persian label as the renderer needs it: unchanged if it shapes text, else reordered.

    `shaping` forces the path (True: unchanged, False: reshaped and reordered).
    """
    text = "" if text is None else str(text)
    if not has_rtl(text):
        return text
    shapes = renderer_shapes_text() if shaping is None else shaping
    if shapes:
        return text
    return "\n".join(visual_order(line) for line in text.split("\n"))


def save_figure(fig, name: str, out_dir: str | Path = "figures") -> list[Path]:
    """Save `fig` as OUT_DIR/NAME.png and OUT_DIR/NAME.svg (deterministic SVG); return paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    png, svg = out / f"{name}.png", out / f"{name}.svg"
    with matplotlib.rc_context({"svg.hashsalt": "analysis"}):
        fig.savefig(png, dpi=150, bbox_inches="tight", metadata={"Software": None})
        fig.savefig(svg, bbox_inches="tight", metadata={"Date": None})
    return [png, svg]
