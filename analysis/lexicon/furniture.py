"""Page furniture and story apparatus: what a saved news page holds besides the story.

Patterns are matched against a *folded* line (Arabic ي/ك → ی/ک, ZWNJ, soft hyphen
and runs of spaces → one space; see `analysis.corpus.fold`), whole line unless said.
"""

from __future__ import annotations

# --- lines that are never article text (whole-line regexes) ------------------
FURNITURE_LINES: list[str] = [
    r"/?\s*انتهای پیام\s*/?",  # "end of message": the agency's end-of-story marker
    r"/?\s*انتهای خبر\s*/?",  # "end of news": same marker, other outlets
    r"/?\s*پایان خبر\s*/?",  # "end of news"
    r"نظرات",  # "comments" (section header)
    r"نظرات کاربران",  # "users' comments"
    r"نظر شما",  # "your opinion" (comment form)
    r"ارسال نظر",  # "send a comment"
    r"(?i:captcha).*",  # the comment form's captcha
    r"کد امنیتی.*",  # "security code" (captcha label)
    r"کد خبر\s*:?\s*[0-9۰-۹٠-٩]+",  # "news code: 123"
    r"تعداد بازدید\s*:?\s*[0-9۰-۹٠-٩]*",  # "number of views"
    r"لینک کوتاه\s*:?.*",  # "short link"
    r"اشتراک گذاری",  # "share"
    r"برچسب ها\s*:?",  # "tags"
    r"[0-9۰-۹٠-٩]+\s*/\s*[0-9۰-۹٠-٩]+",  # editor/service code such as ۲۱۳/۴۲ alone on a line
    # a date line alone, with a time: `۱۴۰۳/۰۴/۱۸ - ۱۸:۴۵`
    (r"[0-9۰-۹٠-٩]{2,4}\s*/\s*[0-9۰-۹٠-٩]{1,2}\s*/\s*[0-9۰-۹٠-٩]{1,4}"
     r"(?:\s*[-–،,]?\s*[0-9۰-۹٠-٩]{1,2}\s*:\s*[0-9۰-۹٠-٩]{2})?"),
    # a desk and the news code: `سرویس سیاسی - کد خبر: ۱۹۸۷۶۵` ("political desk - news code")
    r"(?:سرویس|گروه)(?:\s+\S+){1,3}\s*[-–]\s*کد خبر\s*:?\s*[0-9۰-۹٠-٩]+",
]

# --- markers that end a story (a page may go on with the next one) ------------
END_OF_STORY: list[str] = [
    r"انتهای پیام",  # "end of message"
    r"انتهای خبر",  # "end of news"
    r"پایان خبر",  # "end of news"
]

# --- the reporting line: who reports, and whom it cites ----------------------
REPORT_CUES: list[str] = [
    "به گزارش",  # "according to the report of" (the agency reporting the story)
]
CITE_CUES: list[str] = [
    "به نقل از",  # "quoting, citing"
    "طبق گزارش",  # "according to the report of"
    "بنا بر گزارش",  # "according to the report of"
    "بنابر گزارش",  # same, written solid
]
# "X reported" at the start of a lead: `فارس گزارش داد`
REPORTED_VERBS: list[str] = [
    "گزارش داد",  # "reported"
    "گزارش می دهد",  # "reports"
]
# Words naming a kind of news source; the name follows them.
SOURCE_KINDS: list[str] = [
    "خبرگزاری",  # "news agency"
    "پایگاه خبری",  # "news site"
    "پایگاه اطلاع رسانی",  # "information site"
    "شبکه خبری",  # "news channel"
    "شبکه",  # "channel, network"
    "روزنامه",  # "newspaper"
    "سایت",  # "website"
    "تارنمای",  # "website of"
    "وبگاه",  # "website"
    "هفته نامه",  # "weekly"
    "نشریه",  # "publication"
]
# Words between the cue and the source that describe the desk, not the source.
DESK_WORDS: list[str] = [
    "خبرنگار",  # "reporter"
    "گروه",  # "desk, department"
    "اعزامی",  # "dispatched (reporter)"
    "سرویس",  # "service, desk"
]
# Adjectives that may sit between a kind word and the name (`خبرگزاری رسمی سوریه`).
SOURCE_ADJECTIVES: list[str] = [
    "رسمی",  # "official"
    "دولتی",  # "state"
    "روسی",  # "Russian"
    "خبری",  # "news"
]
# Separators after a dateline (`برنا - گروه اجتماعی؛`, `خبرگزاری فارس: ...`).
DATELINE_SEPARATORS = "-–—:؛"
# Words that open a paragraph continuing the story before it: a short unpunctuated line
# before such a paragraph is a subheading, never the headline of a new story (a new
# story's lead cannot open with a pronoun or a connective).
CONTINUATION_OPENERS: list[str] = [
    "وی",  # "he/she"
    "او",  # "he/she"
    "ایشان",  # "he/she (respectful)"
    "همچنین",  # "also"
    "در ادامه",  # "further on"
    "به گفته وی",  # "according to him"
    "به گفته او",  # "according to him"
    "اما",  # "but"
    "ولی",  # "but"
    "با این حال",  # "nevertheless"
    "با این وجود",  # "even so"
    "از سوی دیگر",  # "on the other hand"
    "در همین حال",  # "meanwhile"
    "علاوه بر این",  # "besides this"
    "بنابراین",  # "therefore"
    "این در حالی است",  # "this while"
]
# Heads of a block of links to other stories (`بیشتر بخوانید:` and the headlines under
# it): the block is dropped with the headline-like lines that follow the head, or the
# one line when a headline follows the colon on it. Whole-line regexes, folded text.
LINK_BLOCK_HEADS: list[str] = [
    r"بیشتر بخوانید",  # "read more"
    r"بخوانید",  # "read"
    r"این خبر را هم بخوانید",  # "read this news too"
    r"اخبار مرتبط",  # "related news"
    r"مطالب مرتبط",  # "related articles"
    r"خبرهای مرتبط",  # "related news"
    r"پیشنهاد ویژه",  # "special suggestion"
    r"پیشنهاد سردبیر",  # "editor's pick"
    r"ببینید",  # "watch"
]
