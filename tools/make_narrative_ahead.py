#!/usr/bin/env python3
"""Write the sentence rows' plans and compiled programs ahead (extract/narrative_ahead): data/narrative_plans.json
and data/narrative_code.json.gz, what a process's first parse would otherwise prove and compile (issue 12).

    python tools/make_narrative_ahead.py          # rewrite both files (after editing narrative.tsv or the proofs)
    python tools/make_narrative_ahead.py --check  # exit 1 if either is stale

A stale file is never used (the parse proves and compiles, as without it: slower, the same); tests/test_speed68.py
fails until it is rewritten. A stored program is kept where the one made now differs only in the order of a set's
members (narrative_ahead.same_program: the compiler's order changes from process to process).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from reportparse.extract import narrative, narrative_ahead as ahead  # noqa: E402

DATA = ROOT / "src" / "reportparse" / "data"


def rows() -> tuple[tuple[str, int], ...]:
    return tuple((row[-1].pattern, row[-1].flags) for row in narrative._patterns())


def patterns() -> set[tuple[str, int]]:
    """Every pattern narrative_figures compiles through narrative_ahead.compiled: the rows and their contexts (as
    narrative_ahead.StoredPattern compiles them), the rows' scanned forms, the count's pair."""
    out = {row[-1]._source for row in narrative._patterns()} | {row[2]._source for row in narrative._patterns() if row[2]}
    plans = ahead.compute_plans(rows())
    out |= {(fast, flags) for fast, (_, flags) in zip(plans["scanners"], rows()) if fast is not None}
    if plans["count_unit"] is not None:
        out.add((plans["count_unit"].pattern, 0))
    return out


def main() -> int:
    kept = ahead._programs()[1]
    fresh = {ahead.PLANS_FILE: ahead.plans_file(rows()).encode(), ahead.CODE_FILE: ahead.code_file(patterns(), kept)}
    stale = [name for name, data in fresh.items() if not (DATA / name).is_file() or (DATA / name).read_bytes() != data]
    if "--check" in sys.argv:
        for name in stale:
            print(f"stale: {DATA / name} (run python tools/make_narrative_ahead.py)")
        return 1 if stale else 0
    for name in stale:
        (DATA / name).write_bytes(fresh[name])
        print(f"wrote {DATA / name} ({len(fresh[name])} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
