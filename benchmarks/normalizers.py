"""The project's normalization, reference (hazm) and fast, on the same texts.

`reference` is `analysis.text.normalize_reference` (hazm's Normalizer, numbers
protected), `fast` the project's `normalize` (the same, with analysis.fastnorm);
`hazm` and `fast_hazm` are the bare normalizers (`Normalizer().normalize` and
`fastnorm.hazm_normalize`).
"""

from __future__ import annotations

import json
import sys
import time

from analysis.corpus import Article, iter_articles


def main(inputs: list[str], repeat: int = 3) -> None:
    from analysis import fastnorm
    from analysis.text import _normalizer, normalize, normalize_reference

    texts = [p for a in iter_articles(inputs) if isinstance(a, Article) for p in (a.title, a.body)]
    size = sum(len(t.encode()) for t in texts)
    normalize("گرم"), normalize_reference("گرم")  # build hazm's objects first
    variants = (("reference", normalize_reference), ("fast", normalize),
                ("hazm", _normalizer().normalize), ("fast_hazm", fastnorm.hazm_normalize))
    best = {}
    for _ in range(repeat):  # interleaved, best of `repeat`: other load hits both alike
        for name, fn in variants:
            t0 = time.perf_counter()
            for t in texts:
                fn(t)
            best[name] = min(best.get(name, 1e9), time.perf_counter() - t0)
    # What the project's normalize would take with fastnorm's literal-first forms of
    # text.py's ZWNJ clean-up patterns (same matches; docs/scale.md), both sides.
    from analysis import text as project_text

    if hasattr(project_text, "_STRAY_ZWNJ") and hasattr(project_text, "_LOOSE_ZWNJ"):
        saved = project_text._STRAY_ZWNJ, project_text._LOOSE_ZWNJ
        project_text._STRAY_ZWNJ, project_text._LOOSE_ZWNJ = fastnorm.STRAY_ZWNJ, fastnorm.LOOSE_ZWNJ
        try:
            for _ in range(repeat):
                for name, fn in (("reference_zwnj", normalize_reference), ("fast_zwnj", normalize)):
                    t0 = time.perf_counter()
                    for t in texts:
                        fn(t)
                    best[name] = min(best.get(name, 1e9), time.perf_counter() - t0)
        finally:
            project_text._STRAY_ZWNJ, project_text._LOOSE_ZWNJ = saved
    print(json.dumps({"bytes": size, "texts": len(texts), **best}))


if __name__ == "__main__":
    main(sys.argv[1:])
