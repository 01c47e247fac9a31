"""Regions (data/gazetteer/regions.csv): sub-national places give their country to a
role written before them, and are never a party, a speaker or a country by themselves."""

from __future__ import annotations

import pytest

from analysis.gazetteer import canonical, gazetteer, place_country
from analysis.mentions import find_mentions, people_in, role_holder
from analysis.pipeline import analyze
from analysis.text import make_document


def mentions_of(body: str, date: str | None = "2024-05-01"):
    d = make_document("t", "عنوان", body, date=date)
    d.mentions = find_mentions(d)
    return d, d.mentions


def roles(ms):
    return {(canonical(m.surface), m.country) for m in ms if m.entity_type == "role"}


def pairs(body: str, date: str = "2024-05-01"):
    tables = analyze([make_document("t", "عنوان", body, date=date)])
    me = tables["meetings"]
    me = me[me.status == "held"]
    return {tuple(sorted((a, b))) for a, b in zip(me.party_a, me.party_b)}


def test_every_region_row_loads():
    g = gazetteer()
    herat = g.lookup("هرات")
    assert herat.entity_type == "place" and herat.entity_id == "AFG:Herat"
    assert herat.country == "" and place_country(herat) == "AFG"
    iran = {e.entity_id for e in g.entries.values() if e.entity_type == "place"
            and e.entity_id.startswith("IRN:")}
    # 30 provinces besides Tehran (a capital row), plus cities
    assert len({c for c in iran if c.split(":")[1] in {
        "EastAzerbaijan", "WestAzerbaijan", "Ardabil", "Isfahan", "Alborz", "Ilam", "Bushehr",
        "ChaharmahalAndBakhtiari", "SouthKhorasan", "RazaviKhorasan", "NorthKhorasan",
        "Khuzestan", "Zanjan", "Semnan", "SistanAndBaluchestan", "Fars", "Qazvin", "Qom",
        "KurdistanProvince", "Kerman", "Kermanshah", "KohgiluyehAndBoyerAhmad", "Golestan",
        "Gilan", "Lorestan", "Mazandaran", "Markazi", "Hormozgan", "Hamadan", "Yazd"}}) == 30
    afg = {e.entity_id for e in [*g.entries.values(), *g.guarded.values()]
           if e.entity_type == "place" and e.entity_id.startswith("AFG:")}
    assert len(afg - {"AFG:MazarISharif", "AFG:Jalalabad", "AFG:Torkham", "AFG:SpinBoldak"}) == 33
    usa = {e.entity_id for e in [*g.entries.values(), *g.guarded.values()]
           if e.entity_type == "place" and e.entity_id.startswith("USA:")
           and e.kind in ("region", "guarded") and g.lookup(e.name) is not None
           or e.kind == "guarded" and e.entity_id.startswith("USA:")}
    assert {"USA:California", "USA:Texas", "USA:Georgia", "USA:Washington"} <= usa


@pytest.mark.parametrize("body, surface, country", [
    ("والی هرات امروز گفت که امنیت برقرار است.", "والی هرات", "AFG"),
    ("والی ولایت هرات از بازار دیدن کرد.", "والی ولایت هرات", "AFG"),
    ("والی بلخ در مزارشریف گفت.", "والی بلخ", "AFG"),
    ("استاندار خوزستان در اهواز گفت.", "استاندار خوزستان", "IRN"),
    ("استاندار استان خوزستان در اهواز گفت.", "استاندار استان خوزستان", "IRN"),
    ("استاندار فارس در شیراز گفت.", "استاندار فارس", "IRN"),
    ("استاندار مرکزی در اراک گفت.", "استاندار مرکزی", "IRN"),
    ("استاندار آذربایجان شرقی در تبریز گفت.", "استاندار آذربایجان شرقی", "IRN"),
    ("فرماندار کالیفرنیا اعلام کرد.", "فرماندار کالیفرنیا", "USA"),
    ("فرماندار ایالت کالیفرنیا اعلام کرد.", "فرماندار ایالت کالیفرنیا", "USA"),
    ("فرماندار جورجیا اعلام کرد.", "فرماندار جورجیا", "USA"),
    ("شهردار نیویورک اعلام کرد.", "شهردار نیویورک", "USA"),
    ("شهردار استانبول اعلام کرد.", "شهردار استانبول", "TUR"),
    ("شهردار تهران اعلام کرد.", "شهردار تهران", "IRN"),
    ("رئیس اقلیم کردستان عراق گفت.", "رئیس اقلیم کردستان عراق", "IRQ"),
    ("رئیس اقلیم کردستان گفت.", "رئیس اقلیم کردستان", "IRQ"),
    ("نخست وزیر اقلیم کردستان گفت.", "نخست وزیر اقلیم کردستان", "IRQ"),
    ("رئیس جمهوری تاتارستان گفت.", "رئیس جمهوری تاتارستان", "RUS"),
    ("رئیس پلیس هرات گفت.", "رئیس پلیس هرات", "AFG"),
    ("استاندار دونتسک گفت.", "استاندار دونتسک", "UKR"),
])
def test_region_gives_its_country_to_a_role(body, surface, country):
    _, ms = mentions_of(body)
    assert (canonical(surface), country) in roles(ms)


