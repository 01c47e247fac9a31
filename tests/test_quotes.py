"""Quotes: who said what, on real text from the seed page and the bundled corpus."""

import json
import re
from functools import cache
from pathlib import Path

import pytest

from analysis.corpus import Article, iter_articles
from analysis.mentions import find_mentions
from analysis.pipeline import analyze, to_document
from analysis.quotes import Quote, extract_quotes
from analysis.text import make_document

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"
RAW = ROOT / "data" / "raw"


def _key(text: str) -> str:
    """Letters and digits only, Arabic/Persian letters folded (the scorer's comparison)."""
    fold = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "أ": "ا", "آ": "ا", "ة": "ه", "ۀ": "ه",
                          **{d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")}})
    return "".join(ch for ch in text.translate(fold) if ch.isalnum())


def _same_speaker(a: str, b: str) -> bool:
    return bool({_key(w) for w in re.split(r"[\s\u200c]+", a) if len(_key(w)) > 1}
                & {_key(w) for w in re.split(r"[\s\u200c]+", b) if len(_key(w)) > 1})


def _doc(title: str, body: str, doc_id: str = "t"):
    doc = make_document(doc_id, title, body)
    doc.mentions = find_mentions(doc)
    return doc


@cache
def _docs(source: str) -> tuple:
    """The documents of a bundled input (a seed page gives one per story), with mentions."""
    path = RAW / "seed" if source.startswith("000") else RAW / "real-news" / f"{source}.txt"
    docs = []
    for art in iter_articles([path]):
        doc = to_document(art)
        doc.mentions = find_mentions(doc)
        docs.append(doc)
    return tuple(docs)


def _quotes(source: str) -> list[Quote]:
    return [q for d in _docs(source) for q in extract_quotes(d)]


def _find(quotes: list[Quote], words: str) -> Quote:
    hits = [q for q in quotes if _key(words) in _key(q.text)]
    assert hits, f"no quote holds {words!r}: {[q.text[:40] for q in quotes]}"
    return min(hits, key=lambda q: len(q.text))


def _gold(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _score(records: list[dict]) -> tuple[float, float]:
    """Quote detection F1 and attribution accuracy, one prediction per gold quote."""
    tp = fp = fn = right = 0
    for rec in records:
        preds = _quotes(rec["doc"])
        used: set[int] = set()
        for g in rec["quotes"]:
            hits = [(len(p.text), i) for i, p in enumerate(preds)
                    if i not in used and _key(g["text"]) in _key(p.text)]
            if not hits:
                fn += not g.get("optional")
                continue
            i = min(hits)[1]
            used.add(i)
            if not g.get("optional"):
                tp += 1
                right += _same_speaker(preds[i].speaker, g["speaker"])
        fp += len(preds) - len(used)
    f1 = 2 * tp / (2 * tp + fp + fn)
    return f1, right / tp


# --- acceptance -----------------------------------------------------------------
def test_seed_every_quote_found_and_attributed():
    (rec,) = _gold("seed.jsonl")
    quotes = _quotes(rec["doc"])
    assert len(rec["quotes"]) == 18
    for g in rec["quotes"]:
        q = _find(quotes, g["text"])
        assert _same_speaker(q.speaker, g["speaker"]), (g["text"], q.speaker)
    kinds = [_find(quotes, g["text"]).kind for g in rec["quotes"]]
    assert kinds.count("direct") == 5 and kinds.count("indirect") == 13


def test_seed_has_no_extra_quote_and_tass_is_not_one():
    quotes = _quotes("000_a2099a625d713edd")
    assert len(quotes) == 18
    assert not any(_key(q.text) == _key("تاس") for q in quotes)


def test_dev_detection_and_attribution_meet_the_bar():
    f1, attribution = _score(_gold("dev.jsonl"))
    assert f1 >= 0.85
    assert attribution >= 0.90


# --- direct forms -------------------------------------------------------------------
def test_colon_speech_runs_to_the_end_of_the_paragraph():
    q = _find(_quotes("001"), "ما به دنبال تبادل تجربیات")
    assert (q.kind, q.form, q.cue) == ("direct", "colon", "خاطرنشان کرد")
    assert q.speaker == "مائورو وییرا" and q.resolved_by == "surname"
    assert q.text.endswith("ارتقای سطح زندگی مردم ایران هستیم")


def test_guillemets_after_the_cue_spanning_several_sentences():
    quotes = _quotes("000_a2099a625d713edd")
    q = _find(quotes, "آقای تو لام، دوست و رفیق گرامی")
    assert (q.kind, q.form) == ("direct", "guillemets")
    assert q.speaker == "ولادیمیر پوتین" and q.speaker_country == "RUS"
    assert "من تأیید می‌کنم که چنین برنامه‌هایی وجود دارد" in q.text  # the third sentence
    assert not any("او از برنامه" in other.text and other is not q for other in quotes)


def test_guillemets_right_after_the_verb_without_colon():
    q = _find(_quotes("010"), "اگر تصمیم بگیریم که خارج شویم")
    assert (q.kind, q.form, q.cue) == ("direct", "guillemets", "گفت")
    assert q.speaker == "فیلیپ هاموند" and q.resolved_by == "pronoun"
    assert "ممکن است زمان زیادی به طول انجامد" in q.text


def test_headline_speaker_colon_statement():
    q = _find(_quotes("000_a2099a625d713edd"), "زیمبابوه شریک قابل اعتماد روسیه در آفریقاست")
    assert (q.kind, q.form, q.resolved_by) == ("direct", "headline", "headline")
    assert q.speaker == "ولادیمیر پوتین"  # the title says only `پوتین`


def test_quoted_fragment_inside_reported_speech():
    quotes = _quotes("000_a2099a625d713edd")
    frag = _find(quotes, "روسیه می‌تواند برای کاهش تنش در خاورمیانه انجام دهد")
    clause = _find(quotes, "درباره اقداماتی که «روسیه")
    assert (frag.kind, frag.form) == ("direct", "fragment")
    assert (clause.kind, clause.form) == ("indirect", "ke_clause")
    assert frag.speaker == clause.speaker == "ولادیمیر پوتین"


def test_characterisation_with_a_pronoun_object_is_direct():
    q = _find(_quotes("052"), "«شکست بشریت» و «فاجعه دست‌ساز»")
    assert (q.kind, q.form) == ("direct", "characterization")
    assert q.speaker == "آنتونیو گوترش"


def test_first_person_paragraph_continues_the_quote():
    q = _find(_quotes("037"), "ما با امضای توافق‌نامه‌هایی برای فروش تجهیزات")
    assert (q.kind, q.form, q.speaker) == ("direct", "continuation", "دونالد ترامپ")


# --- reported forms ---------------------------------------------------------------
def test_ke_clause_with_the_verb_far_from_its_subject():
    q = _find(_quotes("000_a2099a625d713edd"), "روابط میان دو کشور با همکاری نزدیک")
    assert (q.kind, q.form, q.cue) == ("indirect", "ke_clause", "گفت")
    assert q.speaker == "ولادیمیر پوتین"


def test_be_gofte_with_a_pronoun():
    q = _find(_quotes("000_a2099a625d713edd"), "حجم مبادلات تجاری میان روسیه و ویتنام")
    assert (q.kind, q.form, q.cue) == ("indirect", "be_gofte", "به گفته")
    assert q.speaker == "ولادیمیر پوتین" and q.resolved_by == "pronoun"


def test_be_gofte_names_a_body():
    q = _find(_quotes("040"), "در پی عملیات نیروهای انتظامی و امنیتی")
    assert (q.form, q.speaker, q.resolved_by) == ("be_gofte", "منابع دولتی", "as_written")


def test_ba_bayan_clause_and_the_colon_quote_that_follows():
    quotes = _quotes("001")
    reported = _find(quotes, "در گذشته روابط عالی داشتیم")
    said = _find(quotes, "می‌خواهیم این روابط را ادامه دهیم")
    assert (reported.kind, reported.form) == ("indirect", "ba_bayan")
    assert reported.text == "در گذشته روابط عالی داشتیم"
    assert (said.kind, said.form, said.cue) == ("direct", "colon", "عنوان کرد")
    assert reported.speaker == said.speaker == "مائورو وییرا"


def test_speech_verb_followed_directly_by_the_clause():
    q = _find(_quotes("046"), "مذاکرات او با ترامپ «خوب» بوده است")
    assert (q.kind, q.form, q.speaker) == ("indirect", "verb_clause", "مارک کارنی")
    assert not any(_key(x.text) == _key("خوب") for x in _quotes("046"))  # a one-word term


def test_speech_verb_followed_by_a_comma():
    q = _find(_quotes("040"), "در جریان حمله مردان مسلح نقاب‌پوش")
    assert (q.kind, q.form, q.speaker) == ("indirect", "verb_comma", "مقام‌های تاجیکستان")


def test_request_with_a_clause():
    q = _find(_quotes("037"), "با همکاری واشنگتن با تروریسم مبارزه کند")
    assert (q.kind, q.form, q.cue) == ("indirect", "request", "خواست")
    assert q.speaker == "دونالد ترامپ" and q.resolved_by == "role"


def test_as_said_opener():
    q = _find(_quotes("004"), "پامپئو در دیدار با «محمد ن زاید آل نهیان»")
    assert (q.kind, q.form, q.speaker) == ("indirect", "as_said", "هیثر نوئرت")


def test_relayed_speaker_after_be_naghl_az():
    q = _find(_quotes("055"), "مرحله عملیاتی این رزمایش به مدت")
    assert q.speaker == "عباس حسنی"


def test_second_cue_in_a_coordinated_clause_has_its_own_subject():
    quotes = _quotes("034")
    first = _find(quotes, "در نتیجه حملات دمشق، ۳۶ نظامی ترکیه")
    second = _find(quotes, "بیش از ۲۰۰ موضع سوریه را هدف")
    assert first.speaker == "ارتش ترکیه"
    assert second.speaker == "نیروی هوایی ترکیه"
    assert "۲۰۰" not in first.text  # the first clause ends where the second begins


def test_belief_is_reported_speech():
    q = _find(_quotes("059"), "خریداران به روند رو به تضعیف آمار اشتغال")
    assert (q.kind, q.form, q.cue, q.speaker) == ("indirect", "belief", "معتقد است", "تای وانگ")


def test_statement_of_a_body():
    q = _find(_quotes("034"), "در حین این گفت‌وگو، طرفین بر ادلب")
    assert (q.kind, q.form, q.cue) == ("direct", "guillemets", "آمده است")
    assert q.speaker == "دفتر ریاست‌جمهوری ترکیه"


def test_quote_before_its_cue_opinion_openers_and_requests():
    doc = _doc(
        "پوتین: زیمبابوه شریک قابل اعتماد روسیه در آفریقاست",
        "ولادیمیر پوتین، رئیس جمهور روسیه با امرسون منانگاگوا دیدار کرد.\n"
        "«ما فرصت خوبی داریم تا گام های عملی را بررسی کنیم»، پوتین افزود.\n"
        "به اعتقاد وی، روابط دو کشور در حال گسترش است.\n"
        "از نظر منانگاگوا، روسیه شریک قابل اعتمادی است.\n"
        "پوتین از منانگاگوا درخواست کرد که برای سفر به مسکو برنامه‌ریزی کند.",
    )
    quotes = extract_quotes(doc)
    got = [(q.kind, q.form, q.speaker) for q in quotes]
    assert got == [
        ("direct", "headline", "ولادیمیر پوتین"),
        ("direct", "guillemets", "ولادیمیر پوتین"),
        ("indirect", "be_nazar", "ولادیمیر پوتین"),
        ("indirect", "be_nazar", "امرسون منانگاگوا"),
        ("indirect", "request", "ولادیمیر پوتین"),
    ]
    assert quotes[1].text == "ما فرصت خوبی داریم تا گام‌های عملی را بررسی کنیم"


# --- speakers --------------------------------------------------------------------------
def test_pronoun_goes_to_the_salient_subject_not_the_nearest_person():
    quotes = _quotes("000_a2099a625d713edd")
    q = _find(quotes, "درباره اقداماتی که «روسیه")
    assert q.cue == "پیشنهاد کرد" and q.resolved_by == "pronoun"
    assert q.speaker == "ولادیمیر پوتین"  # not محمود عباس, the object of the sentence
    abbas = _find(quotes, "در فلسطین ارزش زیادی برای حمایت مسکو")
    assert abbas.speaker == "محمود عباس"


def test_role_phrase_resolves_to_the_person_introduced_with_it():
    q = _find(_quotes("000_a2099a625d713edd"), "با رئیس جمهور روسیه درباره گسترش همکاری‌ها")
    assert q.speaker == "تو لام" and q.resolved_by == "role"
    q = _find(_quotes("000_a2099a625d713edd"), "مسکو با توجه به تشدید وخامت")
    assert q.speaker == "ولادیمیر پوتین" and q.resolved_by == "role"


def test_unnamed_body_is_kept_as_written():
    q = _find(_quotes("016"), "این کشتی‌ها بدون استفاده از زور نظامی")
    assert (q.speaker, q.resolved_by) == ("یک مقام آمریکایی", "as_written")
    q = _find(_quotes("016"), "۴ محموله سوخت ایران را در مسیر انتقال")
    assert q.speaker == "وزارت دادگستری آمریکا" and q.speaker_country == "USA"


def test_role_never_named_in_the_article_is_kept_as_written():
    doc = make_document("t", "عنوان", "رئیس جمهور روسیه روز شنبه گفت که مسکو آماده گفت‌وگو با کی‌یف است.",
                        date="2024-05-10")
    doc.mentions = find_mentions(doc)
    (q,) = extract_quotes(doc)
    assert (q.speaker, q.speaker_country, q.resolved_by) == ("رئیس‌جمهور روسیه", "RUS", "as_written")
    assert q.text == "مسکو آماده گفت‌وگو با کی‌یف است"


def test_demonstrative_refers_back_to_the_named_body():
    q = _find(_quotes("028"), "مقامات ایرانی و ژاپنی دیدار روحانی")
    assert q.speaker == "منابع دیپلماتیک"  # `این منابع گفته‌اند`


# --- speakers: rules checked on the team's blind articles ------------------------------------
def test_a_conjunction_after_a_verb_opens_a_clause_with_its_own_subject():
    quotes = _quotes("026")  # `… اشاره‌ای … نکرد اما کارشناسان می‌گویند این سفر …`
    experts = _find(quotes, "این سفر به احتمال زیاد در تاریخ")
    assert experts.speaker == "کارشناسان"
    report = _find(quotes, "آبه در عین حال اشاره‌ای به تاریخ دقیق")
    assert report.text.endswith("نکرد")  # the first clause ends before `اما`
    sources = _find(quotes, "واشنگتن قبلا در این مورد به توکیو")  # `… اما این منابع گفته‌اند که`
    assert "منابع" in sources.speaker


def test_a_plural_verb_in_a_reported_clause_has_the_clause_subject():
    # `… گفت، رسانه‌های بین‌المللی هجمه‌ای را … آغاز کرده و ادعا می‌کنند مسکو …`
    q = _find(_quotes("008"), "مسکو و دمشق در حال انجام بمباران")
    assert q.speaker == "رسانه‌های بین‌المللی"  # not the object `هجمه‌ای`, not زاخارووا


def test_a_verb_after_a_clause_opener_clause_keeps_the_subject():
    # `سخنگوی … با اعلام اینکه …، تأکید کرد مسکو خواستار …`
    q = _find(_quotes("008"), "مسکو خواستار انجام تحقیقات فوری")
    assert (q.kind, q.speaker) == ("indirect", "ماریا زاخارووا")


def test_subject_after_an_adverbial_without_comma():
    # `در واپسین ساعات روز پنج‌شنبه (دیشب) یک منبع در دولت انگلستان گفت «…»`
    q = _find(_quotes("011"), "ما تنها به دنبال توافق در این نشست هستیم")
    assert q.speaker == "یک منبع در دولت انگلستان" and q.speaker_country == "GBR"


def test_an_apposition_of_a_skipped_phrase_is_not_the_subject():
    # `به رغم اعلام رجب طیب اردوغان، رئیس جمهوری ترکیه …، همتای روس خود …، دیمیتری پسکوف … اعلام کرد،`
    q = _find(_quotes("032"), "پوتین برنامه‌ای برای دیدار با اردوغان ندارد")
    assert q.speaker == "دیمیتری پسکوف"


def test_quoted_words_after_a_pronoun_object_are_direct_even_after_the_subject():
    q = _find(_quotes("026"), "«وحشتناک» و «یک‌طرفه»")  # `ترامپ … آن را "وحشتناک" و "یک طرفه" خواند`
    assert (q.kind, q.form, q.speaker) == ("direct", "characterization", "دونالد ترامپ")
    assert q.text == "«وحشتناک» و «یک‌طرفه»"


def test_a_person_right_before_the_verb_after_another_clause():
    # `… دیدار خود با ظریف را تایید کردکریس مورفی نوشته است: «…»` (a glued "read more" list)
    q = _find(_quotes("038"), "خواستار کمک او در یمن هستم")
    assert q.speaker == "کریس مورفی"


def test_be_gofte_in_mid_sentence_without_a_comma():
    q = _find(_quotes("029"), "بازگشت‌پذیر بوده و به محض عملی شدن")
    assert (q.kind, q.form, q.speaker) == ("indirect", "be_gofte", "مقامات کشورمان")
    assert q.text.startswith("بازگشت‌پذیر")  # the text starts after the attribution


def test_a_short_answer_goes_on_in_the_next_paragraph():
    q = _find(_quotes("032"), "هرگز")  # `… گفت، هرگز.` + `پوتین برنامه‌های کاری مختلفی …`
    assert q.speaker == "دیمیتری پسکوف" and q.resolved_by == "pronoun"
    assert q.text.startswith("هرگز.") and q.text.endswith("در آن روز دارد")
    doc = _doc("عنوان", "دیمیتری پسکوف در پاسخ به سوالی درباره سفر گفت، هرگز.\n"
                        "در همین حال، ارتش اسرائیل حملات خود را در غزه ادامه داد.")
    assert extract_quotes(doc) == []  # the reporter's narration is not the answer


def test_a_misspelt_surname_resolves_by_its_last_word():
    q = _find(_quotes("017"), "توافق میان دو کشور نیست")  # `تحت روانچی با بیان اینکه …`
    assert q.speaker == "مجید تخت روانچی" and q.resolved_by == "surname"


def test_a_demonstrative_role_phrase_refers_to_the_last_person():
    q = _find(_quotes("012"), "بر اساس جدول زمانی که در قعطنامه")  # `این دیپلمات ایرانی اضافه کرد:`
    assert q.speaker == "علیرضا میریوسفی" and q.resolved_by == "pronoun"


def test_a_verb_ending_its_clause_reports_nothing():
    # `کیودو … با اعلام این مطلب نوشت؛ نوشت، سفر احتمالی …`: a medium, never آبه
    quotes = _quotes("026")
    assert not any("سفر احتمالی" in q.text and q.speaker == "آبه شینزو" for q in quotes)


def test_statement_clause_without_colon_needs_a_written_author():
    # `در این گزارش به نقل از گرگ استوب، نماینده …، آمده است که …`: relayed, kept
    q = _find(_quotes("045"), "برخی اعضای کنگره آمریکا از قوانینی حمایت")
    assert (q.kind, q.form, q.speaker) == ("indirect", "statement", "گرگ استوب")
    # `در این گزارش آمده است ایالات‌متحده …`: no author written, not a quote
    assert not any(q.form == "statement" for q in _quotes("026"))
    q = _find(_quotes("016"), "یک تاجر ایرانی مرتبط با سپاه")  # `در دادخواست دولت آمریکا ادعا شده …`
    assert (q.kind, q.form, q.speaker) == ("indirect", "statement", "دولت آمریکا")
    doc = _doc("عنوان", "گفته شده است که دو طرف در این دیدار بر گسترش همکاری‌ها تأکید کرده‌اند.\n"
                        "در این بیانیه تاکید شده است که همکاری‌ها در همه زمینه‌ها ادامه می‌یابد.")
    assert extract_quotes(doc) == []  # hearsay, and a statement whose author is not written


def test_a_name_before_its_role_is_a_person_and_its_surname_resolves_later():
    doc = _doc(
        "عنوان",
        "ژان دوپون عضو ارشد حزب سوسیالیست فرانسه روز شنبه گفت که دولت باید در این باره پاسخ دهد.\n"
        "دوپون افزود: «ما آماده گفت‌وگو با همه احزاب هستیم.»\n"
        "دولت فرانسه سخنگوی خود را برای پاسخ به این اتهامات معرفی کرد.",
    )
    quotes = extract_quotes(doc)
    assert [(q.speaker, q.resolved_by) for q in quotes] == [("ژان دوپون", "name"),
                                                            ("ژان دوپون", "surname")]


def test_a_surname_alone_later_makes_the_earlier_written_name_a_person():
    doc = _doc(
        "عنوان",
        "در همین خصوص ژان دوپون گفت: دولت باید در این باره به مردم پاسخ دهد.\n"
        "دوپون در پایان تاکید کرد، به جای افزایش قیمت‌ها می‌توان هزینه‌ها را کاهش داد.",
    )
    quotes = extract_quotes(doc)
    assert [(q.speaker, q.resolved_by) for q in quotes] == [("ژان دوپون", "name"),
                                                            ("ژان دوپون", "surname")]


def test_a_rank_before_a_name_in_guillemets():
    doc = _doc("عنوان", "این در حالی است که جنرال «ژان دوپون» رئیس ستاد مشترک ارتش فرانسه پیشتر "
                        "مدعی شده بود که این کشور بزرگترین تهدید برای امنیت منطقه است.")
    (q,) = extract_quotes(doc)
    assert (q.speaker, q.resolved_by) == ("ژان دوپون", "name")


def test_the_clause_after_a_split_while_has_its_own_subject():
    doc = _doc(
        "عنوان",
        "ژان دوپون گفت: «ما آماده گفت‌وگو با همه طرف‌ها هستیم.»\n"
        "اظهارات این مقام ارشد دولت فرانسه در حالی مطرح شده که او پیشتر در بیانیه‌ای از طرفین "
        "خواسته بود «فورا و بدون پیش‌شرط، آتش‌بس را بپذیرند».",
    )
    q = _find(extract_quotes(doc), "آتش‌بس را بپذیرند")
    assert q.speaker == "ژان دوپون" and q.resolved_by == "pronoun"


def test_a_role_of_another_country_is_not_the_person_before_it():
    doc = _doc("عنوان", "در دیدار با پوتین، وزیر خارجه ایران گفت: روابط دو کشور در حال گسترش است.")
    (q,) = extract_quotes(doc)
    assert (q.speaker, q.speaker_country) == ("وزیر خارجه ایران", "IRN")


def test_lines_inside_a_quotation_do_not_change_the_salient_person():
    doc = _doc(
        "روایت سناتور آمریکایی",
        "«کریس مورفی»، نماینده دموکرات مجلس سنای آمریکا درباره دیدارش با «محمد جواد ظریف»، "
        "وزیر خارجه ایران توضیحاتی ارائه کرده است.\n"
        "مورفی نوشته است: «رایزنی و مذاکره راهی برای کاستن از تنش‌ها و کاهش احتمال بحران است.\n"
        "البته ترامپ نفعی در انجام این کار‌ها ندارد.\n"
        "»\n"
        "او افزود: «قصد دارم شنبه‌شب با ظریف در هتلش دیدار کنم.»",
    )
    q = _find(extract_quotes(doc), "قصد دارم شنبه‌شب با ظریف")
    assert q.speaker == "کریس مورفی" and q.resolved_by == "pronoun"


# --- not quotes ---------------------------------------------------------------------------
def test_names_and_terms_in_guillemets_are_not_quotes():
    texts = {_key(q.text) for src in ("001", "013", "025", "034") for q in _quotes(src)}
    for term in ("مائورو وییرا", "ادلب", "جالو ممادو تاندیا", "ملا عبدالغنی برادر",
                 "رجب طیب اردوغان"):
        assert _key(term) not in texts


def test_narration_source_lines_and_nominal_reports_are_not_quotes():
    doc = _doc(
        "دیدار وزیر خارجه برزیل با ظریف",
        "به گزارش خبرگزاری فارس، وزیر خارجه برزیل به تهران سفر کرد.\n"
        "وی از سفر وزیر کار این کشور به ایران در ماه‌های آینده خبر داد و از ظریف برای سفر به "
        "برزیل دعوت کرد.\n"
        "وی بر حل بحران سوریه از طریق راه‌های مسالمت‌آمیز تأکید کرد.\n"
        "آنتونیو گوترش خواستار آتش‌بس فوری و دسترسی کامل بشردوستانه شد.\n"
        "فارس گزارش داد، گفته می‌شود در این دیدار دو طرف درباره همکاری‌ها گفت‌وگو کردند.\n"
        "شبکه العربیه نیز گزارش داد که ارتش ایران یک رزمایش موشکی آغاز کرده است.",
    )
    assert extract_quotes(doc) == []


def test_passive_hearsay_has_no_speaker():
    doc = _doc("عنوان", "گفته می‌شود در این دیدار دو طرف بر گسترش همکاری‌ها تأکید کرده‌اند.")
    assert extract_quotes(doc) == []


def test_empty_document_gives_no_quotes():
    assert extract_quotes(_doc("", "")) == []


# --- invariants ------------------------------------------------------------------------
CORPUS = ["000_a2099a625d713edd"] + sorted(p.stem for p in (RAW / "real-news").glob("[0-9]*.txt"))


@pytest.mark.parametrize("source", CORPUS)
def test_offsets_point_at_the_quoted_text(source):
    for doc in _docs(source):
        quotes = extract_quotes(doc)
        for i, q in enumerate(quotes):
            assert doc.text[q.start:q.end] == q.text
            assert q.text and q.text == q.text.strip()
            assert q.sent_id == doc.sent_id_at(q.start)
            assert q.quote_id == i and q.doc_id == doc.doc_id
            assert q.kind in ("direct", "indirect")
            assert q.resolved_by in ("name", "surname", "role", "pronoun", "headline", "as_written")
            assert q.speaker
        assert [q.start for q in quotes] == sorted(q.start for q in quotes)


# --- team2 generalization pass: one test per rule ---------------------------------------
@pytest.mark.parametrize("cue", ["فاش کرد", "ابراز داشت", "توصیه کرد", "خاطر نشان کرد"])
def test_more_speech_verbs_introduce_colon_quotes(cue):
    # 047 `فاش کرد:`, 044 `ابراز داشت:`, 053 `توصیه کرد:`, 047 `خاطر نشان کرد:` (written apart)
    doc = _doc("عنوان", f"شریفی همچنین {cue}: افرادی که به زیارت رفته‌اند حتما از ماسک استفاده کنند.")
    [q] = extract_quotes(doc)
    assert q.kind == "direct" and q.text.startswith("افرادی که به زیارت") and q.speaker == "شریفی"


def test_threatened_that_is_reported_speech_and_the_subject_follows_an_evidential():
    # 045: `برخی گزارش‌ها حاکی از آن است که X، ROLE، تهدید کرده که …`: X speaks, not the reports
    doc = _doc("عنوان", "برخی گزارش‌ها حاکی از آن است که رودلف هایکال، فرمانده ارتش لبنان، تهدید کرده "
                        "که اگر به ارتش دستور داده شود با زور علیه مقاومت اقدام کند، استعفا خواهد داد.")
    [q] = extract_quotes(doc)
    assert q.kind == "indirect" and q.text.startswith("اگر به ارتش دستور")
    assert q.speaker == "رودلف هایکال"


def test_as_announced_by_opens_reported_speech():
    # 050: `طبق اعلام ROLE، clause`
    doc = _doc("عنوان", "حسین صمصامی عضو کمیسیون اقتصادی مجلس گفت: این طرح باید اصلاح شود.\n"
                        "طبق اعلام عضو کمیسیون اقتصادی مجلس، این مساله مورد اعتراض برخی نمایندگان "
                        "در صحن مجلس نیز قرار گرفته است.")
    q = _find(extract_quotes(doc), "این مساله مورد اعتراض")
    assert q.kind == "indirect" and q.speaker == "حسین صمصامی"


def test_warning_that_opens_reported_speech():
    # 056: `با هشدار اینکه …`
    doc = _doc("عنوان", "سران نظامی بارها با هشدار اینکه طرح اشغال شهر غزه شکست خواهد خورد، "
                        "از ادامه جنگ انتقاد کرده‌اند.")
    q = _find(extract_quotes(doc), "طرح اشغال شهر غزه شکست")
    assert q.kind == "indirect" and "سران نظامی" in q.speaker


def test_a_short_colon_quote_goes_on_over_the_next_paragraph():
    # 044: `عنوان کرد: خیلی زحمت کشیدند!` then a plain paragraph of the same remark
    doc = _doc("عنوان", "موسوی درباره محموله جدید عنوان کرد: خیلی زحمت کشیدند!\n"
                        "ما حدود دو سال با کره‌ای‌ها مذاکره کردیم")
    [q] = extract_quotes(doc)
    assert q.text.startswith("خیلی زحمت کشیدند!") and q.text.endswith("مذاکره کردیم")


def test_headline_speaker_before_an_addressee():
    # 044: `SPEAKER به ADDRESSEE: statement`
    doc = _doc("سخنگوی وزارت خارجه ایران به مردم آمریکا: دنیا صدای مظلومیت شما را شنید",
               "«سید عباس موسوی» سخنگوی وزارت امور خارجه امروز سخن گفت.")
    [q] = [q for q in extract_quotes(doc) if q.form == "headline"]
    assert q.text.startswith("دنیا صدای مظلومیت") and q.speaker == "سید عباس موسوی"


def test_ke_opens_the_speakers_clause_after_a_question():
    # 044: `خبرنگاری پرسید آیا … که موسوی پاسخ داد: …`: the speaker is after `که`
    doc = _doc("عنوان", "«سید عباس موسوی» سخنگوی وزارت خارجه گفت: ما آماده‌ایم برای همه چیز.\n"
                        "خبرنگاری پرسید آیا ایران قصد ارسال محموله‌های جدید به ونزوئلا دارد که موسوی "
                        "پاسخ داد: اگر دولت ونزوئلا تقاضای محموله جدیدی را بکند، آن را ارسال خواهیم کرد.")
    q = _find(extract_quotes(doc), "اگر دولت ونزوئلا تقاضای")
    assert q.speaker == "سید عباس موسوی"


def test_pronoun_after_a_namesake_of_a_gazetteer_person():
    # 045: `خلیل نصرالله، روزنامه‌نگار لبنانی، … دانست. او گفت: «…»`
    doc = _doc("عنوان", "لیندزی گراهام، سناتور آمریکایی، اظهار داشت که حزب‌الله باید خلع سلاح شود.\n"
                        "خلیل نصرالله، روزنامه‌نگار لبنانی، این اقدامات را بخشی از فشارها دانست.\n"
                        "او گفت: «این فشارها نشان‌دهنده قصد واشنگتن برای قرار دادن ارتش لبنان در "
                        "موقعیت دشوار است.»")
    q = _find(extract_quotes(doc), "این فشارها نشان‌دهنده")
    assert q.speaker == "خلیل نصرالله" and q.resolved_by == "pronoun"


def test_an_indefinite_role_written_beside_a_named_person_is_that_person():
    # 047: `یک عضو مجلس عوام انگلیس فاش کرد که …`, later `جرمی کوربین … و عضو مجلس عوام این کشور`
    doc = _doc("عنوان", "یک عضو مجلس عوام انگلیس فاش کرد که دولت انگلیس همچنان به اسرائیل کمک می‌کند.\n"
                        "جرمی کوربین رهبر سابق حزب کارگر انگلیس و عضو مجلس عوام این کشور در گفتگو "
                        "با شبکه الجزیره فاش کرد: دولت انگلیس به تبادل داده‌ها ادامه می‌دهد.")
    q = _find(extract_quotes(doc), "دولت انگلیس همچنان")
    assert q.speaker == "جرمی کوربین"


def test_an_unnamed_official_stays_unnamed():
    # 004: `آنطور که یک مقام وزارت خارجه آمریکا گفته، …`: not the spokeswoman named elsewhere
    [q] = [q for q in _quotes("004") if q.text.startswith("پامپئو در حاشیه")]
    assert "نوئرت" not in q.speaker


def test_until_after_a_request_belongs_to_the_request():
    # 041: `خواست تا زمان تصدی قدرت، …`: `تا زمان` is 'until the time', not 'so that'
    doc = _doc("عنوان", "محمد علاوی، نخست‌وزیر منصوب عراق، از دولت مستعفی خواست تا زمان تصدی قدرت، "
                        "از معترضان دفاع کند.")
    [q] = extract_quotes(doc)
    assert q.text.startswith("تا زمان تصدی قدرت") and q.form == "request"


def test_a_ke_clause_wholly_in_guillemets_is_direct():
    # 042: `در بیانیه‌ای اعلام کرد که «…».`
    doc = _doc("عنوان", "دولت بورکینافاسو در بیانیه‌ای اعلام کرد که «حملات مکرر به غیرنظامیان "
                        "نشاندهنده ضرورت همکاری واقعی است».")
    [q] = extract_quotes(doc)
    assert q.kind == "direct" and q.form == "guillemets" and q.text.startswith("حملات مکرر")
    assert not q.text.endswith("»")


# --- spaced compounds, relative clauses, whole quotations, bodies, unknown headline heads ---
@pytest.mark.parametrize("compound", ["گفت و گویی", "گفت و گوی", "گفت و شنودی", "گفت‌وگویی"])
def test_a_spaced_conversation_noun_is_no_speech_verb_nor_clause_end(compound):
    # `گفت و گو` written with spaces is a noun: the subject before it is the speaker
    doc = _doc("عنوان", f"محمدرضا فرزین رئیس کل بانک مرکزی در {compound} تلویزیونی مدعی شد که "
                        "«روند تورم نزولی است و تا پایان سال به زیر ۳۰ درصد خواهد رسید».")
    [q] = extract_quotes(doc)
    assert q.speaker == "محمدرضا فرزین" and q.kind == "direct"
    assert q.text.startswith("روند تورم نزولی")


@pytest.mark.parametrize("body, speaker", [
    ("وزیر خارجه ایران در گفت و گو با خبرنگاران اعلام کرد که مذاکرات با اروپا ادامه خواهد داشت.",
     "وزیر خارجه ایران"),
    ("وزیر خارجه ایران در گفت و گوهای خود با همتایان اروپایی تاکید کرد که ایران به توافق پایبند است.",
     "وزیر خارجه ایران"),
    ("وزیر اقتصاد ایران پس از داد و ستد دو کشور اعلام کرد که حجم تجارت به ۵ میلیارد دلار می‌رسد.",
     "وزیر اقتصاد ایران"),
])
def test_spaced_compounds_do_not_cut_the_speaker_off(body, speaker):
    [q] = extract_quotes(_doc("عنوان", body))
    assert _same_speaker(q.speaker, speaker) and "گو" not in q.speaker and "ستد" not in q.speaker


def test_said_and_then_a_word_that_only_starts_like_the_compound_is_still_speech():
    # `گویا` ('apparently') is no second part of `گفت و گو`: `گفت` is the verb here
    doc = _doc("عنوان", "لاوروف در مسکو گفت و گویا از نتیجه مذاکرات راضی بود.\n"
                        "لاوروف گفت مذاکرات با آمریکا در ژنو ادامه خواهد یافت.")
    assert _find(extract_quotes(doc), "مذاکرات با آمریکا در ژنو").speaker == "سرگئی لاوروف"


@pytest.mark.parametrize("body", [
    # p15: an indefinite object + `را` + speech verb + `که`: a relative clause about the object
    ("سئول هفته گذشته طرحی را اعلام کرده بود که بر اساس آن یک بنیاد کره‌ای غرامت ۱۵ نفر از "
    "قربانیان را پرداخت می‌کند."),
    "کاخ سفید گزارشی را تایید کرد که طی آن ۲۰ نفر در مرز بازداشت شده‌اند.",
    "دولت ژاپن پیشنهادی را اعلام کرد که به موجب آن دو کشور سفیران خود را بازمی‌گردانند.",
    "وزارت دفاع روسیه بیانیه‌ای را منتشر و اعلام کرد که در آن از حملات انتقاد شده است.",
    # a definite object, then a clause that opens with a preposition + resumptive `آن`
    "وزارت دفاع این توافق را اعلام کرد که بر اساس آن، دو کشور رزمایش مشترک برگزار می‌کنند.",
])
def test_a_relative_clause_after_a_speech_verb_is_no_quote(body):
    assert extract_quotes(_doc("عنوان", body)) == []


@pytest.mark.parametrize("body, words", [
    # a demonstrative object announces the content (`این نکته را یادآور شد که …`)
    ("سخنگوی دولت ایران این موضوع را تایید کرد که مذاکرات با آمریکا ادامه دارد.", "مذاکرات با آمریکا"),
    # a person object: `را متهم کرد که` is an accusation, reported speech
    ("ترامپ روحانی را متهم کرد که از تروریسم در منطقه حمایت می‌کند.", "از تروریسم در منطقه"),
    # no object: `آن` refers back to an earlier sentence (reported speech)
    ("عراقچی به توافق اشاره کرد و گفت که بر اساس آن، ایران به تعهدات خود پایبند است.",
     "بر اساس آن، ایران"),
    # `در آن زمان` is 'at that time': a demonstrative, not a resumptive pronoun
    ("عراقچی گفت که در آن زمان هیچ نیرویی در منطقه حضور نداشت.", "در آن زمان هیچ"),
])
def test_content_clauses_after_a_speech_verb_stay_quotes(body, words):
    q = _find(extract_quotes(_doc("عنوان", body)), words)
    assert q.kind == "indirect" and q.speaker != ""


@pytest.mark.parametrize("body, speaker", [
    ("سئول هفته گذشته اعلام کرد که یک بنیاد کره‌ای غرامت قربانیان را پرداخت خواهد کرد.", "سئول"),
    ("هفته گذشته سئول اعلام کرد که یک بنیاد کره‌ای غرامت قربانیان را پرداخت خواهد کرد.", "سئول"),
    ("سازمان ملل ماه گذشته هشدار داد که قحطی در غزه قریب‌الوقوع است.", "سازمان ملل"),
    ("کاخ سفید صبح امروز اعلام کرد که رئیس‌جمهور در نشست شرکت خواهد کرد.", "کاخ سفید"),
    ("وزارت خارجه چین دیشب اعلام کرد که این سفر به تعویق افتاده است.", "وزارت خارجه چین"),
])
def test_a_written_out_speaker_stops_at_a_time_phrase(body, speaker):
    [q] = extract_quotes(_doc("عنوان", body))
    assert q.speaker == speaker


def test_a_demonstrative_object_is_no_part_of_the_speaker():
    doc = _doc("عنوان", "سخنگوی دولت این نکته را یادآور شد که مذاکرات همچنان ادامه دارد.")
    [q] = extract_quotes(doc)
    assert q.speaker == "سخنگوی دولت"


@pytest.mark.parametrize("opener", ["با بیان اینکه", "با تاکید بر اینکه", "با اشاره به اینکه"])
def test_a_clause_opener_wholly_in_guillemets_is_one_direct_quote(opener):
    # p13: no indirect entry holding «…» beside a direct one with the same words (gold 042:
    # `اعلام کرد که «…»` is one direct quote)
    doc = _doc("عنوان", f"احمد ابوالغیط، دبیرکل اتحادیه عرب، نیز {opener} «آنچه در غزه رخ می‌دهد "
                        "مجازات دسته‌جمعی است»، خواستار اجرای قطعنامه مجمع عمومی شد.")
    [q] = extract_quotes(doc)
    assert q.kind == "direct" and q.form == "guillemets" and q.speaker == "احمد ابوالغیط"
    assert q.text == "آنچه در غزه رخ می‌دهد مجازات دسته‌جمعی است"


@pytest.mark.parametrize("body", [
    "به گفته لاوروف، «روسیه هرگز از متحدان خود دست نمی‌کشد».",
    "در بیانیه وزارت خارجه روسیه آمده است که «مسکو هرگز از متحدان خود دست نمی‌کشد».",
])
def test_an_opener_or_statement_wholly_in_guillemets_is_one_direct_quote(body):
    [q] = extract_quotes(_doc("عنوان", body))
    assert q.kind == "direct" and q.text.endswith("از متحدان خود دست نمی‌کشد")


def test_a_partly_quoted_clause_keeps_the_reported_speech_and_its_fragment():
    doc = _doc("عنوان", "لاوروف با تاکید بر اینکه روسیه «هرگز از متحدان خود دست نمی‌کشد»، "
                        "گفت: مسکو آماده مذاکره است.")
    kinds = sorted(q.kind for q in extract_quotes(doc) if "متحدان" in q.text)
    assert kinds == ["direct", "indirect"]


@pytest.mark.parametrize("body, speaker, words", [
    (("کره شمالی یک موشک شلیک کرد که به گفته وزارت دفاع ژاپن حدود ۷۰ دقیقه پرواز کرد و در دریا "
     "سقوط کرد."), "وزارت دفاع ژاپن", "حدود ۷۰ دقیقه پرواز کرد"),
    ("این سفر به گفته وزارت خارجه چین به دلیل شرایط جوی به تعویق افتاده است.", "وزارت خارجه چین",
     "به دلیل شرایط جوی"),
    ("این حمله به گفته ارتش اسرائیل از خاک لبنان انجام شده است.", "ارتش اسرائیل", "از خاک لبنان"),
    ("این طرح به گفته دولت آلمان تا پایان سال اجرا خواهد شد.", "دولت آلمان", "تا پایان سال اجرا"),
    ("این حمله به گفته سفارت آمریکا در بغداد خسارتی نداشته است.", "سفارت آمریکا", "خسارتی نداشته"),
])
def test_according_to_a_body_and_its_country_without_a_comma(body, speaker, words):
    [q] = extract_quotes(_doc("عنوان", body))
    assert q.speaker == speaker and q.kind == "indirect" and q.text.startswith(words)


def test_according_to_a_body_without_a_country_or_comma_is_left_out():
    # nothing tells where `وزارت بهداشت …` ends
    assert extract_quotes(_doc("عنوان", "این حمله به گفته وزارت بهداشت حدود ۳۰۰ کشته برجای گذاشت.")) == []


def test_an_unknown_headline_head_that_the_body_quotes_is_the_speaker():
    # p05: `مرکز آمار: …`, then `مرکز آمار ایران … اعلام کرد …`
    doc = _doc("مرکز آمار: تورم نقطه به نقطه به ۴۰ درصد رسید",
               "مرکز آمار ایران روز چهارشنبه اعلام کرد نرخ تورم نقطه به نقطه در ماه اردیبهشت "
               "به ۴۰.۵ درصد رسیده است.")
    [q] = [q for q in extract_quotes(doc) if q.form == "headline"]
    assert q.speaker == "مرکز آمار ایران" and q.text.startswith("تورم نقطه به نقطه")


@pytest.mark.parametrize("title, body", [
    # the body never quotes the head
    ("مرکز آمار: تورم نقطه به نقطه به ۴۰ درصد رسید",
     "نرخ تورم نقطه به نقطه در ماه اردیبهشت به ۴۰.۵ درصد رسیده است."),
    # a place or a topic before the colon: the body's speaker is another body
    ("غزه: شمار کشته‌ها از ۳۰ هزار نفر گذشت",
     "وزارت بهداشت غزه اعلام کرد که شمار کشته‌ها از ۳۰ هزار نفر گذشته است."),
    ("گزارش: اقتصاد جهان در سال آینده کند می‌شود",
     "صندوق بین‌المللی پول اعلام کرد که رشد اقتصاد جهان کند خواهد شد."),
])
def test_an_unknown_headline_head_the_body_does_not_quote_is_no_speaker(title, body):
    assert [q for q in extract_quotes(_doc(title, body)) if q.form == "headline"] == []


def test_a_surname_alone_is_the_name_written_before_an_apposition():
    # p05: `اما حسین راغفر، اقتصاددان …، … می‌داند. به اعتقاد راغفر، … او … گفت: «…»`
    doc = _doc("عنوان", "محمدرضا فرزین رئیس کل بانک مرکزی گفت که تورم کاهش می‌یابد.\n"
                        "اما حسین راغفر، اقتصاددان و استاد دانشگاه، این پیش بینی را غیرواقعی می‌داند. "
                        "به اعتقاد راغفر، کسری بودجه دولت اجازه کاهش تورم را نمی‌دهد. "
                        "او به رادیو فردا گفت: «سفره مردم هر روز کوچک‌تر می‌شود.»")
    quotes = extract_quotes(doc)
    assert _find(quotes, "کسری بودجه دولت").speaker == "حسین راغفر"
    assert _find(quotes, "سفره مردم هر روز").speaker == "حسین راغفر"


class _CountingText(str):
    """A text that counts the characters copied out of it by slicing."""

    copied = 0

    def __getitem__(self, key):
        out = str.__getitem__(self, key)
        _CountingText.copied += len(out)
        return out


class _CountingPattern:
    """A compiled pattern that counts the characters its searches are offered."""

    scanned = 0

    def __init__(self, pattern):
        self._p = pattern

    def _count(self, string, pos=0, endpos=None):
        _CountingPattern.scanned += max(0, min(len(string), endpos if endpos is not None
                                               else len(string)) - pos)

    def search(self, string, pos=0, endpos=None):
        self._count(string, pos, endpos)
        return self._p.search(string, pos, len(string) if endpos is None else endpos)

    def finditer(self, string, pos=0, endpos=None):
        self._count(string, pos, endpos)
        return self._p.finditer(string, pos, len(string) if endpos is None else endpos)

    def __getattr__(self, name):
        return getattr(self._p, name)


def _colon_work(monkeypatch, k: int) -> int:
    """Characters copied or searched by `extract_quotes` on one sentence of k colon quotes."""
    import analysis.quotes as quotes_mod

    doc = _doc("", "ایران گفت: " * k)
    doc.text = _CountingText(doc.text)
    patterns = {name: _CountingPattern(p) for name, p in quotes_mod._regexes().items()}
    monkeypatch.setattr(quotes_mod, "_regexes", lambda: patterns)
    _CountingText.copied = _CountingPattern.scanned = 0
    extract_quotes(doc)
    return _CountingText.copied + _CountingPattern.scanned


def test_a_sentence_of_many_colon_quotes_costs_linear_work(monkeypatch):
    # each verb inside the first colon quote asks whether a named subject opens it: that
    # question must not reread the quote from its start (it did: quadratic, 12 s at 100 KB)
    small, large = _colon_work(monkeypatch, 300), _colon_work(monkeypatch, 1200)
    assert large < 6 * small, (small, large)


def _plain_alternation(alts: list[str], word_start: bool) -> "re.Pattern":
    import analysis.quotes as quotes_mod

    return re.compile((quotes_mod._NOT_BEFORE if word_start else "") + "(?:" + "|".join(alts) + ")")


def test_cue_patterns_grouped_by_letter_find_what_the_plain_alternations_find():
    # `_by_first_char` regroups the alternatives for speed: the matches must not change
    import analysis.quotes as quotes_mod
    from analysis.lexicon import speech as lx

    texts = [d.text for name in ("001", "004", "020", "041", "047") for d in _docs(name)]
    texts.append("به گفته‌ی او، وی گفت‌وگو کرد و می‌گفت: «…» اعلام‌کرد معتقدند بر این باورند را متهم به دروغ کرد")
    forms = [quotes_mod._phrase(nonverb) + quotes_mod._SP + quotes_mod._conjugations(*lx.LIGHT_VERBS[light])
             for nonverb, light in lx.COMPOUND_VERBS]  # the speech verbs, written as one alternation
    forms += [quotes_mod._conjugations(past, present) for past, present in lx.SIMPLE_VERBS]
    forms += [quotes_mod._phrase(phrase) for phrase in lx.BELIEF_CUES]
    forms.sort(key=len, reverse=True)
    phrases = sorted((quotes_mod._phrase(p) for p in lx.CLAUSE_OPENERS), key=len, reverse=True)
    for grouped, plain in (
        (quotes_mod._verb_re(), _plain_alternation(forms, True).pattern + quotes_mod._NOT_AFTER),
        (quotes_mod._regexes()["clause_opener"],
         _plain_alternation(phrases, True).pattern + quotes_mod._NOT_AFTER),
        (re.compile(quotes_mod._alts(lx.CLAUSE_OPENERS)), _plain_alternation(phrases, False).pattern),
    ):
        plain = re.compile(plain)
        for text in texts:
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
            for p in range(0, len(text), 7):  # anchored, from inside words too
                a, b = grouped.match(text, p), plain.match(text, p)
                assert (a and a.span()) == (b and b.span())


def test_clause_boundaries_found_from_their_possible_starts_equal_a_full_search():
    import analysis.quotes as quotes_mod

    texts = [d.text for name in ("001", "004", "020", "041", "047") for d in _docs(name)]
    texts += ["او گفت؛و کرد و رفت", "کرد؛کرد و آمد اما نشد ولی شد", "در حالی مطرح شده که کرد و",
              "کرد،  و شد ، و رفت\nو کرد و", "؛؛ و ؛ اما ", "حاکی از آن است که"]
    # the pattern as first written: the verb tried at every position
    full = re.compile(quotes_mod._boundary_re().pattern.replace(r"(?:(?<!\S)|(?<=؛))", "", 1))
    assert full.pattern != quotes_mod._boundary_re().pattern
    for text in texts:
        expected = [(m.span(), m.groups()) for m in full.finditer(text)]
        assert [(m.span(), m.groups()) for m in quotes_mod._boundary_matches(text)] == expected


@pytest.mark.parametrize("body", ["به گفته وی", "این کار به گفته او", "خبر. به گفته ایشان"])
def test_an_opener_at_the_very_end_of_the_text_is_no_error(body):
    # `به گفته` + a pronoun as the last words: the speaker phrase ends at the text's end
    tables = analyze([Article("e", "e", "", body)])
    assert tables["errors"].empty
    assert tables["quotes"].empty


# --- second probe: occasion headlines, a second report after «…», appositions, fragments -----
@pytest.mark.parametrize("title, speaker", [
    ("گروسی پس از دیدار با عراقچی: فضا برای دیپلماسی بی‌پایان نیست", "رافائل گروسی"),
    ("گروسی پیش از سفر به تهران: فضا برای دیپلماسی بی‌پایان نیست", "رافائل گروسی"),
    ("گروسی در حاشیه نشست شورای حکام: فضا برای دیپلماسی بی‌پایان نیست", "رافائل گروسی"),
    ("گروسی در پایان سفرش به تهران: فضا برای دیپلماسی بی‌پایان نیست", "رافائل گروسی"),
    ("گروسی هنگام ورود به وین: فضا برای دیپلماسی بی‌پایان نیست", "رافائل گروسی"),
    ("گروسی در گفت‌وگو با خبرنگاران: فضا برای دیپلماسی بی‌پایان نیست", "رافائل گروسی"),
    ("لاوروف در واکنش به تحریم‌های جدید: فضا برای دیپلماسی بی‌پایان نیست", "سرگئی لاوروف"),
])
def test_headline_speaker_before_an_occasion(title, speaker):
    # q09: `SPEAKER پس از دیدار با Y: statement`: the occasion is no part of the speaker
    doc = _doc(title, "رافائل گروسی، مدیرکل آژانس بین‌المللی انرژی اتمی، با عباس عراقچی دیدار کرد.")
    [q] = [q for q in extract_quotes(doc) if q.form == "headline"]
    assert q.speaker == speaker and q.text == "فضا برای دیپلماسی بی‌پایان نیست"


@pytest.mark.parametrize("title", [
    "پس از دیدار با عراقچی: فضا برای دیپلماسی بی‌پایان نیست",  # no speaker before the occasion
    "انفجار در نشست خبری: ده نفر زخمی شدند",  # a topic, not a speaker, before the occasion
    "توافق ایران و عمان در دیدار دو وزیر: مذاکرات هفته آینده ادامه می‌یابد",  # a topic naming countries
])
def test_an_occasion_headline_without_a_speaker_is_no_quote(title):
    doc = _doc(title, "رافائل گروسی با عباس عراقچی دیدار کرد.")
    assert [q for q in extract_quotes(doc) if q.form == "headline"] == []


@pytest.mark.parametrize("second", ["و افزود که", "و همچنین تاکید کرد که", "، و در ادامه افزود که",
                                    "اما تصریح کرد که"])
@pytest.mark.parametrize("quoted", ["به نفت بیشتری نیاز دارد", "نقض آشکار حقوق بین‌الملل"])
def test_a_second_speech_verb_after_a_quoted_fragment_opens_its_own_report(second, quoted):
    # q06: `اعلام کرد که بازار «…» و افزود که تقاضا …`: two reports, each with its words
    doc = _doc("عنوان", f"الکساندر نواک، معاون نخست‌وزیر روسیه، اعلام کرد که بازار «{quoted}» "
                        f"{second} تقاضا در فصل تابستان دست‌کم یک میلیون بشکه بالا می‌رود.")
    quotes = extract_quotes(doc)
    first = [q for q in quotes if q.kind == "indirect" and q.text.startswith("بازار")]
    assert [q.text for q in first] == [f"بازار «{quoted}»"]
    rest = _find(quotes, "تقاضا در فصل تابستان")
    assert rest.kind == "indirect" and rest.text.startswith("تقاضا") and rest.speaker == "الکساندر نواک"
    frag = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in frag] == [quoted]


def test_a_quoted_fragment_then_and_a_non_speech_word_stays_one_report():
    # `«…» و گفته‌های او را رد کرد`: no speech verb with `که` after `و`, no new report
    doc = _doc("عنوان", "لاوروف گفت که این اقدام «نقض آشکار حقوق بین‌الملل» و گفته‌های او را رد کرد.")
    [q] = [q for q in extract_quotes(doc) if q.kind == "indirect"]
    assert q.text.endswith("را رد کرد")


@pytest.mark.parametrize("body, speaker", [
    (("به اعتقاد بیدزینا ایوانیشویلی، بنیانگذار رویای گرجی، «این پیروزی نشان داد که مردم گرجستان "
      "به دنبال جنگ نیستند»."), "بیدزینا ایوانیشویلی"),
    ("به گفته رضایی، سخنگوی کمیسیون، «این طرح به زودی در مجلس بررسی خواهد شد».", "رضایی"),
    ("از نظر حسین راغفر، اقتصاددان و استاد دانشگاه، «این طرح به زودی در مجلس بررسی خواهد شد».",
     "حسین راغفر"),
])
def test_an_opener_with_an_apposition_and_a_whole_quotation_is_one_direct_quote(body, speaker):
    # q13: `به اعتقاد X، ROLE، «…»`: the apposition belongs to the speaker, the words are direct
    [q] = extract_quotes(_doc("عنوان", body))
    assert q.kind == "direct" and q.speaker == speaker
    assert q.text.startswith(("این پیروزی نشان داد", "این طرح به زودی"))


def test_an_opener_with_an_apposition_reports_what_follows_it():
    doc = _doc("عنوان", "به گفته رضایی، سخنگوی کمیسیون، این طرح به زودی در مجلس بررسی خواهد شد.")
    [q] = extract_quotes(doc)
    assert q.kind == "indirect" and q.text.startswith("این طرح به زودی") and q.speaker == "رضایی"


@pytest.mark.parametrize("body, words", [
    # a list, not an apposition: the second segment is part of the reported words
    ("به گفته لاوروف، روسیه، چین و ایران در این نشست شرکت خواهند کرد.", "روسیه، چین و ایران"),
    # an adverbial second segment is part of the reported words
    ("به گفته لاوروف، در سال آینده، روسیه در این نشست شرکت خواهد کرد.", "در سال آینده"),
])
def test_a_second_segment_that_is_no_apposition_stays_in_the_words(body, words):
    [q] = extract_quotes(_doc("عنوان", body))
    assert q.kind == "indirect" and q.text.startswith(words)


@pytest.mark.parametrize("cue", ["نوشت که", "اظهار داشت که", "مدعی شد که", "گفت که", "اعلام کرد که",
                                 "تصریح کرد که", "گفته بود که", "یادآور شد که", "تاکید کرد که"])
@pytest.mark.parametrize("quoted", ["زیر فشار و ارعاب", "تحت هیچ شرایطی", "در برابر زورگویی"])
def test_a_quoted_fragment_of_four_words_is_direct_after_every_cue(cue, quoted):
    # q09: `نوشت که ایران «زیر فشار و ارعاب» مذاکره نخواهد کرد`: four words, a direct fragment too
    doc = _doc("عنوان", f"عباس عراقچی در شبکه ایکس {cue} ایران «{quoted} شدید» مذاکره نخواهد کرد.")
    quotes = extract_quotes(doc)
    assert sorted(q.kind for q in quotes) == ["direct", "indirect"]
    [d] = [q for q in quotes if q.kind == "direct"]
    assert d.form == "fragment" and d.text == f"{quoted} شدید" and d.speaker == "عباس عراقچی"


@pytest.mark.parametrize("quoted", ["نقض آشکار حقوق بین‌الملل", "فشار و ارعاب گسترده",
                                    "زیر فشار و ارعاب"])
def test_four_quoted_words_that_do_not_read_as_a_name_are_a_fragment(quoted):
    doc = _doc("عنوان", f"لاوروف گفت که این اقدام «{quoted}» بوده است.")
    assert [q.text for q in extract_quotes(doc) if q.kind == "direct"] == [quoted]


@pytest.mark.parametrize("quoted", ["برنامه جامع اقدام مشترک", "محمد بن عبدالله العایش",
                                    "عملیات وعده صادق ۳", "آزاد و منصفانه"])
def test_a_short_name_or_term_in_guillemets_is_no_fragment(quoted):
    # a plan, a person, an operation (four words without a function word); three words
    # without a verb or preposition (`«آزاد و منصفانه»`: optional in the gold)
    doc = _doc("عنوان", f"ظریف گفت که ایران به «{quoted}» پایبند است.")
    assert [q for q in extract_quotes(doc) if q.kind == "direct"] == []


@pytest.mark.parametrize("body", [
    # probe3 r09: a characterisation followed by the subject's own speech clause
    ("راندهیر جیسوال سخنگوی وزارت خارجه هند اتهامات کانادا را «پوچ» خواند و مدعی شد که "
     "دولت ترودو هند را هدف قرار داده است."),
    ("وزیر خارجه چین این گزارش را «بی‌اساس» دانست و گفت که پکن در امور داخلی دیگران دخالت نمی‌کند."),
    ("سخنگوی کرملین واشنگتن را به «مداخله» متهم کرد و افزود: «ما پاسخ خواهیم داد و منتظر می‌مانیم.»"),
])
def test_a_characterisation_framing_a_speech_clause_is_no_quote(body):
    quotes = extract_quotes(_doc("عنوان", body))
    assert quotes and all(q.form not in ("characterization", "accusation") for q in quotes)


def test_a_characterisation_without_a_speech_clause_stays():
    body = "نتانیاهو گزارش سازمان ملل را «دروغ آشکار» خواند و حماس را متهم به سرقت کمک‌ها کرد."
    forms = {q.form for q in extract_quotes(_doc("عنوان", body))}
    assert "characterization" in forms


@pytest.mark.parametrize("body", [
    "تهران- ایرنا- سخنگوی دولت ایران در نشست خبری گفت: دولت برای تأمین کالاهای اساسی اعتبار داده است.",
    "تهران - ایرنا - سخنگوی دولت ایران در نشست خبری گفت: دولت برای تأمین کالاهای اساسی اعتبار داده است.",
])
def test_a_dateline_is_not_part_of_the_speaker(body):
    [q] = [q for q in extract_quotes(_doc("عنوان", body)) if q.kind == "direct"]
    assert "ایرنا" not in q.speaker and "تهران" not in q.speaker and "سخنگوی دولت" in q.speaker


def test_a_ministry_name_with_and_runs_to_its_country():
    body = ("قاهره - وزارت منابع آب و آبیاری مصر روز سه‌شنبه اعلام کرد که دور تازه مذاکرات با "
            "اتیوپی بدون نتیجه به پایان رسیده است.")
    [q] = extract_quotes(_doc("عنوان", body))
    assert q.speaker == "وزارت منابع آب و آبیاری مصر"


# --- Afghan (Dari) and formal speech verbs; light-verb variants (probe4) ----------------
_FIRST = "عباس عراقچی، وزیر خارجه، گفت: «ما آماده مذاکره هستیم و منتظر پاسخ طرف مقابل می‌مانیم.»\n"


@pytest.mark.parametrize("cue", [
    "علاوه کرد که", "علاوه نمود که", "اظهار نمود که", "ابراز کرد که", "خاطرنشان ساخت که",
    "تصریح نمود که", "یادآوری کرد که", "افزوده است که", "گفته است که", "متذکر شد که",
    "یادآور گردید که", "تاکید ورزید که", "اضافه نمود که", "مدعی گردید که", "تذکر داد که",
])
def test_dari_and_formal_speech_verbs_report_a_clause(cue):
    # probe4 s01/s05/s07: `وی علاوه کرد که …` (Dari 'added') and formal light verbs
    doc = _doc("عنوان", _FIRST + f"وی {cue} حجم تجارت میان دو کشور افزایش یافته است.")
    first, second = extract_quotes(doc)
    assert second.kind == "indirect" and second.text.startswith("حجم تجارت میان دو کشور")
    assert second.speaker == first.speaker and "عراقچی" in second.speaker


def test_every_compound_with_a_plain_light_verb_has_its_formal_variant():
    from analysis.lexicon import speech as lx

    for (nonverb, light) in list(lx.COMPOUND_VERBS):
        for variant in lx.LIGHT_VERB_VARIANTS.get(light, ()):
            assert (nonverb, variant) in lx.COMPOUND_VERBS


@pytest.mark.parametrize("body", [
    "علاوه بر این، وزارت خارجه کمک‌های بشردوستانه به ولایات شمالی را افزایش داد.",
    # `X را علاوه کرد که …` after an indefinite object: a relative clause about the object
    "پارلمان بند تازه‌ای را به قانون علاوه کرد که مهاجران را از مالیات معاف می‌کند.",
])
def test_added_as_a_preposition_or_with_an_object_is_no_quote(body):
    assert extract_quotes(_doc("عنوان", body)) == []


# --- a pronoun after a written name the gazetteer does not know (probe4 s13) -------------
@pytest.mark.parametrize("intro, pronoun", [
    ("روح‌الله متفکرآزاد، نماینده تبریز و از طراحان استیضاح، گفت:", "وی افزود که"),
    ("روح‌الله متفکرآزاد، عضو کمیسیون اقتصادی مجلس، اظهار داشت:", "او تصریح کرد که"),
    ("روح‌الله متفکرآزاد، نماینده تبریز، در جلسه علنی گفت:", "وی همچنین گفت که"),
])
def test_a_pronoun_takes_the_previous_speaker_written_with_an_apposition(intro, pronoun):
    body = ("نمایندگان مجلس به عدم کفایت عبدالناصر همتی، وزیر اقتصاد، رأی دادند.\n"
            f"{intro} «قیمت دلار از ۶۰ هزار تومان به بیش از ۹۰ هزار تومان رسیده است.»\n"
            f"{pronoun} قیمت برخی اقلام اساسی در شش ماه گذشته دو برابر شده است.")
    quotes = extract_quotes(_doc("عنوان", body))
    assert [q.speaker for q in quotes] == ["روح‌الله متفکرآزاد"] * 2


def test_a_pronoun_after_a_body_still_takes_the_last_person():
    body = (_FIRST + "سازمان ملل متحد اعلام کرد که کمک‌های بشردوستانه افزایش خواهد یافت.\n"
            "وی افزود که تهران از هر ابتکار دیپلماتیک حمایت می‌کند.")
    assert "عراقچی" in extract_quotes(_doc("عنوان", body))[-1].speaker


# --- `به گفته ROLE، NAME، …` (probe4 s13) -------------------------------------------------
@pytest.mark.parametrize("body, speaker", [
    ("به گفته نماینده دیگری، فاطمه محمدبیگی، کسری بودجه امسال بیش از ۸۰۰ همت است.", "فاطمه محمدبیگی"),
    ("به گفته سخنگوی این کمیسیون، آقای کریمی‌فر، کسری بودجه امسال بیش از ۸۰۰ همت است.", "کریمی‌فر"),
    ("به اعتقاد یک اقتصاددان، علی سعدوندی، کسری بودجه امسال بیش از ۸۰۰ همت است.", "علی سعدوندی"),
    ("به گفته وزیر خارجه ایران، عباس عراقچی، کسری بودجه امسال بیش از ۸۰۰ همت است.", "عباس عراقچی"),
])
def test_an_opener_with_a_role_then_a_name_is_the_name_speaking(body, speaker):
    [q] = extract_quotes(_doc("عنوان", body))
    assert q.kind == "indirect" and q.text.startswith("کسری بودجه امسال")
    assert q.speaker.endswith(speaker)


@pytest.mark.parametrize("body, words", [
    ("به گفته وزیر کشور، مهاجمان مسلح، پس از حمله به پاسگاه از محل متواری شدند.", "مهاجمان مسلح"),
    ("به گفته سخنگوی پلیس، روز دوشنبه، دست‌کم ده نفر در این حادثه زخمی شدند.", "روز دوشنبه"),
])
def test_a_segment_after_a_role_that_is_no_name_stays_in_the_words(body, words):
    [q] = extract_quotes(_doc("عنوان", body))
    assert q.text.startswith(words) and q.speaker.startswith(("وزیر کشور", "سخنگوی پلیس"))


# --- a clause with its own speaker inside an opener (probe4 s06) ---------------------------
@pytest.mark.parametrize("body, words", [
    ("به گفته این وزارت، آقای عراقچی از پاکستان خواسته است که «روند اخراج اجباری مهاجران را متوقف کند».",
     "روند اخراج اجباری مهاجران"),
    ("به گفته منابع محلی، عراقچی روز دوشنبه اعلام کرد که تهران آماده ازسرگیری مذاکرات است.",
     "تهران آماده ازسرگیری مذاکرات"),
])
def test_an_opener_over_a_speech_clause_gives_the_clause_its_own_speaker(body, words):
    [q] = extract_quotes(_doc("عنوان", body))
    assert q.text.startswith(words) and "عراقچی" in q.speaker


def test_an_opener_over_a_predicted_request_keeps_its_source():
    # dev 028: the sources' claim about what the prime minister will probably ask
    body = ("به گفته منابع دیپلماتیک، نخست‌وزیر ژاپن احتمالا در این دیدار از ایران خواهد خواست که "
            "به برجام پایبند بماند.")
    [q] = extract_quotes(_doc("عنوان", body))
    assert q.speaker == "منابع دیپلماتیک" and q.text.startswith("نخست‌وزیر ژاپن احتمالا")


def test_an_opener_naming_this_body_is_the_body_named_before():
    body = ("وزارت خارجه طالبان در بیانیه‌ای گفته است که در این دیدار درباره اخراج مهاجران گفتگو شده است.\n"
            "به گفته این وزارت، دو طرف درباره تجارت و ترانزیت نیز گفتگو کرده‌اند.")
    assert [q.speaker for q in extract_quotes(_doc("عنوان", body))] == ["وزارت خارجه طالبان"] * 2


# --- a role no gazetteer knows, written before as a name's apposition (probe4 s02) --------
def test_a_role_written_as_a_names_apposition_is_that_person():
    body = ("مولوی نورمحمد اسلام‌جار، والی هرات، نیز روز سه‌شنبه با سرکنسول ایران در هرات ملاقات کرد.\n"
            "والی هرات گفت: «اخراج اجباری مهاجرین باید به‌صورت تدریجی و با رعایت اصول انسانی صورت گیرد.»")
    [q] = extract_quotes(_doc("عنوان", body))
    assert q.speaker == "نورمحمد اسلام‌جار"


def test_a_role_written_after_two_names_stays_as_written():
    # (two names before the same role: no telling which one speaks)
    body = ("کامران نوروزی، والی هرات، در این نشست حاضر شد.\n"
            "جمشید فرهمند، والی پیشین هرات، و سمیع فرهمند، والی هرات، نیز حاضر بودند.\n"
            "والی هرات گفت: «اخراج اجباری مهاجرین باید به‌صورت تدریجی و با رعایت اصول انسانی صورت گیرد.»")
    [q] = extract_quotes(_doc("عنوان", body))
    assert q.speaker == "والی هرات"


def test_a_surname_that_is_also_a_role_word_stays_a_name():
    # probe4 s05: `غادة والی` (`والی` = governor) is a name, and `او` after it is her
    body = ("غادة والی، رئیس اجرایی این دفتر، گفت: «این کاهش فرصتی برای بهبود وضعیت است.»\n"
            "او علاوه کرد که بدون جایگزین معیشتی، ممکن است دهقانان دوباره به کشت کوکنار رو بیاورند.")
    assert [q.speaker for q in extract_quotes(_doc("عنوان", body))] == ["غادة والی"] * 2


# --- a time stamp or bullet opening a line hides no speaker (probe5 t03, t05) ------------
@pytest.mark.parametrize("prefix", ["ساعت ۱۶:۲۰ - ", "ساعت ۱۶: ۲۰ - ", "۱۰:۱۵ - ", "۱۶:۲۰ | ",
                                    "- ", "• ", "۲- "])
def test_a_line_prefix_is_skipped_before_the_speaker(prefix):
    body = ("ساعت ۱۲:۴۵ - مارکو روبیو، وزیر خارجه آمریکا، گفت: «انتظار پیشرفت بزرگی در این دور نداریم.»\n"
            f"{prefix}ولادیمیر مدینسکی به خبرنگاران گفت که مسکو از نتیجه مذاکرات «راضی» است.")
    quotes = extract_quotes(_doc("عنوان", body))
    assert [q.speaker for q in quotes] == ["مارکو روبیو", "ولادیمیر مدینسکی"]
    assert quotes[1].text.startswith("مسکو از نتیجه")


def test_a_bullet_line_with_a_direct_quote_is_its_own_speakers():
    body = ("- مارک روته، دبیرکل ناتو، در کنفرانس خبری گفت که اتحاد هرگز قوی‌تر از امروز نبوده است.\n"
            "- دونالد ترامپ در حاشیه نشست پس از دیدار گفت: «او مرد خوبی است و شرایط سختی دارد.»")
    assert [q.speaker for q in extract_quotes(_doc("عنوان", body))] == ["مارک روته", "دونالد ترامپ"]


def test_a_number_opening_a_line_that_is_no_list_mark_is_kept():
    # `۲۰ درصد …`: a number without a list mark is the sentence's own
    body = "۲۰ درصد از شهروندان به گفته مرکز آمار ایران، از وضعیت اقتصادی راضی نیستند."
    assert _after_line_prefix_of(body) == 0


def _after_line_prefix_of(text: str) -> int:
    from analysis.quotes import _after_line_prefix
    return _after_line_prefix(text, 0, len(text))


# --- a second speaker after `؛` or `، اما` in the same sentence (probe5 t12) --------------
@pytest.mark.parametrize("joint", ["؛ اما", "، اما", "؛", "؛ ولی"])
def test_each_speech_verb_takes_the_subject_of_its_own_clause(joint):
    body = ("امانوئل مکرون، رئیس‌جمهور فرانسه، به خبرنگاران گفت که ترامپ برای برقراری آتش‌بس "
            f"بازگشته است{joint} دونالد ترامپ ساعاتی بعد در شبکه اجتماعی خود نوشت: "
            "«مکرون همیشه اشتباه می‌کند.»")
    quotes = extract_quotes(_doc("عنوان", body))
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "امانوئل مکرون"),
                                                     ("direct", "دونالد ترامپ")]
    assert quotes[0].text.endswith("بازگشته است")


