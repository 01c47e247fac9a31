"""Corpus readers: formats, metadata and dates, the seed page's stories, agencies, errors."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from analysis.corpus import (
    Article,
    ReadError,
    find_reporting_line,
    iter_articles,
    load_corpus,
    resolve_agency,
    split_page,
    strip_furniture,
)
from analysis.dates import parse_date

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "seed" / "000_a2099a625d713edd.txt"
REAL = ROOT / "data" / "raw" / "real-news"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _split(items):
    arts = [a for a in items if isinstance(a, Article)]
    errs = [a for a in items if isinstance(a, ReadError)]
    return arts, errs


# --- formats -------------------------------------------------------------------------


def test_txt_title_line_and_body(tmp_path):
    (tmp_path / "story.txt").write_text("تیتر خبر\nبند اول خبر است.\nبند دوم خبر است.\n", encoding="utf-8")
    [a] = load_corpus(tmp_path / "story.txt")
    assert (a.doc_id, a.source, a.title) == ("story", "story", "تیتر خبر")
    assert a.body == "بند اول خبر است.\nبند دوم خبر است."


def test_jsonl_title_body_text_and_bad_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"title": "تیتر یک", "body": "متن یک است.", "date": "2024-03-01",
                    "url": "https://example.org/1", "agency": "ISNA", "section": "world"},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"text": "تیتر سه\nمتن سه است."}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, errs = _split(list(iter_articles([path])))
    assert [a.doc_id for a in arts] == ["feed/1", "feed/3"]
    first, third = arts
    assert (first.title, first.body, first.date) == ("تیتر یک", "متن یک است.", "2024-03-01")
    assert first.meta["url"] == "https://example.org/1" and first.meta["section"] == "world"
    assert first.agency == "ایسنا"  # the given agency, mapped to the gazetteer's name
    assert (third.title, third.body) == ("تیتر سه", "متن سه است.")
    [err] = errs
    assert err.doc_id == "feed/2" and err.stage == "read"
    assert "feed.jsonl" in err.error and "line 2" in err.error and "JSON" in err.error


def test_records_with_their_own_ids_keep_them_as_doc_ids(tmp_path):
    def write(name, ids):
        path = tmp_path / name
        path.write_text("".join(json.dumps({"id": i, "title": f"تیتر {n}", "body": "متن است."},
                                           ensure_ascii=False) + "\n"
                                for n, i in enumerate(ids)), encoding="utf-8")
        return [a for a in iter_articles([path]) if isinstance(a, Article)]

    arts = write("feed.jsonl", ["p01", 7, "خبر-۳"])
    assert [a.doc_id for a in arts] == ["p01", "7", "خبر-۳"]
    assert {a.source for a in arts} == {"feed"} and "id" not in arts[0].meta
    # an id repeated or missing: the file's articles are numbered, the ids stay in meta
    repeated = write("rep.jsonl", ["a", "b", "a"])
    assert [a.doc_id for a in repeated] == ["rep/1", "rep/2", "rep/3"]
    assert [a.meta["id"] for a in repeated] == ["a", "b", "a"]
    assert [a.doc_id for a in write("gap.jsonl", ["a", "", "c"])] == ["gap/1", "gap/2", "gap/3"]
    csv_path = tmp_path / "table.csv"
    csv_path.write_text("id,title,body\nx1,تیتر,متن است.\nx2,تیتر دو,متن دو است.\n",
                        encoding="utf-8")
    assert [a.doc_id for a in iter_articles([csv_path])] == ["x1", "x2"]


def test_csv_with_configurable_columns(tmp_path):
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["headline", "content", "published", "link", "source"])
        w.writerow(["تیتر الف", "به گزارش ایرنا، متن الف است.", "1403/01/01", "https://e.org/a", "IRNA"])
        w.writerow(["تیتر ب", "متن ب است.", "2024-05-06 10:00:00", "", ""])
    arts = load_corpus(path, title_col="headline", body_col="content", date_col="published",
                       url_col="link", agency_col="source")
    assert [a.doc_id for a in arts] == ["export/1", "export/2"]
    a, b = arts
    assert (a.title, a.body, a.date, a.date_raw) == ("تیتر الف", "به گزارش ایرنا، متن الف است.",
                                                     "2024-03-20", "1403/01/01")
    assert a.meta["url"] == "https://e.org/a" and a.agency == "ایرنا"
    assert (b.date, b.agency) == ("2024-05-06", "")


def test_csv_without_text_columns_is_an_error(tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    [err] = list(iter_articles([path]))
    assert isinstance(err, ReadError) and "wrong.csv" in err.error and "no text columns" in err.error


def test_glob_and_folder_inputs(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"تیتر {name}\nمتن.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# not an article\n", encoding="utf-8")
    assert [a.doc_id for a in load_corpus(str(tmp_path / "*.txt"))] == ["a", "b"]
    assert [a.doc_id for a in load_corpus(tmp_path)] == ["a", "b"]


# --- metadata and dates ------------------------------------------------------------------


def test_metadata_sidecar_and_jalali_date(tmp_path):
    (tmp_path / "007.txt").write_text("تیتر\nبه گزارش خبرگزاری فارس، متن خبر.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,outlet,agency,date,url\n"
        "007.txt,Fars News Agency (farsnews.ir),Fars,1394/06/22 (Jalali),https://farsnews.ir/x\n",
        encoding="utf-8")
    [a] = load_corpus(tmp_path)
    assert a.date == "2015-09-13" and a.date_raw == "1394/06/22 (Jalali)"
    assert a.meta["outlet"] == "Fars News Agency (farsnews.ir)"
    assert a.meta["url"] == "https://farsnews.ir/x"
    assert a.agency == "فارس" and a.meta["agency_from"] == "text"


@pytest.mark.parametrize("raw, iso", [
    ("1394/06/22 (Jalali)", "2015-09-13"),
    ("۱۴۰۴/۰۶/۱۵ - ۰۹:۳۵:۴۳", "2025-09-06"),
    ("جمعه ۳۱ مرداد ۱۴۰۴ - ۰۹:۴۶", "2025-08-22"),
    ("۱۴ شهریور ۱۴۰۴ - ۱۲:۵۶", "2025-09-05"),
    ("2019-12-08 13:18:00", "2019-12-08"),
    ("۲۲ اوت ۲۰۲۵", "2025-08-22"),
    ("1394/13/40", None),
    ("", None),
    ("بدون تاریخ", None),
])
def test_parse_date(raw, iso):
    assert parse_date(raw) == iso


# --- the seed page --------------------------------------------------------------------------


def test_seed_page_gives_four_stories_with_titles():
    arts = load_corpus(SEED)
    assert [a.doc_id for a in arts] == [f"000_a2099a625d713edd/{n}" for n in (1, 2, 3, 4)]
    assert {a.source for a in arts} == {"000_a2099a625d713edd"}
    titles = [a.title for a in arts]
    assert titles[0] == SEED.read_text(encoding="utf-8").splitlines()[0].strip()
    assert titles[0].startswith("نگرانی روسیه از") and titles[0].endswith("در غزه")
    assert titles[1].startswith("پوتین: زیمبابوه")
    assert titles[2].startswith("توافق روسیه و ویتنام")
    # the run-on line of related headlines heads Ushakov's summary
    assert titles[3].startswith("حضور روسای کشورها در مسکو") and titles[3].endswith("همکاری های دوجانبه")
    assert arts[3].body.startswith("یوری اوشاکوف")
    assert arts[1].body.startswith("ولادیمیر پوتین، رئیس جمهور روسیه در جریان دیدار با امرسون")
    assert arts[2].body.startswith("رئیس جمهور روسیه در پایان مذاکرات خود با تو لام")


def test_seed_page_loses_no_text_and_drops_furniture():
    arts = load_corpus(SEED)
    out_lines = [line for a in arts for line in [a.title, *a.body.split("\n")]]
    page_lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    furniture = [line for line in page_lines if not strip_furniture(line)[0]]
    assert furniture == ["انتهای پیام/", "نظرات", "captcha"]
    for line in page_lines:
        if line not in furniture:
            assert out_lines.count(line) == 1, line
    assert sorted(out_lines) == sorted(line for line in page_lines if line not in furniture)


def test_seed_first_story_agency_is_tasnim_citing_tass():
    first = load_corpus(SEED)[0]
    assert first.agency == "تسنیم"
    assert first.meta["cited_source"] == "تاس"
    assert first.meta["agency_from"] == "text"


def test_seed_as_one_story_when_not_splitting():
    [a] = load_corpus(SEED, split_stories=False)
    assert a.doc_id == "000_a2099a625d713edd" and "یوری اوشاکوف" in a.body


# --- page splitting in general ----------------------------------------------------------------


def test_split_page_other_page():
    page = ("سفر وزیر به پکن\n\nوزیر امروز به پکن رفت.\n\nاو با همتای خود دیدار کرد.\n\n"
            "نشست سران در ژنو برگزار شد\n\nسران امروز در ژنو دیدار کردند.\n\nانتهای پیام/\n")
    stories = split_page(page)
    assert stories == [
        ("سفر وزیر به پکن", ["وزیر امروز به پکن رفت.", "او با همتای خود دیدار کرد."]),
        ("نشست سران در ژنو برگزار شد", ["سران امروز در ژنو دیدار کردند."]),
    ]


def test_split_page_end_marker_separates_stories():
    page = ("تیتر یک\n\nمتن یک.\n\nانتهای پیام/\n\nتیتر دو\n\nمتن دو.\n")
    assert [t for t, _ in split_page(page)] == ["تیتر یک", "تیتر دو"]


def test_file_without_blank_lines_is_one_story_even_with_subheadings():
    text = "تیتر اصلی\nبند اول است.\nیک میان‌تیتر بی نقطه\nبند دوم است.\nانتهای پیام/\n"
    assert split_page(text) == [("تیتر اصلی", ["بند اول است.", "یک میان‌تیتر بی نقطه", "بند دوم است."])]


@pytest.mark.parametrize("opener", ["وی", "او", "همچنین", "اما", "در ادامه", "از سوی دیگر"])
def test_a_subheading_before_a_continuing_paragraph_does_not_split(opener):
    page = ("دیدار وزیران خارجه ایران و عراق در بغداد\n\nوزیر امروز در بغداد با همتای خود دیدار کرد.\n\n"
            f"واکنش‌ها به این دیدار\n\n{opener} در این دیدار بر گسترش روابط تاکید کرد.\n")
    assert split_page(page) == [("دیدار وزیران خارجه ایران و عراق در بغداد", [
        "وزیر امروز در بغداد با همتای خود دیدار کرد.", "واکنش‌ها به این دیدار",
        f"{opener} در این دیدار بر گسترش روابط تاکید کرد."])]


@pytest.mark.parametrize("head", ["بیشتر بخوانید:", "اخبار مرتبط", "مطالب مرتبط:"])
def test_a_block_of_links_to_other_stories_is_dropped(head):
    text = ("عراقچی با همتای عمانی دیدار کرد\nسرویس سیاسی - کد خبر: ۱۹۸۷۶۵\n۱۴۰۳/۰۴/۱۸ - ۱۸:۴۵\n"
            "وزیر امور خارجه امروز در مسقط با همتای عمانی خود دیدار کرد.\n"
            f"{head}\nلاوروف: روسیه آماده کمک به حل مسئله است\nترامپ: مذاکرات ادامه دارد\n"
            "دو طرف درباره روابط دوجانبه گفت‌وگو کردند.\n")
    assert split_page(text) == [("عراقچی با همتای عمانی دیدار کرد", [
        "وزیر امور خارجه امروز در مسقط با همتای عمانی خود دیدار کرد.",
        "دو طرف درباره روابط دوجانبه گفت‌وگو کردند."])]


def test_a_link_with_its_headline_on_the_same_line_is_dropped_alone():
    text = ("تیتر اصلی خبر\nبند اول است.\nبیشتر بخوانید: ظریف: دولت برای رفع تحریم‌ها برنامه دارد\n"
            "یک میان‌تیتر بی نقطه\nبند دوم است.\n")
    assert split_page(text) == [("تیتر اصلی خبر", ["بند اول است.", "یک میان‌تیتر بی نقطه", "بند دوم است."])]


def test_the_word_read_inside_a_sentence_is_no_link_block():
    text = "تیتر\nاو گفت: بیشتر بخوانید و بیشتر بدانید.\nبند دوم است.\n"
    assert split_page(text) == [("تیتر", ["او گفت: بیشتر بخوانید و بیشتر بدانید.", "بند دوم است."])]


def test_unpunctuated_body_paragraph_without_following_body_does_not_split():
    page = "تیتر\n\nمتن اول.\n\nبندی بدون نقطه در پایان\n"
    assert split_page(page) == [("تیتر", ["متن اول.", "بندی بدون نقطه در پایان"])]


# --- agency -------------------------------------------------------------------------------------


@pytest.mark.parametrize("body, agency, cited", [
    ("به گزارش ایسنا، محمد جواد ظریف وارد شد.", "ایسنا", ""),
    ("به گزارش خبرنگار گروه سیاست خارجی خبرگزاری فارس، وزیر گفت.", "فارس", ""),
    ("خبرگزاری تسنیم به نقل از خبرگزاری «تاس»، پوتین گفت.", "تسنیم", "تاس"),
    ("به گزارش «تابناک» به نقل از تسنیم از اکسپرس نیوز، عمران خان گفت.", "تابناک", "تسنیم"),
    ("به گزارشمهربه نقل از وزارت نفت، قیمت سبد نفتی بالا رفت.", "مهر", "وزارت نفت"),
    ("به گزارش خبرگزاری صدای کوهستان، وزیر گفت.", "صدای کوهستان", ""),  # unknown agency
    ("برنا - گروه اجتماعی؛ رئیس پلیس گفت.", "برنا", ""),
    ("گروه بین‌الملل خبرگزاری تسنیم - دولت آمریکا گفت.", "تسنیم", ""),
    ("به گزارش خبرگزاري فارس، «ميگل» گفت.", "فارس", ""),  # Arabic ي/ك
    ("تهران - ایرنا - وزیر امور خارجه گفت.", "ایرنا", ""),  # city dateline
    ("خبرگزاری فارس: وزیر گفت.", "فارس", ""),
    ("به گزارش ایندیپندنت فارسی، وزیر گفت.", "ایندیپندنت فارسی", ""),
    ("به گزارش بی بی سی فارسی به نقل از رویترز، وزیر گفت.", "بی‌بی‌سی", "رویترز"),
    ("روزنامه گاردین نوشت: وزیر گفت.", "", ""),  # a newspaper quoted, not the reporter
    ("بهای طلا در معاملات روز جمعه - ۱۴ شهریور - به رکورد رسید.", "", ""),
    ("متن بدون خط گزارش است.\nوزیر گفت.", "", ""),
    ("به گزارش ، «ذبیح‌الله مجاهد» گفت.\nفارس گزارش داد، دیدار انجام شد.", "فارس", ""),
])
def test_reporting_line(body, agency, cited):
    assert find_reporting_line(body) == (agency, cited)


def test_metadata_agency_is_the_fallback():
    assert resolve_agency("وزیر گفت.", "Asriran citing ISNA") == ("عصر ایران", "ایسنا", "metadata")
    assert resolve_agency("به گزارش ایسنا، وزیر گفت.", "Asriran citing ISNA") == ("ایسنا", "", "text")


# --- errors ----------------------------------------------------------------------------------------


def test_unreadable_inputs_give_errors_and_the_run_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("\n  \n\n", encoding="utf-8")
    (tmp_path / "furniture.txt").write_text("انتهای پیام/\n\nنظرات\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("تیتر\nمتن.\n", encoding="utf-8")
    arts, errs = _split(list(iter_articles([tmp_path, tmp_path / "missing.txt"])))
    assert [a.doc_id for a in arts] == ["good"]
    by_source = {e.source: e for e in errs}
    assert set(by_source) == {"empty", "blank", "furniture", "missing"}
    assert all(e.stage == "read" for e in errs)
    assert "empty.txt" in by_source["empty"].error and "empty" in by_source["empty"].error
    assert "furniture.txt" in by_source["furniture"].error
    assert "missing.txt" in by_source["missing"].error and "no such file" in by_source["missing"].error


# --- the bundled corpus -------------------------------------------------------------------------------


def test_all_corpus_articles_load_with_date_and_outlet():
    items = list(iter_articles([REAL]))
    arts, errs = _split(items)
    assert errs == []
    files = sorted(p.stem for p in REAL.glob("[0-9][0-9][0-9].txt"))
    assert len(files) == 59
    assert [a.doc_id for a in arts] == files  # each file exactly one article, doc_id = source
    for a in arts:
        assert a.date and ISO_DATE.match(a.date), a.doc_id
        assert a.date_raw and a.meta["outlet"], a.doc_id
        assert a.title and a.body, a.doc_id
        assert a.agency, a.doc_id
    by_id = {a.doc_id: a for a in arts}
    assert by_id["001"].date == "2015-09-13" and by_id["001"].agency == "فارس"
    assert by_id["022"].agency == "ایسنا" and by_id["022"].meta["outlet"] == "Asriran (asriran.com)"
    assert by_id["036"].agency == "تابناک" and by_id["036"].meta["cited_source"] == "تسنیم"
    assert by_id["058"].agency == "برنا" and not by_id["058"].body.endswith("انتهای پیام /")


def test_corpus_keeps_every_line_but_furniture():
    arts = {a.doc_id: a for a in load_corpus(REAL)}
    for path in sorted(REAL.glob("[0-9][0-9][0-9].txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        a = arts[path.stem]
        got = [a.title, *a.body.split("\n")]
        kept = [line for line in lines if strip_furniture(line)[0]]
        assert len(got) == len(kept), path.name
        for mine, theirs in zip(got, kept):
            assert theirs.startswith(mine), path.name  # at most a trailing `انتهای پیام/` removed
