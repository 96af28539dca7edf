"""Small .docx files written for tests (zipfile + XML strings): invented content only.

The pieces are WordprocessingML as Word writes it: `para` (runs, list numbers, styles), `run` (text
split over several w:r, hidden, deleted, inserted), `table` (w:gridSpan, w:vMerge restart/continue),
`textbox` (the DrawingML shape and its VML fallback, as Word writes both), `field` (an instruction
and its result); `numbering` builds numbering.xml; `package` zips a document with its parts.
tools/make_docx_fixtures.py writes the whole-report fixtures with them.
"""
from __future__ import annotations

import io
import zipfile
from html import escape
from typing import Iterable, Optional, Sequence, Union

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" mc:Ignorable="wps"')


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text, quote=False)}</w:t>'


def run(text: str = "", hidden: bool = False, inner: str = "") -> str:
    """One w:r; `inner`: raw run content (w:tab, w:br, a field char …) after the text."""
    props = "<w:rPr><w:rFonts w:hint=\"eastAsia\"/><w:vanish/></w:rPr>" if hidden else \
        "<w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr>"
    return f"<w:r>{props}{t(text) if text else ''}{inner}</w:r>"


def runs(text: str, size: int = 1) -> str:
    """The text cut into runs of `size` characters (as spell-check and revision marks leave it)."""
    return "".join(run(text[i:i + size]) for i in range(0, len(text), size))


def deleted(text: str) -> str:
    return f'<w:del w:id="1" w:author="x" w:date="2022-01-01T00:00:00Z"><w:r><w:delText>{escape(text)}</w:delText></w:r></w:del>'


def inserted(text: str) -> str:
    return f'<w:ins w:id="2" w:author="x" w:date="2022-01-01T00:00:00Z">{run(text)}</w:ins>'


def field(instruction: str, result: str) -> str:
    """A complex field: its instruction (never shown) and its last result (shown)."""
    return (run(inner='<w:fldChar w:fldCharType="begin"/>') + f"<w:r><w:instrText>{escape(instruction)}</w:instrText></w:r>"
            + run(inner='<w:fldChar w:fldCharType="separate"/>') + run(result) + run(inner='<w:fldChar w:fldCharType="end"/>'))


def simple_field(instruction: str, result: str) -> str:
    return f'<w:fldSimple w:instr="{escape(instruction)}">{run(result)}</w:fldSimple>'


def para(*content: str, num: Optional[tuple[int, int]] = None, style: Optional[str] = None,
         mark: str = "") -> str:
    """A paragraph of runs (a bare str without "<" is one run); num = (numId, ilvl); mark: raw rPr
    of the paragraph mark (<w:del …/>, <w:vanish/>)."""
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if mark:
        props += f"<w:rPr>{mark}</w:rPr>"
    body = "".join(c if c.startswith("<") else run(c) for c in content)
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{body}</w:p>"


Cell = Union[str, dict]


def table(rows: Sequence[Sequence[Cell]], grid: Optional[int] = None) -> str:
    """rows of cells: a str (its text, or raw paragraphs when it starts with "<w:"), or a dict with
    text / span (w:gridSpan) / vmerge ("restart" | "continue")."""
    width = grid or max(sum((c.get("span", 1) if isinstance(c, dict) else 1) for c in r) for r in rows)
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
           + '<w:gridCol w:w="800"/>' * width + "</w:tblGrid>"]
    for r in rows:
        out.append("<w:tr>")
        for c in r:
            c = {"text": c} if isinstance(c, str) else c
            props = '<w:tcW w:w="800" w:type="dxa"/>'
            if c.get("span", 1) > 1:
                props += f'<w:gridSpan w:val="{c["span"]}"/>'
            if c.get("vmerge") == "restart":
                props += '<w:vMerge w:val="restart"/>'
            elif c.get("vmerge") == "continue":
                props += "<w:vMerge/>"
            text = c.get("text", "")
            body = text if text.startswith("<w:") else para(text) if text else "<w:p/>"
            out.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def alt_chunk(rel_id: str) -> str:
    """An embedded document (HTML, MHT …) Word imports when it opens the file (package(chunks=…))."""
    return f'<w:altChunk r:id="{rel_id}"/>'


