"""A wording a held-out set of real pages (stop 45, hosts md5 0–7) showed unread, with invented sentences: the
requests answered said as 完成 before their noun (已完成依申请公开申请6件); never where 未 negates it, nor of a review."""
import reportparse

HEAD = "岚峰县某某局2023年政府信息公开工作年度报告\n二、收到和处理政府信息公开申请情况\n"


def _values(sentence: str) -> dict:
    return reportparse.parse_text(HEAD + sentence + "\n").values()


def test_requests_completed_before_their_noun_are_the_answered():
    got = _values("2023年度受理政府信息公开申请7件，已完成依申请公开申请6件。")
    assert got["requests.new|applicant=total"] == 7
    assert got["requests.answered|applicant=total"] == 6
    assert _values("2023年，完成政府信息公开申请13件，其中予以公开4件。")["requests.answered|applicant=total"] == 13


def test_not_completed_or_a_reviews_completion_is_no_answer():
    assert "requests.answered|applicant=total" not in _values("2023年度受理政府信息公开申请7件，未完成依申请公开申请6件。")
    assert "requests.answered|applicant=total" not in _values("2023年，完成行政复议申请2件。")
