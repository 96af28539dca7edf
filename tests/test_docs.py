"""docs/ and README stay in step with the code and data."""
import subprocess
import sys

from conftest import ROOT


def test_indicator_docs_are_generated_from_the_data():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_indicator_docs.py"), "--check"])
    assert r.returncode == 0, "docs/indicators.md is stale: run python tools/gen_indicator_docs.py"


def test_package_vocabulary_is_the_shared_contract():
    """The package's copy of indicators.tsv holds every key of the contract (shared/), and adds only
    the two group totals SCHEMA.md names but the shared table lacks."""
    from conftest import SHARED
    import pytest
    from reportparse.schema import keys
    shared = SHARED / "indicators.tsv"
    if not shared.exists():
        pytest.skip("../shared is absent")
    theirs = {line.split("\t")[0] for line in shared.read_text(encoding="utf-8").splitlines()[1:] if line.strip()}
    assert set(keys()) - theirs == {"requests.unable", "requests.not_processed"}
    assert theirs <= set(keys())


def test_readme_test_command_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && python -m pytest" in readme
    assert "python -m pytest" in ci
