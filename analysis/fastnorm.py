"""A fast normalizer with the output of the project's hazm-based normalization.

hazm's `Normalizer.normalize` runs some thirty full passes over the text (a
`str.translate` through a dict, twenty-five regular expressions, a tokenizer and
a Python loop per token). Here the same rules, built from hazm's own objects and
constants at first use (never copied), run in fewer and cheaper passes:

- the character maps (`TRANSLATION_SRC/DST`, then `NUMBERS_SRC/DST`) are composed
  into one map, applied by a regular expression that only visits the characters
  that change (they are rare in Persian news);
- every regular-expression rule of hazm runs in hazm's order, but only when a
  cheap test (a substring, or a regex with a literal first character) shows it can
  match at all: the test is a necessary condition, so skipping never changes the
  output;
- a few slow rules are rewritten into equivalent forms that start with a literal
  (the equivalence is argued next to each one, and checked by the tests);
- `token_spacing` (joining `می رود` → `می‌رود`, `کتاب ها` → `کتاب‌ها`) is the same
  decision as hazm's, on precomputed sets, looking only at tokens that can join;
- the `می` separation and repeated-letter rules memoize per word.

Start-up: what is slow to derive from hazm (its word list, the conjugated forms of
its verb list, the join table) is built once per process (`hazm_data`), shared
with `analysis.text`'s lemmatizer, and kept in a small on-disk cache keyed by
hazm's version, the sizes and mtimes of hazm's data and code files and this
file's source, so that a new process (a dask worker) loads it instead of parsing
`words.dat` and conjugating every verb again (see `hazm_data`).

`hazm_normalize(text) == hazm.Normalizer().normalize(text)`, and `normalize` is
the project's number-protecting wrapper around it: `analysis.text.normalize`
(fastnorm) equals `analysis.text.normalize_reference` (hazm), which add the same
clean-up around it. Both are checked on the whole bundled corpus and by a fuzz
test (tests/test_fastnorm.py). Design notes: docs/scale.md.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import compress, count, islice
from pathlib import Path

ZWNJ = "\u200c"


@dataclass
class _Rule:
    """One hazm regex rule, with a cheap necessary condition for it to match."""

    pattern: re.Pattern
    repl: str | Callable[[re.Match], str]
    guard: Callable[[str], bool] | None = None  # None: always run
    # The guard's one substring, when it is `_contains` of one (`_apply_all` tests it inline).
    needle: str | None = field(init=False)

    def __post_init__(self):
        self.needle = getattr(self.guard, "needle", None)

    def apply(self, text: str) -> str:
        if self.guard is not None and not self.guard(text):
            return text
        return self.pattern.sub(self.repl, text)


def _apply_all(rules: list[_Rule], text: str) -> str:
    """`rule.apply` of each rule in turn, a one-substring guard tested here (no calls)."""
    for rule in rules:
        needle = rule.needle
        if needle is None:
            text = rule.apply(text)
        elif needle in text:
            text = rule.pattern.sub(rule.repl, text)
    return text


@dataclass
class _Fused:
    """Consecutive hazm rules done in one pass when `when(text)` holds (else one by one)."""

    pattern: re.Pattern
    repl: str
    rules: list[_Rule]
    when: Callable[[str], bool]

    def apply(self, text: str) -> str:
        if self.when(text):
            return self.pattern.sub(self.repl, text)
        for rule in self.rules:
            text = rule.apply(text)
        return text


def _contains(*needles: str) -> Callable[[str], bool]:
    """Guard: the text contains at least one of the needles."""
    if len(needles) == 1:
        needle = needles[0]
        guard = lambda text: needle in text
        guard.needle = needle  # for `_apply_all`
        return guard
    return lambda text: any(n in text for n in needles)


def _searches(pattern: str) -> Callable[[str], bool]:
    """Guard: a (fast, literal-first) regex finds something."""
    search = re.compile(pattern).search
    return lambda text: search(text) is not None


def _any_search(*patterns: str) -> Callable[[str], bool]:
    """Guard: one of several literal-first regexes finds something.

    Each pattern starts with a literal (up to its first `(`), looked for with `in`
    (much faster than the regex scan) before the regex runs.
    """
    checks = [(p[:p.index("(")], re.compile(p).search) for p in patterns]
    return lambda text: any(lit in text and search(text) is not None for lit, search in checks)


# --- hazm's lists, derived once per process and cached on disk ---------------------------

CACHE_DIR_ENV = "ANALYSIS_CACHE_DIR"  # the cache's folder (default: $XDG_CACHE_HOME/analysis)
NO_CACHE_ENV = "ANALYSIS_NO_CACHE"  # set (to anything but "" or "0"): no on-disk cache
_CACHE_FORMAT = 3  # bump when the cached fields or their encoding change
_CACHE_KEEP = 4  # cache files kept per cache name (other hazm versions, older sources), newest first
# hazm's modules whose code derives the cached tables (with its data files).
_HAZM_SOURCES = ("__init__.py", "constants.py", "lemmatizer.py", "normalizer.py", "stemmer.py",
                 "utils.py", "word_tokenizer.py")
_TABLES_CACHE = "hazm-tables"  # the name of hazm_data's cache files


@dataclass(frozen=True)
class HazmData:
    """hazm's word and verb lists as the normalizer and the lemmatizer use them.

    `words` are the words of hazm's `words.dat` (`WordTokenizer.words`), `verbs`
    is `Lemmatizer(joined_verb_parts=False).verbs` (every conjugated form → its
    `past#present` verb; its keys are exactly the `Normalizer._verbs` set).
    `token_spacing` joins `prev token` into `prev‌token` when that is a verb or a
    word with a count > 0: `zwnj_words` are those words that contain a ZWNJ (only
    they can be such a join), `tails` every string that can be the `token` of a
    join (what follows a ZWNJ in a verb or in one of `zwnj_words`) and hazm's
    suffixes, and `prefixes` every string that can be its `prev` (what comes
    before such a ZWNJ); `heads` is the same as a table `token → {prev}`. hazm's Normalizer
    builds these lists with a second `Lemmatizer` and two more parses of
    `words.dat`; one set serves both here.
    """

    words: frozenset[str]
    verbs: dict[str, str]
    tails: frozenset[str]
    prefixes: frozenset[str]
    zwnj_words: frozenset[str]
    tokenizer_pattern: str  # hazm's WordTokenizer pattern (checked by `_tables`)
    repeat_pattern: re.Pattern  # Normalizer.more_than_two_repeat_pattern
    repeated_chars_pattern: re.Pattern  # Normalizer.repeated_chars_pattern

    @cached_property
    def heads(self) -> dict[str, frozenset[str]]:
        """The join table: `heads[b]` holds `a` when `a‌b` is a verb or one of `zwnj_words`.

        Every one of `tails` has an entry (hazm's suffixes may have an empty one).
        Built on demand (tests, inspection): `_token_spacing` tests `a‌b` directly.
        """
        heads: dict[str, set[str]] = {tail: set() for tail in self.tails}
        for entry in (*self.verbs, *self.zwnj_words):
            pos = entry.find(ZWNJ)
            while pos != -1:
                heads[entry[pos + 1:]].add(entry[:pos])
                pos = entry.find(ZWNJ, pos + 1)
        return {token: frozenset(prevs) for token, prevs in heads.items()}


@cache
def hazm_data() -> HazmData:
    """The `HazmData` of this process (see `load_hazm_data`), once per process."""
    return load_hazm_data()


def load_hazm_data() -> HazmData:
    """hazm's lists: from the on-disk cache when it is valid, else built (and cached).

    The cache file is keyed by hazm's version, the sizes and mtimes of hazm's data
    files and of the hazm modules that derive the tables, this file's source and
    Python's version (`cache_key`); see `read_cache`/`write_cache` for the file
    itself. `ANALYSIS_NO_CACHE=1` turns it off; `ANALYSIS_CACHE_DIR` moves it. A
    valid cache needs no import of hazm (it imports nltk: a fifth of a second).
    """
    path = _cache_path()
    if path is not None:
        data = _load_cache(path[0], path[1])
        if data is not None:
            return data
    fields = _build_hazm_fields()
    if path is not None:
        _write_cache(path[0], path[1], fields)
    return _from_fields(fields)


def _build_hazm_fields() -> dict:
    """Build the lists from hazm's own objects (about a second and a half)."""
    from hazm import Lemmatizer, Normalizer
    from hazm.constants import SUFFIXES

    # The Lemmatizer hazm's Normalizer builds for `_verbs`, kept whole for the lemmas.
    lemmatizer = Lemmatizer(joined_verb_parts=False)
    # A Normalizer without `seperate_mi` builds no Lemmatizer, only its WordTokenizer
    # (the word list and the tokenizer pattern) and the repeated-letter patterns.
    nz = Normalizer(seperate_mi=False)
    assert nz._words.keys() == lemmatizer.words.keys(), "hazm reads two word lists"
    verbs = lemmatizer.verbs
    zwnj_words = frozenset(w for w, (number, _) in nz._words.items() if number > 0 and ZWNJ in w)
    tails, prefixes = set(SUFFIXES), set()
    for entry in (*verbs, *zwnj_words):
        pos = entry.find(ZWNJ)
        while pos != -1:
            tails.add(entry[pos + 1:])
            prefixes.add(entry[:pos])
            pos = entry.find(ZWNJ, pos + 1)
    return {
        "words": frozenset(nz._words),
        "verbs": verbs,
        "tails": frozenset(tails),
        "prefixes": frozenset(prefixes),
        "zwnj_words": zwnj_words,
        "tokenizer_pattern": nz._tokenizer.pattern.pattern,
        "repeat_pattern": nz.more_than_two_repeat_pattern.pattern,
        "repeated_chars_pattern": nz.repeated_chars_pattern.pattern,
    }


def _from_fields(fields: dict) -> HazmData:
    return HazmData(
        words=fields["words"],
        verbs=fields["verbs"],
        tails=fields["tails"],
        prefixes=fields["prefixes"],
        zwnj_words=fields["zwnj_words"],
        tokenizer_pattern=fields["tokenizer_pattern"],
        repeat_pattern=re.compile(fields["repeat_pattern"]),
        repeated_chars_pattern=re.compile(fields["repeated_chars_pattern"]),
    )


# How the lists are stored. Unpickling half a million small strings, sets and dicts
# one by one takes about 0.2 s; a list stored as one string (each item after a
# separator) comes back with one `split`, and the sets and the dict are built from
# such lists by C loops (`frozenset`, `dict(zip(...))`). The verbs' values (a few
# hundred distinct `past#present` strings) are stored once, with an index per key.
# A list with an item that contains the separator (never in hazm's data) is stored
# as it is.
_SEP = "\n"


def pack_strings(items) -> str | list[str]:
    """A list of strings as one string (`unpack_strings` gives it back), if none has the separator."""
    items = list(items)
    packed = "".join(_SEP + item for item in items)
    return packed if packed.count(_SEP) == len(items) else items


def unpack_strings(packed: str | list[str]) -> list[str]:
    return packed.split(_SEP)[1:] if isinstance(packed, str) else packed


def _encode(fields: dict) -> dict:
    """The fields of `_build_hazm_fields` in the form that loads fastest (`_decode`)."""
    verbs = fields["verbs"]
    values = sorted(set(verbs.values()))
    index = {value: i for i, value in enumerate(values)}
    return {
        "words": pack_strings(fields["words"]),
        "verb_forms": pack_strings(verbs),
        "verb_values": values,
        "verb_index": array("I", map(index.__getitem__, verbs.values())).tobytes(),
        "tails": pack_strings(fields["tails"]),
        "prefixes": pack_strings(fields["prefixes"]),
        "zwnj_words": pack_strings(fields["zwnj_words"]),
        "tokenizer_pattern": fields["tokenizer_pattern"],
        "repeat_pattern": fields["repeat_pattern"],
        "repeated_chars_pattern": fields["repeated_chars_pattern"],
    }


def _decode(stored: dict) -> dict:
    """`_encode`'s inverse: the fields of `_build_hazm_fields`."""
    index = array("I")
    index.frombytes(stored["verb_index"])
    values = stored["verb_values"]
    return {
        "words": frozenset(unpack_strings(stored["words"])),
        "verbs": dict(zip(unpack_strings(stored["verb_forms"]), map(values.__getitem__, index))),
        "tails": frozenset(unpack_strings(stored["tails"])),
        "prefixes": frozenset(unpack_strings(stored["prefixes"])),
        "zwnj_words": frozenset(unpack_strings(stored["zwnj_words"])),
        "tokenizer_pattern": stored["tokenizer_pattern"],
        "repeat_pattern": stored["repeat_pattern"],
        "repeated_chars_pattern": stored["repeated_chars_pattern"],
    }


def hazm_root() -> Path:
    """hazm's package folder, found without importing hazm (which imports nltk)."""
    from importlib.util import find_spec

    spec = find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("hazm is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def hazm_key(*sources: bytes, root: Path | None = None) -> str:
    """A cache key for what is derived from hazm's data and code and from `sources`.

    It changes with the cache format, Python's version, hazm's version, the size or
    mtime of any of hazm's data files or of the hazm modules that derive our tables
    (`root` is hazm's folder, the installed one by default), and the contents of
    each of `sources` (the code that derives the cached value, as bytes).
    """
    from importlib.metadata import version

    if root is None:
        root = hazm_root()
    files = sorted((root / "data").glob("*")) + [root / name for name in _HAZM_SOURCES]
    parts = [f"format {_CACHE_FORMAT}", sys.version, f"hazm {version('hazm')}"]
    for file in files:
        try:
            st = file.stat()
            parts.append(f"{file.name} {st.st_size} {st.st_mtime_ns}")
        except OSError:
            parts.append(f"{file.name} missing")
    parts.extend(hashlib.sha256(source).hexdigest() for source in sources)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def cache_key(root: Path | None = None, source: bytes | None = None) -> str:
    """What the cached tables depend on, hashed (see `hazm_key`).

    `root` is hazm's package folder and `source` this file's source (the installed
    ones by default).
    """
    if source is None:
        source = Path(__file__).read_bytes()
    return hazm_key(source, root=root)


def cache_dir() -> Path | None:
    """The on-disk cache's folder, or None when the cache is turned off."""
    if os.environ.get(NO_CACHE_ENV, "") not in ("", "0"):
        return None
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "analysis"


def cache_file(name: str, key: Callable[[], str]) -> tuple[Path, str] | None:
    """(the cache file of `name` for the key `key()`, that key), or None.

    None when the cache is off or its place or key cannot be known (no home folder,
    no package metadata): the caller then builds without the cache.
    """
    try:
        folder = cache_dir()
        if folder is None:
            return None
        k = key()
    except (OSError, RuntimeError, ValueError, ImportError):
        return None
    return folder / f"{name}-{k[:24]}.pickle", k


def _cache_path() -> tuple[Path, str] | None:
    """(hazm_data's cache file, key), or None when the cache is off or its place is unknown."""
    return cache_file(_TABLES_CACHE, cache_key)


def read_cache(path: Path, key: str):
    """The value stored by `write_cache(path, key, value)`, or None if the file is
    missing, unreadable, corrupt or holds another key."""
    enabled = gc.isenabled()
    gc.disable()  # many objects, no cycles: the collector would only rescan them
    try:
        with open(path, "rb") as f:
            stored = pickle.load(f)
        if not isinstance(stored, dict) or stored.get("key") != key or "value" not in stored:
            return None
        return stored["value"]
    except Exception:  # noqa: BLE001 - anything a damaged file can raise: rebuild instead
        return None
    finally:
        if enabled:
            gc.enable()


def write_cache(path: Path, key: str, value) -> None:
    """Store `value` with its key atomically; never fail (a cache that cannot be written is skipped).

    A temporary file, then `os.replace`: concurrent workers never read a partial file.
    Only the newest `_CACHE_KEEP` files of the same name are kept.
    """
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=path.name + ".",
                                         suffix=".tmp", delete=False) as f:
            tmp = f.name
            pickle.dump({"key": key, "value": value}, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        name = path.name[:path.name.rindex("-")]
        old = sorted(path.parent.glob(f"{name}-*.pickle"), key=_mtime, reverse=True)
        for stale in old[_CACHE_KEEP:]:
            stale.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001, S110 - a cache that cannot be written is no error
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def disk_cached(name: str, key: Callable[[], str], build: Callable[[], object]):
    """`build()`, kept in the cache file of `name` and `key()` (read from it when valid).

    For values derived from hazm's data that are slow to build (see `hazm_key` for a
    key); the value must be picklable. `ANALYSIS_NO_CACHE=1`: always built.
    """
    path = cache_file(name, key)
    if path is not None:
        value = read_cache(*path)
        if value is not None:
            return value
    value = build()
    if path is not None:
        write_cache(path[0], path[1], value)
    return value


def _load_cache(path: Path, key: str) -> HazmData | None:
    """The cached data, or None if the file is missing, unreadable, corrupt or stale."""
    stored = read_cache(path, key)
    if stored is None:
        return None
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _from_fields(_decode(stored))
    except Exception:  # noqa: BLE001 - a damaged file: rebuild instead
        return None
    finally:
        if enabled:
            gc.enable()


def _write_cache(path: Path, key: str, fields: dict) -> None:
    """Write the fields of `_build_hazm_fields` to the cache file (see `write_cache`)."""
    write_cache(path, key, _encode(fields))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


@dataclass
class _Tables:
    """Everything compiled from hazm, once per process."""

    repeat_pattern: re.Pattern  # hazm's more_than_two_repeat_pattern (see `_repeat_normalizer`)
    char_re: re.Pattern
    char_map: dict[str, str]
    char_diac_re: re.Pattern | None  # the map's characters and the diacritics (and `rare`)
    char_diac_map: dict[str, str]  # the map, and the diacritics to ""
    rare: frozenset[str]  # the characters that `specials` and `unicode_replacements` need
    style: list[_Rule]
    style_guards: tuple  # their guards, cheapest first
    diacritics: re.Pattern
    extra_space: list[_Rule]
    token_re: re.Pattern
    token_re_no_digit: re.Pattern
    affix: list[_Rule]
    affix_no_suffix: list[_Rule]  # `affix` without its rule for a suffix after a space (see there)
    punctuation: list
    digit_rules: list[_Rule]
    digit_re: re.Pattern
    digit_candidate: re.Pattern  # a superset of `\d` as plain ranges (see `_has_digit`)
    map_makes_digits: bool  # the character map turns some non-digit into a digit
    number_split: re.Pattern
    placeholder: str  # analysis.text's stand-in for a number while hazm runs
    normalize_number: Callable[[str], str]
    unicode_replacements: list[tuple[str, str]]
    specials: re.Pattern
    triple_re: re.Pattern
    mi_re: re.Pattern
    words: frozenset
    verbs: dict  # its keys are hazm's Normalizer `_verbs`
    tails: frozenset  # the tokens that can join the one before them (`HazmData.tails`)
    prefixes: frozenset  # what can come before a ZWNJ in a verb or word (`HazmData.prefixes`)
    zwnj_words: frozenset  # the words with a count > 0 and a ZWNJ (`HazmData.zwnj_words`)
    suffixes: frozenset
    underscore_verbs: bool  # some verb contains "_" (hazm's look-ahead check can fire)
    mi_cache: dict = field(default_factory=dict)
    repeat_cache: dict = field(default_factory=dict)
    number_cache: dict = field(default_factory=dict)  # number → normalize_number(number)


@cache
def _tables() -> _Tables:
    """Compile hazm's rules (from `hazm.constants`) and lists (`hazm_data`), once per process."""
    from hazm import constants as C
    from hazm.utils import maketrans

    data = hazm_data()

    # 1 + 3: hazm translates TRANSLATION_SRC → DST, applies the Persian-style rules,
    # then NUMBERS_SRC → DST. The style rules only look at `"`, `\n`, `.`, ` `, `+`
    # and \d, which the number map keeps as they are (digits stay digits), so the
    # two maps compose into one map applied before the style rules.
    first = maketrans(C.TRANSLATION_SRC, C.TRANSLATION_DST)
    numbers = maketrans(C.NUMBERS_SRC, C.NUMBERS_DST)
    composed: dict[str, str] = {}
    for code, dst in first.items():
        composed[chr(code)] = "".join(numbers.get(ord(ch), ch) for ch in dst)
    for code, dst in numbers.items():
        composed.setdefault(chr(code), dst)
    composed = {k: v for k, v in composed.items() if k != v}
    char_re = re.compile("[" + "".join(re.escape(k) for k in sorted(composed)) + "]")

    style_pats = dict(C.PERSIAN_STYLE_PATTERNS)
    quote_pat, decimal_pat, ellipsis_pat = (p for p, _ in C.PERSIAN_STYLE_PATTERNS)
    style = [
        _Rule(re.compile(quote_pat), style_pats[quote_pat], _contains('"')),
        # `([\d+])\.([\d+])`: needs a `.` with a digit or `+` on both sides.
        _Rule(re.compile(decimal_pat), style_pats[decimal_pat],
              _searches(r"\.(?<=[\d+]\.)(?=[\d+])")),
        _Rule(re.compile(ellipsis_pat), style_pats[ellipsis_pat], _contains("...")),
    ]

    (diacritics_pat, _), = C.DIACRITICS_PATTERNS
    # The character map and the diacritics removal in one pass (see `_hazm_normalize`),
    # when the diacritics are a plain list of characters that the map neither changes
    # nor produces.
    listed = re.fullmatch(r"\[((?:\\u[0-9a-fA-F]{4})+)\]", diacritics_pat)
    diacritic_chars = listed and [chr(int(h, 16)) for h in re.findall("[0-9a-fA-F]{4}", listed[1])]
    (specials_pat, _), = C.SPECIAL_CHARS_PATTERNS
    # `rare`: the characters without which hazm's last two character rules cannot
    # change anything: those of the special characters' class (removed), and one
    # non-ASCII character of each `UNICODE_REPLACEMENTS` string (replaced with
    # `str.replace`, so the whole string must be in the text). The first pass also
    # looks for them (mapped to nothing): when none is in the input, and no rule can
    # produce one (checked below), those rules are skipped (`_after_diacritics`).
    listed_specials = re.fullmatch(r"\[((?:\\u[0-9a-fA-F]{4})+)\]", specials_pat)
    rare: frozenset[str] = frozenset()
    if listed_specials and all(any(ord(ch) > 127 for ch in old) for old, _ in C.UNICODE_REPLACEMENTS):
        rare = frozenset([chr(int(h, 16)) for h in re.findall("[0-9a-fA-F]{4}", listed_specials[1])]
                         + [next(ch for ch in old if ord(ch) > 127) for old, _ in C.UNICODE_REPLACEMENTS])
    char_diac_re, char_diac_map = None, {}
    # The first pass replaces each character it finds everywhere with `str.replace`
    # (`_hazm_normalize`): the same as one substitution as no replacement contains a
    # character that is replaced.
    if (diacritic_chars and not set(diacritic_chars) & (set(composed) | set("".join(composed.values())))
            and not set(composed) & set("".join(composed.values()))):
        char_diac_map = {**composed, **dict.fromkeys(diacritic_chars, "")}
        char_diac_re = re.compile("[" + "".join(re.escape(k) for k in sorted(set(char_diac_map) | rare))
                                  + "]")
    else:
        rare = frozenset()

    extra = dict(C.EXTRA_SPACE_PATTERNS)
    ends_pat, spaces_pat, newlines_pat, zz_pat, z_space_pat, space_z_pat, z_begin_pat, \
        z_end_pat, kashida_pat = (p for p, _ in C.EXTRA_SPACE_PATTERNS)
    extra_space = [
        # `^ +| +$` (no MULTILINE): `$` is the end, or just before a final newline.
        _Rule(re.compile(ends_pat), extra[ends_pat],
              lambda t: t.startswith(" ") or t.endswith((" ", " \n"))),
        _Rule(re.compile("  +"), extra[spaces_pat], _contains("  ")),  # ` {2,}`
        _Rule(re.compile(newlines_pat), extra[newlines_pat], _contains("\n\n\n")),
        _Rule(re.compile(zz_pat), extra[zz_pat], _contains(ZWNJ * 2)),
        _Rule(re.compile(z_space_pat), extra[z_space_pat], _contains(ZWNJ + " ")),
        _Rule(re.compile(space_z_pat), extra[space_z_pat], _contains(" " + ZWNJ)),
        # `\b\u200c*\B` never matches empty (\b and \B cannot hold at one place), and
        # after the rules above no two ZWNJs are adjacent, so it removes exactly the
        # single ZWNJs with a word character before and none after; `\B\u200c*\b`,
        # likewise, those with none before and one after. Removing a ZWNJ changes the
        # neighbours of no other ZWNJ (they are never adjacent), so one ZWNJ-first
        # pass removes both kinds.
        _Rule(re.compile(ZWNJ + r"(?:(?<=\w" + ZWNJ + r")(?!\w)|(?<!\w" + ZWNJ + r")(?=\w))"), "",
              _contains(ZWNJ)),
        _Rule(re.compile(kashida_pat), extra[kashida_pat], _contains("ـ", "\r")),
    ]
    assert z_begin_pat == r"\b\u200c*\B" and z_end_pat == r"\B\u200c*\b", "hazm changed"
    assert extra[z_begin_pat] == extra[z_end_pat] == "", "hazm changed"
    assert all(rule.guard is not None for rule in style)  # `_hazm_normalize` relies on them

    affix_pats = C.AFFIX_SPACING_PATTERNS
    after, before = C.PUNC_AFTER, C.PUNC_BEFORE
    expected = [
        r"([^ ]ه) ی ",
        r"(^| )(ن?می) ",
        rf"(?<=[^\n\d {after}{before}]{{2}}) (تر(ین?)?|گری?|های?)(?=[ \n{after}{before}]|$)",
        rf"([^ ]ه) (ا(م|یم|ش|ند|ی|ید|ت))(?=[ \n{after}]|$)",
        r"(ه)(ها)",
    ]
    assert [p for p, _ in affix_pats] == expected, "hazm changed its affix rules"
    affix = [
        # `([^ ]ه) ی ` → `\1‌ی `: a match ends with a space, which cannot be the
        # `[^ ]` of the next, so that can be a look-behind: a literal-first pattern.
        _Rule(re.compile("ه ی (?<=[^ ]ه ی )"), "ه" + ZWNJ + "ی ", _contains("ه ی ")),
        # `(^| )(ن?می) `: `^` is only the start of the text (no MULTILINE).
        _Rule(re.compile(affix_pats[1][0]), affix_pats[1][1],
              lambda t: " می " in t or " نمی " in t or t.startswith(("می ", "نمی "))),
        # `(?<=X{2}) (suffix)(?=…)`: the same with the look-behind moved after the
        # space (it then checks the space too), so the scan starts at a literal.
        _Rule(re.compile(rf" (?<=[^\n\d {after}{before}]{{2}} )(تر(ین?)?|گری?|های?)"
                         rf"(?=[ \n{after}{before}]|$)"),
              # guard: each alternative alone, with the look-behind, literal-first
              affix_pats[2][1], _any_search(
                  *(rf" {s[:2]}(?<=[^\n\d {after}{before}]{{2}} {s[:2]}){s[2:]}"
                    rf"(?=[ \n{after}{before}]|$)" for s in ("تر(ین?)?", "گری?", "های?")))),
        # `([^ ]ه) (ا(…))(?=…)` → `\1‌\2`: matches cannot overlap (one ends before a
        # space, newline, punctuation or the end), so the `[^ ]` can be a look-behind
        # and the scan can start at the literal `ه ا`.
        _Rule(re.compile(rf"ه ا(?<=[^ ]ه ا)(م|یم|ش|ند|ی|ید|ت)(?=[ \n{after}]|$)"),
              "ه" + ZWNJ + r"ا\1", _contains("ه ا")),
        _Rule(re.compile(affix_pats[4][0]), affix_pats[4][1], _contains("هها")),
    ]
    # The third rule can only match a suffix that is a token of its own after a
    # space: before it, a space (hazm's tokens are joined by spaces, and the affix
    # rules only turn spaces into ZWNJs); after it, a space, a newline, one of the
    # marks (all of them tokens of their own) or the end; so the suffix is a whole
    # token, one of hazm's SUFFIXES, that `token_spacing` did not join to the one
    # before it (`_token_spacing` says if there is one).
    assert {"تر", "تری", "ترین", "گر", "گری", "ها", "های"} <= set(C.SUFFIXES), "hazm changed"
    assert set(after + before) <= set(r'؟!?.:،؛»\])}"«\[({/\\'), "hazm changed its tokenizer"

    punc = C.PUNCTUATION_SPACING_PATTERNS
    letters = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
    punctuation = [
        _Rule(re.compile(punc[0][0]), punc[0][1], lambda t: '" ' in t and ' "' in t),
        # ` ([PA])` → `\1` then `([PB]) ` → `\1`: each deletes a space (before a
        # closing mark, after an opening one), and what they consume cannot start
        # another match. Without double spaces the second sees the same neighbours
        # as in the original text, so one pass does both: a space-first pattern.
        _Fused(re.compile(rf" (?:(?=[{after}])|(?<=[{before}] ))"), "",
               [_Rule(re.compile(punc[1][0]), punc[1][1]), _Rule(re.compile(punc[2][0]), punc[2][1])],
               lambda t: "  " not in t),
        # Three rules in one pass that starts at a closing or an opening mark:
        # `([.:])([^ PA\d۰-۹])` and `([!،؛؟»…])([^ PA])` → `\1 \2` (a space after a
        # closing mark): their first characters differ and their second ones cannot
        # start a match; then `([^ «\[\(\{])([«\[\(\{])` → `\1 \2` (a space before an
        # opener): two of its matches cannot overlap (an opener cannot start another),
        # so it is the opener-first `[PB](?<=[^ PB].)`. Run after the first two, it
        # sees the space they put after a closing mark that precedes an opener (they
        # always do: an opener is neither a space, nor a closing mark, nor a digit), so
        # in one pass an opener after a closing mark gets no space of its own. The
        # pattern starts with one character class (so the regex engine scans for it
        # quickly) and says which case matched by what the look-behinds capture: the
        # template `\1\2 \3` gives `mark ` or ` opener` (a group that did not take part
        # is empty).
        _Rule(re.compile(rf"[{after}{before}](?:(?<=([{after[:3]}]))(?=[^ {after}\d۰۱۲۳۴۵۶۷۸۹])"
                         rf"|(?<=([{after}]))(?<![{after[:3]}])(?=[^ {after}])"
                         rf"|(?<=[^ {before}{after}]([{before}])))"),
              r"\1\2 \3"),
    ]
    # The two number rules (`(\d)([letters])`, `([letters])(\d)`) run only when the
    # text has a digit: no rule of hazm adds or removes one, so it is tested once.
    digit_rules = [
        _Rule(re.compile(punc[6][0]), punc[6][1]),
        # `([letters])(\d)` → `\1 \2`, likewise in digit-first form.
        _Rule(re.compile(rf"\d(?<=[{letters}]\d)"), r" \g<0>"),
    ]
    assert punc[5][0] == f"([^ {before}])([{before}])", "hazm changed its punctuation rules"
    assert punc[7][0] == rf"([{letters}])(\d)", "hazm changed its punctuation rules"
    assert [q for q, _ in punc[1:5]] == [
        f" ([{after}])", f"([{before}]) ", f"([{after[:3]}])([^ {after}" + r"\d۰۱۲۳۴۵۶۷۸۹])",
        f"([{after[3:]}])([^ {after}])"], "hazm changed its punctuation rules"
    assert len(punc) == 8, "hazm changed its punctuation rules"

    # hazm's tokenizer replaces tabs by spaces, puts spaces around each match of its
    # pattern `(P)` and splits at spaces. Every character that can start a match of
    # P is matched by it, so the tokens are exactly what `findall` gives for
    # `[^ \tF]+|P`, F being those first characters: one pass instead of three (and
    # `\n` as a token of its own, to do all lines in one pass). P's alternatives
    # are written as one: any other character that is no space or tab (one of F, or
    # a newline), then the rest of a run of `[؟!?]` or `[\d.:]` when it began one
    # (a single-character alternative, with fewer failed attempts per token).
    tok_pattern = data.tokenizer_pattern
    assert tok_pattern == r'([؟!?]+|[\d.:]+|[:.،؛»\])}"«\[({/\\])', "hazm changed its tokenizer"
    token_re = re.compile(r'[^ \t\n؟!?\d.:،؛»\])}"«\[({/\\]+|[^ \t](?:(?<=[؟!?])[؟!?]*|(?<=[\d.:])[\d.:]*)?')

    words, verbs = data.words, data.verbs

    from . import text as project_text

    # `analysis.text.NUMBER_RE` with its shared first element `(?<!D)D` factored out
    # and written digit-first (same matches, scanned much faster), in a group so that
    # one `split` gives both the text between numbers and the numbers.
    d, nd = "[0-9۰-۹٠-٩]", "[0-9۰-۹٠-٩]"
    known = (rf"(?<!{nd})(?:{d}{{1,3}}(?:[,٬]{d}{{3}})+(?:[.٫]{d}+)?(?!{d})"
             rf"|{d}+(?:[.٫]{d}+)?(?!{d}))")
    if project_text.NUMBER_RE.pattern == known:
        number_split = re.compile(rf"({d}(?<!{nd}{d})(?:{d}{{0,2}}(?:[,٬]{d}{{3}})+"
                                  rf"(?:[.٫]{d}+)?(?!{d})|{d}*(?:[.٫]{d}+)?(?!{nd})))")
    else:  # the project changed its number pattern: use it as it is
        number_split = re.compile(f"({project_text.NUMBER_RE.pattern})")

    # What the rules before the special characters' one can put into a text: the
    # character map's outputs, spaces, newlines, ZWNJs and their replacement strings.
    made = set("".join(composed.values())) | {" ", "\n", ZWNJ, "…", "«", "»"}
    for rule in (*style, *extra_space, *affix, *punctuation, *digit_rules):
        for part in ([rule] if isinstance(rule, _Rule) else rule.rules):
            assert isinstance(part.repl, str)
            made |= set(part.repl)
    if made & rare:  # some rule could make one: always run those rules
        rare = frozenset()

    # `\d` (a Unicode category test per character) has a cheaper superset made of
    # ranges: below U+07C0 the decimal digits are the ASCII, Arabic-Indic and Persian
    # ones; above, every character but the two commonest in Persian text (ZWNJ and
    # `…`, neither a digit). A text with none of them has no digit; else `\d` is
    # looked for from the first one (`_has_digit`).
    digit_candidate = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9\u07c0-\u200b\u200d-\u2025\u2027-\U0010ffff]")
    assert [c for c in map(chr, range(0x7C0)) if c.isdecimal()] == [
        *"0123456789", *map(chr, range(0x660, 0x66A)), *map(chr, range(0x6F0, 0x6FA))]
    assert not ZWNJ.isdecimal() and not "…".isdecimal()

    return _Tables(
        repeat_pattern=data.repeat_pattern,
        char_re=char_re,
        char_map=composed,
        char_diac_re=char_diac_re,
        char_diac_map=char_diac_map,
        rare=rare,
        style=style,
        style_guards=(style[0].guard, style[2].guard, style[1].guard),
        diacritics=re.compile(diacritics_pat),
        extra_space=extra_space,
        token_re=token_re,
        # With no digit in the text, `[\d.:]+` is `[.:]+`: plain character sets.
        token_re_no_digit=re.compile(r'[^ \t\n؟!?.:،؛»\])}"«\[({/\\]+|[^ \t](?:(?<=[؟!?])[؟!?]*|(?<=[.:])[.:]*)?'),
        affix=affix,
        affix_no_suffix=affix[:2] + affix[3:],
        punctuation=punctuation,
        digit_rules=digit_rules,
        digit_re=re.compile(r"\d"),
        digit_candidate=digit_candidate,
        map_makes_digits=any(re.search(r"\d", dst) and not re.fullmatch(r"\d", src)
                             for src, dst in composed.items()),
        number_split=number_split,
        placeholder=project_text._PLACEHOLDER,
        normalize_number=project_text.normalize_number,
        unicode_replacements=list(C.UNICODE_REPLACEMENTS),
        specials=re.compile(specials_pat),
        triple_re=re.compile(r"(.)\1\1", re.DOTALL),  # any tripled character: cheap test
        # hazm's `\bن?می[letters]+`, literal-first: `\b` before the (word) letter ن or
        # م means no word character before it.
        # hazm's `\bن?می[letters]+`, literal-first: `می` with no word character before
        # it, or with a `ن` before it that has none (group 1: the match then starts
        # one character later than hazm's, and `_mi_repl` puts the `ن` back).
        mi_re=re.compile(rf"می(?:(?<=(?<!\w)(ن)می)|(?<!\wمی))[{letters}]+"),
        words=words,
        verbs=verbs,
        tails=data.tails,
        prefixes=data.prefixes,
        zwnj_words=data.zwnj_words,
        suffixes=frozenset(C.SUFFIXES),
        underscore_verbs="_" in "".join(verbs),
    )


@cache
def _repeat_normalizer():
    """For hazm's own `decrease_repeated_chars` (rarely run), built on first use: a
    Normalizer that builds nothing, given the word list and the patterns its
    constructor would have built."""
    from hazm import Normalizer

    data = hazm_data()
    nz = Normalizer(correct_spacing=False, decrease_repeated_chars=False, seperate_mi=False)
    nz._words = data.words
    nz.more_than_two_repeat_pattern = data.repeat_pattern
    nz.repeated_chars_pattern = data.repeated_chars_pattern
    return nz


def _token_spacing(tokens: list[str], tb: _Tables) -> tuple[str, bool]:
    """`" ".join(Normalizer.token_spacing(tokens))`, hazm's decisions on precomputed sets.

    hazm joins `prev token` into `prev‌token` when that is a verb or a word with a
    count > 0 (unless `token_next` makes a verb), or when `token` is a suffix and
    `prev` a known word; `prev` is the result so far, so joins chain
    (`زمین لرزه ای` → `زمین‌لرزه‌ای`). Only a token of `tails` can join the one
    before it (as the end of a verb or word with a ZWNJ, or as a suffix): those
    (about a third) are picked by a lookup mapped over the list, and only they are
    decided in Python: `prev‌token` is looked up only when `prev` is one of
    `prefixes` (a fifth of them; the test is cheap, as `prev`'s hash is known).
    A join is made in place (the joined string replaces the token, None the one
    before it), so `tokens[t - 1]` is always the result so far.

    Also returns whether some token of hazm's `SUFFIXES` stays apart from the one
    before it (the first token counts as apart): only then can hazm's affix rule for
    a suffix after a space (`_correct_spacing`) match. The tokens are consumed.
    """
    tails, prefixes, words, suffixes = tb.tails, tb.prefixes, tb.words, tb.suffixes
    verbs, zwnj_words = tb.verbs, tb.zwnj_words
    check_underscore = tb.underscore_verbs
    last = len(tokens) - 1
    apart = last >= 0 and tokens[0] in suffixes  # a suffix token not joined to the one before
    joins = False
    # `islice` and `map` are lazy: token t is tested before any join changes it.
    for t in compress(count(1), map(tails.__contains__, islice(tokens, 1, None))):
        token = tokens[t]
        prev = tokens[t - 1]
        if prev in prefixes and ((joined := prev + ZWNJ + token) in verbs or joined in zwnj_words):
            # `prev‌token` is a verb or a word with count > 0
            if check_underscore and t < last and token + "_" + tokens[t + 1] in verbs:
                apart = True  # (whether or not token is a suffix: rare, and a superset is safe)
                continue
        elif token in suffixes:
            if prev not in words:
                apart = True
                continue
            joined = prev + ZWNJ + token
        else:
            continue
        tokens[t] = joined
        tokens[t - 1] = None
        joins = True
    return " ".join(filter(None, tokens) if joins else tokens), apart


# A blank line (nothing but whitespace, as `str.strip` sees it): the first one, or
# one after a newline (a newline-first pattern: newlines are few).
_BLANK_FIRST_LINE = re.compile(r"[^\S\n]*(?:\n|\Z)")
_BLANK_LINE = re.compile(r"\n[^\S\n]*(?:\n|\Z)")


def _correct_spacing(text: str, tb: _Tables, has_digit: bool) -> str:
    """hazm's `Normalizer.correct_spacing`."""
    text = _apply_all(tb.extra_space, text)
    # hazm tokenizes each line, joins tokens (`token_spacing`) and puts the line back
    # together with single spaces; a blank line stays as it is. Here all lines go at
    # once, a newline being a token that never joins (it is no word and no head).
    token_re = tb.token_re if has_digit else tb.token_re_no_digit
    joined, apart = _token_spacing(token_re.findall(text), tb)
    if "\n" in text:
        has_blank = _BLANK_FIRST_LINE.match(text) or _BLANK_LINE.search(text)
        if has_blank:
            joined = joined.replace(" \n", "\n").replace("\n ", "\n")
        else:
            # Every line has a token (a character that is no whitespace): each
            # newline token is between two others, a space on either side.
            joined = joined.replace(" \n ", "\n")
    else:  # one line (a title): no newline to tidy, blank only if all of it is
        has_blank = _BLANK_FIRST_LINE.match(text)
    if has_blank:
        lines = text.split("\n")
        blank = [not line.strip() for line in lines]
        out = joined.split("\n")
        text = "\n".join(line if is_blank else new
                         for line, new, is_blank in zip(lines, out, blank))
    else:
        text = joined
    text = _apply_all(tb.affix if apart else tb.affix_no_suffix, text)
    for rule in tb.punctuation:
        text = rule.apply(text)
    if has_digit:
        for rule in tb.digit_rules:
            text = rule.apply(text)
    return text


def hazm_normalize(text: str) -> str:
    """Same output as `hazm.Normalizer().normalize(text)` (default options), faster."""
    return _hazm_normalize(text, _tables(), None)


def _hazm_normalize(text: str, tb: _Tables, has_digit: bool | None) -> str:
    """`hazm_normalize`; `has_digit=False` when the caller knows the text has no digit.

    No rule before the digit test makes a digit out of something else (the
    character map sends non-digits to non-digits, `_tables` checks it), so a text
    without a digit has none there either and the test (a full scan) can be skipped.
    """
    # hazm maps characters (M), applies its style rules (S), removes diacritics (D).
    # When no style guard holds on D(M(text)), none holds on M(text) either (D only
    # deletes diacritics, and what the guards look for — `"`, `...`, `d.d` — has none
    # and stays whole), so S does nothing and the result is D(M(text)): one pass.
    if tb.char_diac_re is not None:
        found = tb.char_diac_re.findall(text)
        mapped = text
        has_rare = False
        if found:
            both = tb.char_diac_map
            for ch in set(found):
                new = both.get(ch)
                if new is not None:
                    mapped = mapped.replace(ch, new)
            has_rare = not tb.rare.isdisjoint(found)
        for guard in tb.style_guards:
            if guard(mapped):
                break
        else:
            return _after_diacritics(mapped, tb, has_digit, has_rare or not tb.rare)
    char_map = tb.char_map
    text = tb.char_re.sub(lambda m: char_map[m[0]], text)
    for rule in tb.style:
        text = rule.apply(text)
    text = tb.diacritics.sub("", text)
    return _after_diacritics(text, tb, has_digit)


def _after_diacritics(text: str, tb: _Tables, has_digit: bool | None, has_rare: bool = True) -> str:
    """The rest of `_hazm_normalize`, from hazm's `correct_spacing` on.

    `has_rare=False` when the text has none of `tb.rare` (the first pass saw none in
    the input, and no rule makes one: see `_tables`): the special characters' rule and
    the unicode replacements then change nothing.
    """
    if has_digit is None or tb.map_makes_digits:
        has_digit = _has_digit(text, tb)
    text = _correct_spacing(text, tb, has_digit)
    if has_rare:
        for old, new in tb.unicode_replacements:
            if old in text:
                text = text.replace(old, new)
        text = tb.specials.sub("", text)
    if tb.triple_re.search(text) and tb.repeat_pattern.search(text):
        text = _repeat_normalizer().decrease_repeated_chars(text)
    known = tb.mi_cache.get  # the decision is memoized per word (a non-empty string)

    def mi_repl(m: re.Match) -> str:
        if m[1] is None:
            return known(m[0]) or _separate_mi(m[0], tb)
        word = "ن" + m[0]  # the `ن` of `نمی` stays in the text: decide on the word, drop it
        return (known(word) or _separate_mi(word, tb))[1:]

    return tb.mi_re.sub(mi_repl, text)


def _has_digit(text: str, tb: _Tables) -> bool:
    """Whether the text has a digit (`\\d`), mostly with a range test per character."""
    m = tb.digit_candidate.search(text)
    return m is not None and tb.digit_re.search(text, m.start()) is not None


def _separate_mi(word: str, tb: _Tables) -> str:
    """hazm's `seperate_mi` decision for one word, memoized."""
    cached = tb.mi_cache.get(word)
    if cached is None:
        split = re.sub(r"^(ن?می)", r"\1" + ZWNJ, word)
        cached = split if split in tb.verbs else word
        if len(tb.mi_cache) < 500_000:
            tb.mi_cache[word] = cached
    return cached


def _normalized_number(number: str, tb: _Tables) -> str:
    """`tb.normalize_number(number)` (never empty), memoized per number."""
    out = tb.normalize_number(number)
    if len(tb.number_cache) < 100_000:
        tb.number_cache[number] = out
    return out


def restore_numbers(normalized: str, numbers: list[str], placeholder: str) -> str | None:
    """Put `numbers` back where the placeholders are, in order; None if their count differs."""
    pieces = normalized.split(placeholder)
    if len(pieces) != len(numbers) + 1:
        return None
    out = [pieces[0]]
    for num, piece in zip(numbers, pieces[1:]):
        out.append(num)
        out.append(piece)
    return "".join(out)


_BLANKS = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")
# A newline with whitespace before or after it (also another newline: a blank line).
# With none, and no whitespace at the ends, every line is already stripped and not
# empty. Newline-first: newlines are few.
_LINE_EDGE = re.compile(r"\n(?:(?<=\s\n)|(?=\s))")


def normalize(text: str) -> str:
    """hazm's rules with numbers kept whole: the core of `analysis.text.normalize_reference`.

    Numbers are cut out, hazm's normalization runs on the rest (`hazm_normalize`),
    the numbers go back in (`normalize_number`); lines are kept, blank lines and
    surrounding spaces dropped.
    """
    tb = _tables()
    placeholder = tb.placeholder
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if placeholder in text:
        text = text.replace(placeholder, "")
    numbers: list[str] = []
    protected = text
    has_digit: bool | None = False  # no `\d` at all (the numbers' digits are some of them)
    if _has_digit(text, tb):
        has_digit = None  # hazm_normalize tests the protected text
        pieces = tb.number_split.split(text)
        if len(pieces) > 1:
            known = tb.number_cache.get
            numbers = [known(n) or _normalized_number(n, tb) for n in pieces[1::2]]
            protected = f" {placeholder} ".join(pieces[0::2])
            if "  " in protected:
                # A number that had a space beside it now has two; hazm only collapses
                # runs of spaces (` {2,}`, before anything that counts spaces), so one
                # of them can go at once, which spares that rule's pass.
                protected = protected.replace("  " + placeholder, " " + placeholder).replace(
                    placeholder + "  ", placeholder + " ")
    normalized = _hazm_normalize(protected, tb, has_digit)
    if numbers:
        restored = restore_numbers(normalized, numbers, placeholder)
        # None: hazm merged or dropped a placeholder: fall back, unprotected
        normalized = restored if restored is not None else hazm_normalize(text)
    if "  " in normalized or "\t" in normalized or "\xa0" in normalized:
        normalized = _BLANKS.sub(" ", normalized)
    if " \n" in normalized:
        # One space at the end of a line (hazm puts one after a final `.`): stripping
        # the lines drops it anyway, and often then nothing else is left to do.
        normalized = normalized.replace(" \n", "\n")
    if _LINE_EDGE.search(normalized) or normalized[:1].isspace() or normalized[-1:].isspace():
        lines = (line.strip() for line in normalized.split("\n"))
        return "\n".join(line for line in lines if line)
    return normalized  # no line to strip or drop (the usual case): no split and join


# --- faster forms of analysis.text's ZWNJ clean-up patterns ----------------------------
# `text._STRAY_ZWNJ` and `text._LOOSE_ZWNJ` start with look-behinds, so the regex
# engine tries them at every character (about 30x slower than the forms below, which
# start at the literal ZWNJ). Same matches: a maximal run of ZWNJs is removed by
# _STRAY_ZWNJ when the character before it, or the one after it, is neither a letter
# nor a diacritic (or there is none); by _LOOSE_ZWNJ when it touches a space, a
# newline or an end. tests/test_fastnorm.py checks them against analysis.text's.
STRAY_ZWNJ = re.compile(
    ZWNJ + r"(?:(?<![^\W\d_]" + ZWNJ + r")(?<![\u064b-\u065f\u0670\u200c]" + ZWNJ + r")" + ZWNJ + "*"
    r"|(?<!" + ZWNJ * 2 + r")" + ZWNJ + r"*(?![^\W\d_])(?![\u064b-\u065f\u0670\u200c]))"
)
LOOSE_ZWNJ = re.compile(
    ZWNJ + r"(?<!" + ZWNJ * 2 + r")(?:(?<![^ \n]" + ZWNJ + r")|(?=" + ZWNJ + r"*(?:[ \n]|\Z)))" + ZWNJ + "*"
)
