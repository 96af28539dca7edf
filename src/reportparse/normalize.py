"""Text normalisation shared by every layout: one place decides what "the same text" means."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate
from typing import Optional



# NFKC folds full-width digits, letters, brackets and colons; these are the characters it leaves
# alone that reports still use interchangeably.
_EXTRA = str.maketrans({
    "\u00a0": " ", "\u3000": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200b": "",
    "\ufeff": "", "\u200c": "", "\u200d": "",
    "〔": "〔", "［": "[", "］": "]",
    "“": "“", "”": "”", "＂": '"',
    "—": "—", "－": "-", "–": "-",
    "﹙": "(", "﹚": ")", "．": ".",
    # a bad ToUnicode map gives radicals for ideographs: NFKC folds the Kangxi radicals ('⼀', '⽉',
    # '⼈'), not the CJK radicals supplement, whose simplified forms are these characters
    "⻅": "见", "⻉": "贝", "⻋": "车", "⻓": "长", "⻔": "门", "⻚": "页", "⻛": "风", "⻜": "飞", "⻢": "马",
    "⻥": "鱼", "⻦": "鸟", "⻨": "麦", "⻩": "黄", "⻬": "齐", "⻮": "齿", "⻰": "龙", "⻙": "韦", "⻧": "卤",
    "⻆": "角", "⻄": "西", "⻘": "青", "⻝": "食", "⻣": "骨", "⻤": "鬼", "⺠": "民", "⻈": "讠", "⻐": "钅",
    "⻠": "饣", "⺝": "月",
})


def _translator(table: dict):
    """`text.translate(table)` for a table of single characters, done as one regex pass: translate
    looks every character of a non-ASCII text up in a dict, ~10× slower on a report. The pass splits the
    text at the characters to map (the split keeps them: every odd piece is one) and maps those pieces
    in C (a Python call a match, as `sub` with a function makes, costs more than the scan). The last long
    texts mapped are kept with their results: a parse maps the same whole text several times (the academic
    year's check, the region search, the sentence headings)."""
    chars = {chr(k): "" if v is None else v if isinstance(v, str) else chr(v) for k, v in table.items()}
    pattern = re.compile("([" + "".join(re.escape(c) for c in chars) + "])")
    lookup = chars.__getitem__
    ascii_keys = any(c.isascii() for c in chars)
    last = [()]     # the last long texts mapped, (text, its translation) each: one tuple, swapped whole

    def translate(text: str) -> str:
        if not ascii_keys and text.isascii():       # the many short ASCII strings of an HTML page
            return text
        kept = last[0] if len(text) >= _KEPT_TEXT else None
        if kept:
            for was, out in kept:
                if was == text:
                    return out
        parts = pattern.split(text)
        if len(parts) == 1:
            out = text
        else:
            parts[1::2] = map(lookup, parts[1::2])
            out = "".join(parts)
        if kept is not None:
            last[0] = ((text, out),) + kept[:_KEPT - 1]
        return out
    return translate


# a text this long is kept with its translation (the short ones, titles and lines, are many and seldom repeated), the
# last _KEPT of them (between two maps of a report's text a parse maps its sentences' text)
_KEPT_TEXT = 1000
_KEPT = 3


_extra = _translator(_EXTRA)


# The full-width punctuation and spaces of Chinese text, each replaced first by what NFKC makes of it:
# NFKC returns a string it would leave unchanged after one quick check, but one such character sends
# the whole text through decomposition and recomposition (~15× slower). The result is the same: a
# character and its NFKC form decompose alike, and NFKC is the composition of that decomposition.
_NFKC_FIRST = tuple((c, unicodedata.normalize("NFKC", c)) for c in "，（）：；！？％\u3000\u00a0")


# A superscript, circled or parenthesized digit right after a figure ("184¹", "251①", "239⑵") is a footnote
# mark: NFKC would make it a digit of the figure (1841, 2511) or "(2)". It becomes "*", which the cell readers
# know as a mark.
_MARK_CHARS = "[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u2460-\u2487]"
_FIGURE_MARK = re.compile("(?<=[0-9\uff10-\uff19])" + _MARK_CHARS + "+")
# (the look-behind is tried at every character: a plain scan for a mark character first, ~4x cheaper)
_ANY_MARK = re.compile(_MARK_CHARS)


# a crawler that lost a non-breaking space left '?' (or U+FFFD) in its place: standing alone before a figure, apart
# from it by a space ('? 0 |' in a cell of its own), it is that space; glued to digits ('1?5') it is left as it is
# (the mark first: the scan looks for its two characters only, not at every position)
_LOST_SPACE_MARK = re.compile(r"[?\ufffd](?<![^\n \t|][?\ufffd])(?=[ \t]+[0-9])")
# … and a paragraph's indent of full-width spaces lost the same way ('??2025年,X局坚持…' at a line's start): spaces
# (a line break first: the scan looks for it, not at every position)
_LOST_INDENT = re.compile(r"\n[?\ufffd]{1,4}(?=[\u4e00-\u9fff0-9])")


def _spaces(m: re.Match) -> str:
    return "\n" + " " * (len(m.group()) - 1)


def normalize_text(text: str) -> str:
    """NFKC plus the spaces and marks NFKC keeps; newlines normalised to \\n."""
    if not text.isascii():
        if _ANY_MARK.search(text):
            text = _FIGURE_MARK.sub(lambda m: "*" * len(m.group()), text)
        for char, folded in _NFKC_FIRST:
            text = text.replace(char, folded)
    text = unicodedata.normalize("NFKC", text)
    text = _extra(text)
    if "?" in text or "\ufffd" in text:
        text = _LOST_SPACE_MARK.sub(" ", text)
        text = _LOST_INDENT.sub(_spaces, "\n" + text)[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


# a figure printed in full-width digits (０-９, maybe with full-width or ASCII separators), and in ASCII digits
_WIDE_FIGURE = re.compile("[\uff10-\uff19][\uff10-\uff19\uff0c\uff0e,.]*")
_WIDE_DIGITS = "０１２３４５６７８９"
_ASCII_FIGURE = re.compile("(?<![0-9\uff10-\uff19])[0-9][0-9,.]*")


def wide_figures(text: str) -> frozenset:
    """The figures a document prints in full-width digits and in ASCII digits too, as they read after
    normalize_text ("２７０" and "270" → "270"): a crawler that dropped a line equal to another (each distinct
    line kept once, or a run of equal lines once) saw "２７０" and "270" as two lines, which read the same here."""
    # (ten substring tests are 15x cheaper than the pattern's scan of a page that prints no full-width digit)
    if text.isascii() or not any(d in text for d in _WIDE_DIGITS):
        return frozenset()
    wide = {unicodedata.normalize("NFKC", m.group()).rstrip(",.") for m in _WIDE_FIGURE.finditer(text)}
    if not wide:
        return frozenset()
    return frozenset(wide.intersection(m.group().rstrip(",.") for m in _ASCII_FIGURE.finditer(text)))


# One character in, one character out: search_form keeps offsets, so a match in the search
# form maps back to the document text through CompactSearch.
_SEARCH_TRANS = str.maketrans({
    "（": "(", "）": ")", "【": "(", "】": ")", "〔": "(", "〕": ")", "[": "(", "]": ")",
    "“": '"', "”": '"', "‘": '"', "’": '"', "「": '"', "」": '"', "'": '"', "＂": '"',
    "，": ",", "、": ",", "；": ";", "：": ":", "．": ".",
})


# Traditional characters of the report vocabulary, folded to the simplified ones: mirror sites and
# page clones publish the same reports converted to traditional script ("行政復議 結果維持 總計").
# One character each way (offsets keep); only the search form is folded, the text keeps what it printed.
_TRADITIONAL = ("萬業舉會傳關內決況辦務動區單發後圍國處復複覆審對屬廢開強當總報護執數無權條構沒現電確穩類糾納組織經結"
                "絡繼續維繳網罰聯範獲補規計認議許訟訪訴詢請購費轉過這郵門項額採機製於體訊個義達歷臺為與應實將時間統"
                "員級縣鎮鄉廳詳說檔陸東廣嚴簡準樣筆專導領親歸檢驗據錄夠並價種產隻見視號頁點參佈週衛獎勵給徵證換圖書"
                "館節匯狀態稱劃雜劉學編黨約")    # 學: a university's 高等學校, 學年; 編: 由X街道辦事處編制; 黨: 黨政辦公室;
# 約: 集約化網站 (the consolidated site), 約300條 (a rough count)
_SIMPLIFIED = ("万业举会传关内决况办务动区单发后围国处复复复审对属废开强当总报护执数无权条构没现电确稳类纠纳组织经结"
               "络继续维缴网罚联范获补规计认议许讼访诉询请购费转过这邮门项额采机制于体讯个义达历台为与应实将时间统"
               "员级县镇乡厅详说档陆东广严简准样笔专导领亲归检验据录够并价种产只见视号页点参布周卫奖励给征证换图书"
               "馆节汇状态称划杂刘学编党约")
# … and the traditional forms of the characters of place names (data/regions.tsv, region_aliases.tsv), so
# that 廣州市越秀區 reads as 广州市越秀区 (regions.find_region). Taken from OpenCC's STCharacters for every
# character of a region name, kept only where the traditional form is outside GB 2312 (so never a character
# simplified text uses: 乾安县, 甯 stay) and OpenCC's TSCharacters folds it back to that character;
# tools/traditional_places.py prints the pairs a new regions.tsv would add.
_TRADITIONAL_PLACES = (
    "叢兩箇豐臨爲麗烏樂喬習雲亞僕從侖崙倉儀們偉倫餘彿脩兒剋兗蘭興岡冊軍農衝沖涼淩鳳憑凱則剛別彆劍勸勻韆昇華盧"
    "臥廠曆廂廈雙敘疊檯颱葉閤衕嚮曏呂啟啓吳鹹響迴團糰園聖場壇罈壩垻壘墾墊壯壺頭夾薑婁孫寧寶宮傢寬賓尋壽爾堯嶼"
    "崗嵐島巖嶺嶽嶧峽巒峯嶗崍鉅鞏師帶幹榦莊慶廬庫菴張彌瀰噹彥綵誌懷恆慼戶紮託揚撫柺鬥舊崑晉暉劄來楊鬆極菓樅棗"
    "樹棲慄欒橋樺樑夢稜樓橫畢彙滙漢湯瀋溝滄霑瀘澤涇窪湞溮濟瀏渾潯濬塗淶漣渦潤澗澱澠溫遊灣漵谿滿灤濱灘濰潛瀾燈"
    "靈爐煙煩愛猶獨獅獻瑪環琿瑯瓊瑤甕甌疇鹽監蓋盤礦碭硯碩礄鹼禮祿禪離積競紅細紹絳綏績綿綜綠縉羅羣聶肅勝鬍衚膠"
    "脫臘騰輿薌蕪蘆蒼蘇囌荊榮滎蔭廕萊蓮穫瑩蘿營蕭薩矇濛懞藍薊鎣藺蘄蘊籐觀覺讓訥詔諸諾調誼謀謨謝謙譙譜穀貝貞貢"
    "賢貴賀賈資賚賽贊讚贛趙車輪載輝轄邊遼遷邁運進遠連遜遙鄧鄒鄴鄰鬱郟鄭鄆鄖鄲裡裏鍾鐘鈡鋼欽鐵鉛銅銀鋒錯錫錦鏡"
    "鑲長閔閘聞閩閣閬閶閻陽陰隴陳陘陝隨靜韓頂順頗潁風饒馬駐驛驊魚魯鮁鮮鯉鳩雞鳴鴨鶴鷹麥黃齊龍")
_SIMPLIFIED_PLACES = (
    "丛两个丰临为丽乌乐乔习云亚仆从仑仑仓仪们伟伦余佛修儿克兖兰兴冈册军农冲冲凉凌凤凭凯则刚别别剑劝匀千升华卢"
    "卧厂历厢厦双叙叠台台叶合同向向吕启启吴咸响回团团园圣场坛坛坝坝垒垦垫壮壶头夹姜娄孙宁宝宫家宽宾寻寿尔尧屿"
    "岗岚岛岩岭岳峄峡峦峰崂崃巨巩师带干干庄庆庐库庵张弥弥当彦彩志怀恒戚户扎托扬抚拐斗旧昆晋晖札来杨松极果枞枣"
    "树栖栗栾桥桦梁梦棱楼横毕汇汇汉汤沈沟沧沾泸泽泾洼浈浉济浏浑浔浚涂涞涟涡润涧淀渑温游湾溆溪满滦滨滩潍潜澜灯"
    "灵炉烟烦爱犹独狮献玛环珲琅琼瑶瓮瓯畴盐监盖盘矿砀砚硕硚碱礼禄禅离积竞红细绍绛绥绩绵综绿缙罗群聂肃胜胡胡胶"
    "脱腊腾舆芗芜芦苍苏苏荆荣荥荫荫莱莲获莹萝营萧萨蒙蒙蒙蓝蓟蓥蔺蕲蕴藤观觉让讷诏诸诺调谊谋谟谢谦谯谱谷贝贞贡"
    "贤贵贺贾资赉赛赞赞赣赵车轮载辉辖边辽迁迈运进远连逊遥邓邹邺邻郁郏郑郓郧郸里里钟钟钟钢钦铁铅铜银锋错锡锦镜"
    "镶长闵闸闻闽阁阆阊阎阳阴陇陈陉陕随静韩顶顺颇颍风饶马驻驿骅鱼鲁鲅鲜鲤鸠鸡鸣鸭鹤鹰麦黄齐龙")
# … and those of every other character the library's code and data spell (tools/traditional_places.py --vocabulary:
# 公眾號 is 公众号, 群眾 群众), where the simplified character is never a traditional one itself
_TRADITIONAL_VOCABULARY = ("僅眾衆僑寫減擊創醫協滷鹵叄蔘髮變堅備併彔徹徑逕掃揮術朮標欄氣碼礎礙稅緊緯線繞職藥葯覽訁訂"
                           "訓設証識詞試話該讀負財責敗貧貫貳較輩輯輸遞釒針鍼鏈銷閉問閱隊際險隱韋須鬚頒預頻題飛飠駁鳥齒")
_SIMPLIFIED_VOCABULARY = ("仅众众侨写减击创医协卤卤叁参发变坚备并录彻径径扫挥术术标栏气码础碍税紧纬线绕职药药览讠订"
                          "训设证识词试话该读负财责败贫贯贰较辈辑输递钅针针链销闭问阅队际险隐韦须须颁预频题飞饣驳鸟齿")
# … and the variant glyphs a place name is printed in beside its traditional form (陜西省, U+965C, for 陝/陕: outside
# GB 2312 too, and no other word of these reports), which OpenCC's character tables do not pair
_VARIANT_PLACES, _SIMPLIFIED_VARIANTS = "陜", "陕"
# … and 繫 of 聯繫 (a contact clause: 請與X局辦公室聯繫), which the tool's vocabulary rule leaves out because OpenCC
# gives 系 as its own traditional form too (系統): 繫 is outside GB 2312 and TSCharacters folds it to 系 alone
_TRADITIONAL_BY_HAND, _SIMPLIFIED_BY_HAND = "繫", "系"
_TRADITIONAL += _TRADITIONAL_PLACES + _TRADITIONAL_VOCABULARY + _VARIANT_PLACES + _TRADITIONAL_BY_HAND
_SIMPLIFIED += _SIMPLIFIED_PLACES + _SIMPLIFIED_VOCABULARY + _SIMPLIFIED_VARIANTS + _SIMPLIFIED_BY_HAND
assert len(_TRADITIONAL) == len(_SIMPLIFIED)
_SEARCH_TRANS.update(str.maketrans(_TRADITIONAL, _SIMPLIFIED))
_search = _translator(_SEARCH_TRANS)
_fold = _translator(str.maketrans(_TRADITIONAL, _SIMPLIFIED))


# … and the words a conversion to traditional script (zh-Hant, as in Taiwan) puts for the report's own, one word for
# another of the same length (offsets keep): 門戶網站 printed as 入口網站, the portal (在局入口網站公開信息…條)
_TRADITIONAL_WORDS = (("入口网站", "门户网站"),)


def fold_traditional(text: str) -> str:
    """`text` with the traditional characters of the table above in simplified script, character for
    character (offsets keep), and the words of _TRADITIONAL_WORDS as the report's own; nothing else changes. Text
    already simplified passes through one scan."""
    text = _fold(text)
    for word, own in _TRADITIONAL_WORDS:
        if word in text:
            text = text.replace(word, own)
    return text


def search_form(text: str) -> str:
    """Label-comparison form of already-normalised text, character for character."""
    return _search(text).replace("其它", "其他")


def label_key(text: str) -> str:
    """A label as compared with the vocabulary: normalised, no whitespace, no pipes or colons."""
    compact = search_form("".join(normalize_text(text).split()))
    return compact.replace("|", "").replace(":", "").replace("*", "")


# A whitespace run as the regex module's \s sees it (str.isspace without U+001C–U+001F: the sentence
# patterns read those as text) and as str.split does (the re module's \s is str.isspace). The first spelt
# out for the re module (the White_Space characters), whose cut is 1.7× cheaper than the regex module's
# (tests/test_extract_speed_lines.py checks the class against regex's \s at every code point)
WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_RUN = re.compile(f"([{WHITE_SPACE}]+)")
_SPLIT_RUN = re.compile(r"(\s+)")
_SEPARATORS = re.compile("[\x1c-\x1f]")


class Spacing:
    """A text cut once at its whitespace runs, for every pass that reads it without them (the label
    search and the sentence patterns): `parts` alternate word, run, word, …, word (only the end words
    may be empty); part j starts at offset `starts[j]`. The cut is the text's longest single step."""

    __slots__ = ("text", "parts", "starts")

    def __init__(self, text: str, runs=_RUN):
        self.text = text
        self.parts = runs.split(text)
        self.starts = list(accumulate(map(len, self.parts), initial=0))

    @classmethod
    def of(cls, text: str, spacing: Optional["Spacing"] = None) -> "Spacing":
        """`spacing` if it is this text's, else the text's own."""
        return spacing if spacing is not None and spacing.text is text else cls(text)

    def split_words(self) -> "Spacing":
        """The cut str.split() makes: it also cuts at U+001C–U+001F."""
        return Spacing(self.text, _SPLIT_RUN) if _SEPARATORS.search(self.text) else self


class CompactSearch:
    """search_form of a text with its whitespace (str.split's) removed, and the way back: searching
    labels there tolerates scrapers' stray spaces ("社会公益 组织") while spans still point into the
    document text. Positions map word by word (a bisect over the words' starts), not through a list of
    one offset per character: building that list cost more than cutting the text."""

    __slots__ = ("text", "size", "_starts", "_cstarts")

    def __init__(self, text: str, spacing: Optional[Spacing] = None):
        spacing = Spacing.of(text, spacing).split_words()
        words = spacing.parts[0::2]
        self._starts = spacing.starts[0::2]                              # each word's offset in the text …
        self._cstarts = list(accumulate(map(len, words), initial=0))     # … and its position here
        self.text = search_form("".join(words))
        self.size = len(text)

    def to_doc(self, i: int) -> int:
        """Offset in the text of position i (the end, or past it, maps to the text's end)."""
        n = len(self.text)
        if i >= n:
            return self.size
        if i < 0:               # as a list of offsets would index it
            if i < -n:
                raise IndexError(i)
            i += n
        k = bisect_right(self._cstarts, i) - 1      # an empty end word shares its position with the next
        return self._starts[k] + i - self._cstarts[k]

    def to_compact(self, offset: int) -> int:
        """How many of the kept characters stand before text offset `offset`."""
        k = bisect_right(self._starts, offset) - 1
        if k < 0:
            return 0
        cstarts = self._cstarts
        return cstarts[k] + min(offset - self._starts[k], cstarts[k + 1] - cstarts[k])
