"""Corpus readers: files in, `Article` records out. They know no linguistics.

Inputs are folders (searched recursively), files or glob patterns:

- `.txt`: a title line and the body; or a page of several stories (paragraphs
  separated by blank lines, each story opening with a headline), split into its
  stories. Page furniture (`انتهای پیام/`, `نظرات`, `captcha`, ...) is dropped.
- `.jsonl` / `.csv`: one article per record, columns `title` + `body` or `text`
  (title = its first line), optional `date`, `url`, `agency`, `outlet`; the column
  names are keyword arguments of `iter_articles`.
- `.html` / `.htm`: saved pages, main text extracted by `analysis.html`.

A `metadata.csv` beside the files (column `file`, plus `outlet`, `agency`, `date`,
`url`, ...) is attached to the articles of each file. Dates become ISO Gregorian
dates (`analysis.dates`), the original string kept in `date_raw`.

`agency` is who reports the story, read from the text's reporting line
(`به گزارش ایسنا`, `خبرگزاری تسنیم به نقل از خبرگزاری «تاس»`): the text says
which agency wrote it even when the outlet republished it. Without a reporting
line, the metadata's agency is used (`Asriran citing ISNA` → agency عصر ایران,
cited ایسنا). The outlet (the site the file came from) is the metadata's, in
`meta['outlet']`; the cited source is `meta['cited_source']`.

Every input file gives articles or a `ReadError` (stage `read`), never silence.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .dates import parse_date
from .decode import DecodeError, decode_bytes
from .lexicon import furniture as fx

GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "agencies.csv"
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
HTML_SUFFIXES = {".html", ".htm"}
TABULAR_SUFFIXES = JSONL_SUFFIXES | CSV_SUFFIXES
SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES
METADATA_FILE = "metadata.csv"
# Files in a folder that are documentation, not articles.
SKIP_NAMES = re.compile(r"^(readme|license|licence|copying|notice|changelog)\b", re.IGNORECASE)
SKIP_DIRS = {"licenses", "licences", ".git", "__pycache__", ".ipynb_checkpoints"}

MAX_ARTICLE_CHARS = 1_000_000  # an article beyond this (title + body) is an error
MAX_FILE_BYTES = 512 * 1024 * 1024  # a file beyond this is not read at all
HEADLINE_MAX_WORDS = 40  # a headline is a short paragraph...
HEADLINE_MIN_WORDS = 2
SENTENCE_END = ".!?؟…"  # ...without sentence-final punctuation
CLOSERS = "»)]\"'”’›"


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


@dataclass
class Columns:
    """Column (or JSON key) names of tabular inputs."""

    title: str = "title"
    body: str = "body"
    text: str = "text"
    date: str = "date"
    url: str = "url"
    agency: str = "agency"
    outlet: str = "outlet"
    id: str = "id"  # a record's own identifier: its doc_id when unique in the file


# --- public entry points ------------------------------------------------------


def iter_articles(
    inputs: Iterable[str | Path] | str | Path,
    *,
    title_col: str = "title",
    body_col: str = "body",
    text_col: str = "text",
    date_col: str = "date",
    url_col: str = "url",
    agency_col: str = "agency",
    outlet_col: str = "outlet",
    id_col: str = "id",
    metadata: bool = True,
    split_stories: bool = True,
    max_chars: int = MAX_ARTICLE_CHARS,
) -> Iterator[Article | ReadError]:
    """Yield the articles of every input (folders, files, globs), a `ReadError` per failure."""
    cols = Columns(title_col, body_col, text_col, date_col, url_col, agency_col, outlet_col, id_col)
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    for item in _expand(inputs):
        if isinstance(item, ReadError):
            yield item
            continue
        sidecar = _sidecar(item.parent) if metadata else {}
        page_agency = ""  # a story of a page without its own reporting line: the page's
        for out in _read_file(item, cols, split_stories):
            if isinstance(out, Article):
                out = _finish(out, sidecar.get(item.name) or sidecar.get(item.stem), max_chars)
            if isinstance(out, Article) and item.suffix.lower() not in TABULAR_SUFFIXES:
                if out.agency:
                    page_agency = page_agency or out.agency
                elif page_agency:
                    out.agency = page_agency
                    out.meta["agency_from"] = "page"
            yield out


def load_corpus(*inputs: str | Path, **options) -> list[Article]:
    """All articles of the inputs (folders, files, globs); unreadable files are skipped.

    Options are those of `iter_articles`; use it to see the errors as well.
    """
    return [a for a in iter_articles(list(inputs), **options) if isinstance(a, Article)]


def read_errors(*inputs: str | Path, **options) -> list[ReadError]:
    """The read errors of the inputs (what `load_corpus` skips)."""
    return [a for a in iter_articles(list(inputs), **options) if isinstance(a, ReadError)]


# --- files ----------------------------------------------------------------------


def _expand(inputs: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            yield from sorted(
                q for q in p.rglob("*")
                if q.is_file() and q.suffix.lower() in SUFFIXES and _wanted(q, p)
            )
        elif p.exists():
            yield p
        elif glob.has_magic(str(item)):
            matches = sorted(Path(m) for m in glob.glob(str(item), recursive=True))
            files = [m for m in matches if m.is_file() and m.name != METADATA_FILE]
            if not files:
                yield ReadError(p.stem, p.stem, "read", f"{item}: no file matches the pattern")
            yield from files
        else:
            yield ReadError(p.stem, p.stem, "read", f"{item}: no such file or folder")


def _wanted(path: Path, root: Path) -> bool:
    if path.name == METADATA_FILE or SKIP_NAMES.match(path.name):
        return False
    return not any(part.lower() in SKIP_DIRS for part in path.relative_to(root).parts[:-1])


def _read_file(path: Path, cols: Columns, split_stories: bool) -> Iterator[Article | ReadError]:
    source = path.stem
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield ReadError(source, source, "read",
                            f"{path}: file too large ({size} bytes > {MAX_FILE_BYTES})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(source, source, "read", f"{path}: cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield ReadError(source, source, "read", f"{path}: empty file")
        return
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as exc:
        yield ReadError(source, source, "read", f"{path}: cannot decode: {exc}")
        return
    base = {"path": str(path), "encoding": encoding}
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            items = list(_read_jsonl(text, path, cols))
        elif suffix in CSV_SUFFIXES:
            items = list(_read_csv(text, path, cols))
        elif suffix in HTML_SUFFIXES:
            items = list(_read_html(text, path))
        else:
            items = list(_read_page(text, path, split_stories))
    except Exception as exc:  # noqa: BLE001 -- a reader bug must not stop the run
        yield ReadError(source, source, "read", f"{path}: {type(exc).__name__}: {exc}")
        return
    if not items:
        yield ReadError(source, source, "read", f"{path}: no article text (empty or only page furniture)")
        return
    many = len(items) > 1
    ids = _record_ids(items) if suffix in TABULAR_SUFFIXES else None
    for n, item in enumerate(items, start=1):
        item.doc_id = f"{source}/{n}" if many else source
        if isinstance(item, Article):
            if ids:
                item.doc_id = item.meta.pop("id")
            item.meta = {**base, **item.meta}
        yield item


def _record_ids(items: list[Article | ReadError]) -> bool:
    """Whether the records' own ids can be their doc_ids: every article has one, all different.

    Otherwise (some missing, or repeated) the file's articles keep `SOURCE/N`, and the
    ids stay in `meta`.
    """
    ids = [item.meta.get("id", "") for item in items if isinstance(item, Article)]
    return bool(ids) and all(ids) and len(set(ids)) == len(ids)


# --- .txt pages -------------------------------------------------------------------


def _read_page(text: str, path: Path, split_stories: bool = True) -> Iterator[Article]:
    for title, body in split_page(text, split_stories):
        yield Article("", path.stem, title, "\n".join(body))


def split_page(text: str, split_stories: bool = True) -> list[tuple[str, list[str]]]:
    """A page's stories as (title, body paragraphs), furniture dropped.

    A file without blank lines is one story: first line the title. In a page of
    blank-line-separated paragraphs a new story starts at a headline (a short
    paragraph without sentence-final punctuation) that follows a finished body
    paragraph and is followed by a body paragraph, or after an end-of-story marker.
    """
    lines = _drop_link_blocks(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    blocks: list[list[str]] = []
    if nonblank and any(not lines[i].strip() for i in range(nonblank[0], nonblank[-1])):
        current: list[str] = []
        for line in lines:
            if line.strip():
                current.append(line.strip())
            elif current:
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
        paged = True
    else:
        blocks = [[lines[i].strip()] for i in nonblank]
        paged = False

    # Drop furniture lines; an end-of-story marker leaves a boundary behind it.
    paragraphs: list[str | None] = []  # None = a story boundary
    for block in blocks:
        kept = []
        for line in block:
            line, ended = strip_furniture(line)
            if line:
                kept.append(line)
            if ended:
                if kept:
                    paragraphs.append("\n".join(kept))
                    kept = []
                paragraphs.append(None)
        if kept:
            paragraphs.append("\n".join(kept))

    stories: list[tuple[str, list[str]]] = []
    boundary = False
    for i, para in enumerate(paragraphs):
        if para is None:
            boundary = True
            continue
        if not stories or (split_stories and paged and (
                boundary or _starts_story(para, paragraphs, i, stories[-1][1]))):
            first, _, rest = para.partition("\n")
            stories.append((first, [rest] if rest else []))
        else:
            stories[-1][1].append(para)
        boundary = False
    return stories


def _drop_link_blocks(lines: list[str]) -> list[str]:
    """The lines without blocks of links to other stories: a `بیشتر بخوانید:` line and the
    headline-like lines after it (blank lines between them too), or a `بیشتر بخوانید:
    HEADLINE` line alone. Their headlines belong to other stories (`X: statement` would
    read as this story's quote)."""
    head_re = _link_head_re()
    out: list[str] = []
    dropping = False
    for line in lines:
        folded = fold(line).strip()
        m = head_re.fullmatch(folded)
        if m:
            dropping = not m.group("rest")  # a headline after the colon: this line only
            continue
        if dropping and (not folded or is_headline(folded)):
            continue
        dropping = False
        out.append(line)
    return out


@cache
def _link_head_re() -> re.Pattern:
    heads = "|".join(f"(?:{p})" for p in fx.LINK_BLOCK_HEADS)
    return re.compile(rf"(?:{heads})\s*(?::\s*(?P<rest>\S.*)?)?")


def _starts_story(para: str, paragraphs: list[str | None], i: int, body: list[str]) -> bool:
    if not body or not is_headline(para) or not _ends_sentence(body[-1]):
        return False
    following = next((paragraphs[j] for j in range(i + 1, len(paragraphs))
                      if paragraphs[j] is not None), None)
    return (following is not None and not is_headline(following)
            and not _continues_story(following))


def _continues_story(paragraph: str) -> bool:
    """A paragraph that opens with a pronoun or connective (`وی`, `همچنین`, `اما`)
    continues the story before it: the short line above it is a subheading."""
    words = paragraph.replace("\u200c", " ").split()
    return any(words[:len(op.split())] == op.split() for op in _continuation_openers())


@cache
def _continuation_openers() -> tuple[str, ...]:
    return tuple(op.replace("\u200c", " ") for op in fx.CONTINUATION_OPENERS)


def is_headline(paragraph: str) -> bool:
    """A headline: one short line without sentence-final punctuation."""
    if "\n" in paragraph:
        return False
    n_words = len(paragraph.split())
    if not HEADLINE_MIN_WORDS <= n_words <= HEADLINE_MAX_WORDS:
        return False
    return not _ends_sentence(paragraph) and not paragraph.rstrip().endswith((":", "،", ","))


def _ends_sentence(paragraph: str) -> bool:
    tail = paragraph.rstrip().rstrip(CLOSERS).rstrip()
    return bool(tail) and tail[-1] in SENTENCE_END


@cache
def _furniture_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    line_re = re.compile("|".join(f"(?:{p})" for p in fx.FURNITURE_LINES))
    end_re = re.compile(r"/?\s*(?:" + "|".join(fx.END_OF_STORY) + r")\s*/?")
    trailing_re = re.compile(r"\s*/?\s*(?:" + "|".join(fx.END_OF_STORY) + r")\s*/?\s*$")
    # `trailing_re` can only match where one of the markers occurs: searching for the
    # markers first (a literal at each try) spares the leading `\s*` at every position
    marker_re = re.compile("|".join(fx.END_OF_STORY))
    return line_re, end_re, trailing_re, marker_re


def strip_furniture(line: str) -> tuple[str, bool]:
    """The line without page furniture, and whether it ended a story (`انتهای پیام`)."""
    line_re, end_re, trailing_re, marker_re = _furniture_res()
    folded = fold(line)
    if line_re.fullmatch(folded):
        return "", bool(end_re.fullmatch(folded))
    same_length = _translate(line, _SAME_LENGTH_FOLD, _SAME_LENGTH_CHARS)
    m = trailing_re.search(same_length) if marker_re.search(same_length) else None
    if m and m.start() > 0:  # `... است. انتهای پیام/` at the end of a paragraph
        return line[: m.start()].rstrip(), True
    return line, False


# --- .jsonl and .csv ----------------------------------------------------------------


def _read_jsonl(text: str, path: Path, cols: Columns) -> Iterator[Article | ReadError]:
    for n, line in enumerate(text.split("\n"), start=1):  # not splitlines: U+2028 is JSON text
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(path.stem, "", "read", f"{path}: line {n}: invalid JSON: {exc.msg}")
            continue
        if not isinstance(rec, dict):
            yield ReadError(path.stem, "", "read", f"{path}: line {n}: not a JSON object")
            continue
        yield _record(rec, path, cols, f"line {n}")


def _read_csv(text: str, path: Path, cols: Columns) -> Iterator[Article | ReadError]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or not {cols.title, cols.body, cols.text} & set(reader.fieldnames):
        raise ValueError(f"no text columns: expected {cols.title!r} + {cols.body!r} or "
                         f"{cols.text!r}, found {reader.fieldnames}")
    for n, rec in enumerate(reader, start=2):
        yield _record(rec, path, cols, f"row {n}")


def _record(rec: dict, path: Path, cols: Columns, where: str) -> Article | ReadError:
    def get(key: str) -> str:
        value = rec.get(key)
        return "" if value is None else str(value).strip()

    title, body, text = get(cols.title), get(cols.body), get(cols.text)
    if not body and text:
        if title:
            body = text
        else:
            title, _, body = text.lstrip().partition("\n")
    if not title and not body:
        return ReadError(path.stem, "", "read",
                         f"{path}: {where}: no text (columns {cols.title!r}, {cols.body!r}, {cols.text!r} empty or missing)")
    used = {cols.title, cols.body, cols.text, cols.date, cols.url, cols.agency, cols.outlet, cols.id}
    meta = {k: v for k, v in rec.items() if k not in used and k is not None and v not in (None, "")}
    meta.update({"url": get(cols.url), "outlet": get(cols.outlet), "agency_given": get(cols.agency),
                 "id": get(cols.id)})
    article = Article("", path.stem, title.strip(), body.strip(), date_raw=get(cols.date),
                      meta={k: v for k, v in meta.items() if v != ""})
    return article


# --- .html -------------------------------------------------------------------------


def _read_html(text: str, path: Path) -> Iterator[Article]:
    from .html import extract_html

    page = extract_html(text)
    if page is None:
        return
    body = [p for p in (strip_furniture(line)[0] for line in page.body.split("\n")) if p]
    title = page.title
    if not title and body:
        title, body = body[0], body[1:]
    meta = {k: v for k, v in {"url": page.url, "outlet": page.sitename}.items() if v}
    yield Article("", path.stem, title, "\n".join(body), date_raw=page.date, meta=meta)


# --- metadata, dates, agency -----------------------------------------------------------


@cache
def _sidecar_cached(folder: str, mtime: float) -> dict[str, dict]:
    path = Path(folder) / METADATA_FILE
    try:
        text, _ = decode_bytes(path.read_bytes())
    except (OSError, DecodeError):
        return {}
    rows = {}
    for rec in csv.DictReader(io.StringIO(text, newline="")):
        name = (rec.get("file") or rec.get("filename") or rec.get("source") or "").strip()
        if name:
            rows[name] = {k: (v or "").strip() for k, v in rec.items() if k}
    return rows


def _sidecar(folder: Path) -> dict[str, dict]:
    path = folder / METADATA_FILE
    try:
        return _sidecar_cached(str(folder), path.stat().st_mtime)
    except OSError:
        return {}


def _finish(article: Article, row: dict | None, max_chars: int) -> Article | ReadError:
    """Attach sidecar metadata, parse the date, find the agency, check the size."""
    meta = dict(article.meta)
    given_agency = meta.pop("agency_given", "")
    if row:
        given_agency = row.get("agency", "") or given_agency
        for key, value in row.items():
            if key in ("file", "agency", "date") or not value:
                continue
            meta.setdefault(key, value)
            if key in ("outlet", "url"):
                meta[key] = value
        if row.get("date"):
            article.date_raw = row["date"]
    size = len(article.title) + len(article.body)
    if size > max_chars:
        return ReadError(article.source, article.doc_id, "read",
                         f"{meta.get('path', article.source)}: article too large "
                         f"({size} characters > max {max_chars})")
    article.date = parse_date(article.date_raw)
    agency, cited, how = resolve_agency(article.body, given_agency)
    article.agency = agency
    if given_agency:
        meta["agency_metadata"] = given_agency
    if cited:
        meta["cited_source"] = cited
    if agency:
        meta["agency_from"] = how
    article.meta = meta
    return article


_SAME_LENGTH_FOLD = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "\u00a0": " "})
_FOLD = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "\u00ad": "\u200c", "\u200f": None,
                       "\u200e": None, "\u00a0": " ", "\u0640": None, "\u200d": None})
