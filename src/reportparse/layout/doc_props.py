"""Paragraph and character properties of a Word 97-2003 document ([MS-DOC] 2.6.1-2.6.2, 2.9): the
property runs of the PapxFkp and ChpxFkp pages their bin tables list, and the few sprms layout/doc.py
needs — where table cells and rows end, how a row's cells lie, which text Word does not show.

Damage raises ValueError (the caller says what is unread and falls back); a hostile file's page
count is bounded by `MAX_FKP_PAGES`.
"""
from __future__ import annotations

import bisect
import struct
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

PAGE = 512
MAX_FKP_PAGES = 5_000       # a 300-page report uses a few hundred; each page is read once

_IN_TABLE, _TTP, _ITAP, _INNER_TTP = 0x2416, 0x2417, 0x6649, 0x244C
_ILFO, _HUGE_PAPX, _DEF_TABLE = 0x460B, 0x6646, 0xD608
_DXA_LEFT, _DXA_GAP_HALF, _VERT_MERGE = 0x9601, 0x9602, 0xD62B
# table sprms that add, delete, resize, merge or split cells after sprmTDefTable: a row using one
# is not placed in columns (its cells are read as lines), rather than placed by a partial reading
_REWRITE_CELLS = frozenset((0x7621, 0x5622, 0x7623, 0x5624, 0x5625, 0xD642, 0xD643, 0xD644))
_DEL, _VANISH = 0x0800, 0x083C      # sprmCFRMarkDel, sprmCFVanish


def sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """(sprm, operand) of each Sprm in a grpprl; operand sizes by the spra field ([MS-DOC] 2.2.5.1)."""
    i, n = 0, len(grpprl)
    while i + 2 <= n:
        sprm = grpprl[i] | grpprl[i + 1] << 8
        i += 2
        spra = sprm >> 13
        if spra in (0, 1):
            size = 1
        elif spra in (2, 4, 5):
            size = 2
        elif spra == 3:
            size = 4
        elif spra == 7:
            size = 3
        elif sprm == _DEF_TABLE:                # a 2-byte cb counting the operand after it, plus one
            if i + 2 > n:
                raise ValueError("a sprmTDefTable is cut off")
            size = (grpprl[i] | grpprl[i + 1] << 8) - 1
            i += 2
        elif sprm == 0xC615 and i < n and grpprl[i] == 255:     # sprmPChgTabs' long form
            j = i + 1
            if j >= n:
                raise ValueError("a sprmPChgTabs is cut off")
            j += 1 + 4 * grpprl[j]
            if j >= n:
                raise ValueError("a sprmPChgTabs is cut off")
            size = j + 1 + 3 * grpprl[j] - i
        else:
            if i >= n:
                raise ValueError("a variable-length sprm is cut off")
            size = grpprl[i]
            i += 1
        if size < 0 or i + size > n:
            raise ValueError(f"sprm {sprm:#06x}'s operand runs past its grpprl")
        yield sprm, grpprl[i: i + size]
        i += size


