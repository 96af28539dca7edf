"""Wordings of real reports the library missed (hunt65: southern and eastern provinces), each a class with a guard that a
near case keeps its reading. Texts and figures are invented.

- a review or a lawsuit said none alone in the 依申请公开 section (发生政府信息公开行政复议3起…。未发生行政诉讼情况。): that
  section is the disclosure's, as a title naming 政府信息公开 is; never in a section on another matter;
- no request said as 未收到申请政府信息公开的受理件 (the request said 申请…信息公开 before 受理件): none; never a receipt
  of another matter (未收到申请行政复议的受理件);
- a title-less report whose figures' subject is one body named in full and then short (2024年,岚峰县青禾镇人民政府通过…;
  2024年,青禾镇收到…): that body is the issuer, so its full name is no part of itself (issuer._figure_subject); two towns
  named are still two bodies.
"""
from __future__ import annotations

import reportparse
from reportparse.issuer import untitled_name
from reportparse.issuer_town import short_of

HEAD = "岚峰县{body}2024年政府信息公开工作年度报告\n一、总体情况\n"


def _report(text: str, body: str = "青禾镇人民政府", head: str = HEAD):
    # (a page with no title is a fragment to the library unless told to read it anyway)
    return reportparse.parse_text((head.format(body=body) if head else "") + text, require_report=bool(head))


def _values(text: str, body: str = "青禾镇人民政府", head: str = HEAD) -> dict:
    return {i.key: i.value for i in _report(text, body, head).indicators if not i.derived}


# ---- none said alone in the 依申请公开 section ----------------------------------------------------------------------

def test_no_lawsuit_said_alone_in_the_requests_section_is_none():
    got = _values("(一)主动公开\n本年度共主动公开文件3份。\n(二)依申请公开\n2024年,我镇共受理政府信息公开申请案件6件,办结5件,"
                  "发生政府信息公开行政复议3起,其中2起尚未审结。未发生行政诉讼情况。\n")
    assert (got.get("review.total"), got.get("review.pending")) == (3, 2)
    assert (got.get("litigation.direct.total"), got.get("litigation.after_review.total")) == (0, 0)


def test_no_review_said_alone_in_the_requests_section_is_none():
    got = _values("(二)依申请公开\n2024年,我镇共受理政府信息公开申请案件6件,均已答复。全年未发生行政复议。\n")
    assert got.get("review.total") == 0
    assert "litigation.direct.total" not in got


def test_guard_none_said_alone_in_another_matters_section_is_not_read():
    got = _values("(二)依申请公开\n2024年,我镇共受理政府信息公开申请案件6件,均已答复。\n(三)政务服务\n全年办件1234件。"
                  "未发生行政诉讼情况。全年未发生行政复议。\n")
    assert got.get("requests.new") == 6
    assert not {"review.total", "litigation.direct.total", "litigation.after_review.total"} & set(got)


# ---- 未收到申请政府信息公开的受理件 ---------------------------------------------------------------------------------

def test_no_receipt_of_a_request_for_disclosure_is_no_request():
    got = _values("(二)依申请公开\n2024年,青禾镇未收到申请政府信息公开的受理件。\n")
    assert got.get("requests.new") == 0


def test_guard_a_receipt_of_another_matter_is_no_request_and_the_older_wordings_stay():
    got = _values("(二)依申请公开\n2024年,青禾镇未收到申请行政复议的受理件。\n")
    assert "requests.new" not in got
    got = _values("(二)依申请公开\n2024年,青禾镇未收到依申请公开的来信。\n")
    assert got.get("requests.new") == 0


# ---- a title-less report's body named in full, then short ----------------------------------------------------------

FULL_THEN_SHORT = ("一、总体情况\n(一)主动公开方面。2024年,岚峰县青禾镇人民政府通过县政府门户网站主动公开政府信息37条,"
                   "其中部门文件12条(规范性文件0条)、机构职能1条。\n(二)依申请公开方面。2024年,{town}收到依申请公开件0件。\n")


def test_a_body_named_in_full_then_short_is_the_issuer_and_its_site_count_is_read():
    text = FULL_THEN_SHORT.format(town="青禾镇")
    assert untitled_name(text) == "岚峰县青禾镇人民政府"
    got = _values(text, head="")
    assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == (37, 37)
    assert got.get("requests.new") == 0


def test_guard_two_towns_named_are_two_bodies():
    text = FULL_THEN_SHORT.format(town="白石镇")
    assert untitled_name(text) is None
    got = _values(text, head="")
    assert "disclosure.total" not in got


def test_short_of_takes_only_the_area_before_and_the_government_word_after():
    assert short_of("青禾镇", "岚峰县青禾镇人民政府")
    assert short_of("青禾镇", "青禾镇人民政府")
    assert short_of("青禾镇", "岚峰县青禾镇")
    assert not short_of("岚峰县", "岚峰县青禾镇")             # the area is not the town
    assert not short_of("镇政府", "青禾镇政府")               # a kind's word inside a name
    assert not short_of("青禾镇", "青禾镇人民政府办公室")     # the office is another body
    assert not short_of("青禾镇", "青禾镇")


def test_guard_none_said_of_lost_cases_in_a_list_is_no_none():
    got = _values("(二)依申请公开\n2024年,我镇未收到依申请公开件,无因信息公开案件引起的行政诉讼、行政复议败诉等情况。\n")
    assert got.get("requests.new") == 0
    assert not {"review.total", "litigation.direct.total", "litigation.after_review.total"} & set(got)
    got = _values("(二)依申请公开\n2024年,我镇未收到依申请公开件,未发生因信息公开引起的行政复议、行政诉讼被纠错的情况。\n")
    assert not {"review.total", "litigation.direct.total", "litigation.after_review.total"} & set(got)
