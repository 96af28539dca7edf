"""tidy64: behaviour-preserving tidies (one public reader of the data files; the strict number spelled once; a cheap
exact gate before layout/text_furniture cuts a text into lines) and one reading added: 繫 folded to 系 in the search
form, so a traditional copy's contact clause (請與X局辦公室聯繫) names its issuer as 联系 does. Old literals and the old
algorithm are spelled here as they stood at 99262a1; invented texts throughout."""
import bisect
import itertools
import random
import re

import regex

import reportparse
from reportparse import patterns
from reportparse.layout import text as layout_text, text_furniture

# ---- (1) one public reader of the package's tab-separated data files ----------------------------------------------


def _old_read_tsv(name):
    """schema._read_tsv as it stood at 99262a1 (crosswalk_rows read its file the same way, spelled again)."""
    import csv
    from importlib import resources
    text = resources.files("reportparse").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_data_files_have_one_public_reader():
    from reportparse import schema
    assert not hasattr(schema, "_read_tsv")
    for name in ("indicators.tsv", "rows.tsv", "templates.tsv", "narrative.tsv", "crosswalk.tsv"):
        assert schema.read_tsv(name) == _old_read_tsv(name), name


def test_no_module_imports_the_private_reader():
    import pathlib
    root = pathlib.Path(reportparse.__file__).parent
    assert [p.name for p in root.rglob("*.py") if "_read_tsv" in p.read_text(encoding="utf-8")] == []


def test_the_crosswalk_reads_as_before():
    from reportparse import schema
    old = _old_read_tsv("crosswalk.tsv")
    assert [(r.key, r.note) for r in schema.crosswalk_rows()] == [(r["key"], r["note"]) for r in old]
    assert "requests.unable.not_held" in schema.folded_into("requests.reply.not_exist")


# ---- (2) the strict number, spelled once (patterns.STRICT_FIGURE) --------------------------------------------------

_ALPHABET = ["0", "7", "1", ",", ".", "+", "-", "|", " ", "\t", "件", "※", "a", "增", "减", "\n"]


def _lines(seed=64, n=6000):
    rng = random.Random(seed)
    short = ["".join(p) for k in range(0, 4) for p in itertools.product(_ALPHABET, repeat=k)]
    return short + ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 14))) for _ in range(n)]


def _same(old, new, compile_with=regex.compile):
    a = compile_with(old)
    b = new if hasattr(new, "fullmatch") else compile_with(new)
    for line in _lines():
        for probe in ("fullmatch", "match", "search"):
            got_a, got_b = getattr(a, probe)(line), getattr(b, probe)(line)
            assert (got_a and got_a.span()) == (got_b and got_b.span()), (old, probe, line)


def test_the_strict_number_family_matches_the_old_literals():
    _same(r"[+-]?[0-9][0-9,]*(?:\.[0-9]+)?", patterns.NUMBER)
    _same(r"[增减][0-9][0-9,]*(?:\.[0-9]+)?", patterns.SIGNED_WORD_NUMBER)
    _same(r"[+-]{2,}[0-9][0-9,]*(?:\.[0-9]+)?", patterns.DOUBLED_SIGN_NUMBER)
    _same(r"[ \t]*[+-]?[0-9][0-9,]*(?:\.[0-9]+)?[ \t]*\|?[ \t]*", patterns.FIGURE_LINE_PIPED)
    _same(r"[0-9][0-9,]*(?:\.[0-9]+)?", layout_text._FIG)


def test_the_row_line_of_text_furniture_matches_the_old_literal():
    old = r"[^\n]*[^\s0-9|.,:-](?:[ \t|]+[-+]?[0-9][0-9,]*(?:\.[0-9]+)?)+[ \t|]*"
    _same(old, text_furniture._ROW_LINE, compile_with=re.compile)
    assert text_furniture._ROW_LINE.fullmatch("2.重复申请 | 12 | 3,400 | 5.5")
    assert not text_furniture._ROW_LINE.fullmatch("2.重复申请 12 3.4.5")      # (no 3.4.5: not a row of figures)


# ---- (3) text_furniture: a text is cut into lines only where an opening's line is strong furniture ----------------

def _old_blank_furniture_between_rows(text):
    """The function as it stood at 99262a1."""
    f = text_furniture
    if f._OPENING.search(text) is None:
        return text
    lines = text.split("\n")
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    chars = None
    done = -1
    for m in f._OPENING.finditer(text):
        i = bisect.bisect_right(starts, m.start() + 1) - 1
        if i <= done or not f._strong(lines[i]):
            continue
        a = i
        while a > 0 and f._furniture(lines[a - 1]):
            a -= 1
        b = i + 1
        while b < len(lines) and f._furniture(lines[b]):
            b += 1
        done = b - 1
        above = a - 1
        if above < 0 or b >= len(lines) or not f._ENDS_IN_FIGURE.search(lines[above]) or not f._table_line_at(lines, b):
            continue
        if lines[above].strip() == lines[b].strip():
            continue
        chars = chars or list(text)
        lo, hi = starts[above] + len(lines[above]), starts[b] - 1
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars) if chars else text


_PIECES = ["2021年,我局主动公开政府信息83条。", "2022年1月20日", "2021-01-26", "打印时间:2021-01-26 09:37",
           "https://www.lanxi.gov.cn/art/2021/1/26/art_3312_58271.html", "www.lanxi.gov.cn 3/5", "第 3 页 共 5 页",
           "- 2 -", "岚溪县人民政府门户网站", "2.重复申请 | 12 | 3 | 4", "自然人 17 4 5", "214", "37", "", "  ",
           "(一)予以公开", "44", "2021年度", "12/7", "访问时间 2021/1/26 15:42", "分享到", "三、收到和处理政府信息公开申请情况"]


