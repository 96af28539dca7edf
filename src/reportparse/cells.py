"""Cell values: a value object that keeps the raw text (price-parser style)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Union

import regex

from .patterns import (CELL_LEADER, CELL_MARK, CELL_UNITS, DOUBLED_SIGN_NUMBER, MONEY_SHORT, MONEY_UNIT, OCR_FIGURE,
                       OCR_LOOKALIKES, NO_CHANGE_WORDS, OCR_PIPE_LOOKALIKE, SIGN_WORDS)
from .bounds import to_number

Number = Union[int, float]

# what a table cell showing its figure as a picture (no text) reads as: the HTML loader writes it, the table
# reader leaves that one cell unread (neither blank nor a value) and reads the row's other cells
PICTURE_CELL = "(图片)"
# what a borderless PDF table's cell whose figure wrapped onto two lines reads as: its pieces top to bottom
# around this mark ('370⏎0'; a piece alone beside wrapped neighbours: '5⏎' on the upper line, '⏎5' on the
# lower). Never a number by itself: the table reader joins the pieces only where the row's sums prove it
# (extract/tables.py), else the cell is unread (unread_cell) and the row's other cells are read
WRAP_MARK = "⏎"
_WRAPPED = regex.compile("([0-9]*)" + WRAP_MARK + "([0-9]*)")
NULL_MARKS = frozenset({"—", "-", "/", "无", "——", "--", "－", "\\", "…", "/ "})
_DASHES = regex.compile(r"[—\-/\\]+")
_DOUBLED_SIGN = regex.compile(DOUBLED_SIGN_NUMBER)
_LEADER = regex.compile(CELL_LEADER)
# ASCII digits only (bounds.py): a Thai or Arabic-Indic "number" is text, not a figure
_NUMBER = regex.compile(r"^(?P<sign>[+-]|[" + "".join(SIGN_WORDS) + r"])?(?P<num>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?P<frac>\.[0-9]+)?(?P<unit>"
                        + "|".join(CELL_UNITS + (MONEY_SHORT,)) + ")?" + CELL_MARK + "?$")


@dataclass(frozen=True)
class CellValue:
    value: Optional[Number]
    raw: str
    unit: Optional[str] = None     # unit printed inside the cell (元, 万元), if any
    ok: bool = True                # False: the cell holds text that is not a number or a null mark

    @property
    def is_blank(self) -> bool:
        return self.raw.strip() == ""


def parse_cell(raw: str) -> CellValue:
    """Read one table cell. Blank → None with raw ""; null marks → None with raw kept."""
    # a report repeats the same few short cells (0, 1, —) hundreds of times: those are memoised
    return _parse_short(raw) if len(raw) <= _MEMO_CHARS else _parse_cell(raw)


def change_cell(raw: str) -> CellValue:
    """Read a 本年增/减 cell: as parse_cell, and a change stated in words as none (未增未减) is 0, its raw kept."""
    text = raw.strip()
    return CellValue(0, text) if text in NO_CHANGE_WORDS else parse_cell(raw)


_MEMO_CHARS = 32     # longer cells (text, hostile runs) are read each time, never kept


@lru_cache(maxsize=8192)
def _parse_short(raw: str) -> CellValue:
    return _parse_cell(raw)


def _parse_cell(raw: str) -> CellValue:
    text = raw.strip()
    if text == "":
        return CellValue(None, "")
    if text in NULL_MARKS or _DASHES.fullmatch(text):
        return CellValue(None, text)
    lead = _LEADER.match(text)
    m = _NUMBER.match((text[lead.end():] if lead else text).replace(" ", ""))
    if not m:
        return CellValue(None, text, ok=False)
    value = to_number(m["num"].replace(",", "") + (m["frac"] or ""), -1 if SIGN_WORDS.get(m["sign"], m["sign"]) == "-" else 1)
    if value is None:          # more digits than any cell holds (bounds.MAX_INT_DIGITS): not read
        return CellValue(None, text, ok=False)
    return CellValue(value, text, m["unit"])


_OCR_FIGURE = regex.compile(OCR_FIGURE)
_OCR_PIPED = regex.compile(r"[+-]?[0-9|][0-9,.|]*" + MONEY_UNIT + "?")
_OCR_DIGITS = str.maketrans({**OCR_LOOKALIKES, **OCR_PIPE_LOOKALIKE})


_OCR_LETTERS_ONLY = regex.compile("[" + "".join(OCR_LOOKALIKES) + "]{1,4}")
_OCR_SPACED = regex.compile("[0-9{0}]+(?: [0-9{0}]+)+".format("".join(OCR_LOOKALIKES)))


def ocr_reading(raw: str, cell: bool = False) -> Optional[Number]:
    """The number an OCR'd figure would be with each lookalike letter read as its digit ("27l1" → 2711),
    or None when the cell is no such figure. Never a value by itself: only a reading for the arithmetic to prove.
    `cell`: the text is a whole table cell a layout gave (PDF, HTML), where lookalikes alone ('l', 'SO') are a
    figure too; in running text they are words."""
    text = raw.strip()
    if cell and " " in text and _OCR_SPACED.fullmatch(text):
        text = text.replace(" ", "")        # ('l 7': a cell's OCR'd glyphs set apart; its sums prove it or not)
    if not (_OCR_FIGURE.fullmatch(text) or "|" in text and _OCR_PIPED.fullmatch(text)
            or cell and _OCR_LETTERS_ONLY.fullmatch(text)):
        return None
    cell = parse_cell(text.translate(_OCR_DIGITS))
    return cell.value if cell.ok else None


def unread_cell(raw: str) -> bool:
    """A cell that shows a figure no one can read, whose column is still its own: a picture (PICTURE_CELL), a
    figure whose sign is printed twice ('--253': its value not settled), or a figure wrapped onto two lines that no
    sum proved (WRAP_MARK). The row's other cells are read."""
    return raw == PICTURE_CELL or _DOUBLED_SIGN.fullmatch(raw) is not None or wrapped_pieces(raw) is not None


def wrapped_pieces(raw: str) -> Optional[tuple[str, str]]:
    """The pieces (upper, lower; one may be '') of a cell whose figure wrapped onto two lines (WRAP_MARK), or None."""
    m = _WRAPPED.fullmatch(raw) if WRAP_MARK in raw else None
    return (m[1], m[2]) if m and (m[1] or m[2]) else None


def figure_like(raw: str, cell: bool = False) -> bool:
    """A cell that is a figure as printed, a null mark, or a figure an OCR garbled (not text);
    `cell` as for ocr_reading (a whole table cell: lookalikes alone are a garbled figure too)."""
    return parse_cell(raw).ok or ocr_reading(raw, cell) is not None


def to_yuan(value: Optional[Number], unit: Optional[str]) -> Optional[Number]:
    """Money in 元: 万元 (or 万 alone in the cell, patterns.MONEY_SHORT) × 10000, rounded to the cent so 1.2 万元 is
    12000 and not 11999.999…"""
    if value is None:
        return None
    if unit == "万元" or unit == MONEY_SHORT:
        value = round(value * 10000, 2)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
