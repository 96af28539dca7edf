"""A copy that ends inside a table's row whose cells stand one a line, each closed by its pipe ("  7 |"), and whose
last figure stands on a line of its own that no pipe closes where the text ends (hunt32a): the cells closed by their
pipes are the row's first columns and are read; the unclosed figure may be cut inside ('1' of 15) or before its pipe
and is never read. A row whose seven cells are all closed is read whole as before; text after the unclosed figure
(not the copy's end) proves nothing. Invented texts and numbers."""
import reportparse

APPS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")


def _cells(*figures):
    return "".join(f"{f} |\n" for f in figures)


def _row(label, six):
    return f"{label} |\n" + _cells(*six, sum(six)) + "||\n"


HEAD = ("根据《中华人民共和国政府信息公开条例》规定，现公布青岚县文化旅游局2022年政府信息公开工作年度报告。\n"
        "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n"
        "申请人情况 |\n||||||||\n自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n商业企业 |\n科研机构 |\n"
        "社会公益组织 |\n法律服务机构 |\n其他 |\n||||\n")
ROWS = (_row("一、本年新收政府信息公开申请数量", (13, 4, 2, 3, 5, 6))
        + _row("二、上年结转政府信息公开申请数量", (2, 1, 3, 1, 2, 1))
        + "三、本年度办理结果\n|\n"
        + _row("(一)予以公开", (8, 2, 1, 2, 3, 4)))
CUT = "(二)部分公开(区分处理的,只计这一情形,不计其他情形) |\n" + _cells(3, 1, 2, 1, 1)


def _t3(report, key):
    return {i.applicant: i.value for i in report.indicators if i.key == key}


def test_cells_closed_by_their_pipes_are_read_and_the_unclosed_last_figure_is_not():
    report = reportparse.parse_text(HEAD + ROWS + CUT + "1 \n")
    assert _t3(report, "requests.partially_granted") == dict(zip(APPS, (3, 1, 2, 1, 1)))
    cell = next(i for i in report.indicators if i.key == "requests.partially_granted" and i.applicant == "legal_service")
    assert cell.source.method == "table" and cell.raw == "1" and "部分公开" in cell.label
    assert any("the text ends after 5 of its 7 cells" in w for w in report.warnings)
    # the rows before it, cell by cell, as ever
    assert _t3(report, "requests.new") == dict(zip(APPS, (13, 4, 2, 3, 5, 6, 33)))
    assert _t3(report, "requests.carried_over") == dict(zip(APPS, (2, 1, 3, 1, 2, 1, 10)))
    assert _t3(report, "requests.granted") == dict(zip(APPS, (8, 2, 1, 2, 3, 4, 20)))


def test_the_unclosed_figure_without_a_line_break_is_not_read_either():
    report = reportparse.parse_text(HEAD + ROWS + CUT + "1")
    assert _t3(report, "requests.partially_granted") == dict(zip(APPS, (3, 1, 2, 1, 1)))


def test_a_row_whose_cells_are_all_closed_is_read_whole():
    report = reportparse.parse_text(HEAD + ROWS + CUT + "1 |\n9 |\n")
    assert _t3(report, "requests.partially_granted") == dict(zip(APPS, (3, 1, 2, 1, 1, 1, 9)))


def test_text_after_the_unclosed_figure_proves_no_columns():
    report = reportparse.parse_text(HEAD + ROWS + CUT + "1\n四、政府信息公开行政复议、行政诉讼情况\n")
    assert _t3(report, "requests.partially_granted") == {}


def test_one_closed_cell_then_an_unclosed_figure_at_the_copys_end():
    # (heldout32, lead33) the copy ends right after the row's second figure, its line unclosed ("7 |", "5"): the
    # first cell is the row's first column; the second may be cut inside ('5' of 51) and is not read
    cut = "(二)部分公开(区分处理的,只计这一情形,不计其他情形) |\n7 |\n5"
    for end in ("", "\n"):
        report = reportparse.parse_text(HEAD + ROWS + cut + end)
        assert _t3(report, "requests.partially_granted") == {"natural_person": 7}
        assert any("the text ends after 1 of its 7 cells" in w for w in report.warnings)
        assert _t3(report, "requests.granted") == dict(zip(APPS, (8, 2, 1, 2, 3, 4, 20)))