def test_a_second_clause_without_a_subject_keeps_the_first_speaker():
    body = ("امانوئل مکرون گفت که ترامپ به کاخ سفید بازگشته است؛ "
            "همچنین افزود که این موضوع هنوز قطعی نیست.")
    assert [q.speaker for q in extract_quotes(_doc("عنوان", body))] == ["امانوئل مکرون"] * 2


# --- a headline speaker after `؛` in the title (probe5 t08) -----------------------------
def test_a_headline_speaker_after_a_semicolon():
    title = "آلمان سفیر ایران را احضار کرد؛ بربوک: اعدام شارمهد «قتل» بود"
    [q] = [q for q in extract_quotes(_doc(title, "وزارت خارجه آلمان سفیر ایران را احضار کرد."))
           if q.kind == "direct"]
    assert (q.speaker, q.text) == ("آنالنا بربوک", "اعدام شارمهد «قتل» بود")


def test_a_topic_after_a_semicolon_is_no_headline_speaker():
    title = "افزایش قیمت‌ها؛ بازار: نگرانی‌ها جدی است"
    assert extract_quotes(_doc(title, "بازار تهران امروز شاهد افزایش قیمت بود.")) == []


# --- quoted words of a characterisation followed by a statement (probe5 t08) ---------------
@pytest.mark.parametrize("verb", ["خواند", "دانست", "توصیف کرد"])
def test_characterized_words_before_a_statement_are_a_direct_quote(verb):
    body = (f"ناصر کنعانی، سخنگوی وزارت خارجه ایران، این واکنش را «مداخله آشکار در امور داخلی» {verb} "
            "و مدعی شد که شارمهد در حمله به حسینیه شیراز نقش داشته است.")
    quotes = extract_quotes(_doc("عنوان", body))
    assert [(q.kind, q.speaker, q.text[:12]) for q in quotes] == [
        ("direct", "ناصر کنعانی", "مداخله آشکار"), ("indirect", "ناصر کنعانی", "شارمهد در حم")]


