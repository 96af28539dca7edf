"""An untitled page whose opening sentence publishes the report year first after 现将 (hunt44): 现将2022年X镇人民政府
信息公开工作年度报告(以下简称“报告”)予以公布 names the title, so the issuer and its county are read from it, not from
a city office the preamble cites. A sentence that only describes the report (…编制情况说明如下) names none.
Texts and figures are invented."""
from __future__ import annotations

import reportparse

OPENING = ("根据《中华人民共和国政府信息公开条例》和咸阳市政务公开办公室《关于做好2022年度政府信息公开年度报告编制公布工作的"
           "通知》要求,现将2022年泾阳县柳湾镇人民政府信息公开工作年度报告(以下简称“报告”)予以公布。\n")
BODY = "一、总体情况\n1.主动公开政府信息情况\n2022年,我镇共受理依申请公开事项3件。\n"


def test_year_first_title_after_xianjiang():
    r = reportparse.parse_text(OPENING + BODY)
    assert r.title == "2022年泾阳县柳湾镇人民政府信息公开工作年度报告"
    assert r.issuer.name == "泾阳县柳湾镇人民政府"
    assert r.issuer.region.code == "610423"
    assert {i.key: i.value for i in r.indicators if not i.derived}.get("requests.new") == 3


def test_description_of_the_report_names_no_title():
    r = reportparse.parse_text("现将2022年泾阳县柳湾镇人民政府信息公开工作年度报告编制情况说明如下。报告由总体情况、主动公开政府"
                               "信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况等部分组成。\n" + BODY,
                               require_report=False)
    assert r.title != "2022年泾阳县柳湾镇人民政府信息公开工作年度报告"
