"""Crawler-damaged tables (stop 65, tables65). Invented tables, invented numbers.

(a) A page that puts a spaces line after every line (a crawler's separator), with a table printed one cell a line
whose blank cell is a spaces line too: the blank shows only as a run of three spaces lines (its separator before,
the blank cell, its separator) where every other cell has one. layout/text_blanks took every spaces line for a
separator, so the row's later figures moved left into the blank's column and a short row was not read at all
(tools/damage/crawl_tables63 spaced_lost_cell, blanked). Rule (text_blanks._separated_blanks): in such a page a run of
2k+1 spaces lines between a row's cells is k blank cells. Guards: a run of two (or of three at a table's end, before a
heading) is left a separator; a cell gone with its separator (nothing shows it) leaves the row unread.

(b) tools/damage/crawl_tables65 header_words_spaced (heading words broken by a space: '自 然 人', '商业 企业', real on
three sites' tables) is read at base already: pinned.
"""
import reportparse

_HEAD = ["岚溪县人民政府2019年政府信息公开工作年度报告",
         "根据《中华人民共和国政府信息公开条例》规定，现公布岚溪县人民政府2019年政府信息公开工作年度报告。",
         "一、总体情况", "2019年，岚溪县稳步推进政务公开。", "二、主动公开政府信息情况"]
_T2 = ["第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量",
       "规章", "17", "23", "58", "规范性文件", "41", "36", "127",
       "第二十条第（五）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
       "行政许可", "312", "+29", "4416", "其他对外管理服务事项", "87", "-6", "95",
       "第二十条第（六）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
       "行政处罚", "64", "+11", "739", "行政强制", "19", "-3", "46",
       "第二十条第（八）项", "信息内容", "上一年项目数量", "本年增/减", "行政事业性收费", "0", "0"]
# (a row of two zeros: two equal lines in a row show the copy kept repeats, so no cell may be a collapsed run)
_TAIL = ["三、收到和处理政府信息公开申请情况", "本年度共收到政府信息公开申请52件。", "四、存在的主要问题及改进情况",
         "公开内容仍需丰富。"]
_NORMATIVE = {"disclosure.normative_docs.made": 41, "disclosure.normative_docs.published": 36,
              "disclosure.normative_docs.published_total": 127}
_LICENSING = {"disclosure.licensing.items_prev_year": 312, "disclosure.licensing.items_change": 29,
              "disclosure.licensing.decisions": 4416}


def _spaced(table, sep=" ", blank=None, gone=None, extra=0):
    """The report, a `sep` line after every line; cell `blank` (a figure of the table) printed as a spaces line, cell
    `gone` left out with its separator; `extra` more spaces lines after the table's last figure."""
    out = []
    for ln in _HEAD:
        out += [ln, sep]
    for ln in table:
        if ln == gone:
            continue
        out += [sep if ln == blank else ln, sep]
    out += [sep] * extra
    for ln in _TAIL:
        out += [ln, sep]
    return "\n".join(out) + "\n"


def _read(text, want):
    got = reportparse.parse_text(text).values()
    return {vid: got.get(vid) for vid in want}


def test_spaced_table_read_whole():
    assert _read(_spaced(_T2), _NORMATIVE) == _NORMATIVE
    assert _read(_spaced(_T2, sep="\u3000"), _LICENSING) == _LICENSING


def test_a_blank_middle_cell_keeps_the_columns_after_it():
    got = _read(_spaced(_T2, blank="36"), _NORMATIVE)
    assert got == dict(_NORMATIVE, **{"disclosure.normative_docs.published": None})


def test_a_blank_first_cell_keeps_the_columns_after_it():
    got = _read(_spaced(_T2, sep="  ", blank="312"), _LICENSING)
    assert got == dict(_LICENSING, **{"disclosure.licensing.items_prev_year": None})


_REGULATIONS = {"disclosure.regulations.made": 17, "disclosure.regulations.published": 23,
                "disclosure.regulations.published_total": 58}


def test_a_blank_last_cell_before_the_next_row_keeps_the_row():
    got = _read(_spaced(_T2, blank="58"), _REGULATIONS)
    assert got == dict(_REGULATIONS, **{"disclosure.regulations.published_total": None})
    assert _read(_spaced(_T2, blank="58"), _NORMATIVE) == _NORMATIVE


def test_a_cell_gone_with_its_separator_leaves_the_row_unread():
    for gone in ("41", "36", "127"):
        got = _read(_spaced(_T2, gone=gone), _NORMATIVE)
        assert all(v is None for v in got.values()), gone


def test_a_blank_last_cell_before_a_heading_stays_a_separator():
    # (the row's last figure, then a heading and header words: nothing shows a row going on after the run)
    got = _read(_spaced(_T2, blank="127"), _NORMATIVE)
    assert all(v is None for v in got.values())


def test_two_spaces_lines_are_no_blank_cell():
    text = _spaced(_T2).replace("\n36\n \n", "\n36\n \n \n")
    assert _read(text, _NORMATIVE) == _NORMATIVE


def test_never_a_figure_moved():
    for blank in ("17", "23", "58", "41", "36", "127", "312", "+29", "4416", "64", "+11", "739"):
        got = reportparse.parse_text(_spaced(_T2, blank=blank)).values()
        truth = dict(_NORMATIVE, **_LICENSING, **_REGULATIONS)
        assert all(got.get(vid) in (None, want) for vid, want in truth.items()), blank


# ---------------------------------------------------------------- (b) header words spaced

def test_header_words_spaced_pinned():
    from test_tables63 import _TRUTH, _cells
    text = _cells()
    for word in ("自然人", "商业企业", "科研机构"):
        text = text.replace("\n" + word + "\n", "\n" + " ".join(word) + "\n", 1)
    assert " ".join("自然人") in text
    assert _read(text, _TRUTH) == _TRUTH
