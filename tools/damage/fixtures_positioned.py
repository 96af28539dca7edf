"""Invented reports set as PDFs converted to HTML set them: every text line an element placed by absolute
position (a `pdf2html` page: left/top in its style attribute; a pdf2htmlEX page: left/bottom in CSS classes,
text drawn at 4× and scaled by a matrix, the gaps between cells of one line spacer spans with a width).

The tables are laid out as a PDF page holds them: columns as wide as their widest cell (labels wrapped in
their cell at `wrap` characters), rows as tall as their most wrapped cell, figures left-aligned or centred,
a new page when the page is full. Character widths are those of the page's font (`digit`: a digit's width
in em, 0.5 in Times New Roman and SimSun, 0.556 in Arial), which the reader does not know.
"""
from __future__ import annotations

import collections
import html
import unicodedata

HEADINGS = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况")


def _is_figure(t: str) -> bool:
    return bool(t) and t.replace(".", "").isdigit()


def char_width(ch: str, fs: float, digit: float) -> float:
    if unicodedata.east_asian_width(ch) in "WF":
        return fs
    return fs * (digit if ch.isdigit() else 0.33 if ch in ".,;:()" else 0.5)


def text_width(t: str, fs: float, digit: float) -> float:
    return sum(char_width(ch, fs, digit) for ch in t)


def _wrapped(t: str, width: float, fs: float, digit: float) -> list[str]:
    lines, cur = [], ""
    for ch in t:
        if cur and text_width(cur + ch, fs, digit) > width + 1e-6:
            lines.append(cur)
            cur = ""
        cur += ch
    return lines + [cur] if cur else lines


def positioned_lines(title: str, grids: list, fs: float, wrap: int = 99, centre: bool = False, digit: float = 0.5,
                     page_h: float = 1100.0) -> list[tuple[int, str, float, float]]:
    """(page, text, left, top) of every text line: the title, the headings, the tables' cells (grids: rows of
    (text, colspan), blank cells "" set as nothing)."""
    out, top, page = [], 60.0, 1
    lh = fs * 1.3
    for t in (title, "一、总体情况", "本年度依法推进政务公开，主动公开政府信息。"):
        out.append((page, t, 72.0, top))
        top += fs * 1.8
    for heading, rows in zip(HEADINGS, grids):
        out.append((page, heading, 72.0, top))
        top += fs * 2
        colw = [3.2 * fs] * sum(s for _t, s in rows[0])
        for row in rows:
            c = 0
            for t, s in row:
                if s == 1 and t:
                    colw[c] = max(colw[c], min(text_width(t, fs, digit), wrap * fs) + 8)
                c += s
        for row in rows:
            c, cells = 0, []
            for t, s in row:
                x0, w = 72 + sum(colw[:c]), sum(colw[c:c + s]) - 8
                cells.append((t, x0, w, _wrapped(t, w, fs, digit) if t else []))
                c += s
            n = max([len(lines) for *_x, lines in cells] + [1])
            if top + n * lh + 6 > page_h:
                page, top = page + 1, 60.0
            for t, x0, w, lines in cells:
                y = top + 3 + (n - len(lines)) * lh / 2
                for k, piece in enumerate(lines):
                    x = x0 + 4 + ((w - text_width(piece, fs, digit)) / 2 if centre and _is_figure(t) else 0)
                    out.append((page, piece, x, y + k * lh))
            top += n * lh + 6
        top += fs
    return out


def pdf2html_page(title: str, lines, fs: float, tag: str = "p", size_on_runs: bool = False) -> str:
    """Every line an element at position:absolute left/top; a page a position:relative block."""
    pages: dict = collections.OrderedDict()
    size = f";font-size:{fs}px" if size_on_runs else ""
    for page, text, x, top in lines:
        pages.setdefault(page, []).append(f'<{tag} style="position:absolute;left:{x:.2f}px;top:{top:.2f}px;'
                                          f'white-space:nowrap{size}">{html.escape(text)}</{tag}>')
    body = "".join(f'<div class="page" style="position:relative;width:900px;height:1100px;'
                   f'{"" if size_on_runs else f"font-size:{fs}px"}">' + "\n".join(o) + "</div>" for o in pages.values())
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div id="page-container">{body}</div></body></html>')


