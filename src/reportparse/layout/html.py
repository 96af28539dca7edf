"""HTML pages → Document: find the report body, render paragraphs as lines and tables as pipe rows.

lxml's HTML parser is used with no network access; it has no DTD processing, so external (and
internal) entities declared in a DOCTYPE are never resolved or fetched (tests/test_hostile.py).
Tables become grids with rowspan and colspan expanded (values clamped to ParseSettings.max_span);
each grid row is rendered as one `| a | b |` line with every cell once (its first row and column),
so the text engine reads HTML exactly as it reads pipe-row text, and `Document.cells` keeps each
cell's table/row/column.

Cost bounds (hostile pages; see docs/errors.md):
- elements: a page with more start tags than `max_html_elements` (default 500,000; at that size
  parsing takes ~4 s and ~0.4 GB) raises DocumentTooLargeError before lxml builds the tree;
- attributes: libxml2 checks each attribute of a tag against the ones before it (quadratic: 80,000
  attributes on one tag took 90 s), so a tag keeps its first `MAX_ATTRIBUTES` (64), with a warning;
- nesting: libxml2 stops building the tree at depth 256 (2048 with huge_tree) and silently drops
  the rest of the page. A page nested deeper than that, or deeper than `max_html_depth`, is
  flattened (every tag but table structure dropped) and parsed again, with a warning; a page whose
  tables alone are still too deep for libxml2 raises DocumentTooLargeError. Elements still deeper
  than `max_html_depth` after flattening are read as plain text;
- tables: every cell counts against `max_table_cells`, and so does every grid position a
  rowspan/colspan covers below its row, so a rowspan of 10^6 costs at most the table's row count
  (after clamping to `max_span`);
- text: the rendered text is cut at `max_text_chars`, with a warning;
- everything else is one pass over the tree (no per-element subtree scans).
"""
from __future__ import annotations

import itertools
import re
from typing import Optional

import lxml.html
import regex
from lxml import etree

from ..document import CellRef, Document
from ..errors import DocumentTooLargeError, EmptyDocumentError
from ..normalize import normalize_text
from ..patterns import HAN
from ..settings import ParseSettings

_BLOCK = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol section article header footer table tr br hr dd dt dl "
                   "blockquote pre center form fieldset address caption figure main".split())
_DROP = frozenset("script style noscript template iframe object embed svg canvas select option button input "
                  "textarea map area head link meta".split())
_CHROME = regex.compile(r"nav|menu|header|footer|foot|breadcrumb|crumb|share|related|xgjd|xglj|sidebar|"
                        r"copyright|bottom|topbar|search|login|weixin|qrcode|ewm|toolbar|friendlink|yqlj", regex.I)
_REPORT_TABLE = regex.compile(r"本年新收|指标名称|第二十条|受理[^|]{0,8}申请总数|主动公开[^|]{0,6}数|行政复议")
# lxml refuses a str that starts with an XML declaration naming an encoding (the text is decoded already)
_XML_DECL = regex.compile(r"^[\s\ufeff]*<\?xml[^>]*>", regex.I)
_DATE_META = ("pubdate", "publishdate", "firstpublishedtime", "published_time", "article:published_time", "createdate")
_DATE_TAGS = ("publishtime",)     # a CMS's own element: <publishtime>2023-01-18 09:00</publishtime>
_SPACES = regex.compile(r"\s+")
_ASCII_SPACE_NOT_BLANK = frozenset("\t\n\x0b\x0c\r")     # what _SPACES matches in ASCII, besides " "
_TAG_OPEN = regex.compile(r"<[A-Za-z]")
_ANY_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_.-]*)[^>]*>")
# HTML "rules for parsing non-negative integers": leading spaces, an optional +, digits; the rest ignored
_SPAN_VALUE = regex.compile(r"^[\s]*\+?([0-9]{1,12})")     # ASCII digits only, as browsers read them
# what a flattened page keeps: table structure, the title, and what the renderer drops anyway
_FLAT_KEEP = frozenset("html head body title meta table thead tbody tfoot tr td th caption col colgroup br "
                       "script style noscript template".split()) | frozenset(_DATE_TAGS)

DEFAULT_MAX_HTML_ELEMENTS = 500_000
MAX_ATTRIBUTES = 64
# A start tag with its attributes, quotes honoured as libxml2 honours them. The standard library's
# possessive quantifiers (Python 3.11+) keep no backtracking state: the `regex` module ran out of
# memory on a 37 MB tag.
try:
    _START_TAG = re.compile(r"""(<[A-Za-z][A-Za-z0-9:_.-]*+)((?:[^<>"']++|"[^"]*+"|'[^']*+')++)>""")
