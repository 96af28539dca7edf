"""Wordings of real reports the library missed (heldout63b), each a class with guards that a near case is not read, or
is read differently. Texts and figures are invented.

- no reconsideration and no lawsuit said as what the requests' answer, worded 回复, did not bring about (…均在规定期限内
  正式回复,未引起行政复议,也未引起行政诉讼): review and lawsuits none, as after 答复/办结; never before 败诉/纠错;
- the one reason of all the requests that could not be given, in a clause of its own after their count (无法提供5件,
  因不掌握相关政府信息。): that reason's row beside the group's; never where the clause names a second reason;
- the normative documents' three counts said with 发布 as the verb (全年发布行政规范性文件6件,废止2件,现行有效文件41件):
  the issued count; 发布 with no repealed count after it (在网站发布…) may count what went out on a site, and stays unread;
- requests counted in 项 right after their noun, all of them then answered with the manner before the verb (收到依申请
  公开7项,均依法依规及时答复): requests.new; 项 of the information asked for (涉及信息17项) never;
- the remainder after a list of kinds (主动公开其他信息9132条): no proactive total; 主动公开政府信息N条 stays the total;
- a CMS's facts one a line under the title, the index number with its class letter after a dash (…J-A/2023-6005636),
  the office, then the date alone on its line: the publish date; never a date with words after it, nor inside the year;
- a title-less page stored from 一、总体情况 whose first paragraph opens with no year but says the body carries the
  government's statute out, the template's (一)主动公开… right after it: a report; never a work summary, nor with
  another first part;
- a site's count after a clause that puts out one topic's information (及时发布疫情防控有关信息,通过政府网站发布信息37条):
  that topic's items, not the site's share (the site's own count beside it is); after a clause with the total's
  count it stays the site's share.
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError
from values_read import values_read as _values

_TOWN = "青岭镇2023年政府信息公开工作年度报告\n一、总体情况\n本年度青岭镇依法做好政府信息公开工作。\n"
_REQUESTS = "(二)依申请公开\n"


# ---- no review, no lawsuit, after the answer said as 回复 ---------------------------------------------------------------

def test_no_review_nor_lawsuit_after_the_answer_said_as_huifu():
    got = _values(_TOWN + _REQUESTS + "2023年,青岭镇共收到依申请公开17件,收到的申请件均在规定期限内正式回复,"
                  "未引起行政复议,也未引起行政诉讼。\n")
    assert got["requests.new"] == 17
    assert (got["review.total"], got["litigation.direct.total"], got["litigation.after_review.total"]) == (0, 0, 0)


def test_no_review_lost_after_huifu_is_not_no_review():
    got = _values(_TOWN + _REQUESTS + "2023年,青岭镇共收到依申请公开17件,均已正式回复,未引起行政复议败诉。\n")
    assert "review.total" not in got


# ---- the unable group's one reason after its count ------------------------------------------------------------------

@pytest.mark.parametrize("reason", ["因不掌握相关政府信息", "均为本机关不掌握的信息"])
def test_unable_reason_said_after_the_count(reason):
    got = _values(_TOWN + _REQUESTS + f"2023年全镇共收到政府信息公开申请13件,其中予以公开8件。无法提供5件,{reason}。\n")
    assert (got["requests.new"], got["requests.granted"]) == (13, 8)
    assert got["requests.unable.not_held"] == 5


@pytest.mark.parametrize("reason", ["因不掌握相关政府信息或需另行制作", "因不掌握相关政府信息,已告知申请人"])
def test_unable_with_two_reasons_or_more_said_is_no_one_reason(reason):
    got = _values(_TOWN + _REQUESTS + f"2023年全镇共收到政府信息公开申请13件,其中予以公开8件。无法提供5件,{reason}。\n")
    assert "requests.unable.not_held" not in got


# ---- normative documents issued, said with 发布 --------------------------------------------------------------------

def test_normative_documents_published_with_the_repealed_count_after():
    got = _values(_TOWN + "(三)政府信息管理\n全年发布行政规范性文件6件,废止2件,现行有效文件41件。\n")
    assert got["disclosure.normative_docs.issued"] == 6
    assert got["disclosure.normative_docs.repealed"] == 2
    assert got["disclosure.normative_docs.in_force"] == 41


@pytest.mark.parametrize("sentence", ["全年在政府网站发布行政规范性文件6件。", "全年发布行政规范性文件6件,方便群众查阅。"])
def test_normative_documents_published_alone_stay_unread(sentence):
    assert "disclosure.normative_docs.issued" not in _values(_TOWN + "(三)政府信息管理\n" + sentence + "\n")


# ---- requests counted in 项 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("answered", ["均依法依规及时答复", "均已依法予以答复", "全部按时办结"])
def test_requests_in_xiang_all_answered_with_the_manner_said(answered):
    got = _values(_TOWN + _REQUESTS + f"2023年度,镇政府收到依申请公开7项,{answered}。\n")
    assert got["requests.new"] == 7


@pytest.mark.parametrize("after", ["正在办理中", "涉及土地征收等方面"])
def test_requests_in_xiang_not_said_all_answered_stay_unread(after):
    assert "requests.new" not in _values(_TOWN + _REQUESTS + f"2023年度,镇政府收到依申请公开7项,{after}。\n")


def test_items_asked_for_in_xiang_are_no_requests():
    got = _values(_TOWN + _REQUESTS + "2023年度,镇政府收到政府信息公开申请5件,涉及信息17项,均已依法予以答复。\n")
    assert got["requests.new"] == 5


# ---- the remainder of a list of kinds is no total --------------------------------------------------------------------

_KINDS = ("(一)主动公开\n青岭镇通过政府网站共发布各类信息9306条。其中,通知公告类信息131条,机构职能类信息43条。"
          "主动公开{what}9132条。\n")


@pytest.mark.parametrize("what", ["其他信息", "其他政府信息", "其余信息"])
def test_other_information_is_no_proactive_total(what):
    got = _values(_TOWN + _KINDS.format(what=what))
    assert "disclosure.total" not in got
    assert got["disclosure.via_website"] == 9306


def test_proactive_information_stays_the_total():
    assert _values(_TOWN + "(一)主动公开\n2023年,青岭镇主动公开政府信息9132条。\n")["disclosure.total"] == 9132


# ---- the page's facts one a line under an index number with a class letter -------------------------------------------

_TITLE = "岚峰区人民政府办公室2022年度政府信息公开工作年度报告\n"
_BODY = "\n本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2022年,主动公开政府信息83条。\n"


def test_a_date_under_an_index_number_with_a_class_letter():
    report = reportparse.parse_text(_TITLE + "11371234567890123K-A/2023-7104418\n区政府办公室\n2023-01-27\n" + _BODY)
    assert report.published == "2023-01-27"


@pytest.mark.parametrize("facts", [
    "11371234567890123K-A/2023-7104418\n区政府办公室\n2023-01-27 更新\n",   # words after the date
    "11371234567890123K-A/2022-7104418\n区政府办公室\n2022-11-30\n",        # inside the reporting year
    "11371234567890123K-AB/2023-7104418\n区政府办公室\n2023-01-27\n",       # no one-letter class
])
def test_no_publish_date_from_index_facts_not_so_set(facts):
    assert reportparse.parse_text(_TITLE + facts + _BODY).published is None


# ---- a title-less overview whose first paragraph opens with no year ---------------------------------------------------

_UNDATED = ("一、总体情况\n岚峰县某某局门户网站于2019年6月正式上线。我局认真贯彻落实《中华人民共和国政府信息公开条例》,"
            "不断提高政务公开质量。{extra}\n{first}\n主动公开方面,及时更新机构职能信息。\n"
            "1.2022年通过政府网站公开政府信息数1873条。\n")


def test_an_undated_first_paragraph_carrying_out_the_statute_then_the_proactive_part_is_a_report():
    got = _values(_UNDATED.format(extra="", first="(一)主动公开情况"))
    assert got["disclosure.via_website"] == 1873


@pytest.mark.parametrize("extra, first", [
    ("现将2022年政务公开工作总结如下。", "(一)主动公开情况"),       # a work summary
    ("", "(一)组织领导情况"),                                      # another first part
])
def test_an_undated_first_paragraph_otherwise_is_no_report(extra, first):
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(_UNDATED.format(extra=extra, first=first))


def test_a_statute_named_but_not_carried_out_is_no_report():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(_UNDATED.format(extra="", first="(一)主动公开情况").replace(
            "我局认真贯彻落实《中华人民共和国政府信息公开条例》", "《中华人民共和国政府信息公开条例》修订后"))


# ---- a site's count after one topic's information -----------------------------------------------------------------

@pytest.mark.parametrize("lead", ["及时发布疫情防控有关信息", "主动公开安全生产相关信息"])
def test_a_site_count_after_one_topics_information_is_no_site_share(lead):
    got = _values(_TOWN + f"(一)主动公开\n2023年通过政府网站公开政府信息数1873条。\n{lead},通过政府网站发布信息37条。\n")
    assert got["disclosure.via_website"] == 1873


def test_a_site_count_after_the_total_stays_the_site_share():
    got = _values(_TOWN + "(一)主动公开\n全年主动公开政府信息120条,通过政府网站发布信息37条。\n")
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (120, 37)
