"""Entity mentions: gazetteer entries and article-learned people found in a Document.

API (for the meetings and quotes stages)
----------------------------------------
`find_mentions(doc) -> list[Mention]`
    All mentions, in text order, never overlapping. `doc.text[m.start:m.end] == m.surface`.
    `Mention.entity_type` and the other fields:

    - `country`: a country or territory name/alias (`روسیه`, `آمریکا`, `جمهوری اسلامی ایران`,
      `کشورمان`). entity_id = country = its code (`RUS`, `XAB`, `PSE`).
    - `demonym`: an adjective of nationality (`روسی`, `ایرانی`, `روسیه‌ای`). entity_id = country.
    - `capital`: a capital or seat of power standing for a government (`مسکو`, `کرملین`,
      `کاخ سفید`). entity_id = country = the code.
    - `place`: a region or non-capital city (data/gazetteer/regions.csv: `هرات`, `خوزستان`,
      `کالیفرنیا`, `استانبول`). entity_id = `<country>:<Name>` (`AFG:Herat`), country = '':
      never a party; a role written before it takes its country (`والی هرات` → a `role`
      mention, AFG), as a regional office never resolved to the country's own holder.
    - `org`: an international organisation (entity_id = country = `IGO:UN`, `IGO:IAEA`, …) or
      a non-state group / national body (entity_id `ORG:HAMAS`, country = `PSE`).
    - `person`: a person of the gazetteer (entity_id `P:<person_id>`) or one learned from
      the article (entity_id `L:<full name>`); `person` = full name, `country` = their
      country on `doc.date` (Rutte: NLD, then IGO:NATO), `role` = their role id
      (`president`, `foreign_minister`, …; people.csv on `doc.date`, or the role that
      introduced them).
    - `role`: a role phrase, with the country/organisation it belongs to when written
      (`رئیس جمهور روسیه`, `دبیرکل کمیته مرکزی حزب کمونیست ویتنام`, `همتای ایرانی خود`
      → the span covers role + country; the nested country is not a separate mention;
      `نخست‌وزیر این کشور` takes the country last named before it, never the media's own
      country, which Iranian media call `کشورمان`).
      entity_id `ROLE:<role_id>`, `role` = the role words as written (without the
      country), `country` = code or '' when unqualified, `person` = the person it refers
      to, only if the article names them: by apposition, or a named person holding
      that role (by people.csv on `doc.date`, or learned here), else ''. An unqualified
      role (`رئیس‌جمهور`) takes the country and person of the one article person with
      that role, if there is exactly one. `همتای روس` takes the one Russian the article
      names; an unnamed diplomat (`نماینده ایران`, `دیپلمات ایرانی`) the one named
      diplomat/spokesperson of that country. Plural roles (`رؤسای جمهور`, `مقامات
      آمریکایی`) and former/elect ones (`رئیس‌جمهور سابق آمریکا`) never get a person.
      `role_holder()` gives the gazetteer holder when the article names nobody.
    `person` of every mention of one person is the fullest name the document uses
    (`آبه شینزو`, `مایک پامپئو` as written, not the gazetteer spelling).
    Pronouns (`وی`, `او`) are not emitted: the quotes stage resolves them.

`people_in(doc) -> dict[str, tuple[str, str]]`
    Every person the document mentions: full name → (country, role id): their office
    (people.csv on `doc.date`, or the role that introduced them).

`fullest_name(doc, m) -> str`
    For an organisation or seat named short (`اوچا`, `پنتاگون`): the fullest name of
    the same body the document writes (`دفتر هماهنگی امور بشردوستانه سازمان ملل`,
    `وزارت دفاع آمریکا`), else `m.surface`. For speakers named in full.

`mentions_in_sentence(doc, sent_id) -> list[Mention]`
    The mentions of one sentence, in order.

`role_holder(doc, m) -> str`
    For a role mention: the person people.csv says held that role for that country on
    `doc.date` (unique holder only), even when the article never names them.

`party_of(m) -> str`
    The code a mention counts for as a party ('' for none): its `country`.

How names are found: the text is cut into words (ZWNJ = space); at each word the
longest gazetteer phrase (up to its length in words) is looked up, with clitics
stripped from the last word (`آفریقاست`, `روسها`, `ایرانیان`). A whole word must
match: `ایرانشهر`, `مصرف`, `عراقچی`, `پروژه` are not countries. `block` phrases of
the gazetteer (`آمریکای لاتین`, `دریای چین جنوبی`, `چک` "cheque") match and are
dropped.

Learning people: a role phrase with its country next to a name (`جان دو،
رئیس جمهور کشور X`, `«جین دو» وزیر خارجه کشور Y`, `با X رئیس جمهور Y`,
`سخنگوی وزارت خارجه آمریکا، ند پرایس`) makes the name a person of that country for the
whole document; other occurrences of the full name or of its last word (`دو`,
unless an ordinary word like `صدر`) become person mentions. The name is 1–3 words
(4 inside «…») that are no stop words, verbs, titles (`آقای`, `سرتیپ`) or known
entities; without a comma or «…» it must also look unlike ordinary words (hazm's
lexicon). A «full name» holding a known surname (`«سید داوود صالحی»`) is a new person.
A one-word place that is the surname of a person the document names in full is that
person (`دیوید کامرون … کامرون`: Cameron, not Cameroon).
A 2–3-word name of given names and words unknown to hazm's lexicon right before a
speech verb (`حسین صمصامی گفت: …`) is a person (country '') when the article also
uses its last word alone (`صمصامی … تاکید کرد`). The last word of a gazetteer person
named in full (`مجید تخت روانچی`) is that person elsewhere (`تحت روانچی`), unless an
ordinary word. A delegation's country may follow `از` (`هیئتی از عربستان`).
After a source opener (`به گفته ROLE، …`, `به اعتقاد`, `بنابر اعلام`, …) the comma ends the
attribution: the words after it are no name unless closed by a comma too (`ند پرایس،`).
With a comma, a name must hold a given name or a word rare in hazm's lexicon (also without
a plural/`ی` ending: `صادرات غلات` is no name). Without one, a name whose first word is
ordinary (`مهرداد`) is learned when its rare last word is written apart and used alone
elsewhere (`بذرپاش`). People of family-name-first countries (family_name_first.csv:
`یون سوک یول`) are called by their first word (`یون`), others by their last; a first
word that is also an ordinary word (`لی`, `یو`; for a name learned from the text, any word
of hazm's lexicon) only after a title or as a clause's subject (`آقای لی`, `لی گفت`).
The noun of `به رهبری X` / `به ریاست X` (led / headed by X: NAME_STOP_WORDS) is never
part of X's name. A name hazm splits at `می` (`میسری` → `می‌سری`) is shortened whole.
Without a date (or none of a person's tenures covering it), a gazetteer person takes the
tenure the role written next to the name points to (`آنالنا بربوک، وزیر امور خارجه
آلمان`: DEU, not IGO:UN), else the latest: one affiliation per person.
A place spelled like a weekday (`دوشنبه`, Dushanbe) is a place only in a place context
(`در دوشنبه`, `وارد دوشنبه شد`, `دوشنبه، پایتخت …`), never a day (`روز دوشنبه`).
A gazetteer person written next to a role without punctuation bears it only if
people.csv gives them that office then (or the role is `همتای`), and never when
followed by `را` (`… سخنگوی وزارت خارجه ایران ظریف را همراهی می‌کند`).

An unknown name right after a military rank (`سردار ابوالفضل شکارچی`, `امیر سرتیپ …`,
`سرتیپ دوم پاسدار …`, `ژنرال …`: lex.MILITARY_TITLES) is a person; the rank is never part
of a person's name (`سرلشکر باقری` → `محمد باقری`). A Latin-script gloss in brackets after
a name (`ایوان خیل (Yván Gil)، وزیر …`) belongs to that name; a gazetteer person written
in Latin script by their whole English name (`Antony Blinken نوشت`) is that person.
`ROLE1 و ROLE2` of two international organisations after one name (`نماینده ویژه دبیرکل
سازمان ملل و رئیس یوناما`) are both that person's offices.

Word lists (clitics, titles, stop words, fillers) are in analysis/lexicon/roles.py;
names and role phrases in data/gazetteer/ (see its README.md).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import accumulate, compress
from operator import attrgetter

from .document import Document, Mention
from .gazetteer import (
    WORD_RE,
    Entry,
    Gazetteer,
    Person,
    Tenure,
    canonical,
    canonical_text,
    canonical_word,
    gazetteer,
    latin_key,
    place_country,
)
from .lexicon import roles as lex
from .lexicon.meetings import WITH as COUNTERPART_WITH
from .text import lemma

# Characters allowed between the words of one name.
_JOINERS = set(" \u200c\u00ad-+")  # space, ZWNJ, soft hyphen, hyphen, plus
_JOINER_CHARS = "".join(sorted(_JOINERS))


def _only_joiners(gap: str) -> bool:
    """Whether `gap` holds nothing but joiners (`set(gap) <= _JOINERS`, without the set)."""
    return not gap.strip(_JOINER_CHARS)


_SKIP = {" ": re.compile(" *"), None: re.compile(r"\s*")}  # `\s` = `str.isspace`, as strip()


def _char_after(text: str, pos: int, blank: str | None = None) -> str:
    """`text[pos:].lstrip(blank)[:1]` without copying the rest of the text."""
    after = _SKIP[blank].match(text, pos).end()
    return text[after:after + 1]


def _char_before(text: str, pos: int, blank: str | None = None) -> str:
    """`text[:pos].rstrip(blank)[-1:]` without copying the text before `pos`."""
    while pos > 0 and (text[pos - 1] == blank if blank else text[pos - 1].isspace()):
        pos -= 1
    return text[pos - 1:pos] if pos > 0 else ""


class _Words:
    """The words of a text (`WORD_RE`) as parallel lists: word k is `text[starts[k]:ends[k]]`
    and its canonical form is `keys[k]`; `vocabulary` is the set of the keys. Lists rather
    than an object per word: they are built by `map` in C and most passes only scan `keys`."""

    __slots__ = ("ends", "keys", "media", "starts", "vocabulary")

    def __init__(self, starts: list[int], ends: list[int], keys: list[str]) -> None:
        self.starts = starts
        self.ends = ends
        self.keys = keys
        self.vocabulary = frozenset(keys)
        self.media: frozenset[int] = frozenset()  # words of news outlets' names (agencies.csv)

    def __len__(self) -> int:
        return len(self.keys)


@dataclass(slots=True)
class _Role:
    """A matched span: a gazetteer match (`country`, `person` from its entry) and, after
    role composition, a role with its target, or a person learned from the article."""

    i: int  # first word
    j: int  # one past the last word
    start: int
    end: int
    entry: Entry
    country: str = ""
    role_text: str = ""  # role words as written (roles only)
    person: str = ""  # resolved person (roles, persons)
    person_role: str = ""  # role id of the person
    learned: bool = False
    merged: bool = False  # a «full name» whose last word is a known person's name
    region: str = ""  # roles: the place code of a region written after it (`والی هرات`)
    antecedent: _Role | None = None  # roles: the fuller role phrase this one shortens


def _match(i: int, j: int, start: int, end: int, entry: Entry) -> _Role:
    """The span of a gazetteer match, as `_compose_roles` keeps it when it is no role."""
    return _Role(i, j, start, end, entry, entry.country, "", entry.person)


def _media_words(matches: list[_Role]) -> frozenset[int]:
    """Positions of the words of news outlets' names (agencies.csv, `MEDIA:` blocks):
    a name learned from the text never runs into one (`بی‌بی‌سی فارسی NAME، …`)."""
    return frozenset(k for m in matches if m.entry.entity_id.startswith("MEDIA:")
                     for k in range(m.i, m.j))


_FIRST_WORD = attrgetter("i")
_PAST_LAST_WORD = attrgetter("j")


@dataclass(slots=True)
class _Learned:
    name: str
    country: str
    role: str  # role id
    region: str = ""  # the place code of a regional role (`X، والی هرات`)


@cache
def _stopwords() -> frozenset[str]:
    from hazm import stopwords_list

    words = set(stopwords_list()) - lex.ROLE_FILLER_ALLOWED
    return frozenset(canonical_word(w) for w in words | lex.NAME_STOP_WORDS)


@cache
def _filler_stop() -> frozenset[str]:
    from hazm import stopwords_list

    words = set(stopwords_list()) - lex.ROLE_FILLER_ALLOWED - lex.ROLE_FILLER_CONNECTORS
    return frozenset(canonical_word(w) for w in words)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """What the name rules ask of hazm's word counts (words.dat), by folded word."""

    known: frozenset[str]  # every word of the lexicon
    common: frozenset[str]  # counted more than COMMON_WORD_FREQUENCY times (`روز`, `صدر`)
    frequent: frozenset[str]  # counted at least RARE_WORD_FREQUENCY times (not rare)


# hazm's words.dat when every line is `word<TAB>count<TAB>tags` with no blank in a field
_WORDS_DAT = re.compile(r"(?:\S+\t\S+\t\S+\n)*\S+\t\S+\t\S+\n?")


@cache
def _hazm_lexicon() -> _Lexicon:
    """hazm's lexicon (`_read_hazm_lexicon`), once per process, from the on-disk cache when valid.

    Reading and folding `words.dat` takes about a tenth of a second per process (a
    dask worker pays it before its first partition); the cache (`fastnorm.disk_cached`,
    `ANALYSIS_NO_CACHE=1` turns it off) holds the folded words as one string and the
    two subsets as masks over them, which load in a few milliseconds. It is keyed by
    hazm's data files and version and by the code that derives the sets: this file,
    `analysis/gazetteer.py` (the folding) and the two frequency thresholds.
    """
    from .fastnorm import disk_cached, unpack_strings

    stored = disk_cached("hazm-lexicon", _lexicon_key, _lexicon_fields)
    known = unpack_strings(stored["known"])
    # the subsets share the known words' strings (their hashes are already computed)
    return _Lexicon(frozenset(known), frozenset(compress(known, stored["common"])),
                    frozenset(compress(known, stored["frequent"])))


def _lexicon_key() -> str:
    """The cache key of `_hazm_lexicon` (see `fastnorm.hazm_key`)."""
    from pathlib import Path

    from .fastnorm import hazm_key

    folding = Path(canonical_text.__code__.co_filename)  # analysis/gazetteer.py
    thresholds = f"lexicon 1 {lex.COMMON_WORD_FREQUENCY!r} {lex.RARE_WORD_FREQUENCY!r}"
    return hazm_key(Path(__file__).read_bytes(), folding.read_bytes(), thresholds.encode())


def _lexicon_fields() -> dict:
    """`_read_hazm_lexicon()` as `_hazm_lexicon` stores it: the words, and a mask per subset."""
    from .fastnorm import pack_strings

    lexicon = _read_hazm_lexicon()
    known = sorted(lexicon.known)
    return {"known": pack_strings(known), "common": bytes(map(lexicon.common.__contains__, known)),
            "frequent": bytes(map(lexicon.frequent.__contains__, known))}


def _read_hazm_lexicon() -> _Lexicon:
    """hazm's lexicon (`words_list()`), read from hazm's `words.dat` without its tag tuples.

    A folded word counts as often as the most frequent word that folds to it, so it is
    `common`/`frequent` when any of them is: no per-word maximum needed. The file is
    folded and split at once, and the sets are built with `compress`: no Python step per
    line (~0.1 s instead of ~0.6 s for the line-by-line dict it replaces).
    """
    from hazm.utils import default_words

    with open(default_words, encoding="utf-8") as file:
        raw = file.read()
    data = canonical_text(raw)  # (folding keeps every blank and tab where it is)
    if _WORDS_DAT.fullmatch(data):  # so `line.strip().split("\t")` gives these 3 fields
        fields = data.rstrip("\n").replace("\n", "\t").split("\t")
        words, counts = fields[0::3], list(map(int, fields[1::3]))
    else:  # any other layout: line by line, as hazm reads it
        words, counts = [], []
        for line in raw.split("\n"):
            item = line.strip().split("\t")
            if len(item) == 3:
                words.append(canonical_text(item[0]))
                counts.append(int(item[1]))
    return _Lexicon(
        frozenset(words),
        frozenset(compress(words, map(lex.COMMON_WORD_FREQUENCY.__lt__, counts))),
        frozenset(compress(words, map(lex.RARE_WORD_FREQUENCY.__le__, counts))))


# `WORD_RE` as one group: `split` gives gap, word, gap, word, …, gap (strings only); on a
# text without diacritics (hazm's normalizer drops them) `WORD_RE` is `[^\W_]+`, faster
_WORD_SPLIT = re.compile(f"({WORD_RE.pattern})")
_PLAIN_WORD_SPLIT = re.compile(r"([^\W_]+)")
_DIACRITIC = re.compile(r"[\u064B-\u065F\u0670]")  # the marks `WORD_RE` handles apart


def _words(text: str) -> _Words:
    """The words of `text`, with their offsets and canonical forms.

    No Python step and no object per word: `split` on the word pattern gives the words
    and the gaps between them, and the running sum of their lengths the offsets."""
    parts = (_WORD_SPLIT if _DIACRITIC.search(text) else _PLAIN_WORD_SPLIT).split(text)
    offsets = list(accumulate(map(len, parts)))  # word k: offsets[2k] to offsets[2k + 1]
    return _Words(offsets[0:-1:2], offsets[1::2], list(map(canonical_word, parts[1::2])))


def _positions(words: _Words, keys: Iterable[str]) -> list[int]:
    """Indices of the words whose canonical form is in `keys`, in order.

    No Python step per word: the few keys the text has are looked for with `list.index`,
    many with one `map` over the words."""
    found = words.vocabulary.intersection(keys)
    if len(found) > 3:
        return list(compress(range(len(words.keys)), map(found.__contains__, words.keys)))
    out: list[int] = []
    index = words.keys.index
    for key in found:
        k = index(key)
        try:
            while True:
                out.append(k)
                k = index(key, k + 1)
        except ValueError:
            pass
    if len(found) > 1:
        out.sort()
    return out


@lru_cache(maxsize=200_000)
def _strip_clitic(key: str) -> tuple[str, ...]:
    out = []
    for suffix, stem_end in lex.CLITIC_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            stem = key[: -len(suffix)]
            if not stem_end or stem[-1] in stem_end:
                out.append(stem)
    return tuple(out)


def _first_words(table: dict[str, Entry]) -> dict[str, int]:
    """First word of every phrase → the most words a phrase starting with it has."""
    out: dict[str, int] = {}
    for key in table:
        parts = key.split(" ")
        out[parts[0]] = max(out.get(parts[0], 0), len(parts))
    return out


def _phrase_starts(first: dict[str, int]) -> frozenset[str]:
    """Every word that may start a match of a table with first words `first`: a first
    word, or a first word plus a clitic `_strip_clitic` removes (`روسها`, `آفریقاست`)."""
    out = set(first)
    for f in first:
        if len(f) > 1:
            out.update(f + suffix for suffix, stem_end in lex.CLITIC_SUFFIXES
                       if not stem_end or f[-1] in stem_end)
    return frozenset(out)


@cache
def _gazetteer_first_words() -> dict[str, int]:
    return _first_words(gazetteer().entries)


def _phrase_heads(table: dict[str, Entry]) -> frozenset[str]:
    """The first 1..n-1 words of every n-word phrase of `table`: a longer match is only
    worth trying while the words read so far are one of these."""
    out = set()
    for key in table:
        parts = key.split(" ")
        out.update(" ".join(parts[:k]) for k in range(1, len(parts)))
    return frozenset(out)


@cache
def _gazetteer_phrase_starts() -> frozenset[str]:
    return _phrase_starts(_gazetteer_first_words())


@cache
def _gazetteer_phrase_heads() -> frozenset[str]:
    return _phrase_heads(gazetteer().entries)