except re.error:                                   # Python 3.10
    _START_TAG = re.compile(r"""(<[A-Za-z][A-Za-z0-9:_.-]*)((?:[^<>"']+|"[^"]*"|'[^']*')+)>""")
_ATTRIBUTE = re.compile(r"""\s+[^\s=<>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>"']+))?""")
LIBXML_MAX_DEPTH = 255          # libxml2's nesting limit without XML_PARSE_HUGE
LIBXML_HUGE_DEPTH = 2048        # and with it


def load_html(text: str, settings: ParseSettings, path: Optional[str] = None, sha256: Optional[str] = None,
              encoding: Optional[str] = None) -> Document:
    text = _XML_DECL.sub("", text, count=1)
    warnings: list[str] = []
    _check_elements(text, settings, path)
    text = _limit_attributes(text, warnings)
    root = _parse(text, settings, path, warnings)
    # one Python proxy per element for the whole read: lxml.html looks up each proxy's class in
    # Python, and the passes below would otherwise build them again and again
    alive = list(root.iter())
    title = _title(root)
    date_hint = _meta_date(root)
    body = root.find("body")
    body = body if body is not None else root
    outer = _outer_tables(body)
    body = _report_body(body, outer)
    renderer = _Renderer(settings, outer, path)
    renderer.warnings.extend(warnings)
    renderer.render(body)
    doc_text, cells = renderer.finish()
    del alive
    if not doc_text.strip():
        raise EmptyDocumentError("the HTML page has no visible text (only markup, scripts or site chrome)", path)
    return Document(text=doc_text, format="html", path=path, sha256=sha256, encoding=encoding,
                    cells=cells, title_hint=title, date_hint=date_hint, warnings=renderer.warnings)


def _check_elements(text: str, settings: ParseSettings, path: Optional[str]) -> None:
    """Refuse a page whose parse tree alone would be too big (~300 bytes of tree per element)."""
    limit = getattr(settings, "max_html_elements", DEFAULT_MAX_HTML_ELEMENTS)
    if text.count("<") <= limit:
        return
    if next(itertools.islice(_TAG_OPEN.finditer(text), limit, None), None) is not None:
        raise DocumentTooLargeError(
            f"the HTML page has more than {limit:,} elements; a report page has a few thousand. "
            "Raise ParseSettings.max_html_elements to read it anyway", path)


def _limit_attributes(text: str, warnings: list[str]) -> str:
    """Tags with more than MAX_ATTRIBUTES attributes keep the first ones (only long tags are looked at)."""
    pieces: list[str] = []       # the text rebuilt only around the tags that are cut (rarely any)
    pos = cut = 0
    for m in _START_TAG.finditer(text):
        if m.end(2) - m.start(2) < 2 * MAX_ATTRIBUTES:       # too short to hold that many attributes
            continue
        attrs = list(itertools.islice(_ATTRIBUTE.finditer(m.group(2)), MAX_ATTRIBUTES + 1))
        if len(attrs) <= MAX_ATTRIBUTES:
            continue
        cut += 1
        pieces += [text[pos:m.start()], m.group(1) + m.group(2)[: attrs[MAX_ATTRIBUTES - 1].end()] + ">"]
        pos = m.end()
    if cut:
        text = "".join(pieces) + text[pos:]
        warnings.append(f"{cut} HTML tag{'s' if cut > 1 else ''} with more than {MAX_ATTRIBUTES} attributes: "
                        "only the first ones were kept")
    return text


def _parse(text: str, settings: ParseSettings, path: Optional[str], warnings: list[str]):
    # huge_tree lifts libxml2's own depth limit (256 → 2048) so that max_html_depth decides; the
    # input is already bounded by max_bytes and max_html_elements
    huge = settings.max_html_depth > LIBXML_MAX_DEPTH
    root, dropped = _parse_once(text, huge, path)
    if dropped or _deeper_than(root, settings.max_html_depth):
        root = None                  # free the first tree before building the second
        why = (f"deeper than libxml2 can follow ({LIBXML_HUGE_DEPTH if huge else 256} levels)" if dropped
               else f"deeper than {settings.max_html_depth} levels (ParseSettings.max_html_depth)")
        warnings.append(f"HTML nested {why}: the page was read flattened, only its table structure "
                        "kept (site menus are not told apart from the body)")
        root, dropped = _parse_once(_flatten(text), huge, path)
        if dropped:
            raise DocumentTooLargeError(
                f"the HTML page nests its tables {why}; it is not a report page as published", path)
    return root


