"""PDF damage read in stop 42 (pdf42).

- Figures letter-spaced 0.8 em (wider than the gap between cells) and set flush right in a three-line
  table: each figure's digits stand apart, one run each, and pdf_spaced asks whether the table
  settles them as one figure. A joined figure must stand in line with its column's other figures
  (a chain that took a neighbouring cell's digit sticks out by a digit); where the column holds
  a single other figure, or figures of one width, the edge the column keeps is not told and the
  header word had to be centred on it, never so for flush-right figures: table 二's rows were
  unread in pairs (pdf_attack seed 61 doc 28: 35 values lost). Every other figure of the column
  standing at both the joined figure's edges, it sticks out of none: in line (pdf_spaced._in_line).
- A landscape page among portrait ones (table 三 alone on a turned page) whose table runs down over
  its foot, where its number ('- 2 -') stands: pdf_folio knew a page's number in a cell by the page
  before's number at the same place, measured from the top and the left, which a page of another
  size does not share ('(七)总计-2 | - 3364 |': the row unread; seed 60 doc 70: 7 values lost, seed 61
  doc 18: '-104', a negative count, dropped). The place is measured from the page's foot and its
  middle across (the same for pages of one size).
"""
import pytest
from conftest import pdf_fixture_generator
from pdf_variants import read_county, text_items, units_under, wrong_values

from reportparse.layout.pdf_folio import Folio, page_folio
from reportparse.layout.pdf_settings import PDFLayoutSettings


def test_flush_right_tracked_figures_of_one_width_in_a_column_are_read():
    got, want, report = read_county("2019", 515151, rules="three_line", right_figures=True, figure_lead="",
                                    figure_spacing=0.8, spaced_every=1)
    assert wrong_values(got, want) == {}
    # 规章 and 规范性文件, 行政许可 and 其他对外管理服务事项: figures of one width at one place (37 lost before)
    for key in ("disclosure.licensing.decisions", "disclosure.other_services.decisions",
                "disclosure.normative_docs.made", "disclosure.penalty.decisions"):
        assert got[key] == want[key], key
    # the rows whose column holds a figure of another width and no third: unread until stop 53, whose
    # parts' rows tell the edge together (pdf_spaced._rows_in_line; tests/test_pdf_damage_pdf53.py)
    assert [k for k, v in got.items() if v is None and want[k] is not None] == []
    assert not any("digits spaced apart" in w for w in report.warnings)


def test_a_landscape_pages_number_in_a_cell_is_known_by_the_page_before():
    # table 三 alone on a turned (landscape) page, its rows over the unit under each figure run down
    # over the page's foot: '- 2 -' stood in the 总计 row ('(七)总计-2 | - 3364 |'), 7 values lost
    gen = pdf_fixture_generator()
    got, want, report = read_county("2019", 246810, edit=units_under("件"), centre_cells=True,
                                    t3_split=gen.variants2.landscape_t3(90))
    assert wrong_values(got, want) == {}
    total = {k: v for k, v in want.items() if k.startswith("requests.answered|")}
    assert len(total) == 7 and {k: got[k] for k in total} == total
    assert any("its page number ('-2-')" in w for w in report.warnings)


PORTRAIT = Folio("-#-", (4,), 800.0, 809.0, 297.5, 3, 842.0, 595.0)     # page 3 printed '-4-' there
RULES = [(530.0, 380.0, 460.0), (570.0, 380.0, 460.0)]                 # a cell's rules over and under it


@pytest.mark.parametrize("x, top, dropped", [
    (414.25, 553.0, True),          # as far up from the landscape page's foot, centred on its width
    (414.25, 545.0, False),         # higher
    (425.0, 553.0, False),          # aside of the middle
])
def test_a_page_of_another_size_prints_its_number_from_its_foot(x, top, dropped):
    figure = text_items("137", 410.0, 540.0, 6.5)
    items = figure + text_items("-5-", x, top)
    notes = []
    kept, seen = page_folio(items, RULES, 595.0, 4, PORTRAIT, PDFLayoutSettings(), notes, 842.0)
    assert (kept == figure) is dropped and bool(notes) is dropped
    if dropped:
        assert seen.numbers == (5,) and (seen.height, seen.width) == (595.0, 842.0)
