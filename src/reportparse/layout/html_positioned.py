"""Pages that set their text by absolute positions (a PDF converted to HTML) → lines and tables.

Government sites publish PDF reports converted to HTML: every text run (a cell, a line) is an
element at `position:absolute` with `left` and `top` (or `bottom`) in its style attribute, or in
CSS classes of the page's <style> (pdf2htmlEX: `.t` absolute, `.xN{left}`, `.yN{bottom}`,
`.fsN{font-size}`, `.mN{transform:matrix(…)}`, `.lsN{letter-spacing}`, `.wsN{word-spacing}`, and
spacer spans `<span class="_ _N">` whose width or margin sets the gap between two words or cells).
Read in the page's flow order such text loses its rows and columns, so each run is turned into
positioned characters the way the PDF reader has them, and the PDF reader's page layout
(pdf_tables.layout_page: bands, runs, borderless tables by alignment, wrapped labels) and its renderer
(pdf_render.Renderer: pipe rows with a CellRef per cell) read them: one table finder for PDF, OFD
and these pages. Knows no report vocabulary.

What a page does not give is estimated: a character's width (the page's fonts are not read) is one
em for a wide (CJK) character; the narrow ones' width is the one (0.40–0.80 em) at which the figures
that stand after spacers line up in columns across the rows (_narrow_width), else _NARROW. A run starts
where its element is placed, so only its extent, and where words after a spacer in it stand, depend on
it. A page whose figures line up at no such width, or whose runs stand over each other as placed, is
left to the flow reading (None).
"""
from __future__ import annotations

import math
import re
import unicodedata
from typing import Optional

from lxml import etree

from .pdf_lines import bands
from .pdf_model import Item, PageData
from .pdf_render import Renderer
from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings
from .pdf_tables import layout_page, merge_continued_table

