"""Wide tables across years and places: `compare`, `compare_years`, the cross-year check R5
(`check_carry_over`), and the template crosswalk (`compare(…, harmonize=True)`).

A series is one body of one place: the *current* region code (a county renamed into a district
keeps its series; regions.py knows the successor codes) and, as the second level, the issuer's
name without its place names (人民政府, 教育局…). Each function takes Reports, a results JSONL
path, record dicts, or the long DataFrame of `to_dataframe()`. Whatever a step leaves out is
announced with a `DroppedRecordsWarning` (how many, why).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Optional, Sequence

from .frames import is_dataframe, load_pandas, report_rows, collect_said, number_dtype, warn_dropped
from .schema import crosswalk_rows

if TYPE_CHECKING:                      # pandas is an optional extra
    import pandas as pd

__all__ = ["compare", "compare_years", "check_carry_over", "crosswalk", "COMPARABLE_KEYS", "HARMONIZED_KEYS"]

# Keys with one meaning in every template (legacy, 2019, 2021), so a column of them is a time series.
COMPARABLE_KEYS = (
    "requests.new", "requests.carried_over", "requests.granted", "requests.partially_granted",
    "requests.denied", "requests.answered", "requests.carried_forward",
    "review.total", "litigation.total", "disclosure.total", "fees.collected",
)

HARMONIZED_KEYS = tuple(dict.fromkeys(r.key for r in crosswalk_rows()))


def crosswalk() -> "pd.DataFrame":
    """The crosswalk of data/crosswalk.tsv as a DataFrame: key, template, built_from, note (one row per template)."""
    pd = load_pandas()
    rows = [{"key": r.key, "template": t, "built_from": "+".join(r.built_from), "note": r.note}
            for r in crosswalk_rows() for t in r.templates]
    return pd.DataFrame(rows, columns=["key", "template", "built_from", "note"])


# ------------------------------------------------------------------------------------- inputs

def _long_rows(data: Any) -> list[dict]:
    """Long rows (to_dataframe's columns) from any accepted input, a DataFrame included."""
    if is_dataframe(data):
        pd = load_pandas()
        missing = {"key", "value", "year", "issuer"} - set(data.columns)
        if missing:
            raise ValueError(f"the DataFrame lacks the column(s) {', '.join(sorted(missing))}: pass to_dataframe()'s output")
        out = data.astype(object).where(pd.notna(data), None).to_dict("records")
        for row in out:
            row.setdefault("current_region_code", row.get("region_code"))
            row.setdefault("amount", None)
            row.setdefault("period", "year")
        return out
    reports, failures, copies = collect_said(data, stacklevel=6)
    rows = report_rows(reports, False)
    for rec in reports:          # a report without a single value still has a row in compare()
        if not rec.get("indicators"):
            from .frames import doc_meta
            rows.append({**doc_meta(rec), "key": None})
    return rows


def body_of(row: dict) -> Optional[str]:
    """The issuer's name without the place names it starts with: the second level of a series."""
    name = row.get("issuer")
    if not name:
        return None
    for place in (row.get("province"), row.get("city"), row.get("county")):
        if place and name.startswith(place) and len(name) > len(place):
            name = name[len(place):]
    return name


def series_of(row: dict) -> tuple:
    """(current region code, body): one series across years and renamings."""
    return (row.get("current_region_code") or row.get("region_code"), body_of(row))


def value_rows(data: Any, keys: Sequence[str], applicant: Optional[str], harmonize: bool = False) -> list[dict]:
    """One dict per (series, year) with the year values of `keys`; read values win over derived ones."""
    wanted = set(keys)
    if harmonize:
        wanted |= {p for r in crosswalk_rows() if r.key in keys for p in r.built_from}
    table: dict[tuple, dict] = {}
    derived_cells: set = set()
    docs_seen: set = set()
    for ind in sorted(_long_rows(data), key=lambda r: str(r.get("source_path") or "")):
        ident = (*series_of(ind), ind.get("year"))
        row = table.get(ident)
        if row is None:
            row = table[ident] = {"region_code": ident[0], "body": ident[1], "issuer": ind.get("issuer"), "year": ident[2],
                                  "template": ind.get("template"), "issuer_kind": ind.get("issuer_kind"),
                                  "reports": 0}
        doc = ind.get("doc_id") or ind.get("source_path") or id(ind)
        if (ident, doc) not in docs_seen:
            docs_seen.add((ident, doc))
            row["reports"] += 1
            tpl = ind.get("template")
            if tpl and row["template"] and tpl not in row["template"].split("+"):
                row["template"] += "+" + tpl
        key = ind.get("key")
        if key not in wanted or (ind.get("period") or "year") != "year":
            continue
        who = ind.get("applicant")
        if key.startswith("requests."):
            if who != (applicant or "total"):
                continue
        elif who is not None:
            continue
        cell = (ident, key)
        if key in row and (cell not in derived_cells or ind.get("derived")):
            continue                        # the first read value wins; a read value beats a derived one
        value = ind.get("value")
        row[key] = ind.get("amount") if value is None and ind.get("amount") is not None else value
        if ind.get("derived"):
            derived_cells.add(cell)
        else:
            derived_cells.discard(cell)
    rows = sorted(table.values(), key=lambda r: (str(r["region_code"] or ""), str(r["issuer"] or ""), r["year"] or 0))
    if harmonize:
        for row in rows:
            _harmonize(row, keys)
    return rows


def _harmonize(row: dict, keys: Sequence[str]) -> None:
    """Replace each key's value by its crosswalk figure for the row's template, and say what it was built from."""
    templates = (row.get("template") or "").split("+")
    raw = dict(row)
    for key in keys:
        rule = next((r for r in crosswalk_rows() if r.key == key and templates[0] in r.templates), None)
        if rule is None:
            row[key] = None
            row[f"{key} from"] = f"not comparable: no crosswalk row for the {templates[0] or 'unknown'} template"
            continue
        parts = [raw.get(p) for p in rule.built_from]
        row[key] = sum(parts) if all(p is not None for p in parts) else None
        missing = [p for p, v in zip(rule.built_from, parts) if v is None]
        row[f"{key} from"] = ("+".join(rule.built_from) + f" ({templates[0]})"
                              + (f"; blank: {', '.join(missing)} not read" if missing else ""))


def _labels(keys: Sequence[str], labels: str) -> dict[str, str]:
    if labels == "key":
        return {}
    from .schema import keys as vocab
    if labels not in ("en", "zh"):
        raise ValueError(f"labels must be 'key', 'en' or 'zh', not {labels!r}")
    out = {}
    for k in keys:
        info = vocab().get(k)
        out[k] = (info.label_en if labels == "en" else info.label) if info else k
    return out


# -------------------------------------------------------------------------------------- tables

def compare(reports_or_jsonl: Any, keys: Optional[Sequence[str]] = None, applicant: str = "total", *,
            harmonize: bool = False, labels: str = "key") -> "pd.DataFrame":
    """A wide DataFrame: one row per series (current region code, issuer) and year, one column per key.

    - `keys`: default COMPARABLE_KEYS (one meaning in every template), or HARMONIZED_KEYS with
      `harmonize=True`.
    - `applicant`: the applicant column of the requests.* keys (default total).
    - `harmonize=True`: each key is built by the crosswalk (data/crosswalk.tsv, docs/crosswalk.md)
      for the report's template, and a column "<key> from" says what it was built from.
    - `labels`: "key" (default), "en" or "zh": name the value columns by key or by label.

    A value the library derived (the 2019+ litigation.total) is used where no read value exists.
    Columns: region_code (the current code), issuer, year, template, then the keys.
    Raises ValueError (unknown `labels`, a DataFrame without the long columns), ImportError.
    """
    pd = load_pandas()
    keys = list(keys or (HARMONIZED_KEYS if harmonize else COMPARABLE_KEYS))
    rows = value_rows(reports_or_jsonl, keys, applicant, harmonize)
    cols = ["region_code", "issuer", "year", "template", *keys]
    if harmonize:
        cols += [f"{k} from" for k in keys]
    df = pd.DataFrame([{c: r.get(c) for c in cols} for r in rows], columns=cols)
    df["year"] = pd.to_numeric(df["year"]).astype("Int64")
    for key in keys:
        df[key] = number_dtype(pd, df[key])
    no_year = int(df["year"].isna().sum())
    if no_year:
        df.attrs["rows_without_year"] = no_year
    names = _labels(keys, labels)
    if names:
        df = df.rename(columns={**names, **{f"{k} from": f"{names[k]} from" for k in keys}} if harmonize else names)
    return df


def compare_years(reports_or_jsonl: Any, keys: Optional[Sequence[str]] = None,
                  applicant: str = "total") -> "pd.DataFrame":
    """Year-on-year pairs: one row per series, key and pair of consecutive years both reported.

    Columns: region_code, issuer, key, year_prev, year, value_prev, value, change.
    """
    pd = load_pandas()
    keys = list(keys or COMPARABLE_KEYS)
    rows = value_rows(reports_or_jsonl, keys, applicant)
    out = []
    for prev, cur in _pairs(rows):
        for key in keys:
            a, b = prev.get(key), cur.get(key)
            out.append({"region_code": cur["region_code"], "issuer": cur["issuer"], "key": key,
                        "year_prev": prev["year"], "year": cur["year"], "value_prev": a, "value": b,
                        "change": (b - a) if a is not None and b is not None else None})
    df = pd.DataFrame(out, columns=["region_code", "issuer", "key", "year_prev", "year", "value_prev", "value", "change"])
    for col in ("year_prev", "year"):
        df[col] = pd.to_numeric(df[col]).astype("Int64")
    for col in ("value_prev", "value", "change"):
        df[col] = number_dtype(pd, df[col])
    return df


def _pairs(rows: list[dict]) -> Iterator[tuple[dict, dict]]:
    """(last year, this year) rows of the same series, consecutive years only."""
    by_series: dict[tuple, dict[int, dict]] = {}
    no_year = 0
    for r in rows:
        if r["year"] is None:
            no_year += 1
            continue
        by_series.setdefault((r["region_code"], r["body"]), {})[r["year"]] = r
    warn_dropped(no_year, "reports without a year cannot be paired with another year "
                          "(give one: parse(…, year=), batch --year-from-name)", 4)
    for ident in sorted(by_series, key=lambda k: (str(k[0] or ""), str(k[1] or ""))):
        years = by_series[ident]
        for year in sorted(years):
            if year - 1 in years:
                yield years[year - 1], years[year]


def check_carry_over(reports_or_jsonl: Any, applicant: str = "total") -> "pd.DataFrame":
    """Rule R5 across years: this year's requests.carried_over (上年结转) equals last year's
    requests.carried_forward (结转下年度继续办理) for the same series.

    One row per pair of consecutive reported years: region_code, issuer, year_prev, year,
    carried_forward_prev, carried_over, status (pass | fail | not_assessable when a value is missing).
    """
    pd = load_pandas()
    keys = ["requests.carried_over", "requests.carried_forward"]
    rows = value_rows(reports_or_jsonl, keys, applicant)
    out = []
    for prev, cur in _pairs(rows):
        forward, over = prev.get("requests.carried_forward"), cur.get("requests.carried_over")
        if forward is None or over is None:
            status = "not_assessable"
        else:
            status = "pass" if abs(forward - over) < 1e-9 else "fail"
        out.append({"region_code": cur["region_code"], "issuer": cur["issuer"], "year_prev": prev["year"],
                    "year": cur["year"], "carried_forward_prev": forward, "carried_over": over, "status": status})
    cols = ["region_code", "issuer", "year_prev", "year", "carried_forward_prev", "carried_over", "status"]
    df = pd.DataFrame(out, columns=cols)
    for col in ("year_prev", "year"):
        df[col] = pd.to_numeric(df[col]).astype("Int64")
    for col in ("carried_forward_prev", "carried_over"):
        df[col] = number_dtype(pd, df[col])
    return df
