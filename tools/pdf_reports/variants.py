"""Invented reports for the PDF damage classes of stop 24: a duplicated text layer over text of two
sizes, an N-up sheet with a nearly empty pane, an issuer's seal over the text, figures shrunk to
fit their cells, a label cut by a page break above its figures, rules drawn in pieces."""
from __future__ import annotations

import io

from reportlab.pdfbase import pdfmetrics

from .pieces import T3_HEADER, T3_WIDTHS
from .reports import county_report
from .sheets import n_up
from .writer import FONT, MARGIN, C, Writer


def closing(who: str, on: str, seal: dict | None = None, page: bool = False):
    """An `after` for county_report: the issuer and the date flush right (on a page of their own
    where `page`), and the issuer's seal over them (Writer.seal's options)."""
    def after(w: Writer) -> None:
        if page:
            w.new_page()
        w.y -= 40
        for line in (who, on):
            w.string(w.frame[0] - MARGIN - pdfmetrics.stringWidth(line, FONT, 12), w.y, line, 12)
            w.y -= 24
        if seal is not None:
            x = w.frame[0] - MARGIN - pdfmetrics.stringWidth(on, FONT, 12) / 2
            w.seal(x, w.y + 30, **seal)
    return after


def dated(exp: dict, date: str) -> dict:
    exp["published"] = date
    exp.pop("region_code", None)
    return exp


def report_shadow_sizes(target, *, rules: str, seed: int, shadow: tuple, size: float = 9,
                        figure_size: float = 8) -> dict:
    """Every text drawn twice in black, the copy `shadow` (dx, dy, grey) off, over tables whose labels
    are `size` and figures `figure_size` points: the copy is within a fifth of a label's height and
    beyond a fifth of a figure's."""
    return county_report(target, "青岭县人民政府", "2021", seed, rules=rules, shadow=shadow, table_size=size,
                         figure_size=figure_size)


def report_n_up_closing(target, *, rules: str, seed: int, template: str = "2021") -> dict:
    """Two pages per sheet, the report's last page holding only the issuer and the date (a pane of
    a few characters beside a full one)."""
    def t3_then_break(w: Writer, body: list, rows: dict) -> None:
        w.room(540)
        w.table(T3_WIDTHS, T3_HEADER + body, header_rows=len(T3_HEADER))
        w.new_page()                  # (table 四 at the top of the third page, the closing on the fourth)

    src = io.BytesIO()
    exp = county_report(src, "白石县人民政府", template, seed, rules=rules, t3_split=t3_then_break,
                        after=closing("白石县人民政府办公室", "2024年1月22日", page=True))
    n_up(src.getvalue(), target, 2, 1)
    exp["warnings_contain"] = ["several printed pages on one sheet (N-up), read one after the other"]
    return dated(exp, "2024-01-22")


def report_seal(target, *, rules: str, seed: int, text: str = "青溪县人民政府办公室", rgb=(0.9, 0.1, 0.1),
                arc: bool = True, alpha: float = 1.0, over_tables: bool = False, dx: float = 60.0) -> dict:
    """The issuer's seal (red, at the body's size) stamped over the closing date, and where
    `over_tables` over every table too (`dx` points right of its middle)."""
    seal = dict(text=text, rgb=rgb, arc=arc, alpha=alpha)
    exp = county_report(target, "青溪县人民政府", "2021", seed, rules=rules,
                        after=closing("青溪县人民政府办公室", "2024年1月16日", seal),
                        table_seal=dict(seal, dx=dx) if over_tables else None)
    exp["warnings_contain"] = ["text in a strong colour drawn over the page's text"]
    return dated(exp, "2024-01-16")


def report_shrunk(target, *, rules: str, seed: int, size: float = 10, figure_size: float = 5.5,
                  right: bool = True) -> dict:
    """Tables exported from Excel/WPS with 'shrink to fit': labels at `size`, figures at `figure_size`."""
    return county_report(target, "枫林县人民政府", "2021", seed, rules=rules, table_size=size,
                         figure_size=figure_size, right_figures=right)


def label_break_split(w: Writer, body: list, rows: dict) -> None:
    """Table 三 (2021) over a page break inside the label of 5.要求行政机关确认或重新出具已获取信息:
    its first line on this page with no figure, the rest of it and the figures on the next, the
    table left open at the break (no rules there, no repeated header: WPS)."""
    confirm = 2 + 17
    first = [list(r) for r in T3_HEADER + body[:confirm]]
    first[3 + 2][0] = C("三、本年度办理结果", rs=confirm - 2 + 1)
    first[3 + 15][0] = C("（五）不予处理", rs=5)
    top_half = [C("5.要求行政机关确认或")] + [C("") for _ in range(7)]
    w.room(560)
    w.table(T3_WIDTHS, first + [top_half], header_rows=len(T3_HEADER), open_bottom=True)
    w.new_page()
    w.y -= 10
    # the 三、 column's cell spans the rest of the outcomes and the 总计 row (as before the break)
    rest = [[C("", rs=1 + 3 + 1), C(""), C("重新出具已获取信息")]
            + [C(str(v)) for v in rows["requests.not_processed.confirmation"]]]
    rest += [list(r) for r in body[confirm + 1:]]
    w.table(T3_WIDTHS, rest, open_top=True)


def report_label_break(target, *, rules: str, seed: int) -> dict:
    return county_report(target, "松溪县人民政府", "2021", seed, rules=rules, t3_split=label_break_split)


def report_rule_style(target, *, style: str, seed: int, spacing: float = 2.0) -> dict:
    """Ruled tables whose rules are dashed, drawn per cell with gaps at the corners, whose cells are
    filled rectangles with no rules, or each boxed on its own `spacing` points apart."""
    return county_report(target, "竹林县人民政府", "2021", seed, rules="grid", rule_style=style, cell_spacing=spacing)


def report_clipped(target, *, rules: str, seed: int) -> dict:
    """Cells whose text is too long for them set on one line and clipped at the cell's edges (an
    Excel export): the text layer runs on under the figures of the next cells."""
    return county_report(target, "柳林县人民政府", "2021", seed, rules=rules, clip_cells=True)
