"""Meeting words: triggers, mode and status cues, weekdays (each glossed in English).

Every phrase is written as it appears in normalized text; `analysis.meetings`
passes them through `analysis.text.normalize` and matches them with space and
ZWNJ treated alike, so `گفت‌وگو`, `گفت وگو` and `گفت و گو` are one entry.
"""

from __future__ import annotations

from . import calendar as _calendar
from . import speech as _speech

# --- triggers -----------------------------------------------------------------
# Words that report an encounter, with their kind:
#   meet   an encounter in person        talk   talks of unknown mode
#   call   a phone call                  visit  a trip to a place (needs a destination)
#   host   hosting / receiving a guest   welcome  receiving or seeing off a person
#   sign   signing an agreement together session  a session (needs two named parties)
#   invite an invitation (inviter and invitee: planned)
#   credentials  an ambassador presenting his credentials to a head of state (in person)
# A handshake with a counterpart (`X و Y در حاشیه نشست با یکدیگر دست دادند`, `X با Y دست
# داد`): an encounter in person (kind `meet`); only with `با` before it in its clause,
# never after `از` (`جان خود را از دست دادند`: lost their lives; `HANDSHAKE_NOT_AFTER`).
HANDSHAKE_PHRASES: tuple[str, ...] = (
    "دست داد",  # shook hands
    "دست دادند",  # shook hands (plural)
    "دست داده",  # has shaken hands
    "دست داده‌اند",  # have shaken hands
    "دست داده بود",  # had shaken hands
    "دست داده بودند",  # had shaken hands (plural)
    "دست بدهد",  # (that he) shake hands
    "دست بدهند",  # (that they) shake hands
    "دست خواهد داد",  # will shake hands
    "دست خواهند داد",  # will shake hands (plural)
    # `با هم دست دادند` (shook hands with each other): the normalizer joins `هم` to the
    # next word (`هم‌دست`), so the reciprocal is part of the phrase
    "هم‌دست دادند",  # shook hands with each other
    "هم‌دست داده‌اند",  # have shaken hands with each other
    "هم‌دست داده بودند",  # had shaken hands with each other
    "هم‌دست بدهند",  # (that they) shake hands with each other
    "هم‌دست خواهند داد",  # will shake hands with each other
)
# The next stop of a tour: `مقصد بعدی وزیر کنیا است` (the minister's next destination is
# Kenya), `ایستگاه بعدی سفر او کنیا خواهد بود`: the traveller (a person or role, or
# `او`/`وی`: the topic) right after the phrase (past one NEXT_STOP_FILLERS word), the
# place (a country or capital) right after him, then a present or future copula
# (NEXT_STOP_COPULAS): a planned visit. A past copula (`… بود`) is left alone: a stop
# that was due, or one made; a cargo's or migrants' destination names no official.
NEXT_STOP_PHRASES: tuple[str, ...] = (
    "مقصد بعدی",  # next destination
    "ایستگاه بعدی",  # next stop
    "توقفگاه بعدی",  # next stop(over)
    "مقصد نهایی",  # final destination
    "آخرین مقصد",  # last destination
)
NEXT_STOP_FILLERS: tuple[str, ...] = (
    "سفر",  # (of the) trip (`مقصد بعدی سفر وزیر`)
    "سفرهای",  # (of the) trips
    "تور",  # (of the) tour
)
NEXT_STOP_COPULAS: tuple[str, ...] = (
    "است",  # is
    "خواهد بود",  # will be
    "می‌باشد",  # is (formal)
    "باشد",  # be (`قرار است … باشد`)
)
MEETING_TRIGGERS: dict[str, str] = {
    "دیدار": "meet",  # meeting, visit
    "ملاقات": "meet",  # meeting, audience
    "کنفرانس خبری مشترک": "meet",  # joint press conference
    "نشست خبری مشترک": "meet",  # joint press conference
    "گفت‌وگو": "talk",  # talk, conversation
    "گفت و گو": "talk",  # talk (spelled apart)
    "گفتگو": "talk",  # talk (spelled together)
    "مذاکره": "talk",  # negotiation
    "مذاکرات": "talk",  # negotiations
    "رایزنی": "talk",  # consultation
    "صحبت": "talk",  # speaking (with someone)
    "تماس": "call",  # contact, call
    "نشست": "session",  # session, sit-down meeting
    "کمیسیون مشترک": "session",  # joint commission (of two governments)
    "میزبان": "host",  # host
    "میزبانی": "host",  # hosting
    "استقبال": "welcome",  # welcoming (a guest)
    "بدرقه": "welcome",  # seeing (a guest) off
    "سفر": "visit",  # trip, visit
    "عزیمت": "visit",  # departure (to a place)
    "ویدئوکنفرانس": "call",  # video conference
    "ویدیوکنفرانس": "call",  # video conference (other spelling)
    "امضا": "sign",  # signature, signing
    "دعوت": "invite",  # invitation (to visit): a planned meeting
    # the next stop of a tour (`مقصد بعدی وزیر کنیا است`): see NEXT_STOP_COPULAS
    **{phrase: "next_stop" for phrase in NEXT_STOP_PHRASES},
    # an ambassador presenting his credentials (to a head of state, a copy to a foreign
    # minister) is received in person: see `CREDENTIAL_*` below
    **{phrase: "meet" for phrase in HANDSHAKE_PHRASES},  # a handshake (below)
    "استوارنامه": "credentials",  # letter of credence
    "اعتبارنامه": "credentials",  # credentials (also an MP's: `NOT_CREDENTIAL_CUES`)
    # receiving a visitor: `X Y را به حضور پذیرفت` (X received Y, granted Y an audience);
    # bare `پذیرفت` (accepted) only with a delegation as its object (`DELEGATION_WORDS`:
    # `هیئتی از حماس … را پذیرفت`), never `پیشنهاد … را پذیرفت` (accepted the proposal)
    **{f"{audience}{verb}": "receive" for audience in ("به حضور ", "") for verb in (
        "پذیرفت",  # received
        "پذیرفتند",  # received (plural)
        "پذیرفته",  # has received
        "بپذیرد",  # (that he) receive
        "بپذیرند",  # (that they) receive
        "می‌پذیرد",  # receives, will receive
        "می‌پذیرند",  # (plural)
    )},
}
# Words right before a handshake phrase that make it another verb: `از دست داد` (lost).
HANDSHAKE_NOT_AFTER: tuple[str, ...] = ("از",)  # from (`از دست دادن`: losing)
# The forms of `پذیرفتن` above that announce a reception (`قرار است … را به حضور بپذیرد`).
RECEIVE_PLANNED_FORMS: tuple[str, ...] = ("بپذیرد", "بپذیرند", "می‌پذیرد", "می‌پذیرند")
# Passive auxiliaries after `پذیرفته` (`X به حضور Y پذیرفته شد`: X was received): the
# object-first reading does not apply.
PASSIVE_AUXILIARIES: tuple[str, ...] = ("شد", "شدند", "شده", "می‌شود", "می‌شوند", "شود")
# Delegation nouns opening the object of a bare `پذیرفت` (`هیئتی از حماس به ریاست X را
# پذیرفت`: received a Hamas delegation headed by X).
DELEGATION_WORDS: tuple[str, ...] = (
    "هیئت", "هیئتی", "هیأت", "هیأتی", "هیات", "هیاتی",  # delegation, a delegation
    "هیئت‌های", "هیئت‌هایی", "هیأت‌های", "هیات‌های",  # delegations (of)
    "وفد", "وفدی",  # delegation (Arabic loan)
)

# Endings a trigger word may carry: plural, ezafe, indefinite (`دیدارهای`, `سفری`).
TRIGGER_SUFFIXES: tuple[str, ...] = (
    "هایی", "های", "ها", "‌هایی", "‌های", "‌ها", "‌ای", "ی", "‌ی", "ش", "‌اش",
    "یی", "ئی",  # indefinite after a vowel (`گفت‌وگویی` a talk, `گفتگوئی`)
)  # not a bare `ای`: `سفرای` (ambassadors) is no `سفر`
# Endings that make a trigger noun indefinite (`دیداری` a meeting, `گفت‌وگویی` a talk):
# `X و Y در گفت‌وگویی … توافق کردند` reports an encounter of X and Y, whereas a definite
# session noun after `در` is a venue (`X و Y در نشست سران … شرکت کردند`).
INDEFINITE_SUFFIXES: tuple[str, ...] = ("ی", "‌ای", "یی", "ئی", "هایی", "‌هایی")

# Verbs of motion that make a visit when a destination precedes them (`به هند رفت`).
MOTION_VERBS: tuple[str, ...] = (
    "رفت", "رفته", "رفتند", "رفته‌اند", "رفته بود", "رفته بودند",  # went
    "می‌رود", "می‌روند", "برود", "بروند",  # goes, will go; (that he) go
    "آمد", "آمده", "آمدند", "آمدیم", "آمده‌اند", "می‌آید", "بیاید",  # came, comes
    "سفر کرد", "سفر کرده", "سفر کردند", "سفر کند", "سفر کنند", "سفر می‌کند",  # travelled
)
# Words before a destination (`عازم تهران شد` set off for Tehran, `وارد مسکو شد` arrived in).
DESTINATION_MARKERS: tuple[str, ...] = (
    "به",  # to
    "عازم",  # bound for
    "وارد",  # entering, arrived in
)
# Words between a destination marker and the place (`وارد پایتخت روسیه شد`).
# Ordinary travellers: a trip of theirs (`هزار زائر ایرانی به عراق سفر کردند`) is no
# visit of a country's officials. A visitor phrase headed by one of these (or by a count,
# or a bare plural demonym `ایرانیان`) makes no meeting.
TRAVELLER_NOUNS: tuple[str, ...] = (
    "زائر", "زائران", "زائرین", "زوار",  # pilgrims
    "گردشگر", "گردشگران", "توریست", "توریست‌ها", "جهانگرد", "جهانگردان",  # tourists
    "مسافر", "مسافران", "مسافرین",  # passengers, travellers
    "شهروند", "شهروندان",  # citizens
    "اتباع", "تبعه",  # nationals
    "مهاجر", "مهاجران", "مهاجرین", "پناهجو", "پناهجویان", "پناهنده", "پناهندگان",  # migrants, refugees
    "دانشجو", "دانشجویان",  # students
    "کارگر", "کارگران",  # workers
    "هوادار", "هواداران",  # fans
    "بازرگان", "بازرگانان", "تاجر", "تجار",  # traders
    "نفر", "تن",  # persons (after a count)
    "مردم",  # people
    "خانواده", "خانواده‌ها",  # families
)

