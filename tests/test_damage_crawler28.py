"""Crawler damage that gave WRONG values (round 28): one mechanism each, on invented text derived from the project's
own fixtures; the campaign's kinds in /work/notes/wild/wrong28/attack.py (wrap, collapse, dedup, fullwidth, dash_l).
1. a figure wrapped over two lines whose halves a crawler then kept once ('22' → '2' / '2' → '2');
2. a deduplicated page that printed some figures in full-width digits (the crawler kept "２７０" beside "270");
3. '-l' (a minus or dash and an OCR's or a font's 1): never a dash (blank) cell, never a guess."""
import html
import re

import pytest

import reportparse
from conftest import FIXTURES
from test_damage_crawler27 import _one_a_line_deduped, _row

DAMAGE = FIXTURES / "damage"
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def _one_a_line(old: str = "", new: str = "", collapse: bool = True, wide_from: str = "") -> str:
    """footnote_marks_2019 from table 二 on as a crawler of one-cell-a-line pages gives it (each figure a line),
    `old` → `new` damaging it, every figure line after the line `wide_from` in full-width digits (a page typed so),
    then (collapse) every line equal to the one before it, as printed, dropped."""
    text = (DAMAGE / "footnote_marks_2019.txt").read_text(encoding="utf-8")
    at = text.index("二、主动公开")
    lines: list = []
    for ln in text[at:].split("\n"):
        m = re.match(r"^(.*?[^\s0-9.,²³¹])((?:\s+-?[0-9][0-9.,]*[²³¹]?)+)\s*$", ln)
        lines += [m.group(1)] + m.group(2).split() if m else [ln]
    body = "\n".join(lines)
    if old:
        assert body.count(old) == 1, old
        body = body.replace(old, new)
    lines = body.split("\n")
    if wide_from:
        at = lines.index(wide_from) + 1
        lines = lines[:at] + [ln.translate(FULL) if re.fullmatch("[0-9]+", ln) else ln for ln in lines[at:]]
    if collapse:
        lines = [ln for i, ln in enumerate(lines) if not i or ln != lines[i - 1]]
    return text[:at] + "\n".join(lines)


CARRIED = "二、上年结转政府信息公开申请数量 12[1]\n17\n31\n25\n30\n22\n137\n"


# 1. wrapped, then collapsed

def test_a_figure_wrapped_then_collapsed_to_one_half_is_not_read_where_the_row_total_fails():
    # 22 wrapped as "2" / "2", and the crawler kept the run of two equal lines once: seven figures, 12 17 31 25 30 2
    # 137. The start tree read other_org 2 (the failing total only flagged). In a text that never prints a line
    # twice in a row, a whole row whose total fails is not read, said; the other rows read as printed
    report = reportparse.parse_text(_one_a_line(CARRIED, CARRIED.replace("\n22\n", "\n2\n2\n")))
    got = report.values()
    assert _row(got, "requests.carried_over") == ["unread"] * 7
    assert any("上年结转" in w and "its total fails" in w and "wrapped" in w for w in report.warnings)
    assert _row(got, "requests.new") == [2793, 3276, 3015, 2988, 3016, 3255, 18343]
    assert report.get("requests.new", "total").source.method == "table"


def test_a_collapsed_page_typed_partly_in_full_width_digits_is_still_seen_collapsed():
    # the same wrapped 22, on a page whose figures from (一)予以公开's third cell on are full-width: that row printed
    # 144 and "１４４" one after the other, two lines to the crawler, both kept, one line twice in a row once folded.
    # The start tree took the text for an intact one and read carried_over's other_org as 2. A figure printed in
    # both widths does not rule a collapse out: the row is not read, said; the row with the seam is read
    carried = CARRIED.replace("\n22\n", "\n2\n2\n")
    granted = "三、本年度办理结果 （一）予以公开\n247\n144\n266\n88\n251\n53\n1049\n"
    text = _one_a_line(CARRIED + granted, carried + granted.replace("266", "144").replace("1049", "927"),
                       wide_from="144")
    assert "\n144\n１４４\n" in text
    report = reportparse.parse_text(text)
    got = report.values()
    assert _row(got, "requests.carried_over") == ["unread"] * 7
    assert any("上年结转" in w and "its total fails" in w for w in report.warnings)
    assert _row(got, "requests.granted") == [247, 144, 144, 88, 251, 53, 927]


