"""Property-based tests: the fixtures of tests/fixtures, mutated (lines and cells deleted,
duplicated and swapped, random bytes and digits injected, truncated, re-encoded), must

- raise nothing but ReportParseError subclasses;
- give Reports that keep the record contract (JSON round trip, required fields, keys of the
  vocabulary, applicant only on requests.*, period year|cumulative, value numeric or None);
- keep the grounding property: every value that is not derived has raw text standing in the
  document text at source.span (a blank raw "" only with value None);
- evaluate their identities without crashing (statuses pass | fail | not_assessable).

The default run is small and derandomized (the same inputs each run, so CI is stable). To search
harder:  REPORTPARSE_FUZZ=20 REPORTPARSE_FUZZ_RANDOM=1 python -m pytest tests/test_properties.py -s
(REPORTPARSE_FUZZ multiplies the example counts; _RANDOM draws new inputs each run). The number
of mutated inputs run is printed at the end of the module.
"""
from __future__ import annotations

import collections
import json
import math
import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import reportparse
from reportparse.errors import ReportParseError
from reportparse.api import load_document as load
from reportparse.decoding import declared_charset, decode
from reportparse.loading import sniff
from reportparse.model import Report
from reportparse.schema import APPLICANTS, group_parts, keys
from reportparse.settings import DEFAULT_SETTINGS
from conftest import FIXTURES

SCALE = float(os.environ.get("REPORTPARSE_FUZZ", "1"))
RANDOM = os.environ.get("REPORTPARSE_FUZZ_RANDOM") == "1"
SHRINK = os.environ.get("REPORTPARSE_FUZZ_SHRINK") == "1"      # shrinking a 10 kB report is slow: off by default
SAVE = os.environ.get("REPORTPARSE_FUZZ_SAVE")                 # a folder: failing inputs are written there

TEXTUAL = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".html"))
PDFS = sorted(FIXTURES.rglob("*.pdf"))
RAN: collections.Counter = collections.Counter()          # mutated inputs run, by kind
OUTCOMES: collections.Counter = collections.Counter()     # what they gave


