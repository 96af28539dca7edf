"""A shared district name printed right after its city's name is that city's, even in a year the region tables'
snapshots (years apart) do not yet show it (stop 39). Titles here are invented."""
from __future__ import annotations

from reportparse.regions import find_region


def test_a_district_after_its_city_is_that_citys_in_a_year_between_snapshots():
    # 龙华区 is both 深圳's (440309, first in the 2023 snapshot) and 海口's (460106); the title names 深圳市 before it
    r = find_region("深圳市龙华区城市更新推进中心2020年政府信息公开工作年度报告", "", 2020)
    assert (r.code, r.city) == ("440309", "深圳市")


def test_guard_the_same_district_after_the_other_city_is_that_one():
    r = find_region("海口市龙华区城市更新推进中心2020年政府信息公开工作年度报告", "", 2020)
    assert (r.code, r.city) == ("460106", "海口市")

