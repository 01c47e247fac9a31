"""Words around numbers: units and their kinds, qualifiers, change words, and the
words that make a number something other than a statistic (dates, durations,
identifiers, referring phrases, vague amounts).

Phrases are written as in normalized text; the statistics module passes them
through `analysis.text.normalize` once and matches ZWNJ and space as equivalent.
"""

from __future__ import annotations

# --- qualifiers: the phrase right before a number -------------------------------
QUALIFIERS: dict[str, str] = {
    "بیش از": "more_than",  # more than
    "بیشتر از": "more_than",  # more than
    "بالغ بر": "more_than",  # amounting to over
    "افزون بر": "more_than",  # over, in excess of
    "فزون بر": "more_than",  # over
    "متجاوز از": "more_than",  # exceeding
    "بالای": "more_than",  # above
    "بالاتر از": "more_than",  # higher than
    "فراتر از": "more_than",  # beyond
    "حداقل": "more_than",  # at least
    "دست‌کم": "more_than",  # at least
    "دستکم": "more_than",  # at least (joined spelling)
    "لااقل": "more_than",  # at least
    "کمتر از": "less_than",  # less than
    "تا": "less_than",  # up to (not between two numbers: `۳ تا ۵` is a range)
    "کم‌تر از": "less_than",  # less than (ZWNJ spelling)
    "زیر": "less_than",  # under
    "حداکثر": "less_than",  # at most
    "پایین‌تر از": "less_than",  # lower than
    "حدود": "about",  # about
    "در حدود": "about",  # around
    "حدودا": "about",  # approximately
    "نزدیک به": "about",  # close to
    "قریب به": "about",  # nearly
    "تقریبا": "about",  # approximately
    "چیزی حدود": "about",  # something like
    "چیزی در حدود": "about",  # something around
    "نزدیک": "about",  # nearly
    "حدودی": "about",  # roughly
    "کم و بیش": "about",  # more or less
    "تخمینا": "about",  # an estimated
    "در محدوده": "about",  # in the range of (`در محدوده ۳۲ درصد`)
    "در محدوده‌ی": "about",  # in the range of (ezafe written out)
    "حول و حوش": "about",  # around, thereabouts (also `حول‌وحوش`)
    "در حوالی": "about",  # around (`در حوالی ۳۰ هزار تومان`)
    "حوالی": "about",  # around
    "چیزی نزدیک به": "about",  # something close to
    # passing a figure, as a noun (`با عبور از ۷۹ هزار مگاوات` "on passing 79,000 MW"); not
    # after a count of places passed through (PASS_THROUGH_NOUNS: `با عبور از سه کشور`)
    "با عبور از": "more_than",  # on crossing
    "با گذر از": "more_than",  # on passing
    "با گذشتن از": "more_than",  # on passing
    "با فراتر رفتن از": "more_than",  # on going beyond
    "با عبور از مرز": "more_than",  # on crossing the mark of
    "با گذر از مرز": "more_than",  # on passing the mark of
    "با عبور از رقم": "more_than",  # on passing the figure of
    # not `در حد ۵ درصد` "at the level of / up to": it may mean either, so it stays exact
}

# --- qualifiers: the words right after a number -----------------------------------
# `۳۰۰ و اندی نفر` "three hundred and some people": the phrase between the number
# and its unit says the amount is a little more.
QUALIFIERS_INSIDE: dict[str, str] = {
    "و اندی": "more_than",  # and some
    "و خرده‌ای": "more_than",  # and a bit
    "و خورده‌ای": "more_than",  # and a bit (colloquial spelling)
    "و کسری": "more_than",  # and a fraction
}
# `۱۰ درصد یا بیشتر` "10 percent or more": the phrase right after the figure.
QUALIFIERS_AFTER: dict[str, str] = {
    "یا بیشتر": "more_than",  # or more
    "یا بالاتر": "more_than",  # or higher
    "یا کمتر": "less_than",  # or less
    "یا کم‌تر": "less_than",  # or less (ZWNJ spelling)
}

# --- qualifiers: a verb after `از NUM UNIT` ---------------------------------------
# `از ۵۰ هزار نفر گذشت` "went past 50,000 people", `از ۱۰ درصد کمتر است` "is below
# 10 percent": the figure is a threshold the amount passed or stayed under. Read only
# when `از` (or `از` + a THRESHOLD_NOUN) comes right before the number, so that
# `از ۱۰ به ۲۰ درصد رسید` (a change from one level to another) stays exact. A negated
# verb turns the direction round (`از ۱۰ درصد تجاوز نمی‌کند` "does not exceed": at most).
# The stems of the verbs used below: (past stem, present stem); every tense is read
# from them (`گذشت`, `گذشته است`, `می‌گذرد`, `نگذشت`, `خواهد گذشت`, `بگذرد`).
VERB_STEMS: dict[str, tuple[str, str]] = {
    "گذشتن": ("گذشت", "گذر"),  # to pass
    "کردن": ("کرد", "کن"),  # to do (light verb)
    "شدن": ("شد", "شو"),  # to become (light verb)
    "رفتن": ("رفت", "رو"),  # to go
    "آمدن": ("آمد", "آی"),  # to come
    "یافتن": ("یافت", "یاب"),  # to find, become (light verb)
    "بودن": ("بود", "باش"),  # to be
    "رساندن": ("رساند", "رسان"),  # to bring to, to raise to
    "نمودن": ("نمود", "نما"),  # to do (formal light verb)
    "جستن": ("جست", "جوی"),  # to seek (`شرکت جستند` "took part")
    "رسیدن": ("رسید", "رس"),  # to reach
}
# Present forms of `بودن` not made from its stems.
COPULA_WORDS: tuple[str, ...] = (
    "است",  # is
    "هست",  # is
    "نیست",  # is not
    "هستند",  # are
    "نیستند",  # are not
)
# Verbs of passing a figure: (word before the verb, "" for a simple verb; the verb, a
# key of VERB_STEMS; True when the verb also means passing through a place, which is
# read only when the figure is a level: see PASS_THROUGH_NOUNS).
EXCEED_VERBS: tuple[tuple[str, str, bool], ...] = (
    ("", "گذشتن", True),  # passed (`از ۵۰ هزار نفر گذشت`)
    ("عبور", "کردن", True),  # crossed
    ("گذر", "کردن", True),  # passed
    ("رد", "شدن", True),  # got past (also "was rejected")
    ("تجاوز", "کردن", False),  # exceeded
    ("فزونی", "یافتن", False),  # exceeded
)
# Comparatives after the figure, followed by `بودن`, `شدن`, `رفتن`, `آمدن` or a clause
# break (`از ۱٫۲ میلیارد دلار فراتر رفت` "went beyond", `از ۵۰ درصد بیشتر است`,
# `از ۲ درصد کمتر شد`, `از ۱۰ دلار پایین‌تر آمد`).
COMPARATIVES: dict[str, str] = {
    "بیشتر": "more_than",  # more
    "افزون": "more_than",  # more
    "فراتر": "more_than",  # beyond
    "بالاتر": "more_than",  # higher
    "کمتر": "less_than",  # less
    "کم‌تر": "less_than",  # less (ZWNJ spelling)
    "پایین‌تر": "less_than",  # lower
}
COMPARATIVE_VERBS: tuple[str, ...] = ("بودن", "شدن", "رفتن", "آمدن")  # keys of VERB_STEMS
# Nouns between `از` and the figure that name it a threshold (`از مرز ۱۰۰ هزار نفر
# گذشت` "passed the 100,000 mark").
THRESHOLD_NOUNS: frozenset[str] = frozenset({
    "مرز",  # border, mark
    "رقم",  # figure
    "سقف",  # ceiling
    "آستانه",  # threshold
    "حد",  # limit
    "عدد",  # number
    "رکورد",  # record
})
# Particles allowed between the figure and the verb (`از ۵۰ هزار نفر هم گذشت`).
COMPARISON_PARTICLES: tuple[str, ...] = (
    "هم",  # also, even
    "نیز",  # also
)
# Places a thing passes through: `از پنج کشور عبور می‌کند` "passes through five
# countries" counts countries, it does not pass a figure. After a count of these
# nouns a passing verb is not read, unless the figure has a scale word (`هزار`) or
# follows a threshold noun or a count word (`شمار کشورهای عضو از ۵۰ کشور گذشت`).
PASS_THROUGH_NOUNS: frozenset[str] = frozenset({
    "کشور",  # country
    "شهر",  # city
    "استان",  # province
    "روستا",  # village
    "مرز",  # border
    "گذرگاه",  # crossing
    "ایست",  # checkpoint
    "پل",  # bridge
    "رود",  # river
    "رودخانه",  # river
    "خیابان",  # street
    "منطقه",  # region
    "تونل",  # tunnel
    "کانال",  # canal
    "تنگه",  # strait
    "دریا",  # sea
    "کوه",  # mountain
})

