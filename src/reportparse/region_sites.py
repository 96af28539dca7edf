"""A report's place named by the sites and offices it prints, not by a body's name: a website's name (“中国南平”网站,
福建永春政府网), a province portal's county banner (甘肃政府服务网-秦安), a city•county portal pair, a zone office in the
contact sentence. Standard library only; reads region_table's names (regions.find_region asks, in its order)."""
from __future__ import annotations

import re

from .region_table import STEM_RE, ZONE_WORDS, Data, Row, table
from .region_table import pick_row as _pick_row


# … or a place named only by a website's name (本报告电子版可在“中国南平”网站下载; “中国永嘉”县政府门户网站; 我局的信息公开平台
# 《许昌农业信息网》): the name opens with the place's stem (中国 or 魅力 before it, a dot between or not: “中国·兰州”), the quote closed by 网 or followed by
# a site's word; the place one only, with 市/县/区/旗 added (a two-character stem alone only a city's, by 市); never where
# two places' sites are named
_SITE_OPENS = "“\"《"          # (what opens _SITE_NAME: _opened_matches tries it there only)
_SITE_NAME = re.compile(f"[{_SITE_OPENS}]" r"(?:(?P<pre>中国|魅力)[·•・]?)?(?P<name>[\u4e00-\u9fff]{2,10})[”\"》]"
                        r"(?P<lvl>[市县区旗])?(?:人民)?(?:政府)?(?:门户|政务)?(?=网站|网|平台|官网|政府)")
_SITE_NAME_NET = re.compile(r"《(?P<pre>)(?P<name>[\u4e00-\u9fff]{2,10}网)》(?P<lvl>)")


def _opened_matches(pattern: re.Pattern, text: str, opens: str):
    """pattern.finditer(text), for a pattern that matches only where one of `opens` stands, as its first character,
    never empty and looking at nothing before it: tried only at those characters, found by str.find (a scan for
    a class of characters is ~40 instructions a character; a report's opening holds a quote or two)."""
    at = {c: text.find(c) for c in opens}
    while (live := [i for i in at.values() if i >= 0]):
        start = min(live)
        m = pattern.match(text, start)
        if m is not None:
            yield m
        pos = m.end() if m is not None else start + 1
        for c, i in at.items():
            if 0 <= i < pos:
                at[c] = text.find(c, pos)


def site_place(d: Data, body: str, year: int | None) -> Row | None:
    places: dict[str, Row] = {}
    for pat, opens in ((_SITE_NAME, _SITE_OPENS), (_SITE_NAME_NET, "《")):
        for m in _opened_matches(pat, body, opens):
            name, lvl = m["name"], m["lvl"] or ""
            for n in (4, 3, 2):
                stem = name[:n]
                if len(stem) < n or not STEM_RE.fullmatch(stem):
                    continue
                rows = [r for suf in (lvl or "市区县旗") for r in d.names.get(stem + suf, ())]
                if n == 2 and not (m["pre"] or lvl):        # (东方网, 光明网: a two-character stem alone a city's only)
                    rows = [r for r in rows if r.level == "city"]
                found = {d.current(r) or r.code for r in rows}
                if len(found) == 1:
                    row = _pick_row(d, rows, year)
                    places[d.current(row) or row.code] = row
                    break
                if found:
                    return None             # a stem several places share: not settled
            else:       # … or the province's stem before the place's (“福建永春政府网”): the one such place of that province
                row = _province_site(d, name, year)
                if row is not None:
                    places[d.current(row) or row.code] = row
    return next(iter(places.values())) if len(places) == 1 else None


# … or a zone's office the contact sentence names, its zone named after its place's stem (请与江阴临港经济开发区党政办公室联系,
# 办公地点:江阴市…): that place, where the stem is one place's and the sentence names it in full (its address)
_CONTACT = re.compile(r"请与(?P<name>[\u4e00-\u9fff]{4,30}?)联系[^。\n]{0,80}")


def contact_zone(d: Data, body: str, year: int | None) -> Row | None:
    m = _CONTACT.search(body)
    name = m["name"] if m is not None and any(w in m["name"] for w in ZONE_WORDS) else ""
    for stem in (name[:n] for n in (4, 3, 2) if STEM_RE.fullmatch(name[:n]) and name[n] not in "市区县省州旗盟"):
        if rows := [r for suf in "市区县旗" for r in d.names.get(stem + suf, ()) if year is None or d.dist(r, year) == 0]:
            named = len({d.current(r) or r.code for r in rows}) == 1 and any(r.name in m.group() for r in rows)
            return _pick_row(d, rows, year) if named else None
    return None


def _province_site(d: Data, name: str, year: int | None) -> Row | None:
    prov = next((p for p in d.province_stems if name.startswith(p)), None)
    rest = name[len(prov):] if prov else ""
    return next((row for n in (4, 3, 2) if len(place := rest[:n]) == n and STEM_RE.fullmatch(place)
                 and (row := province_place(d, prov, place, year)) is not None), None)


# (the page banner of a county's part of its province's portal: 甘肃政府服务网-秦安; the place's kind may be printed: -武山县)
SERVICE_SITE = re.compile(r"(?P<prov>[\u4e00-\u9fff]{2,3})政(?:务|府)服务网[-－—–](?P<place>[\u4e00-\u9fff]{2,5})(?![\u4e00-\u9fff])")


