#!/usr/bin/env python3
"""Generate the damaged-table fixtures of tests/fixtures/damage/.

Every report here is invented: invented counties, invented wording, invented numbers (none is
copied from ../shared/corpus; the corpus only showed what the damage looks like). Each fixture
starts from one data set that satisfies the template's identities (row total = sum of the six
applicants; R1 new + carried_over = answered + carried_forward; R2 answered = sum of the outcome
rows; R4 table 四 total = sum of its four outcomes; legacy channels/replies) with non-zero
numbers distinct wherever the damage class allows, so a shifted cell cannot pass. The data set
is then rendered damaged, and NAME.expected.json is written from the data
(tests/fixtures/README.md). Deterministic: running it again rewrites identical files.

    python tools/make_damage_fixtures.py

Collapsed fixtures (a crawler dropped every line equal to the line before it): which cells the
printed text settles is decided here by brute force, not by hand (`settle`): every way of
spreading the printed values over the row's cells (each printed value a run of >= 1 equal
cells) that satisfies the row's identity is a reading; a cell is settled when all readings
agree on it, else it is listed under "unresolved" (not scored).
"""
from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "damage"
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")

# ---------------------------------------------------------------- the templates (printed order)

T3_HEAD = [("requests.new", None, "一、本年新收政府信息公开申请数量"),
           ("requests.carried_over", None, "二、上年结转政府信息公开申请数量")]