def _deeper_than(root, depth: int) -> bool:
    """Whether any element sits more than `depth` levels below <html> (one XPath pass, in C)."""
    if depth >= LIBXML_HUGE_DEPTH - 1:       # libxml2 builds no deeper tree (and its XPath would recurse too far)
        return False
    depth = max(depth, 0)
    return bool(root.getroottree().xpath("boolean(" + "/*" * (depth + 2) + ")"))


def _parse_once(text: str, huge: bool, path: Optional[str]):
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=huge,
                                  recover=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.LxmlError, ValueError) as e:
        raise EmptyDocumentError(f"the HTML page has no parsable content ({e})", path) from None
    too_deep = any(err.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in (err.message or "")
                   for err in parser.error_log)
    return root, too_deep


def _flatten(text: str) -> str:
    """The page without its nesting: every tag but table structure dropped (block tags become <br>)."""
    def tag(m) -> str:
        name = m.group(2).lower()
        if name in _FLAT_KEEP:
            return m.group()
        return "<br>" if name in _BLOCK else ""
    return _ANY_TAG.sub(tag, text)


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
            return meta.get("content").strip()
    for el in root.iter(*_DATE_TAGS):
        if el.text_content().strip():
            return el.text_content().strip()
    return None


def _is_chrome(el) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.tag in ("nav", "footer", "header", "aside"):
        return True
    ident = f"{el.get('class', '')} {el.get('id', '')}"
    return bool(ident.strip()) and bool(_CHROME.search(ident))


def _outer_tables(body) -> set:
    """Every element with a <table> below it (one upward walk per table, each node marked once)."""
    outer: set = set()
    for t in body.iter("table"):
        node = t.getparent()
        while node is not None and node not in outer:
            outer.add(node)
            node = node.getparent()
    return outer


class _Sizes:
    """text_content() length, Han count and link-text length of every element, in one bottom-up pass."""

    def __init__(self, body):
        self.of: dict = {}
        for el in reversed(list(body.iter())):
            if not isinstance(el.tag, str):
                continue
            own = el.text or ""
            n, han, links = len(own), _han(own), 0
            for child in el:
                tail = child.tail or ""
                n += len(tail)
                han += _han(tail)
                if isinstance(child.tag, str):
                    cn, chan, clinks = self.of[child]
                    n, han, links = n + cn, han + chan, links + clinks
            if el.tag == "a":
                links += n
            self.of[el] = (n, han, links)

    def length(self, el) -> int:
        return self.of[el][0] if el in self.of else len(_text(el))


def _han(s: str) -> int:
    # not len(findall()): a 20M-character text node would become 20M one-character strings
    return len(s) - len(HAN.sub("", s)) if s and not s.isascii() else 0


def _report_body(body, outer: set):
    """The smallest element holding every report table, or the densest text block without them."""
    tables = [t for t in body.iter("table") if t not in outer and _REPORT_TABLE.search(_text(t))]
    sizes = _Sizes(body)
    if tables:
        anc = _common_ancestor(tables)
        if anc is not None:
            # widen to the article: paragraphs around the tables belong to the report too
            node = anc
            while node.getparent() is not None and node is not body:
                parent = node.getparent()
                if _is_chrome(parent) or sizes.length(parent) > 3 * sizes.length(node) + 4000:
                    break
                node = parent
            return node
    best, best_score = body, 0.0
    for el in body.iter("div", "td", "article", "section", "main"):
        if _is_chrome(el):
            continue
        _, han, links = sizes.of[el]
        score = han - 2 * links
        if score > best_score:
            best, best_score = el, score
    return best


def _common_ancestor(nodes: list):
    """The deepest element containing every node (each element on the way visited once)."""
    chain = []
    node = nodes[0]
    while node is not None:
        chain.append(node)
        node = node.getparent()
    position = {n: i for i, n in enumerate(chain)}
    meet: dict = {}                    # element → index in chain where its upward walk meets it
    highest = 0
    for start in nodes[1:]:
        walked = []
        node = start
        while node is not None and node not in position and node not in meet:
            walked.append(node)
            node = node.getparent()
        if node is None:
            return None
        at = position[node] if node in position else meet[node]
        for w in walked:
            meet[w] = at
        highest = max(highest, at)
    return chain[highest]


def _text(el) -> str:
    try:
        return el.text_content() or ""
    except ValueError:
        return ""


