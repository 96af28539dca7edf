"""A page number printed inside a borderless table's last row (pdf35; left alone at stop 34 as
'- 24' beside '8件'): table 三 set low on its page, its last row on the page number's line. A bare
number ('22', 9 pt) stood tight after the row's first figure ('333', 8 pt) and was read as one
figure with it: 333 -> 33322 (WRONG). A figure's digits are set in one size: two digits side by
side whose heights differ (PDFLayoutSettings.figure_size_step) are two figures (pdf_lines.runs), and
the cell holding both is left unread. The '- 3 -' and '第 3 页' forms were left unread already."""
import io

import pytest

from conftest import pdf_fixture_generator
from pdf_variants import read_county, wrong_values


def low_t3(bottom: float):
    """A `t3_split` drawing table 三 on a page of its own, its last row's foot `bottom` points up."""
    pr = pdf_fixture_generator()

    def split(w, body, rows):
        scratch = pr.Writer(io.BytesIO(), rules=w.rules)
        y0 = scratch.y
        scratch.table(pr.T3_WIDTHS, pr.T3_HEADER + body, header_rows=len(pr.T3_HEADER))
        w.new_page()
        w.y = bottom + (y0 - scratch.y - 6)
        w.table(pr.T3_WIDTHS, pr.T3_HEADER + body, header_rows=len(pr.T3_HEADER))
    return split


@pytest.mark.parametrize("template, seed, rules, bottom, folio", [
    ("2019", 3531, "none", 24, "{}"),
    ("2021", 3532, "horizontal", 24, "{}"),
    ("2021", 3533, "none", 22, "{}"),
    ("2019", 3534, "three_line", 24, "- {} -"),
])
def test_a_page_number_in_a_last_row_is_no_digit_of_its_figure(template, seed, rules, bottom, folio):
    # before: requests.carried_forward (natural person) read with the page number after it (WRONG)
    got, want, report = read_county(template, seed, rules=rules, centre_cells=True, t3_split=low_t3(bottom),
                                    furniture=dict(style="folio", pages=3, folio=folio))
    assert wrong_values(got, want) == {}
    lost = {k for k, v in got.items() if v != want[k]}
    assert lost <= {k for k in want if k.startswith("requests.carried_forward")}    # the last row at most
    assert {k: v for k, v in got.items() if k not in lost} == {k: want[k] for k in got if k not in lost}
