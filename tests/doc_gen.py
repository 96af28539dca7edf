"""Small Word 97-2003 (.doc / .wps) files written for tests: invented content only.

Nothing on a test machine writes the Word binary format, so this writes it from the specifications:
[MS-CFB] for the container (version 3, 512-byte sectors, FAT, directory as a binary search tree;
every stream padded to 4096 bytes so none goes to the mini stream) and [MS-DOC] for the document:
the FIB (FibBase, fibRgW, fibRgLw97, fibRgFcLcb97), the text in pieces (8-bit cp1252 pieces with
FcCompressed.fCompressed set and their fc doubled, UTF-16LE pieces), the Clx (a Prc, then the
PlcPcd), PlcBtePapx with PapxFkp pages (sprmPFInTable, sprmPFTtp, sprmPItap, sprmTDefTable with
TC80 merge flags), PlcBteChpx with ChpxFkp pages (sprmCFVanish, sprmCFRMarkDel) and a
SummaryInformation property set holding the title.

Content: `Para` (text, or a list of (text, "hidden" | "deleted" | None) runs; a field is written as
Word stores it, "\\x13instruction\\x14result\\x15"), `Table` of rows of `Cell`s (span, vertical merge
"restart"/"continue", or `old_merge`: a span written as the older one-cell-mark-a-column merge).
`document(...)` returns the file's bytes.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Optional, Union

SECTOR = 512
ENDOFCHAIN, FATSECT, FREESECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF, 0xFFFFFFFF
COL = 720                   # twips a grid column


@dataclass
class Para:
    text: Union[str, list] = ""


@dataclass
class Cell:
    text: str = ""
    span: int = 1
    vmerge: Optional[str] = None        # "restart" | "continue"
    old_merge: bool = False             # a span written as fFirstMerged + fMerged cells


@dataclass
class Table:
    rows: list = field(default_factory=list)


def cell(x) -> Cell:
    return x if isinstance(x, Cell) else Cell(str(x))


# ------------------------------------------------------------------ the container [MS-CFB]

def _dir_entry(name: str, kind: int, start: int, size: int, left=NOSTREAM, right=NOSTREAM, child=NOSTREAM) -> bytes:
    raw = name.encode("utf-16-le") + b"\0\0" if name else b""
    return (raw.ljust(64, b"\0") + struct.pack("<HBB3I", len(raw), kind, 1, left, right, child) + bytes(16)
            + struct.pack("<I", 0) + bytes(16) + struct.pack("<IQ", start, size))


def _tree(names: list[str]) -> tuple[int, dict]:
    """A balanced binary search tree of the root's children in [MS-CFB] 2.6.4 order (length, then
    upper case): (root index, {index: (left, right)}); indexes into `names` plus 1 (0 is the root)."""
    order = sorted(range(len(names)), key=lambda i: (len(names[i]), names[i].upper()))
    links = {}

    def build(lo, hi):
        if lo >= hi:
            return NOSTREAM
        mid = (lo + hi) // 2
        links[order[mid] + 1] = (build(lo, mid), build(mid + 1, hi))
        return order[mid] + 1
    return build(0, len(order)), links


def compound_file(streams: dict[str, bytes]) -> bytes:
    names = list(streams)
    datas = [streams[n].ljust(max(4096, len(streams[n])), b"\0") for n in names]
    n_dir = -(-(len(names) + 1) * 128 // SECTOR)
    n_data = sum(-(-len(d) // SECTOR) for d in datas)
    n_fat = 1
    while n_fat * 128 < n_fat + n_dir + n_data:
        n_fat += 1
    assert n_fat <= 109
    fat = [FATSECT] * n_fat
    first_dir = len(fat)
    fat += [first_dir + k + 1 for k in range(n_dir - 1)] + [ENDOFCHAIN]
    starts = []
    for d in datas:
        n = -(-len(d) // SECTOR)
        starts.append(len(fat))
        fat += [len(fat) + k + 1 for k in range(n - 1)] + [ENDOFCHAIN]
    fat += [FREESECT] * (n_fat * 128 - len(fat))
    root, links = _tree(names)
    entries = [_dir_entry("Root Entry", 5, ENDOFCHAIN, 0, child=root)]
    for i, (name, d) in enumerate(zip(names, datas)):
        left, right = links[i + 1]
        entries.append(_dir_entry(name, 2, starts[i], len(d), left, right))
    directory = b"".join(entries).ljust(n_dir * SECTOR, b"\0")
    # unused entries: no siblings, no child
    directory = b"".join(directory[k:k + 128] if k < 128 * len(entries) else
                         bytes(68) + struct.pack("<3I", NOSTREAM, NOSTREAM, NOSTREAM) + bytes(48)
                         for k in range(0, len(directory), 128))
    difat = list(range(n_fat)) + [FREESECT] * (109 - n_fat)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<9I", 0, n_fat, first_dir, 0, 0x1000, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
              + struct.pack("<109I", *difat))
    assert len(header) == SECTOR
    body = struct.pack(f"<{len(fat)}I", *fat) + directory + b"".join(d.ljust(-(-len(d) // SECTOR) * SECTOR, b"\0")
                                                                    for d in datas)
    return header + body


def summary_information(title: str, codepage: int = 936) -> bytes:
    """A SummaryInformation property set ([MS-OLEPS]) with the code page and the title (VT_LPSTR)."""
    raw = title.encode(f"cp{codepage}") + b"\0"
    raw += bytes(-len(raw) % 4)
    props = [(1, struct.pack("<HHhH", 2, 0, codepage, 0)), (2, struct.pack("<II", 0x1E, len(raw)) + raw)]
    offset = 8 + 8 * len(props)
    table, values = b"", b""
    for pid, value in props:
        table += struct.pack("<II", pid, offset + len(values))
        values += value
    section = struct.pack("<II", offset + len(values), len(props)) + table + values
    fmtid = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
    return struct.pack("<HHI", 0xFFFE, 0, 0x00020A04) + bytes(16) + struct.pack("<I", 1) + fmtid + \
        struct.pack("<I", 48) + section


# ------------------------------------------------------------------ the document [MS-DOC]

def _sprm(op: int, operand: bytes) -> bytes:
    return struct.pack("<H", op) + operand


def tdef_table(cells: list[tuple[int, int, int]]) -> bytes:
    """sprmTDefTable for cells (left column, span, TC80 tcgrf)."""
    edges = [c[0] * COL for c in cells] + [(cells[-1][0] + cells[-1][1]) * COL]
    body = bytes([len(cells)]) + struct.pack(f"<{len(edges)}h", *edges)
    for col, span, grf in cells:
        body += struct.pack("<HH", grf, span * COL) + bytes(16)
    return _sprm(0xD608, struct.pack("<H", len(body) + 1) + body)


IN_TABLE = _sprm(0x2416, b"\x01")
ROW_END = _sprm(0x2416, b"\x01") + _sprm(0x2417, b"\x01")
ITAP1 = _sprm(0x6649, struct.pack("<i", 1))


def _narrow(ch: str) -> bool:
    """A character an 8-bit piece holds: cp1252's ([MS-DOC] 2.9.73)."""
    try:
        ch.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def _runs(text) -> list[tuple[str, Optional[str]]]:
    return [(text, None)] if isinstance(text, str) else list(text)


