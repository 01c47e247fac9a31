"""The gazetteer: codes, names, variants, people and their tenures."""

from __future__ import annotations

import csv

import pytest

from analysis.gazetteer import DATA_DIR, canonical, gazetteer


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


@pytest.mark.parametrize("phrase,code", [
    ("روسیه", "RUS"), ("فدراسیون روسیه", "RUS"), ("آمریکا", "USA"), ("امریکا", "USA"),
    ("ایالات متحده", "USA"), ("انگلیس", "GBR"), ("بریتانیا", "GBR"),
    ("جمهوری کنگو", "COG"), ("کنگو برازاویل", "COG"), ("جمهوری دموکراتیک کنگو", "COD"),
    ("اوستیای جنوبی", "XSO"), ("آبخازیا", "XAB"), ("کوزوو", "XKX"), ("قبرس شمالی", "XNC"),
    ("فلسطین", "PSE"), ("بورکینافاسو", "BFA"), ("زیمبابوه", "ZWE"), ("مغولستان", "MNG"),
    ("جمهوری اسلامی ایران", "IRN"), ("رژیم صهیونیستی", "ISR"), ("امارات متحده عربی", "ARE"),
])
def test_country_names(gaz, phrase, code):
    entry = gaz.lookup(phrase)
    assert entry is not None and entry.entity_type == "country" and entry.country == code


@pytest.mark.parametrize("phrase,etype,code", [
    ("روسی", "demonym", "RUS"), ("ایرانی", "demonym", "IRN"), ("آمریکایی", "demonym", "USA"),
    ("چینی", "demonym", "CHN"), ("فرانسوی", "demonym", "FRA"),
    ("مسکو", "capital", "RUS"), ("کرملین", "capital", "RUS"), ("کاخ سفید", "capital", "USA"),
    ("تهران", "capital", "IRN"), ("الیزه", "capital", "FRA"), ("داونینگ استریت", "capital", "GBR"),
    ("سازمان ملل", "org", "IGO:UN"), ("شورای امنیت", "org", "IGO:UN"),
    ("آژانس بین‌المللی انرژی اتمی", "org", "IGO:IAEA"), ("ناتو", "org", "IGO:NATO"),
    ("اتحادیه اروپا", "org", "IGO:EU"), ("طالبان", "org", "AFG"), ("حماس", "org", "PSE"),
    ("حزب‌الله", "org", "LBN"), ("ارتش ملی لیبی", "org", "LBY"),
])
def test_other_kinds(gaz, phrase, etype, code):
    entry = gaz.lookup(phrase)
    assert entry is not None and (entry.entity_type, entry.country) == (etype, code)


def test_zwnj_and_space_are_the_same_key(gaz):
    assert canonical("رئیس‌جمهور") == canonical("رئیس جمهور") == canonical("رییس جمهور")
    assert gaz.lookup("آسه آن") is None or gaz.lookup("آسه‌آن").country == "IGO:ASEAN"
    assert gaz.lookup("حزب الله").country == gaz.lookup("حزب‌الله").country == "LBN"


def test_ordinary_words_are_blocked(gaz):
    # `مالی` is "financial" far more often than Mali; `چک` is a cheque
    assert gaz.lookup("مالی").entity_type == "block"
    assert gaz.lookup("کشور مالی").country == "MLI"
    assert gaz.lookup("آمریکای لاتین").entity_type == "block"


def test_every_country_code_is_alpha3_or_x_code():
    with (DATA_DIR / "countries.csv").open(encoding="utf-8") as f:
        codes = {row["code"] for row in csv.DictReader(f)}
    assert len(codes) > 200
    assert all(len(c) == 3 and c.isupper() for c in codes)
    assert "XKX" in codes


def test_people_have_countries_and_roles(gaz):
    assert len(gaz.people) >= 200
    for p in gaz.people.values():
        for t in p.tenures:
            assert t.country and t.role, p.person_id
            assert not t.valid_to or t.valid_from <= t.valid_to, p.person_id