@pytest.mark.parametrize("label", ["«جعلی»", "«دروغ آشکار»", "«برنامه جامع اقدام مشترک»"])
def test_a_short_label_or_name_before_a_statement_is_no_quote(label):
    # (`نامید` is left out of the cues: `آن را عملیات «ارابه‌های گدعون» نامید` names things)
    body = f"وزارت خارجه اسرائیل این گزارش را {label} خواند و گفت که هیچ قحطی در غزه وجود ندارد."
    quotes = extract_quotes(_doc("عنوان", body))
    assert [q.kind for q in quotes] == ["indirect"]


# --- interviews in question-and-answer form (probe6 u04, u10, u13) ------------------------
_QA = [("س", "ج"), ("پرسش", "پاسخ"), ("سوال", "جواب")]


@pytest.mark.parametrize("ask,answer", _QA)
@pytest.mark.parametrize("lead", [
    "محمدجواد ظریف وزیر امور خارجه ایران در گفت‌وگو با یورونیوز فارسی درباره مذاکرات سخن گفت.",
    "رادیو فردا با محمدجواد ظریف، وزیر امور خارجه ایران، درباره مذاکرات گفت‌وگو کرده است.",
    "متن کامل گفتگوی اختصاصی ایسنا با محمدجواد ظریف را در ادامه می‌خوانید.",
])
def test_the_answers_of_an_interview_are_direct_quotes_of_the_interviewee(lead, ask, answer):
    body = (f"{lead}\n{ask}: آیا ایران حاضر به مذاکره است؟\n"
            f"{answer}: ما همیشه گفته‌ایم که گفت‌وگو تنها راه حل اختلافات است.\n"
            f"{ask}: احتمال احیای برجام را چگونه می‌بینید؟\n"
            f"{answer}: فرصت هنوز از دست نرفته اما زمان محدود است.")
    quotes = extract_quotes(_doc("مصاحبه با وزیر خارجه", body))
    assert [(q.kind, q.form, q.speaker, q.text[:10]) for q in quotes] == [
        ("direct", "interview", "محمدجواد ظریف", "ما همیشه گ"),
        ("direct", "interview", "محمدجواد ظریف", "فرصت هنوز ")]