# Number words that end a count of people (`۴۰۰ هزار ایرانی`, `صدها زائر`).
COUNT_WORDS: tuple[str, ...] = (
    "صد", "هزار", "میلیون", "میلیارد",  # hundred, thousand, million, billion
    "صدها", "هزاران", "میلیون‌ها",  # hundreds, thousands, millions (of)
)

PLACE_FILLERS: tuple[str, ...] = (
    "پایتخت",  # the capital of
    "شهر",  # the city of
    "کشور",  # the country of
)
# Arrival and departure: `وارد تهران شد` (arrived in Tehran), `عازم ریاض می‌شود`.
ARRIVAL_MARKERS: tuple[str, ...] = ("وارد", "عازم")  # entering, bound for
ARRIVAL_VERBS: tuple[str, ...] = (
    "شد",  # became (arrived / set off)
    "شدند",  # (plural)
    "شده",  # has (arrived)
    "می‌شود",  # becomes (arrives / sets off)
    "می‌شوند",  # (plural)
    "شود",  # (that he) arrive
)
# A stay abroad: `در هند به سر می‌برد` (is staying in India).
STAY_PHRASES: tuple[str, ...] = (
    "به سر می‌برد",  # is staying
    "به سر می‌برند",  # are staying
    "به سر برد",  # stayed
)

# --- function words -------------------------------------------------------------
WITH = "با"  # with: introduces the counterpart
FROM = "از"  # from, of: `دیدار از X` (visit of X), `از X استقبال کرد` (welcomed X)
TO = "به"  # to: `به X سفر کرد`, `به دیدار X رفت`
IN = "در"  # in: a place (`در امارات به سر می‌برد`)
AND = "و"  # and
OR = "یا"  # or (written between two possible weekdays)
THAT = "که"  # that (complementizer), which (relative)
OBJECT_MARKER = "را"  # marks the direct object (`X را دعوت کرد`)
REFLEXIVE = "خود"  # own (`دیدار خود با X`: no genitive party)
ALSO = "نیز"  # also, too
INCLUDING: tuple[str, ...] = ("از", "جمله")  # including (`دیدارهایی از جمله با X`)
RECEIVED_BY: tuple[str, ...] = (
    "مورد",  # (X مورد استقبال Y قرار گرفت) X was received by Y
    "با",  # (X با بدرقه Y … ترک کرد) X left, seen off by Y
)
CLAUSE_CONJUNCTIONS: tuple[str, ...] = ("اما", "ولی")  # but: a new clause
CLAUSE_PUNCTUATION: tuple[str, ...] = ("؛", ";", ":", ".")  # semicolon, colon, stop
LIST_COMMAS: tuple[str, ...] = ("،", ",")  # commas between listed parties
PRESENT_PREFIXES: tuple[str, ...] = ("می‌", "نمی‌")  # present / continuous verb prefix
# Nouns hazm's normalizer writes with a detached `می‌` (`می‌انجی‌ها`): no verbs (keys).
NOT_VERB_STEMS: tuple[str, ...] = ("میانجی",)  # mediator, mediation
PLURAL_VERB_ENDINGS: tuple[str, ...] = ("ند", "نند", "ندی")  # they … (plural verbs)
# Words before a weekday that make it a day, not a place (`روز دوشنبه`, not `دوشنبه` city).
DAY_PREFIXES: tuple[str, ...] = ("روز", "روزهای", "امروز", "امشب")  # day (of), today, tonight
# First halves of weekday names written apart (`سه شنبه`, `پنج شنبه`).
SPLIT_WEEKDAY_FIRST: tuple[str, ...] = ("سه", "پنج", "یک", "دو", "چهار")  # three, five, …

# --- participants -------------------------------------------------------------
BETWEEN: tuple[str, ...] = ("میان", "بین")  # between (…و…)
# Heads of a job title written after a name (`آسیمی گویتا رئیس دولت انتقالی مالی`):
# in a list of participants `NAME TITLE، NAME TITLE و NAME TITLE`, a title the gazetteer
# does not know as a role still belongs to the name before it, so the list goes on past
# it (up to `TITLE_MAX_WORDS` words, ending at `،` or `و`). The role and apposition
# heads of the quotes lexicon (`رئیس` head, `رهبر` leader, `وزیر` minister, `سفیر`
# ambassador, `فرمانده` commander, `پادشاه` king, `امیر` emir, …).
TITLE_HEADS: tuple[str, ...] = (*_speech.ROLE_HEADS, *_speech.APPOSITIVE_HEADS)
TITLE_MAX_WORDS = 6
# Time phrases opened by a preposition (`در روزهای گذشته`, `در تیر ماه`, `طی هفته
# اخیر`, `از هفته گذشته`): a party right after one is the subject (`در روزهای گذشته
# مورگان اورتاگوس … دیدار کرد`), not the object of `در`. The phrase's words are time
# nouns, modifiers, weekdays, month names, numbers and determiners (quotes lexicon:
# `روزهای` days, `هفته` week, `گذشته` past, `اخیر` recent, `امروز` today, …).
TIME_PHRASE_OPENERS: tuple[str, ...] = (
    "در",  # in
    "طی",  # during
    "از",  # since
    "تا",  # until
)
# the words that make it a time phrase: time nouns and words, month names
TIME_PHRASE_HEADS: tuple[str, ...] = (
    *_speech.TIME_NOUNS, *_speech.TIME_WORDS,
    *_calendar.JALALI_MONTHS, *_calendar.GREGORIAN_MONTHS,
)
# and the words that may go with them (and numbers: `در شهریور ۱۴۰۰`)
TIME_PHRASE_WORDS: tuple[str, ...] = (
    *TIME_PHRASE_HEADS, *_speech.TIME_MODIFIERS,
    "این",  # this (`در این هفته`)
    "همین",  # this same
    "آن",  # that
    "دو", "سه", "چند",  # two, three, several (`در دو روز گذشته`)
)
# "With the presence of": the participants of a session (`نشست سه‌جانبه با حضور وزرای
# خارجه X، Y و Z`): one pair per two listed parties (and the subject, if any).
PRESENCE_PHRASES: tuple[str, ...] = (
    "با حضور",  # with the presence of
    "با مشارکت",  # with the participation of
)
# A host named between a session noun and its presence phrase (`نشست سه‌جانبه آستانه به
# میزبانی ایران و با حضور X و Y`, `در نشستی به میزبانی رئیس‌جمهور با حضور Y`): the host
# meets every party present (`_presence_pairs`). The host as a country or a capital
# stands for its government, as at a venue; `HOSTED_BY_FILLERS` may stand between.
HOSTED_BY_PHRASES: tuple[str, ...] = (
    "به میزبانی",  # hosted by
    "با میزبانی",  # with the hosting of
)
HOSTED_BY_FILLERS: tuple[str, ...] = ("و",)  # and (`به میزبانی ایران و با حضور …`)
# The role a party plays at an event, said of the `با` party between it and the trigger
# (`با X، وزیر دفاع قزاقستان و میزبان نشست، دیدار کرد`, `با X رئیس‌جمهور قزاقستان و
# میزبان اجلاس دیدار کرد`, `با Y و رئیس دوره‌ای اجلاس دیدار کرد`): `و`/comma, one
# of these, up to one EVENT_ROLE_MODIFIERS word or demonstrative, then an event noun
# (`VENUE_NOUNS`). The noun is the event the party hosts or chairs, no meeting of its
# own: it does not cut the `با` phrase from the trigger (`_described_party`).
EVENT_ROLES: tuple[str, ...] = (
    "میزبان",  # host (of)
    "رئیس",  # chair (of)
    "ریاست",  # chair(manship) (of)
    "دبیر",  # secretary (of)
    "دبیرکل",  # secretary-general (of)
    "برگزارکننده",  # organiser (of)
)
EVENT_ROLE_MODIFIERS: tuple[str, ...] = (
    "دوره‌ای",  # rotating (`رئیس دوره‌ای اجلاس`)
    "کنونی",  # current
    "فعلی",  # current
    "این",  # this (`میزبان این نشست`)
    "آن",  # that
)
RECIPROCAL: tuple[str, ...] = ("با یکدیگر", "با همدیگر", "با هم")  # with each other
# Referring phrases for the two parties already named (`وزرای تجارت دو کشور`).
BOTH_PARTIES: tuple[str, ...] = (
    "دو کشور",  # the two countries
    "هر دو کشور",  # both countries
    "دو طرف",  # the two sides
    "هر دو طرف",  # both sides
    "طرفین",  # both sides
    *(f"{both}{who}" for both in ("دو ", "هر دو ") for who in (
        "رهبر",  # (the two) leaders
        "رئیس‌جمهور",  # presidents
        "رئیس جمهور",  # presidents (spelled apart)
        "وزیر",  # ministers (`دو وزیر خارجه`)
        "مقام",  # officials
        "همتا",  # counterparts
        "نخست‌وزیر",  # prime ministers
        "نخست وزیر",  # prime ministers (spelled apart)
        "هیئت",  # delegations
        "هیات",  # delegations (other spelling)
    )),
)
# Of those, the ones naming the people (or sides) who met: they refer to the two
# parties of the last meeting reported with both parties named (`X و Y دیدار کردند …
# قرار است دو رهبر با Z دیدار کنند`); `دو کشور` refers to the last two countries named.
BOTH_PARTICIPANTS: tuple[str, ...] = tuple(p for p in BOTH_PARTIES
                                           if p not in ("دو کشور", "هر دو کشور"))
