"""Speech cues: the verbs, openers and pronouns that introduce who said what.

Every phrase is written as plain Persian; `analysis.quotes` normalizes it and
matches it with ZWNJ and space treated alike (`گفت‌وگو` ≠ `گفت`, `اظهارداشت` =
`اظهار داشت`). Verbs are given by their stems; the matcher conjugates them
(past `گفت`, plural `گفتند`, perfect `گفته است` / `گفته‌اند`, pluperfect
`گفته بود`, present and continuous `می‌گوید` / `می‌گفت`).
"""

from __future__ import annotations

# --- simple speech verbs: (past stem, present stem) → English --------------
SIMPLE_VERBS: dict[tuple[str, str], str] = {
    ("گفت", "گوی"): "said",
    ("افزود", "افزای"): "added",
    ("نوشت", "نویس"): "wrote",
    ("خواست", ""): "asked (someone to); no present: `می‌خواهد` is 'wants'",
    # honorific 'said' (of a leader or cleric): `رهبر انقلاب فرمودند که …`, `می‌فرمایند: …`;
    # after a noun of `HONORIFIC_NON_SPEECH_NOUNS` it is that noun's light verb instead
    ("فرمود", "فرمای"): "said (honorific)",
}

# Nouns whose honorific light verb `فرمود` makes an act, not speech: `دستور فرمودند` (ordered),
# `عنایت فرمودند` (graciously gave); the simple `فرمود` after them reports nothing.
HONORIFIC_NON_SPEECH_NOUNS: dict[str, str] = {
    "دستور": "order (ordered)",
    "امر": "command (commanded)",
    "حکم": "decree (decreed)",
    "مقرر": "stipulated",
    "عنایت": "favour (graciously gave)",
    "مرحمت": "favour (graciously gave)",
    "عطا": "bestowal (bestowed)",
    "اعطا": "bestowal (bestowed)",
    "لطف": "kindness (kindly did)",
    "اقدام": "action (acted)",
    "ملاحظه": "observation (observed, looked at)",
    "تشریف": "honour (came, went: `تشریف فرمودند`)",
    "توجه": "attention (paid attention)",
    "موافقت": "consent (agreed)",
    "بازدید": "visit (visited)",
    "شرکت": "participation (took part)",
    "صادر": "issued",
}

# --- light verbs of compound speech verbs: (past stem, present stem) --------
LIGHT_VERBS: dict[str, tuple[str, str]] = {
    "کرد": ("کرد", "کن"),  # do
    "نمود": ("نمود", "نما"),  # do (formal)
    "شد": ("شد", "شو"),  # become
    "داشت": ("داشت", "دار"),  # have
    "داد": ("داد", "ده"),  # give
}

# --- compound speech verbs: (non-verbal part, light verb) → English ---------
COMPOUND_VERBS: dict[tuple[str, str], str] = {
    ("تاکید", "کرد"): "emphasized",
    ("تأکید", "کرد"): "emphasized",
    ("اعلام", "کرد"): "announced",
    ("اعلام", "داشت"): "announced",
    ("تصریح", "کرد"): "stated explicitly",
    ("اظهار", "داشت"): "stated",
    ("اظهار", "کرد"): "stated",
    ("خاطرنشان", "کرد"): "pointed out",
    ("خاطرنشان", "ساخت"): "pointed out",
    ("خاطر نشان", "کرد"): "pointed out (written apart)",
    ("یادآور", "شد"): "reminded",
    ("یادآوری", "کرد"): "reminded",
    ("پیشنهاد", "کرد"): "proposed",
    ("پیشنهاد", "داد"): "proposed",
    ("عنوان", "کرد"): "stated",
    ("ادامه", "داد"): "continued",
    ("بیان", "کرد"): "expressed",
    ("بیان", "داشت"): "expressed",
    ("اذعان", "کرد"): "admitted",
    ("اذعان", "داشت"): "admitted",
    ("اعتراف", "کرد"): "confessed",
    ("مدعی", "شد"): "claimed",
    ("ادعا", "کرد"): "claimed",
    ("هشدار", "داد"): "warned",
    ("درخواست", "کرد"): "requested",
    ("توضیح", "داد"): "explained",
    ("اضافه", "کرد"): "added",
    ("اشاره", "کرد"): "noted",
    ("تایید", "کرد"): "confirmed",
    ("تأیید", "کرد"): "confirmed",
    ("تکذیب", "کرد"): "denied",
    ("گزارش", "داد"): "reported",
    ("گزارش", "کرد"): "reported",
    ("خبر", "داد"): "announced (gave news)",
    ("متهم", "کرد"): "accused",
    ("قول", "داد"): "promised",
    ("وعده", "داد"): "promised",
    ("اطمینان", "داد"): "assured",
    ("پیام", "داد"): "sent word",
    ("ابراز امیدواری", "کرد"): "expressed hope",
    ("اظهار امیدواری", "کرد"): "expressed hope",
    ("ابراز امیدواری", "نمود"): "expressed hope",
    ("ابراز نگرانی", "کرد"): "expressed concern",
    ("نتیجه‌گیری", "کرد"): "concluded",
    ("تشریح", "کرد"): "described",
    ("تصریح", "نمود"): "stated explicitly",
    ("اعلام", "نمود"): "announced",
    ("فاش", "کرد"): "revealed",
    ("ابراز", "داشت"): "expressed",
    ("ابراز", "کرد"): "expressed",
    ("توصیه", "کرد"): "advised",
    ("پاسخ", "داد"): "answered",
    ("تهدید", "کرد"): "threatened",
    ("تاکید", "نمود"): "emphasized",
    ("تأکید", "نمود"): "emphasized",
    ("تاکید", "داشت"): "emphasized",
    ("تأکید", "داشت"): "emphasized",
    ("خاطرنشان", "نمود"): "pointed out",
    ("اذعان", "نمود"): "admitted",
    ("بیان", "نمود"): "expressed",
    ("اظهار", "نمود"): "stated",
    ("یادآوری", "نمود"): "reminded",
    ("عنوان", "داشت"): "stated",
    ("عنوان", "نمود"): "stated",
    ("ادعا", "نمود"): "claimed",
    ("انتقاد", "کرد"): "criticized",
    ("پیش‌بینی", "کرد"): "predicted",
    ("تخمین", "زد"): "estimated (`تخمین زد که …`)",
    ("برآورد", "کرد"): "estimated",
    ("استدلال", "کرد"): "argued",
    ("اطلاع", "داد"): "informed",
    ("ابراز تاسف", "کرد"): "expressed regret",
    ("ابراز تأسف", "کرد"): "expressed regret",
    ("گلایه", "کرد"): "complained",
    # Afghan (Dari) and formal news style
    ("علاوه", "کرد"): "added (Dari: `وی علاوه کرد که …`)",
    ("متذکر", "شد"): "pointed out, reminded",
    ("تذکر", "داد"): "pointed out, reminded",
    ("تاکید", "ورزید"): "emphasized (formal, Dari)",
    ("تأکید", "ورزید"): "emphasized (formal, Dari)",
    ("افشا", "کرد"): "revealed",
}

# Extra light verbs only used by a few compounds above (`خاطرنشان ساخت`, `تاکید ورزید`).
LIGHT_VERBS["ساخت"] = ("ساخت", "ساز")  # make
LIGHT_VERBS["ورزید"] = ("ورزید", "ورز")  # exercise (formal: `تاکید ورزید`)
LIGHT_VERBS["گردید"] = ("گردید", "گرد")  # become (formal, frequent in Dari)
LIGHT_VERBS["زد"] = ("زد", "زن")  # strike (`تخمین زد`: estimated)
LIGHT_VERBS["فرمود"] = ("فرمود", "فرمای")  # do (honorific: `تأکید فرمودند`, `بیان فرمودند`)

# Formal light verbs that may stand for a plain one in any compound speech verb:
# `اظهار نمود` = `اظهار کرد`, `علاوه نمود` = `علاوه کرد`, `یادآور گردید` = `یادآور شد`.
# Every `COMPOUND_VERBS` entry with the plain light verb also gets these variants (added
# below), so a new compound needs listing only once.
LIGHT_VERB_VARIANTS: dict[str, tuple[str, ...]] = {
    "کرد": ("نمود", "فرمود"),  # do → do (formal), do (honorific: `اشاره فرمودند`)
    "شد": ("گردید",),  # become → become (formal)
}
for (_nonverb, _light), _gloss in list(COMPOUND_VERBS.items()):
    for _variant in LIGHT_VERB_VARIANTS.get(_light, ()):
        COMPOUND_VERBS.setdefault((_nonverb, _variant), f"{_gloss} (with `{_variant}`)")
