"""Text patterns shared across the package: one owner for units, numbers and row numbering.

Plain data and compiled patterns only (imports nothing of the package), so every layer may use
them: the value object (cells), the loaders, the extractors and the exports.
"""
from __future__ import annotations

import re

import regex

# a flag set inside a pattern for the whole of it ((?i), (?V1)): its flags are then known only by compiling it
_WHOLE_FLAGS = re.compile(r"\(\?[a-zA-Z0-9^-]*\)")
_PLAIN_FLAGS: dict[tuple[type, int], int] = {}      # (str or bytes, flags asked) → the flags a pattern compiles with


class LazyPattern:
    """A regex pattern compiled on first use rather than at import: the regex module's compiler is
    written in Python (~0.3 ms a pattern), and `import reportparse` would compile every pattern of the
    package. Attributes are the compiled pattern's (search, match, sub …); each is fetched once and
    kept on the instance. Its source (`.pattern`) and, where no flag is set inside it, its `.flags` are
    known without compiling it (what narrative's proofs read of its 612 sentence rows, most of which
    are gated out of most texts: speed67). A call through it costs ~0.1 µs more than on the pattern: a
    pattern that is cheap to compile and called per character or per cell is compiled at import."""

    _compile = staticmethod(regex.compile)      # (a subclass may make it from a program compiled ahead)

    def __init__(self, pattern, flags: int = 0):
        self.pattern = pattern
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            if name == "flags" and _WHOLE_FLAGS.search(_text(self.pattern)) is None:
                value = self.flags = _plain_flags(type(self.pattern), self._source[1])
                return value
            compiled = self._compiled = self._compile(*self._source)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value


def _text(pattern) -> str:
    return pattern.decode("latin-1") if isinstance(pattern, bytes) else pattern


def _plain_flags(kind: type, flags: int) -> int:
    """The flags a pattern of `kind` with none set inside it compiles with (the regex module adds its defaults)."""
    got = _PLAIN_FLAGS.get((kind, flags))
    if got is None:
        got = _PLAIN_FLAGS[kind, flags] = regex.compile(kind(), flags).flags
    return got


# money units printed in or after a cell; a fee in 万元 is converted to 元
MONEY_UNITS = ("万元", "元")
# every unit word a table prints in a unit column or after a number
UNIT_WORDS = ("万元", "元", "条", "件", "项", "个", "份", "起", "人次", "次", "户", "人", "篇")
# units that may stand glued to a value inside a cell ("12件", "1.5万元", Word's "12" over "次")
CELL_UNITS = ("万元", "元", "件", "条", "项", "个", "起", "次", "份")
# units a sentence counts in that no table prints (当面申请1宗, 投诉举报3例): a prose count's unit, never a cell's
PROSE_UNITS = ("宗", "例")
# the units a sentence counts a table row's one figure in, the clause going on after it (本年新收政府信息公开申请52件,
# 上年结转3件,…): a row label said in prose (extract/national's row in a sentence), a named subset
SENTENCE_ROW_UNITS = ("件", "条", "宗", "个")
# 万 alone glued to an amount in a money cell is 万元 (a 采购总金额 cell '211.509万'); in a count's cell it is a rough
# count (1.2万条), never read (bounds.unit_contradicts, api._units_settled). Never a unit word of a unit column
MONEY_SHORT = "万"

_MONEY = "|".join(MONEY_UNITS)
# … as a pattern's text: a money unit after a figure (1.5万元, 466333元; 万元 tried first). The one spelling of it: the cell
# readers (cells, extract/tables, extract/ocr_pipes) and narrative.tsv's $MONEY_UNIT (extract/narrative_families) use it
MONEY_UNIT = f"(?:{_MONEY})"


def letter_spaced(words) -> str:
    """An alternation of words as a letter-spaced copy may print them too (万 元, 人 次): a match is
    read without its spaces."""
    return "|".join(" ?".join(w) for w in words)