def test_an_answer_runs_on_over_unlabelled_paragraphs_up_to_the_next_question():
    body = ("محمدجواد ظریف وزیر امور خارجه ایران در گفت‌وگو با یورونیوز فارسی درباره مذاکرات سخن گفت.\n"
            "س: آیا ایران حاضر به مذاکره است؟\n"
            "ج: ما همیشه گفته‌ایم که گفت‌وگو تنها راه حل اختلافات است.\n"
            "اما طرف مقابل باید نشان دهد که به تعهداتش پایبند است.\n"
            "س: احتمال احیای برجام را چگونه می‌بینید؟\n"
            "ج: فرصت هنوز از دست نرفته اما زمان محدود است.\n"
            "این گفت‌وگو پیش از سفر وزیر به نیویورک انجام شد.")
    quotes = extract_quotes(_doc("مصاحبه با وزیر خارجه", body))
    first, last = quotes
    assert first.text.startswith("ما همیشه") and first.text.endswith("پایبند است")
    # the last answer keeps its own line: the closing narration is not the interviewee's
    assert last.text == "فرصت هنوز از دست نرفته اما زمان محدود است"
    # nothing else is quoted inside the answer's run-on paragraph
    assert len(quotes) == 2


def test_a_transcript_line_opening_with_a_persons_name_is_his_direct_quote():
    body = ("محمدجواد ظریف وزیر امور خارجه ایران در گفتگو با شبکه ان‌بی‌سی درباره مذاکره پاسخ داد.\n"
            "خبرنگار: آیا ایران حاضر به مذاکره با ترامپ است؟\n"
            "ظریف: آمریکا باید ابتدا تحریم‌ها را لغو کند، سپس می‌توان درباره مذاکره صحبت کرد.\n"
            "خبرنگار: آیا با امانوئل مکرون دیدار داشتید؟\n"
            "ظریف: بله، ما دو بار با مکرون در نیویورک دیدار کردیم.")
    quotes = extract_quotes(_doc("گفت‌وگوی ظریف با ان‌بی‌سی", body))
    assert [(q.kind, q.speaker, q.text[:10]) for q in quotes] == [
        ("direct", "محمدجواد ظریف", "آمریکا بای"), ("direct", "محمدجواد ظریف", "بله، ما دو")]


@pytest.mark.parametrize("body", [
    # one answer label only: no interview form
    "محمدجواد ظریف در گفت‌وگو با یورونیوز سخن گفت.\nج: ما همیشه گفته‌ایم که گفت‌وگو تنها راه است.",
    # answers, but the lead names no interviewee
    "این گفت‌وگو را در ادامه می‌خوانید.\nس: نظر شما چیست؟\nج: فرصت هنوز از دست نرفته است.\n"
    "س: و برجام؟\nج: زمان محدود است و باید تصمیم گرفت.",
    # one body line opening with a name and a colon, ending with a stop: no transcript
    "وزیران خارجه دیروز دیدار کردند.\nظریف: آمریکا باید ابتدا تحریم‌ها را لغو کند.",
])
def test_no_interview_quotes_without_two_labelled_answers_and_an_interviewee(body):
    assert [q for q in extract_quotes(_doc("عنوان", body)) if q.form == "interview"] == []


# --- a role of another country is not the one quoted person's (probe6 u15) ------------------
@pytest.mark.parametrize("verb", ["اعلام کرد که", "گفت که", "تاکید کرد که"])
def test_a_role_of_another_country_keeps_its_own_name(verb):
    body = ("سخنگوی وزارت خارجه ارمنستان آنی بادالیان روز جمعه گزارش‌ها درباره دیدار را تکذیب کرد.\n"
            "بادالیان گفت: «در حال حاضر هیچ دیداری برنامه ریزی نشده است.»\n"
            f"در همین حال، سخنگوی وزارت خارجه آذربایجان {verb} باکو آماده ادامه مذاکرات صلح است.")
    quotes = extract_quotes(_doc("تکذیب دیدار", body))
    assert [(q.speaker, q.speaker_country) for q in quotes] == [
        ("آنی بادالیان", "ARM"), ("سخنگوی وزارت خارجه آذربایجان", "AZE")]


