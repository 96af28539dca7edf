"""Prose wordings (hunt36a), each with the other ways sites say the same thing; invented bodies and figures.

- a request count received through a government's site named with words between (市政府集约化网站, 区政府统一信息公开
  平台, 县政府依申请公开系统): the site is a channel, the count the issuer's (not a part's);
- all requests from natural persons said after the count, the count said again (申请2条，2条信息申请人均为自然人;
  6件申请的申请人均为公民);
- the count first with who made the requests between (收到7条群众提出的…申请, 受理3件…通过网络提交的…申请, 5份…递交的);
- requests answered with the noun ending in 事项 (办结政府信息公开申请事项23件, 办结依申请公开事项8条);
- a proactive total with a bracketed note after its noun (主动公开信息(含工作动态、通知公告)73条), beside the other words
  between 主动公开 and the count met (a bracketed category, a list of kinds, the issuing bodies named);
- an untitled report whose sections are numbered 1. / 1、 (1.主动公开方面 2.依申请公开方面) beside the statute."""
import pytest

import reportparse
from reportparse.errors import NotAnnualReportError

HEAD = "云栖县财政局2020年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n"
PROACTIVE = "云栖县财政局2020年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"
NEW, NATURAL, ANSWERED, TOTAL = ("requests.new", "total"), ("requests.new", "natural_person"), \
    ("requests.answered", "total"), ("disclosure.total", None)


def got(sentence: str, head: str = HEAD) -> dict:
    r = reportparse.parse_text(head + sentence + "\n")
    return {(i.key, i.applicant): i.value for i in r.indicators}


READ = [
    # a government's site with words between: a channel
    ("本年度通过市政府集约化网站收到政府信息公开申请2条,申请目的用于学术研究。", NEW, 2),
    ("本年度通过区政府统一信息公开平台收到政府信息公开申请3件,均已答复。", NEW, 3),
    ("本年度经县政府依申请公开系统受理政府信息公开申请4件。", NEW, 4),
    # every request a natural person's, the count said again
    ("本年度收到政府信息公开申请2条,2条信息申请人均为自然人,申请目的用于学术研究。", NATURAL, 2),
    ("本年度收到政府信息公开申请6件,6件申请的申请人均为公民。", NATURAL, 6),
    ("本年度收到政府信息公开申请9件,申请人均为自然人。", NATURAL, 9),
    # the count first, who made them between
    ("本年度共收到7条群众提出的政府信息公开申请,均已按时答复。", NEW, 7),
    ("全年受理3件公民、法人通过网络提交的依申请公开申请。", NEW, 3),
    ("全年收到5份市民递交的信息公开申请。", NEW, 5),
    # answered, the noun ending in 事项
    ("全年共办结政府信息公开申请事项23件。", ANSWERED, 23),
    ("全年办结依申请公开事项8条。", ANSWERED, 8),
]
PROACTIVE_READ = [
    ("2020年共主动公开信息(含工作动态、通知公告)73条。", 73),
    ("2020年主动公开政府信息（不含转载信息）356条。", 356),
    ("2020年,我局主动公开(政策文件类)信息共85条。", 85),
    ("全年主动公开政策文件、工作动态、通知公告、人事信息、财政信息等各类政府信息共计312条。", 312),
    ("2020年主动公开县政府及县政府办公室文件、部门文件等政府信息58条。", 58),
]
NOT_READ = [
    ("区政府各部门通过网站收到政府信息公开申请5件。", NEW, HEAD),                  # the departments: a part
    ("本年度收到政府信息公开申请5件,2件申请人均为自然人。", NATURAL, HEAD),         # another count before them
    ("全年收到3份行政复议申请人提交的申请。", NEW, HEAD),                          # a review's applicants
    ("全年办结建议提案事项8件。", ANSWERED, HEAD),                                 # proposals, not requests
    ("2020年主动公开政府信息(其中规范性文件3件)73条。", TOTAL, PROACTIVE),         # a note counting a part
]


@pytest.mark.parametrize("sentence, key, n", READ + [(s, TOTAL, n) for s, n in PROACTIVE_READ])
def test_read(sentence, key, n):
    assert got(sentence, PROACTIVE if key == TOTAL else HEAD)[key] == n


@pytest.mark.parametrize("sentence, key, head", NOT_READ)
def test_guards(sentence, key, head):
    assert key not in got(sentence, head)


def test_all_natural_persons_keeps_the_total():
    assert got("本年度收到政府信息公开申请2条,2条信息申请人均为自然人。")[NEW] == 2


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
