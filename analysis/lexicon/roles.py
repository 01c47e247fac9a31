"""Words around entity mentions: clitics, name-span stop words, role-phrase fillers.

Role phrases themselves (`رئیس جمهور`, `وزیر خارجه`, …) are data: data/gazetteer/roles.csv.
Every entry is written in normalized form (analysis.text.normalize) with its meaning.
"""

from __future__ import annotations

from .meetings import DAY_PREFIXES, NEXT_DAY_MARKERS

# Suffixes that may be glued (without ZWNJ) to the last word of a name and are
# stripped when matching: `آفریقاست` → `آفریقا`, `روسها` → `روس`, `ایرانیان` → `ایرانی`.
# Each: (suffix, letters the stem must end with, or "" for any).
CLITIC_SUFFIXES: list[tuple[str, str]] = [
    ("ست", "اوی"),  # "is" after a vowel: آفریقاست (= آفریقا است)
    ("هایی", ""),  # plural + indefinite
    ("های", ""),  # plural + ezafe
    ("ها", ""),  # plural: روسها
    ("ان", "ی"),  # plural of adjectives/demonyms: ایرانیان, آمریکاییان
]

# A ZWNJ-attached word after a country name that makes it an adjective:
# `روسیه‌ای` "Russian", `ترکیه‌ای` "Turkish".
ADJECTIVE_SUFFIX_WORDS: set[str] = {
    "ای",  # adjectival/indefinite -ī after a vowel
}

# Words that may sit between a role head and its country: "and" inside a ministry
# name (`وزیر صنعت و تجارت برزیل`). Other hazm stop words end a role phrase.
ROLE_FILLER_CONNECTORS: set[str] = {
    "و",  # and
}

# hazm stop words that are nevertheless ordinary parts of titles and ministry names.
ROLE_FILLER_ALLOWED: set[str] = {
    "کل",  # general (دبیر کل, ستاد کل)
    "ویژه",  # special (نماینده ویژه)
    "عالی",  # high/supreme (شورای عالی)
    "جدید",  # new (سفیر جدید)
    "امور",  # affairs (وزیر امور خارجه)
    "اول",  # first (معاون اول)
    "سابق",  # former (رئیس جمهور سابق)
    "اسبق",  # former (وزیر خارجه اسبق)
    "وقت",  # then-, at the time (رئیس جمهور وقت)
    "کنونی",  # current
    "فعلی",  # current
    "پیشین",  # previous
    "منتخب",  # elect
}

# Words that make a role phrase point away from the current holder: such a role
# resolves only through an apposition, never through who held the role then.
NOT_CURRENT_WORDS: set[str] = {
    "سابق",  # former
    "اسبق",  # former (earlier)
    "پیشین",  # previous
    "منتخب",  # elect (president-elect)
}

# `X رئیس‌جمهور منتخب` "X, the president-elect": before the term starts (people.csv's
# tenure begins after the article's date by at most ELECT_MAX_DAYS days) the article's
# bare `رئیس‌جمهور` may already be him.
ELECT_WORD = "منتخب"  # elect(ed)
ELECT_MAX_DAYS = 120

# Role ids that relate the bearer to someone else (`همتای ایرانی خود` "his Iranian
# counterpart"): any person of that country may bear them, whatever their office.
RELATIONAL_ROLES: set[str] = {
    "counterpart",  # همتا
}

# Role ids that all name the one person at the top of a body: `رئیس آژانس` (head) is
# the IAEA's director general, `رهبر کره شمالی` (leader) its head of state.
CHIEF_ROLES: set[str] = {
    "head",  # رئیس
    "director_general",  # مدیرکل
    "secretary_general",  # دبیرکل
    "leader",  # رهبر
    "president",  # رئیس جمهور
    "king",  # پادشاه
    "emir",  # امیر
}

# Role ids that exist once per body, and bodies are many (every company has its
# `مدیرعامل`): an unnamed one is only the person written before with the same role
# phrase, never the one holder of that role id the article names.
BODY_BOUND_ROLES: set[str] = {
    "ceo",  # مدیرعامل managing director / CEO
}

# Role ids held in a team or club, not in a state (`سرمربی تیم ملی`, `سرمربی پرسپولیس`):
# the team is written after the role, and a demonym beside it is the holder's nationality
# (`سرمربی پرتغالی تیم ملی`), not the team's. `NAME، ROLE TEAM،` (or `NAME ROLE TEAM`)
# ties the name to that team's role for the document; a later `ROLE TEAM` (the same team
# words, or a shorter or longer form of them) is that person, unless two people were
# introduced with compatible teams (ambiguous: the role stays unresolved).
TEAM_ROLES: set[str] = {
    "head_coach",  # سرمربی head coach
}
# At most this many words after a team role name its team (`تیم ملی فوتبال ایران`).
TEAM_WORDS_MAX = 3

