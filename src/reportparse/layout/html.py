"""HTML pages → Document: find the report body, render paragraphs as lines and tables as pipe rows.

lxml parses without network access or entity expansion. Tables become grids with rowspan and
colspan expanded (values clamped to ParseSettings.max_span); each grid row is rendered as one
`| a | b |` line with every cell once (its first row and column), so the text engine reads HTML
exactly as it reads pipe-row text, and `Document.cells` keeps each cell's table/row/column.
"""
from __future__ import annotations

from typing import Optional

import lxml.html
import regex
from lxml import etree

from ..document import CellRef, Document
from ..errors import DocumentTooLargeError, EmptyDocumentError
from ..normalize import normalize_text
from ..settings import ParseSettings

_BLOCK = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol section article header footer table tr br hr dd dt dl "
                   "blockquote pre center form fieldset address caption figure main".split())
_DROP = frozenset("script style noscript template iframe object embed svg canvas select option button input "
                  "textarea map area head link meta".split())
_CHROME = regex.compile(r"nav|menu|header|footer|foot|breadcrumb|crumb|share|related|xgjd|xglj|sidebar|"
                        r"copyright|bottom|topbar|search|login|weixin|qrcode|ewm|toolbar|friendlink|yqlj", regex.I)
_REPORT_TABLE = regex.compile(r"本年新收|指标名称|第二十条|受理[^|]{0,8}申请总数|主动公开[^|]{0,6}数|行政复议")
_SPACES = regex.compile(r"\s+")
_NON_DIGITS = regex.compile(r"\D")
_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*>", regex.I)
_DATE_META = ("pubdate", "publishdate", "firstpublishedtime", "published_time", "article:published_time", "createdate")


def load_html(text: str, settings: ParseSettings, path: Optional[str] = None, sha256: Optional[str] = None,
              encoding: Optional[str] = None) -> Document:
    text = _XML_DECL.sub("", text, count=1)
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False,
                                  recover=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise EmptyDocumentError(f"the HTML page has no parsable content ({e})", path)
    title = _title(root)
    date_hint = _meta_date(root)
    body = _report_body(root)
    renderer = _Renderer(settings)
    renderer.render(body)
    doc_text = renderer.text()
    if not doc_text.strip():
        raise EmptyDocumentError("the HTML page has no visible text", path)
    return Document(text=doc_text, format="html", path=path, sha256=sha256, encoding=encoding,
                    cells=renderer.cells, title_hint=title, date_hint=date_hint, warnings=renderer.warnings)


def _title(root) -> Optional[str]:
    for xp in ("//meta[@name='ArticleTitle']/@content", "//h1", "//title"):
        found = root.xpath(xp)
        for item in found:
            value = item if isinstance(item, str) else item.text_content()
            value = normalize_text(value).strip()
            if value:
                return value
    return None


def _meta_date(root) -> Optional[str]:
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        if name in _DATE_META and meta.get("content"):
            return "发布日期:" + meta.get("content")
    return None


def _is_chrome(el) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.tag in ("nav", "footer", "header", "aside"):
        return True
    ident = f"{el.get('class', '')} {el.get('id', '')}"
    return bool(ident.strip()) and bool(_CHROME.search(ident))


def _report_body(root):
    """The smallest element holding every report table, or the densest text block without them."""
    body = root.find("body")
    body = body if body is not None else root
    tables = [t for t in body.iter("table") if _REPORT_TABLE.search(t.text_content() or "")
              and not t.xpath(".//table")]
    if tables:
        anc = tables[0]
        while anc is not None and not all(_contains(anc, t) for t in tables):
            anc = anc.getparent()
        if anc is not None:
            # widen to the article: paragraphs around the tables belong to the report too
            node = anc
            while node.getparent() is not None and node is not body:
                parent = node.getparent()
                if _is_chrome(parent) or len(_text(parent)) > 3 * len(_text(node)) + 4000:
                    break
                node = parent
            return node
    best, best_score = body, 0.0
    for el in body.iter("div", "td", "article", "section", "main"):
        if _is_chrome(el):
            continue
        txt = _text(el)
        links = sum(len(a.text_content() or "") for a in el.iter("a"))
        score = len(regex.findall(r"\p{Han}", txt)) - 2 * links
        if score > best_score:
            best, best_score = el, score
    return best


