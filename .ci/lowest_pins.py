#!/usr/bin/env python3
"""Print `name==floor` for every `>=` requirement of pyproject.toml (the core dependencies and the
extras named on the command line), for the lowest-versions CI job.

    python .ci/lowest_pins.py test > pins.txt

A requirement without a `>=` floor is printed as written. Environment markers are kept.
"""
from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_FLOOR = re.compile(r"^\s*([A-Za-z0-9_.\-]+(?:\[[^\]]*\])?)\s*>=\s*([^,;\s]+)\s*(;.*)?$")


def pins(extras: list[str]) -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"])
    for extra in extras:
        reqs += project["optional-dependencies"][extra]
    out: dict[str, str] = {}
    for req in reqs:
        m = _FLOOR.match(req)
        line = f"{m.group(1)}=={m.group(2)}{m.group(3) or ''}" if m else req.strip()
        out.setdefault(re.split(r"[\[=<>~!; ]", line, maxsplit=1)[0].lower(), line)
    return list(out.values())


if __name__ == "__main__":
    print("\n".join(pins(sys.argv[1:])))
