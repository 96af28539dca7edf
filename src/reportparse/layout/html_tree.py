"""HTML text → lxml tree, with the costs a hostile page could impose bounded (docs/errors.md).

lxml's HTML parser is used with no network access; it has no DTD processing, so external (and
internal) entities declared in a DOCTYPE are never resolved or fetched (tests/test_hostile.py).

- elements: a page with more start tags than `max_html_elements` (default 500,000; at that size
  parsing takes ~4 s and ~0.4 GB) raises DocumentTooLargeError before lxml builds the tree;
- attributes: libxml2 checks each attribute of a tag against the ones before it (quadratic: 80,000
  attributes on one tag took 90 s), so a tag keeps its first `MAX_ATTRIBUTES` (64), with a warning;
- nesting: libxml2 stops building the tree at depth 256 (2048 with huge_tree) and silently drops
  the rest of the page. A page nested deeper than that, or deeper than `max_html_depth`, is
  flattened (every tag but table structure dropped) and parsed again, with a warning; a page whose
  tables alone are still too deep for libxml2 raises DocumentTooLargeError;
- frames: an <iframe srcdoc> page is read in place (_inline_frames), its elements counted with the
  page's against `max_html_elements`, frames nested at most _FRAME_LEVELS deep.
"""
from __future__ import annotations

import functools
import itertools
import re
from typing import Optional

import regex
from lxml import etree

from ..errors import DocumentTooLargeError, EmptyDocumentError
from ..settings import ParseSettings

BLOCK = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol section article header footer table tr br hr dd dt dl "
                  "blockquote pre center form fieldset address caption figure main".split())
DATE_TAGS = ("publishtime",)     # a CMS's own element: <publishtime>2023-01-18 09:00</publishtime>
# lxml refuses a str that starts with an XML declaration naming an encoding (the text is decoded already)
_XML_DECL = regex.compile(r"^[\s\ufeff]*<\?xml[^>]*>", regex.I)
_TAG_OPEN = regex.compile(r"<[A-Za-z]")
_ANY_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_.-]*)[^>]*>")
# what a flattened page keeps: table structure, the title, and what the renderer drops anyway
_FLAT_KEEP = frozenset("html head body title meta table thead tbody tfoot tr td th caption col colgroup br "
                       "script style noscript template".split()) | frozenset(DATE_TAGS)

DEFAULT_MAX_HTML_ELEMENTS = 500_000
MAX_ATTRIBUTES = 64
# A start tag, its attributes (group 1, not empty) with quotes honoured as libxml2 honours them:
# unquoted text, then quoted strings each followed by unquoted text (the loop unrolled, which also
# keeps the backtracking of Python 3.10 linear). The standard library's possessive quantifiers
# (Python 3.11+) keep no backtracking state: the `regex` module ran out of memory on a 37 MB tag.
try:
    _START_TAG = re.compile(r"""<[A-Za-z][A-Za-z0-9:_.-]*+((?!>)[^<>"']*+(?:(?:"[^"]*+"|'[^']*+')[^<>"']*+)*+)>""")
except re.error:                                   # Python 3.10
    # the same matches: a lookahead keeps the tag name whole (backtracking into it found '<pa>' a tag with
    # attributes 'a'); the runs after it end only where a quote or '>' stands, so giving back changes nothing
    _START_TAG = re.compile(r"""<[A-Za-z][A-Za-z0-9:_.-]*(?![A-Za-z0-9:_.-])((?!>)[^<>"']*(?:(?:"[^"]*"|'[^']*')[^<>"']*)*)>""")
_ATTRIBUTE = re.compile(r"""\s+[^\s=<>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>"']+))?""")
LIBXML_MAX_DEPTH = 255          # libxml2's nesting limit without XML_PARSE_HUGE
LIBXML_HUGE_DEPTH = 2048        # and with it


def page_tree(text: str, settings: ParseSettings, path: Optional[str], warnings: list[str],
              utf8: Optional[bytes] = None):
    """The page's root element. `utf8`, when given, holds the bytes `text` is the exact UTF-8 decoding
    of: libxml2 reads them as they are (a str it would first convert from UTF-16 back to UTF-8)."""
    declaration = _XML_DECL.match(text)
    if declaration:
        text = text[declaration.end():]
    _check_elements(text, settings, path)
    limited = _limit_attributes(text, warnings)
    root = _parse(limited, settings, path, warnings, utf8 if limited is text and not declaration else None)
    root = _inline_frames(root, text, settings, path, warnings) if _SRCDOC.search(text) else root
    return _inline_sources(root, text, settings, path, warnings) if "<textarea" in text or "<TEXTAREA" in text else root


_FRAME_LEVELS = 3       # frames inside frames inside frames: a saved page nests no deeper
_SRCDOC = regex.compile(r"srcdoc", regex.I)     # no frame's page in the text: no walk of the tree for one


def _inline_frames(root, text: str, settings: ParseSettings, path: Optional[str], warnings: list[str]):
    """Each <iframe srcdoc="…"> replaced by the body of the page it holds, as a browser shows it there (a
    page saver such as SingleFile stores a frame's page so). The frames' pages count against
    max_html_elements with the page; frames nested deeper than _FRAME_LEVELS stay unread."""
    budget = None
    read = 0
    for _ in range(_FRAME_LEVELS):
        frames = [f for f in root.iter("iframe") if (f.get("srcdoc") or "").strip()]
        if not frames:
            break
        budget = budget or _Budget(text, settings, path, "the pages in its frames")
        for frame in frames:
            read += _put_page(frame, _XML_DECL.sub("", frame.get("srcdoc"), count=1), budget, settings, path, warnings)
    if read:
        warnings.append(f"{read} frame{'s' if read > 1 else ''} (<iframe srcdoc>) read in place")
    return root


