"""The HTML layout's fast paths (issue 12) give exactly what the plain way gives, on invented pages.

Each reference below is the code as first written (a stack walk, itertext(), one normalisation per
chunk, a regex search per class/id, text_content() per ancestor, a finditer loop over every tag).
"""
import itertools
import random

from reportparse.document import CellRef
from reportparse.errors import DocumentTooLargeError
from reportparse.layout import html, html_grid, html_rows, html_table, html_tree
from reportparse.normalize import normalize_text
from reportparse.schema import report_table_cue
from reportparse.settings import DEFAULT_SETTINGS

TAGS = ["div", "p", "span", "b", "a", "td", "tr", "table", "tbody", "th", "li", "ul", "h1", "br", "section",
        "nav", "footer", "header", "aside", "script", "style", "font", "o:p", "center", "pre", "caption", "iframe"]
CLASSES = ["", "content", "nav", "Menu-Top", "TRS_Editor", "footer", "MsoNormal", "xgjd", "Share", "crumb",
           "BOTTOM", "wrap", "qrcode", "con", "ſearch", "\u212aefu", "导航"]
WORDS = ["本年新收", "政府信息公开申请", "指标名称", "主动公开", "行政复议", "12", "3", "0", "１２", "（一）", "|", " ",
         "\u3000", "\u00a0", "\r\n", "\r", "\n", "\t", "  ", "件", "A", "e\u0301", "\u0301", "&amp;", "&nbsp;",
         "&#12345;", "\u200b", "－", "．", "2021年", "½", "ﬁ", "①", "❶", "7 8", "<!-- c -->", "\x0c", "\x1c"]
CUE = report_table_cue()
STYLES = ['style="display:none"', 'style="DISPLAY: none; color:red"', "style='visibility:hidden'", "hidden",
          'style="color:none"', 'style="display:nonexistent"', 'style="overflow:hidden"', 'style="display:block"']
SPANS = ["1", "2", "3", "0", "-1", "+2", " 3", "2x", "", "٣", "9999", "1001"]


def _attrs(rng) -> str:
    out = []
    if rng.random() < 0.3:
        out.append(f'class="{rng.choice(CLASSES)}"')
    if rng.random() < 0.15:
        out.append(f"id='{rng.choice(CLASSES)}'")
    if rng.random() < 0.2:
        out.append(f'rowspan="{rng.choice(SPANS)}"')
    if rng.random() < 0.2:
        out.append(f"colspan={rng.choice(SPANS) or '2'}")
    if rng.random() < 0.1:
        out.append(rng.choice(STYLES))
    return (" " + " ".join(out)) if out else ""


def _markup(rng, depth=0) -> str:
    parts = []
    for _ in range(rng.randint(0, 5 if depth < 4 else 2)):
        if rng.random() < 0.45 or depth > 7:
            parts.append(rng.choice(WORDS))
        else:
            tag = rng.choice(TAGS)
            end = f"</{tag}>" if rng.random() < 0.9 else ""
            parts.append(f"<{tag}{_attrs(rng)}>{_markup(rng, depth + 1)}{end}")
    return "".join(parts)


def _table(rng) -> str:
    rows = "".join("<tr>" + "".join(f"<td{_attrs(rng)}>{_markup(rng, 5)}</td>" for _ in range(rng.randint(0, 5)))
                   + "</tr>" for _ in range(rng.randint(1, 6)))
    return f"<table>{rows}</table>"


def _page(rng) -> str:
    body = "".join(_table(rng) if rng.random() < 0.4 else _markup(rng) for _ in range(rng.randint(1, 7)))
    return "<html><head><title>某县2021年报告</title></head><body>" + "<div>" * rng.randint(0, 12) + body + "</body></html>"


def _parse(page: str):
    root, _ = html_tree._parse_once(page, True, None)
    return root


# ---------------------------------------------------------------- references, as first written

def _plain_is_chrome(el) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.tag in ("nav", "footer", "header", "aside"):
        return True
    ident = f"{el.get('class', '')} {el.get('id', '')}"
    return bool(ident.strip()) and bool(html._CHROME.search(ident))


def _plain_cell_text(td) -> str:
    pieces = []
    for chunk in td.itertext():
        chunk = html_table._SPACES.sub(" ", normalize_text(chunk).replace("\n", " ").replace("|", "/"))
        if pieces and pieces[-1][-1:].isdigit() and chunk[:1].isdigit():
            pieces.append(" ")
        pieces.append(chunk)
    return "".join(pieces).strip()


