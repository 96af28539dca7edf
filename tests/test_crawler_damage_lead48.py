"""Crawler damage the campaign (tools/crawler_attack.py, seed 82) lost rows and whole tables to, each read now, and the
near cases that must stay as they were:
- a row's figures run together that a hard wrap then cut inside a figure ('3.危及“三安全一稳定” 14439752939' / '8244893'
  for 144|39|75|293|98|244|893): no reading of the two runs held, and the runs were never joined
  (extract/joined_runs.wrap_rejoined: joined only at a line the wrap cut at its width, where one choice of breaks reads);
- a page's chrome a crawler kept between two lines of a pipe table's header: the table ended there, table 四 unread
  (layout/text.blank_chrome_in_figure_rows blanks it; chrome before a row of figures stays, read past only where the
  table's sums hold: tests/test_crawler_damage_crawl37.py);
- the same chrome between the two pieces of a wrapped label in a table printed a row a line (4.保护第三方 / 【打印本页】 /
  合法权益 303 117 …): the row was "not in the document";
- the same chrome between a whole label and its first figure in a legacy table printed a cell a line (seed 84:
  其中：同意公开答复数 / 扫一扫在手机打开当前页 / 27 / 59, the chrome read as a row with no key, the reply rows unread);
- an HTML row cut in two by a page break that repeats the table's header between its pieces
  (layout/html_rows.rows_cut_in_two looks past the repeated header rows)."""
import pytest
from conftest import tool_module

import reportparse
from reportparse.layout import text as text_layer

CA = tool_module("crawler_attack")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")


def _row(got: dict, key: str) -> list:
    return [got.get(f"{key}|applicant={a}") for a in APPLICANTS]


# ---------------------------------------------------------------- run-together rows cut by a hard wrap

WRAPPED = "3.危及“三安全一稳定” 14439752939\n8244893"


def _wrapped_document() -> tuple[str, dict]:
    layout, classes, text, truth = CA.damaged(8200039)      # an invented 2024 report, a row a line, wrapped at 24
    assert (layout, classes) == ("rows", ["run_together", "hard_wrap"]) and text.count(WRAPPED) == 1
    return text, truth


def test_run_together_rows_a_wrap_cut_inside_a_figure_are_read():
    text, truth = _wrapped_document()
    report = reportparse.parse_text(text)
    got = report.values()
    assert _row(got, "requests.denied.security_stability") == [144, 39, 75, 293, 98, 244, 893]
    for key in ("requests.denied.security_stability", "requests.not_processed.petition",
                "requests.not_processed.excessive", "requests.other.fee_unpaid", "requests.carried_forward"):
        assert _row(got, key) == _row(truth, key), key
    assert _row(got, "requests.not_processed.petition") == [342, 43, 199, 329, 187, 178, 1278]
    cut = report.get("requests.denied.security_stability", applicant="legal_service")
    assert (cut.value, cut.raw) == (98, "9\n8")          # the figure the wrap cut: its break kept in the raw text
    assert text[cut.source.span[0]:cut.source.span[1]] == "9\n8"
    assert not [w for w in report.warnings if "security_stability" in str(w) or "三安全" in str(w)]


def test_runs_on_a_line_short_of_the_wrap_width_are_not_joined():
    # the same digits with the break inside 293, on a line short of the wrap width: no wrap cut it, so the break
    # parts two runs for certain; no reading of them holds and the row stays unread, said
    text, _ = _wrapped_document()
    report = reportparse.parse_text(text.replace(WRAPPED, "3.危及“三安全一稳定” 144397529\n398244893"))
    assert _row(report.values(), "requests.denied.security_stability") == [None] * 7
    assert any("三安全一稳定" in str(w) and "arithmetic" in str(w) for w in report.warnings)


# ---------------------------------------------------------------- chrome inside a pipe table's header

T4_HEADER = "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |\n"
REVIEW = ("review.upheld", "review.corrected", "review.other", "review.pending", "review.total",
          "litigation.direct.total", "litigation.after_review.pending", "litigation.after_review.total")


@pytest.mark.parametrize("chrome", ["扫一扫在手机打开当前页", "【打印本页】【关闭窗口】"])
def test_chrome_between_a_pipe_tables_header_lines_is_blanked(chrome):
    layout, text, truth = CA.document(8200119)
    assert layout == "rows" and text.count(T4_HEADER) == 1
    report = reportparse.parse_text(text.replace(T4_HEADER, T4_HEADER + chrome + "\n"))
    got = report.values()
    assert [got.get(k) for k in REVIEW] == [truth[k] for k in REVIEW] == [24, 52, 28, 41, 145, 107, 25, 93]
    assert not [w for w in report.warnings if "四" in str(w)]


