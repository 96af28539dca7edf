#!/usr/bin/env python3
"""The requirements the lowest-versions CI job installs, and the digest that says when to run it.

    python .ci/lowest_requirements.py            # requirement lines, for uv's lowest-direct resolution
    python .ci/lowest_requirements.py --digest   # sha256 of those lines

The job tests the core dependencies at the floors pyproject.toml states (`uv pip install
--resolution lowest-direct` picks the lowest version each `>=` allows), plus the test tools the
core and PDF tests need. The heavy extras (pandas, pyarrow, matplotlib, dask, OCR) have their own
floors and their own tests, which skip without them. A floor is true when this job passes.
"""
from __future__ import annotations

import hashlib
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST_TOOLS = ("pytest", "hypothesis", "reportlab")      # from the [test] extra


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    name = lambda req: re.split(r"[\[<>=!~; ]", req, maxsplit=1)[0].lower()
    tools = [r for r in project["optional-dependencies"]["test"] if name(r) in TEST_TOOLS]
    missing = set(TEST_TOOLS) - {name(r) for r in tools}
    if missing:
        raise SystemExit(f"the [test] extra has no {', '.join(sorted(missing))}")
    return list(project["dependencies"]) + tools


if __name__ == "__main__":
    lines = requirements()
    if "--digest" in sys.argv:
        print(hashlib.sha256("\n".join(lines).encode()).hexdigest())
    else:
        print("\n".join(lines))
