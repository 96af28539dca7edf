"""speed68 (issue 12: the first parse): the sentence rows' plans and compiled programs are computed ahead
(extract/narrative_ahead, tools/make_narrative_ahead.py); a stale or missing file is never used, and the parse with
them is the parse without them."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from reportparse.extract import narrative as N
from reportparse.extract import narrative_ahead as A

_ROOT = Path(__file__).resolve().parents[1]
_SRC = str(Path(N.__file__).resolve().parents[2])      # the tree under test, not an installed copy
sys.path.insert(0, str(_ROOT / "tools"))
import make_narrative_ahead as make  # noqa: E402

_REGENERATE = "stale: run python tools/make_narrative_ahead.py (narrative.tsv or the proofs changed)"


def _rows():
    return tuple((row[-1].pattern, row[-1].flags) for row in N._patterns())


def _stored(name):
    return (_ROOT / "src" / "reportparse" / "data" / name).read_bytes()


def _same_versions(stored_versions):
    if stored_versions != A._versions():
        pytest.skip(f"the files were made with {stored_versions}, this is {A._versions()}: not compared")


def _comparable(plans):
    pair = plans["count_unit"]
    return {**plans, "count_unit": None if pair is None else (pair.pattern, pair.flags)}


# -- the plans ---------------------------------------------------------------------------------------------------

def test_the_stored_plans_are_for_these_rows():
    stored = json.loads(_stored(A.PLANS_FILE))
    assert stored["fingerprint"] == A.fingerprint(_rows()), _REGENERATE


def test_the_stored_plans_equal_a_fresh_computation():
    stored = json.loads(_stored(A.PLANS_FILE))
    _same_versions(stored["versions"])
    loaded = A.stored_plans(_rows())
    assert loaded is not None, _REGENERATE
    assert _comparable(loaded) == _comparable(A.compute_plans(_rows()))
    assert A.plans_file(_rows()).encode() == _stored(A.PLANS_FILE), _REGENERATE


def test_stale_plans_are_not_used():
    rows = _rows()
    if A.stored_plans(rows) is None:
        pytest.skip("no fresh plans stored here")
    # a row edited (a unit added to its pattern), a row added, a row dropped, the order changed: proved again
    k = next(i for i, (source, _) in enumerate(rows) if "件" in source)
    edited = rows[:k] + ((rows[k][0].replace("件", "件|宗", 1), rows[k][1]),) + rows[k + 1:]
    for changed in (edited, rows + (("新增(?P<n>\\d+)件", rows[0][1]),), rows[1:], rows[::-1]):
        assert A.stored_plans(changed) is None
        assert _comparable(A.plans(changed)) == _comparable(A.compute_plans(changed))


def test_plans_of_other_versions_or_a_missing_file_are_not_used(monkeypatch):
    rows = _rows()
    if A.stored_plans(rows) is None:
        pytest.skip("no fresh plans stored here")
    monkeypatch.setattr(A, "_versions", lambda: {**json.loads(_stored(A.PLANS_FILE))["versions"], "python": "2.7"})
    assert A.stored_plans(rows) is None
    monkeypatch.undo()

    def missing(name):
        raise FileNotFoundError(name)
    monkeypatch.setattr(A, "_data", missing)
    assert A.stored_plans(rows) is None
    monkeypatch.setattr(A, "_data", lambda name: b"{not json")
    assert A.stored_plans(rows) is None


def test_an_edit_of_a_proving_module_makes_the_plans_stale(monkeypatch, tmp_path):
    copy = tmp_path / "narrative_cut.py"
    copy.write_bytes(Path(A.cut.__file__).read_bytes() + b"\n# an edit\n")
    before = A.fingerprint(_rows())
    monkeypatch.setattr(A.cut, "__file__", str(copy))
    assert A.fingerprint(_rows()) != before


# -- the programs --------------------------------------------------------------------------------------------------

def _programs():
    import gzip
    return json.loads(gzip.decompress(_stored(A.CODE_FILE)))


def test_every_pattern_the_parse_compiles_ahead_is_stored():
    stored = {(source, flags) for source, flags, _ in _programs()["programs"]}
    assert make.patterns() <= stored, _REGENERATE
    assert len(stored) >= 390


def test_each_stored_program_is_what_the_compiler_makes():
    """(but for the order of a set's members, which the compiler changes from process to process)"""
    stored = _programs()
    _same_versions(stored["versions"])
    for source, flags, made in stored["programs"]:
        assert A.same_program(made, A.program(source, flags)), source
    assert subprocess.run([sys.executable, str(_ROOT / "tools" / "make_narrative_ahead.py"),
                                                    "--check"], capture_output=True).returncode == 0, _REGENERATE


def test_programs_differing_beyond_a_set_order_are_not_the_same():
    made = A.program("(?:为|是)(?P<n>\\d+)件")
    assert A.same_program(made, [made[0], made[1][::-1], *made[2:]]) and A.same_program(made, made)
    assert not A.same_program(made, [made[0], made[1][:-1] + [made[1][-1] + 1], *made[2:]])
    assert not A.same_program(made, [made[0], made[1], {"m": 1}, *made[3:]])
    assert not A.same_program(made, [made[0] + 1, *made[1:]])


_TEXTS = ["2021年，本县共收到政府信息公开申请37件，上年结转4件，其中自然人申请29件。",
          "主动公开政府信息213条，其中通过政府网站公开58条，政务微博发布信息16条。",
          "本年度未发生行政复议和行政诉讼案件。全年未收取任何费用。", "办结申请29件，结转下年度继续办理8件。",
          "收到行政复议申请3起，维持原决定2起；行政诉讼1起。", "", "件条|12|34|\n其中\n5件"]


def test_a_pattern_made_from_its_program_is_its_source_compiled():
    stored = _programs()
    _same_versions(stored["versions"])
    A._made.clear()
    for source, flags, _ in stored["programs"]:
        made, plain = A.compiled(source, flags), regex.compile(source, flags)
        assert made is not plain
        assert (made.pattern, made.flags, made.groupindex, made.groups) == (
            plain.pattern, plain.flags, plain.groupindex, plain.groups), source
        for text in _TEXTS:
            assert [(m.span(), m.groupdict(), m.captures(0)) for m in made.finditer(text)] == [
                (m.span(), m.groupdict(), m.captures(0)) for m in plain.finditer(text)], source


def test_a_pattern_not_stored_or_another_default_version_is_compiled(monkeypatch):
    invented = "本年度收到(?P<n>\\d+)宗咨询"
    assert A.compiled(invented).pattern == invented and A.compiled(invented) is A.compiled(invented)
    source, flags, _ = _programs()["programs"][0]
    monkeypatch.setattr(regex, "DEFAULT_VERSION", regex.VERSION1)
    assert A.compiled(source, flags).flags & regex.VERSION1
    monkeypatch.setattr(A, "_programs", lambda: (None, {}))
    monkeypatch.setattr(A, "_made", {})
    assert A.compiled(source, flags).pattern == source


# -- the parse with them is the parse without them -----------------------------------------------------------------

_PARSE = r'''
import json, sys
from reportparse.extract import narrative_ahead, regex_tree
if sys.argv[1] == "without":
    def missing(name):
        raise FileNotFoundError(name)
    narrative_ahead._data = missing
import reportparse
texts = json.loads(sys.stdin.read())
out = [reportparse.parse_text(t).to_dict() for t in texts]
# with the files the rows' trees are never read (nothing proved at the first parse), nor a row compiled by the regex
# module's compiler (its cache holds what it compiled)
import regex._main
from reportparse.extract import narrative
rows = {r[-1].pattern for r in narrative._patterns()} | {r[2].pattern for r in narrative._patterns() if r[2]}
compiled = sum(key[0] in rows for key in regex._main._cache)
print(json.dumps({"out": out, "proved": regex_tree.parse.cache_info().currsize, "compiled": compiled},
                 ensure_ascii=False, default=str, sort_keys=True))
'''

_REPORTS = [
    "某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年，本县主动公开政府信息1327条，其中通过政府网站公开"
    "946条。全年共收到政府信息公开申请58件，上年结转6件，办结61件，结转下年度继续办理3件。\n收到行政复议申请4件，"
    "维持原决定3件；行政诉讼2件。\n全年未收取信息处理费。\n",
    "某市交通运输局2019年政府信息公开工作年度报告\n本年度共受理依申请公开17件，其中自然人申请13件，法人或其他组织"
    "申请4件。未发生行政复议和行政诉讼。通过政务微博发布信息212条，政府公报刊登9期。\n",
    "某镇人民政府2015年政府信息公开工作年度报告\n截至2015年底，累计主动公开政府信息4821条，本年度主动公开293条。"
    "本年度未收到政府信息公开申请，无因政府信息公开引起的行政复议、行政诉讼。\n",
]


def _parse(mode):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([_SRC, os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", _PARSE, mode], input=json.dumps(_REPORTS, ensure_ascii=False),
                         capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout)


def test_the_parse_with_the_files_is_the_parse_without_them():
    stored = _programs()
    _same_versions(stored["versions"])
    fast, slow = _parse("with"), _parse("without")
    assert fast["out"] == slow["out"]
    assert all(len(report["indicators"]) >= 3 for report in fast["out"]), fast["out"]
    assert fast["proved"] == 0 and slow["proved"] > 300
    assert fast["compiled"] == 0 and slow["compiled"] > 20