# --- change: a number that measures a rise or a fall ----------------------------
CHANGE_WORDS: dict[str, str] = {
    "افزایش": "increase",  # increase
    "افزایشی": "increase",  # increasing
    "رشد": "increase",  # growth
    "جهش": "increase",  # jump
    "صعود": "increase",  # rise
    "بالا رفتن": "increase",  # going up
    "بالا رفت": "increase",  # went up
    "زیاد شد": "increase",  # grew
    "بیشتر شد": "increase",  # became more
    "کاهش": "decrease",  # decrease
    "کاهشی": "decrease",  # decreasing
    "افت": "decrease",  # drop
    "سقوط": "decrease",  # fall, crash
    "نزول": "decrease",  # decline
    "کم شدن": "decrease",  # going down
    "کم شد": "decrease",  # went down
    "کمتر شد": "decrease",  # became less
    "پایین آمد": "decrease",  # came down
}

# --- units and their kinds ------------------------------------------------------
PERCENT_UNITS: dict[str, str] = {
    "درصد": "درصد",  # percent
    "در صد": "درصد",  # percent (split spelling)
    "فیصد": "درصد",  # percent (Dari and Tajik: `۳۰ فیصد`)
    "فی‌صد": "درصد",  # percent (Dari, ZWNJ spelling)
    "٪": "درصد",  # percent sign (Arabic)
    "%": "درصد",  # percent sign
}

CURRENCIES: dict[str, str] = {
    "دلار": "دلار",  # dollar
    "دالر": "دالر",  # dollar (Dari spelling: `۸۰۰ میلیون دالر`, `کمک ۲۰۰ هزار دالری`)
    "یورو": "یورو",  # euro
    "ریال": "ریال",  # rial
    "تومان": "تومان",  # toman
    "تومن": "تومان",  # toman (colloquial spelling)
    "همت": "همت",  # hemat: Iranian shorthand for `هزار میلیارد تومان` (a trillion tomans);
    # the unit is kept as written, the value is scaled by CURRENCY_SCALES (`۵۷۰۰ همت`
    # → 5.7e15, the value of `۵ هزار و ۷۰۰ هزار میلیارد تومان`)
    "پوند": "پوند",  # pound sterling
    "ین": "ین",  # yen
    "یوان": "یوان",  # yuan
    "روبل": "روبل",  # rouble
    "روپیه": "روپیه",  # rupee
    "درهم": "درهم",  # dirham
    "دینار": "دینار",  # dinar
    "لیر": "لیر",  # lira
    "لیره": "لیره",  # lira / pound (Levant)
    "فرانک": "فرانک",  # franc
    "وون": "وون",  # won
    "منات": "منات",  # manat
    "افغانی": "افغانی",  # afghani (AFN)
    "کلدار": "کلدار",  # Pakistani rupee (Afghan usage)
    "سامانی": "سامانی",  # somoni (TJS, Tajik currency)
    "شیکل": "شیکل",  # shekel (`شکل` is also "shape")
    "کرون": "کرون",  # krona
    "بیت‌کوین": "بیت‌کوین",  # bitcoin
    "سنت": "سنت",  # cent
    # the Americas
    "پزو": "پزو",  # peso (Argentina, Mexico, Chile, Colombia, …)
    "پسو": "پزو",  # peso (other spelling)
    "رئال": "رئال",  # real (Brazil); also the football club: see AMBIGUOUS_CURRENCIES
    "بولیوار": "بولیوار",  # bolívar (Venezuela)
    "بلیوار": "بولیوار",  # bolívar (other spelling)
    "سول": "سول",  # sol (Peru)
    # Africa
    "نایرا": "نایرا",  # naira (Nigeria)
    "رند": "رند",  # rand (South Africa); also "round" (boxing), "shrewd"
    "شیلینگ": "شیلینگ",  # shilling (Kenya, Tanzania, Uganda, Somalia)
    "سدی": "سدی",  # cedi (Ghana); also `سد` + `ی` "a dam"
    "کوانزا": "کوانزا",  # kwanza (Angola)
    "کواچا": "کواچا",  # kwacha (Zambia, Malawi)
    "بیر": "بیر",  # birr (Ethiopia)
    # Europe
    "زلوتی": "زلوتی",  # złoty (Poland)
    "فورینت": "فورینت",  # forint (Hungary)
    "گریونا": "گریونا",  # hryvnia (Ukraine)
    "هریونیا": "گریونا",  # hryvnia (other spelling)
    "لئو": "لئو",  # leu (Romania, Moldova); also the name Leo
    "دنار": "دنار",  # denar (North Macedonia)
    # not `کرونا` (koruna, but mostly the coronavirus: `۱۰ هزار کرونا`) nor `مارک`
    # (the old mark, but mostly "brand": `قیمت ۳ مارک خودرو`); `کرون` covers the koruna
    # Asia
    "روپی": "روپیه",  # rupee (other spelling)
    "تاکا": "تاکا",  # taka (Bangladesh)
    "بات": "بات",  # baht (Thailand)
    "رینگیت": "رینگیت",  # ringgit (Malaysia)
    "دونگ": "دونگ",  # dong (Vietnam)
    "کیات": "کیات",  # kyat (Myanmar)
    "سوم": "سوم",  # som (Kyrgyzstan, Uzbekistan); also "third", `دو سوم` "two thirds"
    "تنگه": "تنگه",  # tenge (Kazakhstan); also "strait"
    "لاری": "لاری",  # lari (Georgia); also "of Lar", a family name
    "درام": "درام",  # dram (Armenia); also "drama"
}
# Currency names that are also common words (`رند` "round", `سوم` "third", `تنگه`
# "strait", `لئو` Leo, `درام` "drama"): right after a number they are money only with
# a sign that money is meant: a figure in digits or with a scale word, and either a
# scale word (`۵ میلیارد سوم`), the currency's country after it (`رند آفریقای جنوبی`)
# or a word of money in the sentence (MONEY_CONTEXT_WORDS: `نرخ دلار به ۳۵ بات رسید`).
# Otherwise the old reading stands: `دو سوم` two thirds, `۱۲ رند` twelve rounds.
AMBIGUOUS_CURRENCIES: frozenset[str] = frozenset({
    "رئال",  # real / Real (Madrid)
    "سول",  # sol / (a name)
    "رند",  # rand / round, shrewd
    "سدی",  # cedi / a dam
    "بیر",  # birr / (a name)
    "لئو",  # leu / Leo
    "تاکا",  # taka / (a name)
    "بات",  # baht / (a word-piece)
    "دونگ",  # dong / (a name)
    "سوم",  # som / third
    "تنگه",  # tenge / strait
    "لاری",  # lari / of Lar, a family name
    "درام",  # dram / drama
})
# Words that show a sentence speaks of money (the evidence an ambiguous currency needs).
MONEY_CONTEXT_WORDS: frozenset[str] = frozenset({
    "قیمت",  # price
    "ارزش",  # value
    "نرخ",  # rate
    "ارز",  # currency, foreign exchange
    "پول",  # money
    "پولی",  # monetary
    "بودجه",  # budget
    "وام",  # loan
    "اعتبار",  # credit
    "بدهی",  # debt
    "هزینه",  # cost, spending
    "درآمد",  # income, revenue
    "حقوق",  # salary
    "دستمزد",  # wage
    "یارانه",  # subsidy
    "مالیات",  # tax
    "تورم",  # inflation
    "پرداخت",  # payment
    "سرمایه‌گذاری",  # investment
    "کسری",  # deficit
    "معادل",  # equivalent
    "برابر",  # equal to
    "دلار",  # dollar
    "یورو",  # euro
    "بانک",  # bank
    "بانک مرکزی",  # central bank
})
# Words written after a currency that belong to its name: `فرانک سی‌اف‌آ` (the CFA franc
# of West and Central Africa). A country or a demonym after a currency is read from the
# name mentions (`دلار استرالیا`, `ریال سعودی`, `دینار کویتی`).
CURRENCY_NAME_AFTER: tuple[str, ...] = (
    "سی‌اف‌آ",  # CFA (franc)
    "سی اف آ",  # CFA (spaced)
    "CFA",  # CFA (Latin)
)
# Currency words that stand for a scaled amount: the figure is multiplied by the scale
# (`۵۷۰۰ همت` = 5700 × 10^12 tomans), the unit is kept as written.
CURRENCY_SCALES: dict[str, int] = {
    "همت": 10**12,  # hemat = `هزار میلیارد تومان` (a trillion tomans)
}
# Sub-units: `۶۵ دلار و ۵۸ سنت` = 65.58 dollars.
SUBUNITS: dict[str, float] = {
    "سنت": 0.01,  # cent
    "پنی": 0.01,  # penny
    "کوپک": 0.01,  # kopek
}

