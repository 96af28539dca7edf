"""Classes the stop-58 held-out sets left (heldout58c class D, heldout58b b24, a review count after its denial; then the
prose forms of heldout58c A–C and the metadata of F–H and its clear errors), with invented reports."""
import pytest

import reportparse

HEAD = "岚峰县某镇2024年政府信息公开工作年度报告\n一、总体情况\n"
OFFICE = "岚峰县人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n"


def read(body: str, head: str = HEAD) -> dict:
    return {k: v for k, v in reportparse.parse_text(head + body).values().items() if v is not None}


@pytest.mark.parametrize("body", [
    # the channels listed, then 其中 names one (the site's column) and a later clause of that sentence counts: the column's
    ("通过岚峰县人民政府门户网站政府信息公开栏目以及微信某镇公众号两大平台主动公开政务信息,其中政府信息公开栏目公开内容主要为"
     "人事任免、项目公告等,本年度共主动公开信息7条。某镇公众号公开内容涵盖日常工作、活动资讯等,2024年度累计发布信息331篇。\n"),
    ("本年度通过县政府网站和镇微信公众号公开政务信息。其中，信息公开专栏主要发布通知公告、政策文件等，全年主动公开政府信息46条；"
     "公众号推送信息128条。\n"),
    # the channel as the subject of the sentence's opening clause, another medium's count after it
    ("政府信息公开栏目公开内容主要为人事任免、财政预决算等,本年度共主动公开信息9条。微信公众号本年度发布信息214条。\n"),
    ("镇政府门户网站主要公开人事任免、财政预决算等内容，本年度共主动公开信息13条；微信公众号本年度发布信息275条。\n"),
])
def test_a_channels_count_in_a_later_clause_is_no_total(body):
    assert "disclosure.total" not in read(body)


@pytest.mark.parametrize("body, total", [
    # the column said alone (no other channel counted): the total's own wording, as before
    ("政府信息公开栏目公开内容主要为人事任免、财政预决算等,本年度共主动公开信息9条。\n", 9),
    # a count of the whole before the 其中 clause stays read
    ("本年度共主动公开政府信息58条,其中网站公开内容主要为人事任免等。\n", 58),
    # no channel named before the count
    ("2024年，本镇扎实推进政务公开，全年共主动公开政府信息64条。\n", 64),
])
def test_a_total_with_no_channel_before_it_is_still_read(body, total):
    assert read(body)["disclosure.total"] == total


def test_a_parts_sum_after_其中_is_not_the_total():
    # the base read the part's 共计 (37) as the total
    assert read("本年度共主动公开政府信息58条,其中政府网站公开内容主要为人事任免等,共计公开信息37条。\n").get("disclosure.total") != 37


REQ = "二、依申请公开情况\n"


@pytest.mark.parametrize("body", [
    # a part's requests (区政府 in its office's report), its answers and the carried ones after it in the sentence
    "区政府共收到依申请公开23件,大部分通过信函或在线申请,21件已按照规定时限和程序依法依规进行了答复,2件结转下年。\n",
    "2024年，县政府收到政府信息公开申请17件，已全部办结答复17件。\n",
])
def test_the_figures_after_a_parts_request_count_stay_the_parts(body):
    got = read(REQ + body, OFFICE)
    assert not any(k.startswith("requests.") for k in got), got


def test_a_figure_after_a_parts_clause_naming_the_whole_is_read():
    got = read(REQ + "区政府共收到依申请公开23件,全县共答复申请31件。\n", OFFICE)
    assert got["requests.answered|applicant=total"] == 31
    assert "requests.new|applicant=total" not in got


def test_the_whole_sentence_still_reads_its_figures():
    got = read(REQ + "全年共收到依申请公开23件,21件已答复,2件结转下年。\n", OFFICE)
    assert (got["requests.new|applicant=total"], got["requests.answered|applicant=total"],
            got["requests.carried_forward|applicant=total"]) == (23, 21, 2)


REVIEW = "四、行政复议和行政诉讼情况\n"


