"""The real reports of ../shared/corpus, scored against the values a careful reader checked.

Skipped (with the reason) where ../shared is absent; the fixtures under tests/fixtures cover the
same shapes without it.
"""
import json
import subprocess
import sys

import pytest

import reportparse
from conftest import shared_or_skip

TEXT_AND_HTML = ["seed-licheng-2018", "pt-county-2011", "pt-zone-2019", "pt-zone-2021", "pt-zone-2025",
                 "pt-zone-2025-page"]


def _gold(shared, doc_id):
    return json.loads((shared / "corpus" / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))


def _unresolved(gold):
    import re
    out = set()
    for item in gold.get("unresolved", []):
        m = re.match(r"[a-z_]+(?:\.[a-z_]+)*(?:\|[a-z_]+=[a-z_]+)*", item)
        if m:
            out.add(m.group(0))
    return out


@pytest.mark.parametrize("doc_id", TEXT_AND_HTML)
def test_real_report_matches_gold_exactly(doc_id):
    shared = shared_or_skip()
    gold = _gold(shared, doc_id)
    report = reportparse.parse(shared / gold["file"])
    got = report.values()
    skip = _unresolved(gold)
    scope = {k.split(".")[0] for k in gold["values"]}
    wrong = {k: (v, got.get(k, "-")) for k, v in gold["values"].items() if got.get(k, "-") != v}
    extra = {k: v for k, v in got.items() if k not in gold["values"] and k not in skip
             and k.split(".")[0] in scope and v is not None}
    assert not wrong and not extra, f"wrong/missing {wrong}; extra {extra}"
    assert report.year == gold["year"] and report.template == gold["template"]
    assert report.issuer.region.code == gold["region_code"]
    if "published" in gold:
        assert report.published == gold["published"]


def test_seed_scores_perfectly_with_the_shared_scorer():
    shared = shared_or_skip()
    out = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), "--only", "seed-licheng-2018",
                          "--verbose"], capture_output=True, text=True, timeout=300).stdout
    assert "precision=1.0000 recall=1.0000" in out, out


def test_seed_region_resolves_through_the_city_named_in_passing():
    shared = shared_or_skip()
    report = reportparse.parse(shared / "seeds" / "000_673a0e93baba7a0a.txt")
    region = report.issuer.region
    assert (region.province, region.city, region.county, region.code) == ("福建省", "泉州市", "鲤城区", "350502")
    assert report.published == "2019-01-09" and report.year == 2018 and report.template == "legacy"
    # the narrative's own figures are checked against the table, and agree
    agrees = [c for c in report.checks if c.rule == "narrative_agrees"]
    assert agrees and all(c.status == "pass" for c in agrees)


def test_run_together_table_values_carry_an_inferred_split_note():
    shared = shared_or_skip()
    report = reportparse.parse(shared / "corpus" / "raw" / "pt-zone-2021.txt")
    granted = report.get("requests.granted", "natural_person")
    assert granted.value == 27
    assert "inferred" in granted.source.note
