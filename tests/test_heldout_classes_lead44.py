"""Wordings a held-out set of real reports (stop 44) showed unread, in invented sentences.

- a share closes the clause before a channel's count as a comma does (…占35.89%通过政府公报公开64条: the comma after
  the percentage lost);
- last year's carry-over named with this year too (2022年结转至2023年2件); a carry-over into another year is not;
- the verb of receiving and its count alone under the requests' heading (2023年共受理265件); never where the
  sentence names a review, a suit or a complaint, and never over a count another row reads.
"""
import reportparse


def _values(body: str, year: int = 2023) -> dict:
    text = f"岚峰县住房和城乡建设局{year}年政府信息公开工作年度报告\n{body}\n"
    return {k: v for k, v in reportparse.parse_text(text).values().items() if v is not None}


def test_a_channel_count_right_after_a_share():
    got = _values("一、主动公开政府信息情况\n全年主动公开政府信息936条,其中本级部门主动公开政府信息317条,占33.87%"
                  "通过政府公报公开48条,政府网站公开725条。")
    assert got["disclosure.total"] == 936
    assert got["disclosure.via_gazette"] == 48
    assert got["disclosure.via_website"] == 725


def test_a_website_count_right_after_a_share():
    got = _values("一、主动公开政府信息情况\n全年主动公开政府信息529条,其中本级部门公开213条,占40.26%通过门户网站公开471条,"
                  "政务微博公开58条。")
    assert got["disclosure.total"] == 529
    assert got["disclosure.via_website"] == 471


def test_carry_over_named_from_last_year_into_this_one():
    got = _values("二、依申请公开情况\n2022年结转至2023年4件,2023年共受理政府信息公开申请37件,已办结36件。")
    assert got["requests.carried_over|applicant=total"] == 4
    assert got["requests.new|applicant=total"] == 37


def test_carry_over_between_other_years_is_not_read():
    got = _values("二、依申请公开情况\n2021年结转至2022年4件,2023年共受理政府信息公开申请37件。")
    assert "requests.carried_over|applicant=total" not in got
    assert got["requests.new|applicant=total"] == 37


def test_bare_received_count_under_the_requests_heading():
    got = _values("二、依申请公开情况\n我局热情接听群众咨询电话。2022年结转至2023年6件,2023年共受理283件,已办结281件,"
                  "结转下年度办理8件。")
    assert got["requests.new|applicant=total"] == 283
    assert got["requests.carried_over|applicant=total"] == 6
    assert got["requests.answered|applicant=total"] == 281
    assert got["requests.carried_forward|applicant=total"] == 8


def test_bare_received_count_of_a_review_is_not_a_request_count():
    got = _values("四、依申请公开和行政复议情况\n行政复议方面,全年共受理7件。")
    assert "requests.new|applicant=total" not in got
    got = _values("四、依申请公开和行政复议情况\n全年收到政府信息公开申请19件。行政复议方面,全年共受理7件。")
    assert got["requests.new|applicant=total"] == 19


def test_bare_received_count_outside_the_requests_section_is_not_read():
    got = _values("三、政务服务情况\n2023年共受理512件,办结率100%。")
    assert "requests.new|applicant=total" not in got
