"""Dates as sources write them → ISO Gregorian dates (`YYYY-MM-DD`).

Handles ISO dates and datetimes (`2019-12-08 13:18:00`), numeric Jalali dates
(`1394/06/22 (Jalali)`, `۱۴۰۴/۰۶/۱۵ - ۰۹:۳۵:۴۳`), and dates with month names
(`جمعه ۳۱ مرداد ۱۴۰۴ - ۰۹:۴۶`, `۲۲ اوت ۲۰۲۵`). Jalali dates are converted with
`jdatetime`. A numeric year below 1700 is read as Jalali (Solar Hijri years are
13xx-14xx for any date a news archive holds); `(Jalali)`/`شمسی` forces it.
"""

from __future__ import annotations

import datetime as dt
import re

import jdatetime

from .lexicon.calendar import GREGORIAN_MONTHS, JALALI_MONTHS

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_JALALI_MARK = re.compile(r"jalali|shamsi|solar|شمسی|هجری خورشیدی", re.IGNORECASE)
_GREGORIAN_MARK = re.compile(r"gregorian|میلادی", re.IGNORECASE)
_YMD = re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)")
_NAMED = re.compile(r"(?<!\d)(\d{1,2})\s*([^\W\d_]+)\s*(?:ماه\s*)?(?:سال\s*)?(\d{4})(?!\d)")


def parse_date(raw: str | None) -> str | None:
    """The ISO Gregorian date (`YYYY-MM-DD`) of a date string, or None if unreadable."""
    if not raw:
        return None
    text = str(raw).translate(_DIGITS).replace("\u200c", " ").strip()
    if not text:
        return None
    force_jalali = bool(_JALALI_MARK.search(text))
    force_gregorian = bool(_GREGORIAN_MARK.search(text))

    m = _YMD.search(text)
    if m:
        return _to_iso(*map(int, m.groups()), force_jalali, force_gregorian)
    m = _NAMED.search(text)
    if m:
        day, month_name, year = int(m.group(1)), m.group(2), int(m.group(3))
        if month_name in JALALI_MONTHS and not month_name in GREGORIAN_MONTHS:
            return _to_iso(year, JALALI_MONTHS[month_name], day, True, False)
        if month_name in GREGORIAN_MONTHS:
            return _to_iso(year, GREGORIAN_MONTHS[month_name], day, False, True)
    m = _DMY.search(text)
    if m:
        day, month, year = map(int, m.groups())
        return _to_iso(year, month, day, force_jalali, force_gregorian)
    return None


def _to_iso(year: int, month: int, day: int, jalali: bool, gregorian: bool) -> str | None:
    if not gregorian and (jalali or year < 1700):
        try:
            return jdatetime.date(year, month, day).togregorian().isoformat()
        except ValueError:
            return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
