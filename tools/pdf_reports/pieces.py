"""The invented numbers and the printed pieces of a report (tables 二, 三, 四, the prose, expected.json)."""
from __future__ import annotations

from pathlib import Path


from damage.data import Numbers

from .writer import C, Writer

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "pdf"
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org")


# ---------------------------------------------------------------- numbers

def table3_values(nums: Numbers, outcomes) -> dict[str, list[int]]:
    """Rows of table 三 (six applicant columns + total) satisfying R1, R2, R3, all distinct."""
    for _ in range(200):
        used_before = set(nums.used)
        rows: dict[str, list[int]] = {}
        for key, _g, _l in outcomes:
            rows[key] = [nums.take(1, 400) for _ in APPLICANTS]
        rows["requests.answered"] = [sum(rows[k][j] for k, _g, _l in outcomes) for j in range(6)]
        rows["requests.carried_forward"] = [nums.take(1, 400) for _ in APPLICANTS]
        rows["requests.carried_over"] = [nums.take(1, 400) for _ in APPLICANTS]
        rows["requests.new"] = [rows["requests.answered"][j] + rows["requests.carried_forward"][j]
                                - rows["requests.carried_over"][j] for j in range(6)]
        for k in rows:
            rows[k] = rows[k] + [sum(rows[k])]
        derived = [v for k in ("requests.answered", "requests.new") for v in rows[k]] + \
                  [rows[k][6] for k in rows if k not in ("requests.answered", "requests.new")]
        if len(set(derived)) == len(derived) and not (set(derived) & used_before) and min(derived) > 0:
            nums.used |= set(derived)
            return rows
        nums.used = used_before
    raise RuntimeError("no distinct table 三")


def table4_values(nums: Numbers) -> dict[str, int]:
    out = {}
    for group in ("review", "litigation.direct", "litigation.after_review"):
        parts = [nums.take(1, 40) for _ in range(4)]
        for name, v in zip(("upheld", "corrected", "other", "pending"), parts):
            out[f"{group}.{name}"] = v
        total = sum(parts)
        while total in nums.used:           # distinct where the template allows
            parts[3] = nums.take(1, 40)
            out[f"{group}.pending"] = parts[3]
            total = sum(parts)
        nums.used.add(total)
        out[f"{group}.total"] = total
    return out


# ---------------------------------------------------------------- report pieces

def table2_2021(nums: Numbers, values: dict) -> list[list[C]]:
    v = {}
    for row in ("regulations", "normative_docs"):
        for col in ("issued", "repealed", "in_force"):
            v[f"disclosure.{row}.{col}"] = nums.take(1, 90)
    for row in ("licensing", "penalty", "coercion"):
        v[f"disclosure.{row}.decisions"] = nums.take(100, 3000)
    fee_wan = round(nums.take(100, 999) / 100 + 0.01, 2)           # e.g. 3.47 万元
    values.update(v)
    values["disclosure.fees.amount"] = round(fee_wan * 10000)
    s = lambda k: str(v[k])
    return [
        [C("第二十条第（一）项", cs=4, bold=True)],
        [C("信息内容", bold=True), C("本年制发件数", bold=True), C("本年废止件数", bold=True), C("现行有效件数", bold=True)],
        [C("规章"), C(s("disclosure.regulations.issued")), C(s("disclosure.regulations.repealed")), C(s("disclosure.regulations.in_force"))],
        [C("行政规范性文件"), C(s("disclosure.normative_docs.issued")), C(s("disclosure.normative_docs.repealed")),
         C(s("disclosure.normative_docs.in_force"))],
        [C("第二十条第（五）项", cs=4, bold=True)],
        [C("信息内容", bold=True), C("本年处理决定数量", cs=3, bold=True)],
        [C("行政许可"), C(s("disclosure.licensing.decisions"), cs=3)],
        [C("第二十条第（六）项", cs=4, bold=True)],
        [C("信息内容", bold=True), C("本年处理决定数量", cs=3, bold=True)],
        [C("行政处罚"), C(s("disclosure.penalty.decisions"), cs=3)],
        [C("行政强制"), C(s("disclosure.coercion.decisions"), cs=3)],
        [C("第二十条第（八）项", cs=4, bold=True)],
        [C("信息内容", bold=True), C("本年收费金额（单位：万元）", cs=3, bold=True)],
        [C("行政事业性收费"), C(f"{fee_wan:.2f}", cs=3)],
    ]