def test_only_chrome_between_pipe_lines_is_blanked():
    text = "| 行政复议 | 行政诉讼 |\n扫一扫在手机打开当前页\n| 结果维持 | 结果纠正 |\n"
    blanked = text_layer.blank_chrome_in_figure_rows(text)
    assert len(blanked) == len(text) and blanked.split("\n")[1] == " " * len("扫一扫在手机打开当前页")
    for kept in ("| 行政复议 | 行政诉讼 |\n说明：单位为件\n| 结果维持 | 结果纠正 |\n",    # words that are no chrome
                 "| 行政复议 | 行政诉讼 |\n扫一扫在手机打开当前页\n五、存在的主要问题\n",     # no pipe line after it
                 "五、存在的主要问题\n扫一扫在手机打开当前页\n| 结果维持 | 结果纠正 |\n",    # no pipe line before it
                 # a row of figures after it: read past the chrome only where the table's sums hold (crawl37's test)
                 "| 结果维持 | 结果纠正 |\n扫一扫在手机打开当前页\n| 14 | 3 |\n"):
        assert text_layer.blank_chrome_in_figure_rows(kept) == kept


# ---------------------------------------------------------------- chrome between a wrapped label's pieces, a row a line

THIRD_PARTY = "4.保护第三方合法权益 303 117 14 94 366 250 1144"


@pytest.mark.parametrize("chrome", ["【打印本页】【关闭窗口】", "扫一扫在手机打开当前页", "来源：区政府办公室"])
def test_chrome_between_a_labels_pieces_in_a_row_a_line_table(chrome):
    layout, text, truth = CA.document(8200119)
    assert layout == "rows" and text.count(THIRD_PARTY) == 1
    report = reportparse.parse_text(text.replace(THIRD_PARTY, f"4.保护第三方\n{chrome}\n合法权益 303 117 14 94 366 250 1144"))
    assert _row(report.values(), "requests.denied.third_party") == [303, 117, 14, 94, 366, 250, 1144]
    assert not [w for w in report.warnings if "third_party" in str(w)]


def test_chrome_above_a_line_of_words_only_stays():
    # the piece under the chrome holds no figures and no figure line follows it: no table row, the chrome stays
    text = "三安全一稳定” 20 239 93 241 218 269 1080\n4.保护第三方\n【打印本页】\n合法权益说明\n五、存在的主要问题\n"
    assert text_layer.blank_chrome_in_figure_rows(text) == text


# ---------------------------------------------------------------- an HTML row cut in two around a repeated header

ROW_HTML = ("<tr><td>4.保护第三方合法权益</td><td>0</td><td>0</td><td>0</td><td>0</td><td>345</td><td>319</td>"
            "<td>664</td></tr>")


def _html_header_rows(text: str) -> str:
    lines = text.split("\n")
    first = next(i for i, ln in enumerate(lines) if "申请人情况" in ln)
    last = next(i for i, ln in enumerate(lines) if "商业企业" in ln)
    return "\n".join(lines[first:last + 1])


def test_html_row_cut_in_two_around_a_repeated_header():
    layout, text, truth = CA.document(8200036)
    assert layout == "html" and text.count(ROW_HTML) == 1
    cut = ("<tr><td>4.保护第三方合法权益</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>\n" + _html_header_rows(text)
           + "\n<tr><td>345</td><td>319</td><td>664</td></tr>")
    report = reportparse.parse_text(text.replace(ROW_HTML, cut))
    assert _row(report.values(), "requests.denied.third_party") == [0, 0, 0, 0, 345, 319, 664]
    assert any("row cut in two" in str(w) for w in report.warnings)


def test_html_rows_of_new_words_between_are_no_repeated_header():
    # a row of words the table never printed stands between: no header printed again, the pieces are not joined
    layout, text, _ = CA.document(8200036)
    cut = ("<tr><td>4.保护第三方合法权益</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>\n"
           "<tr><td colspan=\"8\">注：本表数据截至年底</td></tr>\n<tr><td>345</td><td>319</td><td>664</td></tr>")
    report = reportparse.parse_text(text.replace(ROW_HTML, cut))
    assert _row(report.values(), "requests.denied.third_party") == [None] * 7
    assert not any("row cut in two" in str(w) for w in report.warnings)


# ---------------------------------------------------------------- chrome between a label and its first figure, a cell a line

GRANTED = "其中：同意公开答复数\n27\n59\n"


@pytest.mark.parametrize("chrome", ["扫一扫在手机打开当前页", "【打印本页】【关闭窗口】"])
def test_chrome_between_a_legacy_label_and_its_first_figure(chrome):
    layout, text, truth = CA.document(8400032)      # an invented 2016 report, its appendix table a cell a line
    assert layout == "legacy" and text.count(GRANTED) == 1
    report = reportparse.parse_text(text.replace(GRANTED, f"其中：同意公开答复数\n{chrome}\n27\n59\n"))
    got = report.values()
    keys = ("requests.granted|applicant=total", "requests.granted|applicant=total|period=cumulative",
            "requests.answered|applicant=total", "requests.reply.other|applicant=total|period=cumulative")
    assert [got.get(k) for k in keys] == [truth[k] for k in keys] == [27, 59, 81, 83]
    assert not [w for w in report.warnings if "扫一扫" in str(w) or "打印本页" in str(w)]


def test_chrome_under_a_label_with_no_figure_above_it_stays():
    # the line above the label is words (a header), not a figure: no table a cell a line shown, the chrome stays
    text = "累计\n主动公开政府信息数\n【打印本页】\n487\n"
    assert text_layer.blank_chrome_in_figure_rows(text) == text
