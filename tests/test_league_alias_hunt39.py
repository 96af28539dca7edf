"""A league (盟) its own bodies call by a short name: 锡盟 is 锡林郭勒盟 (152500), as 莫旗 is 莫力达瓦达斡尔族自治旗
(hunt39). Texts are invented."""
from __future__ import annotations

import reportparse


def test_short_league_name_in_the_issuer_resolves():
    doc = reportparse.parse_text("锡盟水利局2022年政府信息公开工作年度报告\n一、总体情况\n2022年,主动公开政府信息37条。\n")
    assert doc.issuer.region.code == "152500"
    assert doc.issuer.region.level == "city"