del _nonverb, _light, _gloss, _variant

# --- belief verbs: SUBJECT + cue + (که) clause → English -----------------------
BELIEF_CUES: dict[str, str] = {
    "معتقد است": "believes",
    "معتقد هستند": "believe",
    "معتقد بود": "believed",
    "معتقدند": "believe",
    "بر این باور است": "is of the view",
    "بر این باورند": "are of the view",
    "بر این عقیده است": "is of the opinion",
    # a standing claim (present/past of `مدعی بودن`), reported like a belief:
    # `ارتش اسرائیل اما مدعی است که …`; the event `مدعی شد` is a compound verb above
    "مدعی است": "claims",
    "مدعی هستند": "claim",
    "مدعی‌اند": "claim",
    "مدعی بود": "claimed (had been claiming)",
    "مدعی بودند": "claimed (had been claiming)",
    "معتقد بودند": "believed",
    "معتقد‌اند": "believe (written with ZWNJ)",
}

# --- statement nouns: `در بیانیه X آمده است: …` (it says in X's statement) ------
STATEMENT_NOUNS: dict[str, str] = {
    "بیانیه": "statement",
    "اطلاعیه": "announcement",
    "پیام": "message",
    "نامه": "letter",
    "توئیت": "tweet",
    "توییت": "tweet",
    "گزارش": "report",
    "دادخواست": "lawsuit, petition",
    "کیفرخواست": "indictment",
    "قطعنامه": "resolution",
}

# Verbs that issue a statement: `بیانیه‌ای که X منتشر کرد` (X the issuer), used to
# find who issued `این/همین بیانیه` that a later `به گفته همین بیانیه` refers to.
ISSUE_VERBS: dict[str, str] = {
    "منتشر": "published (منتشر کرد)",
    "صادر": "issued (صادر کرد)",
    "انتشار": "publication (انتشار داد)",
    "اعلام": "announced (در بیانیه‌ای اعلام کرد)",
    "نوشت": "wrote",
    "فرستاد": "sent",
    "ارسال": "sent (ارسال کرد)",
}

# Between a statement noun and its author: `بیانیه منتشره از سوی X`.
ISSUED_BY: dict[str, str] = {
    "منتشره از سوی": "issued by",
    "صادره از سوی": "issued by",
    "از سوی": "by",
    "منتشره": "issued",
    "صادره": "issued",
}

# Passive verbs that, after a statement noun with its author, report the author's words:
# `در بیانیه X آمده است که …`, `در دادخواست X ادعا شده …`.
STATEMENT_VERBS: dict[str, str] = {
    "آمده است": "it is stated",
    "آمده": "it is stated",
    "ادعا شده است": "it is claimed",
    "ادعا شده": "it is claimed",
    "اعلام شده است": "it is announced",
    "اعلام شده": "it is announced",
    "تاکید شده است": "it is stressed",
    "تأکید شده است": "it is stressed",
    "تاکید شده": "it is stressed",
    "تأکید شده": "it is stressed",
    "گفته شده است": "it is said",
    "گفته شده": "it is said",
}

# Cues that introduce speech only before a colon (`آورده است:` = has stated).
COLON_ONLY_CUES: dict[str, str] = {
    "آورده است": "has stated (in writing)",
    "آورده": "has stated (in writing)",
    "آمده است": "it is stated",
    "آمده": "it is stated",
}

# --- openers of reported speech that name the speaker: OPENER X، clause ------
SOURCE_OPENERS: dict[str, str] = {
    "به گفته": "according to (the words of)",
    "بنا به گفته": "according to",
    "بنابه گفته": "according to",
    "به اعتقاد": "in the belief of",
    "به عقیده": "in the opinion of",
    "به باور": "in the view of",
    "از نظر": "in the view of",
    "از دیدگاه": "from the standpoint of",
    "طبق اعلام": "as announced by",
    "بنا بر اعلام": "as announced by",
    "طبق گفته": "according to (the words of)",
    "بنا بر گفته": "according to (the words of)",
    # `بر اساس اعلام وزارت بهداشت غزه، …` (as announced by); `بر اساس گزارش X` is a
    # source line (`SOURCE_LINE_MARKERS`), like `به گزارش`, not an opener
    "بر اساس اعلام": "as announced by",
    "بر پایه اعلام": "as announced by",
    "بنا به اعلام": "as announced by",
    "طبق اظهارات": "according to the statements of",
    "بر اساس اظهارات": "according to the statements of",
    "بنا بر اظهارات": "according to the statements of",
    "به ادعای": "as claimed by",
    "به فرموده": "according to the words of (honorific: `به فرموده رهبر انقلاب، …`)",
    # openers of a view (`از دید لودریان، …`, `به تعبیر لاریجانی، …`); the words after them
    # that make them no source (`به نظر می‌رسد`, `به تعبیر دیگر`, `از نظر اقتصادی`) are
    # in `OPENER_NON_SPEAKERS` and the relational-adjective rule of `quotes`
    "از دید": "in the eyes of",
    "از منظر": "from the perspective of",
    "به تعبیر": "in the words of",
    "به زعم": "in the (presumed) view of",
    "به نظر": "in the opinion of",
}

# Words right after a source opener that make it no source: `به نظر می‌رسد` (it seems),
# `به تعبیر دیگر` (in other words), `به نظر من` (a first-person view inside a quote).
OPENER_NON_SPEAKERS: dict[str, str] = {
    "می‌رسد": "seems (`به نظر می‌رسد`)",
    "نمی‌رسد": "does not seem",
    "می‌رسید": "seemed",
    "نمی‌رسید": "did not seem",
    "رسید": "seemed",
    "نرسید": "did not seem",
    "برسد": "(may) seem",
    "رسد": "seems",
    "می‌آید": "seems (`به نظر می‌آید`)",
    "نمی‌آید": "does not seem",
    "آمد": "seemed",
    "آید": "seems",
    "می": "(`به نظر می رسد`, spaced)",
    "نمی": "(`به نظر نمی رسد`, spaced)",
    "دیگر": "other (`به تعبیر دیگر`: in other words)",
    "دیگری": "another",
    "بهتر": "better (`به تعبیر بهتر`)",
    "ساده‌تر": "simpler (`به تعبیر ساده‌تر`)",
    "من": "I (a view inside a quote)",
    "ما": "we",
    "شما": "you",
    "بنده": "I (humble)",
    "اینجانب": "I (formal)",
    "خودم": "myself",
    "خود": "self",
}
# Of those, the ones that open a clause only (`بر اساس اعلام X، …` after the sentence's
# start, a comma or `که`): in mid-clause they are an adverbial of the predicate (`این
# هشدار بر اساس اظهارات مقامات آمریکایی در گزارش … منتشر شده است`), not a source.
CLAUSE_INITIAL_OPENERS: dict[str, str] = {
    "بر اساس اعلام": "as announced by",
    "بر پایه اعلام": "as announced by",
    "بنا به اعلام": "as announced by",
    "طبق اظهارات": "according to the statements of",
    "بر اساس اظهارات": "according to the statements of",
    "بنا بر اظهارات": "according to the statements of",
}

# --- openers of a clause that the sentence's subject said: با بیان اینکه … ----
CLAUSE_OPENERS: dict[str, str] = {
    "با بیان اینکه": "stating that",
    "با بیان این که": "stating that",
    "با تاکید بر اینکه": "stressing that",
    "با تأکید بر اینکه": "stressing that",
    "با تاکید بر این که": "stressing that",
    "با تأکید بر این که": "stressing that",
    "با اشاره به اینکه": "noting that",
    "با اشاره به این که": "noting that",
    "با اعلام اینکه": "announcing that",
    "با اعلام این که": "announcing that",
    "ضمن بیان اینکه": "while stating that",
    "ضمن تاکید بر اینکه": "while stressing that",
    "ضمن تأکید بر اینکه": "while stressing that",
    "با ابراز اینکه": "expressing that",
    "با یادآوری اینکه": "recalling that",
    "با یادآوری این که": "recalling that",
    "با هشدار اینکه": "warning that",
    "با هشدار این که": "warning that",
}

# --- `آنطور که X گفته، clause` (as X said, …) --------------------------------
AS_SAID_OPENERS: dict[str, str] = {
    "آنطور که": "as",
    "آن‌طور که": "as",
    "همانطور که": "just as",
    "همان‌طور که": "just as",
    "چنانکه": "as",
    "چنان که": "as",
}

# --- characterisations: X را «…» خواند (called it «…») ---------------------
CHARACTERIZE_VERBS: dict[str, str] = {
    "خواند": "called",
    "خواندند": "called",
    "دانست": "deemed",
    "دانستند": "deemed",
    "توصیف کرد": "described as",
    "توصیف کردند": "described as",
}