def textbox(*paragraphs: str) -> str:
    """A run holding a floating text box, written twice as Word writes it (DrawingML, VML fallback)."""
    content = "<w:txbxContent>" + "".join(paragraphs) + "</w:txbxContent>"
    choice = ('<mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="box"/><a:graphic>'
              '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
              f"<wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>")
    fallback = f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
    return f"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>"


def numbering(lists: dict[int, Sequence[tuple[str, str]]], nums: Optional[dict[int, int]] = None,
              starts: Optional[dict[int, dict[int, int]]] = None) -> str:
    """numbering.xml: lists = {abstractNumId: [(numFmt, lvlText) per level]}; nums = {numId: abstractNumId}
    (default: numId = abstractNumId); starts = {numId: {ilvl: startOverride}}."""
    out = [f"<w:numbering {NS}>"]
    for aid, levels in lists.items():
        out.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>')
        for i, (fmt, text) in enumerate(levels):
            out.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                       f'<w:lvlText w:val="{escape(text)}"/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/></w:lvl>')
        out.append("</w:abstractNum>")
    for num, aid in (nums or {a: a for a in lists}).items():
        overrides = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{s}"/></w:lvlOverride>'
                            for i, s in (starts or {}).get(num, {}).items())
        out.append(f'<w:num w:numId="{num}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>')
    out.append("</w:numbering>")
    return "".join(out)


def styles(numbered: dict[str, tuple[int, int]]) -> str:
    """styles.xml with paragraph styles that carry a list number: {styleId: (numId, ilvl)}."""
    out = [f"<w:styles {NS}>"]
    for sid, (num, ilvl) in numbered.items():
        out.append(f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{sid}"/><w:pPr><w:numPr>'
                   f'<w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr></w:style>')
    out.append("</w:styles>")
    return "".join(out)


_CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                  'wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
         'core-properties" Target="docProps/core.xml"/></Relationships>')
_DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'numbering" Target="numbering.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'styles" Target="styles.xml"/></Relationships>')


def core(title: Optional[str], created: str = "2020-03-02T08:00:00Z", modified: str = "2020-03-05T09:30:00Z") -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + (f"<dc:title>{escape(title)}</dc:title>" if title is not None else "")
            + f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')


def document(blocks: Iterable[str]) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>'
            + "".join(blocks) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')


def package(blocks: Iterable[str], numbering_xml: Optional[str] = None, styles_xml: Optional[str] = None,
            title: Optional[str] = None, created: str = "2020-03-02T08:00:00Z",
            modified: str = "2020-03-05T09:30:00Z", extra: Optional[dict[str, Union[str, bytes]]] = None,
            document_xml: Optional[str] = None, chunks: Optional[dict[str, tuple[str, bytes]]] = None) -> bytes:
    """The .docx bytes (deterministic: fixed entry times). chunks = {relationship id: (part name under
    word/, bytes)}: parts a <w:altChunk r:id="…"/> names (`alt_chunk`)."""
    parts: dict[str, Union[str, bytes]] = {
        "[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS,
        "word/document.xml": document_xml if document_xml is not None else document(blocks),
        "word/_rels/document.xml.rels": _DOC_RELS.replace("</Relationships>", "".join(
            f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            f'aFChunk" Target="{name}"/>' for rid, (name, _) in (chunks or {}).items()) + "</Relationships>"),
        "docProps/core.xml": core(title, created, modified)}
    for name, content in (chunks or {}).values():
        parts["word/" + name] = content
    if numbering_xml:
        parts["word/numbering.xml"] = numbering_xml
    if styles_xml:
        parts["word/styles.xml"] = styles_xml
    parts.update(extra or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 3, 5, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content.encode("utf-8") if isinstance(content, str) else content)
    return buf.getvalue()
