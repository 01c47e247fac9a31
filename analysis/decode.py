"""Bytes → text: byte-order marks, UTF-16 structure, UTF-8, then charset-normalizer.

Order: a BOM decides (UTF-8/16/32); else BOM-less UTF-16 recognised by its byte
structure (bytes with NULs whose high bytes fall in a few blocks); else strict
UTF-8; else `charset_normalizer` picks the encoding, among Arabic-script code
pages first (Windows-1256, ISO-8859-6, UTF-16 without BOM, ...) when it
recognises Persian or Arabic, else among all. Text that
no encoding explains with confidence, or that decodes to control-character junk,
raises `DecodeError` with the reason. A UTF-8 file cut inside its last character
(a truncated download) keeps the text before it; stray control characters are
removed.
"""

from __future__ import annotations

import codecs
import re

# charset-normalizer's default "chaos" threshold (0.2) rejects genuine Persian
# Windows-1256 text (ZWNJ, guillemets, soft hyphens score as noise, about 0.26);
# random bytes and compressed data still find no match at 0.5.
CHAOS_THRESHOLD = 0.5
# Decoded text with more than this share of control characters is binary junk.
MAX_CONTROL_SHARE = 0.01
MIN_CONTROL_JUNK = 8  # (a few stray ones in a short file are removed, not fatal)

# Encodings of Arabic-script text that charset-normalizer tries first, and the
# languages (as it names them) that confirm its choice.
ARABIC_SCRIPT_ENCODINGS = ["cp1256", "iso8859_6", "cp720", "cp864", "mac_arabic",
                           "utf_16", "utf_16_le", "utf_16_be", "utf_32"]
ARABIC_SCRIPT_LANGUAGES = {"Farsi", "Arabic", "Urdu"}

_BOMS = [  # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# UTF-16 without a byte-order mark, recognised by its structure: in Persian (or
# English) text nearly every code unit lies in a few 256-character blocks, so one
# byte of each pair (the high byte) takes only these values.
UTF16_HIGH_BYTES = (
    0x00,  # Basic Latin: spaces, digits, newlines, ASCII punctuation
    0x06,  # Arabic: the letters, Persian digits, ، ؛ ؟
    0x20,  # General Punctuation: ZWNJ, dashes, quotation marks
    0xFB, 0xFE,  # Arabic presentation forms (old text)
)
UTF16_MIN_SHARE = 0.9  # of the high bytes in those blocks
UTF16_MIN_UNITS = 16  # too short to tell


class DecodeError(ValueError):
    """Bytes that cannot be decoded to text with confidence."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding name) or raises `DecodeError`."""
    text, encoding = _decode(data)
    text = text.lstrip("\ufeff")
    if text:
        n_control = len(_CONTROL.findall(text))
        if n_control > max(MIN_CONTROL_JUNK, MAX_CONTROL_SHARE * len(text)):
            raise DecodeError(
                f"binary content: {n_control} control characters in {len(text)} (as {encoding})")
        if n_control:  # a stray control character is never text
            text = _CONTROL.sub("", text)
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} after its byte-order mark: {exc.reason} "
                                  f"at byte {exc.start}") from None
    # NUL bytes are valid UTF-8 but never in text: BOM-less UTF-16 of any text with
    # spaces or digits has them
    if b"\x00" in data and (utf16 := _utf16_without_bom(data)) is not None:
        return utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # a file cut inside its last character: keep everything before it
            try:
                return data[: exc.start].decode("utf-8"), "utf-8 (truncated last character dropped)"
            except UnicodeDecodeError:
                pass
    if (utf16 := _utf16_without_bom(data)) is not None:
        return utf16
    from charset_normalizer import from_bytes

    # Persian and Arabic code pages first: the general detection never tries
    # ISO-8859-6 on Arabic text (it picks a Cyrillic code page).
    arabic = from_bytes(data, threshold=CHAOS_THRESHOLD, cp_isolation=ARABIC_SCRIPT_ENCODINGS).best()
    if arabic is not None and set(arabic.languages) & ARABIC_SCRIPT_LANGUAGES:
        return str(arabic), arabic.encoding
    best = from_bytes(data, threshold=CHAOS_THRESHOLD).best() or arabic
    if best is None or best.encoding is None:
        raise DecodeError("not UTF-8, and no encoding detected with confidence (binary or mixed bytes?)")
    return str(best), best.encoding


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) if `data` is UTF-16 (LE or BE) text without a BOM, else None.

    charset-normalizer does not recognise BOM-less UTF-16 for some Persian texts;
    the byte structure does: the high byte of nearly every unit is one of
    `UTF16_HIGH_BYTES`, while the low bytes are not mostly zero (binary).
    """
    n = len(data) // 2
    if len(data) % 2 or n < UTF16_MIN_UNITS:
        return None
    for encoding, high, low in (("utf-16-le", data[1::2], data[0::2]),
                                ("utf-16-be", data[0::2], data[1::2])):
        in_blocks = sum(high.count(b) for b in UTF16_HIGH_BYTES)
        if in_blocks >= UTF16_MIN_SHARE * n and low.count(0) < n / 2:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
    return None