_DIACRITICS = re.compile("[\u064b-\u0652\u0670]")
# the characters each table changes: most lines have none, and `str.translate`
# with a dict table costs a lookup per character
_SAME_LENGTH_CHARS = re.compile("[" + "".join(map(chr, _SAME_LENGTH_FOLD)) + "]")
_FOLD_CHARS = re.compile("[" + "".join(map(chr, _FOLD)) + "]")


def _translate(text: str, table: dict, chars: re.Pattern) -> str:
    """`text.translate(table)`, skipped when no character of the table occurs."""
    return text.translate(table) if chars.search(text) else text
_JOINERS = re.compile(r"[\s\u200c]+")


def fold(text: str) -> str:
    """Text folded for matching: ی/ک, no diacritics or tatweel, soft hyphen as ZWNJ, one space."""
    text = _DIACRITICS.sub("", _translate(text, _FOLD, _FOLD_CHARS))
    return re.sub(r"\u200c*[ \t]+\u200c*", " ", text).strip()


def _key(name: str) -> str:
    """A name's lookup key: folded, lower case, without spaces and ZWNJ."""
    return _JOINERS.sub("", fold(name)).lower()


@dataclass(frozen=True)
class _Agencies:
    pattern: re.Pattern
    by_variant: dict[str, str]  # folded variant → canonical name


