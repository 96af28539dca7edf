"""HTML pages → Document: find the report body, render paragraphs as lines and tables as pipe rows.

The page is parsed by html_tree (its hostile-input bounds are there). Tables (html_table: <table>s,
and tables built of div/ul/li laid out by CSS) become grids with rowspan and colspan expanded (values clamped to ParseSettings.max_span); each grid row is rendered
as one `| a | b |` line with every cell once (its first row and column), so the text engine reads
HTML exactly as it reads pipe-row text, and `Document.cells` keeps each cell's table/row/column.

Cost bounds (hostile pages; see docs/errors.md):
- nesting: elements still deeper than `max_html_depth` after html_tree's flattening are read as
  plain text;
- tables: every cell counts against `max_table_cells`, and so does every grid position a
  rowspan/colspan covers below its row, so a rowspan of 10^6 costs at most the table's row count
  (after clamping to `max_span`), and so do the blank cells a short row is given at its end;
- div tables: a candidate container looks at its children and grandchildren only, a cell's
  subtree is bounded (html_grid._GRID_CELL_ELEMENTS) before its text is taken;
- text: the rendered text is cut at `max_text_chars`, with a warning;
- everything else is one pass over the tree (no per-element subtree scans).
"""
from __future__ import annotations

import itertools
import re
from typing import Optional

import regex
from lxml import etree

from ..document import CellRef, Document
from ..errors import EmptyDocumentError
from ..normalize import normalize_text
from ..patterns import HAN
from ..settings import ParseSettings
from .html_positioned import load_positioned, positioned_pages
from .html_pre import pre_tables
from .html_grid import GRID_TAGS, grid_rows
from .html_rows import inline_cell_tables
from .html_rows import text_of as _text
from .html_table import TableReader
from .html_tree import BLOCK, DATE_TAGS, page_tree
from .text import blank_page_numbers

_DROP = frozenset("script style noscript template iframe object embed svg canvas select option button input "
                  "textarea map area head link meta".split())
_WRAPPERS = ("noscript", "template")      # dropped unless the report's tables are there only
_CHROME_WORDS = (r"nav|menu|header|footer|foot|breadcrumb|crumb|share|related|xgjd|xglj|sidebar|"
                 r"copyright|bottom|topbar|search|login|weixin|qrcode|ewm|toolbar|friendlink|yqlj")
_CHROME = regex.compile(_CHROME_WORDS, regex.I)
_CHROME_ASCII = re.compile(_CHROME_WORDS)         # the same words in lowercase ASCII text
_DATE_META = ("pubdate", "publishdate", "firstpublishedtime", "published_time", "article:published_time", "createdate")
_HIDDEN_STYLE = regex.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", regex.I)
_PREFORMATTED = frozenset(("pre", "listing", "xmp"))      # text whose line breaks are rendered


