"""The proactive total said as the whole of what was published (a fallback wording: read only where no other wording
gives the total): 共/共计/总计 before the verb, 各类 before 信息, or 总计/共计/合计 after it, with any words between —
never a kind's count, a part (其中), a running total (累计, 历年) or one site's count (网站, 平台, 专栏…). Invented
bodies and figures, distinct per value."""
import pytest

import reportparse


def _total(body: str):
    text = f"岚峰县某某局2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n{body}\n(二)依申请公开情况\n"
    values = [i.value for i in reportparse.parse_text(text).indicators if i.key == "disclosure.total"]
    return values[0] if values else None


@pytest.mark.parametrize("body, total", [
    # many channels named before, the whole marked by 各类 (with a list of kinds inside the clause)
    ("2024年,我局充分利用门户网站、新闻媒体、政务微博等宣传载体,共发布包括食品、药品等重点领域信息在内的各类信息573条。", 573),
    ("2024年,我局发布农业农村、人居环境、安全生产、社会管理等各类信息94条,回应社会关切。", 94),
    ("2024年,我局规范发布信息总计29条,做到应公开尽公开。", 29),
    ("2024年,全局共发布涉及民生保障、项目建设的政务信息312条。", 312),
    # a kind's count is no total
    ("2024年,我局共发布政策解读信息26条。", None),
    ("2024年,我局共发布工作动态类信息137条。", None),
    ("2024年,我局全年共发布新闻信息3968条。", None),        # a bare noun before 信息 names a kind
    ("2024年,我局规范发布图片信息总计47条。", None),
    # one site's count is that site's (the report may count other media apart)
    ("2024年,某某县人民政府网站共发布各类信息4617条。", None),
    ("2024年,我局在政府信息公开专栏全年发布信息共计81条。", None),
    ("2024年,我局政务公开平台累计发布各类信息725条。", None),
])
def test_the_whole_of_what_was_published(body, total):
    assert _total(body) == total


def test_it_yields_to_another_wording_of_the_total():
    assert _total("2024年,我局主动公开政府信息418条。全年共发布包括政策文件在内的各类信息457条。") == 418
