"""A page's content streams read into pdfminer's operands in one regular-expression pass, for
pdf_chars.py: the same characters as pdfminer's own reading, several times faster.

pdfminer tokenises a content stream one character state at a time in Python (PSBaseParser),
with a debug log call per token; that was most of the time a page with a non-embedded font
took. Here one compiled pattern cuts the stream into tokens, each is turned into the very object
pdfminer's parser makes of it (int, float, bool, bytes with its escapes, PSLiteral, PSKeyword,
list, dict), and the objects are fed to pdfminer's own operator methods with pdfminer's operand
stack rules (`PDFPageInterpreter.execute`): fonts, CMaps, text state and character placement
stay pdfminer's.

The reading is strict: wherever pdfminer's answer could depend on more than the tokens — an
inline image, an unbalanced bracket, a dictionary pdfminer refuses, a token running from one
stream into the next or cut by the end of the last one, an escape at pdfminer's 4,096-byte
buffer edge, a number large enough to overflow — the stream is read by pdfminer itself (`Unsure`).

Operators that only build or paint a path or set a colour or line style (pdf_content.DROPPED)
are not run when their operands are numbers: they change nothing a character's text or box
depends on (painting is switched off in pdf_chars) and, with such operands, cannot fail.
"""
from __future__ import annotations

import re

from pdfminer import settings
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import KWD, LIT, PSKeyword, PSLiteral, keyword_name

from .pdf_content import DROPPED

#: content larger than this (decoded, one page or form) is left to pdfminer, which streams it
MAX_BYTES = 4 << 20

_REGULAR = rb"[^#/%\[\]()<>{}\s]"           # pdfminer's END_KEYWORD / END_LITERAL, negated
_CHAR = rb"[^()\\]|\\."                      # a string's character or escape
# one token after whitespace (pdfminer skips NUL there too): a comment, a literal string (with
# parentheses nested up to three deep; an opening parenthesis alone where deeper or not closed),
# a number, a name, a keyword, a dictionary bracket, a hex string (up to the character that ends
# it, read next as pdfminer does), any other character (a lone ">" is read as nothing, the rest as
# one-character keywords). pdfminer's _parse_main tells them apart by the first character.
_TOKEN = re.compile(
    rb"[\s\x00]*(%[^\r\n]*"
    rb"|\((?:" + _CHAR + rb"|\((?:" + _CHAR + rb"|\((?:" + _CHAR + rb")*\))*\))*\)|\("
    rb"|[-+0-9][0-9]*(?:\.[0-9]*)?|\.[0-9]*"
    rb"|/(?:" + _REGULAR + rb"|#[0-9A-Fa-f]{0,2})*"
    rb"|[A-Za-z]" + _REGULAR + rb"*"
    rb"|<<|>>|<[0-9A-Fa-f\s]*|[^\s\x00])", re.S)
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|\r\n|.)", re.S)
_NAME_HEX = re.compile(rb"#([0-9A-Fa-f]{0,2})")
_SPACE = re.compile(rb"\s")
_ESC = {b"b": b"\b", b"t": b"\t", b"n": b"\n", b"f": b"\f", b"r": b"\r", b"(": b"(", b")": b")", b"\\": b"\\"}
#: what each escape reads as: the known ones, an octal code up to 255, "\r\n" (a line
#: continuation) and any other character (dropped) read as nothing
_UNESCAPED = {**{bytes((c,)): b"" for c in range(256)}, b"\r\n": b"", **_ESC,
              **{b"%o" % c: bytes((c,)) for c in range(256)}, **{b"%02o" % c: bytes((c,)) for c in range(64)},
              **{b"%03o" % c: bytes((c,)) for c in range(256)}}
_OPEN = {b"[": "a", b"{": "p", b"<<": "d"}
_CLOSE = {b"]": "a", b"}": "p", b">>": "d"}
_INLINE_IMAGE = {b"BI", b"ID", b"EI"}
_NUMBERS = (int, float)
_SAFE = 1e150                   # a ctm entry this small squares without overflow (do_w)


