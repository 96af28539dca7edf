"""speed67 (issue 12): `import reportparse` loads the model only; the pipeline (api.py, its extractors, their
patterns and vocabulary) loads at the first `reportparse.parse` / `parse_text`, the same functions as before."""
import os
import subprocess
import sys
from pathlib import Path

import reportparse

_SRC = str(Path(reportparse.__file__).resolve().parents[1])     # the tree under test, not an installed copy


def _modules_after(code: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([_SRC, os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True, env=env)
    return set(out.stdout.split())


def test_import_loads_no_pipeline_no_heavy_engine():
    loaded = _modules_after("import reportparse")
    ours = {m for m in loaded if m.startswith("reportparse")}
    assert ours == {"reportparse", "reportparse.errors", "reportparse.model", "reportparse.settings",
                    "reportparse.version"}, ours
    # no pattern compiled, no table or PDF engine
    assert not loaded & {"regex", "pandas", "pdfplumber", "pypdfium2", "pdfminer", "lxml", "numpy"}


def test_the_model_and_errors_are_there_without_the_pipeline():
    loaded = _modules_after("import reportparse\nreportparse.Report; reportparse.ParseSettings(); "
                            "reportparse.NotAnnualReportError; reportparse.__version__")
    assert "reportparse.api" not in loaded


def test_first_use_loads_the_pipeline():
    loaded = _modules_after("from reportparse import parse_text")
    assert {"reportparse.api", "reportparse.extract.narrative", "reportparse.extract.national"} <= loaded
    loaded = _modules_after("import reportparse\nreportparse.parse")
    assert "reportparse.api" in loaded


def test_the_lazy_names_are_the_pipelines_own_functions():
    from reportparse import api
    assert reportparse.parse is api.parse and reportparse.parse_text is api.parse_text
    assert "parse" in vars(reportparse)         # kept after the first look-up: a loop's look-up is a dict's
    assert {"parse", "parse_text"} <= set(dir(reportparse)) and {"parse", "parse_text"} <= set(reportparse.__all__)
    for name in reportparse.__all__:
        assert getattr(reportparse, name) is not None, name


def test_a_parse_through_the_lazy_name_reads_as_before():
    # an invented report: figures distinct and non-zero
    text = ("某县2021年政府信息公开工作年度报告\n一、总体情况\n2021年，本县共收到政府信息公开申请37件，"
            "上年结转4件。\n")
    from reportparse.api import parse_text
    assert reportparse.parse_text(text).to_json() == parse_text(text).to_json()
    assert reportparse.parse_text(text).value("requests.new") == 37


def test_an_unknown_name_still_raises():
    try:
        reportparse.no_such_name
    except AttributeError as e:
        assert "no_such_name" in str(e)
    else:
        raise AssertionError("no AttributeError")


# the parse trees the sentence rows' proofs read are kept per pattern (regex_tree.parse): a first parse asked for each
# row's tree about five times. Kept trees are shared: every proof must read them, never change them
def _proofs(source: str, flags: int) -> tuple:
    from reportparse.extract import narrative_cut as C
    from reportparse.extract.regex_tree import line_local_tree
    return (C.required_chars(source, flags), C.required_words(source, flags), C.units_after_count(source, flags),
            C.units_after_count(source, flags, set()), C.needs_one_of(C.NEGATIONS, source, flags),
            line_local_tree(source, flags, C.SENTENCE_BREAKS) is None, C.consumed_opening(source, flags))


def _rows() -> list[tuple[str, int]]:
    from reportparse.extract import narrative as N
    return [(row[-1].pattern, row[-1].flags) for row in N._patterns()]


_INVENTED = [r"(?<=[,，])共收到申请(?P<n>\d+)件", r"(?:无|未)(?:收到|发生)行政复议(?=[。，])",
             r"(?P<a>本年)[^。\n]{0,9}公开(?P<n>\d+)条(?P=a)?", r"受理(?:申请)?(?P<n>\d+)(?:件|起)|新收(?P<n2>\d+)件",
             r"(?<!其中)\n办结(?P<n>\d+)件", r"主动公开.{0,5}?(?P<n>\d+)条"]


def test_each_proof_reads_a_kept_tree_as_a_fresh_one():
    from reportparse.extract import regex_tree
    for source, flags in _rows()[::3] + [(p, 0) for p in _INVENTED]:
        regex_tree.parse.cache_clear()
        fresh = []
        for i in range(7):      # each proof on a tree parsed for it alone
            regex_tree.parse.cache_clear()
            fresh.append(_proofs(source, flags)[i])
        assert _proofs(source, flags) == tuple(fresh) == _proofs(source, flags), source


def test_no_proof_changes_a_kept_tree():
    from reportparse.extract import regex_tree
    regex_tree.parse.cache_clear()
    for source, flags in _rows() + [(p, 0) for p in _INVENTED]:
        tree = regex_tree.parse(source, flags)
        before = repr(tree)         # (a SubPattern's repr is its nodes', all the way down)
        _proofs(source, flags)
        assert regex_tree.parse(source, flags) is tree and repr(tree) == before, source


# the sentence rows' and contexts' patterns are compiled at their first use (patterns.LazyPattern): the proofs read
# their source and flags without compiling them; a row the gates leave out of a text is never compiled
def test_a_row_pattern_is_its_source_compiled():
    import regex
    from reportparse.extract import narrative as N
    from reportparse.patterns import LazyPattern
    texts = ["2021年，本县共收到政府信息公开申请37件，上年结转4件。", "主动公开政府信息213条，其中通过政府网站公开58条。",
             "本年度未发生行政复议和行政诉讼案件。", "办结申请29件，结转下年度继续办理8件。", ""]
    sources = [(row[-1], row[-1].pattern) for row in N._patterns()] + [
        (row[2], row[2].pattern) for row in N._patterns() if row[2] is not None]
    # invented ones too: a flag set inside for the whole pattern, and a flag for a group only
    sources += [(LazyPattern(p), p) for p in ("(?i)abc件", "a(?i:b)c(?P<n>\\d+)件", "(?V1)[[a-z]--[b]]\\d+条")]
    for lazy, source in sources:
        plain = regex.compile(source)
        assert (lazy.pattern, lazy.flags) == (plain.pattern, plain.flags), source
        for text in texts:
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)], source


def test_the_proofs_compile_no_row_and_a_parse_compiles_only_rows_it_scans():
    code = ("import reportparse\nfrom reportparse.extract import narrative as N\n"
            "N._scan_plan(); N._sentence_plan(); N._gate_plan(); N._word_plan(); N._negation_plan()\n"
            "rows = N._patterns()\n"
            "assert not any('_compiled' in vars(r[-1]) for r in rows)\n"
            "reportparse.parse_text('某县2021年政府信息公开工作年度报告\\n2021年，本县共收到政府信息公开申请37件，上年结转4件。\\n')\n"
            "n = sum('_compiled' in vars(r[-1]) for r in rows)\n"
            "assert 0 < n < len(rows), n\n"
            "assert sum('_compiled' in vars(r[2]) for r in rows if r[2] is not None) < 20\n")
    _modules_after(code)