def _match_words(text: str, words: _Words, table: dict[str, Entry],
                 first: dict[str, int], taken: list[bool] | None = None,
                 starts: frozenset[str] | None = None,
                 heads: frozenset[str] | None = None,
                 one_word: Callable[[str], tuple[Entry | None, int]] | None = None) -> list[_Role]:
    """Longest-first, left-to-right matches of `table` phrases over `words`.

    Only words in `starts` (`_phrase_starts(first)`) can begin a match, so the others
    are skipped without a Python step each; a match is only tried as long as its words
    are joined (spaces/ZWNJ between them) and all but its last form one of `heads`
    (`_phrase_heads(table)`). Both are computed when not given; `one_word` is
    `_one_word` for `table` (the gazetteer's is cached by word)."""
    if starts is None:
        starts = _phrase_starts(first)
    if heads is None:
        heads = _phrase_heads(table)
    keys, word_starts, word_ends = words.keys, words.starts, words.ends
    get = table.get
    out: list[_Role] = []
    n = len(keys)
    resume = 0  # one past the last match
    for i in _positions(words, starts):
        if i < resume or (taken is not None and taken[i]):
            continue
        w0 = keys[i]
        # the most words a phrase starting here has; a word that is no first word is a
        # candidate only for a one-word phrase plus a clitic (`آفریقاست`, `روسها`)
        most = first.get(w0, 1)
        # the longest length worth trying: words joined (only `_JOINERS` between them),
        # all but the last a phrase head; match_heads[length - 1] is the head (all but the
        # last word) of a match of that length
        longest = 1
        cap = min(most, n - i)
        if cap > 1:
            match_heads = [""]
            head = w0
            while longest < cap and head in heads and not text[
                    word_ends[i + longest - 1]:word_starts[i + longest]].strip(_JOINER_CHARS):
                match_heads.append(head)
                head = f"{head} {keys[i + longest]}"
                longest += 1
        for length in range(longest, 1, -1):
            j = i + length
            if taken is not None and any(taken[i:j]):
                continue
            head = match_heads[length - 1]
            last = keys[j - 1]
            entry = get(f"{head} {last}")
            cand = last
            if entry is None:
                for cand in _strip_clitic(last):
                    entry = get(f"{head} {cand}")
                    if entry is not None:
                        break
            if entry is not None:
                end = word_ends[j - 1]
                if cand != last:  # a stripped clitic stays outside the mention
                    end -= len(last) - len(cand)
                    # (canonical folding never changes a word's length)
                out.append(_Role(i, j, word_starts[i], end, entry, entry.country, "", entry.person))
                resume = j
                break
        else:  # one word, maybe with a clitic
            entry, clitic = one_word(w0) if one_word is not None else _one_word(table, w0)
            if entry is not None:
                out.append(_Role(i, i + 1, word_starts[i], word_ends[i] - clitic, entry,
                                 entry.country, "", entry.person))  # (as `_match` makes it)
                resume = i + 1
    return out


def _one_word(table: dict[str, Entry], key: str) -> tuple[Entry | None, int]:
    """The entry of a one-word phrase `key`, or of `key` without a clitic (`روسها`),
    and the length of the clitic left outside the mention."""
    entry = table.get(key)
    if entry is not None:
        return entry, 0
    for stem in _strip_clitic(key):
        entry = table.get(stem)
        if entry is not None:
            return entry, len(key) - len(stem)  # (canonical folding keeps word lengths)
    return None, 0


@lru_cache(maxsize=100_000)
def _gazetteer_one_word(key: str) -> tuple[Entry | None, int]:
    return _one_word(gazetteer().entries, key)


@lru_cache(maxsize=100_000)
def _is_verb(word: str) -> bool:
    """Whether a word (as written) is a verb form: `کرد`, `می‌گوید`, `رساند`, `اظهارداشت`."""
    if word in lex.VERB_WORDS or word.startswith(lex.VERB_PREFIXES):
        return True
    if word in lex.VERB_LOOKALIKE_NOUNS:
        return False
    if word.endswith(lex.VERB_ENDINGS) and len(word) > 5:
        return True
    found = lemma(word)
    if "#" not in found:
        return False
    # an adjective in -ی of a noun spelled like a present stem (`فرهنگی` "cultural",
    # hazm: فرهیختن/فرهنگ) is no verb form; short stems stay verbs (`کنی`, `شوی`)
    stem = found.split("#")[1]
    return not (word.endswith("ی") and len(stem) >= 4 and word[:-1] == stem)


def find_mentions(doc: Document) -> list[Mention]:
    """Mentions of countries, organisations, people and roles, in text order."""
    gaz = gazetteer()
    text = doc.text
    words = _words(text)
    matches = _match_words(text, words, gaz.entries, _gazetteer_first_words(),
                           starts=_gazetteer_phrase_starts(), heads=_gazetteer_phrase_heads(),
                           one_word=_gazetteer_one_word)
    words.media = _media_words(matches)
    if gaz.latin_people:
        matches = _latin_people(text, words, matches, gaz)
    matches = _adjectives(text, words, matches)
    matches = _weekday_places(text, words, matches)
    matches = _short_org_names(text, words, matches)
    matches = _foreign_bodies(text, words, matches)
    if gaz.guarded_countries:
        _guarded_countries(text, words, matches, gaz)
    if gaz.shared:
        _choose_among_namesakes(matches, gaz, doc.date)
    mentions: list[Mention] = []
    roles = _compose_roles(text, words, matches, gaz)
    roles = _shortened_roles(text, words, matches, roles)
    roles = _listed_ministry_titles(text, words, matches, roles)
    roles = _repeated_bare_roles(text, words, matches, roles)
    roles = _merge_quoted_names(text, words, roles)
    namesakes = _namesakes(text, words, roles, gaz)
    if namesakes:
        _namesake_surnames(words, roles, namesakes)
    learned = _learn_people(doc, text, words, roles, gaz)
    if namesakes:  # a namesake takes the country and role of the role written beside it
        for r in roles:
            if r.entry.entity_type == "role" and r.person in namesakes and r.country:
                learned.setdefault(r.person, _Learned(r.person, r.country, r.entry.entity_id))
    if learned:
        for r in roles:
            if r.learned and r.person in learned:
                r.country, r.person_role = learned[r.person].country, learned[r.person].role
    for name, p in _learn_relayed(text, words, roles, gaz).items():
        learned.setdefault(name, p)
    for name, p in _learn_speakers(text, words, roles).items():
        learned.setdefault(name, p)
    for name, p in _learn_titled(text, words, roles).items():
        learned.setdefault(name, p)
    _learn_before_unknown_bodies(text, words, matches, roles, learned)  # (the weakest clue)
    roles = _add_learned(text, words, roles, learned)
    roles = _surnames_over_places(words, roles)
    roles = _gazetteer_surnames(text, words, roles)
    _variant_given_names(text, words, roles, gaz)
    _short_names_to_nearest_full(words, roles, gaz)
    plural: set[int] = set()
    regions: dict[int, str] = {}  # id(mention) → region code of a regional office
    sent_ids = _sentence_ids(doc, roles)
    tenures = _tenures_in_document(text, words, doc.date, roles, gaz)
    of_span: dict[int, Mention] = {}  # id(span) → its mention (shortened roles' antecedents)
    for m, sent_id in zip(roles, sent_ids):
        mention = _to_mention(doc, m, gaz, sent_id, tenures)
        mentions.append(mention)
        of_span[id(m)] = mention
        if m.entry.plural:
            plural.add(id(mention))
        region = m.region if m.entry.entity_type == "role" else \
            learned[m.person].region if m.learned and m.person in learned else ""
        if region:
            regions[id(mention)] = region
    _resolve_roles(doc, mentions, gaz, plural, regions)
    unheld: set[int] = set()
    for m in roles:  # `فرمانده هوافضای سپاه`: the holder of the fuller phrase before it
        if m.antecedent is not None and id(m.antecedent) in of_span:
            mention, full = of_span[id(m)], of_span[id(m.antecedent)]
            if full.person:  # (before any guess among the role's other holders)
                mention.person, mention.country = full.person, full.country
            else:  # no one held the fuller phrase (`کشور عضو اتحادیه`): no shortened role
                unheld.add(id(mention))
    if unheld:
        mentions = [m for m in mentions if id(m) not in unheld]
    return mentions


def _sentence_ids(doc: Document, spans: list[_Role]) -> list[int]:
    """The sent_id of each span: of the sentence it starts in, or of the nearest one
    before (the first sentence for a span before them all)."""
    if not doc.sentences:
        return [0] * len(spans)
    starts = [sent.start for sent in doc.sentences]
    ids = [sent.sent_id for sent in doc.sentences]
    right = bisect.bisect_right
    first = starts[0]
    return [ids[right(starts, r.start) - 1] if r.start >= first else ids[0] for r in spans]


def _matches_at(words: _Words, keys, matches: list[_Role], word_of) -> Iterator[int]:
    """Indexes of the matches whose word `word_of(match)` is a position of one of `keys`.

    `word_of` is `_FIRST_WORD` or `_PAST_LAST_WORD`: increasing along `matches`
    (matches never overlap), so each position is found by bisection.
    """
    found = None
    for k in _positions(words, keys):
        if found is None:
            found = list(map(word_of, matches))
        x = bisect.bisect_left(found, k)
        if x < len(found) and found[x] == k:
            yield x


# --- pass 1b: `روسیه‌ای` adjectives ---------------------------------------
def _adjectives(text: str, words: _Words, matches: list[_Role]) -> list[_Role]:
    """A country name glued (ZWNJ) to `ای` is a demonym: `روسیه‌ای`. Only the matches
    ending right before such a word are looked at."""
    n = len(words)
    for x in _matches_at(words, lex.ADJECTIVE_SUFFIX_WORDS, matches, _PAST_LAST_WORD):
        m = matches[x]
        if (m.entry.entity_type == "country" and m.j < n and m.end == words.ends[m.j - 1]
                and text[m.end:words.starts[m.j]] == "\u200c"):
            e = m.entry
            adj = Entry(e.name, "demonym", "demonym", e.entity_id, e.country)
            matches[x] = _match(m.i, m.j + 1, m.start, words.ends[m.j], adj)
    return matches


# --- pass 1c: `دوشنبه` Dushanbe or Monday -----------------------------------
@cache
def _weekday_keys() -> frozenset[str]:
    from .lexicon.meetings import WEEKDAYS

    return frozenset(canonical_word(w) for w in WEEKDAYS)


@cache
def _context_words() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(canonical_word(w) for w in ws) for ws in (
        lex.PLACE_BEFORE_WORDS, lex.PLACE_AFTER_WORDS, lex.DAY_BEFORE_WORDS, lex.DAY_AFTER_WORDS))


def _weekday_places(text: str, words: _Words, matches: list[_Role]) -> list[_Role]:
    """Drop a place spelled like a weekday unless the context makes it a place:
    `در دوشنبه`, `وارد دوشنبه شد`, `دوشنبه، پایتخت …` (never `روز دوشنبه`, `دوشنبه گذشته`).
    Only the matches starting at a weekday word are looked at."""
    place_before, place_after, day_before, day_after = _context_words()
    n = len(words)
    drop: list[int] = []
    for x in _matches_at(words, _weekday_keys(), matches, _FIRST_WORD):
        m = matches[x]
        if m.j - m.i != 1 or m.entry.entity_type not in ("country", "capital"):
            continue
        gap_before = text[words.ends[m.i - 1]:m.start] if m.i > 0 else "\n"
        prev = words.keys[m.i - 1] if "\n" not in gap_before and m.i > 0 else ""
        gap_after = text[m.end:words.starts[m.j]] if m.j < n else "\n"
        nxt = words.keys[m.j] if "\n" not in gap_after and m.j < n else ""
        day = prev in day_before or nxt in day_after or (nxt and nxt[0].isdigit())
        if day or not (prev in place_before or nxt in place_after):
            drop.append(x)
    for x in reversed(drop):
        del matches[x]
    return matches


