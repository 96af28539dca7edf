"""pandas DataFrames of parsed reports: the long table (one row per value, with its provenance and
its document's identity), the checks, the warnings and the failures.

    from reportparse.frames import to_dataframe, checks_dataframe, warnings_dataframe, failures_dataframe
    df = to_dataframe("results.jsonl")

Every function takes a Report, a Failure, a list of them, a results JSONL path, a `parse --json`
file or the dicts of such records. pandas is an optional extra (``pip install reportparse[pandas]``).
Nothing is dropped silently: failures and second copies of a document are counted and announced
with a `DroppedRecordsWarning`, and the counts are in ``df.attrs``.
"""
from __future__ import annotations

import json
import os
import warnings
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional

from .model import Report, warning_about
# an amount of money goes to `amount`, so `value` stays integer counts (the money units: patterns owns them)
from .patterns import MONEY_UNITS

if TYPE_CHECKING:                      # pandas is an optional extra
    import pandas as pd

__all__ = ["to_dataframe", "checks_dataframe", "warnings_dataframe", "failures_dataframe", "iter_report_dicts", "collect",
           "COLUMNS", "MONEY_UNITS", "DroppedRecordsWarning"]

# identity and metadata of the document, then the value, then where it was read
DOC_COLUMNS = ("doc_id", "title", "issuer", "issuer_kind", "region_code", "current_region_code", "province", "city",
               "county", "level", "year", "published", "template")
COLUMNS = DOC_COLUMNS + ("key", "label", "applicant", "period", "value", "amount", "unit", "raw", "method", "page",
                         "table", "row", "col", "bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom", "span_start",
                         "span_end", "note", "derived", "source_path")
BBOX = ("bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom")


class DroppedRecordsWarning(UserWarning):
    """A step left records out (failures, second copies, records without a year…): how many and why."""


COPIES = ("second copies of a document already read (the same content sha256, or the same title, year and "
          "values in another file or format)")


FAILURES = "failures (documents that could not be read; see failures_dataframe())"
# the document columns the checks and warnings tables repeat on each of their rows
DOC_KEY_COLUMNS = ("doc_id", "issuer", "year", "template", "source_path")


def warn_dropped(count: int, why: str, stacklevel: int = 3) -> None:
    if count:
        warnings.warn(f"{count} record(s) left out: {why}", DroppedRecordsWarning, stacklevel=stacklevel)


def collect_said(data: Any, failures: str = FAILURES, stacklevel: int = 4) -> tuple[list[dict], list[dict], int]:
    """collect(), the failures and second copies it leaves out said in a DroppedRecordsWarning (at the
    stacklevel of the public function's caller)."""
    reports, failed, copies = collect(data)
    warn_dropped(len(failed), failures, stacklevel)
    warn_dropped(copies, COPIES, stacklevel)
    return reports, failed, copies


def require(module: str, extra: str):
    try:
        return __import__(module)
    except ImportError as e:
        raise ImportError(f"this needs {module}, an optional extra: pip install reportparse[{extra}]") from e


def load_pandas():
    return require("pandas", "pandas")


# ------------------------------------------------------------------------------------- inputs

def _iter_records(data: Any) -> Iterator[dict]:
    """Every record as a dict (reports and failures), from any of the accepted inputs."""
    from .records import Failure, iter_records, record_dict
    if data is None:
        return
    if isinstance(data, (Report, Failure)):
        yield record_dict(data)
    elif isinstance(data, dict):
        yield data
    elif isinstance(data, (str, os.PathLike)):
        path = os.fspath(data)
        with open(path, "rb") as f:
            head = f.read(64).lstrip()
        if head.startswith(b"[") or head.startswith(b"{\n") or path.lower().endswith(".json"):  # `parse --json`
            with open(path, encoding="utf-8") as f:
                yield from _iter_records(json.load(f))
        else:
            yield from iter_records(path)
    elif is_dataframe(data):
        raise TypeError("this takes reports or a results path; a DataFrame is accepted by compare() and plot_trend()")
    elif isinstance(data, Iterable) and not isinstance(data, (bytes, bytearray)):
        for item in data:
            yield from _iter_records(item)
    else:
        raise TypeError(f"expected Reports, dicts or a results.jsonl path, not {type(data).__name__}")


def is_dataframe(data: Any) -> bool:
    return type(data).__name__ == "DataFrame" and hasattr(data, "columns")


def _source_path(rec: dict) -> str:
    return str((rec.get("source") or {}).get("path") or rec.get("path") or "")


