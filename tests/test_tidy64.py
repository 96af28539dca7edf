"""tidy64: behaviour-preserving tidies (one public reader of the data files). The old reader is spelled here as it
stood at 99262a1; invented texts throughout."""
import reportparse

# ---- (1) one public reader of the package's tab-separated data files ----------------------------------------------


def _old_read_tsv(name):
    """schema._read_tsv as it stood at 99262a1 (crosswalk_rows read its file the same way, spelled again)."""
    import csv
    from importlib import resources
    text = resources.files("reportparse").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_data_files_have_one_public_reader():
    from reportparse import schema
    assert not hasattr(schema, "_read_tsv")
    for name in ("indicators.tsv", "rows.tsv", "templates.tsv", "narrative.tsv", "crosswalk.tsv"):
        assert schema.read_tsv(name) == _old_read_tsv(name), name


def test_no_module_imports_the_private_reader():
    import pathlib
    root = pathlib.Path(reportparse.__file__).parent
    assert [p.name for p in root.rglob("*.py") if "_read_tsv" in p.read_text(encoding="utf-8")] == []


def test_the_crosswalk_reads_as_before():
    from reportparse import schema
    old = _old_read_tsv("crosswalk.tsv")
    assert [(r.key, r.note) for r in schema.crosswalk_rows()] == [(r["key"], r["note"]) for r in old]
    assert "requests.unable.not_held" in schema.folded_into("requests.reply.not_exist")
