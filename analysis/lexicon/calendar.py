"""Calendar words: Jalali (Solar Hijri) and Gregorian month names as written in Persian."""

from __future__ import annotations

JALALI_MONTHS: dict[str, int] = {
    "فروردین": 1,  # Farvardin (March-April)
    "اردیبهشت": 2,  # Ordibehesht
    "خرداد": 3,  # Khordad
    "تیر": 4,  # Tir
    "مرداد": 5,  # Mordad
    "امرداد": 5,  # Amordad (older spelling of Mordad)
    "شهریور": 6,  # Shahrivar
    "مهر": 7,  # Mehr
    "آبان": 8,  # Aban
    "آذر": 9,  # Azar
    "دی": 10,  # Dey
    "بهمن": 11,  # Bahman
    "اسفند": 12,  # Esfand
}

GREGORIAN_MONTHS: dict[str, int] = {
    "ژانویه": 1,  # January
    "ژانویهٔ": 1,  # January (with ezafe)
    "فوریه": 2,  # February
    "مارس": 3,  # March
    "آوریل": 4,  # April
    "مه": 5,  # May
    "می": 5,  # May (English spelling)
    "ژوئن": 6,  # June
    "ژوئیه": 7,  # July
    "جولای": 7,  # July (English spelling)
    "اوت": 8,  # August
    "آگوست": 8,  # August (English spelling)
    "سپتامبر": 9,  # September
    "اکتبر": 10,  # October
    "نوامبر": 11,  # November
    "دسامبر": 12,  # December
}
