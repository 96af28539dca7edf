"""A government's office named by its work (X市人民政府地方志办公室, 金融工作办公室, 外事办公室) is a department of that
government, never its general office; the government's own 办公室/办公厅 stays general_office (hunt38). Names are
invented."""
from __future__ import annotations

import pytest

import reportparse

BODY = "\n本年度报告根据《中华人民共和国政府信息公开条例》编制。全年主动公开政府信息52条。\n"


@pytest.mark.parametrize("issuer, kind", [
    ("青禾市人民政府地方志办公室", "department"), ("青禾市人民政府金融工作办公室", "department"),
    ("青禾市人民政府办公室", "general_office"), ("青禾县政府办公室", "general_office"), ("青禾省人民政府办公厅", "general_office")])
def test_office_kind(issuer, kind):
    report = reportparse.parse_text(f"{issuer}2023年政府信息公开工作年度报告" + BODY)
    assert report.issuer.name == issuer
    assert report.issuer.kind == kind
