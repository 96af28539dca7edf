"""Table 四's value cells under a header a converter may have cut into pieces: the cells of the block after it, in
reading order (row_cells.py reads the cells after one row's label)."""
from __future__ import annotations

from typing import Optional

import regex

from ..cells import figure_like
from ..patterns import BARE_FIGURE_LINE, CELL_UNITS, UNIT_WORDS, page_chrome
from .ocr_pipes import ocr_pipe_figures
from .row_cells import SEPARATOR_LINE, TOKEN, Token, first_pipe, values_before_pipe, with_ocr_figures, pipe_cells


_NOTE_LINE = regex.compile(r"\s*(?:注|备注)\s*[:：]")
_HEADER_PUNCTUATION = str.maketrans("", "", "#|:：-—()（）、,，.． \t")


_BARE_FIGURE = regex.compile(BARE_FIGURE_LINE)
# the next figure line, past blank lines and a unit column's cells alone (件, 条): what a crawler leaves between
# the cells of a table printed one a line
NEXT_FIGURE_LINE = (r"(?:[ \t]*(?:" + "|".join(map(regex.escape, UNIT_WORDS)) + r")?[ \t]*\n)*" + BARE_FIGURE_LINE)
_NEXT_FIGURE = regex.compile(NEXT_FIGURE_LINE)


def furniture_line(text: str, line: str, line_end: int) -> bool:
    """A page's chrome (page_chrome), the next line a bare figure (NEXT_FIGURE_LINE): a line a crawler kept between
    the figures of a table printed one a line (the caller proves the figures read past it; any other words end the
    table)."""
    return page_chrome(line) and _NEXT_FIGURE.match(text, line_end + 1) is not None


def words_then_figures(text: str, stop: int) -> Optional[str]:
    """The line of other words right after a block of figures one a line (at `stop`) where figures one a line go on
    after it (NEXT_FIGURE_LINE): a page's chrome no pattern knows may cut the block there, so the figures before it
    are no whole table; else None."""
    start = text.find("\n", stop) + 1
    while start and start < len(text) and not text[start:text.find("\n", start) if "\n" in text[start:] else None].strip():
        start = text.find("\n", start) + 1
    end = text.find("\n", start)
    if not start or end < 0 or _BARE_FIGURE.match(text, text.rfind("\n", 0, stop) + 1) is None:
        return None
    line = text[start:end].strip()
    return line if line and not any(c.isdigit() for c in line) and _NEXT_FIGURE.match(text, end + 1) else None


# the next line a pipe row of figures ("| 50 | 0 | 47 |"), past blank lines
_NEXT_PIPE_FIGURES = regex.compile(r"(?:[ \t]*\n)*[ \t]*\|[ \t]*[0-9]")


def _furniture_between(text: str, line: str, line_end: int, cells: list[Token], pipe: bool) -> bool:
    """furniture_line inside a block of figures one a line or before its first (after the header), or a page's
    chrome before a pipe row of figures (after the header or another such row): table 四's R4 then proves the cells
    read past it."""
    if (not cells or pipe) and page_chrome(line) and _NEXT_PIPE_FIGURES.match(text, line_end + 1) is not None:
        return True
    if pipe or not furniture_line(text, line, line_end):
        return False
    return not cells or _BARE_FIGURE.match(text, text.rfind("\n", 0, cells[-1].start) + 1) is not None


def block_cells(text: str, start: int, limit: int, header_chars: frozenset, want: int,
                passed: Optional[list] = None) -> tuple[list[Token], bool, int]:
    """The value cells under a header that may be cut into pieces (table 四), in reading order.

    Lines made of header words only (however a converter cut them), markdown headings of such
    words, separator lines, a unit alone (件) and notes (注：…) are passed over; pipe rows of values (blank cells
    kept) and runs of numbers are taken, across consecutive parts of a split table, until `want`
    cells are read or prose begins. Given `passed`, a page's furniture between figures one a line is passed over
    too, its line added there (the caller proves the cells read past it).
    """
    cells: list[Token] = []
    pipe = False
    pos, stop = start, start
    while pos < limit and len(cells) < want:
        line_end = text.find("\n", pos, limit)
        line_end = limit if line_end < 0 else line_end
        line = text[pos:line_end]
        header_only = set(line.translate(_HEADER_PUNCTUATION)) <= header_chars
        if not line.strip() or SEPARATOR_LINE.match(line) or _NOTE_LINE.match(line) or line.strip() in UNIT_WORDS:
            pass           # a unit column's cell on its own line (件, 条) carries no figure
        elif "|" in line and (at := first_pipe(text, pos, line)) is not None:
            row = pipe_cells(text, pos, line_end)
            head = line[:at]
            values = values_before_pipe(text, pos, line)
            if values:
                row = values + row
            elif head.strip():           # a row without its opening pipe: its first cell stands before it
                lead = len(head) - len(head.lstrip())
                row.insert(0, Token(head.strip(), pos + lead, pos + lead + len(head.strip())))
            if any(c.raw for c in row) and all(figure_like(c.raw, cell=True) for c in row):
                cells += row
                pipe, stop = True, line_end
            elif not header_only:
                break
        else:
            taken = [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, pos, line_end)]
            if "|" in line:        # pipes an OCR read for 1s only: each figure holding one is one cell
                taken = with_ocr_figures(text, taken, ocr_pipe_figures(text, pos, line_end))
            # numbers separated by blanks, each maybe followed by its unit ("14件 3件 …"), up to the first
            # words after them (a page's footer "— 3 —" after the next section's prose is no cell)
            lead = []
            for i, m in enumerate(taken):
                if text[taken[i - 1].end if i else pos:m.start].strip() in ("",) + (CELL_UNITS if i else ()):
                    lead.append(m)
                elif lead:
                    break
            if lead:
                cells += lead
                stop = lead[-1].end
                if text[stop:line_end].strip() not in ("",) + CELL_UNITS:
                    break          # prose after the numbers: the block ends there
            elif not header_only:
                if passed is None or not _furniture_between(text, line, line_end, cells, pipe):
                    break
                passed.append(line.strip())
        pos = line_end + 1
    while len(cells) > want and cells[-1].raw == "":
        cells.pop()
    return cells, pipe, stop
