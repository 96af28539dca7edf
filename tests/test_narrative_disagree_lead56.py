"""Stop 56 (lead): a list of kinds closed by 等 with no 主动 (公开A、B等内容N条) yields to the report's own proactive
total said elsewhere, and a later sentence's other figure for a value already read is said in a warning, never
dropped silently. Invented fixtures."""
import reportparse as rp

HEAD = "某某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n"


def _values(report):
    return {i.value_id: i.value for i in report.indicators}


def test_listed_kinds_before_the_total_yield_to_it():
    text = HEAD + ("在政府信息公开平台上公开政策文件、人事信息、财政预决算等内容493条。"
                   "全年主动公开政府信息4821条,其中通过政府网站公开3760条。\n")
    values = _values(rp.parse_text(text))
    assert values["disclosure.total"] == 4821
    assert values["disclosure.via_website"] == 3760


def test_listed_kinds_after_the_total_yield_to_it():
    text = HEAD + ("全年主动公开政府信息2718条。"
                   "在政府信息公开平台上公开部门预算、机构简介、人事任免等内容386条次。\n")
    assert _values(rp.parse_text(text))["disclosure.total"] == 2718


def test_listed_kinds_alone_still_the_total():
    for said, n in (("公开部门预算、机构简介、环保督察整改等11条次。", 11),
                    ("公开政策文件、公告类信息、财政预决算信息等内容139条。", 139)):
        text = HEAD + "2023年度,县林业局坚持“公开为常态、不公开为例外”原则," + said + "\n(二)依申请公开\n收到申请3件。\n"
        assert _values(rp.parse_text(text))["disclosure.total"] == n, said


def test_a_second_sentence_disagreeing_is_said():
    text = HEAD + ("全年主动公开政府信息6253条。\n"
                   "二、其他\n全县各乡镇主动公开政府信息1874条。\n")
    report = rp.parse_text(text)
    assert _values(report)["disclosure.total"] == 6253
    said = [w for w in report.warnings if "also read as 1874" in w]
    assert len(said) == 1 and "6253 kept" in said[0]


def test_sentences_agreeing_say_nothing():
    text = HEAD + "全年主动公开政府信息6253条。\n二、其他\n本年度主动公开政府信息6253条。\n"
    report = rp.parse_text(text)
    assert _values(report)["disclosure.total"] == 6253
    assert not [w for w in report.warnings if "also read as" in w]
