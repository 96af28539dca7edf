"""Classes a held-out set of real pages (stop 49) showed unread, with invented reports: a website named 官网, by a
quoted proper name, or owned by a bureau; its items the issuer's own (街道信息), counted in 次 or 累计; a total split in
brackets into its channels; requests counted in 项 before an outcome of them all, named 公开申请, none carried over
with the noun said; an outcome as the clause after the count; a title-less report whose preamble stands above 一、总体情况."""
import pytest

import reportparse

HEAD = "岚峰县某局2020年政府信息公开工作年度报告\n"
PROACTIVE = "一、总体情况\n（一）主动公开\n"
REQUESTS = "一、总体情况\n（二）依申请公开\n"


def read(body: str, head: str = HEAD) -> dict:
    return {k: v for k, v in reportparse.parse_text(head + body).values().items() if v is not None}


# ---------------------------------------------------------------- a website named otherwise

@pytest.mark.parametrize("sentence, n", [
    ("2020年，本街道在政府官网上主动公开街道信息437条。", 437),                       # 官网, the issuer's own items
    ("本年度通过“岚峰之窗”门户网站共发布各类政务信息158条。", 158),                   # the portal's proper name
    ("2020年通过“岚峰县人民政府”门户网站累计公开政府信息106条。", 106),               # 累计 as the year's
    ("2020年度，县民政局通过县民政局网站主动公开信息1873条。", 1873),                 # a bureau's own site
    ("2020年我局在政府门户网站公开发布信息67次，包括通知公告9次、工作动态58次。", 67),  # 次 right after 信息
])
def test_a_website_named_otherwise_gives_its_count(sentence, n):
    body = PROACTIVE + sentence + "通过微信公众号发布信息941条。\n"
    assert read(body)["disclosure.via_website"] == n


@pytest.mark.parametrize("sentence", [
    "2020年，本街道在政府官网上主动公开工作动态信息437条。",          # a kind of information: a part
    "本年度通过“岚峰之窗”和门户网站共发布各类政务信息158条。",       # two ways joined: no one site's
    "2020年我局在政府门户网站接受群众咨询67次。",                      # 次 after another noun: visits
    "2020年，县民政局网站访问量达1873次。",                            # a site's visits
])
def test_near_wordings_give_no_sites_count(sentence):
    body = PROACTIVE + sentence + "通过微信公众号发布信息941条。\n"
    assert "disclosure.via_website" not in read(body)


# ---------------------------------------------------------------- a total split in brackets by channel

def test_a_total_split_in_brackets_into_its_channels():
    got = read(PROACTIVE + "以局门户网站、微信公众号为载体，及时公开政策文件、工作动态、执法信息等工作信息1289条（其中：网站417条、"
                           "微信公众号872条）。\n")
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (1289, 417)


def test_a_request_count_split_by_the_ways_is_no_proactive_total():
    got = read(PROACTIVE + "收到依申请公开信息5条（其中：网站申请3条、网上申请2条）。\n")
    assert "disclosure.total" not in got and "disclosure.via_website" not in got


def test_a_count_split_into_kinds_is_no_channels_split():
    got = read(PROACTIVE + "及时公开政策文件、工作动态等工作信息1289条（其中：文件417条、动态872条）。\n")
    assert "disclosure.total" not in got and "disclosure.via_website" not in got


# ---------------------------------------------------------------- requests: unusual noun or unit

def test_requests_in_xiang_before_an_outcome_of_them_all():
    got = read(REQUESTS + "收到政府信息公开申请4项全部予以公开，无上年结转政府信息公开申请。\n")
    assert (got["requests.new|applicant=total"], got["requests.granted|applicant=total"],
            got["requests.carried_over|applicant=total"]) == (4, 4, 0)


@pytest.mark.parametrize("sentence", [
    "收到政府信息公开申请4项。",                               # 项 alone: maybe the items asked for
    "收到政府信息公开申请2件，涉及信息4项全部予以公开。",        # the items' count, after 涉及信息
])
def test_xiang_without_an_outcome_of_all_is_not_the_requests(sentence):
    got = read(REQUESTS + sentence + "\n")
    assert got.get("requests.new|applicant=total") != 4 and "requests.granted|applicant=total" not in got


def test_requests_named_gongkai_shenqing():
    got = read(REQUESTS + "全年共收到公开申请1478件（上年度结转17件，结转下年度8件）。\n")
    assert (got["requests.new|applicant=total"], got["requests.carried_over|applicant=total"],
            got["requests.carried_forward|applicant=total"]) == (1478, 17, 8)


def test_every_request_granted_then_another_figure_is_not_all():
    got = read(REQUESTS + "收到政府信息公开申请5件，全部予以公开，3件已办结。\n")
    assert "requests.granted|applicant=total" not in got


# ---------------------------------------------------------------- an outcome as the clause after the count

@pytest.mark.parametrize("sentence, n", [
    ("2020年收到政府信息公开申请1件，为本机关不掌握的政府信息。", 1),
    ("2020年收到政府信息公开申请3件，均属于本机关不掌握的信息。", 3),
])
def test_not_held_said_as_the_clause_after_the_count(sentence, n):
    got = read(REQUESTS + sentence + "\n")
    assert (got["requests.new|applicant=total"], got["requests.unable.not_held|applicant=total"]) == (n, n)


@pytest.mark.parametrize("sentence", [
    "2020年收到政府信息公开申请3件，办结2件，为本机关不掌握的政府信息。",     # the clause is the 2's
    "2020年收到行政复议申请3件，为本机关不掌握的政府信息。",                   # a review's
])
def test_not_held_after_another_figure_or_matter_is_not_all(sentence):
    assert read(REQUESTS + sentence + "\n").get("requests.unable.not_held|applicant=total") != 3


# ---------------------------------------------------------------- a preamble above 一、总体情况

PREAMBLE = ("2020年，岚峰县某局深入贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开。\n\n"
            "一、总体情况\n\n")


def test_a_preamble_citing_the_statute_above_the_overview_of_the_year_is_a_report():
    doc = reportparse.parse_text(PREAMBLE + "2020年，县某局高度重视政府信息公开工作，明确了2名兼职人员。\n")
    assert doc.year == 2020


@pytest.mark.parametrize("text", [
    # a school's rules cited: another genre
    "2020年，岚峰学院深入贯彻落实《高等学校信息公开办法》。\n\n一、总体情况\n\n2020年，学院高度重视信息公开工作。\n",
    # the overview does not open with the year's work
    "2020年，岚峰县某局深入贯彻落实《中华人民共和国政府信息公开条例》。\n\n一、总体情况\n\n会议要求，各单位要高度重视。\n",
    # a work summary under the same headings
    "岚峰县某局2020年政务公开工作总结：深入贯彻落实《中华人民共和国政府信息公开条例》。\n\n一、总体情况\n\n2020年，县某局高度重视。\n",
])
def test_near_openings_stay_refused(text):
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text(text)