def _contains(anc, el) -> bool:
    node = el
    while node is not None:
        if node is anc:
            return True
        node = node.getparent()
    return False


def _text(el) -> str:
    try:
        return el.text_content() or ""
    except ValueError:
        return ""


class _Renderer:
    def __init__(self, settings: ParseSettings):
        self.settings = settings
        self.parts: list[str] = []
        self.length = 0
        self.cells: list[CellRef] = []
        self.warnings: list[str] = []
        self.tables = 0
        self.cell_count = 0
        self.depth_warned = False

    def emit(self, s: str) -> None:
        if s:
            self.parts.append(s)
            self.length += len(s)

    def newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.emit("\n")

    def text(self) -> str:
        return "".join(self.parts)

    def render(self, el) -> None:
        # iterative walk: pages nested thousands deep must not hit the recursion limit
        stack: list[tuple[object, int, bool]] = [(el, 0, False)]
        while stack:
            node, depth, closing = stack.pop()
            if closing:
                self.emit(normalize_text(node.tail or "").replace("\n", " ") if node is not el else "")
                if isinstance(node.tag, str) and node.tag in _BLOCK:
                    self.newline()
                continue
            if not isinstance(node.tag, str):           # comments, processing instructions
                stack.append((node, depth, True))
                continue
            tag = node.tag.lower()
            if tag in _DROP or (node is not el and _is_chrome(node)):
                stack.append((node, depth, True))
                continue
            if tag == "table" and not node.xpath(".//table"):
                self.newline()
                self.table(node)
                stack.append((node, depth, True))
                continue
            if depth >= self.settings.max_html_depth:
                if not self.depth_warned:
                    self.warnings.append(f"HTML nested deeper than {self.settings.max_html_depth} levels: "
                                         "deeper elements read as plain text")
                    self.depth_warned = True
                self.emit(normalize_text(_text(node)).replace("\n", " "))
                stack.append((node, depth, True))
                continue
            if tag in _BLOCK:
                self.newline()
            self.emit(normalize_text(node.text or "").replace("\n", " "))
            stack.append((node, depth, True))
            for child in reversed(list(node)):
                stack.append((child, depth + 1, False))

    def _span(self, value: Optional[str], what: str) -> int:
        try:
            n = int(_NON_DIGITS.sub("", value or "")[:9] or 1)
        except ValueError:
            n = 1
        if n > self.settings.max_span:
            self.warnings.append(f"a {what} of {n} was clamped to {self.settings.max_span}")
            n = self.settings.max_span
        return max(n, 1)

    def table(self, table) -> None:
        index = self.tables
        self.tables += 1
        rows = [tr for tr in table.iter("tr")]
        occupied: dict[tuple[int, int], bool] = {}
        for r, tr in enumerate(rows):
            line_cells = []
            c = 0
            for td in tr:
                if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th"):
                    continue
                while occupied.get((r, c)):
                    c += 1
                rs = self._span(td.get("rowspan"), "rowspan")
                cs = self._span(td.get("colspan"), "colspan")
                self.cell_count += 1
                if self.cell_count > self.settings.max_table_cells:
                    raise DocumentTooLargeError(
                        f"more than {self.settings.max_table_cells} table cells; raise ParseSettings.max_table_cells")
                for dr in range(min(rs, len(rows) - r)):
                    for dc in range(cs):
                        if dr or dc:
                            occupied[(r + dr, c + dc)] = True
                line_cells.append((c, _cell_text(td)))
                c += cs
            if not line_cells:
                continue
            self.newline()
            self.emit("|")
            for col, content in line_cells:
                self.emit(" ")
                start = self.length
                self.emit(content)
                self.cells.append(CellRef(start, self.length, index, r, col))
                self.emit(" |")
            self.emit("\n")


def _cell_text(td) -> str:
    pieces: list[str] = []
    for chunk in td.itertext():
        chunk = normalize_text(chunk).replace("\n", " ").replace("|", "/")
        chunk = _SPACES.sub(" ", chunk)
        if pieces and pieces[-1][-1:].isdigit() and chunk[:1].isdigit():
            pieces.append(" ")
        pieces.append(chunk)
    return "".join(pieces).strip()
