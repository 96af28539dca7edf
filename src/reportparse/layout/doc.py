"""Word 97-2003 documents (.doc, and WPS Office .wps: the same binary) → Document, as layout/docx.py
renders a .docx: paragraphs as lines, tables as pipe rows with their CellRefs.

Read per [MS-DOC] from the OLE container (doc_ole.py):

- the FIB at the start of the WordDocument stream (wIdent 0xA5EC; fWhichTblStm picks the 1Table or
  0Table stream; fEncrypted refused by name; Word 6/95's older layout refused by name); its counted
  arrays are walked by their stated counts (csw, cslw, cbRgFcLcb), never by fixed offsets;
- the text through the Clx's piece table (PlcPcd): each piece 8-bit (FcCompressed.fCompressed:
  cp1252 with [MS-DOC] 2.9.73's mapping, the fc halved) or UTF-16LE; only the main document, its
  first ccpText characters (headers, footnotes, comments and text boxes follow it: not read);
- character properties (PlcBteChpx → ChpxFkp): text marked deleted by tracked changes
  (sprmCFRMarkDel) or hidden (sprmCFVanish) is not read, as Word shows the document;
- paragraph properties (PlcBtePapx → PapxFkp, or the Data stream for sprmPHugePapx): a 0x07 mark
  ends a cell, or a row when its paragraph has sprmPFTtp; sprmPFInTable / sprmPItap say a paragraph
  is in a table, and the row-end paragraph's sprmTDefTable gives each cell's left and right edge and
  its merge flags. A table's columns are the union of its rows' cell edges (a wide cell spans the
  columns it covers, as w:gridSpan does); a cell merged into the one before it (TC80 fMerged) widens
  that cell; a vertical-merge continuation is covered by the cell above (as w:vMerge). A row whose
  cell count disagrees with its edges, or whose edges are unread, is read as lines (warning), never
  placed in guessed columns. When paragraph properties cannot be read at all, every cell is a line;
- fields (0x13 begin, 0x14 separator, 0x15 end): the instruction skipped, the result read; 0x0B a
  line break, 0x0C a page break, 0x09 a tab, 0x1E a non-breaking hyphen; object anchors (0x01, 0x08),
  note references and other control characters dropped;
- the SummaryInformation title as a hint only when the years it names are printed (as the .docx
  loader's core.xml title). Automatic list numbers (一、 （一） kept in the list tables) are not
  rendered: the paragraphs that have them are counted in a warning.

Hostile input: every offset and count is checked against its stream before use (a damaged one is an
UnsupportedFormatError naming the damaged structure), table cells count against `max_table_cells`,
the text is cut at `max_text_chars`.
"""
from __future__ import annotations

import bisect
import re
import struct
from typing import Optional

from ..document import Document, pipe_row, text_cut, within
from ..errors import DocumentTooLargeError, EmptyDocumentError, UnsupportedFormatError
from ..normalize import normalize_text
from ..settings import ParseSettings
from .doc_ole import Container
from .doc_props import CellDef, Papx, chpx_hidden_runs, papx_runs
from .docx_package import printed_title

_W_IDENT = 0xA5EC
_NFIB_97 = 0x00C0           # Word 97 writes 0x00C1 (some writers 0x00C0); Word 6/95 wrote ≤ 0x0068
_CONTROL = re.compile(r"[\x00-\x1f]")
_SPACES = re.compile(r"\s+")
_KEEP = {"\x09": "\t", "\x0b": "\n", "\x0c": "\n", "\x1e": "-"}
MAX_PIECES = 200_000        # a fast-saved report holds a few hundred pieces
_SNAP = 20                  # twips: cell edges this close are one column edge (Word's own jitter)