def test_role_holders_by_date(gaz):
    names = lambda ps: {p.name for p in ps}
    assert names(gaz.holders("president", "RUS", "2010-01-01")) == {"دیمیتری مدودف"}
    assert names(gaz.holders("president", "RUS", "2024-05-09")) == {"ولادیمیر پوتین"}
    assert names(gaz.holders("foreign_minister", "IRN", "2015-09-13")) == {"محمدجواد ظریف"}
    assert len(gaz.holders("president", "RUS", None)) == 2  # no date: ambiguous



@pytest.mark.parametrize("text", [
    "", "رئیس جمهور آمریکا", "كشورهای عربي، آمریكائيان و مؤسسهٔ ـ تـهران",
    "سَلام بِه همه ًً إيران أفغانستان ٱلله ة ۀ\nدوم\tسوم",
])
def test_canonical_text_folds_like_canonical_word(text):
    from analysis.gazetteer import WORD_RE, canonical_text, canonical_word

    assert canonical_text(text) == canonical_word.__wrapped__(text)
    words = WORD_RE.findall(text)
    assert [canonical_text(w) for w in words] == [canonical_word(w) for w in words]


def test_every_role_of_a_person_is_a_role_of_roles_csv(gaz):
    role_ids = {e.entity_id for e in gaz.entries.values() if e.entity_type == "role"}
    for p in gaz.people.values():
        for t in p.tenures:
            assert t.role in role_ids, (p.person_id, t.role)


@pytest.mark.parametrize("phrase,role_id,standalone,country", [
    ("وزیر راه و شهرسازی", "transport_minister", True, "IRN"),  # Iran's own ministry names
    ("وزیر جهاد کشاورزی", "agriculture_minister", True, "IRN"),
    ("وزیر امور اقتصادی و دارایی", "economy_minister", True, "IRN"),
    ("وزیر حمل و نقل", "transport_minister", False, ""),  # any country's: needs one written
    ("وزیر حمل‌ونقل", "transport_minister", False, ""),
    ("وزیر کشاورزی", "agriculture_minister", False, ""),
    ("وزیر صنایع", "industry_minister", False, ""),
    # Iranian press's short title for Iran's own ministry (another country's follows it)
    ("وزیر صنعت", "industry_minister", True, "IRN"),
    ("وزیر نفت", "oil_minister", True, ""),
    ("وزیر اقتصاد", "economy_minister", True, ""),
])
def test_ministry_portfolios_have_their_own_role_ids(gaz, phrase, role_id, standalone, country):
    e = gaz.lookup(phrase)
    assert (e.entity_type, e.entity_id, e.standalone, e.country) == (
        "role", role_id, standalone, country)


def test_family_name_first_countries(gaz):
    assert {"CHN", "KOR", "PRK"} <= gaz.family_name_first
    assert not {"JPN", "VNM"} & gaz.family_name_first  # Persian media: `کیشیدا`, `ترونگ`
    assert gaz.family_name_first_person("yoon") and not gaz.family_name_first_person("kishida")


def test_unambiguous_east_asian_family_names_are_variants(gaz):
    assert gaz.lookup("شی").entity_id == "xi"
    assert gaz.lookup("مون").entity_id == "moon"
    # shared by several people of people.csv (Li Keqiang, Li Qiang, Lee Jae-myung; Kim
    # Jong-un and Kim Jong-il; Wang Yi and Wang Wenbin) or an ordinary word (`یون` ion):
    # only where the document names the person in full (analysis/mentions.py)
    for word in ("لی", "کیم", "وانگ", "یون"):
        assert gaz.lookup(word) is None, word