# People of `دو کشور` / `دو طرف` (`هیئت‌های دو کشور`, `وزرای خارجه دو کشور`, `مقامات
# دو طرف`): when no meeting has been reported yet, the phrase names the delegations of
# the two countries the headline (or the lead) names, if it names exactly two
# (`درگیری مرزی افغانستان و پاکستان … هیئت‌های دو کشور در دوحه دیدار کردند`). A noun of
# these within three words before the phrase; `دو کشور` alone (`کمیسیون مشترک دو کشور`,
# `روابط دو کشور`) is never resolved that way.
BOTH_SIDES_PEOPLE: tuple[str, ...] = (
    "هیئت‌های",  # the delegations (of)
    "هیأت‌های",  # (other spelling)
    "هیات‌های",  # (other spelling)
    "هیئت‌ها",  # the delegations
    "مقامات",  # the officials (of)
    "مقام‌های",  # the officials (of)
    "مسئولان",  # the officials (of)
    "وزرای",  # the ministers (of)
    "وزیران",  # the ministers (of)
    "نمایندگان",  # the representatives (of)
    "رهبران",  # the leaders (of)
    "سران",  # the heads (of)
    "مذاکره‌کنندگان",  # the negotiators (of)
    "دیپلمات‌های",  # the diplomats (of)
    "فرماندهان",  # the commanders (of)
)
# Leaders of `دو کشور` (`رهبران دو کشور`, `روسای جمهور دو کشور`): the two persons of the
# last meeting (other people of the two countries, `وزرای تجارت دو کشور`, `کمیسیون مشترک
# دو کشور`, are not named by it).
LEADER_NOUNS: tuple[str, ...] = (
    "رهبران",  # leaders
    "سران",  # heads (of state)
    "روسای جمهور",  # presidents
    "رؤسای جمهور",  # presidents
    "روسای‌جمهور",  # presidents
    "رؤسای‌جمهور",  # presidents
    "نخست‌وزیران",  # prime ministers
)
# Counterparts: `با همتایان خود در مصر، تونس و توگو` (with his counterparts in Egypt,
# Tunisia and Togo) is one pair per listed country.
COUNTERPART_WORDS: tuple[str, ...] = (
    "همتا",  # counterpart
    "همتای",  # the counterpart (of)
    "همتایش",  # his counterpart
    "همتایان",  # counterparts
    "همتایانش",  # his counterparts
    "همتایان‌اش",  # his counterparts
    "همتایانی",  # (some) counterparts
    "همتایی",  # a counterpart
)
COUNTERPART_OWNERS: tuple[str, ...] = ("خود", "خویش", "وی", "او", "ایشان")  # his/her own
# Venue phrases: `در حاشیه پانزدهمین نشست سران گروه بریکس` (on the sidelines of the
# 15th summit of the BRICS group): the organisation after the event noun is where the
# meeting took place, never a party or the subject. The words of such a phrase do not
# count towards the distance from its preposition.
VENUE_NOUNS: tuple[str, ...] = (
    "نشست", "نشست‌های",  # session, summit
    "اجلاس", "اجلاسیه", "اجلاس‌های",  # summit, session
    "کنفرانس", "کنفرانس‌های",  # conference
    "همایش",  # conference, congress
    "مجمع",  # assembly, forum
    "گردهمایی",  # gathering
    "کنگره",  # congress
    "سمینار",  # seminar
    "جلسه", "جلسات",  # meeting, sitting
    "رزمایش",  # (military) exercise
    "نمایشگاه",  # exhibition, fair
)
VENUE_FRAMES: tuple[str, ...] = (
    "حاشیه",  # (در حاشیه) on the sidelines of
    "جریان",  # (در جریان) during
    "خلال",  # (در خلال) during
    "کنار",  # (در کنار) alongside
    "طی",  # during
    "حین",  # during
    "هنگام",  # at the time of
    "زمان",  # at the time of
    "پایان",  # (در پایان) at the end of
    "آغاز",  # (در آغاز) at the start of
    "ابتدای",  # at the start of
)
# Words between an event noun and its organisation (`نشست سران گروه …`, `اجلاس سالانه
# وزرای خارجه کشورهای عضو …`).
VENUE_FILLERS: tuple[str, ...] = (
    "سران",  # heads (of state)
    "اصلی",  # main
    "آتی", "آینده", "بعدی",  # next, coming
    "رهبران",  # leaders
    "گروه",  # group
    "سازمان",  # organisation
    "وزرای", "وزیران",  # ministers
    "خارجه",  # foreign (affairs)
    "دفاع",  # defence
    "اقتصاد",  # economy
    "کشورهای",  # countries (of)
    "عضو",  # member
    "اعضای",  # members (of)
    "سالانه",  # annual
    "عمومی",  # general
    "ویژه",  # special
    "فوق‌العاده",  # extraordinary
    "مشترک",  # joint
    "دوره",  # session (number)
    "دور",  # round
    "اتحادیه",  # union
    "شورای",  # council (of)
    "پیمان",  # pact
)
# Ordinal words (`نخستین`, `اولین`, `آخرین`) and the ending of ordinals (`پانزدهمین`,
# `سی و چهارمین`: the numbers before `و` are part of it).
ORDINAL_WORDS: tuple[str, ...] = ("نخستین", "اولین", "آخرین", "واپسین", "اخیر", "جاری")
# Ordinal words without a number (`نخستین پاپی است که …`: the first pope to …).
ORDINAL_FIRST: tuple[str, ...] = ("نخستین", "اولین", "آخرین", "واپسین")  # first, last
ORDINAL_ENDINGS: tuple[str, ...] = ("امین", "مین", "ام", "م")  # -th (`پانزدهمین`, `دوم`)
# Number words (or a digit) an ordinal ending must follow (`پانزده|مین`, `دو|م`; not
# `زمین`, `مردم`), and the tens that open a compound ordinal (`سی و چهارمین`).
ORDINAL_STEMS: tuple[str, ...] = (
    "یک", "دو", "سو", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",  # 1-10, 11-19
    "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد",  # tens, hundred
    "هزار",  # thousand
)
NUMBER_TENS: tuple[str, ...] = (
    "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود",  # 20 … 90
    "صد", "یکصد", "دویست", "سیصد",  # 100, 200, 300
)
# Prepositions that open a venue phrase besides NON_SUBJECT_MARKERS (`طی نشست …`).
VENUE_MARKERS: tuple[str, ...] = ("طی", "حین", "هنگام")  # during, while, at the time of
# A meeting as the setting of a past main verb (`در جریان تماس تلفنی با X … خواستار …
# شد`): the frame nouns after `در`, and the determiners between it and the trigger.
SETTING_FRAMES: tuple[str, ...] = ("جریان", "خلال", "حاشیه", "طول")  # during, on the sidelines
SETTING_DETERMINERS: tuple[str, ...] = ("این", "آن", "همین")  # this, that, this same
# Parties holding a meeting together as its subject (`چین به همراه روسیه و ایران نشست
# سه‌جانبه‌ای را … برگزار کرد`): the words joining the first party to the others, and
# the words of holding (before a light verb).
JOINT_COORDINATORS: tuple[str, ...] = (
    "به همراه",  # together with
    "همراه با",  # together with
    "با",  # with
)
JOINT_HOLD_WORDS: tuple[str, ...] = (
    "برگزار",  # (برگزار کرد) held
    "تشکیل",  # (تشکیل دادند) convened
)

# Sentence adverbials opened by a preposition: a party right after one is the subject
# (`در همین حال مهرداد بذرپاش با … دیدار کرد`), not the object of `در`. Only closed
# phrases (`این`, `همین`, `دیگر`): `در پایان`, `در ادامه` take a genitive (`در پایان سفر
# X`), whose party is an object.
SENTENCE_ADVERBIALS: tuple[str, ...] = (
    "در همین حال",  # meanwhile
    "در این حال",  # meanwhile
    "در عین حال",  # at the same time
    "در حال حاضر",  # at present
    "در این میان",  # meanwhile
    "در همین راستا",  # in the same vein
    "در این راستا",  # in this vein
    "در همین زمینه",  # in this regard
    "در این زمینه",  # in this regard
    "از سوی دیگر",  # on the other hand
    "از طرف دیگر",  # on the other hand
    "با این حال",  # however
    "با این وجود",  # nevertheless
    "به هر حال",  # anyway
    "پیش از این",  # before this, earlier
    "پیش از آن",  # before that
    "قبل از این",  # before this
    "قبل از آن",  # before that
    "پس از آن",  # after that
    "بعد از آن",  # after that
)