# The role id of a minister whose portfolio is not written (`وزیر قطری` "the Qatari
# minister", `وزیر عراقی`): it stands for the one minister of that country the article
# names, whatever their portfolio (`صلاح بن غانم العلی، وزیر ورزش و جوانان قطر` … `به گفته
# وزیر قطری`); with several ministers of that country named it stays unresolved.
PLAIN_MINISTER_ROLE = "minister"
# Role ids' ending that marks a minister with a portfolio (`sports_minister`, …), and the
# parts of the ids ending so that are no portfolio minister (deputies, prime ministers).
MINISTER_ID_SUFFIX = "minister"
NOT_PORTFOLIO_MINISTER_PARTS: tuple[str, ...] = ("deputy_", "prime_")

# Role ids of diplomats and spokespeople: an unnamed one (`نماینده ایران`, `این دیپلمات
# ایرانی`) is the one such person of that country the article names, if only one.
DIPLOMATIC_ROLES: set[str] = {
    "official",  # مقام
    "representative",  # نماینده
    "diplomat",  # دیپلمات
    "spokesperson",  # سخنگو
    "foreign_ministry_spokesperson",  # سخنگوی وزارت خارجه
    "ambassador",  # سفیر
    "envoy",  # فرستاده
    "charge_daffaires",  # کاردار
    "consul",  # سرکنسول
}

# Role ids of a government's own staff: followed by `در` + a seat of power
# (`هماهنگ‌کننده امور خاورمیانه در کاخ سفید`, `مشاور ارشد در کرملین`, `یک مقام در کاخ
# سفید`) they are offices of that government. Not heads, ministers, envoys or CEOs, who
# may only be visiting the seat (`نخست‌وزیر در کاخ سفید با … دیدار کرد`).
SEAT_STAFF_ROLES: set[str] = {
    "coordinator",  # هماهنگ‌کننده
    "adviser",  # مشاور
    "official",  # مقام
    "spokesperson",  # سخنگو
    "assistant",  # دستیار
    "deputy",  # معاون
    "chief_of_staff",  # رئیس دفتر / رئیس کارکنان
}

# `سفیر ترکیه در لیبی، NAME،`: the preposition of the post a diplomat serves in, between
# the role and the name set off by commas.
POST_PREPOSITION = "در"  # in

# Diplomatic role ids that name one definite office: an unnamed one resolves only to the
# named diplomat of the same office family (`سرکنسول پاکستان` is never the Pakistani
# ambassador named earlier). The other DIPLOMATIC_ROLES (`مقام`, `نماینده`, `دیپلمات`,
# `فرستاده`) are vague and may stand for any diplomat of their country the text names.
DIPLOMATIC_OFFICES: dict[str, str] = {
    "ambassador": "ambassador",  # سفیر
    "consul": "consul",  # سرکنسول consul general
    "charge_daffaires": "charge_daffaires",  # کاردار
    "spokesperson": "spokesperson",  # سخنگو
    "foreign_ministry_spokesperson": "spokesperson",  # سخنگوی وزارت خارجه
}

# Head words of a body that narrows a role written before it (`سخنگوی وزارت مدیریت
# حوادث`, `رئیس سازمان برنامه`, `معاون بانک مرکزی`): such a role is the office in that
# body, resolved only to a person introduced with the same body, never to the holder of
# the plain role (the government's spokesman is not a ministry's spokesman).
ROLE_BODY_WORDS: set[str] = {
    "وزارت",  # ministry
    "وزارتخانه",  # ministry
    "سازمان",  # organisation, agency
    "ستاد",  # headquarters, task force
    "اداره",  # department, office
    "بانک",  # bank
    "شرکت",  # company
    "دانشگاه",  # university
    "کمیسیون",  # commission
    "کمیته",  # committee
    "مرکز",  # centre
    "بنیاد",  # foundation
    "نهاد",  # institution
    "دفتر",  # office
    "دیوان",  # court, tribunal
    "صندوق",  # fund
    "حزب",  # party
    "فراکسیون",  # parliamentary group
    "خبرگزاری",  # news agency
    "شورای",  # council of
    "انجمن",  # association
    "اتاق",  # chamber (of commerce)
    "گمرک",  # customs
    "پلیس",  # police
    "ارتش",  # army
    "نیروی",  # force of
}

# Phrases after a role that point back to the country last named
# (`نخست‌وزیر این کشور` "this country's prime minister").
COUNTRY_ANAPHORS: list[str] = [
    "این کشور",  # this country
    "آن کشور",  # that country
    "همین کشور",  # this very country
]

# "Our country": the media's own country (its code comes from the gazetteer).
HOME_ALIAS = "کشورمان"  # our country

# Most words a role head may take before its country (`دبیرکل کمیته مرکزی حزب کمونیست ویتنام`).
ROLE_MAX_FILLER = 6