def load_html(text: str, settings: ParseSettings, path: Optional[str] = None, sha256: Optional[str] = None,
              encoding: Optional[str] = None, utf8: Optional[bytes] = None,
              table_cue: Optional[regex.Pattern] = None) -> Document:
    """`utf8`: see html_tree.page_tree. `table_cue`: what marks a table as the report's (the
    caller's vocabulary); the body is the smallest element holding every such table, else the
    densest block of text."""
    warnings: list[str] = []
    root = page_tree(text, settings, path, warnings, utf8)
    if "<pre" in text or "<PRE" in text:        # (a fixed-width table's gate: html_pre)
        pre_tables(root, warnings)
    title = _title(root)
    date_hint = _meta_date(root)
    body = root.find("body")
    body = body if body is not None else root
    absolute = "absolute" in text
    # (pdf.js's text layers: the style sheet placing their spans is a separate file)
    converted = (absolute and _positioned(text)) or "pdf2htmlEX" in text[:8192] or "textLayer" in text
    if converted or (absolute and _placed_lines(text)):
        doc = _from_positions(root, body, settings, warnings)
        if doc is not None:
            doc.path, doc.sha256, doc.encoding, doc.title_hint, doc.date_hint = path, sha256, encoding, title, date_hint
            return doc
    if converted:           # (a page with lines placed by its style sheet alone says nothing when they are few)
        warnings.append("the page sets its text by absolute positions (a PDF converted to HTML) that do not give "
                        "its lines (its style sheet is not in the page, or runs stand over each other as placed): "
                        "its tables are read from the text alone (rows whose cells the text does not give in order "
                        "are not read)")
    inline_cell_tables(body)
    # `outer` holds its elements' proxies, so lxml hands out the same objects for the whole read
    # and membership tests stay valid
    outer = _outer_tables(body)
    verdicts: dict = {}
    tables: list = []
    body = _report_body(body, outer, verdicts, table_cue, tables)
    # the report's tables only inside <noscript> (what a crawler without scripts was shown) or a <template>
    # (what a script shows): read there, as that browser shows them
    unwrap = bool(tables) and all(any(a.tag in _WRAPPERS for a in t.iterancestors()) for t in tables)
    if unwrap:
        warnings.append("the report's tables are inside <noscript> or <template> (shown without scripts or by "
                        "a script): read from there")
    # every report table hidden by its style (or a block around it) until a script shows it (tabs, a
    # "show the table" button): shown, the rows and cells hidden inside it staying hidden
    unhidden = _hidden_chain(body, tables)
    if unhidden:
        warnings.append("the report's tables are hidden (display:none: a script shows them in a browser): "
                        "read as if shown")
    renderer = _Renderer(settings, outer, path, verdicts, unwrap=unwrap, unhidden=unhidden)
    renderer.warnings.extend(warnings)
    renderer.render(body)
    # a page that hides its body until a script shows it (<div id="app" style="display:none">): read as shown
    shown_by_script = bool(renderer.hidden_chars) and 2 * renderer.hidden_chars > len(_text(body))
    if shown_by_script:
        renderer = _Renderer(settings, outer, path, verdicts, show_hidden=True, unwrap=unwrap, unhidden=unhidden)
        renderer.warnings.extend(warnings)
        renderer.render(body)
    if shown_by_script or any(renderer._hidden(el) for el in (body, *body.iterancestors())):
        renderer.warnings.append("most of the page's text is hidden (display:none: a script shows it in a "
                                 "browser): read as if shown")
    doc_text, cells = renderer.finish()
    doc_text = blank_page_numbers(doc_text)         # a PDF's text pasted into the page
    if not doc_text.strip():
        raise EmptyDocumentError("the HTML page has no visible text (only markup, scripts or site chrome)", path)
    return Document(text=doc_text, format="html", path=path, sha256=sha256, encoding=encoding,
                    cells=cells, title_hint=title, date_hint=date_hint, warnings=renderer.warnings,
                    images=renderer.images, blanks_left_out=converted)


_ABSOLUTE = regex.compile(r"position\s*:\s*absolute", regex.I)
_POSITIONED_RUNS = 20       # text runs placed by position: a converter's page, not a page laid out by its flow


def _positioned(text: str) -> bool:
    """Whether the page places its text runs by absolute positions in their style attributes (a PDF converted
    to HTML): the cheap gate of html_positioned (pdf2htmlEX, which places them by classes, names itself)."""
    return next(itertools.islice(_ABSOLUTE.finditer(text), _POSITIONED_RUNS - 1, None), None) is not None


_TOP = re.compile(r"(?<![\w-])top\s*:\s*-?[\d.]+p[tx]")


def _placed_lines(text: str) -> bool:
    """Whether many elements set a top in their style while the style sheet makes them absolute (MuPDF's
    `p{position:absolute}` and `<p style="top:…;left:…">`)."""
    return next(itertools.islice(_TOP.finditer(text), _POSITIONED_RUNS - 1, None), None) is not None


def _from_positions(root, body, settings: ParseSettings, warnings: list[str]) -> Optional[Document]:
    """The page read from its text's positions (html_positioned), when the positioned runs hold at least
    half of its text; else None (read in flow order)."""
    found = positioned_pages(body, root)
    if found is None:
        return None
    pages, outside = found
    if sum(map(len, pages)) < outside:
        return None
    warnings.append("the page sets its text by absolute positions (a PDF converted to HTML): its lines and "
                    "tables were rebuilt from the positions (character widths estimated)")
    doc = load_positioned(pages, settings, warnings)
    if not doc.text.strip():
        return None
    doc.format = "html"
    return doc


