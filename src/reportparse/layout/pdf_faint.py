"""Light watermarks and seals at the body's size: faint or coloured text drawn over the page's text, left out.

A stamp such as 仅供参考 or the issuer's name, tiled upright over a table in light grey or at a low
opacity, is set at the size of the text it covers: neither its slant nor its size gives it away
(pdf._drop_faint takes the large ones), and its characters fall into the cells it crosses. What
gives it away is that it is drawn over the page: one of its characters covers a character drawn
in full colour, or straddles a ruling line. Grey text of the page itself (a grey header, grey
figures) stands in its cells like any other text and is kept. Once a faint text is seen over the
page, every copy of it (the same characters, drawn faint) is left out, on this page and after:
the tile that happens to fall on a blank cell would otherwise be read as its figure. A text object
of one digit is no watermark: a grey figure drawn glyph by glyph (tracked) puts each digit in its
own object, and one run over a cell's rule (full-width digits) made every grey copy of that digit on
the page and after a watermark (a grey 总计 row's 1, 6 and 8 left out: 36 read 3, 108 read 0).

An issuer's seal stamped in red over the closing date or a table is the same: its text set upright
at the body's size joined the date (青溪20县2人4年…: the publish date lost) and the cells it
crossed (22 values lost). Text in a strong colour (pdf_objects.drawn_faint) is left out only where
it is drawn over the page in the same way: a red title or a red figure standing alone is kept.

The faint text objects come from PDFium (pdf_objects.faint_text: colour, opacity, rendering mode,
origin); the characters from whichever reader read the page. A text object's characters are the
run of characters that starts at its origin, in the order they were drawn, along one baseline
(PDFium's own box of the object can stop short of a non-embedded CJK font's last characters).
"""
from __future__ import annotations

import bisect

from .pdf_settings import PDFLayoutSettings

Char = tuple      # (char, left, bottom, right, top) in user space


# a quarter turn taking text that runs along (a, b) to run left to right: (x, y) -> (x', y')
_TURNS = {(1, 0): lambda x, y: (x, y), (0, 1): lambda x, y: (y, -x),
          (0, -1): lambda x, y: (-y, x), (-1, 0): lambda x, y: (-x, -y)}


def _quarter(tm) -> tuple:
    """The page axis (1, 0), (0, 1), (0, -1) or (-1, 0) a text matrix's baseline runs along, its up
    direction a left turn from it (not mirrored), or () for any other matrix."""
    a, b, c, d = tm[:4]
    n = max(abs(a), abs(b), 1e-9)
    if abs(a) > 0.035 * n and abs(b) > 0.035 * n:
        return ()
    axis = (round(a / n), round(b / n))
    up = (round(c / max(abs(c), abs(d), 1e-9)), round(d / max(abs(c), abs(d), 1e-9)))
    return axis if up == (-axis[1], axis[0]) else ()