T3_OUTCOMES_2021 = [
    ("requests.granted", None, "（一）予以公开"),
    ("requests.partially_granted", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("requests.denied.state_secret", "（三）不予公开", "1.属于国家秘密"),
    ("requests.denied.prohibited_by_law", "（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("requests.denied.security_stability", "（三）不予公开", "3.危及“三安全一稳定”"),
    ("requests.denied.third_party", "（三）不予公开", "4.保护第三方合法权益"),
    ("requests.denied.internal_affairs", "（三）不予公开", "5.属于三类内部事务信息"),
    ("requests.denied.process_info", "（三）不予公开", "6.属于四类过程性信息"),
    ("requests.denied.enforcement_file", "（三）不予公开", "7.属于行政执法案卷"),
    ("requests.denied.admin_query", "（三）不予公开", "8.属于行政查询事项"),
    ("requests.unable.not_held", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("requests.unable.needs_creation", "（四）无法提供", "2.没有现成信息需要另行制作"),
    ("requests.unable.unclear", "（四）无法提供", "3.补正后申请内容仍不明确"),
    ("requests.not_processed.petition", "（五）不予处理", "1.信访举报投诉类申请"),
    ("requests.not_processed.duplicate", "（五）不予处理", "2.重复申请"),
    ("requests.not_processed.publication", "（五）不予处理", "3.要求提供公开出版物"),
    ("requests.not_processed.excessive", "（五）不予处理", "4.无正当理由大量反复申请"),
    ("requests.not_processed.confirmation", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    ("requests.other.no_correction", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("requests.other.fee_unpaid", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("requests.other.misc", "（六）其他处理", "3.其他"),
]
T3_OUTCOMES_2019 = T3_OUTCOMES_2021[:18] + [("requests.other", None, "（六）其他处理")]
T3_TAIL = [("requests.answered", None, "（七）总计"), ("requests.carried_forward", None, "四、结转下年度继续办理")]
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_COLS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


def t3_rows(template: str):
    return T3_HEAD + (T3_OUTCOMES_2021 if template == "2021" else T3_OUTCOMES_2019) + T3_TAIL


T4_GROUPS = ("review", "litigation.direct", "litigation.after_review")
T4_OUTCOMES = ("upheld", "corrected", "other", "pending", "total")
T4_IDS = [f"{g}.{o}" for g in T4_GROUPS for o in T4_OUTCOMES]
T4_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

# table 二, 2019: (key, printed label, section) ; cells per TABLE2_COLUMNS of schema.py
T2_2019 = [
    ("disclosure.regulations", "规章", ("made", "published", "published_total")),
    ("disclosure.normative_docs", "规范性文件", ("made", "published", "published_total")),
    ("disclosure.licensing", "行政许可", ("items_prev_year", "items_change", "decisions")),
    ("disclosure.other_services", "其他对外管理服务事项", ("items_prev_year", "items_change", "decisions")),
    ("disclosure.penalty", "行政处罚", ("items_prev_year", "items_change", "decisions")),
    ("disclosure.coercion", "行政强制", ("items_prev_year", "items_change", "decisions")),
    ("disclosure.fees", "行政事业性收费", ("items_prev_year", "items_change")),
    ("disclosure.procurement", "政府集中采购", ("projects", "amount")),
]
T2_2019_SECTIONS = [  # (heading, header cells, row keys)
    ("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
     ["disclosure.regulations", "disclosure.normative_docs"]),
    ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
     ["disclosure.licensing", "disclosure.other_services"]),
    ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
     ["disclosure.penalty", "disclosure.coercion"]),
    ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"], ["disclosure.fees"]),
    ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"], ["disclosure.procurement"]),
]
T2_2019_LABEL = {k: label for k, label, _ in T2_2019}
T2_2019_COLS = {k: cols for k, _, cols in T2_2019}

# ---------------------------------------------------------------- numbers


class Numbers:
    """Distinct non-zero numbers from a seeded generator."""

    def __init__(self, seed: int, avoid=()):
        self.rnd = random.Random(seed)
        self.used: set[int] = {int(v) for v in avoid if v}   # e.g. the figures of tables 二 and 四

    def take(self, lo: int = 1, hi: int = 99) -> int:
        for _ in range(10_000):
            v = self.rnd.randint(lo, hi)
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("ran out of distinct numbers")


def complete_t3(outcomes: dict[str, list[int]], carried_over: list[int], carried_forward: list[int],
                order) -> dict[str, list[int]]:
    """Table 三 from its outcome rows and the two carried rows: answered by R2, new by R1, totals by R3."""
    answered = [sum(outcomes[k][j] for k in outcomes) for j in range(6)]
    new = [answered[j] + carried_forward[j] - carried_over[j] for j in range(6)]
    assert min(new) >= 0, new
    six = dict(outcomes, **{"requests.answered": answered, "requests.new": new,
                            "requests.carried_over": carried_over, "requests.carried_forward": carried_forward})
    return {k: six[k] + [sum(six[k])] for k, _g, _l in order}


def random_t3(nums: Numbers, template: str, zero: dict[str, str] | None = None, hi: int = 300) -> dict[str, list[int]]:
    """Table 三 with every cell distinct and non-zero except those `zero` marks ("0" in a 6-char mask per row)."""
    zero = zero or {}
    order = t3_rows(template)
    outcome_keys = [k for k, _g, _l in order[2:-2]]
    for _ in range(500):
        before = set(nums.used)

        def row(key):
            mask = zero.get(key, "111111")
            return [nums.take(1, hi) if m == "1" else 0 for m in mask]
        outcomes = {k: row(k) for k in outcome_keys}
        cf = row("requests.carried_forward")
        co = [nums.take(1, 40) if m == "1" else 0 for m in zero.get("requests.carried_over", "111111")]
        if any(sum(outcomes[k][j] for k in outcomes) + cf[j] < co[j] for j in range(6)):
            nums.used = before
            continue
        rows = complete_t3(outcomes, co, cf, order)
        cells = [v for k in rows for v in (rows[k] if sum(1 for x in rows[k][:6] if x) > 1 else rows[k][:6]) if v]
        if len(cells) == len(set(cells)) and not any(rows[k][j] != 0 and rows[k][j] in before
                                                      for k in ("requests.new", "requests.answered")
                                                      for j in range(7)):
            nums.used |= set(cells)
            return rows
        nums.used = before
    raise RuntimeError("no distinct table 三 for this mask")


def t3_values(rows: dict[str, list], blank: set[tuple[str, int]] = frozenset(), null_zero: bool = False) -> dict:
    """value id -> value; cells in `blank` (or every 0 when null_zero) are printed blank: null."""
    out = {}
    for key, cells in rows.items():
        for j, who in enumerate(APPLICANTS):
            v = cells[j]
            out[f"{key}|applicant={who}"] = None if (key, j) in blank or (null_zero and v == 0) else v
    return out


def t4_values(parts: dict[str, list[int]]) -> dict[str, int]:
    out = {}
    for g in T4_GROUPS:
        for o, v in zip(T4_OUTCOMES, parts[g] + [sum(parts[g])]):
            out[f"{g}.{o}"] = v
    return out


# ---------------------------------------------------------------- collapse and its readings


def collapse(text: str) -> str:
    """What the crawler stored: every line equal to the line before it dropped."""
    lines = text.split("\n")
    return "\n".join(line for i, line in enumerate(lines) if i == 0 or line != lines[i - 1])


def runs(cells: list) -> list:
    return [c for i, c in enumerate(cells) if i == 0 or c != cells[i - 1]]


def readings(printed: list, n: int, ok=lambda cells: True) -> list[list]:
    """Every spreading of the printed values over n cells (each a run of >= 1 cells) that `ok` accepts."""
    k = len(printed)
    out = []
    for cuts in itertools.combinations(range(1, n), k - 1):
        bounds = (0, *cuts, n)
        cells = [printed[i] for i in range(k) for _ in range(bounds[i + 1] - bounds[i])]
        if ok(cells):
            out.append(cells)
    return out


def settle(cells: list, ok=lambda cells: True) -> list:
    """Per cell: its value when every reading of the collapsed row agrees, else UNSETTLED."""
    found = readings(runs(cells), len(cells), ok)
    assert cells in found, (cells, found)
    return [col[0] if len(set(col)) == 1 else UNSETTLED for col in zip(*found)]


UNSETTLED = object()


def row_total_ok(cells: list) -> bool:
    return cells[6] == sum(cells[:6])


def t4_ok(cells: list) -> bool:
    return all(cells[i + 4] == sum(cells[i:i + 4]) for i in (0, 5, 10))


# ---------------------------------------------------------------- text pieces


def fmt(v) -> str:
    return "" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))


def signed(v: int) -> str:
    return f"+{v}" if v > 0 else str(v)


def t2_2019_cells(key: str, values: dict) -> list[str]:
    out = []
    for col in T2_2019_COLS[key]:
        v = values[f"{key}.{col}"]
        if v is None:
            out.append("")
        elif col == "items_change":
            out.append(signed(v))
        elif col == "amount":
            out.append(f"{fmt(v)}元")
        else:
            out.append(fmt(v))
    return out


def t2_2019_values(rows: dict[str, list]) -> dict:
    return {f"{k}.{c}": v for k, cells in rows.items() for c, v in zip(T2_2019_COLS[k], cells)}


INTRO_2019 = ("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布{issuer}{year}年政府信息公开工作"
              "年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议"
              "和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。统计期限自{year}年1月1日起至"
              "{year}年12月31日止。如对本报告有疑问，请与{office}联系（电话：{phone}）。")
INTRO_2021 = ("本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的年度报告格式"
              "编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼"
              "情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。统计期限自{year}年1月1日起至{year}年12月31日止。"
              "如对本报告有疑问，请与{office}联系（电话：{phone}）。")


def narrative(county: str, year: int) -> list[str]:
    """Invented prose with no table figure in it (the tables alone carry the values)."""
    return [
        "一、总体情况",
        f"{year}年，{county}坚持以公开促规范、以公开优服务，围绕乡村振兴、营商环境和民生保障等重点领域推进政务公开。",
        f"（一）主动公开。{county}各部门按照公开目录及时发布规划计划、财政资金和重大项目信息，政策文件与解读材料同步发布。",
        "（二）依申请公开。规范受理、登记、审核、答复各环节，疑难申请由法制机构会同承办单位共同研究后答复。",
        "（三）政府信息管理。落实公文公开属性源头认定，信息发布前逐条履行保密审查。",
        "（四）平台建设。优化政府门户网站信息公开专栏，整合乡镇政务公开栏目。",
        "（五）监督保障。将政务公开纳入年度综合考核，组织业务培训并通报检查结果。",
    ]


CLOSING = ["五、存在的主要问题及改进情况",
           "一是部分单位信息更新不够及时；二是政策解读形式较为单一。下一步将完善信息发布协调机制，丰富解读形式，"
           "加强依申请公开答复文书审查。",
           "六、其他需要报告的事项",
           "本年度无其他需要报告的事项。"]


# ---------------------------------------------------------------- one cell per line (2019)


def cells_2019(t2: dict, t3: dict, t4: dict, labels: dict[str, str] | None = None, bar: bool = False) -> list[str]:
    """Tables 二 三 四 of the 2019 template, every cell on its own line (labels too).
    bar: the last cell of each row ends with " |" (as some crawlers store it)."""
    labels = labels or {}
    end = (lambda cells: cells[:-1] + [cells[-1] + " |"]) if bar else (lambda cells: cells)
    out = ["二、主动公开政府信息情况"]
    for heading, header, keys in T2_2019_SECTIONS:
        out += [heading] + header
        for k in keys:
            out += [T2_2019_LABEL[k]] + end(t2_2019_cells(k, t2))
    out += ["三、收到和处理政府信息公开申请情况", T3_NOTE, "申请人情况", "自然人", "法人或其他组织"]
    out += end(["总计"]) + end(T3_COLS)
    last_group = None
    for key, group, label in t3_rows("2019"):
        if key == "requests.granted":
            out.append("三、本年度办理结果")
        if group and group != last_group:
            out.append(group)
        last_group = group
        out += [labels.get(key, label)] + end([fmt(t3[f"{key}|applicant={w}"]) for w in APPLICANTS])
    out += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼"] + T4_LABELS
    out += ["未经复议直接起诉", "复议后起诉"] + T4_LABELS + T4_LABELS
    out += end([fmt(t4[i]) for i in T4_IDS])
    return out


def header_2019(title: str, published: str, county: str, year: int, office: str, phone: str) -> list[str]:
    return [title, f"发布日期：{published}　　来源：{office}　　【打印】【关闭】",
            INTRO_2019.format(issuer=county + "人民政府", year=year, office=office, phone=phone)]


# ---------------------------------------------------------------- fixtures


def write(name: str, text: str, expected: dict) -> None:
    (OUT / name).write_text(text, encoding="utf-8")
    stem = name.rsplit(".", 1)[0]
    (OUT / f"{stem}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")


def meta(title: str, year: int, template: str, published: str, note: str) -> dict:
    return {"title": title, "year": year, "template": template, "published": published, "note": note}


# 1 ------------------------------------------------------------------------------------------


def td(v) -> str:
    return f"<td>{fmt(v)}</td>"


def fixture_html_blank_cells() -> None:
    county, year = "青禾县", 2021
    issuer = county + "人民政府"
    title = f"{issuer}{year}年政府信息公开工作年度报告"
    published = "2022-01-24"
    t4 = t4_values({"review": [5, 0, 2, 1], "litigation.direct": [0, 0, 0, 0], "litigation.after_review": [3, 4, 0, 0]})
    nums = Numbers(101, avoid=t4.values())
    all_zero = {k: "000000" for k in ("requests.denied.state_secret", "requests.denied.security_stability",
                                      "requests.denied.admin_query", "requests.not_processed.publication",
                                      "requests.other.fee_unpaid")}
    zero = dict(all_zero, **{
        "requests.carried_over": "110010", "requests.partially_granted": "110010",
        "requests.denied.prohibited_by_law": "100000", "requests.denied.third_party": "110000",
        "requests.denied.internal_affairs": "100001", "requests.denied.process_info": "110000",
        "requests.denied.enforcement_file": "100100", "requests.unable.needs_creation": "101000",
        "requests.unable.unclear": "100000", "requests.not_processed.petition": "100000",
        "requests.not_processed.duplicate": "110000", "requests.not_processed.excessive": "100000",
        "requests.not_processed.confirmation": "100000", "requests.other.no_correction": "110000",
        "requests.other.misc": "100100", "requests.carried_forward": "111101"})
    t3 = random_t3(nums, "2021", zero, hi=260)
    # the publisher also left two 总计 cells blank although the row has figures
    blank_totals = {("requests.carried_over", 6), ("requests.denied.process_info", 6)}
    values3 = t3_values(t3, blank_totals, null_zero=True)
    t2 = {"disclosure.regulations.issued": None, "disclosure.regulations.repealed": None,
          "disclosure.regulations.in_force": None, "disclosure.normative_docs.issued": 6,
          "disclosure.normative_docs.repealed": None, "disclosure.normative_docs.in_force": 47,
          "disclosure.licensing.decisions": 3128, "disclosure.penalty.decisions": 905,
          "disclosure.coercion.decisions": None}
    fee = "12.7"
    t4 = {k: (v or None) for k, v in t4.items()}

    h = []
    h.append('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">')
    h.append(f"<title>{title}</title>\n</head>\n<body>")
    h.append(f'<div class="nav"><a href="/">{issuer}门户网站</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
             '<a href="/zwgk/ndbg/">年度报告</a></div>')
    h.append(f'<div class="article">\n<h1>{title}</h1>')
    h.append(f'<div class="meta">发布日期：{published}　来源：{county}人民政府办公室　浏览次数：<span id="hits"></span></div>')
    h.append('<div class="body">')
    office = f"{county}人民政府办公室"
    h.append(f"<p>{INTRO_2021.format(year=year, office=office, phone='0000-6213457')}</p>")
    for line in narrative(county, year):
        h.append(f"<p>{line}</p>")
    h.append("<p><strong>二、主动公开政府信息情况</strong></p>")
    h.append('<table border="1" cellspacing="0">')
    h.append('<tr><td colspan="4">第二十条第（一）项</td></tr>')
    h.append("<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>")
    for key, label in (("disclosure.regulations", "规章"), ("disclosure.normative_docs", "行政规范性文件")):
        h.append(f"<tr><td>{label}</td>" + "".join(td(t2[f'{key}.{c}']) for c in ("issued", "repealed", "in_force"))
                 + "</tr>")
    for heading, header, rows in (("第二十条第（五）项", "本年处理决定数量", [("行政许可", "licensing")]),
                                  ("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "penalty"), ("行政强制", "coercion")]),
                                  ("第二十条第（八）项", "本年收费金额（单位：万元）", [("行政事业性收费", None)])):
        h.append(f'<tr><td colspan="4">{heading}</td></tr>')
        h.append(f'<tr><td>信息内容</td><td colspan="3">{header}</td></tr>')
        for label, key in rows:
            cell = fee if key is None else fmt(t2[f"disclosure.{key}.decisions"])
            h.append(f'<tr><td>{label}</td><td colspan="3">{cell}</td></tr>')
    h.append("</table>")
    h.append("<p><strong>三、收到和处理政府信息公开申请情况</strong></p>")
    h.append('<table border="1" cellspacing="0">')
    h.append(f'<tr><td colspan="3" rowspan="3">{T3_NOTE}</td><td colspan="7">申请人情况</td></tr>')
    h.append('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
    h.append("<tr>" + "".join(f"<td>{c}</td>" for c in T3_COLS) + "</tr>")
    order = t3_rows("2021")
    group_size = {}
    for _k, g, _l in order:
        if g:
            group_size[g] = group_size.get(g, 0) + 1
    seen = set()
    for key, group, label in order:
        cells = "".join(td(values3[f"{key}|applicant={w}"]) for w in APPLICANTS)
        lead = ""
        if key == "requests.granted":
            lead += f'<td rowspan="{len(order) - 3}">三、本年度办理结果</td>'
        if group:
            if group not in seen:
                lead += f'<td rowspan="{group_size[group]}">{group}</td>'
                seen.add(group)
            lead += f"<td>{label}</td>"
        elif key in ("requests.new", "requests.carried_over", "requests.carried_forward"):
            lead += f'<td colspan="3">{label}</td>'
        else:
            lead += f'<td colspan="2">{label}</td>'
        h.append(f"<tr>{lead}{cells}</tr>")
    h.append("</table>")
    h.append("<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>")
    h.append('<table border="1" cellspacing="0">')
    h.append('<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>')
    h.append("<tr>" + "".join(f'<td rowspan="2">{x}</td>' for x in T4_LABELS)
             + '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>')
    h.append("<tr>" + "".join(f"<td>{x}</td>" for x in T4_LABELS * 2) + "</tr>")
    h.append("<tr>" + "".join(td(t4[i]) for i in T4_IDS) + "</tr>")
    h.append("</table>")
    for i, line in enumerate(CLOSING):
        h.append(f"<p><strong>{line}</strong></p>" if i % 2 == 0 else f"<p>{line}</p>")
    h.append(f'<p style="text-align:right">{office}</p>\n<p style="text-align:right">2022年1月24日</p>')
    h.append('</div>\n</div>\n<div class="foot">主办：青禾县人民政府办公室　网站标识码：0000000000</div>')
    h.append('<script>document.getElementById("hits").innerText = "1";</script>\n</body>\n</html>\n')

    values = dict(t2)
    values["disclosure.fees.amount"] = 127000
    values.update(values3)
    values.update(t4)
    exp = meta(title, year, "2021", published,
               "2021 template web page whose publisher left every zero cell blank (<td></td>): five outcome rows "
               "entirely blank (state_secret, security_stability, admin_query, publication, fee_unpaid), zero "
               "cells of other rows blank, table 二 规章 row and two other cells blank, table 四 zeros blank "
               "(litigation.direct entirely blank, its 总计 too). Two 总计 cells are blank although their rows "
               "have figures: 二、上年结转 and （三）6.属于四类过程性信息. Every blank is a null record, no row "
               "dropped, no 0 guessed. Blank counts as 0 in the checks: R1|total fails (carried_over total "
               "blank), R2|total and R3 of process_info fail; the per-applicant identities pass.")
    exp["values"] = values
    exp["checks"] = {"R1|applicant=total": "fail", "R2|applicant=total": "fail",
                     "R3|key=requests.denied.process_info": "fail", "R1|applicant=natural_person": "pass",
                     "R1|applicant=commercial": "pass", "R2|applicant=natural_person": "pass",
                     "R2|applicant=legal_service": "pass", "R4|group=review": "pass",
                     "R4|group=after_review": "pass"}
    write("html_blank_cells_2021.html", "\n".join(h), exp)


# 2 ------------------------------------------------------------------------------------------


def wrapped(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def fixture_pipe_blank_total() -> None:
    county, year = "石塘县", 2019
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2020-01-21"
    t4 = t4_values({"review": [8, 3, 1, 2], "litigation.direct": [6, 4, 0, 5], "litigation.after_review": [9, 0, 0, 0]})
    nums = Numbers(202, avoid=t4.values())
    zero = {"requests.carried_over": "110001", "requests.denied.state_secret": "100000",
            "requests.denied.security_stability": "110000", "requests.denied.internal_affairs": "100100",
            "requests.unable.unclear": "110000", "requests.not_processed.publication": "100000",
            "requests.not_processed.confirmation": "101000", "requests.carried_forward": "101110"}
    t3 = random_t3(nums, "2019", zero, hi=240)
    # zero cells of these rows are printed blank (the others print 0); two rows lose their 总计
    blank_zero_rows = {"requests.denied.security_stability", "requests.unable.unclear", "requests.carried_forward",
                       "requests.not_processed.confirmation"}
    blank = {(k, j) for k in blank_zero_rows for j in range(6) if t3[k][j] == 0}
    blank |= {("requests.unable.unclear", 6), ("requests.carried_forward", 6)}
    values3 = t3_values(t3, blank)
    t2rows = {"disclosure.regulations": [2, 1, 14], "disclosure.normative_docs": [23, 19, 176],
              "disclosure.licensing": [341, 7, 12864], "disclosure.other_services": [58, -3, 2417],
              "disclosure.penalty": [1093, 11, 3350], "disclosure.coercion": [26, None, 87],
              "disclosure.fees": [9, None], "disclosure.procurement": [35, 4718250]}
    t2 = t2_2019_values(t2rows)
    blank4 = {"litigation.direct.other", "litigation.after_review.corrected", "litigation.after_review.other"}
    t4 = {k: (None if k in blank4 else v) for k, v in t4.items()}

    office = f"{county}人民政府办公室"
    lines = [title, "", f"来源：{office}　发布时间：{published} 09:40", "",
             INTRO_2019.format(issuer=county + "人民政府", year=year, office=office, phone="0000-5378160"), ""]
    lines += [x for p in narrative(county, year) for x in (p, "")]
    lines += ["二、主动公开政府信息情况", ""]
    first = True
    for heading, header, keys in T2_2019_SECTIONS:
        lines.append(pipe([heading, "", "", ""]))
        if first:
            lines.append("|---|---|---|---|")
            first = False
        lines.append(pipe(header + [""] * (4 - len(header))))
        for k in keys:
            cells = t2_2019_cells(k, t2)
            lines.append(pipe([T2_2019_LABEL[k]] + cells + [""] * (3 - len(cells))))
    lines += ["", "三、收到和处理政府信息公开申请情况", ""]
    lines.append(pipe([T3_NOTE, "", "", "申请人情况"] + [""] * 6))
    lines.append("|---|---|---|---|---|---|---|---|---|---|")
    lines.append(pipe(["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"]))
    lines.append(pipe(["", "", "", ""] + T3_COLS + [""]))
    last_group = None
    for key, group, label in t3_rows("2019"):
        if key == "requests.granted":
            lead = ["三、本年度办理结果", label, ""]
        elif group:
            lead = ["", group if group != last_group else "", label]
        elif key in ("requests.partially_granted", "requests.other", "requests.answered"):
            lead = ["", label, ""]
        else:
            lead = [label, "", ""]
        last_group = group
        lines.append(pipe(lead + [fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS]))
    lines += ["", "四、政府信息公开行政复议、行政诉讼情况", ""]
    lines.append(pipe(["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9))
    lines.append("|" + "---|" * 15)
    lines.append(pipe(T4_LABELS + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]))
    lines.append(pipe([""] * 5 + T4_LABELS * 2))
    lines.append(pipe([fmt(t4[i]) for i in T4_IDS]))
    lines += [""] + [x for p in CLOSING for x in (p, "")]
    exp = meta(title, year, "2019", published,
               "2019 template as pipe rows (table 三 in the 10-column grid: three label columns, then the seven "
               "value cells). Some cells are empty between pipes (|  |): the zero cells of four rows, the 总计 "
               "(last cell) of （四）3.补正后申请内容仍不明确 and of 四、结转下年度继续办理, table 二 行政强制 and "
               "行政事业性收费 本年增/减, three table 四 cells. Read by position: an empty cell is null, the cells "
               "after it keep their columns. R1|total fails only because the blank carried_forward 总计 counts as 0.")
    exp["values"] = dict(t2, **values3, **t4)
    exp["checks"] = {"R1|applicant=total": "fail", "R1|applicant=natural_person": "pass",
                     "R1|applicant=other_org": "pass", "R2|applicant=commercial": "pass",
                     "R2|applicant=total": "fail", "R4|group=review": "pass", "R4|group=direct": "pass"}
    write("pipe_blank_total_2019.txt", "\n".join(lines), exp)


# 3 ------------------------------------------------------------------------------------------


def fixture_collapsed_2019() -> None:
    county, year = "榆岭县", 2020
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2021-01-19"
    z = [0] * 6
    outcomes = {
        "requests.granted": [23, 5, 0, 0, 0, 0],            # 23 5 0 28
        "requests.partially_granted": [7, 0, 0, 0, 0, 0],   # 7 0 7
        "requests.denied.state_secret": z,                  # 0
        "requests.denied.prohibited_by_law": z,
        "requests.denied.security_stability": z,
        "requests.denied.third_party": [4, 2, 0, 0, 0, 0],   # 4 2 0 6
        "requests.denied.internal_affairs": z,
        "requests.denied.process_info": [9, 0, 0, 0, 0, 29],  # 9 0 29 38
        "requests.denied.enforcement_file": z,
        "requests.denied.admin_query": [11, 0, 0, 0, 0, 0],  # 11 0 11
        "requests.unable.not_held": [31, 8, 14, 0, 1, 3],    # seven printed values
        "requests.unable.needs_creation": [0, 12, 12, 0, 0, 0],  # 0 12 0 24: where the 12s sit is open
        "requests.unable.unclear": [15, 0, 0, 0, 0, 0],
        "requests.not_processed.petition": [16, 0, 0, 0, 0, 0],
        "requests.not_processed.duplicate": z,
        "requests.not_processed.publication": z,
        "requests.not_processed.excessive": [20, 0, 0, 0, 0, 0],
        "requests.not_processed.confirmation": z,
        "requests.other": [13, 0, 0, 0, 36, 21],            # 13 0 36 21 70
    }
    order = t3_rows("2019")
    t3 = complete_t3(outcomes, z, [17, 35, 19, 0, 39, 41], order)   # carried_over all 0: one printed 0
    t2rows = {"disclosure.regulations": [0, 0, 0], "disclosure.normative_docs": [64, 64, 273],
              "disclosure.licensing": [212, 0, 0], "disclosure.other_services": [47, -2, 318],
              "disclosure.penalty": [134, 25, 1275], "disclosure.coercion": [48, 0, 52],
              "disclosure.fees": [0, 0], "disclosure.procurement": [18, 1835200]}
    t4 = t4_values({g: [0, 0, 0, 0] for g in T4_GROUPS})

    values, unresolved = {}, []

    def take(ids, cells, ok):
        for vid, v, s in zip(ids, cells, settle(cells, ok)):
            if s is UNSETTLED:
                unresolved.append(vid)
            else:
                assert s == v
                values[vid] = v
    for k, cells in t2rows.items():
        take([f"{k}.{c}" for c in T2_2019_COLS[k]], cells, lambda c: True)
    for k, cells in t3.items():
        take([f"{k}|applicant={w}" for w in APPLICANTS], cells, row_total_ok)
    take(T4_IDS, [t4[i] for i in T4_IDS], t4_ok)

    office = f"{county}人民政府办公室"
    lines = header_2019(title, published, county, year, office, "0000-3152694") + narrative(county, year)
    lines += cells_2019(t2_2019_values(t2rows), t3_values(t3), t4) + CLOSING + [office, "2021年1月19日"]
    full = "\n".join(lines)
    text = collapse(full)
    dropped = sum(len(c) - len(runs(c)) for c in list(t2rows.values()) + list(t3.values())) + 14
    assert full.count("\n") - text.count("\n") == dropped, "a line outside the tables collapsed too"
    exp = meta(title, year, "2019", published,
               "2019 template as crawler text, one cell per line, where every line equal to the line before it was "
               "dropped (tools/make_damage_fixtures.py collapse()): 7|0|0|0|0|0|7 prints 7 0 7, an all-zero row one "
               "0, table 四 (all 0) a single 0, table 二 0|0|0 one 0. Settled cells (listed) are those on which "
               "every reading agrees, a reading being a spreading of the printed values as runs over the row's "
               "cells that satisfies the row's identity: table 三 row total = sum of the six applicants only "
               "(conservative: R1/R2 across rows not used), table 四 R4 per group, table 二 none. Unresolved: "
               "table 二 rows printing two values for three cells (规范性文件 64 273 is 64|64|273 or 64|273|273; 行政许可 "
               "212 0), and （四）2.没有现成信息需要另行制作 printed 0 12 0 24 (the two 12s may sit in any two "
               "adjacent applicant columns after the first; R2 down the columns would settle it, the row alone "
               "does not).")
    exp["values"] = values
    exp["unresolved"] = unresolved
    exp["checks"] = {"R1|applicant=total": "pass", "R4|group=review": "pass"}
    write("collapsed_2019.txt", text + "\n", exp)


# 4 ------------------------------------------------------------------------------------------

LEGACY_INTRO = ("本报告依据《中华人民共和国政府信息公开条例》编制，由概述、主动公开政府信息情况、依申请公开政府信息"
                "情况、行政复议和行政诉讼情况、存在的问题和改进措施及附表组成。报告所列数据的统计期限为{year}年1月1日至"
                "{year}年12月31日。对本报告如有疑问，请与{office}联系（电话：{phone}）。")


def legacy_prose(county: str, year: int) -> list[str]:
    return ["一、概述",
            f"{year}年，{county}把政府信息公开纳入年度工作要点，健全工作机构，落实专人负责，信息公开平台运行平稳。",
            "二、主动公开政府信息情况",
            "各单位重点公开财政预决算、征地补偿、社会救助和重大项目信息，公开数量详见附表。",
            "三、依申请公开情况",
            "申请主要涉及土地征收、房屋登记和社会保障，均在法定期限内答复，数量详见附表。",
            "四、行政复议和行政诉讼情况",
            "因政府信息公开引发的行政复议、行政诉讼及申诉举报情况详见附表。",
            "五、存在的问题和改进措施",
            "个别单位信息更新不及时，下一步将加强督查通报，完善答复文书范本。"]


# (label, unit, this year, cumulative); the legacy vocabulary keys the rows
LEGACY_KEYS = {
    "主动公开政府信息数": "disclosure.total", "其中：政府网站公开数": "disclosure.via_website",
    "政府公报公开数": "disclosure.via_gazette", "受理政府信息公开申请总数": "requests.new|applicant=total",
    "其中：当面申请数": "requests.by_channel.in_person|applicant=total",
    "当面申请数": "requests.by_channel.in_person|applicant=total",
    "网上申请数": "requests.by_channel.online|applicant=total",
    "信函申请数": "requests.by_channel.letter|applicant=total", "传真申请数": "requests.by_channel.fax|applicant=total",
    "对申请的答复总数": "requests.answered|applicant=total",
    "其中：同意公开答复数": "requests.granted|applicant=total",
    "同意部分公开答复数": "requests.partially_granted|applicant=total",
    "不予公开答复数": "requests.denied|applicant=total", "其他类型答复数": "requests.reply.other|applicant=total",
    "行政复议数": "review.total", "行政诉讼数": "litigation.total", "接受行政申诉、举报数": "complaints.total",
}


def legacy_values(rows, keys=None) -> dict:
    """value id -> value per row, keyed by label; keys overrides by row index (None: the row has no key)."""
    out = {}
    for i, (label, _unit, y, c) in enumerate(rows):
        vid = keys[i] if keys and i in keys else LEGACY_KEYS.get(label)
        if vid is None:
            continue
        out[vid] = y
        out[vid + "|period=cumulative"] = c
    return out


def legacy_table(rows, header=("指标名称", "单位", "本年度", "历年累计"), number=False) -> list[str]:
    out = list(header)
    for i, (label, unit, y, c) in enumerate(rows, 1):
        out.append(f"{i}{label}" if number else label)
        if unit:
            out.append(unit)
        out += [fmt(y), fmt(c)]
    return out


def fixture_collapsed_legacy() -> None:
    county, year = "柳汀县", 2013
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2014-03-10"
    rows = [("主动公开政府信息数", "条", 1264, 5871), ("其中：政府网站公开数", "", 1190, 5302),
            ("政府公报公开数", "", 46, 46),
            ("受理政府信息公开申请总数", "件", 38, 152), ("其中：当面申请数", "", 12, 87),
            ("网上申请数", "", 17, 17), ("信函申请数", "", 9, 48), ("传真申请数", "", 0, 0),
            ("对申请的答复总数", "件", 36, 147), ("其中：同意公开答复数", "", 21, 93),
            ("同意部分公开答复数", "", 5, 25), ("不予公开答复数", "", 3, 13), ("其他类型答复数", "", 7, 16),
            ("行政复议数", "件", 2, 2), ("行政诉讼数", "件", 0, 0), ("接受行政申诉、举报数", "件", 4, 19)]
    for _label, _unit, y, c in rows:       # two cells, no identity: "x" is x|x, "a b" is a|b: all settled
        assert UNSETTLED not in settle([y, c])
    values = legacy_values(rows)
    office = f"{county}人民政府办公室"
    lines = [title, f"发布时间：{published} 10:05", LEGACY_INTRO.format(year=year, office=office, phone="0000-4471920")]
    lines += legacy_prose(county, year) + ["六、附表", f"{county}{year}年政府信息公开工作情况统计表"]
    lines += legacy_table(rows, header=("指标名称", "单位", f"{year}年度", "历年累计"))
    full = "\n".join(lines)
    text = collapse(full)
    assert full.count("\n") - text.count("\n") == sum(1 for r in rows if r[2] == r[3])
    exp = meta(title, year, "legacy", published,
               "Legacy 附表 (本年度 / 历年累计), one cell per line, no blank lines, collapsed by a crawler that "
               "dropped every line equal to the line before it: 0|0 rows (传真申请数, 行政诉讼数) print one 0, "
               "46|46 (政府公报公开数, first year of the gazette), 17|17 (网上申请数, opened this year) and 2|2 "
               "(行政复议数) print one value. Two cells and no identity: one printed value is x|x, two are a|b; "
               "every row is settled. Channels and replies add up in both columns.")
    exp["values"] = values
    exp["checks"] = {"legacy_channels|period=year": "pass", "legacy_channels|period=cumulative": "pass",
                     "legacy_replies|period=year": "pass", "legacy_replies|period=cumulative": "pass"}
    write("collapsed_legacy.txt", text + "\n", exp)


# 5 ------------------------------------------------------------------------------------------


def fixture_fragmented_md() -> None:
    county, year = "澄湖县", 2022
    issuer = county + "人民政府"
    title = f"{issuer}{year}年政府信息公开工作年度报告"
    published = "2023-01-30"
    t4 = t4_values({"review": [11, 4, 2, 6], "litigation.direct": [7, 1, 3, 9], "litigation.after_review": [5, 13, 10, 12]})
    nums = Numbers(505, avoid=t4.values())
    t3 = random_t3(nums, "2021", hi=380)
    values3 = t3_values(t3)
    t2 = {"disclosure.regulations.issued": 3, "disclosure.regulations.repealed": 1, "disclosure.regulations.in_force": 17,
          "disclosure.normative_docs.issued": 21, "disclosure.normative_docs.repealed": 8,
          "disclosure.normative_docs.in_force": 164, "disclosure.licensing.decisions": 4372,
          "disclosure.penalty.decisions": 1288, "disclosure.coercion.decisions": 59,
          "disclosure.fees.amount": 463000}
    def vals(key):
        return pipe([fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS])

    def lab(key, *labels):
        return pipe(list(labels) + [fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS])

    def sep(n):
        return "|" + "---|" * n
    office = f"{county}人民政府办公室"
    L = [title, ""]
    L += ["根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与", "政务公开办公室印发的年度报告格式要求，编制本报告。报告全文由",
          "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、", "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、",
          "其他需要报告的事项六部分组成。", f"发布日期：{published}", ""]
    L += [x for p in narrative(county, year) for x in (p,)] + [""]
    L += ["二、主动公开政府信息情况", "第二十条第（一）项", "### 主动公开情况表",
          pipe(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]), sep(4),
          pipe(["规章", "3", "1", "17"]), pipe(["行政规范性文件", "21", "8", "164"]), "",
          "第二十条第（五）项", "信息内容本年处理决定数量", "行政许可 4372",
          "第二十条第（六）项", "信息内容本年处理决定数量", "行政处罚 1288", "行政强制 59",
          "第二十条第（八）项", "信息内容本年收费金额（单位：万元）", "行政事业性收费 46.3", ""]
    label = {k: lbl for k, _g, lbl in t3_rows("2021")}

    def loose(key, group=None):
        """A bare row's label as the converter left it: wrapped every 9 characters, a group heading
        (wrapped every 3) fused line by line onto the front."""
        lines = wrapped(label[key], 9)
        if group:
            heading = wrapped(group, 3)
            n = max(len(heading), len(lines))
            lines = [a + b for a, b in zip(heading + [""] * (n - len(heading)), lines + [""] * (n - len(lines)))]
        return lines
    note = wrapped(T3_NOTE, 14)
    L += ["三、收到和处理政府信息公开申请情况", "申请人情况", note[0] + "法人或其他组织", *note[1:], "自然人 总计",
          "".join(c[:2] for c in T3_COLS), "### 依申请公开情况表", pipe([c[2:] for c in T3_COLS] + ["", "", ""]), sep(8)]
    # fragment 1: new, carried_over, granted labelled; partially_granted bare (its label is loose below)
    L += [lab("requests.new", label["requests.new"]), lab("requests.carried_over", label["requests.carried_over"]),
          lab("requests.granted", "三、", label["requests.granted"]), vals("requests.partially_granted"), sep(7), ""]
    L += loose("requests.partially_granted", "三、本年度办理结果") + loose("requests.denied.prohibited_by_law")
    # fragment 2: state_secret labelled, prohibited_by_law bare, security_stability and third_party labelled
    L += [lab("requests.denied.state_secret", label["requests.denied.state_secret"]), sep(8),
          vals("requests.denied.prohibited_by_law"), sep(7),
          lab("requests.denied.security_stability", label["requests.denied.security_stability"]), sep(8),
          lab("requests.denied.third_party", label["requests.denied.third_party"]), ""]
    # fragment 3: internal_affairs bare (its label fused with the group heading （三）), process_info and
    # enforcement_file labelled
    L += loose("requests.denied.internal_affairs", "（三）不予公开")
    L += [vals("requests.denied.internal_affairs"), sep(7),
          lab("requests.denied.process_info", label["requests.denied.process_info"]), sep(8),
          lab("requests.denied.enforcement_file", label["requests.denied.enforcement_file"]), ""]
    # fragment 4: admin_query, not_held, needs_creation, unclear bare (labels loose, wrapped, fused)
    L += [label["requests.denied.admin_query"]] + loose("requests.unable.not_held", "（四）无法提供")
    L += [vals("requests.denied.admin_query"), sep(7), vals("requests.unable.not_held"), sep(7), ""]
    L += loose("requests.unable.needs_creation") + loose("requests.unable.unclear")
    L += [vals("requests.unable.needs_creation"), sep(7), vals("requests.unable.unclear"), sep(7)]
    # fragment 5: petition, duplicate, publication labelled; excessive, confirmation, no_correction bare
    L += [lab("requests.not_processed.petition", label["requests.not_processed.petition"]), sep(8),
          lab("requests.not_processed.duplicate", label["requests.not_processed.duplicate"]),
          lab("requests.not_processed.publication", label["requests.not_processed.publication"]), ""]
    L += (loose("requests.not_processed.excessive", "（五）不予处理") + loose("requests.not_processed.confirmation")
          + loose("requests.other.no_correction", "（六）其他处理"))
    L += [vals("requests.not_processed.excessive"), sep(7), vals("requests.not_processed.confirmation"), sep(7),
          vals("requests.other.no_correction"), sep(7), ""]
    # fragment 6: fee_unpaid bare, misc, answered, carried_forward labelled
    L += loose("requests.other.fee_unpaid")
    L += [vals("requests.other.fee_unpaid"), sep(7), lab("requests.other.misc", label["requests.other.misc"]), sep(8),
          lab("requests.answered", label["requests.answered"]),
          lab("requests.carried_forward", label["requests.carried_forward"]), ""]
    L += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "".join(T4_LABELS), "未经复议直接起诉 复议后起诉",
          pipe([x[-2:] for x in T4_LABELS] * 2), sep(10), pipe([fmt(t4[i]) for i in T4_IDS]), sep(15), ""]
    L += CLOSING + ["", office]
    labelled = {"requests.new", "requests.carried_over", "requests.granted", "requests.denied.state_secret",
                "requests.denied.security_stability", "requests.denied.third_party", "requests.denied.process_info",
                "requests.denied.enforcement_file", "requests.not_processed.petition", "requests.not_processed.duplicate",
                "requests.not_processed.publication", "requests.other.misc", "requests.answered",
                "requests.carried_forward"}
    text = "\n".join(L) + "\n"
    # the unlabelled rows are assignable by template order: check the fixture keeps the value rows in that order
    rows_in_text = [line for line in L if line.startswith("| ") and line.count("|") >= 8
                    and not line.startswith("| 企业") and not line.startswith("| 维持")][:-1]
    assert len(rows_in_text) == len(t3_rows("2021")), len(rows_in_text)
    for (key, _g, _l), line in zip(t3_rows("2021"), rows_in_text):
        assert line.endswith(vals(key)[1:]) and ((key in labelled) == (line != vals(key))), key
    exp = meta(title, year, "2021", published,
               "2021 report as markdown converted from a PDF: table 二 (一) a pipe table, (五)(六)(八) plain lines "
               "'行政许可 4372'; fee 46.3 万元 = 463000 元. Table 三 cut into six pipe fragments with |---| lines; "
               "14 value rows carry their label in the first cell (三、 and （一）予以公开 in two cells), 11 are bare pipe "
               "rows of the seven numbers whose labels fell out as loose text lines near their fragment, wrapped "
               "every 9 characters, some with the group heading (wrapped every 3) fused line by line onto their "
               "front (（三）5.属于三类内部事 / 不予公务信息 / 开). The value rows keep template order: between "
               "two labelled rows there are exactly as many bare rows as template rows without a labelled row, so "
               "every bare row is assigned by position. Table 四's header is mangled but its 15 values are one "
               "pipe row. All cells distinct and non-zero.")
    exp["values"] = dict(t2, **values3, **t4)
    exp["checks"] = {"R1|applicant=total": "pass", "R2|applicant=research": "pass", "R2|applicant=total": "pass",
                     "R4|group=after_review": "pass"}
    write("fragmented_2021.md", text, exp)


# 6 ------------------------------------------------------------------------------------------


def fixture_numbering_fused_legacy() -> None:
    county, year = "苇川县", 2011
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2012-03-28"
    rows = [("主动公开政府信息数", "条", 2318, 9475), ("其中：政府网站公开数", "", 2046, 8130),
            ("政府公报公开数", "", 64, 392), ("受理政府信息公开申请总数", "件", 57, 263),
            ("其中：当面申请数", "", 18, 97), ("网上申请数", "", 26, 104), ("信函申请数", "", 13, 62),
            ("对申请的答复总数", "件", 51, 248), ("其中：同意公开答复数", "", 34, 171),
            ("同意公开答复数", "", 8, 39),   # misprint: stands where 同意部分公开答复数 belongs
            ("不予公开答复数", "", 0, 6), ("其他类型答复数", "", 9, 32),
            ("行政复议数", "件", 1, 5), ("行政诉讼数", "件", 0, 3), ("接受行政申诉、举报数", "件", 11, 47)]
    values = legacy_values(rows, keys={9: "requests.partially_granted|applicant=total"})
    office = f"{county}人民政府办公室"
    lines = [title, f"时间：{published} 16:20", LEGACY_INTRO.format(year=year, office=office, phone="0000-2290813")]
    lines += legacy_prose(county, year) + ["六、附表", f"{county}{year}年政府信息公开情况统计表"]
    lines += legacy_table(rows, header=("序号", "统计指标", "单位", "本年度", "累计"), number=True)
    exp = meta(title, year, "legacy", published,
               "Legacy 统计表 one cell per line whose 序号 column was fused by the crawler onto each label line "
               "(…\\n0\\n6\\n12其他类型答复数: row number 12 glued to the label); the fused numbers 1-15 are never "
               "values (13行政复议数 follows a row whose 本年度 is 13). Row 10 is printed 同意公开答复数 a second "
               "time where the template has 同意部分公开答复数 (between 同意公开 and 不予公开): read by position as "
               "requests.partially_granted, with a warning naming the label; the replies then add up "
               "(34+8+0+9 = 51, 171+39+6+32 = 248).")
    exp["values"] = values
    exp["warnings_contain"] = ["同意公开答复数"]
    exp["checks"] = {"legacy_replies|period=year": "pass", "legacy_replies|period=cumulative": "pass",
                     "legacy_channels|period=year": "pass"}
    write("numbering_fused_legacy.txt", "\n".join(lines) + "\n", exp)


# 7 ------------------------------------------------------------------------------------------


def fixture_label_variants() -> None:
    county, year = "砚溪县", 2019
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2020-01-17"
    t4 = t4_values({"review": [6, 2, 3, 1], "litigation.direct": [4, 5, 8, 2], "litigation.after_review": [9, 7, 10, 13]})
    nums = Numbers(707, avoid=t4.values())
    t3 = random_t3(nums, "2019", hi=320)
    values3 = t3_values(t3)
    t2rows = {"disclosure.regulations": [4, 3, 27], "disclosure.normative_docs": [16, 15, 143],
              "disclosure.licensing": [287, 12, 7735], "disclosure.other_services": [66, -5, 1904],
              "disclosure.penalty": [958, 21, 2781], "disclosure.coercion": [38, -1, 109],
              "disclosure.fees": [11, -2], "disclosure.procurement": [42, 3960480]}
    t2 = t2_2019_values(t2rows)
    misprints = {"requests.denied.prohibited_by_law": "2.其他法律行政法规禁上公开",
                 "requests.denied.third_party": "4.保护第三方合发权益",
                 "requests.denied.process_info": "6.属于四类过程信息",
                 "requests.unable.not_held": "1.本机关不掌握相关政府信",
                 "requests.not_processed.confirmation": "5.要求行政机关确认或重新出具已获信息"}
    office = f"{county}人民政府办公室"
    lines = header_2019(title, published, county, year, office, "0000-7724105") + narrative(county, year)
    lines += cells_2019(t2, values3, t4, labels=misprints, bar=True) + CLOSING + [office, "2020年1月17日"]
    exp = meta(title, year, "2019", published,
               "2019 template, one cell per line (last cell of a row ends ' |'), clean except five misprinted long "
               "row labels of table 三 (one wrong or missing character each): 禁止→禁上, 合法→合发, 过程性→过程 "
               "(missing 性), 政府信息→政府信 (missing 息), 已获取→已获 (missing 取). A fuzzy match of long labels "
               "reads them; short labels are printed correctly. All cells distinct and non-zero.")
    exp["values"] = dict(t2, **values3, **t4)
    exp["checks"] = {"R1|applicant=total": "pass", "R2|applicant=total": "pass", "R2|applicant=commercial": "pass"}
    write("label_variants_2019.txt", "\n".join(lines) + "\n", exp)


# 8 ------------------------------------------------------------------------------------------


def fixture_legacy_short_subrows() -> None:
    county, year = "岚峪县", 2010
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2011-03-15"
    rows = [("主动公开政府信息数", "条", 1587, 6342), ("其中：1.政府公报", "条", 73, 418),
            ("2.政府网站", "条", 1402, 5516), ("新闻发布会", "次", 6, 29),
            ("受理政府信息公开申请总数", "件", 44, 181), ("其中：当面申请数", "件", 15, 58),
            ("网上申请数", "件", 21, 92), ("信函申请数", "件", 8, 31),
            ("对申请的答复总数", "件", 42, 171), ("其中：同意公开答复数", "件", 27, 118),
            ("同意部分公开答复数", "件", 5, 23), ("不予公开答复数", "件", 3, 12), ("其他类型答复数", "件", 7, 18),
            ("行政复议数", "件", 2, 9), ("行政诉讼数", "件", 1, 4), ("接受行政申诉、举报数", "件", 10, 33)]
    values = legacy_values(rows, keys={1: "disclosure.via_gazette", 2: "disclosure.via_website", 3: None})
    office = f"{county}人民政府办公室"
    lines = [title, f"发布日期：{published}", LEGACY_INTRO.format(year=year, office=office, phone="0000-6650372")]
    lines += legacy_prose(county, year) + ["六、附表", f"{county}{year}年度政府信息公开工作统计表"]
    lines += legacy_table(rows, header=("统计指标", "单位", "本年度", "累计"))
    exp = meta(title, year, "legacy", published,
               "Legacy 统计表 one cell per line, every row with a unit cell. The sub-rows of 主动公开政府信息数 use "
               "the oldest short forms 其中：1.政府公报 and 2.政府网站 (gazette first). An extra row 新闻发布会 (次, "
               "6 / 29) has no key in the vocabulary: it must produce no value and must not shift the rows after it.")
    exp["values"] = values
    exp["checks"] = {"legacy_channels|period=year": "pass", "legacy_channels|period=cumulative": "pass",
                     "legacy_replies|period=year": "pass"}
    write("legacy_short_subrows.txt", "\n".join(lines) + "\n", exp)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    fixture_html_blank_cells()
    fixture_pipe_blank_total()
    fixture_collapsed_2019()
    fixture_collapsed_legacy()
    fixture_fragmented_md()
    fixture_numbering_fused_legacy()
    fixture_label_variants()
    fixture_legacy_short_subrows()


if __name__ == "__main__":
    main()
