"""Title, reporting year, publish date, issuer and region of a report."""
from __future__ import annotations

import datetime as _dt
from typing import Optional

import regex

from .document import Document
from .model import Issuer, Region

_REPORT_WORDS = regex.compile(r"(?:政府信息公开|政务公开|信息公开)[^\n]{0,12}(?:年度)?(?:工作)?(?:年度)?报告|年度报告|年报")
_TITLE_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:度)?")
_TITLE_CN_YEAR = regex.compile(r"([〇○零一二三四五六七八九]{4})\s*年")
_PERIOD = regex.compile(r"(?:统计期限|统计时限|统计时间|统计期间|统计区间|所列数据)[^。]{0,20}?(?<!\d)((?:19|20)\d{2})年\s*1\s*月\s*1\s*日")
_DATE_VALUE = r"\s*[:：]\s*(?P<y>(?:19|20)\d{2})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})"
# in order of preference: a publication date beats a bare 时间/日期, which beats the date of writing
_DATE_LINES = [regex.compile(r"(?:发布时间|发布日期|公开日期|发布于)" + _DATE_VALUE),
               regex.compile(r"(?<![成发印]文|印发)(?:时间|日期)" + _DATE_VALUE),
               regex.compile(r"(?:成文日期|发文日期|印发日期)" + _DATE_VALUE)]
# crawler and CMS header fields: never a title (栏目: 政府信息公开年报 names the section, not the document)
_HEADER_FIELD = regex.compile(r"^(?:栏目|本地目录|原文链接|发布机构|文号|来源|索引号|分类|主题分类|发布时间|发布日期|source|url|crawled)\s*[:：]", regex.I)
_DATE_PUBLISHED = regex.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:发布|公布|印发)")
_ISSUER_TAIL = regex.compile(r"(?:(?:19|20)\d{2}\s*年(?:度)?)?(?:政府信息公开|政务公开|信息公开).*$")
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")


def find_title(doc: Document) -> Optional[str]:
    """The container's title if it names a report, else the first short line that does, else line one."""
    if doc.title_hint and _REPORT_WORDS.search(doc.title_hint):
        return _clean_title(doc.title_hint)
    lines = [ln.strip() for ln in doc.text.splitlines()[:200] if ln.strip() and not _HEADER_FIELD.match(ln.strip())]
    for line in lines[:15]:
        if (6 <= len(line) <= 70 and _REPORT_WORDS.search(line) and regex.search(r"(?:报告|年报)(?:\(\S*\))?$", line)
                and not regex.search(r"^(?:根据|本报告)|关于|通知|的函", line)):
            return _clean_title(line)
    if doc.title_hint:
        return _clean_title(doc.title_hint)
    return _clean_title(lines[0][:90]) if lines else None


def _clean_title(title: str) -> str:
    """Without a field name (标题: / title:) or a site name after _ | -."""
    title = regex.sub(r"^(?:标题|题目|title|名称)\s*[:：]\s*", "", title.strip(), flags=regex.I)
    return regex.split(r"\s*[_|]\s*|\s+-\s+", title)[0].strip()


def is_annual_report(title: Optional[str], text: str) -> bool:
    return bool(title and _REPORT_WORDS.search(title) and not regex.search(r"关于|通知", title))


def find_year(title: Optional[str], text: str) -> Optional[int]:
    for source in (title or "",):
        m = _TITLE_YEAR.search(source)
        if m:
            return int(m.group(1))
        m = _TITLE_CN_YEAR.search(source)
        if m:
            return int(m.group(1).translate(_CN_DIGITS))   # digit by digit: 二〇一二 is 2012, not a quantity
    m = _PERIOD.search(text)
    if m:
        return int(m.group(1))
    m = regex.search(r"(?<!\d)((?:19|20)\d{2})年(?:度)?政府信息公开(?:工作)?(?:年度)?报告", text[:3000])
    return int(m.group(1)) if m else None


def find_published(doc: Document) -> Optional[str]:
    for text in (doc.date_hint or "", doc.text[:4000]):
        m = next((m for p in _DATE_LINES if (m := p.search(text))), None) or _DATE_PUBLISHED.search(text[:600])
        if m:
            try:
                return _dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
            except ValueError:
                continue
    return None


def issuer_kind(name: str, title: str) -> str:
    if regex.search(r"全(?:市|区|县|省)|汇总", title or ""):
        return "aggregate"
    if regex.search(r"(?:办公厅|办公室)$", name) and not regex.search(r"政府信息公开工作领导小组办公室$", name):
        return "general_office"
    if regex.search(r"(?:街道办事处|街道|乡人民政府|镇人民政府|[乡镇])$", name):
        return "township"
    if regex.search(r"(?:人民政府|管委会|管理委员会|实验区|新区|开发区|[省市区县旗])$", name):
        return "government"
    if regex.search(r"(?:局|委员会|委|厅|办|中心|署|院|站|所|队)$", name):
        return "department"
    return "government"


def find_issuer(title: Optional[str], text: str, year: Optional[int]) -> Issuer:
    name = regex.sub(r"^(?:(?:19|20)\d{2}\s*年(?:度)?)", "", (title or "").strip())
    name = regex.split(r"(?:19|20)\d{2}\s*年", name)[0]          # 广州市2020年度全市… → 广州市
    name = _ISSUER_TAIL.sub("", name).strip(" :：")
    if name and not regex.search(r"(?:政府|委员会|局|厅|办公室|委|办|中心|街道|[乡镇])$", name):
        gov = regex.search(regex.escape(name) + r"(?:人民政府|管委会|管理委员会)", text)
        if gov:
            name = gov.group()
    region = _region(title or "", text, year)
    return Issuer(name=name or None, kind=issuer_kind(name, title or "") if name else None, region=region)


def _region(title: str, text: str, year: Optional[int]) -> Region:
    try:
        from .regions import find_region
    except ImportError:              # the region table ships with the package; tolerate a partial install
        return Region()
    info = find_region(title, text, year)
    if info is None:
        return Region()
    return Region(province=info.province, city=info.city, county=info.county, code=info.code,
                  level=info.level, current_code=info.current_code if info.current_code != info.code else None)
