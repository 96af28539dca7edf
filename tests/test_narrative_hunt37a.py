"""Narrative classes met on hunt37a's real pages (hunt37a). Texts, bodies and figures are invented.

1. The issuer spelled out in its own report: a title that names the body short (县人社局, 区卫健局, 市场监管局) and a
   clause that names it in full or nearly (县人力社保局, 县人力资源和社会保障局, 区卫生健康局, 市场监督管理局, 市住房和城乡
   建设局): the issuer, not a part of it — the title's characters in order, at most four more between two of the name's
   and three before the kind character (局), printed once. A sub-body named after the issuer (区人社局就业局,
   市公安交通管理局: four before 局) and another body (区卫生监督局) stay parts: not read.
2. A report with no title whose first sentence opens with the year and its issuer as the subject (2022年,云栖街道办事处
   按照…; 2021年，青石镇人民政府坚持…; 2023年,市林业局认真…; 2020年,区发改局以…为指导; after a clause of who led it,
   2021年,在区委、区政府的正确领导下,X街道办事处认真…; the copy may open at 一、总体情况): that body is the issuer, so a
   clause naming it (云栖街道收到…) gives the report's figure. A first sentence whose subject is a circumstance (在区委领导
   下), the whole (全区各级行政机关) or the party's committee (区委区政府高度重视…) names no issuer, and another body's
   clause (区政府收到…) in the report stays a part's.
3. Every request granted, said after the count of requests named 依申请公开政府信息 and with the way they went out
   between the verb and 公开 (收到依申请公开政府信息2件,均为网络申请件,均予以邮寄公开; 均予以书面公开; 全部予以当面公开):
   requests.granted = the count. Not after another figure (办结5件,均予以邮寄公开), nor for answers (均予以答复).
4. None said of 申请件, the noun sites write for the requests themselves (未接到…的政府信息公开申请件; 未收到和处理
   政府信息公开申请件; 未收到和處理…申請件): requests.new 0. A 申请件 inside a review's clause is no zero.
"""
from __future__ import annotations

import reportparse

HEAD = "2021年政府信息公开工作年度报告\n一、总体情况\n"


def _values(issuer: str, body: str) -> dict:
    report = reportparse.parse_text(issuer + HEAD + body)
    return {(i.key, i.applicant): i.value for i in report.indicators if not i.derived}


SPELLED_OUT = (
    ("县人社局", "(二)依申请公开情况。2021年,县人力社保局共收到政府信息公开申请3件。", ("requests.new", "total"), 3),
    ("区卫健局", "(二)依申请公开情况。2021年,区卫生健康局收到政府信息公开申请5件。", ("requests.new", "total"), 5),
    ("东乡县人社局", "(二)依申请公开情况。2021年,县人力社保局收到政府信息公开申请6件。", ("requests.new", "total"), 6),
    ("市场监管局", "(二)依申请公开情况。2021年,市场监督管理局收到政府信息公开申请7件。", ("requests.new", "total"), 7),
    ("区卫健局", "(一)主动公开情况。2021年,区卫生健康局主动公开政府信息128条。", ("disclosure.total", None), 128),
    ("县人社局", "(二)依申请公开情况。2021年,县人力资源和社会保障局收到政府信息公开申请12件。", ("requests.new", "total"), 12),
    ("市住建局", "(二)依申请公开情况。2021年,市住房和城乡建设局收到政府信息公开申请13件。", ("requests.new", "total"), 13),
    ("区卫健局", "(二)依申请公开情况。2021年,在区委领导下区卫生健康局收到政府信息公开申请16件。", ("requests.new", "total"), 16),
)
PARTS = (
    ("区人社局", "(二)依申请公开情况。2021年,区人社局就业局收到政府信息公开申请8件。"),
    ("市公安局", "(二)依申请公开情况。2021年,市公安交通管理局收到政府信息公开申请9件。"),
    ("区卫健局", "(二)依申请公开情况。2021年,区卫生监督局收到政府信息公开申请4件。"),
    ("区卫健局", "(一)主动公开情况。2021年,区卫生监督局主动公开政府信息131条。"),
)


def test_the_issuer_spelled_out_in_a_clause_is_the_issuer():
    for issuer, body, key, want in SPELLED_OUT:
        assert _values(issuer, body).get(key) == want, body


def test_a_sub_body_or_another_body_stays_a_part():
    for issuer, body in PARTS:
        got = _values(issuer, body)
        assert got.get(("requests.new", "total")) is None and got.get(("disclosure.total", None)) is None, body


