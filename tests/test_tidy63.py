"""tidy63: behaviour-preserving tidies. Each moved pattern matches exactly what its old literal matched, over generated
lines (the old literals are spelled here as they stood at 967aa8e)."""
import itertools
import random

import regex

from reportparse import patterns
from reportparse.extract import block_cells
from reportparse.layout import text as layout_text, text_blanks

_ALPHABET = ["0", "7", "1", ",", ".", "+", "-", "|", " ", "\t", "\n", "※", "注", "*", "a", "件"]


def _lines(seed=63, n=6000):
    rng = random.Random(seed)
    short = ["".join(p) for k in range(0, 4) for p in itertools.product(_ALPHABET, repeat=k)]
    return short + ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def _same(old: str, new: str):
    a, b = regex.compile(old), regex.compile(new)
    for line in _lines():
        for probe in ("fullmatch", "match", "search"):
            got_a, got_b = getattr(a, probe)(line), getattr(b, probe)(line)
            assert (got_a and got_a.span()) == (got_b and got_b.span()), (old, probe, line)


def test_figure_line_family_matches_the_old_literals():
    mark = patterns.CELL_MARK
    _same(r"[ \t]*[0-9][0-9,.]*[ \t]*", patterns.FIGURE_LINE)
    _same(r"[0-9][0-9,.]*(?:" + mark + r")?", patterns.MARKED_FIGURE)
    _same(r"[ \t]*[0-9][0-9,.]*(?:" + mark + r")?[ \t]*", patterns.FIGURE_LINE_ONLY.pattern)
    _same(r"[ \t]*[-+]?[0-9][0-9,.]*[ \t]*", patterns.SIGNED_FIGURE_LINE)                     # layout/text
    _same(r"[ \t]*[-+]?" + r"[0-9][0-9,.]*(?:" + mark + r")?" + r"[ \t]*", patterns.SIGNED_MARKED_FIGURE_LINE)
    _same(r"[ \t]*[+-]?[0-9][0-9,]*(?:\.[0-9]+)?[ \t]*\|?[ \t]*", patterns.FIGURE_LINE_PIPED)  # layout/text_blanks
    _same(r"[ \t]*[0-9]+[ \t]*(?:\n|$)", patterns.BARE_FIGURE_LINE)                          # extract/block_cells


def test_the_users_take_the_owners_patterns():
    assert text_blanks._FIGURE_LINE.pattern == patterns.FIGURE_LINE_PIPED
    assert layout_text._FIGURE_LINE.pattern == patterns.SIGNED_FIGURE_LINE
    assert layout_text._MARKED_FIGURE_LINE.pattern == patterns.SIGNED_MARKED_FIGURE_LINE
    assert block_cells.BARE_FIGURE_LINE is patterns.BARE_FIGURE_LINE


def test_the_variants_still_differ_where_they_mean_to():
    """Guard: the named differences stay (a sign, a mark, a pipe, a point's place, digits only)."""
    line = regex.compile
    assert line(patterns.SIGNED_FIGURE_LINE).fullmatch("-36") and not line(patterns.FIGURE_LINE).fullmatch("-36")
    assert patterns.FIGURE_LINE_ONLY.fullmatch("71※") and not line(patterns.FIGURE_LINE).fullmatch("71※")
    assert line(patterns.FIGURE_LINE_PIPED).fullmatch("45 |") and not line(patterns.FIGURE_LINE).fullmatch("45 |")
    assert line(patterns.FIGURE_LINE).fullmatch("1.2.3") and not line(patterns.FIGURE_LINE_PIPED).fullmatch("1.2.3")
    assert line(patterns.BARE_FIGURE_LINE).match("83\n") and not line(patterns.BARE_FIGURE_LINE).match("8,3\n")


# (2) narrative.tsv's families: one reader (extract/narrative_families), narrative's patterns and narrative_shares use it

def test_applicant_share_family_is_read_from_the_one_reader():
    from reportparse.extract import narrative_shares
    from reportparse.extract.narrative_families import families
    from reportparse.schema import read_tsv
    raw = next(row["pattern"] for row in read_tsv("narrative.tsv") if row["keys"] == "$APPLICANT_SHARE")
    assert families()["$APPLICANT_SHARE"] == raw            # (it names no other family: the same words as before)
    assert narrative_shares._share_before_bracket().pattern == "(?:" + raw + r")\Z"


def test_a_share_bracket_is_still_told_from_a_plain_bracket():
    from reportparse.extract.narrative_shares import in_share_bracket
    text = "自然人申请17件(其中予以公开6件"
    assert in_share_bracket(text, 0, len(text) - 3)
    plain = "共收到申请17件(其中予以公开6件"          # guard: no applicant category before the bracket
    assert not in_share_bracket(plain, 0, len(plain) - 3)


def test_families_expand_the_families_they_name():
    from reportparse.extract.narrative_families import FAMILY, families
    assert not any(FAMILY.search(words) for words in families().values())


# (3) the printed-year form: one owner (patterns.YEAR_FORM), rows' (YYYY) slot and templates.tsv's $YEAR_FORM use it

def test_year_form_has_one_owner_and_the_table_start_is_as_before():
    from reportparse import schema
    from reportparse.extract import rows
    assert patterns.YEAR_FORM == r"\((?:19|20)[0-9]{2}年?度?\)"
    assert rows._PRINTED_YEAR.pattern == patterns.YEAR_FORM
    old = r"本年(?:\((?:19|20)[0-9]{2}年?度?\))?新收|结转下年度继续办理(?=[0-9]{7})"
    assert schema.template_markers().starts["t3"] == old
    assert not any("$" + "YEAR" in start for start in schema.template_markers().starts.values())


def test_a_printed_year_is_read_in_a_table_start_and_a_wording():
    from reportparse import schema
    from reportparse.extract import rows
    start = regex.compile(schema.template_markers().starts["t3"])
    assert start.match("本年(2023年度)新收政府信息公开申请数量") and start.match("本年新收政府信息公开申请数量")
    assert not start.match("本年(1899)新收")          # guard: a year outside 19xx/20xx is no printed year
    wording = regex.compile(rows._wording("上年(YYYY)结转政府信息公开申请数量", regex.escape))
    assert wording.fullmatch("上年(2022年)结转政府信息公开申请数量") and not wording.fullmatch("上年(22)结转政府信息公开申请数量")
