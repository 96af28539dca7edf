"""Metadata (hunt36a): a report whose title and opening name no place, its place named only by a website's name: the
download line's portal (本报告电子版可在“中国南平”网站下载; “中国永嘉”县政府门户网站) or the platform it calls its own
(我局的信息公开平台《许昌农业信息网》). Real place names (the class needs them); invented bodies and text."""
import pytest

import reportparse

OPENING = ("根据《中华人民共和国政府信息公开条例》,结合市农业农村局工作情况,特向社会公布2019年本局信息公开年度报告。\n"
           "一、总体情况\n(一)主动公开政府信息的情况\n2019年,我局共主动公开政府信息1375条。\n")


def region(extra: str):
    r = reportparse.parse_text(OPENING + extra + "\n")
    return r.issuer.region.code if r.issuer and r.issuer.region else None


@pytest.mark.parametrize("extra, code", [
    ("(二)政府信息公开平台建设情况\n我局的信息公开平台《许昌农业信息网》已稳定运行多年。", "411000"),
    ("本报告电子版可在“中国南平”网站政府信息公开专栏下载。", "350700"),
    ("本报告的电子版可在“中国永嘉”县政府门户网站上下载。", "330324"),
])
def test_a_place_named_only_by_a_websites_name(extra, code):
    assert region(extra) == code


@pytest.mark.parametrize("extra", [
    "本报告电子版可在“中国南平”网站下载,并在《许昌农业信息网》转载。",      # two places' sites
    "通过《中国政府网》和“学习强国”平台转发信息。",                          # no place's site
    "本报告电子版可在“中国永嘉”市政府门户网站下载。",                        # the level word printed is no such place's
])
def test_guards(extra):
    assert region(extra) is None