# --- what comes right after a speech verb ----------------------------------------
COMPLEMENTIZERS: dict[str, str] = {
    "که": "that",
    "تا": "(so) that (after requests)",
}

# Nouns after which `تا` is the preposition 'until', part of the request, not its
# complementizer: `خواست تا زمان تصدی قدرت، از معترضان دفاع کند`.
UNTIL_NOUNS: dict[str, str] = {
    "زمان": "time (until the time)",
    "زمانی": "a time (until when)",
    "وقتی": "when (until when)",
    "هنگامی": "when (until when)",
    "پایان": "end (until the end)",
    "اطلاع": "notice (until further notice)",
}

# Words after which a speech verb is not saying anything: passive `گفته می‌شود`.
PASSIVE_AFTER: dict[str, str] = {
    "می‌شود": "is (said)",
    "شد": "was (said)",
    "شده": "has been (said)",
    "شده است": "has been (said)",
    "شده بود": "had been (said)",
}

# Nouns that head an unnamed speaker (`یک منبع در دولت انگلستان`, `کارشناسان`).
SOURCE_NOUNS: dict[str, str] = {
    "منبع": "source",
    "منابع": "sources",
    "مقام": "official",
    "مقامات": "officials",
    "مقام‌ها": "officials",
    "مسئول": "official",
    "مسئولان": "officials",
    "کارشناس": "expert",
    "کارشناسان": "experts",
    "تحلیلگران": "analysts",
    "ناظران": "observers",
    "عضو": "member",
    "دیپلمات": "diplomat",
    "دیپلمات‌ها": "diplomats",
    "شاهدان": "witnesses",
    "مقام‌های": "officials (of: `مقام‌های آمریکایی`)",
    "پژوهشگران": "researchers",
    "اقتصاددانان": "economists",
    "ناظر": "observer",
    "تحلیلگر": "analyst",
}

# Adjectives that may follow such a noun inside an unnamed source with no comma after it
# (`به گفته یک دیپلمات غربی فعلا …`, `به گفته منابع آگاه هفته آینده …`); a demonym
# (`مقام‌های آمریکایی`) also does. The source phrase ends after the last of them.
SOURCE_ADJECTIVES: dict[str, str] = {
    "آگاه": "informed",
    "مطلع": "informed",
    "ارشد": "senior",
    "غربی": "Western",
    "عرب": "Arab",
    "عربی": "Arab",
    "اروپایی": "European",
    "منطقه‌ای": "regional",
    "محلی": "local",
    "رسمی": "official",
    "دولتی": "governmental",
    "امنیتی": "security",
    "نظامی": "military",
    "دیپلماتیک": "diplomatic",
    "اطلاعاتی": "intelligence",
    "اقتصادی": "economic",
    "سیاسی": "political",
    "انرژی": "energy (of)",
    "نفتی": "oil",
    "مستقل": "independent",
    "بین‌المللی": "international",
    "دیگر": "other",
}

# Words right after such a phrase that show it goes on (`منابع آگاه در وزارت خارجه`,
# `یک مقام نزدیک به دولت`): its end is then unknown, so no quote is taken without a comma.
SOURCE_PHRASE_GOES_ON: dict[str, str] = {
    "در": "in",
    "از": "from, of",
    "نزدیک": "close (to)",
    "وابسته": "affiliated (to)",
    "به": "to",
    "و": "and",
    "یا": "or",
    "که": "who, that",
    "ای": "(indefinite) who",
}

# Determiners that may open such a phrase.
SOURCE_DETERMINERS: dict[str, str] = {
    "یک": "a, one",
    "برخی": "some",
    "چند": "several",
    "دو": "two",
    "این": "this/these",
}

# --- personal pronouns that can be a speaker -----------------------------------
PRONOUNS: dict[str, str] = {
    "وی": "he/she (formal)",
    "او": "he/she",
    "ایشان": "he/she (honorific)",
    "آنها": "they",
    "آن‌ها": "they",
    "آنان": "they",
}

# Pronoun objects of a characterisation (`آن را «…» خواند`): the quoted words are direct.
OBJECT_PRONOUNS: dict[str, str] = {
    "آن": "it, that",
    "این": "this",
    "او": "him/her",
    "وی": "him/her (formal)",
    "آنها": "them",
    "آن‌ها": "them",
    "ایشان": "him/her (honorific)",
}

# Plural pronouns: they refer to the last speaker, a body as much as a person.
PLURAL_PRONOUNS: dict[str, str] = {
    "آنها": "they",
    "آن‌ها": "they",
    "آنان": "they",
}

# Referring plurals: a subject that names both sides of a meeting. They are never the
# speaker of a quote whose verb is singular (`دو طرف … رایزنی کردند، X گفت`).
RECIPROCAL_PLURALS: dict[str, str] = {
    "دو طرف": "the two sides",
    "هر دو طرف": "both sides",
    "طرفین": "both sides",
    "هر دو": "both",
    "دو کشور": "the two countries",
    "هر دو کشور": "both countries",
    "دو مقام": "the two officials",
    "دو وزیر": "the two ministers",
    "دو رهبر": "the two leaders",
    "دو رئیس‌جمهور": "the two presidents",
    "دو هیئت": "the two delegations",
    "دو هیات": "the two delegations",
}

# Relational adjectives that make a source opener a point of view, not a source:
# `از نظر اقتصادی، …` (economically), `از منظر حقوقی و سیاسی، …`.
PERSPECTIVE_ADJECTIVES: dict[str, str] = {
    "اقتصادی": "economic", "سیاسی": "political", "حقوقی": "legal", "قانونی": "legal",
    "امنیتی": "security", "نظامی": "military", "فنی": "technical", "تاریخی": "historical",
    "فرهنگی": "cultural", "اجتماعی": "social", "راهبردی": "strategic", "استراتژیک": "strategic",
    "تجاری": "commercial", "دیپلماتیک": "diplomatic", "مالی": "financial", "علمی": "scientific",
    "اخلاقی": "moral", "شرعی": "religious-legal", "منطقه‌ای": "regional", "بین‌المللی": "international",
    "داخلی": "domestic", "خارجی": "foreign", "کارشناسی": "expert", "شخصی": "personal",
    "عملی": "practical", "نظری": "theoretical", "زمانی": "temporal", "جغرافیایی": "geographic",
    "ژئوپلیتیک": "geopolitical", "ژئوپلیتیکی": "geopolitical", "انسانی": "humanitarian",
    "بشردوستانه": "humanitarian", "رسانه‌ای": "media", "روانی": "psychological",
    "ساختاری": "structural", "عملیاتی": "operational", "کمی": "quantitative", "کیفی": "qualitative",
    "آماری": "statistical", "ملی": "national", "دینی": "religious", "مذهبی": "religious",
    "ایدئولوژیک": "ideological", "تکنیکی": "technical", "اداری": "administrative",
}

# Words that start an adjunct after a speaker phrase (`سخنگوی … با اشاره به تحریم‌های
# اتحادیه اروپا گفت`): a country named from there on is not the speaker's. `در` starts
# one only before the nouns of `ADJUNCT_AFTER_DAR` (`منبعی در وزارت خارجه X` is the
# speaker's affiliation); `با` not after the words of `NAME_BEFORE_BA` (`دفتر مبارزه با
# مواد مخدر`: part of a body's name).
ADJUNCT_WORDS: dict[str, str] = {
    "با": "with (`با اشاره به`, `با انتقاد از`)",
    "به": "to (`به خبرنگاران`, `به رویترز`)",
    "درباره": "about",
    "دربارهٔ": "about",
    "ضمن": "while",
    "طی": "during",
    "خطاب": "addressing",
    "نسبت": "regarding (`نسبت به`)",
    "پس": "after (`پس از`)",
    "پیش": "before (`پیش از`)",
    "بعد": "after",
    "قبل": "before",
    "که": "who/which (a relative clause: `… که در برلین زندگی می‌کند`)",
}
ADJUNCT_AFTER_DAR: dict[str, str] = {
    "خصوص": "regarding (`در خصوص`)",
    "مورد": "about (`در مورد`)",
    "واکنش": "in reaction (`در واکنش به`)",
    "پاسخ": "in answer (`در پاسخ به`)",
    "باره": "about (`در باره`)",
    "ارتباط": "in connection (`در ارتباط با`)",
    "رابطه": "in relation (`در رابطه با`)",
    "حاشیه": "on the sidelines",
    "گفتگو": "in a conversation",
    "گفت‌وگو": "in a conversation",
    "مصاحبه": "in an interview",
    "دیدار": "in a meeting",
    "نشست": "in a session",
    "جمع": "among",
    "ادامه": "further",
    "سخنانی": "in a speech",
    "اشاره": "(`در اشاره به`)",
}
NAME_BEFORE_BA: dict[str, str] = {
    "مبارزه": "fight (`دفتر مبارزه با مواد مخدر`)",
    "مقابله": "countering",
    "همکاری": "cooperation",
    "دوستی": "friendship (`گروه دوستی با`)",
}

