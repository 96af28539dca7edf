"""Crawler damage the campaign (tools/crawler_attack.py, seeds 63–64) read WRONG or lost.

A pipe row hard-wrapped so that its last figure ends the line with its cell left open ('… | 1 | 3 | 2'), its tail
('5 |') a line of words away: the figure was read as printed (2 for 25) though the row's sums fail. Only that
figure can be cut (the others are closed by their pipes): where a bare figure closed by a pipe follows a few lines
down (its tail), or the text ends there, it stays unread with a warning, the others are read. (A page's chrome line
between is blanked by the loader since stop 44: the tail joins where the sums prove it.)
Guards: an open last cell whose row's sums hold is read as printed (a converter that leaves rows unclosed), and so is
a tab-separated row's (never closed, no tail) whose sums fail.

Double-spaced crawler text (a blank line after every line) that is also hard-wrapped: a pipe row cut at the wrap width
goes on past the blank line, a figure cut there ('31\n\n7') one cell where the row's sums prove the join.

A row's figures run together with a footnote mark after them ('0000000※'): the mark is none of the run's digits.
"""
import reportparse
from test_crawler_damage_crawl39 import APPLICANTS, FIGURES, LINES, NEW, ONWARD, T4, _pipe

HEAD, TAIL = LINES[:21], LINES[22:]         # (the report around table 四's figure row)
assert LINES[21] == _pipe(FIGURES)


def _parse(rows: list) -> dict:
    return reportparse.parse_text("\n".join(HEAD + rows + TAIL) + "\n").values()


def _t4(got: dict) -> list:
    return [got.get(k) for k in T4]


# ---------------------------------------------------------------- a pipe row's last figure cut at an open cell


def test_an_open_last_cell_whose_rows_sums_fail_is_not_read():
    cut = "| " + " | ".join(str(c) for c in FIGURES[:-1]) + " | 2"
    got = _parse([cut, "本表数据截至年底", "5 |"])
    assert _t4(got) == FIGURES[:-1] + [None]
    assert [got.get(f"requests.new|applicant={a}") for a in APPLICANTS] == NEW


def test_an_open_last_cell_a_pages_chrome_away_from_its_tail_is_joined_where_r4_proves_it():
    # (stop 44: the loader blanks a page's chrome between the pieces of a wrapped pipe row, line break and all; the
    # figure cut at the wrap is one where the row's sums hold with it joined — before, the last cell was left unread)
    cut = "| " + " | ".join(str(c) for c in FIGURES[:-1]) + " | 2"
    for chrome in ("扫一扫在手机打开当前页", "来源：区政府办公室"):
        got = _parse([cut, chrome, "5 |"])
        assert _t4(got) == FIGURES
        assert [got.get(f"requests.new|applicant={a}") for a in APPLICANTS] == NEW


def test_a_tab_separated_row_never_closed_is_read_as_printed():
    got = _parse(["\t".join(str(c) for c in FIGURES[:-1] + [24])])
    assert _t4(got) == FIGURES[:-1] + [24]


def test_an_open_last_cell_whose_rows_sums_hold_is_read():
    got = _parse(["| " + " | ".join(str(c) for c in FIGURES)])
    assert _t4(got) == FIGURES


# ---------------------------------------------------------------- double-spaced crawler text, also hard-wrapped


def _wrapped_double_spaced(width: int) -> str:
    lines = HEAD + [_pipe(FIGURES)] + TAIL
    pieces = [ln[k:k + width] for ln in lines for k in range(0, max(len(ln), 1), width)]
    return "\n".join(x for piece in pieces for x in (piece, "")) + "\n"


def test_a_pipe_row_wrapped_at_a_width_goes_on_past_the_blank_line_after_every_line():
    for width in (26, 28, 29, 37):      # a figure cut inside it at some widths ('| 31\n\n7 |'), the sums prove it
        got = reportparse.parse_text(_wrapped_double_spaced(width)).values()
        assert [got.get(f"requests.new|applicant={a}") for a in APPLICANTS] == NEW
        assert [got.get(f"requests.carried_forward|applicant={a}") for a in APPLICANTS] == ONWARD
        assert _t4(got) == FIGURES


# ---------------------------------------------------------------- a row's run-together figures, a footnote mark after


def _rows_layout(onward: str, carried: str) -> dict:
    table3 = ["申请人情况", "自然人 法人或其他组织 总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他",
              "一、本年新收政府信息公开申请数量 " + " ".join(map(str, NEW)),
              "二、上年结转政府信息公开申请数量 " + carried, "四、结转下年度继续办理 " + onward, ""]
    return reportparse.parse_text("\n".join(HEAD[:10] + table3 + HEAD[16:] + [_pipe(FIGURES)] + TAIL) + "\n").values()


def test_run_together_figures_with_a_footnote_mark_after_them_read_by_the_rows_sums():
    for mark in ("¹", "※", "[1]", "*"):
        got = _rows_layout("".join(map(str, ONWARD)) + mark, "0000000" + mark)
        assert [got.get(f"requests.carried_forward|applicant={a}") for a in APPLICANTS] == ONWARD
        assert [got.get(f"requests.carried_over|applicant={a}") for a in APPLICANTS] == [0] * 7
        assert [got.get(f"requests.new|applicant={a}") for a in APPLICANTS] == NEW