def _story(blocks: list, itap: bool, vert_sprm: bool = False) -> list[tuple[str, Optional[str], bytes]]:
    """The blocks as (text, character flag, paragraph grpprl) runs: a paragraph's grpprl rides on
    every run of it (the writer cuts property runs at paragraph marks)."""
    out = []
    for block in blocks:
        if isinstance(block, Para):
            out += [(t, f, b"") for t, f in _runs(block.text)] + [("\r", None, b"")]
            continue
        for row in block.rows:
            defs, col = [], 0
            in_cell = IN_TABLE + (ITAP1 if itap else b"")
            for c in map(cell, row):
                grf = 0x60 if c.vmerge == "restart" else 0x20 if c.vmerge == "continue" else 0
                if c.old_merge and c.span > 1:
                    defs.append((col, 1, grf | 0x01))
                    out += [(t, f, in_cell) for t, f in _runs(c.text)] + [("\x07", None, in_cell)]
                    for k in range(1, c.span):
                        defs.append((col + k, 1, grf | 0x02))
                        out.append(("\x07", None, in_cell))
                elif isinstance(c.text, Table):     # a table in the cell: depth 2, its marks 0x0D
                    defs.append((col, c.span, grf))
                    inner = IN_TABLE + _sprm(0x6649, struct.pack("<i", 2))
                    for inner_row in c.text.rows:
                        for x in map(cell, inner_row):
                            out += [(x.text, None, inner), ("\r", None, inner + _sprm(0x244B, b"\x01"))]
                        out.append(("\r", None, inner + _sprm(0x244C, b"\x01") + tdef_table(
                            [(k, 1, 0) for k in range(len(inner_row))])))
                    out.append(("\x07", None, in_cell))
                else:
                    defs.append((col, c.span, grf))
                    parts = _runs(c.text)
                    for t, f in parts:          # a "\r" in a cell's text starts another paragraph of it
                        out += [(t, f, in_cell)]
                    out.append(("\x07", None, in_cell))
                col += c.span
            if vert_sprm:       # the merge flags as Word 2000 and later also write them: sprmTVertMerge
                tdef = tdef_table([(c, sp, grf & ~0x60) for c, sp, grf in defs]) + b"".join(
                    _sprm(0xD62B, bytes([2, k, 3 if grf & 0x40 else 1])) for k, (_c, _s, grf) in enumerate(defs)
                    if grf & 0x20)
            else:
                tdef = tdef_table(defs)
            out.append(("\x07", None, ROW_END + (ITAP1 if itap else b"") + tdef))
    return out


