"""Word documents (.docx, Office Open XML) → Document: paragraphs as lines, tables as pipe rows.

Read with the standard library's zipfile and lxml, straight from word/document.xml (python-docx
leaves merged cells, text boxes, fields and tracked changes to its caller). The rendering is the
HTML loader's: a table becomes its grid, each row one `| a | b |` line holding every cell once,
at its first row and grid column (`w:gridSpan` is a colspan, a `w:vMerge` continuation is covered
by the cell above, as a rowspan is), with its CellRef (table, row, column, span); a table that
holds tables is read as text and its inner tables as tables. What Word shows is what is read:

- runs joined (a figure split over many `w:r` is one), `w:tab` a tab, `w:br` a line break, soft
  hyphens dropped;
- tracked changes as accepted: `w:del` and `w:moveFrom` text skipped, `w:ins` kept; hidden text
  (`w:vanish`) skipped; a field's instruction never read, its result read;
- a text box once (`mc:AlternateContent` holds it twice: the VML fallback is skipped), after the
  paragraph it is anchored in;
- list numbers (一、 （一） 1.) from numbering.xml (docx_numbering.py), as Word prints them;
- an HTML or MHT page embedded whole (`w:altChunk`: what web "export to Word" tools write) read by
  the HTML loader where it stands, its cells moved there (other chunks are said not read);
- docProps/core.xml's title as a hint only when the years it names are printed in the body (a
  file made from last year's keeps its title); its created/modified dates are never a publish date.

Hostile input (docs/errors.md): the container and its XML are bounded by docx_package.py; here
table cells count against `max_table_cells`, spans are clamped to `max_span`, the text is cut at
`max_text_chars`, and the walk recurses only as deep as libxml2's depth limit lets a tree be.
"""
from __future__ import annotations

import re
from typing import Optional

from ..document import CellRef, Document, pipe_row, within
from ..errors import DecodeError, DocumentTooLargeError, EmptyDocumentError, UnsupportedFormatError
from ..normalize import normalize_text
from ..settings import ParseSettings
from .docx_numbering import Numbering
from .docx_package import Package, title_hint, word_namespace

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SPACES = re.compile(r"\s+")
_OFF = ("0", "false", "off")
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HTML_CHUNK = (".htm", ".html", ".xhtml", ".mht", ".mhtml")
_CHARS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


def load_docx(data, settings: ParseSettings, path: Optional[str] = None,
              sha256: Optional[str] = None, table_cue=None) -> Document:
    """`data`: the file's bytes or its opened Package (loading.py opens it to tell an OFD file
    apart); `table_cue`: what marks a report table in an embedded HTML chunk (see layout/html.py)."""
    package = data if isinstance(data, Package) else Package(data, settings, path)
    main = package.main_part()
    root = package.xml(main)
    w = word_namespace(root)
    if w is None:
        raise UnsupportedFormatError(f"the ZIP container's main part {main} is not a Word document body", path)
    warnings: list[str] = []
    numbering = styles = None
    for name, target in (("numbering", "numbering.xml"), ("styles", "styles.xml")):
        part = package.related(main, target)
        if part is None:
            continue
        try:
            tree = package.xml(part)
        except UnsupportedFormatError:
            warnings.append(f"the Word file's {target} is damaged: list numbers are not shown")
            continue
        if name == "numbering":
            numbering = tree
        else:
            styles = tree
    renderer = _Renderer(w, settings, path, Numbering(w, numbering, styles))
    renderer.mark_complex(root)
    renderer.chunk = lambda rel_id: _chunk(package, main, rel_id, settings, table_cue)
    body = root.find(w + "body")
    renderer.blocks(body if body is not None else root)
    text, cells = renderer.finish()
    if not text.strip():
        raise EmptyDocumentError("the Word document has no visible text (only pictures, or hidden or deleted text)",
                                 path)
    warnings += renderer.warnings
    if root.getroottree().docinfo.internalDTD is not None:
        warnings.append("the Word document's XML declares a DTD (Word never writes one): its entities were not "
                        "expanded")
    return Document(text=text, format="docx", path=path, sha256=sha256, encoding="utf-8", cells=cells,
                    title_hint=title_hint(package, text, warnings), warnings=warnings)


