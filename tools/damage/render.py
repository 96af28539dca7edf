"""Text pieces and writers of the damage fixtures: invented prose, the 2019 one-cell-per-line layout,
pipe rows, the legacy 统计表, and NAME + NAME.expected.json output."""
from __future__ import annotations

import json
from pathlib import Path

from .data import APPLICANTS, T2_2019_COLS, T2_2019_LABEL, T2_2019_SECTIONS, T3_COLS, T3_NOTE, T4_IDS, T4_LABELS, t3_rows

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "damage"


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


def td(v) -> str:
    return f"<td>{fmt(v)}</td>"


def wrapped(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


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


def legacy_table(rows, header=("指标名称", "单位", "本年度", "历年累计"), number=False) -> list[str]:
    out = list(header)
    for i, (label, unit, y, c) in enumerate(rows, 1):
        out.append(f"{i}{label}" if number else label)
        if unit:
            out.append(unit)
        out += [fmt(y), fmt(c)]
    return out


def grid_t3(values3: dict, template: str) -> list[str]:
    """Table 三 as one pipe table in the 10-column grid: three label columns, then the seven value cells."""
    out = [pipe([T3_NOTE, "", "", "申请人情况"] + [""] * 6), "|" + "---|" * 10,
           pipe(["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"]), pipe(["", "", "", ""] + T3_COLS + [""])]
    for key, lead in t3_leads(template):
        out.append(pipe(lead + [fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS]))
    return out


def t3_leads(template: str):
    """(key, its three label cells) per table 三 row on the 10-column grid, the merged label columns
    written out as blank cells: a group's name only on its first row."""
    last = None
    for key, group, label in t3_rows(template):
        if key == "requests.granted":
            lead = ["三、本年度办理结果", label, ""]
        elif group:
            lead = ["", group if group != last else "", label]
        elif key in ("requests.partially_granted", "requests.other", "requests.answered"):
            lead = ["", label, ""]
        else:
            lead = [label, "", ""]
        last = group
        yield key, lead