def _settings(n: int):
    phases = [Phase.explicit, Phase.reuse, Phase.generate] + ([Phase.shrink] if SHRINK else [])
    return settings(max_examples=max(1, int(n * SCALE)), deadline=None, database=None, derandomize=not RANDOM,
                    phases=phases,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


def _summary() -> str:
    return (f"test_properties: {sum(RAN.values())} mutated inputs ran "
            f"({', '.join(f'{k} {v}' for k, v in sorted(RAN.items()))}); outcomes: "
            f"{', '.join(f'{k} {v}' for k, v in sorted(OUTCOMES.items()))}")


class _CountReporter:
    """A plugin registered by this module: prints the count in pytest's terminal summary."""

    @staticmethod
    def pytest_terminal_summary(terminalreporter):
        if RAN or OUTCOMES:
            terminalreporter.write_line(_summary())


@pytest.fixture(scope="module", autouse=True)
def _report_count(request):
    manager = request.config.pluginmanager
    if not manager.has_plugin("reportparse-property-count"):
        manager.register(_CountReporter(), "reportparse-property-count")
    yield


# ---------------------------------------------------------------- the properties

_VALUE_FIELDS = {"key", "period", "value", "unit", "raw", "label", "derived", "source"}
_SOURCE_FIELDS = {"method", "page", "table", "row", "col", "span", "text"}
# SCHEMA.md names these group totals as `derived` keys, but shared/indicators.tsv (the vocabulary)
# does not list requests.unable and requests.not_processed: allowed on derived indicators only.
DERIVED_GROUP_TOTALS = {key for template in ("2019", "2021") for key in group_parts(template)}
_REPORT_FIELDS = {"title", "year", "published", "template", "issuer", "source", "indicators", "checks", "warnings"}


def check_parse(data: bytes, require_report: bool = True) -> None:
    """Parse `data`; assert the error type, or every property of the Report."""
    try:
        report = reportparse.parse(data, require_report=require_report)
    except ReportParseError as e:
        OUTCOMES[type(e).__name__] += 1
        assert isinstance(e.message, str) and e.message
        return
    OUTCOMES["Report"] += 1
    try:
        check_report(report, data)
    except AssertionError:
        if SAVE:
            import hashlib
            from pathlib import Path
            Path(SAVE).mkdir(parents=True, exist_ok=True)
            (Path(SAVE) / f"failing-{hashlib.sha256(data).hexdigest()[:12]}.bin").write_bytes(data)
        raise


def check_report(report: Report, data: bytes) -> None:
    # the contract
    assert Report.from_json(report.to_json()) == report
    d = json.loads(report.to_json())
    assert set(d) >= _REPORT_FIELDS
    vocabulary = keys()
    ids = set()
    for ind in d["indicators"]:
        assert set(ind) >= _VALUE_FIELDS and set(ind["source"]) >= _SOURCE_FIELDS, ind
        assert ind["key"] in vocabulary or (ind["derived"] and ind["key"] in DERIVED_GROUP_TOTALS), ind["key"]
        assert ("applicant" in ind) == ind["key"].startswith("requests."), ind
        if "applicant" in ind:
            assert ind["applicant"] in APPLICANTS, ind
        assert ind["period"] in ("year", "cumulative"), ind
        v = ind["value"]
        assert v is None or (isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)), ind
        assert isinstance(ind["raw"], str) and isinstance(ind["derived"], bool)
    for ind in report.indicators:
        assert ind.value_id not in ids, f"{ind.value_id} given twice"
        ids.add(ind.value_id)
    # grounding: a value is never produced from nothing
    text = load(data, DEFAULT_SETTINGS).text
    for ind in report.indicators:
        if ind.derived:
            assert ind.source.method == "derived" or ind.raw == "" or ind.source.span is not None, ind
            continue
        span = ind.source.span
        assert span is not None and 0 <= span[0] <= span[1] <= len(text), (ind.value_id, span, len(text))
        at = text[span[0]:span[1]]
        if ind.raw == "":
            assert ind.value is None and at.strip() == "", (ind.value_id, ind.value, at)
        else:
            assert ind.raw in at, (ind.value_id, ind.raw, at)
            if ind.raw.isascii() and ind.raw.isdigit() and ind.value is not None and ind.unit != "元":
                assert ind.value == int(ind.raw), (ind.value_id, ind.raw, ind.value)
    # identities evaluated
    for c in report.checks:
        assert c.status in ("pass", "fail", "not_assessable"), c
        assert c.rule and isinstance(c.scope, str)
        assert c.suspect in (None, "extraction", "source"), c
        for x in (c.expected, c.actual):
            assert x is None or (isinstance(x, (int, float)) and math.isfinite(x)), c
    assert all(isinstance(w, str) for w in report.warnings)


# ---------------------------------------------------------------- mutations

def _decoded(path) -> tuple[str, str]:
    data = path.read_bytes()
    declared = declared_charset(data) if sniff(data) == "html" else None
    return decode(data, declared)


ORIGINALS = {p: _decoded(p) for p in TEXTUAL}
_CELL = {"html": r"<t[dh][^>]*>.*?</t[dh]>", "row": r"<tr[^>]*>.*?</tr>"}


