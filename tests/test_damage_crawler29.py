"""Crawler damage that gave WRONG values (round 29; the campaign in /work/notes/wild/wrong29/attack.py): a text whose
figures a converter wrapped over two lines (a row shows it: a figure more than its columns, one a line) and whose
crawler kept each distinct line once. Any figure printed alone may then be the half of a wrapped one whose other half
was dropped ('418' as '4' / '18', '4' a repeat): only what a sum proves is read.
1. table 二 (no total): its rows printed one figure a line are not read, said; rows on their label's line are;
2. a legacy table: the rows no channel or reply sum proves are not read, said; the rows the sums prove are."""
import reportparse
from conftest import FIXTURES
from test_damage_crawler27 import _one_a_line_deduped, _row


def _t2(got: dict, key: str, columns: tuple) -> list:
    return [got.get(f"{key}.{c}", "unread") for c in columns]


MADE = ("made", "published", "published_total")
ITEMS = ("items_prev_year", "items_change", "decisions")
# 1847 wrapped as "184" / "7", both kept (the row shows four figures under three columns); 148 wrapped as "1" / "48",
# the "1" dropped as a line printed before
WRAPPED = [("其他对外管理服务事项\n62\n-6\n1847\n", "其他对外管理服务事项\n62\n-6\n184\n7\n"),
           ("行政强制\n27\n-3\n148\n", "行政强制\n27\n-3\n48\n")]


def _deduped(*subs) -> str:
    text = _one_a_line_deduped("1186", "1186")
    for old, new in subs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def test_table2_rows_one_figure_a_line_are_not_read_where_the_text_shows_a_wrapped_figure():
    # the start tree read coercion.decisions 48 (of 148): nothing in table 二 tells a figure from a half
    report = reportparse.parse_text(_deduped(*WRAPPED))
    got = report.values()
    assert _t2(got, "disclosure.coercion", ITEMS) == ["unread"] * 3
    assert _t2(got, "disclosure.regulations", MADE) == ["unread"] * 3
    assert _t2(got, "disclosure.normative_docs", MADE) == ["unread"] * 3
    for label in ("行政强制", "规章", "规范性文件"):
        assert any(w.startswith(f"table 二 row '{label}'") and "wraps figures" in w and "not read" in w
                   for w in report.warnings), label
    # rows printed on their label's line lose no half to a crawler dropping whole lines: read
    assert _t2(got, "disclosure.licensing", ITEMS) == [143, 8, 3519]
    assert _t2(got, "disclosure.penalty", ITEMS) == [211, 4, 1693]
    assert report.get("disclosure.licensing.decisions").source.method == "table"
    # table 三's rows keep their totals' proof
    assert _row(got, "requests.new") == [2793, 3276, 3015, 2988, 3016, 3255, 18343]


def test_table2_rows_of_a_deduplicated_text_with_no_wrapped_figure_are_read():
    """Guard (read on the start tree too): the same text with no figure wrapped."""
    got = reportparse.parse_text(_deduped()).values()
    assert _t2(got, "disclosure.coercion", ITEMS) == [27, -3, 148]
    assert _t2(got, "disclosure.regulations", MADE) == [3, 2, 41]
    assert _t2(got, "disclosure.normative_docs", MADE) == [18, 13, 276]


def _deduped_appendix(*subs) -> str:
    """legacy/one_cell_per_line (its appendix a cell a line) after `subs`, every line kept once."""
    text = (FIXTURES / "legacy" / "one_cell_per_line.txt").read_text(encoding="utf-8")
    at = text.index("六、附表")
    body = text[at:]
    for old, new in subs:
        assert body.count(old) == 1, old
        body = body.replace(old, new)
    seen: set = set()
    kept = [ln for ln in body.split("\n") if not (ln.strip() and ln.strip() in seen) and not seen.add(ln.strip())]
    return text[:at] + "\n".join(kept)


def test_legacy_rows_no_sum_proves_are_not_read_where_the_text_shows_a_wrapped_figure():
    # 9862 wrapped as "98" / "62", both kept (three figures under two columns); the complaints' running total (1239
    # here) as "12" / "39", the "12" dropped (当面申请数 printed it): the start tree read complaints.total 39
    report = reportparse.parse_text(_deduped_appendix(("\n9862\n", "\n98\n\n62\n"),
                                                      ("举报数\n\n5\n\n18", "举报数\n\n5\n\n12\n\n39")))
    got = report.values()
    assert "complaints.total|period=cumulative" not in got and "complaints.total" not in got
    # (the prose's figures stand: 行政诉讼2件, 通过政府网站公开1296条)
    assert "litigation.total|period=cumulative" not in got and "disclosure.via_website|period=cumulative" not in got
    assert any(w.startswith("legacy table: the text wraps figures") and "complaints.total" in w
               and "litigation.total" in w and w.endswith("not read") for w in report.warnings)
    # the rows the channel and reply sums prove are read
    assert got["requests.by_channel.online|applicant=total|period=cumulative"] == 94
    assert got["requests.granted|applicant=total"] == 19
    assert got["requests.reply.other|applicant=total|period=cumulative"] == 42
    assert report.get("requests.granted", "total").source.method == "table"


def test_a_sum_that_gave_a_cell_itself_proves_no_row():
    # 19 wrapped as "1" / "9", the "1" dropped; 同意部分公开答复数's own 9 then dropped as a repeat: the reply sum gave
    # that row a 19 (no line prints it) and held, 45 = 9 + 19 + 6 + 11, with granted and partial swapped. The
    # branch's first rule took the sum for proof and read granted 9 from the table
    report = reportparse.parse_text(_deduped_appendix(("\n9862\n", "\n98\n\n62\n"),
                                                      ("同意公开答复数\n\n19", "同意公开答复数\n\n9")))
    got = report.values()
    assert got["requests.granted|applicant=total"] == 19          # the prose's 同意公开19件
    assert report.get("requests.granted", "total").source.method != "table"
    assert "requests.partially_granted|applicant=total" not in got or got["requests.partially_granted|applicant=total"] == 9
    assert any(w.startswith("legacy table: the text wraps figures") and "requests.granted" in w for w in report.warnings)


def test_legacy_rows_of_a_deduplicated_text_with_no_wrapped_figure_are_read():
    """Guard (read on the start tree too)."""
    got = reportparse.parse_text(_deduped_appendix()).values()
    assert got["complaints.total|period=cumulative"] == 18 and got["litigation.total"] == 2
    assert got["disclosure.via_website|period=cumulative"] == 8715


def test_legacy_rows_are_read_where_a_line_of_words_is_printed_twice():
    """Guard: a text of distinct figures (as invented ones are) that prints a line of words twice (the unit 件 of two
    rows) was not kept a line once by its crawler: the wrapped figure costs only its own row. (The branch's first
    rule, figure lines alone, took the text for one and read no row that no sum proves.)"""
    text = (FIXTURES / "legacy" / "one_cell_per_line.txt").read_text(encoding="utf-8")
    text = text.replace("\n9862\n", "\n98\n\n62\n").replace("对申请的答复总数\n\n45", "对申请的答复总数\n\n件\n\n45")
    report = reportparse.parse_text(text)
    got = report.values()
    assert got["complaints.total|period=cumulative"] == 18 and got["litigation.total|period=cumulative"] == 7
    assert got["disclosure.via_website|period=cumulative"] == 8715
    assert got["requests.answered|applicant=total|period=cumulative"] == 207
    assert not any("wraps figures" in w for w in report.warnings)