def _fkp(runs: list[tuple[int, int, bytes]], paragraph: bool) -> list[tuple[int, bytes]]:
    """FKP pages (first fc, page bytes) for contiguous (start, end, grpprl) runs."""
    pages, i = [], 0
    entry = 13 if paragraph else 1
    while i < len(runs):
        fcs, offsets, blobs = [runs[i][0]], [], {}
        top = 511
        page = bytearray(SECTOR)
        while i < len(runs):
            start, end, grpprl = runs[i]
            blob = b""
            if grpprl or paragraph:
                if paragraph:
                    g = b"\0\0" + grpprl                    # istd 0, then the grpprl
                    blob = bytes([(len(g) + 1) // 2]) + g if len(g) % 2 else bytes([0, len(g) // 2]) + g
                else:
                    blob = bytes([len(grpprl)]) + grpprl
            need = 0 if not blob or blob in blobs else len(blob) + 1
            if 4 * (len(fcs) + 1) + entry * (len(offsets) + 1) > top - need:
                break
            if blob and blob not in blobs:
                top = (top - len(blob)) & ~1
                page[top: top + len(blob)] = blob
                blobs[blob] = top // 2
            offsets.append(blobs.get(blob, 0))
            fcs.append(end)
            i += 1
        n = len(offsets)
        struct.pack_into(f"<{n + 1}I", page, 0, *fcs)
        for k, off in enumerate(offsets):
            page[4 * (n + 1) + entry * k] = off
        page[511] = n
        pages.append((fcs[0], bytes(page)))
    return pages


def document(blocks: list, title: Optional[str] = None, table_stream: str = "1Table", pieces: str = "mixed",
             itap: bool = False, header: Optional[str] = None, encrypted: bool = False, reverse: bool = False,
             nfib: int = 0x00C1, papx: bool = True, vert_sprm: bool = False, huge: bool = False) -> bytes:
    """The .doc file of `blocks`. pieces: "utf16" (one UTF-16 piece) or "mixed" (cp1252 stretches as
    8-bit pieces, the rest UTF-16; `reverse` stores the pieces in the stream in reverse order);
    header: a header story after the main text (read by Word in headers, never by this library);
    papx=False leaves the paragraph properties' bin table out (lcbPlcfBtePapx 0); vert_sprm writes
    vertical merges as sprmTVertMerge after sprmTDefTable instead of in its TC80 flags; huge moves
    every row end's grpprl to the Data stream behind a sprmPHugePapx (as Word does for wide rows)."""
    story = _story(blocks, itap, vert_sprm)
    main_len = sum(len(t) for t, _f, _g in story)
    ccp_hdd = 0
    if header:
        story += [(header + "\r", None, b"")]
        ccp_hdd = len(header) + 1
        story += [("\r", None, b"")]           # the final paragraph mark after the other stories
    # characters with their runs' flags and paragraph grpprls, cut into pieces
    chars = [(ch, f, g) for t, f, g in story for ch in t]
    text = "".join(c for c, _f, _g in chars)
    cuts = [0]
    if pieces == "mixed":
        for k in range(1, len(text)):
            if _narrow(text[k]) != _narrow(text[k - 1]):
                cuts.append(k)
    cuts.append(len(text))
    spans = [(a, b, pieces == "mixed" and all(map(_narrow, text[a:b]))) for a, b in zip(cuts, cuts[1:])]
    order = list(reversed(spans)) if reverse else spans
    base, stream, where = 1024, bytearray(), {}
    for a, b, compressed in order:
        if not compressed and len(stream) % 2:
            stream += b"\0"                    # (Word starts UTF-16 pieces at even offsets)
        where[a] = base + len(stream)
        stream += text[a:b].encode("cp1252" if compressed else "utf-16-le")
    fc_of = {}
    for a, b, compressed in spans:
        for k in range(a, b):
            fc_of[k] = where[a] + (k - a) * (1 if compressed else 2)
    width = {k: (1 if compressed else 2) for a, b, compressed in spans for k in range(a, b)}
    # property runs: cut at every change of grpprl, flag or piece, in fc order
    def runs(key):
        out = []
        for k in sorted(range(len(text)), key=lambda k: fc_of[k]):
            start, end, value = fc_of[k], fc_of[k] + width[k], key(k)
            if out and out[-1][1] == start and out[-1][2] == value:
                out[-1] = (out[-1][0], end, value)
            else:
                out.append((start, end, value))
        return out

    data_stream = bytearray(b"\0" * 16)
    moved: dict = {}

    def para_key(k):
        grpprl = chars[k][2]
        if not (huge and grpprl.startswith(ROW_END)):
            return grpprl
        if grpprl not in moved:          # PrcData: cbGrpprl, then the grpprl
            moved[grpprl] = _sprm(0x6646, struct.pack("<I", len(data_stream)))
            data_stream.extend(struct.pack("<h", len(grpprl)) + grpprl)
        return moved[grpprl]

    def char_key(k):
        f = chars[k][1]
        return _sprm(0x083C, b"\x01") if f == "hidden" else _sprm(0x0800, b"\x01") if f == "deleted" else b""
    word = bytearray(base) + stream
    word += bytes(-len(word) % SECTOR)
    bins = {}
    for name, key, paragraph in (("papx", para_key, True), ("chpx", char_key, False)):
        fkp = _fkp(runs(key), paragraph)
        first_pn = len(word) // SECTOR
        for _fc, page in fkp:
            word += page
        end_fc = max(fc_of[k] + width[k] for k in range(len(text)))
        plc = struct.pack(f"<{len(fkp) + 1}I", *([fc for fc, _p in fkp] + [end_fc]))
        plc += struct.pack(f"<{len(fkp)}I", *range(first_pn, first_pn + len(fkp)))
        bins[name] = plc
    # the Clx: one Prc (a grpprl of piece properties a reader skips), then the piece table
    cps = [a for a, _b, _c in spans] + [len(text)]
    pcds = b"".join(struct.pack("<HIH", 0, (where[a] * 2 | 0x40000000) if c else where[a], 0) for a, _b, c in spans)
    prc = b"\x01" + struct.pack("<h", 3) + _sprm(0x2403, b"\x01")
    plcpcd = struct.pack(f"<{len(cps)}I", *cps) + pcds
    clx = prc + b"\x02" + struct.pack("<I", len(plcpcd)) + plcpcd
    table = bytearray(b"\0" * 64)
    fields = {}
    for name, blob in (("chpx", bins["chpx"]), ("papx", bins["papx"]), ("clx", clx)):
        fields[name] = (len(table), len(blob))
        table += blob
    # the FIB
    flags = 0x1000 | (0x0200 if table_stream == "1Table" else 0) | (0x0100 if encrypted else 0)
    if not papx:
        fields["papx"] = (0, 0)
    fib = struct.pack("<HHHHHHHIBBHHII", 0xA5EC, nfib, 0, 0x0804, 0, flags, 0x00BF, 0, 0, 0, 0, 0, 0, 0)
    assert len(fib) == 32
    rgw = [0] * 14
    rgw[13] = 0x0804                           # lidFE
    fib += struct.pack("<H14H", 14, *rgw)
    lw = [0] * 22
    lw[0], lw[3], lw[5] = max(len(word), 4096), main_len, ccp_hdd      # cbMac, ccpText, ccpHdd
    fib += struct.pack("<H22I", 22, *lw)
    pairs = [0] * (93 * 2)
    for index, name in ((12, "chpx"), (13, "papx"), (33, "clx")):
        pairs[2 * index], pairs[2 * index + 1] = fields[name]
    fib += struct.pack("<H186I", 93, *pairs) + struct.pack("<H", 0)
    word[: len(fib)] = fib
    streams = {"WordDocument": bytes(word), table_stream: bytes(table)}
    if moved:
        streams["Data"] = bytes(data_stream)
    if title is not None:
        streams["\x05SummaryInformation"] = summary_information(title)
    return compound_file(streams)
