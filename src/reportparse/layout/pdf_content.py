"""A page's content streams without the operators that draw rules, for pdfminer (pdf_chars.py).

pdfminer tokenises a content stream in Python, and that is most of the time a page with a
non-embedded font takes; in a report most of the operators build and paint the ruling lines of
tables (`n 206 339.7 m 551 339.7 l S`, `0 0 0 RG 0.5 w`). pdf_chars.py takes only characters
(text and box) from pdfminer (the rules come from PDFium), and a path operator changes nothing
they depend on: it only extends or paints pdfminer's current path (painting is switched off
there); a colour or line-style operator only sets graphics state a box does not use. So each such
operator (DROPPED) that follows exactly its own number operands at the top level is cut out
before pdfminer reads the stream: what pdfminer's operand stack holds at every other operator is
what it held before, and the characters come out the same.

The scan is strict: anything it does not know for sure — an inline image, a comment, a
parenthesis nested in a string, a `#` escape, a token of unknown form, brackets that do not pair
up, a token that could run on from one stream into the next — and the streams are left as they
are (None).
"""
from __future__ import annotations

import re
from typing import Optional

# one token after optional whitespace: a literal string without unescaped nested parentheses,
# a bracket, a hex string, a name without # escapes, a number, an operator, or any other run of
# regular characters (which the scan does not know)
_REG = rb"(?![^\s()<>\[\]{}/%])"          # the end of a run of regular characters
_TOKEN = re.compile(
    rb"\s*(?:(\((?:[^()\\]|\\.)*\))|(<<|>>|\[|\])|(<[0-9A-Fa-f\s]*>)|(/[^\s()<>\[\]{}/%#]*)"
    rb"|([+-]?(?:\d+\.?\d*|\.\d+)" + _REG + rb")|([A-Za-z'\"*][A-Za-z0-9'\"*]*" + _REG + rb")"
    rb"|([^\s()<>\[\]{}/%]+))", re.S)
_BRACKET, _NUMBER, _OPERATOR, _UNKNOWN = 2, 5, 6, 7
_OPERANDS = {b"true", b"false", b"null"}           # read as objects (or ignored), not run
_PAIR = {b"]": b"[", b">>": b"<<"}

#: the operators cut out, with the number of operands each takes: path construction, painting and
#: clipping (PDF 32000 §8.5), and line width, cap, join, miter limit and the device colours
#: (§8.4.3, §8.6.8), which set what pdfminer keeps beside a character (its colour) but never its
#: text or box
DROPPED = {b"m": 2, b"l": 2, b"c": 6, b"v": 4, b"y": 4, b"re": 4, b"h": 0,
           b"S": 0, b"s": 0, b"f": 0, b"F": 0, b"f*": 0, b"B": 0, b"B*": 0, b"b": 0, b"b*": 0,
           b"n": 0, b"W": 0, b"W*": 0,
           b"w": 1, b"J": 1, b"j": 1, b"M": 1, b"g": 1, b"G": 1, b"rg": 3, b"RG": 3, b"k": 4, b"K": 4}


def without_paths(data: bytes) -> Optional[bytes]:
    """The stream with every top-level DROPPED operator and its number operands cut out, or None
    when the stream holds anything the scan is not sure of."""
    end = len(data.rstrip())
    match = _TOKEN.match
    pieces: list[bytes] = []
    kept_from = pos = 0
    opened: list[bytes] = []
    numbers = others = 0            # operands since the last operator
    first = 0                       # where the first of them starts
    while pos < end:
        m = match(data, pos)
        if m is None:
            return None
        kind = m.lastindex
        if kind == _UNKNOWN:
            return None
        start = m.start(kind)
        pos = m.end()
        if not numbers and not others:
            first = start
        if opened and kind != _BRACKET:
            others += 1             # inside an array or a dictionary: an element, not run
        elif kind == _NUMBER:
            numbers += 1
        elif kind == _OPERATOR:
            token = m.group(kind)
            if token in _OPERANDS:
                others += 1
            elif token in (b"BI", b"ID", b"EI"):        # inline image data follows
                return None
            else:
                arity = DROPPED.get(token)
                if arity is not None and not others and numbers == arity:
                    pieces.append(data[kept_from:first if arity else start])
                    kept_from = pos
                numbers = others = 0
        elif kind == _BRACKET:
            token = m.group(kind)
            if token in _PAIR:
                if not opened or opened.pop() != _PAIR[token]:
                    return None
            else:
                opened.append(token)
            others += 1
        else:
            others += 1
    if opened:
        return None
    if not pieces:
        return data
    pieces.append(data[kept_from:])
    return b" ".join(pieces)


def streams_without_paths(streams: list) -> Optional[list]:
    """Copies of a page's content streams (pdfminer PDFStream objects, resolved) without their
    path operators; None to leave them as they are."""
    import copy

    out = []
    for k, stream in enumerate(streams):
        data = stream.get_data()
        if k < len(streams) - 1 and not data[-1:].isspace():
            return None         # a token could run on into the next stream
        lean = without_paths(data)
        if lean is None:
            return None
        if lean is data:
            out.append(stream)
            continue
        twin = copy.copy(stream)
        twin.data = lean
        out.append(twin)
    return out
