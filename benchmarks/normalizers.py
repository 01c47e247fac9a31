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
    print(json.dumps({"bytes": size, "texts": len(texts), **best}))


if __name__ == "__main__":
    main(sys.argv[1:])
