"""Classes of stop 67's END set (heldout67c), fixed after it was measured; invented texts."""
import reportparse

HEAD = "某某县某局2023年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n"


def _review(text):
    report = reportparse.parse_text(HEAD + text)
    return {i.key: i.value for i in report.indicators if i.key.startswith(("review", "litigation"))}


def test_upheld_said_as_keeping_the_original_handling():
    # 维持原办理结果N件: the review kept the body's handling, as 维持原答复 / 维持原决定
    got = _review("本年度因政府信息公开引发行政复议3件,其中维持原办理结果2件,纠正1件。\n")
    assert got["review.total"] == 3 and got["review.upheld"] == 2 and got["review.corrected"] == 1


def test_upheld_zero_said_as_keeping_the_original_handling():
    got = _review("本年度因政府信息公开引发行政复议0件,其中维持原办理结果0件。\n")
    assert got["review.total"] == 0 and got["review.upheld"] == 0


def test_upheld_with_processing_word():
    got = _review("本年度因政府信息公开引发行政复议4件,其中维持原处理决定3件,纠正1件。\n")
    assert got["review.upheld"] == 3


def test_lawsuit_outcome_is_no_review_outcome():
    # guard: a lawsuit's 维持原办理结果 after the lawsuit count is never the review's
    got = _review("本年度因政府信息公开引发行政复议2件,均已办结;行政诉讼5件,其中维持原办理结果4件。\n")
    assert "review.upheld" not in got


PROACTIVE = "某某县某局2023年政府信息公开工作年度报告\n一、主动公开政府信息情况\n"


def _proactive(text):
    report = reportparse.parse_text(PROACTIVE + text)
    return {i.key: i.value for i in report.indicators if i.key.startswith("disclosure")}


def test_site_posts_after_review_are_the_sites():
    # 审核发布 (posted after review) is a 发布 count: the website's, never the total (the gold convention)
    got = _proactive("一是加大基础信息公开力度。通过政府门户网站审核发布信息4885条,开展在线访谈8次。\n")
    assert got == {"disclosure.via_website": 4885}


def test_site_posts_after_review_beside_a_medium():
    got = _proactive("2023年,我局通过政府门户网站审核发布信息3716条,通过微信公众号发布信息294条。\n")
    assert got.get("disclosure.via_website") == 3716 and "disclosure.total" not in got


def test_review_before_disclosure_stays_unread():
    # guard: 审核公开 is not taken (a 公开 count would be the total too; no wording seen)
    got = _proactive("2023年,通过县政府门户网站审核公开政府信息1234条。\n")
    assert got == {}
