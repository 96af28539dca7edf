"""Docs tell the truth: every python example of README.md and docs/*.md runs here.

Examples written as doctests (``>>>``) must print what they show; other python blocks must run.
Each page runs in one namespace, in order, in a folder holding what the pages name: `archive/`
(the invented reports of tests/fixtures), `samples/`, `report.pdf` and `results.jsonl`.
"""
from __future__ import annotations

import doctest
import re
import shutil
import warnings

import pytest

from conftest import FIXTURES, ROOT

BLOCK = re.compile(r"```(?:python|pycon)\n(.*?)```", re.S)
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _blocks(page):
    return BLOCK.findall(page.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    from reportparse.batch import run_batch
    root = tmp_path_factory.mktemp("docs")
    archive = root / "archive"
    archive.mkdir()
    for folder in ("legacy", "national"):
        for doc in sorted((FIXTURES / folder).iterdir()):
            if not doc.name.endswith(".expected.json"):
                shutil.copyfile(doc, archive / doc.name)
    shutil.copytree(ROOT / "samples", root / "samples")
    shutil.copyfile(FIXTURES / "pdf" / "report_2021.pdf", root / "report.pdf")
    import os
    here = os.getcwd()
    os.chdir(root)                                  # relative paths, as a user in that folder would have
    try:
        run_batch(["archive"], "prepared.jsonl", workers=0, progress=False)
    finally:
        os.chdir(here)
    return root


def test_the_pages_with_examples_are_all_run():
    names = {p.name for p in PAGES if _blocks(p)}
    assert {"README.md", "archives.md", "notebook.md", "crosswalk.md", "regions.md"} <= names


@pytest.mark.parametrize("page", [p for p in PAGES if _blocks(p)], ids=lambda p: p.name)
def test_page_examples_run_and_print_what_they_show(page, workspace, tmp_path, monkeypatch):
    pytest.importorskip("pandas")
    for item in workspace.iterdir():                # a fresh folder per page: pages do not share files
        target = tmp_path / item.name
        (shutil.copytree if item.is_dir() else shutil.copyfile)(item, target)
    shutil.copyfile(tmp_path / "prepared.jsonl", tmp_path / "results.jsonl")
    monkeypatch.chdir(tmp_path)
    globs: dict = {"__name__": "__docs__"}
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    parser = doctest.DocTestParser()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")             # DroppedRecordsWarning, MissingFontWarning: said, not tested here
        for n, block in enumerate(_blocks(page), 1):
            if ">>>" in block:
                test = parser.get_doctest(block, globs, f"{page.name} example {n}", str(page), 0)
                result = runner.run(test, clear_globs=False, out=lambda text: pytest.fail(f"{page.name} example {n}:\n{text}"))
                assert result.failed == 0
                globs.update(test.globs)          # DocTest runs on a copy: the next block sees these names
            else:
                exec(compile(block, f"{page.name} example {n}", "exec"), globs)


def test_readme_accuracy_line_is_what_the_scorer_prints():
    """The README quotes the scorer's summary line; it must be the one the scorer prints now."""
    import subprocess
    import sys
    from conftest import shared_or_skip
    shared = shared_or_skip()
    out = subprocess.run([sys.executable, str(shared / "tools" / "score.py")], capture_output=True, text=True,
                         timeout=600, cwd=ROOT).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("precision="))
    meta = re.search(r"metadata=(\d+/\d+)", out).group(1)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`{line.strip()}`" in readme, f"README should quote: {line.strip()}"
    assert f"metadata {meta}" in readme
