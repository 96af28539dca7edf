"""speed52: find_region's work on what it cannot use.

- regions.find_region folds and scans a report's body only when first asked (regions._Body): a title that names its
  place settles most reports without it. Compared with the body read eagerly, over invented titles and bodies; the
  test fails where the title's shared name is settled without the body's counts.
- a body of the state's name is searched without its look-behind first (region_national.national_search), the look-behind
  tested at each match: the same first match as the one pattern's, over invented texts; the test fails where a refused
  match is not passed over or the look-behind's characters are loosened.
- speed52b: 自治区 alone as the issuer searched from the first 自治区 only (regions._bare_autonomous), and a website's
  place name tried only at the quotes opening its patterns (region_sites._opened_matches): each compared with the plain
  search over invented texts; the tests fail where the look-behind or an opening character is dropped.
"""
from __future__ import annotations

import random
from collections import Counter

from reportparse import region_sites as RS
from reportparse import region_national as N
from reportparse import regions as R


# ----------------------------------------------------------------------------------------------- regions

class _Eager(R._Body):
    """The body folded, scanned and counted at once: the plain reading the lazy one must equal."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.text, self.matches, self.counts       # (each evaluated now)


# places: names several places share (鼓楼区, 城关区, 朝阳区, 新华区), their cities and provinces (and short names), unique
# names, traditional script, zones by short name, autonomous regions, a national body, a county a citation names
_PLACES = ["鼓楼区", "城关区", "朝阳区", "新华区", "福州市", "南京市", "开封市", "徐州市", "兰州市", "拉萨市", "北京市",
           "长春市", "石家庄市", "沧州市", "福州", "南京", "兰州", "江苏省", "福建省", "河南省", "甘肃省", "河北省",
           "廣州市", "越秀區", "鼓樓區", "洪泽县", "淮安市", "鲤城区", "安顺经济技术开发区", "经开区", "高新区", "管委会",
           "新疆", "自治区", "西安", "莲湖", "•", "国家税务总局", "教育部", "丹江口市", "十堰市", "《丹江口市人民政府办公室关于做好工作的通知》",
           "“中国南平”网站", "白沙街道办事处", "建新镇"]
_WORDS = ["人民政府", "2021年", "政府信息公开工作年度报告", "本报告", "根据《中华人民共和国政府信息公开条例》", "地址：",
          "长沙市嘉雨路6号", "，", "。", "\n", " ", "X局", "办公室", "编制", "联系电话", "对", "工作", "各地"]


def _titles(rng: random.Random) -> str:
    return rng.choice(["", "", "2021年政府信息公开工作年度报告"]) if rng.random() < 0.4 else (
        "".join(rng.choice(_PLACES) for _ in range(rng.randint(1, 2))) + rng.choice(["", "人民政府", "X局"])
        + "2021年政府信息公开工作年度报告")


def _bodies(rng: random.Random) -> str:
    pieces = [rng.choice(_PLACES) if rng.random() < 0.45 else rng.choice(_WORDS) for _ in range(rng.randint(0, 60))]
    body = "".join(pieces)
    # (a long body: places past the opening's 300 characters and the township's 3000 count too)
    return body if rng.random() < 0.6 else body + "工作" * rng.randint(100, 1600) + "".join(
        rng.choice(_PLACES) for _ in range(rng.randint(0, 12)))


def _cases(n: int) -> list[tuple]:
    rng = random.Random(52)
    return [(_titles(rng), _bodies(rng), rng.choice([None, 2008, 2012, 2021]), rng.random() < 0.3) for _ in range(n)]


def _info(r):
    return None if r is None else (r.code, r.name, r.level, r.province, r.city, r.county, r.current_code)


def test_region_read_lazily_as_read_eagerly(monkeypatch):
    cases = _cases(4000)
    lazy = [_info(R.find_region(*c)) for c in cases]
    monkeypatch.setattr(R, "_Body", _Eager)
    eager = [_info(R.find_region(*c)) for c in cases]
    assert sum(r is not None for r in eager) > 1500          # (most cases are placed …)
    assert [i for i, (a, b) in enumerate(zip(lazy, eager)) if a != b] == []
    # … and the body decides many: the title's place alone, or none, is another answer
    alone = [_info(R.find_region(t, "", y, tw)) for t, _, y, tw in cases]
    assert sum(a != b for a, b in zip(alone, eager)) > 500


def test_shared_title_name_settled_by_the_body_counts():
    # 鼓楼区 is Fuzhou's, Nanjing's, Kaifeng's and Xuzhou's: the body's counts settle it, read lazily
    title = "鼓楼区2021年政府信息公开工作年度报告"
    assert R.find_region(title, "福州市 福州市鼓楼区", 2021).code == "350102"
    assert R.find_region(title, "南京市 江苏省", 2021).code == "320106"
    assert R.find_region(title, "", 2021) is None


def test_body_not_read_when_the_title_settles(monkeypatch):
    folded = []
    plain = R._Body.text

    def text(self):
        if self._text is None:          # (folded now)
            folded.append(self._raw)
        return plain.fget(self)
    monkeypatch.setattr(R._Body, "text", property(text))
    assert R.find_region("福州市鼓楼区2021年政府信息公开工作年度报告", "南京市" * 500, 2021).code == "350102"
    assert folded == []
    assert R.find_region("2021年政府信息公开工作年度报告", "福州市鼓楼区人民政府", 2021).code == "350102"
    assert folded == ["福州市鼓楼区人民政府"]


def test_one_county_reads_the_given_text_without_counts():
    body = R._Body(None, "", "已折叠", Counter())
    assert body.text == "已折叠" and body.counts == Counter()


# ----------------------------------------------------------------------------------------------- national bodies

_NATIONAL_PIECES = ["国家税务总局", "国家统计局", "教育部", "海关总署", "国家级", "国家", "国家发展和改革委员会", "厦门市", "省", "市",
                    "县", "区", "州", "旗", "盟", "办公厅", "2021年", "政府信息公开", "X", " ", "\n", "级", "局", "委员会", "总局"]


def _national_texts(n: int) -> list[str]:
    rng = random.Random(5200)
    return ["".join(rng.choice(_NATIONAL_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def _span(m):
    return None if m is None else (m.span(), m.group())


def test_national_search_finds_the_one_patterns_first_match():
    texts = _national_texts(8000)
    plain = N._national()
    found = refused = 0
    for t in texts:
        for start, end in ((0, None), (0, 300), (3, 12), (1, 5)):
            want = plain.search(t, start, len(t) if end is None else end)
            assert _span(N.national_search(t, start, end)) == _span(want), (t, start, end)
            found += want is not None
            bare = N._national_bare().search(t, start, len(t) if end is None else end)
            refused += bare is not None and (want is None or bare.start() != want.start())
    assert found > 5000 and refused > 2000      # (matches found, and matches the look-behind refuses, often)


# ----------------------------------------------------------------------------------------------- speed52b: 自治区, sites

_AUTONOMOUS_PIECES = ["自治区", "自治区人民政府", "自治区财政厅", "新疆维吾尔自治区", "广西壮族", "办公厅", "政府", "人民",
                      "局", "委员会", "厅", "X", " ", "，", "\n", "2021年", "关于", "a"]


def test_bare_autonomous_as_the_pattern_searches():
    rng = random.Random(5201)
    found = missed_by_window = 0
    for _ in range(8000):
        t = "".join(rng.choice(_AUTONOMOUS_PIECES) for _ in range(rng.randint(0, 12)))
        for end in (None, 0, 5, 12, len(t) // 2):
            want = R._BARE_AUTONOMOUS.search(t, 0, len(t) if end is None else end) is not None
            assert R._bare_autonomous(t, end) == want, (t, end)
            found += want
            missed_by_window += not want and end is not None and R._BARE_AUTONOMOUS.search(t) is not None
    assert found > 4000 and missed_by_window > 1000     # (found often; a match past `end` refused often)
    # the look-behind kept: a name before 自治区 is no bare 自治区, even where an earlier 自治区 is refused
    assert not R._bare_autonomous("新疆维吾尔自治区人民政府")
    assert R._bare_autonomous("广西壮族自治区X，自治区财政厅")


_SITE_PIECES = ["“", "”", '"', "《", "》", "中国", "魅力", "南平", "永嘉", "许昌农业信息", "网", "网站", "平台", "官网", "政府",
                "县", "市", "人民", "门户", "政务", "中华人民共和国政府信息公开条例", "下载", "，", "X", " ", "\n",
                "“中国南平”", '"永嘉"', "《许昌农业信息网》", "“南平", "永嘉”", '"南平"网"永嘉"']


def _groups(m):
    return m.span(), m.groupdict()


def test_opened_matches_as_finditer():
    rng = random.Random(5202)
    total = 0
    for _ in range(8000):
        t = "".join(rng.choice(_SITE_PIECES) for _ in range(rng.randint(0, 30)))
        for pat, opens in ((RS._SITE_NAME, RS._SITE_OPENS), (RS._SITE_NAME_NET, "《")):
            want = [_groups(m) for m in pat.finditer(t)]
            assert [_groups(m) for m in RS._opened_matches(pat, t, opens)] == want, (t, pat.pattern)
            total += len(want)
    assert total > 8000
    # each opening character is needed: without 《 (or “, or ") some texts' sites are missed
    for drop in RS._SITE_OPENS:
        fewer = RS._SITE_OPENS.replace(drop, "")
        rng = random.Random(5203)
        texts = ["".join(rng.choice(_SITE_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
        assert any(len(list(RS._opened_matches(RS._SITE_NAME, t, fewer))) != len(list(RS._SITE_NAME.finditer(t)))
                   for t in texts), drop


def test_site_place_as_read_with_finditer(monkeypatch):
    rng = random.Random(5204)
    d = R.table()
    bodies = ["".join(rng.choice(_SITE_PIECES + ["福州", "鼓楼", "“中国南平”网站", "《许昌农业信息网》", "“中国永嘉”县政府门户网站"])
                      for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    fast = [RS.site_place(d, b, 2021) for b in bodies]
    monkeypatch.setattr(RS, "_opened_matches", lambda pat, text, opens: pat.finditer(text))
    plain = [RS.site_place(d, b, 2021) for b in bodies]
    assert fast == plain and sum(p is not None for p in plain) > 300