def _plain_hidden(el) -> bool:
    style = (el.get("style") or "").lower().replace(" ", "")
    return el.get("hidden") is not None or any(
        f"{k}" in style and not style.split(k, 1)[1][:1].isalnum() for k in ("display:none", "visibility:hidden"))


def _in_pre(node, top) -> bool:
    """Whether `node` or an element above it, up to `top`, is preformatted (its line breaks kept)."""
    while node is not None:
        if isinstance(node.tag, str) and node.tag.lower() in html._PREFORMATTED:
            return True
        if node is top:
            return False
        node = node.getparent()
    return False


def _flat(text: str, keep_lines: bool) -> str:
    return text if keep_lines else text.replace("\n", " ")


class _PlainRenderer(html._Renderer):
    def render(self, el) -> None:
        limit = self.settings.max_text_chars
        stack = [(el, 0, False)]
        while stack:
            if self.length > limit:
                break
            node, depth, closing = stack.pop()
            if closing:
                self.emit(_flat(normalize_text(node.tail or ""), _in_pre(node.getparent(), el)) if node is not el else "")
                if isinstance(node.tag, str) and node.tag in html_tree.BLOCK:
                    self.newline()
                continue
            if not isinstance(node.tag, str):
                stack.append((node, depth, True))
                continue
            tag = node.tag.lower()
            if tag in html._DROP or (node is not el and (_plain_is_chrome(node) or _plain_hidden(node))):
                stack.append((node, depth, True))
                continue
            if tag == "table" and node not in self.outer:
                self.newline()
                self.table(node)
                stack.append((node, depth, True))
                continue
            rows = html_grid.grid_rows(node, _plain_hidden) if tag in html_grid.GRID_TAGS and len(node) > 1 \
                and node not in self.outer else None
            if rows is not None:
                self.newline()
                self.div_table(rows)
                stack.append((node, depth, True))
                continue
            if depth >= self.settings.max_html_depth:
                if not self.depth_warned:
                    self.warnings.append(f"HTML nested deeper than {self.settings.max_html_depth} levels: "
                                         "deeper elements read as plain text")
                    self.depth_warned = True
                self.emit(normalize_text(html._text(node)).replace("\n", " "))
                stack.append((node, depth, True))
                continue
            if tag in html_tree.BLOCK:
                self.newline()
            self.emit(_flat(normalize_text(node.text or ""), _in_pre(node, el)))
            stack.append((node, depth, True))
            for child in reversed(list(node)):
                stack.append((child, depth + 1, False))

    def table(self, table) -> None:
        index = self.tables
        self.tables += 1
        rows = list(table.iter("tr"))
        pictures = self.pictures
        extra = {}
        if html_rows.STRAY_CELL(table):           # cells after a stray </tr>: the rule itself, no fast path
            rows, extra = self._stray_cells(table, rows)
        occupied = set()
        lines = []
        for r, tr in enumerate(rows):
            line = []
            c = 0
            row = tr if isinstance(tr, list) else list(tr) + extra.get(tr, [])
            for td in row:
                if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th") or _plain_hidden(td) \
                        or (not isinstance(tr, list) and _plain_hidden(tr)):
                    continue
                while (r, c) in occupied:
                    c += 1
                rs = min(self._span(td.get("rowspan"), "rowspan"), len(rows) - r)
                cs = self._span(td.get("colspan"), "colspan")
                self._count(1 + (rs - 1) * cs)
                occupied.update((r + dr, c + dc) for dr in range(1, rs) for dc in range(cs))
                text = _plain_cell_text(td)
                if not text and html_rows.picture_figure(td):        # the rule itself, no fast path
                    text = html_rows.PICTURE
                    self.pictures += 1
                line.append((c, cs, text, td))
                c += cs
            if line:
                lines.append((r, line, c, {col for row, col in occupied if row == r}))
        width = max((end for _r, _l, end, _t in lines), default=0)
        for r, line, end, taken in lines:
            contents, cols, spans = [x[2] for x in line], [x[0] for x in line], [x[1] for x in line]
            self.left_out = 0
            if end < width and any(ch.isdigit() for t in contents for ch in t if ch.isascii()):
                # the short-row rule itself (html_table.TableReader._short_row) is no fast path
                contents, cols, spans = self._short_row([x[3] for x in line], contents, cols, spans, end, width, taken)
            self.newline()
            self.emit("|")
            for col, cs, content in zip(cols, spans, contents):
                self.emit(" ")
                self.cells.append(CellRef(self.length, self.length + len(content), index, r,
                                          None if self.left_out else col, span=cs, left_out=self.left_out))
                self.emit(content)
                self.emit(" |")
            self.emit("\n")
        self.say_pictures(self.pictures - pictures)