def test_a_role_of_the_same_country_is_still_the_quoted_persons():
    body = ("سخنگوی وزارت خارجه ارمنستان آنی بادالیان روز جمعه گزارش‌ها درباره دیدار را تکذیب کرد.\n"
            "بادالیان گفت: «در حال حاضر هیچ دیداری برنامه ریزی نشده است.»\n"
            "سخنگوی وزارت خارجه ارمنستان افزود که ایروان آماده ادامه مذاکرات صلح است.")
    quotes = extract_quotes(_doc("تکذیب دیدار", body))
    assert [q.speaker for q in quotes] == ["آنی بادالیان", "آنی بادالیان"]


def test_the_interviewer_after_dar_goftogu_ba_is_not_the_interviewee():
    body = ("محمدجواد ظریف در گفت‌وگو با دونالد ترامپ نیوز درباره مذاکرات سخن گفت.\n"
            "س: آیا ایران حاضر به مذاکره است؟\nج: ما همیشه گفته‌ایم که گفت‌وگو تنها راه است.\n"
            "س: و برجام؟\nج: فرصت هنوز از دست نرفته است.")
    assert {q.speaker for q in extract_quotes(_doc("مصاحبه", body))} == {"محمدجواد ظریف"}


@pytest.mark.parametrize("opener", ["به اعتقاد", "از نظر", "به باور", "به گفته"])
def test_a_long_apposition_after_an_opener_is_not_the_quote(opener):
    """`OPENER NAME، ROLE (up to twelve words)، clause`: the words start after the role."""
    body = (f"{opener} سنم وکیل، مدیر برنامه خاورمیانه و شمال آفریقا در اندیشکده چتم‌هاوس، "
            "عضویت ایران در این گروه بیش از آنکه اقتصادی باشد پیامی سیاسی به غرب است.")
    (q,) = extract_quotes(_doc("بریکس", body))
    assert q.speaker == "سنم وکیل" and q.text.startswith("عضویت ایران")


@pytest.mark.parametrize("opener", ["به گفته همین بیانیه", "به گفته این بیانیه"])
def test_according_to_this_statement_is_its_issuer(opener):
    """`به گفته همین بیانیه`: the body that issued the statement earlier, in any of the
    ways articles write it; never the nearest person."""
    for first in ("شورای امنیت ملی ترکیه در بیانیه‌ای اعلام کرد که عملیات ادامه خواهد یافت.",
                  ("رجب طیب اردوغان با ولادیمیر پوتین دیدار کرد و بیانیه‌ای که شورای امنیت ملی "
                   "ترکیه منتشر کرد، از این دیدار استقبال کرده است.")):
        body = first + f" {opener}، ۲۰ نفر از اعضای این گروه بازداشت شده‌اند."
        q = _find(extract_quotes(_doc("بیانیه", body)), "۲۰ نفر از اعضای")
        assert q.speaker.startswith("شورای امنیت ملی")


def test_according_to_this_statement_without_issuer_is_no_quote():
    body = ("رجب طیب اردوغان با ولادیمیر پوتین دیدار کرد. به گفته همین بیانیه، ۲۰ نفر از اعضای "
            "این گروه بازداشت شده‌اند.")
    assert extract_quotes(_doc("بیانیه", body)) == []


@pytest.mark.parametrize("act", ["از «همکاری سازنده» اربیل قدردانی کرد",
                                 "از این توافق استقبال کرد", "بر ادامه همکاری‌ها تاکید کرد"])
def test_a_subjects_act_after_a_mid_clause_opener_is_no_quote(act):
    """`X نیز به گفته Y، از … قدردانی کرد`: X's act reported (a nominal report)."""
    body = ("نچیروان بارزانی، رئیس اقلیم کردستان عراق، با سفیر ایران دیدار کرد. بر اساس بیانیه‌ای "
            "که دفتر ریاست اقلیم کردستان منتشر کرد، دو طرف درباره توافق امنیتی گفت‌وگو کردند.\n"
            f"سفیر ایران نیز به گفته همین بیانیه، {act}.")
    assert not [q for q in extract_quotes(_doc("دیدار", body)) if "سفیر" in q.text or q.sent_id == 2]


@pytest.mark.parametrize("pron, verb", [("وی", "خاطرنشان کرد"), ("او", "افزود"), ("وی", "تصریح کرد")])
def test_a_pronoun_after_a_role_speaker_is_that_role(pron, verb):
    """`ROLE گفت که … . وی … :`: the role (the last speaker), not a person named before."""
    body = ("صادق خلیلیان استاندار خوزستان روز شنبه در دیدار با سرکنسول عراق در اهواز گفت وگو کرد.\n"
            "خلیلیان در این دیدار گفت: «مرزها برای زائران اربعین آماده است.»\n"
            "سرکنسول عراق در اهواز نیز گفت که دولت عراق ۳۰۰۰ دستگاه خودرو اختصاص داده است.\n"
            f"{pron} {verb}: «ملت عراق آماده میزبانی از زائران ایرانی است.»")
    q = _find(extract_quotes(_doc("زائران", body)), "ملت عراق آماده میزبانی")
    assert q.speaker.startswith("سرکنسول عراق") and q.speaker_country == "IRQ"


def test_a_pronoun_after_a_named_speaker_stays_with_the_person():
    body = ("سرکنسول عراق در اهواز گفت که دولت عراق ۳۰۰۰ دستگاه خودرو اختصاص داده است.\n"
            "صادق خلیلیان استاندار خوزستان گفت: «مرزها برای زائران اربعین آماده است.»\n"
            "وی افزود: «هماهنگی با طرف عراقی برای جابجایی زائران ضروری است.»")
    q = _find(extract_quotes(_doc("زائران", body)), "هماهنگی با طرف عراقی")
    assert q.speaker == "صادق خلیلیان"


@pytest.mark.parametrize("opener", ["بر اساس اعلام", "براساس اعلام", "بر پایه اعلام", "بنا به اعلام",
                                    "طبق اظهارات", "بر اساس اظهارات", "به ادعای"])
def test_as_announced_by_openers(opener):
    """`بر اساس اعلام X، clause` (and kin): X's reported words, like `بنابر اعلام X`."""
    body = f"{opener} وزارت بهداشت غزه، از آغاز جنگ تاکنون بیش از ۴۰ هزار فلسطینی کشته شده‌اند."
    q = _find(extract_quotes(_doc("غزه", body)), "بیش از ۴۰ هزار فلسطینی")
    assert q.kind == "indirect" and q.speaker == "وزارت بهداشت غزه"


@pytest.mark.parametrize("body", [
    # mid-clause, an adverbial of the predicate: no source
    "این هشدار بر اساس اظهارات مقامات آمریکایی در گزارش روزنامه نیویورک‌تایمز منتشر شده است.",
    # `بر اساس گزارش X` is a source line, like `به گزارش X`
    "بر اساس گزارش خبرگزاری رویترز، از آغاز جنگ تاکنون بیش از ۴۰ هزار فلسطینی کشته شده‌اند.",
])
def test_mid_clause_or_report_openers_are_no_quote(body):
    assert extract_quotes(_doc("غزه", body)) == []


def test_an_opener_inside_a_colon_quote_stays_in_it():
    """`X افزود: بر اساس اعلام Y، …`: X's colon quote; a later `این رسانه` is X."""
    body = ("پایگاه خبری ۲۴ امارات افزود: بر اساس اعلام تلویزیون دولتی ایران، در این رزمایش "
            "کشتی‌های جنگی ایران به اهدافی در دریا موشک شلیک کردند.\n"
            "این رسانه اماراتی ادامه داد: به نظر می‌رسد نیروی دریایی ایران از هرگونه حمله اجتناب کرده است.")
    qs = extract_quotes(_doc("رزمایش", body))
    assert _find(qs, "کشتی‌های جنگی ایران").speaker.startswith("پایگاه خبری")
    assert _find(qs, "از هرگونه حمله اجتناب").speaker.startswith("پایگاه خبری")


@pytest.mark.parametrize("body, speaker", [
    ("هنوز ۹۴ گروگان در غزه باقی مانده‌اند که به گفته اسرائیل دست‌کم ۳۴ نفر از آنها کشته شده‌اند.",
     "اسرائیل"),
    ("هنوز ۹۴ گروگان در غزه باقی مانده‌اند که به گفته اسرائیل، دست‌کم ۳۴ نفر از آنها کشته شده‌اند.",
     "اسرائیل"),
    ("به گفته اسرائیل دست‌کم ۳۴ نفر از گروگان‌ها کشته شده‌اند.", "اسرائیل"),
    ("هنوز ۹۴ گروگان در غزه باقی مانده‌اند که به گفته ارتش اسرائیل دست‌کم ۳۴ نفر از آنها کشته شده‌اند.",
     "ارتش اسرائیل"),
])
def test_an_opener_after_ke_with_a_state_as_source(body, speaker):
    """`… که به گفته X …`: an opener right after a relative `که`; a country as the source
    needs no comma after it."""
    q = _find(extract_quotes(_doc("گروگان‌ها", body)), "۳۴ نفر")
    assert q.speaker == speaker and q.text.startswith("دست‌کم")


def test_a_country_then_and_is_not_the_whole_source():
    body = "به گفته آمریکا و اسرائیل دست‌کم ۳۴ نفر از گروگان‌ها کشته شده‌اند."
    assert not [q for q in extract_quotes(_doc("گروگان‌ها", body)) if q.speaker == "آمریکا"]


@pytest.mark.parametrize("indef, pron", [("یک کارشناس امور آفریقا", "او"), ("یک منبع آگاه", "وی"),
                                         ("یک دیپلمات اروپایی", "او")])
def test_a_pronoun_after_an_indefinite_speaker_is_that_speaker(indef, pron):
    """`یک کارشناس … اظهار داشت: …` then `او ادامه داد که …`: the indefinite speaker is
    one person, not the person named before."""
    body = ("سامح شکری، وزیر خارجه مصر، پیش‌تر با همتای اتیوپیایی خود دیدار کرده بود و گفت: «مذاکرات ادامه دارد.»\n"
            f"{indef} در گفت‌وگو با اعتماد اظهار داشت: «مسئله نیل برای مصر مسئله‌ای وجودی است.»\n"
            f"{pron} ادامه داد که اتیوپی سد را پروژه‌ای ملی می‌داند.")
    q = _find(extract_quotes(_doc("نیل", body)), "پروژه‌ای ملی")
    assert q.speaker == indef


def test_a_three_word_name_with_a_role_apposition_is_the_pronouns_person():
    """`علی حسن خلیل، دستیار سیاسی X، … تصریح کرد` then `به گفته وی، «…»`: him, not a
    person named before."""
    body = ("نجیب میقاتی، نخست‌وزیر لبنان، اعلام کرد که لبنان به قطعنامه ۱۷۰۱ پایبند است. "
            "علی حسن خلیل، دستیار سیاسی نبیه بری، در گفت‌وگو با روزنامه الشرق الاوسط تصریح کرد که "
            "ملاحظات لبنان به طرف آمریکایی تحویل داده شده است. به گفته وی، «هیچ بندی که حاکمیت "
            "لبنان را نقض کند قابل قبول نیست».")
    q = _find(extract_quotes(_doc("لبنان", body)), "هیچ بندی که حاکمیت")
    assert q.speaker == "علی حسن خلیل"


@pytest.mark.parametrize("head, before", [
    ("این وزارتخانه", "وزارت بهداشت غزه روز شنبه آمار تازه‌ای منتشر کرد."),
    ("این سازمان", "سازمان ملل متحد روز شنبه گزارشی منتشر کرد."),
])
def test_a_demonstrative_body_subject_is_the_last_matching_body(head, before):
    """`این وزارتخانه می‌گوید …`: the last organisation whose head matches (`وزارت …`),
    never an earlier speaker of another kind."""
    body = ("یک مقام ارشد آمریکایی به خبرنگاران گفت که واشنگتن پیشنهاد تازه‌ای ارائه کرده است. "
            f"{before} {head} می‌گوید بیش از نیمی از کشته‌شدگان زن و کودک هستند.")
    q = _find(extract_quotes(_doc("غزه", body)), "بیش از نیمی")
    assert q.speaker.split()[0] == before.split()[0]


def test_a_demonstrative_body_with_no_matching_body_stays_as_written():
    body = ("علی لاریجانی گفت که مذاکرات ادامه دارد. این وزارتخانه همچنین اعلام کرد که ۲۰ نفر "
            "بازداشت شده‌اند.")
    q = _find(extract_quotes(_doc("مذاکرات", body)), "۲۰ نفر")
    assert q.speaker != "علی لاریجانی"


def test_a_headline_head_is_quoted_by_a_body_with_a_generic_word():
    """`همبستگی ملی: …` and the body's `جنبش همبستگی ملی … اعلام کرد`: the headline is the
    body's; a topic head is not a longer body's name."""
    qs = extract_quotes(_doc("همبستگی ملی: دولت باید به مطالبات مردم پاسخ دهد",
                             "جنبش همبستگی ملی روز شنبه در بیانیه‌ای اعلام کرد که دولت باید به "
                             "مطالبات مردم پاسخ دهد."))
    assert [q.speaker for q in qs if q.sent_id == 0] == ["جنبش همبستگی ملی"]
    qs = extract_quotes(_doc("امنیت: شرایط منطقه نگران‌کننده است",
                             "شورای امنیت سازمان ملل روز شنبه در بیانیه‌ای اعلام کرد که شرایط منطقه "
                             "نگران‌کننده است."))
    assert not [q for q in qs if q.sent_id == 0]


# --- probe10/probe11 gaps: honorific verbs, headline occasions, datelines, characterisations ---
@pytest.mark.parametrize("body, words", [
    ("رهبر انقلاب همچنین فرمودند که مذاکره با آمریکا هیچ فایده‌ای برای کشور ندارد.",
     "مذاکره با آمریکا هیچ فایده‌ای"),
    ("رهبر انقلاب تأکید فرمودند که دولت باید به معیشت مردم توجه ویژه داشته باشد.",
     "دولت باید به معیشت مردم"),
    ("آیت‌الله خامنه‌ای در این دیدار بیان فرمودند: «ملت ایران در برابر زورگویی ایستاده است.»",
     "ملت ایران در برابر زورگویی"),
])
def test_the_honorific_said_is_a_speech_verb(body, words):
    """`فرمودند` ('said', honorific) alone or as the light verb of a speech compound."""
    q = _find(extract_quotes(_doc("عنوان", body)), words)
    assert "خامنه" in q.speaker or q.speaker == "رهبر انقلاب"


@pytest.mark.parametrize("body", [
    "رهبر انقلاب دستور فرمودند تا کمک‌ها به سرعت به مناطق زلزله‌زده ارسال شود.",
    "رهبر انقلاب دستور فرمودند که کمک‌ها به سرعت به مناطق زلزله‌زده ارسال شود.",
    "فرمان رهبر انقلاب برای بازسازی مناطق زلزله‌زده صادر شد و کار آغاز شد.",
])
def test_an_honorific_order_is_no_quote(body):
    """`دستور فرمودند` is an order (like `دستور داد`), `فرمان` a noun: no speech."""
    assert extract_quotes(_doc("عنوان", body)) == []


@pytest.mark.parametrize("title, body, speaker", [
    ("نماینده تهران در نطق میان دستور: مذاکره با آمریکا خسارت محض است",
     ("به گزارش انتخاب، حمید رسایی نماینده مردم تهران در نطق میان دستور جلسه علنی امروز گفت: "
     "«آقای عراقچی! شما نماینده ملت ایران هستید، نه نماینده غربگرایان.» "
     "محمدباقر قالیباف رئیس مجلس در پاسخ گفت که دولت گزارش خود را ارائه خواهد کرد."),
     "حمید رسایی"),
    ("نماینده اصفهان در نطق پیش از دستور: دولت باید پاسخگو باشد",
     ("به گزارش ایسنا، حسینعلی حاجی دلیگانی نماینده مردم شاهین‌شهر و اصفهان در نطق پیش از دستور "
     "گفت: «دولت باید درباره گرانی‌ها پاسخگو باشد.» محمدباقر قالیباف رئیس مجلس در پاسخ گفت که "
     "دولت گزارش خود را ارائه خواهد کرد."),
     "حسینعلی حاجی دلیگانی"),
    ("نماینده تبریز در صحن علنی مجلس: برجام شکست خورد",
     ("به گزارش ایسنا، احمد علیرضابیگی نماینده مردم تبریز در صحن علنی مجلس گفت: «برجام برای کشور "
     "هیچ دستاوردی نداشت.» محمدباقر قالیباف رئیس مجلس در پاسخ گفت که دولت گزارش خود را ارائه "
     "خواهد کرد."),
     "احمد علیرضابیگی"),
])
def test_a_role_headline_with_an_occasion_is_the_body_speaker(title, body, speaker):
    """`ROLE PLACE در نطق/صحن/…: …`: the occasion is stripped; the role (without the body's
    `مردم`) is the body speaker holding it."""
    qs = extract_quotes(_doc(title, body))
    head = [q for q in qs if q.form == "headline"]
    assert [q.speaker for q in head] == [speaker]


@pytest.mark.parametrize("body, speaker", [
    (("در ادامه این جلسه، محمدباقر قالیباف رئیس مجلس در واکنش به سخنان رسایی گفت: "
     "«مجلس از تیم مذاکره‌کننده حمایت می‌کند.»"), "محمدباقر قالیباف"),
    (("حمید رسایی نماینده تهران گفت که مذاکره خسارت است. رئیس مجلس در واکنش به سخنان حمید رسایی "
     "گفت: «مجلس از تیم مذاکره‌کننده حمایت می‌کند.»"), "رئیس مجلس"),
    (("در همین حال، عباس عراقچی وزیر امور خارجه در پاسخ به اظهارات ترامپ گفت: «ایران زیر بار "
     "زور نمی‌رود.»"), "عباس عراقچی"),
])
def test_a_name_inside_a_prepositional_phrase_is_not_the_speaker(body, speaker):
    q = _find(extract_quotes(_doc("عنوان", body)), "زور نمی‌رود" if "زور" in body else "تیم مذاکره")
    assert q.speaker == speaker


@pytest.mark.parametrize("body, words", [
    (("بري با بیان اینکه اسرائیل همچنان به نقض آتش بس ادامه می دهد ، خواستار فشار جامعه جهانی "
     "بر تل آویو شد."), "اسرائیل همچنان به نقض آتش‌بس ادامه می‌دهد"),
    (("وزیر خارجه با تاکید بر اینکه ایران به همکاری با آژانس ادامه خواهد داد، گفت: «ما چیزی "
     "برای پنهان کردن نداریم.»"), "ایران به همکاری با آژانس ادامه خواهد داد"),
])
def test_a_nominal_verb_inside_a_stating_clause_does_not_cut_it(body, words):
    """`به X ادامه می‌دهد` ('continues X') inside `با بیان اینکه …` is part of the clause."""
    q = _find(extract_quotes(_doc("عنوان", body)), words)
    assert _key(q.text) == _key(words)


def test_a_stating_clause_still_ends_at_the_main_speech_verb():
    body = ("سخنگوی دولت با بیان اینکه دولت از بخش خصوصی حمایت می‌کند ادامه داد: «ما برای رشد "
            "تولید برنامه داریم.»")
    qs = extract_quotes(_doc("عنوان", body))
    assert _key(_find(qs, "دولت از بخش خصوصی").text) == _key("دولت از بخش خصوصی حمایت می‌کند")


@pytest.mark.parametrize("inner, quoted", [
    ("دست‌کم ۹ نظامی صهیونیست", True),  # qualifier + number + noun: quoted words
    ("حداقل ۳۰۰ غیرنظامی بی‌گناه", True),
    ("اف ۳۵ نسل پنجم", False),  # a model number: a name
    ("سند چشم‌انداز ۱۴۰۴ کشور", False),  # a year names a document
])
def test_a_counted_number_makes_quoted_words(inner, quoted):
    body = f"سخنگوی ارتش مدعی شد که نیروهای این کشور «{inner}» را هدف قرار داده‌اند."
    frags = [q for q in extract_quotes(_doc("عنوان", body)) if q.form == "fragment"]
    assert bool(frags) == quoted