# --- pass 1c': `صندوق` for the fund named in full before ---------------------
@cache
def _org_heads() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(full-name first word → bare head, bare heads, words that block a back-reference)."""
    first = {canonical_word(f): canonical_word(h)
             for h, forms in lex.ORG_HEAD_WORDS.items() for f in forms}
    bare = frozenset(canonical_word(h) for h in lex.ORG_HEAD_WORDS)
    return first, bare, frozenset(canonical_word(w) for w in lex.ORG_HEAD_NOT_AFTER)


@cache
def _org_head_ends() -> frozenset[str]:
    return frozenset(canonical_word(w) for w in lex.ORG_HEAD_END_WORDS)


def _short_org_names(text: str, words: _Words, matches: list[_Role]) -> list[_Role]:
    """A bare head word (`صندوق`, `آژانس`, `سازمان`, `بانک`, …) outside any match is the
    organisation named in full before it (`صندوق بین‌المللی پول` … `رئیس هیات صندوق در
    پاکستان`) when exactly one gazetteer organisation with that head word was named before
    and no other name with that head (`صندوق توسعه ملی`) was written before. The word
    must stand alone: followed by punctuation, a verb or ORG_HEAD_END_WORDS (`در`, `و`), never by a word that
    continues a longer name (`بانک مرکزی`), nor glued (`صندوق‌ها`) or counted (`یک بانک`)."""
    first, bare, not_after = _org_heads()
    if not bare & words.vocabulary:
        return matches
    named: dict[str, list[_Role]] = {}  # bare head → the org matches written with it
    for m in matches:
        if m.entry.entity_type == "org" and m.entry.kind in lex.ORG_HEAD_TYPES \
                and words.keys[m.i] in first:
            named.setdefault(first[words.keys[m.i]], []).append(m)
    if not named:
        return matches
    covered = {k for m in matches for k in range(m.i, m.j)}
    ends = _org_head_ends()
    n = len(words)
    other_names: dict[str, list[int]] = {}  # head → positions of other `HEAD + name` phrases
    alone: list[tuple[int, str]] = []
    for k in _positions(words, first):
        if k in covered:
            continue
        head = first[words.keys[k]]
        gap_after = text[words.ends[k]:words.starts[k + 1]] if k + 1 < n else "."
        glued = "\u200c" in gap_after or (k > 0 and text[words.ends[k - 1]:words.starts[k]] == "\u200c")
        continues = _only_joiners(gap_after) and not glued and words.keys[k + 1] not in ends \
            and not _is_verb(text[words.starts[k + 1]:words.ends[k + 1]])
        if glued or continues or words.keys[k] not in bare:
            other_names.setdefault(head, []).append(k)
        elif k == 0 or words.keys[k - 1] not in not_after:
            alone.append((k, head))
    added: list[_Role] = []
    for k, head in alone:
        before = [m for m in named.get(head, ()) if m.j <= k]
        if not before or len({m.entry.entity_id for m in before}) != 1 \
                or any(x < k for x in other_names.get(head, ())):
            continue
        added.append(_match(k, k + 1, words.starts[k], words.ends[k], before[-1].entry))
    if not added:
        return matches
    return sorted(matches + added, key=_FIRST_WORD)


_COUNTRY_TYPES = frozenset({"country", "demonym", "capital"})


def _foreign_bodies(text: str, words: _Words, matches: list[_Role]) -> list[_Role]:
    """A national body's generic name followed at once by another country's name is
    that country's body (`شرکت ملی نفت عراق`, `سازمان هواشناسی ترکیه`, `سازمان حفاظت
    محیط زیست آمریکا`): the organisations.csv row (IRN's short form as Iranian media
    write it) is dropped, so a role before it takes the written country instead."""
    drop: set[int] = set()
    for a, b in zip(matches, matches[1:]):
        e = a.entry
        if e.entity_type == "org" and e.kind == "body" and e.country \
                and not e.country.startswith("IGO:") and b.i == a.j \
                and b.entry.entity_type in _COUNTRY_TYPES and b.country \
                and b.country != e.country and _only_joiners(text[a.end:b.start]):
            drop.add(id(a))
    return [m for m in matches if id(m) not in drop] if drop else matches


# --- pass 1c': a country name that is also a common word (`مالی`) ----------------
def _guarded_countries(text: str, words: _Words, matches: list[_Role], gaz: Gazetteer) -> None:
    """A `guarded_country` name (`مالی` Mali / "financial") is the country only in a
    context no "financial" reading fits; elsewhere it stays a dropped block:
    - right after a state role (`وزیر خارجه مالی`, `رئیس‌جمهور مالی`, `سفیر مالی`;
      `lex.GUARDED_COUNTRY_ROLES`), or a state's head noun (`ارتش مالی`, `دولت نظامی
      مالی`, `رئیس دولت انتقالی مالی`; `lex.GUARDED_COUNTRY_NOUNS`), with only
      `lex.GUARDED_COUNTRY_FILLERS` (`دولت`, `انتقالی`, `نظامی`) between;
    - in a list of countries: a country name right before or after it across `،`/`و`
      (`مالی، بورکینافاسو و نیجر`, `نیجر و مالی`).
    Never after a bare `وزیر`/`رئیس`/`مدیر` or inside a ministry's name (`وزیر امور
    اقتصادی و مالی`, `وزیر مالی` "finance minister", Dari `وزیر مالیه`), nor in
    `منابع مالی`, `کمک مالی`, `سال مالی`."""
    by_start = {m.i: m for m in matches}
    by_end = {m.j: m for m in matches}
    roles, nouns, fillers = _guarded_country_context()
    and_word = canonical_word(lex.AND_WORD)
    n = len(words)
    for idx, m in enumerate(matches):
        if m.entry.entity_type != "block":
            continue
        country = gaz.guarded_countries.get(canonical(m.entry.name))
        if country is None or m.j - m.i != 1:
            continue
        if _guarded_after_state(text, words, m.i, by_end, roles, nouns, fillers) \
                or _in_country_list(text, words, m, by_start, by_end, and_word, n):
            matches[idx] = _match(m.i, m.j, m.start, m.end, country)


@cache
def _guarded_country_context() -> tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[str]]:
    return (frozenset(lex.GUARDED_COUNTRY_ROLES),
            frozenset(tuple(canonical(w).split()) for w in lex.GUARDED_COUNTRY_NOUNS),
            frozenset(canonical_word(w) for w in lex.GUARDED_COUNTRY_FILLERS))


def _guarded_after_state(text: str, words: _Words, i: int, by_end: dict[int, _Role],
                         roles: frozenset[str], nouns: frozenset[tuple[str, ...]],
                         fillers: frozenset[str]) -> bool:
    """Whether word `i` follows a state role or head noun, across filler words only."""
    k = i
    for _ in range(3):  # at most two fillers: `رئیس دولت انتقالی مالی`
        if k == 0 or not _only_joiners(text[words.ends[k - 1]:words.starts[k]]):
            return False
        role = by_end.get(k)
        if role is not None and role.entry.entity_type == "role":
            return role.entry.entity_id in roles and not role.entry.plural
        for noun in nouns:
            a = k - len(noun)
            if a >= 0 and tuple(words.keys[a:k]) == noun \
                    and all(_only_joiners(text[words.ends[x]:words.starts[x + 1]]) for x in range(a, k - 1)):
                return True
        if words.keys[k - 1] not in fillers:
            return False
        k -= 1
    return False


def _in_country_list(text: str, words: _Words, m: _Role, by_start: dict[int, _Role],
                     by_end: dict[int, _Role], and_word: str, n: int) -> bool:
    """Whether `m` stands in a list with a country name (`مالی، بورکینافاسو و نیجر`,
    `نیجر و مالی`): the next/previous match is a country, joined by `،`, `,` or `و`."""
    def country(r: _Role | None) -> bool:
        return r is not None and r.entry.entity_type == "country"

    # before: `… نیجر و مالی`, `بورکینافاسو، مالی`
    if m.i > 0:
        gap = text[words.ends[m.i - 1]:m.start].strip()
        if gap in ("،", ",") and country(by_end.get(m.i)):
            return True
        if m.i > 1 and words.keys[m.i - 1] == and_word and _only_joiners(gap) \
                and _only_joiners(text[words.ends[m.i - 2]:words.starts[m.i - 1]]) \
                and country(by_end.get(m.i - 1)):
            return True
    # after: `مالی، بورکینافاسو …`, `مالی و نیجر`
    if m.j < n:
        gap = text[m.end:words.starts[m.j]].strip()
        if gap in ("،", ",") and country(by_start.get(m.j)):
            return True
        if m.j + 1 < n and words.keys[m.j] == and_word and _only_joiners(gap) \
                and _only_joiners(text[words.ends[m.j]:words.starts[m.j + 1]]) \
                and country(by_start.get(m.j + 1)):
            return True
    return False


# --- pass 1d: a variant several people share (`عون`) -------------------------
def _choose_among_namesakes(matches: list[_Role], gaz: Gazetteer, date: str | None) -> None:
    """A variant that several gazetteer people share (`عون`: Michel and Joseph Aoun,
    `بن سلمان`) is the one whose unshared name the document writes nearest before it
    (`جوزف عون … عون`), else the first one written after it (a headline's surname, then
    the body's full name); else the only one in office on the document's date; else
    the gazetteer's first (people.csv order)."""
    shared = [x for x, m in enumerate(matches) if m.entry.entity_type == "person"
              and canonical(m.entry.name) in gaz.shared]
    if not shared:
        return
    # unshared names of people: (first word, person id), in text order
    named = [(m.i, m.entry.entity_id) for m in matches if m.entry.entity_type == "person"
             and canonical(m.entry.name) not in gaz.shared]
    for x in shared:
        m = matches[x]
        candidates = gaz.shared[canonical(m.entry.name)]
        before = [pid for i, pid in named if i < m.i and pid in candidates]
        after = [pid for i, pid in named if i > m.i and pid in candidates]
        if before:
            pid = before[-1]
        elif after:
            pid = after[0]
        else:
            in_office = [pid for pid in candidates
                         if date and any(t.covers(date) for t in gaz.people[pid].tenures)]
            pid = in_office[0] if len(in_office) == 1 else m.entry.entity_id
        if pid != m.entry.entity_id:
            entry = candidates[pid]
            matches[x] = _Role(m.i, m.j, m.start, m.end, entry, entry.country, "", entry.person)


# --- pass 2: role + country ---------------------------------------------------
def _compose_roles(text: str, words: _Words, matches: list[_Role], gaz: Gazetteer) -> list[_Role]:
    by_word = {m.i: m for m in matches}
    n = len(words)
    origin_word = canonical_word(lex.ORIGIN_PREPOSITION)
    anaphors = _anaphors()
    stop = _filler_stop()
    out: list[_Role] = []
    ordered = sorted(matches, key=_FIRST_WORD)
    firsts = [o.i for o in ordered]  # sorted: the block of matches a role consumes is a slice
    consumed: set[int] = set()  # positions in `ordered` taken by an earlier role phrase
    idx = 0
    while idx < len(ordered):
        if idx in consumed:
            idx += 1
            continue
        m = ordered[idx]
        idx += 1
        e = m.entry
        if e.entity_type != "role":
            if e.entity_type != "block":
                out.append(m)  # (as `_match` made it: the entry's country and person)
            continue
        # look for a country/org/demonym after up to ROLE_MAX_FILLER words
        target = None
        anaphor: tuple[int, str] | None = None  # (one past its last word, country)
        j = m.j
        fillers = 0
        place_only = True  # the words between role and `j` name a place's kind (`استان`)
        while j < n and fillers <= lex.ROLE_MAX_FILLER:
            if not _only_joiners(text[words.ends[j - 1]:words.starts[j]]):
                break  # punctuation ends the role phrase
            if place_only and e.entity_id in lex.SUBNATIONAL_ROLES:
                guarded = _guarded_place(text, words, j, gaz)
                if guarded is not None:  # `استاندار فارس`, `استاندار مرکزی`
                    target = guarded
                    break
            nxt = by_word.get(j)
            if nxt is not None and nxt.entry.entity_type == "role" and fillers < lex.ROLE_MAX_FILLER:
                # a role of a role: `دستیار رئیس جمهور روسیه`, `معاون وزیر …`
                fillers += 1
                j = nxt.j
                continue
            if nxt is not None:
                if nxt.entry.entity_type in ("country", "org", "demonym", "capital"):
                    if nxt.entry.entity_type == "demonym" and fillers:
                        break
                    target = nxt
                elif nxt.entry.entity_type == "place" and e.entity_id not in lex.NO_REGION_ROLES \
                        and (not e.standalone or e.country or place_only):
                    target = nxt  # `والی هرات`, `رئیس پلیس خوزستان`: the region's country
                break
            w = words.keys[j]
            origin = by_word.get(j + 1)
            if w == origin_word and e.entity_id in lex.ORIGIN_ROLES \
                    and not e.plural and origin is not None \
                    and origin.entry.entity_type in ("country", "org", "capital") \
                    and _only_joiners(text[words.ends[j]:words.starts[j + 1]]):
                target = origin  # `هیئتی از عربستان`: a delegation from Saudi Arabia
                break
            if j + 1 < n and f"{w} {words.keys[j + 1]}" in anaphors \
                    and _only_joiners(text[words.ends[j]:words.starts[j + 1]]):
                # `نخست‌وزیر این کشور`: the country last named before
                country = _last_country(out)
                if country:
                    anaphor = (j + 2, country)
                break
            seat = _seat_after_in(text, words, j, by_word) \
                if e.entity_id in lex.SEAT_STAFF_ROLES and not e.country else None
            if seat is not None:  # `هماهنگ‌کننده امور خاورمیانه در کاخ سفید`
                target = seat
                break
            qualifier = _role_qualifier(text, words, j)
            if qualifier:  # `رئیس دولت مستقر در شرق لیبی`: a body located in its country
                fillers += 1
                j += qualifier
                continue
            if w in stop or _is_verb(text[words.starts[j]:words.ends[j]]) or w[0].isdigit() \
                    or w in _time_words():
                break  # (`رئیس مجلس … صبح امروز X رئیس پارلمان اوگاندا`: two roles)
            if _name_after_and(text, words, j, by_word):
                break  # `وزیر جهاد کشاورزی و میتیکا لینتوری وزیر کشاورزی کنیا`: two people
            # `سفیر و معاون نمایندگی کشورمان`: one person's two titles share the country
            # when the first needs one; `رئیس جمهور و وزیر خارجه روسیه`: two people
            if w in lex.ROLE_FILLER_CONNECTORS and j + 1 < n \
                    and by_word.get(j + 1) is not None \
                    and by_word[j + 1].entry.entity_type == "role" and (e.standalone or fillers):
                break
            if w not in _region_place_words():
                place_only = False
            fillers += 1
            j += 1
        if target is not None:
            # consume the target match and any role heads in between
            consumed.update(range(bisect.bisect_right(firsts, m.i), bisect.bisect_left(firsts, target.j)))
            role_text = text[m.start:words.ends[target.i - 1]] if target.i > m.i else text[m.start:m.end]
            if target.i > m.j and words.keys[target.i - 1] == origin_word:
                role_text = text[m.start:words.ends[target.i - 2]]  # `هیئتی از X`: `هیئتی`
            if target.entry.entity_type == "place":
                # a region gives its country to a role that names none (`رئیس اقلیم` keeps
                # IRQ); the role is then a regional office, never the country's own holder
                # (a local office every city has keeps its place: `امام جمعه مشهد`)
                local = e.entity_id in lex.LOCAL_OFFICE_ROLES \
                    and place_country(target.entry) == e.country
                region = "" if e.country and not local else target.entry.entity_id
                kinds = _region_place_words()
                while " " in role_text.strip() and canonical(role_text).split()[-1] in kinds \
                        and len(canonical(role_text).split()) > len(canonical(e.name).split()):
                    role_text = role_text.strip().rsplit(" ", 1)[0]  # `والی ولایت` → `والی`
                out.append(_Role(m.i, target.j, m.start, target.end, e,
                                 e.country or place_country(target.entry),
                                 role_text=role_text.strip(), region=region))
                continue
            out.append(_Role(m.i, target.j, m.start, target.end, e, target.entry.country,
                             role_text=role_text.strip()))
        elif anaphor is not None:
            end_word, country = anaphor
            consumed.update(range(bisect.bisect_right(firsts, m.i), bisect.bisect_left(firsts, end_word)))
            out.append(_Role(m.i, end_word, m.start, words.ends[end_word - 1], e, country,
                             role_text=text[m.start:words.ends[end_word - 3]]))
        elif e.standalone or e.country:
            out.append(_Role(m.i, m.j, m.start, m.end, e, e.country,
                             role_text=text[m.start:m.end]))
    out.sort(key=_FIRST_WORD)
    _share_coordinated_country(words, out)
    return out


def _seat_after_in(text: str, words: _Words, j: int, by_word: dict[int, _Role]) -> _Role | None:
    """The seat of power after `در` "in" at word `j` (`مشاور ارشد در کاخ سفید`,
    `هماهنگ‌کننده امور خاورمیانه در کاخ سفید`, `مشاور در کرملین`): an office held in a
    government's seat (country_aliases.csv `seat` rows) is an office of that government,
    for its staff's roles only (lexicon/roles.py `SEAT_STAFF_ROLES`). Capitals and countries after `در` stay where a diplomat serves (`سفیر ترکیه در لیبی`)."""
    if words.keys[j] != _post_preposition() or j + 1 >= len(words):
        return None
    seat = by_word.get(j + 1)
    if seat is None or seat.entry.kind != "seat" \
            or not _only_joiners(text[words.ends[j]:words.starts[j + 1]]):
        return None
    return seat


@cache
def _post_preposition() -> str:
    return canonical_word(lex.POST_PREPOSITION)


@cache
def _time_words() -> frozenset[str]:
    return frozenset(canonical_word(w) for w in lex.TIME_WORDS)


def _name_after_and(text: str, words: _Words, j: int, by_word: dict[int, _Role]) -> bool:
    """Whether word `j` is `و` "and" opening a person's name rather than the next word of a
    ministry name (`وزیر صنعت و تجارت برزیل`): the word after it is a given name, or two
    words after it are unlike ordinary words (`و میتیکا لینتوری وزیر کشاورزی کنیا`)."""
    if words.keys[j] != canonical_word(lex.AND_WORD) or j + 1 >= len(words) \
            or by_word.get(j + 1) is not None:
        return False
    k = j + 1
    if words.keys[k] in _given_names():
        return True
    return k + 1 < len(words) and by_word.get(k + 1) is None \
        and text[words.ends[k]:words.starts[k + 1]] == " " \
        and all(_name_like(words.keys[x]) and words.keys[x] not in _hazm_lexicon().known
                for x in (k, k + 1))


@cache
def _shortening_fillers() -> tuple[tuple[str, ...], ...]:
    """Filler phrases (canonical words), longest first."""
    return tuple(sorted((tuple(canonical(f).split()) for f in lex.ROLE_SHORTENING_FILLERS),
                        key=len, reverse=True))


def _without_fillers(keys: list[str]) -> list[str]:
    """Role-phrase words without the fillers a shortened form drops (`نیروی`, `کل`,
    `پاسداران انقلاب اسلامی`, …)."""
    out: list[str] = []
    x = 0
    while x < len(keys):
        for f in _shortening_fillers():
            if tuple(keys[x:x + len(f)]) == f:
                x += len(f)
                break
        else:
            out.append(keys[x])
            x += 1
    return out


def _shortened_roles(text: str, words: _Words, matches: list[_Role],
                     roles: list[_Role]) -> list[_Role]:
    """A role head that found no country (`فرمانده هوافضای سپاه گفت`) is a shortened form
    of a fuller role phrase written before it (`فرمانده نیروی هوافضای سپاه پاسداران
    انقلاب اسلامی`) when, fillers dropped (`_without_fillers`), its words (the head and
    at least one word after it) begin the fuller phrase's words: the same office, country
    and (after resolution) holder. `فرمانده سپاه` is not `فرمانده هوافضای سپاه`
    (a narrowing word left out), and a shortened form never reaches past punctuation,
    a stop word, a verb or another mention."""
    full = [r for r in roles if r.entry.entity_type == "role" and r.country and r.j - r.i > 1]
    if not full:
        return roles
    covered = {k for r in roles for k in range(r.i, r.j)}
    stop = _stopwords()
    added: list[_Role] = []
    for m in matches:
        if m.entry.entity_type != "role" or m.i in covered or m.entry.plural:
            continue
        earlier = [r for r in full if r.j <= m.i and r.entry.entity_id == m.entry.entity_id]
        if not earlier:
            continue
        j = m.j  # the longest run of words after the head that still begins a fuller phrase
        best: tuple[int, _Role] | None = None
        while j < len(words) and j - m.j < lex.ROLE_MAX_FILLER and j not in covered \
                and _only_joiners(text[words.ends[j - 1]:words.starts[j]]) \
                and words.keys[j] not in stop \
                and not _is_verb(text[words.starts[j]:words.ends[j]]):
            j += 1
            short = _without_fillers(list(words.keys[m.i:j]))
            if len(short) < 2:
                continue
            for r in reversed(earlier):
                fuller = _without_fillers(list(words.keys[r.i:r.j]))
                if fuller[:len(short)] == short:
                    best = (j, r)
                    break
        if best is None:
            continue
        j, r = best
        added.append(_Role(m.i, j, m.start, words.ends[j - 1], m.entry, r.country,
                           role_text=text[m.start:words.ends[j - 1]], antecedent=r))
        covered.update(range(m.i, j))
    if not added:
        return roles
    return sorted(roles + added, key=_FIRST_WORD)


def _listed_ministry_titles(text: str, words: _Words, matches: list[_Role],
                            roles: list[_Role]) -> list[_Role]:
    """A ministry title whose portfolios are listed with commas before its country
    (`وزیر صنعت، تجارت و توسعه برزیل`, `وزیر کشاورزی، جنگلداری و شیلات ژاپن`): the
    comma does not end the role phrase, the country after the list is the minister's
    (not Iran's, which roles.csv gives the short title `وزیر صنعت` by default). Only a
    portfolio minister (`lex.BARE_REPEAT_ROLES`, `_minister`) whose match found no
    country, with at least one word of the list between the comma and the country, and
    only words, `،` and `و` on the way: no stop word, verb, number or other mention
    (`وزیر صنعت، معدن و تجارت گفت …` stays Iran's; `وزیر بهداشت، ایران را …` is a clause)."""
    by_span = {(r.i, r.j): r for r in roles}
    covered = {k for r in roles for k in range(r.i, r.j)}
    by_word = {m.i: m for m in matches}
    stop = _stopwords() - {canonical_word(lex.AND_WORD)}
    dropped: set[int] = set()  # id() of the country spans a title took
    added: list[_Role] = []
    for m in matches:
        e = m.entry
        if e.entity_type != "role" or e.plural or e.entity_id not in lex.BARE_REPEAT_ROLES \
                or not e.entity_id.endswith("_minister"):
            continue
        own = by_span.get((m.i, m.j))
        if own is None and (m.i in covered or e.standalone or e.country):
            continue
        if own is not None and own.country != e.country:
            continue
        if m.j >= len(words) or text[m.end:words.starts[m.j]].strip() not in ("،", ","):
            continue
        k, target = m.j, None
        while k < len(words) and k - m.j <= lex.ROLE_MAX_FILLER:
            if k > m.j and not _only_joiners(text[words.ends[k - 1]:words.starts[k]]) \
                    and text[words.ends[k - 1]:words.starts[k]].strip() not in ("،", ","):
                break
            nxt = by_word.get(k)
            if nxt is not None:
                if k > m.j and nxt.entry.entity_type in ("country", "capital"):
                    target = by_span.get((nxt.i, nxt.j))
                break
            w = words.keys[k]
            if w in stop or w[0].isdigit() or _is_verb(text[words.starts[k]:words.ends[k]]):
                break
            k += 1
        if target is None or not target.country:
            continue
        r = _Role(m.i, target.j, m.start, target.end, e, target.country,
                  role_text=text[m.start:words.ends[target.i - 1]].strip())
        if own is not None:
            dropped.add(id(own))
        dropped.add(id(target))
        added.append(r)
    if not added:
        return roles
    return sorted([r for r in roles if id(r) not in dropped] + added, key=_FIRST_WORD)


@cache
def _home_default_phrases() -> frozenset[str]:
    return frozenset(canonical(p) for p in lex.HOME_DEFAULT_ROLE_PHRASES)


_SENTENCE_END = re.compile(r"[.!؟?\n]")


def _repeated_bare_roles(text: str, words: _Words, matches: list[_Role],
                         roles: list[_Role]) -> list[_Role]:
    """A bare role word (`استاندار`, `سفیر`, `وزیر بهداشت`; `lex.BARE_REPEAT_ROLES`) with no
    country after it, in a later sentence than the same office written with its country
    (`استاندار خراسان رضوی گفت … استاندار در حاشیه این مراسم با سرکنسول ترکمنستان دیدار
    کرد`), is that office again: its country and region (the holder follows in
    resolution), when every earlier mention of that role id has one country (and region).

    A role that needs a country (`استاندار`) is then a mention it was not before; a short
    title roles.csv gives Iran by default (`وزیر بهداشت`, `lex.HOME_DEFAULT_ROLE_PHRASES`)
    takes the one other country named for it before (`وزیر بهداشت عراق … وزیر بهداشت
    افزود`). The bare word must stand alone (`_bare_role_word`): not the object of
    another title (`معاون استاندار`), not former (`سفیر سابق`), not followed by a word
    that may narrow it (`سفیر جدید`, `استاندار یعقوبعلی نظری`)."""
    offices = [r for r in roles if r.entry.entity_type == "role" and r.country
               and not r.entry.plural and r.entry.entity_id in lex.BARE_REPEAT_ROLES]
    if not offices:
        return roles
    by_span = {(r.i, r.j): r for r in roles}
    covered = {k for r in roles for k in range(r.i, r.j)}
    role_ends = {m.j for m in matches if m.entry.entity_type == "role"}
    added: list[_Role] = []
    for m in sorted(matches, key=_FIRST_WORD):
        e = m.entry
        if e.entity_type != "role" or e.plural or e.entity_id not in lex.BARE_REPEAT_ROLES:
            continue
        own = by_span.get((m.i, m.j))  # a default-home short title kept bare
        if own is not None:
            if own.country != e.country or canonical(e.name) not in _home_default_phrases() \
                    or _title_list_follows(text, words, m):
                continue  # (`وزیر صنعت، معدن و تجارت`: Iran's full title, commas inside)
        elif m.i in covered or e.standalone or e.country:
            continue
        if not _bare_role_word(text, words, m, role_ends):
            continue
        earlier = [r for r in offices if r is not own and r.j <= m.i
                   and r.entry.entity_id == e.entity_id]
        if not earlier or {r.country for r in earlier} == {""} \
                or len({(r.country, r.region) for r in earlier}) != 1 \
                or not _SENTENCE_END.search(text[earlier[-1].end:m.start]):
            continue
        country, region = earlier[-1].country, earlier[-1].region
        if own is not None:
            own.country = country  # (`offices` holds it: a later bare title sees it)
            continue
        r = _Role(m.i, m.j, m.start, m.end, e, country, role_text=text[m.start:m.end],
                  region=region)
        added.append(r)
        offices.append(r)
        covered.update(range(m.i, m.j))
    if not added:
        return roles
    return sorted(roles + added, key=_FIRST_WORD)


def _title_list_follows(text: str, words: _Words, m: _Role) -> bool:
    """Whether a comma after role match `m` goes on with more words of its title (`وزیر
    صنعت، معدن و تجارت`), not with a verb or stop word (`وزیر بهداشت، گفت`)."""
    if m.j >= len(words) or text[m.end:words.starts[m.j]].strip() not in ("،", ","):
        return False
    w = words.keys[m.j]
    return w not in _stopwords() and not w[0].isdigit() \
        and not _is_verb(text[words.starts[m.j]:words.ends[m.j]])


def _bare_role_word(text: str, words: _Words, m: _Role, role_ends: set[int]) -> bool:
    """Whether role match `m` stands alone: no role word right before it (`معاون
    استاندار`), and after it the end of the text, punctuation, a stop word or a verb
    (`استاندار در حاشیه …`, `سفیر گفت`), never a word that may narrow or name it
    (`سفیر جدید`, `سفیر سابق`, `استاندار یعقوبعلی نظری`)."""
    if m.i in role_ends and _only_joiners(text[words.ends[m.i - 1]:m.start]):
        return False
    if m.j >= len(words) or not _only_joiners(text[m.end:words.starts[m.j]]):
        return True
    w = words.keys[m.j]
    if w in _not_current_words():
        return False
    return w in _stopwords() or _is_verb(text[words.starts[m.j]:words.ends[m.j]])


def _share_coordinated_country(words: _Words, roles: list[_Role]) -> None:
    """`ROLE1 و ROLE2 COUNTRY`: the country written after the second role is the
    first's too (`نخست‌وزیر و وزیر خارجه قطر` "Qatar's prime minister and foreign
    minister", one person; `رئیس جمهور و وزیر خارجه روسیه`, two Russians), so a bare
    ROLE1 never resolves to another country's holder. Not after a word that pairs two
    sides (`دیدار رئیس جمهور و وزیر خارجه روسیه`: our president with Russia's
    minister, `lex.ROLE_PAIR_OPENERS`)."""
    and_word = canonical_word(lex.AND_WORD)
    openers = _role_pair_openers()
    for a, b in zip(roles, roles[1:]):
        if a.entry.entity_type != "role" or b.entry.entity_type != "role" or a.country \
                or a.entry.plural or b.entry.plural or not b.country or b.entry.country:
            continue  # (b.entry.country: a role phrase naming its own country, no target)
        if b.entry.entity_id in lex.DIPLOMATIC_ROLES:
            continue  # `ایمن سوسان معاون وزیر خارجه و سفیر روسیه`: a foreign envoy beside
        if b.i != a.j + 1 or words.keys[a.j] != and_word:
            continue
        if a.i > 0 and words.keys[a.i - 1] in openers:
            continue
        a.country = b.country


@cache
def _role_pair_openers() -> frozenset[str]:
    return frozenset(canonical_word(w) for w in lex.ROLE_PAIR_OPENERS)


@cache
def _region_place_words() -> frozenset[str]:
    return frozenset(canonical_word(w) for w in lex.REGION_PLACE_WORDS)


def _guarded_place(text: str, words: _Words, j: int, gaz: Gazetteer) -> _Role | None:
    """A `guarded` region name (regions.csv: also an ordinary word, a medium or a name:
    `فارس`, `مرکزی`, `جورجیا`) starting at word `j`, as a place span, or None."""
    if not gaz.guarded:
        return None
    for k in (3, 2, 1):
        if j + k > len(words) or not all(
                _only_joiners(text[words.ends[x]:words.starts[x + 1]]) for x in range(j, j + k - 1)):
            continue
        entry = gaz.guarded.get(" ".join(words.keys[j:j + k]))
        if entry is not None:
            return _Role(j, j + k, words.starts[j], words.ends[j + k - 1], entry)
    return None


@cache
def _qualifier_phrases() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """(qualifier phrases as folded words, longest first; the bodies they may follow)."""
    from .lexicon.role_qualifiers import ROLE_COUNTRY_QUALIFIERS, ROLE_QUALIFIED_BODIES

    phrases = sorted({tuple(canonical(q).split()) for q in ROLE_COUNTRY_QUALIFIERS}, key=len,
                     reverse=True)
    return tuple(phrases), frozenset(canonical_word(b) for b in ROLE_QUALIFIED_BODIES)


def _role_qualifier(text: str, words: _Words, j: int) -> int:
    """How many words of a qualifier (`مستقر در`, `در شرق`, `در تبعید`) start at word `j`
    right after a government body (`دولت`, `ارتش`), written without punctuation: the
    role phrase goes on to its country past them (0: none). See lexicon/role_qualifiers.py."""
    phrases, bodies = _qualifier_phrases()
    if j == 0 or words.keys[j - 1] not in bodies:
        return 0
    for phrase in phrases:
        k = len(phrase)
        if tuple(words.keys[j:j + k]) == phrase and j + k < len(words) and all(
                _only_joiners(text[words.ends[x]:words.starts[x + 1]]) for x in range(j, j + k)):
            return k
    return 0


@cache
def _anaphors() -> frozenset[str]:
    return frozenset(canonical(a) for a in lex.COUNTRY_ANAPHORS)


@cache
def _home_country() -> str:
    """The media's own country: what `کشورمان` "our country" stands for in the gazetteer."""
    entry = gazetteer().lookup(lex.HOME_ALIAS)
    return entry.country if entry is not None else ""


def _last_country(spans: list[_Role]) -> str:
    """The country last named among `spans` (a place, demonym, role or person), never
    the media's own country: Iranian media call Iran `کشورمان`, not `این کشور`."""
    home = _home_country()
    for r in reversed(spans):
        if r.entry.entity_type in ("country", "capital", "demonym", "role", "person") \
                and r.country and r.country != home and not r.country.startswith("IGO:"):
            return r.country
    return ""


def _merge_quoted_names(text: str, words: _Words, spans: list[_Role]) -> list[_Role]:
    """A «…» of 2–4 words ending in a known person's name is that person's full name:
    `«خوزه لوئیس رودریگز زاپاترو»` is Zapatero (not Delcy Rodríguez plus Zapatero)."""
    if "»" not in text:
        return spans
    # a name can only end where a person's span ends right before a `»`
    ends = sorted({r.j for r in spans if r.entry.entity_type == "person"
                   and _char_after(text, words.ends[r.j - 1], " ") == "»"})
    if not ends:
        return spans
    by_word = {k: r for r in spans for k in range(r.i, r.j)}
    drop: set[int] = set()
    added: list[_Role] = []
    for b in ends:
        last = by_word.get(b - 1)
        if last is None or last.entry.entity_type != "person" or last.j != b:
            continue
        if _char_after(text, words.ends[b - 1], " ") != "»":
            continue
        a = b - 1
        while a > 0 and b - a < lex.NAME_MAX_WORDS_QUOTED and \
                _only_joiners(text[words.ends[a - 1]:words.starts[a]]):
            a -= 1
        if _char_before(text, words.starts[a], " ") != "«":
            continue
        inside = {id(r): r for k in range(a, b) if (r := by_word.get(k)) is not None}
        if any(r.entry.entity_type != "person" or r.i < a for r in inside.values()):
            continue
        if len(inside) == 1 and last.i == a:
            continue  # the «…» is exactly one known name already
        drop.update(inside)
        added.append(_Role(a, b, words.starts[a], words.ends[b - 1], last.entry, last.country,
                           person=last.person, person_role=last.person_role,
                           learned=last.learned, merged=True))
    if not added:
        return spans
    out = [r for r in spans if id(r) not in drop] + added
    out.sort(key=_FIRST_WORD)
    return out


# --- pass 3: learning people from appositions -------------------------------
def _spaced_dash(gap: str) -> bool:
    """Whether a gap between two words is a dash set off by spaces (`بی‌بی‌سی فارسی -
    NAME، …`, a dateline's dash): a separator, never inside a name, unlike the hyphen of
    a double-barrelled name (`توماس-گرینفیلد`)."""
    return "-" in gap and " " in gap


def _name_span(text: str, words: _Words, i: int, step: int, taken: dict[int, _Role],
               quoted: bool, comma: bool) -> tuple[int, int] | None:
    """Word range [a, b) of a plausible name next to word index `i`.

    step=-1: the name ends right before word `i` (`X، رئیس جمهور Y`);
    step=+1: the name starts at word `i` (`رئیس جمهور Y، X`).
    """
    stop = _stopwords()
    titles = _name_titles()
    gaz = gazetteer()
    word_given = _given_name_words()
    limit = lex.NAME_MAX_WORDS_QUOTED if quoted else lex.NAME_MAX_WORDS
    picked: list[int] = []
    groups = 0  # words picked, counting words joined by ZWNJ (`اسلام‌جار`) as one
    k = i - 1 if step < 0 else i
    n = len(words)
    while step > 0 and not quoted and k + 1 < n and words.keys[k] in titles \
            and text[words.ends[k]:words.starts[k + 1]] == " ":
        k += 1  # `والی قندهار، ملا شیرین اخوند`: the title stays out of the name
    natural = False  # the walk ended on a clear boundary, not on the length limit
    while 0 <= k < n:
        if groups == limit and limit < lex.NAME_MAX_WORDS + lex.NAME_PATRONYMIC_EXTRA \
                and not quoted and _arabic_long_name(text, words, picked, k, step):
            limit += 1  # `ثانی بن احمد الزیودی`: a patronymic name runs longer
        joined = False
        if picked:
            lo, hi = (k, picked[-1]) if step < 0 else (picked[-1], k)
            gap = text[words.ends[lo]:words.starts[hi]]
            if not _only_joiners(gap) or _spaced_dash(gap):
                natural = True
                break
            joined = "\u200c" in gap
        w = words.keys[k]
        # (inside «…» a word is a name even if hazm's lemmatizer takes it for a verb: `داوید`)
        verb = not quoted and _is_verb(text[words.starts[k]:words.ends[k]])
        # a given name that is also a stop word or an unmatched gazetteer word (`زیاد`,
        # `وفا`) is a name word beside another given name (`زیاد علی فاضل`, `محمد یوسف وفا`)
        given_word = w in word_given and _given_name_beside(text, words, k)
        if w in stop and not given_word and _joined_name_part(text, words, k):
            given_word = True  # `کی‌روش`: stop words joined by ZWNJ into one name word
        if k in taken or ((k in words.media or w in stop) and not given_word) or w in titles or verb \
                or w[0].isdigit() or (w in gaz.entries and not given_word) \
                or _in_joined_title(text, words, k, titles) or _opener_noun(words, k):
            natural = True
            break
        if groups == limit and not joined and not quoted and step < 0 \
                and limit < lex.NAME_MAX_GIVEN_RUN and _given_run(words, picked[1:] + [k]):
            limit += 1  # `نور محمد اسلام‌جار`: given names before a surname
        if groups == limit and not joined:
            break  # a longest name, with more words beyond it: no clear edge
        picked.append(k)
        groups += not joined
        k += step
    else:
        natural = True
    if not picked:
        return None
    a, b = min(picked), max(picked) + 1
    if text[words.starts[a] - 1:words.starts[a]] == "\u200c" or \
            text[words.ends[b - 1]:words.ends[b - 1] + 1] == "\u200c":
        return None  # the name would start or end inside a word (`گفت‌وگوی`)
    keys = [words.keys[k] for k in range(a, b)]
    if quoted:
        return a, b
    if natural and _given_name_run(_whole_words(text, words, a, b)):
        return a, b  # `نور محمد اسلام‌جار`, `شیرین اخوند`: given names, then a surname
    if _plausible_name(keys, comma, natural):
        return a, b
    return (a, b) if natural and _surname_used_alone(text, words, a, b) else None


def _joined_name_part(text: str, words: _Words, k: int) -> bool:
    """Whether stop word `k` is a piece of one word joined by ZWNJ that is a name
    (`کی‌روش` Queiroz: `کی` "who" + `روش` "method"), not a verb (`می‌گوید`) or an
    ordinary word of hazm's lexicon (`هم‌اکنون`, `این‌که`)."""
    a = b = k
    while a > 0 and text[words.ends[a - 1]:words.starts[a]] == "\u200c":
        a -= 1
    while b + 1 < len(words) and text[words.ends[b]:words.starts[b + 1]] == "\u200c":
        b += 1
    if a == b or sum(len(words.keys[x]) < 3 for x in range(a, b + 1)) > 1:
        return False  # (spelled-out letters, `سی‌جی‌تی‌ان` CGTN: an acronym, no name)
    whole = text[words.starts[a]:words.ends[b]]
    if _is_verb(whole) or any(words.keys[x] in _verb_prefix_keys() for x in range(a, b + 1)):
        return False
    lexicon = _hazm_lexicon()
    return not any(_ordinary_word(form, lexicon) for form in
                   (whole, whole.replace("\u200c", ""), canonical(whole)))


@cache
def _verb_prefix_keys() -> frozenset[str]:
    """Verb prefixes as words (`می`, `نمی`): a ZWNJ token holding one is a verb form."""
    return frozenset(canonical_word(p.rstrip("\u200c")) for p in lex.VERB_PREFIXES)


def _arabic_long_name(text: str, words: _Words, picked: list[int], k: int, step: int) -> bool:
    """Whether the name being walked (`picked`, next word `k`) is a long Arabic name that
    may run NAME_PATRONYMIC_EXTRA words past NAME_MAX_WORDS: it holds a patronymic link
    (`ثانی بن احمد الزیودی`), or, walking back from a role (`step` -1), it ends in a ruling
    family's name (dynasty_names.csv: `سالم عبدالله الجابر الصباح`) or the next word is a
    link with a name word before it (`خالد بن احمد آل خلیفه وزیر امور خارجه بحرین`)."""
    keys = words.keys
    links = _patronymics()
    if any(keys[p] in links for p in picked):
        return True
    if step > 0 or not picked:
        return False
    dynasties = gazetteer().dynasties
    last = picked[0]
    if keys[last] in dynasties or (last - 1 in picked and f"{keys[last - 1]} {keys[last]}" in dynasties):
        return True
    return keys[k] in links and k > 0 and _only_joiners(text[words.ends[k - 1]:words.starts[k]]) \
        and keys[k - 1] not in _stopwords() and _name_like(keys[k - 1])


def _in_joined_title(text: str, words: _Words, k: int, titles: frozenset[str]) -> bool:
    """Whether word `k` is a piece of a ZWNJ-joined title (`آیت‌الله`, `حجت‌الاسلام`: two
    keys `ایت` + `الله`), which stays out of a name like a one-word title."""
    a = b = k
    while a > 0 and text[words.ends[a - 1]:words.starts[a]] == "\u200c":
        a -= 1
    while b + 1 < len(words) and text[words.ends[b]:words.starts[b + 1]] == "\u200c":
        b += 1
    return a < b and "\u200c".join(words.keys[a:b + 1]) in titles


def _opener_noun(words: _Words, k: int) -> bool:
    """Whether word `k` is the noun of a source opener (`اعتقاد` of `به اعتقاد NAME،
    ROLE`), which never belongs to the name it introduces."""
    if k == 0:
        return False
    preps, nouns = _attribution_words()
    return words.keys[k] in nouns and words.keys[k - 1] in preps


def _whole_words(text: str, words: _Words, a: int, b: int) -> list[str]:
    """The keys of words [a, b), parts joined by ZWNJ made one word (`اسلام‌جار`)."""
    out = [words.keys[a]]
    for k in range(a + 1, b):
        if "\u200c" in text[words.ends[k - 1]:words.starts[k]]:
            out[-1] += "\u200c" + words.keys[k]
        else:
            out.append(words.keys[k])
    return out


def _surname_used_alone(text: str, words: _Words, a: int, b: int) -> bool:
    """`مهرداد بذرپاش وزیر راه …` … `بذرپاش اظهار داشت`: words [a, b) are a name, though
    the first is an ordinary word to hazm's lexicon (a given name it counts often), when
    the last is a rare word written apart (not glued by ZWNJ: `قریب‌الوقوع`), with no `ی`
    ending that makes an ordinary word a noun or adjective (`تقاضای همکاری`), and the
    article also uses it alone (without the first word before it)."""
    if b - a < 2:
        return False
    keys = words.keys
    last = keys[b - 1]
    if len(last) < 4 or last.endswith("ی") or not _name_like(last) \
            or "\u200c" in text[words.ends[b - 2]:words.starts[b - 1]]:
        return False
    k = -1
    try:
        while True:
            k = keys.index(last, k + 1)
            if k != b - 1 and (k == 0 or keys[k - 1] != keys[b - 2]):
                return True
    except ValueError:
        return False


def _plausible_name(keys: list[str], comma: bool, natural_edge: bool) -> bool:
    """Whether words next to a role phrase look like a person's name, not ordinary words."""
    hazm = _hazm_lexicon()
    gaz = gazetteer()
    given = _given_names()
    if any(k in gaz.media and (len(keys) == 1 or k not in _given_name_words()) for k in keys) \
            or " ".join(keys) in gaz.media:
        return False  # a news agency (`رویترز`), not a person

    def common(k: str) -> bool:
        return k in hazm.common and k not in given

    if keys[0] not in given and all(common(k) for k in keys):
        return False  # ordinary words (`روز شنبه`)
    # a one-word name must be no ordinary word (`منابع دیپلماتیک، …`, `استقبال رسمی …`)
    if len(keys) == 1:
        k = keys[0]
        stems = [k] + [k[: -len(s)] for s in ("ی", *_PLURAL_SUFFIXES)
                       if k.endswith(s) and len(k) > len(s) + 1]
        if any(st in hazm.known for st in stems):
            return False
    if comma:
        # a comma also ends a clause: words of ordinary nouns only (`به گفته وزیر …،
        # صادرات غلات قزاقستان …`) are the next clause, not a name; a name holds a given
        # name or a word that is rare in hazm's lexicon, even without its plural ending
        return any(_name_like(k) for k in keys)
    # no punctuation between name and role: the far edge must be clear and the
    # words unlike ordinary nouns (`بر اساس دستور رئیس جمهور …`)
    if not natural_edge:
        return False
    if len(keys) > 1 and keys[0] in given:
        return True  # `غلامحسین دهقانی سفیر …`: a given name, then a surname
    return not (len(keys) > 1 and (any(common(k) for k in keys)
                                   or all(k in hazm.known for k in keys)))


