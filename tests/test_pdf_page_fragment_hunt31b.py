"""One page of a PDF report saved on its own (a flipbook's 'Page 9'; stop 31 hunt31b, a district bureau's 2020 report):
it starts at table 三's last row, its seven figures after its label on one line, and holds table 四 under a header
spread a character a line. No table names its template: the year's is taken (said), the last row of table 三 and
table 四 are read. A label that seven figures do not follow (a sentence's 结转下年度继续办理2件), or a page without
its report's year, gives no table. Invented texts and numbers."""
import reportparse

PAGE = ("Page 9 - 2020年报_统计局\nP. 9\n四、结转下年度继续办理 2 0 1 0 0 0 3\n四、政府信息公开行政复议、行政诉讼情况\n"
        "2020 年,我局因政府信息公开被申请行政复议5件,被提起行政诉讼5件。\n"
        "行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n结 结 其 尚\n结 结 其 尚 结 结 其 尚\n果 果 他 未\n"
        "总计 果 果 他 未 总 果 果 他 未 总\n维 纠 结 审\n维 纠 结 审 计 维 纠 结 审 计\n持 正 果 结\n"
        "持 正 果 结 持 正 果 结\n3 1 0 1 5 2 0 1 0 3 1 1 0 0 2\n五、存在的主要问题及改进情况\n2020 年,我局政务公开工作取得了一些成绩。\n")


def test_a_pdf_page_holding_table_threes_last_row_and_table_four_is_read():
    report = reportparse.parse_text(PAGE)
    assert report.year == 2020 and report.template == "2019"
    fwd = {i.applicant: i.value for i in report.indicators if i.key == "requests.carried_forward"}
    assert fwd == {"natural_person": 2, "commercial": 0, "research": 1, "social_welfare": 0, "legal_service": 0,
                   "other_org": 0, "total": 3}
    assert [report.value(f"review.{k}") for k in ("upheld", "corrected", "other", "pending", "total")] == [3, 1, 0, 1, 5]
    assert [report.value(f"litigation.direct.{k}") for k in ("upheld", "corrected", "other", "pending", "total")] == [
        2, 0, 1, 0, 3]
    assert [report.value(f"litigation.after_review.{k}") for k in ("upheld", "corrected", "other", "pending", "total")] == [
        1, 1, 0, 0, 2]
    fw = report.get("requests.carried_forward", "natural_person")
    assert fw.source.method == "table" and fw.raw == "2"
    assert any("taken from the year 2020" in w for w in report.warnings)


def test_a_sentence_with_the_rows_words_starts_no_table():
    text = PAGE.replace("四、结转下年度继续办理 2 0 1 0 0 0 3", "本年度结转下年度继续办理2件。")
    report = reportparse.parse_text(text)
    assert not any(i.key == "requests.carried_forward" and i.source.method == "table" for i in report.indicators)


def test_six_figures_after_the_label_start_no_table():
    text = PAGE.replace("四、结转下年度继续办理 2 0 1 0 0 0 3", "四、结转下年度继续办理 2 0 1 0 0 3")
    report = reportparse.parse_text(text)
    assert not any(i.key == "requests.carried_forward" for i in report.indicators)
