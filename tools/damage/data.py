"""Invented data sets of the damage fixtures and their arithmetic.

The templates in printed order, distinct non-zero numbers, table 三/四 completed by the identities
(row total = sum of the six applicants; R1 new + carried_over = answered + carried_forward; R2
answered = sum of the outcome rows; R4 table 四 total = sum of its four outcomes), the legacy
vocabulary the fixtures key their rows by, and the brute-force readings of collapsed rows
(`settle`): every way of spreading the printed values over the row's cells (each printed value a
run of >= 1 equal cells) that satisfies the row's identity is a reading; a cell is settled when
all readings agree on it.
"""
from __future__ import annotations

import itertools
import random

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


def t3_heads(template: str):
    """(key, the cells a row prints before its figures): 三、本年度办理结果 on the first outcome row, a group's
    name on the row of its first label, then the label."""
    last = None
    for key, group, label in t3_rows(template):
        lead = ["三、本年度办理结果"] if key == "requests.granted" else []
        if group and group != last:
            lead.append(group)
        last = group
        yield key, lead + [label]


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


# ---------------------------------------------------------------- legacy rows printing one figure

LEGACY_SUMS = (("受理政府信息公开申请总数", ("其中：当面申请数", "当面申请数", "网上申请数", "信函申请数", "传真申请数")),
               ("对申请的答复总数", ("其中：同意公开答复数", "同意部分公开答复数", "不予公开答复数", "其他类型答复数")))


def settle_pairs(rows, single: dict) -> dict:
    """The (this year, cumulative) of each row in `single` (label -> the one figure it prints: a line
    dropped, or two equal cells printed once) that every reading agrees on: the figure is either cell,
    the other any count (a year not above its cumulative), and the channel and reply rows must add up
    to their totals in both columns. A row in no sum is never settled. Brute force, independent of the
    library."""
    cells = {label: (y, c) for label, _u, y, c in rows}
    out = {}
    for total, parts in LEGACY_SUMS:
        members = [m for m in (total,) + parts if m in cells]
        open_ = [m for m in members if m in single]
        if total not in cells or not open_:
            continue
        top = max(v for m in members for v in cells[m]) + 1
        options = [[(single[m], v) for v in range(single[m], top)] + [(v, single[m]) for v in range(0, single[m])]
                   for m in open_]
        found = []
        for combo in itertools.product(*options):
            pair = dict(zip(open_, combo))
            if all(pair.get(total, cells[total])[i] == sum(pair.get(m, cells[m])[i] for m in members if m != total)
                   for i in (0, 1)):
                found.append(combo)
        for j, m in enumerate(open_):
            if found and len({f[j] for f in found}) == 1:
                out[m] = found[0][j]
    return out


# ---------------------------------------------------------------- legacy vocabulary

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
