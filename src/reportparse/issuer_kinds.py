"""The kind of body an issuer is (general office, department, township, government, aggregate), told by its name's
last words and, for an aggregate, its report's title (issuer.find_issuer, overrides)."""
from __future__ import annotations

from typing import Optional

from .normalize import search_form
from .patterns import LazyPattern

# (a government's counsellors' or research office, 省政府参事室, 市政府研究室: one of its departments)
OFFICE_ROOMS = r"参事室|研究室"
# (a bracket after a name says who works for it or its other name: 六盘水市人民政府(市人民政府办公室))
TRAILING_ASIDE = LazyPattern(r"(?<=\p{Han})[(（][^()（）]{2,20}[)）]\s*$")
# issuer kinds, tried in order: (kind, pattern on the name); an aggregate is told by its title
_AGGREGATE_TITLE = LazyPattern(r"全(?:市|区|县|省)|汇总")
# (a government's office named by its work, 人民政府地方志办公室 / 金融工作办公室, is a department of it, not its general office;
# so is any office whose name says a work before 办公室, a government's word not right before it: 陕西省地方志办公室, X市人防办公室)
_KINDS = (
    # (政府办 is the people's government's office said short: 区政府办, 县人民政府办; a zone's 党政办 too, 高新区党政办)
    ("general_office", LazyPattern(r"(?:办公厅|办公室|(?<=政府|区党政|区党政综合)办)$"),
     LazyPattern(r"政府信息公开工作领导小组办公室$|政府(?!办|政府)[^办公室厅]{2,10}办公室$"
                 r"|(?<!政府|管委会|管理委员会|行署|行政公署|国务院|党政|综合|领导小组|[省市区县旗州盟]委|[省市区县旗州盟])(?:办公厅|办公室)$")),
    ("department", None, None),     # a body of the state (data/national_bodies.tsv)
    # (X镇政府 too; 苏木: Inner Mongolia's township, X苏木人民政府; never its village, 嘎查)
    ("township", LazyPattern(r"(?:街道办事处|街道|乡人民政府|镇人民政府|[乡镇]政府|[乡镇]|苏木(?:人民)?(?:政府)?)$"), None),
    # (管理委员会 is a zone's administration; after a department's field word, 城市管理委员会, it is a department)
    ("government", LazyPattern(r"(?:人民政府|管委会|管理委员会|实验区|新区|开发区|[省市区县旗])$"),
     LazyPattern(r"(?:城市|城乡建设|建设|交通(?:运输)?|市容|市政)管理委员会$")),
    ("department", LazyPattern(r"(?:局|委员会|委|厅|办|中心|署|院|站|所|队|(?<!政府信息公开工作领导小组)办公室|" + OFFICE_ROOMS + ")$"),
     None),
)


def issuer_kind(name: str, title: str) -> Optional[str]:
    """The kind of body `name` is, None when its name ends in none of the kinds' words (a university, a
    company, a damaged name: not a people's government); the words are looked for in the search form (辦公室
    is 办公室)."""
    # (a bracket after the name says who works for it, 六盘水市人民政府(市人民政府办公室): the name before it is the kind's)
    name = TRAILING_ASIDE.sub("", search_form(name))
    if _AGGREGATE_TITLE.search(search_form(title or "")):
        return "aggregate"
    for kind, pattern, unless in _KINDS:
        if pattern is None:
            if national_body(name):
                return kind     # a body of the state (教育部, 国务院国资委), before 管理委员会 says government
        elif pattern.search(name) and not (unless and unless.search(name)):
            return kind
    return None


def national_body(name: str) -> bool:
    """Is `name` a body of the state (data/national_bodies.tsv: 教育部, 国务院国资委)?"""
    try:
        from .region_national import national_body as listed
    except ImportError:              # as issuer._region: the region tables ship with the package
        return False
    return listed(name)
