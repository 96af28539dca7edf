"""tidy66 (issue 12's Shape, stop 65's review): knowledge moved to its owner, the readings kept.

- the year's part of a running total said on the sites it went out on (截至…累计…N条，其中2014年通过…网站发布…M条) is
  narrative_period's to say (years_part_of_running), not a substring test in narrative.py;
- the words opening a count's clause as the whole's after a topic (narrative_lists._WHOLE_OPENING) are built from their
  owners: the year named by itself (narrative_period.YEAR_ITSELF, _YEAR_WORD's and four patterns' spelling) and the whole
  of a place or body (narrative_parts.WHOLE_OPENING, WHOLE's 全 words and the smaller bodies');
- metadata_period's year by its digits is public (YEAR: metadata, metadata_words' $YEAR and issuer take it from its
  owner, no private name across modules);
- a heading's numbering in narrative.tsv ($HEAD_NUMBER) and cut_end.py's next heading are built from patterns'
  numbering pieces (ordinals, ordinal_marked, ordinal_bracketed, numbered); row_cells' unit classes from CELL_UNITS
  (a named variant: 次 and 份 as they read before CELL_UNITS took them).
Invented fixtures (岚峰县, 青禾县), distinct non-zero figures.
"""
import pytest

import reportparse
from reportparse.extract import narrative_lists, narrative_parts, narrative_period
from reportparse.extract.narrative_period import years_part_of_running
from values_read import values_read as _values

_RUN = "岚峰县某某镇2014年政府信息公开年度报告\n二、主动公开政府信息的情况\n"


def _got(sentence: str) -> set:
    r = reportparse.parse_text(_RUN + sentence + "\n")
    return {(i.key, i.period, i.value) for i in r.indicators}


# ---- (1) the year's part of a running total ---------------------------------------------------------------------

def _at(sentence: str, clause: str, figure: str):
    """The sentence as the compact text holds it, its start, the figure's clause start and the figure match's start."""
    text = sentence.replace("，", ",")
    return text, 0, text.index(clause), text.index(figure)


@pytest.mark.parametrize("sentence, figure", [
    ("截至2014年底，我镇累计主动公开政府信息2468条，其中2014年通过县政府门户网站发布政府信息517条。", "2014年通过"),
    ("历年累计主动公开政府信息2468条，其中本年度在县政府门户网站发布政府信息517条。", "本年度在"),
    ("条例施行以来，我镇主动公开政府信息2468条，其中今年通过县政府门户网站公开政府信息517条。", "今年通过"),
])
def test_the_years_part_of_a_running_total_is_named_by_the_period_owner(sentence, figure):
    assert years_part_of_running(*_at(sentence, "其中", figure))


@pytest.mark.parametrize("sentence, clause, figure", [
    # guards: the year's own total before it (全年累计 / 2014年累计 is the year's, not a running one) …
    ("全年累计主动公开政府信息2468条，其中2014年通过县政府门户网站发布政府信息517条。", "其中", "2014年通过"),
    ("2014年累计主动公开政府信息2468条，其中2014年通过县政府门户网站发布政府信息517条。", "其中", "2014年通过"),
    # … no year word after 其中, and a running total with no 其中 before the year's count
    ("截至2014年底，我镇累计主动公开政府信息2468条，其中通过县政府门户网站发布政府信息517条。", "其中", "通过县"),
    ("截至2014年底，我镇累计主动公开政府信息2468条，且2014年通过县政府门户网站发布政府信息517条。", "且", "2014年通过"),
])
def test_no_years_part_of_a_running_total(sentence, clause, figure):
    assert not years_part_of_running(*_at(sentence, clause, figure))


@pytest.mark.parametrize("sentence, cumulative, part", [
    ("截至2014年底，我镇累计主动公开政府信息2468条，其中2014年通过县政府门户网站发布政府信息517条。", 2468, 517),
    ("历年累计主动公开政府信息2473条，其中2014年通过县政府门户网站发布政府信息519条。", 2473, 519),
])
def test_the_years_part_posted_on_a_site_stays_the_years_total(sentence, cumulative, part):
    got = _got(sentence)
    assert ("disclosure.total", "cumulative", cumulative) in got
    assert ("disclosure.total", "year", part) in got
    assert not any(k == "disclosure.via_website" and v == part and p == "cumulative" for k, p, v in got)


def test_a_site_posting_after_the_years_own_total_is_the_sites():
    # guard (and the one reading the move changed, an invented near-miss no input holds): 2014年累计 is the year's own
    # total, so the site's 发布 count after it is the site's alone — base read nothing of 517 here (the substring test
    # took any 累计 as a running total, and the total row's 517 then lost to the year's 2468)
    got = _got("2014年累计主动公开政府信息2468条，其中2014年通过县政府门户网站发布政府信息517条。")
    assert ("disclosure.total", "year", 2468) in got
    assert ("disclosure.via_website", "year", 517) in got
    assert ("disclosure.total", "year", 517) not in got


# ---- (2) the whole's opening words, from their owners -----------------------------------------------------------

@pytest.mark.parametrize("word", ["全年", "今年", "本年", "本年度", "当年", "全县", "全区", "全市", "全局", "全镇", "全乡",
                                  "全旗", "全街道", "全委", "全院", "全省"])
def test_the_whole_opening_words(word):
    assert narrative_lists._WHOLE_OPENING.match(word + "主动公开")


@pytest.mark.parametrize("word", ["我县", "本镇", "各级", "年内", "一年来", "全面", "全力", "全体"])
def test_no_whole_opening_word(word):
    # guards: WHOLE's 我/本/各 words and _YEAR_WORD's spans are not openings (their owners' other members stay theirs)
    assert not narrative_lists._WHOLE_OPENING.match(word + "主动公开")


