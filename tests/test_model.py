"""The record model: JSON round trips, the contract's shape, provenance that points at the text."""
import json
import pickle

import reportparse
from reportparse.model import Report
from conftest import FIXTURES


def _sample():
    return reportparse.parse(FIXTURES / "legacy" / "one_cell_per_line.txt")


def test_report_round_trips_through_json_and_dict():
    report = _sample()
    again = Report.from_json(report.to_json())
    assert again == report
    assert Report.from_dict(report.to_dict()) == report


def test_report_json_has_the_contract_fields():
    data = json.loads(_sample().to_json())
    assert set(data) >= {"title", "year", "published", "template", "issuer", "source", "indicators", "checks", "warnings"}
    ind = data["indicators"][0]
    assert set(ind) >= {"key", "period", "value", "unit", "raw", "label", "derived", "source"}
    assert set(ind["source"]) >= {"method", "page", "table", "row", "col", "span", "text"}
    # applicant appears only on requests.* keys
    assert all(("applicant" in i) == i["key"].startswith("requests.") for i in data["indicators"])


def test_every_read_value_is_grounded_in_the_document_text():
    for path in sorted(FIXTURES.rglob("*.txt")) + sorted(FIXTURES.rglob("*.html")):
        try:
            report = reportparse.parse(path)
        except reportparse.ReportParseError:
            continue
        from reportparse.api import load_document as load
        from reportparse.settings import DEFAULT_SETTINGS
        text = load(path, DEFAULT_SETTINGS).text
        for ind in report.indicators:
            if ind.derived:
                continue
            s, e = ind.source.span
            if ind.raw == "":          # a blank cell: no value, and nothing but blank at its place
                assert ind.value is None and text[s:e].strip() == "", (path.name, ind.value_id)
                continue
            assert ind.raw in text[s:e], (path.name, ind.value_id, ind.raw, text[s:e])
            if path.suffix == ".html" and ind.source.method == "table":
                assert ind.source.table is not None and ind.source.row is not None, (path.name, ind.value_id)


def test_reports_and_errors_pickle():
    report = _sample()
    assert pickle.loads(pickle.dumps(report)) == report
    err = reportparse.NotAnnualReportError("not a report", "x.txt")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is reportparse.NotAnnualReportError and back.path == "x.txt" and back.message == "not a report"


def test_value_lookup_helpers():
    report = _sample()
    assert report.value("requests.new") == report.get("requests.new", "total").value
    assert report.get("no.such.key") is None


def test_value_id_is_kept_with_the_indicator_and_is_no_field():
    import dataclasses
    from reportparse.model import Indicator, value_id
    report = _sample()
    for ind in report.indicators:
        assert ind.value_id == value_id(ind.key, ind.applicant, ind.period)
    ind = Indicator(key="requests.new", value=3, applicant="total", period="cumulative")
    assert "value_id" not in {f.name for f in dataclasses.fields(Indicator)}
    assert ind.value_id == "requests.new|applicant=total|period=cumulative" == ind.value_id
    assert "value_id" not in ind.to_dict() and Indicator.from_json(ind.to_json()) == ind
    back = pickle.loads(pickle.dumps(ind))
    assert back == ind and back.value_id == ind.value_id
    assert dataclasses.replace(ind, applicant="legal_person").value_id == "requests.new|applicant=legal_person|period=cumulative"
    assert Report.from_json(report.to_json()).values() == report.values()
