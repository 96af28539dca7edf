"""Proactive totals said as a list of kinds closed by 等 and the noun 内容, then a sum word (hunt33a): 主动公开发布…、
…等内容共计…条, under a proactive heading, as the same list before 等政府信息 already reads; one row of
data/narrative.tsv. Never without its sum word (…等内容52条 may be one kind's count), nor where 法定主动公开内容 names
a column, nor what a body should publish. Invented sentences and numbers; None: nothing read."""
import pytest

from test_narrative_wordings_hunt28a import PROACTIVE
from test_narrative_wordings_hunt29a import read

CASES = [
    ("据统计，主动公开发布部门年度部门预算决算情况说明、履职依据等内容共计46条。", 46),
    ("全年公开领导分工、内设机构、工作动态等相关内容共计139条，网站运行平稳。", 139),
    ("2025年，我办发布通知公告、政策解读等内容总计87条。", 87),
    ("2025年，我局主动公开机构职能、财政预决算等内容73条。", None),
    ("2025年，我局在法定主动公开内容栏目更新机构职能、财政预决算等内容共计21条。", None),
    ("按照要求，各科室应主动公开机构职能、财政预决算等内容共计58条以上。", None),
]


@pytest.mark.parametrize("sentence, total", CASES)
def test_list_of_contents_with_a_sum_word(sentence, total):
    assert read(PROACTIVE + sentence).get("disclosure.total") == total
