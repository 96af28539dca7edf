"""A committee named with its place (县发改委, 市卫生健康委员会) as a clause's subject in a government's report is a
department, a part, as a 局 is: its count is never the report's own total (leads57 found 2023年度县发改委主动公开…
read as a county's total). The committee's own report, said short or spelled out either way, still reads its figures;
the party's or a zone's own committee (县委, 开发区管委会) is no department. Texts and figures are invented."""
from __future__ import annotations

import pytest

from values_read import values_read as _values

_PRO = "\n一、总体情况\n（一）主动公开\n"


@pytest.mark.parametrize("title", ["青禾县人民政府2023年政府信息公开工作年度报告", "青禾县2023年政府信息公开工作年度报告"])
@pytest.mark.parametrize("body", [
    "2023年度县发改委主动公开政府信息152条。",
    "县卫健委全年主动公开政府信息152条。",
    "2023年，县发展和改革委员会主动公开政府信息152条。",
    "2023年，青禾县民族宗教事务委员会主动公开政府信息152条。",
])
def test_a_committees_count_is_a_part_of_a_governments_report(title, body):
    assert "disclosure.total" not in _values(title + _PRO + body)


@pytest.mark.parametrize("title, body", [
    ("青禾县发展和改革委员会2023年政府信息公开工作年度报告", "2023年度县发改委主动公开政府信息152条。"),
    ("青禾县发展和改革委员会2023年政府信息公开工作年度报告", "2023年，青禾县发改委主动公开政府信息152条。"),
    ("青禾县发展和改革委员会2023年政府信息公开工作年度报告", "县发展和改革委员会全年主动公开政府信息152条。"),
    ("青禾县卫健委2023年政府信息公开工作年度报告", "2023年，县卫生健康委员会主动公开政府信息152条。"),
    ("青禾县卫健委2023年政府信息公开工作年度报告", "2023年，县卫健委主动公开政府信息152条。"),
    ("岚峰市科委2023年政府信息公开工作年度报告", "2023年，市科委通过部门网站主动公开政府信息152条。"),
    ("青禾经济开发区管理委员会2023年政府信息公开工作年度报告", "2023年，开发区管委会主动公开政府信息152条。"),
    ("青禾县人民政府2023年政府信息公开工作年度报告", "在县委、县政府的正确领导下，全年主动公开政府信息152条。"),
    ("青禾县人民政府2023年政府信息公开工作年度报告", "2023年，我县主动公开政府信息152条。"),
])
def test_the_committees_own_report_and_other_committees_still_read(title, body):
    assert _values(title + _PRO + body).get("disclosure.total") == 152
