"""Whether a text holds a letter that looks like a digit standing by a digit (an OCR's "2O1" for 201), or such
letters alone after a sign ("-l" for -1, never a dash cell): only such a text has OCR'd figures to read (row_cells
reads every other text's rows by the plain patterns)."""
from __future__ import annotations

import regex

from ..patterns import LOOKALIKES_ONLY, OCR_LOOKALIKES

# the plain statement of the test (letter_by_digit finds the same from the letters)
_SIGNED = r"(?<![A-Za-z0-9])[+-]" + LOOKALIKES_ONLY
LETTER_BY_DIGIT = regex.compile(r"[0-9][" + "".join(OCR_LOOKALIKES) + "]|[" + "".join(OCR_LOOKALIKES) + "][0-9]|"
                                + _SIGNED)
_SIGNED_AT = regex.compile(_SIGNED)
_LETTERS = tuple(OCR_LOOKALIKES)
_DIGITS = frozenset("0123456789")
_TRIED = 64         # a text with more lookalike letters than this, none by a digit, is searched whole


def letter_by_digit(text: str) -> bool:
    """LETTER_BY_DIGIT.search(text) is not None, found from the lookalike letters: a report's text holds few
    of them (most hold none), so a substring search per letter costs a fifteenth of the pattern tried at every
    character of the text (once per report)."""
    last = len(text) - 1
    tried = 0
    for ch in _LETTERS:
        at = text.find(ch)
        while at >= 0:
            if (at and text[at - 1] in _DIGITS) or (at < last and text[at + 1] in _DIGITS):
                return True
            if at and text[at - 1] in "+-" and _SIGNED_AT.match(text, at - 1):
                return True
            tried += 1
            if tried > _TRIED:
                return LETTER_BY_DIGIT.search(text) is not None
            at = text.find(ch, at + 1)
    return False
