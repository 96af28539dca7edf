"""Classes a held-out set of real pages (stop 51, second set) showed unread, with invented reports: requests received
with the applicants said by a generic word before the noun (受理…权利人…申请), or counted first before a long account of
who sent them and how; none said as 依申请公开办理情况, of 单位或个人 as applicants, or before a list of ways closed by 等;
a proactive count said 公开发布; a list of channels closed by 等 holding a channel named with 公开 (政府信息公开网站).
Each class has a guard: a near miss that must stay unread (or read as before)."""
from values_read import values_read

HEAD = "岚峰县某局2025年政府信息公开工作年度报告\n"
REQ = "二、依申请公开情况\n"
PRO = "一、主动公开情况\n"


def read(body: str, head: str = HEAD) -> dict:
    """Each value read, by its key (values_read)."""
    return values_read(head + body)


# ---------------------------------------------------------------- A. requests received

def test_requests_with_the_applicants_said_by_a_generic_word():
    assert read(REQ + "2025年,我局受理相关权利人公开政府信息申请13条,均已按期答复。\n")["requests.new"] == 13
    assert read(REQ + "2025年,我局收到当事人政府信息公开申请6件,均已办结。\n")["requests.new"] == 6


def test_guard_a_generic_applicant_of_a_review_is_no_request():
    got = read(REQ + "2025年,我局受理权利人提出的行政复议申请3件。\n")
    assert "requests.new" not in got
    assert got["review.total"] == 3


def test_requests_counted_first_before_a_long_account_of_their_way():
    got = read(REQ + "2025年,我局收到4条市民通过“某某网上信箱依申请公开专栏”提交的申请,均在规定时限内答复。\n")
    assert got["requests.new"] == 4


def test_guard_a_review_request_after_a_long_account_stays_unread():
    got = read(REQ + "2025年,我局收到5条群众通过“某某热线服务平台”提交的行政复议申请。\n")
    assert "requests.new" not in got


def test_none_said_as_no_handling_of_requests():
    assert read(REQ + "本年度我局政务信息均主动公开,无政府信息依申请公开办理情况。\n")["requests.new"] == 0
    # … in traditional script too
    assert read(REQ + "無政府信息依申請公開辦理情況。\n")["requests.new"] == 0


def test_guard_no_overdue_handling_is_no_none_received():
    assert "requests.new" not in read(REQ + "无依申请公开办理逾期情况。\n")


def test_none_said_of_bodies_or_persons_making_one():
    got = read("四、收费情况\n2025年度,没有单位或个人向我局提出申请信息公开事项,所以也不存在向申请人收取费用。\n")
    assert got["requests.new"] == 0
    assert read(REQ + "2025年度,没有个人或组织向我局提出政府信息公开申请。\n")["requests.new"] == 0


def test_guard_one_kind_of_applicant_alone_says_no_none():
    assert "requests.new" not in read(REQ + "2025年,没有个人向我局提出申请信息公开事项。\n")


def test_none_received_before_a_list_of_ways_closed_by_deng():
    assert read(REQ + "2025年未收到依申请公开信息、函件、电话等。\n")["requests.new"] == 0


def test_guard_a_list_not_closed_at_its_clause_end_stays_unread():
    assert "requests.new" not in read(REQ + "2025年未收到依申请公开信息、函件后逾期答复的情况。\n")


# ---------------------------------------------------------------- B. proactive counts

def test_a_proactive_count_said_gongkai_fabu():
    got = read(PRO + "本年度公开发布信息57条,包括部门文件8条,工作动态49条。本年度我局政务信息全部为主动公开。\n")
    assert got["disclosure.total"] == 57


def test_guard_fabu_alone_stays_a_channels_posts():
    assert "disclosure.total" not in read(PRO + "本年度发布信息57条。\n")


def test_channels_closed_by_deng_with_a_disclosure_website_among_them():
    got = read(PRO + "2025年,我局通过门户网站、政府信息公开网站、某某在线、某某服务网等主动公开信息716条,"
                     "通过微博发布信息9324条。\n")
    assert got["disclosure.total"] == 716
    got = read(PRO + "2025年,我局通过门户网站、信息发布平台等主动公开信息82条,通过微信发布信息305条。\n")
    assert got["disclosure.total"] == 82


def test_guard_one_website_beside_another_channel_is_no_total():
    got = read(PRO + "2025年,我局通过门户网站公开信息806条,通过微博发布信息924条。\n")
    assert "disclosure.total" not in got
    # … nor a verb of disclosing inside the list (通过门户网站公开信息、微博等…): no channel's name holds it there
    got = read(PRO + "2025年,我局通过门户网站公开信息、微博等发布信息806条,通过微博发布信息924条。\n")
    assert "disclosure.total" not in got