# Prepositions and markers: a party phrase right after one of these is not a subject,
# and a with-phrase stops at them (they open a topic, a place or a purpose).
NON_SUBJECT_MARKERS: tuple[str, ...] = (
    "به",  # to
    "از",  # from, of
    "در",  # in
    "با",  # with
    "برای",  # for
    "علیه",  # against
    "ضد",  # against
    "درباره",  # about
    "پیرامون",  # about
    "خصوص",  # (در خصوص) regarding
    "مورد",  # (در مورد) about
    "زمینه",  # (در زمینه) in the field of
    "بر",  # on
    "میان",  # between
    "بین",  # between
    "نزد",  # with, at
    "تا",  # until, to
    "مقصد",  # destination
    "وارد",  # (وارد X شد) arrived in
    "عازم",  # (عازم X شد) set off for
    "گزارش",  # (به گزارش) according to the report of
    "نقل",  # (به نقل از) quoting
    "خبرگزاری",  # news agency
    "روزنامه",  # newspaper
    "شبکه",  # (TV) network
    "سوی",  # (از سوی) on behalf of
    "جانب",  # (از جانب) on behalf of
    "قبال",  # (در قبال) towards
    "مانند",  # like
    "همچون",  # like
    "نزدیک",  # close (to)
)
# Phrases that open a topic, purpose or place: mentions after them are not parties.
TOPIC_MARKERS: tuple[str, ...] = (
    "درباره",  # about
    "در باره",  # about
    "در خصوص",  # regarding
    "درخصوص",  # regarding
    "در مورد",  # about
    "پیرامون",  # about
    "در زمینه",  # in the field of
    "بر سر",  # over
    "حول",  # around
    "برای",  # for
    "به منظور",  # in order to
    "بابت",  # for (thanks for)
    "علیه",  # against
    "بر ضرورت",  # on the necessity of
    "بر لزوم",  # on the need for
    "در قبال",  # towards
)
# A source line: `به گزارش ایرنا، X …`, `به نقل از رویترز، …`. The source is no party; its
# phrase ends at the first comma, or, without one, before the first person or role named
# after it (`به گزارش ایسنا عراقچی با …`), a verb, a trigger, `که`, `با` or a clause end.
SOURCE_MARKERS: tuple[str, ...] = (
    "به گزارش",  # according to the report of
    "به نقل از",  # quoting
    "به نوشته",  # as written by
    "به اعلام",  # as announced by
    "به روایت",  # as told by
    "بنا بر گزارش", "بنابر گزارش", "بنا به گزارش",  # according to the report of
    "طبق گزارش", "بر اساس گزارش", "براساس گزارش", "بر پایه گزارش",  # per the report of
    "بنا بر اعلام", "بنابر اعلام", "طبق اعلام", "بر اساس اعلام",  # as announced by
    "به استناد",  # citing
)
# Mediation is no party of the talks it brings about (`از طریق میانجی‌گری عمان با X
# گفت‌وگو کرد`, `با وساطت قطر`): the party phrase right after one of these is left out.
# Not the mediators themselves: `با میانجی‌های عمانی دیدار کرد` met Omani officials.
# (hazm writes `میانجی` as `می‌انجی`: keys drop the ZWNJ, so both match.)
MEDIATION_MARKERS: tuple[str, ...] = (
    "میانجی‌گری", "میانجیگری",  # mediation
    "وساطت",  # intercession, mediation
    "پادرمیانی",  # intervention (as a go-between)
)
# Topic markers of purpose (a subset of TOPIC_MARKERS): a meeting after them is sought,
# not reported (`برای دیدار با X`, `بر ضرورت گفت‌وگو`): planned. After the other topic
# markers (`درباره دیدارش با X` about his meeting with X) the meeting is only referred
# to: held unless the document plans or denies it elsewhere.
PURPOSE_MARKERS: tuple[str, ...] = (
    "برای",  # for
    "به منظور",  # in order to
    "بر ضرورت",  # on the necessity of
    "بر لزوم",  # on the need for
)
# Activity nouns that, bare right after a topic marker other than one of purpose, name a
# subject of discussion, not an encounter: `درباره مذاکره با آمریکا پاسخ داد` (answered
# about negotiating with America), `در مورد گفت‌وگو با طالبان`. An event noun (`درباره
# دیدارش با X`, `درباره دیدار با پوتین`) still refers to a meeting.
GENERIC_TOPIC_NOUNS: tuple[str, ...] = (
    "مذاکره",  # negotiation
    "مذاکرات",  # negotiations
    "گفت‌وگو", "گفتگو", "گفت و گو",  # dialogue, talks
    "گفت‌وگوها", "گفتگوها",  # talks
)
# Issue nouns between a topic marker and such a noun (`با اشاره به مسئله مذاکره با
# آمریکا`, `درباره موضوع مذاکره با X`): the talks are still a subject of discussion.
ISSUE_NOUNS: tuple[str, ...] = (
    "مسئله",  # issue, question
    "مساله",  # issue (other spelling)
    "مسأله",  # issue (other spelling)
    "موضوع",  # subject, matter
    "بحث",  # debate, question
    "مقوله",  # matter
)
# Verbs of calling and judging: a meeting that is their object (`آغاز مذاکرات X و Y را
# «تابویی دیگر» خوانده`) is characterized, not reported as held.
JUDGEMENT_VERBS: tuple[str, ...] = (
    "خواند", "خوانده", "خواندند",  # called
    "نامید", "نامیده", "نامیدند",  # named
    "دانست", "دانسته", "دانستند",  # considered
    "توصیف",  # (توصیف کرد) described as
    "تلقی",  # (تلقی کرد) regarded as
)
# Attribution at a sentence start: `به گزارش …`, `به نقل از …` name a source, not a party.
ATTRIBUTION_MARKERS: tuple[str, ...] = ("به گزارش", "به نقل از", "به نوشته", "به گفته")

# --- mode ---------------------------------------------------------------------
PHONE_CUES: tuple[str, ...] = (
    "تلفنی",  # by phone
    "تلفن",  # telephone
    "تماس گرفت",  # called
    "تماس گرفته",  # has called
    "تماس گرفتند",  # called (plural)
)
VIDEO_CUES: tuple[str, ...] = (
    "ویدئویی",  # by video
    "ویدیویی",  # by video
    "ویدئو کنفرانس",  # video conference
    "ویدیو کنفرانس",  # video conference
    "ویدئوکنفرانس",  # video conference
    "ارتباط تصویری",  # video link
    "مجازی",  # virtual
)
# A recorded message or address (`در پیام ویدیویی شبانه خود گفت`: in his nightly video
# message): a video cue right after one of these nouns says how he spoke, not that he met
# anyone by video.
RECORDED_MESSAGE_NOUNS: tuple[str, ...] = (
    "پیام",  # message
    "پیامی",  # a message
    "پیغام",  # message
    "پیغامی",  # a message
    "سخنرانی",  # speech, address
    "سخنرانی‌ای",  # a speech
    "نطق",  # speech
    "نطقی",  # a speech
    "بیانیه",  # statement
    "بیانیه‌ای",  # a statement
    "کلیپ",  # clip
    "کلیپی",  # a clip
    "فیلم",  # film
    "فیلمی",  # a film
    "گزارش",  # report
    "گزارشی",  # a report
)

# --- status -------------------------------------------------------------------
# Announced, invited, will travel: the meeting has not taken place yet.
PLANNED_CUES: tuple[str, ...] = (
    "قرار است",  # is due to
    "قرار شده",  # it has been agreed that … will
    "خواهد",  # will
    "خواهم",  # I will
    "خواهیم",  # we will
    "خواهند",  # will (plural)
    "دعوت",  # invitation
    "برنامه‌ریزی",  # planning
    "برنامه ریزی",  # planning
    "در نظر دارد",  # intends
    "قصد دارد",  # intends
    "تصمیم دارد",  # has decided to
    "آینده",  # coming, future
    "آتی",  # upcoming
    "احتمالی",  # possible
    "به زودی",  # soon
    "مقدمات",  # preparations
    "موافقت",  # agreement to (a proposed visit)
    "پیشنهاد",  # proposal
    "می‌رود",  # goes (is going to)
    "می‌روند",  # go (are going to)
    "برود",  # (that he) go
    "بروند",  # (that they) go
    "بیاید",  # (that he) come
    "سفر می‌کند",  # is travelling (announced trip)
    "ممکن است",  # may
    "می‌تواند",  # can, could (`گام بعدی می‌تواند دیدار … باشد`)
    "می‌توانند",  # can, could (plural)
    "احتمال",  # likelihood
    "خواستار",  # calling for
    "درخواست",  # request
    "در انتظار",  # awaiting
)
# A day to come with a present verb after it (`دیدار پوتین با گوترش فردا برگزار می‌شود`,
# as live blogs write): announced, planned (`_tomorrow`). Never after a media word
# (`رادیو فردا`, an outlet), never `فردای آن روز` (the next day: a past narrative).
TOMORROW_WORDS: tuple[str, ...] = (
    "فردا",  # tomorrow
    "پس‌فردا",  # the day after tomorrow
    "پس فردا",  # the day after tomorrow (spelled apart)
)
# Not yet settled (`دیدار وی با نتانیاهو هنوز قطعی نشده است`): the meeting is only
# planned or possible, not held.
UNCONFIRMED_CUES: tuple[str, ...] = (
    "قطعی نشده",  # has not been finalised
    "قطعی نیست",  # is not definite
    "نهایی نشده",  # has not been finalised
    "نهایی نیست",  # is not final
    "مشخص نیست",  # it is not clear (whether)
    "مشخص نشده",  # has not been set
    "معلوم نیست",  # it is not known (whether)
    "معلوم نشده",  # has not become known
    "روشن نیست",  # it is not clear
    "هنوز تایید نشده",  # not yet confirmed
    "هنوز تأیید نشده",  # not yet confirmed
    "احتمال دارد",  # it is likely that
    "احتمال می‌رود",  # it is expected that
)
# `هنوز … نشده` (not yet …): `هنوز` then, within a few words, a negated participle.
NOT_YET: str = "هنوز"  # still, (not) yet
NOT_YET_VERBS: tuple[str, ...] = ("نشده", "نشده‌است", "نشده‌اند")  # has (have) not become

