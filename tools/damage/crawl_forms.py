"""Table forms real crawled pages show (tools/crawler_attack.py, run with --only: the seeded pools stay as they were):
invented content laid out as converters and CMSs leave it. Text: each cell its own line closed by ' |' (a blank cell a
lone '|', a row's end a line of pipes); each cell its own line with a '|' line between; cells a line with a blank line
after each and header words cut in two; a row cut after its label (its figures the next line, or past a page's break
or over two or three lines); a long label broken over two lines; a table's header rows printed again inside it after a
page break (table 三, table 四, the legacy appendix); table 二's or the appendix's rows cut after their label, their
figures over several lines, or a long label's halves around the figures; a numbered row cut after its number (the
number alone, the figures, the label after them). HTML: a label cell's rowspan or a cell's
colspan one off."""
from __future__ import annotations

import re

from .crawl_damage import SEPARATOR, _is_figure
from .data import T4_LABELS

FURNITURE = ("续表", "（续表）", "- 4 -", "第3页 共5页")


def _pipe_row(ln: str) -> bool:
    st = ln.strip()
    return len(st) > 1 and st.startswith("|") and st.endswith("|")


def _cells(ln: str) -> list[str]:
    return [c.strip() for c in ln.strip()[1:-1].split("|")]


def cell_pipe_lines(lines, rnd):
    """Each cell its own line closed by ' |', a blank cell a lone '|', each row ended by a line of pipes (one more
    than the cells it is short of its table's widest row)."""
    out, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and _pipe_row(lines[j]):
            j += 1
        if j == i:
            out.append(lines[i])
            i += 1
            continue
        rows = [_cells(ln) for ln in lines[i:j] if not SEPARATOR.match(ln.strip())]
        width = max(map(len, rows))
        for r in rows:
            out += [c + " |" if c else "|" for c in r] + ["|" * (1 + width - len(r))]
        i = j
    return out


def pipe_a_line(lines, rnd):
    """Each cell its own line, a line '|' between two cells and after a row."""
    out = []
    for ln in lines:
        if not _pipe_row(ln):
            out.append(ln)
        elif not SEPARATOR.match(ln.strip()):
            for c in _cells(ln):
                out += ["|", c] if c else ["|"]
            out.append("|")
    return out


def cells_spaced(lines, rnd):
    """A blank line after every line, a figure's line padded with a space, header words cut in two (商业 / 企业)."""
    out = []
    for ln in lines:
        if ln in ("商业企业", "科研机构"):
            out += [ln[:2], "", ln[2:], ""]
        else:
            out += [rnd.choice((" ", "")) + ln + rnd.choice((" ", "")) if _is_figure(ln) else ln, ""]
    return out


def row_cut_after_label(lines, rnd):
    """A row's label on one line and its figures on the next: '规章' / '14 6 52', '| 规章 |' / '| 14 | 6 | 52 |'."""
    out = []
    for ln in lines:
        pipe = _pipe_row(ln)
        cells = _cells(ln) if pipe else ln.split(" ")
        k = next((j for j, c in enumerate(cells) if _is_figure(c)), None)
        if k and len(cells) - k >= 2 and all(_is_figure(c) for c in cells[k:]) and rnd.random() < 0.5:
            join = (lambda cs: "| " + " | ".join(cs) + " |") if pipe else " ".join
            out += [join(cells[:k]), join(cells[k:])]
        else:
            out.append(ln)
    return out


BREAKS = (("",), ("", "- 4 -", ""), ("第3页 共5页",))
PIPE_BREAKS = BREAKS + (("---",),)     # (a markdown rule between two pages: in a markdown table only, elsewhere dashes
                                       # are cells, blank ones)