# First-person openers of a paragraph that continues a direct quotation.
FIRST_PERSON: dict[str, str] = {
    "ما": "we",
    "من": "I",
}

# Demonstratives: `این منابع`, `این رسانه اماراتی` refer back to a named body.
DEMONSTRATIVES: dict[str, str] = {
    "این": "this/these",
    "همین": "this same",
}

# --- source lines: not speakers ------------------------------------------------
SOURCE_LINE_MARKERS: dict[str, str] = {
    "به گزارش": "according to the report of (source line)",
    "به نقل از": "quoting (source line)",
    "به نوشته": "as written by (source line)",
    "بر اساس این گزارش": "according to this report",
    "براساس این گزارش": "according to this report",
    "بنابر این گزارش": "according to this report",
    "بنا بر این گزارش": "according to this report",
    "طبق این گزارش": "according to this report",
    "طبق گزارش": "according to the report of",
}

# Relaying a speaker: `X به نقل از Y افزود که …` → Y said it.
RELAY_MARKERS: dict[str, str] = {
    "به نقل از": "quoting",
}

# Words that make a speech verb a prediction or possibility, not a statement made: `به گفته
# منابع، نخست‌وزیر احتمالا … از ایران خواهد خواست که …` is the sources' claim, not his words.
IRREALIS_MARKERS: dict[str, str] = {
    "خواهد": "will (future auxiliary)",
    "خواهند": "will (future auxiliary, plural)",
    "احتمالا": "probably",
    "احتمالاً": "probably",
    "شاید": "perhaps",
    "باید": "must, should",
    "ممکن": "possible (`ممکن است`)",
    "قرار": "due to (`قرار است`)",
    "قصد": "intends (`قصد دارد`)",
    "نمی‌خواهد": "does not want",
}

# Conjunctions that, after a finite verb, open a new clause (which may have its own
# subject: `… اشاره‌ای نکرد اما کارشناسان می‌گویند …`).
CLAUSE_CONJUNCTIONS: dict[str, str] = {
    "و": "and",
    "اما": "but",
    "ولی": "but",
}

# Words that cannot open a clause reported after a bare speech verb (`گفت و …`,
# `اعلام کرد که` is handled as a complementizer, `… را` is an object).
CLAUSE_NON_OPENERS: dict[str, str] = {
    "و": "and",
    "اما": "but",
    "ولی": "but",
    "که": "that",
    "تا": "until, so that",
    "را": "(object marker)",
}

# Subordinators split around a few words, closed by `که`: `X در حالی مطرح شده که Y …`
# (X was said while Y …); the clause after `که` has its own subject.
SPLIT_SUBORDINATORS: dict[str, str] = {
    "در حالی": "while (… که)",
    "حاکی": "indicates (حاکی از آن است که …)",
    "درحالی": "while (… که)",
}

# --- words that open an adverbial phrase: such a comma-segment holds no subject ---
PREPOSITIONS: dict[str, str] = {
    "در": "in",
    "به": "to",
    "با": "with",
    "از": "from",
    "بر": "on",
    "برای": "for",
    "طی": "during",
    "پس": "after",
    "پیش": "before",
    "تا": "until",
    "ضمن": "while",
    "طبق": "according to",
    "بنابر": "according to",
    "براساس": "based on",
    "علاوه": "in addition",
    "درحالی": "while",
    "چنانچه": "if",
    "اگر": "if",
    "هنگامی": "when",
    "زمانی": "when",
    "وقتی": "when",
    "بعد": "after",
    "قبل": "before",
    "بنا": "according",
    "جدا": "apart",
    "درباره": "about",
    "نسبت": "with respect to",
    "خطاب": "addressing",
}

# Function words that make a short «…» a quoted phrase rather than a name or term
# (`«زیر فشار و ارعاب»`, `«فشار و ارعاب گسترده»` vs `«برنامه جامع اقدام مشترک»`):
# prepositions beyond `PREPOSITIONS` (with three words or more) …
FRAGMENT_PREPOSITIONS: dict[str, str] = {
    "زیر": "under",
    "بدون": "without",
    "بی": "without",
    "علیه": "against",
    "میان": "between, among",
    "بین": "between",
    "روی": "on",
    "جز": "except",
    "مانند": "like",
    "مثل": "like",
    "همچون": "such as",
    "برابر": "in front of, against",
}

# … and conjunctions (with four words or more: a three-word `«A و B»` may be a name).
FRAGMENT_CONJUNCTIONS: dict[str, str] = {
    "و": "and",
    "یا": "or",
    "اما": "but",
    "ولی": "but",
    "نه": "not, nor",
}

# First words of a name or term written in guillemets (`«برنامه جامع اقدام مشترک»`,
# `«عملیات وعده صادق ۲»`): a short «…» opening with one of them (or with a body head,
# `BODY_HEADS`, `NOT_NAMES`) and holding no function word is a name, not quoted words.
TERM_HEADS: dict[str, str] = {
    "برنامه": "programme, plan",
    "طرح": "plan, scheme",
    "عملیات": "operation",
    "قانون": "law",
    "لایحه": "bill",
    "پیمان": "pact",
    "توافق": "agreement",
    "توافقنامه": "agreement",
    "توافق‌نامه": "agreement",
    "معاهده": "treaty",
    "کنوانسیون": "convention",
    "قطعنامه": "resolution",
    "سند": "document",
    "منشور": "charter",
    "بیانیه": "declaration",
    "پروژه": "project",
    "کریدور": "corridor",
    "دالان": "corridor",
    "ائتلاف": "coalition",
    "جبهه": "front",
    "اتحادیه": "union",
    "بنیاد": "foundation",
    "کتاب": "book",
    "فیلم": "film",
    "روزنامه": "newspaper",
    "خبرگزاری": "news agency",
    "شبکه": "network",
    "نشست": "meeting (a named forum)",
    "اجلاس": "summit (a named forum)",
    "مجمع": "assembly, forum",
    "همایش": "conference",
    "کنفرانس": "conference",
    "جایزه": "prize",
    "رزمایش": "military exercise",
    "ابتکار": "initiative",
}

# Particles of Arabic and European names (`محمد بن عبدالله`, `فون در لاین`): a short «…»
# holding one is a person's name.
NAME_PARTICLES: dict[str, str] = {
    "بن": "son of",
    "ابن": "son of",
    "بنت": "daughter of",
    "آل": "family of",
    "ال": "the (Arabic article, written apart)",
    "فون": "von",
    "فان": "van",
}
# (not `دو` 'de' = 'two', `دی` 'di' = the month Dey, `دل` 'del' = 'heart')

# Qualifiers before a count (`«دست‌کم ۹ نظامی صهیونیست»`): a number after one (or opening
# the «…») counts the noun after it, so the «…» is quoted words, not a name with a number.
COUNT_QUALIFIERS: dict[str, str] = {
    "دست‌کم": "at least",
    "دستکم": "at least",
    "حداقل": "at least",
    "حداکثر": "at most",
    "بیش": "more (than)",
    "بیشتر": "more",
    "کمتر": "fewer",
    "حدود": "about",
    "حدودا": "about",
    "تقریبا": "approximately",
    "تقریباً": "approximately",
    "نزدیک": "nearly",
    "قریب": "nearly",
    "بالغ": "amounting to",
    "فقط": "only",
    "تنها": "only",
    "هر": "each, every",
    "از": "(more) than, of",
}

# The days of the week (time words: `روز دوشنبه`, `دوشنبه گذشته`).
WEEKDAYS: dict[str, str] = {
    "شنبه": "Saturday",
    "یکشنبه": "Sunday",
    "دوشنبه": "Monday",
    "سه‌شنبه": "Tuesday",
    "چهارشنبه": "Wednesday",
    "پنجشنبه": "Thursday",
    "پنج‌شنبه": "Thursday",
    "جمعه": "Friday",
}

