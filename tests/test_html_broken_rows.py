"""HTML table rows broken as CMSs publish them (stop 24): cells after a stray </tr>, a div-table row whose
empty element is left out, a row's figures set in its label's cell. Invented pages: the project's own
fixtures (tests/fixtures/damage) with one row rewritten."""
import reportparse
from conftest import FIXTURES, load_expected

BLANKS = FIXTURES / "damage" / "html_blank_cells_2021.html"
DIV_GRID = FIXTURES / "damage" / "html_div_grid_2021.html"
WHO = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
GRANTED = ('<tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>100</td><td>184</td>'
           "<td>240</td><td>25</td><td>258</td><td>110</td><td>917</td></tr>")
FORWARD = ('<tr><td colspan="3">四、结转下年度继续办理</td><td>238</td><td>111</td><td>49</td><td>177</td><td></td>'
           "<td>12</td><td>587</td></tr>")


def _page(old: str, new: str) -> reportparse.Report:
    text = BLANKS.read_text(encoding="utf-8")
    assert old in text
    return reportparse.parse(text.replace(old, new).encode("utf-8"))


def _row(report, key):
    got = report.values()
    return [got.get(f"{key}|applicant={w}") for w in WHO]


def _want(key):
    exp = load_expected(BLANKS.with_name("html_blank_cells_2021.expected.json"))["values"]
    return [exp[f"{key}|applicant={w}"] for w in WHO]


def test_cells_after_a_stray_tr_in_mid_row_end_that_row():
    # libxml2 leaves the three cells after the </tr> outside any row; they fill the row to the table's width
    row = GRANTED.replace("<td>25</td>", "</tr><td>25</td>")
    report = _page(GRANTED, row)
    assert _row(report, "requests.granted") == [100, 184, 240, 25, 258, 110, 917]
    total = next(i for i in report.indicators if i.key == "requests.granted" and i.applicant == "total")
    assert total.source.col == 9 and not total.derived
    assert any("stray </tr>" in w and "end of the row" in w for w in report.warnings)


def test_a_whole_row_after_a_stray_tr_is_a_row_of_its_own():
    # `</tr><td>四、结转…</td>…</tr>` with its <tr> missing: a browser shows it as a row, and so is it read
    report = _page(FORWARD, FORWARD.replace("<tr>", "", 1))
    assert _row(report, "requests.carried_forward") == _want("requests.carried_forward")


def test_stray_cells_that_fit_no_row_are_not_read_and_said():
    # two cells after the </tr> of a row that lacks one: where they belong is unknown
    row = GRANTED.replace("<td>917</td></tr>", "</tr><td>917</td><td>9731</td>")
    report = _page(GRANTED, row)
    want = [100, 184, 240, 25, 258, 110, 917]
    assert all(v in (None, w) for v, w in zip(_row(report, "requests.granted"), want))
    assert 9731 not in report.values().values()
    assert any("stray </tr> not read" in w for w in report.warnings)


def test_a_div_row_with_an_empty_cell_left_out_is_not_read_by_position():
    # the grid places each cell in the next free column: without the empty element its figures would
    # move one column left (37 as the natural person's, 26 as the research institutes'). Not read by position:
    # placed where R1 and the row's total single out one place for the left-out blank (extract/left_out.py)
    text = DIV_GRID.read_text(encoding="utf-8")
    old = '二、上年结转政府信息公开申请数量</div>\n<span class="td"></span>\n<div class="td"></div>\n<span class="td">37</span>'
    assert old in text
    report = reportparse.parse(text.replace(old, '二、上年结转政府信息公开申请数量</div>\n<span class="td"></span>\n'
                                                 '<span class="td">37</span>').encode("utf-8"))
    got = report.values()
    exp = load_expected(DIV_GRID.with_name("html_div_grid_2021.expected.json"))["values"]
    for w in WHO:
        vid = f"requests.carried_over|applicant={w}"
        assert got.get(vid) == exp[vid], vid
    assert any("div/li" in w and "singles out one placement" in w for w in report.warnings)
    # the other rows are read cell by cell all the same
    assert got["requests.carried_forward|applicant=natural_person"] == exp["requests.carried_forward|applicant=natural_person"]


