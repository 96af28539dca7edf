"""Time reportparse.regions: first load, then find_region on a ~20 KB body.

    PYTHONPATH=src python benchmarks/bench_regions.py

The body is made up here: report-like sentences dense in 市/区/县 characters and place names
(鼓楼区, 福州市, 市场监督管理局, 全区, 县级 …), repeated to 20 KB. Target: < 5 ms per lookup
after the first load.
"""
from __future__ import annotations

import statistics
import time

from reportparse import region_table, regions

SENTENCE = ("2019年，福建省福州市鼓楼区人民政府办公室会同区市场监督管理局、区教育局，对全区县级以上"
            "政务公开区域、本市各区县政府网站开展检查，共计公开文件123件，涉及泉州市、南京市鼓楼区、"
            "厦门市思明区和平潭综合实验区的协作事项。")


def main() -> None:
    body = ""
    while len(body) < 20_000:
        body += SENTENCE
    t0 = time.perf_counter()
    region_table.table()
    load_ms = (time.perf_counter() - t0) * 1000
    runs = []
    for _ in range(200):
        t0 = time.perf_counter()
        info = regions.find_region("鼓楼区2019年政府信息公开工作年度报告", body, 2019)
        runs.append((time.perf_counter() - t0) * 1000)
    print(f"result: {info}")
    print(f"first load: {load_ms:.1f} ms")
    print(f"find_region on {len(body)} chars: median {statistics.median(runs):.2f} ms, "
          f"max {max(runs):.2f} ms over {len(runs)} runs")


if __name__ == "__main__":
    main()