# Titles that precede a name and are not part of it.
NAME_TITLES: set[str] = {
    "آقای",  # Mr
    "خانم",  # Mrs / Ms
    "دکتر",  # Dr
    "مهندس",  # engineer (title)
    "سردار",  # general (IRGC title)
    "ژنرال",  # general
    "سرلشکر",  # major general
    "شیخ",  # sheikh
    "سرتیپ",  # brigadier general
    "سپهبد",  # lieutenant general
    "دریادار",  # admiral
    "جنرال",  # general
    "حجت‌الاسلام",  # hojatoleslam (clerical title)
    "آیت‌الله",  # ayatollah
    "پروفسور",  # professor
    "سناتور",  # senator
    "ملا",  # mullah (Afghan clerical title)
    "مولوی",  # mawlawi (Afghan/Pakistani clerical title)
    "مولانا",  # maulana (clerical title)
    "حاجی",  # haji (one who made the pilgrimage)
    "الحاج",  # al-haj
    "سرهنگ",  # colonel
    "سرگرد",  # major
    "سروان",  # captain
    "ناخدا",  # naval captain
    "دریاسالار",  # admiral
    "ارتشبد",  # army general (pre-1979 rank)
}

# Military ranks before a name (`سردار ابوالفضل شکارچی`, `سرتیپ دوم پاسدار …`,
# `ژنرال دن کین`): an unknown name right after one is a person (learned from the
# article); the rank is never part of the name. (A subset of NAME_TITLES.)
MILITARY_TITLES: frozenset[str] = frozenset({
    "سردار",  # general (IRGC title)
    "سرلشکر",  # major general
    "سرتیپ",  # brigadier general
    "سپهبد",  # lieutenant general
    "ارتشبد",  # army general
    "دریادار",  # rear admiral
    "دریاسالار",  # admiral
    "ناخدا",  # naval captain
    "ژنرال",  # general
    "جنرال",  # general (Afghan/Tajik spelling)
    "سرهنگ",  # colonel
    "سرگرد",  # major
    "سروان",  # captain
})

# `امیر` (emir; the Iranian army's word for its generals) opens a rank (`امیر سرتیپ`,
# `امیر دریادار`) but is also a given name: a title only right before another rank.
ARMY_TITLE = "امیر"

# Words that may stand between a military rank and the name: the grade and the corps
# (`سرتیپ دوم`, `دریادار یکم`, `سرلشکر پاسدار`, `سرتیپ خلبان`, `امیر سرتیپ`).
MILITARY_RANK_QUALIFIERS: frozenset[str] = frozenset({
    "دوم",  # second (grade: `سرتیپ دوم` brigadier general 2nd class)
    "یکم",  # first (grade)
    "سوم",  # third (grade)
    "پاسدار",  # IRGC member (corps)
    "خلبان",  # pilot
    "ستاد",  # staff (`سرهنگ ستاد`)
    "دکتر",  # Dr (`سرتیپ دکتر …`)
})

# Days of the week: time words, never part of a name or a role phrase.
WEEKDAYS: frozenset[str] = frozenset({
    "شنبه",  # Saturday
    "یکشنبه",  # Sunday
    "دوشنبه",  # Monday
    "سه‌شنبه",  # Tuesday
    "چهارشنبه",  # Wednesday
    "پنجشنبه",  # Thursday
    "پنج‌شنبه",  # Thursday
    "جمعه",  # Friday
})

# Words that never belong to a person's name span (beyond hazm's stop words):
# reporting words, time words and nouns that often stand before a role phrase.
NAME_STOP_WORDS: set[str] = {
    "گفت",  # said
    "افزود",  # added
    "امروز",  # today
    "دیروز",  # yesterday
    "فردا",  # tomorrow
    "شب",  # night
    "صبح",  # morning
    "عصر",  # afternoon
    "گذشته",  # past, last
    "دیدار",  # meeting
    "ملاقات",  # meeting
    "سفر",  # trip
    "گفت‌وگو",  # conversation
    "مذاکره",  # negotiation
    "مذاکرات",  # negotiations
    "نشست",  # session, meeting
    "تماس",  # contact, call
    "حضور",  # presence
    "سخنان",  # remarks
    "پیام",  # message
    "دعوت",  # invitation
    "گزارش",  # report
    "خبرگزاری",  # news agency
    "همچنین",  # also
    "نیز",  # also
    "سوی",  # side (از سوی)
    "جانب",  # side (از جانب)
    "طرف",  # side, party
    "استقبال",  # welcome
    "کشور",  # country
    "دولت",  # government
    "مقامات",  # officials
    "نمایندگان",  # representatives
    "رهبران",  # leaders
    "سران",  # heads (of state)
    "وزیران",  # ministers
    "روز",  # day
    *WEEKDAYS,
    "هفته",  # week
    "ماه",  # month
    "سال",  # year
    "ظهر",  # noon
    "بعدازظهر",  # afternoon
    "اخیر",  # recent
    "توسط",  # by
    "اساس",  # basis (بر اساس)
    "اطلاع",  # notice (به اطلاع … رساند)
    "بدرقه",  # send-off
    "منابع",  # sources
    "هواداران",  # supporters
    # the noun of `به رهبری X` / `به ریاست X` … (led / headed / … by X), never the
    # first word of X's name: `هیئتی از چین به رهبری یو شیائویونگ`
    "رهبری",  # leadership (به رهبری: led by)
    "ریاست",  # presidency, chairmanship (به ریاست: headed by)
    "سرپرستی",  # supervision, acting headship (به سرپرستی: headed by)
    "نمایندگی",  # representation (به نمایندگی از: on behalf of)
    "همراهی",  # accompaniment (به همراهی: accompanied by)
    "معیت",  # company (در معیت: accompanied by)
    "مدیریت",  # management (به مدیریت: run by)
    "فرماندهی",  # command (به فرماندهی: commanded by)
    # `میزبان X بود` / `پذیرای X بود`: the host, never part of the guest's name X
    "میزبان",  # host
    "پذیرای",  # receiving (a guest)
}