def _given_run(words: _Words, ks: list[int]) -> bool:
    """Whether the words at `ks` are all given names (also those that are ordinary words)."""
    given, word_given = _given_names(), _given_name_words()
    return all(words.keys[k] in given or words.keys[k] in word_given for k in ks)


def _given_name_beside(text: str, words: _Words, k: int) -> bool:
    """Whether word k is directly followed or preceded (a space apart) by a given name:
    `زیاد علی`, `یوسف وفا`."""
    given = _given_names()
    return (k + 1 < len(words) and words.keys[k + 1] in given
            and text[words.ends[k]:words.starts[k + 1]] == " ") or \
        (k > 0 and words.keys[k - 1] in given and text[words.ends[k - 1]:words.starts[k]] == " ")


def _given_name_run(keys: list[str]) -> bool:
    """`نور محمد اسلام‌جار`, `شیرین اخوند`, `زیاد علی فاضل`: 2–NAME_MAX_GIVEN_RUN words
    (`keys` of whole words: ZWNJ parts joined) whose all but the last are given names
    (GIVEN_NAMES, or GIVEN_NAMES_ALSO_WORDS that are ordinary words too), with one from
    GIVEN_NAMES or a last word unlike an ordinary word (rare in hazm's lexicon: a surname)."""
    if not 2 <= len(keys) <= lex.NAME_MAX_GIVEN_RUN:
        return False
    given, word_given = _given_names(), _given_name_words()
    if not all(k in given or k in word_given for k in keys[:-1]):
        return False
    last = keys[-1]
    surname = len(last) > 2 and last not in _hazm_lexicon().common \
        and last not in _stopwords()
    return surname or any(k in given for k in keys)


# Plural endings stripped before asking hazm's lexicon whether a word is an ordinary
# noun (`صادرات` → `صادر`, `کارشناسان` → `کارشناس`); `ی` is kept: `سلطانی` is a surname.
_PLURAL_SUFFIXES = ("هایی", "های", "ها", "ان", "ات")


@lru_cache(maxsize=50_000)
def looks_like_a_name(phrase: str) -> bool:
    """Whether a phrase of two or three words reads as a person's name nobody listed
    (`کارولین هولت`): every word a given name or rare in hazm's lexicon, none a stop
    word. Used for speakers written as they are (`X، مسئول …، گفت`)."""
    words = phrase.replace("\u200c", " ").split()
    if not 2 <= len(words) <= 3:
        return False
    keys = [canonical_word(w) for w in words]
    return not any(k in _stopwords() for k in keys) and all(map(_name_like, keys))


