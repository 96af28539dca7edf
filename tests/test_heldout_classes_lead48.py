"""Classes a held-out set of real pages (stop 48, hosts md5 8–f) showed unread, with invented reports: a website's owner
named with 和 in its place name, or the website as the clause's subject; a zero over a running total up to the year's
end; no review said as none having arisen (未引起); no fee of any kind charged; a title-less body's year before a place
named with 中."""
import pytest

import reportparse

HEAD = "岚峰县某局2020年政府信息公开工作年度报告\n"


def read(body: str, head: str = HEAD) -> dict:
    return {k: v for k, v in reportparse.parse_text(head + body).values().items() if v is not None}


# ---------------------------------------------------------------- a website's count

# (a 和 right before the place's kind, 平和县政府, stays a list's word: 微信和县政府网站 reads the same)
@pytest.mark.parametrize("owner", ["和平区政府", "和田市人民政府", "和龙市政府"])
def test_a_site_owned_by_a_place_named_with_he(owner):
    got = read(f"一、总体情况\n（一）主动公开\n各类公开主体共发布信息150余条。在{owner}门户网站发布信息17条，上报被采纳信息80余条。\n")
    assert got["disclosure.via_website"] == 17


@pytest.mark.parametrize("body", [
    "通过微信和县政府网站发布信息17条。\n",         # 和 joins two ways: no one site's count
    "通过微信和平台发布信息17条。\n",
])
def test_he_joining_two_ways_is_no_site_owner(body):
    assert "disclosure.via_website" not in read("一、总体情况\n（一）主动公开\n" + body)


def test_a_governments_website_as_the_clauses_subject_is_the_sites_count_too():
    got = read("一、总体情况\n（一）主动公开情况\n2020年县政府网站共发布公开各类政务信息1583条。\n")
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (1583, 1583)
    # beside another outlet's count the clause is no one site's: nothing read, as before
    got = read("一、总体情况\n（一）主动公开情况\n县政府网站共发布公开各类政务信息1583条，微信公众号发布信息306条。\n")
    assert "disclosure.via_website" not in got and "disclosure.total" not in got


# ---------------------------------------------------------------- a zero up to the year's end

@pytest.mark.parametrize("end", ["截止2020年12月31日", "截至2020年底", "截至目前"])
def test_a_zero_up_to_the_years_end_is_none_that_year(end):
    got = read(f"一、总体情况\n（二）依申请公开\n{end}，共收到依申请公开0件，予以公开0件。\n")
    assert (got["requests.new|applicant=total"], got["requests.granted|applicant=total"]) == (0, 0)


@pytest.mark.parametrize("sentence", [
    "截止2020年12月31日，共收到依申请公开5件，予以公开3件。",     # a count over a start not said: not the year's
    "截至2020年6月30日，共收到依申请公开0件。",                    # up to a day inside the year: the rest unsaid
    "截至2019年底，共收到依申请公开0件。",                          # another year's end
])
def test_running_totals_that_settle_no_years_count_stay_unread(sentence):
    got = read("一、总体情况\n（二）依申请公开\n" + sentence + "\n")
    assert "requests.new|applicant=total" not in got and "requests.granted|applicant=total" not in got


# ---------------------------------------------------------------- no review: none arose

@pytest.mark.parametrize("verb", ["未引起", "未引发"])
def test_no_review_said_as_none_having_arisen(verb):
    got = read(f"一、总体情况\n（二）依申请公开\n全年共收到政府信息公开申请13件，均依法办结，{verb}行政复议和行政诉讼情形。\n")
    assert (got["requests.new|applicant=total"], got["review.total"]) == (13, 0)


def test_none_arising_from_penalties_is_another_matters():
    got = read("一、总体情况\n（二）依申请公开\n全年共收到政府信息公开申请13件。本年度行政处罚未引起行政复议和行政诉讼。\n")
    assert "review.total" not in got


# ---------------------------------------------------------------- no fee of any kind

@pytest.mark.parametrize("sentence", ["对公民、法人和其他组织的申请暂不收取任何费用。", "依申请公开政府信息一律不收取任何费用。"])
def test_no_fee_of_any_kind_charged_on_requests(sentence):
    assert read("一、总体情况\n（二）依申请公开\n" + sentence + "\n")["fees.collected"] == 0


@pytest.mark.parametrize("sentence", [
    "政务服务大厅办事不收取任何费用。",                    # no request or disclosure in the sentence or its section
    "依照规定，行政机关依申请提供政府信息，不得收取任何费用。",   # the Regulations' rule, no practice
])
def test_fee_words_that_say_no_years_fee_stay_unread(sentence):
    assert "fees.collected" not in read("五、其他需要报告的事项\n" + sentence + "\n")


# ---------------------------------------------------------------- a title-less body's year

def test_a_title_less_bodys_year_before_a_place_named_with_zhong():
    text = ("依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。\n一、总体情况\n"
            "2020年中仓街道积极推动政府信息公开工作，主动公开政府信息47条。\n")
    assert reportparse.parse_text(text).year == 2020


@pytest.mark.parametrize("opening", ["2020年中，我街道", "2020年中期，我街道"])
def test_the_middle_of_a_year_names_no_reports_year(opening):
    text = ("依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。\n一、总体情况\n"
            f"{opening}积极推动政府信息公开工作，主动公开政府信息47条。\n")
    assert reportparse.parse_text(text, require_report=False).year is None
