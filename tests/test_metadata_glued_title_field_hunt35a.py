"""A CMS header flattened with its cells' separators lost glues the title field's name to the title
("标题某某县某某乡2022年…年度报告", 名称…, 标 题…): the name is no part of the title nor of the issuer. Before, the
issuer was read as "标题某某县某某乡". The name is cut only where what follows names a report by itself. Invented bodies."""
import pytest

import reportparse

BODY = "\n一、总体情况\n2022年,我乡主动公开政府信息37条。"


@pytest.mark.parametrize("line, title, issuer", [
    ("标题某某县某某乡2022年政府信息公开工作年度报告", "某某县某某乡2022年政府信息公开工作年度报告", "某某县某某乡"),
    ("名称某某县某某局2022年政府信息公开工作年度报告", "某某县某某局2022年政府信息公开工作年度报告", "某某县某某局"),
    ("标 题某某县某某镇人民政府2022年政府信息公开工作年度报告", "某某县某某镇人民政府2022年政府信息公开工作年度报告",
     "某某县某某镇人民政府"),
])
def test_the_glued_field_name_is_cut(line, title, issuer):
    text = "索引号000014349/2023-74857\n发布机构发文日期 2023-01-12 20:04\n" + line + BODY
    report = reportparse.parse_text(text, require_report=False)
    assert report.title == title
    assert report.issuer.name == issuer
    assert report.value("disclosure.total") == 37