def test_a_row_whose_total_holds_in_a_collapsed_text_is_read():
    """Guard (read on the start tree too): the same text, 22 not wrapped: every figure printed, the total holds."""
    got = reportparse.parse_text(_one_a_line()).values()
    assert _row(got, "requests.carried_over") == [12, 17, 31, 25, 30, 22, 137]


def test_a_short_row_of_collapsed_runs_is_still_read_by_its_total():
    """Guard: a run of equal cells printed once (17 17 → 17) is read as the run its total proves, as before."""
    report = reportparse.parse_text(_one_a_line(CARRIED, "二、上年结转政府信息公开申请数量\n12\n17\n17\n25\n30\n22\n123\n"))
    assert _row(report.values(), "requests.carried_over") == [12, 17, 17, 25, 30, 22, 123]


_LEGACY_ONE = ("苇塘县人民政府2013年政府信息公开工作年度报告\n发布时间：2014-03-20\n一、概述\n本县依照条例公开政府信息，数量详见附表。\n"
               "六、附表\n苇塘县2013年政府信息公开工作情况统计表\n指标名称\n本年度\n"
               "主动公开政府信息数\n1364\n其中：政府网站公开数\n1290\n政府公报公开数\n46\n"
               "受理政府信息公开申请总数\n83\n其中：当面申请数\n24\n网上申请数\n37\n信函申请数\n13\n传真申请数\n9\n"
               "对申请的答复总数\n{answered}\n其中：同意公开答复数\n38\n同意部分公开答复数\n14\n不予公开答复数\n9\n"
               "其他类型答复数\n5\n行政复议数\n3\n行政诉讼数\n2\n")


def test_a_legacy_figure_wrapped_then_collapsed_leaves_the_rows_of_its_failing_sum_unread():
    # 66 wrapped as "6" / "6" and kept once: 对申请的答复总数 6 where its replies add to 66. The start tree read 6
    # (the failing check only flagged it). The rows of the failing reply sum are not read, said; the channels read
    report = reportparse.parse_text(_LEGACY_ONE.format(answered="6"))
    got = report.values()
    for key in ("requests.answered", "requests.granted", "requests.partially_granted"):
        assert got.get(key + "|applicant=total", "unread") == "unread", key
    assert any("channel or reply sums fail" in w and "requests.answered" in w for w in report.warnings)
    assert [got[f"requests.by_channel.{c}|applicant=total"] for c in ("in_person", "online", "letter", "fax")] == [24, 37, 13, 9]
    assert got["requests.new|applicant=total"] == 83


def test_a_legacy_table_whose_sums_hold_in_a_collapsed_looking_text_is_read():
    """Guard (read on the start tree too): the same table printed whole, its sums hold: every row read."""
    got = reportparse.parse_text(_LEGACY_ONE.format(answered="66")).values()
    assert got["requests.answered|applicant=total"] == 66
    assert got["requests.partially_granted|applicant=total"] == 14


# 2. deduplicated, some figures full-width

def _mixed_width_page(text: str, as_html: bool) -> str:
    """The page as served: table 二 in ASCII digits, tables 三 and 四 typed in full-width ones."""
    at = text.index("三、收到")
    page = text[:at] + text[at:].translate(FULL)
    if not as_html:
        return page
    paras = "".join(f"<p>{html.escape(ln)}</p>\n" for ln in page.split("\n") if ln.strip())
    return f"<html><head><meta charset='utf-8'></head><body><div class='article'>\n{paras}</div></body></html>"


