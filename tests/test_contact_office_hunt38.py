"""The preamble's contact office names a title-less report's street or town also where it is the end of a 请联系：
clause (请联系：X街道办事处党政综合办公室，地址…) and in traditional script (請與X鎮人民政府黨政辦公室聯系) (hunt38).
Texts and figures are invented."""
from __future__ import annotations

import reportparse

PREAMBLE = ("依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。所列统计数据时间范围为2025年1月1日至2025年12月31日。"
            "{contact}\n一、总体情况\n(一)政府信息主动公开情况\n全年主动公开政府信息41条。\n(二)政府信息依申请公开情况\n"
            "2025年,我街未收到依申请公开的政府信息。\n")


def test_contact_office_after_qing_lianxi_colon():
    report = reportparse.parse_text(PREAMBLE.format(
        contact="如本报告有疑问,请联系:青禾区石桥街道办事处党政综合办公室,地址:青禾区石桥路8号,电话:027-11112222。"))
    assert report.issuer.name == "青禾区石桥街道办事处"
    assert report.issuer.kind == "township"


def test_contact_office_in_traditional_script():
    report = reportparse.parse_text(PREAMBLE.format(
        contact="如需咨詢,請與青禾縣石橋鎮人民政府黨政辦公室聯系(郵編:711111)。"))
    assert report.issuer.name == "青禾縣石橋鎮人民政府"


def test_a_government_office_after_the_colon_names_no_one():
    report = reportparse.parse_text(PREAMBLE.format(contact="如本报告有疑问,请联系:青禾区人民政府办公室,电话:027-11112222。"))
    assert report.issuer.name is None