def pdf2htmlex_page(title: str, lines, fs: float, digit: float = 0.5, merged=lambda n: True,
                    page_h: float = 1180.0, clip: bool = False) -> str:
    """pdf2htmlEX: a line one <div class="t m0 xN h2 yN ff1 fs0 …"> (left and bottom in classes, the font size
    4× and .m0 a 0.25 matrix); the cells of one line in one div with <span class="_ _N"> spacers whose width is
    the gap, where `merged(line number)`, else a div each; a page per <div class="pf" data-page-no>; `clip`: the
    lines inside a clip box <div class="c xN yN wN hN"> (placed from its own corner: 12 px in, 30 px up)."""
    dx, dy = (12.0, 30.0) if clip else (0.0, 0.0)
    xs: dict = {}
    ys: dict = {}
    gaps: dict = {}

    def cls(d, v, p):
        return d.setdefault(round(v, 3), f"{p}{len(d):x}")
    by_line: dict = collections.OrderedDict()
    for page, text, x, top in lines:
        by_line.setdefault((page, round(top, 2)), []).append((x, text))
    pages: dict = collections.OrderedDict()
    for n, ((page, top), parts) in enumerate(by_line.items()):
        parts.sort()
        for group in ([parts] if merged(n) else [[p] for p in parts]):
            inner, end = [], None
            for x, text in group:
                if end is not None:
                    inner.append(f'<span class="_ {cls(gaps, (x - end) * 4, "_")}"> </span>')
                inner.append(html.escape(text))
                end = x + text_width(text, fs, digit)
            pages.setdefault(page, []).append(
                f'<div class="t m0 {cls(xs, group[0][0] - dx, "x")} h2 {cls(ys, page_h - top - fs - dy, "y")} ff1 fs0 fc0 sc0 '
                f'ls0 ws0">' + "".join(inner) + "</div>")
    css = (".t{position:absolute;white-space:pre;font-size:1px;transform-origin:0% 100%;unicode-bidi:bidi-override}"
           "._{display:inline-block;margin:0;padding:0}.pf{position:relative;background-color:white;overflow:hidden;"
           "margin:0;border:0}.pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;"
           f"overflow:hidden;display:block;transform-origin:0% 0%}}.m0{{transform:matrix(0.25,0,0,0.25,0,0);}}"
           f".fs0{{font-size:{4 * fs:.6f}px;}}.h0{{height:{page_h}px;}}.w0{{width:892.914px;}}"
           f".h2{{height:{4.4 * fs:.6f}px;}}.ls0{{letter-spacing:0px;}}.ws0{{word-spacing:0px;}}"
           + "".join(f".{c}{{left:{x}px;}}" for x, c in xs.items())
           + "".join(f".{c}{{bottom:{y}px;}}" for y, c in ys.items())
           + "".join(f".{c}{{width:{w:.6f}px;}}" for w, c in gaps.items())
           + (f".c{{position:absolute;border:0;padding:0;margin:0;overflow:hidden;display:block}}.xz0{{left:{dx}px;}}"
              f".yz0{{bottom:{dy}px;}}.wz0{{width:880px;}}.hz0{{height:{page_h - dy - 10}px;}}" if clip else "")
           + "@media print{" + "".join(f".{c}{{left:{x * .75:.3f}pt;}}" for x, c in xs.items()) + "}")
    box = ('<div class="c xz0 yz0 wz0 hz0">', "</div>") if clip else ("", "")
    body = "".join(f'<div id="pf{p:x}" class="pf w0 h0" data-page-no="{p:x}"><div class="pc pc{p:x} w0 h0">{box[0]}'
                   + "\n".join(divs) + box[1] + "</div></div>" for p, divs in pages.items())
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="generator" content="pdf2htmlEX"/>'
            f'<style type="text/css">{css}</style><title>{title}</title></head><body><div id="sidebar"></div>'
            f'<div id="page-container">{body}</div></body></html>')


