"""Text normalisation shared by every layout: one place decides what "the same text" means."""
from __future__ import annotations

import re
import unicodedata


# NFKC folds full-width digits, letters, brackets and colons; these are the characters it leaves
# alone that reports still use interchangeably.
_EXTRA = str.maketrans({
    "\u00a0": " ", "\u3000": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200b": "",
    "\ufeff": "", "\u200c": "", "\u200d": "",
    "〔": "〔", "［": "[", "］": "]",
    "“": "“", "”": "”", "＂": '"',
    "—": "—", "－": "-", "–": "-",
    "﹙": "(", "﹚": ")", "．": ".",
})


def _translator(table: dict):
    """`text.translate(table)` for a table of single characters, done as one regex pass: translate
    looks every character of a non-ASCII text up in a dict, ~10× slower on a report."""
    chars = {chr(k): "" if v is None else v if isinstance(v, str) else chr(v) for k, v in table.items()}
    pattern = re.compile("[" + "".join(re.escape(c) for c in chars) + "]")
    lookup = chars.__getitem__
    ascii_keys = any(c.isascii() for c in chars)

    def translate(text: str) -> str:
        if not ascii_keys and text.isascii():       # the many short ASCII strings of an HTML page
            return text
        return pattern.sub(lambda m: lookup(m.group()), text)
    return translate


_extra = _translator(_EXTRA)


# The full-width punctuation and spaces of Chinese text, each replaced first by what NFKC makes of it:
# NFKC returns a string it would leave unchanged after one quick check, but one such character sends
# the whole text through decomposition and recomposition (~15× slower). The result is the same: a
# character and its NFKC form decompose alike, and NFKC is the composition of that decomposition.
_NFKC_FIRST = tuple((c, unicodedata.normalize("NFKC", c)) for c in "，（）：；！？％\u3000\u00a0")


def normalize_text(text: str) -> str:
    """NFKC plus the spaces and marks NFKC keeps; newlines normalised to \\n."""
    if not text.isascii():
        for char, folded in _NFKC_FIRST:
            text = text.replace(char, folded)
    text = unicodedata.normalize("NFKC", text)
    text = _extra(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def compact_with_map(text: str) -> tuple[str, list[int]]:
    """Text without whitespace plus, for each kept character, its offset in `text`.

    Searching labels in the compact text tolerates scrapers' stray spaces ("社会公益 组织")
    while spans still point into the original document text.
    """
    words = text.split()        # split() cuts at str.isspace characters, in C (a regex split was ~1/3 slower)
    offsets: list[int] = []
    extend, find = offsets.extend, text.find
    at = 0
    for word in words:
        at = find(word, at)     # only whitespace stands between the last word's end and this word
        end = at + len(word)
        extend(range(at, end))
        at = end
    return "".join(words), offsets


# One character in, one character out: search_form keeps offsets, so a match in the search
# form maps back to the document text through the compact offset list.
_SEARCH_TRANS = str.maketrans({
    "（": "(", "）": ")", "【": "(", "】": ")", "〔": "(", "〕": ")", "[": "(", "]": ")",
    "“": '"', "”": '"', "‘": '"', "’": '"', "「": '"', "」": '"', "'": '"', "＂": '"',
    "，": ",", "、": ",", "；": ";", "：": ":", "．": ".",
})


_search = _translator(_SEARCH_TRANS)


def search_form(text: str) -> str:
    """Label-comparison form of already-normalised text, character for character."""
    return _search(text).replace("其它", "其他")


def compact_search(text: str) -> tuple[str, list[int]]:
    """search_form of the text with whitespace removed, plus offsets back into `text`."""
    compact, offsets = compact_with_map(text)
    return search_form(compact), offsets


def label_key(text: str) -> str:
    """A label as compared with the vocabulary: normalised, no whitespace, no pipes or colons."""
    compact, _ = compact_search(normalize_text(text))
    return compact.replace("|", "").replace(":", "").replace("*", "")