MEASURE_UNITS: dict[str, str] = {
    "کیلومتر": "کیلومتر",  # kilometre
    "ماخ": "ماخ",  # Mach (speed: `۱۵ ماخ`)
    "متر": "متر",  # metre
    "سانتیمتر": "سانتی‌متر",  # centimetre
    "سانتی‌متر": "سانتی‌متر",  # centimetre
    "میلیمتر": "میلی‌متر",  # millimetre
    "میلی‌متر": "میلی‌متر",  # millimetre
    "مایل": "مایل",  # mile
    "فوت": "فوت",  # foot
    "پا": "پا",  # foot
    "اینچ": "اینچ",  # inch
    "هکتار": "هکتار",  # hectare
    "جریب": "جریب",  # jerib (land measure)
    "کیلوگرم": "کیلوگرم",  # kilogram
    "کیلوگرام": "کیلوگرم",  # kilogram (Dari spelling)
    "کیلو": "کیلوگرم",  # kilo
    "گرم": "گرم",  # gram
    "گرام": "گرم",  # gram (Dari spelling)
    "تن": "تن",  # tonne (also "person": see TONNE_CONTEXT)
    "بشکه": "بشکه",  # barrel
    "لیتر": "لیتر",  # litre
    "گالن": "گالن",  # gallon
    "مترمکعب": "متر مکعب",  # cubic metre
    "مگاوات": "مگاوات",  # megawatt
    "میگاوات": "مگاوات",  # megawatt (Dari spelling)
    "گیگاوات": "گیگاوات",  # gigawatt
    "کیلووات": "کیلووات",  # kilowatt
    "وات": "وات",  # watt
    "کیلووات‌ساعت": "کیلووات‌ساعت",  # kilowatt-hour
    "ولت": "ولت",  # volt
    "درجه": "درجه",  # degree
    "ریشتر": "ریشتر",  # Richter (magnitude)
    "گیگابایت": "گیگابایت",  # gigabyte
    "مگابایت": "مگابایت",  # megabyte
    "ترابایت": "ترابایت",  # terabyte
    "کالری": "کالری",  # calorie
    "اونس": "اونس",  # ounce
    "گره": "گره",  # knot
}
# Second words of two-word units: `کیلومتر مربع`, `متر مکعب`, `درجه سانتی‌گراد`.
UNIT_MODIFIERS: dict[str, str] = {
    "مربع": "مربع",  # square
    "مکعب": "مکعب",  # cubic
    "سانتی‌گراد": "سانتی‌گراد",  # centigrade (`۴۵ درجه سانتی‌گراد`)
    "سانتیگراد": "سانتی‌گراد",  # centigrade (joined spelling)
    "سلسیوس": "سلسیوس",  # Celsius
    "فارنهایت": "فارنهایت",  # Fahrenheit
}
# Words before a measure unit that belong to it: `۲۰۰ هزار متریک تن گندم` (Afghan
# usage, "metric tonnes") is a measure in tonnes.
UNIT_PREFIXES: frozenset[str] = frozenset({
    "متریک",  # metric
})
# Words before `درصد` that make a percentage-point change: `۱٫۲ واحد درصد افزایش`
# "a rise of 1.2 percentage points" is a percent figure with the unit `واحد درصد`.
PERCENT_POINT_WORDS: frozenset[str] = frozenset({
    "واحد",  # unit (`واحد درصد`: percentage point)
})
PERCENT_POINT_UNIT = "واحد درصد"  # percentage point

# Counting words (classifiers): the thing counted follows (`شش فروند هلی‌کوپتر`).
CLASSIFIERS: dict[str, str] = {
    "نفر": "نفر",  # person
    "تن": "تن",  # person (formal); also tonne
    "فروند": "فروند",  # aircraft, ships, missiles
    "دستگاه": "دستگاه",  # machines, vehicles
    "قبضه": "قبضه",  # firearms
    "عدد": "عدد",  # pieces
    "رأس": "رأس",  # head (livestock)
    "راس": "رأس",  # head (livestock)
    "باب": "باب",  # buildings, shops
    "جلد": "جلد",  # volumes, books
    "نوع": "نوع",  # kind, type
    "مورد": "مورد",  # case, instance
    "قلم": "قلم",  # item (of goods)
    "واحد": "واحد",  # unit
    "حلقه": "حلقه",  # wells
    "بسته": "بسته",  # package
    "نسخه": "نسخه",  # copy
    "فقره": "فقره",  # item, case
    "تخته": "تخته",  # sheet, carpet
    "دانه": "دانه",  # grain, piece
}

# Frequent counted nouns: a number word that is also an ordinary word (`سی`, `نه`,
# `ده`) is a number only before one of these or another known unit.
COMMON_COUNT_NOUNS: frozenset[str] = frozenset({
    "نفر",  # person
    "کشته",  # killed
    "زخمی",  # wounded
    "مجروح",  # injured
    "قربانی",  # victim
    "کودک",  # child
    "زن",  # woman
    "مرد",  # man
    "سرباز",  # soldier
    "نظامی",  # soldier, military
    "غیرنظامی",  # civilian
    "شهروند",  # citizen
    "زائر",  # pilgrim
    "گروگان",  # hostage
    "مسافر",  # passenger
    "مهاجر",  # migrant
    "دانشجو",  # student
    "دانش‌آموز",  # pupil
    "معلم",  # teacher
    "کارگر",  # worker
    "پزشک",  # doctor
    "خبرنگار",  # journalist
    "متهم",  # defendant
    "روحانی",  # cleric (also a surname: counted only when not a year, `۳۵ روحانی`)
    "استان",  # province
    "زندانی",  # prisoner
    "اسیر",  # captive
    "پناهجو",  # refugee, asylum seeker
    "کشور",  # country
    "شهر",  # city
    "روستا",  # village
    "خانواده",  # family
    "خانوار",  # household
    "دیدار",  # meeting
    "جلسه",  # session
    "توافق",  # agreement
    "توافقنامه",  # agreement (document)
    "سند",  # document
    "موشک",  # missile
    "پهپاد",  # drone
    "هواپیما",  # aircraft
    "کشتی",  # ship
    "نفتکش",  # tanker
    "تانک",  # tank
    "مدرسه",  # school
    "بیمارستان",  # hospital
    "خانه",  # house
    "شرکت",  # company
    "پروژه",  # project
    "میلیون",  # million
})