@cache
def _agencies() -> _Agencies:
    by_variant: dict[str, str] = {}
    spellings: set[str] = set()
    with GAZETTEER.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"].strip()
            names = [name, row.get("english", ""), *(row.get("variants") or "").split("|")]
            for variant in names:
                if variant.strip():
                    by_variant.setdefault(_key(variant), name)
                    spellings.add(fold(variant))
    # space and ZWNJ between the parts of a name are interchangeable, or absent
    alts = ["[\\s\u200c]*".join(map(re.escape, _JOINERS.split(v)))
            for v in sorted(spellings, key=len, reverse=True)]
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(alts) + r")(?![^\W_])", re.IGNORECASE)
    return _Agencies(pattern, by_variant)


def canonical_agency(name: str) -> str:
    """The gazetteer's name of an agency (`ISNA`, `ايسنا` → ایسنا); the name itself if unknown."""
    name = fold(name).strip(" «»\"'")
    return _agencies().by_variant.get(_key(name), name)


def _words(*phrases: str) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


_CITE = _words(*fx.CITE_CUES)
_KINDS = re.compile(rf"(?<![^\W_])(?:{_words(*fx.SOURCE_KINDS)})(?![^\W_])")
_SKIP_WORDS = set(fx.DESK_WORDS) | set(fx.SOURCE_ADJECTIVES)
# The end of a source's name: punctuation, a dash, `به نقل از`, or (for cited sources) ` از `.
_PHRASE_END = re.compile(r"[،,:؛;.\n]|\s[-–—]\s|به نقل از|(?<=\s)از\s")
_QUOTED = re.compile(r"[«\"“]([^»\"”]{1,40})[»\"”]")
_PHRASE_WINDOW = 70
_LEAD_PARAGRAPHS = 3