def _name_like(key: str) -> bool:
    """Whether a word may be part of a name: a given name, or a word rare in hazm's
    lexicon (below `RARE_WORD_FREQUENCY`), also without a plural or `ی` ending (hazm
    lists few such forms: `صادرات`, `اقتصادی` are missing, `صادر`, `اقتصاد` frequent)."""
    if key in _given_names():
        return True
    frequent = _hazm_lexicon().frequent
    if key in frequent:
        return False
    return not any(key.endswith(s) and len(key) > len(s) + 1 and key[: -len(s)] in frequent
                   for s in ("ی", *_PLURAL_SUFFIXES))


def _holds(person: _Role, role: _Role, date: str | None, gaz: Gazetteer) -> bool:
    """Whether a gazetteer person may bear a role phrase written next to them without
    punctuation: same country and, unless the role is relational (`همتای`), that role."""
    if person.country != role.country and person.entry.entity_id in gaz.people:
        p = gaz.people[person.entry.entity_id]
        if not any(t.country == role.country for t in p.tenures):
            return False
    if role.entry.entity_id in lex.RELATIONAL_ROLES:
        return True
    p = gaz.people.get(person.entry.entity_id)
    if p is None:
        return True
    return any(_same_role(t.role, role.entry.entity_id) and t.country == role.country
               and (not date or t.covers(date)) for t in p.tenures)


def _namesakes(text: str, words: _Words, spans: list[_Role], gaz: Gazetteer) -> set[str]:
    """A one-word gazetteer surname right after a given name that is not the person's
    (`خلیل نصرالله` is not `سید حسن نصرالله`; `صادق آملی لاریجانی` is not `علی
    لاریجانی`): another person, learned with the words of the longer name."""
    taken: set[int] | None = None  # words of the spans as given (built when first needed)
    out: set[str] = set()
    for n, r in enumerate(spans):
        if r.entry.entity_type != "person" or r.learned or r.merged or r.j - r.i != 1 \
                or r.i == 0 or not _name_like(words.keys[r.i - 1]):
            continue
        if taken is None:
            taken = {k for r in spans for k in range(r.i, r.j)}
        p = gaz.people.get(r.entry.entity_id)
        if p is None:
            continue
        # (`باقر قالیباف` is `محمدباقر قالیباف`: given names of the person's own names)
        g = _namesake_start(text, words, r.i, "".join(p.names).replace(" ", ""), taken)
        if g is None:
            continue
        name = text[words.starts[g]:r.end]
        e = Entry(name, "person", "person", f"L:{name}", "", name)
        spans[n] = _Role(g, r.j, words.starts[g], r.end, e, "", person=name, learned=True)
        out.add(name)
    return out


def _namesake_surnames(words: _Words, spans: list[_Role], namesakes: set[str]) -> None:
    """The bare surname of a namesake the document names in full (`عبدالمطلب حقانی …
    حقانی`) is that namesake, not the gazetteer person who shares it, unless the
    document also writes that person's own full name (then the surname stays theirs)."""
    by_surname: dict[str, _Role] = {}
    clash: set[str] = set()
    for r in spans:
        if r.learned and r.person in namesakes and r.j - r.i > 1:
            key = words.keys[r.j - 1]
            if key in by_surname and by_surname[key].person != r.person:
                clash.add(key)
            by_surname.setdefault(key, r)
    written = {r.entry.entity_id for r in spans if r.entry.entity_type == "person"
               and not r.learned and r.j - r.i > 1}
    for x, r in enumerate(spans):
        key = words.keys[r.i]
        if r.entry.entity_type != "person" or r.learned or r.j - r.i != 1 \
                or key not in by_surname or key in clash or r.entry.entity_id in written:
            continue
        full = by_surname[key]
        spans[x] = _Role(r.i, r.j, r.start, r.end, full.entry, full.country,
                         person=full.person, person_role=full.person_role, learned=True)


def _namesake_start(text: str, words: _Words, i: int, own: str,
                    taken: set[int] | None = None) -> int | None:
    """First word of a longer name that ends with a person's one-word surname at word `i`
    and holds a given name of someone else: `سالم عبدالله الجابر` + `الصباح`, `خلیل` +
    `نصرالله`. `own` is the person's names, folded and concatenated: a given name found
    in it is theirs (`محمدباقر` → `باقر`), and a name holding one of theirs is theirs
    with a middle name (`اسعد حسن الشیبانی`). The words before `i` count while joined to it
    (no punctuation), names (given names, or words rare in hazm's lexicon), and not a
    title, stop word, known entity, verb or another span's word: at most NAME_MAX_WORDS.
    None when there is no such name (`دیدار لاوروف`, `آقای پوتین`, `ولادیمیر پوتین`)."""
    given, honorifics = _given_names(), _lineage_honorifics()
    stop, titles, entries = _stopwords(), _name_titles(), gazetteer().entries
    a = i
    other = own_given = False
    while a > 0 and i - a < lex.NAME_MAX_WORDS \
            and _only_joiners(text[words.ends[a - 1]:words.starts[a]]):
        k = words.keys[a - 1]
        if (taken is not None and a - 1 in taken) or k in stop or k in titles \
                or k in entries or k[0].isdigit() or not _name_like(k) \
                or (k not in given and _is_verb(text[words.starts[a - 1]:words.ends[a - 1]])):
            break
        if k in honorifics:
            pass  # `سید`: shared by too many to tell a namesake from the person
        elif k in given:
            if k in own or _given_spelled_within(k, own):
                own_given = True  # (`ولادیمیر زلنسکی` for `ولودیمیر زلنسکی`: a spelling)
            else:
                other = True
        elif _rare_given_name(text, words, a - 1) and not _spelled_within(k, own):
            other = True  # a given name not on the list: `عبدالمطلب حقانی`
        a -= 1
    # the name opens with one of the person's own names: a middle name (`اسعد حسن الشیبانی`)
    first = a
    while first < i and words.keys[first] in honorifics:
        first += 1
    return a if other and not own_given and words.keys[first] not in own else None


def _rare_given_name(text: str, words: _Words, x: int) -> bool:
    """Whether word `x` (a rare word before a surname) looks like a given name of its
    own: a word apart (spaces around it, not a piece of a ZWNJ compound such as the
    `وگوی` of `گفت‌وگوی`) that hazm's lexicon knows, or an Arabic `عبد…` name
    (`عبدالمطلب`, `عبدالمتین`); unknown glued words (`براینکه`) are typos, not names."""
    before = text[words.ends[x - 1]:words.starts[x]] if x > 0 else " "
    after = text[words.ends[x]:words.starts[x + 1]] if x + 1 < len(words) else " "
    if "\u200c" in before or "\u200c" in after or not after.isspace():
        return False  # (ZWNJ: a piece of a compound)
    key = words.keys[x]
    return key in _hazm_lexicon().known or (key.startswith(lex.ARABIC_SERVANT_PREFIX)
                                            and len(key) > len(lex.ARABIC_SERVANT_PREFIX) + 2)


@lru_cache(maxsize=10_000)
def _spelled_within(key: str, own: str) -> bool:
    """Whether `key` (a rare name word) is one of a person's own names (`own`: their
    names folded and concatenated) or a spelling of one (`ولادمیر` in `ولادیمیرپوتین`):
    some stretch of `own` about as long as `key` is at least 75% the same letters.
    A name word that is no spelling of theirs is another person's given name."""
    if key in own:
        return True
    n = len(key)
    for length in (n - 1, n, n + 1):
        for s in range(max(1, len(own) - length + 1)):
            if SequenceMatcher(None, key, own[s:s + length]).ratio() >= 0.75:
                return True
    return False


@lru_cache(maxsize=10_000)
def _given_spelled_within(key: str, own: str) -> bool:
    """Whether a listed given name is another spelling of one of a person's own names
    (`ولادیمیر` of `ولودیمیر`): long names only, and closer than `_spelled_within` asks,
    since short given names differ by a letter (`محمد`, `محمود`)."""
    n = len(key)
    if n < 6:
        return False
    for length in (n - 1, n, n + 1):
        for s in range(max(1, len(own) - length + 1)):
            if SequenceMatcher(None, key, own[s:s + length]).ratio() >= 0.85:
                return True
    return False


@cache
def _relay_marker() -> tuple[str, ...]:
    return tuple(canonical(lex.RELAY_MARKER).split())


def _learn_relayed(text: str, words: _Words, spans: list[_Role],
                   gaz: Gazetteer) -> dict[str, _Learned]:
    """`به نقل از NAME، ROLE …`: an unknown name quoted as a source, followed by a comma
    and a role word (even one with no country written: `نماینده جمهوری‌خواه ایالت …`)."""
    marker = _relay_marker()
    n = len(marker)
    anchor = max(range(n), key=lambda k: len(marker[k]))  # its rarest-looking word: `نقل`
    taken: dict[int, _Role] = {}  # built at the first marker (most articles: none)
    out: dict[str, _Learned] = {}
    for p in _positions(words, marker[anchor:anchor + 1]):
        i = p - anchor
        if i < 0:
            continue
        if i >= len(words) - n:
            break
        if tuple(words.keys[i:i + n]) != marker:
            continue
        if not taken:
            taken = {k: r for r in spans for k in range(r.i, r.j)}
        if i + n in taken:
            continue
        span = _name_span(text, words, i + n, +1, taken, False, True)
        if span is None or span[1] >= len(words):
            continue
        a, b = span
        gap = text[words.ends[b - 1]:words.starts[b]].strip()
        role = gaz.entries.get(words.keys[b])
        if gap not in ("،", ",") or role is None or role.entity_type != "role" or role.plural:
            continue
        nxt = taken.get(b)
        country = nxt.country if nxt is not None and nxt.entry.entity_type == "role" else ""
        name = text[words.starts[a]:words.ends[b - 1]]
        out.setdefault(name, _Learned(name, country, role.entity_id))
    return out


def _same_country(person: _Role, role: _Role, gaz: Gazetteer) -> bool:
    """Whether a person may hold a role by apposition: a gazetteer person must have served
    the role's country (or organisation) at some time; a learned or unplaced one always may."""
    p = gaz.people.get(person.entry.entity_id)
    if p is None or person.learned or not role.country:
        return True
    return any(t.country == role.country for t in p.tenures)


def _gap(gap: str, quote: str) -> tuple[bool, bool] | None:
    """(quoted, comma) when the characters between a name and its role allow an
    apposition (`X، ROLE`, `«X» ROLE`, `«X»، ROLE`, `X ROLE`), else None.
    `quote` is the guillemet on the name's side: `»` before the role, `«` after it."""
    if "\n" in gap:
        return None
    g = gap.replace(" ", "").replace("\u200c", "")
    if quote == "»":
        allowed = ("", "،", ",", "»", "»،", "»,")
    else:
        allowed = ("", "،", ",", "«", "،«", ",«")
    if g not in allowed:
        return None
    return quote in g, "،" in g or "," in g


def _quoted_before(text: str, words: _Words, i: int,
                   spans_by_word: dict[int, _Role]) -> tuple[int, int] | None:
    """Words [a, b) of a «…» right before word `i` that hold a known person's name
    plus other words (`«سید داوود صالحی»`): a new, fuller name."""
    kind = _gap(text[words.ends[i - 1]:words.starts[i]], "»") if i > 0 else None
    if kind is None or not kind[0]:
        return None
    b = i
    a = b
    while a > 0 and b - a < lex.NAME_MAX_WORDS_QUOTED:
        if not _only_joiners(text[words.ends[a - 1]:words.starts[a]]) and a < b:
            break
        a -= 1
    if _char_before(text, words.starts[a]) != "«":
        return None
    inside = [spans_by_word.get(k) for k in range(a, b)]
    known = [r for r in inside if r is not None]
    if not known or any(r.entry.entity_type != "person" for r in known) or all(inside):
        return None
    return a, b


def _learn_people(doc: Document, text: str, words: _Words, spans: list[_Role],
                  gaz: Gazetteer) -> dict[str, _Learned]:
    """Names introduced by an apposition with a role phrase: full name → person."""
    learned: dict[str, _Learned] = {}
    taken = {k: r for r in spans for k in range(r.i, r.j)}
    by_start = {r.i: r for r in spans}
    by_end = {r.j: r for r in spans}
    spans_by_word = taken
    dropped: set[int] = set()
    people_spans = {r.person: r for r in spans if r.entry.entity_type == "person" and r.person}
    for r in spans:
        if r.entry.entity_type != "role" or not r.country or r.entry.plural \
                or r.entry.entity_id in lex.TEAM_ROLES:
            continue
        gap = text[words.ends[r.i - 1]:r.start] if r.i > 0 else "\n"
        before_i = r.i  # where the name before the role ends: before a Latin gloss
        gloss = _latin_gloss_before(text, words, r.i)
        if gloss is not None:  # `ایوان خیل (Yván Gil)، وزیر …`: the gloss is part of the name
            before_i = gloss
            gap = text[words.ends[gloss - 1]:words.starts[gloss]].replace("(", "") \
                + text[text.index(")", words.ends[r.i - 1]) + 1:r.start]
        prev = by_end.get(before_i)
        after = words.keys[r.j] if r.j < len(words) else ""
        if after == canonical_word(lex.OBJECT_MARKER) and gap.strip() == "":
            # `X رئیس جمهور روسیه را …`: the role is an object, not X's title, unless the
            # subject ends before a name (`آشتیانی ویکتور خرنین وزیر دفاع بلاروس را …`)
            span = _object_name(text, words, r, taken, spans_by_word)
            if span is not None:
                name = text[words.starts[span[0]]:words.ends[span[1] - 1]]
                learned.setdefault(name, _Learned(name, r.country, r.entry.entity_id, r.region))
                r.person = name
            continue
        # `X رهبر سابق حزب کارگر و عضو مجلس عوام این کشور`: a second role of the same person
        before = by_end.get(r.i - 1) if r.i > 1 else None
        if before is not None and before.entry.entity_type == "role" and before.person \
                and words.keys[r.i - 1] == canonical_word(lex.AND_WORD) \
                and _same_holder_country(text, before, r) and not r.person:
            holder = people_spans.get(before.person)  # a gazetteer person must hold that role too
            if holder is None or holder.learned or _holds(holder, r, doc.date, gaz) \
                    or before.country != r.country:  # (the UN's envoy heading its mission)
                r.person = before.person
            continue
        # «a new name» holding a known surname (`«سید داوود صالحی» سفیر ایران`)
        quoted_name = _quoted_before(text, words, r.i, spans_by_word)
        if quoted_name is not None:
            a, b = quoted_name
            name = text[words.starts[a]:words.ends[b - 1]]
            learned.setdefault(name, _Learned(name, r.country, r.entry.entity_id))
            r.person = name
            for k in range(a, b):
                dropped.add(id(spans_by_word[k])) if k in spans_by_word else None
            continue
        # a known person right before (`پوتین، رئیس جمهور روسیه`, `ظریف همتای ایرانی خود`,
        # `«جان کربی» سخنگوی وزارت خارجه آمریکا`)
        if prev is not None and prev.merged and not prev.learned and r.country \
                and not _holds(prev, r, doc.date, gaz):
            # `«سید داوود صالحی» سفیر ایران`: another man than the gazetteer's Salehi
            name = text[prev.start:prev.end]
            learned.setdefault(name, _Learned(name, r.country, r.entry.entity_id))
            r.person = name
            dropped.add(id(prev))
            continue
        if prev is not None and prev.entry.entity_type == "person" and _gap(gap, "»") is not None:
            if not _same_country(prev, r, gaz):
                continue  # `در دیدار با پوتین، وزیر خارجه ایران`: another man's role
            if gap.strip() or prev.learned or _holds(prev, r, doc.date, gaz):
                r.person = prev.person
            continue
        # after `به گفته ROLE،` the comma closes the attribution: what follows is the
        # reported clause, whose subject is no apposition of the role
        opener = _attribution_complement(text, words, r.i)
        # a known person right after (`وزیر خارجه آمریکا مایک پمپئو`), unless the
        # person is an object (`سخنگوی وزارت خارجه ایران ظریف را همراهی می‌کند`)
        nxt = by_start.get(r.j)
        if nxt is not None and nxt.entry.entity_type == "person" and r.j < len(words):
            g_after = text[r.end:words.starts[r.j]].strip()
            obj = nxt.j < len(words) and words.keys[nxt.j] == canonical_word(lex.OBJECT_MARKER)
            enclosed = not opener or _closed_apposition(text, words, nxt.j)
            if _gap(g_after, "«") is not None and not obj and _same_country(nxt, r, gaz) and (
                    (g_after and enclosed) or nxt.learned or _holds(nxt, r, doc.date, gaz)):
                r.person = nxt.person
                continue
        span = None
        kind = _gap(gap, "»") if r.i > 0 else None
        if kind is not None:
            quoted, comma = kind
            span = _name_span(text, words, before_i, -1, taken, quoted, comma)
            if span and quoted and _char_before(text, words.starts[span[0]]) != "«":
                span = None  # the «…» must enclose exactly the name
        if span is None and r.j < len(words):
            # the name after the role: `سخنگوی وزارت خارجه آمریکا، ند پرایس گفت`
            kind = _gap(text[r.end:words.starts[r.j]], "«")
            if kind is not None:
                quoted, comma = kind
                span = _name_span(text, words, r.j, +1, taken, quoted, comma)
                if span and quoted and _char_after(text, words.ends[span[1] - 1]) != "»":
                    span = None
                if span and opener and not quoted and not _closed_apposition(text, words, span[1]):
                    span = None  # `به گفته وزیر خارجه ازبکستان، صادرات غلات …`: the clause
        if span is None and r.entry.entity_id in lex.DIPLOMATIC_ROLES:
            span = _name_after_post(text, words, r, by_start, taken)
        if span is None:
            continue
        a, b = span
        name = text[words.starts[a]:words.ends[b - 1]]
        role_id = r.entry.entity_id
        if role_id in lex.RELATIONAL_ROLES:  # `X همتای بولیویایی خود`: the subject's office
            role_id = _counterpart_office(text, spans, r, words.starts[a], doc.date, gaz) or role_id
        learned.setdefault(name, _Learned(name, r.country, role_id, r.region))
        r.person = name
    for r in spans:
        if r.entry.entity_type == "role" and r.entry.entity_id in lex.TEAM_ROLES:
            _team_country(words, r, gaz)
            _learn_team_member(text, words, r, taken, learned)
        elif r.entry.entity_type == "role" and not r.country and not r.entry.plural:
            _learn_in_context(doc, text, words, spans, r, taken, learned, gaz)
    if dropped:  # surnames inside a new «full name» are that person, not the gazetteer's
        spans[:] = [r for r in spans if id(r) not in dropped]
    return learned


_LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+")
# A run of 2–4 capitalised Latin-script words (`Antony Blinken`, `Yván Gil`)
_LATIN_NAME = re.compile(r"(?<![A-Za-z\u00C0-\u024F])[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’]*"
                         r"(?:[ -][A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’]*){1,3}"
                         r"(?![A-Za-z\u00C0-\u024F])")


_CAPITAL_LETTER = re.compile("[A-Z]")  # a Latin name starts with one (searched in C)


def _latin_people(text: str, words: _Words, matches: list[_Role], gaz: Gazetteer) -> list[_Role]:
    """A gazetteer person written in Latin script inside Persian text, by their English
    name (people.csv `en_name`: `Antony Blinken در حساب کاربری خود نوشت`, the gloss of
    `ایوان خیل (Yván Gil)`): a mention of that person, never a new entity. Only the
    whole English name of one person (2+ words) counts; a handle (`@SecBlinken`), a
    sentence in English (`Germany stands with Ukraine`) or a surname alone are none."""
    if not _CAPITAL_LETTER.search(text):
        return matches
    added: list[_Role] = []
    for hit in _LATIN_NAME.finditer(text):
        if text[hit.start() - 1:hit.start()] == "@":
            continue
        entry = gaz.latin_people.get(latin_key(hit.group()))
        if entry is None:
            continue
        i = bisect.bisect_left(words.starts, hit.start())
        j = bisect.bisect_left(words.starts, hit.end())
        if i >= j or words.starts[i] != hit.start() or words.ends[j - 1] != hit.end():
            continue
        added.append(_match(i, j, hit.start(), hit.end(), entry))
    if not added:
        return matches
    return sorted(matches + added, key=_FIRST_WORD)