def test_the_owners_share_their_spelling():
    year = narrative_period.YEAR_ITSELF
    assert narrative_period._YEAR_WORD.pattern.startswith(year + "|")
    for pattern in (narrative_period.BOTH, narrative_period._NEW_OF_YEAR, narrative_period._YEAR_ON_SITE,
                    narrative_period._NEW_BEFORE):
        assert f"(?:{year}" in pattern.pattern
    assert narrative_parts.WHOLE.pattern.startswith("全(?:区|县|市|省|局)|")
    assert narrative_lists._WHOLE_OPENING.pattern == f"(?:{year}|{narrative_parts.WHOLE_OPENING})"


_TOPIC_HEAD = "{}2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开。"


@pytest.mark.parametrize("body, sentence, total", [
    ("岚峰县某某镇", "围绕推进乡村振兴，全镇主动公开政府信息243条。", 243),
    ("青禾省", "围绕优化营商环境，全省主动公开政府信息24318条。", 24318),
    ("岚峰县", "聚焦重点领域，本年度主动公开政府信息187条。", 187),
    ("岚峰县发展和改革委员会", "围绕优化营商环境，全委主动公开政府信息196条。", 196),
])
def test_a_count_opening_with_the_wholes_word_after_a_topic_is_the_total(body, sentence, total):
    # (全省 is the one member the owners add: base read no total here — a province's whole, as 全县 is a county's)
    assert _values(_TOPIC_HEAD.format(body) + sentence + "\n").get("disclosure.total") == total


@pytest.mark.parametrize("sentence", [
    "围绕推进乡村振兴，我镇主动公开政府信息243条。",
    "围绕优化营商环境，及时发布惠企政策等各类信息218条。",
])
def test_a_topics_count_without_the_wholes_opening_word_gives_no_total(sentence):
    # guards: 我镇 (WHOLE's, not an opening word) and no word at all keep the topic's reading
    assert "disclosure.total" not in _values(_TOPIC_HEAD.format("岚峰县某某镇") + sentence + "\n")


# ---- (3) the year by its digits: one public owner -----------------------------------------------------------------

def test_no_module_imports_a_private_year():
    import ast
    from pathlib import Path
    package = Path(reportparse.__file__).parent
    found = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and any(a.name == "_YEAR" for a in node.names):
                found.append(path.name)
    assert not found


def test_the_year_pattern_is_metadata_periods():
    # (fold68: the year's digits moved with metadata_period's words to metadata_words, the reader of data/metadata.tsv)
    from reportparse import metadata_period, metadata_words
    assert metadata_words.YEAR == r"(?<!\d)(?P<year>(?:19|20)\d{2})"
    assert "_YEAR" not in vars(metadata_period) and "_YEAR" not in vars(metadata_words)
    assert all(metadata_words.YEAR in w for n, w in metadata_words.wordings().items() if "(?P<year>" in w)


# ---- (4) numberings from patterns' pieces -------------------------------------------------------------------------

def test_numberings_are_built_from_the_pieces():
    from reportparse.extract import cut_end
    from reportparse.extract.narrative_families import families
    from reportparse.patterns import numbered, ordinal_bracketed, ordinal_marked
    assert numbered() == r"\d{1,2}[、.．]"
    assert families()["$HEAD_NUMBER"] == ordinal_bracketed() + "|" + ordinal_marked() + "|" + numbered()
    # (the same text as the literal it replaced)
    assert cut_end._NEXT_HEAD.pattern.startswith(r"(?:第[一二三四五六七八九十]|[一二三四五六七八九十]{1,3}[,、]"
                                                 r"|\([一二三四五六七八九十]{1,3}\)?)")


_NONE_HEAD = "岚峰县某某镇2023年政府信息公开工作年度报告\n一、总体情况\n本镇主动公开政府信息318条。\n{}\n"


@pytest.mark.parametrize("body", ["三、依申请公开情况\n无。", "（三）依申请公开情况\n无。", "(四)依申请公开情况\n无"])
def test_a_numbered_requests_heading_over_none_says_none(body):
    assert _values(_NONE_HEAD.format(body)).get("requests.new") == 0


@pytest.mark.parametrize("body", ["第三、依申请公开情况\n无。", "三、依申请公开情况\n无法提供。"])
def test_no_none_from_another_heading_or_word(body):
    # guards: a numbering none of the pieces spells (第三、), and 无 opening a word, read no zero
    assert "requests.new" not in _values(_NONE_HEAD.format(body))


# ---- (4) row_cells' unit classes from their owner ------------------------------------------------------------------

def test_the_token_readers_units_are_cell_units_but_the_later_ones():
    from reportparse.extract import row_cells
    from reportparse.patterns import CELL_UNITS
    assert set(row_cells._GLUED_CHARS) == set("".join(CELL_UNITS)) - {"次"}
    assert set(row_cells._FIGURE_ENDS) == {u[-1] for u in CELL_UNITS} - {"次", "份"}


@pytest.mark.parametrize("row, cells", [
    (" 12件 34 56\n", ["12", "34", "56"]),         # a glued unit is passed over
    (" 12件* 34 56\n", ["12", "34", "56"]),        # … and a footnote mark after it
    # guards: 次 still ends the row, a mark after 份 too, and prose does
    (" 12次 34 56\n", ["12"]),
    (" 12份* 34 56\n", ["12"]),
    (" 12 34 会议 56\n", ["12", "34"]),
])
def test_the_cells_a_token_row_reads(row, cells):
    from reportparse.extract.row_cells import cells_after
    assert [t.raw for t in cells_after(row, 0, len(row))[0]] == cells
