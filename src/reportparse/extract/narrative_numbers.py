"""How a count is written in a sentence: the number patterns data/narrative.tsv's rows read, and their values."""
from __future__ import annotations

from functools import lru_cache

from ..patterns import CN_DIGITS, LazyPattern

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


# a case count said after its own denial (未引发行政复议案件2件: none caused, then two): the sentence contradicts itself, so a
# count other than none is no count of it (none, 未发生行政诉讼案件0件, agrees and stays read)
_DENIED_BEFORE = LazyPattern(r"(?:未|没有|并未|从未|无)(?:曾)?(?:引发|引起|发生|出现|产生|收到|接到|受理|被)")
_CASE_KEYS = ("review.", "litigation.", "requests.new")


def denied_count(ctext: str, key: str, cs: int, ns: int) -> bool:
    """Is the count at ns (its clause from cs) a case count other than none that its clause denies before it?"""
    return key.startswith(_CASE_KEYS) and ctext[ns] != "0" and _DENIED_BEFORE.search(ctext, cs, ns) is not None


# … and a denial read as none with such a count right after it (没有发生…行政复议的案件4件): neither is read
_COUNT_AFTER = LazyPattern(r"[^\d,，。;；:：\n]{0,4}?[1-9]\d*(?:件|起|宗|个)")


# … and a proactive total of none with items its paragraph says went out after it (共制作信息30条,其中主动公开信息0条…。
# 此外,还公布了…类信息1条): none of them is its count (a request's information, 依申请公开信息22条, went out to no one)
_PUBLISHED_AFTER = LazyPattern(r"(?<!依申请)(?:公布|发布|主动公开)(?:了)?[^。;；\n\d]{0,30}?(?<!\d)[1-9]\d*条")
_PARAGRAPH = 300


def none_contradicted(ctext: str, key: str, e: int) -> bool:
    """Is a case count other than none said right after a denial read as none, or items said published after a
    proactive total of none in its paragraph, its match ending at e?"""
    if key == "disclosure.total":
        end = ctext.find("\n", e, e + _PARAGRAPH)
        return _PUBLISHED_AFTER.search(ctext, e, end if end >= 0 else e + _PARAGRAPH) is not None
    return key.startswith(_CASE_KEYS) and _COUNT_AFTER.match(ctext, e) is not None
