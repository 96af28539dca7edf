"""The package's modules import one another one way: no cycle of module-level imports (issue 12)."""
import ast
import collections
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reportparse"


def _imports(every_level: bool = False) -> dict[str, set[str]]:
    """{module: modules it imports}: at module level, or also inside functions (every_level)."""
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        modules[".".join(p for p in parts if p != "__init__")] = path
    edges: dict[str, set[str]] = collections.defaultdict(set)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in (ast.walk(tree) if every_level else tree.body):
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


# The layers of docs/architecture.md, top to bottom. A module may import its own layer or lower
# ones, at module level or inside a function; the module-level imports of one layer form no cycle.
LAYERS = {
    "face": {"reportparse", "reportparse.__main__", "reportparse.cli", "reportparse.cli_options",
             "reportparse.batch_cli"},
    "batch/export": {"reportparse.batch", "reportparse.batch_inputs", "reportparse.batch_model", "reportparse.pool", "reportparse.dask_engine",
                     "reportparse.records", "reportparse.progress", "reportparse.export", "reportparse.frames",
                     "reportparse.comparison", "reportparse.files", "reportparse.charts", "reportparse.catalogue",
                     "reportparse.display", "reportparse.pageview"},
    "pipeline": {"reportparse.api"},
    "loaders/extractors": {"reportparse.loading", "reportparse.archives", "reportparse.archive_base", "reportparse.zip_members", "reportparse.tar_members", "reportparse.decoding", "reportparse.layout", "reportparse.extract"},
    "vocabulary/checks/metadata": {"reportparse.schema", "reportparse.patterns", "reportparse.normalize",
                                   "reportparse.cells", "reportparse.bounds", "reportparse.validation",
                                   "reportparse.metadata", "reportparse.metadata_period", "reportparse.metadata_words", "reportparse.report_check", "reportparse.published", "reportparse.chrome_lines", "reportparse.genre", "reportparse.academic", "reportparse.issuer", "reportparse.issuer_compiled", "reportparse.issuer_town", "reportparse.issuer_kinds", "reportparse.regions", "reportparse.region_table", "reportparse.region_zone", "reportparse.region_sites", "reportparse.region_cited", "reportparse.region_national", "reportparse.region_credit", "reportparse.region_beian",
                                   "reportparse.overrides"},
    "model": {"reportparse.model", "reportparse.document", "reportparse.errors", "reportparse.settings", "reportparse.digest",
              "reportparse.version"},
}
# the model's convenience methods (report.to_dataframe(), repr in a notebook, report.page_image())
# import their module when called: the one sanctioned way up
UPWARD = {("reportparse.model", "reportparse.frames"), ("reportparse.model", "reportparse.display"),
          ("reportparse.model", "reportparse.pageview")}


def _layer(module: str) -> int:
    for rank, members in enumerate(LAYERS.values()):
        if module in members or any(module.startswith(m + ".") for m in members if m != "reportparse"):
            return rank
    raise AssertionError(f"{module} is in no layer of tests/test_layering.py: add it where it belongs")


def test_imports_point_down_the_layers_even_inside_functions():
    upward = sorted((a, b) for a, deps in _imports(every_level=True).items() for b in deps
                    if b.startswith("reportparse") and _layer(b) < _layer(a) and (a, b) not in UPWARD)
    assert not upward, f"imports pointing up a layer: {upward}"


def test_loaders_know_no_report_vocabulary():
    """Loaders lay text out; the words of the reports (schema, data/*.tsv) reach them as arguments."""
    for module, deps in _imports(every_level=True).items():
        if module.startswith(("reportparse.layout", "reportparse.loading", "reportparse.decoding",
                              "reportparse.archives", "reportparse.archive_base", "reportparse.zip_members", "reportparse.tar_members")):
            assert not {d for d in deps if d.startswith(("reportparse.schema", "reportparse.extract",
                                                         "reportparse.metadata", "reportparse.validation"))}, module
