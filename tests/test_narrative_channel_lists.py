"""A proactive total counted over a long list of channels, beside single channels' counts (found merging
stop 26: a channel named as a clause's subject had made every channel list's total 'one channel beside
another', and a website count said with 在 was then read as the total). Invented sentences."""
from __future__ import annotations

import reportparse

TITLE = "某某区市场监督管理局2020年度政府信息公开工作年度报告\n"


def read(body: str) -> dict:
    report = reportparse.parse_text(TITLE + body, require_report=False)
    return {i.value_id: i.value for i in report.indicators}


def test_a_total_over_a_long_list_of_channels_stays_the_total():
    got = read("2020年，我局通过政府官方网站、政务微博、政务微信、国家企业信用信息公示系统等渠道主动公开政府信息3517条。"
               "在区政府门户网站主动公开政府信息364条，分布情况为：公示公告类121条，工作信息143条；"
               "政务微博公开信息709条、政务微信公开信息736条。")
    assert got["disclosure.total"] == 3517
    assert got["disclosure.via_website"] == 364


def test_a_website_count_said_with_zai_beside_another_channel_is_no_total():
    got = read("2020年，在区政府门户网站主动公开政府信息364条；政务微博公开信息709条。")
    assert "disclosure.total" not in got and got["disclosure.via_website"] == 364
    # alone, it is the report's proactive figure (the corpus golds' convention), and 在全区范围内 names no channel
    assert read("2020年，在区政府门户网站主动公开政府信息364条。")["disclosure.total"] == 364
    assert read("2020年，在全区范围内主动公开政府信息364条。")["disclosure.total"] == 364


def test_two_websites_counts_give_no_website_count():
    got = read("2020年，在市人民政府门户网站公开政府信息53条，在市市场监督管理局网站公开政府信息318条。")
    assert "disclosure.via_website" not in got and "disclosure.total" not in got


def test_a_paragraph_is_looked_for_within_its_window_never_from_the_texts_start():
    """(found reviewing the merge: with no line break in the window before a match, its paragraph ran from the
    text's start, and a page of 8,000 channel sentences on one line took 114 s: every match listed every channel)"""
    from reportparse.extract.narrative_channels import WINDOW, _paragraph

    line = "通过政府网站公开政府信息12条，在微信公众号发布信息3条；" * 200
    s = len(line) - 40
    lo, hi = _paragraph(line, s, s + 10)
    assert lo == s - WINDOW and hi == len(line)
    text = "标题\n" + line
    assert _paragraph(text, 5, 15)[0] == 3          # a break inside the window still opens the paragraph