# Time words (`صبح امروز`, `روز دوشنبه`, `عصر دیروز`): no role phrase runs across
# them (`رئیس مجلس شورای اسلامی صبح امروز X رئیس پارلمان اوگاندا` is two roles), and a
# name right after them may be the object of a receiving verb (`… صبح امروز X وزیر
# دفاع بلاروس را پذیرفت`: X is that minister, the subject came before).
TIME_WORDS: set[str] = {
    "امروز",  # today
    "دیروز",  # yesterday
    "فردا",  # tomorrow
    "امشب",  # tonight
    "دیشب",  # last night
    "صبح",  # morning
    "ظهر",  # noon
    "بعدازظهر",  # afternoon
    "عصر",  # late afternoon
    "شب",  # night
    "بامداد",  # dawn, early morning
    "شامگاه",  # evening
    "روز",  # day
    *WEEKDAYS,
}

# `در تهران X وزیر دفاع بلاروس را پذیرفت`: a place after this preposition closes an
# adverbial phrase, so the words between it and an object role are the guest's name.
PLACE_ADVERB_PREPOSITION = "در"  # in

# The object marker: a role phrase followed by it is an object, not an apposition
# of the name before it (`X رئیس جمهور روسیه را … دعوت کرد`).
OBJECT_MARKER = "را"  # object marker
# Before a source's name: `به نقل از گرگ استوب، نماینده جمهوری‌خواه …` (quoting X, ROLE).
RELAY_MARKER = "به نقل از"  # quoting
# What may follow the second of two coordinated offices of one person in two
# international organisations (`… و رئیس یوناما،`, `… (یوناما)`, end of sentence):
# punctuation, never a name (which would make it another person's office).
SECOND_OFFICE_ENDS: frozenset[str] = frozenset({"(", "،", ",", ".", ":", "؛", ";", "\n", ""})

AND_WORD = "و"  # and: joins two roles of one person (`رهبر سابق حزب … و عضو مجلس …`)

# Words a shortened role phrase drops (`فرمانده هوافضای سپاه` for `فرمانده نیروی هوافضای
# سپاه پاسداران انقلاب اسلامی`): matched after removing them from both phrases.
ROLE_SHORTENING_FILLERS: list[str] = [
    "نیروی",  # force (of)
    "پاسداران انقلاب اسلامی",  # (Corps of the) Guardians of the Islamic Revolution
    "پاسداران",  # guardians
    "جمهوری اسلامی ایران",  # (of the) Islamic Republic of Iran: `ارتش جمهوری اسلامی ایران` → `ارتش`
    "جمهوری اسلامی",  # Islamic Republic
    "کل",  # chief / general (`فرمانده کل`)
    # a body's generic words, dropped in a later short form (`مدیرعامل شرکت توانیر` …
    # `مدیرعامل توانیر`, `مدیرعامل شرکت ملی گاز ایران` … `مدیرعامل گاز`)
    "شرکت",  # company
    "سازمان",  # organisation
    "کشور",  # (of the) country (`سازمان هواشناسی کشور`)
    "ملی",  # national
]

# Lineage honorifics written as a given name (`سید احمد خاتمی`, `سیده فاطمه …`): shared by
# very many people, so never what tells one person from another with the same surname.
LINEAGE_HONORIFICS: set[str] = {
    "سید",  # sayyid (descendant of the Prophet)
    "سیده",  # sayyida (feminine)
}

