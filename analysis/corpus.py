"""Corpus readers: files in, `Article` records out. They know no linguistics.

(Minimal version: one `.txt` file = title line + body. Being extended.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator


@dataclass
class Article:
    """One news story as read from its file, before any normalization."""

    doc_id: str
    source: str  # input file name without extension
    title: str
    body: str
    agency: str = ""
    date: str | None = None  # ISO Gregorian date
    date_raw: str = ""  # the date as the source wrote it
    meta: dict = field(default_factory=dict)  # outlet, url, cited_source, path, ...


@dataclass
class ReadError:
    """An input that could not be read; becomes a row of the `errors` table."""

    source: str
    doc_id: str
    stage: str
    error: str


def iter_articles(inputs: list[str | Path]) -> Iterator[Article | ReadError]:
    """Yield the articles of every input file (and a `ReadError` per failure)."""
    for path in _expand(inputs):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            yield ReadError(path.stem, path.stem, "read", f"{path}: {exc}")
            continue
        lines = [line for line in lines if line.strip()]
        if not lines:
            yield ReadError(path.stem, path.stem, "read", f"{path}: empty file")
            continue
        yield Article(path.stem, path.stem, lines[0].strip(), "\n".join(lines[1:]))


def load_corpus(*inputs: str | Path) -> list[Article]:
    """All articles of the inputs (folders, files); unreadable files are skipped."""
    return [a for a in iter_articles(list(inputs)) if isinstance(a, Article)]


def _expand(inputs: list[str | Path]) -> list[Path]:
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*.txt") if q.name.lower() != "readme.txt"))
        else:
            out.append(p)
    return out
