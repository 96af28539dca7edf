"""Classes the crawler campaign (tools/crawler_attack.py, seeds 47–49) lost whole rows to:

- a text a crawler collapsed (a run of equal lines kept once) where two lines of one run differed as printed, a
  figure in full-width digits beside the same in ASCII ("0" / "０") or with a footnote mark ("5" / "5*"): both lines
  stood to the crawler, so the row prints equal neighbours; each is a run of one or more equal cells, and the row's
  total settles them (before, any equal neighbours ruled the collapse out and the row was not read);
- a <table> row a CMS closed before one of its figure cells, its rest a <tr> of its own (figures, no label) that
  fills the short row exactly to the table's width: read as that row's end, also where a header printed again
  inside the table makes rows span past their place (the width most rows of figures fill is the table's).
"""
import re

import reportparse
from conftest import tool_module

CA = tool_module("crawler_attack")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
HEADS = dict(CA.t3_heads("2021"))


def _document(layout: str, start: int) -> tuple[str, dict]:
    seed = next(s for s in range(start, start + 200) if CA.document(s)[0] == layout)
    _, text, truth = CA.document(seed)
    return text, truth


def _row(truth: dict, key: str) -> list:
    return [truth[f"{key}|applicant={w}"] for w in APPLICANTS]


def _read(text: str, key: str) -> list:
    got = reportparse.parse_text(text).values()
    return [got.get(f"{key}|applicant={w}") for w in APPLICANTS]


# ---------------------------------------------------------------- collapsed runs printed two ways


def _run_row(truth: dict) -> tuple[str, int]:
    """A table 三 row with a run of three equal cells and other figures too, and where the run starts."""
    for key in HEADS:
        row = _row(truth, key)
        for i in range(5):
            if row[i] == row[i + 1] == row[i + 2] and len(set(row)) > 2:
                return key, i
    raise AssertionError("no row with a run of three equal cells")


def test_a_run_printed_in_two_widths_is_read_as_runs_after_a_collapse():
    text, truth = _document("cells", 4800000)
    key, i = _run_row(truth)
    want = _row(truth, key)
    lines = text.split("\n")
    at = lines.index(HEADS[key][-1]) + 1 + i + 1             # the run's second line
    assert lines[at].strip() == str(want[i])
    for other in (str(want[i]).translate(CA.FULL), f"{want[i]}*"):
        marked = list(lines)
        marked[at] = other
        collapsed = CA.collapse("\n".join(marked))
        assert f"\n{want[i]}\n{other}\n{want[i]}\n" in collapsed   # equal neighbours, both kept
        assert _read(collapsed, key) == want, other


def test_equal_neighbours_printed_alike_still_rule_a_collapse_out_of_a_row():
    # the same figure twice in a row, printed alike: a collapsed text never shows it (the crawler kept one), so the
    # row is no runs of equal cells and is not read as such (never a value of a reading the page does not allow)
    text, truth = _document("cells", 4800000)
    key, i = _run_row(truth)
    want = _row(truth, key)
    collapsed = CA.collapse(text).split("\n")
    at = collapsed.index(HEADS[key][-1]) + 1
    figures = [j for j in range(at, at + 7) if collapsed[j].strip().isdigit()]
    k = next(j for j in figures if collapsed[j].strip() == str(want[i]))
    collapsed.insert(k, collapsed[k])
    assert _read("\n".join(collapsed), key) == [None] * 7


# ---------------------------------------------------------------- a <tr> cut in two


def _figure_row(lines: list[str], label: str) -> int:
    return next(i for i, ln in enumerate(lines) if ln.startswith("<tr>") and f">{label}<" in re.sub(r"<o:p></o:p>", "", ln)
                or ln.startswith("<tr>") and f";{label}&" in ln)


def _cut(lines: list[str], i: int, k: int) -> list[str]:
    """Row i cut before its k-th figure cell (as crawl_damage.html_row_split cuts it)."""
    m = CA.crawl_damage._figure_tds(lines[i])[k]
    return lines[:i] + [lines[i][:m.start()] + "</tr>", "<tr>" + lines[i][m.start():]] + lines[i + 1:]


def _rows_with_figures(truth: dict) -> list[str]:
    return [key for key in HEADS if f"{key}|applicant=total" in truth and sum(v != 0 for v in _row(truth, key)) >= 4]