def province_place(d: Data, province: str, place: str, year: int | None) -> Row | None:
    """The one county or city of the province named by its stem (甘肃; 新疆 for an autonomous region) whose stem is `place`
    (武山, or 武山县 with its kind); None where the province is unknown or the stem is none or several places'."""
    provinces = {r.code for suf in ("省", "市") for r in d.names.get(province + suf, ()) if r.level == "province"}
    provinces |= {code for code in d.autonomous if d.bare_name(code) == province}
    kinds = place[-1] if place[-1] in "县区市旗" and len(place) > 2 else "县区市旗"
    stem = place[:-1] if len(kinds) == 1 else place
    rows = [r for suf in kinds for r in d.names.get(stem + suf, ())
            if r.level in ("county", "city") and r.province_code in provinces]
    places = {d.current(r) or r.code for r in rows}
    return _pick_row(d, rows, year) if len(places) == 1 else None


def portal_county(d: Data, city: str, county: str, year: int | None) -> Row | None:
    cities = {r.code for r in d.names.get(city + "市", ()) if r.level == "city"}
    rows = [r for suf in "区县市旗" for r in d.names.get(county + suf, ()) if r.level == "county" and r.city_code in cities]
    places = {d.current(r) or r.code for r in rows}
    return _pick_row(d, rows, year) if len(places) == 1 else None


# a province's department named by the province's short name without 省 (通过甘肃林业和草原局门户网站), in a text that speaks
# as a province (我省, 省委省政府) and as that department (我局 of a 局, 我厅 of a 厅, 我委 of a 委员会): that province. Never a
# short name that is another place's too (吉林市, 海南州, 北京 and the other cities of province rank say 我市), nor where
# departments of two provinces are named
_DEPARTMENT_AFTER = re.compile(r"(?![省市县区州盟])[\u4e00-\u9fff]{2,12}?(厅|局|委员会)(?![\u4e00-\u9fff]{0,2}(?:长|员|属|直))")
_AS_PROVINCE = re.compile(r"我省|省委省政府|省委、省政府")
_SELF_OF = {"厅": "厅", "局": "局", "委员会": "委"}
_DEPARTMENT_TEXT = 3000     # (the characters of the body read for such a name: its opening sections)


def _opens_with_place(d: Data, name: str) -> bool:
    """Does a department's name after the province's short name open with a place in it (天水林业局, 西湖区文化局): a city's
    or county's body, never the province's?"""
    return any(ch in name for ch in "市县区州盟旗") or any(
        d.names.get(name[:n] + kind) for n in (2, 3) for kind in ("市", "县", "区", "州", "盟", "旗", "地区"))


def _province_departments(d: Data, body: str) -> dict[str, set[str]]:
    """The departments the body names by a province's short name and speaks as, by province (甘肃: {甘肃林业和草原局})."""
    body = body[:_DEPARTMENT_TEXT]
    if not _AS_PROVINCE.search(body):
        return {}
    found: dict[str, set[str]] = {}
    for prov in d.province_stems:
        if any(d.names.get(prov + kind) for kind in ("市", "县", "区", "州", "盟", "地区")):
            continue        # (吉林市, 海南藏族自治州 by its stem: the stem names more than the province)
        at = body.find(prov)
        while at >= 0:
            m = _DEPARTMENT_AFTER.match(body, at + len(prov))
            inside = any(body.startswith(other, at - k) for other in d.province_stems if other != prov
                         for k in range(1, len(other)))         # (浙江西湖区: 浙江's, never 江西's)
            if m is not None and not inside and not _opens_with_place(d, m.group()) and (
                    "我" + _SELF_OF[m.group(1)] in body or "本" + _SELF_OF[m.group(1)] in body):
                found.setdefault(prov, set()).add(prov + m.group())
            at = body.find(prov, at + len(prov))
    return found


def province_department(d: Data, body: str, year: int | None) -> Row | None:
    """The province whose department the body names by the province's short name and speaks as (甘肃林业和草原局 + 我局 +
    我省), else None."""
    found = _province_departments(d, body)
    if len(found) != 1:
        return None
    prov = next(iter(found))
    rows = [r for suf in ("省", "自治区") for r in d.names.get(prov + suf, ()) if r.level == "province"]
    rows += [d.by_code[c][-1] for c in d.autonomous if d.bare_name(c) == prov]
    return _pick_row(d, rows, year) if rows else None


def province_department_name(body: str) -> str | None:
    """… and that department's name as printed, where the body names one only (the issuer of a page with no title)."""
    found = _province_departments(table(), body)
    names = set().union(*found.values()) if len(found) == 1 else set()
    return names.pop() if len(names) == 1 else None


# a title naming its issuer as a 厅 and no place (财政厅2022年…, 2022年省交通运输厅…): a 厅 is a province's department (a
# city's are 局 and 委; 办公厅 is a city government's office too, 大厅 a hall), and a text speaking as it (我厅, 省厅, 本厅) is that
# province's, whatever city its opening names (a meeting held in 兰州市): the one province the body names in full
_PROVINCE_DEPT_TITLE = re.compile(r"\s*(?:(?:19|20)\d{2}年度?)?(?:省|自治区)?[\u4e00-\u9fff]{2,12}?(?<!办公)(?<!大)厅(?!长)")
_AS_PROVINCE_DEPT = re.compile(r"[我省本]厅")


def speaks_as_province_department(title: str, body: str) -> bool:
    """Does the title name a 厅 and no place, and the text speak as it (see _PROVINCE_DEPT_TITLE)?"""
    return bool(_PROVINCE_DEPT_TITLE.match(title)) and _AS_PROVINCE_DEPT.search(body, 0, _DEPARTMENT_TEXT) is not None


def province_of_department(d: Data, matches: list, year: int | None) -> Row | None:
    """The one province a 厅's first pages (`matches`: their places) name; None where they name none or two."""
    provinces = {r.code for mt in matches if mt.end <= _DEPARTMENT_TEXT and not mt.zone
                 for r in d.names[mt.name] if r.level == "province"}
    return _pick_row(d, d.by_code[provinces.pop()], year) if len(provinces) == 1 else None
