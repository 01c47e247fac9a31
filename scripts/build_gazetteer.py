"""Build data/gazetteer/countries.csv from CLDR's Persian territory names.

Source: CLDR via babel (`babel.Locale('fa').territories`, English names from
`babel.Locale('en').territories`), alpha-2 → alpha-3 via pycountry (a build-time
dependency only; the library reads the CSV). Curated additions (aliases, demonyms,
capitals, seats of power) live in data/gazetteer/country_aliases.csv, by hand.

Usage: python scripts/build_gazetteer.py
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pycountry
from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "countries.csv"

# Territories without an ISO alpha-3 (codes of gold/README.md); CLDR region codes
# that are not countries (continents, EU, UN, pseudo-regions) are skipped.
EXTRA_ALPHA3 = {"XK": "XKX"}
SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}


def alpha3(alpha2: str) -> str | None:
    """ISO alpha-3 code of a CLDR alpha-2 region code (None for non-countries)."""
    if alpha2 in EXTRA_ALPHA3:
        return EXTRA_ALPHA3[alpha2]
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def variants(name: str) -> list[str]:
    """The CLDR name and simple written variants (without `ٔ`, without ` - ` dashes)."""
    out = [name]
    plain = name.replace("\u0654", "")
    plain = re.sub(r"\s*\(.*?\)\s*", " ", plain).strip()  # `میانمار (برمه)` → `میانمار`
    plain = plain.split("،")[0].strip()  # `هنگ‌کنگ، منطقهٔ ویژهٔ اداری چین` → `هنگ‌کنگ`
    for v in (plain, plain.replace(" - ", " ")):
        if v and v not in out:
            out.append(v)
    return out


def demonym(name: str) -> str | None:
    """The regular Persian adjective of a one-word country name (`ایران` → `ایرانی`).

    Only the regular patterns: a final consonant takes `ی`, a final `ا`/`و` takes
    `یی`; names ending in `ه`/`ی` are irregular and curated in country_aliases.csv.
    """
    if " " in name or "\u200c" in name or "-" in name or len(name) < 3:
        return None
    last = name[-1]
    if last in "اآو":
        return name + "یی"
    if last in "هیۀئ":
        return None
    return name + "ی"


def main() -> None:
    """Write countries.csv: one row per (code, name): CLDR names and regular demonyms."""
    fa = Locale("fa").territories
    en = Locale("en").territories
    rows = []
    for a2, name in sorted(fa.items()):
        if len(a2) != 2 or not a2.isalpha() or a2 in SKIP:
            continue
        code = alpha3(a2)
        if not code:
            continue
        names = variants(name)
        for v in names:
            rows.append({"code": code, "name": v, "kind": "name", "en_name": en.get(a2, "")})
        for v in names:
            adj = demonym(v)
            if adj:
                rows.append({"code": code, "name": adj, "kind": "demonym", "en_name": en.get(a2, "")})
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["code", "name", "kind", "en_name"])
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} rows → {OUT}")


if __name__ == "__main__":
    main()
