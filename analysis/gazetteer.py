"""The gazetteer: countries, organisations, people and role phrases from data/gazetteer/.

Loaded once per process (`gazetteer()`); every name is normalized with
`analysis.text.normalize` and keyed by `canonical()` (ZWNJ = space, `ئ/أ/إ/آ` folded,
diacritics dropped), so lookups work on any normalized text.

Files (see data/gazetteer/README.md): countries.csv (CLDR names + regular
demonyms, generated), country_aliases.csv (curated aliases, demonyms, capitals,
seats of power, and `block` phrases that contain a country name without being one),
organisations.csv, people.csv, roles.csv, family_name_first.csv (countries whose
people are named family name first: `یون سوک یول` is then `یون`), dynasty_names.csv
(ruling-family names that many people share: `الصباح`, `آل ثانی`: never one person's
name, never the short name of a person learned from a text), regions.csv (sub-national
places: provinces, states, governorates, big cities that are no capitals).

A region (`هرات`, `خوزستان`, `کالیفرنیا`, `استانبول`) is an entry of entity_type `place`
whose `entity_id` is `<country>:<Name>` (`AFG:Herat`) and whose `country` is '': a place
is never a party by itself. `place_country(entry)` gives the country it lies in, which a
role written before it takes (`والی هرات` → AFG). `guarded` names are also ordinary words,
media or people's names (`فارس`, `مرکزی`, `جورجیا`): they are no entries, only
`Gazetteer.guarded`, which analysis/mentions.py reads right after a governor or mayor
(`استاندار فارس`); regions.csv lists their safe forms (`استان فارس`) as ordinary rows.

A variant several people share (`عون`: Michel and Joseph Aoun; `بن سلمان`) keeps the
first person's entry in `entries` and is listed in `shared`, with each person's entry:
analysis/mentions.py picks among them by the full names a document writes and its date.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from .text import normalize

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# Words for matching: letters (and diacritics) or digits; ZWNJ, spaces and
# punctuation separate them.
WORD_RE = re.compile(r"[^\W_]+(?:[\u064B-\u065F\u0670][^\W_]*)*|[\u064B-\u065F\u0670]+")
_FOLD = str.maketrans({"ئ": "ی", "ي": "ی", "ى": "ی", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
                       "ۀ": "ه", "ة": "ه", "ك": "ک", "ؤ": "و", "ـ": None})
_DIACRITICS = re.compile(r"[\u064B-\u065F\u0670]")

# entity_type of each gazetteer kind
ENTITY_TYPE = {
    "name": "country", "alias": "country", "demonym": "demonym", "capital": "capital",
    "seat": "capital", "block": "block", "igo": "org", "group": "org", "body": "org",
    "person": "person", "role": "role", "region": "place", "city": "place", "guarded": "place",
    # a country name that is also a common word (`مالی` "financial"/Mali): matched and
    # dropped like a block, and a country only where analysis/mentions.py's context
    # rules accept it (right after a state role, in a list of countries)
    "guarded_country": "block",
}


def place_country(entry: Entry) -> str:
    """The country a `place` entry lies in (`AFG:Herat` → `AFG`), '' for other entries."""
    return entry.entity_id.split(":", 1)[0] if entry.entity_type == "place" else ""


@lru_cache(maxsize=500_000)
def canonical_word(word: str) -> str:
    """A word folded for matching: `رئیس` → `رییس`, `آمریکا` → `امریکا`."""
    return _DIACRITICS.sub("", word.translate(_FOLD))


def canonical_text(text: str) -> str:
    """`canonical_word` of a whole text at once: folding is per character, so this equals
    folding each word, and chained `str.replace` is far faster on a long text than
    `str.translate` with a dict (for hazm's 3 MB lexicon: 5 ms instead of 300 ms)."""
    for char, folded in _FOLD.items():
        text = text.replace(chr(char), folded or "")
    return _DIACRITICS.sub("", text)


def canonical(phrase: str) -> str:
    """Matching key of a phrase: its folded words joined by one space."""
    return " ".join(canonical_word(w) for w in WORD_RE.findall(phrase))


@dataclass(frozen=True)
class Entry:
    """One gazetteer name: what a matched phrase stands for."""

    name: str  # normalized, as listed
    kind: str  # name|alias|demonym|capital|seat|block|igo|group|body|person|role|region|city|guarded
    entity_type: str  # country|demonym|capital|org|person|role|block|place
    entity_id: str  # code (RUS, IGO:UN, ORG:HAMAS), person_id, or role_id
    country: str = ""  # the country/IGO code the name stands for
    person: str = ""  # full name, for person entries
    standalone: bool = True  # roles: a mention even without a country after it
    plural: bool = False  # roles: several people (`رؤسای جمهور`, `مقامات`): no one person


@dataclass(frozen=True)
class Tenure:
    """A person holding a role for a country between two ISO dates (open = '')."""

    role: str
    country: str
    valid_from: str
    valid_to: str

    def covers(self, date: str) -> bool:
        """Whether the ISO `date` falls inside the tenure."""
        return (not self.valid_from or self.valid_from <= date) and (
            not self.valid_to or date <= self.valid_to)


@dataclass
class Person:
    """A person of people.csv with all their tenures."""

    person_id: str
    name: str
    en_name: str
    tenures: list[Tenure] = field(default_factory=list)
    # canonical keys of the full name and every variant (`عباس عراقچی`, `عراقچی`, …)
    names: set[str] = field(default_factory=set)

    def tenure_on(self, date: str | None) -> Tenure:
        """The tenure valid on `date` (the latest one when unknown or none covers it)."""
        if date:
            for t in self.tenures:
                if t.covers(date):
                    return t
        return max(self.tenures, key=lambda t: t.valid_from)


@dataclass
class Gazetteer:
    """All names, keyed by `canonical()`, plus people and the role table."""

    entries: dict[str, Entry]
    people: dict[str, Person]
    max_words: int
    country_names: dict[str, str]  # code → main Persian name
    en_names: dict[str, str]  # code → English name
    media: frozenset[str] = frozenset()  # canonical names of news agencies and media
    # codes of the countries whose people Persian media name family name first and
    # then call by it (`یون سوک یول` … `یون`): family_name_first.csv
    family_name_first: frozenset[str] = frozenset()
    # canonical names of ruling families (dynasty_names.csv): `الصباح`, `آل ثانی`
    dynasties: frozenset[str] = frozenset()
    # a person's variant that several people share → {person_id: its entry for them}
    shared: dict[str, dict[str, Entry]] = field(default_factory=dict)
    # region names that are also ordinary words, media or people's names (regions.csv kind
    # `guarded`: `فارس`, `مرکزی`): a place only right after a governor or mayor
    guarded: dict[str, Entry] = field(default_factory=dict)
    # country names that are also ordinary words (country_aliases.csv kind
    # `guarded_country`: `مالی` "financial"/Mali): canonical name → the country entry
    guarded_countries: dict[str, Entry] = field(default_factory=dict)
    # an organisation's short name (acronym, seat, bare name: `اوچا`, `پنتاگون`, `حماس`)
    # → the canonical full names of the same body (organisations.csv rows of its code
    # whose English name is the code's first row's: `دفتر هماهنگی امور بشردوستانه
    # سازمان ملل`, `وزارت دفاع آمریکا`), never a sub-body (`شورای حکام` of `آژانس`)
    full_names: dict[str, frozenset[str]] = field(default_factory=dict)
    # a person's English name as social-media posts write it in Latin script inside
    # Persian text (`Antony Blinken`, `Yván Gil`), folded by `latin_key` → their entry
    latin_people: dict[str, Entry] = field(default_factory=dict)

    def lookup(self, phrase: str) -> Entry | None:
        """The entry a phrase (any spelling: ZWNJ or space) stands for, if any."""
        return self.entries.get(canonical(normalize(phrase)))

    def holders(self, role: str, country: str, date: str | None) -> list[Person]:
        """People holding `role` for `country` on `date` (all holders when no date)."""
        out = []
        for p in self.people.values():
            for t in p.tenures:
                if t.role == role and t.country == country and (not date or t.covers(date)):
                    out.append(p)
                    break
        return out

    def family_name_first_person(self, person_id: str) -> bool:
        """Whether a person of people.csv served a family-name-first country."""
        p = self.people.get(person_id)
        return p is not None and any(t.country in self.family_name_first for t in p.tenures)

    def country_name(self, code: str) -> str:
        """The main Persian name of a country/IGO code ('' if unknown)."""
        return self.country_names.get(code, "")


# First words that Persian media write either joined to the next word or apart:
# `سید عباس` / `سیدعباس`, `محمد جواد` / `محمدجواد`, `علی اکبر` / `علی‌اکبر`.
_JOINABLE_FIRST = ("سید", "محمد", "علی", "عبد", "امیر")


def name_variants(name: str) -> list[str]:
    """A person's name and its joined/split spellings (`سید عباس عراقچی` ↔ `سیدعباس عراقچی`)."""
    out = [name]
    words = name.split()
    if len(words) >= 2 and words[0] in _JOINABLE_FIRST:
        out.append(words[0] + words[1] + (" " + " ".join(words[2:]) if words[2:] else ""))
    first = words[0] if words else ""
    for prefix in _JOINABLE_FIRST:
        rest = first[len(prefix):].lstrip("\u200c")
        if first.startswith(prefix) and len(rest) >= 3 and len(words) >= 2:
            out.append(" ".join([prefix, rest, *words[1:]]))
    return out


def _read(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / name
    with path.open(encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


def _add(entries: dict[str, Entry], entry: Entry, override: bool = False) -> None:
    key = canonical(entry.name)
    if not key:
        return
    if override or key not in entries:
        entries[key] = entry


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded from data/gazetteer/*.csv once per process."""
    entries: dict[str, Entry] = {}
    country_names: dict[str, str] = {}
    en_names: dict[str, str] = {}
    # priority: curated aliases and blocks override generated names
    for row in _read("country_aliases.csv"):
        kind = row["kind"]
        _add(entries, Entry(normalize(row["name"]), kind, ENTITY_TYPE[kind], row["code"],
                            row["code"]), override=True)
    guarded_countries = {
        canonical(e.name): Entry(e.name, "alias", "country", e.entity_id, e.country)
        for e in entries.values() if e.kind == "guarded_country"}
    blocked = {k for k, e in entries.items() if e.kind in ("block", "guarded_country")}
    for row in _read("countries.csv"):
        name = normalize(row["name"])
        if row["kind"] == "demonym" and (canonical(name[:-1]) in blocked or canonical(name[:-2]) in blocked):
            continue  # the adjective of a blocked name (`بوتانی` from `بوتان` "butane")
        country_names.setdefault(row["code"], name)
        en_names.setdefault(row["code"], row["en_name"])
        _add(entries, Entry(name, row["kind"], ENTITY_TYPE[row["kind"]], row["code"], row["code"]))
    for row in _read("organisations.csv"):
        name = normalize(row["name"])
        if row["kind"] == "igo":
            country_names.setdefault(row["code"], name)
            en_names.setdefault(row["code"], row["en_name"])
        _add(entries, Entry(name, row["kind"], "org", row["code"], row["country"]))
    full_names = _full_names(_read("organisations.csv"))
    guarded: dict[str, Entry] = {}
    if (DATA_DIR / "regions.csv").exists():  # sub-national places: never a party (country '')
        for row in _read("regions.csv"):
            kind = row["kind"]
            entry = Entry(normalize(row["name"]), kind, ENTITY_TYPE[kind], row["code"])
            if kind == "guarded":
                guarded.setdefault(canonical(entry.name), entry)
            else:  # (a country, capital or organisation of the same spelling keeps it)
                _add(entries, entry)
    for row in _read("country_aliases.csv"):  # parties CLDR does not name (`XAB`, `XKX`)
        if row["kind"] == "alias":
            country_names.setdefault(row["code"], normalize(row["name"]))
            en_names.setdefault(row["code"], row["en_name"])
    dynasties = frozenset(canonical(normalize(row["name"]))
                          for row in _read("dynasty_names.csv")) \
        if (DATA_DIR / "dynasty_names.csv").exists() else frozenset()
    people: dict[str, Person] = {}
    person_names: list[tuple[str, str, bool]] = []  # (name, person_id, is_full)
    for row in _read("people.csv"):
        pid = row["person_id"]
        person = people.get(pid)
        if person is None:
            person = people[pid] = Person(pid, normalize(row["name"]), row["en_name"])
            person_names.append((person.name, pid, True))
        person.tenures.append(Tenure(row["role"], row["country"], row["valid_from"],
                                     row["valid_to"]))
        for variant in filter(None, row["variants"].split("|")):
            if canonical(normalize(variant)) not in dynasties:  # a family, not one person
                person_names.append((normalize(variant), pid, False))
    by_name: dict[str, dict[str, Entry]] = {}  # canonical name → {person id: entry}
    for name, pid, _full in person_names:
        p = people[pid]
        latest = p.tenure_on(None)
        # a person's name never overrides a country or organisation name
        for variant in name_variants(name):
            entry = Entry(variant, "person", "person", pid, latest.country, p.name)
            _add(entries, entry)
            key = canonical(variant)
            p.names.add(key)
            by_name.setdefault(key, {}).setdefault(pid, entry)
    latin_people: dict[str, Entry] = {}
    latin_seen: set[str] = set()
    for p in people.values():
        key = latin_key(_PARENTHESIS.sub("", p.en_name))
        if len(key.split()) < 2:
            continue  # (one word, `Lula`, is too often something else)
        if key in latin_seen:  # two people of one English name: neither
            latin_people.pop(key, None)
            continue
        latin_seen.add(key)
        latin_people[key] = Entry(p.name, "person", "person", p.person_id,
                                  p.tenure_on(None).country, p.name)
    shared = {key: found for key, found in by_name.items() if len(found) > 1
              and entries[key].entity_type == "person"}
    # news agencies and media (agencies.csv, the corpus engineer's): never an entity,
    # never a person's name; a phrase that is already a name (`ایران`) stays one
    media: set[str] = set()
    if (DATA_DIR / "agencies.csv").exists():
        for row in _read("agencies.csv"):
            for name in [row.get("name", ""), *row.get("variants", "").split("|")]:
                name = normalize(name) if name else ""
                if name and canonical(name):
                    media.add(canonical(name))
                    _add(entries, Entry(name, "block", "block", "MEDIA:" + row.get("id", "")))
    for row in _read("roles.csv"):
        name = normalize(row["phrase"])
        _add(entries, Entry(name, "role", "role", row["role_id"], row["country"], "",
                            row["standalone"] == "1", row.get("plural") == "1"), override=False)
    max_words = max(len(k.split()) for k in entries)
    family_first = frozenset(row["code"] for row in _read("family_name_first.csv")) \
        if (DATA_DIR / "family_name_first.csv").exists() else frozenset()
    return Gazetteer(entries, people, max_words, country_names, en_names, frozenset(media),
                     family_first, dynasties, shared, guarded,
                     guarded_countries=guarded_countries, full_names=full_names,
                     latin_people=latin_people)


def latin_key(name: str) -> str:
    """A Latin-script name folded for lookup: accents dropped, case folded, one space
    (`Yván  Gil` → `yvan gil`)."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(folded.casefold().replace("-", " ").split())


_PARENTHESIS = re.compile(r"\s*\([^)]*\)")


def _full_names(rows: list[dict[str, str]]) -> dict[str, frozenset[str]]:
    """Short name → full names of the same body (see `Gazetteer.full_names`).

    The full names of a code are its rows whose English name (a parenthesis dropped)
    is that of its first row. A name with fewer words maps to them when it names the same
    body: the same English name (`حماس` ← `جنبش حماس`, `پنتاگون`) or an acronym (`OCHA`,
    `IAEA`), never a sub-body of the code (`شورای امنیت`: `UN Security Council`). A short
    name listed for a body but matched as something else (`پنتاگون`, a seat of
    country_aliases.csv) still maps: the link is by the name as written."""
    by_code: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        en = _PARENTHESIS.sub("", row["en_name"]).strip()
        by_code.setdefault(row["code"], []).append((canonical(normalize(row["name"])), en))
    out: dict[str, frozenset[str]] = {}
    for names in by_code.values():
        main = names[0][1].casefold()
        full = [key for key, en in names if en.casefold() == main]
        for key, en in names:
            if en.casefold() != main and not (en.isupper() and " " not in en):
                continue  # a sub-body (`شورای حکام` of the IAEA), not the body itself
            longer = frozenset(f for f in full if len(f.split()) > len(key.split()))
            if longer:
                out[key] = out.get(key, frozenset()) | longer
    return out
