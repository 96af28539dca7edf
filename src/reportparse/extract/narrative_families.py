"""The families of words narrative.tsv's patterns name ($CASE, $APPLICANT_SHARE): each written once, as a $NAME row of
narrative.tsv or a name the narrative modules own (the places items go out on, the ways of applying), expanded where
one family names another. The one reader of them: narrative's patterns and narrative_shares take them from here."""
from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from ..patterns import MONEY_UNIT, bracketed_number, numbered, ordinal_bracketed, ordinal_marked
from ..schema import read_tsv
from .narrative_outlets import MEDIA, OUTLETS, OWNER_CHAR, SITE_OWNER, SITE_SECTION, WEBSITE, WEBSITE_COLUMN
from .request_ways import OTHER_MATTER, WAY_FAMILIES, WAYS_LISTED

# a family's name in a pattern ($CASE); a regex's own $ is never followed by a capital
FAMILY = re.compile(r"\$[A-Z_]+")


@lru_cache(maxsize=1)
def families() -> Mapping[str, str]:
    """Each family's name ($NAME) and its words (a pattern's text, the families it names expanded)."""
    # a family of words ($NAME rows: measure words of a count) is written once and named in the patterns
    out = {row["keys"]: row["pattern"] for row in read_tsv("narrative.tsv") if row["keys"].startswith("$")}
    out["$ONE_SITE"] = "(?:" + OUTLETS + ")"     # the places items go out on: narrative_channels owns them
    out["$WEBSITE"], out["$WEBSITE_COLUMN"] = WEBSITE, WEBSITE_COLUMN       # … and the website's names
    out["$SITE_SECTION"] = SITE_SECTION
    out["$OWNER_CHAR"], out["$SITE_OWNER"] = OWNER_CHAR, SITE_OWNER
    out["$OTHER_MATTER"] = OTHER_MATTER     # … and the other matters whose cases are no requests
    out["$MEDIUM"] = "(?:" + MEDIA + ")"      # … and the media among those places
    out["$MONEY_UNIT"] = MONEY_UNIT     # … and the money units after an amount (patterns owns them)
    # … and a heading's number a line may open with ((一) 一、 1、: patterns' numbering pieces)
    out["$HEAD_NUMBER"] = ordinal_bracketed() + "|" + ordinal_marked() + "|" + numbered()
    # … and an item's number a sentence may open with in a list (1、 (一) (1)): a heading's 一、 is no item's
    out["$ITEM_NUMBER"] = numbered() + "|" + bracketed_number()
    for name, words in out.items():     # a family may name another ($SITE_WAY_COUNT names $WEBSITE)
        out[name] = FAMILY.sub(lambda m: out[m.group()], words)
    out.update((name, "(?:" + words + ")") for name, words in WAY_FAMILIES.items())     # … and the ways of applying
    out["$WAYS_LISTED"] = "(?:" + WAYS_LISTED + ")"
    return MappingProxyType(out)
