"""A site's public-security filing number (公安机关互联网站安全备案, "川公网安备 51152602000047号") in its page's footer:
the first six of its fourteen digits are the division code of the public-security bureau the site was filed with,
its first two the province the short name before 公网安备 stands for. A weak clue to the issuer's region, read only
where nothing stronger names one (regions.find_region, last): the bureau is where the site's owner filed, which for a
city's or a province's portal is often one of its districts (京公网安备 11010502…: 朝阳区 for a site of all 北京), so
the division is taken only where its kind agrees with what the report calls itself (our_kinds). Standard library
only.
"""
from __future__ import annotations

import re

# the provinces' one-character short names, as the filing numbers print them, and their division codes' first digits
PROVINCE_SHORT = {
    "京": "11", "津": "12", "冀": "13", "晋": "14", "蒙": "15", "辽": "21", "吉": "22", "黑": "23", "沪": "31", "苏": "32",
    "浙": "33", "皖": "34", "闽": "35", "赣": "36", "鲁": "37", "豫": "41", "鄂": "42", "湘": "43", "粤": "44", "桂": "45",
    "琼": "46", "渝": "50", "川": "51", "蜀": "51", "贵": "52", "黔": "52", "云": "53", "滇": "53", "藏": "54", "陕": "61",
    "秦": "61", "甘": "62", "陇": "62", "青": "63", "宁": "64", "新": "65",
}
# the short name, the words, fourteen digits (the page may set spaces in the run), 号 or not; no digit after them
_FILING = re.compile(r"(?P<prov>[" + "".join(PROVINCE_SHORT) + r"])\s?公\s?网\s?安\s?备\s*[:：]?\s*"
                     r"(?P<number>\d{14})(?!\d)")
# what a report calls itself (我县, 全区, 本市): the kinds of place it speaks as; 区 of a 自治区 and 市 of a word
# (本市场) aside
_SELF_KIND = re.compile(r"(?:我|全|本)([省市州盟县区旗])(?![委直级场])")


def filed_division(text: str) -> str | None:
    """The six-digit division of the one filing number `text` prints whose short name agrees with its digits (川 and
    51…); None where none is printed, the short name and the digits disagree, or two divisions are printed."""
    if "备" not in text:
        return None
    numbers = {(m["prov"], m["number"]) for m in _FILING.finditer(text)}
    if not numbers or any(PROVINCE_SHORT[p] != n[:2] for p, n in numbers):
        return None
    divisions = {n[:6] for _, n in numbers}
    return divisions.pop() if len(divisions) == 1 else None


def our_kinds(text: str) -> set[str]:
    """The kinds of place a report speaks as (县 of 我县, 区 of 全区; 区 never in a text that names a 自治区)."""
    kinds = {m.group(1) for m in _SELF_KIND.finditer(text)}
    if "自治区" in text:
        kinds.discard("区")
    return kinds


def kind_agrees(level: str, name: str, kinds: set[str], township: bool) -> bool:
    """Whether a division of `level` named `name` can be the issuer's where the report speaks as `kinds`: a county
    (县, 旗: no city's site files there) unless the report speaks as another kind; a district or a county-level city
    only where it speaks as one (我区, 我市) or is a township's (a city's own site files with a district's bureau); a
    city or a province (直辖市 among them: 我市) only where it speaks as one and is no township's; never a city's
    placeholder (市辖区) nor an autonomous region (its 区 is everyone's word)."""
    kind = name[-1]
    if name == "市辖区" or name.endswith("自治区"):
        return False
    if level == "county":
        if kind in "县旗":
            return kinds <= {"县", "旗"}
        return kinds == {kind} or (township and not kinds - {kind})
    return not township and kinds == {kind}