class _Renderer:
    def __init__(self, settings: ParseSettings, outer: Optional[set] = None, path: Optional[str] = None):
        self.settings = settings
        self.path = path
        self.outer = outer if outer is not None else set()
        self.parts: list[str] = []
        self.length = 0
        self.cells: list[CellRef] = []
        self.warnings: list[str] = []
        self.tables = 0
        self.cell_count = 0
        self.depth_warned = False
        self.clamped: dict[str, list[int]] = {}     # rowspan/colspan → [how many, largest value]

    def emit(self, s: str) -> None:
        if s:
            self.parts.append(s)
            self.length += len(s)

    def newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.emit("\n")

    def text(self) -> str:
        return "".join(self.parts)

    def finish(self) -> tuple[str, list[CellRef]]:
        """The rendered text, cut at max_text_chars (a warning), and the cells inside it."""
        text = self.text()
        limit = self.settings.max_text_chars
        for what, (count, largest) in self.clamped.items():
            self.warnings.append(f"{count} {what} value{'s' if count > 1 else ''} above {self.settings.max_span} "
                                 f"(largest {largest}) clamped to {self.settings.max_span} (ParseSettings.max_span)")
        self.clamped = {}
        if len(text) <= limit:
            return text, self.cells
        self.warnings.append(f"the page's text was cut at {limit:,} characters (ParseSettings.max_text_chars); "
                             "figures after that point were not read")
        return text[:limit], [c for c in self.cells if c.end <= limit]

    def render(self, el) -> None:
        # iterative walk: pages nested thousands deep must not hit the recursion limit
        limit = self.settings.max_text_chars
        stack: list[tuple[object, int, bool]] = [(el, 0, False)]
        while stack:
            if self.length > limit:          # the rest would be cut anyway
                break
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
            if tag == "table" and node not in self.outer:
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
        m = _SPAN_VALUE.match(value) if value else None
        n = int(m.group(1)) if m else 1
        if n > self.settings.max_span:
            seen = self.clamped.setdefault(what, [0, 0])
            seen[0] += 1
            seen[1] = max(seen[1], n)
            n = self.settings.max_span
        return max(n, 1)

    def _count(self, n: int) -> None:
        self.cell_count += n
        if self.cell_count > self.settings.max_table_cells:
            raise DocumentTooLargeError(
                f"the page's tables hold more than {self.settings.max_table_cells:,} cells (counting the grid "
                "positions each rowspan/colspan covers); raise ParseSettings.max_table_cells "
                "(--max-table-cells) to read it", self.path)

    def table(self, table) -> None:
        index = self.tables
        self.tables += 1
        rows = [tr for tr in table.iter("tr")]
        # grid positions taken by a cell of an earlier row (rowspan); a cell's own row needs no entry
        occupied: set[tuple[int, int]] = set()
        for r, tr in enumerate(rows):
            line_cells = []
            c = 0
            for td in tr:
                if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th"):
                    continue
                while (r, c) in occupied:
                    c += 1
                rs = min(self._span(td.get("rowspan"), "rowspan"), len(rows) - r)
                cs = self._span(td.get("colspan"), "colspan")
                # the cell, and the positions its rowspan takes in the rows below: bounded before allocating
                self._count(1 + (rs - 1) * cs)
                for dr in range(1, rs):
                    for dc in range(cs):
                        occupied.add((r + dr, c + dc))
                line_cells.append((c, _cell_text(td)))
                c += cs
            if not line_cells:
                continue
            self.newline()
            # emit() inlined (a page has thousands of cells): "| a | b |\n", no empty part kept
            parts, length = self.parts, self.length
            parts.append("|")
            length += 1
            for col, content in line_cells:
                parts.append(" ")
                start = length + 1
                if content:
                    parts.append(content)
                length = start + len(content)
                self.cells.append(CellRef(start, length, index, r, col))
                parts.append(" |")
                length += 2
            parts.append("\n")
            self.length = length + 1


def _cell_text(td) -> str:
    pieces: list[str] = []
    # a cell without child elements holds its text alone: no itertext() walk (lxml's costs ~2 µs)
    for chunk in td.itertext() if len(td) else (td.text,) if td.text else ():
        chunk = normalize_text(chunk).replace("\n", " ").replace("|", "/")
        if not (chunk.isascii() and "  " not in chunk and _ASCII_SPACE_NOT_BLANK.isdisjoint(chunk)):
            chunk = _SPACES.sub(" ", chunk)        # (skipped where it would change nothing: most cells)
        if pieces and pieces[-1][-1:].isdigit() and chunk[:1].isdigit():
            pieces.append(" ")
        pieces.append(chunk)
    return "".join(pieces).strip()