# Common given names (Persian, Arabic, Turkic): a name learned without a comma
# or «…» must contain a rare word or start with one of these (`حسن روحانی`).
GIVEN_NAMES: set[str] = {
    "محمد", "علی", "حسن", "حسین", "محمود", "احمد", "رضا", "مهدی", "جواد", "عباس", "خلیل",
    "ابراهیم", "اسماعیل", "یوسف", "عبدالله", "عبدالرحمن", "عبدالعزیز", "خالد", "سعید",
    "مسعود", "مجید", "حمید", "محسن", "مصطفی", "مرتضی", "جعفر", "صادق", "کاظم", "قاسم",
    "هادی", "اکبر", "اصغر", "ناصر", "منصور", "سلمان", "فیصل", "فهد", "سلطان", "حمد",
    "تمیم", "زاید", "بشار", "نبیه", "میشل", "نجیب", "سعد", "ولید", "فؤاد", "جلال",
    "کمال", "داوود", "سلیمان", "یحیی", "موسی", "عیسی", "عمر", "عثمان", "طارق", "نوری",
    "حیدر", "عادل", "سامح", "ایمن", "امیر", "بهرام", "کامران", "فرهاد", "داریوش",
    "غلامرضا", "غلامعلی", "محمدرضا", "محمدجواد", "محمدباقر", "علیرضا", "حمیدرضا", "سید",
    "رجب", "طیب", "مولود", "هاکان", "جان", "جو", "جورج", "دیوید", "مایک", "پل", "پیتر",
    "غلامحسین", "محمدعلی", "علی‌اکبر", "علی‌اصغر", "ابوالفضل", "امین", "وحید", "مجتبی",
    "محمدمهدی", "رحیم", "کریم", "عبدالرضا", "عبدالحمید", "اسحاق", "بیژن", "منوچهر", "پرویز",
    "سیروس", "نادر", "مرضیه", "معصومه", "فاطمه", "زهرا", "طاهره", "اکرم", "محمدحسین",
    "محمدحسن", "محمدصادق", "محمدکاظم", "سیدمحمد", "سیدعلی", "سیدعباس", "سیدحسین",
    "عبدالناصر", "جمشید", "بهروز", "فریدون", "شهریار", "کیومرث", "سمیع",
    # foreign first names as Persian media write them (a surname after them may be an
    # ordinary word: `سیمون استیل`, "steel")
    # Anglo / French / German / Dutch
    "جیمز", "مایکل", "رابرت", "ویلیام", "ریچارد", "چارلز", "تونی", "کریستوفر", "استیون",
    "استفان", "مارتین", "آلبرت", "ادوارد", "هنری", "پاتریک", "فرانسیس", "توماس", "دانیل",
    "ساموئل", "امانوئل", "سیریل", "فیلیپ", "ژوزف", "جوزف", "ژان", "ژاک", "فرانسوا", "لویی",
    "کاترین", "الیزابت", "هلن", "جولیا", "لورا", "ربکا", "آنگلا", "اورسولا", "کریستین",
    "اریک", "ادگار", "آلوین", "نلسون", "جولیوس", "سیمون", "ویکتور", "هانس", "ولفگانگ",
    "کارل", "فریدریش", "اولاف", "یوهان", "گابریل", "برونو",
    # Spanish / Portuguese / Italian
    "خوان", "کارلوس", "لوئیس", "ماریا", "پدرو", "خوزه", "ژوزه", "خورخه", "خاویر",
    "رافائل", "ریکاردو", "روخلیو", "فرناندو", "آنتونیو", "ماریو", "مارکو", "آلبرتو",
    "گوستاوو", "دیگو", "پابلو", "سرجیو", "ماتئو", "جووانی",
    # Slavic
    "سرگئی", "آندری", "آندره", "الکساندر", "ولادیمیر", "دیمیتری", "دمیتری", "نیکلای",
    "الکسی", "یوری", "میخائیل", "ویتالی", "اولگا", "ناتالیا",
    # African
    "ابوبکر", "آمادو", "ابراهیما", "مامادو", "یوسفو", "اوهورو",
}

# Given names that are also ordinary words ("light", "sweet", "loyalty", "much", "hope"):
# hazm counts them as frequent words (or stop words), so alone they never make a name,
# but a run of 2–4 words before or after a role phrase is a name when every word but
# the last is a given name (of GIVEN_NAMES or these) and one is a GIVEN_NAMES name or the
# last word is rare like a surname (`نور محمد اسلام‌جار`, `شیرین اخوند`, `زیاد علی فاضل`).
GIVEN_NAMES_ALSO_WORDS: set[str] = {
    "نور",  # Nur ("light")
    "شیرین",  # Shirin ("sweet")
    "وفا",  # Wafa ("loyalty"; also the WAFA news agency)
    "زیاد",  # Ziyad ("much", a stop word)
    "امید",  # Omid ("hope")
    "عزیز",  # Aziz ("dear")
    "جمال",  # Jamal ("beauty")
    "صالح",  # Saleh ("righteous")
    "نصر",  # Nasr ("victory")
    "فتح",  # Fath ("conquest")
    "فاضل",  # Fazel ("learned")
    "فرید",  # Farid ("unique")
    "رشید",  # Rashid ("brave")
    "شریف",  # Sharif ("noble")
    "ظریف",  # Zarif ("delicate")
    "لطیف",  # Latif ("gentle")
    "حکیم",  # Hakim ("wise")
    "بشیر",  # Bashir ("bearer of good news")
    "نذیر",  # Nazir ("warner")
    "منیر",  # Munir ("shining")
    "جلیل",  # Jalil ("majestic")
    "غنی",  # Ghani ("rich")
    "قادر",  # Qader ("able")
    "ستار",  # Sattar ("veiler")
    "گل",  # Gol / Gul ("flower", in Afghan names: گل آقا)
    "میر",  # Mir ("chief", part of names: میر رحمان)
    "پیروز",  # Piruz ("victorious")
    "نوید",  # Navid ("good news")
    "پیر",  # Pierre ("old")
    "آنا",  # Anna ("instantly")
    "سارا",  # Sara (a frequent word form to hazm)
    "ایوان",  # Ivan ("porch, hall"; also an Iranian surname)
}