# --- adverbs that may open a clause before its subject (skipped, not a subject) --
LEADING_ADVERBS: dict[str, str] = {
    "همچنین": "also",
    "سپس": "then",
    "اما": "but",
    "ولی": "but",
    "البته": "of course",
    "همزمان": "at the same time",
    "هم‌زمان": "at the same time",
    "بنابراین": "therefore",
    "اکنون": "now",
    "امروز": "today",
    "دیروز": "yesterday",
    "امشب": "tonight",
    "روز": "on the day",
    "شب": "at night",
    "صبح": "in the morning",
    "بامداد": "at dawn",
    "گذشته": "last (night, week)",
    "اخیرا": "recently",
    "اخیراً": "recently",
    "ابتدا": "first",
    "نیز": "also",
    "پیشتر": "earlier",
    "پیش‌تر": "earlier",
    **WEEKDAYS,
}

# Words that may stand alone between a closed quotation and the next speech verb of the
# same speaker (`X نوشت: «…» و در ادامه افزود …`): no subject is written, X goes on.
CONTINUING_WORDS: dict[str, str] = {
    **CLAUSE_CONJUNCTIONS,
    **LEADING_ADVERBS,
    "هم": "also",
    "در": "in (`در ادامه`)",
    "ادامه": "continuation (`در ادامه`)",
    "پایان": "end (`در پایان`)",
}

# Quantifier heads whose `از` does not end a subject: `بیش از ۱۰۰ سازمان`, `یکی از مقامات`.
QUANTIFIER_HEADS: dict[str, str] = {
    "بیش": "more (than)",
    "کمتر": "fewer (than)",
    "یکی": "one (of)",
    "برخی": "some (of)",
    "شماری": "a number (of)",
    "تعدادی": "a number (of)",
    "بسیاری": "many (of)",
    "هیچ‌یک": "none (of)",
}

# Compound speech verbs that take a prepositional complement in their nominal use
# (`از … خبر داد`, `بر … تاکید کرد`, `به … اشاره کرد`): with that preposition before
# them and no `که`/colon after, they report no clause.
NOMINAL_COMPLEMENTS: dict[str, str] = {
    "خبر": "از",  # gave news of
    "تاکید": "بر",  # emphasized (something)
    "تأکید": "بر",
    "اشاره": "به",  # referred to
    "ادامه": "به",  # continued (doing)
    "پیشنهاد": "به",  # proposed to (someone) — object before
    "ابراز امیدواری": "به",  # expressed hope about
    "انتقاد": "از",  # criticized (someone)
    "اطلاع": "از",  # informed of (something)
    "ابراز تاسف": "از",  # expressed regret about
    "ابراز تأسف": "از",
    "گلایه": "از",  # complained about
}

# Of those, the ones whose `که` after the verb relates to the complement
# (`به حمله‌ای اشاره کرد که …` = "mentioned an attack that …"), not a reported clause.
NOMINAL_COMPLEMENTS_KE: dict[str, str] = {
    "خبر": "از",
    "اشاره": "به",
}

# Compound verbs of a nominal report (`از … قدردانی کرد` = thanked …): as the whole
# predicate after a mid-clause opener (`X نیز به گفته Y، از … قدردانی کرد`) they report
# the subject's act, not a clause anyone said (noun → its preposition).
NOMINAL_REPORTS: dict[str, str] = {
    **NOMINAL_COMPLEMENTS,
    "قدردانی": "از",  # thanked, appreciated
    "تشکر": "از",  # thanked
    "سپاسگزاری": "از",  # thanked
    "استقبال": "از",  # welcomed
    "حمایت": "از",  # supported
    "دیدن": "از",  # visited
    "بازدید": "از",  # toured
    "دفاع": "از",  # defended
    "ابراز خرسندی": "از",  # expressed satisfaction with
    "ابراز نگرانی": "از",  # expressed concern about
}

# Openings of a sentence that are narration framing: `این در حالی است که …`.
FRAMING_OPENERS: dict[str, str] = {
    "این در حالی است که": "this is while",
    "این در حالیست که": "this is while",
    "گفتنی است که": "it is worth saying that",
    "گفتنی است": "it is worth saying",
    "لازم به ذکر است که": "it should be noted that",
    "لازم به ذکر است": "it should be noted",
    "شایان ذکر است که": "it is worth mentioning that",
    "شایان ذکر است": "it is worth mentioning",
    "قابل ذکر است که": "it is notable that",
    "یادآور می‌شود که": "it is recalled that",
}

# Openers of a subordinate clause: the comma-segment they open holds no subject of
# the main verb (`در حالی که تنها دو روز … باقی مانده، X گفت`).
SUBORDINATE_OPENERS: dict[str, str] = {
    "در حالی که": "while",
    "درحالی که": "while",
    "با وجود اینکه": "although",
    "با وجود این که": "although",
    "اگرچه": "although",
    "اگر چه": "although",
    "هرچند": "although",
    "هر چند": "although",
    "چون": "because",
    "زیرا": "because",
}

# Fixed adverbial phrases that may open a clause before its subject, without a comma.
ADVERBIAL_PHRASES: dict[str, str] = {
    "در همین خصوص": "in this regard",
    "در این خصوص": "in this regard",
    "در این باره": "about this",
    "در همین باره": "about this",
    "در این زمینه": "in this field",
    "در همین زمینه": "in this field",
    "در این راستا": "along these lines",
    "در همین راستا": "along these lines",
    "در ادامه": "continuing",
    "در پایان": "at the end",
    "در عین حال": "at the same time",
    "در همین حال": "meanwhile",
    "در این حال": "meanwhile",
    "در این میان": "meanwhile",
    "در مقابل": "in contrast",
    "از سوی دیگر": "on the other hand",
    "از طرف دیگر": "on the other hand",
    "بعد از آن": "after that",
    "پس از آن": "after that",
    "به نوبه خود": "in turn",
    "علاوه بر این": "besides",
    "همچنین": "also",
}

# Prepositional links inside a body's name: the name goes on through them
# (`کمیسیون عالی رسیدگی به مشکلات مهاجرین`, `کمیساریای عالی سازمان ملل در امور
# پناهندگان`, `کمیته حمایت از روزنامه‌نگاران`, `ستاد مبارزه با مواد مخدر`), where
# a preposition would otherwise end the subject phrase. Noun + preposition, or the
# preposition + its fixed noun (`در امور` = for the affairs of).
NAME_LINKS: dict[str, str] = {
    "رسیدگی به": "handling (of), dealing with",
    "کمک به": "aid to",
    "مبارزه با": "fight against",
    "مقابله با": "countering",
    "نظارت بر": "oversight of",
    "حمایت از": "protection of, support for",
    "دفاع از": "defence of",
    "پیشگیری از": "prevention of",
    "در امور": "for the affairs of",
}

# Words that end a subject noun phrase written out (time words, particles).
SUBJECT_STOPS: dict[str, str] = {
    **PREPOSITIONS,
    **LEADING_ADVERBS,
    "هم": "also",
    "را": "(object marker)",
    "که": "who/that",
    "و": "and",
    "دقایقی": "minutes (ago)",
    "ساعاتی": "hours (ago)",
    "لحظاتی": "moments (ago)",
    "رسما": "officially",
    "رسماً": "officially",
}

# Honorifics and ranks that may precede a name: `آقای`, `سردار`.
HONORIFICS: dict[str, str] = {
    "آقای": "Mr",
    "خانم": "Ms",
    "سردار": "General (IRGC/police)",
    "سرتیپ": "Brigadier General",
    "سرلشکر": "Major General",
    "دریادار": "Admiral",
    "دریابان": "Rear Admiral",
    "سپهبد": "Lieutenant General",
    "سرهنگ": "Colonel",
    "ژنرال": "General",
    "جنرال": "General",
    "مهندس": "Engineer (title)",
    "پروفسور": "Professor",
    "دوم": "(second, of a rank)",
    "دکتر": "Dr",
    "حجت‌الاسلام": "Hojatoleslam",
    "آیت‌الله": "Ayatollah",
    "شیخ": "Sheikh",
    "ملا": "Mullah",
    "مولوی": "Mawlawi (cleric's title, Afghan)",
    "مولانا": "Mawlana (cleric's title)",
}

# Military ranks that may head a role phrase of their own, the name following after a
# comma (`سرلشکر نیروی هوایی آمریکا، جوزف گوستلا، … گفت`: a major general of the US Air
# Force, then his name): read like `ROLE_HEADS` there.
RANK_HEADS: dict[str, str] = {
    "سردار": "General (IRGC/police)",
    "سرتیپ": "Brigadier General",
    "سرلشکر": "Major General",
    "سپهبد": "Lieutenant General",
    "ارتشبد": "General (army)",
    "دریادار": "Admiral",
    "دریابان": "Rear Admiral",
    "سرهنگ": "Colonel",
    "سرگرد": "Major",
    "ژنرال": "General",
    "جنرال": "General",
}

