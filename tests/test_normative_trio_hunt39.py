"""Table 二(一)'s three counts of normative documents said in one sentence, in the table's order, with no time word
and the later nouns cut to 文件 (制定发布规范性文件N件,清理废止文件N件,现行有效文件N件): each is read (hunt39).
Texts and figures are invented."""
from __future__ import annotations

import reportparse

HEAD = "青禾区2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况。\n"


def _values(body: str) -> dict:
    return {i.key: i.value for i in reportparse.parse_text(HEAD + body).indicators if not i.derived}


def test_trio_with_bare_wenjian_nouns():
    vals = _values("1.信息发布情况。共发布政策解读31篇。制定发布规范性文件7件,清理废止文件3件,现行有效文件26件。\n")
    assert vals["disclosure.normative_docs.issued"] == 7
    assert vals["disclosure.normative_docs.repealed"] == 3
    assert vals["disclosure.normative_docs.in_force"] == 26


def test_issued_without_a_time_word_needs_the_repealed_count_after_it():
    # no time word and no repealed count after it: the count may be of any period
    vals = _values("1.信息发布情况。制定发布规范性文件7件,均已公开。\n")
    assert "disclosure.normative_docs.issued" not in vals
    # a bare 文件 with no normative count before it is no normative document
    assert "disclosure.normative_docs.in_force" not in _values("1.信息发布情况。现行有效文件26件。\n")