def _phrase(text: str, start: int) -> tuple[str, int]:
    window = text[start:start + _PHRASE_WINDOW]
    m = _PHRASE_END.search(window)
    end = m.start() if m else len(window)
    return window[:end].strip(), start + end


def source_name(phrase: str, strict: bool) -> str:
    """The source a phrase names (`گروه بین الملل خبرگزاری تسنیم` → تسنیم), or ''.

    strict: only a known agency, a «quoted» name, or a name after a kind word
    (`خبرگزاری X`); otherwise also any short phrase (for cited sources).
    """
    kinds = list(_KINDS.finditer(phrase))
    tail = phrase[kinds[-1].end():] if kinds else phrase
    known = _agencies().pattern.search(tail)
    if known:
        return _agencies().by_variant[_key(known.group())]
    if kinds and (known := _agencies().pattern.search(phrase[kinds[-1].start():])):
        return _agencies().by_variant[_key(known.group())]  # `خبرگزاری فرانسه`
    quoted = _QUOTED.search(tail)
    if quoted:
        return quoted.group(1).strip()
    words = [w for w in tail.split() if w not in _SKIP_WORDS]
    words = [w.strip("«»\"'()") for w in words if w.strip("«»\"'()")]
    if kinds and 1 <= len(words) <= 3:
        return " ".join(words)
    if not strict and not kinds and 1 <= len(words) <= 4:
        return " ".join(words)
    return ""