# Readiness right before the trigger (at most three words between): the meeting is sought,
# not held (`آماده مذاکره با X است`, `حاضر به دیدار با X است`, `آمادگی خود را برای دیدار
# با X اعلام کرد`). Only there: `آماده می‌شویم` elsewhere in the clause says nothing of it.
READINESS_CUES: tuple[str, ...] = (
    "آماده",  # ready
    "آمادگی",  # readiness
    "حاضر به",  # willing to (`حاضر` alone: present at)
    "مایل به",  # willing to
    "تمایل",  # willingness (`تمایل به گفت‌وگو با X`)
)
# An ordinal description of the visitor (`او سومین پاپی است که به اندونزی سفر می‌کند`:
# the third pope to visit Indonesia): a visit taking place (or past), not announced,
# unless the clause says it is to come (`FUTURE_CUES`). The copula before `که`:
ORDINAL_COPULAS: tuple[str, ...] = (
    "است",  # is
    "بود",  # was
    "هستند",  # are
    "بودند",  # were
    "می‌باشد",  # is (formal)
)
FUTURE_CUES: tuple[str, ...] = (
    "خواهد",  # will
    "خواهند",  # will (plural)
    "قرار است",  # is due to
    "قرار بود",  # was due to
    "باشد",  # (that he) be (`دومین رهبری باشد که …`)
)
# Being in contact (`قطر «در تماس روزانه» با هر دو طرف است`, `با X در تماس هستیم`):
# the noun `تماس` after `در`, the clause's verb one of these: a standing relation, not a
# call. (`در تماس تلفنی با X گفت`, `در تماسی با X …`: a call.)
CONTACT_NOUN = "تماس"  # contact
CONTACT_STATE_VERBS: tuple[str, ...] = (
    "است",  # is
    "هستند",  # are
    "هستیم",  # we are
    "هستم",  # I am
    "بوده",  # has been
    "بوده‌اند",  # have been
    "می‌باشد",  # is (formal)
    "می‌باشند",  # are (formal)
    "بود",  # was
    "بودند",  # were
)
# Subjunctive light verbs right after a trigger noun: not (yet) held (`دیدار کند`).
SUBJUNCTIVE_VERBS: tuple[str, ...] = (
    "کند",  # (that he) do
    "کنند",  # (that they) do
    "کنیم",  # (that we) do
    "کنم",  # (that I) do
    "بکند",  # (that he) do
    "بکنند",  # (that they) do
    "شود",  # (that it) become: passive (`گفت‌وگو شود`)
    "شوند",  # (that they) become
)
# Denied, cancelled, no plan: the meeting did not and will not take place.
NOT_HELD_CUES: tuple[str, ...] = (
    # `لغو` (cancellation) only as a verb or governing the meeting (`CANCEL_FORMS`), never
    # a noun of something else (`درباره لغو تحریم‌ها گفت‌وگو کرد`: talked about lifting
    # sanctions; `لغو روادید`, `لغو قرارداد`)
    "تکذیب",  # denial
    "منتفی",  # called off
    "به تعویق",  # postponed
    "انجام نشد",  # did not take place
    "برگزار نشد",  # was not held
    "هیچ دیداری",  # no meeting at all
    "امتناع",  # refusal
    "خودداری",  # refraining
    "رد کرد",  # rejected, denied
)
# Cancelled: `لغو` as a verb (`لغو شد`, `لغو کرد`, `لغو گردید`, `لغو شده است`) or
# governing a meeting noun (`لغو دیدار`, `لغو سفر X به Y`, `لغو این نشست`).
CANCEL_FORMS: tuple[str, ...] = (
    *(f"لغو {verb}" for verb in (
        "شد",  # was cancelled
        "شدند",  # were cancelled
        "شده",  # has been cancelled
        "شود",  # be cancelled
        "می‌شود",  # is (being) cancelled
        "گردید",  # was cancelled (formal)
        "گردیده",  # has been cancelled (formal)
        "کرد",  # cancelled
        "کردند",  # cancelled (plural)
        "کرده",  # has cancelled
        "کند",  # (that he) cancel
        "کنند",  # (that they) cancel
        "می‌کند",  # cancels
        "کرده‌اند",  # have cancelled
    )),
    *(f"لغو {det}{noun}" for det in ("", "این ", "آن ") for noun in (
        "دیدار",  # meeting
        "دیدارها",  # meetings
        "سفر",  # trip
        "نشست",  # session
        "مذاکره",  # negotiation
        "مذاکرات",  # negotiations
        "گفت‌وگو",  # talks
        "گفتگو",  # talks (other spelling)
        "گفت‌وگوها",  # talks (plural)
        "گفتگوها",  # talks (plural, other spelling)
        "ملاقات",  # meeting
        "اجلاس",  # summit
        "برنامه",  # programme (of the visit)
        "تماس",  # call
    )),
)
NOT_HELD_CUES += CANCEL_FORMS
# Did not sit down together (`رهبران دو طرف حتی در یک اتاق با هم ننشستند`): not_held,
# like `NOT_HELD_CUES`; a mediator of the session (`نشست میانجیگری X میان A و B`) still
# met each side (X–A, X–B held).
NOT_TOGETHER_CUES: tuple[str, ...] = (
    *(f"{together} {sat}" for together in (
        "با هم",  # with each other
        "با یکدیگر",  # with each other
        "با همدیگر",  # with each other
        "کنار هم",  # next to each other
        "کنار یکدیگر",  # next to each other
        "پشت میز مذاکره",  # at the negotiating table
        "پای میز مذاکره",  # at the negotiating table
    ) for sat in (
        "ننشستند",  # did not sit (plural)
        "ننشست",  # did not sit
        "ننشسته‌اند",  # have not sat
        "نمی‌نشینند",  # do not / will not sit
    )),
)
NOT_HELD_CUES += NOT_TOGETHER_CUES
# Postponed (`سفر خود به عربستان را به ۱۰ مارس موکول کرد`: put his trip off to 10
# March): `موکول` then one of these verbs, the meeting its object or passive subject.
# `موکول به X است` (is conditional on X) is no postponement (no verb right after).
POSTPONE_FORMS: tuple[str, ...] = tuple(f"موکول {verb}" for verb in (
    "کرد",  # put off
    "کردند",  # put off (plural)
    "کرده",  # has put off
    "کرده‌اند",  # have put off
    "شد",  # was put off
    "شدند",  # were put off
    "شده",  # has been put off
    "گردید",  # was put off (formal)
    "گردیده",  # has been put off (formal)
    "می‌شود",  # is put off
    "می‌کند",  # puts off
    "نمود",  # put off (formal)
))
# The new time of a postponement (`به X موکول`): a stated time (`به ۱۰ مارس`, `به هفته
# آینده`, `به بعد از انتخابات`) reschedules the meeting: planned (probe12 a06 gold). None stated
# (`به بعد`, `به آینده`, `به زمان دیگری`, `به تاریخ نامعلومی`): put off with no date, like
# `به تعویق افتاد`: not_held. The new time is undefined when it is one of these words
# alone, or ends in one of the UNDEFINED_TIME_ENDS.
UNDEFINED_TIMES: tuple[str, ...] = (
    "بعد",  # later
    "آینده",  # the future
    "بعدها",  # later on
    "وقتی دیگر",  # another time
    "زمانی دیگر",  # another time
    "فرصتی دیگر",  # another occasion
)
UNDEFINED_TIME_ENDS: tuple[str, ...] = (
    "دیگر",  # other (`زمان دیگر`)
    "دیگری",  # another (`زمان دیگری`, `تاریخ دیگری`)
    "نامعلوم",  # unknown
    "نامعلومی",  # an unknown (`به زمان نامعلومی`)
    "نامشخص",  # unspecified
    "نامشخصی",  # an unspecified
    "مناسب",  # suitable (`به زمان مناسب`)
    "مناسبی",  # a suitable
    "مناسب‌تر",  # more suitable
    "مناسب‌تری",  # a more suitable
    "بعدی",  # later (`به فرصت بعدی`)
)
# Participles right after a meeting or trip noun (`سفر برنامه‌ریزی‌شده او به پکن`, `دیدار
# پیش‌بینی‌شده دو وزیر`): the meeting is planned (`PLANNED_CUES` hold `برنامه‌ریزی` only
# as a token of its own: the ZWNJ-joined participle is another token). Unless the clause
# reports it held (`در سفر برنامه‌ریزی‌شده‌ای به X با Y دیدار کرد`) or cancelled.
PLANNED_PARTICIPLES: tuple[str, ...] = (
    "برنامه‌ریزی‌شده",  # planned
    "برنامه‌ریزی‌شده‌ای",  # a planned
    "برنامه‌ریزی‌شده‌اش",  # his planned
    "برنامه ریزی شده",  # planned (spelled apart)
    "پیش‌بینی‌شده",  # scheduled, foreseen
    "پیش‌بینی‌شده‌ای",  # a scheduled
    "پیش‌بینی شده",  # scheduled (spelled apart)
    "از پیش تعیین‌شده",  # pre-arranged
    "از پیش تعیین شده",  # pre-arranged (spelled apart)
)
# Refusal or failure later in the sentence of an attempted or proposed meeting
# (`تلاش کرد تا دیداری … برگزار کند که این خواسته با مخالفت ایران مواجه شد`):
# the meeting did not take place.
FAILURE_CUES: tuple[str, ...] = (
    "با مخالفت",  # met with opposition
    "مخالفت کرد",  # opposed
    "مخالفت کردند",  # opposed (plural)
    "نپذیرفت",  # did not accept
    "نپذیرفتند",  # did not accept (plural)
    # the perfect and pluperfect too (`پیشنهاد دیدار … را نپذیرفته بود`: had not accepted;
    # `نپذیرفته` with any auxiliary after it, `رد کرده بود/است`, `مخالفت کرده است`)
    "نپذیرفته",  # has/had not accepted
    "نپذیرفته‌اند",  # have not accepted
    "نمی‌پذیرد",  # does not accept
    "نمی‌پذیرند",  # do not accept
    "قبول نکرد",  # did not accept
    "قبول نکردند",  # did not accept (plural)
    "قبول نکرده",  # has/had not accepted
    "رد کرده",  # has/had rejected (`رد کرد` is a NOT_HELD_CUE)
    "رد کرده‌اند",  # have rejected
    "رد کرده بودند",  # had rejected (plural)
    "مخالفت کرده",  # has/had opposed
    "مخالفت کرده‌اند",  # have opposed
    "موافقت نکرده",  # has/had not agreed
    "موافقت نکرده‌اند",  # have not agreed
    "موافقت نکرد",  # did not agree
    "موافقت نکردند",  # did not agree (plural)
    "رد شد",  # was rejected
    "ناکام ماند",  # failed
    "بی‌نتیجه ماند",  # came to nothing
)
# Media: talking to them is an interview, not a meeting (`در گفت‌وگو با رسانه‌های چینی`).
MEDIA_WORDS: tuple[str, ...] = (
    "رسانه",  # medium
    "رسانه‌ها",  # media
    "رسانه‌های",  # the media of
    "خبرنگار",  # journalist
    "خبرنگاران",  # journalists
    "روزنامه",  # newspaper
    "روزنامه‌نگار",  # journalist
    "روزنامه‌نگاران",  # journalists
    "شبکه",  # (TV) network
    "تلویزیون",  # television
    "خبرگزاری",  # news agency
    "رادیو",  # radio
    "مجله",  # magazine
    "نشریه",  # periodical
)
# "Has no plan to meet": a plan word before the trigger, a negated "have" after it
# (`برنامه‌ای برای دیدار با X ندارد`).
PLAN_WORDS: tuple[str, ...] = (
    "برنامه",  # plan
    "برنامه‌ای",  # a plan
    "قصد",  # intention
    "قصدی",  # an intention
    "تصمیم",  # decision
    "تصمیمی",  # a decision
    "طرحی",  # a plan
)
NEGATED_HAVE: tuple[str, ...] = (
    "ندارد",  # has no
    "ندارند",  # have no
    "نداریم",  # we have no
    "ندارم",  # I have no
    "نداشت",  # had no
    "نداشته",  # has had no
)
# Negated verbs right after a trigger (`دیدار نکرد`): the trigger's own verb only.
NEGATED_VERBS: tuple[str, ...] = (
    "نخواهد",  # will not
    "نخواهند",  # will not (plural)
    "نخواهم",  # I will not
    "نخواهیم",  # we will not
    "نکرد",  # did not
    "نکردند",  # did not (plural)
    "نکرده",  # has not
    "نکرده‌اند",  # have not
    "نمی‌کند",  # does not
    "نمی‌کنند",  # do not
    "نداشت",  # did not have (a meeting)
    "نداشتند",  # did not have (plural)
    "نشد",  # was not (held)
    "نشده",  # has not been (held)
    "نشدند",  # were not
    "نمی‌شود",  # is not (held)
    "نمی‌شوند",  # are not
    "نیافت",  # did not find (`حضور نیافت` did not attend)
    "نیافتند",  # (plural)
    "نمی‌یابد",  # does not find (`حضور نمی‌یابد` will not attend)
    "نمی‌یابند",  # (plural)
    "نیست",  # is not (`حاضر نیست` is not willing)
    "نیستند",  # are not
)
# Nouns of attending and holding: negated, they say a meeting does not take place
# (`در نشست … با X شرکت نخواهد کرد`, `حاضر نشد با X دیدار کند`, `برگزار نشد`).
PARTICIPATION_WORDS: tuple[str, ...] = (
    "شرکت",  # participation
    "حضور",  # presence, attendance
    "حاضر",  # present, willing
    "برگزار",  # (برگزار شدن) being held
    "انجام",  # (انجام شدن) taking place
)
# A plan in the past tense (`قرار بود X با Y دیدار کند`), then `اما`/`ولی`: it fell through.
PAST_PLAN_CUES: tuple[str, ...] = (
    "قرار بود",  # was due to
    "قرار بوده",  # had been due to
    "بنا بود",  # was to
    "برنامه بود",  # it was planned
)
CONTRAST_WORDS: tuple[str, ...] = ("اما", "ولی", "لیکن", "لکن")  # but, however
# A plan as a noun phrase (`X با Y قرار دیدار داشت`: had an appointment to meet): the
# word before the trigger, and the verbs right after it that make it a plan, not a
# meeting held (`دیدار داشت` alone is held).
PLAN_NOUN: str = "قرار"  # appointment, arrangement
PLAN_NOUN_VERBS: tuple[str, ...] = (
    "داشت",  # had
    "داشتند",  # had (plural)
    "داشته",  # has had
    "داشتیم",  # we had
    "دارد",  # has
    "دارند",  # have
    "داریم",  # we have
)
# After `اما`/`ولی`, a meeting noun with `این`/`آن`/`چنین` and one of these: the meeting
# of the sentence fell through (`… قرار دیدار داشت، اما این دیدار برگزار نشد`).
FELL_THROUGH_CUES: tuple[str, ...] = (
    "برگزار نشد",  # was not held
    "برگزار نشده",  # has not been held
    "برگزار نگردید",  # was not held (formal)
    "انجام نشد",  # did not take place
    "انجام نشده",  # has not taken place
    "صورت نگرفت",  # did not take place
    "صورت نگرفته",  # has not taken place
    "صورت نپذیرفت",  # did not take place (formal)
    "محقق نشد",  # did not materialise
    "سر نگرفت",  # did not come about
    "لغو شد",  # was cancelled
    "لغو گردید",  # was cancelled (formal)
    "به تعویق افتاد",  # was postponed
)
# Members of an organisation (`سران کشورهای عضو اتحادیه عرب و سازمان همکاری اسلامی`):
# a session of two organisations' members is a conference (README), not an encounter
# between the two bodies.
MEMBER_WORDS: tuple[str, ...] = (
    "عضو",  # member
    "اعضای",  # members of
)
# Heads of an appositive role after a subject name the gazetteer does not know (`برت
# مک‌گورک، هماهنگ‌کننده امور خاورمیانه در کاخ سفید، در دوحه با X دیدار کرد`), besides
# the speech lexicon's ROLE_HEADS: the sentence has its own subject, so the meeting is
# never pinned on an earlier sentence's subject.
APPOSITIVE_ROLE_HEADS: tuple[str, ...] = (
    "هماهنگ‌کننده",  # coordinator
    "فرستاده",  # envoy
    "مذاکره‌کننده",  # negotiator
    "مشاور",  # adviser
    "سخنگوی",  # spokesperson of
    "نماینده",  # representative
    "دبیر",  # secretary
    "رئیس",  # head
    "معاون",  # deputy
    "وزیر",  # minister
    "سفیر",  # ambassador
    "دستیار",  # assistant
    "مقام",  # official
    "فرمانده",  # commander
)
# Being present at a meeting already described (`در این دیدار که X نیز حضور داشت`,
# `X نیز در این نشست حاضر بود`): X met each party of that meeting.
PRESENT_AT_VERBS: tuple[str, ...] = (
    "حضور داشت",  # was present
    "حضور داشتند",  # were present
    "حضور یافت",  # attended
    "حضور یافتند",  # attended (plural)
    "حضور داشته است",  # has been present
    "حاضر بود",  # was present
    "حاضر بودند",  # were present
    "شرکت داشت",  # took part
    "شرکت داشتند",  # took part (plural)
)
ALSO_WORDS: tuple[str, ...] = (ALSO, "هم")  # also, too (`X نیز / هم … حضور داشت`)
# Determiners pointing back at the sentence's meeting (`این دیدار`, `چنین دیداری`).
BACK_DETERMINERS: tuple[str, ...] = ("این", "آن", "همین", "چنین")  # this, that, such
# A report or plan of a meeting that the sentence goes on to deny after `اما`/`ولی`
# (`از احتمال دیدار X با Y خبر داده بودند، اما وزارت … این خبر را تکذیب کرد`):
# not_held. Besides NOT_HELD_CUES, these denials of any plan (`هیچ برنامه‌ای برای
# چنین دیداری وجود ندارد`).
LATER_DENIAL_CUES: tuple[str, ...] = (
    "هیچ برنامه‌ای",  # no plan at all
    "هیچ برنامه ای",  # (spaced)
    "هیچ قصدی",  # no intention at all
    "هیچ طرحی",  # no plan at all
    "صحت ندارد",  # is not true
    "صحت نداشت",  # was not true
    "نادرست است",  # is false
    "کذب محض",  # utterly false
)
# Speech verbs before `که` (`… گفت که هیچ برنامه‌ای برای چنین دیداری وجود ندارد`): a
# reported or planned meeting earlier in the sentence, then a speaker's `که` clause that
# denies any plan for a meeting: not_held, like a denial after `اما`.
DENIAL_SPEECH_VERBS: tuple[str, ...] = (
    "گفت",  # said
    "گفتند",  # said (plural)
    "افزود",  # added
    "اعلام کرد",  # announced
    "اعلام کردند",  # announced (plural)
    "تاکید کرد",  # stressed
    "تصریح کرد",  # stated
    "اظهار داشت",  # stated
    "خاطرنشان کرد",  # pointed out
    "پاسخ داد",  # answered
)
# A request or call to meet (`از ایران خواستند مذاکره با آمریکا را از سر بگیرد`: asked
# Iran to resume talks with the US): a trigger after one of these verbs in its clause,
# and no finite past verb of its own, is planned, never held.
REQUEST_VERBS: tuple[str, ...] = (
    "خواست",  # asked
    "خواستند",  # asked (plural)
    "خواسته است",  # has asked
    "خواسته‌اند",  # have asked
    "خواسته اند",  # (spaced)
    "درخواست کرد",  # requested
    "درخواست کردند",  # requested (plural)
    "درخواست کرده",  # has requested
    "تقاضا کرد",  # demanded
    "تقاضا کردند",  # demanded (plural)
    "خواستار شد",  # called for
    "خواستار شدند",  # called for (plural)
    "خواهان شد",  # called for
    "خواهان شدند",  # called for (plural)
    "فراخواند",  # called on
    "فراخواندند",  # called on (plural)
)
# `پس از گفتگوهای تلفنی جداگانه با X و Y، … را به تعویق انداخت`: a meeting in an
# `after` phrase preceded the clause's main event; the clause's not-held cues (here the
# postponed tariffs) describe that event, not the meeting. Held, or planned if the clause
# is about the future.
AFTER_MARKERS: tuple[str, ...] = (
    "پس از",  # after
    "بعد از",  # after
    "متعاقب",  # following
)
# A possessive pronoun between a meeting noun and its `با` phrase (`دیدار
# برنامه‌ریزی‌شده او با X لغو شد`: his planned meeting with X): the owner is the
# sentence's subject, not the nearest party (an organisation of another phrase).
POSSESSIVE_PRONOUNS: tuple[str, ...] = (
    "او",  # his/her
    "وی",  # his/her
    "ایشان",  # his/her (polite)
)
# Joined a meeting just reported (`X و Y نیز در آغاز نشست حضور داشتند`: X and Y were
# also present at the start of the session): X's country is a party of that meeting.
# Only right after a bare (or `این`) meeting noun, `در` and an optional part word before.
ATTENDED_VERBS: tuple[str, ...] = (
    "حضور داشت",  # was present
    "حضور داشتند",  # were present
    "حضور یافت",  # attended
    "حضور یافتند",  # attended (plural)
    "حضور پیدا کرد",  # attended
    "حضور پیدا کردند",  # attended (plural)
    "شرکت داشت",  # took part
    "شرکت داشتند",  # took part (plural)
)
SESSION_PARTS: tuple[str, ...] = (
    "آغاز",  # start
    "ابتدای",  # beginning
    "ابتدا",  # beginning
    "بخشی از",  # part of
    "بخش نخست",  # first part
    "پایان",  # end
    "جریان",  # course
    "طول",  # length
)
# Attitudes to a trip or meeting (`از سفر X به Y استقبال کرد` welcomed the trip): the
# meeting is the object of an opinion, announced rather than reported as held.
ATTITUDE_WORDS: tuple[str, ...] = (
    "استقبال",  # welcome
    "حمایت",  # support
    "انتقاد",  # criticism
    "خرسندی",  # pleasure
    "امیدواری",  # hope
    "نگرانی",  # concern
    "مخالفت",  # opposition
    "تمایل",  # wish
)
# A condition: the meeting is hypothetical, not reported (`در صورت خروج`).
HYPOTHETICAL_CUES: tuple[str, ...] = (
    "در صورت",  # in case of
    "اگر",  # if
    "چنانچه",  # if
    "چگونگی",  # how (a model for how talks would go)
)
# Not meetings although a trigger is near.
NOT_MEETING_CUES: tuple[str, ...] = (
    "احضار",  # summoning (an ambassador, to receive a protest)
    "مصاحبه",  # interview (with a journalist or medium)
    # sports: `دیدار` is also a match (`دیدار تیم‌های ملی ایران و ژاپن`)
    "فوتبال",  # football
    "والیبال",  # volleyball
    "بسکتبال",  # basketball
    "تیم ملی",  # national team
    "تیم‌های ملی",  # national teams
    "سرمربی",  # head coach
    "بازیکن",  # player
    "بازیکنان",  # players
    "جام جهانی",  # World Cup
    "لیگ",  # league
    "المپیک",  # Olympics
)
# A trip to attend a multilateral event is not a meeting with the host country.
EVENT_ATTENDANCE: tuple[str, ...] = (
    "شرکت در",  # taking part in
    "حضور در اجلاس",  # attending the summit
    "حضور در نشست",  # attending the session
    "حضور در کنفرانس",  # attending the conference
)
# Anaphoric mention of a meeting already reported (`در این دیدار`, `این مذاکرات`).
ANAPHORIC_DETERMINERS: tuple[str, ...] = ("این", "همین")  # this, this same

