"""How a count is written in a sentence: the number patterns data/narrative.tsv's rows read, and their values."""
from __future__ import annotations

from functools import lru_cache

from ..patterns import CN_DIGITS

# A count never has more digits than this; a longer run is not a figure (and int() of a
# 4,300-digit run raises). Digits are bounded in every pattern, so a 10^6-digit run scans in linear time.
MAX_DIGITS = 12
# a thousands separator (NFKC folds ， to ,) is part of the number: 1,236 is 1236, never 236 or 1
_GROUPED = r"\d{1,3}(?:,\d{3}){1,3}(?!\d|,\d)"        # bounded: at most MAX_DIGITS digits
NUMBER = rf"(?<![\d.])(?<!\d,)(?>\d{{1,{MAX_DIGITS}}}(?![\d]|,\d)|{_GROUPED})"      # atomic: a number is never cut back
DECIMAL = rf"(?<![\d.])(?<!\d,)(?>\d{{1,{MAX_DIGITS}}}(?![\d]|,\d)|{_GROUPED})(?:\.\d{{1,6}})?(?![\d.])"
# a count in Chinese numerals, up to the ten thousands (二千三百一十六, 一〇五, 两万三千四百五十六)
CN_NUMBER = rf"(?<![{CN_DIGITS}])[{CN_DIGITS}]{{1,12}}(?![{CN_DIGITS}年月日])"


def number(raw: str):
    """A count as printed in a sentence (digits, grouped or decimal; Chinese numerals), or None past MAX_DIGITS."""
    raw = "".join(raw.split()).replace(",", "")
    if raw[0].isdigit():
        if len(raw.split(".")[0]) > MAX_DIGITS:
            return None
        return float(raw) if "." in raw else int(raw)
    return _cn_number(raw)


@lru_cache(maxsize=4096)
def _cn_number(raw: str):
    """A count in Chinese numerals (三, 十二); cn2an loads on first use (it costs ~150 ms to import)."""
    import cn2an
    try:
        return int(cn2an.cn2an(raw, "smart"))
    except (ValueError, KeyError, TypeError):
        return None
