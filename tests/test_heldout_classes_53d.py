"""Classes a second held-out set of real pages (stop 53) left unread, with invented reports: requests carried forward
said with next year's number and the request noun after the verb (结转至2026年政府信息公开申请8件, 顺延到2026年度申请2件);
none received said with 申请办理事项 as the noun; a publish date in a bulleted field list, the name and the value items
of their own lines ("- 发布日期⏎- 2026-01-28"); a website's count after a kinds list whose first item ends in a comma.
Each class has a guard: a near wording that must stay unread."""
import reportparse
from values_read import values_read

HEAD = "岚峰县某局2025年政府信息公开工作年度报告\n"
ACTIVE = "一、总体情况\n（一）主动公开情况\n"
REQUESTS = "二、依申请公开情况\n"


def read(body: str, head: str = HEAD) -> dict:
    """Each value read, by its key (values_read)."""
    return values_read(head + body)


# ---------------------------------------------------------------- R1. carried forward: next year named, then the noun

def test_carried_forward_with_next_year_and_the_request_noun():
    for clause, n in (("2025年结转至2026年政府信息公开申请8件。", 8), ("结转至2026年度政府信息公开申请7件。", 7),
                      ("顺延到2026年度申请2件,答复11件。", 2), ("顺延至2026年依申请公开申请3件。", 3),
                      ("结转下年度申请4件。", 4), ("顺延至下一年度政府信息公开申请5件。", 5)):
        got = read(REQUESTS + "全年共受理有效政府信息公开申请13件," + clause + "\n")
        assert (got["requests.new"], got["requests.carried_forward"]) == (13, n), clause


def test_guard_another_year_or_a_review_is_not_carried_forward():
    for body in ("全年共受理政府信息公开申请13件,顺延到2025年度申请2件。",       # the report's own year
                 "全年共受理政府信息公开申请13件,结转至2024年政府信息公开申请8件。",
                 "四、行政复议\n收到行政复议申请5件,顺延到2026年度申请2件。"):
        assert "requests.carried_forward" not in read(REQUESTS + body + "\n"), body


# ---------------------------------------------------------------- R4. none received: 申请办理事项

def test_requests_said_as_request_handling_matters():
    for body, n in (("收到和处理政府信息公开申请办理事项为0件。", 0), ("收到政府信息公开申请办理事项0件。", 0),
                    ("全年受理政府信息公开申请办理事项共17件。", 17)):
        assert read(REQUESTS + body + "\n")["requests.new"] == n, body


def test_guard_a_review_matter_or_a_bare_handling_is_no_request_count():
    for body in ("收到行政复议申请办理事项3件。", "收到政府信息公开申请办理5件。"):
        assert "requests.new" not in read(REQUESTS + body + "\n"), body


# ---------------------------------------------------------------- M3. publish date in a bulleted field list

def published(lines: str):
    return reportparse.parse_text("某县2025年政府信息公开工作年度报告\n" + lines + "本报告依据条例编制。\n").published


def test_publish_date_as_bulleted_items_on_two_lines():
    assert published("- 发文字号\n- 索引号\n- 005452065/2026-00001\n- 发布日期\n- 2026-01-28\n- 主题分类\n- 市政府部门\n") \
        == "2026-01-28"
    assert published("• 发布时间\n• 2026-02-03 10:20\n• 来源\n• 本网\n") == "2026-02-03"
    assert published("- 成文日期\n- 2026-01-20\n- 发布日期\n- 2026-01-27\n") == "2026-01-27"


def test_guard_a_date_that_is_no_item_of_its_own_is_not_read():
    for lines in ("- 发布日期\n- 2026-01-28是个日子\n", "发布日期\n2026-01-28\n", "- 发布日期\n- 点击\n- 2026-01-28\n"):
        assert published(lines) is None, lines


# ---------------------------------------------------------------- R5. website's kinds list opening with a comma

def test_website_count_after_kinds_whose_first_ends_in_a_comma():
    for body, n in (("全年通过岚峰县政府网站主动公开政府文件,政府会议、财政预决算、重大民生等信息3498条;"
                     "政务新媒体发布信息10444条;线下方式公开信息20451条。", 3498),
                    ("全年通过岚峰县政府网站主动公开政府文件,政府会议、人事等信息3496条;政务微博发布信息1044条。", 3496),
                    ("通过县政府门户网站公开规划计划,财政预决算、统计数据等信息357条;政务微信发布信息68条。", 357)):
        assert read(ACTIVE + body + "\n")["disclosure.via_website"] == n, body


def test_guard_a_clause_break_after_the_comma_keeps_the_count_unread():
    for body in ("全年通过岚峰县政府网站主动公开政府文件,发布会议、人事等信息3495条;政务微博发布信息1044条。",
                 "全年通过岚峰县政府网站主动公开政府文件,微信、微博等信息3494条;政务微博发布信息1044条。",
                 "全年通过岚峰县政府网站主动公开政府文件,其中会议、人事等信息3493条;政务微博发布信息1044条。"):
        assert "disclosure.via_website" not in read(ACTIVE + body + "\n"), body