def test_region_is_a_place_not_a_party():
    _, ms = mentions_of("هیئت ایرانی در مشهد و هرات با مقامات محلی دیدار کرد.")
    places = [m for m in ms if m.entity_type == "place"]
    assert [(m.surface, m.entity_id, m.country) for m in places] == [
        ("مشهد", "IRN:Mashhad", ""), ("هرات", "AFG:Herat", "")]


@pytest.mark.parametrize("body, surface", [
    ("به گزارش خبرگزاری فارس، قیمت نفت بالا رفت.", "فارس"),
    ("ناوگان در خلیج فارس مستقر شد.", "فارس"),
    ("رئیس کل بانک مرکزی گفت.", "مرکزی"),
    ("کوه البرز پوشیده از برف است.", "البرز"),
    ("روزنامه نیویورک تایمز نوشت.", "نیویورک"),
    ("کاخ گلستان بازسازی شد.", "گلستان"),
    ("او سند همکاری را امضا کرد.", "سند"),
])
def test_ordinary_words_and_media_are_no_places(body, surface):
    _, ms = mentions_of(body)
    assert not any(m.entity_type == "place" and surface in m.surface for m in ms)
    assert not any(m.entity_type == "role" and m.country for m in ms)


def test_capitals_still_stand_for_governments():
    _, ms = mentions_of("مسکو و کابل و واشنگتن و تهران بیانیه دادند.")
    assert [(m.entity_type, m.country) for m in ms] == [
        ("capital", "RUS"), ("capital", "AFG"), ("capital", "USA"), ("capital", "IRN")]
    _, ms = mentions_of("فرماندار ایالت واشنگتن گفت.")
    assert (canonical("فرماندار ایالت واشنگتن"), "USA") in roles(ms)
    assert not any(m.entity_type == "capital" for m in ms)


def test_diplomat_in_a_region_keeps_his_own_country():
    _, ms = mentions_of("سرکنسول ایران در هرات گفت.")
    assert roles(ms) == {(canonical("سرکنسول ایران"), "IRN")}


def test_learned_person_takes_the_region_country():
    d, _ = mentions_of("محمد اسلام جار، والی هرات، گفت. جار افزود که کار ادامه دارد.")
    assert people_in(d)["محمد اسلام جار"] == ("AFG", "governor")


def test_regional_office_is_not_the_national_holder():
    d, ms = mentions_of("رئیس پلیس هرات گفت.")
    [m] = [m for m in ms if m.entity_type == "role"]
    assert m.person == "" and role_holder(d, m) == ""
    # a governor named for one province is not the governor of another
    d, ms = mentions_of("محمد اسلام جار، والی هرات، گفت. والی بلخ نیز گفت.")
    balkh = [m for m in ms if m.surface == "والی بلخ"]
    assert balkh and balkh[0].person == ""


def test_meeting_governor_of_herat_and_iranian_consul():
    assert pairs("محمد اسلام جار، والی هرات، با علی‌رضا بیکدلی سرکنسول ایران در هرات "
                 "دیدار و گفت‌وگو کرد.") == {("AFG", "IRN")}
    assert pairs("والی ولایت هرات با سرکنسول جمهوری اسلامی ایران دیدار کرد.") == {("AFG", "IRN")}


def test_meeting_governor_of_khuzestan_and_iraqi_ambassador():
    assert pairs("استاندار خوزستان در اهواز با سفیر عراق در تهران دیدار کرد.") == {("IRN", "IRQ")}


def test_no_meeting_between_officials_of_one_country():
    assert pairs("استاندار خوزستان با وزیر کشور ایران دیدار کرد.") == set()
    assert pairs("استاندار خراسان رضوی با وزیر امور خارجه کشورمان دیدار کرد.") == set()


def test_region_alone_makes_no_meeting():
    assert pairs("وزیر خارجه ایران در سفر به استانبول با همتای روس خود دیدار کرد.") \
        == {("IRN", "RUS")}