def test_a_table_row_cut_in_two_reads_its_rest_as_its_end():
    text, truth = _document("html", 4800000)
    lines = text.split("\n")
    keys = _rows_with_figures(truth)
    assert len(keys) >= 2
    for key in keys[:3]:
        want = _row(truth, key)
        for k in (1, 4, 6):
            damaged = _cut(lines, _figure_row(lines, HEADS[key][-1]), k)
            report = reportparse.parse_text("\n".join(damaged))
            got = report.values()
            assert [got.get(f"{key}|applicant={w}") for w in APPLICANTS] == want, (key, k)
            assert any("a row cut in two" in w for w in report.warnings)
            # the cells read from the rest keep their place in the page's table
            cell = report.get(key, "total")
            assert cell.raw == str(want[-1]) and cell.source.table is not None and cell.source.col == 9


def test_a_cut_row_is_joined_also_where_a_header_printed_again_spans_past_its_place():
    text, truth = _document("html", 4800000)
    lines = text.split("\n")
    at = next(i for i, ln in enumerate(lines) if "不予处理" in ln)
    # a row above the header printed again (its rowspans then reach rows past their place)
    key = next(k for k in _rows_with_figures(truth) if 0 < _figure_row(lines, HEADS[k][-1]) < at - 1)
    want = _row(truth, key)
    lines = _cut(lines, _figure_row(lines, HEADS[key][-1]), 3)
    start = next(i for i, ln in enumerate(lines) if "申请人情况" in ln) - 1
    body = next(i for i in range(start, len(lines)) if "本年新收" in lines[i])
    lines[at + 1:at + 1] = lines[start:body]
    assert _read("\n".join(lines), key) == want


def test_a_short_row_whose_next_row_does_not_fill_it_stays_unread():
    text, truth = _document("html", 4800000)
    key = _rows_with_figures(truth)[0]
    lines = text.split("\n")
    damaged = _cut(lines, _figure_row(lines, HEADS[key][-1]), 3)
    rest = _figure_row(damaged, HEADS[key][-1]) + 1
    # one cell of the rest dropped: short and rest no longer fill the width, and nothing says where the gap is
    m = CA.crawl_damage._figure_tds(damaged[rest])[0]
    damaged[rest] = damaged[rest][:m.start()] + damaged[rest][m.end():]
    assert _read("\n".join(damaged), key) == [None] * 7
    # a figure of the rest that spans rows is no row's end either
    spanned = _cut(lines, _figure_row(lines, HEADS[key][-1]), 3)
    spanned[rest] = spanned[rest].replace("<td", '<td rowspan="2"', 1)
    assert _read("\n".join(spanned), key) == [None] * 7


def test_a_heading_row_short_of_the_width_is_never_given_a_row_of_figures():
    text, truth = _document("html", 4800000)
    lines = text.split("\n")
    i = _figure_row(lines, HEADS["requests.new"][-1])
    # a heading row of no figure and, after it, a row of figures and no label that fills it to the width
    figures = "".join(f"<td>{v}</td>" for v in (11, 22, 33, 44, 55, 66, 231))
    damaged = lines[:i] + ['<tr><td colspan="3">附注</td></tr>', f"<tr>{figures}</tr>"] + lines[i:]
    got = reportparse.parse_text("\n".join(damaged)).values()
    assert _read("\n".join(lines), "requests.new") == _row(truth, "requests.new")
    assert 231 not in [got.get(f"{k}|applicant=total") for k in HEADS]


# ---------------------------------------------------------------- a row one cell short


def _drop_td(lines: list[str], i: int, k: int) -> list[str]:
    m = CA.crawl_damage._figure_tds(lines[i])[k]
    return lines[:i] + [lines[i][:m.start()] + lines[i][m.end():]] + lines[i + 1:]


