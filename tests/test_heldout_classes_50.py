"""Classes a held-out set of real pages (stop 49b) showed unread, with invented reports: table 二's items said as prose
(each item's change on the year, signed; 其他对外管理服务事项's decisions; penalties counted after 作出, none made); a header
date in square brackets; a website named by its kind or as its clause's subject; the channels said as many after 等
(依托 …等信息发布平台, the count's unit left off); every request just counted carried forward; none of the normative
documents issued; a run-in heading's wrapped sentence; a review said none of a kind."""
import pytest

import reportparse

HEAD = "岚峰县某局2020年政府信息公开工作年度报告\n"
HEAD_2021 = "岚峰县某局2024年政府信息公开工作年度报告\n"      # the 2021 template: normative_docs.issued is its key


def read(body: str, head: str = HEAD) -> dict:
    return {k: v for k, v in reportparse.parse_text(head + body).values().items() if v is not None}


# ---------------------------------------------------------------- table 二 said as prose

ITEMS = ("一、总体情况\n（一）主动公开政府信息情况\n2020年我局行政许可事项17项，比2019年减少4项，行政许可处理决定数量6183件；"
         "其他对外管理服务事项38项，比2019年增加9项，其他对外管理服务事项处理决定数量527件。2020年我局行政处罚事项41项，"
         "比2019年增加2项，共作出行政处罚73件；行政强制事项5件，较上年减少6项，未作出行政强制措施。\n")


def test_each_items_change_on_the_year_is_read_signed():
    got = read(ITEMS)
    assert got["disclosure.licensing.items_change"] == -4
    assert got["disclosure.other_services.items_change"] == 9
    assert got["disclosure.penalty.items_change"] == 2
    assert got["disclosure.coercion.items_change"] == -6


def test_each_items_decisions_said_as_prose():
    got = read(ITEMS)
    assert got["disclosure.licensing.decisions"] == 6183
    assert got["disclosure.other_services.decisions"] == 527
    assert got["disclosure.penalty.decisions"] == 73
    assert got["disclosure.coercion.decisions"] == 0
    # the items' own counts (17, 38, 41, 5) are no key's: the previous year's only by arithmetic
    assert 17 not in got.values() and 38 not in got.values()


@pytest.mark.parametrize("sentence", [
    "2020年我局行政许可事项17项，比2018年减少4项。",       # compared with another year than the one before
    "2020年我局行政许可事项比2019年减少4项。",              # no item count before the change
    "2020年我局行政许可事项17项，比2019年减少约4项。",     # a rough change
])
def test_a_change_not_said_of_the_items_against_last_year_is_not_read(sentence):
    assert "disclosure.licensing.items_change" not in read("一、总体情况\n（一）主动公开政府信息情况\n" + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "共作出行政处罚的案件73件。",          # cases, not decisions
    "未作出行政处罚的案件已移交。",        # none of the penalties said
])
def test_near_wordings_of_penalties_are_not_read(sentence):
    got = read("一、总体情况\n（一）主动公开政府信息情况\n" + sentence + "\n")
    assert "disclosure.penalty.decisions" not in got


# ---------------------------------------------------------------- a header date in brackets

@pytest.mark.parametrize("line", ["发布日期:[2021-01-26]", "发布时间：【2021-01-26】"])
def test_a_publish_date_in_square_brackets(line):
    text = HEAD + line + "\n一、总体情况\n2020年，我局共收到政府信息公开申请7件。\n"
    assert reportparse.parse_text(text).published == "2021-01-26"


def test_a_date_in_brackets_with_no_field_name_is_no_publish_date():
    text = HEAD + "[2020-06-01]\n一、总体情况\n2020年，我局共收到政府信息公开申请7件。\n"
    assert reportparse.parse_text(text).published is None


# ---------------------------------------------------------------- a website's count

def test_a_site_named_by_its_kind_as_the_clauses_subject_beside_another_channel():
    got = read("一、总体情况\n（一）主动公开\n2020年，局政务网站公开信息287条，微信公众号推送各类报道、信息196条。\n")
    assert got["disclosure.via_website"] == 287
    assert "disclosure.total" not in got          # two channels' counts: no total said