def collect(data: Any) -> tuple[list[dict], list[dict], int]:
    """(reports, failures, copies): report dicts with one per document (the same content sha256, or
    the same title, year and values in another file or format; the first by path wins), failure
    dicts, and how many second copies of a document were left out."""
    reports, failures = [], []
    for rec in _iter_records(data):
        (failures if rec.get("kind", "report") == "failure" else reports).append(rec)
    reports.sort(key=_source_path)
    seen: set[str] = set()
    unique = []
    for rec in reports:
        ids = {(rec.get("source") or {}).get("sha256"), _fingerprint(rec)} - {None}
        if ids & seen:
            continue
        seen |= ids
        unique.append(rec)
    return unique, failures, len(reports) - len(unique)


def _fingerprint(rec: dict) -> Optional[str]:
    """The same report in another file (a page saved as .txt and as .html, another encoding): the
    same title, year and every value read. None for a report without values (nothing to compare)."""
    import hashlib
    values = sorted((i.get("key"), i.get("applicant") or "", i.get("period") or "year", repr(i.get("value")))
                    for i in rec.get("indicators") or () if not i.get("derived"))
    if not values:
        return None
    text = json.dumps([rec.get("title"), rec.get("year"), values], ensure_ascii=False)
    return "values:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def iter_report_dicts(data: Any) -> Iterator[dict]:
    """Report records as dicts, one per document; failures and second copies are counted in a warning."""
    yield from collect_said(data)[0]


def doc_meta(rec: dict) -> dict:
    """The document columns of one report record."""
    issuer = rec.get("issuer") or {}
    region = issuer.get("region") or {}
    return {
        "doc_id": (rec.get("source") or {}).get("sha256"), "title": rec.get("title"), "issuer": issuer.get("name"),
        "issuer_kind": issuer.get("kind"), "region_code": region.get("code"),
        "current_region_code": region.get("current_code") or region.get("code"),
        "province": region.get("province"), "city": region.get("city"), "county": region.get("county"),
        "level": region.get("level"), "year": rec.get("year"), "published": rec.get("published"),
        "template": rec.get("template"), "source_path": (rec.get("source") or {}).get("path"),
    }


def report_rows(reports: list[dict], blank_as_zero: bool) -> list[dict]:
    rows = []
    for rec in reports:
        meta = doc_meta(rec)
        for ind in rec.get("indicators") or ():
            src = ind.get("source") or {}
            value = ind.get("value")
            if value is None and blank_as_zero:
                value = 0
            money = ind.get("unit") in MONEY_UNITS
            rows.append({**meta, "key": ind.get("key"), "label": ind.get("label") or None,
                         "applicant": ind.get("applicant"), "period": ind.get("period", "year"),
                         "value": None if money else value, "amount": value if money else None,
                         "unit": ind.get("unit"), "raw": ind.get("raw"), "method": src.get("method"),
                         "page": src.get("page"), "table": src.get("table"), "row": src.get("row"),
                         "col": src.get("col"), **dict(zip(BBOX, src.get("bbox") or (None,) * 4)),
                         "span_start": (src.get("span") or (None, None))[0],
                         "span_end": (src.get("span") or (None, None))[1],
                         "note": src.get("note"), "derived": bool(ind.get("derived"))})
    return rows


def number_dtype(pd, series):
    """Int64 when every value is a whole number, else Float64 (both keep nulls as <NA>)."""
    values = pd.to_numeric(series, errors="coerce").astype("Float64")
    nonnull = values.dropna()
    if len(nonnull) == 0 or ((nonnull % 1) == 0).all():
        return values.astype("Int64")
    return values


def _attrs(df, failures: list[dict], copies: int) -> None:
    df.attrs["failures"] = len(failures)
    df.attrs["duplicate_copies"] = copies


# -------------------------------------------------------------------------------------- tables

