"""speed62 (issue 12): savings of a parse round, each giving the same answers as its plain form.
- the sentence rows reading a sentence cut (narrative_cut.SENTENCE_CUTS) are gated by every character each match
  reads (required_chars), not by one: a row is not scanned where its cut lacks any of them. Every skipped row finds
  nothing in its text, and the figures are those of the one-character gate and of the plain scan of every row."""
from __future__ import annotations

import random

from reportparse.extract import narrative as N
from reportparse.extract.narrative_cut import NEGATION_PAIR, SENTENCE_CUTS, CutText, cut_texts, reading_plan

# invented sentences and table rows ({}: distinct non-zero figures): counts in some sentences only, so the sentence
# cuts hold some of a row's words and lack others (办结 without 结转, 条 with 其中 but no 网站, 收到 without 全年)
_PIECES = (
    "本局年内共收到政府信息公开申请{}件，其中公民申请{}件。",
    "全年办结申请{}件，无结转下年度办理的申请。",
    "已办结{}件，无逾期答复情况。",
    "全年主动公开信息{}条，其中，门户网站发布{}条，政务微博发布{}条。",
    "公开各类信息{}条，其中公开文件{}条。",
    "本年度受理申请{}件，全年答复{}件。",
    "本年收到申请{}件，均已按时答复。",
    "共发布政策解读{}篇，回应关切{}次。",
    "行政复议{}件，行政诉讼{}件，均维持原行政行为。",
    "本年度未发生行政复议和行政诉讼。",
    "收取信息处理费{}元。未收取其他费用。",
    "不予公开{}件（属于国家秘密{}件）。",
    "| 新收申请 | {} | {} | {} |",
    "| 其他处理 | {} | {} |",
    "上年结转{}件，结转下年度{}件。",
    "依托政府网站公开信息{}条，通过报刊公开{}条。",
    "全年没有收到依申请公开事项。",
    "我办持续推进公开平台建设，答复规范有序。",
)


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        lines = []
        for _ in range(rnd.randint(2, 8)):
            pieces = rnd.sample(_PIECES, rnd.randint(1, 4))
            lines.append("".join(p.format(*(rnd.randint(3, 987) for _ in range(p.count("{}")))) for p in pieces))
        out.append("\n".join(lines))
    return out


def _read_texts(ctext: str) -> tuple:
    return (CutText(ctext, None), *cut_texts(ctext, (N._scan_plan()[0], NEGATION_PAIR), pieces=True))


def test_a_row_lacking_a_required_character_in_its_sentence_cut_finds_nothing_there():
    gates = N._gate_plan()[0]
    reads, _ = reading_plan(N._scan_plan()[1], N._negation_plan(), *N._sentence_plan(), gates)
    skipped = beyond_gate = 0
    for text in _texts(62, 150):
        texts = _read_texts(text)
        for row, k, gate, musts in zip(N._patterns(), reads, gates, N._musts_plan()):
            if k not in SENTENCE_CUTS or musts <= frozenset(texts[k].text):
                continue
            skipped += 1
            beyond_gate += gate in texts[k].text
            assert list(texts[k].finditer(row[-1])) == [], (row[0], sorted(musts), k)
    # (the rows the one-character gate would have scanned are many: the check is of the new skips)
    assert beyond_gate > 5 * 150 and skipped > beyond_gate


def test_a_required_character_looked_for_in_the_whole_text_is_there_where_the_cut_lacks_it():
    """The test above has teeth: a row's characters are often in the whole text where its cut lacks them (so the
    skips are the cut's), and a row's characters looked for in the other sentence cut skip rows that match."""
    gates = N._gate_plan()[0]
    reads, _ = reading_plan(N._scan_plan()[1], N._negation_plan(), *N._sentence_plan(), gates)
    whole_has = lost = 0
    for text in _texts(63, 150):
        texts = _read_texts(text)
        for row, k, musts in zip(N._patterns(), reads, N._musts_plan()):
            if k not in SENTENCE_CUTS:
                continue
            whole_has += musts <= frozenset(text) and not musts <= frozenset(texts[k].text)
            other = texts[7 - k].text
            lost += not musts <= frozenset(other) and next(texts[k].finditer(row[-1]), None) is not None
    assert whole_has > 150 and lost > 0


def test_figures_are_those_of_the_one_character_gate_and_of_the_plain_scan(monkeypatch):
    texts = _texts(64, 200)

    def figures():
        return [[repr(f) for f in N.narrative_figures(t, year=2023)] for t in texts]
    gated = figures()
    musts = N._musts_plan()
    monkeypatch.setattr(N, "_musts_plan", lambda: (frozenset(),) * len(musts))
    one_char = figures()
    monkeypatch.setattr(N, "_gate_plan", lambda: ((None,) * len(musts), ()))
    plain = figures()
    assert gated == one_char == plain
    assert sum(map(len, plain)) > 3 * len(texts)


# - `import reportparse` compiles fewer patterns: those of a legacy table, an OCR's pipes, a PDF's figure cells and
#   the rarer pipe-row shapes are compiled on first use (patterns.LazyPattern), each from the same source.
_LAZY = (("reportparse.extract.legacy", "_PERIOD_LINE"), ("reportparse.extract.legacy", "_UNMAPPED_LISTED"),
         ("reportparse.extract.ocr_pipes", "_OCR_PIPE"), ("reportparse.extract.legacy_columns", "COLUMN"),
         ("reportparse.patterns", "FIGURE_CELL"), ("reportparse.extract.row_cells", "_BLANKS_FIRST"),
         ("reportparse.extract.row_cells", "_SEPARATOR_COUNTED"), ("reportparse.extract.pipe_span", "_LABEL_REST"),
         ("reportparse.extract.pipe_span", "_CLOSED"), ("reportparse.extract.pipe_span", "_LAST"))


def test_the_lazy_patterns_are_not_compiled_by_import():
    import subprocess
    import sys
    probe = ("import importlib, reportparse\n"
             f"for mod, name in {_LAZY!r}:\n"
             "    assert '_compiled' not in vars(getattr(importlib.import_module(mod), name)), name\n")
    subprocess.run([sys.executable, "-c", probe], check=True)


def test_the_lazy_patterns_read_as_their_source_compiled():
    import importlib

    import regex
    from reportparse.patterns import LazyPattern
    texts = ("主动公开政府信息数：本年度37条，累计412条\n", "1、公开文件 本年 58 件、累计 213 件\n", "| 收到申请 | 2|1 | 46 |\n",
             "本年度 | 累计 | 2019年度 | 同比增减\n", "1,204", "—", "| 办理 |\n|\n| 25 |\n", "申请 | 19 |\n| 23 |\n",
             "\n | 71 | 3 \n", " | 88 |", "62 |25 元")
    for mod, name in _LAZY:
        lazy = getattr(importlib.import_module(mod), name)
        assert isinstance(lazy, LazyPattern)
        plain = regex.compile(*lazy._source)
        for text in texts:
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
            assert bool(lazy.match(text)) == bool(plain.match(text))
