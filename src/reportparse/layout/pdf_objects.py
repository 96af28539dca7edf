"""A PDF page's objects read through PDFium for pdf.py: ruling-line segments, image area, fonts.

One walk over the page objects (forms included) collects the path segments that can be table
rules, the area covered by images, and whether any text uses a font that is neither embedded nor
one of the 14 standard fonts (pdf.py then reads that page's characters with pdf_chars.py). The
PDFium functions called per object here and per character in pdf_textpage.py are declared a second time
without argument types (`untyped_calls`), which halves the cost of each call.
"""
from __future__ import annotations

import ctypes
from functools import partial

from .pdf_chars import BASE14
from .pdf_settings import PDFLayoutSettings


class Handle(ctypes.c_void_p):
    """A PDFium handle as a function returns it (ctypes would turn a plain c_void_p result into
    an int, which cannot be passed back to a function declared without argument types)."""


_UNTYPED: dict = {}


def untyped_calls(raw):
    """The PDFium functions called per character or per page object, declared again without
    argument types: ctypes then passes each argument as it is instead of converting it, which is
    about half the cost of a call, and these calls are most of a page's reading time. Callers
    pass handles, Python ints for C int parameters only, and byref() for out-parameters."""
    if not _UNTYPED:
        made = {}
        for name, restype in (("FPDFText_GetUnicode", None), ("FPDFText_IsGenerated", None),
                              ("FPDFText_HasUnicodeMapError", None), ("FPDFText_GetLooseCharBox", None),
                              ("FPDFText_GetCharAngle", None),
                              ("FPDFPage_GetObject", Handle), ("FPDFPageObj_GetType", None),
                              ("FPDFTextObj_GetFont", ctypes.c_void_p),     # an int: the fonts' cache key
                              ("FPDFPageObj_GetBounds", None), ("FPDFPageObj_GetMatrix", None),
                              ("FPDFFormObj_CountObjects", None), ("FPDFFormObj_GetObject", Handle),
                              ("FPDFPath_GetDrawMode", None), ("FPDFPageObj_GetStrokeColor", None),
                              ("FPDFPageObj_GetFillColor", None), ("FPDFPath_CountSegments", None),
                              ("FPDFPath_GetPathSegment", Handle), ("FPDFPathSegment_GetPoint", None),
                              ("FPDFPathSegment_GetType", None), ("FPDFPathSegment_GetClose", None),
                              ("FPDFTextObj_GetTextRenderMode", None), ("FPDFTextObj_GetFontSize", None)):
            fn = getattr(raw, name)
            made[name] = ctypes.CFUNCTYPE(restype or fn.restype)(ctypes.cast(fn, ctypes.c_void_p).value)
        _UNTYPED.update(made)       # all at once: a reader never sees part of them
    return _UNTYPED


