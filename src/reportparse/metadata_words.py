"""The wordings metadata reads a report's title by (data/metadata.tsv): the genre's words, how a title ends, the
headings and sentences that are no title, the sentences that name the report; and those metadata_period reads the
year the body states by. Each written once, as a row of that file; a row names another ($NAME: a row above, or a
family the code owns) and is expanded here. The one reader of them: metadata.py and metadata_period.py build their
patterns from wordings()."""
from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from .genre import ABOUT_REPORTS_WORDS, MODEL_WORDS, PART_YEAR_WORDS
from .patterns import INSTITUTION_SELF
from .schema import read_tsv

# a year by its four digits, captured as `year` (2023年…, 2023年度…: the words after it are each pattern's): the one
# spelling metadata.py, metadata_period.py, issuer.py and the rows of data/metadata.tsv ($YEAR) build their year
# patterns from
YEAR = r"(?<!\d)(?P<year>(?:19|20)\d{2})"

# a wording's name in a pattern ($GENRE_WORDS); a regex's own $ is never followed by a capital
FAMILY = re.compile(r"\$[A-Z_]+")
# the characters a report's name never holds (whitespace, punctuation, title and quote marks): a character class's
NOT_NAME = r"\s,，。;；:：、《》“”\""


@lru_cache(maxsize=1)
def wordings() -> Mapping[str, str]:
    """Each wording's name (GENRE_WORDS …) and its pattern's text, the wordings it names expanded."""
    known = {"$YEAR": YEAR, "$NOT_NAME": NOT_NAME, "$ABOUT_REPORTS_WORDS": ABOUT_REPORTS_WORDS,
             "$MODEL_WORDS": MODEL_WORDS, "$PART_YEAR_WORDS": PART_YEAR_WORDS, "$INSTITUTION_SELF": INSTITUTION_SELF}
    out = {}
    for row in read_tsv("metadata.tsv"):
        out[row["name"]] = known["$" + row["name"]] = FAMILY.sub(lambda m: known[m.group()], row["pattern"])
    return MappingProxyType(out)