# --- tonne or person: `۱۰۰ تن کشته` (people) vs `۵ میلیون تن گندم` (tonnes) ------
# The order of the clues (see `statistics._tan_unit`): a word right after `تن` that
# says what happened to people (PERSON_AFTER_TAN) or names a commodity; else the
# subject before the figure (PERSON_SUBJECTS / TONNE_SUBJECTS, the nearest wins:
# `شمار قربانیان زلزله به بیش از دو هزار تن رسید`, `تولید تریاک از ۶۲۰۰ تن به ۳۳۳ تن
# رسیده`); else a function word after `تن` (PERSON_AFTER_TAN_WEAK: `۶۵ هزار تن به کشور
# بازگشته‌اند`); else the size (thousands of `تن` are tonnes).
# Words after `تن` that show it counts people.
PERSON_AFTER_TAN: frozenset[str] = frozenset({
    "دیگر",  # other, more
    "کشته",  # killed
    "زخمی",  # wounded
    "مجروح",  # injured
    "بازداشت",  # detained
    "دستگیر",  # arrested
    "جان",  # life (`جان باختند`)
    "هلاک",  # killed
    "مصدوم",  # injured
    "شهید",  # martyred
    "آواره",  # displaced
    "ناپدید",  # missing
    "مفقود",  # missing
})
# Function words after `تن` that lean towards people, read only when the subject before
# the figure says nothing (`۱۵ تن از مهاجمان`, but `تولید … ۶۲۰۰ تن به ۳۳۳ تن`).
PERSON_AFTER_TAN_WEAK: frozenset[str] = frozenset({
    "از",  # of (`۱۵ تن از مهاجمان`)
    "را",  # object marker
    "نیز",  # also
    "هم",  # also
    "در",  # in
    "به",  # to
})
# Subject words before a figure in `تن` that make it a count of people; matched with
# the plural endings of SUBJECT_PLURAL_ENDINGS (`قربانی` → `قربانیان`).
PERSON_SUBJECTS: frozenset[str] = frozenset({
    "شمار",  # number (of people: tonnes are not counted with `شمار`)
    "تعداد",  # number (of)
    "قربانی",  # victim
    "کشته",  # killed
    "کشته‌شدگان",  # the killed
    "کشته‌شده",  # killed
    "زخمی",  # wounded
    "مجروح",  # injured
    "مصدوم",  # injured
    "جان‌باختگان",  # the dead
    "جانباختگان",  # the dead (joined spelling)
    "جان‌باخته",  # dead
    "مفقود",  # missing
    "مفقودین",  # the missing
    "ناپدیدشدگان",  # the missing
    "بازداشت‌شدگان",  # the detained
    "آواره",  # displaced
    "آوارگان",  # the displaced
    "مهاجر",  # migrant
    "مهاجرین",  # migrants
    "پناهجو",  # refugee
    "پناهنده",  # refugee
    "زندانی",  # prisoner
    "اسیر",  # captive
    "اسرا",  # captives
    "فرد",  # person
    "افراد",  # persons
    "نفر",  # person
    "شهروند",  # citizen
    "سرباز",  # soldier
    "نظامی",  # soldier
    "غیرنظامی",  # civilian
    "کارگر",  # worker
    "مسافر",  # passenger
    "سرنشین",  # occupant, passenger
    "بیمار",  # patient
    "دانشجو",  # student
    "کودک",  # child
    "زن",  # woman
})
# Subject words before a figure in `تن` that make it tonnes: production and trade
# words, and commodities.
TONNE_SUBJECTS: frozenset[str] = frozenset({
    "تولید",  # production
    "صادرات",  # exports
    "واردات",  # imports
    "ظرفیت",  # capacity
    "ذخایر",  # reserves
    "ذخیره",  # reserve, stock
    "برداشت",  # harvest
    "محصول",  # crop, product
    "مصرف",  # consumption
    "ترانزیت",  # transit
    "حمل",  # transport
    "محموله",  # shipment
    "کالا",  # goods
    "مقدار",  # amount
    "میزان",  # amount, level
    "وزن",  # weight
    "تناژ",  # tonnage
    "کشف",  # seizure (of drugs)
    "ضبط",  # seizure
    "گندم",  # wheat
    "آرد",  # flour
    "برنج",  # rice
    "جو",  # barley
    "ذرت",  # maize
    "غلات",  # cereals
    "شکر",  # sugar
    "چای",  # tea
    "روغن",  # oil (cooking)
    "گوشت",  # meat
    "مرغ",  # chicken
    "میوه",  # fruit
    "پسته",  # pistachio
    "زعفران",  # saffron
    "خرما",  # dates (fruit)
    "کشمش",  # raisins
    "پنبه",  # cotton
    "تریاک",  # opium
    "هروئین",  # heroin
    "مواد",  # materials, drugs (`مواد مخدر`)
    "فولاد",  # steel
    "آهن",  # iron
    "مس",  # copper
    "آلومینیوم",  # aluminium
    "سیمان",  # cement
    "زغال",  # coal
    "زغال‌سنگ",  # coal
    "نفت",  # oil
    "گاز",  # gas
    "گوگرد",  # sulphur
    "کود",  # fertilizer
    "طلا",  # gold
    "اورانیوم",  # uranium
    "مهمات",  # ammunition
    "زباله",  # waste
    "پسماند",  # waste
    "کربن",  # carbon
})
# Plural and ezafe endings a subject word may carry (`قربانیان`, `مهاجران`, `زخمیان`,
# `تولیدات`, `کشته‌ها`).
SUBJECT_PLURAL_ENDINGS: tuple[str, ...] = (
    "ان",  # plural (people)
    "یان",  # plural after -i (`زخمیان`)
    "ین",  # plural (Arabic, `مهاجرین`)
    "ها",  # plural
    "های",  # plural + ezafe
    "ات",  # plural (Arabic, `تولیدات`)
    "ی",  # ezafe, indefinite
)

# Words that announce a bare count (`شمار کشته‌شدگان به ۵۰ رسید`).
COUNT_SUBJECT_WORDS: frozenset[str] = frozenset({
    "تعداد",  # number (of)
    "شمار",  # number (of)
    "آمار",  # tally
    "رقم",  # figure
})

# --- the population noun before an adjectival number (`جمعیت ۲٫۲ میلیونی`) ---
POPULATION_NOUNS: dict[str, str] = {
    "جمعیت": "نفر",  # population → people
    "جامعه": "نفر",  # community → people
}

# --- words that turn a number into something other than a statistic -------------
# Time units after a number: a duration, an age or a date (`۳ روز`, `۷۲ ساعت`,
# `۳۵ ساله`); also with the adjectival suffixes `-ه`, `-ی`, `-ه‌ای`, `-گی`.
TIME_UNITS: frozenset[str] = frozenset({
    "ثانیه",  # second
    "دقیقه",  # minute
    "ساعت",  # hour
    "شبانه‌روز",  # day and night
    "روز",  # day
    "شب",  # night
    "هفته",  # week
    "ماه",  # month
    "سال",  # year
    "دهه",  # decade
    "قرن",  # century
    "سده",  # century
    "هزاره",  # millennium
    "ترم",  # term
    "فصل",  # season
    "سالگی",  # age of (`در ۳۰ سالگی`)
    "بامداد",  # a.m., early morning (`۲ بامداد`)
    "صبح",  # morning (`۸ صبح`)
    "ظهر",  # noon
    "بعدازظهر",  # afternoon
    "عصر",  # late afternoon
    "شامگاه",  # evening
    "شنبه",  # Saturday (`پنج شنبه`, `سه شنبه` written with a space)
})
# Time-unit suffixes: `روزه`, `ساله`, `ماهه`, `ساعته`, `دقیقه‌ای`, `ساله‌ای`.
TIME_SUFFIXES: tuple[str, ...] = ("ه‌ای", "‌ای", "ه", "ی", "گی")

# Words before a number that make it a year, a clock time or a date.
TIME_BEFORE: frozenset[str] = frozenset({
    "سال",  # year (`سال ۲۰۲۴`)
    "ساعت",  # o'clock (`ساعت ۱۰`)
    "دهه",  # decade (`دهه ۶۰`)
    "قرن",  # century
    "سده",  # century
    "تاریخ",  # date
    "مورخ",  # dated
    "دقیقه",  # minute (`دقیقه ۹۰`, of a match)
    "ثانیه",  # second
})
# Words before `سال`, `ساعت` that make the number after them a rate, not a year or an
# hour: `هر سال ۵۰۰ مهاجر` "500 migrants every year".
EVERY_WORDS: frozenset[str] = frozenset({
    "هر",  # every
})

