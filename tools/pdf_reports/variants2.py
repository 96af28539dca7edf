"""Invented reports for the PDF damage classes of stop 25: landscape pages (/Rotate 90 or 270, or
the text turned on an upright page), table 三 split over two pages (header repeated or not, a row
cut by the break), figures with leaders or dashes for blanks, fees of 0.00 or with the unit in the
header, a CID font with no ToUnicode, and an OCR layer with misread digits."""
from __future__ import annotations

import io
import re

from damage.data import T3_OUTCOMES_2021

from .pieces import APPLICANTS, T3_HEADER, T3_WIDTHS, expected, table3_rows, table4_rows, write_report
from .reports import report_tables
from .sheets import concat_pdfs
from .writer import C, Writer

ORDER = (["requests.new", "requests.carried_over"] + [k for k, _g, _l in T3_OUTCOMES_2021]
         + ["requests.answered", "requests.carried_forward"])       # table 三's body rows, in order


def build(target, who: str, seed: int, edit=None, t3_split=None, **writer) -> dict:
    """`who`'s 2021-template report (numbers from `seed`) drawn by a Writer with `writer`'s options;
    `edit(values, t2, body, t4)` changes the printed rows (and the expected values) first,
    `t3_split(w, body, rows)` draws table 三. Returns the expected values (invented county: no code)."""
    values, t2, rows, t4v, outcomes = report_tables(seed, "2021")
    body, t4 = table3_rows(rows, outcomes), table4_rows(t4v)
    if edit:
        edit(values, t2, body, t4)
    w = Writer(target, title=f"{who}2023年政府信息公开工作年度报告", **writer)
    w.title(who, "2023年政府信息公开工作年度报告")
    write_report(w, who=who, year=2023, t2=t2, t3=body, t4=t4,
                 t3_split=t3_split and (lambda w: t3_split(w, body, rows)))
    w.save()
    exp = expected(2023, "2021", None, values)
    del exp["region_code"]
    return exp


# ---------------------------------------------------------------- landscape

def landscape_t3(rotate: int = 90, sideways: bool = False):
    """A `t3_split` drawing table 三 alone on a landscape page: portrait media turned by /Rotate
    `rotate`, or (`sideways`) an upright page whose text runs up (90) or down (270) it, the table
    drawn with a turned matrix."""
    def landscape(w: Writer, body: list, rows: dict) -> None:
        w.new_page(landscape_rotated=True, rotate=rotate, sideways=sideways)
        w.y = w.frame[1] - 40
        w.table([30, 90, 250] + [50] * 7, T3_HEADER + body, size=7.5, pad=1.5, header_rows=len(T3_HEADER))
        w.new_page()
    return landscape


def report_landscape(target, *, seed: int, rotate: int = 90, sideways: bool = False, rules: str = "grid") -> dict:
    """Table 三 alone on a landscape page (landscape_t3)."""
    return build(target, "云溪县人民政府", seed, t3_split=landscape_t3(rotate, sideways), rules=rules)


# ---------------------------------------------------------------- table 三 over two pages

def spans(rows: list[list[C]], ncol: int) -> list[tuple[int, int, C]]:
    """(row, column, cell) of every cell of `rows` (spans as in HTML)."""
    taken: set = set()
    out = []
    for r, row in enumerate(rows):
        col = 0
        for cell in row:
            while (r, col) in taken:
                col += 1
            taken |= {(r + i, col + j) for i in range(cell.rs) for j in range(cell.cs)}
            out.append((r, col, cell))
            col += cell.cs
    return out


def split_at(body: list, k: int, cut: bool, ncol: int = 10) -> tuple[list, list]:
    """Table 三's body cut before row `k` (or, `cut`, inside it: its label above, its figures below):
    the two parts, every span shortened or carried over so that each part is a table of its own."""
    top: dict[int, list] = {r: [] for r in range(k + (1 if cut else 0))}
    bottom: dict[int, list] = {r: [] for r in range(k, len(body))}
    for r, col, cell in spans(body, ncol):
        end = r + cell.rs                       # the rows it covers: r .. end-1
        figure = col >= 3
        if r < k:
            top[r].append((col, C(cell.text, cell.cs, min(end, k + (1 if cut else 0)) - r, cell.bold)))
            if end > k:                         # carried over the break (blank below it)
                bottom[k].append((col, C("", cell.cs, end - k)))
        elif r == k and cut:
            top[k].append((col, C("" if figure else cell.text, cell.cs, 1, cell.bold)))
            bottom[k].append((col, C(cell.text if figure else "", cell.cs, cell.rs, cell.bold)))
        else:
            bottom[r].append((col, cell))
    order = lambda part: [[c for _col, c in sorted(part[r], key=lambda t: t[0])] for r in sorted(part)]
    return order(top), order(bottom)


def report_t3_split(target, *, seed: int, rules: str, at: int = 12, repeat: bool = True, cut: bool = False) -> dict:
    """Table 三 over a page break before body row `at` (or inside it, `cut`: label above, figures
    below, the table left open at the break as WPS does), its header rows repeated below or not."""
    def split(w: Writer, body: list, rows: dict) -> None:
        top, bottom = split_at(body, at, cut)
        w.room(540)
        w.table(T3_WIDTHS, T3_HEADER + top, header_rows=len(T3_HEADER), open_bottom=cut)
        w.new_page()
        w.y -= 10
        w.table(T3_WIDTHS, (T3_HEADER if repeat else []) + bottom, header_rows=len(T3_HEADER) if repeat else 0,
                open_top=cut and not repeat)
    return build(target, "石泉县人民政府", seed, t3_split=split, rules=rules)


