"""speed60 (issue 12): savings of a text round, each giving the same answers as its plain form.
- a label's halves around its figures (label_halves.halves_apart): a break or a line of figures told in one call, tried
  only on a line whose first character can open one, and a line tried as a label's piece only from the last piece
  before the first line of figures to the first piece after the last one (a head or a tail can stand nowhere else) —
  the same rows as the plain classification of every line, on invented tables of pipe rows, plain rows, halves,
  breaks (a form feed among them) and prose;
- a clause's channel before its count (narrative_channels._channel_before) looked for inside the clause's sentence, not
  in the 600 characters before it: a subject opening names its channel there or nowhere — the same answers as the
  window on invented sentences;
- the sentence rows opening with a look-behind and a look-ahead (narrative.tsv: a count first after a clause mark or
  其中, the applicant's count before 申请人) test the look-behind first: it fails sooner at most places; both test one
  place, so the matches are those of the plain order (the look-ahead first) on the fixtures and invented sentences."""
from __future__ import annotations

import random
from pathlib import Path

import regex

from reportparse.extract import label_halves as LH
from reportparse.extract import narrative_channels as NC
from reportparse.schema import row_specs
from test_fast_paths import _group_end

# pieces of a table's lines: labels of the vocabulary (whole, and cut in two), row numbers, figures (signed), pipes,
# breaks between a table's parts, prose, spaces
_LABELS = [lab for context in ("t2", "legacy") for s in row_specs(context) for lab in s.labels[:2]]
_BREAKS = ["", " ", "\t", "- 7 -", "— 12 —", "第 3 页", "第4页 共9页", "---", "****", "___", "\f", "\f第 2 页", " – 8 – ", "\f12",
           "*** 7", "第x页", "  | 6 |"]
_FIGURES = ["17", "238", "-4", "+9", "1,306", "52.5", "0"]
_PROSE = ["本年度岚峰县各部门依法做好信息公开工作，", "青禾镇", "单位：件", "其中：", "说明", "X" * 40]


def _halves(rng: random.Random) -> str:
    """A label cut in two around its figures (a break between, at times; its pipes or none; a row number before it)."""
    label = rng.choice(_LABELS)
    cut = rng.randint(1, len(label) - 1)
    pipe = rng.random() < 0.4
    lines = [label[:cut]] + [_line(rng, figures=True) for _ in range(rng.randint(1, 3))] + [label[cut:]]
    lines[0] = (rng.choice(["1.", "3 ", ""]) + lines[0]) if rng.random() < 0.2 else lines[0]
    return "\n".join(f"| {ln} |" if pipe and i in (0, len(lines) - 1) else ln for i, ln in enumerate(lines))


def _text(rng: random.Random, n: int) -> str:
    return "\n".join(_halves(rng) if rng.random() < 0.15 else _line(rng) for _ in range(n))


def _line(rng: random.Random, figures: bool = False) -> str:
    r = rng.uniform(0.2, 0.45) if figures else rng.random()
    if r < 0.2:
        return rng.choice(_BREAKS)
    if r < 0.45:                # figures, plain or as a pipe row's cells
        figs = rng.choices(_FIGURES, k=rng.randint(1, 4))
        return "| " + " | ".join(figs) + " |" if rng.random() < 0.5 else rng.choice([" ", "  ", "\t"]).join(figs)
    label = rng.choice(_LABELS)
    if r < 0.8:                 # a half of a label (a row number before a head, at times)
        cut = rng.randint(1, max(1, len(label) - 1))
        piece = label[:cut] if rng.random() < 0.5 else label[cut:]
        piece = (rng.choice(["1.", "2", "12,", "（一）"]) + piece) if rng.random() < 0.2 else piece
        return f"| {piece} |" if rng.random() < 0.4 else piece
    if r < 0.9:                 # a whole row
        figs = " | ".join(rng.choices(_FIGURES, k=rng.randint(1, 3)))
        return f"| {label} | {figs} |" if rng.random() < 0.5 else f"{label} {figs.replace(' | ', ' ')}"
    return rng.choice(_PROSE) + (rng.choice(_FIGURES) if rng.random() < 0.3 else "")


def test_label_halves_found_as_the_plain_classification_finds_them():
    rng = random.Random(60)
    found = 0
    for context in ("t2", "legacy"):
        specs = row_specs(context)
        for _ in range(1500):
            text = _text(rng, rng.randint(1, 12))
            start = rng.choice([0, 0, min(3, len(text))])
            fast = LH.halves_apart(text, specs, start, len(text))
            assert fast == LH.halves_apart(text, specs, start, len(text), kinds_of=LH.plain_kinds), text
            found += len(fast)
    assert found > 150          # (halves joined often: the comparison is not of empty lists)


