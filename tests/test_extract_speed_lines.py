"""The per-report tests that read a whole text made cheaper (issue 12, speed): each gives what the plain way gives."""
import random
from pathlib import Path

from reportparse.extract import dedup, row_cells
from reportparse.extract.lookalikes import LETTER_BY_DIGIT, letter_by_digit
from reportparse.extract.line_damage import _NUMERIC_LINE, numeric_lines, is_figure_line, may_be_collapsed, stripped_lines

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"

_CHARS = "0123456789OoIlSB〇oO|+-., \n本年新收申请件元万xZ"


def _files() -> list[str]:
    found = [p for folder in (FIXTURES, CORPUS) if folder.is_dir() for p in sorted(folder.rglob("*"))
             if p.suffix in (".txt", ".md")]
    return [p.read_text(encoding="utf-8", errors="replace") for p in found]


def test_a_letter_by_a_digit_is_found_from_the_letters_as_the_pattern_finds_it():
    rng = random.Random(28)
    texts = _files() + ["", "O", "0", "O0", "0O", "〇1", "x1B", "S", "本年O", "2" + "o" * 100, "o" * 100 + "2",
                        "o " * 80 + "3B", "l" * 70 + "5", "I" * 65 + " 7l",
                        "-l", " +O ", "a-l", "-lO件", "-lx", "--l", "o " * 70 + "-l"]
    texts += ["".join(rng.choice(_CHARS) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    # many lookalike letters, none or one by a digit: the whole-text search after the first 64
    texts += ["".join(rng.choice("oOlI 本") for _ in range(rng.randint(60, 200))) + rng.choice(["", "9", " 9"])
              for _ in range(200)]
    for text in texts:
        assert letter_by_digit(text) == (LETTER_BY_DIGIT.search(text) is not None), repr(text[:80])
    assert letter_by_digit("第2O21年") and letter_by_digit("S5") and not letter_by_digit("OS B 〇 本年12件")
    # a sign before lookalike letters alone is an OCR'd figure (-l), never after a letter or before more letters
    assert letter_by_digit("合计 -l 件") and not letter_by_digit("e-learning") and not letter_by_digit("-lx")


_LINE_PIECES = ["12", "0", "+3", "-1", "1,234", "3.5", "元", "万元", "件", " ", "(", "1.", ".5", "-", "+", "a", "本年",
                "—", "2O", "１２"]


def test_figure_lines_are_the_lines_the_numeric_pattern_matches():
    rng = random.Random(5)
    lines = [s for text in _files() for s in stripped_lines(text)]
    lines += ["".join(rng.choice(_LINE_PIECES) for _ in range(rng.randint(1, 4))) for _ in range(5000)] + [""]
    plain = [ln for ln in lines if _NUMERIC_LINE.match(ln)]
    assert numeric_lines(lines) == plain
    assert [is_figure_line(ln) for ln in lines] == [_NUMERIC_LINE.match(ln) is not None for ln in lines]
    assert numeric_lines(["12", "本年12", "+3", "1.5万元", "x1", "-"]) == ["12", "+3", "1.5万元"]


def _plain_collapsed(lines):
    if any(a == b for a, b in zip(lines, lines[1:])):
        return False
    return sum(1 for ln in lines if _NUMERIC_LINE.match(ln)) >= 5


def _plain_deduped(lines):
    figures = [ln for ln in lines if _NUMERIC_LINE.match(ln)]
    words = [ln for ln in lines if not any(ch.isdigit() for ch in ln)]     # (no line of words printed twice)
    return len(figures) >= dedup._MIN_LINES and len(set(figures)) == len(figures) and len(set(words)) == len(words)


def test_the_crawler_damage_tests_with_the_figure_lines_found_once_are_the_plain_tests():
    rng = random.Random(11)
    cases = [stripped_lines(text) for text in _files()]
    for _ in range(400):
        size = rng.randint(0, 40)
        cases.append([rng.choice([str(rng.randint(0, 30)), "本年新收", "| 3 |", "+2", "12件"]) for _ in range(size)])
    assert any(_plain_collapsed(c) for c in cases) and any(_plain_deduped(c) for c in cases)
    for lines in cases:
        figures = numeric_lines(lines)
        assert may_be_collapsed(lines, figures) == may_be_collapsed(lines) == _plain_collapsed(lines)
        assert dedup.may_be_deduped(lines, figures) == dedup.may_be_deduped(lines) == _plain_deduped(lines)


def test_rows_of_a_text_with_a_letter_by_a_digit_are_read_with_the_ocr_patterns():
    # (the near miss: a lookalike letter away from any digit leaves the plain patterns, "OS 本年 12")
    row_cells._patterns.cache_clear()
    assert row_cells._patterns("予以公开 2O 5 7\n") == (row_cells.TOKEN, row_cells._STOP)
    assert row_cells._patterns("予以公开 OS 5 7\n") == row_cells._PLAIN
    tokens = row_cells.cells_after("予以公开 2O 5 7\n", 4, 15)[0]
    assert [t.raw for t in tokens] == ["2O", "5", "7"]


def test_the_whitespace_cut_with_the_re_module_is_the_regex_module_s_cut():
    import re

    import regex

    from reportparse.normalize import _RUN, WHITE_SPACE, Spacing
    ours = re.compile(f"[{WHITE_SPACE}]")
    theirs = regex.compile(r"\s")
    every = "".join(map(chr, range(0x110000)))
    # (one pass each over every code point: the same characters are whitespace to both)
    assert [m.start() for m in ours.finditer(every)] == [m.start() for m in theirs.finditer(every)]
    assert "\x1c" not in "".join(_RUN.findall("a\x1cb\x1d c")) and Spacing("a\x1c b").parts == ["a\x1c", " ", "b"]
    rng = random.Random(3)
    pool = "本年 \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2009\u200a\u200b\u2028\u202f\u205f\u3000ab12|"
    texts = _files() + ["".join(rng.choice(pool) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    plain = regex.compile(r"(\s+)")
    for text in texts:
        assert Spacing(text).parts == plain.split(text)