class _Renderer:
    """One pass over the body in reading order; fields are tracked across paragraphs (a table of
    contents is one field over many)."""

    def __init__(self, w: str, settings: ParseSettings, path: Optional[str], numbering: Numbering):
        self.w, self.settings, self.path, self.numbering = w, settings, path, numbering
        self.parts: list[str] = []
        self.length = 0
        self.cells: list[CellRef] = []
        self.warnings: list[str] = []
        self.tables = 0
        self.cell_count = 0
        self.fields: list[bool] = []        # open fields, innermost last: True once past its separator
        self.clamped = [0, 0]               # gridSpan values clamped: how many, largest
        self.covered_text = 0               # vMerge continuation cells that hold text (Word does not show it)
        t = {name: w + name for name in (
            "p", "r", "t", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins", "del", "moveFrom",
            "moveTo", "smartTag", "hyperlink", "fldSimple", "tab", "ptab", "br", "cr", "noBreakHyphen",
            "softHyphen", "fldChar", "rPr", "pPr", "txbxContent", "vanish", "numPr", "numId", "ilvl", "pStyle",
            "tcPr", "trPr", "gridSpan", "vMerge", "hMerge", "gridBefore", "val", "fldCharType", "bdo", "dir",
            "delText", "instrText", "delInstrText", "sym", "altChunk", "trPr", "cellDel")}
        self.tag = t
        self.inline_skip = frozenset((t["rPr"], t["pPr"], t["del"], t["moveFrom"], t["delText"], t["instrText"],
                                      t["delInstrText"], _MC + "Fallback"))
        self.alt_chunks = 0
        self.complex: set = set()           # paragraphs read by the full walk (mark_complex)
        self.chunk = lambda rel_id: None    # an altChunk's Document (load_docx sets it)

    def append(self, doc: Optional[Document]) -> None:
        """An embedded HTML chunk's Document (w:altChunk: "export to Word" tools put the whole page in
        one) placed here: its text, its cells moved to this position and after this file's tables."""
        if doc is None:
            self.alt_chunks += 1
            return
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")
            self.length += 1
        offset, first = self.length, self.tables
        for c in doc.cells:
            self.cells.append(CellRef(c.start + offset, c.end + offset, first + c.table, c.row, c.col, span=c.span))
        self.tables += 1 + max((c.table for c in doc.cells), default=-1)
        text = doc.text if doc.text.endswith("\n") else doc.text + "\n"
        self.parts.append(text)
        self.length += len(text)
        self.warnings += [f"embedded HTML chunk: {w}" for w in doc.warnings]

    def mark_complex(self, root) -> None:
        """The paragraphs that need the full walk: those holding a field character, hidden text, a
        deletion or move, a text box, alternate content, a symbol or a soft hyphen (every other
        paragraph's text is its text elements in document order)."""
        t = self.tag
        complex_: set = set()
        for el in root.iter(t["fldChar"], t["vanish"], t["del"], t["moveFrom"], t["txbxContent"], t["sym"],
                            t["softHyphen"], _MC + "AlternateContent"):
            node = el.getparent()
            while node is not None:
                if node.tag == t["p"]:
                    if node in complex_:
                        break
                    complex_.add(node)
                node = node.getparent()
        self.complex = complex_

    # ------------------------------------------------------------------ output

    def emit_line(self, text: str) -> None:
        text = normalize_text(text).rstrip()
        if text.strip():
            self.parts.append(text + "\n")
            self.length += len(text) + 1

    def finish(self) -> tuple[str, list[CellRef]]:
        if self.clamped[0]:
            n, largest = self.clamped
            self.warnings.append(f"{n} gridSpan value{'s' if n > 1 else ''} above {self.settings.max_span} "
                                 f"(largest {largest}) clamped to {self.settings.max_span} (ParseSettings.max_span)")
        if self.covered_text:
            self.warnings.append(f"{self.covered_text} merged-away table cell{'s' if self.covered_text > 1 else ''} "
                                 "(w:vMerge continuation) held text Word does not show: not read")
        if self.numbering.unknown:
            self.warnings.append("list numbers in format(s) " + ", ".join(sorted(self.numbering.unknown))
                                 + " are not rendered")
        if self.alt_chunks:
            self.warnings.append(f"{self.alt_chunks} embedded document chunk{'s' if self.alt_chunks > 1 else ''} "
                                 "(w:altChunk: RTF, text or a document Word imports when it opens the file) not "
                                 "read; open the file in Word and save it again to read them")
        return within("".join(self.parts), self.cells, self.settings.max_text_chars, self.warnings)

    # ------------------------------------------------------------------ blocks

    def blocks(self, container) -> None:
        t = self.tag
        for el in container:
            if self.length > self.settings.max_text_chars:
                return
            tag = el.tag
            if tag == t["p"]:
                text, boxes = self.paragraph(el)
                if text is not None:
                    self.emit_line(text)
                for box in boxes:
                    self.blocks(box)
            elif tag == t["tbl"]:
                self.table(el)
            elif tag == t["altChunk"]:
                self.append(self.chunk(el.get(_R_ID)))
            elif tag in (t["del"], t["moveFrom"]) or tag == _MC + "Fallback" or not isinstance(tag, str):
                continue
            elif tag == _MC + "AlternateContent":
                self.blocks(_chosen(el))
            elif tag in (t["sdt"], t["sdtContent"], t["customXml"], t["ins"], t["moveTo"]) or tag == _MC + "Choice":
                self.blocks(el)

    def paragraph(self, p) -> tuple[Optional[str], list]:
        """(the paragraph's text with its list number, or None when Word shows no paragraph; its text boxes)."""
        out: list[str] = []
        boxes: list = []
        if p in self.complex:
            self.inline(p, out, boxes)
        elif all(self.fields):          # plain runs: their text elements in order, in one C-level walk
            t = self.tag
            for el in p.iter(t["t"], t["tab"], t["ptab"], t["br"], t["cr"], t["noBreakHyphen"]):
                tag = el.tag
                if tag == t["t"]:
                    if el.text:
                        out.append(el.text)
                    if len(el):               # unexpanded entity references: their tails are text
                        out.extend(c.tail for c in el if c.tail)
                else:
                    out.append(_CHARS[tag[len(self.w):]])
        text = "".join(out).replace("\u00ad", "")
        ppr = p.find(self.tag["pPr"])
        if ppr is not None:
            mark = ppr.find(self.tag["rPr"])
            if not text.strip() and mark is not None and (
                    mark.find(self.tag["del"]) is not None or _on(mark.find(self.tag["vanish"]), self.tag["val"])):
                return None, boxes             # a deleted or hidden empty paragraph: not shown, not numbered
            numpr = ppr.find(self.tag["numPr"])
            style = ppr.find(self.tag["pStyle"])
            style = style.get(self.tag["val"]) if style is not None else None
            num_id = ilvl = None
            if numpr is not None:
                n, i = numpr.find(self.tag["numId"]), numpr.find(self.tag["ilvl"])
                num_id = n.get(self.tag["val"]) if n is not None else None
                level = i.get(self.tag["val"]) if i is not None else None
                ilvl = int(level) if level and level.isdigit() else None
            if num_id is not None or style is not None:
                text = self.numbering.label(num_id, ilvl, style) + text
        return text, boxes

    def inline(self, el, out: list[str], boxes: list) -> None:
        t = self.tag
        skip = self.inline_skip
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in skip:
                continue
            if tag == t["r"]:
                self.run(child, out, boxes)
            elif tag == t["txbxContent"]:
                boxes.append(child)
            elif tag == _MC + "AlternateContent":
                self.inline(_chosen(child), out, boxes)
            elif tag == t["tbl"] or tag == t["p"]:
                boxes.append((child,))               # block content met inline (damaged nesting): read as a block
            else:                                    # ins, moveTo, hyperlink, smartTag, sdt, fldSimple, drawing …
                self.inline(child, out, boxes)

    def run(self, r, out: list[str], boxes: list) -> None:
        t = self.tag
        rpr = r.find(t["rPr"])
        hidden = rpr is not None and _on(rpr.find(t["vanish"]), t["val"])
        for child in r:
            tag = child.tag
            if tag == t["fldChar"]:
                kind = child.get(t["fldCharType"])
                if kind == "begin":
                    self.fields.append(False)
                elif kind == "separate" and self.fields:
                    self.fields[-1] = True
                elif kind == "end" and self.fields:
                    self.fields.pop()
                continue
            if hidden or not all(self.fields):
                continue
            if tag == t["t"]:
                text = child.text
                if text:
                    out.append(text)
                for entity in child:              # entity references left unexpanded: their tails are text
                    if entity.tail:
                        out.append(entity.tail)
            elif tag == t["tab"] or tag == t["ptab"]:
                out.append("\t")
            elif tag == t["br"] or tag == t["cr"]:
                out.append("\n")
            elif tag == t["noBreakHyphen"]:
                out.append("-")
            elif isinstance(tag, str) and tag not in self.inline_skip and tag != t["softHyphen"] and tag != t["sym"]:
                self.inline(child, out, boxes)          # drawing, pict, AlternateContent: text boxes

    # ------------------------------------------------------------------ tables

    def _rows(self, tbl):
        return self._children(tbl, self.tag["tr"])

    def _cells(self, tr):
        return self._children(tr, self.tag["tc"])

    def _children(self, parent, kind: str):
        """`parent`'s children of tag `kind`, looking through content controls and custom XML."""
        t = self.tag
        for el in parent:
            if el.tag == kind:
                yield el
            elif el.tag in (t["sdt"], t["sdtContent"], t["customXml"]):
                yield from self._children(el, kind)

    def _int(self, parent, name: str, default: int) -> int:
        el = parent.find(self.tag[name]) if parent is not None else None
        value = el.get(self.tag["val"]) if el is not None else None
        return int(value) if value and value.isdigit() else default

    def table(self, tbl) -> None:
        t = self.tag
        if any(True for _ in _inner_tables(tbl, t["tbl"])):
            for tr in self._rows(tbl):            # a layout table around tables: its cells read as text
                for tc in self._cells(tr):
                    self.blocks(tc)
            return
        index = self.tables
        self.tables += 1
        max_span = self.settings.max_span
        rows = []
        for r, tr in enumerate(self._rows(tbl)):
            trpr = tr.find(t["trPr"])
            if trpr is not None and trpr.find(t["del"]) is not None:
                continue                          # a row deleted with tracked changes
            c = min(self._int(trpr, "gridBefore", 0), max_span)
            cols, spans, texts = [], [], []
            for tc in self._cells(tr):
                self.cell_count += 1
                if self.cell_count > self.settings.max_table_cells:
                    raise DocumentTooLargeError(
                        f"the document's tables hold more than {self.settings.max_table_cells:,} cells; raise "
                        "ParseSettings.max_table_cells (--max-table-cells) to read it", self.path)
                tcpr = tc.find(t["tcPr"])
                span = max(self._int(tcpr, "gridSpan", 1), 1)
                if span > max_span:
                    self.clamped = [self.clamped[0] + 1, max(self.clamped[1], span)]
                    span = max_span
                if tcpr is not None and tcpr.find(t["cellDel"]) is not None:
                    continue
                vmerge = tcpr.find(t["vMerge"]) if tcpr is not None else None
                hmerge = tcpr.find(t["hMerge"]) if tcpr is not None else None
                if vmerge is not None and vmerge.get(t["val"]) != "restart":
                    if any((x.text or "").strip() for x in tc.iter(t["t"])):
                        self.covered_text += 1
                    c += span                     # covered by the cell above (a rowspan)
                    continue
                if hmerge is not None and hmerge.get(t["val"]) != "restart" and spans:
                    spans[-1] += span             # the legacy horizontal merge: part of the cell before
                    c += span
                    continue
                cols.append(c)
                spans.append(span)
                texts.append(self.cell_text(tc))
                c += span
            if cols:
                rows.append((r, cols, spans, texts))
        if rows and self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")
            self.length += 1
        for r, cols, spans, texts in rows:
            line, row_cells = pipe_row(texts, self.length, index, r, cols, spans)
            self.cells += row_cells
            self.parts.append(line)
            self.length += len(line)

    def cell_text(self, tc) -> str:
        """The cell's paragraphs (and text boxes) on one line, as the HTML loader cleans a cell."""
        pieces: list[str] = []
        self._cell_pieces(tc, pieces)
        text = normalize_text(" ".join(pieces)).replace("|", "/")
        return _SPACES.sub(" ", text).strip()

    def _cell_pieces(self, container, pieces: list[str]) -> None:
        t = self.tag
        for el in container:
            tag = el.tag
            if tag == t["p"]:
                text, boxes = self.paragraph(el)
                if text:
                    pieces.append(text)
                for box in boxes:
                    self._cell_pieces(box, pieces)
            elif tag == t["tbl"]:                 # (only in a damaged file: a table holding tables is not a grid)
                for tr in self._rows(el):
                    for tc in self._cells(tr):
                        self._cell_pieces(tc, pieces)
            elif tag == _MC + "AlternateContent":
                self._cell_pieces(_chosen(el), pieces)
            elif tag in (t["sdt"], t["sdtContent"], t["customXml"], t["ins"], t["moveTo"]):
                self._cell_pieces(el, pieces)


