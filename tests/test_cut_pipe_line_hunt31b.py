"""A table 三 whose rows print their label on a line of its own, closed by a pipe, and their seven cells on the next
line ("(一)予以公开 |" then "3 | 5 | 2 | 4 | 6 | 7"), in a copy that ends inside such a row (a page excerpt; stop 31
hunt31b, a county bureau's 2021 table): one pipe between each two figures keeps every cell in its column, so the
figures closed by a pipe are the row's first columns and are read; the figure the text ends in may be cut inside
and is not. A blank cell ("| |"), a pipe before the first figure, or text after the row leaves it unread.
Invented texts and numbers."""
import pytest

import reportparse

HEAD = ("丰源县农业局\n2021年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，现公布丰源县农业局2021年政府"
        "信息公开工作年度报告。\n一、总体情况\n2021年，我局推进政务公开。\n三、收到和处理政府信息公开申请情况\n"
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 | ||||||||\n自然人 |\n"
        "法人或其他组织 |\n总计 | |||||||\n商业 企业 |\n科研 机构 |\n社会公益组织 |\n法律服务机构 |\n其他 | |||||\n"
        "一、本年新收政府信息公开申请数量 |\n31 | 5 | 2 | 4 | 6 | 7 | 55 | ||\n"
        "二、上年结转政府信息公开申请数量 |\n8 | 1 | 0 | 3 | 0 | 2 | 14 | ||\n三、本年度办理结果 |\n(一)予以公开 |\n")
APPS = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]


def _granted(report):
    return {i.applicant: i.value for i in report.indicators if i.key == "requests.granted"}


def test_the_figures_closed_by_a_pipe_are_the_cut_rows_first_columns():
    report = reportparse.parse_text(HEAD + "12 | 3 | 1 | 2 | 9")
    assert _granted(report) == {"natural_person": 12, "commercial": 3, "research": 1, "social_welfare": 2}
    g = report.get("requests.granted", "natural_person")
    assert g.raw == "12" and g.label == "(一)予以公开" and g.source.method == "table"
    assert "first columns" in g.source.note
    assert any("the text ends after 4 of its 7 cells" in w for w in report.warnings)
    # the rows above are whole
    assert report.value("requests.new", "total") == 55 and report.value("requests.carried_over", "social_welfare") == 3


def test_a_last_figure_closed_by_its_pipe_is_read_too():
    report = reportparse.parse_text(HEAD + "12 | 3 | 1 | 2 | 9 |")
    assert _granted(report) == {"natural_person": 12, "commercial": 3, "research": 1, "social_welfare": 2,
                                "legal_service": 9}


@pytest.mark.parametrize("tail", [
    "12 | | 1 | 2 | 9",             # a blank cell between two figures: the columns after it are not those of the count
    "| 12 | 3 | 1 | 2 | 9",          # a pipe before the first figure: a blank first cell
    "12 | 3 | 1 | 2 | 9\n四、结转下年度继续办理 |\n0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n",   # the row is not cut at the text's end
    "12 3 | 1 | 2 | 9",              # two figures with no pipe between
])
def test_a_cut_row_whose_columns_the_pipes_do_not_prove_is_not_read(tail):
    report = reportparse.parse_text(HEAD + tail)
    assert _granted(report) == {}