def _deduped_mixed(damaged: bool) -> str:
    # each distinct line kept once: 238 and 60 of 保护第三方合法权益 equalled earlier lines and vanished (damaged);
    # table 二 prints 270, and table 三's "２７０" was another line to the crawler, so both stand
    row = "保护第三方合法权益\n270\n167\n131\n238\n60\n150\n1016\n"
    text = _one_a_line_deduped(row, row.replace("238\n60\n", "") if damaged else row)
    assert text.count("规范性文件\n18\n13\n276\n") == 1
    return text.replace("规范性文件\n18\n13\n276\n", "规范性文件\n18\n270\n276\n")


def test_a_deduplicated_page_with_full_width_figures_is_still_seen_deduplicated():
    # the start tree saw 270 twice after folding the digits, took the text for one that merely collapses runs, and
    # spread the five figures as runs: 270 167 167 131 131 150 1016 (commercial..legal_service wrong), in text and
    # in HTML alike. A figure printed full-width may stand twice: the row is not read, said
    for as_html in (False, True):
        page = _mixed_width_page(_deduped_mixed(damaged=True), as_html)
        report = reportparse.parse(page.encode("utf-8")) if as_html else reportparse.parse_text(page)
        got = report.values()
        assert _row(got, "requests.denied.third_party") == ["unread"] * 7, as_html
        assert any("保护第三方合法权益" in w and "not read" in w for w in report.warnings)
        assert got["disclosure.normative_docs.published"] == 270
        assert _row(got, "requests.carried_forward") == [104, 130, 283, 245, 174, 250, 1186]


def test_a_full_width_page_kept_whole_is_read():
    """Guard (read on the start tree too): the same mixed-width page with no line dropped reads every row."""
    for as_html in (False, True):
        page = _mixed_width_page(_deduped_mixed(damaged=False), as_html)
        report = reportparse.parse(page.encode("utf-8")) if as_html else reportparse.parse_text(page)
        assert _row(report.values(), "requests.denied.third_party") == [270, 167, 131, 238, 60, 150, 1016]


def test_only_a_figure_printed_full_width_may_stand_twice_in_a_deduplicated_text():
    from reportparse.extract.dedup import may_be_deduped
    from reportparse.normalize import wide_figures
    lines = [str(v) for v in range(101, 121)] + ["270", "270"]
    assert wide_figures("表\n２７０\n270\n１，２３４\n８\n") == {"270"}    # (printed in both widths only)
    assert may_be_deduped(lines, wide=frozenset({"270"}))
    assert not may_be_deduped(lines)                               # both ASCII: the crawler would have dropped one
    assert not may_be_deduped(lines + ["270"], wide=frozenset({"270"}))  # three times: more than two widths explain
    assert not may_be_deduped(lines + ["0", "0"], wide=frozenset({"270"}))


# 3. '-l'

def test_a_minus_and_an_ocr_one_is_an_unread_figure_never_a_blank_cell():
    # 本年增/减 -2 printed "-l" (a font's or an OCR's 1, or the 1 of a stray -1): the start tree read the dash as a
    # blank cell (items_change null) and the row ended at the letter. Table 二 has no arithmetic to prove -1: the
    # cell is not read, said; the row's other cells read
    for new in ("行政事业性收费 15*\n-l", "行政事业性收费 15* -l"):
        report = reportparse.parse_text(_one_a_line("行政事业性收费 15*\n-2", new, collapse=False))
        got = report.values()
        assert got["disclosure.fees.items_prev_year"] == 15
        assert "disclosure.fees.items_change" not in got
        assert any("行政事业性收费" in w and "'-l' is not surely a number" in w and "not read" in w for w in report.warnings)
    # three columns: its neighbours keep their columns
    report = reportparse.parse_text(_one_a_line("行政强制\n27\n-3\n148", "行政强制\n27\n-l\n148", collapse=False))
    got = report.values()
    assert [got.get(f"disclosure.coercion.{c}", "unread") for c in ("items_prev_year", "items_change", "decisions")] == [27, "unread", 148]