def test_a_rows_figures_set_in_its_label_cell_are_its_cells_when_they_fit():
    # the label and the seven cells on lines of their own, the blank one an empty line: one figure per column
    for sep in ("<br>", "<br>\n", "</p><p>"):
        # (an empty <p></p> has no height: a paragraph holding a no-break space is the blank line there)
        figs = sep.join(["238", "111", "49", "177", "" if "br" in sep else "&nbsp;", "12", "587"])
        row = f'<tr><td colspan="3"><p>四、结转下年度继续办理{sep}{figs}</p></td></tr>'
        report = _page(FORWARD, row)
        assert _row(report, "requests.carried_forward") == _want("requests.carried_forward"), sep


def test_a_rows_figures_in_its_label_cell_that_do_not_fit_are_not_read():
    # apart by single spaces the blank cell leaves no trace: six figures for seven cells, none is read by
    # position (only where the table's arithmetic places the blank: this page prints too few rows for R1 to hold)
    row = '<tr><td colspan="3">四、结转下年度继续办理&nbsp;238&nbsp;111&nbsp;49&nbsp;177&nbsp;&nbsp;12&nbsp;587</td></tr>'
    report = _page(FORWARD, row)
    assert all(v is None for v in _row(report, "requests.carried_forward"))
    assert any("figures in one cell" in w and "singles out one placement" in w for w in report.warnings)
    assert any("四、结转下年度继续办理" in w and "left out" in w and "not read" in w for w in report.warnings)


def test_a_row_whose_stray_cells_are_not_read_is_not_blank_at_its_end():
    # the figures of 2.重复申请 lose their last two cells to a stray </tr> that fits nowhere: not blank, unread
    text = BLANKS.read_text(encoding="utf-8")
    old = "<tr><td>2.重复申请</td><td>57</td><td>137</td><td></td><td></td><td></td><td></td><td>194</td></tr>"
    assert old in text
    report = reportparse.parse(text.replace(old, old.replace("<td></td><td>194</td></tr>",
                                                             "</tr><td></td><td>194</td><td>9731</td>")).encode("utf-8"))
    got = [i for i in report.indicators if i.key == "requests.not_processed.duplicate"]
    assert not [i.applicant for i in got if i.value is None and i.applicant in ("other_org", "total")]
    assert 9731 not in report.values().values()
    assert any("stray </tr> not read" in w for w in report.warnings)


def test_a_cell_showing_a_figure_as_a_picture_is_not_a_blank_cell():
    # <img alt="258">: the figure is in the picture, not in the page's text; the cell is not blank (null)
    report = _page(GRANTED, GRANTED.replace("<td>258</td>", '<td><img src="/a/1.png" alt="258"></td>'))
    blank = [i.applicant for i in report.indicators if i.key == "requests.granted" and i.value is None]
    assert "legal_service" not in blank
    assert any("picture" in w for w in report.warnings)
    # a picture without a figure for its alternative text (a spacer in a blank cell) leaves the cell blank
    report = _page(FORWARD, FORWARD.replace("<td></td>", '<td><img src="/s.gif" alt=""></td>'))
    assert _row(report, "requests.carried_forward") == _want("requests.carried_forward")


def _positioned_page() -> str:
    """The blank-cells page with its tables' cells set as a PDF converter sets them: one element per cell
    placed by position:absolute (a blank cell has none)."""
    from lxml import etree
    root = etree.fromstring(BLANKS.read_bytes(), etree.HTMLParser(encoding="utf-8"))
    top = 400
    for t in list(root.iter("table")):
        box = etree.Element("div", {"class": "pc", "style": "position:relative"})
        for tr in t.iter("tr"):
            top += 18
            for c, td in enumerate(tr):
                text = "".join(td.itertext()).strip()
                if text:
                    run = etree.SubElement(box, "p", {"style": f"position:absolute;left:{60 + 70 * c}px;top:{top}px"})
                    run.text = text
        box.tail = t.tail
        t.getparent().replace(t, box)
    return etree.tostring(root, encoding="unicode", method="html")


def test_a_page_set_by_absolute_positions_whose_runs_overlap_is_read_in_flow_order_without_a_wrong_value():
    # 16 px text in 70 px columns: the runs stand over each other as placed (a browser wraps them in their
    # boxes), so the positions are not used (tests/test_html_positioned.py reads the pages they do give)
    report = reportparse.parse(_positioned_page().encode("utf-8"))
    assert any("absolute positions" in w and "do not give" in w for w in report.warnings)
    exp = load_expected(BLANKS.with_name("html_blank_cells_2021.expected.json"))["values"]
    wrong = {k: v for k, v in report.values().items() if v is not None and k in exp and exp[k] != v}
    assert not wrong


