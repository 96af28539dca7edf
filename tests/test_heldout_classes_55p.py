"""Prose classes a held-out set of real pages (stop 55) showed, with invented reports: the proactive total said after a
list of channels closed by 等 with no 主动 and no channel noun (通过政府网站、信息查阅场所等公开信息N条), under a proactive
heading; a total said all on one website's column (全部在…门户网站信息公开专栏进行公开: the website's count too), and one
website with 等 after it (通过政府门户网站等形式…) no website's count; rules and normative documents issued or repealed
listed in one sentence under one verb (本年度制发的省政府规章5件、…行政规范性文件5件,废止…规章9件); requests received
from every applicant the Regulations name, with no 提出 (收到公民、法人或其他组织的…申请N件); none received said of
政务公开申请 under a heading of requests. Each class has guards that stay unread."""
from values_read import values_read

HEAD = "岚峰县某局2025年政府信息公开工作年度报告\n"
ACTIVE = "一、总体情况\n（一）主动公开情况\n"
REQUESTS = "一、总体情况\n（二）依申请公开情况\n"


def read(body: str, head: str = HEAD) -> dict:
    return values_read(head + body)


# ---------------------------------------------------------------- 1. channels listed and closed by 等, no channel noun

def test_channels_listed_before_a_bare_verb_under_a_proactive_heading_are_the_total():
    for body, total in (("岚峰县2025年通过政府网站、信息查阅场所等公开信息35829条。其中,通过门户网站公开政府信息4541条。",
                         35829),
                        ("2025年,通过门户网站、政务微博、信息查阅场所等发布信息6372条。", 6372),
                        ("全年通过门户网站、政务公开栏等公布政府信息2518条,其中门户网站1893条。", 2518),
                        ("2025年,我局依托政府网站、微信公众号、公开栏等向社会公开信息743条。", 743)):
        assert read(ACTIVE + body + "\n").get("disclosure.total") == total, body
    # the heading may carry 主动公开 in a longer title with its text run in
    got = read("一、总体情况\n（一）深化主动公开内容。加大主动公开力度。2025年通过政府网站、信息查阅场所等公开信息8127条。"
               "其中,通过门户网站公开政府信息1946条。\n")
    assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == (8127, 1946)


def test_guard_channels_listed_with_a_bare_verb_elsewhere_or_after_a_part_stay_unread():
    for body in ("一、总体情况\n（三）政府信息管理\n2025年通过政府网站、信息查阅场所等公开信息3582条。",
                 ACTIVE + "2025年通过门户网站公开政策文件、规划计划等公开信息481条。",        # a verb in the list: kinds
                 ACTIVE + "2025年通过整理政策文件、规划计划等公开信息481条。",                # no channel in the list
                 ACTIVE + "2025年通过政府网站、微博等公开信息约481条。",                      # rough
                 ACTIVE + "2024年通过政府网站、信息查阅场所等公开信息3582条。",               # another year
                 ACTIVE + "2025年,全局主动公开信息700余条,其中,通过门户网站、微信公众号等发布信息521条。",
                 ACTIVE + "2025年,全局主动公开信息700余条,其中通过门户网站、微信公众号等渠道发布信息521条。"):
        assert "disclosure.total" not in read(body + "\n"), body


# ---------------------------------------------------------------- 2. all of a total on one website (its column named)

def test_a_total_said_all_on_one_websites_column_is_that_websites_count():
    for body, total in (("某局2025年度共主动发布政务信息37条,全部在岚峰县人民政府门户网站信息公开专栏进行公开,"
                         "涵盖机构职能、政策文件等方面。", 37),
                        ("2025年,我局主动公开政府信息82条,均通过岚峰县人民政府网站政务公开栏目公开。", 82),
                        ("2025年,我局主动公开政府信息91条,全部在县政府门户网站信息公开专栏进行公开。", 91)):
        got = read(ACTIVE + body + "\n")
        assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == (total, total), body


def test_guard_one_website_and_more_is_no_websites_count():
    for body, total in (("2025年,我局主动公开政府信息64条,全部在县政府门户网站和微信公众号发布。", 64),
                        ("2025年,通过政府门户网站等形式主动公开政府信息8769条。", 8769),
                        ("2025年,我局通过县政府网站等多种渠道主动公开政府信息356条。", 356)):
        got = read(ACTIVE + body + "\n")
        assert got.get("disclosure.total") == total and "disclosure.via_website" not in got, body


# ---------------------------------------------------------------- 3. rules and normative documents in one sentence