def test_no_person_variant_is_a_ruling_family_name(gaz):
    """A dynasty's name (dynasty_names.csv: `الصباح`, `آل ثانی`) is shared by many people:
    never a one-person variant in people.csv, nor an entry of the loaded gazetteer."""
    import csv

    from analysis.gazetteer import DATA_DIR, canonical
    from analysis.text import normalize

    assert {"الصباح", "ال ثانی", "ال سعود", "ال نهیان", "ال خلیفه"} <= gaz.dynasties
    with (DATA_DIR / "people.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for variant in filter(None, row["variants"].split("|")):
                assert canonical(normalize(variant)) not in gaz.dynasties, (row["person_id"], variant)
    for key in gaz.dynasties:
        entry = gaz.entries.get(key)
        assert entry is None or entry.entity_type != "person", key


def test_a_shared_surname_lists_every_person_who_bears_it(gaz):
    """`عون` is Michel and Joseph Aoun: the gazetteer keeps both, mentions chooses."""
    assert set(gaz.shared["عون"]) == {"aoun_m", "aoun_j"}
    assert gaz.entries["عون"].entity_id == "aoun_m"  # people.csv order: the default
    assert {"mbs", "khalid_bs"} <= set(gaz.shared["بن سلمان"])
    assert "عراقچی" not in gaz.shared


def test_new_people_and_their_offices(gaz):
    names = lambda ps: {p.name for p in ps}
    assert "ماکسیم ریژنکوف" in names(gaz.holders("foreign_minister", "BLR", "2024-10-31"))
    assert "شیخ سالم عبدالله الجابر الصباح" in names(gaz.holders("foreign_minister", "KWT", "2023-09-11"))
    assert names(gaz.holders("foreign_minister", "KWT", "2025-01-01")) == {"عبدالله الیحیی"}
    assert names(gaz.holders("president", "LBN", "2025-02-08")) == {"جوزف عون"}
    assert gaz.lookup("اسلپنیف").country == "IGO:EAEU"


@pytest.mark.parametrize("name, pid, date, role, code", [
    ("نورالدین عزیزی", "azizi_n", "2024-08-15", "trade_minister", "AFG"),
    ("حمدالله فطرت", "fitrat", "2024-08-15", "deputy", "AFG"),
    ("سید عباس صالحی", "salehi_a", "2025-05-17", "culture_minister", "IRN"),
    ("سیدعباس صالحی", "salehi_a", "2025-05-17", "culture_minister", "IRN"),
])
def test_taliban_and_new_iranian_cabinet_members(gaz, name, pid, date, role, code):
    entry = gaz.lookup(name)
    assert entry is not None and entry.entity_id == pid
    t = gaz.people[pid].tenure_on(date)
    assert (t.role, t.country) == (role, code)


def test_salehi_is_shared_by_two_people(gaz):
    assert set(gaz.shared[canonical("صالحی")]) == {"salehi", "salehi_a"}


def test_iran_only_ministries_are_iranian_bodies(gaz):
    for name in ["وزارت ارشاد", "وزارت فرهنگ و ارشاد اسلامی", "وزارت جهاد کشاورزی", "وزارت نیرو"]:
        entry = gaz.lookup(name)
        assert entry is not None and entry.entity_type == "org" and entry.country == "IRN"


def test_guarded_country_is_a_block_with_its_country_kept_apart():
    from analysis.gazetteer import canonical, gazetteer
    gaz = gazetteer()
    assert gaz.lookup("مالی").entity_type == "block"
    assert gaz.guarded_countries[canonical("مالی")].country == "MLI"
    assert gaz.lookup("کشور مالی").country == "MLI"
    assert gaz.lookup("مالیایی").country == "MLI"


def test_ngos_count_for_no_country():
    from analysis.gazetteer import gazetteer
    gaz = gazetteer()
    for name in ["عفو بین‌الملل", "سازمان عفو بین‌الملل", "دیده‌بان حقوق بشر",
                 "گزارشگران بدون مرز", "پزشکان بدون مرز"]:
        e = gaz.lookup(name)
        assert e.entity_type == "org" and e.country == "", name
    assert gaz.lookup("کمیته بین‌المللی صلیب سرخ").country == "IGO:ICRC"


def test_first_name_spelling_variants_are_listed():
    from analysis.gazetteer import gazetteer
    gaz = gazetteer()
    assert gaz.lookup("ایتامار بن گویر").entity_id == "ben_gvir"
    assert gaz.lookup("ایبراهیم تراوره").entity_id == "traore"


def test_sharaa_goes_by_his_current_name(gaz):
    p = gaz.people["jolani"]
    assert p.name == "احمد الشرع"
    assert gaz.entries[canonical("ابومحمد الجولانی")].entity_id == "jolani"


def test_friday_prayer_leaders_are_not_one_holder(gaz):
    leaders = [pid for pid, p in gaz.people.items()
               if any(t.role == "friday_prayer_leader" for t in p.tenures)]
    assert "khatami_a" in leaders and len(leaders) > 1  # Tehran's rotate: no unique holder
    assert gaz.entries[canonical("سید احمد خاتمی")].entity_id == "khatami_a"
    assert gaz.entries[canonical("خاتمی")].entity_id == "khatami"  # the bare surname unchanged


@pytest.mark.parametrize("phrase,role_id,standalone,country", [
    ("وزیر امور مهاجرین و عودت‌کنندگان", "refugees_minister", True, "AFG"),  # Afghan ministry
    ("وزیر مهاجرین", "refugees_minister", False, ""),
    ("وزیر انرژی و آب", "energy_minister", False, ""),
    ("وزیر صحت عامه", "health_minister", False, ""),
    ("وزیر داخله", "interior_minister", True, ""),
    ("معین وزارت خارجه", "deputy_foreign_minister", False, ""),
    ("معین", "deputy_minister", False, ""),
])
def test_afghan_cabinet_titles_have_their_portfolios(gaz, phrase, role_id, standalone, country):
    e = gaz.lookup(phrase)
    assert (e.entity_type, e.entity_id, e.standalone, e.country) == (
        "role", role_id, standalone, country)


@pytest.mark.parametrize("name, pid, date, role, code", [
    ("مولوی عبدالکبیر", "kabir_a", "2025-08-01", "refugees_minister", "AFG"),
    ("مولوی عبدالکبیر", "kabir_a", "2023-08-01", "deputy_prime_minister", "AFG"),
    ("ملا محمد یعقوب مجاهد", "yaqoob", "2025-08-01", "defense_minister", "AFG"),
    ("محسن نقوی", "naqvi", "2025-08-01", "interior_minister", "PAK"),
    ("علیرضا بیکدلی", "bikdeli", "2025-08-01", "ambassador", "IRN"),
    ("علیرضا بیگدلی", "bikdeli", "2025-08-01", "ambassador", "IRN"),
    ("یو شیائویونگ", "yue_xiaoyong", "2025-08-01", "envoy", "CHN"),
    ("لی جائه میونگ", "lee_jm", "2025-08-01", "president", "KOR"),
    ("لی جه‌میونگ", "lee_jm", "2025-08-01", "president", "KOR"),
])
def test_afghanistan_neighbourhood_officials(gaz, name, pid, date, role, code):
    entry = gaz.lookup(name)
    assert entry is not None and entry.entity_id == pid
    t = gaz.people[pid].tenure_on(date)
    assert (t.role, t.country) == (role, code)


def test_china_has_several_special_envoys(gaz):
    """`نماینده ویژه چین` alone is none of them: Afghanistan, Middle East, Eurasia."""
    assert len(gaz.holders("envoy", "CHN", "2025-08-01")) > 1


@pytest.mark.parametrize("name, code", [
    ("کمیساریای عالی سازمان ملل در امور پناهندگان", "IGO:UNHCR"),
    ("کمیساریای عالی پناهندگان سازمان ملل", "IGO:UNHCR"),
    ("کمیساریای عالی پناهندگان", "IGO:UNHCR"),
    ("صندوق کودکان سازمان ملل", "IGO:UNICEF"),
    ("برنامه جهانی غذای سازمان ملل", "IGO:WFP"),
    ("دفتر هماهنگی امور بشردوستانه سازمان ملل", "IGO:OCHA"),
    ("هیئت معاونت سازمان ملل در افغانستان", "IGO:UNAMA"),
    ("یوناما", "IGO:UNAMA"),
    ("سازمان بین‌المللی مهاجرت", "IGO:IOM"),
    ("سازمان جهانی صحت", "IGO:WHO"),
    ("کمیسیون عالی رسیدگی به مشکلات مهاجرین", "AFG"),
])
def test_un_agencies_and_bodies_with_a_preposition_inside(gaz, name, code):
    entry = gaz.lookup(name)
    assert entry is not None and entry.entity_type == "org" and entry.country == code


@pytest.mark.parametrize("phrase, role_id, standalone, country", [
    # Iranian press's short ministry titles: Iran's minister unless a country follows
    ("وزیر راه", "transport_minister", True, "IRN"),
    ("وزیر جهاد", "agriculture_minister", True, "IRN"),
    ("وزیر صنعت", "industry_minister", True, "IRN"),
    ("وزیر کار", "labour_minister", True, "IRN"),
    ("وزیر تعاون", "labour_minister", True, "IRN"),
    ("وزیر ارشاد", "culture_minister", True, "IRN"),
    ("وزیر علوم", "science_minister", True, "IRN"),
    ("وزیر بهداشت", "health_minister", True, "IRN"),
    ("وزیر ارتباطات", "communications_minister", True, "IRN"),
    ("وزیر میراث فرهنگی", "heritage_minister", True, "IRN"),
    ("وزیر ورزش", "sports_minister", True, "IRN"),
    # other countries' longer titles still need their country
    ("وزیر کار و امور اجتماعی", "labour_minister", False, ""),
    ("وزیر بهداشت عمومی", "health_minister", False, ""),
])
def test_iranian_short_ministry_titles(gaz, phrase, role_id, standalone, country):
    e = gaz.lookup(phrase)
    assert (e.entity_type, e.entity_id, e.standalone, e.country) == (
        "role", role_id, standalone, country)


@pytest.mark.parametrize("name, pid, date, role, code", [
    ("خالد بن احمد آل خلیفه", "khalid_bh", "2019-09-30", "foreign_minister", "BHR"),
    ("عبداللطیف الزیانی", "zayani", "2021-01-01", "foreign_minister", "BHR"),
    ("صباح خالد الحمد الصباح", "sabah_kh", "2015-01-01", "foreign_minister", "KWT"),
    ("صباح خالد الحمد الصباح", "sabah_kh", "2021-01-01", "prime_minister", "KWT"),
    ("احمد ناصر المحمد الصباح", "ahmad_nasser_kw", "2021-01-01", "foreign_minister", "KWT"),
    ("خالد العطیه", "attiyah_q", "2014-01-01", "foreign_minister", "QAT"),
    ("حمد بن جاسم", "hbj", "2010-01-01", "foreign_minister", "QAT"),
    ("ابراهیم العساف", "assaf", "2019-05-01", "foreign_minister", "SAU"),
    ("یوسف بن علوی", "bin_alawi", "2015-01-01", "foreign_minister", "OMN"),
    ("عبدالله بن زاید", "abz", "2015-01-01", "foreign_minister", "ARE"),
])
def test_gulf_foreign_ministers(gaz, name, pid, date, role, code):
    entry = gaz.lookup(name)
    assert entry is not None and entry.entity_id == pid
    t = gaz.people[pid].tenure_on(date)
    assert (t.role, t.country) == (role, code)


@pytest.mark.parametrize("phrase, kind, code, country", [
    ("هماهنگ‌کننده", "role", "coordinator", ""), ("مدیرعامل", "role", "ceo", ""),
    ("مدیر عامل", "role", "ceo", ""),
    ("سازمان هواشناسی کشور", "body", "ORG:IRN_IRIMO", "IRN"), ("سازمان اورژانس کشور", "body", "ORG:IRN_EMS", "IRN"),
    ("سازمان فضایی ایران", "body", "ORG:IRN_ISA", "IRN"), ("شرکت توانیر", "body", "ORG:IRN_TAVANIR", "IRN"),
    ("شرکت ملی گاز ایران", "body", "ORG:IRN_NIGC", "IRN"), ("شرکت ملی نفت ایران", "body", "ORG:IRN_NIOC", "IRN"),
    ("مرکز ملی اقلیم و مدیریت بحران خشکسالی", "body", "ORG:IRN_CLIMATE", "IRN"),
    ("مرکز کنترل و پیشگیری از بیماری‌های آفریقا", "igo", "ORG:AFRICA_CDC", "IGO:AU"),
])
def test_round12_roles_and_national_bodies(gaz, phrase, kind, code, country):
    e = gaz.lookup(phrase)
    assert e is not None and e.kind == kind and e.entity_id == code and e.country == country


@pytest.mark.parametrize("name, pid, date, role, code", [
    ("برت مک‌گورک", "mcgurk", "2024-05-01", "coordinator", "USA"),
    ("آموس هوکستین", "hochstein", "2024-05-01", "envoy", "USA"),
    ("دانیل هاگاری", "hagari", "2024-05-01", "spokesperson", "ISR"),
    ("آویخای ادرعی", "adraee", "2024-05-01", "spokesperson", "ISR"),
    ("یحیی سریع", "saree", "2024-05-01", "spokesperson", "YEM"),
    ("اسامه حمدان", "hamdan_o", "2024-05-01", "official", "PSE"),
    ("دیوید بارنئا", "barnea", "2024-05-01", "head", "ISR"),
    ("سلطان الجابر", "aljaber_ae", "2023-12-01", "industry_minister", "ARE"),
    ("ژان کاسیا", "kaseya", "2024-08-15", "director_general", "IGO:AU"),
])
def test_round12_middle_east_war_and_health_officials(gaz, name, pid, date, role, code):
    e = gaz.lookup(name)
    assert e is not None and e.entity_id == pid
    assert (role, code) in {(t.role, t.country) for t in gaz.people[pid].tenures if t.covers(date)}


def test_round12_ordinary_word_surnames_are_not_variants(gaz):
    # `سریع` "fast" (Saree), `حمدان` (a given name of others), `لومر` (Laura Loomer too)
    for word in ("سریع", "حمدان", "لومر"):
        e = gaz.lookup(word)
        assert e is None or e.entity_type != "person"


# --- round 14 -----------------------------------------------------------------------
@pytest.mark.parametrize("short, full", [
    ("اوچا", "دفتر هماهنگی امور بشردوستانه سازمان ملل"),
    ("پنتاگون", "وزارت دفاع آمریکا"),
    ("آژانس", "آژانس بین‌المللی انرژی اتمی"),
    ("یوناما", "هیئت معاونت سازمان ملل در افغانستان"),
])
def test_round14_full_names_of_short_organisation_names(gaz, short, full):
    assert canonical(full) in gaz.full_names[canonical(short)]


@pytest.mark.parametrize("sub_body", ["شورای امنیت", "شورای حکام", "حوثی"])
def test_round14_a_sub_body_or_nickname_has_no_full_name(gaz, sub_body):
    assert canonical(sub_body) not in gaz.full_names


@pytest.mark.parametrize("name, pid, role, country, date", [
    ("ابوالفضل شکارچی", "shekarchi", "spokesperson", "IRN", "2025-06-25"),
    ("جوزف گوستلا", "guastella", "commander", "USA", "2019-06-20"),
    ("مایکل کوریلا", "kurilla", "commander", "USA", "2024-01-01"),
    ("دن کین", "caine", "chief_of_staff", "USA", "2025-06-22"),
    ("روزا اوتونبایوا", "otunbayeva", "envoy", "IGO:UN", "2023-05-01"),
    ("آلنا دوهان", "douhan", "rapporteur", "IGO:UN", "2023-05-01"),
    ("مارتین گریفیتس", "griffiths", "head", "IGO:UN", "2023-02-11"),
    ("ذبیح‌الله مجاهد", "mujahid", "spokesperson", "AFG", "2023-10-08"),
])
def test_round14_military_and_un_officials(gaz, name, pid, role, country, date):
    entry = gaz.lookup(name)
    assert entry is not None and entry.entity_id == pid
    t = gaz.people[pid].tenure_on(date)
    assert (t.role, t.country) == (role, country)


def test_round14_latin_names_of_people(gaz):
    from analysis.gazetteer import latin_key
    assert gaz.latin_people[latin_key("Antony Blinken")].entity_id == "blinken"
    assert gaz.latin_people[latin_key("Yvan Gil")].entity_id == "gil"