class Shapes:
    """One walk over the page's objects: ruling-line segments, image area, and whether any text
    uses a font that is neither embedded nor one of the 14 standard fonts (PDFium would place
    those characters with whatever font the machine has: pdf_chars.py reads them instead)."""

    def __init__(self, page, raw, layout: PDFLayoutSettings):
        self.layout = layout
        self.segments: list[tuple[float, float, float, float, float]] = []   # x0 y0 x1 y1 slack
        self.image_area = 0.0
        self.images: list[tuple[float, float, float, float]] = []    # left, bottom, right, top
        self.foreign_fonts = False
        #: some text object is drawn light, transparent, as light outlines or in a strong colour (a
        #: watermark, a seal, or grey or coloured text: pdf_faint.py tells which)
        self.faint_text = False
        #: boxes (left, bottom, right, top) of round outlines in a strong colour: a seal's ring
        #: (pdf_faint.py: coloured text inside one is the seal's)
        self.rings: list[tuple[float, float, float, float]] = []
        self._fonts: dict[int, bool] = {}
        self._raw = raw
        calls = untyped_calls(raw)
        self._drawn = drawn_faint(calls)
        self._walk(page, raw, calls, None, None)

    @property
    def rings_full(self) -> bool:
        return len(self.rings) >= MAX_RINGS         # (a chart of coloured curves is no seal)

    def _ring(self, obj, calls, rgba, channels, subpaths) -> None:
        """Keep the box of a curved path that may be a seal's ring: about as wide as high, 24 to
        300 pt, stroked or filled in a strong colour."""
        xs = [x for pts in subpaths for x, _y in pts]
        ys = [y for pts in subpaths for _x, y in pts]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        if not (24 <= w <= 300 and 0.75 * h <= w <= 1.33 * h):
            return
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        if any(abs(x - cx) < 0.3 * w and abs(y - cy) < 0.3 * h for x, y in zip(xs, ys)):
            return                  # (a point near its middle: a pie's slice, a blob, not a ring)
        for getter in ("FPDFPageObj_GetStrokeColor", "FPDFPageObj_GetFillColor"):
            if calls[getter](obj, *rgba) and strong(*(c.value for c in channels[:3])):
                self.rings.append((min(xs), min(ys), max(xs), max(ys)))
                return

    def _font_is_foreign(self, font: int) -> bool:
        raw = self._raw
        handle = ctypes.c_void_p(font)
        if raw.FPDFFont_GetIsEmbedded(ctypes.cast(handle, raw.FPDF_FONT)) != 0:
            return False
        get_name = getattr(raw, "FPDFFont_GetBaseFontName", None) or raw.FPDFFont_GetFontName
        buf = ctypes.create_string_buffer(256)
        size = get_name(ctypes.cast(handle, raw.FPDF_FONT), buf, 256)
        name = buf.value.decode("latin-1", "replace") if size else ""
        return name.split("+")[-1] not in BASE14

    def _walk(self, page, raw, calls, handle, parent):
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        fill_ref, stroke_ref = ctypes.byref(fill), ctypes.byref(stroke)
        r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
        rgba = ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)
        fx, fy = ctypes.c_float(), ctypes.c_float()
        fx_ref, fy_ref = ctypes.byref(fx), ctypes.byref(fy)
        matrix = raw.FS_MATRIX()
        matrix_ref = ctypes.byref(matrix)
        PATH, IMAGE, FORM, TEXT = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM, raw.FPDF_PAGEOBJ_TEXT
        MOVETO, BEZIERTO = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO
        get_type, get_font = calls["FPDFPageObj_GetType"], calls["FPDFTextObj_GetFont"]
        get_matrix, get_draw_mode = calls["FPDFPageObj_GetMatrix"], calls["FPDFPath_GetDrawMode"]
        count_segments, get_segment = calls["FPDFPath_CountSegments"], calls["FPDFPath_GetPathSegment"]
        get_point, segment_type = calls["FPDFPathSegment_GetPoint"], calls["FPDFPathSegment_GetType"]
        segment_closes = calls["FPDFPathSegment_GetClose"]
        fonts, drawn = self._fonts, self._drawn
        thin, max_segments = self.layout.thin_rule, self.layout.max_path_segments
        slack = self.layout.stroke_slack
        add = self.segments.append

        def visible(getter, obj) -> bool:
            if not getter(obj, *rgba):
                return True
            return a.value > 0 and not (r.value > 240 and g.value > 240 and b.value > 240)

        if parent is not None:
            get_form_object = calls["FPDFFormObj_GetObject"]
            objects = (get_form_object(handle, ctypes.c_ulong(k))
                       for k in range(calls["FPDFFormObj_CountObjects"](handle)))
        else:
            objects = map(partial(calls["FPDFPage_GetObject"], page.raw), range(raw.FPDFPage_CountObjects(page.raw)))
        foreign = self.foreign_fonts    # (a local: read and written per text object)
        faint = self.faint_text
        for obj in objects:
            if not foreign:
                # asked first: a text object's font (its address, an int) or None for any other
                # object, which saves asking the type of each text object (most objects are)
                font = get_font(obj)
                if font:
                    foreign = fonts.get(font)
                    if foreign is None:
                        foreign = fonts[font] = self._font_is_foreign(font)
                    if not faint:
                        faint = self.faint_text = drawn(obj)
                    continue
            kind = get_type(obj)
            if kind == TEXT:
                if not faint:
                    faint = self.faint_text = drawn(obj)
                continue
            if kind == IMAGE:
                bl, bb, br, bt = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
                if calls["FPDFPageObj_GetBounds"](obj, ctypes.byref(bl), ctypes.byref(bb), ctypes.byref(br),
                                                  ctypes.byref(bt)):
                    self.image_area += abs((br.value - bl.value) * (bt.value - bb.value))
                    self.images.append((bl.value, bb.value, br.value, bt.value))
                continue
            if kind == FORM:
                if parent is None or parent[1] < 6:
                    get_matrix(obj, matrix_ref)
                    m = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
                    self.foreign_fonts = foreign
                    self._walk(page, raw, calls, obj, (compose(m, parent[0]) if parent else m,
                                                       (parent[1] + 1) if parent else 1))
                    foreign, faint = self.foreign_fonts, self.faint_text
                continue
            if kind != PATH:
                continue
            get_draw_mode(obj, fill_ref, stroke_ref)
            do_stroke = bool(stroke.value) and visible(calls["FPDFPageObj_GetStrokeColor"], obj)
            do_fill = bool(fill.value) and visible(calls["FPDFPageObj_GetFillColor"], obj)
            if not (do_stroke or do_fill):
                continue
            nseg = count_segments(obj)
            if nseg > max_segments:
                continue
            get_matrix(obj, matrix_ref)
            m = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
            if parent is not None:
                m = compose(m, parent[0])
            subpaths: list[list[tuple[float, float]]] = []
            closed: list[bool] = []
            curved = False
            for s in range(nseg):
                seg = get_segment(obj, s)
                get_point(seg, fx_ref, fy_ref)
                x, y = fx.value, fy.value
                pt = (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
                t = segment_type(seg)
                if t == MOVETO or not subpaths:
                    subpaths.append([pt])
                    closed.append(False)
                else:
                    if t == BEZIERTO:
                        curved = True
                    subpaths[-1].append(pt)
                if do_stroke and segment_closes(seg):     # (a fill is closed anyway)
                    closed[-1] = True
            if curved:
                if not self.rings_full:
                    self._ring(obj, calls, rgba, (r, g, b), subpaths)
                continue
            for pts, is_closed in zip(subpaths, closed):
                rule_segments(pts, is_closed, do_stroke, do_fill, slack, thin, add)
        self.foreign_fonts = foreign

    def edges(self, frame):
        """Horizontal (y, x0, x1) and vertical (x, top, bottom) ruling lines in the upright frame
        (pdf._Frame)."""
        return rule_edges(self.segments, frame.point, self.layout.min_edge)


def rule_segments(pts, is_closed: bool, stroke: bool, fill: bool, slack: float, thin: float, add) -> None:
    """The segments (x0, y0, x1, y1, slack) of one straight subpath that can be table rules, passed
    to `add`: every stroked side (a closed subpath's closing side too), and a filled rectangle at
    most `thin` thick as the line down its middle (Word and WPS draw rules this way). Shared by
    the PDF and OFD readers."""
    if stroke:
        seq = pts + [pts[0]] if is_closed and len(pts) > 2 else pts
        for (x0, y0), (x1, y1) in zip(seq, seq[1:]):
            add((x0, y0, x1, y1, slack))
    if fill and len(pts) >= 4:
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        if h <= thin < w:
            cy = (min(ys) + max(ys)) / 2
            add((min(xs), cy, max(xs), cy, thin))
        elif w <= thin < h:
            cx = (min(xs) + max(xs)) / 2
            add((cx, min(ys), cx, max(ys), thin))


def rule_edges(segments, point, min_edge: float):
    """Horizontal (y, x0, x1) and vertical (x, top, bottom) ruling lines of `segments`, each end
    taken to the upright frame by `point` (x, y) → (x, y down)."""
    hedges: list[tuple[float, float, float]] = []
    vedges: list[tuple[float, float, float]] = []
    for x0, y0, x1, y1, slack in segments:
        (ax, ay), (bx, by) = point(x0, y0), point(x1, y1)
        w, h = abs(bx - ax), abs(by - ay)
        if h <= slack and w >= min_edge:
            hedges.append(((ay + by) / 2, min(ax, bx), max(ax, bx)))
        elif w <= slack and h >= min_edge:
            vedges.append(((ax + bx) / 2, min(ay, by), max(ay, by)))
    return hedges, vedges


def invisible_text(page, raw) -> bool:
    """Whether most of the page's text objects are drawn invisible (render mode 3): the text layer
    an OCR program lays over a scanned page image (Acrobat, ABBYY: a "searchable image" PDF),
    maybe with a visible page number or stamp added. Asked only of image pages with little text
    (pdf.py), so this second walk costs nothing elsewhere."""
    calls = untyped_calls(raw)
    get_object, get_type = calls["FPDFPage_GetObject"], calls["FPDFPageObj_GetType"]
    invisible = visible = 0
    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = get_object(page.raw, k)
        if get_type(obj) == raw.FPDF_PAGEOBJ_TEXT:
            if raw.FPDFTextObj_GetTextRenderMode(ctypes.cast(obj, raw.FPDF_PAGEOBJECT)) == \
                    raw.FPDF_TEXTRENDERMODE_INVISIBLE:
                invisible += 1
            else:
                visible += 1
    return invisible > visible


def drawn_faint(calls):
    """A function telling of a text object whether it is drawn light (every colour channel at least
    half way to white), transparent (fill opacity under 0.6) or as hollow outlines of such a colour
    (1), or in a strong colour (2: the red of an issuer's seal; pdf_faint.py leaves it out only
    where it is drawn over the page's text), or neither (0). (An invisible one, an OCR layer's text,
    is read as it is.) Made once per page walk: it reads the colour into one buffer and keeps the
    answer per colour (its 16 bytes), as a page's text is in a few colours and the two PDFium calls
    are then most of its cost."""
    mode_of = calls["FPDFTextObj_GetTextRenderMode"]
    stroke_colour, fill_colour = calls["FPDFPageObj_GetStrokeColor"], calls["FPDFPageObj_GetFillColor"]
    rgba = (ctypes.c_uint * 4)()
    refs = tuple(ctypes.byref(rgba, 4 * k) for k in range(4))
    known: dict[bytes, int] = {}

    def drawn(obj) -> int:
        mode = mode_of(obj)
        if mode in (3, 7):
            return 0
        if not (stroke_colour if mode in (1, 5) else fill_colour)(obj, *refs):
            return 0
        key = bytes(rgba)
        kind = known.get(key)
        if kind is None:
            kind = known[key] = colour_kind(*rgba)
        return kind
    return drawn


def colour_kind(r: int, g: int, b: int, a: int) -> int:
    """1 for a light (every channel 0-255 at least 128) or transparent (alpha under 153) colour, 2
    for a strong one, else 0 (drawn_faint)."""
    if a < 153 or min(r, g, b) >= 128:
        return 1
    return 2 if strong(r, g, b) else 0


def strong(r: int, g: int, b: int) -> bool:
    """A strong colour (channels 0-255 far apart): a seal's red, not black, grey or dark blue-grey."""
    return max(r, g, b) - min(r, g, b) >= COLOURED


#: a colour whose channels differ by this much (of 255) is a strong colour: red (230, 25, 25) is
#: one; a report's black, greys and dark blue-greys are not
COLOURED = 128
#: round coloured outlines kept per page, at most (a seal or two; a chart has many)
MAX_RINGS = 8


def faint_text(page, raw, tall: float = 0.0) -> list[tuple[tuple[float, float, float, float], tuple, float, bool]]:
    """The text objects of the page drawn faint or in a strong colour (drawn_faint) and taller than
    `tall` points (along or across their line): each as its box (left, bottom, right, top, in user
    space), its text matrix (a b c d e f: its origin is (e, f)), its font size and whether it is
    light or transparent (not coloured). A watermark stamped on the page's axes, which no slant
    gives away, a seal, or grey or coloured text (pdf.py and pdf_faint.py tell which). Asked only of
    pages where the first walk (Shapes) saw such text, so this second walk costs nothing elsewhere."""
    calls = untyped_calls(raw)
    get_object, get_type = calls["FPDFPage_GetObject"], calls["FPDFPageObj_GetType"]
    get_bounds, get_matrix = calls["FPDFPageObj_GetBounds"], calls["FPDFPageObj_GetMatrix"]
    size_of = calls["FPDFTextObj_GetFontSize"]
    bl, bb, br, bt = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    bounds = ctypes.byref(bl), ctypes.byref(bb), ctypes.byref(br), ctypes.byref(bt)
    drawn_kind = drawn_faint(calls)
    fsize = ctypes.c_float()
    matrix = raw.FS_MATRIX()
    TEXT, FORM = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_FORM
    out: list = []

    def walk(objects, m, depth):
        for obj in objects:
            kind = get_type(obj)
            if kind == FORM and depth < 6:
                get_matrix(obj, ctypes.byref(matrix))
                inner = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
                walk([calls["FPDFFormObj_GetObject"](obj, ctypes.c_ulong(k))
                      for k in range(calls["FPDFFormObj_CountObjects"](obj))],
                     compose(inner, m) if m else inner, depth + 1)
                continue
            if kind != TEXT:
                continue
            if get_bounds(obj, *bounds):
                box = (bl.value, bb.value, br.value, bt.value)
            elif not tall:
                # PDFium gives a one-character object of a non-embedded CJK font no box on a machine
                # without the font (a seal's characters, one object each): its origin then
                get_matrix(obj, ctypes.byref(matrix))
                box = (matrix.e, matrix.f, matrix.e, matrix.f)
            else:
                continue
            if m:                       # (a form's objects are measured in the form's space)
                xs, ys = zip(*((m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
                               for x in (box[0], box[2]) for y in (box[1], box[3])))
                box = (min(xs), min(ys), max(xs), max(ys))
            if tall and max(box[2] - box[0], box[3] - box[1]) <= tall:
                continue                # (its extent along the line may be short: see pdf._drop_faint)
            drawn = drawn_kind(obj)
            if not drawn:
                continue
            get_matrix(obj, ctypes.byref(matrix))
            tm = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
            if m:
                tm = compose(tm, m)
            size = fsize.value if size_of(obj, ctypes.byref(fsize)) else 0.0
            out.append((box, tm, size, drawn == 1))

    walk([get_object(page.raw, k) for k in range(raw.FPDFPage_CountObjects(page.raw))], None, 0)
    return out


def compose(m, n):
    """m then n (PDF matrices a b c d e f)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def bare_pictures(images, chars, width: float) -> list[tuple[float, float]]:
    """(width, height) of the pictures on a page with a text layer that may hold what is not read:
    wider than a third of the page and 36 pt high, with no character of the text layer over them (a
    table or text pasted in as an image; a seal, a logo, a picture behind the text or a scanned page
    under its OCR layer is none; a scanned page with a few characters is told apart in pdf.py)."""
    out = []
    for left, bottom, right, top in images:
        w, h = right - left, top - bottom
        if w < width / 3 or h < 36:
            continue
        if not any(left <= (c[1] + c[3]) / 2 <= right and bottom <= (c[2] + c[4]) / 2 <= top for c in chars):
            out.append((w, h))
    return out