@pytest.mark.parametrize("line, speaker", [
    (("دویچه وله فارسی - مؤسسه آمار ترکیه (تورک‌استات) روز دوشنبه اعلام کرد که نرخ تورم سالانه "
     "به ۳۳ درصد رسیده است."), "مؤسسه آمار ترکیه"),
    ("تهران (ایرنا) - سخنگوی وزارت امور خارجه اعلام کرد که ایران در مذاکرات شرکت خواهد کرد.",
     "سخنگوی وزارت امور خارجه"),
    (("آنکارا (آناتولی) - رجب طیب اردوغان رئیس جمهور ترکیه گفت که ترکیه به حمایت از غزه ادامه "
     "می‌دهد."), "رجب طیب اردوغان"),
    ("پکن (CRI) - سخنگوی وزارت خارجه چین اعلام کرد که پکن با تحریم‌های یکجانبه مخالف است.",
     "سخنگوی وزارت خارجه چین"),
])
def test_a_dateline_with_an_agency_is_not_part_of_the_speaker(line, speaker):
    qs = extract_quotes(_doc("عنوان", line))
    assert [q.speaker for q in qs] == [speaker]


def test_a_long_phrase_before_a_dash_is_no_dateline():
    """Only an agencies.csv name may be a dateline segment of three words or more."""
    from analysis.quotes import _dateline_end
    assert _dateline_end("وزیر امور خارجه ایران - گفت", 0, 27) is None
    assert _dateline_end("دویچه‌وله فارسی - متن", 0, 22) is not None


@pytest.mark.parametrize("body, text", [
    ("ایران در واکنشی سریع این گزارش را «سیاسی» خواند.", "این گزارش را «سیاسی» خواند"),
    ("وزارت خارجه اسرائیل گزارش را «جعلی» دانست.", "گزارش را «جعلی» دانست"),
    ("سخنگوی وزارت خارجه چین روز دوشنبه این اتهامات را «بی‌اساس» توصیف کرد.",
     "این اتهامات را «بی‌اساس» توصیف کرد"),
])
def test_a_characterisation_is_not_the_whole_sentence(body, text):
    """`X را «…» خواند`: the characterisation from its object, not the subject and adverbials."""
    qs = [q for q in extract_quotes(_doc("عنوان", body)) if q.form == "characterization"]
    assert [_key(q.text) for q in qs] == [_key(text)]


@pytest.mark.parametrize("body", [
    ("آیت‌الله خامنه‌ای صبح امروز با فرماندهان ارتش دیدار کرد. ایشان در ادامه می‌فرمایند: "
    "«جوانان باید امیدوار باشند و برای آینده کشور تلاش کنند.»"),
    ("آیت‌الله خامنه‌ای صبح امروز با فرماندهان ارتش دیدار کرد. وی در ادامه گفت: "
    "«جوانان باید امیدوار باشند و برای آینده کشور تلاش کنند.»"),
])
def test_a_pronoun_refers_to_a_person_named_with_a_title(body):
    """A person mention that includes its title (`آیت‌الله …`) is a narration subject."""
    q = _find(extract_quotes(_doc("عنوان", body)), "جوانان باید امیدوار")
    assert "خامنه" in q.speaker


def test_the_honorific_according_to_is_an_opener():
    body = "به فرموده رهبر انقلاب، مذاکره با آمریکا هیچ مشکلی از مشکلات کشور را حل نمی‌کند."
    q = _find(extract_quotes(_doc("عنوان", body)), "مذاکره با آمریکا هیچ مشکلی")
    assert (q.kind, q.speaker) == ("indirect", "رهبر انقلاب")


# --- a fronted time adverbial is no speaker ------------------------------------------
@pytest.mark.parametrize("body, speaker", [
    ("ساعاتی پیش از آغاز نشست جده، روسیه اعلام کرد که آماده مذاکره است.", "روسیه"),
    ("ساعاتی بعد، وزارت دفاع روسیه اعلام کرد که سه پهپاد را سرنگون کرده است.", "وزارت دفاع روسیه"),
    ("ساعاتی بعد وزارت دفاع روسیه اعلام کرد که سه پهپاد را سرنگون کرده است.", "وزارت دفاع روسیه"),
    ("لحظاتی پیش از آغاز نشست، سرگئی لاوروف اعلام کرد که مسکو آماده گفتگوست.", "سرگئی لاوروف"),
    ("دقایقی پس از این حمله، اوکراین اعلام کرد که پدافند هوایی فعال شده است.", "اوکراین"),
    ("چند ساعت پیش از این دیدار، کرملین اعلام کرد که پوتین در نشست شرکت نمی‌کند.", "کرملین"),
    ("دو روز پس از این حمله، زلنسکی گفت که اوکراین تسلیم نمی‌شود.", "زلنسکی"),
    ("۴۸ ساعت پس از آغاز آتش‌بس، وزارت دفاع اوکراین اعلام کرد که روسیه آن را نقض کرده است.",
     "وزارت دفاع اوکراین"),
    ("یک هفته بعد، وزارت خارجه چین اعلام کرد که پکن با تحریم‌ها مخالف است.", "وزارت خارجه چین"),
    ("مدتی پیش زلنسکی گفته بود که اوکراین تسلیم نمی‌شود.", "زلنسکی"),
    ("اندکی پس از انتشار این گزارش، سخنگوی کرملین گفت که این ادعا بی‌اساس است.", "سخنگوی کرملین"),
    ("ساعاتی پس از این حمله اوکراین اعلام کرد که پدافند هوایی فعال شده است.", "اوکراین"),
    ("ساعت ۱۰ صبح، سخنگوی کرملین گفت که پوتین در نشست شرکت نمی‌کند.", "سخنگوی کرملین"),
    # a `؛`-segment opening with a time phrase inside the subject's sentence
    ("پوتین در گفت‌وگو با رسانه‌های چینی که کرملین امروز؛ یک روز پیش از سفر به شانگهای آن را "
     "منتشر کرد گفت که مسکو به روابط با پکن اهمیت می‌دهد.", "پوتین"),
])
def test_a_fronted_time_phrase_is_skipped_before_the_speaker(body, speaker):
    """`ساعاتی/دقایقی/لحظاتی/مدتی`, `چند ساعت`, `دو روز`, `۴۸ ساعت` (+ `پیش/پس/بعد (از …)`),
    a clock time: an adverbial opening the sentence, never the speaker."""
    qs = extract_quotes(_doc("عنوان", body))
    assert len(qs) == 1 and _same_speaker(qs[0].speaker, speaker), [q.speaker for q in qs]


@pytest.mark.parametrize("body", [
    "ساعاتی پیش اعلام شد که نشست لغو شده است.",  # passive: nobody named
    "دو ساعت، اعلام شد که نشست لغو شده است.",
])
def test_a_bare_time_phrase_is_never_a_speaker(body):
    assert not [q for q in extract_quotes(_doc("عنوان", body)) if q.speaker]


@pytest.mark.parametrize("body, speaker", [
    ("دو کشور اعلام کردند که روابط را گسترش می‌دهند.", "دو کشور"),  # a count, no time unit
    ("روز دوشنبه وزیر خارجه روسیه گفت که مسکو آماده مذاکره است.", "وزیر خارجه روسیه"),
])
def test_a_count_or_day_is_not_taken_for_a_time_adverbial(body, speaker):
    qs = extract_quotes(_doc("عنوان", body))
    assert [q.speaker for q in qs] == [speaker]


# --- a «…» opening with a determiner is quoted words -----------------------------------
@pytest.mark.parametrize("inner, quoted", [
    ("یک شب گفتگوهای طولانی", True),  # determiner: quoted words
    ("هر گونه تجاوز نظامی", True),
    ("برخی اقدامات تحریک‌آمیز غرب", True),
    ("حملات پهپادهای ارتش روسیه", True),  # a plural noun, no institutional head
    ("سازمان کشورهای صادرکننده نفت", False),  # an institutional head: a name
    ("دولت جمهوری اسلامی افغانستان", False),
    ("برنامه جامع اقدام مشترک", False),
])
def test_a_fragment_opening_with_a_determiner_is_quoted_words(inner, quoted):
    body = f"دونالد ترامپ نوشت که این آتش‌بس پس از «{inner}» با میانجی‌گری واشنگتن حاصل شد."
    frags = [q for q in extract_quotes(_doc("عنوان", body)) if q.form == "fragment"]
    assert bool(frags) == quoted


def test_a_determiner_fragment_in_a_probe_sentence():
    body = ("دونالد ترامپ، رئیس‌جمهور آمریکا، پیشتر در شبکه اجتماعی خود نوشته بود که این آتش‌بس "
            "پس از «یک شب گفتگوهای طولانی» با میانجی‌گری واشنگتن حاصل شد.")
    q = _find(extract_quotes(_doc("عنوان", body)), "یک شب گفتگوهای طولانی")
    assert (q.form, q.speaker) == ("fragment", "دونالد ترامپ")


# --- a body's name goes on through a prepositional link -----------------------------
@pytest.mark.parametrize("body, speaker", [
    ("کمیسیون عالی رسیدگی به مشکلات مهاجرین طالبان اعلام کرد که ۲۵۰۰ خانواده بازگشته‌اند.",
     "کمیسیون عالی رسیدگی به مشکلات مهاجرین طالبان"),
    ("کمیساریای عالی سازمان ملل در امور پناهندگان (UNHCR) اعلام کرد که یک میلیون افغان "
     "بازگشته‌اند.", "کمیساریای عالی سازمان ملل در امور پناهندگان"),
    ("کمیته حمایت از روزنامه‌نگاران اعلام کرد که دست‌کم ده خبرنگار کشته شده‌اند.",
     "کمیته حمایت از روزنامه‌نگاران"),
    ("ستاد مبارزه با مواد مخدر روز دوشنبه اعلام کرد که دو تن مواد کشف شده است.",
     "ستاد مبارزه با مواد مخدر"),
    # no link: the preposition ends the subject
    ("وزارت خارجه روسیه در بیانیه‌ای اعلام کرد که مسکو آماده مذاکره است.", "وزارت خارجه روسیه"),
    ("سازمان ملل در نیویورک اعلام کرد که کمک‌ها ارسال می‌شود.", "سازمان ملل"),
    ("روسیه در پاسخ به این اقدام اعلام کرد که سفیر را احضار می‌کند.", "روسیه"),
])
def test_a_body_name_goes_on_through_its_link(body, speaker):
    """`رسیدگی به`, `در امور`, `حمایت از`, `مبارزه با` inside a body's name (`NAME_LINKS`)."""
    qs = extract_quotes(_doc("عنوان", body))
    assert [q.speaker for q in qs] == [speaker]


# --- a `،` after a finite verb closes a clause for the speaker search ---------------------
_MEETING = ("سید عباس عراقچی وزیر امور خارجه کشورمان ظهر امروز در مسقط با بدر البوسعیدی وزیر "
            "خارجه عمان دیدار و گفت‌وگو کرد.\n")


@pytest.mark.parametrize("body, speaker", [
    # IRNA's long sentence: list commas before the verb, then `، NAME … گفت`
    ("به گزارش ایرنا، در این دیدار که در محل وزارت خارجه عمان برگزار شد، دو طرف درباره روابط "
     "دوجانبه، تحولات منطقه و روند گفت‌وگوهای غیرمستقیم تهران و واشنگتن رایزنی کردند، عراقچی با "
     "قدردانی از نقش سازنده مسقط گفت: «ایران با حسن نیت وارد این مذاکرات شده است.»",
     "سید عباس عراقچی"),
    ("دو طرف در این دیدار، روابط اقتصادی، انرژی و ترانزیت را بررسی کردند، البوسعیدی نیز اظهار "
     "داشت که کشورش همه تلاش خود را برای تسهیل گفت‌وگوها به کار خواهد گرفت.", "بدر البوسعیدی"),
    ("در این دیدار، طرفین درباره همکاری‌های بندری، گمرکی و مالی گفت‌وگو کردند، وزیر خارجه عمان "
     "گفت: «مسقط از هر ابتکاری برای کاهش تنش حمایت می‌کند.»", "بدر البوسعیدی"),
    # negative: the verb before the comma is a relative clause's (`که`): the subject stays
    ("عراقچی، که دیروز درباره روابط دوجانبه، تحولات منطقه و مذاکرات با البوسعیدی گفت‌وگو کرد، "
     "گفت: «ایران با حسن نیت وارد این مذاکرات شده است.»", "سید عباس عراقچی"),
    # negative: no subject after the comma: the subject before it speaks
    ("عراقچی وارد مسقط شد، در فرودگاه به خبرنگاران گفت: «ایران با حسن نیت وارد این مذاکرات "
     "شده است.»", "سید عباس عراقچی"),
])
def test_a_comma_after_a_finite_verb_closes_the_clause(body, speaker):
    qs = extract_quotes(_doc("عنوان", _MEETING + body))
    assert [q.speaker for q in qs] == [speaker]


@pytest.mark.parametrize("body, speaker", [
    ("دو طرف در این دیدار بر گسترش روابط تاکید کرد و گفت: «روابط باید گسترش یابد.»",
     "سید عباس عراقچی"),
    # a plural verb: both sides speak
    ("دو طرف در این دیدار گفتند: «روابط دو کشور باید گسترش یابد.»", "دو طرف"),
    ("طرفین در بیانیه پایانی اعلام کردند که روابط دو کشور گسترش می‌یابد.", "طرفین"),
])
def test_a_referring_plural_never_speaks_with_a_singular_verb(body, speaker):
    qs = extract_quotes(_doc("عنوان", _MEETING + body))
    assert [q.speaker for q in qs] == [speaker]


# --- openers of a point of view: از دید X، به تعبیر X، … ---------------------------------
_LAVROV = "سرگئی لاوروف وزیر خارجه روسیه روز دوشنبه وارد تهران شد.\n"


@pytest.mark.parametrize("opener", ["از دید", "به تعبیر", "به زعم", "به نظر", "به عقیده",
                                    "از منظر", "از دیدگاه"])
def test_a_point_of_view_opener_names_its_speaker(opener):
    body = _LAVROV + f"{opener} لاوروف، غرب مسئول تشدید بحران اوکراین است و باید پاسخگو باشد."
    qs = extract_quotes(_doc("عنوان", body))
    assert [(q.speaker, q.kind) for q in qs] == [("سرگئی لاوروف", "indirect")]


@pytest.mark.parametrize("body", [
    "به نظر می‌رسد، غرب مسئول تشدید بحران اوکراین است و باید پاسخگو باشد.",
    "به نظر نمی‌رسد که غرب مسئول تشدید بحران اوکراین باشد و باید پاسخگو باشد.",
    "به تعبیر دیگر، غرب مسئول تشدید بحران اوکراین است و باید پاسخگو باشد.",
    "از نظر اقتصادی، ایران در وضعیت دشواری قرار دارد و تورم بالاست.",
    "از منظر حقوقی و سیاسی، ایران در وضعیت دشواری قرار دارد و تورم بالاست.",
])
def test_a_point_of_view_opener_without_a_speaker_is_no_quote(body):
    assert extract_quotes(_doc("عنوان", body)) == []


def test_a_first_person_view_inside_a_quote_is_the_speakers():
    body = _LAVROV + "وی گفت: به نظر من، غرب مسئول تشدید بحران اوکراین است و باید پاسخگو باشد."
    qs = extract_quotes(_doc("عنوان", body))
    assert [(q.speaker, q.kind) for q in qs] == [("سرگئی لاوروف", "direct")]


# --- a second speech verb after a `با بیان اینکه` clause --------------------------------
_BAGHERI = "علی باقری کنی معاون وزیر خارجه ایران به کاراکاس سفر کرد.\n"


@pytest.mark.parametrize("body, second", [
    ("باقری کنی با بیان اینکه «ایران و ونزوئلا نشان دادند که تحریم‌ها نمی‌تواند اراده ملت‌ها را "
     "بشکند» افزود: همکاری‌های اقتصادی دو کشور باید به سطح روابط سیاسی برسد.", "direct"),
    ("باقری کنی با تاکید بر اینکه ایران و ونزوئلا تحریم‌ها را شکست دادند تصریح کرد: همکاری‌های "
     "اقتصادی دو کشور باید به سطح روابط سیاسی برسد.", "direct"),
    ("باقری کنی با اشاره به اینکه «ایران و ونزوئلا تحریم‌ها را شکست دادند» افزود که همکاری‌های "
     "اقتصادی دو کشور باید به سطح روابط سیاسی برسد.", "indirect"),
])
def test_a_speech_verb_after_a_clause_opener_gives_a_second_quote(body, second):
    qs = extract_quotes(_doc("عنوان", _BAGHERI + body))
    assert [q.speaker for q in qs] == ["علی باقری کنی"] * 2
    assert qs[1].kind == second and "همکاری" in qs[1].text


def test_an_object_before_a_colon_is_still_a_list():
    body = "وزارت بهداشت غزه آمار قربانیان را تأیید کرده است: کودکان، زنان و سالمندان بیشترین قربانیان هستند."
    assert extract_quotes(_doc("عنوان", body)) == []


# --- a speaker phrase's country never comes from an adjunct -----------------------------
@pytest.mark.parametrize("body, speaker, country", [
    ("سخنگوی کاخ ریاست همچنین با اشاره به تحریم‌های جدید اتحادیه اروپا خاطرنشان کرد که این "
     "اقدامات غیرقانونی است.", "سخنگوی کاخ ریاست", ""),
    ("سخنگوی کاخ ریاست در واکنش به تحریم‌های جدید آمریکا گفت که این اقدامات غیرقانونی است.",
     "سخنگوی کاخ ریاست", ""),
    ("سخنگوی کاخ ریاست درباره تحریم‌های جدید آمریکا گفت که این اقدامات غیرقانونی است.",
     "سخنگوی کاخ ریاست", ""),
    # the phrase's own country, or an affiliation `در X`, stays
    ("یکی از مقامات آمریکایی در واکنش به تحریم‌های جدید روسیه گفت که این اقدامات غیرقانونی است.",
     "یکی از مقامات آمریکایی", "USA"),
    ("یک منبع در وزارت خارجه روسیه به رویترز گفت که این اقدامات غیرقانونی است.", "یک منبع", "RUS"),
])
def test_a_speakers_country_never_comes_from_an_adjunct(body, speaker, country):
    qs = extract_quotes(_doc("عنوان", "نشست خبری برگزار شد.\n" + body))
    assert [(q.speaker, q.speaker_country) for q in qs] == [(speaker, country)]


# --- `این کارشناس` (a demonstrative + an apposition noun) is the last person --------------
_STATS_BODY = "مرکز آمار ایران روز سه‌شنبه اعلام کرد که نرخ تورم نقطه‌به‌نقطه به ۳۸ درصد رسیده است.\n"


@pytest.mark.parametrize("intro, anaphor", [
    ("مسعود نیلی، اقتصاددان، در گفت‌وگو با دنیای اقتصاد گفت", "این کارشناس افزود"),
    ("مسعود نیلی، اقتصاددان، در گفت‌وگو با دنیای اقتصاد گفت", "این اقتصاددان ادامه داد"),
    ("مسعود نیلی، استاد دانشگاه شریف، در گفت‌وگو با دنیای اقتصاد گفت", "این استاد دانشگاه افزود"),
    ("مسعود نیلی، تحلیلگر مسائل اقتصادی، به ایسنا گفت", "همین تحلیلگر تصریح کرد"),
    ("مسعود نیلی، پژوهشگر اقتصاد، به ایسنا گفت", "این پژوهشگر افزود"),
])
def test_a_demonstrative_apposition_noun_is_the_last_person(intro, anaphor):
    """`مسعود نیلی، اقتصاددان، … گفت …. این کارشناس افزود: «…»`: the economist, not the
    body quoted before him."""
    body = (_STATS_BODY + f"{intro} که ریشه تورم در کسری بودجه دولت است. {anaphor}: «تا زمانی که "
            "بانک مرکزی کسری دولت را تأمین کند، هیچ سیاست ضدتورمی جواب نمی‌دهد.»")
    q = _find(extract_quotes(_doc("تورم", body)), "هیچ سیاست ضدتورمی")
    assert q.speaker == "مسعود نیلی"


