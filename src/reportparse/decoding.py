"""Bytes → text: the encoding of a report's bytes, and what the tools that saved it did to them.

Order (decode_report): BOM, strict UTF-8, the declared charset, strict GB18030 (Big5 where that
reading is kana and private-use characters), the same allowing a few damaged bytes, then a
detector; mojibake (a page read as Latin-1/Windows-1252 and saved) repaired, whole or in runs; a
mirror site's pinyin after each character removed.
"""
from __future__ import annotations

import codecs
from typing import Optional

import regex

from .errors import DecodeError
from .patterns import HAN, LazyPattern

_META_CHARSET = LazyPattern(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", regex.I)
_XML_ENCODING = LazyPattern(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", regex.I)
# GBK-family names map to GB18030, its superset: a page declared gb2312 routinely uses GBK characters.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "euc-cn", "hz-gb-2312", "gb_2312-80", "csgb2312"}
_CJK_PUNCT = LazyPattern(r"[\p{Han}\p{InCJK_Symbols_and_Punctuation}\p{InHalfwidth_and_Fullwidth_Forms}"
                         r"\p{InGeneral_Punctuation}\u00b7\u00d7\u00f7\u2460-\u24ff\u25a0-\u25ff\u3000-\u303f]")
# Codecs a page may name but no page is written in: a declaration naming one is ignored.
_NOT_PAGE_CHARSETS = {"unicode_escape", "raw_unicode_escape", "idna", "punycode", "utf_7", "undefined",
                      "unicode_internal", "charmap", "mbcs", "oem", "string_escape"}
# Damaged bytes tolerated when decoding (replaced by U+FFFD, with a warning): 1 % of the bytes, at least 8.
_DAMAGE_SHARE = 0.01
# Characters a Chinese or Latin text is made of (each counted once): the test of BOM-less UTF-16 too.
PLAUSIBLE = LazyPattern(r"[\t\n\r\x20-\x7e\u00a0-\u00ff\p{Han}\u3000-\u303f\uff00-\uffef\u2010-\u2027"
                         r"\u2030-\u205e\u2460-\u24ff\u25a0-\u25ff]")

# A plain text whose characters were saved as HTML numeric character references (a CMS export)
_CHAR_REF = LazyPattern(r"&#(?:[0-9]{2,7}|[xX][0-9a-fA-F]{2,6});")
_CHAR_REFS_MIN = 20

def declared_charset(data: bytes) -> Optional[str]:
    m = _META_CHARSET.search(data[:8192]) or _XML_ENCODING.search(data[:512])
    return m.group(1).decode("ascii").lower() if m else None


def decode(data: bytes, declared: Optional[str] = None) -> tuple[str, str]:
    """(text, encoding); see decode_report for the order and the warnings it gives."""
    text, encoding, _ = decode_report(data, declared)
    return text, encoding


def decode_report(data: bytes, declared: Optional[str] = None) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings). Order: BOM, strict UTF-8 (a page that is valid UTF-8 with
    non-ASCII bytes is UTF-8 whatever it declares), the declared charset, strict GB18030, then the
    same two allowing a few damaged bytes, then a detector.

    A multi-byte character cut at the very end (a truncated download) is dropped with a warning.
    charset-normalizer is last on purpose: it misreads short GBK pages as other CJK encodings.
    A text saved after a wrong single-byte decoding (mojibake, see _undo_mojibake) is repaired.
    """
    text, encoding, warnings = _decode(data, declared)
    for _ in range(2):              # a page mis-decoded twice on its way is seen too
        original = _undo_mojibake(text)
        if original is None:
            text, more = _undo_mojibake_runs(text)
            warnings += more
            break
        text, inner, more = _decode(original, declared)
        warnings += more + [f"the text was mojibake: a {inner.upper()} page read as Latin-1/Windows-1252 bytes "
                            "(as a crawler that ignored the page's charset does) and saved; repaired"]
        encoding = inner
    text, more = drop_pinyin(text)
    return text, encoding, warnings + more


# A mirror site's copy that prints a character's pinyin after it (報(bào)告, 務(wù), 政(zheng)(zheng)): known
# by syllables with tone marks; once known, every parenthesised syllable after a Han character goes
_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_TONED = LazyPattern(rf"(?<=\p{{Han}})[(（][a-zü]*[{_TONES}][a-zü{_TONES}]*[)）]")
_PINYIN = LazyPattern(rf"(?<=\p{{Han}})(?:[(（][a-zü{_TONES}]{{1,7}}[)）])+")
_PINYIN_MIN = 5             # toned syllables a text needs before it is taken for such a copy


def drop_pinyin(text: str) -> tuple[str, list[str]]:
    """(text, warnings): the text without the pinyin a mirror site put after its characters."""
    if not any(tone in text for tone in _TONES):     # cheap first (str search): a report seldom holds one
        return text, []
    found = 0
    for _ in _PINYIN_TONED.finditer(text):
        found += 1
        if found == _PINYIN_MIN:
            break
    else:
        return text, []
    text, n = _PINYIN.subn("", text)
    return text, [f"the text carried pinyin after {n} of its characters (a mirror site's copy: 報(bào)告); removed"]


# Windows-1252's letters for the bytes 0x80-0x9F (€, ‚, “ …) → the byte each stands for; the bytes
# Windows-1252 leaves undefined decode as Latin-1's control characters, which map to themselves.
_CP1252_BYTES = {ord(bytes([b]).decode("cp1252", errors="ignore") or chr(b)): chr(b) for b in range(0x80, 0xA0)}
_LATIN_HIGH_CLASS = (r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                     r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_LATIN_HIGH = LazyPattern(_LATIN_HIGH_CLASS)
_MOJIBAKE_MIN = 40          # high Latin characters a text needs before it is taken for mojibake
_SAMPLE = 20000             # characters looked at to tell a text's script


def _undo_mojibake(text: str) -> Optional[bytes]:
    """The bytes a page had before a single-byte decoding turned each of them into a character, when
    the text is that damage: no Han character at all, many Latin-1/Windows-1252 letters, every
    character a byte of that code, and the bytes read back strictly as Chinese (else None)."""
    if HAN.search(text, 0, _SAMPLE) or len(_LATIN_HIGH.findall(text, 0, _SAMPLE)) < _MOJIBAKE_MIN:
        return None
    try:
        original = text.translate(_CP1252_BYTES).encode("latin-1")
    except UnicodeEncodeError:
        return None             # a character no single byte decodes to: real text, not this damage
    for enc in ("utf-8", "gb18030"):
        got = _strict(original, enc)
        if got is not None and _plausible_chinese(got[0]) and len(HAN.findall(got[0], 0, _SAMPLE)) >= 20:
            return original
    return None


# A run of mojibake inside good text: Latin-1/Windows-1252 letters, with ASCII between them (the
# digits, spaces and pipes of the damaged text are unchanged by the damage); never across a Han character.
_MOJIBAKE_RUN = LazyPattern(rf"{_LATIN_HIGH_CLASS}(?:[\t\n\r\x20-\x7e]{{0,40}}{_LATIN_HIGH_CLASS})*")
_LATIN_LETTER = LazyPattern(r"[\u00c0-\u00ff]")
_RUN_MIN_HAN = 4            # Han characters a run's repair gives at least (two accented letters are one GBK character)


def _undo_mojibake_runs(text: str) -> tuple[str, list[str]]:
    """(text, warnings): runs of mojibake inside otherwise good text (a page whose body was read as
    Latin-1/Windows-1252 and saved into correct chrome) each put back, when the run's bytes decode
    strictly as UTF-8 or GB18030 into Chinese with at least _RUN_MIN_HAN Han characters; accented
    Latin text never does (its letters stand between ASCII, which no multi-byte character continues).
    Once a code is shown so, its shorter runs (a dash, a bracket) are put back too where every
    character they give is Chinese punctuation or Han."""
    # cheap first: Chinese text is full of “ ” — … but seldom holds Latin-1 letters, and every Han
    # character's mojibake begins with one (UTF-8's lead bytes E4-E9; most of GBK's, C0-F7)
    if len(_LATIN_LETTER.findall(text)) < 2:
        return text, []
    runs = []                               # (match, bytes) of every run that is bytes of a single-byte code
    for m in _MOJIBAKE_RUN.finditer(text):
        try:
            runs.append((m, m.group().translate(_CP1252_BYTES).encode("latin-1")))
        except UnicodeEncodeError:
            continue
    fixes: dict[int, str] = {}
    shown: dict[str, int] = {}
    for strong in (True, False):
        for i, (m, raw) in enumerate(runs):
            for enc in ("utf-8", "gb18030"):
                if i in fixes or (not strong and enc not in shown):
                    continue
                try:
                    got = raw.decode(enc)
                except UnicodeDecodeError:
                    continue
                if (len(HAN.findall(got)) >= _RUN_MIN_HAN and _plausible_chinese(got) if strong else
                        not got.isascii() and all(c.isascii() or _CJK_PUNCT.match(c) for c in got)):
                    fixes[i] = got
                    shown[enc] = shown.get(enc, 0) + 1
    if not fixes:
        return text, []
    out, end = [], 0
    for i in sorted(fixes):
        m = runs[i][0]
        out += [text[end:m.start()], fixes[i]]
        end = m.end()
    out.append(text[end:])
    said = ", ".join(f"{n} of {enc.upper()}" for enc, n in shown.items())
    return "".join(out), [f"part of the text was mojibake (a page's bytes read as Latin-1/Windows-1252 and saved "
                          f"inside correct text): {len(fixes)} run{'s' if len(fixes) > 1 else ''} ({said}) repaired"]


def _decode(data: bytes, declared: Optional[str]) -> tuple[str, str, list[str]]:
    warnings: list[str] = []
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text, bad = _lenient(data, enc)
            if bad:
                warnings.append(f"{bad} undecodable {enc} byte sequence{'s' if bad > 1 else ''} replaced by \ufffd")
            return text, enc, warnings
    utf16 = utf16_without_bom(data[:8192]) if b"\x00" in data[:8192] else None
    if utf16:
        text, bad = _lenient(data, utf16)
        return text, utf16, warnings + ["the text is UTF-16 without a byte-order mark"]

    utf8 = _strict(data, "utf-8")
    if utf8 is not None and not data.isascii():
        if declared and _canonical(declared) not in ("utf-8", None):
            warnings.append(f"the page declares charset {declared} but its bytes are UTF-8: read as UTF-8")
        return _finish(utf8, "utf-8", warnings)
    if declared:
        enc = _canonical(declared)
        if enc is None:
            warnings.append(f"the declared charset {declared!r} is unknown or not a text charset: ignored")
        elif enc.startswith(("utf-16", "utf-32")):
            pass        # a declaration readable as ASCII cannot be right about UTF-16/32
        elif enc != "utf-8":
            got = _strict(data, enc)
            if got is not None:
                if _single_byte(enc) and not data.isascii():
                    gb = _strict(data, "gb18030")
                    if gb is not None and _plausible_chinese(gb[0]):
                        warnings.append(f"the page declares charset {declared} but its bytes are GB18030 Chinese: "
                                        "read as GB18030")
                        return _finish(gb, "gb18030", warnings)
                return _finish(got, enc, warnings)
            warnings.append(f"the page declares charset {declared} but its bytes are not {enc}")
        elif utf8 is None:
            warnings.append(f"the page declares charset {declared} but its bytes are not UTF-8")
    if utf8 is not None:
        return _finish(utf8, "utf-8", warnings)
    gb = _strict(data, "gb18030")
    if gb is None or _BIG5_AS_GB.search(gb[0], 0, _SAMPLE):
        big5 = _big5(data, gb)
        if big5 is not None:
            warnings.append(f"no charset declared and the bytes are not GB18030 Chinese: read as {big5[1].upper()} "
                            "(Big5, traditional Chinese)")
            return _finish(big5[0], big5[1], warnings)
    if gb is not None:
        return _finish(gb, "gb18030", warnings)

    # damaged bytes: the reading with fewer undecodable sequences, if they are few
    best = min(((_lenient(data, enc), enc) for enc in ("utf-8", "gb18030")), key=lambda x: x[0][1])
    (text, bad), enc = best
    if bad <= max(8, int(len(data) * _DAMAGE_SHARE)):
        warnings.append(f"{bad} undecodable {enc} byte sequence{'s' if bad > 1 else ''} replaced by \ufffd "
                        "(damaged text)")
        return text, enc, warnings
    try:
        from charset_normalizer import from_bytes
        guess = from_bytes(data[:200_000]).best()
        if guess is not None and guess.encoding:
            text = data.decode(guess.encoding, errors="replace")
            warnings.append(f"the encoding was guessed as {guess.encoding}: check the text")
            return text, guess.encoding, warnings
    except Exception:  # the detector is a last resort; its failure is ours to report
        pass
    raise DecodeError("the bytes are not UTF-8, GB18030 or any encoding the detector recognises "
                      f"({bad} undecodable sequences even as {enc}); re-save the file as UTF-8")


# What Big5 bytes read as GB18030 are full of: the commonest Big5 lead bytes (0xA4-0xA7: 一 人 中 …)
# are GB2312's kana, Greek and Cyrillic rows, and its user-defined rows are GB18030's private use area.
_BIG5_AS_GB = LazyPattern(r"[\u0370-\u04ff\u3040-\u30ff\ue000-\uf8ff]")
# Windows' Big5 (cp950) first, then Hong Kong's supplement; plain big5 is a subset of both.
_BIG5_FAMILY = ("cp950", "big5hkscs")


def _big5(data: bytes, gb: Optional[tuple[str, int]]) -> Optional[tuple[tuple[str, int], str]]:
    """(decoded, codec) when undeclared bytes are Big5: they decode strictly in a Big5 codec into
    plausible Chinese while their GB18030 reading is not (kana, Greek, private-use characters), else None.
    GBK text practically never decodes as Big5 (GB2312's common rows 0xC7/0xC8 are Big5's unassigned ones)."""
    if gb is not None and _plausible_chinese(gb[0]):
        return None
    for enc in _BIG5_FAMILY:
        got = _strict(data, enc)
        if got is not None and _plausible_chinese(got[0]):
            return got, enc
    return None


def _canonical(name: str) -> Optional[str]:
    name = name.strip().lower()
    if name in _GB_FAMILY:
        return "gb18030"
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name.replace("-", "_") in _NOT_PAGE_CHARSETS:
        return None                          # bytes-to-bytes codecs (hex, zlib, base64 …), escapes, IDNA
    return {"utf-8": "utf-8", "utf_8": "utf-8"}.get(info.name, info.name)


def _single_byte(enc: str) -> bool:
    try:
        return len(bytes(range(256)).decode(enc, errors="replace")) == 256
    except LookupError:
        return False


def _plausible_chinese(text: str) -> bool:
    wide = [ch for ch in text[:20000] if ord(ch) > 0x7f]
    return bool(wide) and len(_CJK_PUNCT.findall("".join(wide))) >= 0.9 * len(wide)


def _strict(data: bytes, enc: str) -> Optional[tuple[str, int]]:
    """(text, bytes cut) decoding strictly but for an incomplete character at the very end."""
    try:
        decoder = codecs.getincrementaldecoder(enc)()
        text = decoder.decode(data, final=False)
        pending = decoder.getstate()[0]
    except Exception:        # UnicodeDecodeError, or any failure of an odd declared codec
        return None
    return text, len(pending)


def _lenient(data: bytes, enc: str) -> tuple[str, int]:
    text = data.decode(enc, errors="replace")
    bad = text.count("\ufffd") - (data.count("\ufffd".encode("utf-8")) if enc.startswith("utf-8") else 0)
    return text, max(bad, 0)


def _finish(decoded: tuple[str, int], enc: str, warnings: list[str]) -> tuple[str, str, list[str]]:
    text, cut = decoded
    if cut:
        warnings.append(f"the last {cut} byte{'s' if cut > 1 else ''} are an incomplete {enc} character "
                        "(a truncated download?): dropped")
    return text, enc, warnings


def utf16_without_bom(sample: bytes) -> Optional[str]:
    """'utf-16-le' / 'utf-16-be' when the bytes read as Chinese or Latin text in UTF-16 without a BOM
    (the byte order that reads better; random bytes read as either score about a third)."""
    if len(sample) < 16:
        return None
    sample = sample[: len(sample) // 2 * 2]
    scores = {}
    for enc in ("utf-16-le", "utf-16-be"):
        text = sample.decode(enc, errors="replace")
        scores[enc] = len(PLAUSIBLE.findall(text)) / max(1, len(text))
    best = max(scores, key=scores.get)
    return best if scores[best] >= 0.9 else None


def undo_char_refs(text: str, warnings: list[str]) -> str:
    """A plain text whose characters were saved as numeric character references, read as them."""
    if len(_CHAR_REF.findall(text, 0, _SAMPLE)) < _CHAR_REFS_MIN:
        return text
    import html
    warnings.append("the text was saved with HTML character references (&#25919; …): read as the characters")
    return html.unescape(text)
