"""tidy67 (issue 12's Shape, stop 66's review): names and knowledge given to their owners, the readings kept.

- no module imports another's private name: what metadata_period, metadata, row_cells, batch_model, records, pool,
  dask_engine, progress, frames and comparison share is public (issuer's own `_NAME` is metadata's NAME_CHAR);
"""
import ast
from pathlib import Path

import reportparse

SRC = Path(reportparse.__file__).resolve().parent
# left: modules other helpers of stop 67 edit (narrative_channels imports narrative_outlets' _A_WEBSITE…;
# pdf_spaced_split imports pdf_spaced's _one_step, _steps)
LEFT = {"extract/narrative_channels.py", "layout/pdf_spaced_split.py"}


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("reportparse")):
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
    return found


def test_no_module_imports_another_modules_private_name():
    found = {str(p.relative_to(SRC)): _private_imports(p) for p in sorted(SRC.rglob("*.py"))}
    assert {k: v for k, v in found.items() if v and k not in LEFT} == {}