# Words right after a four-digit number in a year range that do not name what is counted:
# `بیش از ۱۴۰۰ شکایت` (a qualifier, then a counted noun) is a count, but `تا ۱۴۰۵ و …`,
# `حدود ۱۹۸۰ که …` may still be years.
NOT_COUNTED_AFTER: frozenset[str] = frozenset({
    "و",  # and
    "به",  # to
    "از",  # from
    "در",  # in
    "تا",  # until
    "که",  # that
    "را",  # (object marker)
    "با",  # with
    "برای",  # for
    "هم",  # also
    "نیز",  # also
})

MONTHS: frozenset[str] = frozenset({
    # Jalali
    "فروردین",  # Farvardin
    "اردیبهشت",  # Ordibehesht
    "خرداد",  # Khordad
    "تیر",  # Tir
    "مرداد",  # Mordad
    "امرداد",  # Amordad (Mordad)
    "شهریور",  # Shahrivar
    "مهر",  # Mehr
    "آبان",  # Aban
    "آذر",  # Azar
    "دی",  # Dey
    "بهمن",  # Bahman
    "اسفند",  # Esfand
    # Gregorian
    "ژانویه",  # January
    "فوریه",  # February
    "مارس",  # March
    "آوریل",  # April
    "مه",  # May
    "می",  # May
    "ژوئن",  # June
    "ژوئیه",  # July
    "جولای",  # July
    "ژوییه",  # July (variant)
    "اوت",  # August
    "آگوست",  # August
    "اگوست",  # August
    "سپتامبر",  # September
    "اکتبر",  # October
    "نوامبر",  # November
    "دسامبر",  # December
    # Hijri
    "محرم",  # Muharram
    "صفر",  # Safar
    "ربیع‌الاول",  # Rabi al-Awwal
    "ربیع‌الثانی",  # Rabi al-Thani
    "جمادی‌الاول",  # Jumada al-Awwal
    "جمادی‌الاولی",  # Jumada al-Ula
    "جمادی‌الثانی",  # Jumada al-Thani
    "رجب",  # Rajab
    "شعبان",  # Shaban
    "رمضان",  # Ramadan
    "شوال",  # Shawwal
    "ذی‌القعده",  # Dhu al-Qadah
    "ذی‌الحجه",  # Dhu al-Hijjah
})
# Words after a year: `۱۴۰۳ شمسی`, `۲۰۲۴ میلادی`.
ERA_WORDS: frozenset[str] = frozenset({
    "میلادی",  # AD
    "شمسی",  # solar hijri
    "هجری",  # hijri
    "قمری",  # lunar hijri
    "خورشیدی",  # solar
})
# Plain four-digit numbers in these ranges are years unless a unit follows.
YEAR_RANGES: tuple[tuple[int, int], ...] = ((1300, 1499), (1900, 2100))
# A whole number next to a month name is a date only when it can be a day (this range)
# or a year: `۲۸ مرداد`, `مارس ۲۰۲۵`, but not `در ماه فوریه ۱۳۳٫۸ کیلوگرم`.
DAY_RANGE: tuple[int, int] = (1, 31)
# Decimal separators: a number written with one is never a day or a year.
DECIMAL_SEPARATORS: tuple[str, ...] = ("٫", ".")  # Persian/Arabic decimal mark (U+066B), point

# Nouns before a number that make it an identifier or part of a name
# (`قطعنامه ۲۲۳۱`, `ماده ۵`, `گروه ۲۰`, `شبکه ۳`).
IDENTIFIER_NOUNS: frozenset[str] = frozenset({
    "قطعنامه",  # resolution
    "قعطنامه",  # resolution (a common misspelling)
    "ماده",  # article (of a law)
    "اصل",  # article (of the constitution)
    "بند",  # clause
    "تبصره",  # note (of a law)
    "قانون",  # law
    "شماره",  # number
    "فاز",  # phase
    "پلاک",  # plate, house number
    "کد",  # code
    "نسخه",  # version
    "فصل",  # chapter
    "سوره",  # sura
    "آیه",  # verse
    "اتاق",  # room
    "پرواز",  # flight
    "خبری",  # news … (`پایگاه خبری ۲۴`: a name)
    "گروه",  # group (`گروه ۲۰`: G20)
    "منطقه",  # district (`منطقه ۳`)
    "ناحیه",  # district
    "بلوک",  # block
    "سکوی",  # platform
    "پایانه",  # terminal
    "کلاس",  # class
    "رده",  # rank
    "رتبه",  # rank
    "درجه",  # grade
    "سطح",  # level
    "مرحله",  # stage
    "دور",  # round
    "هفته",  # (league) week
    "ردیف",  # row
    "صفحه",  # page
    "جدول",  # table
    "نمودار",  # chart
    "پیوست",  # annex
    "کنوانسیون",  # convention
    "پروتکل",  # protocol
    "اجلاس",  # summit (`اجلاس ۲۰`)
    "پست",  # post
})
# Media whose names hold a number (`شبکه ۳`, `کانال ۱۲`, `رادیو ۱۰ مدعی شد`,
# `تلویزیون ۲۴`, `شبکه یک`): a number without a scale word right after these is part of
# the name. With a scale word it counts (`رادیو ۳ میلیون شنونده دارد`), as does a number
# before a known unit (`شبکه ۲۰۰ کیلومتری`).
MEDIA_NAME_NOUNS: frozenset[str] = frozenset({
    "شبکه",  # (TV) channel, network
    "کانال",  # channel
    "رادیو",  # radio (station)
    "تلویزیون",  # television (channel)
    "تلوزیون",  # television (common misspelling)
})
# Phone, SMS and service numbers: a number in digits, without a scale word, right after
# these is dialled, not counted (`تلفن ۱۱۱ سامانه سامد`, `شماره تلفن ۱۵۷`, `سامانه ۱۳۷`,
# `سرشماره ۳۰۰۰۱۲`, `خط ۴ مترو`). Only right before the number: `۱۲ خط تولید`, `۷
# سامانه پاتریوت` are counts; and `سامانه ۳۰۰ هزار درخواست` (a scale word) counts too.
SERVICE_NUMBER_NOUNS: frozenset[str] = frozenset({
    "تلفن",  # telephone
    "تلفنی",  # telephone (adjective: `خط تلفنی ۱۵۷۰`)
    "سامانه",  # (service) system: `سامانه ۱۳۷`
    "سرشماره",  # SMS short code
    "پیامک",  # text message (`پیامک ۳۰۰۰۱۲`)
    "پیامکی",  # text-message (adjective)
    "خط",  # line (phone line, metro / bus line)
})
# Words written with a number as one name (`کووید۱۹`; normalization puts a space
# between the letters and the digits, so the number follows the word): the number is
# part of the name, never a statistic.
NAME_WITH_NUMBER: frozenset[str] = frozenset({
    "کووید",  # COVID (-19)
    "کوید",  # COVID (variant spelling)
    "سارس",  # SARS (-CoV-2)
})
# Names of Latin letters: a word made of two or more of them joined by ZWNJ is an
# acronym (`بی‌ان‌تی ۱۶۲`, `اس‌ام ۳`), and a number after it is part of a name.
LETTER_NAMES: frozenset[str] = frozenset({
    "ای", "بی", "سی", "دی",  # A, B, C, D
    "اف", "جی", "اچ", "آی",  # F, G, H, I
    "کی", "ال", "ام", "ان",  # K, L, M, N
    "او", "پی", "کیو", "آر",  # O, P, Q, R
    "اس", "تی", "یو", "وی",  # S, T, U, V
    "ایکس", "اکس", "وای", "زد", "زی",  # X, X, Y, Z, Z
})
# Nouns that, right before a form of a light verb, are the nominal part of a compound
# verb, not a counted noun: `در نشست گروه هفت شرکت کرد` "took part" (but `۱۲ شرکت در
# مناقصه` counts companies). The value: the light verbs (keys of VERB_STEMS).
COMPOUND_VERB_NOUNS: dict[str, tuple[str, ...]] = {
    "شرکت": ("کردن", "نمودن", "جستن"),  # company / to take part
}
# Nouns that start a compound speech verb (`analysis.lexicon.speech.COMPOUND_VERBS`)
# and are also things one counts: `سه پیشنهاد داد` "made three proposals", `دو هشدار
# داد` "gave two warnings" stay counts. The other first words of a speech verb (`مدعی
# شد`, `اعلام کرد`, `خاطرنشان کرد`, `تاکید کرد`) and the simple speech verbs (`گفت`)
# are never what a number counts: `رادیو ۱۰ مدعی شد` "Radio 10 claimed".
COUNTABLE_SPEECH_NOUNS: frozenset[str] = frozenset({
    "پیشنهاد",  # proposal
    "درخواست",  # request
    "هشدار",  # warning
    "پیام",  # message
    "وعده",  # promise
    "قول",  # promise
    "پاسخ",  # answer
    "خبر",  # (piece of) news
    "گزارش",  # report
    "تذکر",  # reminder, notice
    "توصیه",  # recommendation
    "انتقاد",  # criticism
    "ادعا",  # claim
    "پیش‌بینی",  # prediction
})
# The speech verbs whose forms never follow a number as its unit: all the simple speech
# verbs but `خواستن` (`۱۰ خواسته` "ten demands" is a count).
COUNTABLE_SPEECH_STEMS: frozenset[str] = frozenset({
    "خواست",  # asked / demand (`خواسته`)
})
# `جان` (life) before a reflexive or a possessive is the idiom `جان خود را از دست
# دادند` "lost their lives": `۴۶۶ بیمار ... جان خود را`, never a count of lives.
LIFE_NOUN = "جان"  # life
LIFE_IDIOM_AFTER: frozenset[str] = frozenset({
    "خود",  # own
    "خویش",  # own
    "خودشان",  # their own
    "خویشتن",  # oneself
    "شان",  # their (written apart)
})
# Words of a sentence about a stock index: there `واحد` after a figure is index points
# (a measure: `شاخص کل ... با ۱۸ هزار واحد کاهش`), unless a counted noun follows
# (`۵۰۰ واحد مسکونی` stays a count).
INDEX_WORDS: frozenset[str] = frozenset({
    "شاخص",  # index
    "بورس",  # stock exchange
    "فرابورس",  # OTC exchange (Iran)
})
INDEX_POINT_UNIT = "واحد"  # point (of an index)
# `نه` is "nine" and "not / neither". Outside a compound number it is nine only before a
# counting word, a percent, money or a measure, or a counted noun, and never after `و`
# / `یا` (`سیاسی است و نه نظامی` "and not military"), in `نه X نه Y` or `نه X بلکه Y`.
NINE_OR_NOT = "نه"  # nine / not
NOT_NINE_BEFORE: frozenset[str] = frozenset({
    "و",  # and (`و نه`: "and not")
    "یا",  # or
    "بلکه",  # but rather
})
NOT_NINE_CONTRAST: frozenset[str] = frozenset({
    "نه",  # neither … nor
    "بلکه",  # not … but rather
})
# Measure units that, after the article `یک`, are mostly other words: `یک پا` "a leg",
# `یک گره` "a knot" (in a problem). Before other percent and measure units `یک` is the
# figure one (`کمتر از یک درصد`, `یک میلیون` aside).
YEK_NOT_MEASURE: frozenset[str] = frozenset({
    "پا",  # foot / leg
    "گره",  # knot (nautical) / knot
})
# Latin letters as Persian words before a number: model names (`اف ۳۵`, `اس ۴۰۰`,
# `ام اچ ۶۰`).
MODEL_LETTERS: frozenset[str] = frozenset({
    "اف",  # F
    "اس",  # S
    "اچ",  # H
    "ام",  # M
    "جی",  # G
    "تی",  # T
    "پی",  # P
    "کی",  # K
    "آر",  # R
    "ایکس",  # X
    "وی",  # V
    "بی",  # B
    "دی",  # D
    "یو",  # U
    "سو",  # Su (Sukhoi)
    "میگ",  # MiG
    "بوئینگ",  # Boeing
    "ایرباس",  # Airbus
})