# Arabic theophoric given names open with `عبد` "servant (of)": `عبدالمطلب`, `عبدالمتین`.
ARABIC_SERVANT_PREFIX = "عبد"  # servant (of God's name)

# Most words a person's name may have when learned from an apposition (words joined by
# ZWNJ count as one: `اسلام‌جار`); a name whose first words are all given names may run
# to NAME_MAX_GIVEN_RUN (`نور محمد اسلام‌جار`, `محمد حسن آخوند`).
NAME_MAX_WORDS = 3
NAME_MAX_GIVEN_RUN = 4

# Arabic patronymic links (`ثانی بن احمد الزیودی`, `محمد بن عبدالرحمن آل ثانی`): a name
# holding one may run this many words longer than NAME_MAX_WORDS.
NAME_PATRONYMICS: set[str] = {
    "بن",  # son of
    "بنت",  # daughter of
    "ابن",  # son of
}
NAME_PATRONYMIC_EXTRA = 2
NAME_MAX_WORDS_QUOTED = 4  # inside «…»

# Verb endings (on a word with the prefixes `می`/`نمی`, or alone) that mark a verb,
# never a name: `کرد`, `شد`, `است`, `کند`, `اند`.
VERB_WORDS: set[str] = {
    "کرد", "کردند", "شد", "شدند", "است", "هست", "بود", "بودند", "کند", "کنند",
    "داد", "دادند", "دارد", "دارند", "گفت", "گفتند", "اند", "ایم", "باشد", "خواهد",
}
VERB_PREFIXES: tuple[str, ...] = ("می‌", "نمی‌", "می ", "نمی ")
# Light verbs written glued to their noun (`اظهارداشت` "stated", `اعلامکرد`).
VERB_ENDINGS: tuple[str, ...] = (
    "داشت",  # had (اظهارداشت)
    "نمود",  # did (formal)
    "کرد",  # did
)
# Nouns that end like a glued light verb (`…داشت`) but are no verb: a role phrase runs
# on over them (`سخنگوی وزارت بهداشت یمن`).
VERB_LOOKALIKE_NOUNS: set[str] = {
    "بهداشت",  # health, hygiene
    "برداشت",  # harvest, withdrawal
    "یادداشت",  # note, memorandum
}

# A word is "common" (not a plausible name word after no comma) when its hazm
# lexicon frequency is above this.
COMMON_WORD_FREQUENCY = 300_000
# Below this frequency in hazm's lexicon a word may be a name (`صمصامی` 0, `تحولات` 1210):
# a speaker learned without a role phrase must be given names and such rare words.
RARE_WORD_FREQUENCY = 100

# Role ids whose country may follow `از` "from": `هیئتی از عربستان` (a delegation from
# Saudi Arabia), `هیئتی بلندپایه از ایران` (a high-ranking delegation from Iran).
ORIGIN_ROLES: set[str] = {
    "delegation",  # هیئت
}
ORIGIN_PREPOSITION = "از"  # from

# A place name spelled like a weekday (`دوشنبه`: Dushanbe or Monday) is a place only
# in a place context: right after one of these words, or right before `پایتخت`.
PLACE_BEFORE_WORDS: set[str] = {
    "در",  # in
    "به",  # to
    "وارد",  # (وارد X شد) arrived in
    "عازم",  # (عازم X شد) set off for
    "مقصد",  # destination
    "شهر",  # the city of
    "فرودگاه",  # the airport of
    "کیلومتری",  # (N kilometres) from
}
PLACE_AFTER_WORDS: set[str] = {
    "پایتخت",  # capital (apposition: `دوشنبه، پایتخت تاجیکستان`)
}
# Words before a weekday that make it a day (`روز دوشنبه` on Monday, `امروز دوشنبه`):
# the meeting lexicon's day prefixes, and these.
DAY_BEFORE_WORDS: set[str] = {
    *DAY_PREFIXES,  # روز, روزهای, امروز, امشب
    "صبح",  # morning
    "عصر",  # afternoon
    "شب",  # night
    "ظهر",  # noon
    "از",  # since (از دوشنبه)
    "تا",  # until (تا دوشنبه)
}
# Words after a weekday that make it a day (`دوشنبه گذشته` last Monday, `دوشنبه شب`).
DAY_AFTER_WORDS: set[str] = {
    *NEXT_DAY_MARKERS,  # آینده, آتی (next, coming)
    "گذشته",  # last
    "هفته",  # (of the) week
    "شب",  # night
    "صبح",  # morning
    "عصر",  # afternoon
    "ظهر",  # noon
}

