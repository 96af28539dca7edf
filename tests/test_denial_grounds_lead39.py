"""Refusals counted by their ground, the ground said before 不予公开 (属于过程性信息不予公开的3件): each count is its
ground's row (requests.denied.*), never the bare refusals' count, which was read from the first of them (stop 39).
Sentences here are invented."""
from __future__ import annotations

import reportparse

TITLE = "某县某局2019年政府信息公开工作年度报告\n"


def _values(text: str) -> dict:
    return {v["key"]: v["value"] for v in reportparse.parse(TITLE + text).to_dict()["indicators"]}


def test_each_ground_said_before_the_refusal_counts_its_own_row():
    got = _values("2019年共收到政府信息公开申请37件，其中予以公开21件，属于三类内部事务信息不予公开的4件，"
                  "属于过程性信息不予公开的3件，属于行政执法案卷不予公开的2件，属于保护第三方合法权益不予公开的5件，"
                  "属于行政查询事项而不予公开的6件。")
    assert got == {"requests.new": 37, "requests.granted": 21, "requests.denied.internal_affairs": 4,
                   "requests.denied.process_info": 3, "requests.denied.enforcement_file": 2,
                   "requests.denied.third_party": 5, "requests.denied.admin_query": 6}


def test_guard_a_refusal_with_no_ground_stays_the_bare_refusals():
    got = _values("2019年共收到政府信息公开申请19件，其中予以公开12件，不予公开的7件。")
    assert got == {"requests.new": 19, "requests.granted": 12, "requests.denied": 7}