@dataclass
class CellDef:
    """A row's cells by sprmTDefTable: the edges (twips, one more than the cells) and each cell's
    TC80 flags (TCGRF: horzMerge bits 0-1, vertMerge bits 5-6)."""
    edges: list[int]
    flags: list[int]

    @classmethod
    def parse(cls, op: bytes) -> "CellDef":
        if not op:
            raise ValueError("an empty sprmTDefTable")
        n = op[0]
        if len(op) < 1 + 2 * (n + 1):
            raise ValueError("a sprmTDefTable shorter than its cell edges")
        edges = list(struct.unpack_from(f"<{n + 1}h", op, 1))
        at = 1 + 2 * (n + 1)
        count = min(n, (len(op) - at) // 20)      # rgTc80 may hold fewer than itcMac entries
        flags = [op[at + 20 * k] | op[at + 20 * k + 1] << 8 for k in range(count)]
        return cls(edges, flags)

    def vertical(self, k: int, flag: int) -> None:
        """sprmTVertMerge: cell k's vertical merge flag (0 none, 1 a continuation, 3 the first cell)."""
        if k >= len(self.edges) - 1:
            return
        self.flags += [0] * (k + 1 - len(self.flags))
        self.flags[k] = self.flags[k] & ~0x0060 | {1: 0x0020, 3: 0x0060}.get(flag, 0)

    def merge(self, k: int) -> tuple[bool, bool]:
        """(merged into the cell before it, a vertical-merge continuation) of cell k."""
        grf = self.flags[k] if k < len(self.flags) else 0
        return bool(grf & 0x0002), grf & 0x0060 == 0x0020


@dataclass
class Props:
    depth: int                  # table nesting depth: 0 not in a table
    row_end: bool               # the paragraph ends a table row (its mark is the row's, not a cell's)
    cells: Optional[CellDef]    # a row end's cells (None: unread, or rewritten by later sprms)
    numbered: bool              # an automatic list number (sprmPIlfo) Word prints before it


_PLAIN = Props(0, False, None, False)


class Papx:
    """Paragraph properties by the file position (fc) of a paragraph's mark."""

    def __init__(self, runs: list[tuple[int, int, bytes]], data: Callable[[], bytes]):
        self.runs = runs
        self.starts = [r[0] for r in runs]
        self.data = data            # the Data stream (sprmPHugePapx), read when first needed
        self._data: Optional[bytes] = None

    def at(self, fc: int) -> Optional[Props]:
        """The paragraph's properties; _PLAIN outside every run; None when its grpprl is damaged."""
        i = bisect.bisect_right(self.starts, fc) - 1
        if i < 0 or fc >= self.runs[i][1]:
            return _PLAIN
        try:
            return self._props(self.runs[i][2], True)
        except (ValueError, IndexError, struct.error):
            return None

    def _props(self, grpprl: bytes, outer: bool) -> Props:
        in_table = ttp = inner_ttp = numbered = False
        itap: Optional[int] = None
        cells: Optional[CellDef] = None
        rewritten = False
        gap_half = 0
        for sprm, op in sprms(grpprl):
            if sprm == _IN_TABLE:
                in_table = op[0] != 0
            elif sprm == _TTP:
                ttp = op[0] != 0
            elif sprm == _ITAP:
                itap = struct.unpack("<i", op)[0]
            elif sprm == _INNER_TTP:
                inner_ttp = op[0] != 0
            elif sprm == _ILFO:
                numbered = struct.unpack("<h", op)[0] != 0
            elif sprm == _DEF_TABLE:
                cells = CellDef.parse(op)
            elif sprm == _DXA_GAP_HALF and cells is not None:
                new = struct.unpack("<h", op)[0]
                cells.edges[0] += gap_half - new
                gap_half = new
            elif sprm == _DXA_LEFT and cells is not None:     # the whole row moved: every edge alike
                shift = struct.unpack("<h", op)[0] - (cells.edges[0] + gap_half)
                cells.edges = [x + shift for x in cells.edges]
            elif sprm == _VERT_MERGE and cells is not None and len(op) >= 2:    # (itc, 0 / 1 merged / 3 restart)
                cells.vertical(op[0], op[1])
            elif sprm in _REWRITE_CELLS:
                rewritten = True
            elif sprm == _HUGE_PAPX and outer:      # the grpprl is in the Data stream (PrcData)
                return self._props(self._huge(struct.unpack("<I", op)[0]), False)
        depth = itap if itap is not None and itap >= 0 else (1 if in_table else 0)
        return Props(depth, inner_ttp if depth > 1 else ttp, None if rewritten else cells, numbered)

    def _huge(self, offset: int) -> bytes:
        if self._data is None:
            self._data = self.data()
        data = self._data
        if offset + 2 > len(data):
            raise ValueError("a sprmPHugePapx points past the Data stream")
        size = struct.unpack_from("<h", data, offset)[0]
        if size < 0 or offset + 2 + size > len(data):
            raise ValueError("a sprmPHugePapx's grpprl runs past the Data stream")
        return data[offset + 2: offset + 2 + size]


def _pages(word: bytes, table: bytes, fc_lcb: tuple[int, int], what: str) -> list[bytes]:
    """The FKP pages a bin table (PlcBtePapx / PlcBteChpx) lists, each once."""
    fc, lcb = fc_lcb
    plc = table[fc: fc + lcb]
    if len(plc) != lcb or lcb < 12 or (lcb - 4) % 8:
        raise ValueError(f"the {what} bin table lies outside the table stream")
    n = (lcb - 4) // 8
    pns = sorted({pn & 0x3FFFFF for pn in struct.unpack_from(f"<{n}I", plc, 4 * (n + 1))})
    if len(pns) > MAX_FKP_PAGES:
        raise ValueError(f"{len(pns):,} {what} pages, more than {MAX_FKP_PAGES:,}")
    pages = []
    for pn in pns:
        page = word[pn * PAGE: pn * PAGE + PAGE]
        if len(page) != PAGE:
            raise ValueError(f"a {what} page lies past the WordDocument stream")
        pages.append(page)
    return pages


def _fcs(page: bytes, entry: int) -> tuple[int, tuple[int, ...]]:
    crun = page[PAGE - 1]
    if crun == 0 or 4 * (crun + 1) + entry * crun > PAGE - 1:
        raise ValueError("an FKP page's run count does not fit its page")
    return crun, struct.unpack_from(f"<{crun + 1}I", page, 0)


def papx_runs(word: bytes, table: bytes, fc_lcb: tuple[int, int]) -> list[tuple[int, int, bytes]]:
    """(first fc, end fc, grpprl) of every paragraph-property run, by fc (PapxFkp: rgfc, BxPap of 13
    bytes whose first is the PapxInFkp's offset / 2; its cb byte gives 2·cb − 1 bytes, or when 0 the
    next byte gives 2·cb'; the GrpPrlAndIstd's first two bytes are the style)."""
    runs = []
    for page in _pages(word, table, fc_lcb, "paragraph-property"):
        crun, fcs = _fcs(page, 13)
        base = 4 * (crun + 1)
        for i in range(crun):
            off = page[base + 13 * i] * 2
            grpprl = b""
            if off:
                cb = page[off]
                start, size = (off + 2, 2 * page[off + 1]) if cb == 0 else (off + 1, 2 * cb - 1)
                if start + size > PAGE - 1 or size < 2:
                    raise ValueError("a paragraph's properties run past their FKP page")
                grpprl = page[start + 2: start + size]
            if fcs[i + 1] > fcs[i]:
                runs.append((fcs[i], fcs[i + 1], grpprl))
    runs.sort(key=lambda r: r[0])
    return runs


def chpx_hidden_runs(word: bytes, table: bytes, fc_lcb: tuple[int, int]) -> list[tuple[int, int]]:
    """(first fc, end fc) of the character runs Word does not show: deleted with tracked changes
    (sprmCFRMarkDel) or hidden (sprmCFVanish) — 1, or 0x81 (the opposite of a style that does not hide)."""
    if fc_lcb[1] == 0:
        return []
    out = []
    for page in _pages(word, table, fc_lcb, "character-property"):
        crun, fcs = _fcs(page, 1)
        base = 4 * (crun + 1)
        for i in range(crun):
            off = page[base + i] * 2
            if not off:
                continue
            grpprl = page[off + 1: off + 1 + page[off]]
            if off + 1 + page[off] > PAGE - 1:
                raise ValueError("a run's character properties run past their FKP page")
            hidden = {_DEL: False, _VANISH: False}
            for sprm, op in sprms(grpprl):
                if sprm in hidden:
                    hidden[sprm] = op[0] in (1, 0x81)
            if any(hidden.values()) and fcs[i + 1] > fcs[i]:
                out.append((fcs[i], fcs[i + 1]))
    out.sort()
    merged: list[tuple[int, int]] = []      # disjoint: a text stretch meets each run once
    for a, b in out:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