# Words before a distance that name a sports event (`تپانچه ۱۰ متر`, `دوی ۱۰۰ متر`,
# `شنای ۲۰۰ متر`): the distance is part of the event's name, not a measure.
SPORT_EVENT_WORDS: frozenset[str] = frozenset({
    "تپانچه",  # pistol
    "تفنگ",  # rifle
    "دوی",  # running (race of)
    "شنای",  # swimming (race of)
    "ماده",  # event (`ماده ۴۰۰ متر`)
    "امدادی",  # relay
    "پروانه",  # butterfly (stroke)
    "کرال",  # crawl (stroke)
    "قورباغه",  # breaststroke
})
# Words before a number that make it refer back, or a rate denominator
# (`این چهار کشتی`, `هر دو`, `به ازای هر ۱۰٬۰۰۰ نفر`).
REFERRING_BEFORE: frozenset[str] = frozenset({
    "این",  # this, these
    "آن",  # that, those
    "همین",  # these same
    "همان",  # those same
    "هر",  # each, every, per
    "هردو",  # both
})
# `آن` after a noun is also "its" (`حاشیه خطای آن ۳ درصد است` "its margin of error is 3
# percent"): it does not refer back when the figure is the predicate, i.e. when one of
# these follows its unit.
POSSESSIVE_PRONOUN = "آن"  # it, its (also the determiner "that, those")
PREDICATE_VERBS: frozenset[str] = frozenset({
    "است",  # is
    "بود",  # was
    "بوده",  # has been
    "هست",  # is
    "رسید",  # reached
    "رسیده",  # has reached
    "می‌رسد",  # reaches
    "برآورد",  # estimated (`… برآورد شده است`)
    "اعلام",  # announced (`… اعلام شد`)
})
# Phrases before a number that pick from a group already named (`یکی از دو نامزد`).
REFERRING_PHRASES_BEFORE: tuple[str, ...] = (
    "یکی از",  # one of
    "هر یک از",  # each of
    "هیچ یک از",  # none of
    "هر کدام از",  # each of
    "هیچ کدام از",  # none of
    "کدام از",  # which of
    "هر",  # each, every
)
# The word between the two numbers of a score or ratio (`۳ بر ۱`).
SCORE_WORD = "بر"  # to (in a score: "3 to 1")
# Nouns after `دو` that refer to parties already named (`دو کشور`, `دو طرف`).
REFERRING_AFTER_TWO: frozenset[str] = frozenset({
    "کشور",  # country
    "طرف",  # side
    "دولت",  # government
    "ملت",  # nation
    "جانب",  # side
    "جانبه",  # -sided (`دو جانبه`: bilateral)
    "سو",  # side
    "سوی",  # side
    "رهبر",  # leader
    "رئیس",  # head (`دو رئیس‌جمهور`)
    "وزیر",  # minister
    "هیئت",  # delegation
    "هیات",  # delegation
    "کشورمان",  # our two countries
    "مقام",  # official
    "همتا",  # counterparts
    "شریک",  # partner
    "پایتخت",  # capital
    "حزب",  # party
    "گروه",  # group
    "سازمان",  # organisation
    "ملیت",  # nationality
    "وزارتخانه",  # ministry
    "نهاد",  # institution
    "مجلس",  # parliament
    "پارلمان",  # parliament
    "ارتش",  # army
    "همسایه",  # neighbour
    "متحد",  # ally (`دو متحد آمریکا`: the two allies just named)
    "هم‌پیمان",  # ally
    "همپیمان",  # ally (joined spelling)
    "رقیب",  # rival
    "حریف",  # opponent
    "ابرقدرت",  # superpower
    "قدرت",  # power (`دو قدرت هسته‌ای`)
    "دشمن",  # enemy
    "نامزد",  # candidate (`دو نامزد هر کدام ۴۸ درصد`)
    "کاندیدا",  # candidate
    "کاندید",  # candidate
    "اقتصاد",  # economy (`دو اقتصاد بزرگ جهان`)
})
# Nouns after a larger number word (`سه`, `چهار`, …) that always refer back to parties
# already named: `سه طرف` "the three sides" counts nothing new.
REFERRING_SIDES: frozenset[str] = frozenset({
    "قوه",  # branch of power (`سران سه قوه`: the heads of the three branches)
    "طرف",  # side
    "جانب",  # side
    "سو",  # side
    "سوی",  # side
    "همتا",  # counterparts
})
# Nouns for a party (a country and its government or leader) after a larger number word:
# `سه کشور`, `چهار رهبر` refer back when the article has named exactly that many
# parties before (a subset of `REFERRING_AFTER_TWO`: not `وزیر`, `حزب`, `گروه`, …, which
# often count people or bodies of one country).
REFERRING_PARTIES: frozenset[str] = frozenset({
    "کشور",  # country
    "دولت",  # government
    "ملت",  # nation
    "رهبر",  # leader
    "هیئت",  # delegation
    "هیات",  # delegation
    "پایتخت",  # capital
    "همسایه",  # neighbour
    "متحد",  # ally
    "هم‌پیمان",  # ally
    "همپیمان",  # ally (joined spelling)
    "شریک",  # partner
    "قدرت",  # power
    "ابرقدرت",  # superpower
})
# The largest number word a referring noun may follow (`هر پنج کشور`, `پنج طرف`): a
# group of parties named one by one in an article is rarely larger.
REFERRING_MAX = 6
# Words before a number that describe a person (`مادر پنج فرزند`, `پدر سه فرزند`).
KINSHIP_BEFORE: frozenset[str] = frozenset({
    "مادر",  # mother (of)
    "پدر",  # father (of)
})
# Vague amounts: never a statistic.
VAGUE_AMOUNTS: frozenset[str] = frozenset({
    "ده‌ها",  # dozens (lit. tens)
    "دهها",  # dozens
    "صدها",  # hundreds
    "هزاران",  # thousands
    "میلیون‌ها",  # millions
    "میلیاردها",  # billions
    "چند",  # several
    "چندین",  # several
    "ها",  # (plural suffix written apart: `ده ها`)
})
# Openers of a hypothetical clause: its numbers are not claims of fact.
HYPOTHETICAL_OPENERS: tuple[str, ...] = (
    "اگر",  # if
    "چنانچه",  # if
    "درصورتی که",  # in case
    "در صورتی که",  # in case
    "هرگاه",  # whenever
)

