"""Table damage family of stop 65 (tools/crawler_attack.py, run with --only: the seeded pools stay as they were), a
shape real crawled pages print (seen on three sites' 2020-2023 tables: one cell a line, '自 然 人' / '商业 企业'; pipe
rows, '商业 企业 | 科研 机构'; a 2021 table 二's pipe header, '本年新 制作数量'):

header_words_spaced: the words of a table's column headings broken by spaces inside a cell — '自 然 人', '商业 企业',
'科研 机构', '本年新 制作数量', '结果 维持' — in a table one cell a line, in pipe rows ('| 商业 企业 | 科研 机构 |') and in
`label v v` text rows, where a broken word reads as two cells of the heading row."""
from __future__ import annotations

import re

from .crawl_tables63 import _heading_row, table_spans

_CUTS = (2, 3)


def _spaced(cell: str, rnd) -> str:
    """A heading cell with a space inside it: every character apart (short words), or cut once after 2–3 characters."""
    if len(cell) < 3 or not re.fullmatch(r"[\u4e00-\u9fff（）()/、]+", cell):
        return cell
    if len(cell) <= 3 and rnd.random() < 0.5:
        return " ".join(cell)
    at = rnd.choice([k for k in _CUTS if k < len(cell)])
    return cell[:at] + " " + cell[at:]


def header_words_spaced(lines, rnd):
    """Column-heading cells of one to all of a document's tables printed with a space inside a word."""
    spans = table_spans(lines)
    if not spans:
        return lines
    for _, s, e in rnd.sample(spans, rnd.randint(1, len(spans))):
        for i in range(s, e):
            if not _heading_row(lines[i]):
                continue
            ln = lines[i]
            if ln.strip().startswith("|"):
                cells = [c.strip() for c in ln.strip()[1:-1].split("|")]
                lines[i] = "| " + " | ".join(_spaced(c, rnd) if rnd.random() < 0.7 else c for c in cells) + " |"
            else:
                lines[i] = " ".join(_spaced(c, rnd) if rnd.random() < 0.7 else c for c in ln.split())
    return lines


TEXT = (header_words_spaced,)
