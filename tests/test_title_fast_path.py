"""Speed of the text path (issue 12): the title search tests for site chrome only the lines it reads."""
import random

from reportparse import metadata
from reportparse.document import Document

_CHROME_LINES = ["当前位置：首页 > 政务公开 > 年度报告", "首页>政务公开>政府信息公开年报", "发布时间：2024-01-20",
                 "来源：某某县人民政府办公室", "您现在的位置：首页", "  ", ""]
_WORD_LINES = ["某某县人民政府", "2023年政府信息公开工作年度报告", "某某县人民政府2023年政府信息公开工作年度报告",
               "本报告由某某县人民政府办公室编制。", "一、总体情况", "2023年，本县主动公开政府信息1234条。",
               "政 府 信 息 公 开 工 作 年 度 报 告", "（一）主动公开", "关于2023年政府信息公开工作年度报告的通知",
               "现将本县2023年度政府信息公开工作年度报告公布如下。", "二、主动公开政府信息情况"]


def test_the_title_is_the_same_whatever_follows_the_fifteenth_line_of_words():
    """A guard (passes on the start tree too): the title of a page depends on its first fifteen lines of words
    only, so two pages alike there and unlike after it get the same title, warnings included."""
    rng = random.Random(27)
    for _ in range(400):
        head = [rng.choice(_CHROME_LINES + _WORD_LINES) for _ in range(rng.randint(0, 30))]
        tails = [[rng.choice(_CHROME_LINES + _WORD_LINES) for _ in range(rng.randint(0, 40))] for _ in range(2)]
        kept = [ln for ln in head if ln.strip() and not metadata._CHROME.match(ln.strip())]
        if len(kept) < 15:
            continue        # (the lines after the head are read too: nothing to compare)
        titles = []
        for tail in tails:
            warnings: list[str] = []
            titles.append((metadata.find_title(Document(text="\n".join(head + tail), format="text"), warnings),
                           warnings))
        assert titles[0] == titles[1]


def test_the_title_search_tests_only_the_lines_it_reads_for_site_chrome(monkeypatch):
    """A page of many lines: the chrome test runs on the lines up to the fifteenth line of words, not on all
    of the first 200 lines (the start tree tested every one of them)."""
    tested = []
    chrome = metadata._CHROME

    class Counting:
        def match(self, line, *args):
            tested.append(line)
            return chrome.match(line, *args)

    monkeypatch.setattr(metadata, "_CHROME", Counting())
    body = [f"（{i}）本机关主动公开政府信息{100 + i}条。" for i in range(150)]
    doc = Document(text="\n".join(["当前位置：首页 > 政务公开", "某某县人民政府2023年政府信息公开工作年度报告", ""] + body),
                   format="text")
    assert metadata.find_title(doc) == "某某县人民政府2023年政府信息公开工作年度报告"
    assert tested[:2] == ["当前位置：首页 > 政务公开", "某某县人民政府2023年政府信息公开工作年度报告"]
    assert len(tested) == 16        # the chrome line and fifteen lines of words