def _plain_report_body(body, outer):
    tables = [t for t in body.iter("table") if t not in outer and CUE.search(html._text(t))]
    if tables:
        node = html._common_ancestor(tables)
        if node is not None:
            while node.getparent() is not None and node is not body:
                parent = node.getparent()
                if _plain_is_chrome(parent) or len(html._text(parent)) > 3 * len(html._text(node)) + 4000:
                    break
                node = parent
            return node
    return html._report_body(body, outer, {}, CUE)     # (the search without report tables is unchanged)


def _plain_limit_attributes(text: str) -> tuple[str, int]:
    pieces, pos, cut = [], 0, 0
    for m in html_tree._START_TAG.finditer(text):
        attrs = list(itertools.islice(html_tree._ATTRIBUTE.finditer(m.group(1)), html_tree.MAX_ATTRIBUTES + 1))
        if len(attrs) > html_tree.MAX_ATTRIBUTES:
            cut += 1
            pieces += [text[pos:m.start()], text[m.start():m.start(1) + attrs[html_tree.MAX_ATTRIBUTES - 1].end()] + ">"]
            pos = m.end()
    return "".join(pieces) + text[pos:], cut


# ---------------------------------------------------------------- the tests

def test_pages_render_as_the_plain_walk_renders_them():
    rng = random.Random(7)
    settings = [DEFAULT_SETTINGS, DEFAULT_SETTINGS.with_(max_html_depth=4), DEFAULT_SETTINGS.with_(max_span=2),
                DEFAULT_SETTINGS.with_(max_text_chars=300)]
    for k in range(400):
        root = _parse(_page(rng))
        body = root.find("body")
        outer = html._outer_tables(body)
        assert html._report_body(body, outer, {}, CUE) is _plain_report_body(body, outer)
        got = []
        for renderer in (html._Renderer, _PlainRenderer):
            r = renderer(settings[k % len(settings)], outer)
            try:
                r.render(body)
                text, cells = r.finish()
                got.append((text, cells, r.warnings))
            except DocumentTooLargeError as e:
                got.append(str(e))
        assert got[0] == got[1]


def test_cell_chunks_are_the_itertext_chunks():
    rng = random.Random(8)
    for _ in range(300):
        for td in _parse(f"<html><body>{_table(rng)}</body></html>").iter("td", "th"):
            assert html_table._chunks(td) == list(td.itertext())
            chunks = html_table._chunks(td)
            assert html_table._joined(chunks, [len(chunks)])[0] == _plain_cell_text(td)


def test_normalising_chunks_together_is_normalising_each():
    """_clean_chunks relies on normalize_text leaving the separator alone and changing nothing across it."""
    rng = random.Random(9)
    alphabet = WORDS + ["\u0308", "\u0327", "\u1100", "\u1161", "\u11a8", "가", "\u0f73", "\ufeff", "\x0b", "ｱ", "ﾞ"]
    for _ in range(3000):
        chunks = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 6))]
        assert html_table._clean_chunks(chunks) == [html_table._clean(c) for c in chunks]
        assert normalize_text(html_table._SEP.join(chunks)).split(html_table._SEP) == [normalize_text(c) for c in chunks]