class _Fib:
    """The FIB fields this reader needs, each read at the place its counted arrays put it."""

    def __init__(self, word: bytes, path: Optional[str]):
        if len(word) < 0x22:
            raise UnsupportedFormatError("the Word document's WordDocument stream is too short for its FIB: the file "
                                         "is damaged", path)
        ident, nfib, _unused, _lid, _pn, flags = struct.unpack_from("<HHHHHH", word, 0)
        if ident != _W_IDENT:
            raise UnsupportedFormatError(f"the OLE file's WordDocument stream does not start with Word's FIB "
                                         f"(wIdent {ident:#06x}, not 0xa5ec): not a Word 97-2003 document, or damaged",
                                         path)
        if flags & 0x0100:       # fEncrypted (with fObfuscated: XOR; else RC4 / CryptoAPI)
            raise UnsupportedFormatError("the file is a password-protected (encrypted) Word 97-2003 document: open it "
                                         "with its password and save an unprotected copy as .docx", path)
        if nfib < _NFIB_97:
            raise UnsupportedFormatError(f"the file is a Word 6.0/95 document (nFib {nfib}), whose older binary "
                                         "layout is not read: open it and save it as .docx", path)
        self.table = "1Table" if flags & 0x0200 else "0Table"
        try:
            pos = 0x20
            csw = _u16(word, pos)
            pos += 2 + 2 * csw                  # fibRgW
            cslw = _u16(word, pos)
            pos += 2
            if cslw < 4:
                raise ValueError("fibRgLw too short")
            self.ccp_text = _u32(word, pos + 12)    # FibRgLw97.ccpText
            pos += 4 * cslw
            pairs = _u16(word, pos)
            pos += 2
            if pairs < 34:
                raise ValueError(f"fibRgFcLcb holds {pairs} pairs, fewer than Word 97's")
            fc_lcb = lambda i: (_u32(word, pos + 8 * i), _u32(word, pos + 8 * i + 4))   # noqa: E731
            self.chpx = fc_lcb(12)              # fcPlcfBteChpx / lcbPlcfBteChpx
            self.papx = fc_lcb(13)              # fcPlcfBtePapx / lcbPlcfBtePapx
            self.clx = fc_lcb(33)               # fcClx / lcbClx
        except (struct.error, ValueError) as e:
            raise UnsupportedFormatError(f"the Word document's FIB is damaged ({e}): the file is truncated or not a "
                                         "Word file", path) from None


def load_doc(data: bytes, settings: ParseSettings, path: Optional[str] = None,
             sha256: Optional[str] = None) -> Document:
    box = Container(data, settings, path)
    if not box.has("WordDocument"):
        raise UnsupportedFormatError("the OLE file holds no WordDocument stream: not a Word document", path)
    word = box.stream("WordDocument")
    fib = _Fib(word, path)
    table = box.stream(fib.table)
    warnings: list[str] = []
    segments = _text(word, table, fib, path, warnings, settings.max_text_chars)
    papx: Optional[Papx] = None
    try:
        papx = Papx(papx_runs(word, table, fib.papx), lambda: box.stream("Data") if box.has("Data") else b"")
    except (ValueError, struct.error) as e:
        warnings.append(f"the Word document's paragraph properties cannot be read ({e}): its tables are read one "
                        "cell a line")
    renderer = _Renderer(settings, path, papx)
    renderer.walk(segments)
    text, cells = renderer.finish()
    if not text.strip():
        raise EmptyDocumentError("the Word document has no visible text (only pictures, or hidden or deleted text)",
                                 path)
    warnings += renderer.warnings
    title = box.title()
    title = printed_title(title, text, warnings, "the Word file's title property") if title else None
    return Document(text=text, format="doc", path=path, sha256=sha256, encoding="utf-16-le", cells=cells,
                    title_hint=title, warnings=warnings)


def _text(word: bytes, table: bytes, fib: _Fib, path: Optional[str], warnings: list[str],
          limit: int) -> list[tuple[str, int, int]]:
    """The main document's visible text as (text, fc of its first character, bytes a character), at
    most `limit` characters of pieces (pieces may share their bytes: the text is bounded, not the file)."""
    hidden: list[tuple[int, int]] = []
    try:
        hidden = chpx_hidden_runs(word, table, fib.chpx)
    except (ValueError, struct.error) as e:
        warnings.append(f"the Word document's character properties cannot be read ({e}): text deleted with "
                        "tracked changes or hidden may be read")
    starts = [a for a, _ in hidden]
    out = []
    total = 0
    for cp0, cp1, fc, width in _pieces(table, fib, path):
        if cp0 >= fib.ccp_text:
            break
        cp1 = min(cp1, fib.ccp_text, cp0 + limit - total)
        total += cp1 - cp0
        raw = word[fc: fc + (cp1 - cp0) * width]
        if len(raw) != (cp1 - cp0) * width:
            raise UnsupportedFormatError("the Word document's text runs past the end of its WordDocument stream: the "
                                         "file is truncated or damaged", path)
        for a, b in _visible(fc, fc + len(raw), hidden, starts, width):
            chunk = raw[a - fc: b - fc]
            out.append((chunk.decode("utf-16-le", "replace") if width == 2 else _cp1252(chunk), a, width))
        if total >= limit:
            warnings.append(text_cut(limit))
            break
    return out