def table2_2019(nums: Numbers, values: dict) -> list[list[C]]:
    v = {}
    for row in ("regulations", "normative_docs"):
        for col in ("made", "published", "published_total"):
            v[f"disclosure.{row}.{col}"] = nums.take(1, 90)
    for row in ("licensing", "other_services", "penalty", "coercion"):
        v[f"disclosure.{row}.items_prev_year"] = nums.take(100, 400)
        v[f"disclosure.{row}.decisions"] = nums.take(400, 3000)
    v["disclosure.fees.items_prev_year"] = nums.take(1, 90)
    changes = {"licensing": 7, "other_services": -3, "penalty": 12, "coercion": -5, "fees": -2}
    for row, ch in changes.items():
        v[f"disclosure.{row}.items_change"] = ch
    v["disclosure.procurement.projects"] = nums.take(1, 90)
    v["disclosure.procurement.amount"] = nums.take(10000, 90000) * 10
    values.update(v)
    s = lambda k: str(v[k]) if not k.endswith("items_change") else f"{v[k]:+d}"
    head = lambda *cols: [C("信息内容", bold=True)] + [C(t, bold=True) for t in cols]
    return [
        [C("第二十条第（一）项", cs=4, bold=True)],
        head("本年新制作数量", "本年新公开数量", "对外公开总数量"),
        [C("规章")] + [C(s(f"disclosure.regulations.{c}")) for c in ("made", "published", "published_total")],
        [C("规范性文件")] + [C(s(f"disclosure.normative_docs.{c}")) for c in ("made", "published", "published_total")],
        [C("第二十条第（五）项", cs=4, bold=True)],
        head("上一年项目数量", "本年增/减", "处理决定数量"),
        [C("行政许可")] + [C(s(f"disclosure.licensing.{c}")) for c in ("items_prev_year", "items_change", "decisions")],
        [C("其他对外管理服务事项")] + [C(s(f"disclosure.other_services.{c}")) for c in ("items_prev_year", "items_change", "decisions")],
        [C("第二十条第（六）项", cs=4, bold=True)],
        head("上一年项目数量", "本年增/减", "处理决定数量"),
        [C("行政处罚")] + [C(s(f"disclosure.penalty.{c}")) for c in ("items_prev_year", "items_change", "decisions")],
        [C("行政强制")] + [C(s(f"disclosure.coercion.{c}")) for c in ("items_prev_year", "items_change", "decisions")],
        [C("第二十条第（八）项", cs=4, bold=True)],
        [C("信息内容", bold=True), C("上一年项目数量", bold=True), C("本年增/减", cs=2, bold=True)],
        [C("行政事业性收费"), C(s("disclosure.fees.items_prev_year")), C(s("disclosure.fees.items_change"), cs=2)],
        [C("第二十条第（九）项", cs=4, bold=True)],
        [C("信息内容", bold=True), C("采购项目数量", bold=True), C("采购总金额（元）", cs=2, bold=True)],
        [C("政府集中采购"), C(s("disclosure.procurement.projects")), C(s("disclosure.procurement.amount"), cs=2)],
    ]


