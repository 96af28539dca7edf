"""Pages that set their text by absolute positions (a PDF converted to HTML): lines and table rows rebuilt
from the positions (layout/html_positioned.py) and read cell by cell. Invented reports laid out as a PDF page
holds them (tools/damage/fixtures_positioned.py)."""
import importlib
import sys

import pytest

import reportparse
from conftest import TOOLS

TITLE = "栖梧县人民政府2021年政府信息公开工作年度报告"


def _tools(name: str):
    sys.path.insert(0, str(TOOLS))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(TOOLS))


def _report(seed: int):
    """An invented 2021 report: its three tables as grids and every true value (blank cells None)."""
    html = _tools("damage.fixtures_html")
    t2 = _tools("damage.fixtures_heldout").t2_2021((None, 13, 47), (86, 121, None), 3418, 917, 452, "6.4")
    zero = {"requests.carried_over": "101101", "requests.denied.state_secret": "000000",
            "requests.unable.unclear": "110001", "requests.not_processed.duplicate": "010100",
            "requests.carried_forward": "111011"}
    # table 四's after-review litigation: figures only left of blank cells, the columns a drift could shift
    values3, t4 = html._report(seed, zero, t2, "6.4", {"review": [8, 3, 0, 2], "litigation.direct": [0, 0, 0, 0],
                                                       "litigation.after_review": [5, 0, 2, 0]})
    grids = [html.t2_rows(t2, "6.4"), html.t3_grid(values3), html.t4_grid(t4)]
    return grids, dict(t2, **values3, **t4)


def _check(page: str, truth: dict) -> reportparse.Report:
    report = reportparse.parse(page.encode("utf-8"))
    got = {i.value_id: i.value for i in report.indicators if not i.derived}
    for vid, value in truth.items():
        assert got.get(vid) == value, vid
    assert any("rebuilt from the positions" in w for w in report.warnings)
    return report


@pytest.mark.parametrize("wrap,centre,on_runs", [(99, False, False), (7, True, True), (10, False, True)])
def test_a_page_of_runs_placed_by_left_and_top_is_read_cell_by_cell(wrap, centre, on_runs):
    # every cell's text (a wrapped label: each line) an element at position:absolute; blank cells have none
    pos = _tools("damage.fixtures_positioned")
    grids, truth = _report(331)
    lines = pos.positioned_lines(TITLE, grids, 13.0, wrap=wrap, centre=centre)
    report = _check(pos.pdf2html_page(TITLE, lines, 13.0, "div" if on_runs else "p", on_runs), truth)
    cell = next(i for i in report.indicators if i.value_id == "requests.granted|applicant=research")
    assert cell.source.table is not None and cell.source.col is not None


@pytest.mark.parametrize("digit,merged,clip", [(0.5, True, False), (0.556, True, True), (0.636, True, False),
                                               (0.507, False, False)])
def test_a_pdf2htmlex_page_is_read_from_its_classes_and_spacers(digit, merged, clip):
    # left/bottom in CSS classes, text at 4x under a 0.25 matrix, a row's cells in one line apart by spacer
    # spans (a blank cell: a wider spacer), two pages (table 三 continued); the font's digit width (Times
    # 0.5, Arial 0.556, Verdana 0.636 em) found from the figures' columns; lines in a clip box (.c) placed
    # from its corner
    pos = _tools("damage.fixtures_positioned")
    grids, truth = _report(347)
    lines = pos.positioned_lines(TITLE, grids, 13.5, wrap=10, centre=not merged, digit=digit)
    page = pos.pdf2htmlex_page(TITLE, lines, 13.5, digit, (lambda n: True) if merged else (lambda n: n % 3 > 0),
                               clip=clip)
    assert 'data-page-no="2"' in page
    _check(page, truth)


@pytest.mark.parametrize("wrap", [99, 9])
def test_a_mupdf_page_placed_by_its_style_sheets_element_rules_is_read_cell_by_cell(wrap):
    # p{position:absolute} in the <style>, top/left in pt on each line, the font size on the line's span
    pos = _tools("damage.fixtures_positioned")
    grids, truth = _report(359)
    lines = pos.positioned_lines(TITLE, grids, 13.0, wrap=wrap, centre=wrap < 99)
    _check(pos.mupdf_page(TITLE, lines, 13.0), truth)


def test_pdf2htmlex_without_its_style_sheet_is_read_in_flow_order_with_no_figure_under_a_wrong_key():
    # the positions are in a separate .css file: no run has a place, nothing is rebuilt. Read line by line,
    # (六)其他处理 (centred over its wrapped sub-rows) shares its line with the first sub-row's figures: they
    # went under requests.other, a row the 2021 template does not print; now not read, with a warning
    pos = _tools("damage.fixtures_positioned")
    grids, truth = _report(353)
    page = pos.pdf2htmlex_page(TITLE, pos.positioned_lines(TITLE, grids, 13.5, wrap=10), 13.5)
    start, end = page.index("<style"), page.index("</style>") + len("</style>")
    report = reportparse.parse((page[:start] + '<link rel="stylesheet" href="a.css"/>' + page[end:]).encode("utf-8"))
    got = {i.value_id: i.value for i in report.indicators if not i.derived and i.value is not None}
    assert {k: v for k, v in got.items() if truth.get(k) != v} == {}
    assert len(got) > 100
    assert any("其他处理" in w and "not read" in w for w in report.warnings)
    assert any("do not give its lines" in w for w in report.warnings)


