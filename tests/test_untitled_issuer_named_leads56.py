"""A title-less report's issuer named by the page itself (leads56): the contact for questions is a street's or town's
disclosure office (请与X区政府Y街道办事处信息公开办公室联系), never a bureau's (a 政务服务与数据管理局's 政务公开办公室
may answer for its banner's whole report) nor a government's; or the page opens with its year and a street or town as the
subject of its first sentence (2025年,杏花村镇紧扣…) and calls itself by that kind's own word (我镇, 本街道). Texts
and figures are invented."""
from __future__ import annotations

import pytest

import reportparse

_CONTACT = ("本报告是根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。"
            "如对报告有任何疑问,请与{contact}联系(地址:某某路26号)。\n一、概述\n2009年,主动公开政府信息84条。\n")


@pytest.mark.parametrize("contact, name", [
    ("青禾区政府红星街道办事处信息公开办公室", "青禾区政府红星街道办事处"),
    ("青禾区红星街道办事处政务公开办公室", "青禾区红星街道办事处"),
    ("青禾县石岭镇人民政府政府信息公开办公室", "青禾县石岭镇人民政府"),
])
def test_a_streets_or_towns_disclosure_office_names_the_issuer(contact, name):
    doc = reportparse.parse_text(_CONTACT.format(contact=contact))
    assert (doc.issuer.name, doc.issuer.kind) == (name, "township")
    assert doc.value("disclosure.total") == 84


@pytest.mark.parametrize("contact", ["青禾旗政务服务与数据管理局政务公开办公室", "青禾区人民政府信息公开办公室",
                                     "青禾区委信息公开办公室"])
def test_a_bureaus_or_governments_disclosure_office_names_no_issuer(contact):
    assert reportparse.parse_text(_CONTACT.format(contact=contact)).issuer.name is None


_BODY = ("本报告根据《中华人民共和国政府信息公开条例》编制。\n一、基本情况\n（一）主动公开情况\n"
         "2025年,{w}通过政府门户网站主动公开政府信息84条。\n（二）依申请公开情况\n2025年,{w}未收到政府信息公开申请。\n")


@pytest.mark.parametrize("first, word, name", [
    ("2025年,杏花村镇紧扣公开透明的工作主线,严格恪守条例。", "我镇", "杏花村镇"),
    ("2025年,红星街道坚持公开为常态,持续完善公开机制。", "本街道", "红星街道"),
    ("2025年,石岭乡以群众需求为导向,持续完善公开机制。", "我乡", "石岭乡"),
])
def test_a_town_opening_the_page_that_calls_itself_by_its_kind_is_the_issuer(first, word, name):
    doc = reportparse.parse_text(first + _BODY.format(w=word))
    assert (doc.issuer.name, doc.issuer.kind) == (name, "township")
    assert (doc.value("disclosure.total"), doc.value("requests.new")) == (84, 0)


@pytest.mark.parametrize("first, word", [
    ("2025年,杏花村镇紧扣公开透明的工作主线。", "全县"),       # the county's whole: no town's own report
    ("2025年,杏花村镇紧扣公开透明的工作主线。", "我局"),
    ("2025年,全镇紧扣公开透明的工作主线。", "我镇"),
    ("2025年,各乡镇紧扣公开透明的工作主线。", "我镇"),
])
def test_no_issuer_where_the_opening_does_not_settle_it(first, word):
    assert reportparse.parse_text(first + _BODY.format(w=word)).issuer.name is None
