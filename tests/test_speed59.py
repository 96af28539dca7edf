"""speed59 (issue 12): three savings of a text round landed together, each giving the same answers as the plain form.
- the title search's chrome-line pattern gated (chrome_lines.chrome_pattern): the header fields tried only at a first
  character of their names, a breadcrumb's path only on a line holding its arrow or slash, a toolbar's buttons
  checked before the look for their words — the same spans as the plain pattern on invented lines;
- a cut no sentence row reads is not built (narrative_cut.cut_texts(…, read=…): the negation's line cut);
- a row whose look-behind reads how the line before ends ((?<!其中)[,，\\n]) reads the count cut: a line ending so is
  kept (regex_tree.reach's tails), and the row's matches are those of the whole text."""
from __future__ import annotations

import random
import re

import regex

from reportparse import chrome_lines as C
from reportparse import metadata as M
from reportparse import patterns as P
from reportparse.extract import narrative as N
from reportparse.extract import narrative_cut as B
from reportparse.extract.narrative_cut import NEGATION_PAIR, CutText, cut_texts, cuts_read, reading_plan

# pieces of a page's first lines: header fields (spaced out, in other cases), separators, breadcrumbs' labels, arrows and
# slashes, toolbars' switches and buttons, dates, words, digits, spaces
_NAMES = list(P.OTHER_HEADER_FIELDS + P.PUBLISH_FIELDS) + [w + "时间" for w in P.CAPTURE_WORDS] + [
    "发 布 机 构", "来 源", "索 引 号", "Source", "URL", "CRAWLED", "ſource", "采 集时间", "更新时间"]
_PIECES = (_NAMES + list(P.BREADCRUMB_FIELDS) + list(P.TOOLBAR_WORDS) + [
    ":", "：", "|", " | ", ": | ", " ", "  ", "\t", "\u3000", ">", " > ", "›", "»", "/", " / ", ">>",
    "字体", "字号", "打印", "打印本页", "大 中 小", "[", "]", "【", "】", "(", ")", "关闭窗口", "分享到", "默认", "超大",
    "点击收听年报语音朗读", "语音播报", "朗读全文", "收听本文", "一键", "发布时间:", "时间：", "日期:", "更新",
    "首页", "政务公开", "政府信息公开年报", "某某县人民政府", "2023年政府信息公开工作年度报告", "年度报告", "版",
    "2024-01-20", "2021", "09:00", "12", "X", "a", "k", "。", "，", "•", "·", "主", "采", "当", "您", "你", "所"])


def _lines(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        if rng.random() < 0.15:         # a path of steps (some with a digit or a step too long)
            steps = rng.choices(["首页", "政务公开", "年报", "X" * 30, "2023", "正文", "", " "], k=rng.randint(1, 5))
            line = rng.choice(["/", " / ", " > ", "›", "»", ">>", " ", "\u3000 "]).join(steps)
        else:
            line = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 9)))
        out.append(line.strip() if rng.random() < 0.8 else line)
    return out


def _spans(pattern: regex.Pattern, lines: list[str]) -> list:
    return [(m := pattern.match(ln)) and m.span() for ln in lines]


def test_chrome_lines_found_as_the_plain_pattern_finds_them():
    plain = regex.compile(C.chrome_pattern(gated=False), regex.I)
    lines = _lines(59, 30000)
    fast, slow = _spans(M._CHROME, lines), _spans(plain, lines)
    assert fast == slow
    # (each form matches often: fields, spaced fields, labels, arrow and slash paths, switches and buttons)
    chrome = [ln for ln, s in zip(lines, slow) if s]
    assert len(chrome) > 3000
    for form in (C.HEADER_FIELD, C.HEADER_FIELD_SPACED, P.breadcrumb_line(False), P._SWITCHES_LINE,
                 P._BUTTONS_DATE + P._BUTTONS_GATE + P._BUTTONS):
        assert sum(regex.match(form, ln, regex.I) is not None for ln in chrome) > 50, form
    for path, least in [(p, 50) for p in P._ARROW_PATHS + (P._SLASH_PATH,)] + [(P._SPACED_PATH, 10)]:   # (首页 first)
        assert sum(regex.match("^" + path, ln, regex.I) is not None for ln in chrome) > least, path