_MONEY_SPACED = letter_spaced(MONEY_UNITS)
# a column header stating its money unit: 采购总金额（单位：万元）, 本年收费金额(元), letter-spaced (单 位 : 万 元)
HEADER_MONEY_UNIT = LazyPattern(rf"\(\s*(?:计 ?量)?(?:单 ?位\s*:\s*)?({_MONEY_SPACED})\s*\)|单 ?位\s*:\s*({_MONEY_SPACED})")
# a number as printed in a table cell or a run of cells (digits only in ASCII: NFKC folds full-width): its strict
# form (commas in its whole part, one decimal part: no 1.2.3, no 5.), written here once, and with its sign
STRICT_FIGURE = r"[0-9][0-9,]*(?:\.[0-9]+)?"
NUMBER = r"[+-]?" + STRICT_FIGURE
# (万 alone closes an amount's cell, MONEY_SHORT: never before another word, 1.2万条, 3万余)
NUMBER_WITH_MONEY = NUMBER + rf"(?:{_MONEY}|{MONEY_SHORT}(?![\u4e00-\u9fff]))?"
# a figure as the OCR of a scanned table prints it: a letter that looks like a digit among its digits (O o 〇
# for 0, l I for 1, S for 5, B for 8). Not surely a number: the digit the letter looks like is taken only where the
# row's arithmetic proves it (extract/tables.py), else the cell is null and said
OCR_LOOKALIKES = {"O": "0", "o": "0", "〇": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
_LOOK = "".join(OCR_LOOKALIKES)
# A sign before lookalikes alone ("-l": a dash cell's mark and an OCR's or a font's 1, or -1) is such a figure too:
# never a dash (blank) cell with the row ending at the letter
LOOKALIKES_ONLY = rf"[{_LOOK}]++(?![A-Za-z0-9])"
SIGNED_LOOKALIKES = "[+-]" + LOOKALIKES_ONLY
# (possessive, tried at a figure's start only: cheap)
OCR_FIGURE = (rf"(?<![A-Za-z0-9,.{_LOOK}])(?:[+-]?(?:[0-9][0-9,.]*+[{_LOOK}]|[{_LOOK}](?=[,.{_LOOK}]*[0-9]))"
              rf"[0-9,.{_LOOK}]*+(?![A-Za-z0-9])|{SIGNED_LOOKALIKES})")
# … and a pipe for a 1 ("2|1", "|25", "27|"): told from a separator only by the spaces around it (ocr_pipe_figures in
# extract/row_cells.py); the figure it is in, read the same way
OCR_PIPE_LOOKALIKE = {"|": "1"}
# a footnote mark glued after a table figure ("184*", "60※", "2371[1]", "57(注)"; a superscript or circled
# digit arrives as "*", normalize.py): part of that cell, never a digit of it nor the row's end
FOOTNOTE_MARK = r"(?:\*{1,3}|※|#|\[[0-9]{1,2}\]|\(注[0-9]{0,2}\)|注[0-9]{1,2}(?![0-9]))"
# a table cell's figure may end with a bare 注 as well (a cell is whole: nothing follows it; the mark set
# at full size, a cell's width having wrapped it onto a line of its own under its figure, '235' over '注')
CELL_MARK = "(?:" + FOOTNOTE_MARK + "|注)"
# a leader before a cell's figure (a tab's dot leader, or padding dots, set flush right): two or more
# dots or an ellipsis, or one dot set apart from the figure (a PDF's leader dots drawn so close that
# they read as one); never a decimal point (".5" is not read). A count unit set apart before the figure is a
# unit column's cell a crawler merged into the first figure's ("| 件 2219 |"): a unit is never a figure. Never a
# money unit (万元 there would change the value)
CELL_LEADER = (r"(?:[.．·…⋯]{2,}\s*|[…⋯]\s*|[.．·]\s+|(?:"
               + "|".join(u for u in CELL_UNITS if u not in MONEY_UNITS) + r")\s+)(?=[0-9])")
# a table cell may print its sign as a word: 本年增/减 "减44" is -44, "增3" is +3 (the word glued to
# its digits; a value that may not be negative is refused by bounds as for "-44")
SIGN_WORDS = {"增": "+", "减": "-"}
# … or state in words that there was none ("未增未减": neither up nor down): a stated change of 0, read in its 本年增/减
# column only (a count's column is no place for it: there it is text, and its row unread)
NO_CHANGE_WORDS = ("未增未减", "无增无减", "无增减", "不增不减")
# a figure whose digit groups a converter set apart by spaces ("4 815", "1 234 567"): one figure where its cell
# or field settles it (a pipe cell, a TAB field, a line of its own), never inside a space-separated row
SPACE_GROUPED = r"[0-9]{1,3}(?: [0-9]{3})+"
SIGNED_WORD_NUMBER = "[" + "".join(SIGN_WORDS) + "]" + STRICT_FIGURE
# a figure whose sign is printed twice or more ("--253", "+-3"): one cell, whose sign, and so its value, the cell
# does not settle (never a dash cell and a figure: "--" glued to its digits is no blank cell of its own)
DOUBLED_SIGN_NUMBER = r"[+-]{2,}" + STRICT_FIGURE
# a 本年增/减 cell printing the year's increase and decrease apart ("+(2) -(5)", "+0/-0", "增加2 减少5", "减1，增3"):
# two figures, no net change stated; the cell is not read, the row's other cells are
_UP, _DOWN, _COUNT = r"(?:\+|增加?|新增)", r"(?:-|减少?|取消)", r"\s*(?:\(\s*[0-9]+\s*\)|[0-9]+)\s*(?:项|件|个)?\s*"
_CHANGE_PAIR = rf"{_UP}{_COUNT}[,，/、;；]?\s*{_DOWN}{_COUNT}|{_DOWN}{_COUNT}[,，/、;；]?\s*{_UP}{_COUNT}"
CHANGE_PAIR = LazyPattern(_CHANGE_PAIR)
# … such a cell on a line of its own (a table printed one cell a line, a blank line or a closing pipe after each):
# one cell, never its figures apart nor the prose that ends a row (its spaces never cross the line)
_CHANGE_PAIR_IN_LINE = _CHANGE_PAIR.replace(r"\s", r"[ \t]")
CHANGE_PAIR_LINE = LazyPattern(r"(?m)^[ \t]*(" + _CHANGE_PAIR_IN_LINE + r")[ \t]*\|?[ \t]*$")
# … or among a row's space-separated figures, where the pair cannot be two cells (change_pair_alone): a bracket or a
# word in it, or no space inside it ("43 +(2) -(5) 66", "43 增加2 减少5 66", "43 +2/-5 66"; "43 +2 -5 66" may be two)
CHANGE_PAIR_IN_ROW = LazyPattern(r"(?<![^\s|])(?:" + _CHANGE_PAIR_IN_LINE + r")(?<![ \t])(?![^\s|])")


def change_pair_alone(raw: str) -> bool:
    """Whether a change pair read among space-separated cells is one cell: bracketed, worded, or unspaced."""
    return "(" in raw or any(w in raw for w in "增减新取") or not any(c in raw for c in " \t")

# a cell or a run of a PDF text line that is one figure as printed (before NFKC: full-width comma),
# maybe after a leader, or a dash standing for nothing; what tells figures from labels in the PDF
# table readers
FIGURE_CELL = LazyPattern(rf"^(?:(?:[·…⋯]+\s*)?[-+]?[\d,，.]*\d[\d,，.]*(?:%|{_MONEY})?|[—\-/]+)$")

# one Chinese character (the script's words are set with no space between them)
HAN = regex.compile(r"\p{Han}")

CHINESE_ORDINAL = "一二三四五六七八九十"
# the characters a count in Chinese numerals is written with (二千三百一十六, 一〇五, 两万): the sentence patterns'
# counts, and what narrative_cut takes for a count's last character
CN_DIGITS = "零〇一二三四五六七八九十百千万两"
# a year printed in parentheses, as a table's wording prints the year it counts (本年(2021)新收…, 上年(2020年)结转,
# (2021年度)): the one form of it, for data/rows.tsv's (YYYY) slot (extract/rows) and templates.tsv's $YEAR_FORM
# (schema.template_markers)
YEAR_FORM = r"\((?:19|20)[0-9]{2}年?度?\)"


def ordinals(most: int = 3) -> str:
    """One to `most` Chinese ordinal characters (一, 十二, 二十三): the number of a heading or a row (`most` 1: one)."""
    return f"[{CHINESE_ORDINAL}]" + (f"{{1,{most}}}" if most > 1 else "")


def ordinal_marked(marks: str = "、.．", most: int = 3) -> str:
    """A heading's or a row's Chinese number and the mark after it (一、 二. 三．; a search form's 四,): `marks` the
    characters the text may print there (its form: printed, NFKC, the search form's "," for 、)."""
    return ordinals(most) + (marks if len(marks) == 1 and marks not in r".^$*+?{}[]\|()" else f"[{marks}]")


def ordinal_bracketed(most: int = 3, opening: str = "[(（]", closing: str = "[)）]") -> str:
    """A heading's or a row's Chinese number in brackets ((一) （二）); `opening`, `closing` the brackets' pattern (after
    NFKC only ASCII: \\( and \\))."""
    return opening + ordinals(most) + closing


def bracketed_number(most: int = 3, digits: int = 2) -> str:
    """An item's number in brackets, Chinese or Arabic ((一) （十二） (1) （12）): one to `most` ordinal characters or
    one to `digits` digits (`most` 0: Arabic only)."""
    return rf"[(（](?:\d{{1,{digits}}}" + (f"|{ordinals(most)}" if most else "") + ")[)）]"


def numbered(most: int = 2, marks: str = "、.．") -> str:
    """A heading's or an item's Arabic number and the mark after it (1、 2. 3．): one to `most` digits, `marks` the
    characters the text may print after them."""
    return rf"\d{{1,{most}}}[{marks}]"


# a row's numbering printed before its label: 1. 2、 (三) 四、 (search form: 、 is ","); a table 四 heading cell's
# too (extract/transposed) — and with 其中: before it, a row's. The other numberings of headings and rows are named
# variants built from the same pieces (ordinals, ordinal_marked, ordinal_bracketed), each with its form's marks
NUMBERING = r"(?:[0-9][.,]|" + ordinal_bracketed(3, r"\(", r"\)") + "|" + ordinal_marked(",") + ")"
ROW_NUMBERING = rf"(?:其中:?)?{NUMBERING}?"
# an item's numbering at the start of a line as a PDF prints it (before NFKC; spaces allowed): 3. 2、
# (四) （四） 二、 — a line that starts with it starts a new cell or row in the PDF table readers
PRINTED_NUMBERING = LazyPattern(
    rf"^\s*(?:\d{{1,2}}\s*[.、．]|[(（]\s*[{CHINESE_ORDINAL}]{{1,3}}\s*[)）]|[{CHINESE_ORDINAL}]{{1,3}}\s*、)")
# the same numbering at the start of a printed label, for display ("（一）予以公开" → "予以公开")
LABEL_NUMBERING = LazyPattern(
    rf"^\s*(?:[{CHINESE_ORDINAL}]+、|[（(][{CHINESE_ORDINAL}0-9]+[）)]|[0-9]+[.、．])\s*")


# A page number printed as one (between table rows of a PDF-copied text, or in a PDF page's
# margin): — 3 —, 第3页 共9页, 3/9, Page 3 of 9. A bare number is one only in a PDF's margin,
# alone on its line (PAGE_NUMBER_OR_BARE); in text it may be a table cell.
_PAGE_N = r"\d{1,4}"
_PAGE_MARK = (rf"[-—–_]{{1,2}}[ \t]*{_PAGE_N}[ \t]*[-—–_]{{1,2}}"
              rf"|第[ \t]*{_PAGE_N}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*{_PAGE_N}[ \t]*页)?"
              rf"|{_PAGE_N}[ \t]*/[ \t]*(?:共[ \t]*)?{_PAGE_N}[ \t]*页?"
              rf"|(?:page|Page|PAGE)[ \t]*{_PAGE_N}(?:[ \t]*(?:of|/)[ \t]*{_PAGE_N})?")
# A scraped page's furniture (print / close / share links, a QR code's prompt: 扫一扫在手机(上)查看/打开当前页(面)):
# never report text. A line of one
# (layout/text.py drops a page's end from it) or of several (a table's figures one a line are read past it, proven)
PAGE_FURNITURE = (r"扫一扫在手机上?(?:查看|打开)当前页面?|相关解读|【?打印本页】?|【?关闭窗口】?|分享到[:：]?|网站地图"
                  r"|主办单位[:：]")
# a word each alternative of PAGE_FURNITURE holds as printed: a text holding none of them has no furniture line (a
# substring test, where the pattern, opening with no literal the regex module could look for, is tried at every line)
PAGE_FURNITURE_WORDS = ("扫一扫在手机", "相关解读", "打印本页", "关闭窗口", "分享到", "网站地图", "主办单位")
PAGE_FURNITURE_LINE = LazyPattern(rf"^\s*(?:(?:{PAGE_FURNITURE})\s*)+$", regex.M)
PAGE_NUMBER_LINE = LazyPattern(rf"^[ \t]*(?:{_PAGE_MARK})[ \t]*$", regex.M)
# where a page number's mark above may open, up to its first digit (第 3…, — 3…, 3/…; ASCII digits): a cheap gate a
# caller tries at lines' starts before PAGE_NUMBER_LINE (layout/text_furniture). The Page 3 form is not gated there
PAGE_NUMBER_OPENING = r"第[ \t]*[0-9]|[-—–_]{1,2}[ \t]*[0-9]|[0-9]{1,4}[ \t]*/"
# A figure alone on its line (a table printed a cell a line): patterns' texts, matched whole or before a line break.
# The one owner of them all; each variant differs from FIGURE_LINE on purpose, named for it:
#   name                        sign  points, commas                   mark (71※)  pipe after  line end
#   FIGURE_LINE                 -     any, in any order                -           -           the caller's
#   SIGNED_FIGURE_LINE          +/-   any, in any order                -           -           the caller's
#   FIGURE_LINE_ONLY            -     any, in any order                yes         -           fullmatch
#   SIGNED_MARKED_FIGURE_LINE   +/-   any, in any order                yes         -           the caller's
#   FIGURE_LINE_PIPED           +/-   commas in the whole part, one    -           yes         fullmatch
#                                     decimal part (no 1.2.3, no 5.)
#   BARE_FIGURE_LINE            -     none (digits only)               -           -           \n or the text's end
# (extract/fragments' line of three figures or more, OCR look-alikes read as digits, is a row, not one of these)
FIGURE = r"[0-9][0-9,.]*"
FIGURE_LINE = r"[ \t]*" + FIGURE + r"[ \t]*"
# … signed: layout/text reads a wrapped label's pieces, and a continued table's page number, between such lines (a
# change column's -3 is a figure line there too)
SIGNED_FIGURE_LINE = r"[ \t]*[-+]?" + FIGURE + r"[ \t]*"
# … a cell's footnote mark after it too (71※): one among a table's figures (chrome_lines_only, layout/text)
MARKED_FIGURE = FIGURE + r"(?:" + CELL_MARK + r")?"
FIGURE_LINE_ONLY = LazyPattern(r"[ \t]*" + MARKED_FIGURE + r"[ \t]*")
SIGNED_MARKED_FIGURE_LINE = r"[ \t]*[-+]?" + MARKED_FIGURE + r"[ \t]*"
# … a number's strict form (commas in its whole part, one decimal part: no 1.2.3) and a pipe cell's closing pipe
# after it (12 |): the lines layout/text_blanks keeps a blank cell's column among, in a table a cell a line
FIGURE_LINE_PIPED = r"[ \t]*" + NUMBER + r"[ \t]*\|?[ \t]*"
# … digits only (a count), its line's end with it: the run of bare figures extract/table3_cut reads past a page's
# furniture (block_cells.NEXT_FIGURE_LINE)
BARE_FIGURE_LINE = r"[ \t]*[0-9]+[ \t]*(?:\n|$)"
# A printed page's header and footer lines a crawl of the printout keeps wherever the page broke, inside a table too:
# the page's address alone (its page count after it maybe: …/art_12.html 3/5), the print date (and time) alone, the
# site's name alone (X人民政府, X人民政府门户网站, X政务公开网). Only where they stand between a table's rows
# (layout/text_furniture.py): a date line elsewhere may be the report's own.
PAGE_URL_LINE = LazyPattern(r"[ \t]*(?:https?://|www\.)[!-~]+(?:[ \t]+" + _PAGE_N + r"[ \t]*/[ \t]*" + _PAGE_N + r")?[ \t]*")
PAGE_DATE_LINE = LazyPattern(r"[ \t]*(?:(?:打印时间|打印日期|访问时间)[ \t]*[:：]?[ \t]*)?(?:19|20)[0-9]{2}(?:[-/.][0-9]{1,2}[-/.][0-9]{1,2}"
                             r"|年[0-9]{1,2}月[0-9]{1,2}日)(?:[ \t]*(?:上午|下午)?[ \t]*[0-9]{1,2}[:：][0-9]{2}(?::[0-9]{2})?)?[ \t]*")
PAGE_SITE_LINE = LazyPattern(r"[ \t]*\p{Han}{2,16}?(?:人民政府(?:门户网站?|网站|网)?|政府门户网站?|政务公开网?)[ \t]*")
PAGE_NUMBER_OR_BARE = LazyPattern(rf"^[-—–_\s]*(?:{_PAGE_MARK}|{_PAGE_N})[-—–_\s]*$")


# A table continued after a page break says so on a line of its own (续表, (续表), 续表三, 表三(续), after NFKC):
# the header row printed again below it is no row (layout/text.blank_continued_headers)
CONTINUED_TABLE_LINE = LazyPattern(r"^[ \t]*\(?(?:续表[一二三四五六七八九十0-9]*|表[一二三四五六七八九十0-9]+\(续\))\)?[ \t]*$", regex.M)


# The fields of a crawler's or a CMS's header block ("发布时间: 2023-01-18"): the text loader reads
# the title and the date from them, metadata never takes one of those lines for a title
# (a copy in traditional script names them so too: | 標 題 | X…報告 |; an encyclopedia page's infobox names its entry
# 中文名: 2010年度政府信息公開年度報告, never an issuer: its longer form first, so 中文名称 is never cut to 称…)
TITLE_FIELDS = ("标题", "题目", "title", "名称", "標題", "題目", "名稱", "中文名称", "中文名稱", "中文名")
# the marks a header set as a list puts before each field (• 标题：X, - 标题: X, * 发文机构：X)
FIELD_LIST_MARKS = "•·●▪■◆*-"
# what ends a sentence, and a clause, in the prose the sentence rows read (a line break ends both)
SENTENCE_END = "。；;！？!?\n"
CLAUSE_MARKS = ",，。;；:：\n"
PUBLISH_FIELDS = ("发布时间", "发布日期", "公开日期", "发布于")
# when the document was written or issued: a publish date only when no other is stated
WRITTEN_FIELDS = ("成文日期", "发文日期", "印发日期", "生成日期",       # 公文生成日期: the document's, not the page's
                  "成文时间", "发文时间")      # (时间 for 日期: "发文时间: | 2018-01-19" in a CMS's pipe row)
# when a document takes or loses effect (a CMS header's "生效日期: | 2026-02-12 | 废止日期: |"): the rule's own dates,
# never the page's publication (a report's validity field is often the day it went up, but not said to be); the first
# three name a CMS header's date fields (生效日期…), 施行/实施 only a rule's own sentence
_EFFECT_WORDS = ("生效", "废止", "失效")
VALIDITY_WORDS = _EFFECT_WORDS + ("施行", "实施")
# (a CMS may call them 信息索取号 and 类目名称: "信息索取号: GZ65/2017-00087 类目名称: 政府信息公开工作年度报告", the column's name)
OTHER_HEADER_FIELDS = ("栏目", "本地目录", "原文链接", "发布机构", "文号", "来源", "索引号", "信息索取号", "分类", "主题分类",
                       "类目名称", "组配分类",
                       "有效性", "发文机关", "主题词", "公开方式", "公开范围", "信息来源",
                       "source", "url", "crawled") + WRITTEN_FIELDS + tuple(w + "日期" for w in _EFFECT_WORDS)
HEADER_FIELDS = TITLE_FIELDS + PUBLISH_FIELDS + OTHER_HEADER_FIELDS
# a CMS page's layout labels over the document's own text (内容概述 2023年…年度报告: the summary's field, 正文: the body's):
# glued before a title line they are no part of it nor its issuer
PAGE_LABELS = ("内容概述", "内容摘要", "内容提要", "内容简介", "信息内容", "文章内容", "正文内容", "摘要", "正文", "全文")
# the header's field naming the body that issued the document (发文机构：X县人民政府): the report's issuer where nothing
# else names one (发布机构 is the site's publisher, which may publish another body's report)
ISSUER_FIELDS = ("发文机构", "发文机关", "发文单位")
# … and the site's publisher (发布机构 | X): the issuer only where the text below it names that body too (issuer.py)
PUBLISHER_FIELDS = ("发布机构", "发布单位")
# a page's breadcrumb ("当前位置：首页 > 政务公开 > 年报"): site chrome, never a title or an issuer
# (a site that says 你 for 您: 你现在的位置：首页 > 学校信息公开年报; without 的: 您当前位置 : 首页  信息公开年报)
BREADCRUMB_FIELDS = ("当前位置", "您当前位置", "你当前位置", "您当前的位置", "您现在的位置", "您的位置", "您所在的位置",
                     "您当前所在的位置",
                     "你当前的位置", "你现在的位置", "你的位置", "你所在的位置", "当前所在位置", "所在位置", "当前页面")
# … also told without its label by the arrows between its short steps (首页 > 政务公开 > 年报), the
# line nothing but those (a text run onto one line that holds a breadcrumb is not one)
# (a pattern's text: metadata joins it into its one pattern for chrome lines)
# … or one step with no digit on its line (政务公开 > 巴中市司法局信息公开年报: a column named for the reports, no year)
# … or by slashes between three or more short steps with no digit (首页/ 政府信息公开 / 政府信息公开年报 / 正文)
_ARROW_PATHS = (r"[^>›»\n]{1,24}(?:[>›»]+[^>›»\n]{1,24}){2,}$", r"[^>›»\n\d]{1,24}[>›»]+[^>›»\n\d]{1,40}$")
_SLASH_PATH = r"[^/\n\d]{1,24}(?:/[^/\n\d]{1,24}){2,}$"
# … or its steps set apart by spaces alone after the site's 首页, down to the reports' column (首页 政府信息公开 某区人民政府
# 年度报告 …; a site's menu, 首页 走进某县 新闻中心 …, names no such column)
_SPACED_PATH = r"[ \t\u3000]*首页(?=[^\n]*(?:年度报告|年报))(?:[ \t\u3000]+[^\s>›»/\d]{2,24}){2,}[ \t\u3000]*$"


def breadcrumb_line(gated: bool = True) -> str:
    """A breadcrumb's line, labelled (a labelled line over 80 characters is a text run onto one line) or a path; gated,
    the label tried only at a first character of its names and each path only on a line holding its arrow or slash (a
    possessive look-ahead): trying the counted runs on every line of words was most of the title search's chrome test.
    The same matches either way (tests/test_speed59.py)."""
    labelled = ("^" + (field_openings(BREADCRUMB_FIELDS) if gated else "") + "(?=.{0,80}$)" + field_names(BREADCRUMB_FIELDS)
                + r"\s*[:：>]|")
    if not gated:
        return labelled + "|".join("^" + path for path in _ARROW_PATHS + (_SLASH_PATH, _SPACED_PATH))
    return labelled + r"^(?=[^>›»\n]*+[>›»])(?:" + "|".join(_ARROW_PATHS) + r")|^(?=[^/\n]*+/)" + _SLASH_PATH + r"|^(?=[ \t\u3000]*+首)" + _SPACED_PATH


# a site's toolbar on a line of its own, its switches for an accessible, an elder's or another script's page and its
# login (关怀版 无障碍 无障碍, • 无障碍 • 长辈版, 简体 | 繁體, 登录 注册): site chrome, never a title's first half nor
# an issuer (a pattern's text: metadata joins it into its one pattern for chrome lines)
ACCESS_WORDS = ("无障碍", "关怀版", "长辈版", "长者版", "适老版", "适老化", "关怀模式", "长者模式", "老年模式", "读屏专用")
TOOLBAR_WORDS = ACCESS_WORDS + ("简体", "繁体", "繁體", "简", "繁", "登录", "注册", "手机版", "English", "设为首页", "加入收藏")
# … or its read-aloud button, which may name what it reads (点击收听年报语音朗读, 【语音播报】, 收听本文): never a title,
# though it names the report (the line's gate looks only for the words every such button holds: 语音, 朗读全文, 收听 —
# trying the button's pattern from every character of every line had doubled the title search)
_READ_ALOUD = (r"(?:点击|一键)?(?:收听|播放|开启)?[^\s\d|【】\[\]]{0,6}?(?:语音(?:朗读|播报|播放)|朗读(?:全文|本页|本文))"
               r"|收听[^\s\d|【】\[\]]{0,4}?(?:全文|本文)")
_SWITCHES_LINE = r"^[\s•·|/]*(?:(?:" + "|".join(TOOLBAR_WORDS) + r")(?:版)?[\s•·|/]*)+$"
# … or its text-size, print and read-aloud buttons (【字体:  】 打印, [字体: 大 中 小], 字号:大 中 小 | 打印本页,
# 点击收听年报语音朗读 打印本页), the switch alone after the page's date too (时间:2016-03-05 00:00 大 中 小)
_BUTTONS_DATE = r"^(?:(?:发布|更新)?(?:时间|日期)[:：][\d\s\-/:.年月日]*?)?"
_BUTTONS_GATE = r"(?=[^\n]*(?:字体|字号|打印|大\s*中\s*小|语音|朗读(?:全文|本页|本文)|收听))"
_BUTTONS = (r"(?:" + _READ_ALOUD + r"|(?:浏览)?字(?:体|号)(?:大小)?|打印(?:本页)?|关闭(?:窗口)?|分享到|朗读|默认|超大|[大中小]"
            r"|[\s【】\[\]()（）:：|•·])+$")


def toolbar_line(gated: bool = True) -> str:
    """The toolbar's pattern; gated, the buttons' run is checked before the gate's look for their words (which reads
    the whole line at each of the date's lengths): a line of words fails at its first character. The same matches
    either way (tests/test_speed59.py)."""
    return _SWITCHES_LINE + "|" + _BUTTONS_DATE + ("(?=" + _BUTTONS + ")" if gated else "") + _BUTTONS_GATE + _BUTTONS


# a site's chrome glued to the issuer's name in a page's first line (X局首页X局2023年…, 图书馆VIP X区…: a document-
# sharing site's): no part of the name; the name is the piece beside it that names a body (only words no body's name
# holds: not 简 of 简阳市)
SITE_CHROME_WORDS = ("首页", "主页", "VIP") + ACCESS_WORDS
# what a mirror site glues into the page's names in place of a place's name: its own host (puroview.com东城街道) or a
# gambling site's words (新葡京博彩官网区…, 365体育备用网址…局); never a body's own words (福利彩票, 体育局 are bodies)
MIRROR_SPAM = (r"(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|net|org|cn|cc|top|vip|xyz|info)(?![a-z])"
               r"|\d{0,4}\p{Han}{0,4}?(?:博彩|赌场|娱乐城|体育(?:直播|备用|投注))\p{Han}{0,3}?(?:官网|网址|官方网站|平台)?")
# when a crawler fetched the page (采集时间: …) or the site filed it away (归档时间: 2023-06-15 above a
# 2018 report): never a publish date
CAPTURE_WORDS = ("采集", "抓取", "爬取", "入库", "归档")
# when the page was last changed (更新时间: 2012-06-05 under a report a news site reposted): after its publication, by how
# much the page does not say: never a publish date either
UPDATE_WORDS = ("更新", "修改")
# a field's name and its value: "发布时间：…", or a CMS header set as a table and flattened to
# "索 引 号 | 0000/2018-01 | 发文日期 | 2018-02-26 |" (cells joined by |, a name spaced out to fill its cell), the
# name with its colon in a cell of its own ("公开日期: | 2015-07-27 10:52 |")
FIELD_SEPARATOR = r"\s*(?:[:：][ \t]*\|?|\|)\s*"


def field_names(names) -> str:
    """An alternation of header field names, a Chinese name matched with spaces between its characters too."""
    return "(?:" + "|".join(r"[ \t]*".join(map(regex.escape, name)) if not name.isascii() else regex.escape(name)
                            for name in names) + ")"


def field_in_row(names) -> str:
    """A header field on a line of a flattened header, read as the date fields are (field_names, FIELD_SEPARATOR): its
    name opening the line or a cell, then its value to the cell's end (group `value`; empty or None where the row gives
    none: a CMS header table's names' row, its values in the row below)."""
    return r"(?:^|\|)\s*" + field_names(names) + r"(?:" + FIELD_SEPARATOR + r"(?P<value>[^|\n]*)|\s*$)"


def field_openings(names) -> str:
    """A look-ahead for the first characters of header field names (field_names spaces none before the first)."""
    return "(?=[" + regex.escape("".join(sorted({name[0] for name in names}))) + "])"


# a crawler's header field on a line of its own inside the body (来源：区政府办公室, 发布日期：2021-01-20: the header a
# paginated page prints again on each of its pages): a page's chrome, never report text
HEADER_FIELD_LINE = LazyPattern(r"[ \t]*" + field_names(PUBLISH_FIELDS + OTHER_HEADER_FIELDS) + r"[ \t]*[:：][^\n]*")


def page_chrome(line: str) -> bool:
    """Is the line a page's chrome, never report text: its furniture (PAGE_FURNITURE_LINE: print / close links, a QR
    code's prompt), its number, or a header field a paginated page prints again (来源：…, 发布日期：…)?"""
    return (PAGE_FURNITURE_LINE.match(line) is not None or PAGE_NUMBER_LINE.match(line) is not None
            or HEADER_FIELD_LINE.fullmatch(line.rstrip()) is not None)


def chrome_lines_only(between: str, also=None) -> bool:
    """Are the lines of `between` (among a table's figures printed a line each) blank, a figure alone, a page's chrome
    (page_chrome) or, where `also` is given, lines it accepts — no words a row's label may be?"""
    return all(not ln.strip() or FIGURE_LINE_ONLY.fullmatch(ln) or page_chrome(ln.strip()) or (also and also(ln.strip()))
               for ln in between.split("\n"))


def strip_money_unit(raw: str) -> str:
    for unit in MONEY_UNITS:
        if raw.endswith(unit):
            return raw[: -len(unit)]
    return raw


# the statistics period's field (统计期限为2023年1月1日至…; 本报告中所列数据的统计时间为…): metadata and academic read it
PERIOD_FIELD = r"(?:统计期限|统计时限|统计时间|统计期间|统计区间|统计周期|所列数据)"
# how far into a text its opening reaches (the preamble that names the report and its issuer), and how far
# its stated fields (the statistics period, the publish and capture dates of the header)
OPENING_CHARS = 1500
STATED_HEAD = 4000

# a title cited in 《…》 (a law, a notice, another report): what it names is the cited document's, not the text's
CITED_TITLE = LazyPattern(r"《[^《》\n]*》")
# an institution's word for itself, standing where its name would (2021年医院在…; 现将学院2022-2023学年…报告如下; 街道受理…):
# a pattern's text, never a name on its own
INSTITUTION_SELF = r"(?:医院|学校|学院|街道)"

# an office counting for its government (市政府办公室代表市政府共受理…; 县人民政府办公室代表县人民政府…): the government's
# own count, said through its office; `level` its kind of place. One owner: issuer.py (the issuer of a page with no
# title) and extract/narrative_parts.py (no part of that government's report)
OFFICE_FOR_GOVERNMENT = LazyPattern(r"(?P<level>[省市区县旗州盟])(?:人民)?政府办公[室厅](?:代表|代)(?P=level)(?:人民)?政府")
# … or the government named with its office in brackets (区政府(含区政府办公室)收到…申请30件): the same body's count in
# the government's or its office's report (extract/narrative_parts.py, with the same conditions)
GOVERNMENT_WITH_OFFICE = LazyPattern(r"(?P<level>[省市区县旗州盟])(?:人民)?政府[(（](?:含|包括)(?P=level)(?:人民)?政府办公[室厅][)）]")
# … where the text never speaks of the area's whole or its other bodies (全市, 各级, 各县区, 市直…): an aggregate report's
# government office is one body of several, its count a part
AREA_WHOLE = LazyPattern(r"全[省市区县旗州盟]|各级|各(?:县|区|市|旗|乡|镇|街道|部门|单位)|县区|县\(市|[省市区县]直")
# a report a government or its office says it compiled from its parts' reports (本年度报告由市政府办公室综合各县、区人民
# 政府和市直各委、办、局的…年度报告编制而成; 由X区人民政府综合全区各部门和各乡镇…年度报告和统计数据编制而成): the
# area's aggregate, where the parts are the area's (AREA_WHOLE); `name` the compiler, `parts` what it drew on (their
# reports, or their work: 由河南省人民政府办公厅汇总全省各省辖市…和省政府各部门…工作情况编制而成); a titled report may say it
# without the compiler's name (现综合各地、自治区政府组成部门及直属机构政府信息公开情况,编制发布本年度报告): `name` then empty
COMPILED_FROM_PARTS = LazyPattern(r"(?:由(?P<name>[^,，。;；:：\s\d由]{1,30}?(?:政府|政府办公[室厅]|政府办))|(?<![^,，。;；:：\n])现)"
                                  r"(?:综合|汇总)(?:了)?(?P<parts>[^。;；\n]{2,80}?)(?:报告|年报|统计数据|情况)[^。;；\n]{0,20}?编制")