def _visible(fc0: int, fc1: int, hidden: list[tuple[int, int]], starts: list[int], width: int):
    """The stretches of [fc0, fc1) outside the hidden runs, cut on character boundaries."""
    at = fc0
    i = max(bisect.bisect_right(starts, fc0) - 1, 0)
    while i < len(hidden):
        a, b = hidden[i]
        i += 1
        if a >= fc1:
            break
        if b <= at:
            continue
        a = fc0 + (max(a, at) - fc0) // width * width
        if a > at:
            yield at, a
        at = fc0 - (-(min(b, fc1) - fc0) // width) * width
    if at < fc1:
        yield at, fc1


def _pieces(table: bytes, fib: _Fib, path: Optional[str]) -> list[tuple[int, int, int, int]]:
    """The piece table: (first cp, end cp, byte offset in WordDocument, bytes a character)."""
    fc, lcb = fib.clx
    clx = table[fc: fc + lcb]
    try:
        if lcb == 0 or len(clx) != lcb:
            raise ValueError("the Clx lies outside the table stream")
        if lcb > MAX_PIECES * 12:
            raise DocumentTooLargeError(f"the Word document's piece table holds more than {MAX_PIECES:,} pieces (a "
                                        "report's holds one to a few hundred): not read", path)
        i = 0
        while clx[i] == 0x01:                       # Prc: a grpprl of piece-level properties, skipped
            size = struct.unpack_from("<h", clx, i + 1)[0]
            if size < 0:
                raise ValueError("a Prc has a negative size")
            i += 3 + size
        if clx[i] != 0x02:
            raise ValueError(f"the Clx holds {clx[i]:#04x} where the piece table (0x02) belongs")
        size = _u32(clx, i + 1)
        plc = clx[i + 5: i + 5 + size]
        if len(plc) != size or size < 16 or (size - 4) % 12:
            raise ValueError("the piece table's size does not fit its stream")
        n = (size - 4) // 12
        cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
        out = []
        for k in range(n):
            value = _u32(plc, 4 * (n + 1) + 8 * k + 2)
            if cps[k + 1] < cps[k]:
                raise ValueError("the piece table's character positions go backwards")
            if value & 0x40000000:                  # fCompressed: 8-bit characters at fc / 2
                out.append((cps[k], cps[k + 1], (value & 0x3FFFFFFF) // 2, 1))
            else:
                out.append((cps[k], cps[k + 1], value & 0x3FFFFFFF, 2))
        return out
    except (IndexError, ValueError, struct.error) as e:
        raise UnsupportedFormatError(f"the Word document's piece table (Clx) is damaged ({e}): the file is "
                                     "truncated or damaged", path) from None


def _cp1252(raw: bytes) -> str:
    """[MS-DOC] 2.9.73: 8-bit text is cp1252 (0x80–0x9F as its mapping gives; the five bytes cp1252
    leaves undefined stand for the control characters of the same number)."""
    return raw.decode("cp1252", "ignore") if not any(b in raw for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)) else \
        "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes((b,)).decode("cp1252") for b in raw)


class _Renderer:
    """Paragraphs in reading order; table paragraphs gathered into rows, rows into one table."""

    def __init__(self, settings: ParseSettings, path: Optional[str], papx: Optional[Papx]):
        self.settings, self.path, self.papx = settings, path, papx
        self.parts: list[str] = []
        self.length = 0
        self.cells = []
        self.warnings: list[str] = []
        self.tables = self.cell_count = self.numbered = self.nested = self.covered_text = 0
        self.unplaced_rows = 0
        self.unmarked_cells = 0
        self.rows: list[tuple[list[str], Optional[CellDef]]] = []     # the open table's rows
        self.row: list[str] = []                                        # the open row's finished cells
        self.cell: list[str] = []                                       # the open cell's paragraphs

    def walk(self, segments: list[tuple[str, int, int]]) -> None:
        starts, at = [], 0
        for text, _fc, _w in segments:
            starts.append(at)
            at += len(text)
        full = "".join(t for t, _f, _w in segments)
        fields: list[bool] = []            # open fields, innermost last: True once past the separator
        out: list[str] = []
        last = 0
        for m in _CONTROL.finditer(full):
            i = m.start()
            if all(fields) and i > last:
                out.append(full[last:i])
            last = i + 1
            ch = full[i]
            if ch == "\x13":
                fields.append(False)
            elif ch == "\x14":
                if fields:
                    fields[-1] = True
            elif ch == "\x15":
                if fields:
                    fields.pop()
            elif ch in "\r\x07":
                k = bisect.bisect_right(starts, i) - 1
                _t, fc, width = segments[k]
                self.paragraph("".join(out), ch == "\x07", fc + (i - starts[k]) * width)
                out = []
                if self.length > self.settings.max_text_chars:
                    return
            elif ch in _KEEP and all(fields):
                out.append(_KEEP[ch])
        if all(fields) and last < len(full):
            out.append(full[last:])
        self.paragraph("".join(out), False, None)

    def paragraph(self, text: str, cell_mark: bool, fc: Optional[int]) -> None:
        props = self.papx.at(fc) if self.papx is not None and fc is not None else None
        if props is None or (cell_mark and props.depth == 0):
            if cell_mark:                   # the row-end mark cannot be told from a cell's: one cell a line
                self.unmarked_cells += 1
            self.end_table()
            self.emit_line(text)
            return
        if props.numbered:
            self.numbered += 1
        depth = props.depth
        if depth == 0:
            self.end_table()
            self.emit_line(text)
        elif depth > 1:                     # a table inside a cell: its text is the outer cell's
            self.nested += 1
            if text.strip():
                self.cell.append(text)
        elif cell_mark and props.row_end:
            self.rows.append((self.row, props.cells))
            self.row = []
            self.cell = []
        elif cell_mark:
            self.cell.append(text)
            self.row.append(_cell_text(self.cell))
            self.cell = []
        else:
            self.cell.append(text)

    def emit_line(self, text: str) -> None:
        text = normalize_text(text).rstrip()
        if text.strip():
            self.parts.append(text + "\n")
            self.length += len(text) + 1

    def end_table(self) -> None:
        if self.row or self.cell:           # cells after the last row end (a damaged row): lines
            for t in self.row + ([_cell_text(self.cell)] if self.cell else []):
                self.emit_line(t)
            self.unplaced_rows += 1
            self.row, self.cell = [], []
        if not self.rows:
            return
        rows, self.rows = self.rows, []
        edges = sorted({x for _r, d in rows if d is not None for x in d.edges})
        grid: list[int] = []
        for x in edges:
            if not grid or x - grid[-1] > _SNAP:
                grid.append(x)
        index = self.tables
        self.tables += 1
        for r, (texts, cdef) in enumerate(rows):
            self.cell_count += len(texts)
            if self.cell_count > self.settings.max_table_cells:
                raise DocumentTooLargeError(
                    f"the document's tables hold more than {self.settings.max_table_cells:,} cells; raise "
                    "ParseSettings.max_table_cells (--max-table-cells) to read it", self.path)
            placed = _place(texts, cdef, grid)
            if placed is None:
                self.unplaced_rows += 1
                for t in texts:
                    self.emit_line(t)
                continue
            cols, spans, contents, covered = placed
            self.covered_text += covered
            if cols:
                spans = [min(s, self.settings.max_span) for s in spans]
                line, refs = pipe_row(contents, self.length, index, r, cols, spans)
                self.cells += refs
                self.parts.append(line)
                self.length += len(line)

    def finish(self):
        self.end_table()
        if self.unmarked_cells:
            self.warnings.append(f"{self.unmarked_cells} table cell marks could not be told from row ends (paragraph "
                                 "properties unread): each cell read as a line")
        if self.unplaced_rows:
            self.warnings.append(f"{self.unplaced_rows} table row{'s' if self.unplaced_rows > 1 else ''} whose cells do "
                                 "not match the row's cell edges (or whose edges are unread): read as lines, not "
                                 "placed in columns")
        if self.covered_text:
            self.warnings.append(f"{self.covered_text} merged-away table cell{'s' if self.covered_text > 1 else ''} "
                                 "held text Word does not show: not read")
        if self.nested:
            self.warnings.append("a table inside a table cell: its text is read as the outer cell's text")
        if self.numbered:
            self.warnings.append(f"{self.numbered} paragraph{'s' if self.numbered > 1 else ''} carry automatic list "
                                 "numbers (一、 （一） 1.) that the .doc reader does not render")
        return within("".join(self.parts), self.cells, self.settings.max_text_chars, self.warnings)


def _place(texts: list[str], cdef: Optional[CellDef], grid: list[int]):
    """(columns, spans, contents, covered cells with text) of one row, or None when its cells cannot be
    placed for sure (no cell edges, or not one edge pair a cell)."""
    if cdef is None or len(cdef.edges) != len(texts) + 1:
        return None
    col_of = [bisect.bisect_right(grid, x + _SNAP) - 1 for x in cdef.edges]
    cols, spans, contents, covered = [], [], [], 0
    shown = False                           # the cell before this one is in the row (not covered)
    for k, text in enumerate(texts):
        col, span = col_of[k], col_of[k + 1] - col_of[k]
        if span <= 0:
            return None                     # edges that do not increase: damaged
        horizontal, vertical = cdef.merge(k)
        if horizontal and k:                # merged into the cell before it (the older horizontal merge)
            if shown:
                spans[-1] += span
            covered += bool(text)
            continue
        shown = not vertical
        if vertical:                        # covered by the cell above (a rowspan)
            covered += bool(text)
            continue
        cols.append(col)
        spans.append(span)
        contents.append(text)
    return cols, spans, contents, covered


def _cell_text(paragraphs: list[str]) -> str:
    text = normalize_text(" ".join(p for p in paragraphs if p)).replace("|", "/")
    return _SPACES.sub(" ", text).strip()


def _u16(b: bytes, o: int) -> int:
    return struct.unpack_from("<H", b, o)[0]


def _u32(b: bytes, o: int) -> int:
    return struct.unpack_from("<I", b, o)[0]
