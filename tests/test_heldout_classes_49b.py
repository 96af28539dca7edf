"""A wrong reading the second held-out set of stop 49 (heldout49b) showed, its class fixed: a body's administrative
fees said none (2020年未产生行政事业收费 — table 二's 行政事业性收费 row, written without 性) were read as no fee charged
on requests (fees.collected 0, a figure the report never states). The fee rows now pass over 行政事业收费 as they passed
over 行政事业性收费; a request's fee said none still reads 0. Texts and figures are invented."""
from __future__ import annotations

import pytest

from conftest import year_totals

HEAD = "青禾区民政局2020年政府信息公开工作年度报告\n一、总体情况\n"


@pytest.mark.parametrize("sentence", [
    "2020年未产生行政事业收费，政府集中采购项目0个。",
    "2020年未产生行政事业性收费。",
    "本年度行政事业收费为0。",
    "本年度行政事业收费327元。",
])
def test_administrative_fees_are_no_request_fee(sentence):
    assert "fees.collected" not in year_totals(HEAD + sentence + "\n")


@pytest.mark.parametrize("sentence, value", [
    ("本年度未收取信息处理费。", 0),
    ("依申请公开未收费。", 0),
    ("本年度收费为0。", 0),
    ("本年度收取信息处理费327元。", 327),
])
def test_a_request_fee_is_still_read(sentence, value):
    assert year_totals(HEAD + sentence + "\n")["fees.collected"] == value
