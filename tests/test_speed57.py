"""The sentence rows' gate looked for in the text each row reads (speed57): a row's cut keeps only the lines (or the
sentences) where a match may lie, so a row whose gate character the cut lacks is not scanned, though the whole text
holds it. Every answer must stay the same: each gated row against its plain scan, over invented texts."""
import random

from reportparse.extract import narrative as N
from reportparse.extract.narrative_cut import NEGATION_PAIR, CutText, cut_texts, missing_chars, reading_plan


def test_reading_plan_of_invented_plans():
    reads, gated = reading_plan((True, True, False, False, False), (False, False, True, True, False),
                                (False, True, False, False, False), (False, False, False, True, False),
                                ("申", "复", "无", None, "费"))
    assert reads == (1, 3, 2, 4, 0)
    assert gated == (("费",), ("申",), ("无",), ("复",), ())
    # rows sharing a text share its search; a row with no gate adds none
    reads, gated = reading_plan((True, True, True), (False,) * 3, (True, True, False), (False,) * 3, ("件", "件", None))
    assert reads == (3, 3, 1) and gated == ((), (), (), ("件",), ())


# invented sentences and table rows (distinct non-zero figures): prose whose counts lie in some lines and sentences
# only, so the cuts lack words the whole text holds
_PIECES = (
    "本机关全年共收到政府信息公开申请{}件，其中自然人提出申请{}件。",
    "本年度新收政府信息公开申请{}件。上年结转申请{}件，尚在办理{}件。",
    "结转下年度继续办理{}件。",
    "全年主动公开政府信息{}条，通过门户网站公开{}条。",
    "本年度通过政府网站发布信息{}条。政务新媒体发布信息{}条。",
    "发生行政复议案件{}件，行政诉讼{}件。",
    "本年度未发生政府信息公开行政复议、行政诉讼案件。",
    "未收取任何费用。共收取信息处理费{}元。",
    "予以公开{}件，部分公开{}件，不予公开{}件。",
    "| 收到申请数 | {} | {} | {} |",
    "| 行政复议 | 维持 | {} | 纠正 | {} |",
    "制发规范性文件{}件，废止{}件。现行有效规章{}件。",
    "行政处罚{}件，行政许可{}件。",
    "我局认真做好网站建设，依申请公开工作有序开展。",
    "无上年结转的政府信息公开申请。本年度无结转下年度的申请。",
    "其中，通过门户网站公开信息{}条，微信公众号发布{}条。",
    "公开了规划、财政、人事等内容{}条。",
    "通过信函申请{}件，当面申请{}件，网上申请{}件。",
)


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        lines = []
        for _ in range(rnd.randint(2, 7)):
            sentences = rnd.sample(_PIECES, rnd.randint(1, 3))
            lines.append("".join(s.format(*(rnd.randint(2, 900) for _ in range(s.count("{}")))) for s in sentences))
        out.append("\n".join(lines))
    return out


def _read_texts(ctext: str) -> tuple:
    """The texts the rows read, in reading_plan's order, as narrative_figures makes them."""
    return (CutText(ctext, None), *cut_texts(ctext, (N._scan_plan()[0], NEGATION_PAIR), pieces=True))


def _plan():
    gates = N._gate_plan()[0]
    return gates, reading_plan(N._scan_plan()[1], N._negation_plan(), *N._sentence_plan(), gates)


def test_a_row_gated_in_its_text_finds_nothing_there():
    """Each row whose gate character the text it reads lacks has no match in that text; and the gate skips more rows
    than the whole text's gate did (so the cut's search is exercised)."""
    gates, (reads, gated) = _plan()
    skipped = skipped_whole = 0
    for text in _texts(57, 150):
        texts = _read_texts(text)
        missing = [missing_chars(t.text, chars) for t, chars in zip(texts, gated)]
        lacking = missing_chars(text, N._gate_plan()[1])
        for row, k, gate in zip(N._patterns(), reads, gates):
            if gate in missing[k]:
                skipped += 1
                assert list(texts[k].finditer(row[-1])) == [], (row[0], gate, k)
            skipped_whole += gate in lacking
    assert skipped > skipped_whole + 10 * 150 > 10 * 150


def test_a_gate_looked_for_in_another_text_than_the_row_reads_would_lose_matches():
    """The check above has teeth: a row's gate looked for in a cut it does not read (the whole text's rows and the
    count cuts' in the negation's cuts, the negation's sentence cut's in the count's) skips rows that match in the
    text they read. (No row reads the negation's line cut, 2, today.)"""
    gates, (reads, _) = _plan()
    other = {0: 2, 1: 4, 3: 4, 4: 3}
    lost = dict.fromkeys(other, 0)
    for text in _texts(58, 150):
        texts = _read_texts(text)
        for row, k, gate in zip(N._patterns(), reads, gates):
            if gate is not None and gate not in texts[other[k]].text and next(texts[k].finditer(row[-1]), None):
                lost[k] += 1
    assert all(lost.values()), lost


def test_gated_figures_are_the_plain_scan_figures(monkeypatch):
    """The rows' real patterns over invented texts: the same figures with the gate as with every row scanned."""
    texts = _texts(59, 200)

    def figures():
        return [[repr(f) for f in N.narrative_figures(t, year=2023)] for t in texts]
    gated_out = figures()
    gates = N._gate_plan()[0]
    monkeypatch.setattr(N, "_gate_plan", lambda: ((None,) * len(gates), ()))
    plain_out = figures()
    assert gated_out == plain_out
    assert sum(map(len, plain_out)) > 2 * len(texts)
