"""Every fixture under tests/fixtures parses to exactly the values its .expected.json lists."""
from pathlib import Path

import pytest

import reportparse
from conftest import FIXTURES, load_expected

EXPECTED = sorted(FIXTURES.rglob("*.expected.json"))


def _doc_for(expected: Path) -> Path:
    stem = expected.name[: -len(".expected.json")]
    for ext in (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".doc", ".wps", ".ofd"):
        p = expected.with_name(stem + ext)
        if p.exists():
            return p
    raise FileNotFoundError(f"no document for {expected}")


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_values(expected_path):
    exp = load_expected(expected_path)
    doc = _doc_for(expected_path)
    if exp.get("error"):
        with pytest.raises(getattr(reportparse, exp["error"])):
            reportparse.parse(doc)
        return
    report = reportparse.parse(doc)
    got = report.values()
    want = exp["values"]
    unresolved = set(exp.get("unresolved", []))
    problems = []
    for vid, value in want.items():
        if vid not in got:
            problems.append(f"missing {vid} (want {value})")
        elif value is None:
            if got[vid] is not None:
                problems.append(f"{vid}: want null, got {got[vid]}")
        elif got[vid] is None or abs(got[vid] - value) > 1e-6:
            problems.append(f"{vid}: want {value}, got {got[vid]}")
    for vid, value in got.items():
        if vid not in want and vid not in unresolved:
            problems.append(f"unexpected {vid} = {value}")
    for vid in exp.get("not_values", []):
        if vid in got:
            problems.append(f"{vid} must not be produced (got {got[vid]})")
    for field in ("title", "year", "template", "published"):
        if field in exp and getattr(report, field) != exp[field]:
            problems.append(f"{field}: want {exp[field]}, got {getattr(report, field)}")
    if "region_code" in exp and report.issuer.region.code != exp["region_code"]:
        problems.append(f"region_code: want {exp['region_code']}, got {report.issuer.region.code}")
    if "issuer_kind" in exp and report.issuer.kind != exp["issuer_kind"]:
        problems.append(f"issuer_kind: want {exp['issuer_kind']}, got {report.issuer.kind}")
    for text in exp.get("warnings_contain", []):
        if not any(text in w for w in report.warnings):
            problems.append(f"no warning containing {text!r}")
    for check_id, status in exp.get("checks", {}).items():
        rule, scope = check_id.split("|", 1)
        found = [c for c in report.checks if c.rule == rule and c.scope == scope]
        if not found or found[0].status != status:
            problems.append(f"check {check_id}: want {status}, got {[c.status for c in found]}")
        elif status == "fail" and exp.get("suspect") and found[0].suspect != exp["suspect"]:
            problems.append(f"check {check_id}: want suspect {exp['suspect']}, got {found[0].suspect}")
    assert not problems, "\n".join(problems)