def test_a_governments_portal_as_the_subject_of_its_posts():
    got = read("一、总体情况\n（一）主动公开情况\n1.信息发布情况。区政府门户网站共发布信息15326条，其中：概况类58条、"
               "政务动态类7041条；共维护11个专栏。\n")
    assert got["disclosure.via_website"] == 15326


def test_the_total_by_many_channels_then_the_disclosure_portals_share():
    got = read("一、总体情况\n（一）主动公开\n2020年，我局全年通过政府门户网站、政务新媒体等多种渠道累计公开信息共53条。"
               "通过岚峰县政府信息公开门户网站公开39条，其中组织机构信息13条，审计信息26条。\n")
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (53, 39)


@pytest.mark.parametrize("sentence", [
    "2020年，各乡镇网站公开信息287条，微信公众号推送信息196条。",      # the parts' sites
    "2020年，网站留言287条，微信公众号推送信息196条。",               # messages, no site's output
])
def test_near_wordings_of_a_sites_count_are_not_read(sentence):
    assert "disclosure.via_website" not in read("一、总体情况\n（一）主动公开\n" + sentence + "\n")


# ---------------------------------------------------------------- the channels listed, the unit left off

def test_channels_listed_after_yituo_and_a_count_with_no_unit():
    got = read("一、总体情况\n（一）主动公开。坚持公开到位的原则。2020年，依托岚峰县某局门户网站、信息公开网、微信公众号等"
               "信息发布平台发布信息2917，发布政策解读8项。\n")
    assert got["disclosure.total"] == 2917


@pytest.mark.parametrize("tail", ["发布信息2917人次，", "发布信息2917.5，", "发布信息20201231号文件，"])
def test_a_count_with_no_unit_is_read_only_closing_its_clause(tail):
    got = read("一、总体情况\n（一）主动公开\n2020年，依托门户网站、微信公众号等信息发布平台" + tail + "发布政策解读8项。\n")
    assert "disclosure.total" not in got


# ---------------------------------------------------------------- requests carried forward, none issued

def test_every_request_just_counted_carried_forward():
    got = read("一、总体情况\n（二）依申请公开\n2020年，我局收到3件政府信息公开申请，结转至下一年度办理，未发生行政复议。\n")
    assert (got["requests.new|applicant=total"], got["requests.carried_forward|applicant=total"]) == (3, 3)


@pytest.mark.parametrize("sentence", [
    "2020年，我局收到行政复议申请3件，结转至下一年度办理。",            # a review's cases
    "2020年，我局收到3件政府信息公开申请，办结2件，结转至下一年度办理。",  # the clause before is an answer's
])
def test_carried_forward_without_its_count_after_another_clause_is_not_read(sentence):
    assert "requests.carried_forward|applicant=total" not in read("一、总体情况\n（二）依申请公开\n" + sentence + "\n")


@pytest.mark.parametrize("subject", ["园区", "我局", ""])
def test_none_of_the_normative_documents_issued(subject):
    got = read(f"一、总体情况\n（三）政府信息管理\n2024年{subject}未制定规范性文件，确保政策的连续性。\n", HEAD_2021)
    assert got["disclosure.normative_docs.issued"] == 0


@pytest.mark.parametrize("sentence", [
    "2024年各乡镇未制定规范性文件，确保政策的连续性。",       # the parts'
    "2024年园区未制定规范性文件的清理计划。",                 # no count of documents
])
def test_near_wordings_of_none_issued_are_not_read(sentence):
    assert "disclosure.normative_docs.issued" not in read("一、总体情况\n（三）政府信息管理\n" + sentence + "\n", HEAD_2021)


# ---------------------------------------------------------------- a run-in heading, a review none of a kind

def test_a_run_in_headings_sentence_wrapped_over_a_line_reads_as_one():
    got = read("一、总体情况\n（二）依申请公开情况。全年未接收到受理政府信息公开\n申请，未发生信息公开类行政复议。\n")
    assert (got["requests.new|applicant=total"], got["review.total"]) == (0, 0)


def test_a_heading_alone_on_its_line_still_ends_its_paragraph():
    got = read("一、总体情况\n（二）依申请公开情况\n全年收到政府信息公开申请6件。\n")
    assert got["requests.new|applicant=total"] == 6