def _chunk(package: Package, main: str, rel_id: Optional[str], settings: ParseSettings,
           table_cue) -> Optional[Document]:
    """The Document of an embedded HTML or MHTML chunk (w:altChunk), or None when it is not one."""
    part = package.target(main, rel_id) if rel_id else None
    if part is None or not part.lower().endswith(_HTML_CHUNK):
        return None
    from ..decoding import declared_charset, decode_report
    from ..loading import mhtml_page      # (same layer)
    from .html import load_html
    data = package.read(part)
    declared = None
    try:
        if part.lower().endswith((".mht", ".mhtml")):
            data, declared = mhtml_page(data, package.path)
        text, encoding, warnings = decode_report(data, declared or declared_charset(data))
        doc = load_html(text, settings, path=package.path, encoding=encoding, table_cue=table_cue)
    except (UnsupportedFormatError, EmptyDocumentError, DecodeError):
        return None                     # (said as an unread chunk; the rest of the file is still read)
    doc.warnings[:0] = warnings
    return doc


def _inner_tables(tbl, tag: str):
    it = tbl.iter(tag)
    next(it, None)          # the table itself
    return it


def _chosen(alternate):
    """The content Word shows of an mc:AlternateContent: its first mc:Choice, else its mc:Fallback."""
    for child in alternate:
        if child.tag == _MC + "Choice":
            return child
    for child in alternate:
        if child.tag == _MC + "Fallback":
            return child
    return ()


def _on(el, val: str) -> bool:
    """A toggle property (w:vanish, …) that is present and not switched off."""
    return el is not None and (el.get(val) or "true").lower() not in _OFF