def test_known_lines():
    for line, chrome in [("发布机构：某某县人民政府办公室", True), ("发 布 时 间 | 2024-01-20", True), ("Source: x", True),
                         ("采集时间：2024-01-20", True), ("组配分类 政府信息公开年报", True), ("当前位置：首页 > 年报", True),
                         ("首页 > 政务公开 > 年度报告", True), ("首页/ 政府信息公开 / 年报 / 正文", True),
                         ("首页 政府信息公开 某某区人民政府 年度报告", True), ("首页 走进某县 新闻中心", False),
                         ("无障碍 | 关怀版", True), ("【字体：大 中 小】 打印本页", True), ("时间:2016-03-05 00:00 大 中 小", True),
                         ("点击收听年报语音朗读 打印本页", True), ("某某县人民政府2023年政府信息公开工作年度报告", False),
                         ("来了", False), ("首页", False), ("2023年，本县主动公开政府信息1234条。", False)]:
        assert (M._CHROME.match(line) is not None) is chrome, line
        assert _spans(M._CHROME, [line]) == _spans(regex.compile(C.chrome_pattern(False), regex.I), [line])


def test_wrong_gates_are_caught():
    """The invented lines read every gate: a gate that lost a character it needs, or looks for the wrong one, finds
    other spans than the plain pattern."""
    lines = _lines(7, 30000)
    fast = C.chrome_pattern()
    slow = _spans(regex.compile(C.chrome_pattern(False), regex.I), lines)
    opening = P.field_openings(P.OTHER_HEADER_FIELDS + P.PUBLISH_FIELDS + P.CAPTURE_WORDS)
    for wrong in [fast.replace(opening, opening.replace("发", "")),              # a field's first character lost
                  fast.replace(opening, opening.replace("s", "")),               # an ASCII one's
                  fast.replace(opening, opening.replace("采", "")),              # a capture field's
                  fast.replace(P.field_openings(P.BREADCRUMB_FIELDS), "(?=[当您])"),     # a label's (你, 所)
                  fast.replace(r"(?=[^>›»\n]*+[>›»])", r"(?=[^>»\n]*+[>»])"),     # an arrow the path may use
                  fast.replace(r"(?=[^/\n]*+/)", r"(?=[^/\n]*+/\S)"),            # a slash path's, a word after it
                  fast.replace("(?=" + P._BUTTONS + ")", "(?=" + P._BUTTONS.replace("[大中小]", "[大小]") + ")")]:
        assert wrong != fast
        assert _spans(regex.compile(wrong, regex.I), lines) != slow


def _opened(pattern: str) -> list[bool]:
    """Does each form (a branch after the shared ^) open with a look-ahead?"""
    tree = list(re._parser.parse(pattern))
    assert [op for op, _ in tree] == [re._constants.AT, re._constants.BRANCH]
    return [branch[0][0] is re._constants.ASSERT for branch in tree[1][1][1]]


def test_each_form_is_gated():
    """Every form but the switches' line (its words looked for at the line's start, a line of words failing there)
    opens with its gate, a look-ahead a line of words fails at its first character or for want of a character it
    needs, and the buttons' run is checked before their words: loosening one (a form without its gate) fails."""
    # fields, labelled breadcrumb, arrow path, slash path, spaced path after 首页; the switches' line; the buttons, after
    # their date
    assert _opened(C.chrome_pattern()) == [True, True, True, True, True, False, False]
    assert _opened(C.chrome_pattern(False)) != _opened(C.chrome_pattern())
    assert "(?=" + P._BUTTONS + ")" + P._BUTTONS_GATE in P.toolbar_line()
    assert P.toolbar_line(False) == P._SWITCHES_LINE + "|" + P._BUTTONS_DATE + P._BUTTONS_GATE + P._BUTTONS