def row_figures_parted(lines, rnd):
    """A row cut after its label whose figures go on past a page's break ('| （七）总计 |' / '- 4 -' / '| 12 | … |') or over
    two or three lines ('| 12 | 7 | 30 |' / '| 5 | 9 | 0 | 63 |'); in a table a cell a line, a break between a row's
    label and its first figure."""
    out = []
    for i, ln in enumerate(lines):
        pipe = _pipe_row(ln)
        cells = _cells(ln) if pipe else ln.split(" ")
        k = next((j for j, c in enumerate(cells) if _is_figure(c)), None)
        if k and len(cells) - k >= 2 and all(_is_figure(c) for c in cells[k:]) and rnd.random() < 0.5:
            join = (lambda cs: "| " + " | ".join(cs) + " |") if pipe else " ".join
            figs, parts = cells[k:], []
            cuts = sorted(rnd.sample(range(1, len(figs)), min(len(figs) - 1, rnd.randint(0, 2))))
            for a, b in zip([0] + cuts, cuts + [len(figs)]):
                parts.append(join(figs[a:b]))
            out += [join(cells[:k]), *(rnd.choice(PIPE_BREAKS if pipe else BREAKS) if rnd.random() < 0.6 or not cuts
                                       else ()), *parts]
        elif not any(ch.isdigit() for ch in ln) and ln.strip() and i + 1 < len(lines) and _is_figure(lines[i + 1]) \
                and rnd.random() < 0.3:
            out += [ln, *rnd.choice(BREAKS)]
        else:
            out.append(ln)
    return out


def _cut_rows(lines, start, end, rnd, halves):
    """Rows in lines[start:end] cut after their label, their figures over one to three lines with breaks between
    (halves: a long label wrapped over two lines instead, the figures between its halves)."""
    out = lines[:start]
    for ln in lines[start:end]:
        pipe = _pipe_row(ln)
        cells = _cells(ln) if pipe else ln.split(" ")
        k = next((j for j, c in enumerate(cells) if _is_figure(c)), None)
        if not k or len(cells) - k < 2 or not all(_is_figure(c) for c in cells[k:]) or rnd.random() < 0.3 or (
                halves and (k != 1 or len(cells[0]) < 6)):
            out.append(ln)
            continue
        join = (lambda cs: "| " + " | ".join(cs) + " |") if pipe else " ".join
        figs = cells[k:]
        cuts = sorted(rnd.sample(range(1, len(figs)), rnd.randint(0, min(2, len(figs) - 1))))
        parts = [join(figs[a:b]) for a, b in zip([0] + cuts, cuts + [len(figs)])]
        parts = [x for p in parts for x in (*(rnd.choice(PIPE_BREAKS if pipe else BREAKS) if rnd.random() < 0.3
                                              else ()), p)]
        if halves:
            at = rnd.randint(2, len(cells[0]) - 2)
            out += [join([cells[0][:at]]), *parts, join([cells[0][at:]])]
        else:
            out += [join(cells[:k]), *parts]
    return out + lines[end:]


def _table2_or_appendix(lines, rnd, halves):
    s = next((i for i, ln in enumerate(lines) if "主动公开政府信息情况" in ln and len(ln) < 30), None)
    e = next((i for i in range(s or 0, len(lines)) if "收到和处理政府信息公开申请" in lines[i] and len(lines[i]) < 30),
             None)
    if s is not None and e is not None and any(_pipe_row(ln) for ln in lines[s:e]):
        return _cut_rows(lines, s, e, rnd, halves)
    s = next((i for i, ln in enumerate(lines) if "本年度" in ln and "累计" in ln), None)
    return _cut_rows(lines, s + 1, len(lines), rnd, halves) if s is not None else lines


def rows_parted(lines, rnd):
    """Table 二's pipe rows or the legacy appendix's rows cut after their label, their figures over one to three lines
    ('| 规章 |' / '| 14 | 6 |' / '| 52 |', '受理政府信息公开申请总数 件' / '68' / '- 4 -' / '366'), a break (blank line,
    page number, rule) between some parts."""
    return _table2_or_appendix(lines, rnd, False)


def label_halves_apart(lines, rnd):
    """Table 二's or the legacy appendix's long labels wrapped over two lines with the row's figures between the
    halves ('| 行政规范 |' / '| 23 | 9 |' / '| 71 |' / '| 性文件 |', '其中：当面申' / '32 86' / '请数')."""
    return _table2_or_appendix(lines, rnd, True)


_NUMBERED_ROW = re.compile(r"^(?P<n>[1-9][0-9]?)(?P<label>[\u4e00-\u9fff][^\d|]*?)(?P<figs>(?: [0-9][0-9,.]*)*)$")