# --- news media: a medium `گزارش داد` / `نوشت` is a source line, not a speaker --
MEDIA_NOUNS: dict[str, str] = {
    "روزنامه": "newspaper",
    "خبرگزاری": "news agency",
    "شبکه": "(TV) network",
    "تلویزیون": "television",
    "پایگاه خبری": "news site",
    "پایگاه اینترنتی": "web site",
    "وب‌سایت": "web site",
    "سایت": "site",
    "رسانه": "medium",
    "رسانه‌های": "media (of)",
    "نشریه": "publication",
    "هفته‌نامه": "weekly",
    "مجله": "magazine",
    "رادیو": "radio",
}

# Reporting verbs that, with a medium as subject, only cite the medium.
MEDIA_REPORTING_CUES: dict[str, str] = {
    "گزارش": "reported",
    "نوشت": "wrote",
}

# A body's press office written before its name (`روابط عمومی سپاه پاسداران اعلام کرد`):
# a headline head `سپاه: …` is that body, the office speaking for it.
PRESS_OFFICES: dict[str, str] = {
    "روابط عمومی": "public relations (office) of",
    "دفتر مطبوعاتی": "press office of",
    "دفتر رسانه‌ای": "media office of",
    "مرکز رسانه‌ای": "media centre of",
    "اداره رسانه‌ای": "media department of",
    "سخنگوی": "spokesperson of",
    "سخنگوی رسمی": "official spokesperson of",
}

# Heads of a role that serves another role (`معاون دبیرکل سازمان ملل`, `سخنگوی دبیرکل`):
# a person written with such a role is not the holder of the role after it, so a later
# bare `دبیرکل سازمان ملل گفت` is someone else (the Secretary-General, not his deputy).
SUBORDINATE_ROLE_HEADS: dict[str, str] = {
    "معاون": "deputy, under-secretary",
    "قائم‌مقام": "deputy, acting",
    "سخنگوی": "spokesperson of",
    "مشاور": "adviser of",
    "دستیار": "assistant of",
    "نماینده": "representative of",
    "فرستاده": "envoy of",
    "رئیس دفتر": "chief of staff of",
}

# Head words of a role phrase written out (`رئیس پلیس راهور`, `سخنگوی دستگاه دیپلماسی`):
# an article that names one speaker and also quotes such a role means that person.
ROLE_HEADS: dict[str, str] = {
    "رئیس": "head, president",
    "رییس": "head, president",
    "سخنگوی": "spokesperson of",
    "سخنگو": "spokesperson",
    "وزیر": "minister",
    "معاون": "deputy",
    "دبیرکل": "secretary-general",
    "دبیر": "secretary",
    "نماینده": "representative",
    "سفیر": "ambassador",
    "فرمانده": "commander",
    "مدیرکل": "director-general",
    "مدیر": "director",
    "دادستان": "prosecutor",
    "رهبر": "leader",
    "نخست‌وزیر": "prime minister",
    "رئیس‌جمهور": "president",
    "استاندار": "governor",
    "شهردار": "mayor",
    "مشاور": "adviser",
    "دستیار": "assistant",
    "عضو": "member",
    "دیپلمات": "diplomat",
    "سناتور": "senator",
    "مقام": "official",
    "رئیس‌الوزرا": "prime minister (Afghan)",
    "سرکنسول": "consul general",
    "کنسول": "consul",
    "کاردار": "chargé d'affaires",
    "فرماندار": "district governor",
}

# Heads of a one-person role besides `ROLE_HEADS` that are also surnames (`غادة والی`),
# so read as a role only where a speaker is already known to be a role phrase.
SPEAKER_ROLE_HEADS: dict[str, str] = {
    "والی": "provincial governor (Afghan)",
}

# Head words of an apposition after a name besides the `ROLE_HEADS` (`به اعتقاد X،
# بنیانگذار حزب Y، «…»`): a comma-segment opening with one of them describes the name
# before it, so the reported words start after it.
APPOSITIVE_HEADS: dict[str, str] = {
    "بنیانگذار": "founder",
    "بنیان‌گذار": "founder",
    "موسس": "founder",
    "مؤسس": "founder",
    "استاد": "professor",
    "اقتصاددان": "economist",
    "تحلیلگر": "analyst",
    "تحلیل‌گر": "analyst",
    "کارشناس": "expert",
    "پژوهشگر": "researcher",
    "نویسنده": "author",
    "روزنامه‌نگار": "journalist",
    "خبرنگار": "reporter",
    "فعال": "activist",
    "وکیل": "lawyer",
    "قاضی": "judge",
    "مدیرعامل": "CEO",
    "نامزد": "candidate",
    "سرپرست": "acting head",
    "نایب": "vice (نایب رئیس)",
    "فرماندار": "governor (of a county)",
    "سرکنسول": "consul general",
    "کاردار": "chargé d'affaires",
    "فرستاده": "envoy",
    "همتای": "counterpart of",
    "ولیعهد": "crown prince",
    "پادشاه": "king",
    "امیر": "emir",
    # (also surnames, `غادة والی`: not `ROLE_HEADS`, which make a phrase no name)
    "والی": "governor (of a province, Afghan)",
    "ولسوال": "district governor (Afghan)",
}

# Words that are no part of a person's name: a written-out phrase holding one of them
# before a role head (`دولت X سخنگوی …`) is not `NAME ROLE`.
NOT_NAMES: dict[str, str] = {
    "دولت": "government",
    "وزارت": "ministry",
    "وزارتخانه": "ministry",
    "سازمان": "organisation",
    "کاخ": "palace",
    "دفتر": "office",
    "ارتش": "army",
    "نیروی": "force of",
    "نیروهای": "forces of",
    "مجلس": "parliament",
    "پارلمان": "parliament",
    "کمیته": "committee",
    "شورای": "council of",
    "جنبش": "movement",
    "حزب": "party",
    "گروه": "group",
    "هیئت": "delegation",
    "هیات": "delegation",
    "کشور": "country",
    "این": "this",
    "آن": "that",
    "یک": "a, one",
    "یکی": "one (of)",
    "هر": "each",
    "برخی": "some",
    "همه": "all",
    "دو": "two",
}

# Determiners and quantifiers: a short «…» opening with one is quoted words, never a name
# (`«یک شب گفتگوهای طولانی»` = "one night of long talks"), though some of them are in
# `NOT_NAMES` (no part of a person's name before a role).
FRAGMENT_DETERMINERS: dict[str, str] = {
    "یک": "a, one",
    "یکی": "one (of)",
    "دو": "two",
    "این": "this",
    "آن": "that",
    "همین": "this same",
    "همان": "that same",
    "هر": "each",
    "برخی": "some",
    "بعضی": "some",
    "همه": "all",
    "تمام": "all",
    "تمامی": "all",
    "چند": "several",
    "چندین": "several",
    "بسیاری": "many",
    "هیچ": "no",
}

# Words that cannot be a speaker on their own (a determiner or numeral left when the
# subject phrase stops at a time word: `یک روز پیش …`).
NOT_SUBJECTS: dict[str, str] = {
    "یک": "one, a",
    "دو": "two",
    "این": "this",
    "آن": "that",
    "هر": "each",
    "همه": "all",
    "برخی": "some",
}

# Verbs that report speech only with their addressee: `از X خواست` (asked X), while
# `خواست` alone is 'wanted'. Verb → the preposition that marks the addressee.
ADDRESSEE_VERBS: dict[str, str] = {
    "خواست": "از",
}

# Between a headline's speaker and the people addressed: `SPEAKER به مردم X: …`.
HEADLINE_ADDRESSEE: dict[str, str] = {
    "خطاب به": "addressing",
    "به": "to",
}

# Between a headline's speaker and its colon, an occasion: `SPEAKER پس از دیدار با Y: …`,
# `SPEAKER در حاشیه نشست X: …`, `SPEAKER هنگام ورود به Z: …`. An opener (a preposition of
# time or place) followed by an occasion noun; the speaker is what comes before the opener.
HEADLINE_OCCASION_OPENERS: dict[str, str] = {
    "پس از": "after",
    "بعد از": "after",
    "پیش از": "before",
    "قبل از": "before",
    "در": "in, at",
    "در حاشیه": "on the sidelines of",
    "در پایان": "at the end of",
    "در آغاز": "at the start of",
    "در ابتدای": "at the start of",
    "در آستانه": "on the eve of",
    "در جریان": "during",
    "در ادامه": "continuing",
    "در پی": "following",
    "هنگام": "when, during",
    "به هنگام": "when, during",
    "حین": "during",
    "ضمن": "during",
    "طی": "during",
}