_REPORT_RE = re.compile(rf"\s*(?:{_words(*fx.REPORT_CUES)})\s*")
_CITE_START_RE = re.compile(rf"\s*[،,]?\s*(?:{_CITE})\s*")
_DATELINE_RE = re.compile(
    rf"^([^{fx.DATELINE_SEPARATORS}\n]{{2,60}}?)\s*([{fx.DATELINE_SEPARATORS}])")
_REPORTED_RE = re.compile(rf"^\s*(\S+(?: \S+)?)\s+(?:{_words(*fx.REPORTED_VERBS)})")
_KIND_CITING_RE = re.compile(
    rf"\s*((?:\S+\s+){{0,5}}?(?:{_KINDS.pattern})\s+\S+(?:\s+\S+)?)\s*(?={_CITE})")
# `تهران - ایرنا - ...`: a place, then the agency, between dashes
_CITY_DATELINE_RE = re.compile(r"^\s*[^\s\-–—]+(?: [^\s\-–—]+)?\s*[-–—]\s*([^\-–—]{2,40}?)\s*[-–—]")
_LEAD_CHARS = 400  # the reporting line opens its paragraph


def find_reporting_line(body: str) -> tuple[str, str]:
    """(agency, cited source) from the reporting line at the start of a lead paragraph."""
    cited_only = ""
    leads = [line for line in body.split("\n", _LEAD_PARAGRAPHS * 4) if line.strip()]
    for line in (fold(line[:_LEAD_CHARS]) for line in leads[:_LEAD_PARAGRAPHS]):
        agency, end = "", 0
        if m := _REPORT_RE.match(line):  # به گزارش X (به نقل از Y)
            phrase, end = _phrase(line, m.end())
            agency = source_name(phrase, strict=True)
        elif m := _CITE_START_RE.match(line):  # طبق گزارش X: a cited source only
            if not cited_only:
                cited_only = source_name(_phrase(line, m.end())[0], strict=False)
            continue
        elif m := _DATELINE_RE.match(line):  # خبرگزاری X - ..., X: ..., X به نقل از Y
            head = m.group(1)
            if cite_in_head := re.search(_CITE, head):
                head = head[: cite_in_head.start()]
            name = source_name(head, strict=True)
            known = _agencies().pattern.search(head.strip(" «»") + "$")
            if m.group(2) in "-–—":  # `برنا - ...`, `گروه بین‌الملل خبرگزاری تسنیم - ...`
                ok = bool(known or _KINDS.search(head))
            else:  # `خبرگزاری فارس: ...`, `ایرنا: ...` but not `روزنامه گاردین نوشت: ...`
                ok = bool(known) and known.end() == len(head.strip(" «»")) and len(head.split()) <= 4
            if name and ok:
                agency, end = name, m.start(1) + len(head)
            elif (seg := _CITY_DATELINE_RE.match(line)) and _agencies().pattern.search(seg.group(1)):
                agency, end = source_name(seg.group(1), strict=True), seg.end(1)  # تهران - ایرنا -
        if not agency and (m := _REPORTED_RE.match(line)) and _agencies().pattern.fullmatch(
                m.group(1).strip(" «»")):  # X گزارش داد
            agency = source_name(m.group(1), strict=True)
        if not agency and (m := _KIND_CITING_RE.match(line)) and (  # خبرگزاری X به نقل از Y
                _agencies().pattern.search(m.group(1)) or _QUOTED.search(m.group(1))):
            agency, end = source_name(m.group(1), strict=True), m.end()
        if agency:
            rest = line[end:]
            cited = ""
            if c := _CITE_START_RE.match(rest):
                cited = source_name(_phrase(rest, c.end())[0], strict=False)
            return agency, cited
    return "", cited_only


def resolve_agency(body: str, given: str = "") -> tuple[str, str, str]:
    """(agency, cited source, where from: 'text' or 'metadata') of an article."""
    agency, cited = find_reporting_line(body)
    given_main, given_cited = "", ""
    if given:
        parts = re.split(r"\s+(?:citing|via)\s+|\s*به نقل از\s*", given.strip(), maxsplit=1)
        given_main = canonical_agency(parts[0])
        given_cited = canonical_agency(parts[1]) if len(parts) > 1 else ""
    if agency:
        return agency, cited, "text"
    if given_main:
        return given_main, cited or given_cited, "metadata"
    return "", cited, ""


__all__ = [
    "Article", "Columns", "ReadError", "canonical_agency", "find_reporting_line", "fold",
    "is_headline", "iter_articles", "load_corpus", "read_errors", "resolve_agency",
    "source_name", "split_page", "strip_furniture",
]
