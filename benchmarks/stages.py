"""Where the time goes: warm seconds per stage of the full analysis, in one process.

    .venv/bin/python -m benchmarks.stages            # the bundled articles, repeated to ~2 MB
    .venv/bin/python -m benchmarks.stages --mb 5 --repeat 5

hazm and the lexicons are loaded and the garbage collector is tuned first (as the
engine does), then the articles are analysed `--repeat` times; each stage's best
time over the repeats is printed, next to hazm's normalize + sentence split +
tokenize over the same articles (also warm, best of the repeats). The table of
docs/scale.md ("Where the time goes") comes from this command.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager

from analysis import engine, pipeline, text
from analysis.corpus import Article, iter_articles

from .corpus import build_corpus

STAGES = {  # row name: (module, function) timed where the pipeline calls it
    "normalize": (text, "normalize"),
    "split sentences": (text, "split_sentences"),
    "tokens and lemmas": (text, "tokenize"),
    "mentions": (pipeline.mentions_mod, "find_mentions"),
    "meetings": (pipeline.meetings_mod, "extract_meetings"),
    "quotes": (pipeline.quotes_mod, "extract_quotes"),
    "statistics": (pipeline.statistics_mod, "extract_statistics"),
    "tables": (pipeline.Tables, "frames"),
}


@contextmanager
def timed(seconds: dict[str, float]):
    """Wrap every function of STAGES so that its time adds up in `seconds`."""
    saved = {name: getattr(owner, fn) for name, (owner, fn) in STAGES.items()}

    def wrap(name, f):
        def run(*args, **kwargs):
            t = time.perf_counter()
            try:
                return f(*args, **kwargs)
            finally:
                seconds[name] += time.perf_counter() - t
        return run

    for name, (owner, fn) in STAGES.items():
        setattr(owner, fn, wrap(name, saved[name]))
    try:
        yield
    finally:
        for name, (owner, fn) in STAGES.items():
            setattr(owner, fn, saved[name])


def hazm_seconds(articles: list[Article]) -> float:
    from hazm import Normalizer, SentenceTokenizer, WordTokenizer

    normalizer, sentences, words = Normalizer(), SentenceTokenizer(), WordTokenizer()
    t = time.perf_counter()
    for a in articles:
        for s in sentences.tokenize(normalizer.normalize(a.title + "\n" + a.body)):
            words.tokenize(s)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stages", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=2, help="corpus size in MB (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best counts (default 3)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="stages-") as tmp:
        info = build_corpus(tmp, args.mb)
        articles = [a for a in iter_articles([tmp]) if isinstance(a, Article)]
    best: dict[str, float] = {}
    with engine.tuned_gc():  # hazm, the lexicons, the collector (as a run does)
        for _ in range(args.repeat):
            seconds: dict[str, float] = defaultdict(float)
            with timed(seconds):
                t = time.perf_counter()
                pipeline.analyze(articles)
                seconds["analyze, in all"] = time.perf_counter() - t
            for name, s in seconds.items():
                best[name] = min(best.get(name, s), s)
    hazm = min(hazm_seconds(articles) for _ in range(args.repeat))
    total = best["analyze, in all"]
    print(f"{info['articles']} articles, {info['bytes'] / 1e6:.1f} MB, warm, best of {args.repeat}")
    print(f"{'stage':<28} {'seconds':>8} {'share':>6}")
    for name in [*STAGES, "analyze, in all"]:
        print(f"{name:<28} {best.get(name, 0.0):8.3f} {best.get(name, 0.0) / total:6.0%}")
    print(f"{'hazm normalize+split+tokenize':<28} {hazm:8.3f}")
    print(f"ratio hazm / analyze (warm b/a): {hazm / total:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