# Words that cannot be a counted noun (prepositions, conjunctions, light verbs).
NOT_UNITS: frozenset[str] = frozenset({
    "از",  # from, of
    "در",  # in
    "به",  # to
    "با",  # with
    "برای",  # for
    "تا",  # until, to
    "و",  # and
    "یا",  # or
    "که",  # that
    "را",  # object marker
    "هم",  # also
    "نیز",  # also
    "این",  # this
    "آن",  # that
    "است",  # is
    "بود",  # was
    "شد",  # became
    "شده",  # become
    "شدند",  # became (pl)
    "بوده",  # been
    "هست",  # is
    "هستند",  # are
    "رسید",  # reached
    "رسیده",  # reached
    "کرد",  # did
    "کرده",  # done
    "دارد",  # has
    "داشت",  # had
    "یافت",  # found, became
    "بر",  # on
    "بین",  # between
    "میان",  # among
    "درباره",  # about
    "پس",  # after
    "پیش",  # before
    "قبل",  # before
    "بعد",  # after
    "هزاران",  # thousands
    "اما",  # but
    "ولی",  # but
    "نه",  # not
    "نیست",  # is not
    "آمده",  # come, stated (`در قطعنامه ۲۲۳۱ آمده`)
    "برابر",  # times, -fold (`دو برابر`): a ratio, not a count
    "برابری",  # -fold
    "جانبه",  # -lateral (`سه جانبه`: trilateral)
})

# Idioms and proverbs with small number words: the numbers in them count nothing
# (`ایران و تاجیکستان یک روح در دو بدن هستند` "one soul in two bodies"). Matched as
# phrases (space and ZWNJ interchangeable, a suffix allowed on the last word:
# `دو روی یک سکه‌اند`); a number inside a match is no statistic.
NUMBER_IDIOMS: dict[str, str] = {
    "یک روح در دو بدن": "one soul in two bodies (very close friends)",
    "یک روح در دو کالبد": "one soul in two bodies",
    "دو روی یک سکه": "two sides of one coin",
    "دو روی سکه": "two sides of the coin",
    "دو سوی یک سکه": "two sides of one coin",
    "دو طرف یک سکه": "two sides of one coin",
    "یک بام و دو هوا": "one roof, two climates (double standards)",
    "یک بام دو هوا": "double standards",
    "یک دست صدا ندارد": "one hand makes no sound (it takes two)",
    "دو دوتا چهارتا": "two twos are four (plain arithmetic, obvious)",
    "دو دو تا چهار تا": "two twos are four",
    "یک تیر و دو نشان": "one arrow, two targets (two birds with one stone)",
    "یک تیر دو نشان": "two birds with one stone",
    "با یک تیر دو نشان": "two birds with one stone",
    "هفت خوان": "the seven labours (of Rostam): a long ordeal",
    "هفت خوان رستم": "the seven labours of Rostam",
    "یک قدم جلوتر": "one step ahead",
    "یک گام جلوتر": "one step ahead",
    "یک قدم عقب‌تر": "one step behind",
    "یک قدم به جلو": "a step forward",
    "یک گام به جلو": "a step forward",
    "یک گام به پیش": "a step forward",
    "دو قدم به عقب": "two steps back",
    "دو گام به عقب": "two steps back",
    "دو گام به پس": "two steps back",
    "یک کلاغ چهل کلاغ": "one crow, forty crows (exaggerating a rumour)",
    "هزار و یک دلیل": "a thousand and one reasons (countless)",
    "هزار و یک بهانه": "a thousand and one excuses",
    "هزار و یک شب": "the Thousand and One Nights",
    "از هفت دولت آزاد": "free of the seven states (carefree)",
    "هفت آسمان": "the seven heavens",
    "هفت پشت": "seven generations (`هفت پشت غریبه` total strangers)",
    "دو دستی": "with both hands (clinging, or handing over readily)",
    "دو قطبی": "polarised, polarisation",
    "دو پهلو": "two-sided, ambiguous (words)",
    "چهار چشمی": "with four eyes (watching closely)",
    "یک دل نه صد دل": "not with one heart but a hundred (wholeheartedly)",
    "صد تا یک غاز": "a hundred for a penny (worthless talk)",
    "شش دانگ حواس": "all six parts of one's attention (full attention)",
    "یک شبه ره صد ساله": "a century's road overnight",
}
# `۱۸۰ درجه` / `صد و هشتاد درجه` is a turnaround (`سیاست آمریکا ۱۸۰ درجه تغییر کرد`,
# `چرخش ۱۸۰ درجه‌ای`) when one of these stems is among the few words around it;
# `دمای کوره به ۱۸۰ درجه رسید` is a temperature and stays.
TURNABOUT_DEGREES = 180
TURN_STEMS: tuple[str, ...] = (
    "چرخ",  # turn (`چرخش`, `چرخید`, `می‌چرخد`)
    "تغییر",  # change
    "عوض",  # change (`عوض شد`)
    "دور زد",  # turned about
    "دورزدن",  # turning about
    "تغییرجهت",  # change of direction
    "یوترن",  # U-turn
    "برگشت",  # turned back
)
TURN_WINDOW = 3  # words before the number or after the unit

# `۱۰۰ درصد` / `صد در صد` before these words is an idiom of certainty, not a figure.
CERTAINTY_WORDS: frozenset[str] = frozenset({
    "مطمئن",  # sure
    "مطمئنم",  # I am sure
    "روشن",  # clear
    "واضح",  # obvious
    "موافق",  # agreeing
    "موافقم",  # I agree
    "مخالف",  # opposed
    "مخالفم",  # I oppose
    "درست",  # right
    "صحیح",  # correct
    "قطعی",  # certain
    "آماده",  # ready
})