# --- regions (data/gazetteer/regions.csv) ---------------------------------------
# Words that name a place's kind before its name: `استاندار استان خوزستان`, `والی ولایت
# هرات`, `فرماندار ایالت کالیفرنیا`. A role that stands alone (`رئیس جمهور`) takes a
# region's country only across these words (`رئیس جمهوری تاتارستان`, `نخست وزیر ایالت X`).
REGION_PLACE_WORDS: set[str] = {
    "استان",  # province
    "ایالت",  # state
    "ولایت",  # province (Afghan usage)
    "شهر",  # city
    "جمهوری",  # republic (of a Russian region: جمهوری چچن)
    "منطقه",  # region
    "شهرستان",  # county
}
# Role ids whose holder governs a place below a country: right after them a `guarded`
# region name (also an ordinary word: `استاندار فارس`, `استاندار مرکزی`) is the place.
SUBNATIONAL_ROLES: set[str] = {
    "governor",  # والی, استاندار, فرماندار
    "mayor",  # شهردار
    "regional_president",  # رئیس اقلیم
    "regional_prime_minister",  # نخست وزیر اقلیم
}
# Role ids of a local office every city of their country has (roles.csv gives them the
# country, Iran's `امام جمعه` "Friday prayer leader"): a city of that country after the
# role (`امام جمعه مشهد`) makes it that city's office, never another city's holder.
LOCAL_OFFICE_ROLES: set[str] = {
    "friday_prayer_leader",  # خطیب جمعه, امام جمعه
}
# Role ids that never take a region's country: the place is where the diplomat serves
# (`سرکنسول … هرات`), not the country they represent.
NO_REGION_ROLES: set[str] = {
    "ambassador", "consul", "charge_daffaires", "envoy", "counterpart", "delegation",
}

# --- a bare role word repeating an office named before ----------------------------
# Role ids whose bare word (`استاندار`, `سفیر`, `وزیر بهداشت`) names one definite office:
# written alone (no country after it) after the article named that office for exactly
# one country (`استاندار خراسان رضوی … استاندار در حاشیه این مراسم …`, `سفیر ترکمنستان …
# سفیر گفت`), it is that same office (country, region, holder). Heads of longer titles
# (`رئیس`, `معاون`, `عضو`, `مشاور`, `فرمانده`, `وزیر`) are left out: alone they may be
# any head or deputy of anything.
BARE_REPEAT_ROLES: set[str] = {
    "governor",  # استاندار, والی, فرماندار
    "mayor",  # شهردار
    "ambassador",  # سفیر
    "consul",  # سرکنسول, کنسول
    "charge_daffaires",  # کاردار
    "emir",  # امیر
    "king",  # پادشاه, ملک, سلطان
    "crown_prince",  # ولیعهد
    "transport_minister", "agriculture_minister", "finance_minister", "industry_minister",
    "trade_minister", "energy_minister", "communications_minister", "culture_minister",
    "health_minister", "science_minister", "education_minister", "labour_minister",
    "justice_minister", "tourism_minister", "sports_minister", "environment_minister",
    "refugees_minister",  # portfolio ministers (`وزیر بهداشت`, `وزیر کشاورزی`, …)
}
# Short ministry titles that roles.csv gives Iran by default (Iranian media call Iran's
# own minister so), though any country has such a minister: written bare after the
# article named that ministry for exactly one other country (`وزیر بهداشت عراق … وزیر
# بهداشت افزود`), the bare title is that country's minister, not Iran's.
HOME_DEFAULT_ROLE_PHRASES: set[str] = {
    "وزیر صنعت",  # industry minister
    "وزیر کار",  # labour minister
    "وزیر بهداشت",  # health minister
    "وزیر علوم",  # science minister
    "وزیر ارتباطات",  # communications minister
    "وزیر ورزش",  # sports minister
    "وزیر آموزش و پرورش",  # education minister (Iran's ministry name)
    "وزیر آموزش",  # education minister (short)
}

# --- short names of organisations ------------------------------------------------
# Head words of an organisation's name that alone refer back to it (`صندوق بین‌المللی پول`
# … `رئیس هیات صندوق` "the head of the Fund's mission") when the document named exactly
# one gazetteer organisation with that head before, and no other `HEAD + name` phrase.
# Each bare form with the forms it takes at the start of a full name (ezafe `شورای`).
ORG_HEAD_WORDS: dict[str, tuple[str, ...]] = {
    "صندوق": ("صندوق",),  # fund
    "آژانس": ("آژانس",),  # agency
    "اتحادیه": ("اتحادیه", "اتحادیه‌ی"),  # union
    "سازمان": ("سازمان",),  # organisation
    "بانک": ("بانک",),  # bank
    "دیوان": ("دیوان",),  # court
    "شورا": ("شورا", "شورای"),  # council
}
# Gazetteer organisation kinds that such a head word may refer back to.
ORG_HEAD_TYPES: set[str] = {"igo", "group", "body"}
# Words before a bare head word that make it any fund/bank, not the one named earlier:
# `یک صندوق` (a fund), `هر بانک` (every bank).
ORG_HEAD_NOT_AFTER: set[str] = {
    "یک",  # a, one
    "هر",  # every
    "هیچ",  # no
    "چند",  # several
    "چندین",  # several
    "دو",  # two
    "سه",  # three
    "دیگر",  # other
}
# Words after a bare head word that end it (`رئیس هیات صندوق در پاکستان`, `صندوق و بانک
# جهانی`): any other word may continue a longer name (`سازمان بین‌المللی مهاجرت`,
# `بانک مرکزی`), so the head word is then no back-reference.
ORG_HEAD_END_WORDS: set[str] = {
    "در",  # in
    "و",  # and
    "را",  # object marker
    "به",  # to
    "از",  # from
    "با",  # with
    "که",  # that, which
    "برای",  # for
    "نیز",  # also
    "هم",  # also
    "تا",  # until
    "بر",  # on
    "یا",  # or
    "درباره",  # about
    "پس",  # after (پس از)
    "پیش",  # before (پیش از)
}