class Unsure(Exception):
    """The fast reading cannot promise pdfminer's answer for this content: pdfminer reads it."""


def _escapes(body: bytes) -> bytes:
    """A literal string's escapes as pdfminer's _parse_string_1 reads them (an unknown escape
    drops the character)."""
    if b"\\\r" in body:      # pdfminer reads an escaped line end differently at its buffer's edge
        raise Unsure("escaped line end")
    pieces = _ESCAPE.split(body)
    try:
        pieces[1::2] = [_UNESCAPED[e] for e in pieces[1::2]]
    except KeyError:
        raise Unsure("octal escape over 255") from None
    return b"".join(pieces)


def _hex(body: bytes) -> bytes:
    digits = _SPACE.sub(b"", body)
    if len(digits) % 2:
        return bytes.fromhex(digits[:-1].decode()) + bytes((int(digits[-1:], 16),))
    return bytes.fromhex(digits.decode())


def _dict(objs: list) -> dict:
    if len(objs) % 2:
        raise Unsure("odd dictionary")
    keys = objs[0::2]
    if not all(isinstance(k, PSLiteral) and isinstance(k.name, str) for k in keys):
        raise Unsure("dictionary key not a name")
    return {k.name: v for k, v in zip(keys, objs[1::2]) if v is not None}


