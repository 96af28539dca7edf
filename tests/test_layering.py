"""The package's modules import one another one way: no cycle of module-level imports (issue 12)."""
import ast
import collections
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reportparse"


def _imports() -> dict[str, set[str]]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        modules[".".join(p for p in parts if p != "__init__")] = path
    edges: dict[str, set[str]] = collections.defaultdict(set)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.parse(path.read_text(encoding="utf-8")).body:      # module level only
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
                for alias in node.names:
                    child = f"{target}.{alias.name}"
                    edges[name].add(child if child in modules else target)
    return edges


def test_no_import_cycle_inside_the_package():
    edges = _imports()
    cycles = []

    def visit(node, stack):
        for nxt in edges.get(node, ()):
            if nxt in stack:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in done:
                done.add(nxt)
                visit(nxt, stack + [nxt])

    done: set[str] = set()
    for start in list(edges):
        visit(start, [start])
    assert not cycles, f"import cycles: {cycles[:3]}"


def test_the_model_imports_nothing_of_the_package():
    assert not {m for m in _imports().get("reportparse.model", set()) if m.startswith("reportparse")}


def test_import_loads_no_heavy_dependency():
    """`import reportparse` stays light (issue 12): numeral conversion, JSON schema, tables and PDF
    engines load on first use."""
    import subprocess
    import sys
    heavy = ("cn2an", "dataclasses_json", "marshmallow", "pandas", "pypdfium2", "pdfminer", "pdfplumber", "lxml")
    code = f"import sys, reportparse; print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
