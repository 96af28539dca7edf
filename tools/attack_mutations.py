"""The mutations of tools/attack.py: each turns a seed document (text, HTML or PDF bytes) into a
hostile variant, deterministically from a random.Random. `make_input(i, seed, pool, giant_every)`
picks the class and the seed of input i."""
from __future__ import annotations

import base64
import random
import re
import zlib
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
SEED_DIRS = [ROOT / "tests" / "fixtures", ROOT / "samples"]

FOREIGN_DIGITS = {
    "thai": "๐๑๒๓๔๕๖๗๘๙", "arabic_indic": "٠١٢٣٤٥٦٧٨٩", "ext_arabic_indic": "۰۱۲۳۴۵۶۷۸۹",
    "devanagari": "०१२३४५६७८९", "bengali": "০১২৩৪৫৬৭৮৯", "fullwidth": "０１２３４５６７８９",
    "mathematical": "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "superscript": "⁰¹²³⁴⁵⁶⁷⁸⁹", "circled": "⓪①②③④⑤⑥⑦⑧⑨",
}
_NUMBER = re.compile(r"(?<![0-9])[0-9]+(?:\.[0-9]+)?(?![0-9])")


# ------------------------------------------------------------------------------------ seeds

def seeds() -> dict[str, list[tuple[str, bytes]]]:
    out: dict[str, list[tuple[str, bytes]]] = {"text": [], "html": [], "pdf": []}
    for folder in SEED_DIRS:
        for path in sorted(folder.rglob("*")):
            kind = {".txt": "text", ".html": "html", ".htm": "html", ".pdf": "pdf"}.get(path.suffix)
            if kind and path.is_file() and path.name != "README.md":
                out[kind].append((str(path.relative_to(ROOT)), path.read_bytes()))
    return out


