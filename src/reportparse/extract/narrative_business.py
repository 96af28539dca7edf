"""Whose cases a request count in a sentence counts (extract/narrative.py).

The part of a report on requests may also speak of other business handled there: deputies' suggestions and
proposals (人大代表建议, 政协提案), petitions (信访), a hotline's work orders (12345), complaints. Their sentences
count the same way (办理人大代表建议12件，上年结转3件，结转下年度2件; 受理信访事项41件，已办结39件) and a section
heading on requests makes any count look like theirs. A request count is the requests' only where the sentence
is about them: the last business the sentence names before the count is no other than disclosure requests.
"""
from __future__ import annotations

from ..patterns import LazyPattern
from .request_ways import OTHER_MATTER

# the other business a sentence may count: suggestions and proposals, petitions and visits, a hotline and its work
# orders, a mailbox of a leader, complaints and reports, reviews and lawsuits (OTHER_MATTER); never a word
# that names a kind of request (信访举报投诉类申请 is an outcome of requests: 不予处理)
# (not 来访, a way of applying too: 当面来访申请2件; nor 诉求, said of requests too: 回应申请人的信息公开诉求)
_BUSINESS = LazyPattern(r"(?:(?:人大|代表|意见)建议|提案|议案|信访|12345|热线|工单|(?:市长|书记|区长|县长|镇长|局长)信箱"
                        r"|举报|" + OTHER_MATTER + r")(?![^,，。;；:：\d]{0,6}类)")
# the requests named as the topic (政府信息公开申请, 依申请公开, 信息公开请求, 政务信息公开申请)
_REQUESTS = LazyPattern(r"依申请|信息公开(?:的)?(?:申请|请求)|申请公开|公开申请")
# keys whose own wording names such business: a request about a petition is still a request
_OWN_WORDING = frozenset({"requests.not_processed.petition"})


def other_business(ctext: str, key: str, start: int, s: int, e: int) -> bool:
    """Is the request count matched at [s, e), in a sentence whose topic starts at `start`, another business's: the
    last business the sentence names before the match is no disclosure request, and no request is named after it?"""
    if not key.startswith("requests.") or key in _OWN_WORDING:
        return False
    last = None
    for last in _BUSINESS.finditer(ctext, start, s):
        pass
    return last is not None and _REQUESTS.search(ctext, last.end(), e) is None
