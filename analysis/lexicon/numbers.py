"""Persian number words: cardinals, scale words, fractions and ordinals.

Every key is written in normalized form (hazm's `ی`/`ک`); values are the numbers
the words stand for.
"""

from __future__ import annotations

# Units 1-9 (`صفر` zero is left out on purpose: it is also the Hijri month Safar).
ONES: dict[str, int] = {
    "یک": 1,  # one
    "دو": 2,  # two
    "سه": 3,  # three
    "چهار": 4,  # four
    "پنج": 5,  # five
    "شش": 6,  # six
    "شیش": 6,  # six (colloquial spelling)
    "هفت": 7,  # seven
    "هشت": 8,  # eight
    "نه": 9,  # nine
}

# 10-19.
TEENS: dict[str, int] = {
    "ده": 10,  # ten
    "یازده": 11,  # eleven
    "دوازده": 12,  # twelve
    "سیزده": 13,  # thirteen
    "چهارده": 14,  # fourteen
    "پانزده": 15,  # fifteen
    "پونزده": 15,  # fifteen (colloquial)
    "شانزده": 16,  # sixteen
    "هفده": 17,  # seventeen
    "هجده": 18,  # eighteen
    "هیجده": 18,  # eighteen (variant spelling)
    "نوزده": 19,  # nineteen
}

# Tens 20-90.
TENS: dict[str, int] = {
    "بیست": 20,  # twenty
    "سی": 30,  # thirty
    "چهل": 40,  # forty
    "پنجاه": 50,  # fifty
    "شصت": 60,  # sixty
    "هفتاد": 70,  # seventy
    "هشتاد": 80,  # eighty
    "نود": 90,  # ninety
}

# Hundreds 100-900.
HUNDREDS: dict[str, int] = {
    "صد": 100,  # hundred
    "یکصد": 100,  # one hundred
    "دویست": 200,  # two hundred
    "سیصد": 300,  # three hundred
    "چهارصد": 400,  # four hundred
    "پانصد": 500,  # five hundred
    "پونصد": 500,  # five hundred (colloquial)
    "ششصد": 600,  # six hundred
    "هفتصد": 700,  # seven hundred
    "هشتصد": 800,  # eight hundred
    "نهصد": 900,  # nine hundred
}

# Scale words: they multiply what precedes them.
SCALES: dict[str, int] = {
    "هزار": 1_000,  # thousand
    "میلیون": 1_000_000,  # million
    "ملیون": 1_000_000,  # million (variant spelling)
    "میلیارد": 1_000_000_000,  # billion (milliard)
    "بیلیون": 1_000_000_000,  # billion (rare loan word)
    "تریلیون": 1_000_000_000_000,  # trillion
}

# Fractions that combine with numbers (`یک و نیم` = 1.5, `نیم میلیون` = 500000).
FRACTIONS: dict[str, float] = {
    "نیم": 0.5,  # half
}

# The word joining parts of a number (`پنجاه و یک` = 51).
AND = "و"  # and

# Zero: parsed by `parse_number`, never searched for in running text (it is also
# the Hijri month Safar: `۱۰ صفر`).
ZERO = "صفر"  # zero

# Every cardinal word below a thousand.
SMALL_NUMBERS: dict[str, int] = {**ONES, **TEENS, **TENS, **HUNDREDS}

# Number words that are also common other words: alone (not inside a compound
# number) they count only when followed by a known unit (`سی` "sea" in `سی هاوک`,
# `نه` "no/neither" in `نه … و نه`, `ده` "village").
AMBIGUOUS_WORDS: frozenset[str] = frozenset({
    "سی",  # thirty / sea
    "نه",  # nine / no, neither
    "ده",  # ten / village
    "صد",  # hundred (bare, often idiomatic: "صد در صد")
})

# Ordinals that do not follow the regular `-م` / `-مین` pattern.
IRREGULAR_ORDINALS: dict[str, int] = {
    "اول": 1,  # first
    "اولین": 1,  # first (prenominal)
    "نخست": 1,  # first
    "نخستین": 1,  # first (prenominal)
    "یکم": 1,  # first (in dates, "یکم")
    "سوم": 3,  # third
    "سومین": 3,  # third (prenominal)
}

# Ordinal suffixes on a cardinal stem (`دوم`, `دومین`, `سی‌ام`, `۲۵مین`), longest first.
ORDINAL_SUFFIXES: tuple[str, ...] = (
    "\u200cامین",  # -th (after a vowel, with ZWNJ: `سی‌امین`)
    "امین",  # -th (after a digit: `۲۵امین`)
    "\u200cام",  # -th (with ZWNJ: `سی‌ام`)
    "مین",  # -th, prenominal (`دومین`)
    "ام",  # -th (after a digit: `۲۵ام`)
    "م",  # -th (`دوم`, `پنجم`)
)

# Cardinal stems whose regular ordinal form is not an ordinal: `سهم` is "share"
# (the ordinal is `سوم`), `یکم` is listed among the irregular ordinals.
NOT_ORDINAL_STEMS: frozenset[str] = frozenset({
    "سه",  # three (`سهم`: share)
    "یک",  # one
})

# Suffix that turns a scale word into an adjective (`جمعیت ۲٫۲ میلیونی`).
ADJECTIVE_SUFFIX = "ی"  # -i (adjectival)

# Word endings that are not a noun glued to a scale word (`هزاران`, `میلیون‌ها`).
SCALE_PLURAL_ENDINGS: tuple[str, ...] = (
    "ان",  # plural (`هزاران`: thousands)
    "ها",  # plural (`میلیونها`: millions)
)