# Words joining the two ends of a range (`۳ تا ۵ درصد`, `از ۳۹۵ به ۶۸۷ هزار تومان`):
# the first number takes the unit (and scale) of the second.
RANGE_WORDS: frozenset[str] = frozenset({
    "تا",  # to
    "الی",  # to
    "یا",  # or
    "به",  # to (after `از`: `از ۴۰ به ۵۵`)
})

# --- reading the sentence around a figure ---------------------------------------
# The percent sign written as two words (`۵۰ در صد`): first and second word.
PERCENT_SPLIT: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("در", "فی"),  # "in", "per" (`۵۰ در صد`, Dari `۳۰ فی صد`)
    ("صد", "صدی"),  # "hundred"
)
# Month names written with `ماه` joined on (`دی‌ماه`, `اسفندماه`).
MONTH_SUFFIX = "ماه"  # month
# Classifiers that count people: the thing counted is people, not the next noun.
PERSON_CLASSIFIERS: frozenset[str] = frozenset({
    "نفر",  # person
    "تن",  # person (formal)
})
# Prefixes of a present-tense verb (`می‌کند`, `نمی‌شود`), written with ZWNJ by hazm.
VERB_PREFIXES: tuple[str, ...] = (
    "می\u200c",  # continuous/present prefix
    "نمی\u200c",  # negated continuous/present prefix
)
# Verbs that follow the noun of a compound verb (`امضا شد`, `برگزار کرد`): the noun
# before them is part of the predicate, not of the subject.
LIGHT_VERBS: frozenset[str] = frozenset({
    "است",  # is
    "شد",  # became
    "شده",  # become
    "شدند",  # became (pl)
    "کرد",  # did
    "کردند",  # did (pl)
    "کرده",  # done
    "بود",  # was
    "بوده",  # been
    "داد",  # gave
    "دادند",  # gave (pl)
    "گرفت",  # took
    "گرفته",  # taken
    "گذاشت",  # put, left
    "یافت",  # found, became
    "رسید",  # reached
    "رسیده",  # reached
    "هستند",  # are
})
# Participle endings of compound verbs (`ثبت‌شده`, `افزایش‌یافته`).
PARTICIPLE_ENDINGS: tuple[str, ...] = (
    "شده",  # become
    "یافته",  # become, found
    "گرفته",  # taken
)
# Prepositions: `از آن ۶۷ دلار` is "from that, 67 dollars", not "those 67 dollars".
PREPOSITIONS: frozenset[str] = frozenset({
    "از",  # from
    "بر",  # on
    "با",  # with
    "در",  # in
    "به",  # to
    "برای",  # for
})
# Phrases that end the subject of a figure (a time frame or a comparison follows).
SUBJECT_STOPS: tuple[str, ...] = (
    "در سال",  # in the year
    "نسبت به",  # compared with
    "در مقایسه",  # in comparison
    "از ابتدای",  # since the start of
    "از زمان",  # since
    "طی",  # during
    "در طول",  # throughout
    "در حالی",  # while
)
# Words dropped from the start of a subject phrase.
SUBJECT_FILLERS: frozenset[str] = frozenset({
    "که",  # that
    "و",  # and
    "تاکنون",  # so far
    "اکنون",  # now
    "هم",  # also
    "نیز",  # also
    "را",  # object marker
    "به",  # to
    "از",  # from
    "در",  # in
    "با",  # with
})

# --- lists after a stated count (`سه دیدار … با نمایندگان چین، هند و …`) --
# Words that introduce the list.
LIST_INTRODUCERS: tuple[str, ...] = (
    "با",  # with
    "از",  # of
    "شامل",  # comprising
    "از جمله",  # including
    "یعنی",  # namely
    "مانند",  # such as
    "نظیر",  # such as
)
# Words that end the last item of a list (the verb or a preposition after it).
LIST_ENDERS: frozenset[str] = frozenset({
    "گفت‌وگو",  # talk(ed)
    "دیدار",  # meet(ing)
    "مذاکره",  # negotiate
    "کرد",  # did
    "کردند",  # did (pl)
    "است",  # is
    "بود",  # was
    "هستند",  # are
    "بودند",  # were
    "شد",  # became
    "شدند",  # became (pl)
    "در",  # in
    "به",  # to
    "برای",  # for
    "تا",  # until
    "که",  # that
    "را",  # object marker
})
# Markers of a partial list (examples): fewer items than stated is not a disagreement.
PARTIAL_LIST_MARKERS: tuple[str, ...] = (
    "از جمله",  # including
    "مانند",  # such as
    "مثل",  # like
    "نظیر",  # such as
    "همچون",  # such as
)

# --- function words and suffixes the rules refer to -----------------------------
AND = "و"  # and
FROM = "از"  # from, of
TO = "به"  # to
THAT = "که"  # that (opens a clause)
UP_TO = "تا"  # up to / until
# Verbs of reaching (keys of VERB_STEMS): `تا ۳ میلیارد دلار برسانیم` "to bring it to
# 3 billion dollars" names a target, so `تا` is not "up to" there.
REACH_VERBS: tuple[str, ...] = ("رساندن", "رسیدن")
WITH = "با"  # with, on (`با عبور از`)
IN = "در"  # in (before a year: `در ۱۴۰۲`)
# Singular passive auxiliaries after a participle (`کشته شد` "was killed"): after a
# year-like `در NUMBER PARTICIPLE` they make the number a year (`او در ۱۴۰۲ کشته شد`);
# a count of people takes the plural (`۱۴۰۰ نفر کشته شدند`).
SINGULAR_PASSIVE_AUX: frozenset[str] = frozenset({
    "شد",  # was (became)
    "شده",  # has been (with `است`, `بود`)
    "می‌شود",  # is (being)
    "گردید",  # was (formal)
})
PERCENT_UNIT = "درصد"  # the unit name given to every percentage
TONNE = "تن"  # tonne, or person (formal)
# Adjectival suffixes on a unit (`درصدی`, `کیلومتری`, `کیلویی`, `ساله‌ای`, `نفره`).
ADJECTIVAL_SUFFIXES: tuple[str, ...] = (
    "یی",  # after a vowel (`کیلویی`)
    "ای",  # after a vowel (`ساله‌ای`, ZWNJ dropped in keys)
    "ی",  # (`درصدی`, `دلاری`)
    "ه",  # (`۱۲ نفره`: of twelve people)
)
# Of those, the suffixes that follow a vowel only: `کیلویی`, `ساله‌ای`; after a
# consonant they are part of another word (`همتای` "counterpart of" is not `همت` + `ای`).
ADJECTIVAL_AFTER_VOWEL: tuple[str, ...] = ("یی", "ای")
# Endings of a relational adjective after a party noun, before the list it introduces:
# `سه کشور اروپایی فرانسه، آلمان و بریتانیا`, `چهار کشور عربی …` (-ی "of, -an").
ADJECTIVE_ENDINGS: tuple[str, ...] = ("ی",)
# Adjectives after a party noun that do not narrow the group down: `شش قدرت جهانی`
# "six world powers" still names the P5+1 an article names as `گروه ۵+۱`.
GROUP_ADJECTIVES_ANY: frozenset[str] = frozenset({
    "جهانی",  # world
})
VOWEL_LETTERS = "اوهی"  # letters that end a word in a vowel (alef, vav, he, ye)
# Plural suffixes (after ZWNJ): a number does not take a plural noun (`نه کشتی‌ها`).
PLURAL_SUFFIXES: tuple[str, ...] = (
    "ها",  # plural
    "های",  # plural + ezafe
    "هایی",  # plural + indefinite
    "هایش",  # plural + his/her
    "هایشان",  # plural + their
)
# Verb endings joined to a change noun (`افزایش‌یافته`, `کاهش یافت`).
CHANGE_VERB_ENDINGS: tuple[str, ...] = (
    "یافته",  # become (participle)
    "یافت",  # became
)
