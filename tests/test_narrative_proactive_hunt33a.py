"""Proactive totals said with a list of kinds closed by 等 (hunt33a), under a proactive heading, two rows of
data/narrative.tsv: the noun said as 内容 before a sum word (主动公开发布…、…等内容共计…条), as the same list before
等政府信息 already reads (and without its sum word where the list is of kinds joined by 、: classes55q), nor where 法定主动公开内容
names a column; and the list set before the verb by 对/将/把 (按要求对…、…等信息主动公开…条) — never after 其中, nor
what a body should publish (应). Invented sentences and numbers; None: nothing read."""
import pytest

from test_narrative_wordings_hunt28a import PROACTIVE
from test_narrative_wordings_hunt29a import read

CASES = [
    ("据统计，主动公开发布部门年度部门预算决算情况说明、履职依据等内容共计46条。", 46),
    ("全年公开领导分工、内设机构、工作动态等相关内容共计139条，网站运行平稳。", 139),
    ("2025年，我办发布通知公告、政策解读等内容总计87条。", 87),
    ("2025年，我局主动公开机构职能、财政预决算等内容73条。", 73),   # as …等信息73条 (classes55q)
    ("2025年，我局在法定主动公开内容栏目更新机构职能、财政预决算等内容共计21条。", None),
    ("按照要求，各科室应主动公开机构职能、财政预决算等内容共计58条以上。", None),
    ("2025年，按要求对领导简介和分工、机构信息、工作动态等信息主动公开187条。", 187),
    ("我局将政策文件、公示公告等政府信息主动公开共计64条。", 64),
    ("全年主动公开信息311条，其中对政策文件、公示公告等信息主动公开64条。", 311),
    ("按要求对政策文件、公示公告等信息应主动公开64条。", None),
]


@pytest.mark.parametrize("sentence, total", CASES)
def test_proactive_totals_said_with_a_list_of_kinds(sentence, total):
    assert read(PROACTIVE + sentence).get("disclosure.total") == total
