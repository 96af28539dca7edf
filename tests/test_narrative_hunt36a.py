"""Prose wordings (hunt36a), each with the other ways sites say the same thing; invented bodies and figures.

- a request count received through a government's site named with words between (市政府集约化网站, 区政府统一信息公开
  平台, 县政府依申请公开系统): the site is a channel, the count the issuer's (not a part's);
- all requests from natural persons said after the count, the count said again (申请2条，2条信息申请人均为自然人;
  6件申请的申请人均为公民);
- the count first with who made the requests between (收到7条群众提出的…申请, 受理3件…通过网络提交的…申请, 5份…递交的);
- requests answered with the noun ending in 事项 (办结政府信息公开申请事项23件, 办结依申请公开事项8条);
- an untitled report whose sections are numbered 1. / 1、 (1.主动公开方面 2.依申请公开方面) beside the statute."""
import pytest

import reportparse
from reportparse.errors import NotAnnualReportError

HEAD = "云栖县财政局2020年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n"


def got(sentence: str) -> dict:
    r = reportparse.parse_text(HEAD + sentence + "\n")
    return {(i.key, i.applicant): i.value for i in r.indicators}


@pytest.mark.parametrize("sentence, n", [
    ("本年度通过市政府集约化网站收到政府信息公开申请2条,申请目的用于学术研究。", 2),
    ("本年度通过区政府统一信息公开平台收到政府信息公开申请3件,均已答复。", 3),
    ("本年度经县政府依申请公开系统受理政府信息公开申请4件。", 4),
])
def test_a_governments_site_with_words_between_is_a_channel(sentence, n):
    assert got(sentence)[("requests.new", "total")] == n


def test_a_governments_departments_are_still_a_part():
    """Guard: 区政府各部门 before the site: the departments' count, not the issuer's."""
    assert ("requests.new", "total") not in got("区政府各部门通过网站收到政府信息公开申请5件。")


@pytest.mark.parametrize("sentence, n", [
    ("本年度收到政府信息公开申请2条,2条信息申请人均为自然人,申请目的用于学术研究。", 2),
    ("本年度收到政府信息公开申请6件,6件申请的申请人均为公民。", 6),
    ("本年度收到政府信息公开申请9件,申请人均为自然人。", 9),
])
def test_all_requests_from_natural_persons_the_count_said_again(sentence, n):
    g = got(sentence)
    assert g[("requests.new", "total")] == n and g[("requests.new", "natural_person")] == n


def test_another_count_before_the_applicants_is_a_part():
    """Guard: 5 received, then 2 of them from natural persons: no natural-person figure of 5."""
    g = got("本年度收到政府信息公开申请5件,2件申请人均为自然人。")
    assert g[("requests.new", "total")] == 5 and ("requests.new", "natural_person") not in g


@pytest.mark.parametrize("sentence, n", [
    ("本年度共收到7条群众提出的政府信息公开申请,均已按时答复。", 7),
    ("全年受理3件公民、法人通过网络提交的依申请公开申请。", 3),
    ("全年收到5份市民递交的信息公开申请。", 5),
])
def test_the_count_first_with_who_made_them_between(sentence, n):
    assert got(sentence)[("requests.new", "total")] == n


def test_a_review_before_the_makers_is_no_request_count():
    """Guard: a review's applicants (复议) between the count and 申请: not a request count."""
    assert ("requests.new", "total") not in got("全年收到3份行政复议申请人提交的申请。")


@pytest.mark.parametrize("sentence, n", [
    ("全年共办结政府信息公开申请事项23件。", 23),
    ("全年办结依申请公开事项8条。", 8),
])
def test_answered_with_the_noun_ending_in_items(sentence, n):
    assert got(sentence)[("requests.answered", "total")] == n


def test_answered_proposals_are_not_requests():
    assert ("requests.answered", "total") not in got("全年办结建议提案事项8件。")


UNTITLED = ("当前位置:首页 > 某某局 > 信息公开专栏\n政府网站是政务公开的重要窗口。\n一、总体情况\n"
            "我局严格按照《政府信息公开条例》要求做好信息公开工作。\n{p}主动公开方面\n2020年,我局门户网站信息更新总量为316条。\n"
            "{r}依申请公开方面\n2020年度我局共收到14件依申请公开,按要求按时予以答复。\n")


@pytest.mark.parametrize("p, r", [("1.", "2."), ("1、", "2、")])
def test_untitled_report_with_arabic_numbered_sections(p, r):
    report = reportparse.parse_text(UNTITLED.format(p=p, r=r))
    assert report.year == 2020 and report.value("requests.new") == 14


def test_arabic_numbered_sections_without_the_statute_are_no_report():
    """Guard: the same sections, no statute cited: not a report (a news item may head its parts so)."""
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(UNTITLED.format(p="1.", r="2.").replace("《政府信息公开条例》", "有关"))


PROACTIVE = "云栖县财政局2020年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"


def proactive(sentence: str):
    r = reportparse.parse_text(PROACTIVE + sentence + "\n")
    return next((i.value for i in r.indicators if i.key == "disclosure.total"), None)


@pytest.mark.parametrize("sentence, n", [
    ("2020年共主动公开信息(含工作动态、通知公告)73条。", 73),             # a note after the noun (this stop)
    ("2020年主动公开政府信息（不含转载信息）356条。", 356),
    ("2020年,我局主动公开(政策文件类)信息共85条。", 85),                  # words between 主动公开 and the count
    ("全年主动公开政策文件、工作动态、通知公告、人事信息、财政信息等各类政府信息共计312条。", 312),
    ("2020年主动公开县政府及县政府办公室文件、部门文件等政府信息58条。", 58),
])
def test_proactive_total_with_words_between(sentence, n):
    assert proactive(sentence) == n


def test_a_note_holding_a_figure_is_no_total_note():
    """Guard: a bracket that counts a part (其中规范性文件3件) between the noun and the count: not read."""
    assert proactive("2020年主动公开政府信息(其中规范性文件3件)73条。") is None