def to_dataframe(reports_or_jsonl: Any, blank_as_zero: bool = False) -> "pd.DataFrame":
    """A long DataFrame, one row per value, with the columns of COLUMNS.

    Per document: `doc_id` (its content sha256: the same file met twice is one document), title,
    issuer, issuer_kind, region_code (as printed) and current_region_code (after renamings),
    year, published, template. Per value: key, label (as printed), applicant (requests.* keys
    only, else <NA>), period, `value` (counts, Int64) or `amount` (money: unit 元, Float64), unit,
    raw text, method, page, table/row/col, the PDF box (bbox_x0, bbox_top, bbox_x1, bbox_bottom, in points)
    and the text span (span_start, span_end: where `raw` stands in the document text), note,
    derived, source_path.

    Blank cells stay <NA> (blank is not zero); `blank_as_zero=True` turns them into 0.
    Failures and second copies are left out with a `DroppedRecordsWarning`, counted in
    ``df.attrs["failures"]`` and ``df.attrs["duplicate_copies"]``.

    Raises ImportError (pandas missing), OSError (an unreadable path), TypeError (an input of
    another kind).
    """
    pd = load_pandas()
    reports, failures, copies = collect_said(reports_or_jsonl)
    df = pd.DataFrame(report_rows(reports, blank_as_zero), columns=list(COLUMNS))
    for col in ("year", "page", "table", "row", "col", "span_start", "span_end"):
        df[col] = pd.to_numeric(df[col]).astype("Int64")
    for col in BBOX:
        df[col] = pd.to_numeric(df[col]).astype("Float64")
    df["value"] = number_dtype(pd, df["value"])
    df["amount"] = pd.to_numeric(df["amount"]).astype("Float64")
    df["derived"] = df["derived"].astype(bool)
    _attrs(df, failures, copies)
    return df


CHECK_COLUMNS = ("doc_id", "issuer", "year", "template", "rule", "scope", "status", "expected", "actual",
                 "difference", "suspect", "cells", "assumed_zero", "note", "source_path")


def checks_dataframe(reports_or_jsonl: Any, failed_only: bool = False) -> "pd.DataFrame":
    """One row per check of every report: rule, scope, status (pass | fail | not_assessable),
    expected, actual, difference, suspect, the cells it summed, and the document columns."""
    pd = load_pandas()
    reports, failures, copies = collect_said(
        reports_or_jsonl, "failures (documents that could not be read, so not checked; see failures_dataframe())")
    rows = []
    for rec in reports:
        meta = doc_meta(rec)
        for c in rec.get("checks") or ():
            if failed_only and c.get("status") != "fail":
                continue
            exp, act = c.get("expected"), c.get("actual")
            rows.append({**{k: meta[k] for k in DOC_KEY_COLUMNS},
                         "rule": c.get("rule"), "scope": c.get("scope"), "status": c.get("status"),
                         "expected": exp, "actual": act,
                         "difference": (act - exp) if exp is not None and act is not None else None,
                         "suspect": c.get("suspect"), "cells": ", ".join(c.get("cells") or ()),
                         "assumed_zero": ", ".join(c.get("assumed_zero") or ()), "note": c.get("note")})
    df = pd.DataFrame(rows, columns=list(CHECK_COLUMNS))
    df["year"] = pd.to_numeric(df["year"]).astype("Int64")
    for col in ("expected", "actual", "difference"):
        df[col] = number_dtype(pd, df[col])
    _attrs(df, failures, copies)
    return df


WARNING_COLUMNS = ("doc_id", "issuer", "year", "template", "about", "warning", "source_path")


def warnings_dataframe(reports_or_jsonl: Any, figures_only: bool = False) -> "pd.DataFrame":
    """One row per warning of every report: `about` is "metadata" for a warning on the year, issuer,
    region or date (it begins ``metadata: ``), else "figures" (a part unread, dropped or doubtful);
    `figures_only=True` keeps only those. With the document columns, so a notebook can count which
    issuers or years are read only in part."""
    pd = load_pandas()
    reports, failures, copies = collect_said(reports_or_jsonl)
    rows = []
    for rec in reports:
        meta = doc_meta(rec)
        for text in rec.get("warnings") or ():
            about = warning_about(text)
            if figures_only and about == "metadata":
                continue
            rows.append({**{k: meta[k] for k in DOC_KEY_COLUMNS},
                         "about": about, "warning": text})
    df = pd.DataFrame(rows, columns=list(WARNING_COLUMNS))
    df["year"] = pd.to_numeric(df["year"]).astype("Int64")
    _attrs(df, failures, copies)
    return df


FAILURE_COLUMNS = ("path", "sha256", "error_type", "message", "parser_version")


def failures_dataframe(reports_or_jsonl: Any) -> "pd.DataFrame":
    """One row per document that could not be read: path, sha256, error_type, message, parser_version."""
    pd = load_pandas()
    _, failures, _ = collect(reports_or_jsonl)
    return pd.DataFrame([{c: f.get(c) for c in FAILURE_COLUMNS} for f in failures], columns=list(FAILURE_COLUMNS))
