"""The bodies of the central state (国家税务总局, 国家统计局, 教育部, 海关总署: data/national_bodies.tsv, with the generic
国家…局/委员会 form): no region of their own (regions.find_region), a department by kind (issuer_kinds). Standard
library only."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

# a body of the state (国家税务总局, 国家统计局, 教育部, 海关总署, data/national_bodies.tsv): no region of its own; not a
# local bureau named after it (厦门市国家税务局)
_NATIONAL_NOT_AFTER = "省市县区州旗盟"
_NATIONAL_BEFORE = f"(?<![{_NATIONAL_NOT_AFTER}])"
_NATIONAL_GENERIC = r"国家(?!级)[\u4e00-\u9fff]{1,12}?(?:总局|局|委员会)"      # (国家级…开发区管委会: a local zone)


@lru_cache(maxsize=1)
def _national() -> re.Pattern:
    return re.compile(_NATIONAL_BEFORE + _national_bare().pattern)


@lru_cache(maxsize=1)
def _national_bare() -> re.Pattern:
    """_national() without its look-behind: opening with the names' alternation, the `re` module skips to their
    first characters (with the look-behind first it tries the whole alternation at every position, ~8× slower)."""
    lines = (files("reportparse") / "data" / "national_bodies.tsv").read_text(encoding="utf-8").splitlines()
    names = [ln.split("\t")[0] for ln in lines if ln and not ln.startswith("#")][1:]
    return re.compile("(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + "|" + _NATIONAL_GENERIC + ")")


def national_search(text: str, start: int = 0, end: int | None = None):
    """_national().search(text, start, end), the same first match: the bare alternation's first match whose
    character before it is none of the look-behind's (a match it refuses is passed over by one character, as the
    look-behind's own search does; both look behind `start`)."""
    bare, end = _national_bare(), len(text) if end is None else end
    while (m := bare.search(text, start, end)) is not None:
        at = m.start()
        if at == 0 or text[at - 1] not in _NATIONAL_NOT_AFTER:
            return m
        start = at + 1
    return None


# what may follow a body of the state's name where it is the whole issuer (教育部办公厅2023年…, 海关总署政府信息公开…);
# anything else is a branch named by a place (中国人民银行福州中心支行), whose region its text may settle
_NATIONAL_WHOLE = re.compile(r"(?:办公厅|办公室|机关)?\s*(?:$|(?:19|20)[0-9]{2}|本级|政府信息公开|政务公开|信息公开)")


def national_issuer(title: str) -> bool:
    m = national_search(title)
    return m is not None and _NATIONAL_WHOLE.match(title, m.end()) is not None


def national_body(name: str) -> bool:
    """Does `name` start with a body of the central state's name (教育部办公厅, 国家统计局; not 厦门市国家税务局)?"""
    return bool(name) and _national().match(name) is not None