def test_the_gate_gives_the_old_output_on_generated_texts():
    rng = random.Random(64)
    texts = ["\n".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    texts += ["\n".join(p) for p in itertools.product(_PIECES[:9] + ["214", ""], repeat=3)]
    changed = 0
    for text in texts:
        got = text_furniture.blank_furniture_between_rows(text)
        assert got == _old_blank_furniture_between_rows(text), text
        changed += got != text
    assert changed > 50        # (the generated texts hold furniture between rows: the rule acts, not only the gate)


def test_a_report_whose_year_lines_are_prose_is_never_cut_into_lines():
    text = "一、总体情况\n2021年,我局主动公开政府信息83条。\n2021年度共收到申请17件。\n"
    assert text_furniture._OPENING.search(text)             # (a year opens its lines …)
    assert text_furniture._strong_line_starts(text) == []  # (… none of them a page's furniture)
    assert text_furniture.blank_furniture_between_rows(text) is text


def test_a_page_break_between_two_rows_is_still_blanked():
    text = "自然人 17 4 5\n2021-01-26\nhttps://www.lanxi.gov.cn/art_1.html\n商业企业 6 2 1\n"
    got = text_furniture.blank_furniture_between_rows(text)
    assert got == "自然人 17 4 5" + " " * (len("\n2021-01-26\nhttps://www.lanxi.gov.cn/art_1.html")) + "\n商业企业 6 2 1\n"


# ---- (4) 繫 of a traditional copy's 聯繫 folds to 系 --------------------------------------------------------------

_TRADITIONAL = ("本報告根據《中華人民共和國政府信息公開條例》編制。報告中所列數據的統計期限自2010年1月1日至2010年12月31日止。"
                "如對本報告有任何疑問,請與松陽縣{office}{verb}(電話:0578-1234567)。\n一、總體情況\n"
                "2010年,我局緊緊圍繞陽光政府目標,主動公開政府信息83條。\n")


def test_fold_traditional_folds_xi():
    from reportparse.normalize import fold_traditional, search_form
    assert fold_traditional("聯繫") == "联系"
    assert search_form("請與縣商務局辦公室聯繫") == "请与县商务局办公室联系"
    assert fold_traditional("系統") == "系统"      # (系 itself stays)


def test_a_traditional_contact_clause_with_lianxi_names_its_issuer():
    report = reportparse.parse_text(_TRADITIONAL.format(office="商務局辦公室", verb="聯繫"))
    assert report.issuer.name == "松陽縣商務局"         # (the printed name: only the search form is folded)
    assert report.issuer.region.code == "331124"
    assert report.value("disclosure.total") == 83
    assert reportparse.parse_text(_TRADITIONAL.format(office="商務局秘書股", verb="聯繫")).issuer.name == "松陽縣商務局"


def test_an_issuer_with_xi_in_its_name_keeps_its_printed_name():
    report = reportparse.parse_text(_TRADITIONAL.format(office="歸僑聯繫局辦公室", verb="聯繫"))
    assert report.issuer.name == "松陽縣歸僑聯繫局"


def test_weixi_is_no_contact_clause():
    # guard: 維繫 (to maintain) folds to 维系, never 联系: no contact office, no issuer from it
    report = reportparse.parse_text(_TRADITIONAL.format(office="商務局辦公室", verb="維繫"))
    assert report.issuer.name is None
    assert report.value("disclosure.total") == 83


# ---- (5) issue 12's "one copy of each piece of knowledge": a row's numbering, written once (patterns.NUMBERING) ----

_HEADING_ALPHABET = ["(", ")", "一", "三", "十", "1", "7", ",", ".", "-", "/", "结果维持", "结果纠正", "其他结果", "尚未审结",
                     "行政复议", "其中:", "a", " "]


def test_the_numbering_matches_the_old_literals():
    rng = random.Random(645)
    cells = ["".join(p) for k in range(0, 4) for p in itertools.product(_HEADING_ALPHABET, repeat=k)]
    cells += ["".join(rng.choice(_HEADING_ALPHABET) for _ in range(rng.randint(1, 9))) for _ in range(6000)]
    for old, new in ((r"(?:其中:?)?(?:[0-9][.,]|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3},)?",
                      patterns.ROW_NUMBERING),
                     (r"(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3},|[0-9][.,])?", patterns.NUMBERING + "?")):
        a, b = regex.compile(old), regex.compile(new)
        for cell in cells:
            for probe in ("fullmatch", "match", "search"):
                got_a, got_b = getattr(a, probe)(cell), getattr(b, probe)(cell)
                assert (got_a and got_a.span()) == (got_b and got_b.span()), (old, probe, cell)


def test_a_table4_heading_cell_reads_as_before():
    from reportparse.extract import transposed
    words = "|".join(map(regex.escape, transposed._WORDS))
    old = regex.compile(r"(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3},|[0-9][.,])?"
                        r"(?:[,()\-—/]*(?:" + words + r"))+[,()\-—/]*")
    assert transposed._HEADING_CELL.pattern.endswith(old.pattern[old.pattern.index(")?") + 2:])
    cells = ("(一)行政复议", "1.结果维持", "三,其他结果", "(十一)尚未审结", "结果维持", "2,结果纠正-其他结果", "(一)",
             "12.结果维持", "a结果维持", "四十一,行政诉讼")
    assert sum(transposed._HEADING_CELL.fullmatch(c) is not None for c in cells) == 7      # (not (一) alone, 12. nor a…)
    for cell in cells:
        got_a, got_b = old.fullmatch(cell), transposed._HEADING_CELL.fullmatch(cell)
        assert (got_a and got_a.span()) == (got_b and got_b.span()), cell