def test_a_table_row_one_cell_short_reads_its_printed_cells_where_r1_r2_place_them():
    text, truth = _document("html", 4800000)
    lines = text.split("\n")
    for key in _rows_with_figures(truth)[:3]:
        want = _row(truth, key)
        for k in (0, 3, 6):
            if len(set(want)) < 7 and want[k] in want[:k] + want[k + 1:]:
                continue            # (an equal cell elsewhere in the row: the reading is the same either way)
            report = reportparse.parse_text("\n".join(_drop_td(lines, _figure_row(lines, HEADS[key][-1]), k)))
            got = report.values()
            read = [got.get(f"{key}|applicant={w}") for w in APPLICANTS]
            assert read == want[:k] + [None] + want[k + 1:], (key, k)
            said = f"give it as {want[k]}, not printed"
            assert any(said in w and f"{key}|{APPLICANTS[k]}" in w for w in report.warnings), (key, k)
            # the printed cells keep their own text (their place: the page's cell, a column left past the gap)
            other = report.get(key, APPLICANTS[(k + 1) % 7])
            assert other.raw == str(want[(k + 1) % 7]) and other.source.span[1] - other.source.span[0] == len(other.raw)


def _pipe_row(which: int) -> tuple[list[str], int, list[str], int, str, list]:
    """A pipes report's lines, the index of table 三 row `which` (of those with figures), its cells, how many of them
    are labels, its key and its figures."""
    text, truth = _document("pipes", 4800000)
    lines = text.split("\n")
    key = _rows_with_figures(truth)[which]
    i = next(j for j, ln in enumerate(lines) if ln.startswith("|") and HEADS[key][-1] in ln)
    cells = lines[i].strip().strip("|").split("|")
    return lines, i, cells, len(cells) - 7, key, _row(truth, key)


def test_a_pipe_row_one_figure_short_is_read_alike():
    lines, i, cells, head, key, want = _pipe_row(1)
    k = next(j for j in (2, 1, 4) if want[j] not in want[:j] + want[j + 1:])
    lines[i] = "|" + "|".join(cells[:head + k] + cells[head + k + 1:]) + "|"
    got = reportparse.parse_text("\n".join(lines)).values()
    assert [got.get(f"{key}|applicant={w}") for w in APPLICANTS] == want[:k] + [None] + want[k + 1:]


def test_rows_short_of_cells_that_r1_r2_do_not_place_stay_unread():
    text, truth = _document("html", 4800000)
    lines = text.split("\n")
    keys = _rows_with_figures(truth)
    # two cells dropped from one row: no reading of one missing cell fits it
    i = _figure_row(lines, HEADS[keys[0]][-1])
    two = _drop_td(_drop_td(lines, i, 4), i, 1)
    assert _read("\n".join(two), keys[0]) == [None] * 7
    # one cell dropped from each of two rows in the same column group: R1/R2 settle the pair or leave both unread,
    # never a figure in another's column
    one = _drop_td(lines, _figure_row(lines, HEADS[keys[0]][-1]), 2)
    both = _drop_td(one, _figure_row(one, HEADS[keys[1]][-1]), 2)
    got = reportparse.parse_text("\n".join(both)).values()
    for key in keys[:2]:
        want = _row(truth, key)
        read = [got.get(f"{key}|applicant={w}") for w in APPLICANTS]
        assert all(r is None or r == w for r, w in zip(read, want)), key


# ---------------------------------------------------------------- page furniture inside table 四's block


T4 = [f"{g}.{o}" for g in ("review", "litigation.direct", "litigation.after_review")
      for o in ("upheld", "corrected", "other", "pending", "total")]


def _t4_figure_lines(lines: list[str]) -> list[int]:
    first = lines.index("四、政府信息公开行政复议、行政诉讼情况")
    return [i for i in range(first, len(lines)) if lines[i].strip().isdigit()][:15]


def test_page_furniture_between_table_four_figures_one_a_line_is_passed_over_as_r4_proves():
    text, truth = _document("cells", 4800000)
    want = [truth[k] for k in T4]
    assert len(set(want)) > 5
    for furniture in ("— 2 —", "分享到：", "第3页 共5页"):
        lines = text.split("\n")
        figures = _t4_figure_lines(lines)
        assert [int(lines[i]) for i in figures] == want
        for at in (figures[11], figures[3]):         # (from the end: the indices before stay right)
            lines.insert(at, furniture)
        report = reportparse.parse_text("\n".join(lines))
        got = report.values()
        assert [got.get(k) for k in T4] == want, furniture
        if furniture == "分享到：":      # (a page number line the loader already blanks: nothing to pass)
            assert any("passed over" in w and "分享到" in w for w in report.warnings)