T2_WIDTHS = [150, 115, 115, 115]
T3_WIDTHS = [22, 62, 128] + [40.5] * 7
T3_HEADER = [
    [C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", cs=3, rs=3), C("申请人情况", cs=7, bold=True)],
    [C("自然人", rs=2, bold=True), C("法人或其他组织", cs=5, bold=True), C("总计", rs=2, bold=True)],
    [C("商业企业"), C("科研机构"), C("社会公益组织"), C("法律服务机构"), C("其他")],
]


def table3_rows(rows: dict[str, list[int]], outcomes, bold_labels: bool = False) -> list[list[C]]:
    """Table 三 body rows (the header is T3_HEADER)."""
    nums = lambda key, bold=False: [C(str(v), bold=bold) for v in rows[key]]
    body = [
        [C("一、本年新收政府信息公开申请数量", cs=3, bold=bold_labels)] + nums("requests.new"),
        [C("二、上年结转政府信息公开申请数量", cs=3, bold=bold_labels)] + nums("requests.carried_over"),
    ]
    n_result = len(outcomes) + 1
    first = True
    seen_groups: set[str] = set()
    for key, group, label in outcomes:
        row = []
        if first:
            row.append(C("三、本年度办理结果", rs=n_result, bold=bold_labels))
            first = False
        if group is None:
            row.append(C(label, cs=2))
        else:
            if group not in seen_groups:
                seen_groups.add(group)
                row.append(C(group, rs=sum(1 for _k, g, _l in outcomes if g == group)))
            row.append(C(label))
        body.append(row + nums(key))
    body.append([C("（七）总计", cs=2, bold=bold_labels)] + nums("requests.answered", bold=bold_labels))
    body.append([C("四、结转下年度继续办理", cs=3, bold=bold_labels)] + nums("requests.carried_forward"))
    return body


T4_WIDTHS = [33] * 15


def table4_rows(v: dict[str, int]) -> list[list[C]]:
    outs = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    keys = [f"{g}.{o}" for g in ("review", "litigation.direct", "litigation.after_review")
            for o in ("upheld", "corrected", "other", "pending", "total")]
    return [
        [C("行政复议", cs=5, bold=True), C("行政诉讼", cs=10, bold=True)],
        [C(t, rs=2) for t in outs] + [C("未经复议直接起诉", cs=5), C("复议后起诉", cs=5)],
        [C(t) for t in outs] * 2,
        [C(str(v[k])) for k in keys],
    ]


def t3_expected(rows: dict[str, list[int]]) -> dict:
    out = {}
    for key, vals in rows.items():
        for who, v in zip(APPLICANTS + ("total",), vals):
            out[f"{key}|applicant={who}"] = v
    return out


INTRO = ("本报告依据《中华人民共和国政府信息公开条例》和上级有关通知要求编制，由总体情况、主动公开政府信息情况、"
         "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、"
         "其他需要报告的事项六个部分组成。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。")
OVERVIEW = ("{y}年，{who}围绕年度重点任务，持续完善公开目录，规范发布流程，加强解读回应，"
            "推动政务公开工作提质增效。")
PROBLEMS = ("工作中仍存在部分栏目更新不够及时、政策解读形式较为单一等不足。下一步将加强督促检查，"
            "丰富解读方式，进一步提升公开质量。")
OTHER = "本年度无其他需要报告的事项。"


def write_report(w: Writer, *, who: str, year: int, t2: list[list[C]], t3: list[list[C]], t4: list[list[C]],
                 t3_split=None, narrative: str = "", t3_page=None, t4_split=None, t2_split=None) -> None:
    w.para(INTRO.format(y=year))
    w.heading("一、总体情况")
    w.para(OVERVIEW.format(y=year, who=who) + narrative)
    w.heading("二、主动公开政府信息情况")
    if t2_split is None:
        w.table(T2_WIDTHS, t2, header_rows=2)
    else:
        t2_split(w)
    w.heading("三、收到和处理政府信息公开申请情况")
    if t3_page:
        t3_page(w)
    elif t3_split is None:
        w.room(540)
        w.table(T3_WIDTHS, T3_HEADER + t3, header_rows=len(T3_HEADER))
    else:
        t3_split(w)
    w.heading("四、政府信息公开行政复议、行政诉讼情况")
    if t4_split is None:
        w.room(110)
        w.table(T4_WIDTHS, t4, header_rows=3)
    else:
        t4_split(w)
    w.heading("五、存在的主要问题及改进情况")
    w.para(PROBLEMS)
    w.heading("六、其他需要报告的事项")
    w.para(OTHER)


def expected(year: int, template: str, region_code: str, values: dict, **extra) -> dict:
    out = {"year": year, "template": template, "region_code": region_code}
    out.update(extra)
    out["values"] = dict(values)
    return out