def _latin_gloss_before(text: str, words: _Words, i: int) -> int | None:
    """The first word of a Latin-script gloss in brackets right before word `i`
    (`ایوان خیل (Yván Gil)، وزیر …`: the index of `Yván`), else None. The gloss spells
    out the Persian name before it: part of that name, never a name of its own."""
    if i < 2:
        return None
    close = text.find(")", words.ends[i - 1], words.starts[i])
    if close < 0 or text[words.ends[i - 1]:close].strip():
        return None
    k = i - 1
    while k >= 0 and _LATIN_WORD.fullmatch(text, words.starts[k], words.ends[k]):
        opening = text[words.ends[k - 1]:words.starts[k]] if k > 0 else ""
        if "(" in opening:
            return k if k > 0 and opening.strip() == "(" and k < i else None
        if k == 0 or not _only_joiners(opening.replace(".", "").replace("'", "")):
            return None
        k -= 1
    return None


def _same_holder_country(text: str, before: _Role, r: _Role) -> bool:
    """Whether role `r`, written `ROLE1 و ROLE2` right after `before`, may be a second
    office of `before`'s holder: the same country, or two international organisations
    (`نماینده ویژه دبیرکل سازمان ملل و رئیس هیئت معاونت سازمان ملل در افغانستان
    (یوناما)،`: the UN and its mission) when no name follows the second role (then it
    is another person's: `… و دبیرکل ناتو ینس استولتنبرگ`)."""
    if before.country == r.country:
        return True
    return before.country.startswith("IGO:") and r.country.startswith("IGO:") \
        and _char_after(text, r.end) in lex.SECOND_OFFICE_ENDS


def _learn_before_unknown_bodies(text: str, words: _Words, matches: list[_Role],
                                 spans: list[_Role], learned: dict[str, _Learned]) -> None:
    """`ژان کاسیا مدیرکل مرکز … آفریقا گفت`, `X مدیرعامل شرکت …`: a name written right
    before a role of a body the gazetteer does not know (a role head that needs a country,
    then a body word of lexicon/roles.py `ROLE_BODY_WORDS`: `مرکز`, `شرکت`, `سازمان`, …)
    is a person, learned with no country, so that their surname later (`کاسیا گفت`) is
    them. The role itself stays no mention (its country is unknown). The name must be
    plausible without a comma (`_name_span`): ordinary words before a role (`همچنین
    مدیرکل …`, `امروز رئیس …`) are not names."""
    covered = {k for r in spans for k in range(r.i, r.j)}
    taken = {k: r for r in spans for k in range(r.i, r.j)}
    bodies = _body_words()
    for m in matches:
        e = m.entry
        if e.entity_type != "role" or e.standalone or e.plural or e.country or m.i == 0 \
                or m.i in covered or m.j >= len(words) or words.keys[m.j] not in bodies \
                or not _only_joiners(text[m.end:words.starts[m.j]]) \
                or text[words.ends[m.i - 1]:m.start] != " ":
            continue
        span = _name_span(text, words, m.i, -1, taken, False, False)
        if span is None or span[1] - span[0] < 2:
            continue  # (a full name: one word alone is too weak a clue without a comma)
        a, b = span
        name = text[words.starts[a]:words.ends[b - 1]]
        learned.setdefault(name, _Learned(name, "", e.entity_id))


def _counterpart_office(text: str, spans: list[_Role], r: _Role, name_start: int,
                        date: str | None, gaz: Gazetteer) -> str:
    """The office of the one whose counterpart a name introduced by `همتای X خود` is:
    the nearest person or role of another country before the name in the same sentence
    (`عراقچی … با روخلیو مایتا همتای بولیویایی خود`: a foreign minister, so Mayta is
    Bolivia's foreign minister, and a later `وزیر خارجه بولیوی` is him); '' if none."""
    for s in reversed(spans):
        if s.end > name_start:
            continue
        if any(c in text[s.end:name_start] for c in ".!?؟\n"):
            return ""  # another sentence
        kind = s.entry.entity_type
        if kind == "role" and s.entry.entity_id not in lex.RELATIONAL_ROLES \
                and not s.entry.plural and s.country and s.country != r.country \
                and not s.region:
            return s.entry.entity_id
        if kind == "person" and s.country != r.country:
            if s.learned:
                return s.person_role if s.person_role not in lex.RELATIONAL_ROLES else ""
            person = gaz.people.get(s.entry.entity_id)
            if person is not None:
                tenure = person.tenure_on(date)
                if tenure.country != r.country:
                    return tenure.role
            return ""
    return ""


def _object_name(text: str, words: _Words, r: _Role, taken: dict[int, _Role],
                 spans_by_word: dict[int, _Role]) -> tuple[int, int] | None:
    """The name of an object role's holder (`ROLE را …`), written right before it after the
    sentence's subject or an adverb: `آشتیانی ویکتور خرنین وزیر دفاع بلاروس را به حضور
    پذیرفت` (a named person before), `… صبح امروز X وزیر … را پذیرفت` (a time word),
    `… در تهران X وزیر … را پذیرفت` (a place after `در`). Without such an edge the words
    before the role may be the subject itself (`X رئیس جمهور روسیه را دعوت کرد`)."""
    span = _name_span(text, words, r.i, -1, taken, False, False)
    if span is None or span[1] - span[0] < 2:
        return None
    a = span[0]
    if a == 0 or not _only_joiners(text[words.ends[a - 1]:words.starts[a]]):
        return None
    edge = spans_by_word.get(a - 1)
    if edge is not None:
        kind = edge.entry.entity_type
        if kind == "person" or (kind == "role" and edge.person):
            return span
        if kind in ("capital", "country", "place") and edge.i > 0 \
                and words.keys[edge.i - 1] == canonical_word(lex.PLACE_ADVERB_PREPOSITION):
            return span
        return None
    return span if words.keys[a - 1] in _time_words() else None


def _name_after_post(text: str, words: _Words, r: _Role, by_start: dict[int, _Role],
                     taken: dict[int, _Role]) -> tuple[int, int] | None:
    """A diplomat's name enclosed in commas after the post they serve in (`سفیر ترکیه در
    لیبی، گوون بگیچ، …`, `نماینده ویژه آمریکا در امور افغانستان` is not one): `در` +
    one country, capital or place, a comma, then a name closed by a comma."""
    x = r.j
    if x + 1 >= len(words) or words.keys[x] != canonical_word(lex.POST_PREPOSITION) \
            or text[r.end:words.starts[x]] != " ":
        return None
    post = by_start.get(x + 1)
    if post is None or post.entry.entity_type not in ("country", "capital", "place") \
            or text[words.ends[x]:post.start] != " " or post.j >= len(words):
        return None
    kind = _gap(text[post.end:words.starts[post.j]], "«")
    if kind is None or not kind[1]:
        return None  # only `، NAME،`
    span = _name_span(text, words, post.j, +1, taken, kind[0], True)
    if span is None or not _closed_apposition(text, words, span[1]):
        return None
    return span


def _learn_team_member(text: str, words: _Words, r: _Role, taken: dict[int, _Role],
                       learned: dict[str, _Learned]) -> None:
    """`یحیی گل‌محمدی، سرمربی پرسپولیس، …`, `کارلوس کی‌روش سرمربی تیم ملی`: the name right
    before a team role (lexicon/roles.py `TEAM_ROLES`) is its holder, learned with no
    country (a coach's nationality is not the team's, and a club is no state), so that
    the same role with the same team later (`_team_holder`) and the surname are them."""
    if r.i == 0 or r.person or r.entry.plural:
        return
    kind = _gap(text[words.ends[r.i - 1]:r.start], "»")
    if kind is None:
        return
    quoted, comma = kind
    span = _name_span(text, words, r.i, -1, taken, quoted, comma)
    if span is None or (quoted and _char_before(text, words.starts[span[0]]) != "«"):
        return
    a, b = span
    name = text[words.starts[a]:words.ends[b - 1]]
    learned.setdefault(name, _Learned(name, "", r.entry.entity_id))
    r.person = name


def _team_country(words: _Words, r: _Role, gaz: Gazetteer) -> None:
    """A team role keeps the country only of a country's name written after it (`سرمربی
    ژاپن`: Japan's national team); a demonym is the holder's nationality (`سرمربی پرتغالی`)
    and a city a club (`سرمربی رم` "AS Roma's coach"), so they give it none."""
    if not r.country:
        return
    entry = gaz.entries.get(words.keys[r.j - 1])
    if entry is None or entry.entity_type != "country":
        r.country = ""


_TEAM_END = re.compile(r"[،,.:؛;!?؟«»()\[\]\n\-–]")


def _team_key(text: str, m: Mention) -> tuple[str, ...]:
    """The words naming the team of a team-role mention: those after the role phrase, up
    to a punctuation mark or an ordinary word (`سرمربی پرسپولیس درباره …` → `پرسپولیس`),
    demonyms and country names skipped (`سرمربی پرتغالی تیم ملی` → `تیم ملی`: the coach's
    nationality), at most `lex.TEAM_WORDS_MAX` words."""
    gaz = gazetteer()
    stop = _stopwords()
    role_words = len(canonical(m.role).split())
    tail = text[m.start:m.end + 80]
    cut = _TEAM_END.search(tail)
    keys = canonical(tail[:cut.start()] if cut else tail).split()[role_words:]
    out: list[str] = []
    for k in keys:
        entry = gaz.entries.get(k)
        if entry is not None and entry.entity_type in _COUNTRY_TYPES:
            continue
        if k in stop or len(out) == lex.TEAM_WORDS_MAX:
            break
        out.append(k)
    return tuple(out)


def _team_holder(text: str, mentions: list[Mention], m: Mention) -> tuple[str, str] | None:
    """(name, country) of the one person introduced before `m` with the same team role and
    a compatible team (one team's words begin the other's: `سرمربی تیم ملی` … `سرمربی
    پرتغالی تیم ملی`; a bare `سرمربی` fits any); None when none or several did."""
    key = _team_key(text, m)
    rid = _role_id(m)
    found = set()
    for x in mentions:
        if x.start >= m.start:
            break
        if x.entity_type != "role" or not x.person or _role_id(x) != rid:
            continue
        other = _team_key(text, x)
        n = min(len(key), len(other))
        if key[:n] == other[:n]:
            found.add((x.person, x.country))
    return found.pop() if len(found) == 1 else None


def _learn_in_context(doc: Document, text: str, words: _Words, spans: list[_Role], r: _Role,
                      taken: dict[int, _Role], learned: dict[str, _Learned],
                      gaz: Gazetteer) -> None:
    """`NAME، ROLE، …` with a role that names no country (`مارسلو ابرارد، وزیر اقتصاد، …`,
    in an article on Mexico): the name is learned as that role's holder for the country
    the context gives, so that a later `ROLE + COUNTRY` (`وزیر اقتصاد مکزیک`) is him.

    A wrong country is worse than none, so two pieces of evidence must agree: the
    sentence names exactly one country before the name (`رئیس‌جمهور مکزیک گفت که …`,
    `_context_country`), and the article writes the same role for that country elsewhere
    with no named holder (`_role_unnamed`). Otherwise the name is left unlearned, as
    before: a bare role in Iranian media is usually Iran's own official.
    """
    if r.i == 0 or r.person or r.entry.entity_id in lex.RELATIONAL_ROLES:
        return
    if _gap(text[words.ends[r.i - 1]:r.start], "»") != (False, True) \
            or _char_after(text, r.end) not in ("،", ","):
        return  # only an apposition enclosed in commas: `X، وزیر اقتصاد، …`
    if any(canonical_word(w) in _not_current_words() for w in r.role_text.split()):
        return
    if _bind_known(spans, r, doc.date, gaz):
        return
    span = _name_span(text, words, r.i, -1, taken, False, True)
    if span is None:
        return
    a, b = span
    name = text[words.starts[a]:words.ends[b - 1]]
    if name in learned:
        return
    country = _context_country(doc, text, spans, words.starts[a])
    if not country or not _role_unnamed(spans, r, country, doc.date, gaz):
        return
    learned[name] = _Learned(name, country, r.entry.entity_id)
    r.person, r.country = name, country


def _bind_known(spans: list[_Role], r: _Role, date: str | None, gaz: Gazetteer) -> bool:
    """`خوان رامون د لا فوئنته، وزیر خارجه، …`: a gazetteer person right before a
    country-less role bears it when people.csv gives them that office (on `date`, or
    ever when undated or when no tenure covers the date: the apposition itself says
    they hold it) for exactly one country, which the role then takes."""
    prev = next((s for s in spans if s.j == r.i), None)
    if prev is None or prev.entry.entity_type != "person" or prev.learned:
        return False
    p = gaz.people.get(prev.entry.entity_id)
    if p is None:
        return False
    held = [t for t in p.tenures if _same_role(t.role, r.entry.entity_id)]
    countries = {t.country for t in held if not date or t.covers(date)}
    if not countries:  # the text says they hold it though no tenure covers the date
        countries = {t.country for t in held}
    if len(countries) != 1:
        return False
    r.person, r.country = prev.person, countries.pop()
    return True


def _context_country(doc: Document, text: str, spans: list[_Role], pos: int) -> str:
    """The one country the sentence names before `pos` ('' for none, several, or an
    organisation), unless a counterpart follows it (`با`: `وزیر خارجه ایران در دیدار
    با X، وزیر اقتصاد، …`: X is the other side's minister)."""
    sent = next((s for s in doc.sentences if s.start <= pos < s.end), None)
    if sent is None:
        return ""
    before = [s for s in spans if sent.start <= s.start and s.end <= pos and s.country]
    codes = {s.country for s in before}
    if len(codes) != 1:
        return ""
    country = codes.pop()
    if country.startswith("IGO:"):
        return ""
    between = {canonical_word(w) for w in WORD_RE.findall(text[before[-1].end:pos])}
    return "" if canonical_word(COUNTERPART_WITH) in between else country


def _role_unnamed(spans: list[_Role], r: _Role, country: str, date: str | None,
                  gaz: Gazetteer) -> bool:
    """Whether the article writes role `r` with `country` elsewhere (`وزیر اقتصاد مکزیک`)
    without naming its holder, and names no gazetteer person holding it then."""
    key = _role_key(r.entry.entity_id)
    not_current = _not_current_words()
    written = any(
        s is not r and s.entry.entity_type == "role" and not s.entry.plural and not s.person
        and s.country == country and _role_key(s.entry.entity_id) == key
        and not any(canonical_word(w) in not_current for w in s.role_text.split())
        for s in spans)
    if not written:
        return False
    for s in spans:
        p = gaz.people.get(s.entry.entity_id) if s.entry.entity_type == "person" else None
        if p is not None and not s.learned:
            t = p.tenure_on(date)
            if t.country == country and _role_key(t.role) == key:
                return False
    return True


@cache
def _attribution_words() -> tuple[frozenset[str], frozenset[str]]:
    """(prepositions, nouns) of the openers that name a source: `به گفته`, `به اعتقاد`,
    `از نظر`, `طبق اعلام`, `به نوشته` (analysis/lexicon/speech.py, meetings.py).

    Any preposition of them with any noun of them is an opener too (`به اعلام`,
    `بنابر اعلام`, `از دیدگاه`), and a two-word preposition also counts joined (`بنابر`).
    """
    from .lexicon import meetings, speech

    preps: set[str] = set()
    nouns: set[str] = set()
    for opener in (*speech.SOURCE_OPENERS, *speech.SOURCE_LINE_MARKERS,
                   *meetings.ATTRIBUTION_MARKERS):
        keys = canonical(opener).split()
        if len(keys) < 2:
            continue
        preps.add(keys[-2])
        if len(keys) > 2:
            preps.add(keys[-3] + keys[-2])
        nouns.add(keys[-1])
    return frozenset(preps), frozenset(nouns - preps)  # (`به نقل از`: `از` is no noun)


def _attribution_complement(text: str, words: _Words, i: int) -> bool:
    """Whether the role starting at word `i` completes a source opener (`به گفته ROLE`,
    `به اعتقاد ROLE`, `بنابر اعلام ROLE`): then a comma after the role ends the
    attribution, and the words after it open the reported clause."""
    if i < 2:
        return False
    preps, nouns = _attribution_words()
    keys = words.keys
    return keys[i - 1] in nouns and keys[i - 2] in preps \
        and _only_joiners(text[words.ends[i - 2]:words.starts[i - 1]]) \
        and _only_joiners(text[words.ends[i - 1]:words.starts[i]])


def _closed_apposition(text: str, words: _Words, b: int) -> bool:
    """Whether a name ending before word `b` is closed by a comma (`به گفته ROLE، NAME،
    …`): an apposition enclosed in commas, not the subject of the clause."""
    end = words.ends[b - 1]
    return _char_after(text, end) in ("،", ",")


@cache
def _given_names() -> frozenset[str]:
    return frozenset(canonical_word(g) for g in lex.GIVEN_NAMES)


@cache
def _lineage_honorifics() -> frozenset[str]:
    return frozenset(canonical_word(g) for g in lex.LINEAGE_HONORIFICS)


@cache
def _given_name_words() -> frozenset[str]:
    return frozenset(canonical_word(g) for g in lex.GIVEN_NAMES_ALSO_WORDS)


@cache
def _patronymics() -> frozenset[str]:
    return frozenset(canonical_word(w) for w in lex.NAME_PATRONYMICS)


@cache
def _name_titles() -> frozenset[str]:
    return frozenset(canonical_word(t) for t in lex.NAME_TITLES)


@cache
def _speech_verb_starts() -> frozenset[str]:
    """First words of the speech verbs: simple ones and the first part of compound ones."""
    simple, compound = _speech_verbs()
    return simple | {a for a, _ in compound}


