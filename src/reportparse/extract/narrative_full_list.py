"""A count after the 其中 list of a website's count whose parts already make it up (extract/narrative_channels.py,
site_beside_another): no part of that count, and where its clause names another outlet, what went out there beside
the site's (…共公开政务信息40条,其中文件类6条,…,行政执法类30条,单位公示栏上公开财务公开15条,政务公开6条: 6+2+2+30 = 40,
the bulletin board's 15 and 6 stand apart; heldout67c). The site's count is then that site's alone, never the total."""
from __future__ import annotations

from ..patterns import CLAUSE_MARKS as _CLAUSE_MARKS, SENTENCE_END as _SENTENCE_END, LazyPattern
from .narrative_outlets import ANY_OUTLET

REACH = 600                 # the sentence is looked for this far after the count, never further
_COUNT_AT_END = LazyPattern(r"(\d+)[^\d]*$")
_PART_COUNT = LazyPattern(r"(\d+)(?:条|篇|件|项)")


def outlet_after_full_list(ctext: str, s: int, e: int) -> bool:
    """Does the sentence of the count [s, e) go on with 其中 and a list of parts that sum to it, then a count whose clause
    names an outlet (公示栏, 微信公众号 …)? A list that comes to the count only with that outlet's share keeps it a part."""
    whole = _COUNT_AT_END.search(ctext, s, e)
    if whole is None or not ctext.startswith("其中", e + (ctext[e:e + 1] in ",，")):
        return False
    end = min((i for i in (ctext.find(c, e, e + REACH) for c in _SENTENCE_END) if i >= 0), default=e + REACH)
    total, parts, last = int(whole[1]), 0, e
    for m in _PART_COUNT.finditer(ctext, e, end):
        if parts == total:
            return ANY_OUTLET.search(ctext, _clause_start(ctext, m.start(), last), m.start()) is not None
        parts += int(m[1])
        if parts > total:
            return False
        last = m.end()
    return False


def _clause_start(ctext: str, i: int, floor: int) -> int:
    """Where the clause holding position i starts, no further back than floor."""
    return max([floor] + [ctext.rfind(c, floor, i) + 1 for c in _CLAUSE_MARKS])