# Occasions named after such an opener (each may take `ی`, `ش`, `‌اش`, `ها`, `های`).
OCCASION_NOUNS: dict[str, str] = {
    "دیدار": "meeting",
    "ملاقات": "meeting",
    "سفر": "trip",
    "بازدید": "visit",
    "نشست": "session, meeting",
    "جلسه": "session",
    "اجلاس": "summit, session",
    "همایش": "conference",
    "کنفرانس": "conference",
    "گفت‌وگو": "conversation, talks",
    "گفتگو": "conversation, talks",
    "مذاکره": "negotiation",
    "مذاکرات": "negotiations",
    "رایزنی": "consultation",
    "تماس": "call",
    "مصاحبه": "interview",
    "سخنرانی": "speech",
    "خطبه": "sermon",
    "خطبه‌های": "sermons of",
    "نماز": "prayer (Friday prayer sermon)",
    "پیام": "message",
    "واکنش": "reaction (`در واکنش به`)",
    "پاسخ": "answer (`در پاسخ به`)",
    "ورود": "arrival",
    "بازگشت": "return",
    "حضور": "presence, attendance",
    "جمع": "gathering (`در جمع خبرنگاران`)",
    "مراسم": "ceremony",
    "دیدارها": "meetings",
    "نطق": "speech, address (`در نطق میان دستور`, `در نطق پیش از دستور`)",
    "صحن": "floor (`در صحن علنی مجلس`)",
    "تجمع": "rally",
    "آیین": "ceremony",
    "اجتماع": "gathering, rally",
}

# Indefinite determiners before a role (`یک عضو مجلس عوام انگلیس` = a member of …).
INDEFINITES: dict[str, str] = {
    "یک": "a, one",
}

# --- compounds written with spaces around `و` -----------------------------------
# `گفت و گو` (conversation) is a noun, not the verb `گفت` + `و` + a new clause: the first
# part looks like a finite verb, so without this table the clause would end there and
# the speech verb would be read in it. First part → second parts (each may take `ی`,
# `یی`, `ها`, `های`, `هایی`: `گفت و گویی`, `گفت و گوهای`).
SPACED_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "گفت": ("گو", "شنود"),  # conversation, dialogue
    "رفت": ("آمد", "برگشت"),  # traffic, comings and goings; round trip
    "آمد": ("شد", "رفت"),  # comings and goings
    "داد": ("ستد",),  # trade
    "زد": ("خورد",),  # clashes
    "ساخت": ("ساز", "پاخت"),  # construction; collusion
    "دید": ("بازدید",),  # (exchange of) visits
    "برد": ("باخت",),  # win and loss
    "کشت": ("کشتار",),  # killing, massacre
    "خورد": ("خوراک",),  # food
}

# --- time phrases: a subject written out ends before them ---------------------------
# `سئول هفته گذشته اعلام کرد` = Seoul said last week: `هفته گذشته` is no part of the
# speaker. A time noun followed by a time modifier is skipped at a clause start and ends
# a subject phrase.
TIME_NOUNS: dict[str, str] = {
    "هفته": "week",
    "ماه": "month",
    "سال": "year",
    "روز": "day",
    "روزهای": "days (of)",
    "شب": "night",
    "صبح": "morning",
    "عصر": "afternoon",
    "ظهر": "noon",
    "بامداد": "dawn",
    "هفته‌های": "weeks (of)",
    "ماه‌های": "months (of)",
    "سال‌های": "years (of)",
    "اوایل": "early (in)",
    "اواخر": "late (in)",
    "اواسط": "in the middle (of)",
}

TIME_MODIFIERS: dict[str, str] = {
    "گذشته": "last, past",
    "پیش": "ago, previous",
    "قبل": "before, previous",
    "اخیر": "recent",
    "جاری": "current",
    "آینده": "next, coming",
    "بعد": "next, after",
    "امروز": "today (`صبح امروز`)",
    "دیروز": "yesterday (`عصر دیروز`)",
    **WEEKDAYS,
    "هفته": "week (`اواخر هفته`)",
    "ماه": "month (`اوایل ماه`)",
    "سال": "year (`اواسط سال`)",
}

# --- a fronted time adverbial: `ساعاتی پیش از آغاز نشست، X اعلام کرد` ----------------
# A sentence may open with an indefinite or counted span of time, optionally placed
# before/after an event (`ساعاتی پس از این حمله،`, `دو روز بعد`, `چند ساعت پیش از …`): that
# phrase (to its comma, when `از …` follows) is an adverbial, never the speaker.
# Indefinite time nouns (`-ی` of indefiniteness): a span of time on their own.
INDEFINITE_TIMES: dict[str, str] = {
    "ساعاتی": "some hours",
    "ساعتی": "an hour",
    "دقایقی": "some minutes",
    "دقیقه‌ای": "a minute",
    "لحظاتی": "some moments",
    "لحظه‌ای": "a moment",
    "روزی": "a day (`روزی پس از …` = a day after)",
    "روزهایی": "some days",
    "هفته‌ای": "a week",
    "هفته‌هایی": "some weeks",
    "ماهی": "a month",
    "ماه‌هایی": "some months",
    "سالی": "a year",
    "مدتی": "a while",
    "چندی": "a while (`چندی پیش` = a while ago)",
    "اندکی": "shortly (`اندکی پس از` = shortly after)",
    "کمی": "a little (`کمی بعد` = a little later)",
}

# Units of time after a count (`دو روز`, `۴۸ ساعت`, `چند هفته`, `نیم ساعت`).
TIME_UNITS: dict[str, str] = {
    "ثانیه": "second",
    "دقیقه": "minute",
    "ساعت": "hour",
    "روز": "day",
    "شب": "night",
    "شبانه‌روز": "day and night (24 hours)",
    "هفته": "week",
    "ماه": "month",
    "سال": "year",
}

# A clock time opening a sentence (`ساعت ۱۰ صبح،` = at 10 a.m.): the word before its number.
CLOCK_WORDS: dict[str, str] = {
    "ساعت": "at (o'clock)",
}

# Counts before a time unit besides the numerals (`numbers.py`) and digits.
TIME_COUNTS: dict[str, str] = {
    "چند": "several",
    "نیم": "half",
}

# What places a span of time before or after an event: `ساعاتی پیش (از …)`, `دو روز بعد`.
TIME_RELATIONS: dict[str, str] = {
    "پیش": "before, ago",
    "پس": "after (`پس از`)",
    "بعد": "after, later",
    "قبل": "before, earlier",
    "بعدتر": "later",
    "پیشتر": "earlier",
    "پیش‌تر": "earlier",
}

# Single time words that end a subject phrase and may open a clause before it.
TIME_WORDS: dict[str, str] = {
    "دیشب": "last night",
    "امسال": "this year",
    "پارسال": "last year",
    "امروز": "today",
    "دیروز": "yesterday",
}

# --- relative clauses after a speech verb: not reported speech --------------------
# `طرحی را اعلام کرد که بر اساس آن …` (announced a plan under which …): a clause that
# opens with a preposition + the resumptive `آن` refers back to a noun of the main
# clause. Prepositional phrases, written before `آن`.
RESUMPTIVE_PREPOSITIONS: dict[str, str] = {
    "بر اساس": "based on (which)",
    "براساس": "based on (which)",
    "بر پایه": "on the basis of (which)",
    "طبق": "according to (which)",
    "بنابر": "according to (which)",
    "بنا بر": "according to (which)",
    "به موجب": "under (which)",
    "طی": "in the course of (which)",
    "در طی": "in the course of (which)",
    "در جریان": "in the course of (which)",
    "در": "in (which)",
    "از طریق": "through (which)",
    "به واسطه": "by means of (which)",
}

# --- bodies: the head noun of an organisation written out (`وزارت دفاع ژاپن`) ------
# After `به گفته` with no comma, such a phrase runs to the country (or demonym) that
# closes it: `به گفته وزارت دفاع ژاپن حدود ۷۰ دقیقه …`.
BODY_HEADS: dict[str, str] = {
    "وزارت": "ministry",
    "وزارتخانه": "ministry",
    "ارتش": "army",
    "دولت": "government",
    "سازمان": "organisation",
    "ستاد": "headquarters, staff",
    "پلیس": "police",
    "کاخ": "palace",
    "دفتر": "office",
    "نیروی": "force of",
    "نیروهای": "forces of",
    "سپاه": "corps",
    "مرکز": "centre",
    "اداره": "department",
    "بانک": "bank",
    "شورای": "council of",
    "مجلس": "parliament",
    "پارلمان": "parliament",
    "کمیسیون": "commission",
    "کمیته": "committee",
    "دادگاه": "court",
    "دادستانی": "prosecutor's office",
    "سفارت": "embassy",
    "کنسولگری": "consulate",
    "گارد": "guard",
    "فرماندهی": "command",
    "هیئت": "delegation, board",
    "هیات": "delegation, board",
    "دیوان": "court, bureau",
    "مقامات": "officials",
    "منابع": "sources",
}

