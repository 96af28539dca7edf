"""speed62 (issue 12): savings of `import reportparse`, each giving the same answers as its plain form.
(A gate of the sentence rows by every character each match reads, on the sentence cuts, was tried and left out:
3195.9 → 3202.1 M instructions a text round; the set of a cut's characters costs what the skipped scans saved.)"""
from __future__ import annotations

# - `import reportparse` compiles fewer patterns: those of a legacy table, an OCR's pipes, a PDF's figure cells and
#   the rarer pipe-row shapes are compiled on first use (patterns.LazyPattern), each from the same source.
_LAZY = (("reportparse.extract.legacy", "_PERIOD_LINE"), ("reportparse.extract.legacy", "_UNMAPPED_LISTED"),
         ("reportparse.extract.ocr_pipes", "_OCR_PIPE"), ("reportparse.extract.legacy_columns", "COLUMN"),
         ("reportparse.patterns", "FIGURE_CELL"), ("reportparse.extract.row_cells", "_BLANKS_FIRST"),
         ("reportparse.extract.row_cells", "_SEPARATOR_COUNTED"), ("reportparse.extract.pipe_span", "_LABEL_REST"),
         ("reportparse.extract.pipe_span", "_CLOSED"), ("reportparse.extract.pipe_span", "_LAST"))


def test_the_lazy_patterns_are_not_compiled_by_import():
    import subprocess
    import sys
    probe = ("import importlib, reportparse\n"
             f"for mod, name in {_LAZY!r}:\n"
             "    assert '_compiled' not in vars(getattr(importlib.import_module(mod), name)), name\n")
    subprocess.run([sys.executable, "-c", probe], check=True)


def test_the_lazy_patterns_read_as_their_source_compiled():
    import importlib

    import regex
    from reportparse.patterns import LazyPattern
    texts = ("主动公开政府信息数：本年度37条，累计412条\n", "1、公开文件 本年 58 件、累计 213 件\n", "| 收到申请 | 2|1 | 46 |\n",
             "本年度 | 累计 | 2019年度 | 同比增减\n", "1,204", "—", "| 办理 |\n|\n| 25 |\n", "申请 | 19 |\n| 23 |\n",
             "\n | 71 | 3 \n", " | 88 |", "62 |25 元")
    for mod, name in _LAZY:
        lazy = getattr(importlib.import_module(mod), name)
        assert isinstance(lazy, LazyPattern)
        plain = regex.compile(*lazy._source)
        for text in texts:
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
            assert bool(lazy.match(text)) == bool(plain.match(text))