def _turned(turn, ch: Char) -> Char:
    (x0, y0), (x1, y1) = turn(ch[1], ch[2]), turn(ch[3], ch[4])
    return (ch[0], min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _run_at(chars: list[Char], start: dict, box, tm, size: float, wide: float = 0.0,
            space: float = PDFLayoutSettings.faint_space, fit: float = PDFLayoutSettings.faint_size_fit) -> list[int]:
    """The characters (indices) of the text object with box `box`, text matrix `tm` (a b c d e f)
    and font size `size`: the first starts at its origin (to a tenth of a point: both readers place
    it there), the rest follow it in drawing order along its baseline, each after the one before,
    up to the box's right end (PDFium's box ends near the last character's start or end). Where
    characters of the page start at the same point, the run that ends at the box's end is it.
    `wide`: the ems PDFium gives each Latin character more than the characters read (a font with no
    widths table, its half-width glyphs read at their width: pdf_chars._half_widths, an em to PDFium);
    a space of such a text ('内部资料 2024') is one too, though no character is read for it: a gap in the
    run wider than its tightest by `space` of the size (PDFLayoutSettings.faint_space) counts as one.
    Every character of the run is of the object's size: its height within `fit` of it
    (PDFLayoutSettings.faint_size_fit; a label's 8 pt characters starting at a 20 pt stamp's origin
    and ending near its box's end are no run of it)."""
    a, b, c, d, e, f = tm
    if abs(b) > 0.035 * abs(a) or abs(c) > 0.035 * abs(d) or a <= 0 or d <= 0:
        return []                       # (upright text only: a slanted stamp is taken as slanted)
    s = max(size * d, 1.0)
    right = box[2]

    def sized(ch: Char) -> bool:
        return abs(ch[4] - ch[2] - s) <= fit * s
    best, least = [], None
    for k in start.get(round(e), []) + start.get(round(e) - 1, []) + start.get(round(e) + 1, []):
        ch = chars[k]
        if abs(ch[1] - e) > 0.1 or not ch[2] < f < ch[4] or not sized(ch):
            continue
        run = [k]
        for j in range(k + 1, len(chars)):
            prev, nxt = chars[run[-1]], chars[j]
            if (abs(nxt[2] - prev[2]) > 0.1 or not -0.1 <= nxt[1] - prev[3] <= 0.8 * s or nxt[1] > right + 0.1
                    or not sized(nxt)):
                break
            run.append(j)
        last = chars[run[-1]]
        shift = wide * s * (sum(chars[j][0] < "\u2e80" for j in run[:-1]) + _spaces(chars, run, space * s))
        miss = min(abs(last[1] + shift - right), abs(last[3] + shift + (wide * s if last[0] < "\u2e80" else 0) - right))
        if miss <= 0.5 * s and (least is None or miss < least):
            best, least = run, miss
    return best


def _spaces(chars: list[Char], run: list[int], over: float) -> int:
    """The gaps of a run of characters wider than its tightest by more than `over` points: its spaces
    (tracked text, every gap as wide, has none)."""
    gaps = [chars[j][1] - chars[i][3] for i, j in zip(run, run[1:])]
    return sum(g > min(gaps) + over for g in gaps) if gaps else 0


def _over(ch: Char, other: Char) -> bool:
    """Do two characters' boxes cover each other by more than a sliver (a quarter of the smaller
    one's width and height)?"""
    w = min(ch[3] - ch[1], other[3] - other[1])
    h = min(ch[4] - ch[2], other[4] - other[2])
    return (min(ch[3], other[3]) - max(ch[1], other[1]) > 0.25 * w
            and min(ch[4], other[4]) - max(ch[2], other[2]) > 0.25 * h)


def _straddles(ch: Char, verticals: list[tuple[float, float, float]]) -> bool:
    """Does a vertical ruling line (x, y0, y1) run through the character's middle part?"""
    _, l, b, r, t = ch
    w, mid = r - l, (b + t) / 2
    return any(l + 0.2 * w < x < r - 0.2 * w and y0 <= mid <= y1 for x, y0, y1 in verticals)


def _in_ring(ch: Char, rings) -> bool:
    """Does the character's middle stand inside one of the round coloured outlines (a seal's ring)?"""
    x, y = (ch[1] + ch[3]) / 2, (ch[2] + ch[4]) / 2
    return any(x0 < x < x1 and y0 < y < y1 for x0, y0, x1, y1 in rings)


def watermark_chars(chars: list[Char], objects, segments, marks: set[str],
                    rings=(), wide: float = 0.0, space: float = PDFLayoutSettings.faint_space,
                    fit: float = PDFLayoutSettings.faint_size_fit) -> tuple[set[int], list[tuple[str, bool]]]:
    """The characters (indices into `chars`) of faint or coloured text drawn over the page (above),
    and the texts found on this page, each with whether it was drawn light (or coloured: a seal). `objects`: pdf_objects.faint_text(page, raw); `segments`:
    the page's ruling segments (pdf_objects.Shapes.segments, user space); `marks`: the watermark
    texts of the pages before (updated); `rings`: the boxes of round coloured outlines
    (Shapes.rings): coloured text inside one is a seal's, wherever it stands; `wide`, `space`, `fit`: as _run_at."""
    runs, light, axes = [], [], []
    # a stamp drawn along the page's turned text (table 三 set sideways on an upright page) is read
    # in that frame: the characters, the object's box and origin turned so that it runs upright
    by_turn: dict[tuple, list] = {}
    for obj in objects:
        if axis := _quarter(obj[1]):
            by_turn.setdefault(axis, []).append(obj)
    for axis, objs in by_turn.items():
        turn = _TURNS[axis]
        seen = chars if axis == (1, 0) else [_turned(turn, ch) for ch in chars]
        start: dict[int, list[int]] = {}
        for k, ch in enumerate(seen):
            start.setdefault(round(ch[1]), []).append(k)
        for box, tm, size, is_light in objs:
            a, b, c, d, e, f = tm
            (a, b), (c, d), (e, f) = turn(a, b), turn(c, d), turn(e, f)
            if run := _run_at(seen, start, _turned(turn, ("",) + tuple(box))[1:], (a, b, c, d, e, f), size, wide,
                                space, fit):
                runs.append(run)
                light.append(is_light)
                axes.append(axis)
    if not runs:
        return set(), []
    faint = {k for run in runs for k in run}
    verticals = {}                      # (the rules across each stamp's line, in its frame)
    for axis in set(axes):
        turn = _TURNS[axis]
        ends = [turn(x0, y0) + turn(x1, y1) + (slack,) for x0, y0, x1, y1, slack in segments]
        verticals[axis] = [((x0 + x1) / 2, min(y0, y1), max(y0, y1)) for x0, y0, x1, y1, slack in ends
                           if abs(x1 - x0) <= slack and abs(y1 - y0) > 0]
    # the page's characters drawn in full colour, by their left edge (a character is at most a
    # few size-widths wide: those within reach are compared)
    solid = sorted((chars[k][1], k) for k in range(len(chars)) if k not in faint)
    lefts = [x for x, _ in solid]

    def covers(ch: Char) -> bool:
        reach = 3 * (ch[4] - ch[2]) + 1
        lo, hi = bisect.bisect_left(lefts, ch[1] - reach), bisect.bisect_right(lefts, ch[3])
        return any(_over(ch, chars[solid[j][1]]) for j in range(lo, hi))

    def twin(k: int) -> bool:
        ch = chars[k]
        lo, hi = bisect.bisect_left(lefts, ch[1] - (ch[4] - ch[2]) - 1), bisect.bisect_right(lefts, ch[3])
        return any(chars[solid[j][1]][0] == ch[0] and _over(ch, chars[solid[j][1]]) for j in range(lo, hi))

    texts = ["".join(chars[k][0] for k in run) for run in runs]
    found = []
    copies: set[int] = set()
    for run, text, is_light, axis in zip(runs, texts, light, axes):
        if len(text) == 1 and text.isdigit():
            # (one digit a text object: a grey figure drawn glyph by glyph, no watermark; but over
            # the same digit drawn in full colour it is that digit's shadow: left out, no mark made)
            if is_light and twin(run[0]):
                copies.add(run[0])
            continue
        turn = _TURNS[axis]
        if text not in marks and (any(covers(chars[k]) or _straddles(_turned(turn, chars[k]), verticals[axis])
                                      for k in run)
                                  or not is_light and rings and all(_in_ring(chars[k], rings) for k in run)):
            marks.add(text)
            found.append(text)
    drop = {k for run, text in zip(runs, texts) if text in marks for k in run} | copies
    return drop, list(dict.fromkeys((t, is_light) for t, is_light in zip(texts, light) if t in marks))