class _Budget:
    """The elements a page's inner pages (frames, table sources) may still add: max_html_elements less the page's."""
    def __init__(self, text: str, settings: ParseSettings, path: Optional[str], what: str):
        self.limit = getattr(settings, "max_html_elements", DEFAULT_MAX_HTML_ELEMENTS)
        self.left, self.path, self.what = self.limit - text.count("<"), path, what

    def spend(self, source: str) -> None:
        self.left -= source.count("<")
        if self.left < 0:
            raise DocumentTooLargeError(f"the HTML page and {self.what} have more than {self.limit:,} elements",
                                        self.path)


def _put_page(el, source: str, budget: _Budget, settings: ParseSettings, path: Optional[str],
              warnings: list[str]) -> int:
    """`el` replaced by a <div> holding the body of the page `source` (1), or left as it is when that page is
    empty (0)."""
    budget.spend(source)
    try:
        page = _parse(_limit_attributes(source, warnings), settings, path, warnings)
    except EmptyDocumentError:
        return 0
    body = page.find("body")
    box = etree.Element("div")
    box.extend(list(body if body is not None else page))
    box.tail = el.tail
    el.getparent().replace(el, box)
    return 1


_TABLE_TAG = regex.compile(r"<table\b", regex.I)
_CELL_TAG = regex.compile(r"<t[dh]\b", regex.I)


def _inline_sources(root, text: str, settings: ParseSettings, path: Optional[str], warnings: list[str]):
    """Each <textarea> whose text is the markup of a table (a CMS showing a table's source, escaped) replaced
    by that markup's elements: the table is there only as source. Its elements count against
    max_html_elements with the page's; a source inside the source stays text (one level)."""
    budget = _Budget(text, settings, path, "the table sources in its text boxes")
    read = 0
    for area in list(root.iter("textarea")):
        source = area.text or ""
        if _TABLE_TAG.search(source) and _CELL_TAG.search(source):
            read += _put_page(area, source, budget, settings, path, warnings)
    if read:
        warnings.append(f"{read} table{'s' if read > 1 else ''} given as HTML source in a <textarea> read as "
                        f"{'tables' if read > 1 else 'a table'}")
    return root


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
    # each attribute starts a new whitespace-separated word, so a tag with fewer words needs no cut;
    # one findall (no match objects) settles it for a page, and the loop below runs only where it may
    found = _START_TAG.findall(text)
    # most pages have no tag that long: one pass in C (max of the lengths) settles them
    if max(map(len, found), default=0) < 2 * MAX_ATTRIBUTES or not any(
            len(attrs.split(None, MAX_ATTRIBUTES)) > MAX_ATTRIBUTES
            for attrs in found if len(attrs) >= 2 * MAX_ATTRIBUTES):
        return text
    pieces: list[str] = []       # the text rebuilt only around the tags that are cut (rarely any)
    pos = cut = 0
    for m in _START_TAG.finditer(text):
        if m.end(1) - m.start(1) < 2 * MAX_ATTRIBUTES:       # too short to hold that many attributes
            continue
        attrs = list(itertools.islice(_ATTRIBUTE.finditer(m.group(1)), MAX_ATTRIBUTES + 1))
        if len(attrs) <= MAX_ATTRIBUTES:
            continue
        cut += 1
        kept = m.start(1) + attrs[MAX_ATTRIBUTES - 1].end()
        pieces += [text[pos:m.start()], text[m.start():kept] + ">"]
        pos = m.end()
    if cut:
        text = "".join(pieces) + text[pos:]
        warnings.append(f"{cut} HTML tag{'s' if cut > 1 else ''} with more than {MAX_ATTRIBUTES} attributes: "
                        "only the first ones were kept")
    return text


def _parse(text: str, settings: ParseSettings, path: Optional[str], warnings: list[str],
           utf8: Optional[bytes] = None):
    # huge_tree lifts libxml2's own depth limit (256 → 2048) so that max_html_depth decides; the
    # input is already bounded by max_bytes and max_html_elements
    huge = settings.max_html_depth > LIBXML_MAX_DEPTH
    root, dropped = _parse_once(text if utf8 is None else utf8, huge, path)
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
    """Whether any element sits more than `depth` levels below <html> (XPath passes, in C)."""
    if depth >= LIBXML_HUGE_DEPTH - 1:       # libxml2 builds no deeper tree (and its XPath would recurse too far)
        return False
    depth = max(depth, 0)
    tree = root.getroottree()
    # a page is a few dozen levels deep: a short path settles it (every step of a long path costs, even
    # once no element is left)
    if depth > _SHALLOW and not _path_to_depth(_SHALLOW)(tree):
        return False
    return _path_to_depth(depth)(tree)


_SHALLOW = 32


@functools.lru_cache(maxsize=8)
def _path_to_depth(depth: int):
    """Whether an element sits more than `depth` levels below <html>, compiled once per depth."""
    return etree.XPath("boolean(" + "/*" * (depth + 2) + ")")


def _parse_once(source, huge: bool, path: Optional[str]):
    """The tree of `source` (str, or UTF-8 bytes)."""
    # the plain etree parser: lxml.html's would look up a Python class for every element proxy
    parser = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=huge, recover=True,
                              encoding="utf-8" if isinstance(source, bytes) else None)
    try:
        root = etree.fromstring(source, parser)
        if root is None:
            raise etree.ParserError("Document is empty")        # as lxml.html.document_fromstring says it
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
        return "<br>" if name in BLOCK else ""
    return _ANY_TAG.sub(tag, text)
