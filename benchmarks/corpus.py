"""Build a benchmark corpus by repeating the bundled articles (JSONL shards, not committed)."""

from __future__ import annotations

import json
from pathlib import Path

from analysis.corpus import Article, iter_articles

ROOT = Path(__file__).resolve().parents[1]
SHARD_ARTICLES = 500  # articles per JSONL shard: the reader holds one shard at a time


def bundled_articles(raw: str | Path = ROOT / "data/raw") -> list[Article]:
    """The bundled articles, read once by the project's reader."""
    return [a for a in iter_articles([raw]) if isinstance(a, Article)]


def build_corpus(folder: str | Path, megabytes: float, raw: str | Path = ROOT / "data/raw") -> dict:
    """Write `shard-NNNNN.jsonl` files of repeated articles until `megabytes` of text.

    The size counted is the UTF-8 text of title and body (what is analysed).
    Returns {"articles", "bytes", "files"}.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    articles = bundled_articles(raw)
    records = [
        json.dumps({"title": a.title, "body": a.body, "date": a.date_raw or a.date or "",
                    "agency": a.agency, "url": a.meta.get("url", ""),
                    "outlet": a.meta.get("outlet", "")}, ensure_ascii=False)
        for a in articles
    ]
    sizes = [len((a.title + "\n" + a.body).encode()) for a in articles]
    target = int(megabytes * 1e6)
    total = n = shard = 0
    out = None
    while total < target:
        if n % SHARD_ARTICLES == 0:
            if out:
                out.close()
            out = (folder / f"shard-{shard:05d}.jsonl").open("w", encoding="utf-8")
            shard += 1
        i = n % len(records)
        out.write(records[i] + "\n")
        total += sizes[i]
        n += 1
    if out:
        out.close()
    return {"articles": n, "bytes": total, "files": shard, "distinct": len(records)}
