"""The fast normalizer gives exactly the output of the hazm-based reference.

`fastnorm.hazm_normalize` against hazm's `Normalizer().normalize`, and the project's
`normalize` (which runs fastnorm) against `normalize_reference` (which runs hazm).
"""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import fastnorm
from analysis.corpus import Article, iter_articles
from analysis.text import _normalizer, normalize, normalize_reference

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data/raw"
FILES = sorted(RAW.rglob("*.txt"))


def test_corpus_is_there():
    assert len(FILES) >= 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(RAW)))
def test_whole_files_match_the_reference(path):
    raw = path.read_text(encoding="utf-8")
    assert normalize(raw) == normalize_reference(raw)
    assert fastnorm.hazm_normalize(raw) == _normalizer().normalize(raw)


def test_titles_and_bodies_match_the_reference():
    """Document by document, as make_document calls it (title and body apart)."""
    articles = [a for a in iter_articles([RAW]) if isinstance(a, Article)]
    assert len(articles) >= 60
    for art in articles:
        for part in (art.title, art.body):
            assert normalize(part) == normalize_reference(part), art.doc_id


def test_every_line_matches_hazm():
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert fastnorm.hazm_normalize(line) == _normalizer().normalize(line), line


def test_project_normalize_is_the_fast_one(monkeypatch):
    raw = "دنبال می کند و كمك هاي ضروری به 51,000 نفر"
    assert normalize(raw) == normalize_reference(raw)
    assert normalize(raw) == "دنبال می\u200cکند و کمک\u200cهای ضروری به ۵۱٬۰۰۰ نفر"
    monkeypatch.setattr(fastnorm, "normalize", lambda text: "fast")
    assert normalize(raw) == "fast"  # analysis.text.normalize runs analysis.fastnorm


@pytest.mark.parametrize(
    "raw",
    [
        "",
        " ",
        "\n \n\t\n",  # blank lines that hazm keeps as they are
        "زمین لرزه ای",  # chained joins
        "نمیدانم چه میگفت",  # می separated by the verb list
        "سلامممم به همه",  # repeated letters
        "ماه می سال جدید",  # not a verb: no join
        '"سلام" ( متن ) « نقل » x.y ۱۲ab ab۱۲ 10.450 و ...',
        "a\u200c\u200c b \u200cc\u200c. \u200cd",  # ZWNJ clean-up
        "رشد 20.5 درصدی و 51,000 نفر و بندهای ۳، ۴ و QQNUMQQ",
        "پیامبر اکرم ﷺ ﷼ ﻻ",
        "کتاب\tها\n\n\n\nو دفتر ها",
    ],
)
def test_edge_cases_match(raw):
    assert fastnorm.hazm_normalize(raw) == _normalizer().normalize(raw)
    assert normalize(raw) == normalize_reference(raw)


_ALPHABET = (
    "\x00\x07\x1f\x7f"
    "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةءأإؤئ"
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789"
    "        \n\t\r\u200c\u00a0\u2009"
    ".,:;!?؟،؛«»\"'()[]{}/\\-_+%٪٫٬…ـ"
    "\u064b\u064e\u0650\u0651\u0652\u0670\ufdf2\ufefb\ufb8e\u06c0abcQ"
)
_WORDS = ["می", "نمی", "ها", "های", "ی", "ای", "تر", "ترین", "گر", "است", "کند", "شود",
          "کتاب", "زمین", "لرزه", "خواهد", "شد", "گفت", "و", "گو", "بین", "المللی",
          "QQNUMQQ", "...", "51,000", "20.5", "۲۰٫۵", '"', "«", "»", " ", "  ", "\n", "\u200c"]