def row_number_alone(lines, rnd):
    """A numbered row cut after its row number: '13' / '9 15' / '其他类型答复数' — the number alone on its line, the
    figures next (on one line, a line each, or with a break between), the label after them. Rows printing a unit
    word between label and figures are left whole (the unit's place after the cut is no crawl's we know)."""
    out, i = [], 0
    while i < len(lines):
        m = _NUMBERED_ROW.match(lines[i])
        figs = m.group("figs").split() if m else []
        j = i + 1
        if m and not figs:          # (one cell a line: the row's figures are the next lines)
            while j < len(lines) and _is_figure(lines[j]) and j - i <= 2:
                figs.append(lines[j].strip())
                j += 1
        if not m or len(figs) < 2 or " " in m.group("label").strip() or rnd.random() < 0.5:
            out.append(lines[i])
            i += 1
            continue
        parts = [" ".join(figs)] if rnd.random() < 0.5 else figs
        if rnd.random() < 0.3:
            parts = [parts[0], *rnd.choice(BREAKS), *parts[1:]]
        out += [m.group("n"), *parts, m.group("label")]
        i = j
    return out


_LEGACY_LABEL_ROW = re.compile(r"^(?P<n>[1-9][0-9]?)?(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff：、]{3,})(?: (?P<unit>[件条]))?"
                               r"(?P<figs>(?: [0-9][0-9,.]*)*)$")


def label_unit_tail(lines, rnd):
    """The legacy appendix's rows wrapped around their figures with the unit after the label's rest: a label's halves
    ('受理政府信 / 68 366 / 息公开申请总数 件', the tail's unit in brackets too: '…总数（件）'), and in a numbered table
    the head its row number alone or with part of the label ('13 其他' / '8 28' / '类型答复数'); the figures on one
    line or a line each. Rows with no unit and no number are left whole (label_halves_apart has them)."""
    s = next((i for i, ln in enumerate(lines) if "本年度" in ln), None)
    if s is None:
        return lines
    out, i = lines[:s], s
    while i < len(lines):
        m = _LEGACY_LABEL_ROW.match(lines[i])
        figs, unit, j = (m.group("figs").split(), m.group("unit"), i + 1) if m else ([], None, i + 1)
        if m and not figs:          # (one cell a line: the unit's line, then the figures')
            if j < len(lines) and lines[j].strip() in ("件", "条") and not unit:
                unit, j = lines[j].strip(), j + 1
            while j < len(lines) and _is_figure(lines[j]) and len(figs) < 2:
                figs.append(lines[j].strip())
                j += 1
        if not m or len(figs) < 2 or not (unit or m.group("n")) or rnd.random() < 0.5:
            out.append(lines[i])
            i += 1
            continue
        n, label = m.group("n") or "", m.group("label")
        tail_unit = rnd.choice((" " + unit, "（" + unit + "）")) if unit else ""
        at = rnd.randint(2, len(label) - 2)
        form = rnd.choice(("halves", "part", "alone")) if n else "halves"
        head, tail = ((n + label[:at], label[at:]) if form == "halves" else (n + " " + label[:at], label[at:])
                      if form == "part" else (n, label))
        out += [head, *([" ".join(figs)] if rnd.random() < 0.5 else figs), tail + tail_unit]
        i = j
    return out


_LONG = re.compile(r"[\u4e00-\u9fff（）()“”、，,]{10,}")


def label_wrapped(lines, rnd):
    """A long label broken over two lines inside its row (a pipe row's cell, or a text row before its figures)."""
    out = []
    for ln in lines:
        m = _LONG.search(ln)
        if m and any(c.isdigit() for c in ln[m.end():]) and rnd.random() < 0.4:
            k = rnd.randint(m.start() + 3, m.end() - 3)
            out += [ln[:k], ln[k:]]
        else:
            out.append(ln)
    return out


_ROW_START = re.compile(r"^(\|\s*)?[（(一二三四五六七八九十\d]")


def _figure_row_starts(lines, start, end):
    return [i for i in range(start, end) if _ROW_START.match(lines[i]) and not lines[i].strip().isdigit()]


def header_repeated_text(lines, rnd):
    """A table's header rows printed again inside it after a page break, a 续表 or page number line before them
    (sometimes): table 三 between two rows, table 四 inside its row of figures, or a legacy appendix between rows."""
    out = _table3_head(lines, rnd) or _table4_head(lines, rnd) or _legacy_head(lines, rnd)
    return out or lines


def _fur(rnd):
    return [rnd.choice(FURNITURE)] if rnd.random() < 0.6 else []


