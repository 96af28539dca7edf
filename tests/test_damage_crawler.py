"""Crawler damage to the text of national-template reports (round 24): one mechanism each, on invented
text derived from the project's own fixtures (tests/fixtures/damage, tools/damage/fixtures_crawler.py)."""
import reportparse
from conftest import FIXTURES, load_expected

SHIFTED = FIXTURES / "damage" / "shifted_cells_2021.md"


def test_cells_moved_down_a_line_are_not_read_where_the_arithmetic_cannot_say():
    # the shifted rows of shifted_cells_2021 with table 三's 总计 row removed: R2 no longer bears on
    # them, so which label owns which line is not settled. The labels in doubt give nothing (never the
    # figures of the row above), with a warning; the rows around them read as printed.
    text = "\n".join(ln for ln in SHIFTED.read_text(encoding="utf-8").split("\n") if "（七）总计" not in ln)
    report = reportparse.parse_text(text)
    want = load_expected(SHIFTED.with_name("shifted_cells_2021.expected.json"))["values"]
    got = report.values()
    for key in ("requests.denied.third_party", "requests.denied.internal_affairs", "requests.denied.process_info"):
        assert all(got.get(f"{key}|applicant={w}") is None for w in ("natural_person", "research", "total")), key
    for key in ("requests.denied.security_stability", "requests.denied.enforcement_file", "requests.granted"):
        for w in ("natural_person", "commercial", "other_org", "total"):
            assert got[f"{key}|applicant={w}"] == want[f"{key}|applicant={w}"]
    assert any("which R1 and R2 do not settle" in w for w in report.warnings)


def test_a_footnote_mark_after_a_figure_is_no_digit_and_no_row_end():
    report = reportparse.parse(FIXTURES / "damage" / "footnote_marks_2019.txt")
    ind = report.get("disclosure.regulations.made")
    assert (ind.value, ind.raw) == (3, "3*")           # printed 3¹: the superscript is a mark, never 31
    assert report.get("disclosure.procurement.projects").value == 74        # 74² 2463500元: no 7|4 split
    assert report.get("disclosure.procurement.amount").value == 2463500


def test_a_stray_figure_in_table4_that_r4_does_not_place_leaves_it_unread():
    # t4_page_number_2019 with the review group's 总计 misprinted (28 → 29): no way of dropping one of the 16
    # figures makes R4 hold in all three groups, so none of table 四 is read (never the first fifteen)
    path = FIXTURES / "damage" / "t4_page_number_2019.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index("11", len(lines) - 20)
    assert lines[at - 3] == "28"
    lines[at - 3] = "29"
    report = reportparse.parse_text("\n".join(lines))
    assert not [i for i in report.indicators if i.key.startswith(("review.", "litigation.")) and not i.derived]
    assert any("16 figures after its header where it has 15, which R4 does not settle" in w for w in report.warnings)
    # tables 二 and 三 read as before
    want = load_expected(path.with_name("t4_page_number_2019.expected.json"))["values"]
    got = report.values()
    assert got["requests.new|applicant=total"] == want["requests.new|applicant=total"]
    assert got["disclosure.penalty.decisions"] == want["disclosure.penalty.decisions"]


def test_separator_counted_cells_read_only_where_their_count_is_the_templates():
    # closed_sep_cells_2019 with two lone pipes more inside the row 一、本年新收…: nine cells for seven columns,
    # so which of its cells are none is unknown; the row is not read (its figures never shifted). (One more
    # would leave exactly seven figures for seven columns: those are its cells, test_a_doubled_separator_is_no_cell.)
    path = FIXTURES / "damage" / "closed_sep_cells_2019.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, ln in enumerate(lines) if ln.startswith("一、本年新收政府信息公开申请数量 |"))
    lines[at + 2:at + 2] = ["|", "|"]
    report = reportparse.parse_text("\n".join(lines))
    got = report.values()
    assert all(got.get(f"requests.new|applicant={w}") is None for w in ("natural_person", "research", "total"))
    assert any("9 cells where the template has 7" in w for w in report.warnings), report.warnings
    want = load_expected(path.with_name("closed_sep_cells_2019.expected.json"))["values"]
    for vid in ("requests.carried_over|applicant=commercial", "requests.carried_over|applicant=research",
                "disclosure.coercion.items_prev_year", "disclosure.coercion.decisions"):
        assert got[vid] == want[vid]


def test_a_doubled_separator_is_no_cell():
    # a crawler printed one separator twice inside rows of table 三 and table 二 ("| 36 || 22 |"): the row holds
    # exactly its figures and one empty cell more, so the figures are its cells as printed
    path = FIXTURES / "damage" / "shifted_cells_end_2019.txt"
    want = load_expected(path.with_name("shifted_cells_end_2019.expected.json"))["values"]
    lines = path.read_text(encoding="utf-8").split("\n")
    changed = 0
    for i, ln in enumerate(lines):
        if ln.startswith(("| 二、上年结转", "| 三、本年度办理结果", "| 规章")):
            cells = ln.split(" | ")
            cells[3] = cells[3] + " |"          # "| a | b | c || d | …"
            lines[i] = " | ".join(cells)
            changed += 1
    assert changed == 3
    got = reportparse.parse_text("\n".join(lines)).values()
    for vid, v in want.items():
        if vid.startswith(("requests.carried_over|", "requests.granted|", "disclosure.regulations.")):
            assert got[vid] == v, vid


def test_rows_moved_down_with_no_line_between_are_read_by_the_arithmetic():
    # shifted_lines_2021 without the chrome line between (六)1's line and its figures: the label's reading runs
    # on into the label-less line (14 cells); its own line's seven and that line are the moved rows
    path = FIXTURES / "damage" / "shifted_lines_2021.txt"
    text = path.read_text(encoding="utf-8").replace("打印本页 关闭窗口\n", "")
    report = reportparse.parse_text(text)
    want = load_expected(path.with_name("shifted_lines_2021.expected.json"))["values"]
    got = report.values()
    for key in ("requests.not_processed.confirmation", "requests.other.no_correction", "requests.other.fee_unpaid"):
        for w in ("natural_person", "research", "other_org", "total"):
            assert got[f"{key}|applicant={w}"] == want[f"{key}|applicant={w}"]
    assert any("read each from the line after its label" in w for w in report.warnings)
    assert not any("14 cells" in w for w in report.warnings)
