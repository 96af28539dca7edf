import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"


def shared_or_skip() -> Path:
    """../shared (the corpus beside the project), or skip: the tests that need it say so."""
    if not (SHARED / "corpus" / "gold").is_dir():
        pytest.skip(f"{SHARED} is absent: the real-report corpus is not available here")
    return SHARED


def load_expected(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