def test_chrome_verdicts_are_the_case_blind_search():
    rng = random.Random(10)
    alphabet = list("navMENUfootBottomxgjdQrCoDe _-") + ["ſ", "\u212a", "导航", "İ"]
    for _ in range(5000):
        cls, ident = (rng.choice([None, "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))])
                      for _ in range(2))
        plain = f"{cls or ''} {ident or ''}"
        assert html._chrome_ident(cls, ident, {}) == (bool(plain.strip()) and bool(html._CHROME.search(plain)))


def test_attribute_limit_cuts_what_the_tag_by_tag_scan_cuts():
    rng = random.Random(11)
    pieces = [" a", ' b="x y"', " c='<'", ' d=">"', "\te", "\n f=1", " \x1cg", "\u3000h", " /", ' "x x x"', " i=j k"]
    for _ in range(400):
        tags = []
        for _ in range(rng.randint(1, 4)):
            n = rng.choice([0, 3, 40, 63, 64, 65, 66, 90])
            tags.append(f"<{rng.choice(['p', 'td', 'a'])}" + "".join(rng.choice(pieces) for _ in range(n))
                        + rng.choice([">", ">text", "", " <b>"]))
        text = rng.choice(["", "正文"]).join(tags)
        if rng.random() < 0.3:            # right at the limit: one word per attribute
            n = html_tree.MAX_ATTRIBUTES + rng.choice([0, 1])
            text += "<p" + "".join(rng.choice([" a", "\tb", "\x1cc", "\u3000d", " e=1"]) for _ in range(n)) + ">"
        warnings = []
        expected, cut = _plain_limit_attributes(text)
        assert html_tree._limit_attributes(text, warnings) == expected
        assert bool(warnings) == bool(cut)


def test_title_is_the_first_non_blank_meta_then_h1_then_title():
    rng = random.Random(12)
    parts = ['<meta name="ArticleTitle" content="{}">', '<meta name="articletitle" content="{}">', "<h1>{}</h1>",
             "<title>{}</title>", '<meta name="ArticleTitle">']
    values = ["", " ", "甲", "乙\u3000", "\u200b"]
    for _ in range(500):
        page = "<html><head>" + "".join(rng.choice(parts).format(rng.choice(values)) for _ in range(4)) + "</head></html>"
        root = _parse(page)
        plain = None
        for xp in ("//meta[@name='ArticleTitle']/@content", "//h1", "//title"):
            found = [normalize_text(v if isinstance(v, str) else html._text(v)).strip() for v in root.xpath(xp)]
            plain = next((v for v in found if v), None)
            if plain:
                break
        assert html._title(root) == plain


def test_utf8_bytes_parse_to_the_tree_their_text_parses_to():
    from lxml import etree
    rng = random.Random(13)
    odd = ["\x00", "\r", "\x01", "\x7f", "\ufeff", "\ufffe", "😀", "𠀀", "&#0;", "&#x110000;", "&#xD800;", "<![CDATA[y]]>",
           "<meta charset='gbk'>", "\u0085", "\u2028", "<", ">", "'", '"', "<?pi x?>"]
    for _ in range(500):
        page = _page(rng)
        for _ in range(rng.randint(0, 4)):
            at = rng.randint(0, len(page))
            page = page[:at] + rng.choice(odd) + page[at:]
        trees = []
        for source in (page, page.encode("utf-8")):
            root, too_deep = html_tree._parse_once(source, True, None)
            trees.append((etree.tostring(root, encoding=str), too_deep))
        assert trees[0] == trees[1]


def test_start_tags_are_found_where_the_item_loop_finds_them():
    import regex    # the reference needs possessive quantifiers, which the stdlib's re has only from Python 3.11
    plain = regex.compile(r"""<[A-Za-z][A-Za-z0-9:_.-]*+((?:[^<>"']++|"[^"]*+"|'[^']*+')++)>""")
    rng = random.Random(14)
    alphabet = ["<", ">", '"', "'", " ", "a", "=", "p", "<p", "<td ", "x=1", '"a>b"', "'<'", "中"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert [m.span(1) for m in html_tree._START_TAG.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


def test_depth_check_is_the_single_long_path():
    """_deeper_than settles shallow pages with a short path first; the answer is the long path's."""
    rng = random.Random(15)
    for _ in range(200):
        levels = rng.choice([0, 1, 5, 30, 31, 32, 33, 34, 35, 60, 120])
        page = "<html><body>" + "<div>" * levels + "x" + "</div>" * levels + "</body></html>"
        root = _parse(page)
        for depth in (-1, 0, 1, 31, 32, 33, 34, 35, 40, 100, 400, 2046, 2047):
            d = max(depth, 0)
            plain = d < html_tree.LIBXML_HUGE_DEPTH - 1 and bool(
                root.getroottree().xpath("boolean(" + "/*" * (d + 2) + ")"))
            assert html_tree._deeper_than(root, depth) == plain
