"""The text the sentence patterns read: whitespace that means nothing taken out, positions mapped back.

PDF and crawler texts put spaces around numbers and break sentences over lines ("申请 21\n件" reads as
"申请21件"). Whitespace survives only where it means something: between two digits (so "3 21件" never becomes
321) and at a paragraph end (a line ending a sentence, a heading, a title, a "field: value" line, a blank line).
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import Optional

import regex

from ..normalize import Spacing
from ..patterns import CHINESE_ORDINAL, UNIT_WORDS, ordinal_bracketed, ordinal_marked, ordinals
from .narrative_channels import SENTENCE_END as _SENTENCE_END, WINDOW as _WINDOW

# a paragraph break in wrapped text: the line before ends a sentence, is a title or a "field: value"
# line, or the line before or after is a heading
_FIELD_LINE = regex.compile(r"[^,，。;；]{1,12}[:：]")
_HEAD_CHARS = frozenset(CHINESE_ORDINAL + "第(（#|")
_PARAGRAPH_END = frozenset(_SENTENCE_END + ":：")
# a line that ends with a count's unit ends a figure (the vocabulary's units, and 宗 of the sentences)
_FIGURE_END = "".join(sorted({unit[-1] for unit in UNIT_WORDS})) + "宗"
# a field's label (行政复议数：), not a unit carried over from the line before ("69\n件：同意公开…")
_FIELD_LABEL = regex.compile(rf"[^\s,，。;；:：\d{_FIGURE_END}][^\n,，。;；:：]{{1,11}}[:：]")
_LINE_HEAD = regex.compile(r"(?:" + ordinal_marked() + "|" + ordinal_bracketed() + "|第" + ordinals() + r"(?:部分|章|节)|[#|])")
_YEAR_OPENING = re.compile(r"(?:19|20)\d{2}年")
_NOT_SPACE = re.compile(r"\S")       # what str.strip keeps (the regex module's \s leaves out U+001C–U+001F)


class Compact:
    """The text without meaningless whitespace; maps compact positions back to text offsets."""

    def __init__(self, text: str, spacing: Optional[Spacing] = None):
        # words and whitespace runs alternate (word, run, word, …, word; only the end words may be
        # empty) and each run becomes what it stands for, mostly nothing. Part j starts at text offset
        # _ostarts[j] and compact position _cstarts[j]; a run that became nothing starts where the
        # next word does, and bisect_right picks the word.
        spacing = Spacing.of(text, spacing)
        parts = list(spacing.parts)         # the cut is shared: its runs are replaced in a copy
        self._ostarts = ostarts = spacing.starts
        self._text, self.size = text, len(text)
        self._piped = "|" in text        # (once a text: most hold no table row parted by |)
        self._opening_bounds: Optional[tuple[int, int]] = None
        last_break = -1         # offset of the last line break before the run, if any
        for j in range(1, len(parts), 2):
            run = parts[j]
            if "\n" not in run:       # the common case, inline: a space run matters only between two digits
                parts[j] = " " if parts[j - 1][-1:].isdigit() and parts[j + 1][:1].isdigit() else ""
                continue
            before, after = parts[j - 1][-1:], parts[j + 1][:1]
            if not before or before in _PARAGRAPH_END or run.count("\n") > 1:
                parts[j] = "\n"
            else:
                parts[j] = self._kept(ostarts[j], ostarts[j + 1], before, after, last_break)
            last_break = ostarts[j] + run.rfind("\n")
        self._cstarts = list(accumulate(map(len, parts), initial=0))
        self.text = "".join(parts)

    def _kept(self, a: int, b: int, before: str, after: str, last_break: int) -> str:
        """What a line break after a word that ends no sentence stands for: a paragraph end, a digit
        gap, or nothing. Cheap character tests first: a text of a million short lines stays linear and fast."""
        text = self._text
        if after in _HEAD_CHARS and _LINE_HEAD.match(text, b):
            return "\n"
        # a line indented and opening with a year (⏎    2021年度我局收到…) starts a paragraph: the line before it,
        # ending no sentence, was a heading of no mark (重视依申请公开工作(依申请指南、渠道、制度规范))
        if after in "12" and b - text.rfind("\n", a, b) > 2 and _YEAR_OPENING.match(text, b):
            return "\n"
        if (before in _FIGURE_END or before.isdigit()) and ("：" in text[b + 1:b + 13] or ":" in text[b + 1:b + 13]) \
                and _FIELD_LABEL.match(text, b):
            return "\n"            # a figure, then a "label：" line: a list of fields, not one wrapped sentence
        # a table's row (cells parted by |) is never a sentence wrapped over lines: the breaks around it end paragraphs,
        # so no sentence runs back over a table's rows (规章 | 3 | 2 | 7⏎…⏎另外，全年政府集中采购项目17个…)
        # (str.find within bounds: no copy of either line)
        if self._piped:
            next_break = text.find("\n", b, b + _WINDOW)
            if text.find("|", max(last_break + 1, a - _WINDOW), a) >= 0 \
                    or text.find("|", b, next_break if next_break >= 0 else b + _WINDOW) >= 0:
                return "\n"
        # the line before: from the last break if it is within _WINDOW characters, else from the start
        if last_break >= max(0, a - _WINDOW):
            line = text[last_break + 1:a].strip()
        else:
            line = text[:a].strip() if a <= _WINDOW else self._opening(a)
        # (a heading that runs on into its paragraph, its sentence wrapped: "(二)依申请公开情况。全年未收到…公开⏎申请,…":
        # the heading closed by a full stop inside the line, the text after it is the paragraph's)
        if line is not None and len(line) <= 40 and (
                (line[:1] in _HEAD_CHARS and _LINE_HEAD.match(line) and not _run_in(line))
                or line.endswith(("报告", "年报", "報告", "年報"))
                or ((":" in line[1:13] or "：" in line[1:13]) and _FIELD_LINE.match(line))):
            return "\n"            # a heading, title or field line ends its paragraph
        if before.isdigit() and after.isdigit():
            return " "
        return ""

    def _opening(self, a: int) -> Optional[str]:
        """text[:a].strip() if it is at most 40 characters, else None; without copying text[:a]: a line
        with no break in the _WINDOW characters before it is measured from the text's start, and a copy
        per such line made a text of long lines quadratic."""
        if self._opening_bounds is None:
            first = _NOT_SPACE.search(self._text)           # where text[:a].strip() starts, for every a
            k = first.start() if first else self.size
            later = _NOT_SPACE.search(self._text, k + 40)    # from here on, it is longer than 40
            self._opening_bounds = (k, later.start() if later else self.size)
        k, later = self._opening_bounds
        return self._text[k:min(a, k + 40)].strip() if a <= later else None

    def orig(self, i: int) -> int:
        """Offset in the text of compact position i (the end of the compact text maps to the text's end)."""
        if i >= len(self.text):
            return self.size
        k = bisect.bisect_right(self._cstarts, i) - 1
        return self._ostarts[k] + i - self._cstarts[k]

    def orig_end(self, i: int) -> int:
        """Offset just after the character before compact position i."""
        return self.orig(i - 1) + 1 if i > 0 else 0


def _run_in(line: str) -> bool:
    """Does a line opening with a heading's mark go on after a full stop inside it (a run-in heading, then its
    paragraph's text: "(二)依申请公开情况。全年未收到…")? A table's row (| or #) never does."""
    return line[0] not in "#|" and "。" in line[:-1]