_NUMBER_START = frozenset(b"+-.0123456789")
_REGULAR_START = _NUMBER_START | frozenset(b"/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_MISS = object()


def objects(datas: list) -> list:
    """The objects pdfminer's PDFContentParser yields from these streams' decoded bytes, in order
    (operators as PSKeyword); Unsure where its answer is not certain."""
    if sum(len(d) for d in datas) > MAX_BYTES:
        raise Unsure("content too large")
    out: list = []
    cur = out
    context: list = []
    known: dict = {b"true": True, b"false": False}      # token → object, for the ones read once
    get = known.get
    last = len(datas) - 1
    for k, data in enumerate(datas):
        tokens = _TOKEN.findall(data)
        if not tokens:
            if k < last:
                raise Unsure("empty stream")
            continue
        end = tokens[-1]
        if not data[-1:].isspace():
            if k < last:
                raise Unsure("a token could run on into the next stream")
            if end[0] in _REGULAR_START:
                raise Unsure("token cut by the end of the stream")    # pdfminer versions differ
        if end[:1] == b"<" and end != b"<<":
            raise Unsure("hex string at the end of the stream")
        if end[:1] == b"%" and k < last and data[-1:] not in b"\r\n":
            raise Unsure("comment running into the next stream")
        for tok in tokens:
            obj = get(tok, _MISS)
            if obj is not _MISS:
                cur.append(obj)
                continue
            c = tok[0]
            if c == 40:                                             # (
                if len(tok) == 1:
                    raise Unsure("string not closed or nested too deep")
                body = tok[1:-1]
                cur.append(_escapes(body) if b"\\" in body else body)
            elif c in _NUMBER_START:
                if len(tok) > 24:
                    raise Unsure("number too long")
                try:
                    obj = float(tok) if b"." in tok else int(tok)
                except ValueError:
                    continue            # pdfminer drops "-", "+", "." alone
                known[tok] = obj
                cur.append(obj)
            elif c == 47:                                           # /
                raw = tok[1:]
                if b"#" in raw:
                    raw = _NAME_HEX.sub(lambda h: bytes((int(h.group(1), 16),)) if h.group(1) else b"", raw)
                try:
                    name = str(raw, "utf-8")
                except UnicodeDecodeError:
                    name = raw
                known[tok] = obj = LIT(name)
                cur.append(obj)
            elif tok in _OPEN:
                context.append((_OPEN[tok], cur))
                cur = []
            elif tok in _CLOSE:
                if not context or context[-1][0] != _CLOSE[tok]:
                    raise Unsure("unpaired bracket")
                opened, parent = context.pop()
                parent.append(_dict(cur) if opened == "d" else cur)
                cur = parent
            elif c == 60:                                           # < of a hex string
                cur.append(_hex(tok[1:]))
            elif c == 37 or tok == b">":                            # a comment; ">" alone
                continue
            elif tok in _INLINE_IMAGE:
                raise Unsure("inline image")
            else:                                                   # a keyword
                known[tok] = obj = KWD(tok)
                cur.append(obj)
    if context:
        raise Unsure("bracket not closed")
    return out


class FastInterpreter(PDFPageInterpreter):
    """pdfminer's page interpreter reading its content with `objects`. On the page itself
    (`page_level`) an Unsure goes up to the caller, which reads the page again the old way;
    in a form XObject pdfminer reads the form itself."""

    page_level = False
    _dispatch: dict = {}            # PSKeyword → (function, operand count), as execute finds them

    def execute(self, streams) -> None:
        try:
            if settings.STRICT:
                raise Unsure("strict mode")
            resolved = [resolve1(s) for s in streams]
            if not all(isinstance(s, PDFStream) for s in resolved):
                raise Unsure("not a stream")
            parents = getattr(self, "parent_stream_ids", None)
            if parents is not None:         # pdfminer ≥ 2025: it skips streams that loop back
                if any(s.objid is None or s.objid in parents for s in resolved):
                    raise Unsure("stream pdfminer would skip")
                self.stream_ids.clear()
                self.stream_ids.update(s.objid for s in resolved)
            try:
                datas = [s.get_data() for s in resolved]
            except Exception as e:      # pdfminer meets the same when it reads the stream
                raise Unsure("stream not decoded") from e
            objs = objects(datas)
        except Unsure:
            if self.page_level:
                raise
            super().execute(streams)
            return
        self._run(objs)

    def _operator(self, kw: PSKeyword):
        name = keyword_name(kw)
        method = "do_%s" % name.replace("*", "_a").replace('"', "_w").replace("'", "_q")
        func = getattr(type(self), method, None)
        entry = (func, func.__code__.co_argcount - 1) if func is not None else (None, 0)
        self._dispatch[kw] = entry
        return entry

    def _run(self, objs: list) -> None:
        dispatch = self._dispatch
        dropped = _DROPPED
        numbers = _NUMBERS
        stack = self.argstack
        for obj in objs:
            if obj.__class__ is not PSKeyword:
                stack.append(obj)
                continue
            arity = dropped.get(obj)
            if arity is not None:
                if not arity:
                    continue
                if len(stack) >= arity:
                    for x in stack[-arity:]:
                        if x.__class__ not in numbers:
                            break
                    else:
                        if obj is not _W or self._may_skip_width():
                            del stack[-arity:]
                            continue
            func, nargs = dispatch.get(obj) or self._operator(obj)
            if func is None:
                continue
            if nargs:
                if len(stack) < nargs:
                    stack.clear()
                    continue
                args = stack[-nargs:]
                del stack[-nargs:]
                func(self, *args)
            else:
                func(self)
            stack = self.argstack       # an operator may pop for itself (sc, scn)

    def _may_skip_width(self) -> bool:
        """Setting the line width squares the ctm in pdfminer ≥ 2025, which can overflow: with a
        small ctm it cannot; otherwise a page is read the old way (which leaves a form's as is)."""
        a, b = self.ctm[0], self.ctm[1]       # (pdfminer 20231228 keeps what `cm` multiplies out)
        if a.__class__ in _NUMBERS and b.__class__ in _NUMBERS and abs(a) < _SAFE and abs(b) < _SAFE:
            return True
        if self.page_level:
            raise Unsure("line width under a huge ctm")
        return False


_W = KWD(b"w")
_DROPPED = {KWD(op): arity for op, arity in DROPPED.items()}
