"""Tables cut into fragments (round 29; the campaign in /work/notes/wild/wrong29/frag.py): a page whose table 三 is
split into two <table> elements with a row cut between them — its label and first figures end the first table, its
other figures open the second, with no label. The start tree read the first part's row as blank at its end (null
cells where figures are printed); the row is now left unread, said, and the tables' other rows read."""
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


def test_a_row_cut_between_two_tables_is_not_read_blank_at_its_end():
    # 无正当理由大量反复申请's label and first figures (256 40) end the first table; 269 67 18 239 889 open the second
    for between in ("", "续表"):
        report = reportparse.parse(_split("无正当理由大量反复申请", cut_after=5, between=between).encode("utf-8"))
        got = report.values()
        assert _row(got, "requests.not_processed.excessive") == ["unread"] * 7
        assert any("无正当理由大量反复申请" in w and "row cut between two parts of a table" in w for w in report.warnings)
        assert _row(got, "requests.new") == [3047, 2464, 3397, 3449, 2615, 3703, 18675]
        assert _row(got, "requests.not_processed.confirmation") == [166, 136, 128, 140, 195, 145, 910]
        assert report.get("requests.new", "total").source.method == "table"


def test_a_table_split_between_whole_rows_reads_every_row():
    """Guard (read on the start tree too): the same split with no row cut."""
    got = reportparse.parse(_split("无正当理由大量反复申请").encode("utf-8")).values()
    assert _row(got, "requests.not_processed.excessive") == [256, 40, 269, 67, 18, 239, 889]
    assert _row(got, "requests.not_processed.confirmation") == [166, 136, 128, 140, 195, 145, 910]