def _title(root) -> Optional[str]:
    """The first non-blank <meta name="ArticleTitle"> content, else <h1> text, else <title> text."""
    found: dict[str, list] = {"meta": [], "h1": [], "title": []}
    for el in root.iter("meta", "h1", "title"):
        if el.tag != "meta":
            found[el.tag].append(el)
        elif el.get("name") == "ArticleTitle" and el.get("content") is not None:
            found["meta"].append(el.get("content"))
    for items in found.values():
        for item in items:
            value = normalize_text(item if isinstance(item, str) else _text(item)).strip()
            if value:
                return value
    return None


def _meta_date(root) -> Optional[str]:
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        if name in _DATE_META and meta.get("content"):
            return meta.get("content").strip()
    for el in root.iter(*DATE_TAGS):
        if _text(el).strip():
            return _text(el).strip()
    return None


_CHROME_TAGS = ("nav", "footer", "header", "aside")


def _is_chrome(el, verdicts: dict) -> bool:
    """Site furniture by tag, class or id; `verdicts` remembers each class/id string's answer (a page
    repeats a handful of them, and the case-blind search costs ~10 µs)."""
    tag = el.tag
    if not isinstance(tag, str):
        return False
    return tag in _CHROME_TAGS or _chrome_ident(el.get("class"), el.get("id"), verdicts)


def _chrome_ident(cls: Optional[str], ident: Optional[str], verdicts: dict) -> bool:
    if cls is None and ident is None:
        return False
    key = f"{cls or ''} {ident or ''}"
    verdict = verdicts.get(key)
    if verdict is None:
        found = _CHROME_ASCII.search(key.lower()) if key.isascii() else _CHROME.search(key)
        verdict = verdicts[key] = bool(key.strip()) and bool(found)
    return verdict


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


def _han(s: str) -> int:
    # not len(findall()): a 20M-character text node would become 20M one-character strings
    return len(s) - len(HAN.sub("", s)) if s and not s.isascii() else 0


def _report_body(body, outer: set, verdicts: dict, cue: Optional[regex.Pattern], found: Optional[list] = None):
    """The smallest element holding every report table (listed in `found`), or the densest text block
    without them."""
    tables = [t for t in body.iter("table") if t not in outer and cue.search(_text(t))] if cue else []
    if found is not None:
        found += tables
    if tables:
        anc = _common_ancestor(tables)
        if anc is not None:
            # widen to the article: paragraphs around the tables belong to the report too. A parent's
            # text length is its child's plus what the child leaves out, so each element is measured
            # once however deep the chain (deep pages stay linear)
            node, length = anc, len(_text(anc))
            while node.getparent() is not None and node is not body:
                parent = node.getparent()
                if _is_chrome(parent, verdicts):
                    break
                wider = length + len(parent.text or "")
                for child in parent:
                    wider += len(child.tail or "")
                    if child is not node and isinstance(child.tag, str):
                        wider += len(_text(child))
                if wider > 3 * length + 4000:
                    break
                node, length = parent, wider
            return node
    sizes = _Sizes(body)            # only pages without a report table need every element's sizes
    best, best_score = body, 0.0
    for el in body.iter("div", "td", "article", "section", "main"):
        if _is_chrome(el, verdicts):
            continue
        _, han, links = sizes.of[el]
        score = han - 2 * links
        if score > best_score:
            best, best_score = el, score
    # a report set directly in the body (<body><p>…</p>) outweighs every block in it: the body is read
    _, han, links = sizes.of[body]
    return body if han - 2 * links >= 2 * best_score else best


def _hidden_chain(body, tables: list) -> frozenset:
    """When every report table is hidden by its style (or a block's around it, below `body`), those tables
    and blocks; else nothing."""
    chain = set()
    for t in tables:
        hiding = []
        node = t
        while node is not None and node is not body:
            if _hides(node):
                hiding.append(node)
            node = node.getparent()
        if not hiding:
            return frozenset()
        chain.update(hiding)
    return frozenset(chain)


def _hides(el) -> bool:
    style = el.get("style")
    return (style is not None and bool(_HIDDEN_STYLE.search(style))) or el.get("hidden") is not None


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