_PIPES = FIXTURES / "national" / "t2021_pipe_rows.txt"
_LAW = "| 2.其他法律行政法规禁止公开 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |"


def _pipes(new: str):
    text = _PIPES.read_text(encoding="utf-8")
    assert text.count(_LAW) == 1
    report = reportparse.parse_text(text.replace(_LAW, new))
    return report, _row(report.values(), "requests.denied.prohibited_by_law")


def test_a_count_cell_printed_minus_ocr_one_is_never_proven_negative():
    # total 2 = 3 + (-1). The start tree refused the whole row ('-l' no figure); read as a figure now, '-l' would be
    # "proven" -1 by the total, a count no cell holds. A group's arithmetic of counts proves no negative cell: the
    # cell is not read, said; the row's other cells, on its label's line, read
    report, got = _pipes("| 2.其他法律行政法规禁止公开 | 3 | -l | 0 | 0 | 0 | 0 | 2 |")
    assert got == [3, "unread", 0, 0, 0, 0, 2]
    assert any("'-l' is not surely a number" in w and w.endswith("not read") for w in report.warnings)
    assert not any("'-l'" in w and "proves" in w for w in report.warnings)


def test_an_ocr_one_alone_that_the_total_proves_is_read_and_a_dash_alone_is_blank():
    """Guards (read on the start tree too): 'l' alone, which the row's total proves, is 1; '-' alone is a blank."""
    report, got = _pipes("| 2.其他法律行政法规禁止公开 | 3 | l | 0 | 0 | 0 | 0 | 4 |")
    assert got == [3, 1, 0, 0, 0, 0, 4]
    report, got = _pipes("| 2.其他法律行政法规禁止公开 | 3 | - | 1 | 0 | 0 | 0 | 4 |")
    assert got == [3, None, 1, 0, 0, 0, 4]
    got = reportparse.parse_text(_one_a_line(collapse=False)).values()
    assert got["disclosure.fees.items_change"] == -2


def test_an_unproven_ocr_figure_in_a_legacy_table_is_unread_not_blank():
    # 同意部分公开答复数 12 printed "l2" in a one-column table: the start tree emitted the cell as null (a blank,
    # which also hid the sentence's 12). Not read from the table, said; the report's sentence gives the figure
    text = (FIXTURES / "legacy" / "whitespace_columns.txt").read_text(encoding="utf-8")
    old = "同意部分公开答复数        件      12"
    assert text.count(old) == 1
    report = reportparse.parse_text(text.replace(old, old[:-2] + "l2"))
    assert any("requests.partially_granted (year): 'l2' is not surely a number" in w for w in report.warnings)
    got = report.get("requests.partially_granted", "total")
    assert (got.value, got.source.method) == (12, "narrative")
    assert report.value("requests.granted", "total") == 28


def test_the_widths_are_passed_by_name_to_both_damage_tests():
    """Regression (stop 29): a merge gave may_be_deduped an argument `figures` before `wide`, and the legacy table's
    call, passing the full-width figures by position, handed them over as its figure lines (the test never held for
    a legacy table). `wide` is keyword-only now: the positional call fails loudly."""
    from reportparse.extract.dedup import may_be_deduped
    from reportparse.extract.line_damage import may_be_collapsed
    lines = [str(v) for v in range(101, 121)] + ["270", "270"]
    with pytest.raises(TypeError):
        may_be_deduped(lines, ["270"], frozenset({"270"}))
    with pytest.raises(TypeError):
        may_be_collapsed(lines, None, frozenset({"270"}))
    assert may_be_deduped(lines, None, wide=frozenset({"270"}))
