"""Word's automatic list numbers (word/numbering.xml): the "一、" / "（一）" / "1." a numbered paragraph
shows but its text does not hold.

A paragraph is numbered by its own `w:numPr` or by its style's (styles.xml, through `w:basedOn`);
`w:numId` names a `w:num`, which names an abstract list and may override a level's start. Counters
are kept per abstract list (two `w:num` of one list continue each other, as Word counts them; a
`w:startOverride` restarts the level where its `w:num` is first used); a level's counter restarts
when a higher level is numbered. `w:lvlText` ("（%1）", "%1.%2") is filled with each level's number
in that level's format (`w:isLgl`: decimal). Formats this module does not know are rendered as
nothing and counted (`unknown`), never guessed.
"""
from __future__ import annotations

from typing import Optional

_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
MAX_LEVELS = 9


def _chinese(n: int, digits: str = _CN_DIGITS, ten: str = "十", hundred: str = "百", thousand: str = "千") -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百〇五 (Word's chineseCounting up to 9999)."""
    if n <= 0 or n > 9999:
        return str(n)
    out = []
    units = ((1000, thousand), (100, hundred), (10, ten))
    zero = False
    for value, name in units:
        d, n = divmod(n, value)
        if d:
            if zero:
                out.append(digits[0])
                zero = False
            out.append(("" if value == 10 and d == 1 and not out else digits[d]) + name)
        elif out:
            zero = True
    if n:
        if zero:
            out.append(digits[0])
        out.append(digits[n])
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter past Z: 27 → AA, 28 → BB
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _enclosed(first: int, count: int):
    return lambda n: chr(first + n - 1) if 1 <= n <= count else str(n)


FORMATS = {
    "decimal": str, "decimalHalfWidth": str, "decimalFullWidth": str, "decimalFullWidth2": str,
    "decimalZero": lambda n: f"{n:02d}",
    "upperRoman": lambda n: _roman(n).upper(), "lowerRoman": _roman,
    "upperLetter": _letters, "lowerLetter": lambda n: _letters(n).lower(),
    "chineseCounting": _chinese, "chineseCountingThousand": _chinese, "japaneseCounting": _chinese,
    "taiwaneseCounting": _chinese, "taiwaneseCountingThousand": _chinese, "koreanCounting": _chinese,
    "chineseLegalSimplified": lambda n: _chinese(n, _CN_LEGAL, "拾", "佰", "仟"),
    "ideographLegalTraditional": lambda n: _chinese(n, "零壹貳參肆伍陸柒捌玖", "拾", "佰", "仟"),
    "ideographDigital": lambda n: "".join(_CN_DIGITS[int(d)] for d in str(n)),
    "taiwaneseDigital": lambda n: "".join(_CN_DIGITS[int(d)] for d in str(n)),
    "ideographTraditional": lambda n: _TIANGAN[(n - 1) % 10] if n > 0 else str(n),
    "ideographZodiac": lambda n: _DIZHI[(n - 1) % 12] if n > 0 else str(n),
    "decimalEnclosedCircle": _enclosed(0x2460, 20), "decimalEnclosedCircleChinese": _enclosed(0x2460, 20),
    "ideographEnclosedCircle": lambda n: chr(0x3280 + n - 1) if 1 <= n <= 10 else str(n),
    "decimalEnclosedParen": _enclosed(0x2474, 20), "decimalEnclosedFullstop": _enclosed(0x2488, 20),
    "none": lambda n: "", "bullet": lambda n: "",
}


class Numbering:
    """The list numbers of one document, handed out in reading order (`label`)."""

    def __init__(self, w: str, numbering=None, styles=None):
        self.w = w
        self.abstract: dict[str, dict[int, dict]] = {}    # abstractNumId → level → definition
        self.style_link: dict[str, str] = {}              # abstractNumId → numStyleLink style
        self.nums: dict[str, tuple[str, dict[int, dict], dict[int, int]]] = {}  # numId → (abstract, levels, starts)
        self.style_num: dict[str, tuple[Optional[str], Optional[int]]] = {}     # styleId → (numId, ilvl)
        self.counters: dict[str, list[Optional[int]]] = {}
        self.started: set[tuple[str, int]] = set()
        self.unknown: set[str] = set()
        if styles is not None:
            self._read_styles(styles)
        if numbering is not None:
            self._read_numbering(numbering)

    def _val(self, el, name: str) -> Optional[str]:
        child = el.find(self.w + name) if el is not None else None
        return child.get(self.w + "val") if child is not None else None

    def _level(self, lvl) -> dict:
        start = self._val(lvl, "start")
        return {"start": int(start) if start and start.lstrip("-").isdigit() else 0,
                "fmt": self._val(lvl, "numFmt") or "decimal", "text": self._val(lvl, "lvlText"),
                "legal": lvl.find(self.w + "isLgl") is not None and self._val(lvl, "isLgl") not in ("0", "false"),
                "suff": self._val(lvl, "suff") or "tab"}

    def _levels(self, parent) -> dict[int, dict]:
        out = {}
        for lvl in parent.iterchildren(self.w + "lvl"):
            ilvl = lvl.get(self.w + "ilvl")
            if ilvl and ilvl.isdigit() and int(ilvl) < MAX_LEVELS:
                out[int(ilvl)] = self._level(lvl)
        return out

    def _read_numbering(self, root) -> None:
        w = self.w
        for a in root.iterchildren(w + "abstractNum"):
            aid = a.get(w + "abstractNumId")
            self.abstract[aid] = self._levels(a)
            link = self._val(a, "numStyleLink")
            if link:
                self.style_link[aid] = link
        for num in root.iterchildren(w + "num"):
            levels, starts = {}, {}
            for over in num.iterchildren(w + "lvlOverride"):
                ilvl = over.get(w + "ilvl")
                if not (ilvl and ilvl.isdigit()) or int(ilvl) >= MAX_LEVELS:
                    continue
                start = self._val(over, "startOverride")
                if start and start.lstrip("-").isdigit():
                    starts[int(ilvl)] = int(start)
                lvl = over.find(w + "lvl")
                if lvl is not None:
                    levels[int(ilvl)] = self._level(lvl)
            self.nums[num.get(w + "numId")] = (self._val(num, "abstractNumId"), levels, starts)

    def _read_styles(self, root) -> None:
        w = self.w
        own: dict[str, tuple[Optional[str], Optional[int], Optional[str]]] = {}
        for style in root.iterchildren(w + "style"):
            sid = style.get(w + "styleId")
            ppr = style.find(w + "pPr")
            numpr = ppr.find(w + "numPr") if ppr is not None else None
            num = self._val(numpr, "numId") if numpr is not None else None
            ilvl = self._val(numpr, "ilvl") if numpr is not None else None
            own[sid] = (num, int(ilvl) if ilvl and ilvl.isdigit() else None, self._val(style, "basedOn"))
        for sid in own:
            num, ilvl, seen = None, None, set()
            at = sid
            while at in own and at not in seen:          # the basedOn chain (a loop in a damaged file ends)
                seen.add(at)
                n, i, based = own[at]
                num = num if num is not None else n
                ilvl = ilvl if ilvl is not None else i
                at = based
            if num is not None:
                self.style_num[sid] = (num, ilvl)

    def _abstract_of(self, num_id: str) -> Optional[str]:
        entry = self.nums.get(num_id)
        aid = entry[0] if entry else None
        link = self.style_link.get(aid) if aid is not None else None
        if link and link in self.style_num:                     # a list defined by a numbering style: one hop
            target = self.nums.get(self.style_num[link][0] or "")
            aid = target[0] if target else aid
        return aid

    def label(self, num_id: Optional[str], ilvl: Optional[int], style: Optional[str]) -> str:
        """The number the next paragraph with these properties shows ("" when it shows none)."""
        if num_id is None and style in self.style_num:
            num_id, style_ilvl = self.style_num[style]
            ilvl = ilvl if ilvl is not None else style_ilvl
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        ilvl = min(max(ilvl or 0, 0), MAX_LEVELS - 1)
        aid = self._abstract_of(num_id)
        _, overrides, starts = self.nums[num_id]
        base = self.abstract.get(aid, {})
        levels = {i: overrides.get(i) or base.get(i) for i in range(MAX_LEVELS)}
        lvl = levels[ilvl]
        if lvl is None:
            return ""
        counters = self.counters.setdefault(aid or num_id, [None] * MAX_LEVELS)
        if ilvl in starts and (num_id, ilvl) not in self.started:
            counters[ilvl] = starts[ilvl]
            self.started.add((num_id, ilvl))
        elif counters[ilvl] is None:
            counters[ilvl] = lvl["start"]
        else:
            counters[ilvl] += 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            counters[deeper] = None
        text = lvl["text"]
        if not text:
            return ""
        for i in range(ilvl, -1, -1):
            placeholder = f"%{i + 1}"
            if placeholder not in text:
                continue
            at = levels[i] or lvl
            n = counters[i] if counters[i] is not None else at["start"]
            fmt = "decimal" if lvl["legal"] else at["fmt"]
            render = FORMATS.get(fmt)
            if render is None:
                self.unknown.add(fmt)
                render = FORMATS["none"]
            text = text.replace(placeholder, render(n))
        if lvl["fmt"] == "bullet":
            return ""                    # a bullet's glyph (often a symbol-font private character) is no text
        return text + ("" if lvl["suff"] == "nothing" else " ")