# --- verbs --------------------------------------------------------------------
# Finite verb forms not recognized by the lemmatizer (a with-phrase stops at a verb).
VERB_FORMS: tuple[str, ...] = (
    "است", "بود", "کند", "کنند", "کرده", "شده", "داشت", "داشتند", "دارد", "دارند",
    "کرده‌اند", "شده‌است", "کرده‌است", "گفته", "نوشته", "داده", "رسید", "رسانده",
    "یافت", "حضور", "اعلام", "تاکید", "تأکید", "خبر", "گفت", "افزود",
)

# Past forms the lemmatizer leaves alone: a trigger followed by a past verb is reported
# as done (`دیدار کرد`, `انجام شده`); without one (a headline, `مشغول دیدار … است`) a
# report yields to an explicit plan or denial of the same pair in the document.
PAST_FORMS: tuple[str, ...] = (
    "داشت", "داشتند",  # had
    "داد", "دادند",  # gave
    "رسید", "رسیدند",  # reached
    "پرداخت", "پرداختند",  # engaged in
    "کرده", "شده", "رفته", "آمده", "بوده", "گفته", "خوانده", "داده", "انجام‌شده",  # done…
    "گرفت", "گرفتند",  # took
)
PERFECT_AUXILIARIES: tuple[str, ...] = ("است", "بود", "اند", "بودند", "‌اند")  # has, had