def _table3_head(lines, rnd):
    s = next((i for i, ln in enumerate(lines) if "申请人情况" in ln), None)
    b = next((i for i in range(s or 0, len(lines)) if "本年新收" in lines[i]), None) if s is not None else None
    end = next((i for i in range(b or 0, len(lines)) if "结转下年度" in lines[i]), None) if b is not None else None
    rows = _figure_row_starts(lines, b + 3, end + 1) if end is not None else []
    if not rows:
        return None
    at = rnd.choice(rows)
    return lines[:at] + _fur(rnd) + lines[s:b] + lines[at:]


def _table4_head(lines, rnd):
    t = next((i for i, ln in enumerate(lines) if "行政复议" in ln and "行政诉讼" in ln and len(ln) < 80), None)
    s = next((i for i in range(t + 1, len(lines)) if "行政复议" in lines[i]), None) if t is not None else None
    b = next((i for i in range(s, min(len(lines), s + 40)) if any(ch.isdigit() for ch in lines[i]) and not any(
        w in lines[i] for w in ("维持", "纠正", "总计", "审结", "复议", "诉讼"))), None) if s is not None else None
    if b is None or not all(any(w in lines[x] for x in range(s, b)) for w in T4_LABELS):
        return None     # no outcome header (结果维持 … 总计) before the figures: prose naming 复议 and 诉讼, no table 四
    figs = [i for i in range(b, min(len(lines), b + 30)) if lines[i].strip().isdigit()]
    if len(figs) > 4:            # one cell a line: the row cut between two of its figures
        at = rnd.choice(figs[1:])
        return lines[:at] + _fur(rnd) + lines[s:b] + lines[at:]
    pipe = _pipe_row(lines[b])
    cells = _cells(lines[b]) if pipe else lines[b].split()
    if len(cells) < 4:
        return None
    k = rnd.randint(1, len(cells) - 1)
    join = (lambda cs: "| " + " | ".join(cs) + " |") if pipe else " ".join
    return lines[:b] + [join(cells[:k])] + _fur(rnd) + lines[s:b] + [join(cells[k:])] + lines[b + 1:]


# a legacy row's first line: its label (numbered or not), never a unit cell's line (件, 人次) inside a row, where no
# page breaks
_LEGACY_ROW = re.compile(r"^(?:[1-9][0-9]?)?[\u4e00-\u9fff][\u4e00-\u9fff：、]{3}")


def _legacy_head(lines, rnd):
    s = next((i for i, ln in enumerate(lines) if "本年度" in ln), None)
    if s is None:
        return None
    b, e = s, s + 1
    while b > 0 and re.search(r"指标|单位|统计表|项目", lines[b - 1]) and len(lines[b - 1]) < 40:
        b -= 1
    while e < len(lines) and lines[e].strip() in ("累计", "本年度", "单位"):
        e += 1
    rows = [i for i in range(e + 6, min(len(lines), e + 120)) if _LEGACY_ROW.match(lines[i]) and (
        any(ch.isdigit() for ch in lines[i]) or any(_is_figure(x) for x in lines[i + 1:i + 4]))]   # (no signature)
    if not rows:
        return None
    at = rnd.choice(rows)
    return lines[:at] + _fur(rnd) + lines[b:e] + lines[at:]


_SPAN = {"rowspan": re.compile(r' rowspan="(\d+)"'), "colspan": re.compile(r' colspan="(\d+)"')}


def _span_drift(lines, rnd, attr):
    idx = [i for i, ln in enumerate(lines) if _SPAN[attr].search(ln)]
    if not idx:
        return lines
    i = rnd.choice(idx)
    m = rnd.choice(list(_SPAN[attr].finditer(lines[i])))
    n = int(m.group(1)) + rnd.choice((-1, 1))
    lines[i] = lines[i][:m.start()] + (f' {attr}="{n}"' if n > 1 else "") + lines[i][m.end():]
    return lines


def html_rowspan_drift(lines, rnd):
    """A merged label cell's rowspan one more or one less than the rows it covers (a CMS's rewrite)."""
    return _span_drift(lines, rnd, "rowspan")


def html_colspan_drift(lines, rnd):
    """A cell's colspan one more or one less than the columns it covers."""
    return _span_drift(lines, rnd, "colspan")


TEXT = (cell_pipe_lines, pipe_a_line, cells_spaced, row_cut_after_label, row_figures_parted, label_wrapped,
        header_repeated_text, rows_parted, label_halves_apart, row_number_alone, label_unit_tail)
HTML = (html_rowspan_drift, html_colspan_drift)