def test_a_demonstrative_apposition_noun_prefers_the_person_introduced_with_it():
    """Two persons quoted: `این اقتصاددان` is the one the article called an economist."""
    body = ("مسعود نیلی، اقتصاددان، گفت که ریشه تورم در کسری بودجه دولت است. "
            "حسین شریعتمداری، مدیرمسئول کیهان، گفت که تحریم‌ها علت اصلی گرانی است. "
            "این اقتصاددان افزود: «بانک مرکزی باید مستقل باشد و کسری را تأمین نکند.»")
    q = _find(extract_quotes(_doc("تورم", body)), "بانک مرکزی باید مستقل")
    assert q.speaker == "مسعود نیلی"


def test_a_demonstrative_apposition_noun_with_no_person_is_no_body():
    """With no person before, `این کارشناس` is not the body quoted earlier."""
    body = _STATS_BODY + "این کارشناس افزود: «هیچ سیاست ضدتورمی بدون انضباط مالی جواب نمی‌دهد.»"
    q = _find(extract_quotes(_doc("تورم", body)), "هیچ سیاست ضدتورمی")
    assert q.speaker != "مرکز آمار ایران"


# --- an outlet's name before a headline's speaker ---------------------------------------
_VELAYATI = ("به گزارش خبرگزاری فارس، علی‌اکبر ولایتی، مشاور رهبر ایران در امور بین‌الملل، روز "
             "یکشنبه گفت: «سیاست نگاه به شرق یک راهبرد است نه تاکتیک.»")


@pytest.mark.parametrize("title", [
    "فارس: ولایتی: سیاست نگاه به شرق راهبردی است",
    "خبرگزاری فارس: ولایتی: سیاست نگاه به شرق راهبردی است",
    "تسنیم: ولایتی: سیاست نگاه به شرق راهبردی است",
])
def test_an_outlet_before_a_headline_speaker_is_read_past(title):
    qs = [q for q in extract_quotes(_doc(title, _VELAYATI)) if q.sent_id == 0]
    assert [(q.speaker, q.text) for q in qs] == [("علی‌اکبر ولایتی", "سیاست نگاه به شرق راهبردی است")]


_GROSSI = ("به گزارش خبرآنلاین، رافائل گروسی، مدیرکل آژانس بین‌المللی انرژی اتمی، روز چهارشنبه در "
           "تهران با محمد اسلامی دیدار کرد. گروسی در نشست خبری گفت: «همکاری‌ها باید گسترش یابد.»")


@pytest.mark.parametrize("title", [
    "خبرآنلاین: گروسی در تهران؛ «همکاری‌ها باید گسترش یابد»",
    "ایسنا: سفر گروسی به تهران؛ «همکاری‌ها باید گسترش یابد»",
])
def test_an_outlet_headline_with_a_persons_quotation_after_a_semicolon(title):
    qs = [q for q in extract_quotes(_doc(title, _GROSSI)) if q.sent_id == 0]
    assert [(q.speaker, q.text) for q in qs] == [("رافائل گروسی", "همکاری‌ها باید گسترش یابد")]


def test_an_outlet_headline_without_a_speaker_stays_the_outlets():
    """`نیویورک تایمز: مذاکرات … رسیده است`: no second head and no person's quotation."""
    qs = [q for q in extract_quotes(_doc("نیویورک تایمز: مذاکرات مسقط به مرحله فنی رسیده است",
                                         "روزنامه نیویورک تایمز در گزارشی نوشت که مذاکرات به مرحله "
                                         "فنی رسیده است.")) if q.sent_id == 0]
    assert [q.speaker.replace("\u200c", " ") for q in qs] == ["نیویورک تایمز"]


def test_an_outlet_headline_with_two_people_before_the_semicolon_is_not_a_persons():
    title = "خبرآنلاین: دیدار گروسی و اسلامی در تهران؛ «همکاری‌ها باید گسترش یابد»"
    body = _GROSSI.replace("با محمد اسلامی", "با محمد اسلامی، رئیس سازمان انرژی اتمی ایران،")
    qs = [q for q in extract_quotes(_doc(title, body)) if q.sent_id == 0]
    assert all(q.speaker not in ("رافائل گروسی", "محمد اسلامی") for q in qs)


# --- `این روزنامه` is the last outlet, never a person ----------------------------------
@pytest.mark.parametrize("outlet, anaphor", [
    ("روزنامه اعتماد", "این روزنامه"),
    ("روزنامه اعتماد", "این نشریه"),
    ("روزنامه اعتماد", "این رسانه"),
    ("شبکه الجزیره", "این شبکه"),
    ("خبرگزاری رویترز", "این خبرگزاری"),
])
def test_a_demonstrative_medium_is_the_last_outlet(outlet, anaphor):
    body = ("حسین شریعتمداری، مدیرمسئول روزنامه کیهان، یادآور شد که اروپا به تعهدات خود عمل نکرد.\n"
            f"در مقابل، {outlet} در گزارشی نوشت که قطع ارتباط با اروپا هزینه‌های سنگینی دارد.\n"
            f"{anaphor} یادآور شد که حجم تجارت ایران و اروپا در سال ۲۰۱۷ به ۲۱ میلیارد یورو رسیده بود.")
    q = _find(extract_quotes(_doc("اروپا", body)), "حجم تجارت ایران و اروپا")
    assert q.speaker == outlet


def test_a_demonstrative_medium_with_no_outlet_is_no_person():
    body = ("حسین شریعتمداری، مدیرمسئول کیهان، یادآور شد که اروپا به تعهدات خود عمل نکرد.\n"
            "این روزنامه یادآور شد که حجم تجارت ایران و اروپا در سال ۲۰۱۷ به ۲۱ میلیارد یورو رسیده بود.")
    q = _find(extract_quotes(_doc("اروپا", body)), "حجم تجارت ایران و اروپا")
    assert q.speaker != "حسین شریعتمداری"


# --- a role-first lead, then the holder's name with a continuing verb ----------------------
_TPO = ("به گزارش خبرگزاری ایرنا، رئیس سازمان توسعه تجارت ایران اعلام کرد که صادرات غیرنفتی ایران "
        "به امارات در شش ماه نخست سال با رشد ۲۰ درصدی به ۳٫۸ میلیارد دلار رسیده است.\n")


@pytest.mark.parametrize("second", [
    "محمدعلی دهقان دهنوی افزود: امارات پس از چین دومین مقصد صادراتی ایران است.",
    "محمدعلی دهقان دهنوی ادامه داد که امارات پس از چین دومین مقصد صادراتی ایران است.",
    "محمدعلی دهقان دهنوی همچنین گفت: «امارات پس از چین دومین مقصد صادراتی ایران است.»",
    "محمدعلی دهقان دهنوی تصریح کرد: امارات پس از چین دومین مقصد صادراتی ایران است.",
])
def test_a_role_lead_then_a_name_continuing_is_one_person(second):
    qs = extract_quotes(_doc("صادرات", _TPO + second))
    assert [q.speaker for q in qs] == ["محمدعلی دهقان دهنوی"] * 2


@pytest.mark.parametrize("second", [
    # not a continuing verb: another person may answer
    "محمدعلی دهقان دهنوی گفت: امارات پس از چین دومین مقصد صادراتی ایران است.",
    # another speaker between the role and the name
    ("مرکز آمار ایران اعلام کرد که تورم کاهش یافته است. محمدعلی دهقان دهنوی افزود: امارات پس از "
     "چین دومین مقصد صادراتی ایران است."),
])
def test_a_role_lead_stays_the_role_without_a_continuation(second):
    qs = extract_quotes(_doc("صادرات", _TPO + second))
    assert qs[0].speaker == "رئیس سازمان توسعه تجارت ایران"


def test_a_role_with_a_holder_is_not_given_to_a_later_name():
    """An indefinite source (`یک منبع آگاه`) is not the name that follows."""
    body = ("یک منبع آگاه اعلام کرد که صادرات غیرنفتی ایران به امارات ۲۰ درصد رشد داشته است.\n"
            "محمدعلی دهقان دهنوی افزود: امارات پس از چین دومین مقصد صادراتی ایران است.")
    qs = extract_quotes(_doc("صادرات", body))
    assert qs[0].speaker == "یک منبع آگاه"


def test_a_role_lead_then_a_name_after_a_source_line():
    body = ("به گزارش ایرنا، استاندار خراسان رضوی در مراسم بازگشایی بازارچه مرزی سرخس گفت: این "
            "بازارچه روزانه ۳۰۰ تن کالا را مبادله خواهد کرد.\n"
            "یعقوبعلی نظری افزود: در شش ماه نخست امسال بیش از یک میلیون تن کالا ترانزیت شده است.")
    qs = extract_quotes(_doc("بازارچه", body))
    assert [q.speaker for q in qs] == ["یعقوبعلی نظری"] * 2


def test_a_plural_group_after_also_is_no_roles_holder():
    """`همچنین سران نظامی … هشدار داده‌اند`: a group, not the role's name."""
    body = ("سخنگوی وزارت امور خارجه در پیامی گفت: دنیا صدای مظلومیت شما را شنیده است.\n"
            "همچنین سران نظامی و امنیتی بارها با هشدار اینکه طرح اشغال شهر غزه شکست خواهد خورد "
            "اذعان کرده‌اند که غزه به باتلاق تبدیل شده است.")
    qs = extract_quotes(_doc("غزه", body))
    assert qs[0].speaker == "سخنگوی وزارت امور خارجه"


def test_a_demonstrative_medium_with_a_country_is_that_countrys_outlet():
    """`این رسانه اماراتی` is the Emirati outlet quoted before, not a later Iranian one."""
    body = ("پایگاه خبری ۲۴ امارات در گزارشی نوشت که رزمایش ایران پیامی به اسرائیل است.\n"
            "گزارش تلویزیون دولتی ایران حاکیست که کشتی‌های جنگی موشک‌های کروز شلیک کرده‌اند.\n"
            "این رسانه اماراتی ادامه داد: به نظر می‌رسد نیروی دریایی ایران از حمله بزرگ اجتناب کرده است.")
    q = _find(extract_quotes(_doc("رزمایش", body)), "از حمله بزرگ اجتناب")
    assert "تلویزیون" not in q.speaker and q.speaker != ""


# --- round 12 ------------------------------------------------------------------------------

@pytest.mark.parametrize("body, speaker, words", [
    ("ارتش اسرائیل اما مدعی است که در این مدت دست‌کم ۱۷ هزار نیروی حماس را کشته است.",
     "ارتش اسرائیل", "۱۷ هزار نیروی حماس"),
    ("مقام‌های آمریکایی مدعی هستند که ایران در این حمله نقش داشته است.",
     "مقام‌های آمریکایی", "ایران در این حمله نقش"),
    ("مخالفان دولت مدعی‌اند که انتخابات با تقلب همراه بوده است.",
     "مخالفان دولت", "انتخابات با تقلب همراه"),
    ("رئیس بانک مرکزی می‌گوید که تورم ماهانه در حال کاهش است.",
     "رئیس بانک مرکزی", "تورم ماهانه در حال کاهش"),
])
def test_a_present_tense_claim_is_reported_speech(body, speaker, words):
    """`مدعی است که`, `مدعی هستند که`, `می‌گوید که`: a standing claim, like `معتقد است`."""
    q = _find(extract_quotes(_doc("ادعا", body)), words)
    assert q.kind == "indirect" and q.speaker == speaker


def test_a_claim_without_a_clause_is_no_quote():
    assert extract_quotes(_doc("ادعا", "پرونده او اکنون در دست دادگاه است و او مدعی است.")) == []


def test_a_relative_head_is_not_the_claimant():
    """`رقمی که بغداد مدعی است …`: the head noun is what is claimed; Baghdad claims it."""
    body = "عراق هنوز ۳ میلیارد دلار را پرداخت نکرده است؛ رقمی که بغداد مدعی است در سال ۲۰۲۲ تسویه شده است."
    q = _find(extract_quotes(_doc("غرامت", body)), "در سال ۲۰۲۲ تسویه")
    assert q.speaker == "بغداد"
    body = ("زلنسکی که در همان روز در آنکارا با اردوغان دیدار می‌کرد، گفت که کی‌یف هیچ توافقی را "
            "به رسمیت نمی‌شناسد.")
    assert "زلنسکی" in _find(extract_quotes(_doc("کی‌یف", body)), "هیچ توافقی را").speaker


@pytest.mark.parametrize("body, speaker, words", [
    ("وزیران توافق کردند تولید را کاهش دهند؛ کاهشی که به گفته کارشناسان معادل حدود ۲ درصد از "
     "تقاضای جهانی نفت است.", "کارشناسان", "معادل حدود ۲ درصد"),
    ("سفر هیئت فنی آژانس به تهران، به گفته یک دیپلمات غربی فعلا به تعویق افتاده است.",
     "یک دیپلمات غربی", "فعلا به تعویق افتاده"),
    ("این تصمیم به گفته منابع آگاه هفته آینده اعلام خواهد شد.", "منابع آگاه", "هفته آینده اعلام"),
    ("این طرح به گفته مقام‌های آمریکایی در ماه آینده اجرا می‌شود.", "مقام‌های آمریکایی",
     "در ماه آینده اجرا"),
])
def test_an_unnamed_source_without_a_comma_after_be_gofte(body, speaker, words):
    """`به گفته کارشناسان معادل …`: the source ends after its noun and adjectives."""
    q = _find(extract_quotes(_doc("منبع", body)), words)
    assert q.kind == "indirect" and q.speaker.replace("\u200c", "") == speaker.replace("\u200c", "")


@pytest.mark.parametrize("body", [
    "حجم تجارت ۱۷۰ میلیون دلار بود که به گفته مقام‌های دو کشور با ظرفیت‌های موجود فاصله زیادی دارد.",
    "این تصمیم به گفته منابع آگاه در وزارت خارجه هفته آینده اعلام خواهد شد.",
])
def test_an_unnamed_source_that_goes_on_without_a_comma_is_not_cut(body):
    """`مقام‌های دو کشور`, `منابع آگاه در …`: where the source ends is unknown: no quote."""
    assert extract_quotes(_doc("منبع", body)) == []


def test_be_elam_a_gazetteer_body_without_a_comma():
    """`بنابر اعلام سازمان جهانی هواشناسی دمای هوا …`: the body ends the source phrase."""
    body = "بنابر اعلام سازمان جهانی هواشناسی دمای هوا در ۲۱ کشور از ۴۵ درجه سانتی‌گراد فراتر رفته است."
    q = _find(extract_quotes(_doc("گرما", body)), "دمای هوا در ۲۱ کشور")
    assert q.speaker == "سازمان جهانی هواشناسی"
    body = "بنا بر اعلام صندوق بین‌المللی پول رشد اقتصادی منطقه به ۲ درصد کاهش می‌یابد."
    assert _find(extract_quotes(_doc("رشد", body)), "رشد اقتصادی منطقه").speaker == "صندوق بین‌المللی پول"


def test_words_quoted_in_a_characterisation_go_to_its_subject():
    """`X، ROLE، این اقدام را «…» خواند`: the «…» is X's, not the previous paragraph's speaker."""
    body = ("در همین حال، برایان نلسون، معاون وزیر خزانه داری، گفت: «ما از همه ابزارهای خود "
            "استفاده خواهیم کرد.»\n"
            "وزارت خزانه‌داری آمریکا همان روز ۶ شرکت را به فهرست تحریم ها افزود.\n"
            "ناصر کنعانی، سخنگوی وزارت خارجه ایران، این اقدام را «غیرقانونی و محکوم به شکست» خواند.")
    qs = extract_quotes(_doc("تحریم", body))
    assert all(q.speaker == "ناصر کنعانی" for q in qs if "غیرقانونی" in q.text)
    assert any(q.speaker == "ناصر کنعانی" for q in qs)


@pytest.mark.parametrize("subject", ["احمد وظیفه نیز", "احمد وظیفه هم"])
def test_a_new_speaker_with_also_or_his_own_role_is_not_the_roles_holder(subject):
    """`NAME (ROLE) نیز خاطرنشان کرد` after a role's quote: one more speaker, not the role's name."""
    body = ("رئیس اداره آمار استان در نشستی خبری گفت: «بیکاری در استان به ۱۲ درصد رسیده است.»\n"
            f"{subject} خاطرنشان کرد که نزدیک به ۳۰۰ شهر کشور در تنش آبی قرار دارند.")
    qs = extract_quotes(_doc("آمار", body))
    assert _find(qs, "بیکاری در استان").speaker == "رئیس اداره آمار استان"
    assert _find(qs, "۳۰۰ شهر کشور").speaker == "احمد وظیفه"


def test_a_new_name_that_continues_a_role_still_takes_its_quotes():
    """`NAME همچنین خاطرنشان کرد` right after a role's quote: the role's holder, named now."""
    body = ("رئیس اداره آمار استان در نشستی خبری گفت: «بیکاری در استان به ۱۲ درصد رسیده است.»\n"
            "احمد وظیفه همچنین خاطرنشان کرد که نزدیک به ۳۰۰ شهر کشور در تنش آبی قرار دارند.")
    assert _find(extract_quotes(_doc("آمار", body)), "بیکاری در استان").speaker == "احمد وظیفه"


@pytest.mark.parametrize("body, speaker", [
    ("نماینده ایران در این نشست، محمد رضایی، این رقم را «ناچیز» خواند و گفت که کشورهای "
     "توسعه‌یافته به تعهدات خود عمل نکرده‌اند.", "محمد رضایی"),
    ("سخنگوی دولت در نشست خبری امروز، علی بهادری جهرمی، گفت که دولت از این طرح حمایت می‌کند.",
     "علی بهادری جهرمی"),
])
def test_a_role_with_an_adjunct_then_a_name_in_commas_is_that_persons(body, speaker):
    """`ROLE (adjunct)، NAME، … گفت`: the name between the commas speaks, as after `به گفته`."""
    q = [q for q in extract_quotes(_doc("نشست", body)) if q.kind == "indirect"][0]
    assert q.speaker == speaker


def test_a_role_then_a_plain_noun_phrase_in_commas_keeps_the_role():
    body = "وزیر خارجه در این سفر، مهاجمان مسلح، را محکوم کرد و گفت که این حمله تروریستی بوده است."
    assert extract_quotes(_doc("سفر", body))[0].speaker == "وزیر خارجه"


@pytest.mark.parametrize("subject", [
    "در این جلسه روح‌الله متفکرآزاد نماینده مردم تبریز، آذرشهر و اسکو",
    "در این نشست رضا احمدی نماینده مردم تهران، ری، شمیرانات و پردیس",
    "روح‌الله متفکرآزاد نماینده مردم تبریز، آذرشهر و اسکو به عنوان نخستین موافق",
])
def test_a_constituency_list_with_commas_stays_in_the_speakers_phrase(subject):
    """`NAME نماینده مردم X، Y و Z … گفت`: the towns' commas are no clause ends, so the
    speaker is the name, not the town after the last comma (`آذرشهر`)."""
    body = f"{subject} گفت: «مردم زیر فشار گرانی کمر خم کرده‌اند.» وی افزود که قیمت دلار بالا رفته است."
    qs = extract_quotes(_doc("استیضاح", body))
    assert len(qs) == 2
    assert all(q.speaker == subject.split(" نماینده")[0].replace("در این جلسه ", "")
               .replace("در این نشست ", "") for q in qs), [q.speaker for q in qs]


def test_a_comma_after_a_constituency_that_ends_a_clause_still_separates():
    """`نماینده مردم X، در جلسه …`: no list of towns (a preposition follows), the comma counts."""
    from analysis.quotes import _constituency_commas
    text = "علی رضایی نماینده مردم تبریز، در جلسه و نشست امروز گفت که"
    assert not _constituency_commas(text)
    assert _constituency_commas("نماینده مردم تبریز، آذرشهر و اسکو گفت")


def test_a_number_in_digits_and_a_noun_is_never_a_speaker():
    """`۸۳ بند`: a count of things (a statement's clauses) speaks for no one."""
    body = ("بیانیه مشترک رهبران تصویب شد. در این بیانیه ۸۳ بند آمده و از «تهدید یا استفاده از زور» "
            "برای تصرف سرزمین انتقاد شده، اما نامی از روسیه برده نشده است.")
    assert not extract_quotes(_doc("اجلاس", body))