_PERSIANISH = st.lists(
    st.one_of(st.text(alphabet=_ALPHABET, max_size=6), st.sampled_from(_WORDS)), max_size=25
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(_PERSIANISH)
def test_fuzz_matches_the_reference(text):
    assert fastnorm.hazm_normalize(text) == _normalizer().normalize(text)
    assert normalize(text) == normalize_reference(text)


def test_tables_come_from_hazm():
    """The join table is built from hazm's word and verb lists, not copied."""
    tb = fastnorm._tables()
    assert "می" in fastnorm.hazm_data().heads["کند"]  # می‌کند is one of hazm's verbs
    assert "کند" in tb.tails and "می\u200cکند" in tb.verbs
    assert tb.words == _normalizer()._words.keys()
    assert tb.verbs.keys() == _normalizer()._verbs


def test_hazm_data_equals_what_hazm_builds():
    """The shared lists are exactly those of hazm's Normalizer and Lemmatizer(joined_verb_parts=False)."""
    from hazm import Lemmatizer
    from hazm.constants import SUFFIXES

    data = fastnorm.hazm_data()
    nz = _normalizer()
    assert data.words == nz._words.keys()
    assert data.verbs == Lemmatizer(joined_verb_parts=False).verbs
    assert data.verbs.keys() == nz._verbs
    assert data.tokenizer_pattern == nz._tokenizer.pattern.pattern
    assert data.repeat_pattern.pattern == nz.more_than_two_repeat_pattern.pattern
    assert data.repeated_chars_pattern.pattern == nz.repeated_chars_pattern.pattern
    # the join table, the slow way: every `a‌b` that hazm's token_spacing would make
    heads = {s: set() for s in SUFFIXES}
    for entry in set(nz._verbs) | {w for w, (n, _) in nz._words.items() if n > 0}:
        parts = entry.split("\u200c")
        for i in range(1, len(parts)):
            heads.setdefault("\u200c".join(parts[i:]), set()).add("\u200c".join(parts[:i]))
    assert data.heads == heads
    assert data.tails == heads.keys()
    assert data.prefixes == set().union(*heads.values())
    assert data.zwnj_words == {w for w, (n, _) in nz._words.items() if n > 0 and "\u200c" in w}


# --- the on-disk cache of hazm_data ------------------------------------------------------

_FAKE = {"words": frozenset({"کتاب", "کتاب\u200cها"}), "verbs": {"رفت": "رفت#رو", "می\u200cرفت": "رفت#رو"},
         "tails": frozenset({"ها", "رفت"}), "prefixes": frozenset({"کتاب", "می"}),
         "zwnj_words": frozenset({"کتاب\u200cها"}),
         "tokenizer_pattern": "x", "repeat_pattern": "a", "repeated_chars_pattern": "b"}


@pytest.fixture
def cache_env(tmp_path, monkeypatch):
    """A private cache folder and a fake (instant) builder that counts its calls."""
    monkeypatch.setenv(fastnorm.CACHE_DIR_ENV, str(tmp_path))
    monkeypatch.delenv(fastnorm.NO_CACHE_ENV, raising=False)
    builds = []

    def build():
        builds.append(1)
        return dict(_FAKE)

    monkeypatch.setattr(fastnorm, "_build_hazm_fields", build)
    return tmp_path, builds


def _cache_files(folder):
    return sorted(folder.glob("hazm-tables-*.pickle"))


def test_cache_is_written_then_read(cache_env):
    folder, builds = cache_env
    first = fastnorm.load_hazm_data()
    assert len(builds) == 1 and len(_cache_files(folder)) == 1
    second = fastnorm.load_hazm_data()
    assert len(builds) == 1  # loaded, not built
    assert second == first
    assert second.words == _FAKE["words"] and second.tails == _FAKE["tails"]
    assert second.heads == {"ها": frozenset({"کتاب"}), "رفت": frozenset({"می"})}
    assert not list(folder.glob("*.tmp"))  # the temporary file was renamed


def test_corrupt_or_truncated_cache_is_rebuilt(cache_env):
    folder, builds = cache_env
    fastnorm.load_hazm_data()
    (path,) = _cache_files(folder)
    good = path.read_bytes()
    for damaged in (b"", b"not a pickle", good[: len(good) // 2], b"\x80\x05K\x01."):
        path.write_bytes(damaged)
        data = fastnorm.load_hazm_data()
        assert data.words == _FAKE["words"]
    assert len(builds) == 5
    fastnorm.load_hazm_data()  # the last rebuild rewrote a good file
    assert len(builds) == 5


def test_cache_with_another_key_inside_is_rebuilt(cache_env):
    import pickle

    folder, builds = cache_env
    fastnorm.load_hazm_data()
    (path,) = _cache_files(folder)
    path.write_bytes(pickle.dumps({"key": "something else", "value": fastnorm._encode(_FAKE)}))
    fastnorm.load_hazm_data()
    assert len(builds) == 2
    path.write_bytes(pickle.dumps({**_FAKE, "key": "something else"}))  # an older layout
    fastnorm.load_hazm_data()
    assert len(builds) == 3


def test_cache_can_be_turned_off(cache_env, monkeypatch):
    folder, builds = cache_env
    monkeypatch.setenv(fastnorm.NO_CACHE_ENV, "1")
    fastnorm.load_hazm_data()
    fastnorm.load_hazm_data()
    assert len(builds) == 2 and not _cache_files(folder)
    monkeypatch.setenv(fastnorm.NO_CACHE_ENV, "0")  # "0" (or empty) means on
    fastnorm.load_hazm_data()
    assert len(_cache_files(folder)) == 1


def test_unwritable_cache_folder_is_no_error(cache_env, monkeypatch, tmp_path):
    _, builds = cache_env
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv(fastnorm.CACHE_DIR_ENV, str(blocker / "cache"))  # under a file: cannot exist
    assert fastnorm.load_hazm_data().words == _FAKE["words"]
    assert fastnorm.load_hazm_data().words == _FAKE["words"]
    assert len(builds) == 2


def test_default_cache_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv(fastnorm.CACHE_DIR_ENV, raising=False)
    monkeypatch.delenv(fastnorm.NO_CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert fastnorm.cache_dir() == tmp_path / "analysis"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert fastnorm.cache_dir() == Path.home() / ".cache" / "analysis"


def test_cache_key_follows_hazm_files_and_our_source(tmp_path):
    import os

    root = tmp_path / "hazm"
    (root / "data").mkdir(parents=True)
    words = root / "data" / "words.dat"
    words.write_text("کتاب\t1\tN\n")
    (root / "normalizer.py").write_text("# code")
    key = fastnorm.cache_key(root, b"source")
    assert fastnorm.cache_key(root, b"source") == key
    assert fastnorm.cache_key(root, b"other source") != key
    st = words.stat()
    os.utime(words, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert fastnorm.cache_key(root, b"source") != key  # newer data file
    key = fastnorm.cache_key(root, b"source")
    words.write_text("کتاب\t1\tN\nدفتر\t1\tN\n")
    os.utime(words, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert fastnorm.cache_key(root, b"source") != key  # same mtime, other size
    key = fastnorm.cache_key(root, b"source")
    (root / "normalizer.py").write_text("# changed code")
    assert fastnorm.cache_key(root, b"source") != key  # hazm's code


def test_concurrent_writers_leave_a_readable_file(cache_env):
    """Writers replace the file atomically: readers see the old or the new one, never a mix."""
    from concurrent.futures import ThreadPoolExecutor

    folder, _ = cache_env
    path, key = fastnorm._cache_path()
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: fastnorm._write_cache(path, key, dict(_FAKE)), range(32)))
    assert _cache_files(folder) == [path] and not list(folder.glob("*.tmp"))
    assert fastnorm._load_cache(path, key).verbs == _FAKE["verbs"]


def test_real_tables_survive_the_cache(tmp_path, monkeypatch):
    """hazm's real lists, written and read back, equal the ones just built."""
    monkeypatch.setenv(fastnorm.CACHE_DIR_ENV, str(tmp_path))
    monkeypatch.delenv(fastnorm.NO_CACHE_ENV, raising=False)
    built = fastnorm.load_hazm_data()
    assert len(_cache_files(tmp_path)) == 1
    loaded = fastnorm.load_hazm_data()
    assert loaded == built
    assert loaded.verbs == built.verbs and list(loaded.verbs) == list(built.verbs)  # same order
    assert {type(loaded.words), type(loaded.tails), type(loaded.prefixes), type(loaded.zwnj_words)} == {frozenset}
    assert all(type(v) is frozenset for v in loaded.heads.values())


_ZWNJ_TEXT = st.text(alphabet="\u200c\u200c\u200c \nاب۱1.»\u064e\u0670_a\t", max_size=12)


@settings(max_examples=2000, deadline=None)
@given(_ZWNJ_TEXT)
def test_zwnj_patterns_match_analysis_text(text):
    """fastnorm's literal-first forms of text.py's ZWNJ clean-up remove the same runs."""
    from analysis import text as project_text

    if hasattr(project_text, "_STRAY_ZWNJ"):
        assert fastnorm.STRAY_ZWNJ.sub("", text) == project_text._STRAY_ZWNJ.sub("", text)
    if hasattr(project_text, "_LOOSE_ZWNJ"):
        assert fastnorm.LOOSE_ZWNJ.sub("", text) == project_text._LOOSE_ZWNJ.sub("", text)


def test_cache_encoding_round_trips_awkward_strings():
    """Lists are stored as one string: empty lists, empty strings and items that contain
    the separator come back as they were."""
    fields = {"words": frozenset({"", "a\nb", "کتاب"}), "verbs": {"x\ny": "v#1", "": "v#2", "z": "v#1"},
              "tails": frozenset(), "prefixes": frozenset({""}), "zwnj_words": frozenset({"\n"}),
              "tokenizer_pattern": "x", "repeat_pattern": "a", "repeated_chars_pattern": "b"}
    back = fastnorm._decode(fastnorm._encode(fields))
    assert back == fields and list(back["verbs"]) == list(fields["verbs"])
    for items in ([], [""], ["", ""], ["a", "b\n"], ["\n"]):
        assert fastnorm.unpack_strings(fastnorm.pack_strings(items)) == items


def test_disk_cached_helper(tmp_path, monkeypatch):
    """The generic helper: builds once per key, reads back, rebuilds a damaged file, keeps
    only the newest files of a name."""
    monkeypatch.setenv(fastnorm.CACHE_DIR_ENV, str(tmp_path))
    monkeypatch.delenv(fastnorm.NO_CACHE_ENV, raising=False)
    builds = []

    def build():
        builds.append(1)
        return {"value": len(builds)}

    assert fastnorm.disk_cached("thing", lambda: "k1", build) == {"value": 1}
    assert fastnorm.disk_cached("thing", lambda: "k1", build) == {"value": 1}
    assert len(builds) == 1
    (path,) = tmp_path.glob("thing-*.pickle")
    path.write_bytes(b"garbage")
    assert fastnorm.disk_cached("thing", lambda: "k1", build) == {"value": 2}
    for n in range(2, 8):
        fastnorm.disk_cached("thing", lambda n=n: f"k{n}", build)
    assert len(list(tmp_path.glob("thing-*.pickle"))) == fastnorm._CACHE_KEEP
    assert not list(tmp_path.glob("*.tmp"))


def test_loading_the_cache_imports_no_hazm(tmp_path):
    """A valid cache gives hazm_data without importing hazm (which imports nltk)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, fastnorm.CACHE_DIR_ENV: str(tmp_path)}
    env.pop(fastnorm.NO_CACHE_ENV, None)
    code = ("import sys; from analysis import fastnorm; d = fastnorm.hazm_data(); "
            "print(len(d.words), 'hazm' in sys.modules)")
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                           check=True, cwd=ROOT)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                            check=True, cwd=ROOT)
    assert first.stdout.split()[0] == second.stdout.split()[0]
    assert first.stdout.split()[1] == "True"  # built: hazm imported
    assert second.stdout.split()[1] == "False"  # read from the cache
