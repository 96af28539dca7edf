"""Legacy prose on how requests were answered (hunt32b): a partial grant said 部分同意公开 is requests.partially_granted,
never read as a full grant through its 同意公开 (that was a wrong value), in either order of the sentence; the reply
"not this body's information" said of a 部门 or 单位, or as 非本机关掌握, is requests.reply.not_this_agency, as the legacy
form's own row 非本部门掌握 is. Invented report, distinct non-zero figures."""
import pytest

import reportparse

HEAD = "青岚县岚峰局2012年政府信息公开工作年度报告\n二、依申请公开政府信息情况\n"


@pytest.mark.parametrize("replies", ["同意公开的12件，部分同意公开的3件，不予公开的1件，非本部门掌握的2件",
                                     "部分同意公开的3件，同意公开的12件，不予公开的1件，非本机关掌握的2件",
                                     "同意公开的12件，部分同意公开的3件，不予公开的1件，不属于本单位公开范围的2件"])
def test_each_reply_takes_its_own_key(replies):
    report = reportparse.parse_text(HEAD + f"2012年共受理政府信息公开申请18件，办结18件。其中，{replies}。\n")
    got = {k: report.value(k) for k in ("requests.new", "requests.answered", "requests.granted",
                                         "requests.partially_granted", "requests.denied",
                                         "requests.reply.not_this_agency")}
    assert got == {"requests.new": 18, "requests.answered": 18, "requests.granted": 12,
                   "requests.partially_granted": 3, "requests.denied": 1, "requests.reply.not_this_agency": 2}


def test_a_partial_grant_alone_is_no_full_grant():
    report = reportparse.parse_text(HEAD + "2012年共受理政府信息公开申请9件。其中，部分同意公开的4件，不予公开的5件。\n")
    assert report.get("requests.granted") is None
    assert report.value("requests.partially_granted") == 4 and report.value("requests.denied") == 5


def test_a_full_grant_is_still_read():
    # near-miss: 同意公开 alone, and 同意部分公开 (the form's own label) beside it
    report = reportparse.parse_text(HEAD + "2012年共受理政府信息公开申请9件。其中，同意公开7件，同意部分公开2件。\n")
    assert report.value("requests.granted") == 7 and report.value("requests.partially_granted") == 2