# --- days ---------------------------------------------------------------------
# Persian weekday names → Python weekday numbers (Monday = 0).
WEEKDAYS: dict[str, int] = {
    "شنبه": 5,  # Saturday
    "یکشنبه": 6,  # Sunday
    "یک‌شنبه": 6,  # Sunday
    "دوشنبه": 0,  # Monday
    "دو‌شنبه": 0,  # Monday
    "سه‌شنبه": 1,  # Tuesday
    "چهارشنبه": 2,  # Wednesday
    "چهار‌شنبه": 2,  # Wednesday
    "پنجشنبه": 3,  # Thursday
    "پنج‌شنبه": 3,  # Thursday
    "جمعه": 4,  # Friday
}
# Words for "or"/"and" joining two weekdays (`روزهای پنجشنبه و جمعه`).
DAY_JOINERS: tuple[str, ...] = ("و", "یا", "تا")  # and, or, to
# Relative days → offset from the article date.
RELATIVE_DAYS: dict[str, int] = {
    "امروز": 0,  # today
    "امشب": 0,  # tonight
    "دیروز": -1,  # yesterday
    "روز گذشته": -1,  # the day before
    "شب گذشته": -1,  # last night
    "دیشب": -1,  # last night
    "فردا": 1,  # tomorrow
}
# Words after a weekday that point at the coming week (`دوشنبه آینده`).
NEXT_DAY_MARKERS: tuple[str, ...] = ("آینده", "آتی")  # next, coming

