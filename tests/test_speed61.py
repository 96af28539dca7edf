"""speed61 (issue 12): savings of a parse round, each giving the same answers as its plain form.
- a table beside prose (layout/pdf_beside._runs): only the blocks of rows between rows with no stretch of the middle
  part empty that hold a row ending a sentence are swept, found from those rows outwards — the same runs, in the
  same order, as the plain sweep of every row, on invented pages of prose lines, short last lines, headings, rules,
  tables' rows with column gaps, and stretches set in two (a paragraph beside a table's figures)."""
from __future__ import annotations

import random

from reportparse.layout import pdf_beside as PB
from reportparse.layout.pdf_lines import bands
from reportparse.layout.pdf_model import Item

_PROSE = "本年度岚峰县依法依规办理各类申请事项答复及时规范群众满意度稳步提升"
_ENDS = ["。", "！", "？", "", "", ""]


def _chars(text: str, x: float, top: float, pitch: float = 10.0) -> list[Item]:
    return [Item(c, x + k * pitch, top, x + (k + 1) * pitch - 0.5, top + 9.5) for k, c in enumerate(text)]


def _line(rng: random.Random, top: float) -> list[Item]:
    """One line of a page 56–556 wide: prose across it or cut short, a heading, a table's row, two columns."""
    r = rng.random()
    prose = rng.choice([_PROSE[i:] + _PROSE[:i] for i in range(0, len(_PROSE), 5)])
    end = rng.choice(_ENDS)
    if r < 0.3:         # prose across the page, or a paragraph's last line (cut short, ending a sentence at times)
        return _chars((prose + prose)[:rng.choice([50, 50, rng.randint(3, 40)])] + end, 56, top)
    if r < 0.5:         # a table's row: a label, figures in columns with gaps between
        cells = _chars(prose[:rng.randint(2, 8)], 56, top)
        for col in range(rng.randint(1, 5)):
            cells += _chars(str(rng.randint(1, 9999)), 200 + col * rng.choice([60, 70, 90]), top)
        return cells
    if r < 0.8:         # a stretch set in two: prose on one side, a table's cells (or more prose) on the other
        left = _chars(prose[:rng.randint(8, 14)] + (end if rng.random() < 0.4 else ""), 56, top)
        right = [it for col in range(rng.randint(0, 3))
                 for it in _chars(rng.choice([str(rng.randint(1, 999)), "行政复议", "维持", prose[:12]]),
                                  330 + col * 55, top)]
        return left + right if rng.random() < 0.7 else [Item(it.text, it.x0 - 274 + 330, it.top, it.x1 - 274 + 330,
                                                            it.bottom) for it in left] + _chars("14", 56, top)
    return []           # a blank line (a rule may stand there)


def _rows(rng: random.Random) -> tuple[list, float, float]:
    items = [it for n in range(rng.randint(1, 40)) for it in _line(rng, 40 + n * 18.0)]
    if not items:
        items = _chars("说明", 56, 40)
    rules = [(40 + rng.randint(0, 40) * 18.0 - 4, 56.0, rng.choice([556.0, 300.0, 200.0])) for _ in range(rng.randint(0, 3))]
    # (a band's stretches given, or None: its items', as read_beside passes them)
    rows = [(g, [(it.x0, it.x1) for it in g] if rng.random() < 0.5 else None, g[0].top) for g in bands(items)]
    rows += [([], [(a, b)], y) for y, a, b in rules]
    rows.sort(key=lambda r: r[2])
    return rows, min(it.x0 for it in items), max(it.x1 for it in items)


def _shown(runs) -> list:
    return [([(tuple(it.text for it in g), s, y) for g, s, y in run], gutter) for run, gutter in runs]


def test_runs_beside_prose_found_as_the_plain_sweep_finds_them():
    rng = random.Random(61)
    found = 0
    for _ in range(1500):
        rows, lo, hi = _rows(rng)
        fast = _shown(PB._runs(rows, lo, hi))
        assert fast == _shown(PB._runs(rows, lo, hi, whole=True))
        found += len(fast)
    assert found > 300          # (runs yielded often: the comparison is not of empty lists)


def test_a_page_with_no_sentence_end_sweeps_no_row(monkeypatch):
    """The cheap test: no row ends a sentence, so no row's gaps are looked for (and no run is tried)."""
    looked = []
    monkeypatch.setattr(PB, "gaps", lambda spans, lo, hi: looked.append(1) or [])
    items = [it for n in range(12) for it in _chars("行政复议" if n % 2 else "维持 14 23", 56, 40 + n * 18.0)]
    rows = [(g, [(it.x0, it.x1) for it in g], g[0].top) for g in bands(items)]
    assert list(PB._runs(rows, 56.0, 556.0)) == [] and looked == []
    assert list(PB._runs(rows, 56.0, 556.0, whole=True)) == [] and len(looked) == len(rows) + 1