# the cuts: invented sentences and table rows (distinct non-zero figures), lines ending in 其中 among them
_SENTENCES = (
    "本年度主动公开政府信息{}条", "本机关全年共收到政府信息公开申请{}件", "其中", "其中，", "对规划、财政等信息主动公开{}条",
    "公开了规划、财政、人事等内容共{}条", "公开规划、财政、人事等信息共计{}条", "未收到政府信息公开申请", "无结转",
    "| 收到申请数 | {} | {} |", "我局认真做好网站建设", "通过门户网站公开信息{}条", "发布了政策解读、新闻等各类信息{}条",
    "。", "，", "：", "；")


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        lines = []
        for _ in range(rng.randint(2, 8)):
            line = "".join(s.format(*(rng.randint(2, 900) for _ in range(s.count("{}"))))
                           for s in rng.choices(_SENTENCES, k=rng.randint(1, 6)))
            lines.append(line + ("其中" if rng.random() < 0.3 else ""))
        out.append("\n".join(lines))
    return out


def _found(read: CutText, pattern) -> list:
    return [(m.span(), m.groupdict()) for m in read.finditer(pattern)]


def test_a_look_behind_reading_the_line_before_is_proved_with_its_tail():
    pattern = r"(?<=(?:^|(?<!其中)[,，。\n])[^\n,，。\d]{0,16})公开[^\n,，。\d]{0,20}?(?P<n>\d+)条"
    tails: set = set()
    assert B.units_after_count(pattern, tails=tails) == [frozenset("条")] and tails == {"其中"}
    assert B.units_after_count(pattern) == []           # (without tails: the row reads the whole text)
    for refused in [r"(?<=(?<![其中])\n)公开(?P<n>\d+)条", r"(?<=(?<!其\d)\n)公开(?P<n>\d+)条",
                    r"(?<=(?<!其中)\n\n)公开(?P<n>\d+)条", r"(?=[^\n]*\n(?!其中))公开(?P<n>\d+)条"]:
        assert B.units_after_count(refused, tails=set()) == [], refused
    pair, local = B.plan(((pattern, 0), (r"收到(?P<n>\d+)件", 0)), at_unit=True)
    assert local == (True, True) and pair.search("X其中\nY") and not pair.search("X其中Y\n")


def test_rows_reading_the_line_before_find_on_the_count_cut_what_they_find_on_the_whole_text():
    rows = N._patterns()
    count_unit, local = N._scan_plan()
    tailed = [i for i, row in enumerate(rows) if "(?<!其中)[,，。;；:：\\n]" in row[-1].pattern]
    assert len(tailed) >= 4 and all(local[i] for i in tailed)
    plain = regex.compile(count_unit.pattern.split("|")[0])        # the pair without the kept tails
    found = lost = 0
    for text in _texts(59, 1500):
        whole, cut = CutText(text, None), CutText(text, count_unit)
        for i in tailed:
            want = _found(whole, rows[i][-1])
            assert _found(cut, rows[i][-1]) == want
            found += bool(want)
            lost += _found(CutText(text, plain), rows[i][-1]) != want
    assert found > 300 and lost > 20           # (the tails kept are what keeps the matches)


def test_a_cut_no_row_reads_is_not_built():
    count_unit = N._scan_plan()[0]
    unbuilt = 0
    for text in _texts(5, 300) + ["", "短", "无\n1件"]:
        every = cut_texts(text, (count_unit, NEGATION_PAIR), pieces=True)
        for read in [frozenset({0, 2, 3}), frozenset({3}), frozenset({1}), frozenset({0, 1, 2, 3})]:
            some = cut_texts(text, (count_unit, NEGATION_PAIR), pieces=True, read=read)
            for k, (a, b) in enumerate(zip(every, some)):
                assert b is not None or k not in read       # (a text of short lines only: its one cut, itself)
                unbuilt += b is None
                if b is not None:
                    assert (a.text, a._starts, a._shifts) == (b.text, b._starts, b._shifts)
    assert unbuilt > 1000
    gates = N._gate_plan()[0]
    reads = reading_plan(N._scan_plan()[1], N._negation_plan(), *N._sentence_plan(), gates)[0]
    assert 1 not in cuts_read(reads) and cuts_read(reads) == frozenset(k - 1 for k in set(reads) if k)