# --- talks spoken of, not reported (`مذاکره با آمریکا عاقلانه نیست`) ------------------
# A stance on meeting someone, in the trigger's clause: no meeting is reported, whatever
# the light verb's tense (`نباید با X مذاکره کرد`: one must not negotiate with X).
STANCE_CUES: tuple[str, ...] = (
    "باید",  # must, should
    "نباید",  # must not
    "می‌توان",  # one can
    "نمی‌توان",  # one cannot
    "نمی‌شود",  # it is not possible (`نمی‌شود با X مذاکره کرد`)
    "ممنوع",  # forbidden
    "فایده ندارد",  # is of no use
    "فایده‌ای ندارد",  # is of no use
    "بی‌فایده",  # useless
    "بی‌نتیجه است",  # is fruitless
)
# A stance right before the trigger noun (at most one word between: `مخالف هرگونه
# مذاکره با X`); not elsewhere in the clause (`حزب مخالف`: the opposition party).
STANCE_BEFORE: tuple[str, ...] = (
    "مخالف",  # against, opposed to (`مخالف مذاکره با X`)
    "مخالفیم",  # we are against
    "موافق",  # in favour of
    "موافقیم",  # we are in favour of
)
# A trigger noun opening its clause (`مذاکره با آمریکا …`) whose first verb is one of
# these present copulas / `ندارد` is evaluated in general (`… عاقلانه نیست`, `… خسارت
# محض است`, `… هیچ تأثیری … ندارد`), not reported as an event; unless the clause holds
# an event predicate (`EVENT_PREDICATE_CUES`).
GENERIC_COPULAS: tuple[str, ...] = (
    "است",  # is
    "نیست",  # is not
    "هست",  # is
    "هستند",  # are
    "نیستند",  # are not
    "ندارد",  # does not have (`هیچ تأثیری ندارد`: has no effect)
)
# What makes such a clause an event after all: it took place or goes on (`در جریان
# است`, `ادامه دارد`), or when (`امروز`, `روز`, `هفته`).
EVENT_PREDICATE_CUES: tuple[str, ...] = (
    "برگزار",  # held
    "انجام",  # carried out
    "در جریان",  # under way
    "ادامه",  # continuing
    "در حال",  # in the course of
    "امروز",  # today
    "دیروز",  # yesterday
    "فردا",  # tomorrow
    "روز",  # day (`روز دوشنبه`)
    "هفته",  # week
    "دومین",  # second (`این دومین نشست … است`: a counted event)
    "سومین",  # third
    "نخستین",  # first
    "اولین",  # first
)

# A position on talks (`مذاکرات با پاکستان تنها درباره تروریسم … خواهد بود`: talks with
# Pakistan will only be about terrorism): a generic talks noun opening its clause, `با`
# X after it, the clause's verb a future copula and a scope word between, no date or
# event predicate (`EVENT_PREDICATE_CUES`): what talks would be about, no meeting.
POSITION_COPULAS: tuple[str, ...] = (
    "خواهد بود",  # will be
    "خواهند بود",  # will be (plural)
    "باید باشد",  # must be
    "باشد",  # be (subjunctive: `… فقط درباره X باشد`)
)
SCOPE_WORDS: tuple[str, ...] = (
    "تنها",  # only
    "فقط",  # only
    "صرفا",  # solely
    "صرفاً",  # solely
    "منحصرا",  # exclusively
    "منحصراً",  # exclusively
    "درباره",  # about
    "در مورد",  # about
    "در باره",  # about (spelled apart)
    "پیرامون",  # concerning
    "حول",  # around (a topic)
    "بر سر",  # over (an issue)
    "محدود به",  # limited to
)

# --- a meeting trigger coordinated with another verb phrase (`دیدار و … کردند`) ---------
# `هیئت‌های دو کشور در دوحه دیدار و بر آتش‌بس فوری توافق کرده‌اند`: a bare meeting noun,
# `و`, then a phrase ending in the light verb both share (`… توافق کردند`, `… را امضا
# کردند`, `درباره … گفت‌وگو کردند`): that verb is the meeting's own.
SHARED_LIGHT_VERBS: tuple[str, ...] = (
    "کرد",  # did
    "کردند",  # did (plural)
    "کرده",  # has done (with an auxiliary)
    "کرده‌اند",  # have done
    "کرده‌است",  # has done
    "نمود",  # did (formal)
    "نمودند",  # did (formal, plural)
    "نموده‌اند",  # have done (formal)
    "کند",  # (that he) do
    "کنند",  # (that they) do
    "می‌کند",  # does
    "می‌کنند",  # do
    "خواهد",  # will (… do)
    "خواهند",  # will (plural)
)

# --- attending an event with a counterpart --------------------------------------------
# `X در نشست سه‌جانبه‌ای در پکن با وزیران خارجه چین و پاکستان شرکت کند`: an event noun
# (a session, summit or talks) in the clause, then a `با` party right before a verb of
# attending: X meets that party at the event. (`با حضور X` is `PRESENCE_PHRASES`.)
ATTEND_WITH_VERBS: tuple[str, ...] = (
    *(f"شرکت {verb}" for verb in (
        "کرد",  # took part
        "کردند",  # took part (plural)
        "کرده",  # has taken part
        "کرده‌اند",  # have taken part
        "کند",  # (that he) take part
        "کنند",  # (that they) take part
        "می‌کند",  # takes part
        "می‌کنند",  # take part
        "خواهد",  # will take part (`شرکت خواهد کرد`)
        "خواهند",  # will take part (plural)
        "داشت",  # took part
        "داشتند",  # took part (plural)
    )),
    *(f"حضور {verb}" for verb in (
        "یافت",  # attended
        "یافتند",  # attended (plural)
        "یابد",  # (that he) attend
        "یابند",  # (that they) attend
        "می‌یابد",  # attends
        "خواهد",  # will attend
        "خواهند",  # will attend (plural)
        "داشت",  # was present
        "داشتند",  # were present
    )),
)

# --- signing (`امضا`) ---------------------------------------------------------------
# A document signed by one side only: a letter or petition (`۲۰۰ نماینده نامه‌ای را …
# امضا کرده‌اند`) is no co-signing by two parties, hence no meeting. `تفاهم‌نامه`,
# `توافق‌نامه` are single words and stay co-signed documents.
ONE_SIDED_DOCUMENTS: tuple[str, ...] = (
    "نامه",  # letter
    "نامه‌ای",  # a letter
    "طومار",  # petition
    "طوماری",  # a petition
    "دادخواست",  # petition, lawsuit
    "عریضه",  # petition
    "بیانیه",  # statement (signed by MPs, scholars)
    "بیانیه‌ای",  # a statement
)

# --- groups of states ------------------------------------------------------------------
# Groups named like organisations (data/gazetteer/organisations.csv) that are no
# organisation of their own but a set of states: a meeting with the group is a meeting
# with each member state (the gold lists one pair per member; README: IGO codes are for
# organisations).
GROUP_MEMBERS: dict[str, tuple[str, ...]] = {
    "IGO:E3": ("FRA", "DEU", "GBR"),  # the European troika (تروئیکای اروپایی)
    "IGO:P5+1": ("USA", "GBR", "FRA", "RUS", "CHN", "DEU"),  # P5+1 (گروه ۵+۱)
}
# A group of states named by a description, not its name (`عراقچی با کالاس و وزیران
# خارجه سه کشور اروپایی گفتگو کرده بود`): the group of GROUP_MEMBERS when the document
# names every member somewhere (`بریتانیا، فرانسه و آلمان … سازوکار ماشه`); in any other
# article `سه کشور اروپایی` may be any three (`_group_after`). Only after `و` that
# joins it to a `با` party, past up to GROUP_PEOPLE_MAX words (`وزیران خارجه`).
GROUP_DESCRIPTIONS: dict[str, str] = {
    "سه کشور اروپایی": "IGO:E3",  # the three European countries
    "سه کشور اروپایی عضو برجام": "IGO:E3",  # the three European parties to the JCPOA
    "کشورهای اروپایی عضو برجام": "IGO:E3",  # the European parties to the JCPOA
    "سه قدرت اروپایی": "IGO:E3",  # the three European powers
}
GROUP_PEOPLE_MAX = 3

# --- presenting credentials (`استوارنامه`) ----------------------------------------------
# TEAM: an ambassador presenting his letter of credence (or its copy) is an in-person
# meeting between his country and the one he hands it to: `X (سفیر Z) استوارنامه خود را
# به Y تقدیم کرد/نمود` (presented his credentials to Y), `رونوشت استوارنامه خود را به
# وزیر خارجه Y تسلیم کرد` (handed the copy to Y's foreign minister), `استوارنامه خود را
# تقدیم Y کرد`, the noun and passive forms `(مراسم) تقدیم استوارنامه سفیر Z به Y`,
# `استوارنامه سفیر Z به Y تقدیم شد`, and the receipt `Y استوارنامه سفیر Z را دریافت کرد`
# (Y received the credentials of Z's ambassador). The status is the verb's (`تقدیم خواهد
# کرد`: planned). Without a presenting word in the clause, or with the credentials of
# an MP (`اعتبارنامه نماینده …`, `تصویب اعتبارنامه`) or an accreditation committee, no
# meeting.
CREDENTIAL_GIVING_WORDS: tuple[str, ...] = (
    "تقدیم",  # presenting (`تقدیم کرد` presented, `تقدیم شد` was presented)
    "تسلیم",  # handing over
    "ارائه",  # presenting, submitting
)
CREDENTIAL_RECEIVING_WORDS: tuple[str, ...] = (
    "دریافت",  # receiving (`Y … را دریافت کرد`: Y received)
)
CREDENTIAL_COPY_WORDS: tuple[str, ...] = (
    "رونوشت",  # copy (of the credentials: handed to the foreign minister)
    "رونوشتی",  # a copy
    "نسخه",  # copy
)
# The credentials of an MP, a delegation to an assembly, a reporter: no ambassador's.
NOT_CREDENTIAL_CUES: tuple[str, ...] = (
    "مجلس",  # parliament
    "پارلمان",  # parliament
    "نماینده مجلس",  # MP
    "نمایندگان مجلس",  # MPs
    "منتخب",  # elected
    "تصویب",  # approval (`تصویب اعتبارنامه`)
    "تایید",  # confirmation
    "تأیید",  # confirmation (with hamza)
    "ابطال",  # annulment
    "رد",  # rejection (`رد اعتبارنامه`)
    "بررسی",  # review
    "کمیته",  # committee (`کمیته اعتبارنامه سازمان ملل`: accreditation)
    "کمیسیون",  # commission
    "خبرنگار",  # reporter (press accreditation)
    "خبرنگاران",  # reporters
)