@cache
def _speech_verbs() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Past speech verbs (`گفت`, `افزودند`) and compound ones (`تاکید کرد`), canonical."""
    from .lexicon import speech

    simple = {canonical_word(f"{past}{end}") for past, _ in speech.SIMPLE_VERBS
              for end in ("", "ند")}
    compound = {(canonical_word(part), canonical_word(f"{speech.LIGHT_VERBS[light][0]}{end}"))
                for part, light in speech.COMPOUND_VERBS if light in speech.LIGHT_VERBS
                for end in ("", "ند")}
    return frozenset(simple), frozenset(compound)


def _learn_speakers(text: str, words: _Words, spans: list[_Role]) -> dict[str, _Learned]:
    """An unknown 2–3-word name right before a speech verb (`حسین صمصامی گفت: …`), made of
    given names and words unknown to hazm's lexicon, whose last word the article also uses
    alone (`صمصامی … تاکید کرد`) is a person (country unknown)."""
    simple, compound = _speech_verbs()
    given = _given_names()
    taken: dict[int, _Role] = {}  # built at the first candidate
    positions: dict[str, list[int]] = {}  # built at the first candidate (most articles: none)
    out: dict[str, _Learned] = {}
    keys = words.keys
    n = len(keys)
    for k in _positions(words, _speech_verb_starts()):  # where a speech verb may start
        if k < 2:  # (a name has at least two words)
            continue
        w = keys[k]
        nxt = keys[k + 1] if k + 1 < n else ""
        glued = text[words.ends[k]:words.ends[k] + 1] == "\u200c"  # `گفت‌وگو` is no verb
        if not ((w in simple and not glued) or (w, nxt) in compound):
            continue
        if not _only_joiners(text[words.ends[k - 1]:words.starts[k]]):
            continue
        # cheap tests first: the name's last two words (k-2, k-1) must pass the test
        # below, and its last word must occur elsewhere in the text
        frequent = _hazm_lexicon().frequent
        w1, w2 = keys[k - 1], keys[k - 2]
        if not (w1 in given or w1 not in frequent) or not (w2 in given or w2 not in frequent) \
                or keys.count(w1) < 2:
            continue
        if not taken:
            taken = {x: r for r in spans for x in range(r.i, r.j)}
        span = _name_span(text, words, k, -1, taken, False, False)
        if span is None or span[1] - span[0] < 2 or span[1] != k:
            continue
        a, b = span
        if not all(words.keys[x] in given or words.keys[x] not in frequent for x in range(a, b)):
            continue  # a name is given names and words unknown to the lexicon (`تحولات …`)
        last = words.keys[b - 1]
        if not positions:
            for x, key in enumerate(words.keys):
                positions.setdefault(key, []).append(x)
        if any(p != b - 1 and (p == 0 or words.keys[p - 1] != words.keys[b - 2])
               for p in positions.get(last, [])):
            name = text[words.starts[a]:words.ends[b - 1]]
            out.setdefault(name, _Learned(name, "", ""))
    return out


@cache
def _military_titles() -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(canonical_word(w) for w in lex.MILITARY_TITLES),
            frozenset(canonical_word(w) for w in lex.MILITARY_RANK_QUALIFIERS))


def _learn_titled(text: str, words: _Words, spans: list[_Role]) -> dict[str, _Learned]:
    """An unknown name right after a military rank (`سردار ابوالفضل شکارچی،`, `امیر
    سرتیپ علیرضا صباحی‌فرد`, `سرتیپ دوم پاسدار …`, `ژنرال دن کین`) is a person (country
    unknown); the rank and its grade/corps words are not part of the name. The name must
    look like one (`_name_span`, with a given name or a word rare in hazm's lexicon), so
    a rank used as a noun (`سرلشکر نیروی هوایی آمریکا`, `سردار سازندگی`) teaches nothing.
    A one-word name must be no ordinary word."""
    ranks, qualifiers = _military_titles()
    out: dict[str, _Learned] = {}
    taken: dict[int, _Role] = {}
    n = len(words)
    for k in _positions(words, ranks):
        if words.keys[k] not in ranks:
            continue
        x = k + 1
        while x < n and (words.keys[x] in qualifiers or words.keys[x] in ranks) \
                and text[words.ends[x - 1]:words.starts[x]] == " ":
            x += 1
        if x >= n or text[words.ends[x - 1]:words.starts[x]] != " ":
            continue  # (a rank at the end, before punctuation, or ZWNJ-joined: `سرلشکرها`)
        if not taken:
            taken = {y: r for r in spans for y in range(r.i, r.j)}
        if x in taken:
            continue  # a known person (`سرلشکر حسین سلامی`) or entity
        span = _name_span(text, words, x, +1, taken, False, True)
        if span is None or span[0] != x:
            continue
        a, b = span
        if not _titled_name(words.keys[a:b]):
            continue
        name = text[words.starts[a]:words.ends[b - 1]]
        out.setdefault(name, _Learned(name, "", ""))
    return out


def _titled_name(keys: list[str]) -> bool:
    """Whether the words after a rank are a name: the first a given name or a word rare
    in hazm's lexicon, none but the last (the surname: `شکارچی` "hunter") an ordinary
    word (`نیروی هوایی` of `سرلشکر نیروی هوایی آمریکا` is none)."""
    lexicon = _hazm_lexicon()
    given = _given_names() | _given_name_words()

    def word(k: str) -> bool:
        return k not in given and _ordinary_word(k, lexicon)

    if word(keys[0]) or any(word(k) for k in keys[1:-1]):
        return False
    return len(keys) > 1 or not word(keys[-1])


def _add_learned(text: str, words: _Words, spans: list[_Role],
                 learned: dict[str, _Learned]) -> list[_Role]:
    """Person mentions of the learned names (full name or last word) everywhere."""
    if not learned:
        return spans
    table: dict[str, Entry] = {}
    titled: dict[str, Entry] = {}  # family-first short names that are also words (`لی`)
    gaz = gazetteer()
    for name, p in learned.items():
        e = Entry(name, "person", "person", f"L:{name}", p.country, name)
        key = canonical(name)
        table[key] = e
        # whole words: a ZWNJ-joined surname (`اسلام‌جار`) is shortened to all its parts
        keys = [canonical(w) for w in name.split()]
        family_first = p.country in gaz.family_name_first
        surname = _surname(keys, family_first, learned=True)
        if surname:
            table.setdefault(surname, e)  # the surname, unless an ordinary word (`صدر`)
        elif family_first and len(keys) > 1 and _titled_candidate(keys[0], gaz):
            titled.setdefault(keys[0], e)  # `لی` of a learned `لی جه میونگ`: after a title
    taken = [False] * len(words)
    for r in spans:
        for k in range(r.i, r.j):
            taken[k] = True
    extra = _match_words(text, words, table, _first_words(table), taken)
    occupied = set(compress(range(len(taken)), taken)) if extra else set()
    for m in extra:
        p = learned[m.entry.person]
        if m.j - m.i == 1 and len(p.name.split()) > 1 and _namesake_start(
                text, words, m.i, canonical(p.name).replace(" ", ""), occupied) is not None:
            continue  # `مری دو` is not the `جان دو` learned before
        spans.append(_Role(m.i, m.j, m.start, m.end, m.entry, p.country, person=p.name,
                           person_role=p.role, learned=True))
    if titled:
        for r in spans:
            for k in range(r.i, r.j):
                taken[k] = True
        spans = _titled_short_names(text, words, spans, titled, taken)
        for r in spans:
            if r.entry.entity_id.startswith("L:") and not r.learned:
                p = learned[r.entry.person]  # a titled short name: the learned person
                r.learned, r.person, r.person_role = True, p.name, p.role
    spans.sort(key=_FIRST_WORD)
    return spans


def _titled_candidate(word: str, gaz: Gazetteer) -> bool:
    """Whether a short name that is also a word may still stand for its person after a
    title or as a clause's subject (`_titled_short_names`): no known entity, ruling
    family or stop word (`رهبری` of `به رهبری`)."""
    return word not in gaz.entries and word not in gaz.dynasties and word not in _stopwords()


def _surname(keys: list[str], family_first: bool, learned: bool = False) -> str:
    """The word a full name (canonical words `keys`; a ZWNJ-joined word is one of them,
    its parts space-separated: `اسلام جار`) is shortened to, or '' when that word
    is an ordinary one: the last (`پریلو` of `تام پریلو`, never `صدر`); for people of a
    family-name-first country (family_name_first.csv) the first (`یون` of `یون سوک یول`),
    which may have two letters (`شی`, `لی`) if hazm's lexicon does not know it.
    The first word of a name `learned` from the text, whose edge the name rules only
    guessed, must be no word of hazm's lexicon at all (also without a `ی` or plural
    ending): `رهبری` or `ریاستی` swallowed into a name is never its short name.
    A ruling family's name (dynasty_names.csv: `الصباح`, `نهیان`) is no one's short name."""
    if len(keys) < 2:
        return ""
    word = keys[0] if family_first else keys[-1]
    if word in _stopwords() or (family_first and word in _given_names()):
        return ""
    if word in gazetteer().dynasties:
        return ""  # a ruling family (`الصباح`): many people, never one
    lexicon = _hazm_lexicon()
    if len(word) <= 2:
        return word if family_first and word not in lexicon.known else ""
    if family_first and learned and _ordinary_word(word, lexicon):
        return ""
    return "" if word in lexicon.common else word


def _ordinary_word(key: str, lexicon: _Lexicon) -> bool:
    """Whether a word is in hazm's lexicon, as it is or without a `ی` or plural ending."""
    return any(st in lexicon.known for st in
               [key] + [key[: -len(s)] for s in ("ی", *_PLURAL_SUFFIXES)
                        if key.endswith(s) and len(key) > len(s) + 1])


def _gazetteer_surnames(text: str, words: _Words, spans: list[_Role]) -> list[_Role]:
    """The last word of a gazetteer person the document names in full is that person
    elsewhere (`مجید تخت روانچی` … `تحت روانچی`), unless an ordinary or a shared word,
    or the end of a longer name with another given name (`_namesake_start`)."""
    gaz = gazetteer()
    table: dict[str, Entry] = {}
    clash: set[str] = set()
    titled: dict[str, Entry] = {}  # short names that are also words: only after a title
    for r in spans:
        if r.entry.entity_type != "person" or r.learned or r.j - r.i < 2:
            continue
        family_first = gaz.family_name_first_person(r.entry.entity_id)
        # whole words, ZWNJ parts space-separated as in `canonical`: hazm writes `میسری`
        # as `می‌سری`, whose surname is `می سری`, never the word `سری` alone
        keys = [w.replace("\u200c", " ") for w in _whole_words(text, words, r.i, r.j)]
        last = _surname(keys, family_first)
        if not last:
            short = keys[0] if family_first else keys[-1]
            if " " not in short and _titled_candidate(short, gaz):
                titled.setdefault(short, r.entry)
            continue
        if last in gaz.entries:
            continue
        if last in table and table[last].entity_id != r.entry.entity_id:
            clash.add(last)
        table.setdefault(last, r.entry)
    for key in clash:
        del table[key]
    taken = [False] * len(words)
    for r in spans:
        for k in range(r.i, r.j):
            taken[k] = True
    spans = _titled_short_names(text, words, spans, titled, taken)
    if not table:
        return spans
    found = _match_words(text, words, table, _first_words(table), taken)
    occupied = set(compress(range(len(taken)), taken)) if found else set()
    for m in found:
        p = gaz.people.get(m.entry.entity_id)
        own = "".join(p.names).replace(" ", "") if p is not None else ""
        if _namesake_start(text, words, m.i, own, occupied) is not None:
            continue  # `علی روانچی` is not `مجید تخت روانچی`
        spans.append(_Role(m.i, m.j, m.start, m.end, m.entry, m.entry.country,
                           person=m.entry.person))
    spans.sort(key=_FIRST_WORD)
    return spans


def _titled_short_names(text: str, words: _Words, spans: list[_Role],
                        titled: dict[str, Entry], taken: list[bool]) -> list[_Role]:
    """A person's short name that is also an ordinary word (`لی` of `لی چیانگ`, a
    family-name-first Chinese name; `میلی` "a desire" of `خاویر میلی`) is that person
    right after a title: `آقای لی گفت`, `خانم لی`; or, after the full name was written
    earlier in the document, as a clause's subject (`_short_name_subject`: `میلی هفته
    گذشته در واشنگتن با … دیدار کرده بود`, `میلی در ادامه گفت`, `میلی گفت`). Elsewhere
    the word stays a word (`میلی به سفر نداشت` "no desire to travel")."""
    if not titled:
        return spans
    titles = _name_titles()
    full_end: dict[str, int] = {}  # person id → one past the first word of its full name
    for r in spans:
        if r.entry.entity_type == "person" and r.j - r.i >= 2 \
                and (not r.learned or r.entry.entity_id.startswith("L:")):
            full_end.setdefault(r.entry.entity_id, r.j)
    for x in range(1, len(words)):
        entry = titled.get(words.keys[x])
        if entry is None or taken[x]:
            continue
        after_title = words.keys[x - 1] in titles \
            and _only_joiners(text[words.ends[x - 1]:words.starts[x]])
        if not after_title and not (x >= full_end.get(entry.entity_id, len(words) + 1)
                                    and _short_name_subject(text, words, x)):
            continue
        taken[x] = True
        spans.append(_Role(x, x + 1, words.starts[x], words.ends[x], entry, entry.country,
                           person=entry.person))
    spans.sort(key=_FIRST_WORD)
    return spans


def _short_name_subject(text: str, words: _Words, x: int) -> bool:
    """Whether word `x` stands where a person's short name opens a clause: first in its
    sentence (or after `اما`/`ولی`/`سپس`), and followed by a time word, `در`, `با`,
    `نیز`, `همچنین` (`lex.SHORT_NAME_FOLLOWERS`) or a verb (`میلی گفت`). `میلی به …`
    "a desire for", `میلی ندارد` mid-sentence, and any other place stay words."""
    n = len(words)
    if x + 1 >= n or not text[words.ends[x]:words.starts[x + 1]].isspace():
        return False  # (nothing after, punctuation, or a ZWNJ compound)
    openers, followers = _short_name_context()
    k = x
    if words.keys[k - 1] in openers and _only_joiners(text[words.ends[k - 1]:words.starts[k]]):
        k -= 1
    gap = text[words.ends[k - 1]:words.starts[k]] if k > 0 else "\n"
    if not any(c in gap for c in ".!?؟\n:«;؛"):
        return False
    nxt = words.keys[x + 1]
    return nxt in followers or _is_verb(text[words.starts[x + 1]:words.ends[x + 1]])


@cache
def _short_name_context() -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(canonical_word(w) for w in lex.SHORT_NAME_OPENERS),
            frozenset(canonical_word(w) for w in lex.SHORT_NAME_FOLLOWERS))


def _variant_given_names(text: str, words: _Words, spans: list[_Role], gaz: Gazetteer) -> None:
    """A spelling variant of a gazetteer person's given name written before their
    surname (`ایبراهیم تراوره` for `ابراهیم تراوره`, `ایتامار بن گویر` for `ایتمار بن
    گویر`) is part of the mention: the span grows over it, so the person carries the
    document's spelling and the word is never learned as another name. The word must be
    name-like (rare in hazm's lexicon or a given name; no stop word, role, title or
    known name: `وزیر بن گویر`, `دولت نتانیاهو` stay apart) and a spelling of the
    gazetteer's given name (`_spelled_within`); another given name (`علی لاریجانی`
    beside `محمدجواد لاریجانی`) is another person and is left alone."""
    taken = {k for r in spans for k in range(r.i, r.j)}
    titles = _name_titles()
    for r in spans:
        if r.entry.entity_type != "person" or r.learned or r.i == 0:
            continue
        p = gaz.people.get(r.entry.entity_id)
        if p is None:
            continue
        full = canonical(p.name).split()
        written = list(words.keys[r.i:r.j])
        if len(full) - len(written) != 1 or full[1:] != written:
            continue  # only `SURNAME` of a `GIVEN SURNAME` gazetteer name
        k = r.i - 1
        key = words.keys[k]
        if k in taken or key == full[0] or text[words.ends[k]:words.starts[r.i]] != " ":
            continue
        if key in _stopwords() or key in titles or key in gaz.entries \
                or not _name_like(key) or not _spelled_within(key, full[0]):
            continue
        if len(key) < 3 or not (k == 0 or not _only_joiners(text[words.ends[k - 1]:words.starts[k]])
                                or words.keys[k - 1] not in gaz.entries):
            continue
        r.i, r.start = k, words.starts[k]
        taken.add(k)


def _short_names_to_nearest_full(words: _Words, spans: list[_Role], gaz: Gazetteer) -> None:
    """A one-word person mention (a gazetteer surname variant or a learned short name) is
    the person whose full name ending in that word the document writes nearest before it
    (`سید احمد خاتمی … خاتمی` is Ahmad Khatami, not the gazetteer's `خاتمی`, Mohammad
    Khatami; `ابراهیم رضایی … رضایی`), else the first written after it (a headline's
    surname, then the body's full name). A surname the document gives no full name for
    keeps its reading. Full names are those of gazetteer people and of people learned
    from the article, so two people sharing a surname each keep theirs."""
    family_first = gaz.family_name_first
    full: dict[str, list[_Role]] = {}  # surname key → full-name spans, in text order
    for r in spans:
        if r.entry.entity_type != "person" or r.j - r.i < 2:
            continue
        first = (gaz.family_name_first_person(r.entry.entity_id) if not r.learned
                 else r.country in family_first)
        key = words.keys[r.i] if first else words.keys[r.j - 1]
        full.setdefault(key, []).append(r)
    if not full:
        return
    for x, r in enumerate(spans):
        if r.entry.entity_type != "person" or r.j - r.i != 1:
            continue
        named = full.get(words.keys[r.i])
        if not named or all(f.entry.entity_id == r.entry.entity_id for f in named):
            continue
        before = [f for f in named if f.j <= r.i]
        f = before[-1] if before else named[0]
        if f.entry.entity_id == r.entry.entity_id:
            continue
        spans[x] = _Role(r.i, r.j, r.start, r.end, f.entry, f.country, person=f.person,
                         person_role=f.person_role, learned=f.learned)


def _surnames_over_places(words: _Words, spans: list[_Role]) -> list[_Role]:
    """A one-word place that is the surname of a person this document names in full
    is that person (`دیوید کامرون … کامرون گفت` is Cameron, not Cameroon)."""
    surnames: dict[str, _Role] = {}
    for r in spans:
        if r.entry.entity_type == "person" and r.j - r.i > 1:
            surnames.setdefault(words.keys[r.j - 1], r)
    if not surnames:
        return spans
    keys = words.keys
    for x, r in enumerate(spans):
        if r.j - r.i == 1 and keys[r.i] in surnames \
                and r.entry.entity_type in ("country", "demonym", "capital", "place"):
            full = surnames[keys[r.i]]
            spans[x] = _Role(r.i, r.j, r.start, r.end, full.entry, full.country,
                             person=full.person, person_role=full.person_role,
                             learned=full.learned)
    return spans


# --- pass 4: records --------------------------------------------------------
def _tenures_in_document(text: str, words: _Words, date: str | None, spans: list[_Role],
                         gaz: Gazetteer) -> dict[str, Tenure]:
    """The tenure of each gazetteer person of the document, by person id: the one valid
    on `date`; when no date is known or none covers it, the one that a role written next
    to the name points to, else the latest: one affiliation for every mention of them.

    Baerbock (German foreign minister, then UN General Assembly president) in an undated
    `آنالنا بربوک، وزیر امور خارجه آلمان`: the tenure with that role and country; else
    one with that role (a role without country: `عراقچی معاون وزیر خارجه`); else one in
    that country (`معاون سیاسی وزیر خارجه ایران`); else the latest.
    """
    out: dict[str, Tenure] = {}
    beside: dict[str, list[_Role]] = {}  # person id → the roles written next to them
    for x, r in enumerate(spans):
        pid = r.entry.entity_id
        if r.entry.entity_type != "person" or r.learned or pid not in gaz.people:
            continue
        p = gaz.people[pid]
        if pid not in out:
            out[pid] = p.tenure_on(date)
        if len({(t.role, t.country) for t in p.tenures}) > 1 \
                and not (date and out[pid].covers(date)):
            beside.setdefault(pid, []).extend(_roles_beside(text, words, spans, x))
    for pid, roles in beside.items():
        out[pid] = _tenure_written(gaz.people[pid], roles) or out[pid]
    return out


def _roles_beside(text: str, words: _Words, spans: list[_Role], x: int) -> list[_Role]:
    """The role phrases right before and right after span `x` (a name), in apposition
    (`_gap`: nothing, a comma, or «…» between them)."""
    out = []
    r = spans[x]
    if x > 0 and spans[x - 1].entry.entity_type == "role" and spans[x - 1].j == r.i \
            and _gap(text[spans[x - 1].end:r.start], "«") is not None:
        out.append(spans[x - 1])
    if x + 1 < len(spans) and spans[x + 1].entry.entity_type == "role" \
            and spans[x + 1].i == r.j and _gap(text[r.end:spans[x + 1].start], "»") is not None:
        out.append(spans[x + 1])
    return [m for m in out if not m.entry.plural
            and not any(canonical_word(w) in _not_current_words() for w in m.role_text.split())]


def _tenure_written(p: Person, roles: list[_Role]) -> Tenure | None:
    """The latest tenure of `p` that the roles written next to them point to (see
    `_tenures_in_document`), or None."""
    full = {(_role_key(r.entry.entity_id), r.country) for r in roles if r.country}
    bare = {_role_key(r.entry.entity_id) for r in roles if not r.country}
    countries = {c for _, c in full}
    tests = (lambda t: (_role_key(t.role), t.country) in full,
             lambda t: _role_key(t.role) in bare,
             lambda t: t.country in countries)
    for test in tests:
        found = [t for t in p.tenures if test(t)]
        if found:
            return max(found, key=attrgetter("valid_from"))
    return None


