"""Table damage family of stop 64 (tools/crawler_attack.py, run with --only: the seeded pools stay as they were):

table_fragments: one table printed as two or three fragments with other prose between — its first rows, a paragraph
(a note, a sentence of the report, sometimes one with a figure of its own), then its remaining rows, the header not
printed again (a page's layout that floated a paragraph into the table, a converter that emptied a table's cut), or
printed again under 续表 (a continued table's header lines, as a Word table repeats them on its next page)."""
from __future__ import annotations

from .crawl_tables63 import _first_row, _heading_row, _place_year, _row_starts, table_spans

PROSE = ("{place}将依申请公开工作纳入年度绩效考核，按季度通报办理情况。",
         "注：本表数据由{place}各部门报送，经{place}政务公开办公室审核汇总。",
         "下一步，{place}将继续规范政府信息公开申请的登记、审核和答复流程，提升答复质量。",
         "全年未发生因政府信息公开引发的重大舆情事件。",
         "{year}年，{place}共召开政务公开专题会议{n}次，组织业务培训{m}场。",
         "其中，{place}通过信函方式受理的申请均在法定期限内答复。",
         "统计时限：{year}年1月1日至{year}年12月31日",
         "（数据来源：{place}政务公开办公室 联系电话：0000-55{n}{m}81）")

CONTINUED = ("续表", "（续表）", "续上表", "表（续）")


def _paragraph(rnd, place, year):
    lines = [rnd.choice(PROSE).format(place=place, year=year - 1, n=rnd.randint(2, 9), m=rnd.randint(2, 9))
             for _ in range(rnd.randint(1, 2))]
    return ([""] if rnd.random() < 0.5 else []) + lines + ([""] if rnd.random() < 0.5 else [])


def table_fragments(lines, rnd):
    """One of a document's tables cut at one or two row boundaries, a paragraph of prose in each cut."""
    place, year = _place_year(lines)
    spans = [sp for sp in table_spans(lines) if _row_starts(lines, sp[1], sp[2])]
    if not spans:
        return lines
    _, s, e = rnd.choice(spans)
    starts = _row_starts(lines, s, e)
    first = _first_row(lines, s, e)
    header = [ln for ln in lines[s:first] if _heading_row(ln)] if first is not None else []
    again = rnd.random() < 0.3 and header
    for at in sorted(rnd.sample(starts, min(len(starts), rnd.randint(1, 2))), reverse=True):
        lines[at:at] = _paragraph(rnd, place, year) + ([rnd.choice(CONTINUED)] + header if again else [])
    return lines


TEXT = (table_fragments,)