@st.composite
def mutated_text(draw, path):
    """(bytes, kinds): a fixture with 1–6 text mutations, then maybe one byte-level mutation."""
    import regex
    text, encoding = ORIGINALS[path]
    kinds = []
    for _ in range(draw(st.integers(1, 6))):
        lines = text.split("\n")
        kind = draw(st.sampled_from(["delete_line", "duplicate_line", "swap_lines", "swap_cells", "delete_cell",
                                     "duplicate_cell", "digits", "digit_change", "junk_text", "delete_span"]))
        n = len(lines)
        if kind == "delete_line" and n > 1:
            del lines[draw(st.integers(0, n - 1))]
        elif kind == "duplicate_line":
            i = draw(st.integers(0, n - 1))
            lines.insert(draw(st.integers(0, n)), lines[i])
        elif kind == "swap_lines" and n > 1:
            i, j = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind in ("swap_cells", "delete_cell", "duplicate_cell"):
            pattern = draw(st.sampled_from([_CELL["html"], _CELL["row"]])) if path.suffix == ".html" else None
            if pattern:
                cells = [m.span() for m in regex.finditer(pattern, text, flags=regex.S)]
                if cells:
                    a = cells[draw(st.integers(0, len(cells) - 1))]
                    b = cells[draw(st.integers(0, len(cells) - 1))]
                    text = _edit_spans(text, a, b, kind)
                    kinds.append(kind)
                    continue
            piped = [i for i, line in enumerate(lines) if line.count("|") >= 2]
            cell_lines = piped or list(range(n))
            i = cell_lines[draw(st.integers(0, len(cell_lines) - 1))]
            sep = "|" if piped else None
            fields = lines[i].split(sep) if sep else lines[i].split()
            if len(fields) > 1:
                a, b = draw(st.integers(0, len(fields) - 1)), draw(st.integers(0, len(fields) - 1))
                if kind == "swap_cells":
                    fields[a], fields[b] = fields[b], fields[a]
                elif kind == "delete_cell":
                    del fields[a]
                else:
                    fields.insert(b, fields[a])
                lines[i] = (sep or " ").join(fields)
        elif kind == "digits":
            joined = "\n".join(lines)
            at = draw(st.integers(0, len(joined)))
            digits = draw(st.text(alphabet="0123456789０１２３４５６７８９一二十百", min_size=1, max_size=8))
            lines = (joined[:at] + digits + joined[at:]).split("\n")
        elif kind == "digit_change":
            joined = "\n".join(lines)
            where = [i for i, ch in enumerate(joined) if ch.isdigit()]
            if where:
                i = where[draw(st.integers(0, len(where) - 1))]
                joined = joined[:i] + draw(st.sampled_from("0123456789")) + joined[i + 1:]
            lines = joined.split("\n")
        elif kind == "junk_text":
            joined = "\n".join(lines)
            at = draw(st.integers(0, len(joined)))
            junk = draw(st.text(min_size=1, max_size=30) | st.sampled_from(
                ["|", "||", "\t", "\r", "\x00", "<td>", "</tr>", "<table>", "&nbsp;", "万元", "件", "合计", "其中",
                 "上年结转", "本年新收", "\ufeff", "\u200b", "<!--", "]]>", "<?xml version='1.0' encoding='gbk'?>"]))
            lines = (joined[:at] + junk + joined[at:]).split("\n")
        elif kind == "delete_span":
            joined = "\n".join(lines)
            a = draw(st.integers(0, len(joined)))
            b = min(len(joined), a + draw(st.integers(1, 400)))
            lines = (joined[:a] + joined[b:]).split("\n")
        text = "\n".join(lines)
        kinds.append(kind)
    target = draw(st.sampled_from([encoding] * 6 + ["utf-8", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                                   "utf-8-sig", "big5", "latin-1"]))
    if target != encoding:
        kinds.append(f"encode:{target}")
    data = text.encode(target, errors="replace")
    return byte_mutation(draw, data, kinds)


def byte_mutation(draw, data: bytes, kinds: list[str]):
    kind = draw(st.sampled_from(["none", "none", "truncate", "inject_bytes", "overwrite_bytes", "duplicate_chunk"]))
    if kind == "none" or not data:
        return data, kinds
    at = draw(st.integers(0, len(data)))
    if kind == "truncate":
        data = data[:at]
    elif kind == "inject_bytes":
        data = data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]
    elif kind == "overwrite_bytes":
        junk = draw(st.binary(min_size=1, max_size=32))
        data = data[:at] + junk + data[at + len(junk):]
    else:
        b = min(len(data), at + draw(st.integers(1, 2000)))
        data = data[:b] + data[at:b] + data[b:]
    return data, kinds + [kind]


def _edit_spans(text: str, a: tuple[int, int], b: tuple[int, int], kind: str) -> str:
    ta, tb = text[a[0]:a[1]], text[b[0]:b[1]]
    if kind == "delete_cell":
        return text[:a[0]] + text[a[1]:]
    if kind == "duplicate_cell":
        return text[:a[1]] + ta + text[a[1]:]
    if a == b or (a[0] < b[1] and b[0] < a[1]):      # overlapping (a row and a cell in it): nothing to swap
        return text
    (x, tx), (y, ty) = sorted([(a, ta), (b, tb)])
    return text[:x[0]] + ty + text[x[1]:y[0]] + tx + text[y[1]:]


# ---------------------------------------------------------------- the tests

@pytest.mark.parametrize("path", TEXTUAL, ids=lambda p: p.name)
def test_unmutated_fixture_keeps_every_property(path):
    check_parse(path.read_bytes())
    check_parse(path.read_bytes(), require_report=False)


