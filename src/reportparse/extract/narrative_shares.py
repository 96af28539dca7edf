"""One applicant's share said in brackets after its count (自然人申请7件(其中予以公开3件，部分公开2件)，法人…): the
outcomes inside are that applicant's, none of the whole's. The words are narrative.tsv's $APPLICANT_SHARE."""
from __future__ import annotations

from functools import lru_cache

import regex

from .narrative_families import families

_REACH = 40     # how far before its bracket an applicant's count is looked for


@lru_cache(maxsize=1)
def _share_before_bracket() -> regex.Pattern:
    return regex.compile("(?:" + families()["$APPLICANT_SHARE"] + r")\Z")


def in_share_bracket(ctext: str, ss: int, s: int) -> bool:
    """Does the match at `s` stand inside a bracket (still open at `s`, opened in its sentence from `ss`) that opens
    right after one applicant category's count of requests?"""
    b = max(ctext.rfind("(", ss, s), ctext.rfind("（", ss, s))
    if b < 0 or ")" in ctext[b:s] or "）" in ctext[b:s]:
        return False
    return _share_before_bracket().search(ctext[max(ss, b - _REACH):b]) is not None
