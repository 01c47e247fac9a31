"""Qualifiers that may stand between a role's body and its country.

`اسامه حماد رئیس دولت مستقر در شرق لیبی` ("head of the government based in eastern
Libya"), `نخست‌وزیر دولت مستقر در طرابلس`, `رئیس دولت در تبعید …`: the preposition
`در` is a stop word that otherwise ends a role phrase (analysis/mentions.py,
`_compose_roles`). These phrases are skipped only right after the name of a government
body (`ROLE_QUALIFIED_BODIES`), so that `سفیر مستقر در تهران` (an ambassador *based in*
Tehran, not Iran's) or `فرستاده ویژه در امور سوریه` never take the place as their country.
Single-word qualifiers (`موقت` interim, `انتقالی` transitional, `نظامی` military,
`مستعفی` resigned, `وقت` then-) are ordinary filler words and need no entry here.
Every entry is written in normalized form (analysis.text.normalize).
"""

from __future__ import annotations

# Phrases that locate a body inside its country.
ROLE_COUNTRY_QUALIFIERS: list[str] = [
    "مستقر در",  # based in
    "در شرق",  # in the east of
    "در غرب",  # in the west of
    "در شمال",  # in the north of
    "در جنوب",  # in the south of
    "در شمال شرق",  # in the north-east of
    "در شمال غرب",  # in the north-west of
    "در جنوب شرق",  # in the south-east of
    "در جنوب غرب",  # in the south-west of
    "در تبعید",  # in exile
]

# Government bodies a qualifier may follow (`رئیس دولت …`, `فرمانده ارتش …`).
ROLE_QUALIFIED_BODIES: set[str] = {
    "دولت",  # government
    "حکومت",  # government, rule
    "کابینه",  # cabinet
    "پارلمان",  # parliament
    "مجلس",  # parliament, assembly
    "ارتش",  # army
}