class _Renderer(TableReader):
    def __init__(self, settings: ParseSettings, outer: Optional[set] = None, path: Optional[str] = None,
                 verdicts: Optional[dict] = None, show_hidden: bool = False, unwrap: bool = False,
                 unhidden: frozenset = frozenset()):
        self.settings = settings
        self.path = path
        self.outer = outer if outer is not None else set()
        self.verdicts = verdicts if verdicts is not None else {}     # for _is_chrome
        self.parts: list[str] = []
        self.length = 0
        self.cells: list[CellRef] = []
        self.warnings: list[str] = []
        self.tables = 0
        self.images = 0             # <img> elements read past (a table published as a picture)
        # what a browser does not show (display:none, visibility:hidden, hidden: a page's hidden copies and
        # templates, an Excel export's hidden rows and columns) is skipped, unless show_hidden
        self.show_hidden = show_hidden
        self.drop = _DROP.difference(_WRAPPERS) if unwrap else _DROP
        self.unhidden = unhidden        # hidden elements read all the same (_hidden_chain)
        self.hidden_chars = 0       # characters of hidden elements skipped
        self.styles: dict[str, bool] = {}     # style attribute → hides
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
        # libxml2 walks the tree (iterwalk: a start and an end event per element): pages nested
        # thousands deep must not hit the recursion limit
        limit = self.settings.max_text_chars
        max_depth = self.settings.max_html_depth
        outer, verdicts, parts, drop = self.outer, self.verdicts, self.parts, self.drop
        walker = etree.iterwalk(el, events=("start", "end"))
        depth = -1
        pre = 0         # open preformatted elements: a browser keeps their line breaks, and so do we
        for event, node in walker:
            if self.length > limit:          # the rest would be cut anyway
                break
            tag = node.tag
            if event == "end":
                depth -= 1
                if pre and isinstance(tag, str) and tag.lower() in _PREFORMATTED:
                    pre -= 1
                tail = node.tail
                if tail and node is not el:
                    tail = normalize_text(tail)
                    if not pre:
                        tail = tail.replace("\n", " ")
                    if tail:
                        parts.append(tail)
                        self.length += len(tail)
                if isinstance(tag, str) and tag in BLOCK and parts and parts[-1][-1] != "\n":
                    parts.append("\n")                 # newline(), inlined (parts hold no empty string)
                    self.length += 1
                continue
            depth += 1
            if not isinstance(tag, str):           # comments, processing instructions
                walker.skip_subtree()
                continue
            name = tag.lower()
            if name in _PREFORMATTED:
                pre += 1
            if name in drop or (node is not el and (tag in _CHROME_TAGS or _chrome_ident(
                    node.get("class"), node.get("id"), verdicts))):       # _is_chrome, inlined
                walker.skip_subtree()
                continue
            if not self.show_hidden and node is not el and self._hidden(node) and node not in self.unhidden:
                self.hidden_chars += len(_text(node))
                walker.skip_subtree()
                continue
            if name == "img":
                self.images += 1
            if name == "table" and node not in outer:
                self.newline()
                self.table(node)
                walker.skip_subtree()
                continue
            if name in GRID_TAGS and len(node) > 1 and node not in outer:
                rows = grid_rows(node, self._shown_not)
                if rows is not None:
                    self.newline()
                    self.div_table(rows)
                    walker.skip_subtree()
                    continue
            if depth >= max_depth:
                if not self.depth_warned:
                    self.warnings.append(f"HTML nested deeper than {max_depth} levels: "
                                         "deeper elements read as plain text")
                    self.depth_warned = True
                self.emit(normalize_text(_text(node)).replace("\n", " "))
                walker.skip_subtree()
                continue
            if name in BLOCK and parts and parts[-1][-1] != "\n":
                parts.append("\n")
                self.length += 1
            text = node.text
            if text:
                text = normalize_text(text)
                if not pre:
                    text = text.replace("\n", " ")
                if text:
                    parts.append(text)
                    self.length += len(text)

    def _shown_not(self, el) -> bool:
        return not self.show_hidden and self._hidden(el)

    def _hidden(self, el) -> bool:
        style = el.get("style")
        if style is not None:
            hides = self.styles.get(style)
            if hides is None:
                hides = self.styles[style] = bool(_HIDDEN_STYLE.search(style))
            if hides:
                return True
        return el.get("hidden") is not None