def test_label_halves_kinds_agree_where_heads_and_tails_stand():
    """The lazy classification's breaks and figures are the plain one's everywhere, its pieces the plain one's from the
    last piece before the first line of figures to the first piece after the last one; outside, none."""
    rng = random.Random(61)
    for _ in range(3000):
        text = _text(rng, rng.randint(1, 12))
        lines = LH._lines(text, 0, len(text))
        lazy, plain = LH._kinds(text, lines), LH.plain_kinds(text, lines)
        assert [k if k in ("b", "f") else "" for k in lazy] == [k if k in ("b", "f") else "" for k in plain]
        figures = [i for i, k in enumerate(plain) if k == "f"]
        pieces = [i for i, k in enumerate(plain) if k == "p"]
        lo = max((i for i in pieces if figures and i < figures[0]), default=-1)
        hi = min((i for i in pieces if figures and i > figures[-1]), default=len(plain))
        assert [k == "p" for k in lazy] == [k == "p" and bool(figures) and lo <= i <= hi for i, k in enumerate(plain)]


# pieces of a report's sentences: channels (sites, media, columns), owners, ways, subjects, clause and sentence marks,
# counts, and long runs of words (a sentence longer than the window)
_SENTENCE_PIECES = ["岚峰县人民政府门户网站", "政府网站", "微信公众号", "政务新媒体", "信息公开栏目", "其他媒体", "App", "平台",
                    "通过", "其中", "在", "本局", "我镇", "2023年", "主动公开", "政府信息", "共", "公开", "发布", "各类信息",
                    "，", ",", "，", "。", "；", "\n", "、", "37条", "128条", "9件", "主要为人事任免等", "青禾镇", "上", "中",
                    "本年度", "依法依规做好工作" * 12]


def _channel_before_plain(ctext: str, cs: int) -> bool:
    """narrative_channels._channel_before as it was: the channel looked for in the window before the clause."""
    if cs and ctext[cs - 1] in ",，" and NC.ANY_OUTLET.search(ctext, max(0, cs - NC.WINDOW), cs) is not None \
            and not NC._SELF_SUBJECT.match(ctext, cs):
        ss = NC._sentence_start(ctext, cs)
        if NC._SUBJECT_OPENING.match(ctext, ss, cs) is not None:
            return True
    if "通过" not in ctext[max(0, cs - 40):cs]:
        return False
    ss = NC._sentence_start(ctext, cs, 40)
    return NC._WAY_BEFORE.search(ctext, ss, cs) is not None


def test_channel_before_looks_in_the_sentence_as_the_window_did():
    rng = random.Random(62)
    said = 0
    for _ in range(2500):
        ctext = "".join(rng.choice(_SENTENCE_PIECES) for _ in range(rng.randint(1, 40)))
        for cs in range(len(ctext) + 1):
            if cs and ctext[cs - 1] not in ",，" and rng.random() < 0.9:
                continue            # (the clauses' starts mostly, and other places)
            fast = NC._channel_before(ctext, cs)
            assert fast == _channel_before_plain(ctext, cs), (ctext, cs)
            said += fast
    assert said > 300


def test_a_look_behind_before_a_look_ahead_changes_no_match():
    from reportparse.extract.narrative import _patterns
    from reportparse.extract.narrative_compact import Compact
    rng = random.Random(63)
    fixtures = Path(__file__).parent / "fixtures"
    texts = [Compact(p.read_text(encoding="utf-8", errors="replace")).text for p in sorted(fixtures.rglob("*.txt"))]
    clauses = ["收到政府信息公开申请{}件", "共受理依申请公开{}件", "其中{}件已公开", "{}件予以公开", "{}件不予公开",
               "{}件部分公开", "{}件属于重复申请", "{}件正在办理中", "{}件尚在处理", "申请人为自然人", "{}件申请人均为自然人",
               "2024年", "收到行政复议申请{}件", "依申请公开事项{}条", "五件已公开", "{}项予以公开"]
    marks = ["，", ",", "；", "。", "：", "其中", "其中，", "\n", ""]
    texts += ["".join(rng.choice(marks) + rng.choice(clauses).format(rng.randint(1, 40)) for _ in range(rng.randint(1, 8)))
              for _ in range(3000)]
    behind = [p for *_, p in _patterns() if p.pattern.startswith("(?<=")
              and p.pattern.startswith("(?=", _group_end(p.pattern))]
    assert len(behind) >= 6
    found = 0
    for fast in behind:
        first = _group_end(fast.pattern)
        second = first + _group_end(fast.pattern[first:])
        plain = regex.compile(fast.pattern[first:second] + fast.pattern[:first] + fast.pattern[second:], fast.flags)
        for text in texts:
            spans = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
            assert spans == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            found += len(spans)
    assert found > 1500