NONE_OF_REQUEST_ITEMS = (
    "(二)依申请公开。2021年,前进街未接到书面方式申请的政府信息公开申请和网络方式申请的政府信息公开申请件,也未发生行政复议。",
    "(二)依申请公开。2021年,本镇未收到和处理政府信息公开申请件。",
    "(二)依申请公开。2021年,本镇未收到和處理政府信息公開申請件。",
    "(一)主动公开。全年主动公开政府信息57条。(二)依申请公开。2021年,本街道没有接到群众提出的信息公开申请件。",
)


def test_none_said_of_request_items_is_zero():
    for body in NONE_OF_REQUEST_ITEMS:
        assert _values("云溪镇人民政府", body).get(("requests.new", "total")) == 0, body
    assert _values("云溪镇人民政府", NONE_OF_REQUEST_ITEMS[3]).get(("disclosure.total", None)) == 57


def test_request_items_inside_a_reviews_clause_are_no_zero():
    got = _values("云溪镇人民政府", "(二)依申请公开。未收到因政府信息公开申请件引起的行政复议。")
    assert ("requests.new", "total") not in got


OPENING = ("要求,不断拓展公开内容,积极推动政府信息公开工作。\n本年度报告根据《中华人民共和国政府信息公开条例》的有关规定"
           "编制。\n一、总体情况\n(一)主动公开。{pro}\n(二)依申请公开。{req}\n")
SUBJECT_FIRST = (
    ("2022年,云栖街道办事处按照区委", "云栖街道办事处", "2022年度,云栖街道收到政府信息公开申请4件。", 4),
    ("2021年，青石镇人民政府坚持上级", "青石镇人民政府", "2021年，青石镇收到政府信息公开申请2件。", 2),
    ("2023年,市林业局认真落实上级", "市林业局", "2023年,市林业局共受理政府信息公开申请11件。", 11),
    ("2020年,区发改局以习近平新时代中国特色社会主义思想为指导,落实上级", "区发改局", "2020年度,区发改局收到政府信息公开申请5件。", 5),
    ("2021年,在区委、区政府的正确领导下,云栖街道办事处认真贯彻上级", "云栖街道办事处",
     "2021年度,云栖街道收到政府信息公开申请6件。", 6),
    ("一、总体情况\n2022年,青石镇人民政府高度重视政府信息公开工作,落实上级", "青石镇人民政府",
     "2022年,青石镇人民政府收到政府信息公开申请8件。", 8),
)


def test_the_subject_of_a_title_less_first_sentence_is_the_issuer():
    for opening, name, req, want in SUBJECT_FIRST:
        report = reportparse.parse_text(opening + OPENING.format(pro="按要求公开各类信息。", req=req))
        assert report.issuer.name == name, opening
        assert report.value("requests.new") == want, opening


def test_a_circumstance_or_the_whole_names_no_issuer_and_another_body_stays_a_part():
    for opening in ("2022年,在区委领导下,街道按照区委", "2022年,全区各级行政机关按照区委", "2022年,区委区政府高度重视上级",
                    "2022年,县委、县政府高度重视上级"):
        report = reportparse.parse_text(opening + OPENING.format(pro="按要求公开各类信息。",
                                                                 req="2022年度,云栖街道收到政府信息公开申请4件。"))
        assert report.issuer.name is None and report.value("requests.new") is None, opening
    report = reportparse.parse_text("2022年,云栖街道办事处按照区委" + OPENING.format(
        pro="按要求公开各类信息。", req="2022年度,区政府收到政府信息公开申请9件。"))
    assert report.issuer.name == "云栖街道办事处" and report.value("requests.new") is None


GRANTED_ALL = (
    ("(二)依申请公开。2021年我委收到依申请公开政府信息2件,均为网络申请件,均予以邮寄公开。", 2),
    ("(二)依申请公开。2021年共受理依申请公开政府信息3件,均予以书面公开。", 3),
    ("(二)依申请公开。2021年收到政府信息公开申请4件,均为自然人申请,均已予以邮寄公开。", 4),
    ("(二)依申请公开。2021年接到依申请公开政府信息5件,全部予以当面公开。", 5),
)


def test_every_request_granted_in_the_way_it_went_out():
    for body, want in GRANTED_ALL:
        got = _values("云溪镇人民政府", body)
        assert (got.get(("requests.new", "total")), got.get(("requests.granted", "total"))) == (want, want), body


def test_granted_all_after_another_figure_or_for_answers_is_not_read():
    for body in ("(二)依申请公开。2021年收到依申请公开政府信息8件,办结5件,均予以邮寄公开。",
                 "(二)依申请公开。2021年收到依申请公开政府信息7件,均予以答复。"):
        assert ("requests.granted", "total") not in _values("云溪镇人民政府", body), body