def mupdf_page(title: str, lines, fs: float, page_h: float = 1100.0) -> str:
    """MuPDF's HTML (`mutool convert -F html`): the style sheet makes every <p> absolute and every <div> (a page,
    its size in pt) relative; a line `<p style="top:…pt;left:…pt;line-height:…pt">` with its font size on an
    inner span."""
    pages: dict = collections.OrderedDict()
    for page, text, x, top in lines:
        pages.setdefault(page, []).append(
            f'<p style="top:{top * .75:.1f}pt;left:{x * .75:.1f}pt;line-height:{fs * .75:.1f}pt"><span style="font-family:'
            f'SimSun,serif;font-size:{fs * .75:.1f}pt">{html.escape(text)}</span></p>')
    body = "".join(f'<div id="page{p - 1}" style="width:{900 * .75:.1f}pt;height:{page_h * .75:.1f}pt">\n' + "\n".join(o)
                   + "\n</div>\n" for p, o in pages.items())
    return ("<!DOCTYPE html>\n<html>\n<head>\n<style>\nbody{background-color:slategray}\n"
            "div{position:relative;background-color:white;margin:1em auto;box-shadow:1px 1px 8px -2px black}\n"
            f"p{{position:absolute;white-space:pre;margin:0}}\n</style>\n<title>{title}</title>\n</head>\n<body>\n"
            + body + "</body>\n</html>\n")


def pdfjs_page(title: str, lines, fs: float, percent: bool = True, marked: bool = False, page_w: float = 900.0,
               page_h: float = 1100.0) -> str:
    """A PDF viewer page (pdf.js) saved by a browser: a page a <div class="page"> holding a canvas and a
    <div class="textLayer"> of <span> per text run (`percent`: left/top in % of the page, the font size and the
    layer's size as calc(var(--scale-factor)*…px), pdf.js 3+; else px, pdf.js 2), each run scaled to its width in
    the PDF by transform:scaleX(…); the viewer's style sheet (which makes the spans absolute) a separate file;
    `marked`: runs grouped in <span class="markedContent"> (tagged PDFs)."""
    pages: dict = collections.OrderedDict()
    for n, (page, text, x, top) in enumerate(lines):
        if percent:
            style = (f"left: {100 * x / page_w:.2f}%; top: {100 * top / page_h:.2f}%; font-size: "
                     f"calc(var(--scale-factor)*{fs:.2f}px); font-family: sans-serif;")
        else:
            style = f"left: {x:.2f}px; top: {top:.2f}px; font-size: {fs:.2f}px; font-family: sans-serif;"
        span = (f'<span role="presentation" dir="ltr" style="{style} transform: scaleX({0.93 + (n % 7) / 100:.3f});">'
                f"{html.escape(text)}</span><br role=\"presentation\">")
        if marked:
            span = f'<span class="markedContent" id="p{page}R_mc{n}">{span}</span>'
        pages.setdefault(page, []).append(span)
    size = (f"width: calc(var(--scale-factor) * {page_w:.2f}px); height: calc(var(--scale-factor) * {page_h:.2f}px);"
            if percent else f"width: {page_w:.0f}px; height: {page_h:.0f}px;")
    body = "".join(f'<div class="page" data-page-number="{p}" role="region" data-loaded="true" style="{size}">'
                   f'<div class="canvasWrapper"><canvas role="presentation" width="{page_w:.0f}" height="{page_h:.0f}" '
                   f'style="width: {page_w:.0f}px; height: {page_h:.0f}px;"></canvas></div>'
                   f'<div class="textLayer" style="{size}">' + "\n".join(o) + "</div></div>" for p, o in pages.items())
    return ('<!DOCTYPE html><html dir="ltr"><head><meta charset="utf-8"><title>' + title + '</title>'
            '<link rel="stylesheet" href="viewer.css"></head><body tabindex="1"><div id="outerContainer">'
            '<div id="mainContainer"><div class="toolbar"><div id="toolbarContainer"><button id="previous" '
            'class="toolbarButton" title="上一页"><span>上一页</span></button><button id="next" class="toolbarButton">'
            '<span>下一页</span></button></div></div><div id="viewerContainer" tabindex="0"><div id="viewer" '
            'class="pdfViewer" style="--scale-factor: 1.333333;">' + body + "</div></div></div></div></body></html>")
