"""Persian labels must come out joined and right-to-left in both paths of `fa()`.

The reference image of a word is what a reader must see: its presentation forms
(arabic_reshaper) in visual order (python-bidi), drawn strictly left to right (an
LRO…PDF override stops any renderer from reordering it again). It is compared
pixel for pixel with matplotlib's rendering of the label `fa()` produces.
"""

from __future__ import annotations

import unicodedata
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest
from arabic_reshaper import reshape
from bidi.algorithm import get_display
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from analysis import plotting
from analysis.plotting import fa, renderer_shapes_text, save_figure, setup_fonts

WORDS = ["ایران", "روسیه", "گفت‌وگو", "رئیس‌جمهور", "همکاری"]
LRO, PDF = "\u202d", "\u202c"  # left-to-right override … pop directional formatting


def render(label: str) -> np.ndarray:
    """Draw a label with matplotlib's Agg renderer; return the grey pixels."""
    fig = Figure(figsize=(3, 0.6), dpi=100)
    FigureCanvasAgg(fig)
    fig.text(0.5, 0.5, label, ha="center", va="center", fontsize=20, family="DejaVu Sans")
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba())[..., 0].copy()


def reference(word: str) -> np.ndarray:
    """What the reader must see: joined forms in visual order, drawn left to right."""
    return render(LRO + get_display(reshape(word)) + PDF)


def logical_from_visual(visual: str) -> str:
    """Read a visual-order string right to left, back to plain letters."""
    return unicodedata.normalize("NFKC", visual[::-1])


# Measured here, independently of the code under test: does Agg draw the raw word right?
AGG_SHAPES = bool(np.array_equal(render(WORDS[0]), reference(WORDS[0])))
needs_shaping = pytest.mark.skipif(not AGG_SHAPES, reason="this matplotlib does not shape text")


@pytest.fixture(autouse=True)
def _no_override():
    plotting.set_shaping(None)
    yield
    plotting.set_shaping(None)


# --- the capability check ---------------------------------------------------------

def test_capability_matches_what_matplotlib_draws():
    """renderer_shapes_text() is True exactly when Agg draws the raw word correctly."""
    assert renderer_shapes_text("agg") is AGG_SHAPES


def test_cairo_backend_does_not_shape():
    assert renderer_shapes_text("module://cairo-thing") is False
    assert renderer_shapes_text("GTK4Cairo") is False


def test_capability_false_when_layout_does_not_shape(monkeypatch):
    """A layout that places letters left to right in isolated forms means: no shaping."""
    from matplotlib import _text_helpers, font_manager

    font = font_manager.get_font(font_manager.findfont("DejaVu Sans"))
    cmap = font.get_charmap()

    def ltr_layout(string, font, **kwargs):
        return [SimpleNamespace(char=ch, glyph_index=cmap.get(ord(ch), 0), x=10.0 * i)
                for i, ch in enumerate(string)]

    monkeypatch.setattr(_text_helpers, "layout", ltr_layout)
    plotting._layout_shapes_text.cache_clear()
    try:
        assert plotting._layout_shapes_text() is False
        assert renderer_shapes_text("agg") is False
        assert fa("ایران") == get_display(reshape("ایران"))
    finally:
        plotting._layout_shapes_text.cache_clear()


def test_override_forces_either_path():
    with plotting.shaping_mode(False):
        assert fa("ایران") == get_display(reshape("ایران"))
    with plotting.shaping_mode(True):
        assert fa("ایران") == "ایران"
    assert renderer_shapes_text() is plotting._layout_shapes_text()


# --- shaping path: matplotlib shapes, fa() must pass text through -----------------

@needs_shaping
@pytest.mark.parametrize("word", WORDS)
def test_shaping_path_renders_like_reference(word):
    assert fa(word) == word
    assert np.array_equal(render(fa(word)), reference(word))


@needs_shaping
@pytest.mark.parametrize("word", WORDS)
def test_wrong_path_on_shaping_renderer_is_detected(word):
    """Reshaped + reordered text on a shaping renderer comes out reversed: not the reference."""
    assert not np.array_equal(render(fa(word, shaping=False)), reference(word))


@needs_shaping
def test_shaping_path_first_letter_drawn_rightmost():
    """Glyph positions from matplotlib's layout: first logical letter right of the last."""
    from matplotlib import _text_helpers, font_manager

    font = font_manager.get_font(font_manager.findfont("DejaVu Sans"))
    font.set_size(20, 72)
    word = "کشور"
    items = list(_text_helpers.layout(fa(word), font))
    x_of = {unicodedata.normalize("NFKC", it.char): it.x for it in items}
    assert x_of[word[0]] > x_of[word[-1]]
    # and the wrong label puts them the other way round
    items = list(_text_helpers.layout(fa(word, shaping=False), font))
    x_of = {unicodedata.normalize("NFKC", it.char): it.x for it in items}
    assert x_of[word[0]] < x_of[word[-1]]


# --- fallback path: renderer does not shape, fa() must give visual order -----------

@pytest.mark.parametrize("word", WORDS)
def test_fallback_path_is_visual_order(word):
    out = fa(word, shaping=False)
    assert out == get_display(reshape(word))
    assert out != word
    # read right to left, the presentation forms spell the word (ZWNJ is dropped)
    assert logical_from_visual(out) == word.replace("\u200c", "")
    # the first logical letter is drawn last (rightmost), in a joining form
    assert unicodedata.normalize("NFKC", out[-1]) == word[0]
    assert "FORM" in unicodedata.name(out[-1])


@needs_shaping
@pytest.mark.parametrize("word", WORDS)
def test_fallback_path_on_plain_renderer_looks_like_shaped_text(word):
    """Drawn left to right with no reordering (a non-shaping renderer), the fallback
    label is pixel-identical to matplotlib's own shaping of the raw word."""
    assert np.array_equal(render(LRO + fa(word, shaping=False) + PDF), render(word))
    # the raw word on such a renderer would be reversed
    assert not np.array_equal(render(LRO + word + PDF), render(word))


def test_non_persian_labels_pass_through():
    for shaping in (True, False):
        assert fa("Reuters 2024", shaping=shaping) == "Reuters 2024"
        assert fa(None, shaping=shaping) == ""


def test_fallback_keeps_lines_in_order():
    out = fa("ایران\nروسیه", shaping=False)
    assert out.split("\n") == [get_display(reshape("ایران")), get_display(reshape("روسیه"))]


# --- fonts and saving ---------------------------------------------------------------

def test_setup_fonts_ends_with_dejavu():
    with matplotlib.rc_context():
        fonts = setup_fonts()
        assert fonts[-1] == "DejaVu Sans"
        assert matplotlib.rcParams["font.family"] == fonts


def test_save_figure_writes_png_and_deterministic_svg(tmp_path):
    def draw(out_dir):
        fig = Figure(figsize=(3, 2))
        ax = fig.subplots()
        ax.barh([fa("ایران"), fa("روسیه")], [3, 2])
        return save_figure(fig, "demo", out_dir)

    paths = draw(tmp_path / "a")
    assert [p.name for p in paths] == ["demo.png", "demo.svg"]
    assert paths[0].read_bytes().startswith(b"\x89PNG")
    again = draw(tmp_path / "b")
    assert paths[1].read_bytes() == again[1].read_bytes()
    assert paths[0].read_bytes() == again[0].read_bytes()
    assert b"<dc:date>" not in paths[1].read_bytes()