def _text_of(data: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")


# ---------------------------------------------------------------------------- text mutations

def _numbers(text: str) -> list[re.Match]:
    return list(_NUMBER.finditer(text))


def _replace_numbers(rng: random.Random, text: str, make: Callable[[str], str], share: float = 0.0) -> str:
    """Replace one number (share 0) or a share of them with make(number)."""
    found = _numbers(text)
    if not found:
        return text + make("12")
    chosen = [rng.choice(found)] if not share else [m for m in found if rng.random() < share] or [rng.choice(found)]
    out, pos = [], 0
    for m in chosen:
        out += [text[pos:m.start()], make(m.group(0))]
        pos = m.end()
    return "".join(out) + text[pos:]


def m_long_digits(rng, text):
    n = rng.choice([13, 16, 20, 30, 40, 50, 100, 310, 1000, 4300, 4301, 5000, 20000])
    return _replace_numbers(rng, text, lambda _: "".join(rng.choice("123456789") for _ in range(n)))


def m_giant_digits(rng, text):
    n = rng.choice([100_000, 300_000, 1_000_000])
    return _replace_numbers(rng, text, lambda _: "7" * n)


def m_long_decimal(rng, text):
    forms = [lambda: "9" * 310 + ".5", lambda: "1." + "3" * rng.choice([20, 400, 5000]),
             lambda: "1e308", lambda: "9" * 400, lambda: "0." + "0" * 330 + "1", lambda: "1,000,000,000,000,000,000"]
    return _replace_numbers(rng, text, lambda _: rng.choice(forms)())


def m_negative(rng, text):
    return _replace_numbers(rng, text, lambda s: rng.choice(["-", "－", "—", "−"]) + s, share=rng.choice([0, 0.3]))


def m_foreign_digits(rng, text):
    system = rng.choice(sorted(FOREIGN_DIGITS))
    table = str.maketrans("0123456789", FOREIGN_DIGITS[system])
    return _replace_numbers(rng, text, lambda s: s.translate(table), share=rng.choice([0.2, 1.0]))


def m_run_together(rng, text):
    """Join a line's numbers into one run (a scraper that lost the separators)."""
    lines = text.split("\n")
    candidates = [i for i, ln in enumerate(lines) if len(_numbers(ln)) >= 2]
    if not candidates:
        return m_long_digits(rng, text)
    i = rng.choice(candidates)
    nums = [m.group(0) for m in _numbers(lines[i])]
    run = "".join(nums) * rng.choice([1, 1, 2, 5])
    lines[i] = _NUMBER.sub("", lines[i], count=len(nums) - 1).replace(nums[-1], run, 1)
    return "\n".join(lines)


def m_delete(rng, text):
    a = rng.randrange(len(text) + 1)
    return text[:a] + text[a + rng.randrange(1, 2000):]


def m_duplicate(rng, text):
    a = rng.randrange(len(text) + 1)
    piece = text[a:a + rng.randrange(1, 3000)]
    return text[:a] + piece * rng.choice([2, 3, 50]) + text[a:]


def m_repeat_clause(rng, text):
    """One clause or line of the seed said thousands of times, on one line or a line each: a cost that grows
    with the square of the page (a search per match over the whole text) shows here as a hang."""
    pieces = [p for p in re.split(r"(?<=[，。；,;\n])", text) if p.strip()]
    if not pieces:
        return text
    piece = rng.choice(pieces).rstrip("\n")
    joiner = rng.choice(["", "\n"])
    a = rng.randrange(len(text) + 1)
    return text[:a] + joiner.join([piece] * rng.choice([2000, 5000, 10_000])) + text[a:]


def m_crawler(rng, text):
    """One to three of the line damages crawlers and converters do, at random places: a line dropped,
    doubled or joined to the next, its spaces removed, runs of equal lines collapsed, a digit changed,
    a line cut at a space (benchmarks/same_output.py's mutants too)."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        if len(lines) < 3:
            break
        i = rng.randrange(len(lines) - 1)
        op = rng.randrange(7)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        elif op == 2:
            lines[i:i + 2] = [lines[i] + lines[i + 1]]
        elif op == 3:
            lines[i] = lines[i].replace(" ", "").replace("\t", "")
        elif op == 4:
            lines = [line for k, line in enumerate(lines) if k == 0 or line.strip() != lines[k - 1].strip()]
        elif op == 5:
            digits = [k for k, ch in enumerate(lines[i]) if ch.isdigit()]
            if digits:
                k = rng.choice(digits)
                lines[i] = lines[i][:k] + str(rng.randrange(10)) + lines[i][k + 1:]
        else:
            cuts = [k for k, ch in enumerate(lines[i]) if ch == " "]
            if cuts:
                k = rng.choice(cuts)
                lines[i:i + 1] = [lines[i][:k], lines[i][k + 1:]]
    return "\n".join(lines)


def m_shuffle_lines(rng, text):
    lines = text.split("\n")
    a = rng.randrange(len(lines))
    block = lines[a:a + rng.randrange(2, 40)]
    rng.shuffle(block)
    return "\n".join(lines[:a] + block + lines[a + len(block):])


def m_truncate(rng, text):
    return text[:rng.randrange(len(text) + 1)]


_JUNK = ["\u202e", "\u200b", "\ufeff", "\x00", "\x0c", "\u0301", "\ufffd", "|", "||", "\t", "（", "）", "其中：", "合计",
         "本年度", "累计", "件", "万元", "——", "-", "/", "无", "\n", "\r", "<", ">", "&#", "&#x0;", "&nbsp;", "…"]


def m_junk(rng, text):
    for _ in range(rng.randrange(1, 30)):
        a = rng.randrange(len(text) + 1)
        text = text[:a] + rng.choice(_JUNK) * rng.choice([1, 1, 2, 100]) + text[a:]
    return text


_TAGS = ["<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<td rowspan=\"{n}\">", "<td colspan=\"{n}\">",
         "<th colspan='{n}'>", "<div>", "</div>", "<br>", "<p>", "<!--", "-->", "<script>", "</script>",
         "<![CDATA[", "]]>", "<table><tr><td>", "</td></tr></table>", "<meta charset=\"{cs}\">", "<svg>", "<math>"]


def m_html_tags(rng, text):
    for _ in range(rng.randrange(1, 40)):
        a = rng.randrange(len(text) + 1)
        tag = rng.choice(_TAGS).format(n=rng.choice(["0", "-1", "2", "999999999", "1e9", "2.5", "x", "", "4294967297"]),
                                       cs=rng.choice(["utf-16", "gbk", "latin-1", "x-junk", "utf-7", "hex"]))
        text = text[:a] + tag + text[a:]
    return text


def m_cell_text(rng, text):
    """A number's cell holds something else: spaces inside, units, words."""
    forms = [lambda s: " ".join(s), lambda s: s + "万元", lambda s: s + "件" * 3, lambda s: s + "%",
             lambda s: "约" + s, lambda s: s + "余", lambda s: s + ".", lambda s: "." + s, lambda s: s + "," + s,
             lambda s: s.replace("", ","), lambda s: s + "(" + s + ")", lambda s: "+" + s]
    return _replace_numbers(rng, text, lambda s: rng.choice(forms)(s), share=rng.choice([0, 0.2]))


TEXT_MUTATIONS: dict[str, Callable] = {
    "long_digits": m_long_digits, "long_decimal": m_long_decimal, "negative": m_negative,
    "foreign_digits": m_foreign_digits, "run_together": m_run_together, "delete": m_delete,
    "duplicate": m_duplicate, "repeat_clause": m_repeat_clause, "shuffle_lines": m_shuffle_lines, "truncate": m_truncate, "junk": m_junk,
    "cell_text": m_cell_text, "crawler": m_crawler,
}
HTML_ONLY = {"html_tags": m_html_tags}


def b_flip(rng, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.choice([1, 5, 20, 200])):
        if buf:
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    return bytes(buf)


def b_splice(rng, data: bytes) -> bytes:
    a, b = sorted(rng.randrange(len(data) + 1) for _ in range(2))
    c = rng.randrange(len(data) + 1)
    return data[:c] + data[a:b] + data[c:]


def b_truncate(rng, data: bytes) -> bytes:
    return data[:rng.randrange(len(data) + 1)]


def b_reencode(rng, data: bytes) -> bytes:
    text = _text_of(data)
    enc = rng.choice(["gb18030", "utf-16-le", "utf-16", "big5", "utf-32", "shift_jis", "latin-1"])
    return text.encode(enc, errors="replace")


BYTE_MUTATIONS: dict[str, Callable] = {"byte_flip": b_flip, "byte_splice": b_splice, "byte_truncate": b_truncate}


# ----------------------------------------------------------------------------- PDF mutations

_STREAM = re.compile(rb"/Filter \[ /ASCII85Decode /FlateDecode \] /Length (\d+)\n>>\nstream\n")
_PDF_DIGITS = re.compile(rb"(?:\\000[0-9])+")


def _pdf_streams(data: bytes, change: Callable[[bytes], bytes]) -> bytes:
    """Decode ReportLab's ASCII85+Flate content streams, change them, write them back Flate only
    (xref offsets go stale: the PDF libraries repair that, as they do for real files)."""
    out, pos = [], 0
    for m in _STREAM.finditer(data):
        start, n = m.end(), int(m.group(1))
        try:
            raw = zlib.decompress(base64.a85decode(data[start:start + n], adobe=True))
        except Exception:  # noqa: BLE001 — not a stream of ours: leave it
            continue
        body = zlib.compress(change(raw))
        out += [data[pos:m.start()], b"/Filter /FlateDecode /Length %d\n>>\nstream\n" % len(body), body]
        pos = start + n
    return b"".join(out) + data[pos:]


def p_digits(rng, data: bytes) -> bytes:
    def change(raw: bytes) -> bytes:
        found = list(_PDF_DIGITS.finditer(raw))
        if not found:
            return raw
        m = rng.choice(found)
        kind = rng.choice(["long", "neg", "run", "decimal"])
        if kind == "long":
            digits = "".join(rng.choice("123456789") for _ in range(rng.choice([13, 40, 310, 4301, 5000])))
        elif kind == "neg":
            digits = "-" + m.group(0).replace(b"\\000", b"").decode()
        elif kind == "decimal":
            digits = "9" * 310 + ".5"
        else:
            digits = "".join(x.group(0).replace(b"\\000", b"").decode() for x in found[:rng.randrange(2, 12)])
        enc = b"".join(b"\\000" + ch.encode() for ch in digits)
        return raw[:m.start()] + enc + raw[m.end():]
    return _pdf_streams(data, change)


def p_stream_junk(rng, data: bytes) -> bytes:
    def change(raw: bytes) -> bytes:
        buf = bytearray(raw)
        for _ in range(rng.choice([1, 10, 100])):
            if buf:
                buf[rng.randrange(len(buf))] = rng.choice(b"0123456789()[]<>/ TJTf\\ \n-.BTET")
        return bytes(buf)
    return _pdf_streams(data, change)


PDF_MUTATIONS: dict[str, Callable] = {"pdf_digits": p_digits, "pdf_stream_junk": p_stream_junk,
                                      "pdf_byte_flip": b_flip, "pdf_byte_splice": b_splice,
                                      "pdf_byte_truncate": b_truncate}


# ------------------------------------------------------------------------------------ plan

def make_input(i: int, base_seed: int, pool: dict[str, list[tuple[str, bytes]]], giant_every: int) -> tuple[str, str, str, bytes]:
    """(class, seed name, format, bytes) of input i; deterministic in (base_seed, i)."""
    rng = random.Random(base_seed * 1_000_003 + i)
    if giant_every and i % giant_every == giant_every - 1:
        kind = rng.choice(["text", "html"])
        name, data = rng.choice(pool[kind])
        return "giant_digits", name, kind, m_giant_digits(rng, _text_of(data)).encode("utf-8")
    kind = rng.choices(["text", "html", "pdf"], weights=[45, 30, 25])[0]
    name, data = rng.choice(pool[kind])
    if kind == "pdf":
        cls = rng.choice(sorted(PDF_MUTATIONS))
        return cls, name, kind, PDF_MUTATIONS[cls](rng, data)
    table = dict(TEXT_MUTATIONS, **(HTML_ONLY if kind == "html" else {}))
    names = sorted(table) + sorted(BYTE_MUTATIONS) + ["reencode"]
    cls = rng.choice(names)
    if cls in BYTE_MUTATIONS:
        return f"{kind}_{cls}", name, kind, BYTE_MUTATIONS[cls](rng, data)
    if cls == "reencode":
        return f"{kind}_reencode", name, kind, b_reencode(rng, data)
    text = table[cls](rng, _text_of(data))
    return f"{kind}_{cls}", name, kind, text.encode("utf-8", "surrogatepass")
