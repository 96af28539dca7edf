"""A crawler's saved JSON (an API response: {"code":0,"data":{"title":…,"content":"<p>…<table>…",
"publishTime":…}}, or a list of such records) → the string that holds the report, its title and date.

The report is the longest string that is HTML or Chinese text; the title and the publish date are
the fields of that name in the same record (or a record holding it). Field names are the container's,
like an HTML page's <meta name="PubDate">: no report vocabulary. Hostile JSON is bounded: its size,
the number of its strings and its depth; what is over a bound is not unpacked, and said.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Optional

import regex

from ..patterns import HAN

_MAX_CHARS = 8_000_000           # a report's API response is well under 1 MB
_MAX_STRINGS = 200_000           # keys and values (counted by their quotes, before parsing)
_MAX_DEPTH = 64                  # containers looked into; json itself stops near 1,000 (RecursionError)
_MAX_NESTED = 2                  # a string that is itself JSON (a response encoded twice) is opened this often
_MIN_BODY = 80                   # characters the report's string has at least
_HTML = regex.compile(r"<\s*/?\s*(?:p|table|tr|td|th|div|span|br|tbody|font|strong|h[1-6])\b", regex.I)
# field names compared without case, "_" or "-" (publish_time = publishTime = PUBLISHTIME)
_TITLE_KEYS = frozenset(("title", "articletitle", "doctitle", "maintitle", "headline", "subject", "bt", "wzbt"))
# when the page was published; never when it was created, updated or fetched (a crawler's own time)
_DATE_KEYS = frozenset(("publishtime", "publishdate", "pubdate", "pubtime", "publishedtime", "publishedat",
                        "publishat", "releasetime", "releasedate", "issuetime", "issuedate", "docreltime",
                        "docpubtime", "fbsj", "fbrq"))


@dataclass
class Unpacked:
    body: str
    is_html: bool
    where: str                        # the string's place: data.list[0].content
    title: Optional[str] = None
    date: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


def looks_like_json(text: str) -> bool:
    head = text[:64].lstrip("\ufeff \t\r\n")
    tail = text[-64:].rstrip(" \t\r\n\x00")
    return (head[:1], tail[-1:]) in (("{", "}"), ("[", "]"))


def unpack(text: str) -> tuple[Optional[Unpacked], list[str]]:
    """(the report's string and its fields, or None; warnings). None when the text is no JSON (read
    as it is), holds no report string, or is over a bound (then a warning says so)."""
    if len(text) > _MAX_CHARS or text.count('"') > 2 * _MAX_STRINGS:
        return None, ["the text is JSON too large to unpack (over 8,000,000 characters or 200,000 strings): "
                      "read as it is"]
    data = _load(text)
    if data is None:
        return None, []
    if data is _TOO_DEEP:
        return None, [_DEEP_WARNING]
    where = ""
    for _ in range(_MAX_NESTED + 1):
        found, warnings = _report_string(data)
        if found is None:
            return None, warnings
        string, path, records = found
        inner = _load(string) if looks_like_json(string) else None
        if inner is None or inner is _TOO_DEEP:
            break
        data, where = inner, where + _place(path) + "→"      # the string was JSON encoded again
    else:
        return None, ["the JSON holds JSON more than twice encoded: not unpacked"]
    out = Unpacked(string, bool(_HTML.search(string)), where + _place(path), warnings=warnings)
    for record in reversed(records):          # the nearest record that names them
        for key, value in record.items():
            norm = key.lower().replace("_", "").replace("-", "") if isinstance(key, str) else ""
            if isinstance(value, str) and value.strip():
                if out.title is None and norm in _TITLE_KEYS:
                    out.title = value.strip()
                elif out.date is None and norm in _DATE_KEYS:
                    out.date = value.strip()
    return out, out.warnings


def read_note(unpacked: Unpacked) -> str:
    """The warning that says the document is a saved JSON response and which string was read."""
    return (f"the file is a saved JSON response: read its string {unpacked.where} as "
            f"{'HTML' if unpacked.is_html else 'text'}")


_TOO_DEEP = object()
_DEEP_WARNING = f"the text is JSON nested deeper than {_MAX_DEPTH} levels: not unpacked"


def _load(text: str):
    try:
        # strict=False: a crawler that wrote raw line breaks inside strings
        return json.loads(text, strict=False)
    except RecursionError:
        return _TOO_DEEP
    except ValueError:
        return None


def _report_string(data) -> tuple[Optional[tuple[str, list, list]], list[str]]:
    """((string, its path, the records holding it), warnings): the longest HTML or Han-rich string."""
    best = None
    lengths = []                                 # of every report-like string: a second long one is said
    stack = [(data, [], [])]
    seen = 0
    while stack:
        node, path, records = stack.pop()
        if len(path) > _MAX_DEPTH:
            return None, [_DEEP_WARNING]
        if isinstance(node, dict):
            records = records + [node]
            items = node.items()
        elif isinstance(node, list):
            items = enumerate(node)
        else:
            continue
        for key, value in items:
            seen += 1
            if seen > _MAX_STRINGS:
                return None, ["the JSON holds more than 200,000 values: not unpacked"]
            if isinstance(value, (dict, list)):
                stack.append((value, path + [key], records))
            elif isinstance(value, str) and len(value) >= _MIN_BODY and _report_like(value):
                lengths.append(len(value))
                if best is None or len(value) > len(best[0]):
                    best = (value, path + [key], records)
    if best is None:
        return None, []
    warnings = []
    others = sum(2 * n >= len(best[0]) for n in lengths) - 1      # a summary or an excerpt is not one
    if others:
        warnings.append(f"the JSON holds {others + 1} long texts: read the longest ({_place(best[1])}); the "
                        f"other{'s' if others > 1 else ''} not read")
    return best, warnings


def _report_like(value: str) -> bool:
    sample = value[:4000]
    return bool(_HTML.search(sample)) or len(HAN.findall(sample)) >= 0.2 * len(sample)


def _place(path: list) -> str:
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else str(key))
    return out or "(top)"