def test_a_group_row_with_figures_before_a_row_of_figures_without_a_label_does_not_crash():
    # (六)其他处理 read as a row of its own (a group row with figures, no template slot) before a line of
    # figures with no label: the moved-rows reading looked its key up among the template's rows (ValueError)
    text = ("| 一、本年新收政府信息公开41申52请数量3108 | 2861 | 3295 | 2814 | 2846 | 18527 |\n"
            "| 1.申请人无正当理由逾期不补正、 |\n"
            "| (六)其他处理 193 | 获取信息 | 171 | 243 | 274 | 136 | 275 | 1292 |\n"
            "2.申请人逾期未按收费通知要求缴\n"
            "| 272 | 31 | 164 | 107 | 38 | 244 | 856 |\n"
            "| 四、结转下年度继续办理206 | 182 | 154 |  | 268 | 263 | 1073 |\n")
    got = reportparse.parse(text.encode("utf-8")).values()
    assert [got.get(f"requests.carried_forward|applicant={w}") for w in (
        "natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")] == \
        [206, 182, 154, None, 268, 263, 1073]


def test_a_page_whose_menu_is_placed_by_position_is_read_in_flow_order_as_before():
    """Guard: a site's menu of 25 items at top:…px under a style sheet's absolute rule, the report in flow
    order: the positions hold little of the text, so nothing is rebuilt and nothing is said."""
    from conftest import FIXTURES, load_expected
    page = (FIXTURES / "damage" / "html_blank_cells_2021.html").read_text(encoding="utf-8")
    menu = "".join(f'<p class="m" style="top:{8 + 20 * k}px;left:4px">栏目{k}</p>' for k in range(25))
    page = page.replace("</head>", "<style>.m{position:absolute}</style></head>", 1).replace("<body>", f"<body>{menu}", 1)
    report = reportparse.parse(page.encode("utf-8"))
    want = load_expected(FIXTURES / "damage" / "html_blank_cells_2021.expected.json")["values"]
    assert report.values() == want
    assert not any("absolute positions" in w for w in report.warnings)


@pytest.mark.parametrize("percent,marked,wrap", [(True, False, 99), (True, True, 9), (False, False, 12)])
def test_a_saved_pdfjs_viewer_page_is_read_from_its_text_layers(percent, marked, wrap):
    # pdf.js: a span per run inside .textLayer divs, left/top in % of the page with calc(var(--scale-factor)*…px)
    # sizes (pdf.js 3+) or px (pdf.js 2), transform:scaleX; the viewer's style sheet (which makes the spans
    # absolute) is a separate file: read in flow order blank cells gave no place to the figures after them
    pos = _tools("damage.fixtures_positioned")
    grids, truth = _report(367)
    lines = pos.positioned_lines(TITLE, grids, 13.0, wrap=wrap, centre=wrap < 99)
    page = pos.pdfjs_page(TITLE, lines, 13.0, percent=percent, marked=marked)
    assert "position" not in page
    report = _check(page, truth)
    cell = next(i for i in report.indicators if i.value_id == "requests.granted|applicant=research")
    assert cell.source.table is not None and cell.source.col is not None


def test_a_pdfjs_layer_whose_size_the_page_does_not_give_is_not_placed_at_its_left_edge():
    # runs placed by a share of a width the page does not give have no place: the page is read in flow order with
    # a warning, never with every run at the layer's left edge. In flow order a blank cell is no element: table
    # 二's "规章 13 47" (its first cell blank) was read as collapsed runs of equal lines (13 under 本年制发件数)
    pos = _tools("damage.fixtures_positioned")
    grids, truth = _report(367)
    page = pos.pdfjs_page(TITLE, pos.positioned_lines(TITLE, grids, 13.0), 13.0)
    page = page.replace('<div class="textLayer" style="width: calc(var(--scale-factor) * 900.00px); height: '
                        'calc(var(--scale-factor) * 1100.00px);">', '<div class="textLayer">')
    report = reportparse.parse(page.encode("utf-8"))
    got = {i.value_id: i.value for i in report.indicators if not i.derived and i.value is not None}
    assert {k: v for k, v in got.items() if truth.get(k) != v} == {}
    assert any("do not give its lines" in w for w in report.warnings)
    # table 三's rows short of their blank cells (18 16 33 14 81 for seven cells) are placed where the row's total
    # and R1/R2 keep one placement (extract/left_out.py)
    cells = {i.value_id: i for i in report.indicators if not i.derived}
    for key in ("requests.carried_over", "requests.unable.unclear", "requests.carried_forward"):
        for who in ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"):
            vid = f"{key}|applicant={who}"
            assert vid in cells and cells[vid].value == truth[vid], vid
