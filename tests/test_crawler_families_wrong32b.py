"""The crawler campaign's legacy and HTML families (tools/crawler_attack.py, tools/damage/crawl_docs.py,
crawl_damage.py): undamaged, every figure of their truth is read; under each new damage class alone no
figure is read other than the truth, except where the class changes what the document says (a figure
dropped or two swapped), and a swapped pair is read as printed."""
import pytest

import reportparse
from conftest import tool_module

CA = tool_module("crawler_attack")


def first(layout: str, start: int = 3_500_000) -> int:
    return next(s for s in range(start, start + 200) if CA.document(s)[0] == layout)


def outcomes(text: str, truth: dict) -> dict:
    got = reportparse.parse_text(text).values()
    return {k: got.get(k) for k, v in truth.items() if v is not None}


@pytest.mark.parametrize("layout", ["legacy", "legacy_rows", "html"])
def test_undamaged_family_reads_every_figure(layout):
    _, text, truth = CA.document(first(layout))
    got = outcomes(text, truth)
    assert got == {k: v for k, v in truth.items() if v is not None}


# (the classes of the earlier campaign have their own tests: test_collapsed_or_run_together_lead32 and others)
@pytest.mark.parametrize("cls", sorted(f.__name__ for f in CA.crawl_damage.TEXT + CA.crawl_damage.HTML))
def test_new_class_alone_reads_no_other_figure(cls):
    layouts = ("html",) if cls.startswith("html_") else ("legacy", "legacy_rows", "cells", "pipes")
    for layout in layouts:
        seed = first(layout)
        _, _, text, truth = CA.damaged(seed, cls)
        got = outcomes(text, truth)
        wrong = {k: (truth[k], v) for k, v in got.items() if v is not None and v != truth[k]}
        if cls in CA.crawl_damage.DESTRUCTIVE:
            # a dropped figure is lost, never shifted; a swapped pair is read as printed
            printed = {truth[k] for k in wrong}
            assert all(v in printed for _t, v in wrong.values()), (layout, wrong)
            assert len(wrong) in (0, 2), (layout, wrong)
        else:
            assert not wrong, (layout, wrong)
        assert sum(v is not None for v in got.values()) >= len(got) // 2, layout
