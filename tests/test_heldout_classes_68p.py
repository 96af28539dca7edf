"""heldout68's classes, with invented reports (names and figures made up):
E. a bare no-lawsuit sentence 无信息公开诉讼 under a 依申请公开 heading: no lawsuit (direct and after review 0), as
   无信息公开行政诉讼 already is there; never a fee's lawsuit nor a lost one;
F. the requests' noun naming the information asked for, then the receipt (我镇依申请公开政府信息共收到37件): requests.new;
   never the bare count without a receipt, nor another matter's count after the figure;
A. a request count in 项 right after the requests' own noun, closing its clause (…行政处罚3项,收到并处理政府信息公开申请8项。):
   requests.new; never where the sentence counts the requests in 件 (the 项 then the items asked for);
B. the answered count named by its receipt before it (2023年受理的41件申请件已按规定…予以答复, 收到的 too): requests.answered;
   never another year's (上年受理的…, 去年收到的…), nor another matter's (信访件, 咨询)."""
from __future__ import annotations

import reportparse

TITLE = "岚峰县某某镇2023年政府信息公开工作年度报告\n"
REQUESTS = "(二)依申请公开\n"
PROACTIVE = "(一)主动公开\n"


def values(text: str, title: str = TITLE) -> dict:
    """The report's values, a request key's total under its bare key (requests.new)."""
    got = reportparse.parse_text(title + text + "\n", require_report=False).values()
    return {k.removesuffix("|applicant=total"): v for k, v in got.items() if v is not None}


def some(text: str, prefix: str) -> dict:
    return {k: v for k, v in values(text).items() if k.startswith(prefix)}


# ---------------------------------------------------------------- E. 无信息公开诉讼

def test_e_bare_no_disclosure_lawsuit_under_a_request_heading_is_none():
    said = REQUESTS + "2023年,本镇共受理政府信息公开申请41件。信息公开行政复议3件,尚未审结。无信息公开诉讼。"
    got = values(said)
    assert got["litigation.direct.total"] == 0 and got["litigation.after_review.total"] == 0
    assert got["review.total"] == 3 and got["requests.new"] == 41


def test_e_guard_a_fee_lawsuit_or_a_lost_one_is_not_none():
    for said in ("2023年,本镇共受理政府信息公开申请41件。没有与诉讼有关的费用。",
                 "2023年,本镇共受理政府信息公开申请41件。无信息公开诉讼败诉案件。"):
        assert not some(REQUESTS + said, "litigation."), said


# ---------------------------------------------------------------- F. 依申请公开政府信息共收到N件

def test_f_requests_noun_naming_the_information_then_the_receipt():
    said = REQUESTS + "2023年,我镇依申请公开政府信息共收到37件,其中33件已办结,答复27件,主动撤回6件。"
    assert values(said)["requests.new"] == 37
    said = REQUESTS + "2023年,我镇依申请公开政务信息收到19件。"
    assert values(said)["requests.new"] == 19


def test_f_guard_no_receipt_or_another_matter():
    assert "requests.new" not in values(REQUESTS + "2023年,我镇依申请公开政府信息37件。")
    assert "requests.new" not in values(REQUESTS + "2023年,我镇依申请公开政府信息共收到37件投诉。")
    assert "requests.new" not in values(PROACTIVE + "2023年,我镇政府信息公开平台共收到留言29条。")


# ---------------------------------------------------------------- A. 申请N项 closing its clause

def test_a_request_count_in_xiang_after_the_noun_stays_unread():
    # (taken out at stop 68's merge: stop 49 decided 收到政府信息公开申请N项 with no outcome of all unread — the 项 may
    # count the items asked for — and tests/test_heldout_classes_49.py pins it; a list counted in 项 settles nothing else)
    said = REQUESTS + "2023年,累计对外公开规范性文件19件,行政处罚3项,政府集中采购6项,收到并处理政府信息公开申请8项。"
    assert "requests.new" not in values(said)


def test_a_guard_xiang_beside_a_count_in_jian_is_the_items():
    said = REQUESTS + "2023年,共收到政府信息公开申请5件,涉及信息公开申请17项。"
    assert values(said)["requests.new"] == 5
    said = REQUESTS + "2023年,收到政府信息公开申请17项,其中4件予以公开。"
    assert "requests.new" not in values(said)


# ---------------------------------------------------------------- B. 受理的N件申请件已…予以答复

def test_b_answered_count_named_by_its_receipt():
    said = (REQUESTS + "1、2023年度,我办受理依申请公开42件。\n2、对申请的办理情况:2023年受理的41件申请件已按规定在"
            "法定期限内予以答复,其中予以公开19件。1件结转到下一年度答复。")
    got = values(said)
    assert got["requests.answered"] == 41 and got["requests.new"] == 42
    assert got["requests.carried_forward"] == 1
    got = values(REQUESTS + "本年度受理的7件申请均已依法答复并予以公开。")
    assert got["requests.answered"] == 7 and got["requests.granted"] == 7
    assert values(REQUESTS + "2023年收到的5件申请已全部按时答复。")["requests.answered"] == 5


def test_b_guard_another_year_or_another_matter():
    for said in ("上年受理的3件申请已按规定予以答复。", "2022年受理的3件申请已按规定予以答复。",
                 "受理的信访件9件已按规定予以答复。", "去年收到的5件申请已全部按时答复。",
                 "2023年收到的5件咨询已全部答复。"):
        assert "requests.answered" not in values(REQUESTS + said), said
