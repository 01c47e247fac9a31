"""Statistics: which numbers are claims, their value, kind, unit, qualifier, change,
speaker and offsets; and the stated-vs-listed check."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import statistics as _stats
from analysis.corpus import load_corpus
from analysis.document import Mention
from analysis.lexicon import quantities as _q
from analysis.pipeline import to_document
from analysis.quotes import Quote
from analysis.statistics import check_listed_counts, extract_statistics
from analysis.text import make_document, normalize

ROOT = Path(__file__).resolve().parents[1]


def stats_of(body: str, title: str = "خبر", quotes=None):
    doc = make_document("t", title, body)
    return doc, extract_statistics(doc, quotes)


def only(body: str):
    """The single statistic of a one-sentence body."""
    _, stats = stats_of(body)
    assert len(stats) == 1, [s.text for s in stats]
    return stats[0]


@pytest.fixture(scope="module")
def seed():
    """The seed page: its stories as Documents, and their statistics."""
    docs = [to_document(a) for a in load_corpus(ROOT / "data/raw/seed")]
    return [(doc, extract_statistics(doc, [])) for doc in docs]


# --- seed acceptance -----------------------------------------------------------------

def test_seed_has_exactly_the_three_gold_statistics(seed):
    found = {(s.value, s.kind) for _, stats in seed for s in stats}
    assert found == {(51000, "count"), (20, "percent"), (7, "count")}


def test_seed_statistics_in_detail(seed):
    by_value = {s.value: s for _, stats in seed for s in stats}
    killed = by_value[51000]
    assert (killed.text, killed.unit, killed.qualifier, killed.change) == (
        "بیش از ۵۱ هزار نفر", "نفر", "more_than", "")
    assert "مردم بی‌دفاع" in killed.subject
    trade = by_value[20]
    assert (trade.text, trade.unit, trade.qualifier, trade.change) == (
        "۲۰ درصد", "درصد", "exact", "increase")
    assert trade.subject == "حجم مبادلات تجاری میان روسیه و ویتنام"
    meetings = by_value[7]
    assert (meetings.text, meetings.unit, meetings.kind) == ("هفت دیدار", "دیدار", "count")


def test_seed_years_and_referring_phrases_are_not_statistics(seed):
    texts = [s.text for _, stats in seed for s in stats]
    assert not any("۲۰۲۴" in t or "دو کشور" in t for t in texts)
    assert any("سال ۲۰۲۴" in doc.text for doc, _ in seed)  # the year is there to be skipped


def test_seed_seven_meetings_agree_with_the_seven_listed_delegations(seed):
    checks = [c for doc, stats in seed for c in check_listed_counts(doc, stats)]
    (check,) = checks
    assert (check.stated, check.listed, check.agree) == (7, 7, True)
    assert check.items[-1] == "فرمانده ارتش ملی لیبی"


def test_seed_attribution_through_a_quote(seed):
    doc, _ = next((d, s) for d, s in seed if "۵۱ هزار" in d.text)
    start = doc.text.index("«ما با نگرانی")
    end = doc.text.index("»", start) + 1
    quote = Quote(doc.doc_id, 0, doc.sent_id_at(start), "direct", "guillemets", "ولادیمیر پوتین",
                  "RUS", "name", "گفت", doc.text[start:end], start, end)
    (stat,) = extract_statistics(doc, [quote])
    assert stat.speaker == "ولادیمیر پوتین"
    assert extract_statistics(doc, [])[0].speaker == ""


# --- offsets ---------------------------------------------------------------------------

def test_offsets_point_at_the_evidence_on_the_corpus():
    n = 0
    for article in load_corpus(ROOT / "data/raw/real-news"):
        doc = to_document(article)
        for s in extract_statistics(doc, []):
            assert doc.text[s.start:s.end] == s.text
            sent = doc.sentences[s.sent_id]
            assert sent.start <= s.start < s.end <= sent.end
            n += 1
    assert n > 50


# --- number forms, in all three digit scripts --------------------------------------------

@pytest.mark.parametrize("body, value, kind, unit", [
    ("در این حمله 17 نفر کشته شدند.", 17, "count", "نفر"),
    ("در این حمله ۱۷ نفر کشته شدند.", 17, "count", "نفر"),
    ("در این حمله ١٧ نفر کشته شدند.", 17, "count", "نفر"),
    ("جمعیت 51,000 نفر است.", 51000, "count", "نفر"),
    ("جمعیت ۵۱٬۰۰۰ نفر است.", 51000, "count", "نفر"),
    ("جمعیت ٥١٬٠٠٠ نفر است.", 51000, "count", "نفر"),
    ("نرخ بیکاری 4.3 درصد است.", 4.3, "percent", "درصد"),
    ("نرخ بیکاری ۴٫۳ درصد است.", 4.3, "percent", "درصد"),
    ("نرخ بیکاری ٤٫٣ درصد است.", 4.3, "percent", "درصد"),
    ("هند 3 میلیارد دلار تجهیزات می‌خرد.", 3_000_000_000, "money", "دلار"),
    ("هند ۳ میلیارد دلار تجهیزات می‌خرد.", 3_000_000_000, "money", "دلار"),
    ("هند ٣ میلیارد دلار تجهیزات می‌خرد.", 3_000_000_000, "money", "دلار"),
    ("تولید به 2.5 میلیون بشکه رسید.", 2_500_000, "measure", "بشکه"),
    ("تولید به ۲٫۵ میلیون بشکه رسید.", 2_500_000, "measure", "بشکه"),
    ("تولید به ٢٫٥ میلیون بشکه رسید.", 2_500_000, "measure", "بشکه"),
    ("جان پنجاه و یک هزار نفر را گرفت.", 51000, "count", "نفر"),
    ("یک میلیون و دویست هزار نفر آواره شدند.", 1_200_000, "count", "نفر"),
    ("دو هزار و پانصد نفر آواره شدند.", 2500, "count", "نفر"),
    ("هزار نفر آواره شدند.", 1000, "count", "نفر"),
    ("صد نفر آواره شدند.", 100, "count", "نفر"),
    ("نیم میلیون نفر آواره شدند.", 500_000, "count", "نفر"),
    ("یک و نیم میلیون نفر آواره شدند.", 1_500_000, "count", "نفر"),
    ("شش فروند هلی‌کوپتر خریداری شد.", 6, "count", "فروند"),
    ("این پاسگاه در ۵۰ کیلومتری مرز است.", 50, "measure", "کیلومتر"),
    ("مساحت غزه ۳۶۵ کیلومتر مربع است.", 365, "measure", "کیلومتر مربع"),
    ("مساحت این منطقه ۱۲۰۰ کیلومتر مربع است.", 1200, "measure", "کیلومتر مربع"),
    ("کمبود غذا (۲۰ ٪ خانوارها) گزارش شد.", 20, "percent", "درصد"),
    ("نرخ تورم به 20% رسید.", 20, "percent", "درصد"),
    ("نرخ تورم به ٪۲۰ رسید.", 20, "percent", "درصد"),
    ("نرخ تورم به ۲۰ در صد رسید.", 20, "percent", "درصد"),
    ("قیمت به ۶۵ دلار و ۵۸ سنت رسید.", 65.58, "money", "دلار"),
    ("قیمت یک دلار و ۴۴ سنت کاهش یافت.", 1.44, "money", "دلار"),
    ("۱۰۰ تن کشته شدند.", 100, "count", "کشته"),
    ("۵ میلیون تن گندم وارد شد.", 5_000_000, "measure", "تن"),
    ("کل جمعیت ۲٫۲ میلیونی غزه در خطر است.", 2_200_000, "count", "نفر"),
    ("حدود یکهزار و ۷۰۰ زائر وارد شدند.", 1700, "count", "زائر"),
    ("بیش از ۵۵ هزارگواهینامه توقیف شد.", 55000, "count", "گواهینامه"),
])
def test_number_forms(body, value, kind, unit):
    s = only(body)
    assert (s.value, s.kind, s.unit) == (pytest.approx(value), kind, unit)


def test_a_range_gives_both_ends_the_unit_and_scale():
    _, stats = stats_of("نرخ ارز از ۴۰ به ۵۵ هزار تومان رسید.")
    assert [(s.value, s.kind) for s in stats] == [(40000, "money"), (55000, "money")]


# --- exclusions --------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "حجم مبادلات در سال 2024 افزایش یافت.",  # a year
    "این توافق در سال ۱۴۰۳ امضا شد.",  # a Jalali year
    "رزمایش «اقتدار پایدار ۱۴۰۴» آغاز شد.",  # a year in a name
    "او روز ۲۲ شهریور به تهران آمد.",  # a Jalali date
    "نشست ۲۴ و ۲۵ فوریه برگزار می‌شود.",  # a list of days
    "تنش‌ها در تاریخ ۲۷ فوریه تشدید شد.",  # a Gregorian date
    "قیمت در ۲۷ دی‌ماه کاهش یافت.",  # a month written with ماه
    "این نامه در ۱۳۹۴/۰۶/۲۲ نوشته شد.",  # a slashed date
    "جلسه ساعت ۱۰:۳۰ آغاز شد.",  # a clock time
    "جلسه ساعت ۱۰ آغاز شد.",  # o'clock
    "آنها ۳ روز مذاکره کردند.",  # a duration
    "برای بیش از ۴۰ سال تحریم بود.",  # a duration with a qualifier
    "خودرو به مدت ۷۲ ساعت توقیف می‌شود.",  # hours
    "تلفات طی دو هفته گذشته افزایش یافت.",  # weeks
    "پس از جنگ ۱۲ روزه آغاز شد.",  # an adjectival duration
    "کودک ۱۲ ساله زخمی شد.",  # an age
    "ایران از قطعنامه ۲۲۳۱ استقبال کرد.",  # an identifier
    "بر اساس ماده ۵ پیمان عمل شد.",  # an article number
    "این برای دومین بار است.",  # an ordinal
    "نخستین سفر او بود.",  # an ordinal
    "ده‌ها نفر زخمی شدند.",  # vague
    "هزاران نفر تظاهرات کردند.",  # vague
    "چند هزار نفر تظاهرات کردند.",  # vague with a scale word
    "یک مقام آمریکایی گفت.",  # the article یک
    "روابط دو کشور خوب است.",  # a referring phrase
    "دو طرف بر همکاری تاکید کردند.",  # a referring phrase
    "این سفر برای هر دو کشور مفید بود.",  # هر دو
    "او یکی از مقامات است.",  # یکی از
    "روابط دو جانبه گسترش یافت.",  # bilateral
    "این چهار کشتی توقیف شدند.",  # refers back to ships already counted
    "مرگ روزانه به ازای هر ۱۰٬۰۰۰ نفر سنجیده می‌شود.",  # a rate denominator
    "ریم، مادر پنج فرزند، گفت.",  # a description of a person
    "اگر راننده‌ای دو تخلف کند، جریمه می‌شود.",  # a hypothetical
    "هلی‌کوپترهای ام اچ ۶۰ رومئو خریداری شد.",  # a model name
    "جنگنده‌های اف-۳۵ پرواز کردند.",  # a model name with a hyphen
    "وضعیت (IPC Phase ۵) اعلام شد.",  # a Latin label
    "نه کشتی‌ها ایرانی هستند و نه مالک آنها.",  # نه = neither
    "سی هاوک خریداری شد.",  # سی is a name here
    "دو سوم جمعیت آواره شدند.",  # a fraction
    "برای او ۱۰۰ درصد روشن است.",  # an idiom
    "مذاکرات ایران و ۵+۱ ادامه دارد.",  # a group name
])
def test_exclusions(body):
    _, stats = stats_of(body, title="")
    assert stats == [], [s.text for s in stats]


def test_counts_of_named_things_before_a_name_are_not_counts():
    doc = make_document("t", "", "پایگاه ۲۴ امارات گزارش داد.")
    start = doc.text.index("امارات")
    doc.mentions = [Mention(0, start, start + len("امارات"), "امارات", "ARE", "country", "ARE")]
    assert extract_statistics(doc, []) == []


# --- qualifiers and change -------------------------------------------------------------------

@pytest.mark.parametrize("phrase, qualifier", [
    ("بیش از", "more_than"),
    ("بیشتر از", "more_than"),
    ("بالغ بر", "more_than"),
    ("افزون بر", "more_than"),
    ("حداقل", "more_than"),
    ("دست کم", "more_than"),
    ("دست‌کم", "more_than"),
    ("کمتر از", "less_than"),
    ("زیر", "less_than"),
    ("حدود", "about"),
    ("نزدیک به", "about"),
    ("تقریبا", "about"),
    ("قریب به", "about"),
    ("", "exact"),
])
def test_qualifiers(phrase, qualifier):
    s = only(f"در این حادثه {phrase} ۲۰۰ نفر زخمی شدند.")
    assert s.qualifier == qualifier
    assert s.text == normalize(f"{phrase} ۲۰۰ نفر")
    assert s.value == 200


@pytest.mark.parametrize("body, value, kind, unit, qualifier", [
    # a verb after `از NUM UNIT`: the amount passed the figure
    ("حجم تجارت دو کشور در سال گذشته از ۱٫۲ میلیارد دلار فراتر رفت.",
     1_200_000_000, "money", "دلار", "more_than"),
    ("صادرات گندم از ۲ میلیون تن گذشته است.", 2_000_000, "measure", "تن", "more_than"),
    ("شمار قربانیان زلزله از ۵۰ هزار نفر گذشت.", 50_000, "count", "نفر", "more_than"),
    ("هر کیلو گوشت از ۸۰۰ هزار تومان گذشته، سفره مردم کوچک شد.",
     800_000, "money", "تومان", "more_than"),
    ("نقدینگی کشور از ۷۸۰۰ هزار میلیارد تومان فراتر رفته است.",
     7_800_000_000_000_000, "money", "تومان", "more_than"),
    ("قیمت هر کیلو برنج از ۱۰۰ هزار تومان می‌گذرد.", 100_000, "money", "تومان", "more_than"),
    ("شمار کشته‌ها از مرز ۱۰ هزار نفر عبور کرد.", 10_000, "count", "نفر", "more_than"),
    ("قیمت دلار از مرز ۵۰ هزار تومان عبور کرده و بازار آشفته است.",
     50_000, "money", "تومان", "more_than"),
    ("شمار مبتلایان از ۲۰۰ نفر هم گذشت.", 200, "count", "نفر", "more_than"),
    ("سهم بازار از ۵۰ درصد بیشتر شده است.", 50, "percent", "درصد", "more_than"),
    ("نرخ بیکاری از ۱۲ درصد تجاوز کرد.", 12, "percent", "درصد", "more_than"),
    ("بدهی‌ها از ۳ میلیارد یورو خواهد گذشت.", 3_000_000_000, "money", "یورو", "more_than"),
    # ... or stayed under it
    ("رشد اقتصادی امسال از ۲ درصد کمتر خواهد بود.", 2, "percent", "درصد", "less_than"),
    ("قیمت نفت از ۸۰ دلار پایین‌تر آمد.", 80, "money", "دلار", "less_than"),
    ("تورم به زیر ۳۰ درصد رسید.", 30, "percent", "درصد", "less_than"),
    # a negated verb turns the direction round
    ("نرخ تورم از ۱۰ درصد تجاوز نمی‌کند.", 10, "percent", "درصد", "less_than"),
    ("صادرات از ۵ میلیارد دلار نگذشت.", 5_000_000_000, "money", "دلار", "less_than"),
    ("تعداد داوطلبان از ۵۰ نفر کمتر نیست.", 50, "count", "نفر", "more_than"),
    # a qualifier between the number and its unit, or right after the figure
    ("در این حادثه ۳۰۰ و اندی نفر کشته شدند.", 300, "count", "نفر", "more_than"),
    ("حدود ۲ میلیون و خرده‌ای نفر آواره شدند.", 2_000_000, "count", "نفر", "about"),
    ("۱۰ درصد یا بیشتر از مردم رای دادند.", 10, "percent", "درصد", "more_than"),
    ("سهم آنها ۵ درصد یا کمتر است.", 5, "percent", "درصد", "less_than"),
])
def test_qualifiers_after_the_figure(body, value, kind, unit, qualifier):
    s = only(body)
    assert (s.value, s.kind, s.unit, s.qualifier) == (value, kind, unit, qualifier)
    assert not s.text.endswith(("گذشته", "گذشت", "عبور")), s.text  # the verb is not the unit


def test_a_bare_count_before_a_verb_of_passing():
    s = only("شمار کشته‌ها از ۵۰ هزار گذشت.")
    assert (s.value, s.kind, s.qualifier, s.text) == (50_000, "count", "more_than", "۵۰ هزار")


def test_and_some_keeps_its_words_in_the_text():
    assert only("در این حادثه ۳۰۰ و اندی نفر کشته شدند.").text == "۳۰۰ و اندی نفر"


@pytest.mark.parametrize("body, expected", [
    # a change from one level to another: both are exact
    ("قیمت از ۱۰ دلار به ۲۰ دلار رسید.", [(10, "exact"), (20, "exact")]),
    ("تعداد زندانیان از ۱۰۰ نفر به ۲۰۰ نفر افزایش یافت.", [(100, "exact"), (200, "exact")]),
    # passing through places is not passing a figure
    ("این خط لوله از پنج کشور عبور می‌کند.", [(5, "exact")]),
    ("کاروان از سه شهر گذشت.", [(3, "exact")]),
    # `گذشته` "past" as an adjective
    ("تیم ما از ۱۰ بازی گذشته ۸ برد داشت.", [(10, "exact"), (8, "exact")]),
    ("در ۳ روز گذشته ۱۰ نفر کشته شدند.", [(10, "exact")]),
    # without `از` the verb compares something else
    ("قیمت‌ها ۱۰ درصد بیشتر شد.", [(10, "exact")]),
    # `یا بیشتر از` is the qualifier of the next figure
    ("۵ نفر یا بیشتر از ۲۰ نفر زخمی شدند.", [(5, "exact"), (20, "more_than")]),
])
def test_qualifiers_after_the_figure_do_not_overreach(body, expected):
    _, stats = stats_of(body, title="")
    assert [(s.value, s.qualifier) for s in stats] == expected


@pytest.mark.parametrize("body", [
    "او از ۲ سال گذشته اینجا زندگی می‌کند.",  # "since two years ago": a time span
    "از ۵۰ و اندی سال پیش چنین نشده بود.",  # a duration with `و اندی`
])
def test_time_spans_with_passing_words_stay_excluded(body):
    _, stats = stats_of(body, title="")
    assert stats == [], [s.text for s in stats]


def test_a_range_is_not_up_to():
    _, stats = stats_of("سهم آنها ۳ تا ۵ درصد است.")
    assert [(s.value, s.qualifier) for s in stats] == [(3, "exact"), (5, "exact")]


@pytest.mark.parametrize("body, change", [
    ("حجم مبادلات ۲۰ درصد افزایش یافته است.", "increase"),
    ("حجم مبادلات ۲۰ درصد افزایش‌یافته است.", "increase"),
    ("شاهد کاهش حدود ۷ درصدی در تعداد جان‌باختگان بوده‌ایم.", "decrease"),
    ("اقتصاد با رشد ۳ درصدی روبرو شد.", "increase"),
    ("قیمت یک دلار و ۴۴ سنت برای هر بشکه کاهش یافت.", "decrease"),
    ("سهم امارات ۵ درصد از نفت ایران است.", ""),
    ("توانایی از ۴۰ درصد در روزهای اول به ۹۰ درصد در روزهای پایانی جنگ افزایش یافت.", ""),
])
def test_change(body, change):
    _, stats = stats_of(body)
    assert stats and stats[0].change == change


def test_qualifier_and_change_together():
    s = only("شاهد کاهش حدود ۷ درصدی بوده‌ایم.")
    assert (s.value, s.kind, s.qualifier, s.change, s.text) == (7, "percent", "about", "decrease",
                                                                 "حدود ۷ درصدی")


# --- attribution ------------------------------------------------------------------------------

def test_speaker_of_the_innermost_quote_containing_the_number():
    body = "وزیر گفت: «بیش از ۵۰۰ نفر کشته شدند» و افزود که ۲۰ درصد خانه‌ها ویران شد."
    doc = make_document("t", "", body)
    text = doc.text
    outer = Quote("t", 0, 0, "direct", "colon", "وزیر دفاع", "", "role", "گفت", text, 0, len(text))
    s1 = text.index("«")
    inner = Quote("t", 1, 0, "direct", "guillemets", "علی احمدی", "", "name", "گفت",
                  text[s1:text.index("»") + 1], s1, text.index("»") + 1)
    stats = extract_statistics(doc, [outer, inner])
    assert [(s.value, s.speaker) for s in stats] == [(500, "علی احمدی"), (20, "وزیر دفاع")]
    assert [s.speaker for s in extract_statistics(doc, None)] == ["", ""]


# --- stated vs listed ------------------------------------------------------------------------

def test_stated_count_that_disagrees_with_the_list():
    doc, stats = stats_of(
        "رئیس‌جمهور پنج دیدار برگزار کرد و با نمایندگان چین، هند و برزیل گفت‌وگو کرد.")
    (check,) = check_listed_counts(doc, stats)
    assert (check.stated, check.listed, check.agree, check.method) == (5, 3, False, "list")
    assert check.items == ["نمایندگان چین", "هند", "برزیل"]
    assert doc.text[check.start:check.end].startswith("نمایندگان چین")


def test_listed_count_uses_mentions_when_there_are_some():
    doc = make_document("t", "", "او سه دیدار داشت و با هیئت‌های چین، هند و برزیل گفت‌وگو کرد.")
    mentions = []
    for name, code in (("چین", "CHN"), ("هند", "IND"), ("برزیل", "BRA")):
        i = doc.text.index(name)
        mentions.append(Mention(0, i, i + len(name), name, code, "country", code))
    doc.mentions = mentions
    (check,) = check_listed_counts(doc, extract_statistics(doc, []))
    assert (check.stated, check.listed, check.agree, check.method) == (3, 3, True, "mentions")


def test_no_list_no_check():
    doc, stats = stats_of("در این حمله ۱۷ نفر کشته شدند و ۲۰ نفر زخمی شدند.")
    assert len(stats) == 2
    assert check_listed_counts(doc, stats) == []


# --- dev acceptance ------------------------------------------------------------------------

def test_dev_statistics_f1_and_qualifier_accuracy():
    gold = {json.loads(line)["doc"]: json.loads(line)
            for line in (ROOT / "data/gold/dev.jsonl").read_text(encoding="utf-8").splitlines()}
    tp = fp = fn = q_ok = q_n = 0
    for article in load_corpus(ROOT / "data/raw/real-news"):
        if article.doc_id not in gold:
            continue
        stats = extract_statistics(to_document(article), [])
        entries = gold[article.doc_id]["statistics"]
        required = {(float(g["value"]), g["kind"]) for g in entries if not g.get("optional")}
        optional = {(float(g["value"]), g["kind"]) for g in entries if g.get("optional")} - required
        predicted = {(float(s.value), s.kind) for s in stats} - optional
        tp += len(predicted & required)
        fp += len(predicted - required)
        fn += len(required - predicted)
        for s in stats:
            key = (float(s.value), s.kind)
            if key in required:
                q_n += 1
                q_ok += s.qualifier in {g["qualifier"] for g in entries
                                        if (float(g["value"]), g["kind"]) == key}
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) >= 0.90
    assert q_ok / q_n >= 0.90


@pytest.mark.parametrize("body", [
    "او روز پنج شنبه به تهران آمد.",  # a weekday written with a space
    "نشست سه جانبه برگزار شد.",  # trilateral
    "او نیم نگاهی به آینده دارد.",  # half a glance
    "حمله ساعت ۲ بامداد رخ داد.",  # a time of day
    "صادرات دو برابر شد.",  # a ratio
    "این تیم با ۳ بر ۱ پیروز شد.",  # a score
    "یکی از دو نامزد انتخابات کناره‌گیری کرد.",  # one of the two (already named)
    "نزدیکی دو متحد آمریکا در آسیا به امنیت کمک می‌کند.",  # the two allies just named
    "دو رقیب دیرینه بار دیگر دیدار کردند.",  # the two rivals just named
    "تنش میان دو قدرت هسته‌ای بالا گرفت.",  # the two powers just named
    "دو هم‌پیمان بر همکاری تاکید کردند.",  # the two allies just named
])
def test_more_exclusions(body):
    _, stats = stats_of(body, title="")
    assert stats == [], [s.text for s in stats]


def test_listed_count_falls_back_to_items_when_a_listed_party_has_no_mention():
    doc = make_document(
        "t", "", "او سه دیدار داشت و با هیئت‌های چین، هند و فرمانده ارتش گفت‌وگو کرد.")
    mentions = []
    for name, code in (("چین", "CHN"), ("هند", "IND")):
        i = doc.text.index(name)
        mentions.append(Mention(0, i, i + len(name), name, code, "country", code))
    doc.mentions = mentions
    (check,) = check_listed_counts(doc, extract_statistics(doc, []))
    assert (check.listed, check.agree, check.method) == (3, True, "list")
    assert check.items == ["هیئت‌های چین", "هند", "فرمانده ارتش"]


def test_listed_parties_are_counted_once():
    doc = make_document(
        "t", "", "او چهار دیدار با رئیس‌جمهور چین، وزیر خارجه چین و نخست‌وزیر هند داشت.")
    mentions = []
    for name, code in (("چین", "CHN"), ("هند", "IND")):
        for i in [j for j in range(len(doc.text)) if doc.text.startswith(name, j)]:
            mentions.append(Mention(0, i, i + len(name), name, code, "country", code))
    doc.mentions = sorted(mentions, key=lambda m: m.start)
    (check,) = check_listed_counts(doc, extract_statistics(doc, []))
    assert (check.stated, check.listed, check.agree, check.method) == (4, 2, False, "mentions")


# --- robustness --------------------------------------------------------------------------

_PIECES = [
    "۱۲", "۵۱٬۰۰۰", "۲٫۵", "3", "٤", "و", "یک", "دو", "سه", "نیم", "هزار", "میلیون", "صد", "بیست",
    "نفر", "درصد", "٪", "دلار", "سنت", "تن", "کشته", "،", ".", ":", "/", "+", "-", "«", "»", "(",
    ")", "بیش از", "حدود", "تا", "به", "هر", "این", "سال", "روز", "فوریه", "دی‌ماه", "قطعنامه",
    "با", "شامل", "اگر", "دومین", "سی", "نه", "ده", "ها", "کیلومتر", "مربع", "جمعیت", "میلیونی",
    "در", "از", "گذشت", "گذشته", "است", "فراتر", "رفت", "نمی‌کند", "تجاوز", "کمتر", "نیست",
    "مرز", "اندی", "یا بیشتر", "خواهد",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25))
def test_any_mix_of_numbers_and_words_gives_rows_that_point_at_their_evidence(words):
    doc = make_document("t", "", " ".join(words))
    stats = extract_statistics(doc, [])
    for s in stats:
        assert doc.text[s.start:s.end] == s.text
        assert s.kind in ("count", "percent", "money", "measure")
        assert s.qualifier in ("exact", "more_than", "less_than", "about")
        assert s.change in ("", "increase", "decrease")
    for check in check_listed_counts(doc, stats):
        assert check.agree == (check.listed == check.stated) or check.partial


# --- the fast helpers find what their regexes find ---------------------------------

_TEXT_PIECES = [
    "ا", "ب", "ک", "a", "Z", " ", " ", "\u200c", "\u00ad", "\n", "\t", "۱", "1", "_", ".", "-",
    "‐", "–", "ً", "«", "(", "،", ":", "٪",
] + [_stats._norm(p) for p in (*_q.QUALIFIERS, *_q.CHANGE_WORDS, *_q.REFERRING_PHRASES_BEFORE,
                                *_q.HYPOTHETICAL_OPENERS)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_PIECES), max_size=30), st.data())
def test_window_helpers_equal_their_regexes(pieces, data):
    text = "".join(pieces)
    pos = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, pos))
    lex = _stats._lex()
    m = _stats._PREV_RE.search(text, max(lo, pos - _stats._NEAR), pos)
    assert _stats._word_before(text, pos, lo) == (
        (m.start(1), m.end(1), m.group(1)) if m else None)
    assert _stats._hyphen_before(text, lo, pos) == bool(
        _stats._HYPHEN_BEFORE_RE.search(text, lo, pos))
    assert _stats._hypothetical(text, lo, pos, lex) == bool(
        lex.hypothetical_re.search(text, lo, pos))
    for pattern, width in ((lex.qualifier_re, lex.qualifier_width),
                           (lex.change_before_re, lex.change_width),
                           (lex.referring_re, lex.referring_width)):
        found, plain = _stats._search_ending(pattern, width, text, lo, pos), pattern.search(
            text, lo, pos)
        assert (found and (found.span(), found.groups())) == (plain and (plain.span(),
                                                                         plain.groups()))


# --- larger number words that refer to the parties already named -----------------------

def _stats_with_mentions(body: str):
    from analysis.mentions import find_mentions
    doc = make_document("t", "", body)
    doc.mentions = find_mentions(doc)
    return [s.text for s in extract_statistics(doc)]


@pytest.mark.parametrize("body", [
    # three parties named, then `سه طرف` / `سه کشور` refers to them
    "وانگ یی وزیر خارجه چین میزبان اسحاق دار وزیر خارجه پاکستان و امیرخان متقی وزیر خارجه "
    "افغانستان بود. سه طرف بر گسترش همکاری توافق کردند. نشست بعدی وزیران خارجه سه کشور در "
    "کابل برگزار می‌شود.",
    "وزیران خارجه ایران، روسیه، ترکیه و قطر در دوحه دیدار کردند. چهار کشور بر راه‌حل سیاسی "
    "تاکید کردند.",
    "رهبران روسیه، چین و هند دیدار کردند و سه رهبر بیانیه‌ای صادر کردند.",
    "سه جانب بر ادامه گفت‌وگو تاکید کردند.",  # a side always refers back
    # an organisation named besides the three states does not make them four
    "مالی، بورکینافاسو و نیجر از اکواس خارج شدند. سه دولت نظامی این سازمان را ابزار "
    "قدرت‌های خارجی خواندند.",
])
def test_larger_referring_phrases_are_not_statistics(body):
    assert _stats_with_mentions(body) == []


@pytest.mark.parametrize("body, expected", [
    # nothing named before: a real count of countries
    ("رئیس‌جمهور به سه کشور آفریقایی سفر می‌کند.", ["سه کشور"]),
    # more parties named than counted: a new group
    ("وزیر خارجه ایران گفت روسیه و چین و ترکیه و عراق حامی هستند. پزشکیان به سه کشور "
     "آفریقایی سفر می‌کند.", ["سه کشور"]),
    # digits are a count, even after three parties
    ("ایران، روسیه و ترکیه دیدار کردند. ۳ کشور دیگر نیز دعوت شدند.", ["۳ کشور"]),
])
def test_larger_counts_of_countries_stay_statistics(body, expected):
    assert _stats_with_mentions(body) == expected


def test_larger_number_before_a_non_party_noun_stays_a_statistic():
    # three countries named, but `سه وزیر` counts ministers, not the parties
    assert _stats_with_mentions("ایران، روسیه و ترکیه دیدار کردند. سه وزیر کابینه ترکیه استعفا "
                                "دادند.") == ["سه وزیر"]


def _stat_rows(body: str):
    """Statistics of a body whose name mentions are found (the group and currency rules read them)."""
    from analysis.mentions import find_mentions
    doc = make_document("t", "خبر", body)
    doc.mentions = find_mentions(doc)
    return extract_statistics(doc)


@pytest.mark.parametrize("body", [
    # probe3 r16: the article calls the group `این سه کشور` / lists it after the number
    ("اکواس به مالی، بورکینافاسو و نیجر مهلت داد. شهروندان سه کشور همچنان آزادند. "
     "خروج این سه کشور بازار را کوچک می‌کند."),
    ("در سه کشور مالی، بورکینافاسو و نیجر حملات ادامه دارد. سران سه کشور دیدار کردند."),
])
def test_a_number_naming_a_group_is_referring(body):
    assert [s for s in _stat_rows(body) if s.unit == "کشور"] == []


def test_a_count_of_countries_without_a_group_stays():
    body = "وزیر خارجه ایران به سه کشور آفریقایی سفر خواهد کرد."
    assert [s.value for s in _stat_rows(body) if s.unit == "کشور"] == [3]


@pytest.mark.parametrize("body, unit", [
    ("صادراتی به ارزش حدود ۲۰ میلیارد دلار استرالیا متوقف شد.", "دلار استرالیا"),
    ("این قرارداد ۵ میلیارد دلار کانادا ارزش دارد.", "دلار کانادا"),
    ("بدهی دولت به ۳ میلیارد لیر ترکیه رسید.", "لیر ترکیه"),
    ("قیمت هر بشکه به ۸۰ دلار رسید.", "دلار"),
])
def test_a_currency_keeps_its_country(body, unit):
    [s] = [s for s in _stat_rows(body) if s.kind == "money"]
    assert s.unit == unit


# --- Dari, Tajik and Iranian spellings (probe4) ---------------------------------------------

@pytest.mark.parametrize("body, value, kind, unit", [
    ("حجم تجارت به ۸۰۰ میلیون دالر رسیده است.", 800_000_000, "money", "دالر"),
    ("چین کمک ۲۰۰ هزار دالری را اعلام کرد.", 200_000, "money", "دالر"),
    ("قیمت آرد به ۲۵۰۰ افغانی رسید.", 2500, "money", "افغانی"),
    ("حقوق ماهانه به ۱۵۰۰ سامانی افزایش یافت.", 1500, "money", "سامانی"),
    ("قیمت هر کیلو به ۳۰۰ کلدار رسید.", 300, "money", "کلدار"),
    ("سالانه ۲۰۰ کیلوگرام زعفران صادر می‌شود.", 200, "measure", "کیلوگرم"),
    ("این نیروگاه ۱۰۰ میگاوات برق تولید می‌کند.", 100, "measure", "مگاوات"),
    ("سالانه ۲۰۰ هزار متریک تن گندم وارد می‌شود.", 200_000, "measure", "تن"),
    ("حجم تجارت ۳۰ فیصد افزایش یافته است.", 30, "percent", "درصد"),
    ("حجم تجارت ۳۰ فی‌صد افزایش یافته است.", 30, "percent", "درصد"),
    ("حجم تجارت ۳۰ فی صد افزایش یافته است.", 30, "percent", "درصد"),
    ("نرخ تورم ۱٫۲ واحد درصد افزایش نشان می‌دهد.", 1.2, "percent", "واحد درصد"),
    ("نرخ بیکاری ۰٫۵ واحد درصدی کاهش یافت.", 0.5, "percent", "واحد درصد"),
    ("کسری بودجه امسال ۸۰۰ همت است.", 800 * 10**12, "money", "همت"),
    ("پیش‌بینی درآمد ۶۰۰ همتی از فروش نفت خوش‌بینانه است.", 600 * 10**12, "money", "همت"),
    ("قیمت بلیت به ۵۰ هزار تومن رسید.", 50_000, "money", "تومان"),
])
def test_dari_tajik_and_iranian_units(body, value, kind, unit):
    s = only(body)
    assert (s.value, s.kind, s.unit) == (pytest.approx(value), kind, unit)


def test_hemat_is_scaled_and_its_bracketed_gloss_is_not_a_statistic():
    _, stats = stats_of("سقف بودجه حدود ۳۹۳۰ همت (هزار میلیارد تومان) پیش‌بینی شده است.")
    assert [(s.text, s.value, s.kind, s.unit, s.qualifier) for s in stats] == [
        ("حدود ۳۹۳۰ همت", 3930 * 10**12, "money", "همت", "about")]


@pytest.mark.parametrize("body, value", [
    ("لایحه بودجه ۱۴۰۴ با سقف ۵۷۰۰ همت تقدیم مجلس شد.", 5_700_000_000_000_000),
    ("برای خرید تضمینی گندم ۱۲۰ همت اعتبار پیش‌بینی شده است.", 120_000_000_000_000),
    ("کسری بودجه به ۲٫۵ همت رسید.", 2_500_000_000_000),
])
def test_hemat_is_a_trillion_tomans(body, value):
    """`همت` = `هزار میلیارد تومان`: `۵۷۰۰ همت` equals `۵ هزار و ۷۰۰ هزار میلیارد تومان`."""
    s = only(body)
    assert (s.value, s.kind, s.unit) == (value, "money", "همت")
    assert isinstance(s.value, int)
    words = only("سقف بودجه ۵ هزار و ۷۰۰ هزار میلیارد تومان است.")
    assert words.value == only("سقف بودجه ۵۷۰۰ همت است.").value


@pytest.mark.parametrize("body, expected", [
    # a bracketed conversion with a count is a figure
    ("مبلغ ۱۰ میلیون ریال (یک میلیون تومان) پرداخت شد.", [10_000_000, 1_000_000]),
    # a bare scale word outside brackets is a figure
    ("این طرح هزار میلیارد تومان هزینه دارد.", [1_000_000_000_000]),
])
def test_a_unit_gloss_needs_brackets_and_no_count(body, expected):
    _, stats = stats_of(body)
    assert [s.value for s in stats] == expected


def test_counterpart_is_not_hemat_with_a_suffix():
    """`همتای` "counterpart of" is not `همت` + `ای`: that suffix follows only a vowel."""
    _, stats = stats_of("وزیر خارجه با دو همتای اروپایی خود گفت‌وگو کرد.")
    assert all(s.kind != "money" for s in stats)


@pytest.mark.parametrize("body, kind", [
    # people: the subject before the figure
    ("شمار قربانیان زلزله هرات به بیش از دو هزار تن رسید.", "count"),
    ("تعداد کشته‌شدگان سیل به ۱۲۰ تن رسید.", "count"),
    ("شمار جان‌باختگان به بیش از ۳ هزار تن افزایش یافت.", "count"),
    ("تعداد مهاجران بازگشته ۳۰ هزار تن بود.", "count"),
    ("در مجموع نزدیک به ۶۵ هزار تن به کشور بازگشته‌اند.", "count"),
    ("۲۰۰ تن از معترضان بازداشت شدند.", "count"),
    ("بیش از ۵۰۰ هزار تن در این تظاهرات شرکت کردند.", "count"),
    # tonnes: production, trade or a commodity before the figure
    ("صادرات گندم قزاقستان به ۵ میلیون تن رسید.", "measure"),
    ("میزان تولید برنج امسال به ۲٫۵ میلیون تن رسید.", "measure"),
    ("ظرفیت این پالایشگاه ۱۰ هزار تن در روز است.", "measure"),
    ("ذخایر طلای بانک مرکزی به ۳۰۰ تن رسید.", "measure"),
    ("کشور ۵ میلیون تن از گندم تولیدی را خرید.", "measure"),
])
def test_tan_people_or_tonnes_by_the_subject(body, kind):
    s = only(body)
    assert (s.unit, s.kind) == ("تن", kind)


def test_tan_levels_of_production_are_tonnes():
    _, stats = stats_of("تولید تریاک از ۶۲۰۰ تن به ۳۳۳ تن رسیده است.")
    assert [(s.value, s.kind) for s in stats] == [(6200, "measure"), (333, "measure")]


@pytest.mark.parametrize("body, text", [
    ("قیمت برخی اقلام در شش ماه گذشته تا ۱۰۰ درصد افزایش یافته است.", "تا ۱۰۰ درصد"),
    ("قیمت‌ها در دو هفته اخیر تا ۳۰ درصد بالا رفت.", "تا ۳۰ درصد"),
    ("اقتصاد در سال ۲۰۲۰ تا ۵۰ درصد کوچک شد.", "تا ۵۰ درصد"),
    ("تا ۸۰ درصد خانه‌ها ویران شد.", "تا ۸۰ درصد"),
])
def test_up_to_after_a_time_phrase(body, text):
    [s] = [s for s in stats_of(body)[1] if s.kind == "percent"]
    assert (s.text, s.qualifier) == (text, "less_than")


@pytest.mark.parametrize("body, text", [
    ("ما هدف گذاشته‌ایم که حجم تجارت را تا یک میلیارد دالر برسانیم.", "یک میلیارد دالر"),
    ("دولت می‌خواهد صادرات را تا ۱۰ میلیارد دلار برساند.", "۱۰ میلیارد دلار"),
    ("انتظار می‌رود سهم برق خورشیدی تا ۲۰ درصد برسد.", "۲۰ درصد"),
])
def test_up_to_a_target_is_exact(body, text):
    s = only(body)
    assert (s.text, s.qualifier) == (text, "exact")


@pytest.mark.parametrize("body, expected", [
    ("قیمت‌ها ۱۰ تا ۱۵ درصد افزایش یافت.", [(10, "exact"), (15, "exact")]),
    ("سهم آنها از ۳ درصد تا ۵ درصد است.", [(3, "exact"), (5, "exact")]),
    ("بین ۵ تا ۷ هزار نفر آواره شدند.", [(5000, "exact"), (7000, "exact")]),
])
def test_ranges_with_ta_stay_exact(body, expected):
    _, stats = stats_of(body)
    assert [(s.value, s.qualifier) for s in stats] == expected


@pytest.mark.parametrize("body, value", [
    ("به گفته پنتاگون، شمار نیروهای نظامی آمریکا در مرز جنوبی به ۹ هزار رسیده است.", 9000),
    ("تعداد پناهجویان اوکراینی ثبت‌نام‌شده در کشورهای عضو اتحادیه اروپا به ۴ میلیون رسید.",
     4_000_000),
    ("شمار نیروهای اعزامی ارتش فرانسه به منطقه مرزی شرق کشور به ۲ هزار می‌رسد.", 2000),
])
def test_a_count_word_far_before_reaches_a_bare_number(body, value):
    """t15: `شمار N … به NUMBER رسید` with a long noun phrase: a count, no noun after."""
    s = only(body)
    assert (s.value, s.kind) == (value, "count")


def test_a_bare_number_without_a_reach_verb_stays_unread():
    """Without `به … رسید`, a count word far back does not make a bare number a count."""
    _, stats = stats_of("شمار نیروهای نظامی آمریکا در مرز جنوبی از سال گذشته تا کنون ۹ هزار "
                        "بوده است.")
    assert [s.value for s in stats if s.kind == "count"] == []


@pytest.mark.parametrize("body, value, unit, qual", [
    ("ما بیش از ۱۴۰۰ شکایت را بررسی کردیم.", 1400, "شکایت", "more_than"),
    ("حدود ۱۸۰۰ نفر کشته شدند.", 1800, "نفر", "about"),
    ("دست‌کم ۲۰۰۰ خانوار آواره شدند.", 2000, "خانوار", "more_than"),
    ("نزدیک به ۱۹۰۰ معترض بازداشت شدند.", 1900, "معترض", "about"),
])
def test_a_qualified_year_like_number_before_a_noun_is_a_count(body, value, unit, qual):
    """`بیش از ۱۴۰۰ شکایت`: a qualifier before and a counted noun after: no year."""
    s = only(body)
    assert (s.value, s.unit, s.qualifier) == (value, unit, qual)


@pytest.mark.parametrize("body", [
    "در ۱۴۰۰ تورم بالا بود.",
    "این طرح تا ۱۴۰۵ ادامه دارد.",
    "حدود ۱۹۸۰ و پس از انقلاب، وضعیت تغییر کرد.",
])
def test_a_year_stays_a_year(body):
    """No qualifier (`در ۱۴۰۰`), `تا` (until), or nothing counted after it: a year."""
    assert stats_of(body)[1] == []


# --- probes 7 and 8: identifiers, names, idioms, index points, `نه`, `یک` ------------------

@pytest.mark.parametrize("body", [
    "تلفن ۱۱۱ سامانه سامد برای پاسخگویی به پرسش‌های مردم فعال است.",
    "مردم می‌توانند با شماره تلفن ۱۵۷ تماس بگیرند.",
    "سامانه ۱۳۷ شهرداری پاسخگوی شکایت شهروندان است.",
    "علاقه‌مندان عدد ۵ را به سرشماره ۳۰۰۰۱۲ پیامک کنند.",
    "مسافران خط ۴ مترو با تاخیر روبه‌رو شدند.",
])
def test_phone_and_service_numbers_are_identifiers(body):
    _, stats = stats_of(body)
    assert [s.text for s in stats] == []


@pytest.mark.parametrize("body, text, unit", [
    ("این کارخانه ۱۲ خط تولید جدید راه‌اندازی کرد.", "۱۲ خط", "خط"),
    ("ارتش ۷ سامانه پاتریوت خریداری کرد.", "۷ سامانه", "سامانه"),
    ("این سامانه ۳۰۰ هزار درخواست را ثبت کرد.", "۳۰۰ هزار درخواست", "درخواست"),
])
def test_an_identifier_noun_after_the_number_is_counted(body, text, unit):
    s = only(body)
    assert (s.text, s.unit, s.kind) == (text, unit, "count")


@pytest.mark.parametrize("body, expected", [
    ("متاسفانه در همین مدت ۴۶۶ بیمار کووید۱۹ جان خود را از دست دادند.", ["۴۶۶ بیمار"]),
    ("۴۶۶ بیمار کووید ۱۹ در بیمارستان بستری شدند.", ["۴۶۶ بیمار"]),
    ("واکسن کووید-۱۹ به ۱۲ کشور ارسال شد.", ["۱۲ کشور"]),
    ("واکسن بی‌ان‌تی۱۶۲ به ۱۲ کشور ارسال شد.", ["۱۲ کشور"]),
    ("نشست جی۲۰ با حضور ۲۰ رهبر برگزار شد.", ["۲۰ رهبر"]),
    ("در این حادثه ۱۲ نفر جان خود را از دست دادند.", ["۱۲ نفر"]),
    ("سیل جان ۳۰ نفر را گرفت.", ["۳۰ نفر"]),
])
def test_a_number_glued_to_a_name_and_the_idiom_jan_khod(body, expected):
    _, stats = stats_of(body)
    assert [s.text for s in stats] == expected


@pytest.mark.parametrize("body, expected", [
    (("شاخص کل بورس تهران نیز در معاملات امروز با ۱۸ هزار واحد کاهش به ۲ میلیون و ۷۱۰ هزار "
      "واحد رسید."), [(18000, "measure"), (2_710_000, "measure")]),
    ("شاخص فرابورس ۲۵۰ واحد افزایش یافت.", [(250, "measure")]),
    ("در این شهرک ۵۰۰ واحد مسکونی ساخته شد.", [(500, "count")]),
    ("شرکت‌های بورسی ۵۰۰ واحد مسکونی ساختند.", [(500, "count")]),
    ("سازمان ۳۰ واحد تولیدی را تعطیل کرد.", [(30, "count")]),
])
def test_index_points_are_a_measure(body, expected):
    _, stats = stats_of(body)
    assert [(s.value, s.kind) for s in stats] == expected
    assert all(s.unit == "واحد" for s in stats)


@pytest.mark.parametrize("body", [
    "رئیسی گفت: «راه حل بحران سوریه سیاسی است و نه نظامی.»",
    "این بحران راه حل سیاسی دارد یا نه نظامی؟",
    "راه حل نه نظامی بلکه سیاسی است.",
    "نه نظامی‌ها و نه غیرنظامیان در امان نیستند.",
    "ما نه تنها به توافق رسیدیم بلکه آن را اجرا کردیم.",
])
def test_neh_meaning_not_is_no_number(body):
    _, stats = stats_of(body)
    assert [s.text for s in stats] == []


@pytest.mark.parametrize("body, text, value", [
    ("در این حادثه نه نفر کشته شدند.", "نه نفر", 9),
    ("نه کشور این بیانیه را امضا کردند.", "نه کشور", 9),
    ("نرخ تورم نه درصد کاهش یافت.", "نه درصد", 9),
    ("نود و نه نظامی آزاد شدند.", "نود و نه نظامی", 99),
    ("در این حمله نه نظامی کشته شدند.", "نه نظامی", 9),
])
def test_neh_as_nine(body, text, value):
    s = only(body)
    assert (s.text, s.value) == (text, value)


@pytest.mark.parametrize("body, text, kind", [
    ("سهم ایران از تجارت درون‌گروهی بریکس کمتر از یک درصد است.", "کمتر از یک درصد", "percent"),
    ("نرخ بیکاری یک درصد کاهش یافت.", "یک درصد", "percent"),
    ("دمای هوا حدود یک درجه افزایش یافت.", "حدود یک درجه", "measure"),
    ("قیمت نفت یک دلار کاهش یافت.", "یک دلار", "money"),
])
def test_yek_before_a_percent_measure_or_money_is_the_figure_one(body, text, kind):
    s = only(body)
    assert (s.text, s.value, s.kind) == (text, 1, kind)


@pytest.mark.parametrize("body", [
    "یک مقام آمریکایی این خبر را تأیید کرد.",
    "او یک پا در این ماجرا دارد.",
    "این مشکل یک گره کور است.",
])
def test_yek_as_an_article_is_no_figure(body):
    _, stats = stats_of(body)
    assert [s.text for s in stats] == []


@pytest.mark.parametrize("body, expected", [
    ("پاپ نخستین پاپی بود که در نشست گروه هفت شرکت کرد.", []),
    ("نمایندگان گروه ۲۰ در این نشست شرکت کرده‌اند.", []),
    ("رهبران گروه هفت در ایتالیا گرد هم آمدند.", []),
    ("در نشست ۵+۱ وزیران شرکت کردند.", []),
    ("۱۲ شرکت در مناقصه شرکت کردند.", ["۱۲ شرکت"]),
    ("هفت شرکت خارجی قرارداد امضا کردند.", ["هفت شرکت"]),
    ("۵۰ شرکت کننده در این همایش حضور داشتند.", ["۵۰ شرکت\u200cکننده"]),
])
def test_a_number_in_a_group_name_and_sherkat_kardan(body, expected):
    _, stats = stats_of(body)
    assert [s.text for s in stats] == expected


# --- probe 9: media names, speech verbs after a number, `در محدوده`, stacked scales --------

@pytest.mark.parametrize("body", [
    "آکسل کیسیلوف در مصاحبه با رادیو ۱۰ مدعی شد که این توافق آینده را به خطر می‌اندازد.",
    "او در گفت‌وگو با شبکه ۳ گفت که توافق بد است.",
    "تلویزیون ۲۴ گزارش داد که مذاکرات ادامه دارد.",
    "کانال ۱۲ اسرائیل اعلام کرد که آتش‌بس برقرار است.",
    "مجری شبکه یک سیما گفت که برنامه لغو شد.",
])
def test_a_number_in_a_media_name_is_no_statistic(body):
    _, stats = stats_of(body)
    assert [s.text for s in stats] == []


@pytest.mark.parametrize("body, text", [
    ("رادیو ۳ میلیون شنونده دارد.", "۳ میلیون شنونده"),  # a scale word: a count
    ("این شبکه ۲۰۰ کیلومتری برق است.", "۲۰۰ کیلومتری"),  # a known unit
    ("کانال ۱۲ اسرائیل اعلام کرد که ۲۰ نفر زخمی شدند.", "۲۰ نفر"),
])
def test_a_count_after_a_media_noun_stays(body, text):
    _, stats = stats_of(body)
    assert [s.text for s in stats] == [text]


@pytest.mark.parametrize("body", [
    "کمیته ۱۰ خاطرنشان کرد که مشکل حل نشده است.",
    "در مصاحبه با ۱۰ مدعی شد که توافق بد است.",
    "پلیس شمار بازداشت‌شدگان را ۳۰ اعلام کرده است.",
    "کمیته ۱۰ تاکید می‌کند که تحریم‌ها باید لغو شوند.",
    "خبرنگار ما ۱۰ گفت.",
])
def test_a_speech_verb_is_never_the_counted_unit(body):
    _, stats = stats_of(body)
    speech_words = {"خاطرنشان", "مدعی", "اعلام", "تاکید", "گفت"}
    assert not [s.unit for s in stats if s.unit in speech_words]
    assert not [s.text for s in stats if s.text.split()[-1] in speech_words]


@pytest.mark.parametrize("body, value, unit", [
    # the count of a subject announced by a speech verb takes its unit from the subject
    ("سازمان ملل شمار قربانیان را ۲۰۰ اعلام کرد.", 200, "قربانیان"),
    ("وزارت بهداشت تعداد مبتلایان را ۵۰۰ عنوان کرد.", 500, "مبتلایان"),
])
def test_a_figure_before_a_speech_verb_reads_its_subject(body, value, unit):
    s = only(body)
    assert (s.value, s.kind, s.unit) == (value, "count", unit)


@pytest.mark.parametrize("body, text", [
    # nouns of a speech verb that are also counted things stay counts
    ("وزیر سه پیشنهاد داد.", "سه پیشنهاد"),
    ("سازمان هواشناسی دو هشدار داد.", "دو هشدار"),
    ("معترضان ۱۰ خواسته داشتند.", "۱۰ خواسته"),
    ("در این حمله ۱۰ کشته شد.", "۱۰ کشته"),
])
def test_countable_speech_nouns_stay_counts(body, text):
    assert only(body).text == text


@pytest.mark.parametrize("body, text", [
    ("نرخ تورم سالانه نیز در محدوده ۳۲ درصد قرار گرفت.", "در محدوده ۳۲ درصد"),
    ("نرخ تورم در محدوده‌ی ۳۲ درصد قرار گرفت.", "در محدوده\u200cی ۳۲ درصد"),
    ("قیمت دلار حول و حوش ۶۰ هزار تومان است.", "حول و حوش ۶۰ هزار تومان"),
    ("قیمت دلار حول‌وحوش ۶۰ هزار تومان است.", "حول\u200cوحوش ۶۰ هزار تومان"),
    ("قیمت دلار در حوالی ۶۰ هزار تومان است.", "در حوالی ۶۰ هزار تومان"),
    ("قیمت دلار چیزی نزدیک به ۶۰ هزار تومان است.", "چیزی نزدیک به ۶۰ هزار تومان"),
    ("نرخ تورم چیزی در حدود ۳۲ درصد است.", "چیزی در حدود ۳۲ درصد"),
    ("نرخ تورم در حدود ۳۲ درصد است.", "در حدود ۳۲ درصد"),
])
def test_range_and_vicinity_qualifiers_are_about(body, text):
    s = only(body)
    assert (s.text, s.qualifier) == (text, "about")


@pytest.mark.parametrize("body", [
    "سهم صادرات در حد ۵ درصد است.",  # `در حد`: "at the level of" or "up to": left exact
    "نرخ تورم ۳۲ درصد است.",
])
def test_no_about_without_an_about_qualifier(body):
    assert only(body).qualifier == "exact"


def test_stacked_scales_with_a_comparative_after_az():
    s = only("او اظهار داشت که نقدینگی کشور از ۸ هزار هزار میلیارد تومان فراتر رفته است.")
    assert (s.text, s.value, s.kind, s.unit, s.qualifier) == (
        "۸ هزار هزار میلیارد تومان", 8 * 10**15, "money", "تومان", "more_than")


# --- a number next to a month is a date only when it can be a day or a year ------------

@pytest.mark.parametrize("body, text, value", [
    # probe11 z04 / probe10 y11: a decimal after a month names the month's figure
    ("این رقم نسبت به گزارش قبلی در ماه فوریه ۱۳۳٫۸ کیلوگرم افزایش یافته است.",
     "۱۳۳٫۸ کیلوگرم", 133.8),
    ("این نرخ در ماه مارس ۳۸٫۱۰ درصد بود.", "۳۸٫۱۰ درصد", 38.1),
    ("تورم نقطه به نقطه بهمن ماه ۳۵٫۳ درصد شد", "۳۵٫۳ درصد", 35.3),
    # a whole number with a known unit after a month: a figure, not a day
    ("این نرخ در مارس ۲۵ درصد بود.", "۲۵ درصد", 25),
    ("در ماه مه ۳ نفر کشته شدند.", "۳ نفر", 3),
    ("قیمت نفت در ماه ژوئیه ۷۰ دلار بود.", "۷۰ دلار", 70),
    # a number that can be neither a day nor a year
    ("در اسفند ۱۲۰ نفر کشته شدند.", "۱۲۰ نفر", 120),
    ("صادرات در فروردین ۲ میلیارد دلار بود.", "۲ میلیارد دلار", 2_000_000_000),
    ("در ماه مارس ۲۰ هزار نفر آمدند.", "۲۰ هزار نفر", 20000),
])
def test_a_figure_after_a_month_is_a_statistic(body, text, value):
    s = only(body)
    assert (s.text, s.value) == (text, pytest.approx(value))


@pytest.mark.parametrize("body", [
    "او روز ۱۵ مارس به تهران آمد.",  # day month
    "این توافق در مارس ۲۰۲۵ امضا شد.",  # month year
    "این توافق در فروردین ۱۴۰۴ امضا شد.",  # Jalali month year
    "او ۲۸ مرداد به تهران آمد.",  # Jalali day month
    "در تیرماه ۱۴۰۲ آمد.",  # month written with ماه
    "او در اسفند ۱۴۰۲ کشته شد.",  # a year after a month, whatever follows
    "او در ۱۵ اسفند ۱۴۰۲ کشته شد.",
    "او در ژوئن ۲۰۲۴ زخمی شد.",
    "او در ماه مه ۱۵ سال داشت.",  # a day without a unit stays a date
])
def test_a_day_or_year_next_to_a_month_is_a_date(body):
    _, stats = stats_of(body, title="")
    assert stats == [], [s.text for s in stats]


def test_a_year_after_a_month_leaves_the_figure_after_it():
    s = only("این نرخ در مه ۲۰۲۴ به اوج ۷۵ درصد رسید.")
    assert (s.text, s.value) == ("۷۵ درصد", 75)


# --- `سال`, `ساعت` before a number: a year or an hour only when it can be one ----------

@pytest.mark.parametrize("body, text", [
    ("در سال ۲ میلیون گردشگر به ایران آمدند.", "۲ میلیون گردشگر"),  # a scaled count
    ("هر سال ۵۰۰ هزار مهاجر وارد می‌شوند.", "۵۰۰ هزار مهاجر"),
    ("در ساعت ۲۰ هزار خودرو از این مرز عبور می‌کند.", "۲۰ هزار خودرو"),
    ("هر سال ۵۰۰ مهاجر وارد می‌شوند.", "۵۰۰ مهاجر"),  # `هر سال`: a rate
    ("هر ساعت ۱۲ کودک جان می‌بازند.", "۱۲ کودک"),
    ("تورم سال گذشته ۳۵ درصد بود.", "۳۵ درصد"),
])
def test_a_count_after_a_time_word_is_a_statistic(body, text):
    assert only(body).text == text


@pytest.mark.parametrize("body", [
    "این توافق در سال ۱۴۰۳ امضا شد.",
    "در سال دو هزار و بیست و چهار آمد.",  # a year spelled out (a scale word in it)
    "جلسه ساعت ۱۰ آغاز شد.",
    "در دهه ۶۰ آغاز شد.",
])
def test_a_year_or_hour_after_a_time_word_is_excluded(body):
    _, stats = stats_of(body, title="")
    assert stats == [], [s.text for s in stats]


# --- `سه کشور اروپایی` where the article names the E3 ------------------------------------

@pytest.mark.parametrize("body", [
    # the group named by its name (probe11 z12)
    ("گفت‌وگوهای ایران با تروئیکای اروپایی در استانبول برگزار شد. غریب‌آبادی گفت با سه کشور "
     "اروپایی گفت‌وگویی جدی داشتیم."),
    # by all its members (probe5 t07)
    ("عراقچی با وزرای خارجه فرانسه، آلمان و بریتانیا دیدار کرد. این دیدار با سه کشور اروپایی "
     "در ژنو بود."),
    "عراقچی با وزرای خارجه فرانسه، آلمان و بریتانیا دیدار کرد. این دیدار با سه کشور در ژنو بود.",
    # the list right after the number and an adjective (probe2 q09, probe5 t06)
    ("سه کشور اروپایی فرانسه، آلمان و بریتانیا قطعنامه ارائه می‌کنند. ایران به سه کشور "
     "اروپایی هشدار داد."),
    # `جهانی` names no narrower group than the P5+1
    "ایران با گروه ۵+۱ مذاکره کرد. شش قدرت جهانی خواستار توافق شدند.",
])
def test_a_number_naming_a_group_of_states_is_referring(body):
    assert [s.text for s in _stat_rows(body) if s.unit in ("کشور", "قدرت")] == []


@pytest.mark.parametrize("body", [
    "رئیس جمهور ایران به سه کشور اروپایی سفر کرد.",  # no group named: a tour
    # an adjective not in the group's name counts a new group
    ("رئیس جمهور ایران به سه کشور آفریقایی سفر کرد. او پیش از این با تروئیکای اروپایی دیدار "
     "کرده بود."),
    "ایران با گروه ۵+۱ مذاکره کرد. سه کشور آسیایی از توافق حمایت کردند.",
])
def test_a_count_of_countries_beside_a_group_of_another_size_or_kind_stays(body):
    assert [s.value for s in _stat_rows(body) if s.unit == "کشور"] == [3]


# --- currencies of the Americas, Africa, Europe and Asia (probe15 d08) ------------------

@pytest.mark.parametrize("body, value, unit", [
    ("قیمت دلار رسمی به ۸۰۰ پزو رسید.", 800, "پزو"),
    ("بودجه ۵۰ میلیارد رئال برزیل است.", 50_000_000_000, "رئال برزیل"),
    ("تورم ونزوئلا، قیمت نان را به ۳۰۰ بولیوار رساند.", 300, "بولیوار"),
    ("نیجریه ۲ تریلیون نایرا وام گرفت.", 2_000_000_000_000, "نایرا"),
    ("صادرات به ۱۵ میلیارد رند رسید.", 15_000_000_000, "رند"),
    ("کنیا ۳۰۰ میلیون شیلینگ هزینه کرد.", 300_000_000, "شیلینگ"),
    ("غنا ۵ میلیارد سدی بدهی دارد.", 5_000_000_000, "سدی"),
    ("آنگولا ۱۰۰ میلیارد کوانزا بودجه دارد.", 100_000_000_000, "کوانزا"),
    ("این کشور ۲۰ میلیارد فرانک سی‌اف‌آ کمک کرد.", 20_000_000_000, "فرانک سی‌اف‌آ"),
    ("لهستان ۴۰ میلیارد زلوتی هزینه کرد.", 40_000_000_000, "زلوتی"),
    ("مجارستان ۵۰۰ میلیارد فورینت کسری دارد.", 500_000_000_000, "فورینت"),
    ("اوکراین ۱۰۰ میلیارد گریونا کسری دارد.", 100_000_000_000, "گریونا"),
    ("رومانی ۲۰ میلیارد لئو هزینه کرد.", 20_000_000_000, "لئو"),
    ("مقدونیه ۳ میلیارد دنار بودجه دارد.", 3_000_000_000, "دنار"),
    ("بنگلادش ۳۰ میلیارد تاکا بودجه دارد.", 30_000_000_000, "تاکا"),
    ("تایلند ۱۰ میلیارد بات هزینه کرد.", 10_000_000_000, "بات"),
    ("مالزی ۸ میلیارد رینگیت سرمایه‌گذاری کرد.", 8_000_000_000, "رینگیت"),
    ("قزاقستان ۳۰۰ میلیارد تنگه هزینه کرد.", 300_000_000_000, "تنگه"),
    ("گرجستان ۱ میلیارد لاری بدهی دارد.", 1_000_000_000, "لاری"),
    ("ارمنستان ۵۰۰ میلیارد درام بودجه دارد.", 500_000_000_000, "درام"),
    ("نرخ دلار در بازار به ۱۲۰۰۰ سوم رسید.", 12_000, "سوم"),
    ("نرخ دلار به ۳۵ بات رسید.", 35, "بات"),
    ("عربستان ۳۰ میلیارد ریال سعودی هزینه کرد.", 30_000_000_000, "ریال سعودی"),
    ("کویت ۵ میلیارد دینار کویتی هزینه کرد.", 5_000_000_000, "دینار کویتی"),
    ("عمان ۲ میلیارد ریال عمان درآمد داشت.", 2_000_000_000, "ریال عمان"),
    ("ارزش هر دلار به ۳۲ لیره ترکیه رسید.", 32, "لیره ترکیه"),
    ("آفریقای جنوبی ۳۰۰ رند آفریقای جنوبی پرداخت.", 300, "رند آفریقای جنوبی"),
])
def test_world_currencies_are_money(body, value, unit):
    [s] = _stat_rows(body)
    assert (s.kind, s.value, s.unit) == ("money", value, unit)


@pytest.mark.parametrize("body, text", [
    ("بوکسور در ۱۲ رند پیروز شد.", "۱۲ رند"),  # rounds, no money in the sentence
    ("کشتی‌ها از ۲ تنگه عبور کردند.", "۲ تنگه"),  # straits
    ("این فیلم ۳ درام دارد.", "۳ درام"),  # dramas
])
def test_a_currency_name_that_is_also_a_word_needs_money_around_it(body, text):
    assert [(s.text, s.kind) for s in _stat_rows(body)] == [(text, "count")]


@pytest.mark.parametrize("body", [
    "دو سوم بودجه صرف شد.",  # two thirds, even with a money word
    "دو سوم جمعیت زیر خط فقر هستند.",
])
def test_two_thirds_is_not_the_som(body):
    assert _stat_rows(body) == []


# --- idioms with small number words (probe14 c05) -----------------------------------------

@pytest.mark.parametrize("body", [
    "ایران و تاجیکستان یک روح در دو بدن هستند.",
    "امنیت و توسعه دو روی یک سکه‌اند.",
    "این سیاست یک بام و دو هوا است.",
    "این یک حساب دو دوتا چهارتا است.",
    "این طرح یک تیر و دو نشان است.",
    "او از هفت خوان عبور کرد.",
    "سیاست آمریکا صد و هشتاد درجه تغییر کرد.",
    "موضع او ۱۸۰ درجه چرخید.",
    "این چرخش ۱۸۰ درجه‌ای بود.",
    "او یک کلاغ چهل کلاغ کرد.",
    "جامعه دو قطبی شده است.",
    "او دو دستی به قدرت چسبیده است.",
    "هزار و یک دلیل برای این کار وجود دارد.",
    "او از هفت دولت آزاد است.",
])
def test_numbers_in_idioms_are_not_statistics(body):
    assert [s.text for s in _stat_rows(body)] == []


@pytest.mark.parametrize("body, text", [
    ("در این حادثه دو بدن پیدا شد.", "دو بدن"),  # bodies found: a count
    ("دمای کوره به ۱۸۰ درجه رسید.", "۱۸۰ درجه"),  # a temperature, no turning
    ("دو کشور ۲۳ سند همکاری امضا کردند.", "۲۳ سند"),
    ("هزار و یک نفر در این مراسم شرکت کردند.", "هزار و یک نفر"),
])
def test_the_same_words_outside_an_idiom_stay(body, text):
    assert [s.text for s in _stat_rows(body)] == [text]


@pytest.mark.parametrize("body", [
    "او در ۱۴۰۲ کشته شد.",  # killed in 1402
    "این خبرنگار در ۲۰۱۹ بازداشت شد.",  # detained in 2019
    "این ساختمان در ۱۳۹۸ تخریب گردید.",  # destroyed in 1398
    "سال‌ها گذشت تا به ۲۰۲۵ رسیدیم.",  # a year reached, no count word
    "جنگنده دی ۵۰ را ساخت.",  # `دی` the letter D before a model number
])
def test_years_and_models_are_not_statistics(body):
    _, stats = stats_of(body)
    assert stats == [], [s.text for s in stats]


@pytest.mark.parametrize("body, text, value, unit", [
    # a plural verb or a count word keeps a year-like number a count
    ("در این حمله ۱۴۰۰ کشته شدند.", "۱۴۰۰ کشته", 1400, "کشته"),
    ("تعداد زندانیان به ۱۴۵۰ رسید.", "۱۴۵۰", 1450, "زندانیان"),
    ("شمار قربانیان به ۲۰۲۵ رسیده است.", "۲۰۲۵", 2025, "قربانیان"),
    # `دی` the month before a count of people
    ("در دی ۵۰ نفر بازداشت شدند.", "۵۰ نفر", 50, "نفر"),
])
def test_counts_that_look_like_years_or_follow_a_month(body, text, value, unit):
    s = only(body)
    assert (s.text, s.value, s.unit) == (text, value, unit)


@pytest.mark.parametrize("body, text, value, unit", [
    # `آن` after a noun is "its" when the figure is the predicate
    ("حاشیه خطای آن ۳ درصد است.", "۳ درصد", 3, "درصد"),
    ("سهم آن از بازار ۳۰ درصد بود.", "۳۰ درصد", 30, "درصد"),  # not after `آن`
    ("قیمت آن ۵ میلیون دلار است.", "۵ میلیون دلار", 5_000_000, "دلار"),
    ("نرخ بیکاری آن ۱۲ درصد بوده است.", "۱۲ درصد", 12, "درصد"),
])
def test_possessive_an_before_a_predicate_figure(body, text, value, unit):
    _, stats = stats_of(body)
    assert [(s.text, s.value, s.unit) for s in stats] == [(text, value, unit)]


@pytest.mark.parametrize("body", [
    "آن سه کشور توافق کردند.",  # the determiner: refers back
    "آن دو نامزد در مناظره شرکت کردند.",
    "دو نامزد هر کدام در مناظره شرکت کردند.",  # the two candidates already named
    "جدایی دو اقتصاد بزرگ جهان فاجعه است.",  # the two economies already named
])
def test_referring_phrases_with_an_or_two(body):
    _, stats = stats_of(body)
    assert stats == [], [s.text for s in stats]


@pytest.mark.parametrize("body, text, qualifier", [
    ("مصرف برق با عبور از ۷۹ هزار مگاوات رکورد زد.", "با عبور از ۷۹ هزار مگاوات", "more_than"),
    ("مصرف با گذر از مرز ۸۰ هزار مگاوات به اوج رسید.", "با گذر از مرز ۸۰ هزار مگاوات",
     "more_than"),
    ("مهاجران با عبور از سه کشور به اروپا رسیدند.", "سه کشور", "exact"),  # places passed
    ("دمای هوا از ۴۵ درجه سانتی‌گراد فراتر رفته است.", "۴۵ درجه سانتی‌گراد", "more_than"),
    ("دما به ۵۰ درجه سانتیگراد رسید.", "۵۰ درجه سانتیگراد", "exact"),
])
def test_passing_a_figure_and_temperature_units(body, text, qualifier):
    s = only(body)
    assert (s.text, s.qualifier) == (text, qualifier)


@pytest.mark.parametrize("body", [
    "سیل فروردین ۹۸ یکی از بزرگ‌ترین بلایای طبیعی دهه اخیر بود.",  # a short year after a month
    "این تصمیم با امضای سران سه قوه گرفته شده است.",  # the three branches of power
    "او در تپانچه ۱۰ متر بادی طلا گرفت.",  # a distance in an event's name
    "قهرمان دوی ۱۰۰ متر معرفی شد.",
    "بزرگی زمین‌لرزه ۷٫۴ ذکر شده بود.",  # a decimal before the noun of a compound verb
])
def test_short_years_branches_and_event_names_are_not_statistics(body):
    _, stats = stats_of(body)
    assert stats == [], [s.text for s in stats]


@pytest.mark.parametrize("body, text, value, kind", [
    ("او با ۲۴۴٫۸ امتیاز رکورد زد.", "۲۴۴٫۸ امتیاز", 244.8, "measure"),  # a decimal score
    ("وزیر اعلام کرد که ۱۳۰۱ زائر جان باخته‌اند.", "۱۳۰۱ زائر", 1301, "count"),  # not a year
    ("تیم‌های امدادی در ده استان مشغول کارند.", "ده استان", 10, "count"),  # ten, not village
    ("در این مرحله ۳۳ گروگان آزاد می‌شوند.", "۳۳ گروگان", 33, "count"),  # `این مرحله` is whole
    ("در دی ۵۰ نفر بازداشت شدند.", "۵۰ نفر", 50, "count"),  # a count after a month
    ("دمای آب در ۲۰۰ متر عمق کم است.", "۲۰۰ متر", 200, "measure"),  # no event word before
])
def test_counts_scores_and_measures_in_sport_and_disaster_news(body, text, value, kind):
    s = only(body)
    assert (s.text, s.value, s.kind) == (text, value, kind)


def test_a_count_noun_that_is_also_a_surname():
    """`روحانی` is a cleric after a number, the president's name after a year."""
    assert _stats_with_mentions("نماینده ولی فقیه گفت که ۳۵ روحانی کاروان‌ها را همراهی "
                                "می‌کنند.") == ["۳۵ روحانی"]
    assert _stats_with_mentions("در ۲۰۱۳ روحانی رئیس‌جمهور شد.") == []


@pytest.mark.parametrize("body, text, value, kind", [
    # a day before the month: the number after it is no day of that date
    ("حمله در اول آوریل هفت عضو سپاه را کشته بود.", "هفت عضو", 7, "count"),
    ("در ۲ مارس هفت عضو شورا استعفا دادند.", "هفت عضو", 7, "count"),
    ("سرعت موشک به ۱۵ ماخ می‌رسد.", "۱۵ ماخ", 15, "measure"),  # Mach
])
def test_counts_after_a_full_date_and_speeds(body, text, value, kind):
    s = only(body)
    assert (s.text, s.value, s.kind) == (text, value, kind)


@pytest.mark.parametrize("body", [
    "در آوریل هفت عضو شورا استعفا دادند.",  # no day: `آوریل هفت` (7 April) stays a date
    "دوم خرداد ۷۶ مردم رأی دادند.",  # a short year after a dated month
])
def test_a_number_after_a_month_without_a_day_stays_a_date(body):
    _, stats = stats_of(body)
    assert stats == [], [s.text for s in stats]
