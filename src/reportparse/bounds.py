"""What a figure may be: which characters are digits, how long a number may be, which values a key
may hold. One owner for these rules (docs/errors.md, "Digits and values").

- Digits are ASCII 0-9. Full-width digits (０-９), and the circled, superscript and mathematical
  forms, are ASCII after normalize_text (NFKC); every other digit system (Thai ๑๒, Arabic-Indic
  ١٢, Devanagari १२, …) is *not* a digit: Python's int() and the regex ``\\d`` accept them, so
  patterns spell ``[0-9]`` and numbers go through `to_number`.
- A printed number has at most MAX_INT_DIGITS digits before its decimal point and MAX_FRAC_DIGITS
  after it; a longer run is not a number (unread, with a warning), and never reaches int(), whose
  4,300-digit cap would raise, or float(), which turns 310 digits into inf.
- A value is finite; a count is a whole number, not negative (the signed 本年增/减 keys excepted) and
  below MAX_COUNT; money (元) below MAX_YUAN. Anything else is dropped with a warning (`implausible`).
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Optional, Union

import regex

from .patterns import MONEY_SHORT, MONEY_UNITS

Number = Union[int, float]

MAX_INT_DIGITS = 12          # a table cell or a sentence figure: 999,999,999,999 at most
MAX_FRAC_DIGITS = 8
MAX_COUNT = 10 ** MAX_INT_DIGITS              # 件/条/项/个: exclusive bound
MAX_YUAN = 10 ** (MAX_INT_DIGITS + 4)         # 元: a 12-digit figure in 万元

# An unsigned decimal in ASCII digits, bounded; thousands separators already removed.
_DECIMAL = regex.compile(r"(?P<int>[0-9]+)(?:\.(?P<frac>[0-9]+))?")


def to_number(text: str, sign: int = 1) -> Optional[Number]:
    """int or float of an ASCII decimal ("12", "3.5", "-4" with its sign), or None when the text is
    not one or is longer than MAX_INT_DIGITS / MAX_FRAC_DIGITS (checked before any conversion)."""
    # the same short strings recur across cells and readings: memoised; long ones never kept
    return _short_number(text, sign) if len(text) <= _MEMO_CHARS else _to_number(text, sign)


_MEMO_CHARS = 32


@lru_cache(maxsize=8192, typed=True)
def _short_number(text: str, sign: int) -> Optional[Number]:
    return _to_number(text, sign)


def _to_number(text: str, sign: int) -> Optional[Number]:
    text = text.strip()
    if text[:1] in "+-" and text:
        sign = -sign if text[0] == "-" else sign
        text = text[1:]
    m = _DECIMAL.fullmatch(text)
    if m is None:
        return None
    whole, frac = m["int"], m["frac"]
    if len(whole.lstrip("0")) > MAX_INT_DIGITS or (frac is not None and len(frac) > MAX_FRAC_DIGITS):
        return None
    # (leading zeros count against int()'s 4,300-digit limit: a run of zeros is no reason to fail)
    value: Number = float(text) if frac is not None else int(whole.lstrip("0") or "0")
    return sign * value


def is_ascii_number(text: str) -> bool:
    """True when the text's digits, if any, are all ASCII (no Thai, Arabic-Indic … digits)."""
    return text.isascii() or not any(ch.isdigit() and not ("0" <= ch <= "9") for ch in text)


def implausible(key: str, value, unit: Optional[str], signed: bool, raw: str = "") -> Optional[str]:
    """Why a value cannot be what the document means (None when it can)."""
    # nearly every value: ASCII text and a blank or a count well inside every bound
    if raw.isascii() and (value is None or (type(value) is int and 0 <= value < MAX_COUNT)):
        return None
    if not is_ascii_number(raw):
        return "its text holds digits other than 0-9 (only ASCII and full-width digits are read)"
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return "not a finite number"
    if value < 0 and not signed:
        return "a negative count"
    if unit is not None and unit not in MONEY_UNITS and isinstance(value, float) and not value.is_integer():
        return "a count with a fraction (a row code, or a money cell shifted into a count's column)"
    bound = MAX_YUAN if unit == "元" else MAX_COUNT
    if abs(value) >= bound:
        return f"larger than any report states (≥ {bound:.0e})"
    return None


def unit_contradicts(key_unit: Optional[str], printed: Optional[str]) -> bool:
    """A unit printed in a cell that is not what its row counts ('8条' or '8项' in a row of 件, '3件' in an
    amount of 元): a sign the cell was shifted from a neighbouring column or misread. Money reads in 元 or 万元."""
    if printed is None or key_unit is None or printed == key_unit:
        return False
    if printed == MONEY_SHORT:      # (1.2万 in a count's cell: a rough count; 万 alone is 万元 in an amount's)
        return key_unit not in MONEY_UNITS
    return not (key_unit in MONEY_UNITS and printed in MONEY_UNITS)
