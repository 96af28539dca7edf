"""Wordings of real reports the library missed or misread (hunt62: northern and western provinces), each a class with
a guard that a near case is not read, or is read differently. Texts and figures are invented.

- no requests said with 依申请 itself as the noun closing the clause (我局没有收到政府信息公开依申请; 未收到依申请): a
  stated zero; never 依申请 going on to another matter (未收到依申请的行政复议, 依申请人的投诉);
- the other ways joined to the way named before them as one way of the sentence's first count (通过门户网站和其他信息
  公开渠道主动公开政府信息2398条): what went out by all of them, the proactive total; the others' own count after another
  count (网站公开800条,官方微信和其他途径公开200条) stays one share, never the whole;
- the requests carried over or forward said as the letters that brought them (收到…申请620件,上年结转信件5件;
  2023年结转信件5件; 结转下年度信件4件): carried over / forward; never a mailbox's or a hotline's letters
  (区长信箱…上年结转信件5件);
- a count that went out through a system or platform AND a bureau's website (通过市政府信息公开系统和民政局网站主动公开…
  91条): the 和 joins two ways, so the count is not the website's (a department's name with 和 before its own site,
  市人力资源和社会保障局网站, stays the website's).
"""
from __future__ import annotations

import pytest

from reportparse.extract.narrative import narrative_figures
from values_read import values_read as _values


def _read(text: str, year: int = 2017) -> list[tuple[str, str, float]]:
    return [(f.key, f.period, f.value) for f in narrative_figures(text, year=year)]


# ---- no requests, 依申请 as the noun ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "三、依申请公开情况\n2017年我局没有收到政府信息公开依申请。",
    "2017年，本局未收到依申请，无不予公开情况。",
    "2017年本单位没有接到政务信息公开的依申请。",
    "2017年本局未收到群众的依申请。",
])
def test_no_requests_with_the_noun_yishenqing(text):
    assert ("requests.new", "year", 0) in _read(text)


@pytest.mark.parametrize("text", [
    "2017年本局未收到依申请的行政复议。",          # a review's, not a request's none
    "2017年本局未收到依申请人的投诉。",             # a complaint by an applicant
    "2017年本局收到政府信息公开依申请3件。",        # a count, not a none: never read as 0
    "2017年本局未收到因依申请引发的复议。",          # a review's cause
    "2017年本局未收到对依申请答复不服的复议申请。",
])
def test_near_misses_of_the_yishenqing_none(text):
    assert ("requests.new", "year", 0) not in _read(text)


# ---- the other ways joined to the first way: the whole ---------------------------------------------------------------

_DEPT = "岚峰县商务局2017年度政府信息公开工作报告\n一、主动公开政府信息情况\n"


@pytest.mark.parametrize("sentence, total", [
    ("县商务局2017年通过门户网站和其他信息公开渠道主动公开政府信息2398条,全文电子化率达100%。", 2398),
    ("2017年,我局通过政府网站及其他渠道主动公开政府信息417条。", 417),
])
def test_the_others_joined_to_the_first_way_count_the_whole(sentence, total):
    got = _values(_DEPT + sentence + "\n二、依申请公开情况\n2017年未收到政府信息公开申请。")
    assert got.get("disclosure.total") == total
    assert "disclosure.via_website" not in got


@pytest.mark.parametrize("sentence", [
    # a count before: the others' count after it is one share
    "2017年,我局通过门户网站公开信息800条,官方微信和其他途径主动公开信息200条。",
    # the others as a clause of their own (hunt61's share)
    "2017年,我局通过门户网站主动公开信息846条,官方微信微博等其他途径主动发布信息1839条。",
])
def test_the_others_counted_apart_stay_a_share(sentence):
    got = _values(_DEPT + sentence)
    assert got.get("disclosure.total") not in (200, 1839)


# ---- carried-over requests as letters -------------------------------------------------------------------------------

def test_carried_over_letters_beside_the_years_requests():
    got = _read("二、依申请公开情况\n2024年,全区共收到政府信息公开申请412件,上年结转信件37件,共办结391件,结转下年度58件。",
                year=2024)
    assert ("requests.carried_over", "year", 37) in got
    assert ("requests.new", "year", 412) in got and ("requests.carried_forward", "year", 58) in got


@pytest.mark.parametrize("clause, key", [
    ("2023年结转信件37件", "requests.carried_over"),
    ("结转上年度信件37件", "requests.carried_over"),
    ("结转2023年信件37件", "requests.carried_over"),
    ("结转下年度信件37件", "requests.carried_forward"),
    ("结转2025年信件37件", "requests.carried_forward"),
])
def test_letters_carried_either_way(clause, key):
    got = _read(f"二、依申请公开情况\n2024年,全区共收到政府信息公开申请412件,共办结391件,{clause}。", year=2024)
    assert (key, "year", 37) in got


@pytest.mark.parametrize("text", [
    "二、依申请公开情况\n区长信箱收到来信300件,上年结转信件37件。",
    "二、依申请公开情况\n区长信箱收到来信300件,2023年结转信件37件。",
    "二、依申请公开情况\n区长信箱收到来信300件,结转下年度信件37件。",
    "二、依申请公开情况\n2024年,12345热线上年结转信件37件。",
    "二、依申请公开情况\n2024年,全区共收到政府信息公开申请412件,上年结转信访信件37件。",
])
def test_other_letters_carried_over_are_no_requests(text):
    assert not any(k.startswith("requests.carried") for k, _, _ in _read(text, year=2024))


# ---- a system and a website: two ways, not the website's count -------------------------------------------------------

def test_a_system_and_a_website_give_no_website_count():
    got = _read("一、主动公开信息情况\n2011年,我局通过市政府信息公开系统和民政局网站主动公开政府信息91条。", year=2011)
    assert ("disclosure.total", "year", 91) in got
    assert not any(k == "disclosure.via_website" for k, _, _ in got)


@pytest.mark.parametrize("owner", ["市人力资源和社会保障局", "县住房和城乡建设局"])
def test_a_departments_name_with_he_keeps_its_website(owner):
    got = _read(f"一、主动公开信息情况\n2011年,我局通过{owner}网站主动公开政府信息91条。", year=2011)
    assert ("disclosure.via_website", "year", 91) in got


@pytest.mark.parametrize("way", ["信息公开平台", "政务公开专栏"])
def test_a_platform_or_column_and_a_website_are_two_ways(way):
    got = _read(f"一、主动公开信息情况\n2011年,我局通过{way}和民政局网站主动公开政府信息58条。", year=2011)
    assert not any(k == "disclosure.via_website" for k, _, _ in got)
