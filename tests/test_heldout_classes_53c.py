"""Classes a second held-out set of real pages (stop 53) showed read on doubtful wording, with invented reports: a
proactive count said at one place (在政府信息公开目录…, 在政府网站…) beside a site counted by its own name ending in 网
(县人防信息网发布…): one place's count, no total; requests whose count lists reviews or lawsuits as its parts
(受理答复…申请19件,其中行政复议3件、行政诉讼2件): not the requests alone. Each class has a guard that reads as before."""
from values_read import values_read

HEAD = "岚峰县某局2025年政府信息公开工作年度报告\n"
ACTIVE = "一、总体情况\n（一）主动公开情况\n"
REQUESTS = "一、总体情况\n（二）依申请公开情况\n"


def read(body: str, head: str = HEAD) -> dict:
    return values_read(head + body)


# ---------------------------------------------------------------- a place's count beside a named site's

def test_a_count_at_one_place_beside_a_named_sites_count_is_no_total():
    for body in ("2025年,县人防办在政府信息公开目录主动公开信息7条,除涉密事项外及时公开。全年,县人防信息网发布人防信息43条,"
                 "政务公开信息26条。",
                 "2025年,县人防办在政府信息公开目录主动公开信息7条。全年,县新闻网站发布人防信息43条。",
                 "我局在政府信息公开目录系统主动公开信息17条,市应急信息网公开各类信息58条。"):
        got = read(ACTIVE + body + "\n")
        assert "disclosure.total" not in got, body


def test_a_websites_count_beside_a_named_site_is_not_the_websites():
    for body in ("2025年,县人防办在政府网站主动公开信息7条。全年,县人防信息网发布人防信息43条。",
                 "2025年,县人防办通过政府网站主动公开信息9条,县人防信息网发布人防信息41条,政务公开信息23条。"):
        got = read(ACTIVE + body + "\n")
        assert "disclosure.total" not in got and "disclosure.via_website" not in got, body


def test_guard_a_place_alone_or_its_part_after_of_which_reads_as_before():
    assert read(ACTIVE + "2025年,县人防办在政府信息公开目录主动公开信息7条。\n")["disclosure.total"] == 7
    got = read(ACTIVE + "2025年,县人防办在政府网站主动公开信息37条,其中,县人防信息网发布人防信息4条。\n")
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (37, 37)
    # no place named: the issuer's count, another site's beside it as before
    assert read(ACTIVE + "2025年,县人防办主动公开信息8条。全年,县人防信息网发布人防信息43条。\n")["disclosure.total"] == 8
    # a way (通过…信息公开网) or the government's own portal is no other named site
    assert read(ACTIVE + "本年度,我局通过信息公开网主动公开信息418条。\n")["disclosure.total"] == 418
    got = read(ACTIVE + "2025年县政府网站共发布公开各类政务信息1583条。\n")
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (1583, 1583)


# ---------------------------------------------------------------- reviews and lawsuits as a request count's parts

def test_a_count_whose_parts_are_reviews_or_lawsuits_is_not_the_requests():
    for body, reviews in (("2025年,共受理答复政府信息公开申请19件,其中行政复议3件、行政诉讼2件。", 3),
                          ("受理答复政府信息公开申请29件,其中,行政复议4件、行政诉讼0件。", 4),
                          ("全年共受理政府信息公开申请31件(其中行政复议5件)。", 5)):
        got = read(REQUESTS + body + "\n")
        assert "requests.new" not in got, body
        assert got.get("review.total") == reviews, body


def test_guard_parts_that_are_ways_of_applying_or_reviews_apart_read_as_before():
    assert read(REQUESTS + "2025年,共受理政府信息公开申请19件,其中当面申请3件、网络申请16件。\n")["requests.new"] == 19
    got = read(REQUESTS + "2025年,共受理政府信息公开申请21件。行政复议3件、行政诉讼2件。\n")
    assert (got["requests.new"], got["review.total"]) == (21, 3)


# ---------------------------------------------------------------- every request handled, answered: 办理…N件,已全部答复

def test_every_request_handled_said_answered_after_its_count():
    for body, n in (("办理依申请公开信息3件,已全部答复,办结率100%。", 3), ("2025年,办理政府信息公开申请4件,均已答复。", 4),
                    ("我局全年共办理依申请公开6件,已全部答复。", 6), ("办理依申请公开信息5件,已全部办结。", 5)):
        assert read(REQUESTS + body + "\n")["requests.answered"] == n, body
    # the issuer named as the clause's subject
    got = read(REQUESTS + "2025年,岚峰县商务局办理依申请公开信息7件,已全部答复。\n", "岚峰县商务局2025年政府信息公开工作年度报告\n")
    assert got["requests.answered"] == 7


def test_guard_another_matter_or_a_part_answered_is_not_every_request():
    for body in ("办理行政复议4件,已全部答复。", "办理人大建议4件,已全部答复。", "办理政府信息公开申请4件,部分已答复。",
                 "办理政府信息公开申请4件,已全部答复的3件。"):
        assert "requests.answered" not in read(REQUESTS + body + "\n"), body