def test_a_label_cell_holding_every_figure_of_its_row_before_blank_cells_is_read():
    # the label and its seven figures apart by no-break spaces, the merged label columns left as blank cells
    # after it: the figures are the seven cells the row lacks, in order
    old = ('<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>2341</td><td>1153</td><td>489</td><td>768</td>'
           "<td>704</td><td>470</td><td>5925</td></tr>")
    new = ("<tr><td>一、本年新收政府信息公开申请数量&nbsp;2341&nbsp;1153&nbsp;489&nbsp;768&nbsp;704&nbsp;470&nbsp;5925</td>"
           "<td></td><td></td></tr>")
    report = _page(old, new)
    assert _row(report, "requests.new") == [2341, 1153, 489, 768, 704, 470, 5925]
    ind = next(i for i in report.indicators if i.key == "requests.new" and i.applicant == "total")
    assert ind.source.col == 9


def test_a_cell_of_stacked_figures_keeps_its_blank_lines_as_blank_cells():
    # the seven cells of 四、结转下年度继续办理 in one cell, one per line, the blank one an empty line
    row = '<tr><td colspan="3">四、结转下年度继续办理</td><td>238<br>111<br>49<br>177<br><br>12<br>587</td></tr>'
    report = _page(FORWARD, row)
    assert _row(report, "requests.carried_forward") == _want("requests.carried_forward")
    # apart by single spaces, the blank leaves no trace: none is read
    report = _page(FORWARD, row.replace("<br><br>", "<br>").replace("<br>", "&nbsp;"))
    assert all(v is None for v in _row(report, "requests.carried_forward"))


def test_a_header_cell_split_by_a_small_table_inside_it_leaves_the_table_a_table():
    # Word splits a cell by setting a table in it: the table around it is still the report's table
    old = '<td colspan="7">申请人情况</td>'
    new = '<td colspan="7"><table width="100%" border="0"><tr><td>申请人</td></tr><tr><td>情况</td></tr></table></td>'
    report = _page(old, new)
    exp = load_expected(BLANKS.with_name("html_blank_cells_2021.expected.json"))["values"]
    got = report.values()
    requests = {k: v for k, v in exp.items() if k.startswith("requests.") and v is not None}
    assert {k: got.get(k) for k in requests} == requests
    ind = next(i for i in report.indicators if i.key == "requests.granted" and i.applicant == "commercial")
    assert ind.source.col == 4


def test_a_picture_cell_leaves_only_itself_unread_and_its_rows_other_cells_are_read():
    # <img alt="258"> in table 三 and <img alt="47"> in table 二: the row was dropped whole for its text cell;
    # now its other cells are read cell by cell, the picture's cell is no value at all (neither blank nor a
    # figure) and a warning names it
    text = BLANKS.read_text(encoding="utf-8")
    t2 = "<tr><td>行政规范性文件</td><td>6</td><td></td><td>47</td></tr>"
    assert t2 in text
    text = text.replace(GRANTED, GRANTED.replace("<td>258</td>", '<td><img src="/a/1.png" alt="258"></td>'))
    report = reportparse.parse(text.replace(t2, t2.replace("<td>47</td>", '<td><img alt="47" src="/b.png"></td>'))
                               .encode("utf-8"))
    assert _row(report, "requests.granted") == [100, 184, 240, 25, None, 110, 917]
    assert not [i for i in report.indicators if i.value_id == "requests.granted|applicant=legal_service"]
    got = report.values()
    assert [got.get(f"disclosure.normative_docs.{c}") for c in ("issued", "repealed", "in_force")] == [6, None, None]
    assert [i.value for i in report.indicators if i.key == "disclosure.normative_docs.repealed"] == [None]
    assert not [i for i in report.indicators if i.key == "disclosure.normative_docs.in_force"]
    said = [w for w in report.warnings if "shows a picture" in w]
    assert any("requests.granted|legal_service" in w for w in said)
    assert any("disclosure.normative_docs.in_force" in w for w in said)
    # a check that needs the picture's figure is not assessable, never failed by a missing figure
    plain = reportparse.parse(BLANKS.read_bytes())
    assert {(c.rule, c.scope) for c in report.checks if c.status == "fail"} <= \
        {(c.rule, c.scope) for c in plain.checks if c.status == "fail"}
    assert any(c.scope == "applicant=legal_service" and c.status == "not_assessable" for c in report.checks)