def test_rules_and_documents_issued_and_repealed_listed_in_a_sentence():
    got = read(ACTIVE + "通过省政府门户网站、省政府公报等渠道主动公开本年度制发的省政府规章7件、省政府及省政府办公厅"
                        "行政规范性文件13件,废止省政府规章4件。\n")
    assert (got.get("disclosure.regulations.issued"), got.get("disclosure.normative_docs.issued"),
            got.get("disclosure.regulations.repealed")) == (7, 13, 4)
    assert "disclosure.normative_docs.repealed" not in got
    got = read(ACTIVE + "2025年,制发市人民政府规章3件、市政府行政规范性文件18件,废止市人民政府规章2件、行政规范性文件11件。\n")
    assert (got.get("disclosure.regulations.issued"), got.get("disclosure.normative_docs.issued"),
            got.get("disclosure.regulations.repealed"), got.get("disclosure.normative_docs.repealed")) == (3, 18, 2, 11)
    got = read(ACTIVE + "本年度印发的规章6件和规范性文件22件。\n")
    assert (got.get("disclosure.regulations.issued"), got.get("disclosure.normative_docs.issued")) == (6, 22)


def test_guard_rules_and_documents_of_another_year_or_only_published_stay_unread():
    for body in ("2024年制发的省政府规章7件、行政规范性文件13件,废止省政府规章4件。",
                 "公开了省政府规章7件、行政规范性文件13件。",
                 "2025年,公开上级制发的规章7件、行政规范性文件13件。"):
        got = read(ACTIVE + body + "\n")
        assert not any(k.startswith(("disclosure.regulations", "disclosure.normative_docs")) for k in got), body


# ---------------------------------------------------------------- 4. every applicant named between 收到 and 申请

OFFICE = "岚峰市人民政府办公室2025年政府信息公开工作年度报告\n"


def test_requests_from_every_applicant_named_before_the_noun():
    for head, body, new in ((OFFICE, "2025年度,市政府办公室收到公民、法人或其他组织的政府信息公开申请66件,已全部办结。", 66),
                            (HEAD, "2025年度,我局共收到自然人、法人和其他组织的信息公开申请27件。", 27),
                            (HEAD, "2025年,本局受理公民、法人或者其他组织的政府信息公开申请38件,均按时答复。", 38)):
        assert read(REQUESTS + body + "\n", head).get("requests.new") == new, body


def test_requests_in_an_untitled_page_of_the_office_that_is_their_subject():
    text = ("根据《中华人民共和国政府信息公开条例》编制本报告。本报告所列数据的统计期限为2025年1月1日至2025年12月31日。\n"
            "一、总体情况\n2025年,市政府办公室进一步深入贯彻《中华人民共和国政府信息公开条例》。\n（一）主动公开情况\n"
            "2025年度市政府办公室通过政府网站主动公开文件共83件。\n（二）依申请公开情况\n"
            "2025年度,市政府办公室收到公民、法人或其他组织的政府信息公开申请45件,已全部办结。\n")
    assert values_read(text).get("requests.new") == 45


def test_guard_one_applicant_another_body_or_another_matter_stays_unread():
    for body in ("2025年度,本局收到法人或其他组织的政府信息公开申请38件。",
                 "2025年度,县政府收到公民、法人或其他组织的政府信息公开申请29件。",
                 "2025年度,本局收到公民、法人或其他组织的行政复议申请4件。",
                 "2024年度,本局收到公民、法人或其他组织的政府信息公开申请19件。"):
        assert "requests.new" not in read(REQUESTS + body + "\n"), body


# ---------------------------------------------------------------- 5. none of the 政务公开申请 under a requests' heading

TOWN = "岚峰县某某镇人民政府2025年政府信息公开工作年度报告\n"


def test_no_zhengwu_gongkai_request_under_a_requests_heading_is_none():
    for body in ("一、总体情况\n（二）依申请公开。在镇便民服务大厅设置政务公开查询点,方便群众进行政务公开申请。"
                 "2025年,某某镇未收到政务公开申请。",
                 "一、总体情况\n（二）依申请公开\n2025年,我镇没有收到政务公开申请。",
                 "一、总体情况\n（二）依申请公开\n本年度未收到政务公开申请。",
                 "一、总体情况\n（二）依申请公开\n2025年度,全镇均未收到任何政务公开申请。"):
        assert read(body + "\n", TOWN).get("requests.new") == 0, body


def test_guard_zhengwu_gongkai_elsewhere_of_another_body_or_year_or_beside_a_count_is_not_none():
    for body in ("一、总体情况\n（三）政府信息管理\n2025年,我镇未收到政务公开申请。",
                 "一、总体情况\n（二）依申请公开\n2025年度,某某村未收到政务公开申请。",
                 "一、总体情况\n（二）依申请公开\n2024年,我镇未收到政务公开申请。"):
        assert "requests.new" not in read(body + "\n", TOWN), body
    got = read("一、总体情况\n（二）依申请公开\n2025年,我镇收到政府信息公开申请3件。未收到政务公开申请。\n", TOWN)
    assert got.get("requests.new") == 3
    got = read("一、总体情况\n（二）依申请公开情况\n2025年,某某乡未收到政务公开申请。\n", "岚峰县人民政府2025年政府信息公开工作年度报告\n")
    assert "requests.new" not in got
