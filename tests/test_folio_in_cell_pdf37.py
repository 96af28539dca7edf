"""A page's number printed over a table's cell (pdf37): table 三 run down over the page's foot (labels
letter-spaced and wrapped, figures shrunk) where the writer prints '- 2 -' on every page. Its characters
fell into the cell they cross ('17' over '-2-': a cell that is no number, the row's 7 values lost; seed 46
of pdf_attack lost 7 in each of 5 documents so). pdf_folio: a run at the place where the page before printed
its own number, with the same marks around a number one page on, in a ruled cell, is left out with the
page's note. A bare number there could be a figure: never taken (the cell stays unread)."""
import pytest

from pdf_variants import read_county, text_items, wrong_values

from reportparse.layout.pdf_folio import Folio, page_folio
from reportparse.layout.pdf_settings import PDFLayoutSettings

TALL = dict(table_size=10, figure_size=6.5, letter_spacing=0.6)


def _folio(text):
    return dict(furniture=dict(style="folio", pages=3, folio=text))


@pytest.mark.parametrize("template, seed, writer, printed", [
    ("2021", 3721, TALL, "-2-"),                                          # the writer's own '- 2 -'
    ("2021", 3722, dict(TALL, figure_size=5.5, **_folio("第{}页")), "第2页"),
    ("2021", 3723, dict(TALL, right_figures=True, **_folio("—{}—")), "—2—"),
    ("2021", 3724, dict(table_size=9, figure_size=5.0, letter_spacing=1.0, **_folio("- {} -")), "-2-"),
])
def test_a_page_number_over_a_cell_is_left_out_of_it(template, seed, writer, printed):
    got, want, report = read_county(template, seed, **writer)
    assert wrong_values(got, want) == {}
    assert got == want and len(want) >= 198
    said = [w for w in report.warnings if "page number" in w]
    assert said == [f"page 2: its page number ('{printed}'), printed over a table's cell where the page before "
                    "prints its own, was left out of the cell"]


def test_guard_a_bare_number_over_a_cell_is_never_taken():
    # '2' alone could be the cell's figure: the cell holds two figures one over the other, unread
    got, want, report = read_county("2021", 3725, **dict(TALL, **_folio("{}")))
    assert wrong_values(got, want) == {}
    lost = [k for k in want if got[k] is None and want[k] is not None]
    assert lost == ["requests.other.no_correction|applicant=natural_person"]
    assert not any("page number" in w for w in report.warnings)
    assert any("two figures one over the other" in w for w in report.warnings)


BEFORE = Folio("-#-", (4,), 800.0, 809.0, 300.0, 3)        # page 3 printed '-4-' there
RULES = [(790.0, 250.0, 350.0), (830.0, 250.0, 350.0)]    # a cell's rules over and under it


@pytest.mark.parametrize("text, x, top, rules, dropped", [
    ("-5-", 293.25, 800.0, RULES, True),                   # page 4 prints '-5-' in the cell: left out
    ("-6-", 293.25, 800.0, RULES, False),                  # another number: no folio of this page
    ("-5-", 311.0, 800.0, RULES, False),                   # aside of the place
    ("-5-", 293.25, 806.0, RULES, False),                  # lower
    ("-5-", 293.25, 800.0, [], False),                     # in the margin: pdf_tables' furniture line
    ("5", 297.75, 800.0, RULES, False),                    # bare: may be a figure
])
def test_what_is_the_page_number_in_a_cell(text, x, top, rules, dropped):
    figure = text_items("137", 290.0, 780.0, 6.5)
    items = figure + text_items(text, x, top)
    notes = []
    kept, seen = page_folio(items, rules, 842.0, 4, BEFORE, PDFLayoutSettings(), notes)
    assert (kept == figure) is dropped and bool(notes) is dropped
    if dropped or not rules:
        assert seen is not None and seen.numbers == (int(text.strip("-")),) and seen.page == 4
    if not dropped:
        assert kept == items


def test_the_folio_settings_are_named():
    layout = PDFLayoutSettings()
    assert (layout.folio_foot, layout.folio_place) == (0.15, 2.0)
    with pytest.raises(ValueError):
        PDFLayoutSettings(folio_place=-1.0)