@pytest.mark.parametrize("path", TEXTUAL, ids=lambda p: p.name)
def test_mutated_text_and_html_keep_every_property(path):
    @_settings(12)
    @given(st.data())
    def run(data):
        source, kinds = data.draw(mutated_text(path))
        RAN[path.suffix[1:]] += 1
        check_parse(source, require_report=data.draw(st.booleans()))
    run()


@pytest.mark.skipif(not PDFS, reason="no PDF fixtures")
def test_mutated_pdfs_keep_every_property():
    @_settings(40)
    @given(st.data())
    def run(data):
        path = data.draw(st.sampled_from(PDFS))
        source, kinds = byte_mutation(data.draw, path.read_bytes(), [])
        if not kinds:                          # always damage a PDF somehow
            source = source[: data.draw(st.integers(0, len(source)))]
        RAN["pdf"] += 1
        check_parse(source, require_report=data.draw(st.booleans()))
    run()


def test_random_bytes_and_random_text_are_typed_errors_or_reports():
    @_settings(60)
    @given(st.one_of(st.binary(max_size=3000),
                     st.text(max_size=2000).map(lambda s: s.encode("utf-8", "surrogatepass")),
                     st.text(alphabet="0123456789|件年合计本年新收其中上年结转万元 \n\t一二三四五六七八九十", max_size=2000)
                     .map(lambda s: ("某县人民政府2021年政府信息公开工作年度报告\n" + s).encode("utf-8"))),
           st.booleans())
    def run(source, require_report):
        RAN["random"] += 1
        check_parse(source, require_report=require_report)
    run()


# ---------------------------------------------------------------- metamorphic: the same text, other bytes

WIDE_AND_GB = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]


@pytest.mark.parametrize("path", TEXTUAL, ids=lambda p: p.name)
def test_the_same_text_in_another_encoding_gives_the_same_values(path):
    """Found by the mutations: HTML in UTF-16/32 was read as plain text, and BOM-less UTF-16 of the
    other byte order (or with many no-break spaces) was refused as binary."""
    text, _ = ORIGINALS[path]
    try:
        want = reportparse.parse(path.read_bytes(), require_report=False).values()
    except ReportParseError as e:
        want = type(e).__name__
    assert reportparse.parse(path, require_report=False).values() == want      # a path reads as its bytes
    for encoding in WIDE_AND_GB:
        data = text.encode(encoding)
        RAN["re-encoded"] += 1
        try:
            got = reportparse.parse(data, require_report=False)
        except ReportParseError as e:
            assert type(e).__name__ == want, (encoding, e)
            continue
        assert got.values() == want, encoding
        check_report(got, data)


# ---------------------------------------------------------------- any limit values

LIMIT_SOURCES = [p for p in TEXTUAL if p.suffix == ".html"][:2] + [FIXTURES / "legacy" / "pipe_rows.txt"] + PDFS[:1]


def test_any_limit_values_give_typed_errors_or_reports():
    """Limits set to nonsense (0, negative) are refused when the settings are made (ValueError naming
    the field); any other value (tiny, huge) gives a typed error or a report, never a crash."""
    ints = st.one_of(st.integers(1, 3), st.integers(1, 5000), st.just(10 ** 9))
    ints = st.one_of(*[ints] * 20, st.integers(-3, 0))        # now and then a value the settings refuse

    @_settings(40)
    @given(path=st.sampled_from(LIMIT_SOURCES), max_bytes=st.one_of(st.just(64 * 1024 * 1024), ints),
           max_pages=ints, max_table_cells=ints, max_html_depth=ints, max_span=ints, max_text_chars=ints,
           max_split_solutions=ints)
    def run(path, **limits):
        RAN["limits"] += 1
        data = path.read_bytes()
        bad = sorted(k for k, v in limits.items() if v < 1)
        if bad:
            with pytest.raises(ValueError, match="|".join(bad)):
                reportparse.parse(data, require_report=False, **limits)
            OUTCOMES["ValueError"] += 1
            return
        try:
            report = reportparse.parse(data, require_report=False, **limits)
        except ReportParseError as e:
            OUTCOMES[type(e).__name__] += 1
            return
        OUTCOMES["Report"] += 1
        assert Report.from_json(report.to_json()) == report
        text = load(data, DEFAULT_SETTINGS.with_(**limits)).text
        for ind in report.indicators:
            if not ind.derived and ind.raw:
                assert ind.raw in text[ind.source.span[0]:ind.source.span[1]], ind.value_id
    run()
