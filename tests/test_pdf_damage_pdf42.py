"""PDF damage read in stop 42 (pdf42).

- Figures letter-spaced 0.8 em (wider than the gap between cells) and set flush right in a three-line
  table: each figure's digits stand apart, one run each, and pdf_spaced asks whether the table
  settles them as one figure. A joined figure must stand in line with its column's other figures
  (a chain that took a neighbouring cell's digit sticks out by a digit); where the column holds
  a single other figure, or figures of one width, the edge the column keeps is not told and the
  header word had to be centred on it, never so for flush-right figures: table 二's rows were
  unread in pairs (pdf_attack seed 61 doc 28: 35 values lost). Every other figure of the column
  standing at both the joined figure's edges, it sticks out of none: in line (pdf_spaced._in_line).
"""
from pdf_variants import read_county, wrong_values


def test_flush_right_tracked_figures_of_one_width_in_a_column_are_read():
    got, want, report = read_county("2019", 515151, rules="three_line", right_figures=True, figure_lead="",
                                    figure_spacing=0.8, spaced_every=1)
    assert wrong_values(got, want) == {}
    # 规章 and 规范性文件, 行政许可 and 其他对外管理服务事项: figures of one width at one place (37 lost before)
    for key in ("disclosure.licensing.decisions", "disclosure.other_services.decisions",
                "disclosure.normative_docs.made", "disclosure.penalty.decisions"):
        assert got[key] == want[key], key
    assert sum(v is None for v in got.values()) <= 22
    # the rows whose column holds a figure of another width and no third stay unread, said
    assert any("digits spaced apart" in w for w in report.warnings)