def test_figures_past_a_line_of_other_text_that_r4_refutes_are_not_read():
    text, truth = _document("cells", 4800000)
    lines = text.split("\n")
    figures = _t4_figure_lines(lines)
    lines.insert(figures[7], "【关闭窗口】")
    lines[figures[9] + 1] = str(int(lines[figures[9] + 1]) + 7)      # a figure past it that R4 refutes
    got = reportparse.parse_text("\n".join(lines)).values()
    assert not any(k in got for k in T4)


def test_page_furniture_inside_table_three_last_row_is_read_past_where_its_total_holds():
    text, truth = _document("cells", 4800000)
    key = "requests.carried_forward"
    want = _row(truth, key)
    for k, furniture in ((1, "分享到:"), (3, "打印本页 关闭窗口"), (5, "第2页 共3页")):
        lines = text.split("\n")
        at = lines.index(HEADS[key][-1]) + 1
        assert [int(x) for x in lines[at:at + 7]] == want
        lines.insert(at + k, furniture)
        assert _read("\n".join(lines), key) == want, furniture
        if furniture.startswith("第"):
            continue        # (a page number line the loader blanks: the row is whole, its figures as printed)
        # a figure after it that the row's total refutes: the row is not read
        lines[at + 7] = str(int(lines[at + 7]) + 3)
        assert _read("\n".join(lines), key) == [None] * 7, furniture


# ---------------------------------------------------------------- two figures run together in one cell


def _merge_tds(lines: list[str], i: int, k: int, span: str) -> list[str]:
    """Figure cells k and k + 1 of row i as one cell, their figures with no separator left."""
    a, b = CA.crawl_damage._figure_tds(lines[i])[k:k + 2]
    figures = [re.sub(r"<[^>]+>|&nbsp;", "", m.group()).strip() for m in (a, b)]
    return lines[:i] + [lines[i][:a.start()] + f"<td{span}>{''.join(figures)}</td>" + lines[i][b.end():]] + lines[i + 1:]


def test_two_figures_run_together_in_one_table_cell_are_cut_where_r1_r2_single_out_one_reading():
    text, truth = _document("html", 4800000)
    lines = text.split("\n")
    done = 0
    for key in _rows_with_figures(truth)[:3]:
        want = _row(truth, key)
        for k, span in ((0, ""), (2, ' colspan="2"'), (4, "")):
            if want[k + 1] == 0 and want[k] != 0 or str(want[k + 1]).startswith("0"):
                continue
            report = reportparse.parse_text("\n".join(_merge_tds(lines, _figure_row(lines, HEADS[key][-1]), k, span)))
            got = report.values()
            assert [got.get(f"{key}|applicant={w}") for w in APPLICANTS] == want, (key, k, span)
            cut = report.get(key, APPLICANTS[k + 1])
            assert cut.raw == str(want[k + 1]) and "run together in one cell" in cut.source.note
            done += 1
    assert done >= 4


def test_a_pipe_cell_holding_two_figures_run_together_is_cut_alike():
    lines, i, cells, head, key, want = _pipe_row(0)
    k = next(j for j in range(5) if want[j] and want[j + 1])
    merged = cells[:head + k] + [cells[head + k].strip() + cells[head + k + 1].strip()] + cells[head + k + 2:]
    lines[i] = "|" + "|".join(merged) + "|"
    assert _read("\n".join(lines), key) == want


def test_a_row_of_figures_one_a_line_or_on_its_label_line_one_figure_short_is_read_alike():
    for layout in ("cells", "rows"):
        text, truth = _document(layout, 4800000)
        lines = text.split("\n")
        key = _rows_with_figures(truth)[2]
        want = _row(truth, key)
        k = next(j for j in (3, 5, 0) if want[j] not in want[:j] + want[j + 1:])
        if layout == "cells":
            at = lines.index(HEADS[key][-1]) + 1
            assert int(lines[at + k]) == want[k]
            del lines[at + k]
        else:
            i = next(j for j, ln in enumerate(lines) if ln.startswith(HEADS[key][-1] + " "))
            label, *figures = lines[i].split(" ")
            figures = figures[len(figures) - 7:]
            assert [int(x) for x in figures] == want
            lines[i] = lines[i][:len(lines[i]) - len(" ".join(figures))] + " ".join(figures[:k] + figures[k + 1:])
        assert _read("\n".join(lines), key) == want[:k] + [None] + want[k + 1:], layout