_MAX_CSS = 4_000_000            # characters of <style> text read for class rules
_MEDIA = re.compile(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")      # print rules (pdf2htmlEX: in pt)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_ONE_CLASS = re.compile(r"\s*\.([A-Za-z_][\w-]*)\s*$")
_ONE_TAG = re.compile(r"\s*(p|div|span)\s*$", re.I)      # MuPDF: p{position:absolute}, div{position:relative}
_DECL = re.compile(r"([A-Za-z-]+)\s*:\s*([^;]+)")
_LENGTH = re.compile(r"\s*(-?\d+(?:\.\d+)?|-?\.\d+)(px|pt)?\s*(?:!important\s*)?$")
# pdf.js 3+: sizes at the viewer's zoom, calc(var(--scale-factor)*16.00px) or round(var(--scale-factor) * 612px, 1px):
# one factor for the whole page, so the printed size is the length
_SCALED = re.compile(r"\s*(?:calc|round)\(\s*var\(--[\w-]*scale[\w-]*\)\s*\*\s*(-?\d+(?:\.\d+)?)(px|pt)?\s*[,)]")
_PERCENT = re.compile(r"\s*(-?\d+(?:\.\d+)?)%\s*$")
# pdf.js's viewer: its style sheet (a separate file when the page is saved) makes .textLayer and the spans in it
# absolute; a span's place is in its style attribute
_TEXT_LAYER = "textLayer"
_LAYERS = etree.XPath(f"boolean(.//div[contains(concat(' ', normalize-space(@class), ' '), ' {_TEXT_LAYER} ')])")
_MATRIX = re.compile(r"matrix\(\s*([-\d.e+]+)\s*,\s*([-\d.e+]+)\s*,\s*([-\d.e+]+)\s*,\s*([-\d.e+]+)")
_SCALE = re.compile(r"scale\(\s*([-\d.e+]+)")
_ABSOLUTE = re.compile(r"\babsolute\b")
_PLACED = re.compile(r"\babsolute\b|\brelative\b")
_SKIP = frozenset("script style noscript template head title meta link".split())
_DEFAULT_SIZE = 16.0            # a browser's font size where the page sets none
_PT = 4 / 3                     # px per pt
# a narrow character's width in em where the figures do not say it: digits are 0.5 (Times New Roman, SimSun,
# FangSong) to 0.556 (Arial); the middle keeps the drift along a line within 0.03 em a digit either way
_NARROW = 0.53


def class_rules(root) -> dict[str, tuple[int, dict[str, str]]]:
    """{class: (rule order, declarations)} from the page's <style> rules whose selector is one class, and
    {"<tag>": …} for one of p, div, span (what converters write); rules inside @media (print) are left out."""
    css = "".join("".join(s.itertext()) for s in root.iter("style"))[:_MAX_CSS]
    if not css:
        return {}
    css = _MEDIA.sub("", css)
    rules: dict[str, tuple[int, dict[str, str]]] = {}
    for n, m in enumerate(_RULE.finditer(css)):
        decls = _decls(m.group(2))
        if not decls:
            continue
        for selector in m.group(1).split(","):
            one = _ONE_CLASS.match(selector)
            name = one.group(1) if one else None
            if one is None:
                tag = _ONE_TAG.match(selector)
                name = f"<{tag.group(1).lower()}>" if tag else None
            if name:
                old = rules.get(name)
                rules[name] = (n, {**old[1], **decls} if old else decls)
    return rules


def _decls(text: str) -> dict[str, str]:
    return {k.lower(): v.strip() for k, v in _DECL.findall(text)}


def _length(value: Optional[str]) -> Optional[float]:
    if value is None:
        return None
    m = _LENGTH.match(value) or _SCALED.match(value)
    if not m:
        return None
    return float(m.group(1)) * (_PT if m.group(2) == "pt" else 1.0)


def _offset(value: Optional[str], extent: Optional[float]) -> Optional[float]:
    """A length, or a percentage of the containing block's `extent` (pdf.js 3+ places runs so)."""
    if value is not None and extent is not None and "%" in value:
        m = _PERCENT.match(value)
        return float(m.group(1)) * extent / 100 if m else None
    return _length(value)


def _layer(el) -> bool:
    return _TEXT_LAYER in (el.get("class") or "").split()


def _scale(value: Optional[str]) -> float:
    if not value:
        return 1.0
    m = _MATRIX.search(value)
    if m:
        return abs(float(m.group(4))) or 1.0
    m = _SCALE.search(value)
    return abs(float(m.group(1))) or 1.0 if m else 1.0


class _Style:
    """Each element's declarations: its classes' (in stylesheet order) under its style attribute's,
    one computation per distinct (class, style) pair."""

    def __init__(self, rules: dict):
        self.rules = rules
        self.seen: dict[tuple, dict[str, str]] = {}

    def of(self, el) -> dict[str, str]:
        key = (el.get("class"), el.get("style"), el.tag)
        decls = self.seen.get(key)
        if decls is None:
            tag_rule = self.rules.get(f"<{el.tag}>") if self.rules and isinstance(el.tag, str) else None
            decls = dict(tag_rule[1]) if tag_rule else {}     # (a tag's rule under its classes')
            if key[0] and self.rules:
                found = sorted(r for r in (self.rules.get(c) for c in key[0].split()) if r)
                for _n, d in found:
                    decls.update(d)
            if key[1]:
                decls.update(_decls(key[1]))
            self.seen[key] = decls
        return decls


def positioned_pages(body, root, layout: PDFLayoutSettings = DEFAULT_PDF_LAYOUT,
                     gap: Optional[float] = None) -> Optional[tuple[list[list[Item]], int]]:
    """The page's positioned text as characters, one list per containing block (a converted PDF page),
    and the characters of the body's text outside positioned runs; None when no run is placed, or most
    runs are positioned with no vertical place the page gives (their style sheet is a separate file)."""
    style = _Style(class_rules(root))
    layers = bool(_LAYERS(body))
    pages: dict = {}            # containing block → [glyphs] (_run)
    outside = placed = unplaced = chars = 0
    runs: dict = {}             # containing block → each run's (first, end) glyph
    # (element, containing block, its origin (x, y, height, width), font size, scale)
    stack: list = []
    walker = etree.iterwalk(body, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "end":
            if stack and stack[-1][0] is el:
                stack.pop()
            continue
        if not isinstance(tag, str) or tag.lower() in _SKIP:
            walker.skip_subtree()
            continue
        decls = style.of(el)
        parent = stack[-1] if stack else (None, None, (0.0, 0.0, None, None), _DEFAULT_SIZE, 1.0)
        _el, block, origin, size, scale = parent
        own = _length(decls.get("font-size"))
        if own is not None and own > 0:
            size = own
        if "transform" in decls:
            scale = _scale(decls["transform"])
        position = decls.get("position", "")
        if not position and layers and (_layer(el) or (block is not None and _layer(block) and (
                "left" in decls or "top" in decls))):
            position = "absolute"
        if _PLACED.search(position):
            ox, oy, oh, ow = origin
            left = _offset(decls.get("left"), ow)
            top = _offset(decls.get("top"), oh)
            bottom = _offset(decls.get("bottom"), oh)
            if left is None and "%" in decls.get("left", ""):
                top = bottom = None     # a share of a width the page does not give: no place (unplaced below)
            left = left or 0.0
            height = _length(decls.get("height"))
            if top is not None:
                y = oy + top
            elif bottom is not None and oh is not None:
                y = oy + oh - bottom - (height or 0.0) * scale
            elif bottom is not None:
                y = oy - bottom - (height or 0.0) * scale
            else:
                y = oy
            x = ox + left
            if _ABSOLUTE.search(position) and _has_own_text(el, style, layers and _layer(el)):
                if top is None and bottom is None:      # its place in a style sheet the page does not hold
                    unplaced += 1
                    walker.skip_subtree()
                    continue
                placed += 1
                if chars > layout.max_document_chars:     # the rest would not be read (load_positioned)
                    walker.skip_subtree()
                    continue
                glyphs = pages.setdefault(block, [])
                start = len(glyphs)
                _run(el, x, y, (height or 0.0) * scale, size * scale, scale, style, glyphs)
                if len(glyphs) > start:
                    runs.setdefault(block, []).append((start, len(glyphs)))
                    chars += len(glyphs) - start
                walker.skip_subtree()
                continue
            # a container (a converted page): what it holds is placed from its corner
            block, origin = el, (x, y, height, _length(decls.get("width")))
        elif el.text and el.text.strip():
            outside += len(el.text.strip())
        if el.tail and el.tail.strip() and stack:
            outside += len(el.tail.strip())
        stack.append((el, block, origin, size, scale))
    if not pages or unplaced >= placed:
        return None
    out = []
    width = _narrow_width(list(pages.values()))
    if width is None:
        return None
    for block, glyphs in pages.items():
        items = _items(glyphs, width)
        if _collide([items[a:b] for a, b in runs[block]]):
            return None
        out.append(items)
    return out, outside


def _collide(runs: list[list[Item]]) -> bool:
    """Two runs drawn over each other (a line's extents, as estimated, overlap another's by more than a
    third of an em): the page's text does not stand where its positions and the estimated widths put it
    (a run wrapped by a width the page sets, text in a font far wider than estimated)."""
    lines = []
    for run in runs:
        for line in bands(run):
            lines.append((line[0].top, line[0].bottom, line[0].x0, line[-1].x1))
    lines.sort()
    k = 0
    while k < len(lines):           # lines on one band (tops within half a height), left to right
        top, bottom = lines[k][0], lines[k][1]
        j = k + 1
        while j < len(lines) and lines[j][0] <= top + (bottom - top) / 2:
            j += 1
        reach = -math.inf
        for _t, b, x0, x1 in sorted(lines[k:j], key=lambda ln: ln[2]):
            if reach - x0 > (b - _t) / 3:
                return True
            reach = max(reach, x1)
        k = j
    return False


def _has_own_text(el, style: _Style, layer: bool = False) -> bool:
    """Text in the element and no positioned element below it (else it is a container; a pdf.js text layer
    is one when a span in it has a place)."""
    if el.text and el.text.strip():
        return True
    for child in el.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        decls = style.of(child)
        if _PLACED.search(decls.get("position", "")) or (layer and ("left" in decls or "top" in decls)):
            return False
    return any(t.strip() for t in el.itertext())


def _run(el, x: float, y: float, box: float, size: float, scale: float, style: _Style, glyphs: list) -> None:
    """The run's characters from (x, y), as glyphs (text, x at no narrow width, narrow ems before it × size,
    width at no narrow width, its narrow ems × size, top, bottom, segment): x0 = x + narrow × the narrow width
    (chosen per page: _narrow_width). A wide (CJK) character is one em, others the narrow width, plus the
    letter spacing; a spacer element (a width or margin, no text) moves x by its width and starts a segment."""
    top = y + max(0.0, box - size) if box else y     # a line box taller than the glyphs: text at its foot
    narrow = 0.0
    segment = [len(glyphs)]

    def walk(node, spacing: float, words: float, size: float) -> None:
        nonlocal x
        decls = style.of(node)
        own = _length(decls.get("font-size")) if node is not el else None
        size = own * scale if own else size          # (MuPDF sets it on the line's spans)
        ls = _length(decls.get("letter-spacing"))
        ws = _length(decls.get("word-spacing"))
        spacing = ls * scale if ls is not None else spacing
        words = ws * scale if ws is not None else words
        if node is not el:
            width = _length(decls.get("width"))
            margin = _length(decls.get("margin-left"))
            if (width is not None or margin is not None) and not "".join(node.itertext()).strip():
                x += ((width or 0.0) + (margin or 0.0)) * scale
                segment[0] = len(glyphs) + 1
                return
            if margin:
                x += margin * scale
        chars(node.text, spacing, words, size)
        for child in node:
            if isinstance(child.tag, str) and child.tag.lower() not in _SKIP:
                walk(child, spacing, words, size)
            chars(child.tail, spacing, words, size)

    def chars(text: Optional[str], spacing: float, words: float, size: float) -> None:
        nonlocal x, narrow
        if not text:
            return
        for ch in text:
            if ch in "\n\r\t":
                continue
            if ch.isspace():
                x += size * 0.25 + words + spacing
                segment[0] = len(glyphs) + 1
                continue
            if unicodedata.east_asian_width(ch) in "WF":
                glyphs.append((ch, x, narrow, size, 0.0, top, top + size, segment[0]))
                x += size + spacing
            else:
                glyphs.append((ch, x, narrow, 0.0, size, top, top + size, segment[0]))
                narrow += size
                x += spacing

    walk(el, 0.0, 0.0, size)


_NARROW_WIDTHS = tuple(k / 200 for k in range(80, 161))     # 0.40–0.80 em, every 0.005


def _narrow_width(pages: list) -> Optional[float]:
    """The narrow characters' width (em) at which the page's figures stand in columns: a figure placed after
    a spacer in a line of cells stands where the widths of the figures before it put it, so at the font's
    digit width the figures of one column line up (flush left, centred or flush right) across the rows, and
    at another they scatter. One width for the document (one font: a page of few rows says little);
    _NARROW where no figure's place depends on it, or no width lines them up better; None where at the
    best width most of them still line up with no other line's figure."""
    figures: dict = {}              # segment → [x, narrow before, fixed width, narrow width, line], or False
    for n, glyphs in enumerate(pages):
        for ch, x, narrow, fixed, nw, top, _bottom, seg in glyphs:
            _figure(figures, (n, seg), ch, x, narrow, fixed, nw, (n, top))
    figs = [f for f in figures.values() if f][:_MAX_FIGURES]
    if not any(f[1] for f in figs) or len(figs) < 4:
        return _NARROW
    best = _best_width(figs, _NARROW_WIDTHS, 1.0)
    # at that width most figures whose place depends on it must line up with another line's: else the
    # widths are none of these (or the figures stand in no columns) and where they stand is unknown
    if best in (_NARROW_WIDTHS[0], _NARROW_WIDTHS[-1]):
        return None         # at an end of the range: the font's is likely outside it (real fonts: 0.5–0.64)
    spans = _spans(figs, best)
    lined = [_scatter(spans, k)[1] for k in range(3)]
    moved = [i for i, f in enumerate(figs) if f[1]]
    if sum(any(near[i] <= 0.5 for near in lined) for i in moved) < _LINED_UP * len(moved):
        return None
    return best


def _best_width(figs: list, widths, cap: float) -> float:
    best, best_score = _NARROW, None
    for w in sorted(widths, key=lambda w: w != _NARROW):        # (a tie keeps _NARROW)
        score = sum(_scatter(_spans(figs, w), k, cap)[0] for k in range(3))
        if best_score is None or score < best_score - 1e-6:
            best, best_score = w, score
    return best


_MAX_FIGURES = 800          # figures the width is found from (a report has a few hundred; a hostile page more)
_LINED_UP = 0.5             # the share of figures placed by the width that must line up at the one found


def _spans(figs: list, w: float) -> list:
    return [(f[0] + f[1] * w, f[0] + f[1] * w + f[2] + f[3] * w, f[4]) for f in figs]


def _figure(figures: dict, seg, ch: str, x: float, narrow: float, fixed: float, nw: float, line) -> None:
    """A glyph added to its segment's figure (a segment with any other character is none)."""
    f = figures.get(seg)
    if f is False:
        return
    if not (ch.isdigit() or ch == "."):
        figures[seg] = False
    elif f is None:
        figures[seg] = [x, narrow, fixed, nw, line]
    else:
        f[2] += fixed
        f[3] += nw


def _scatter(spans: list, k: int, cap: float = 1.0) -> tuple[float, list[float]]:
    """How far each figure's left edge, centre or right edge (k) stands from the nearest one of another line's
    figure (at most `cap` px counted: a figure alone in its column adds the same at every width): the sum, and
    each figure's distance in the order of `spans`."""
    at = sorted((((a if k == 0 else b if k == 2 else (a + b) / 2), line, i) for i, (a, b, line) in enumerate(spans)))
    near_of = [cap] * len(spans)
    for i, (x, line, which) in enumerate(at):
        near = cap
        for j in (i - 1, i + 1, i - 2, i + 2):
            if 0 <= j < len(at) and at[j][1] != line:
                near = min(near, abs(at[j][0] - x))
        near_of[which] = near
    return sum(near_of), near_of


def _items(glyphs: list, w: float) -> list[Item]:
    return [Item(ch, x + narrow * w, top, x + narrow * w + fixed + nw * w, bottom)
            for ch, x, narrow, fixed, nw, top, bottom, _seg in glyphs]


def load_positioned(pages: list[list[Item]], settings, warnings: list[str],
                    layout: PDFLayoutSettings = DEFAULT_PDF_LAYOUT):
    """The positioned pages laid out and rendered as the PDF reader does (text and CellRefs)."""
    renderer = Renderer(settings, warnings)
    prev = None
    read = 0
    for number, items in enumerate(pages, 1):
        if not items:
            continue
        left = min(it.x0 for it in items)
        top = min(it.top for it in items)
        if left < 0 or top < 0:          # placed from a bottom edge the page does not give: shifted down
            items = [Item(it.text, it.x0 - min(left, 0), it.top - min(top, 0), it.x1 - min(left, 0),
                          it.bottom - min(top, 0)) for it in items]
        data = PageData(number, max(it.x1 for it in items) + 1, max(it.bottom for it in items) + 1)
        data.chars = len(items)
        data.blocks = layout_page(items, [], [], number, data.width, data.height, layout, data.notes)
        warnings.extend(data.notes)
        if prev is not None:
            merge_continued_table(prev, data, layout)
            renderer.add(prev)
        prev = data
        read += len(items)
        if read > layout.max_document_chars:
            warnings.append(f"only the first {read} characters placed by position were read "
                            f"(PDFLayoutSettings.max_document_chars = {layout.max_document_chars})")
            break
    if prev is not None:
        renderer.add(prev)
    return renderer.document()