# Generic words before a body's own name: a headline `عفو بین‌الملل: …` is quoted by the
# body's `سازمان عفو بین‌الملل … اعلام کرد`.
GENERIC_BODY_WORDS: dict[str, str] = {
    "سازمان": "organisation",
    "نهاد": "institution",
    "کمیته": "committee",
    "دفتر": "office",
    "شورای": "council of",
    "جنبش": "movement",
}

# `این وزارتخانه می‌گوید …`: the head noun after a demonstrative, and the heads of the
# bodies it can refer back to (the last organisation so written; never a person).
BODY_ANAPHORS: dict[str, tuple[str, ...]] = {
    "وزارتخانه": ("وزارت", "وزارتخانه"),  # this ministry
    "وزارت": ("وزارت", "وزارتخانه"),  # this ministry
    "سازمان": ("سازمان",),  # this organisation
    "نهاد": ("سازمان", "نهاد", "وزارت", "شورای", "کمیته", "دفتر", "ستاد", "مرکز", "اداره",
             "کمیسیون", "بنیاد", "صندوق", "آژانس"),  # this body (any institution)
    "ارتش": ("ارتش", "نیروهای", "نیروی"),  # this army
    "گروه": ("گروه", "جنبش", "حزب", "جبهه", "شبه‌نظامیان"),  # this group
    "جنبش": ("جنبش", "گروه"),  # this movement
    "حزب": ("حزب",),  # this party
    "دولت": ("دولت", "کابینه"),  # this government
    "شورا": ("شورای", "شورا"),  # this council
    "کمیته": ("کمیته",),  # this committee
    "دادگاه": ("دادگاه", "دیوان"),  # this court
    "آژانس": ("آژانس",),  # this agency
    "صندوق": ("صندوق",),  # this fund
    "بانک": ("بانک",),  # this bank
    # news media (`این روزنامه یادآور شد`): the last outlet so written, never a person
    "روزنامه": ("روزنامه",),  # this newspaper
    "نشریه": ("نشریه", "روزنامه", "هفته‌نامه", "ماهنامه", "مجله"),  # this publication
    "هفته‌نامه": ("هفته‌نامه", "نشریه"),  # this weekly
    "مجله": ("مجله", "ماهنامه", "نشریه"),  # this magazine
    "رسانه": ("روزنامه", "خبرگزاری", "شبکه", "تلویزیون", "پایگاه", "وب‌سایت", "سایت",
              "نشریه", "هفته‌نامه", "مجله", "رادیو", "رسانه"),  # this medium (any outlet)
    "خبرگزاری": ("خبرگزاری",),  # this news agency
    "شبکه": ("شبکه", "تلویزیون"),  # this (TV) network
    "تلویزیون": ("تلویزیون", "شبکه"),  # this television
    "پایگاه": ("پایگاه", "وب‌سایت", "سایت"),  # this (news) site
    "وب‌سایت": ("وب‌سایت", "سایت", "پایگاه"),  # this web site
    "سایت": ("سایت", "وب‌سایت", "پایگاه"),  # this site
}

# Words that end an outlet's name written before them (`خبرگزاری هرانا گزارش داد`,
# `گزارش تلویزیون دولتی ایران حاکیست که`): the name is the words before.
OUTLET_NAME_STOPS: dict[str, str] = {
    "گزارش": "report(ed)",
    "حاکی": "indicating",
    "حاکیست": "indicates (حاکی است)",
    "نوشت": "wrote",
    "اعلام": "announced",
    "افزود": "added",
    "مدعی": "claiming",
}

# The `BODY_ANAPHORS` heads that name a news medium: they refer back to the last outlet
# written out (`روزنامه اعتماد`, `خبرگزاری فارس`), spoken of or not.
MEDIA_ANAPHORS: dict[str, str] = {
    "روزنامه": "newspaper",
    "نشریه": "publication",
    "هفته‌نامه": "weekly",
    "مجله": "magazine",
    "رسانه": "medium",
    "خبرگزاری": "news agency",
    "شبکه": "(TV) network",
    "تلویزیون": "television",
    "پایگاه": "(news) site",
    "وب‌سایت": "web site",
    "سایت": "site",
}

# Speech verbs that continue what the same speaker said before (`… افزود: …`): a name
# first written with one of them, right after quotes of a role with no holder (`رئیس
# سازمان توسعه تجارت اعلام کرد …` then `NAME افزود: …`), is that role's holder.
CONTINUATION_CUES: dict[str, str] = {
    "افزود": "added",
    "اضافه کرد": "added",
    "ادامه داد": "continued",
    "تصریح کرد": "stated (further)",
    "خاطرنشان کرد": "pointed out",
    "خاطرنشان ساخت": "pointed out",
}

# Adverbs that mark a speech verb as continuing (`NAME همچنین گفت`, `NAME نیز گفت`).
CONTINUATION_ADVERBS: dict[str, str] = {
    "همچنین": "also",
    "در ادامه": "further on",
}

# Adverbs after a new subject that mark it as one more speaker (`X نیز خاطرنشان کرد`:
# X too pointed out): that subject is not the holder of the role quoted before.
ANOTHER_SPEAKER_ADVERBS: dict[str, str] = {
    "نیز": "too, also (another speaker)",
    "هم": "too (another speaker)",
}

# Speech verbs whose object (`X را`) is the thing said: after an indefinite object
# (`طرحی را اعلام کرد که …`) their `که` opens a relative clause about that object.
OBJECT_SAID_VERBS: dict[str, str] = {
    "اعلام": "announced",
    "تایید": "confirmed",
    "تأیید": "confirmed",
    "تکذیب": "denied",
    "بیان": "expressed",
    "پیشنهاد": "proposed",
    "گزارش": "reported",
    "توضیح": "explained",
    "عنوان": "stated",
    "اظهار": "stated",
    "گفت": "said",
    "نوشت": "wrote",
    "فاش": "revealed",
    "افشا": "revealed",
    "علاوه": "added (`بندی را علاوه کرد که …`)",
    "اضافه": "added (`ماده‌ای را اضافه کرد که …`)",
    "ادعا": "claimed",
    "تشریح": "described",
    "ابراز": "expressed",
    "مطرح": "raised",
}

# Words that may open a time stamp at the start of a live-update line
# (`ساعت ۱۶:۲۰ - مدینسکی گفت …`): the stamp is skipped before looking for the speaker.
TIME_STAMP_WORDS: dict[str, str] = {
    "ساعت": "at (the hour)",
}

# --- interviews in question-and-answer form ------------------------------------
# A line that opens with one of these labels and a colon is the interviewee's answer
# (`ج: ما همیشه گفته‌ایم …`). Counted only when a document has two or more such lines.
INTERVIEW_ANSWER_LABELS: dict[str, str] = {
    "ج": "A (abbreviation of جواب, answer)",
    "جواب": "answer",
    "پاسخ": "answer, reply",
}

# A line that opens with one of these labels is the interviewer's question: never a quote.
INTERVIEW_QUESTION_LABELS: dict[str, str] = {
    "س": "Q (abbreviation of سوال, question)",
    "سوال": "question",
    "سؤال": "question (hamza spelling)",
    "پرسش": "question",
    "خبرنگار": "reporter, journalist",
    "مجری": "host, presenter",
    "مصاحبه‌گر": "interviewer",
    "مصاحبه‌کننده": "interviewer",
}

# Nouns that make a lead sentence an interview's lead (`X در گفت‌وگو با …`,
# `با X … گفت‌وگو کرده`, `گفت‌وگوی … با X`, `مصاحبه اختصاصی … با X`); compared by prefix,
# so `گفت‌وگوی` and `مصاحبه‌ای` count.
INTERVIEW_NOUNS: dict[str, str] = {
    "گفت‌وگو": "conversation, interview",
    "گفتگو": "conversation, interview (joined spelling)",
    "مصاحبه": "interview",
}

# Heads of a member of parliament's constituency: after them a list of towns with commas
# (`نماینده مردم تبریز، آذرشهر و اسکو`) is one phrase, its commas no clause separators.
CONSTITUENCY_HEADS: dict[str, str] = {
    "نماینده مردم": "representative of the people of (an MP's constituency)",
    "نمایندگان مردم": "representatives of the people of",
    "نماینده حوزه انتخابیه": "representative of the constituency of",
    "نماینده حوزه": "representative of the constituency of",
}
