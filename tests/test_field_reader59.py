"""Review leftovers of stop 58 (issue 12: one owner): a header field's value on a flattened header row is read by one
reader, patterns.field_in_row (the date fields' field_names and FIELD_SEPARATOR), the publisher's included; and
regions._own_town masks an address once for the names it looks for. Invented headers and bodies."""
from __future__ import annotations

import pytest
import regex

import reportparse
from reportparse import issuer as I
from reportparse import regions as R
from reportparse.patterns import PUBLISHER_FIELDS, field_in_row

_FIELD = regex.compile(field_in_row(PUBLISHER_FIELDS))


@pytest.mark.parametrize("line, value", [
    ("发布机构：桐溪县石岭镇人民政府", "桐溪县石岭镇人民政府"),
    ("发布机构: | 桐溪县石岭镇人民政府 |", "桐溪县石岭镇人民政府"),
    ("| 索引号 | 11622/2025-00023 | 发布机构 | 桐溪县石岭镇人民政府 | 公开方式 | 主动公开 |", "桐溪县石岭镇人民政府"),
    ("发布单位 ： 桐溪县石岭镇人民政府  ", "桐溪县石岭镇人民政府"),
    ("发 布 机 构 | 桐溪县石岭镇人民政府", "桐溪县石岭镇人民政府"),      # (a name spaced out to fill its cell)
    ("索引号 | 公开方式 | 发布机构 |", ""),                              # a names' row: the value below
    ("索引号 | 公开方式 | 发布机构", None),
    ("发布机构：", ""),
])
def test_a_fields_value_on_its_row(line, value):
    m = _FIELD.search(line)
    assert m is not None and (m["value"].strip() if m["value"] is not None else None) == value


@pytest.mark.parametrize("line", ["某发布机构：桐溪县", "发布机构 桐溪县石岭镇人民政府", "本镇发布机构改革", "| X发布机构 | 桐溪县 |"])
def test_no_field_where_the_name_opens_no_cell_or_no_separator_follows(line):
    assert _FIELD.search(line) is None


_BODY = ("根据《条例》，特向社会公布2024年度本机关信息公开年度报告。\n一、概述\n2024年，{own}信息公开工作有序开展。"
         "主动公开政府信息47条。\n")


@pytest.mark.parametrize("header, own, issuer", [
    ("索引号 | 文号 | 公开方式 | 发布机构 |\n11623/2025-00031 | 无 | 主动公开 | 桐溪县石岭镇人民政府 |\n", "石岭镇人民政府",
     "桐溪县石岭镇人民政府"),
    # (a names' row with another name after the publisher's: that name is no value, as a row of name and value reads)
    ("索引号 | 发布机构 | 文号 |\n11623/2025-00031 | 桐溪县石岭镇人民政府 | 无 |\n", "石岭镇人民政府", None),
    ("| 索引号 | 发布机构 |\n| 11623/2025-00031 | 桐溪县石岭镇人民政府 |\n", "石岭镇人民政府", "桐溪县石岭镇人民政府"),
    ("发布机构： | 桐溪县石岭镇人民政府 |\n", "桐溪县石岭镇人民政府", "桐溪县石岭镇人民政府"),
    ("发布单位：桐溪县石岭镇人民政府\n", "石岭镇人民政府", "桐溪县石岭镇人民政府"),
    # a names' row whose values' row has another number of cells: no value
    ("索引号 | 公开方式 | 发布机构 |\n11623/2025-00031 | 桐溪县石岭镇人民政府 |\n", "石岭镇人民政府", None),
])
def test_the_publisher_read_from_the_header(header, own, issuer):
    text = header + _BODY.format(own=own)
    assert I._publisher_named_below(text) == issuer


def test_the_publisher_as_the_report_issuer():
    text = "发布机构 | 桐溪县石岭镇人民政府 | 索引号 | 11624 |\n" + _BODY.format(own="石岭镇人民政府")
    assert reportparse.parse_text(text).issuer.name == "桐溪县石岭镇人民政府"


def test_own_town_masks_each_address_once(monkeypatch):
    """The town an address names is the reporting body's where the text outside that address names it as a body:
    the head with the address masked is built once per address, however many names are tried in it."""
    head = "地址：大石岭镇小连生乡新村，邮编123456。地址：桐溪县白沙镇白沙路8号。\n连生乡人民政府认真贯彻落实…"
    spans = [m.span() for m in R._ADDRESS.finditer(head)]
    assert len(spans) == 2 and R._own_town(head, spans)
    assert not R._own_town(head.replace("连生乡人民政府", "县人民政府"), spans)
    searched = []
    search = R.re.search

    def counting(pattern, string, *args):
        searched.append(string)
        return search(pattern, string, *args)
    monkeypatch.setattr(R.re, "search", counting)
    R._own_town(head.replace("连生乡人民政府", "县人民政府"), spans)
    assert len(searched) >= 5 and len({id(s) for s in searched}) == len(spans)