@pytest.mark.parametrize("body, review, litigation", [
    ("本年度未引发行政复议案件2件。\n", None, None),
    ("全年未引发行政复议案件3件。\n", None, None),
    ("本年度没有发生因政府信息公开被申请行政复议的案件4件。\n", None, None),
    ("全年未发生行政复议案件0件。\n", 0, None),         # none: agrees, read
    ("本年度引发行政复议案件2件。\n", 2, None),
])
def test_a_case_count_after_its_denial_is_unread(body, review, litigation):
    r = reportparse.parse_text(HEAD + REVIEW + body)
    got = {k: v for k, v in r.values().items() if v is not None}
    assert (got.get("review.total"), got.get("litigation.total")) == (review, litigation)
    if review is None and "0件" not in body.split("复议")[1][:6]:
        assert any("复议" in w for w in r.warnings)


LEGACY = "岚峰县某乡2018年政府信息公开年度报告\n一、情况概述\n"


@pytest.mark.parametrize("body, total", [
    # a numbered overview list: label, optional 的情况/的数量, colon, the count (the next item right after it)
    ("1.主动公开政府信息的情况:73条\n2.行政机关依申请公开政府信息的数量:无\n3.政府信息公开的收费及减免情况:无\n", 73),
    ("1、主动公开政府信息的数量:共86条;\n2、依申请公开政府信息的情况:5件\n", 86),
    ("(一)主动公开政府信息情况:91条。\n", 91),
    ("1.主动公开政府信息:67条\n", 67),
])
def test_a_numbered_items_proactive_count_is_the_total(body, total):
    assert read(body, LEGACY)["disclosure.total"] == total


@pytest.mark.parametrize("body", [
    # reviews and lawsuits said together: neither's (nor the proactive total)
    "5.因政府信息公开申请行政复议、提起行政诉讼的情况:4条\n",
    # no numbered item: not this row's
    "本年度主动公开政府信息的情况:73条\n",
    # a kind's count after the colon
    "1.主动公开政府信息的情况:其中文件73条\n",
])
def test_other_labels_with_a_colon_stay_unread(body):
    got = read(body, LEGACY)
    assert not {"disclosure.total", "review.total", "litigation.total"} & set(got), got


PROACTIVE = "岚峰县某局2022年政府信息公开工作年度报告\n(一)主动公开方面:"


@pytest.mark.parametrize("body, total", [
    # the site and the media listed with 、: all the ways; 数量 after the noun
    ("2022年,通过县人民政府门户网站、微信、微博共发布各类信息数量17249条(其中:政府网站公开15631条,县政府公报公开59条,"
     "政务微博公开370条,政务微信公开1189条)。\n", 17249),
    ("2022年,通过县人民政府门户网站、政务微信公众号共发布信息数量2318条。\n", 2318),
    ("2022年共发布各类信息数量1724条。\n", 1724),
    ("2022年共发布各类信息数量为1652条。\n", 1652),
])
def test_a_count_of_all_kinds_named_数量_is_the_total(body, total):
    assert read(body, PROACTIVE)["disclosure.total"] == total


@pytest.mark.parametrize("body", [
    # one site's count beside a medium's: no total
    "2022年,通过县人民政府门户网站共发布各类信息数量826条,微信公众号发布信息93条。\n",
    # a medium's own posts
    "市政府微信公众号保持每日更新,共发布各类信息数量1193条。\n",
])
def test_one_channels_count_named_数量_is_no_total(body):
    assert "disclosure.total" not in read(body, PROACTIVE)


GRANTED = "岚峰县某局2023年政府信息公开工作年度报告\n二、依申请公开情况\n"


@pytest.mark.parametrize("body, new, granted", [
    ("2023年受理政府信息公开申请51件,其中,申请信息可以公开的6件,申请信息依法不属于本机关公开的45件。\n", 51, 6),
    ("全年共收到政府信息公开申请19件,其中可以公开的7件,部分可以公开的4件,不可以公开的8件。\n", 19, 7),
    ("全年共收到政府信息公开申请23件,其中申请内容可以公开9件,不属于本机关公开的14件。\n", 23, 9),
])
def test_what_may_be_disclosed_is_granted(body, new, granted):
    got = read(body, GRANTED)
    assert (got["requests.new|applicant=total"], got["requests.granted|applicant=total"]) == (new, granted)


@pytest.mark.parametrize("body", [
    "经审查,可以公开的信息共7件。\n",                            # no list of the requests' outcomes
    "全年共收到政府信息公开申请19件,其中部分可以公开的4件。\n",     # partly
    "全年共收到政府信息公开申请19件,其中不可以公开的8件。\n",       # not
])
def test_other_可以公开_stay_off_granted(body):
    assert "requests.granted|applicant=total" not in read(body, GRANTED)
