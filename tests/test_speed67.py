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
