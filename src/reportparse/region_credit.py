"""A body's unified social credit code (统一社会信用代码, GB 32100-2015) printed in its page's header, most often as the
document's index number (索引号: 11410402005462140C/2025-00005): characters 3–8 are the division code of the authority
that registered the body, its own county, city or province. Read only where its check character holds and the first
two characters say a body registered by a 机构编制 authority (1) as an organ of the state (1) or a public institution
(2); an index number of another scheme (005452065/2016-00001, 307021102000001300) is nothing. Standard library only.
"""
from __future__ import annotations

import re

_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"        # GB 32100: no I, O, S, V, Z
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_LABELS = ("索引号", "统一社会信用代码")
# a label, its separators (索 引 号: | …), the 18 characters, no further code character after them
_FIELD = re.compile(r"(?:索\s?引\s?号|统一社会信用代码)[\s|:：]{0,8}(1[12]\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])")
HEADER_REACH = 1500


def _valid(code: str) -> bool:
    total = sum(_CHARS.index(c) * w for c, w in zip(code[:17], _WEIGHTS))
    return _CHARS[-total % 31] == code[17]


def credit_division(text: str, reach: int = HEADER_REACH) -> str | None:
    """The six-digit division code of the one valid credit code a label gives in the first `reach` characters of
    `text`; None where none is printed, a check character fails, or two divisions are printed."""
    head = text[:reach]
    if not any(label in head for label in _LABELS) and "索 引 号" not in head:
        return None
    codes = {m[1] for m in _FIELD.finditer(head)}
    if not codes or not all(map(_valid, codes)):
        return None
    divisions = {c[2:8] for c in codes}
    return divisions.pop() if len(divisions) == 1 else None
