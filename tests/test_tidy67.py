"""tidy67 (issue 12's Shape, stop 66's review): names and knowledge given to their owners, the readings kept.

- no module imports another's private name: what metadata_period, metadata, row_cells, batch_model, records, pool,
  dask_engine, progress, frames and comparison share is public (issuer's own `_NAME` is metadata's NAME_CHAR);
- an item's number a sentence opens with in a list (1、 (一) (1)) is patterns' (numbered, bracketed_number), named
  $ITEM_NUMBER in narrative.tsv as a heading's is $HEAD_NUMBER: two rows spelled it by hand.
Invented fixtures (澄溪县), distinct non-zero figures.
"""
import ast
from pathlib import Path

import pytest

import reportparse
from reportparse.extract.narrative_families import families
from reportparse.patterns import bracketed_number, numbered, ordinals
from reportparse.schema import read_tsv

SRC = Path(reportparse.__file__).resolve().parent
# left: modules other helpers of stop 67 edit (narrative_channels imports narrative_outlets' _A_WEBSITE…;
# pdf_spaced_split imports pdf_spaced's _one_step, _steps)
LEFT = {"extract/narrative_channels.py", "layout/pdf_spaced_split.py"}


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("reportparse")):
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
    return found


def test_no_module_imports_another_modules_private_name():
    found = {str(p.relative_to(SRC)): _private_imports(p) for p in sorted(SRC.rglob("*.py"))}
    assert {k: v for k, v in found.items() if v and k not in LEFT} == {}


# ---- an item's number ------------------------------------------------------------------------------------------

def test_an_items_number_is_built_from_patterns_pieces():
    assert families()["$ITEM_NUMBER"] == numbered() + "|" + bracketed_number()
    assert bracketed_number() == r"[(（](?:\d{1,2}|" + ordinals(3) + r")[)）]"


def test_no_row_spells_a_numbering():
    ordinal = "[一二三四五六七八九十"
    spelled = [row["pattern"][:60] for row in read_tsv("narrative.tsv")
               if not row["keys"].startswith("$") and (ordinal + r"\d]" in row["pattern"] or r"\d{1,2}[.．、]" in row["pattern"])]
    assert spelled == []


_RUN = "澄溪县某某局2021年政府信息公开工作年度报告\n一、总体情况\n"


def _read(sentence: str) -> set:
    r = reportparse.parse_text(_RUN + sentence + "\n")
    return {(i.key, i.value) for i in r.indicators if i.key.startswith("disclosure")}


@pytest.mark.parametrize("sentence, want", [
    # read as before: a list's item (1) / (一) / 1. / 一、 opening the proactive count's line, the next item after it
    ("（1）主动公开政府信息情况：共37条。", {("disclosure.total", 37)}),
    ("一、主动公开政府信息：共43条。", {("disclosure.total", 43)}),
    ("1.主动公开政府信息：共59条2.依申请公开", {("disclosure.total", 59)}),
    ("（一）主动公开政府信息：共61条（二）依申请公开", {("disclosure.total", 61)}),
    ("一是加强网站建设，我局门户网站发布信息71条。", {("disclosure.via_website", 71)}),
    ("（3）加强网站建设，我局门户网站发布信息73条。", {("disclosure.via_website", 73)}),
    # a number of three ordinal characters in brackets, as a heading's may be (base read it not: its own spelling
    # stopped at two)
    ("(二十一)主动公开政府信息：共47条。", {("disclosure.total", 47)}),
])
def test_a_numbered_items_count(sentence, want):
    assert _read(sentence) == want


@pytest.mark.parametrize("sentence", [
    "主动公开政府信息：共53条。",                    # no number opening the line
    "（1）主动公开政府信息：共67条1.5万字",            # a decimal after the count, no item's number
    "三、加强网站建设，我局门户网站发布信息79条。",     # a heading's number is no list's item before a site's count
])
def test_no_count_without_an_items_number(sentence):
    assert _read(sentence) == set()


def test_the_topics_numberings_are_built_from_patterns_pieces():
    from reportparse.extract import narrative_topic
    assert bracketed_number(0) == r"[(（](?:\d{1,2})[)）]"
    heading, run_in = narrative_topic._HEADING._source[0], narrative_topic._RUN_IN._source[0]
    assert "(?P<l3>" + numbered() + r"(?!\d)|" + bracketed_number(0) + ")" in heading
    assert run_in.startswith(numbered() + r"(?!\d)")


@pytest.mark.parametrize("text, title", [
    ("2、依申请公开政府信息情况\n", "依申请公开政府信息情况"),       # a numbered subsection's title on its own line
    ("（3）主动公开情况。\n", "主动公开情况"),
])
def test_a_numbered_subsections_title_is_a_heading(text, title):
    from reportparse.extract.narrative_topic import headings
    assert [(level, t) for _, level, t in headings(text)] == [(3, title)]
