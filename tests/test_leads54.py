"""Leads left by stop 53's sets, with invented reports: a count at one place followed by the count of another place
named with its owner as the clause's subject (…目录系统主动公开信息17条，县政府门户网站公开各类信息58条) is no proactive
total, unless the text states the total; each class has a guard that must still read."""
from values_read import values_read

HEAD = "岚峰县某局2025年政府信息公开工作年度报告\n"
ACTIVE = "一、总体情况\n（一）主动公开情况\n"


def read(body: str, head: str = HEAD) -> dict:
    """Each value read, by its key (values_read)."""
    return values_read(head + body)


# ---------------------------------------------------------------- a. one place's count beside another owned place's

def test_a_place_count_beside_an_owned_place_count_is_no_total():
    for first, second in (("我局在政府信息公开目录系统主动公开信息17条", "县政府门户网站公开各类信息58条"),
                          ("我局在政府信息公开目录系统主动公开信息19条", "局政务公开栏公开信息63条"),
                          ("本年度我局在政府信息公开专栏主动公开信息23条", "县政务服务平台公开信息41条"),
                          ("通过县政府门户网站主动公开信息29条", "镇村公开栏张贴信息37条"),
                          ("我局在政府信息公开目录系统主动公开信息31条", "市政府网站发布各类信息74条")):
        for body in (first + "，" + second + "。", second + "，" + first + "。"):
            assert "disclosure.total" not in read(ACTIVE + body + "\n"), body


def test_guard_the_total_stated_or_a_part_after_of_which_still_reads():
    assert read(ACTIVE + "我局在政府信息公开目录系统主动公开信息17条，县政府门户网站公开各类信息58条，"
                "共计主动公开信息75条。\n")["disclosure.total"] == 75
    assert read(ACTIVE + "我局在县政府门户网站主动公开信息43条，其中县政府门户网站政策文件栏目公开信息5条。\n")[
        "disclosure.total"] == 43
    assert read(ACTIVE + "通过县政府门户网站主动公开信息217条，政策解读专栏发布解读信息8条。\n")["disclosure.total"] == 217
