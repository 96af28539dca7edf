"""A report whose place is an area with no code of its own, governed by a committee its city set up (怀化市洪江区
管理委员会: 洪江区 is no county of GB/T 2260): the city's code, where the text names the committee right after its city
and the title (or, without one, the opening) names the area. Standard library only; reads region_table's names."""
from __future__ import annotations

import re

from .region_table import ZONE_WORDS, Data, Match, Row, pick_row, rows_of

# the committee right after its city's name: the area's name (a stem of two or more characters and 区), then the
# committee's word
_COMMITTEE_WORDS = ("管理委员会", "管委会")
_COMMITTEE = re.compile(r"(?P<area>[\u4e00-\u9fff]{2,8}?区)(?:" + "|".join(_COMMITTEE_WORDS) + ")")


def zone_committee_city(d: Data, head: str, body: str, bm: list[Match], year: int | None, reach: int) -> Row | None:
    """The one city whose name stands right before an area's committee (X市Y区管理委员会, X市Y区管委会) in the body's
    first `reach` characters, where the area's name is no place's of the table (a county's own name settles its
    county elsewhere) and `head` (the title, or the opening) names that area; None where no such committee is named,
    the city's name is shared or two cities are so named."""
    if not any(w in body[:reach] for w in _COMMITTEE_WORDS):
        return None
    cities: dict[str, Row] = {}
    for mt in bm:
        if mt.end > reach:
            break
        rows = rows_of(d, mt)
        if mt.zone or not rows or any(r.level != "city" for r in rows):
            continue
        m = _COMMITTEE.match(body, mt.end)
        if m is None or m["area"] in d.names or m["area"] not in head:
            continue
        places = {d.current(r) or r.code for r in rows}
        if len(places) > 1:
            return None                 # a city's name several places share: not settled
        row = pick_row(d, rows, year)
        cities[d.current(row) or row.code] = row
    return next(iter(cities.values())) if len(cities) == 1 else None


# … or a zone named with its city's stem in brackets before its committee's word (X临空经济区(廊坊)管理委员会, Y开发区（某某）
# 管委会): the zone belongs to that city, whatever place its own name opens with (a zone serving a capital's airport)
_BRACKETED_CITY = re.compile(r"(?:" + "|".join(ZONE_WORDS + ("经济区", "新区", "示范区", "合作区")) + r")[(（](?P<stem>[\u4e00-\u9fff]{2,4}?)[)）]"
                             r"(?:" + "|".join(_COMMITTEE_WORDS) + ")")


def zone_bracket_city(d: Data, head: str, year: int | None) -> Row | None:
    """The city whose stem `head` (the title, or the opening) gives in brackets between a zone's name and its committee,
    where the stem with 市 is a city's name and no other place's (with 区, 县, 旗 or none) and one such stem is named;
    None otherwise."""
    if "委" not in head:
        return None
    cities: dict[str, Row] = {}
    for m in _BRACKETED_CITY.finditer(head):
        stem = m["stem"]
        rows = [r for suf in ("市", "区", "县", "旗", "") for r in d.names.get(stem + suf, ())]
        if year is not None:
            rows = [r for r in rows if d.dist(r, year) == 0] or rows
        if not any(r.name == stem + "市" and r.level == "city" for r in rows) or len({d.current(r) or r.code for r in rows}) > 1:
            return None                 # no city's stem, or a stem several places share: not settled
        row = pick_row(d, rows, year)
        cities[d.current(row) or row.code] = row
    return next(iter(cities.values())) if len(cities) == 1 else None


def zone_over_county(d: Data, named: list[Match], year: int | None) -> Row | None:
    """Where the first place `named` (a title's, or an opening's, in order) is a zone by its city's stem (安庆高新区) and
    every other names a county of that city or a place above it (托管宜秀区部分区域, 位于宜秀区境内): the city — the zone
    covers part of the county and is governed by its city; None otherwise (no zone first, no county after it, a place
    outside its city, a stem several places share)."""
    if not named or not named[0].zone:
        return None
    if len({r.code for r in named[0].zone}) != 1 or named[0].zone[0].level != "city":
        return None
    city = pick_row(d, list(named[0].zone), year)
    above = {city.code, city.province_code}
    others = [rows_of(d, mt) for mt in named[1:]]
    counties = [rows for rows in others if rows and all(r.level == "county" and r.city_code == city.code for r in rows)]
    if not counties or not all(rows and any(r.code in above or r.city_code == city.code for r in rows) for rows in others):
        return None
    return city
