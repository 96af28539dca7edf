"""Tables cut into fragments (round 29; the campaign in /work/notes/wild/wrong29/frag.py). 1. A page whose table 三 is
split into two <table> elements with a row cut between them — its label and first figures end the first table, its
other figures open the second, with no label. The start tree read the first part's row as blank at its end (null
cells where figures are printed); the second part's first row is now the row's end where it fills the row to the
table's width, said, else the row is left unread, said.
2. A converter's markdown whose pipe row is cut over a page (blank, page-number or rule lines between): the same."""
from lxml import html as LH

import reportparse
from conftest import FIXTURES

PAGE = FIXTURES / "damage" / "html_noscript_2021.html"
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")


def _split(label: str, cut_after: int = 0, between: str = "") -> str:
    """The page with its table 三 split into two tables after the row `label` (cut_after: that row's first cells
    kept in the first table, the rest opening the second as a row of its own); `between`: a line between them."""
    doc = LH.document_fromstring(PAGE.read_text(encoding="utf-8"))
    table = next(t for t in doc.iter("table") if "本年新收" in t.text_content())
    rows = table.findall(".//tr")
    at = next(i for i, r in enumerate(rows) if label in r.text_content())
    second = LH.Element("table")
    for r in rows[at + 1:]:
        second.append(r)
    if cut_after:
        cells = [c for c in rows[at] if c.tag in ("td", "th")]
        rest = LH.Element("tr")
        for c in cells[-cut_after:] if cut_after < 0 else cells[cut_after:]:
            rows[at].remove(c)
            rest.append(c)
        second.insert(0, rest)
    table.addnext(second)
    if between:
        p = LH.Element("p")
        p.text = between
        table.addnext(p)
    return LH.tostring(doc, encoding="unicode")


def _row(got: dict, key: str) -> list:
    return [got.get(f"{key}|applicant={a}", "unread") for a in APPLICANTS]


def test_a_row_cut_between_two_tables_is_joined_where_its_rest_fills_it():
    # 无正当理由大量反复申请's label and first figures (256 40) end the first table; 269 67 18 239 889 open the second.
    # The start tree read the first part as blank at its end (null for research … total): the second part's first
    # row fills it exactly to the table's width, so it is the row's end, said
    for between in ("", "续表"):
        report = reportparse.parse(_split("无正当理由大量反复申请", cut_after=5, between=between).encode("utf-8"))
        got = report.values()
        assert _row(got, "requests.not_processed.excessive") == [256, 40, 269, 67, 18, 239, 889]
        assert any("row cut between two parts of a table" in w and "read as that row's end" in w for w in report.warnings)
        total = report.get("requests.not_processed.excessive", "total")
        assert (total.raw, total.source.method) == ("889", "table")
        assert _row(got, "requests.new") == [3047, 2464, 3397, 3449, 2615, 3703, 18675]
        assert _row(got, "requests.not_processed.confirmation") == [166, 136, 128, 140, 195, 145, 910]


def test_a_row_cut_between_two_tables_whose_rest_does_not_fill_it_is_not_read():
    # the same cut, the second part's first row short of a cell (269 67 18 239 only): which cells are whose is not
    # settled; the row is said and left unread, never read blank at its end
    html = _split("无正当理由大量反复申请", cut_after=5).replace("<td>889</td>", "", 1)
    report = reportparse.parse(html.encode("utf-8"))
    got = report.values()
    assert _row(got, "requests.not_processed.excessive") == ["unread"] * 7
    assert any("无正当理由大量反复申请" in w and "its figures are not read" in w for w in report.warnings)
    assert _row(got, "requests.not_processed.confirmation") == [166, 136, 128, 140, 195, 145, 910]


def test_a_table_split_between_whole_rows_reads_every_row():
    """Guard (read on the start tree too): the same split with no row cut."""
    got = reportparse.parse(_split("无正当理由大量反复申请").encode("utf-8")).values()
    assert _row(got, "requests.not_processed.excessive") == [256, 40, 269, 67, 18, 239, 889]
    assert _row(got, "requests.not_processed.confirmation") == [166, 136, 128, 140, 195, 145, 910]


# a converter's markdown: table 三's pipe row cut over a page, its last figures opening the next part with no label
MD = FIXTURES / "damage" / "pipe_blank_total_2019.txt"
NEW_ROW = "| 一、本年新收政府信息公开申请数量 |  |  | 2822 | 1364 | 1677 | 1803 | 2064 | 1927 | 11657 |"


def _md_cut(between: str) -> str:
    text = MD.read_text(encoding="utf-8")
    assert text.count(NEW_ROW) == 1
    return text.replace(NEW_ROW, NEW_ROW.rsplit(" | 1927", 1)[0] + " |" + between + "| 1927 | 11657 |")


def test_a_markdown_row_cut_over_a_page_is_rejoined_where_its_rest_fills_it():
    # the start tree read the cut part's seven cells as the row (two label cells blank: natural_person and commercial
    # null, research 2822, … total 2064). Its rest (| 1927 | 11657 |) fills it to the width of the row above: rejoined
    for between in ("\n\n---\n\n", "\n\n- 3 -\n\n", "\n\n", "\n"):
        report = reportparse.parse_text(_md_cut(between))
        got = report.values()
        assert _row(got, "requests.new") == [2822, 1364, 1677, 1803, 2064, 1927, 11657], repr(between)
        total = report.get("requests.new", "total")
        assert (total.raw, total.source.method) == ("11657", "table") and "a row cut over a page" in total.source.note
        assert _row(got, "requests.carried_over") == [16, 24, 0, 0, 0, 40, 80]


def test_a_markdown_row_cut_over_a_page_whose_rest_does_not_fill_it_is_not_read():
    # the rest a cell short (| 11657 |): which columns the cut part's figures stand in is not settled
    report = reportparse.parse_text(_md_cut("\n\n---\n\n").replace("| 1927 | 11657 |", "| 11657 |"))
    got = report.values()
    assert _row(got, "requests.new") == ["unread"] * 7
    assert any(w.startswith("table 三 row '") and "本年新收" in w and "a row cut between two parts of the table" in w
               for w in report.warnings)
    assert _row(got, "requests.carried_over") == [16, 24, 0, 0, 0, 40, 80]


def test_a_markdown_table_split_between_whole_rows_reads_every_row():
    """Guard (read on the start tree too): the table split by a page break between two whole rows."""
    text = MD.read_text(encoding="utf-8").replace(NEW_ROW + "\n", NEW_ROW + "\n\n- 3 -\n\n")
    got = reportparse.parse_text(text).values()
    assert _row(got, "requests.new") == [2822, 1364, 1677, 1803, 2064, 1927, 11657]
    assert _row(got, "requests.carried_over") == [16, 24, 0, 0, 0, 40, 80]