def test_an_unnamed_source_with_one_is_still_a_speaker():
    """`یک منبع آگاه`, `دو مقام آمریکایی`: numbers in words head unnamed sources that speak."""
    qs = extract_quotes(_doc("منبع", "یک منبع آگاه گفت که مذاکرات هفته آینده از سر گرفته می‌شود."))
    assert qs and qs[0].speaker.startswith("یک منبع")
    qs = extract_quotes(_doc("منبع", "دو مقام آمریکایی گفتند که مذاکرات هفته آینده از سر گرفته می‌شود."))
    assert qs and qs[0].speaker.startswith("دو مقام")


@pytest.mark.parametrize("body, speaker, words", [
    # a timeline's date stamp opens the line: the subject follows it
    ("۱۱ مارس ۲۰۲۳ - وانگ یی، وزیر خارجه چین، این توافق را «پیروزی گفت‌وگو و صلح» خواند.",
     "وانگ یی", "پیروزی گفت‌وگو و صلح"),
    ("۶ آوریل ۲۰۲۳ - امیرعبداللهیان پس از دیدار در توییتی نوشت که دو طرف بر ازسرگیری "
     "پروازها توافق کردند.", "امیرعبداللهیان", "دو طرف بر ازسرگیری"),
    ("۲۲ بهمن ۱۴۰۱: رئیسی گفت که ایران آماده گفت‌وگو است.", "رئیسی", "ایران آماده گفت‌وگو"),
    ("۱۴۰۲/۰۱/۱۵ - رئیسی گفت که ایران آماده گفت‌وگو است.", "رئیسی", "ایران آماده گفت‌وگو"),
    # an estimate is reported speech
    ("کارولین هولت، مسئول صلیب سرخ، گفت که ۲۴ ساعت آینده حیاتی است. او همچنین تخمین زد "
     "که حدود ۳۰۰ هزار نفر تحت تأثیر زلزله قرار گرفته‌اند.", "کارولین هولت", "۳۰۰ هزار نفر"),
    ("بانک جهانی برآورد کرد که رشد اقتصادی به ۲ درصد می‌رسد.", "بانک جهانی", "رشد اقتصادی"),
    # a constituency's MP after a framing opener and a comma
    ("از سوی دیگر حمید ملانوری نماینده مردم خرم‌آباد در مجلس، مدعی شد که هشدارها به موقع "
     "به دست مردم نرسیده است.", "حمید ملانوری", "هشدارها به موقع"),
])
def test_timeline_stamps_estimates_and_constituency_mps(body, speaker, words):
    q = _find(extract_quotes(_doc("خبر", body)), words)
    assert _same_speaker(q.speaker, speaker), (q.speaker, speaker)


def test_a_date_alone_is_not_a_speaker():
    """`۱۱ مارس ۲۰۲۳ - ` is skipped, but a line without a speech verb gives no quote."""
    assert extract_quotes(_doc("خبر", "۱۱ مارس ۲۰۲۳ - توافق در پکن امضا شد.")) == []


@pytest.mark.parametrize("body, speaker, words", [
    # a name no list knows, written as it is, is the person a following `او` refers to
    ("امانوئل مکرون گفت: «فرانسه آماده کمک است.» کارولین هولت، مسئول صلیب سرخ، گفت که ۴۸ "
     "ساعت آینده حیاتی است. او همچنین تخمین زد که ۳۰۰ هزار نفر آسیب دیده‌اند.",
     "کارولین هولت", "۳۰۰ هزار نفر"),
    ("عبدالامیر الشمری وزیر کشور عراق گفت که مرز باز است. به گفته مجید میراحمدی، معاون "
     "وزارت کشور، یک میلیون نفر خارج شده‌اند. او گفت که ازدحام مدیریت‌شده است.",
     "مجید میراحمدی", "ازدحام مدیریت"),
])
def test_a_pronoun_after_an_unlisted_name_refers_to_it(body, speaker, words):
    q = _find(extract_quotes(_doc("خبر", body)), words)
    assert _same_speaker(q.speaker, speaker), (q.speaker, speaker)


def test_a_body_written_as_it_is_does_not_take_the_pronoun():
    """`وزارت کشور مراکش` is no person: `او` still refers to the person named before."""
    body = ("امانوئل مکرون گفت: «فرانسه آماده کمک است.» وزارت کشور مراکش اعلام کرد که ۶۳۲ نفر "
            "کشته شده‌اند. او افزود که کمک‌ها در راه است.")
    q = _find(extract_quotes(_doc("خبر", body)), "کمک‌ها در راه")
    assert _same_speaker(q.speaker, "امانوئل مکرون"), q.speaker


def test_a_headline_speaker_with_a_long_title_and_a_place():
    """`ROLE در PLACE: statement`: a title of four words, then where it was said."""
    doc = _doc("وزیر آموزش و پرورش در مجلس: کمبود معلم به حدود دویست هزار نفر رسیده است",
               "علیرضا کاظمی وزیر آموزش و پرورش امروز در مجلس حاضر شد.")
    q = _find(extract_quotes(doc), "کمبود معلم")
    assert (q.kind, q.speaker) == ("direct", "علیرضا کاظمی")
    # a long head that opens with no speaker stays no quote
    doc = _doc("افزایش قیمت بنزین در همه شهرهای کشور در سال آینده: دولت تصمیمی نگرفته است",
               "دولت امروز جلسه داشت.")
    assert extract_quotes(doc) == []


@pytest.mark.parametrize("body, words, speaker", [
    # a second description of the person just quoted, the subject of a continuing verb
    ("ابراهیم رضایی سخنگوی کمیسیون امنیت ملی مجلس گفت: «وزیر گزارشی از تحولات ارائه کرد.» "
     "نماینده مردم دشتستان افزود که ایران به دنبال گسترش جنگ نیست.",
     "به دنبال گسترش جنگ", "ابراهیم رضایی"),
    ("ولادیمیر پوتین گفت: «ما با نگرانی تحولات را دنبال می‌کنیم.» رئیس‌جمهور همچنین تصریح "
     "کرد که پروژه‌های انرژی ادامه دارد.", "پروژه‌های انرژی", "ولادیمیر پوتین"),
    # not another office of a listed person, nor another country's official
    ("ولادیمیر پوتین گفت: «ما آماده گفت‌وگو هستیم.» مائورو وییرا گفت: «می‌خواهیم این روابط "
     "را ادامه دهیم.» سخنگوی وزارت امور خارجه همچنین گفت: خشونت‌ها را متوقف کنید و بگذارید "
     "مردم نفس بکشند.", "خشونت‌ها را متوقف", "سخنگوی وزارت امور خارجه"),
])
def test_a_role_continuing_right_after_a_named_speaker(body, words, speaker):
    q = _find(extract_quotes(_doc("خبر", body)), words)
    assert q.speaker == speaker, q.speaker


# --- round 14: social-media posts, military and UN wires ---------------------------------
_BULLET_FIRST = "🔹 مهرداد بذرپاش وزیر راه و شهرسازی گفت: «حجم مبادلات تجاری دو کشور افزایش یافته است.»\n"


@pytest.mark.parametrize("line, words", [
    ("🔹 وی افزود: ترانزیت کالا از مرز سرخس ۴۰ درصد افزایش یافته است.", "ترانزیت کالا"),
    ("🔹وی افزود: ترانزیت کالا از مرز سرخس ۴۰ درصد افزایش یافته است.", "ترانزیت کالا"),
    ("🔹او همچنین یادآور شد که نقدینگی کشور از ۶۰۰۰ هزار میلیارد تومان عبور کرده است.", "نقدینگی کشور"),
    ("📌 بذرپاش با اشاره به رشد تجارت گفت که مبادلات تجاری ۱۵ درصد افزایش یافته است.", "مبادلات تجاری"),
    ("▶️ وزیر راه و شهرسازی گفت که مبادلات تجاری ۱۵ درصد افزایش یافته است.", "مبادلات تجاری"),
])
def test_an_emoji_bullet_opens_the_line_and_is_no_speaker(line, words):
    """`🔹 وی افزود: …`: an emoji (Unicode So, with U+FE0F) before the subject, with or
    without a space, is a bullet: the pronoun or name after it is read."""
    q = _find(extract_quotes(_doc("خبر", _BULLET_FIRST + line)), words)
    assert q.speaker == "مهرداد بذرپاش", q.speaker


def test_an_emoji_bullet_before_a_source_line_and_a_dateline():
    body = ("🔹به گزارش ایسنا، مرکز آمار ایران اعلام کرد نرخ تورم نقطه به نقطه به ۴۷ درصد رسیده است.\n"
            "🔴 رادیو فردا - ذبیح‌الله مجاهد سخنگوی طالبان در پیامی اعلام کرد که شمار "
            "جان‌باختگان زلزله از ۲۰۰۰ نفر گذشته است.")
    quotes = extract_quotes(_doc("خبر", body))
    assert _find(quotes, "نرخ تورم").speaker == "مرکز آمار ایران"
    assert _same_speaker(_find(quotes, "شمار جان").speaker, "ذبیح‌الله مجاهد")


def test_an_emoji_bullet_before_a_headline_head():
    doc = _doc("🔻مرکز آمار: تورم نقطه به نقطه ۴۷.۵ درصد شد",
               "به گزارش ایسنا، مرکز آمار ایران اعلام کرد نرخ تورم نقطه به نقطه به ۴۷ درصد رسیده است.")
    q = _find(extract_quotes(doc), "تورم نقطه به نقطه ۴۷")
    assert (q.kind, q.form, q.speaker) == ("direct", "headline", "مرکز آمار ایران")


@pytest.mark.parametrize("body, words, speaker", [
    ('اولاف شولتس صدر اعظم آلمان به هیروشیما رفت. شولتس در X نوشت: "Germany stands with Ukraine" '
     "و افزود که برلین بیش از ۱۷ میلیارد یورو کمک نظامی وعده داده است.", "برلین بیش از", "اولاف شولتس"),
    ("بدر البوسعیدی وزیر خارجه عمان در حساب کاربری خود نوشت: «Oman remains committed to dialogue» "
     "و در ادامه تاکید کرد مسقط همچنان میزبان گفتگوها خواهد بود.", "مسقط همچنان", "بدر البوسعیدی"),
    ("بدر البوسعیدی وزیر خارجه عمان نوشت: «عمان به تسهیل گفتگو متعهد است» و تاکید کرد "
     "مسقط همچنان میزبان گفتگوها خواهد بود.", "مسقط همچنان", "بدر البوسعیدی"),
    # a new subject after `و` / `اما` is read
    ("اولاف شولتس گفت: «ما در کنار اوکراین هستیم» اما پیستوریوس وزیر دفاع آلمان هشدار داد که "
     "ذخایر تسلیحاتی آلمان رو به پایان است.", "ذخایر تسلیحاتی", "پیستوریوس"),
])
def test_a_quotation_after_a_colon_is_never_the_next_verbs_subject(body, words, speaker):
    """`X نوشت: "…" و افزود که …`: the quotation (any script) is X's words, X goes on."""
    quotes = extract_quotes(_doc("خبر", body))
    assert _find(quotes, words).speaker == speaker
    assert all(not re.search("[A-Za-z]", q.speaker) for q in quotes)


def test_a_name_in_guillemets_after_a_colon_stays_the_subject():
    body = ("ایرنا در خبری نوشت: «مسعود شریفی» افزود: با توجه به آغاز روند بازگشت زائران از کشور "
            "عراق، پایگاه بهداشت مرزی فعال شده است.")
    q = _find(extract_quotes(_doc("خبر", body)), "با توجه به آغاز")
    assert q.speaker == "مسعود شریفی"


@pytest.mark.parametrize("body, direct, not_in", [
    ("دیمیترو کولبا وزیر خارجه اوکراین نیز با بیان اینکه «اوکراین به سامانه‌های پدافند هوایی بیشتری "
     "نیاز دارد» از متحدان غربی خواست روند ارسال سلاح را سرعت ببخشند.",
     "اوکراین به سامانه‌های پدافند هوایی بیشتری نیاز دارد", "از متحدان غربی"),
    ("عباس عراقچی با اشاره به اینکه «تحریم‌ها هیچ نتیجه‌ای نداشته است» خطاب به اروپا گفت که "
     "ایران آماده مذاکره است.", "تحریم‌ها هیچ نتیجه‌ای نداشته است", "خطاب به اروپا"),
])
def test_a_quotation_opening_a_clause_opener_ends_it(body, direct, not_in):
    """`با بیان اینکه «…» از X خواست …`: the quotation is the clause, one direct quote."""
    quotes = extract_quotes(_doc("خبر", body))
    assert _find(quotes, direct).kind == "direct"
    assert not any(not_in in q.text for q in quotes)


def test_a_short_term_in_guillemets_keeps_its_clause():
    body = "عباس عراقچی با بیان اینکه «برجام» دیگر کارایی ندارد افزود که ایران آماده مذاکره است."
    q = _find(extract_quotes(_doc("خبر", body)), "دیگر کارایی ندارد")
    assert q.kind == "indirect" and q.text.startswith("«برجام»")


def test_a_speech_verb_in_a_relative_clause_does_not_report_the_main_one():
    """`X، که به نمایندگی از … سخن می‌گفت، اظهار داشت: «…»`: one direct quote, no indirect
    `اظهار داشت: «…»` reported by `سخن می‌گفت،`."""
    body = ("پدرو لوئیس پدروسو کوئستا، نماینده دائم کوبا در سازمان ملل، که به نمایندگی از گروه ۷۷ "
            "سخن می‌گفت، اظهار داشت: «اقدامات قهری یکجانبه نقض آشکار منشور ملل متحد است.»")
    quotes = extract_quotes(_doc("خبر", body))
    assert [q.kind for q in quotes] == ["direct"]
    assert not any(q.text.startswith("اظهار") for q in quotes)


def test_a_characterisation_after_an_opening_adverbial_starts_at_its_object():
    body = ("امیرسعید ایروانی، نماینده دائم ایران در سازمان ملل، روز سه‌شنبه با رئیس شورای امنیت "
            "دیدار کرد. در این دیدار ایروانی حمله به ساختمان کنسولگری ایران در دمشق را «نقض آشکار "
            "حقوق بین‌الملل» خواند.")
    quotes = extract_quotes(_doc("خبر", body))
    ind = [q for q in quotes if q.form == "characterization" and q.kind == "indirect"]
    assert [q.text.split()[0] for q in ind] == ["حمله"]
    assert _find(quotes, "نقض آشکار حقوق").speaker == "امیرسعید ایروانی"


def test_the_superior_of_a_deputy_is_someone_else():
    """`X، معاون دبیرکل سازمان ملل، …` then `دبیرکل سازمان ملل … اعلام کرد`: not X."""
    body = ("مارتین گریفیتس، معاون دبیرکل سازمان ملل در امور بشردوستانه، روز شنبه گفت: «این بدترین "
            "رویداد در یک قرن اخیر در این منطقه است.» دبیرکل سازمان ملل نیز اعلام کرد که برای ترکیه "
            "فراخوانی یک میلیارد دلاری صادر خواهد شد.")
    q = _find(extract_quotes(_doc("خبر", body)), "فراخوانی یک میلیارد")
    assert q.speaker != "مارتین گریفیتس"
    # the role of the one person named stays his when nothing says otherwise
    body = ("ولادیمیر پوتین گفت: «ما با نگرانی تحولات را دنبال می‌کنیم.» رئیس‌جمهور همچنین تصریح "
            "کرد که پروژه‌های انرژی ادامه دارد.")
    assert _find(extract_quotes(_doc("خبر", body)), "پروژه‌های انرژی").speaker == "ولادیمیر پوتین"


@pytest.mark.parametrize("opener", ["پیش از این", "قبل از این", "پیش از همین"])
def test_a_before_this_adverbial_then_the_subject(opener):
    body = ("ولید الخریجی نیز گفت که ریاض از توسعه روابط با تهران استقبال می‌کند. "
            f"{opener} ناصر کنعانی سخنگوی وزارت خارجه گفته بود که حدود ۸۷ هزار زائر ایرانی امسال "
            "به عربستان اعزام شده‌اند.")
    q = _find(extract_quotes(_doc("خبر", body)), "زائر ایرانی")
    assert q.speaker == "ناصر کنعانی"


def test_before_this_meeting_is_no_subject():
    body = ("ولید الخریجی نیز گفت که ریاض از توسعه روابط با تهران استقبال می‌کند. پیش از این دیدار "
            "وی گفته بود که حدود ۸۷ هزار زائر ایرانی امسال به عربستان اعزام شده‌اند.")
    q = _find(extract_quotes(_doc("خبر", body)), "زائر ایرانی")
    assert _same_speaker(q.speaker, "ولید الخریجی")


def test_a_headline_head_is_the_body_its_press_office_speaks_for():
    doc = _doc("سپاه: پهپاد جاسوسی آمریکا بر فراز هرمزگان سرنگون شد",
               "به گزارش خبرگزاری فارس، روابط عمومی سپاه پاسداران اعلام کرد که یک فروند پهپاد "
               "جاسوسی ارتش آمریکا بامداد پنجشنبه سرنگون شد.")
    q = _find(extract_quotes(doc), "بر فراز هرمزگان")
    assert q.form == "headline" and "سپاه" in q.speaker
    # a topic head no body speaker is named after stays no quote
    doc = _doc("امنیت: پهپاد جاسوسی آمریکا بر فراز هرمزگان سرنگون شد",
               "روابط عمومی سپاه پاسداران اعلام کرد که یک فروند پهپاد جاسوسی سرنگون شد.")
    assert not any(q.form == "headline" for q in extract_quotes(doc))


@pytest.mark.parametrize("body, speaker", [
    ("در مقابل، سرلشکر نیروی هوایی آمریکا، جوزف گوستلا، فرمانده نیروهای هوایی سنتکام، مدعی شد "
     "که پهپاد در حریم هوایی بین‌المللی بوده است.", "جوزف گوستلا"),
    ("سخنگوی وزارت خارجه آمریکا، متیو میلر، گفت که پهپاد در حریم هوایی بین‌المللی بوده است.", "متیو میلر"),
    # a rank before the name itself
    ("سرلشکر باقری، رئیس ستاد کل نیروهای مسلح، گفت که پهپاد در حریم هوایی ایران بوده است.", "محمد باقری"),
])
def test_a_rank_of_a_force_then_the_name(body, speaker):
    q = _find(extract_quotes(_doc("خبر", body)), "پهپاد در حریم")
    assert q.speaker == speaker


def test_this_official_of_another_country_is_the_one_named_before():
    body = ("مهرداد بذرپاش وزیر راه و شهرسازی در عشق‌آباد با ملاایف معاون رئیس کابینه وزیران "
            "ترکمنستان دیدار کرد.\nبذرپاش در این دیدار اظهار داشت: حجم مبادلات تجاری دو کشور حدود "
            "۱.۲ میلیارد دلار بوده است.\nبه گفته این مقام ترکمن، روزانه نزدیک به ۶۰۰ کامیون از "
            "مرزهای مشترک عبور می‌کنند.\nبه گفته این مقام ایرانی، هدف رساندن تجارت به ۳ میلیارد دلار است.")
    quotes = extract_quotes(_doc("خبر", body))
    assert _find(quotes, "۶۰۰ کامیون").speaker == "ملاایف"
    assert _find(quotes, "هدف رساندن").speaker == "مهرداد بذرپاش"


def test_a_body_speaks_under_the_fullest_name_the_article_gives_it():
    """`اوچا` after `دفتر هماهنگی امور بشردوستانه سازمان ملل (اوچا)` (README: the speaker as
    fully as the document names it); with no full name written, the short one stays."""
    body = ("دفتر هماهنگی امور بشردوستانه سازمان ملل (اوچا) گزارش تازه‌ای منتشر کرد. اوچا در "
            "گزارش خود اعلام کرد که ۶۸ درصد ساختمان‌ها آسیب دیده‌اند.")
    q = _find(extract_quotes(_doc("خبر", body)), "۶۸ درصد")
    assert q.speaker == "دفتر هماهنگی امور بشردوستانه سازمان ملل", q.speaker
    q = _find(extract_quotes(_doc("خبر", "اوچا اعلام کرد که ۶۸ درصد ساختمان‌ها آسیب دیده‌اند.")),
              "۶۸ درصد")
    assert q.speaker == "اوچا", q.speaker
