"""Figures stated in sentences, from the patterns in data/narrative.tsv."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

import cn2an

from ..cells import to_yuan
from ..schema import _read_tsv

# A clause about one part of the issuer or about a running total is not the report's figure.
_PART = regex.compile(r"(?:(?<![全各本])(?:区|县|市|镇|乡)政府|乡镇|(?<!全)区直|(?<!全)县直|(?<!全)市直|街道|办事处|(?<![全各])[^\s,，。;；]{1,6}局(?!面))")
# only figures of the whole issuer are filtered by the part/whole test; sub-counts (其中网络申请5件) are not
_CONTEXT_CHARS = 200
_TOTAL_KEYS = frozenset({"disclosure.total", "requests.new", "requests.answered", "review.total", "litigation.total", "fees.collected"})
_WHOLE = regex.compile(r"全(?:区|县|市|省|年)|各级|共计|共收到|总计|合计|我(?:区|县|市|局|委|办)")
_CUMULATIVE = regex.compile(r"累计|以来|历年")
_CLAUSE_END = regex.compile(r"[。;；\n]|,(?=\S{0,3}(?:其中|另))|，")


@dataclass(frozen=True)
class NarrativeFigure:
    key: str
    value: float
    raw: str
    start: int
    end: int
    sentence: str


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[tuple[str, ...], Optional[str], Optional[regex.Pattern], regex.Pattern], ...]:
    out = []
    for row in _read_tsv("narrative.tsv"):
        keys = tuple(k.strip() for k in row["keys"].split(","))
        # (?P<n>\d+) also takes a count written in Chinese numerals (行政复议三起, 十二件)
        pattern = row["pattern"].replace(r"(?P<n>\d+)", r"(?P<n>\d+|[零一二三四五六七八九十百两]{1,6}(?![年月日]))")
        context = regex.compile(row["context"]) if row.get("context") else None
        out.append((keys, row["value"] or None, context, regex.compile(pattern)))
    return tuple(out)


def _number(raw: str):
    if raw[0].isdigit():
        return float(raw) if "." in raw else int(raw)
    try:
        return int(cn2an.cn2an(raw, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


_WINDOW = 600     # a clause or sentence is looked for this far around a match, never further


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    a = max(text.rfind(c, lo, start) for c in "。；;\n，,")
    a = a + 1 if a >= 0 else lo
    hi = min(len(text), end + _WINDOW)
    ends = [i for i in (text.find(c, end, hi) for c in "。；;\n") if i >= 0]
    return a, (min(ends) + 1 if ends else hi)


def _overlaps(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    """Does [s, e) overlap a different match already taken? (taken is sorted: bisect, not a scan)"""
    i = bisect.bisect_left(taken, (s - _WINDOW, 0))      # matches are short: none starts further back
    for a, b in taken[i:bisect.bisect_left(taken, (e, 0))]:
        if (a, b) != (s, e) and a < e and s < b:
            return True
    return False


def narrative_figures(text: str, skip: list[tuple[int, int]] = ()) -> list[NarrativeFigure]:
    """Every pattern match outside the `skip` ranges (table regions), in document order."""
    found: list[NarrativeFigure] = []
    taken: list[tuple[int, int]] = []
    for keys, literal, context, pattern in _patterns():
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(a <= s < b for a, b in skip) or _overlaps(taken, s, e):
                continue
            cs, ce = _clause(text, s, e)
            if context is not None and not context.search(text, max(0, s - _CONTEXT_CHARS), ce):
                continue
            prefix = text[cs:s]
            if literal is None:
                if _CUMULATIVE.search(prefix + m.group()):
                    continue
                if keys[0] in _TOTAL_KEYS and _PART.search(prefix) and not _WHOLE.search(prefix):
                    continue
                raw = m.group("n")
                value = _number(raw)
                if value is None:
                    continue
                unit = m.groupdict().get("u")
                if unit:
                    value = to_yuan(value, unit)
            else:
                raw = m.group()
                value = float(literal) if "." in literal else int(literal)
            lo = max(0, s - _WINDOW)
            sentence_start = max(text.rfind(c, lo, s) for c in "。；;\n")
            sentence = text[sentence_start + 1 if sentence_start >= 0 else lo:ce].strip()
            for key in keys:
                found.append(NarrativeFigure(key, value, raw, s, e, sentence))
            bisect.insort(taken, (s, e))
    found.sort(key=lambda f: f.start)
    return found


def first_by_key(figures: list[NarrativeFigure]) -> dict[str, NarrativeFigure]:
    out: dict[str, NarrativeFigure] = {}
    for f in figures:
        out.setdefault(f.key, f)
    return out