# ---------------------------------------------------------------- figures and blanks

def report_leaders(target, *, seed: int, rules: str, lead: str) -> dict:
    """Figures flush right in their cells after `lead` (spaces, dots: a tab leader in the text layer)."""
    return build(target, "白沙县人民政府", seed, rules=rules, right_figures=True, figure_lead=lead)


def blank_with(mark: str, t3: tuple = (("requests.granted", 1), ("requests.denied.third_party", 4),
                                        ("requests.carried_forward", 0)), t4: tuple = (6,)):
    """An `edit` printing `mark` (a dash, a slash) in some cells of tables 二, 三 and 四: null cells."""
    t4keys = [f"{g}.{o}" for g in ("review", "litigation.direct", "litigation.after_review")
              for o in ("upheld", "corrected", "other", "pending", "total")]

    def edit(values, t2, body, t4rows):
        for key, j in t3:
            row = body[ORDER.index(key)]
            row[len(row) - 7 + j] = C(mark)
            values[f"{key}|applicant={(APPLICANTS + ('total',))[j]}"] = None
        for j in t4:
            t4rows[-1][j] = C(mark)
            values[t4keys[j]] = None
        t2[2][2] = C(mark)                              # 规章 本年废止件数
        values["disclosure.regulations.repealed"] = None
    return edit


def report_blank_marks(target, *, seed: int, rules: str, mark: str, right: bool = False) -> dict:
    return build(target, "黄沙县人民政府", seed, edit=blank_with(mark), rules=rules, right_figures=right)


def fees(amount: str | None = None, head: str | None = None, label: str | None = None):
    """An `edit` of table 二's fee row: the amount printed (`0.00`), its column's header, its label."""
    def edit(values, t2, body, t4):
        if amount is not None:
            t2[-1][1] = C(amount, cs=3)
            values["disclosure.fees.amount"] = round(float(amount) * 10000)
        if head is not None:
            t2[-2][1] = C(head, cs=3, bold=True)
        if label is not None:
            t2[-1][0] = C(label)
    return edit


def report_fees(target, *, seed: int, rules: str, **how) -> dict:
    return build(target, "金沙县人民政府", seed, edit=fees(**how), rules=rules)


# ---------------------------------------------------------------- unreadable text

def no_tounicode(data: bytes) -> bytes:
    """The PDF with its CJK font's codes made glyph ids of no known order (Identity-H, Adobe-Identity,
    no ToUnicode): no reader can tell which characters they are."""
    import pypdfium2 as pdfium
    data = data.replace(b"/Ordering (GB1)", b"/Ordering (Identity)").replace(b"/UniGB-UCS2-H", b"/Identity-H")
    pdf = pdfium.PdfDocument(data)                  # (PDFium mends the cross-reference table)
    buf = io.BytesIO()
    pdf.save(buf)
    pdf.close()
    return buf.getvalue()


_W_ARRAY = re.compile(rb"/W \[[^/]*?\]\s*(?=/|>>)")      # a CID font's widths table


def without_widths(data: bytes) -> bytes:
    """The PDF with its CID font's /W array blanked (same length: the offsets stay right): every glyph
    is /DW wide to a reader, the figures' half-width digits a full em apart (a broken width table)."""
    return _W_ARRAY.sub(lambda m: b" " * len(m.group(0)), data, count=1)


def em_wide_widths(data: bytes) -> bytes:
    """The PDF with its CID font's /W array saying every Roman glyph (CIDs 1-95: digits, Latin) is an
    em wide (same length): a widths table present but wrong, which a reader takes as the PDF has it."""
    return _W_ARRAY.sub(lambda m: b"/W [ 1 95 1000 ]".ljust(len(m.group(0))), data, count=1)


def report_unmapped(target, *, seed: int, pages: tuple | None = None) -> dict:
    """A report whose text is codes with no Unicode (no_tounicode): all of it, or only `pages` (0-based)
    of it (the others from the readable file). No figure on those pages is readable."""
    import pypdfium2 as pdfium
    good = io.BytesIO()
    exp = build(good, "青山县人民政府", seed)
    bad = no_tounicode(good.getvalue())
    if pages is None:
        out, lost = bad, None
    else:
        parts = []
        n = len(pdfium.PdfDocument(good.getvalue()))
        for i in range(n):
            src = pdfium.PdfDocument(bad if i in pages else good.getvalue())
            one = pdfium.PdfDocument.new()
            one.import_pages(src, [i])
            buf = io.BytesIO()
            one.save(buf)
            parts.append(buf.getvalue())
        buf = io.BytesIO()
        concat_pdfs(parts, buf)
        out, lost = buf.getvalue(), pages
    (target.write(out) if hasattr(target, "write") else open(target, "wb").write(out))
    exp["unreadable_pages"] = None if lost is None else [p + 1 for p in lost]
    return exp


def report_ocr_misread(target, *, seed: int, misread: dict, every: int = 4) -> dict:
    """A scanned report's OCR layer (invisible text over page images) in which every `every`-th
    figure of tables 三 and 四 holding a digit of `misread` has it as the letter it maps to."""
    values, _t2, rows, t4v, _o = report_tables(seed, "2021")
    figures = sorted({str(v) for vals in rows.values() for v in vals} | {str(v) for v in t4v.values()})
    hit = [f for f in figures if re.search("[" + "".join(misread) + "]", f)][::every]
    exp = build(target, "清河县人民政府", seed, ocr_layer=True, ocr_misread=dict(misread, figures=set(hit)))
    exp["misread"] = hit                # (their cells cannot be read)
    return exp