# Words before `ROLE1 و ROLE2 COUNTRY` that make the two roles two sides (`دیدار رئیس
# جمهور و وزیر خارجه روسیه` "the meeting of the president and Russia's foreign
# minister"): the country after ROLE2 is then not ROLE1's.
ROLE_PAIR_OPENERS: set[str] = {
    "دیدار",  # meeting (of)
    "ملاقات",  # meeting (of)
    "گفتگوی",  # talks (of)
    "مذاکره",  # negotiation (of)
    "مذاکرات",  # negotiations (of)
    "میان",  # between
    "بین",  # between
    "رایزنی",  # consultation (of)
    "تماس",  # call (of)
}

# Role ids after which a `guarded_country` name (country_aliases.csv: `مالی` Mali, also
# "financial") is the country (`وزیر خارجه مالی`, `رئیس‌جمهور مالی`, `سفیر مالی`). Vague
# heads that also take a financial body (`وزیر`, `رئیس`, `معاون`, `مدیر`, `نماینده`,
# `هیئت`) are left out: `وزیر مالی` alone is the finance minister (Dari `وزیر مالیه`),
# `رئیس امور مالی` a finance department's head. `رئیس دولت … مالی` is covered by the
# head noun `دولت` (GUARDED_COUNTRY_NOUNS).
GUARDED_COUNTRY_ROLES: set[str] = {
    "president",  # رئیس جمهور
    "prime_minister",  # نخست وزیر
    "foreign_minister",  # وزیر خارجه / وزیر امور خارجه
    "foreign_minister_e",  # وزیر خارجه (other spellings)
    "defense_minister",  # وزیر دفاع
    "interior_minister",  # وزیر کشور
    "leader",  # رهبر
    "king",  # پادشاه
    "ambassador",  # سفیر
    "envoy",  # فرستاده / نماینده ویژه
    "consul",  # سرکنسول
    "charge_daffaires",  # کاردار
    "chief_of_staff",  # رئیس ستاد ارتش
    "commander",  # فرمانده
}

# Nouns after which a `guarded_country` name is the country (`ارتش مالی` "Mali's army",
# `دولت نظامی مالی` "Mali's military government").
GUARDED_COUNTRY_NOUNS: set[str] = {
    "ارتش",  # army
    "خونتا",  # junta
    "خونتای",  # junta of
    "دولت نظامی",  # military government
    "حکومت نظامی",  # military rule
    "دولت انتقالی",  # transitional government
    "شورای نظامی",  # military council
    "رژیم نظامی",  # military regime
    "شمال",  # north (of)
    "جنوب",  # south (of)
}
# (not `پایتخت`, `مرکز`: `پایتخت مالی چین` "China's financial capital", `مرکز مالی`)

# Words that may stand between a state role and a `guarded_country` name (`وزیر امور
# خارجه مالی` is the role itself; `فرمانده ارتش مالی`, `سخنگوی دولت نظامی مالی`).
GUARDED_COUNTRY_FILLERS: set[str] = {
    "موقت",  # interim
    "جدید",  # new
}

# A person's short name that is also an ordinary word (`میلی` of `خاویر میلی`, "a
# desire") counts as the person, once the full name was written, when it opens a
# sentence (or follows one of SHORT_NAME_OPENERS) and one of SHORT_NAME_FOLLOWERS or a
# verb comes right after it (`میلی هفته گذشته …`, `میلی در …`, `میلی با …`, `میلی گفت`).
# `به` is deliberately absent: `میلی به …` is "a desire for …".
SHORT_NAME_OPENERS: set[str] = {
    "اما",  # but
    "ولی",  # but
    "سپس",  # then
}
SHORT_NAME_FOLLOWERS: set[str] = {
    "در",  # in / at
    "با",  # with
    "نیز",  # also
    "همچنین",  # also
    "روز",  # on (day)
    "هفته",  # week
    "ماه",  # month
    "سال",  # year
    "دیروز",  # yesterday
    "امروز",  # today
    "پیشتر",  # earlier
    "پیش",  # before (پیش از این)
    "سپس",  # then
    "اخیرا",  # recently
    "بارها",  # repeatedly
    "پس",  # after (پس از)
}
