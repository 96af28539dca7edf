"""Counts in sentences on requests, reviews or lawsuits that no wording read are said, sentence by sentence,
in a report without a statistics table (invented reports; the sentences are shaped like held-out pages' that
were lost without a trace)."""
from pathlib import Path

import reportparse
from reportparse.extract.prose_unread import MAX_SAID, unread_prose_counts

FIXTURES = Path(__file__).parent / "fixtures"
HEAD = "某某县交通运输局2022年政府信息公开工作年度报告\n一、总体情况\n"
PROSE = HEAD + """（一）主动公开
2022年，我局主动公开政府信息437条。
（二）依申请公开
2022年，我局共收到政府信息公开申请73件。申请人中来自外省的申请58件，办结率100%，另有500余件咨询。
（三）行政复议、行政诉讼
行政复议申请中涉及征地拆迁的有7件。转发《关于规范行政复议工作的通知》等文件12条。
"""


def _said(report):
    return [w for w in report.warnings if w.startswith("narrative: a sentence on") or "more sentence" in w]


def test_unread_counts_are_said_with_their_sentence_and_topic():
    report = reportparse.parse_text(PROSE)
    assert report.value("requests.new") == 73 and report.value("disclosure.total") == 437
    assert _said(report) == [
        "narrative: a sentence on requests holds counts no wording of the vocabulary read (58件): "
        "“申请人中来自外省的申请58件,办结率100%,另有500余件咨询”",
        "narrative: a sentence on reviews holds counts no wording of the vocabulary read (7件): "
        "“行政复议申请中涉及征地拆迁的有7件”"]


def test_read_counts_rates_rough_counts_and_titles_are_not_said():
    listed = " ".join(w.split("read (")[1].split(")")[0] for w in _said(reportparse.parse_text(PROSE)))
    assert listed == "58件 7件"     # not 73件/437条 (read), 100% (a rate), 500余件 (rough), 12条 (after 《…复议…》)


def test_a_count_after_qizhong_takes_the_topic_of_the_sentence_before():
    report = reportparse.parse_text(HEAD + "本年度发生行政复议案件9件。其中涉及征收的23件。\n")
    assert [w for w in _said(report) if "23件" in w][0].startswith("narrative: a sentence on reviews")


def test_traditional_script_is_read_for_its_topic():
    said = unread_prose_counts("申請人中來自外省的申請58件。", [])
    assert len(said) == 1 and "on requests" in said[0] and "(58件)" in said[0]


def test_the_read_spans_cover_their_counts():
    text = "共收到申请61件，外省的申请19件。"
    assert "(19件)" in unread_prose_counts(text, [(5, 7)])[0]
    assert unread_prose_counts(text, [(5, 7), (14, 16)]) == []


def test_more_sentences_than_quoted_are_counted():
    text = "".join(f"第{k}类的申请{k + 11}件。" for k in range(MAX_SAID + 3))
    said = unread_prose_counts(text, [])
    assert len(said) == MAX_SAID + 1
    assert said[-1] == ("narrative: 3 more sentence(s) on requests, reviews or lawsuits hold counts that were "
                        "not read")


def test_a_report_with_its_table_is_not_searched():
    # the prose of a report with a statistics table repeats the table: an unknown wording there loses nothing
    text = (FIXTURES / "national" / "t2021_runtogether.txt").read_text(encoding="utf-8")
    sentence = "申请人中来自外省的申请58件。\n"
    assert unread_prose_counts(sentence, []) != []
    report = reportparse.parse_text(sentence + text)
    assert any(i.source.method == "table" for i in report.indicators) and _said(report) == []


def test_changes_and_approximate_counts_are_not_said():
    # the sentence patterns leave them unread on purpose: last year's count, the change, 近90件
    said = unread_prose_counts("全年共收到政府信息公开申请96件，较上年（85件）增加11件，另有咨询申请近90件。", [(13, 15)])
    assert said == []