def _to_mention(doc: Document, r: _Role, gaz: Gazetteer, sent_id: int,
                tenures: dict[str, Tenure]) -> Mention:
    e = r.entry
    surface = doc.text[r.start:r.end]
    if e.entity_type == "person":
        if r.learned:
            return Mention(sent_id, r.start, r.end, surface, e.entity_id, "person", r.country,
                           r.person, r.person_role)
        p = gaz.people[e.entity_id]
        t = tenures.get(e.entity_id) or p.tenure_on(doc.date)
        return Mention(sent_id, r.start, r.end, surface, f"P:{p.person_id}", "person", t.country,
                       p.name, t.role)
    if e.entity_type == "role":
        return Mention(sent_id, r.start, r.end, surface, f"ROLE:{e.entity_id}", "role",
                       r.country, r.person, r.role_text)
    return Mention(sent_id, r.start, r.end, surface, e.entity_id, e.entity_type, r.country)


def _person_roles(m: Mention, gaz: Gazetteer, date: str | None) -> set[tuple[str, str]]:
    """(role id, country) pairs a person mention may stand behind on `date`."""
    if m.entity_id.startswith("P:") and m.entity_id[2:] in gaz.people:
        p = gaz.people[m.entity_id[2:]]
        if date:
            return {(t.role, t.country) for t in p.tenures if t.covers(date)}
        # undated: the tenure `_tenures_in_document` chose (one affiliation), and the
        # person's other offices for the same country, but not as its head through
        # another chief role (`رئیس سیا` Pompeo is no `رئیس‌جمهور آمریکا`)
        return {(m.role, m.country)} | {
            (t.role, t.country) for t in p.tenures
            if t.country == m.country and t.role not in lex.CHIEF_ROLES}
    return {(m.role, m.country)} if m.role else set()


def _name_people(mentions: list[Mention], gaz: Gazetteer) -> None:
    """Give every gazetteer person the fullest name the document uses for them."""
    best: dict[str, str] = {}
    for m in mentions:
        if m.entity_type == "person" and m.entity_id.startswith("P:"):
            cur = best.get(m.entity_id)
            name = _without_titles(m.surface)  # `سرلشکر باقری`: `باقری`, then the full name
            if cur is None or _name_rank(name) > _name_rank(cur):
                best[m.entity_id] = name
    for pid, name in best.items():  # only a surname written (`پوتین`): the gazetteer's full name
        full = gaz.people[pid[2:]].name
        if len(name.split()) == 1 and len(full.split()) > 1:
            best[pid] = full
    by_gaz_name = {gaz.people[pid[2:]].name: name for pid, name in best.items()}
    for m in mentions:
        if m.entity_type == "person" and m.entity_id in best:
            m.person = best[m.entity_id]
        elif m.entity_type == "role" and m.person in by_gaz_name:
            m.person = by_gaz_name[m.person]


def _name_rank(name: str) -> tuple[bool, bool, int, int]:
    """How full a written name is: a full name before a surname alone; among full names
    Persian script first (`ایوان خیل` over its gloss `Yván Gil`), then more words, then
    more letters. A document that writes only `بلینکن` and `Antony Blinken` gives the
    name most fully in Latin script (gold README: "as fully as the document gives it")."""
    size = len(name.split())
    return (size > 1, not _LATIN_WORD.match(name), size, len(name))


def _without_titles(surface: str) -> str:
    """A person's surface without the military ranks that open it (`سرلشکر باقری` →
    `باقری`, `امیر سرتیپ امیر حاتمی` → `امیر حاتمی`): a gazetteer variant may hold a
    rank, the person's name never does. (Religious and courtesy titles stay, as the
    gold writes them: `ملا عبدالغنی برادر`, `شیخ سالم …`.)"""
    titles = _military_titles()[0]
    parts = surface.split(" ")
    k = 0
    while k < len(parts) - 1 and (canonical_word(parts[k]) in titles or (
            parts[k] == lex.ARMY_TITLE and canonical_word(parts[k + 1]) in titles)):
        k += 1
    return " ".join(parts[k:]) if k else surface


def _resolve_roles(doc: Document, mentions: list[Mention], gaz: Gazetteer,
                   plural: set[int] = frozenset(), regions: dict[int, str] | None = None) -> None:
    """Fill `person` (and `country` when unqualified) of role mentions.

    Only people the document names count: a role never named in the article keeps
    person='' (its gazetteer holder is `role_holder()`). A regional office (`regions`:
    id(mention) → region code; `والی هرات`, `رئیس پلیس خوزستان`, and the people they
    introduced) is only ever the holder of that office in that region, never the
    country's own `رئیس` or the governor of another province.
    """
    _name_people(mentions, gaz)
    regions = regions or {}

    def scope(m: Mention) -> str:  # the country, or country@region for a regional office
        region = regions.get(id(m))
        return f"{m.country}@{region}" if region else m.country

    known: dict[tuple[str, str], set[str]] = {}  # (role id, scope) → names
    by_country: dict[str, set[str]] = {}
    diplomats: dict[str, set[tuple[str, str]]] = {}  # country → named diplomats (name, role id)
    bodies: dict[str, set[str]] = {}  # name → the bodies of the roles that introduced them
    # role key → (name, country) of holders the text introduced with the bare role
    # (`محسن پاک‌نژاد، وزیر نفت، …` beside `وزیر نفت عراق`): the article's own side
    unqualified: dict[str, set[tuple[str, str]]] = {}
    # role key → (start, sent_id, name, country, role phrase) of every role written with
    # its holder, in text order: who a bare role means when several hold it
    intros: dict[str, list[tuple[int, int, str, str, str]]] = {}
    for m in mentions:
        if m.entity_type == "role" and m.person:
            known.setdefault((_role_key(_role_id(m)), scope(m)), set()).add(m.person)
            if m.country:
                intros.setdefault(_role_key(_role_id(m)), []).append(
                    (m.start, m.sent_id, m.person, m.country, canonical(m.role)))
            bodies.setdefault(m.person, set()).add(_role_body(m.role))
            if m.country and canonical(m.surface) == canonical(m.role):
                unqualified.setdefault(_role_key(_role_id(m)), set()).add((m.person, m.country))
        elif m.entity_type == "person":
            for rid, country in _person_roles(m, gaz, doc.date):
                if id(m) in regions and country == m.country:
                    country = scope(m)
                known.setdefault((_role_key(rid), country), set()).add(m.person)
        if m.person and m.country:
            by_country.setdefault(m.country, set()).add(m.person)
            own = m.role if m.entity_type == "person" else _role_id(m)
            if own in lex.DIPLOMATIC_ROLES:
                diplomats.setdefault(m.country, set()).add((m.person, own))
    for rid, country, name in _elect_roles(doc, mentions, gaz):
        known.setdefault((_role_key(rid), country), set()).add(name)
    not_current = _not_current_words()
    for m in mentions:
        if m.entity_type != "role" or m.person or id(m) in plural:
            continue
        if any(canonical_word(w) in not_current for w in m.role.split()):
            continue  # `رئیس جمهور سابق آمریکا` is not today's president
        rid = _role_id(m)
        if rid in lex.TEAM_ROLES:  # `سرمربی پرسپولیس`: the one introduced with that team
            holder = _team_holder(doc.text, mentions, m)
            if holder is not None:
                m.person, m.country = holder
            continue
        if rid in lex.BODY_BOUND_ROLES:  # `مدیرعامل شرکت X`: only X's head named before
            m.person = _same_body_holder(mentions, m)
            continue
        body = _role_body(m.role)

        def same_body(name: str, body: str = body) -> bool:  # `سخنگوی وزارت X` only
            if body and name not in bodies:  # (a gazetteer spokesman is not a ministry's)
                return False
            return name not in bodies or body in bodies[name]  # for who came with `وزارت X`

        if m.country:
            names = {n for n in known.get((_role_key(rid), scope(m)), set()) if same_body(n)}
            if not names and rid == lex.PLAIN_MINISTER_ROLE and not body:
                names = _ministers_of(known, scope(m))  # `وزیر قطری`: Qatar's one minister
            if not names and rid in lex.RELATIONAL_ROLES:  # `همتای قزاقستانی`: the Kazakh named
                names = by_country.get(m.country, set())
            if not names and rid in lex.DIPLOMATIC_ROLES and not body:
                # `نماینده ایران`: the diplomat named; a definite office (`سرکنسول`) only
                # the named holder of the same office, never the ambassador
                office = lex.DIPLOMATIC_OFFICES.get(rid)
                names = {n for n, own in diplomats.get(m.country, set())
                         if office is None or lex.DIPLOMATIC_OFFICES.get(own) == office}
            if len(names) == 1:
                m.person = next(iter(names))
        else:
            cands = {(name, c.split("@")[0]) for (r, c), names in known.items()
                     if r == _role_key(rid) for name in names if same_body(name)}
            if len(cands) > 1:  # a bare role again: the holder introduced by a bare role
                own = cands & unqualified.get(_role_key(rid), set())
                cands = own if len(own) == 1 else cands
            if len(cands) > 1:
                named = _person_before(doc.text, mentions, m)
                if named is not None:  # `دونالد ترامپ، رئیس‌جمهوری …`: that man's title
                    cands = {named} & cands or {("", "")}
                else:
                    cands = _last_introduced(cands, intros.get(_role_key(rid), []), m)
                if cands == {("", "")}:
                    continue
            if len(cands) == 1:
                m.person, m.country = next(iter(cands))


def _ministers_of(known: dict[tuple[str, str], set[str]], scope: str) -> set[str]:
    """Every minister of `scope` the document names, whatever the portfolio (role ids
    ending in lexicon/roles.py `MINISTER_ID_SUFFIX`; not deputies or prime ministers,
    `NOT_PORTFOLIO_MINISTER_PARTS`): the candidates a portfolio-less `وزیر قطری` may stand for."""
    return {n for (r, c), names in known.items() if c == scope
            and r.endswith(lex.MINISTER_ID_SUFFIX)
            and not any(part in r for part in lex.NOT_PORTFOLIO_MINISTER_PARTS) for n in names}


def _same_body_holder(mentions: list[Mention], m: Mention) -> str:
    """The holder of a body-bound role (lexicon/roles.py `BODY_BOUND_ROLES`: every company
    has its own `مدیرعامل`) is the person written with the same role phrase before it
    (its words, shortening fillers dropped, begin that phrase's words: `مدیرعامل شرکت ملی
    گاز ایران` … `مدیرعامل شرکت ملی گاز`), never the head of another body (`مدیرعامل
    شرکت ملی نفت ایران` is not the gas company's); '' when none or several."""
    short = _without_fillers(canonical(m.surface).split())
    names = {x.person for x in mentions if x.start < m.start and x.entity_type == "role"
             and x.person and _role_id(x) == _role_id(m)
             and _without_fillers(canonical(x.surface).split())[:len(short)] == short}
    return names.pop() if len(names) == 1 else ""


def _elect_roles(doc: Document, mentions: list[Mention],
                 gaz: Gazetteer) -> list[tuple[str, str, str]]:
    """(role id, country, name) of office holders-elect the document names: `مسعود پزشکیان
    رئیس‌جمهور منتخب` written before his term (people.csv's tenure starts after the
    article's date, by at most `lex.ELECT_MAX_DAYS`): in that article he is the bare
    `رئیس‌جمهور` too, though the date excludes him. Only with the `منتخب` apposition."""
    if not doc.date:
        return []
    elect = canonical_word(lex.ELECT_WORD)
    out = []
    for x, y in zip(mentions, mentions[1:]):
        if x.entity_type != "person" or not x.entity_id.startswith("P:") \
                or y.entity_type != "role" or doc.text[x.end:y.start].strip() not in ("", "،", ","):
            continue
        after = doc.text[y.end:y.end + 40].split()
        if not after or canonical_word(after[0].strip("،,.")) != elect:
            continue
        p = gaz.people.get(x.entity_id[2:])
        if p is None:
            continue
        for t in p.tenures:
            if t.role == _role_id(y) and t.valid_from > doc.date \
                    and _days_between(doc.date, t.valid_from) <= lex.ELECT_MAX_DAYS:
                out.append((t.role, t.country, x.person))
    return out


def _days_between(a: str, b: str) -> int:
    """Days from ISO date `a` to ISO date `b` (a large number when either is unreadable)."""
    from datetime import date
    try:
        return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days
    except ValueError:
        return 10 ** 6


def _last_introduced(cands: set[tuple[str, str]],
                     intros: list[tuple[int, int, str, str, str]],
                     m: Mention) -> set[tuple[str, str]]:
    """Among several holders of a bare role (`وزیر امور خارجه گفت` in an article naming
    four foreign ministers), the one it means: the media's own official (`کشورمان` "our
    country", Iran in Iranian media: `عراقچی، وزیر امور خارجه کشورمان`, `روحانی،
    رئیس‌جمهور ایران`), if exactly one holds it; else the last holder introduced with
    exactly the same role phrase (`وزیر امور خارجه` + country) in the two sentences
    before it. Otherwise `cands` unchanged (left unresolved)."""
    home_code = _home_country()
    home = {c for c in cands if c[1] == home_code}
    if len(home) == 1:
        return home
    phrase = canonical(m.role)
    same = [x for x in intros if x[0] < m.start and m.sent_id - x[1] <= 2
            and (x[2], x[3]) in cands and x[4] == phrase]
    return {(same[-1][2], same[-1][3])} if same else cands


def _person_before(text: str, mentions: list[Mention], m: Mention) -> tuple[str, str] | None:
    """(name, country) of the person mention written right before `m` (only spaces or a
    comma between: `دونالد ترامپ، رئیس‌جمهوری …`), whose apposition `m` is; else None."""
    prev = None
    for x in mentions:
        if x.end <= m.start:
            prev = x
        else:
            break
    if prev is None or prev.entity_type != "person" or not prev.person:
        return None
    return (prev.person, prev.country) if text[prev.end:m.start].strip() in ("", "،", ",") else None


@cache
def _not_current_words() -> frozenset[str]:
    return frozenset(canonical_word(w) for w in lex.NOT_CURRENT_WORDS)


def _plural_role(role_text: str) -> bool:
    """Whether a role as written names several people (`رؤسای جمهور`, `وزرای کابینه`)."""
    entries = gazetteer().entries
    keys = canonical(role_text).split()
    for n in range(len(keys), 0, -1):
        entry = entries.get(" ".join(keys[:n]))
        if entry is not None and entry.entity_type == "role":
            return entry.plural
    return False


@lru_cache(maxsize=4096)
def _role_body(role_text: str) -> str:
    """The body that narrows a role as written ('' for none): the words after the role
    phrase when they start with a body's head word (`سخنگوی وزارت مدیریت حوادث` →
    `وزارت مدیریت حوادث`, `رئیس بانک مرکزی` → `بانک مرکزی`; `سخنگوی حکومت` → '')."""
    entries = gazetteer().entries
    keys = canonical(role_text).split()
    for n in range(len(keys), 0, -1):
        entry = entries.get(" ".join(keys[:n]))
        if entry is not None and entry.entity_type == "role":
            rest = keys[n:]
            return " ".join(rest) if rest and rest[0] in _body_words() else ""
    return ""


@cache
def _body_words() -> frozenset[str]:
    return frozenset(canonical_word(w) for w in lex.ROLE_BODY_WORDS)


def _role_key(role_id: str) -> str:
    """Role ids that name the same office share a key (`head` ~ `director_general`)."""
    return "chief" if role_id in lex.CHIEF_ROLES else role_id


def _same_role(a: str, b: str) -> bool:
    return _role_key(a) == _role_key(b)


def _role_id(m: Mention) -> str:
    return m.entity_id.split(":", 1)[1] if m.entity_id.startswith("ROLE:") else ""


def role_holder(doc: Document, m: Mention) -> str:
    """The gazetteer's holder of a role mention's role on `doc.date` ('' if not unique).

    For a role the article never ties to a name (`فرمانده ارتش ملی لیبی`): the
    gazetteer knows who held it; without a date only a role with one holder ever.
    """
    if m.entity_type != "role" or not m.country or _plural_role(m.role):
        return ""
    if _names_place(m.surface):
        return ""  # a regional office (`رئیس پلیس هرات`): not the country's `رئیس`
    if _role_body(m.role):
        return ""  # an office in a body (`سخنگوی وزارت مدیریت حوادث`): not the plain role's
    holders = gazetteer().holders(_role_id(m), m.country, doc.date)
    return holders[0].name if len(holders) == 1 else ""


def _names_place(surface: str) -> bool:
    """Whether a role as written ends in a region (`والی هرات`, `استاندار فارس`)."""
    gaz = gazetteer()
    keys = canonical(surface).split()
    for a in range(1, len(keys)):
        tail = " ".join(keys[a:])
        entry = gaz.entries.get(tail) or gaz.guarded.get(tail)
        if entry is not None and entry.entity_type == "place":
            return True
    return False


# --- helpers for other stages ----------------------------------------------
def people_in(doc: Document) -> dict[str, tuple[str, str]]:
    """Every person the document mentions: full name → (country, role id).

    The role is the person's office (people.csv on `doc.date`, or the role phrase
    that introduced them); a relational role (`همتای`) only when nothing else is known.
    """
    mentions = doc.mentions if doc.mentions else find_mentions(doc)
    out: dict[str, tuple[str, str]] = {}
    for m in mentions:
        if not m.person or m.entity_type not in ("person", "role"):
            continue
        role = m.role if m.entity_type == "person" else _role_id(m)
        old = out.get(m.person)
        if old is None or (not old[1] or old[1] in lex.RELATIONAL_ROLES) and role \
                and role not in lex.RELATIONAL_ROLES:
            out[m.person] = (m.country or (old[0] if old else ""), role or (old[1] if old else ""))
    return out


def fullest_name(doc: Document, m: Mention) -> str:
    """The fullest name the document writes for the body a short name stands for.

    For an organisation or a seat named short (`اوچا`, `پنتاگون`, `حماس`, `آژانس`): the
    longest full name of the same body (`Gazetteer.full_names`: organisations.csv) that
    the document writes anywhere, as written (`دفتر هماهنگی امور بشردوستانه سازمان
    ملل`, `وزارت دفاع آمریکا`); for a seat (`کرملین`), also a longer seat of the same
    country holding it (`کاخ کرملین`). Anything else, or no fuller name written: the
    mention's own surface. For the quotes stage: a speaker's name in full.
    """
    if m.entity_type not in ("org", "capital"):
        return m.surface
    key = canonical(m.surface)
    fulls = gazetteer().full_names.get(key, frozenset())
    words = set(key.split())
    best, size = m.surface, len(key.split())
    for o in doc.mentions if doc.mentions else find_mentions(doc):
        okey = canonical(o.surface)
        longer = len(okey.split()) > size
        if longer and (okey in fulls or (m.entity_type == "capital" == o.entity_type and
                                         o.entity_id == m.entity_id and words <= set(okey.split()))):
            best, size = o.surface, len(okey.split())
    if best is m.surface and fulls:  # a full name inside a longer phrase (`سخنگوی وزارت دفاع آمریکا`)
        folded = canonical_text(doc.text).replace("\u200c", " ")
        found = [hit for f in sorted(fulls, key=lambda f: -len(f.split()))
                 if (hit := re.search(rf"(?<![^\W_]){re.escape(f)}(?![^\W_])", folded))]
        if found:  # as written (the name as listed if folding dropped diacritics)
            best = doc.text[found[0].start():found[0].end()] if len(folded) == len(doc.text) \
                else gazetteer().entries[found[0].group()].name
    return best


def mentions_in_sentence(doc: Document, sent_id: int) -> list[Mention]:
    """The mentions of one sentence, in text order."""
    return [m for m in doc.mentions if m.sent_id == sent_id]


def party_of(m: Mention) -> str:
    """The code a mention counts for as a meeting party ('' for none)."""
    return m.country
