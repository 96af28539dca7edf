"""A report without a title whose one figure sentence names a street or a town as its subject (leads55): 2022年内,青禾
街道共办理5件政府信息公开申请…, where the text speaks of itself by that kind's own word (在全街道实行…, 本镇). The street or
town is the issuer (kind township), and its figures are its own, not a part's. Never where the text speaks of an
area's whole (全区, 各街道), where it never calls itself by the kind's word, nor for a body of another kind said once.
The year that sentence opens with (2022年内，X街道共办理…) is the report's, as a sentence opening with the year and the
issuer's own word (2022年，我街道…) is.
Texts and figures are invented.
"""
from __future__ import annotations

import pytest

import reportparse

_PROACTIVE = "一、总体情况\n（一）主动公开。本年度通过政务网主动公开信息86条，涉及机构职能、通知公示等内容。\n"


def _street(subject: str, year_words: str = "2022年内", self_word: str = "在全街道实行公文公开属性源头认定。") -> str:
    return (_PROACTIVE + f"（二）依申请公开。{year_words}，{subject}共办理5件政府信息公开申请（其中当年收到4件，上年转结1件），"
            "均已办结，未收到行政复议及行政诉讼。\n"
            f"（三）政府信息管理。{self_word}\n（四）政府信息公开平台建设。加强政务网站建设。\n（五）监督保障。完善考核制度。\n")


@pytest.mark.parametrize("subject, year_words, self_word", [
    ("青禾街道", "2022年内", "在全街道实行公文公开属性源头认定。"),
    ("青禾街道", "2022年度内", "本街道严格落实保密审查。"),
    ("青禾镇", "2022年", "我镇严格落实保密审查。"),
])
def test_one_figure_subject_of_a_streets_kind_is_the_issuer(subject, year_words, self_word):
    r = reportparse.parse_text(_street(subject, year_words, self_word))
    assert r.issuer.name == subject
    assert r.issuer.kind == "township"
    assert (r.year, r.template) == (2022, "2021")       # the year its figures are said in: 2022年内，X街道共办理…
    assert r.value("requests.new") == 4
    assert r.value("requests.carried_over") == 1
    assert r.value("review.total") == 0


@pytest.mark.parametrize("text", [
    _street("青禾街道", self_word="全区各单位严格落实保密审查。"),          # an area's whole: a part's count
    _street("青禾街道", self_word="严格落实保密审查。"),                    # never calls itself by the kind's word
    _street("青禾区水务局", self_word="在全街道实行公文公开属性源头认定。"),  # no street's or town's name
])
def test_no_issuer_where_the_text_does_not_settle_it(text):
    # (the year a street's figures are said in stays the report's, whoever reports them)
    r = reportparse.parse_text(text)
    assert r.issuer.name is None
    assert r.value("requests.new") is None


@pytest.mark.parametrize("subject", ["各街道", "辖区内各街道"])
def test_the_streets_of_an_area_give_no_year(subject):
    text = (_PROACTIVE + f"（二）依申请公开。2021年，{subject}共办理政府信息公开申请37件。\n"
            "（三）政府信息管理。严格落实保密审查。\n（四）政府信息公开平台建设。加强政务网站建设。\n")
    assert reportparse.parse_text(text).year is None
