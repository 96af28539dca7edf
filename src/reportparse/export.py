"""Tables from parsed reports: a long DataFrame, a wide comparison, cross-year checks, files, charts.

    from reportparse.export import to_dataframe, compare, check_carry_over
    df = to_dataframe("results.jsonl")            # one row per indicator
    wide = compare("results.jsonl")                # one row per issuer and year, one column per key
    r5 = check_carry_over("results.jsonl")         # last year's 结转下年度 = this year's 上年结转?

Every function takes a Report, a list of Reports, a results JSONL path (failures skipped) or the
dicts of such records. pandas is an optional extra (``pip install reportparse[pandas]``); Parquet
needs ``reportparse[parquet]`` and charts ``reportparse[plot]``.
"""
from __future__ import annotations

import json
import os
import sys
from typing import Any, Iterable, Iterator, Optional, Sequence

from .model import Report

__all__ = ["to_dataframe", "compare", "compare_years", "check_carry_over", "COMPARABLE_KEYS", "COLUMNS",
           "plot_trend", "register_cli"]

COLUMNS = ("issuer", "region_code", "province", "city", "county", "level", "year", "template", "key",
           "applicant", "period", "value", "unit", "method", "page", "derived", "source_path")

# Keys with one meaning in every template (legacy, 2019, 2021), so a column of them is a time series.
COMPARABLE_KEYS = (
    "requests.new", "requests.carried_over", "requests.granted", "requests.partially_granted",
    "requests.denied", "requests.answered", "requests.carried_forward",
    "review.total", "litigation.total", "disclosure.total", "fees.collected",
)

_ID = ("region_code", "issuer", "year")


def _require(module: str, extra: str):
    try:
        return __import__(module)
    except ImportError as e:
        raise ImportError(f"this needs {module}, an optional extra: pip install reportparse[{extra}]") from e


def _pd():
    return _require("pandas", "pandas")


# ------------------------------------------------------------------------------------- inputs

def iter_report_dicts(data: Any) -> Iterator[dict]:
    """Report records as dicts, from Reports, dicts, JSONL/JSON paths or iterables of them; failures skipped."""
    from .records import Failure, iter_records, record_dict
    if data is None:
        return
    if isinstance(data, Report):
        yield record_dict(data)
    elif isinstance(data, Failure):
        return
    elif isinstance(data, dict):
        if data.get("kind", "report") == "report":
            yield data
    elif isinstance(data, (str, os.PathLike)):
        path = os.fspath(data)
        with open(path, "rb") as f:
            head = f.read(64).lstrip()
        if head.startswith(b"[") or path.lower().endswith(".json"):   # `reportparse parse --json` output
            with open(path, encoding="utf-8") as f:
                yield from iter_report_dicts(json.load(f))
        else:
            for rec in iter_records(path):
                if rec.get("kind", "report") == "report":
                    yield rec
    elif isinstance(data, Iterable) and not isinstance(data, (bytes, bytearray)):
        for item in data:
            yield from iter_report_dicts(item)
    else:
        raise TypeError(f"expected Reports, dicts or a results.jsonl path, not {type(data).__name__}")


def _meta(rec: dict) -> dict:
    issuer = rec.get("issuer") or {}
    region = issuer.get("region") or {}
    return {
        "issuer": issuer.get("name"), "region_code": region.get("code"), "province": region.get("province"),
        "city": region.get("city"), "county": region.get("county"), "level": region.get("level"),
        "year": rec.get("year"), "template": rec.get("template"),
        "source_path": (rec.get("source") or {}).get("path"), "issuer_kind": issuer.get("kind"),
    }


def _rows(data: Any, blank_as_zero: bool = False) -> list[dict]:
    rows = []
    for rec in iter_report_dicts(data):
        meta = _meta(rec)
        for ind in rec.get("indicators") or ():
            src = ind.get("source") or {}
            value = ind.get("value")
            if value is None and blank_as_zero:
                value = 0
            rows.append({
                "issuer": meta["issuer"], "region_code": meta["region_code"], "province": meta["province"],
                "city": meta["city"], "county": meta["county"], "level": meta["level"], "year": meta["year"],
                "template": meta["template"], "key": ind.get("key"), "applicant": ind.get("applicant"),
                "period": ind.get("period", "year"), "value": value, "unit": ind.get("unit"),
                "method": src.get("method"), "page": src.get("page"), "derived": bool(ind.get("derived")),
                "source_path": meta["source_path"],
            })
    return rows


def _number_dtype(pd, series):
    """Int64 when every value is a whole number, else Float64 (both keep nulls as <NA>)."""
    values = pd.to_numeric(series, errors="coerce").astype("Float64")
    nonnull = values.dropna()
    if len(nonnull) == 0 or ((nonnull % 1) == 0).all():
        return values.astype("Int64")
    return values


# -------------------------------------------------------------------------------------- tables

def to_dataframe(reports_or_jsonl: Any, blank_as_zero: bool = False):
    """A long DataFrame, one row per indicator, with the columns of COLUMNS.

    `value` keeps blank cells as <NA> (SCHEMA.md: blank ≠ zero); `blank_as_zero=True` turns them into 0.
    """
    pd = _pd()
    df = pd.DataFrame(_rows(reports_or_jsonl, blank_as_zero), columns=list(COLUMNS))
    df["year"] = df["year"].astype("Int64")
    df["page"] = df["page"].astype("Int64")
    df["value"] = _number_dtype(pd, df["value"])
    df["derived"] = df["derived"].astype(bool)
    return df


def _values(data: Any, keys: Sequence[str], applicant: Optional[str]) -> list[dict]:
    """One dict per (region_code, issuer, year) with the year values of `keys`; read values win over derived."""
    wanted = set(keys)
    table: dict[tuple, dict] = {}
    derived_cells: set = set()
    for rec in sorted(iter_report_dicts(data), key=lambda r: str((r.get("source") or {}).get("path") or "")):
        meta = _meta(rec)
        ident = (meta["region_code"], meta["issuer"], meta["year"])
        row = table.get(ident)
        if row is None:
            row = table[ident] = {"region_code": ident[0], "issuer": ident[1], "year": ident[2],
                                  "template": meta["template"], "issuer_kind": meta["issuer_kind"], "reports": 0}
        row["reports"] += 1
        if meta["template"] and row["template"] and meta["template"] not in row["template"].split("+"):
            row["template"] += "+" + meta["template"]
        for ind in rec.get("indicators") or ():
            key = ind.get("key")
            if key not in wanted or ind.get("period", "year") != "year":
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
            row[key] = ind.get("value")
            if ind.get("derived"):
                derived_cells.add(cell)
            else:
                derived_cells.discard(cell)
    rows = sorted(table.values(), key=lambda r: (str(r["region_code"] or ""), str(r["issuer"] or ""), r["year"] or 0))
    return rows


def compare(reports_or_jsonl: Any, keys: Optional[Sequence[str]] = None, applicant: str = "total"):
    """A wide DataFrame: one row per (region_code, issuer, year), one column per key (year values).

    `keys` defaults to COMPARABLE_KEYS, the keys whose meaning is the same in every template;
    requests.* columns are for `applicant` (total unless asked). A value the library derived (the
    2019+ litigation.total) is used where no read value exists. Columns: region_code, issuer, year,
    template, then the keys.
    """
    pd = _pd()
    keys = list(keys or COMPARABLE_KEYS)
    rows = _values(reports_or_jsonl, keys, applicant)
    df = pd.DataFrame([{c: r.get(c) for c in ["region_code", "issuer", "year", "template", *keys]} for r in rows],
                      columns=["region_code", "issuer", "year", "template", *keys])
    df["year"] = df["year"].astype("Int64")
    for key in keys:
        df[key] = _number_dtype(pd, df[key])
    return df


def compare_years(reports_or_jsonl: Any, keys: Optional[Sequence[str]] = None, applicant: str = "total"):
    """Year-on-year pairs: one row per issuer, key and pair of consecutive years both reported.

    Columns: region_code, issuer, key, year_prev, year, value_prev, value, change.
    """
    pd = _pd()
    keys = list(keys or COMPARABLE_KEYS)
    rows = _values(reports_or_jsonl, keys, applicant)
    out = []
    for prev, cur in _pairs(rows):
        for key in keys:
            a, b = prev.get(key), cur.get(key)
            out.append({"region_code": cur["region_code"], "issuer": cur["issuer"], "key": key,
                        "year_prev": prev["year"], "year": cur["year"], "value_prev": a, "value": b,
                        "change": (b - a) if a is not None and b is not None else None})
    df = pd.DataFrame(out, columns=["region_code", "issuer", "key", "year_prev", "year", "value_prev", "value", "change"])
    for col in ("year_prev", "year"):
        df[col] = df[col].astype("Int64")
    for col in ("value_prev", "value", "change"):
        df[col] = _number_dtype(pd, df[col])
    return df


def _pairs(rows: list[dict]) -> Iterator[tuple[dict, dict]]:
    """(last year, this year) rows of the same issuer (region_code + name), consecutive years only."""
    by_issuer: dict[tuple, dict[int, dict]] = {}
    for r in rows:
        if r["year"] is not None:
            by_issuer.setdefault((r["region_code"], r["issuer"]), {})[r["year"]] = r
    for ident in sorted(by_issuer, key=lambda k: (str(k[0] or ""), str(k[1] or ""))):
        years = by_issuer[ident]
        for year in sorted(years):
            if year - 1 in years:
                yield years[year - 1], years[year]


def check_carry_over(reports_or_jsonl: Any, applicant: str = "total"):
    """Rule R5 across years: this year's requests.carried_over (上年结转) equals last year's
    requests.carried_forward (结转下年度继续办理) for the same issuer (region_code + name).

    One row per pair of consecutive reported years: region_code, issuer, year_prev, year,
    carried_forward_prev, carried_over, status (pass | fail | not_assessable when a value is missing).
    """
    pd = _pd()
    keys = ["requests.carried_over", "requests.carried_forward"]
    rows = _values(reports_or_jsonl, keys, applicant)
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
        df[col] = df[col].astype("Int64")
    for col in ("carried_forward_prev", "carried_over"):
        df[col] = _number_dtype(pd, df[col])
    return df


# --------------------------------------------------------------------------------------- files

def _csv_numbers(df):
    """Float columns with whole numbers written as 47, not 47.0 (a money column makes `value` Float64)."""
    pd = _pd()
    out = df
    for col in df.columns:
        if pd.api.types.is_float_dtype(df[col]):
            if out is df:
                out = df.copy()
            out[col] = [("" if pd.isna(v) else str(int(v)) if float(v).is_integer() else repr(float(v)))
                        for v in df[col]]
    return out


def write_table(df, out: str, fmt: Optional[str] = None, encoding: str = "utf-8") -> str:
    """Write a DataFrame as CSV or Parquet (by `fmt`, else by the file extension). Returns the format."""
    fmt = fmt or ("parquet" if out.lower().endswith((".parquet", ".pq")) else "csv")
    if fmt == "parquet":
        _require("pyarrow", "parquet")
        df.to_parquet(out, engine="pyarrow", index=False)
    elif fmt == "csv":
        _csv_numbers(df).to_csv(out, index=False, encoding=encoding)
    else:
        raise ValueError(f"unknown format {fmt!r}: csv or parquet")
    return fmt


# -------------------------------------------------------------------------------------- charts

# Preferred first: sans-serif faces read best in a chart; Ming/Song faces (AR PL, SimSun) last.
_CJK_HINTS = ("Noto Sans CJK", "Source Han Sans", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei",
              "PingFang", "Hiragino Sans GB", "SimHei", "Heiti", "Sarasa", "Droid Sans Fallback",
              "Noto Serif CJK", "Source Han Serif", "AR PL", "SimSun", "Unifont")


def cjk_font() -> Optional[str]:
    """The family name of an installed font with Chinese glyphs that matplotlib can use, or None.

    Asks fontconfig (``fc-list :lang=zh``) and registers what it lists with matplotlib (its font
    cache may predate the font), then picks by _CJK_HINTS among those and matplotlib's own list.
    """
    import subprocess
    from matplotlib import font_manager
    listed = []
    try:
        listing = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        listing = ""
    for line in sorted(set(listing.splitlines())):
        path = line.split(":")[0].strip()
        if not path or not os.path.exists(path):
            continue
        try:
            font_manager.fontManager.addfont(path)
            listed.append(font_manager.FontProperties(fname=path).get_name())
        except Exception:  # noqa: BLE001 — a font matplotlib cannot read (e.g. a bitmap font)
            continue
    known = sorted({f.name for f in font_manager.fontManager.ttflist})
    for hint in _CJK_HINTS:
        for name in listed + known:
            if hint.lower() in name.lower():
                return name
    return listed[0] if listed else None


def plot_trend(reports_or_jsonl: Any, key: str, out: str, regions: Optional[Sequence[str]] = None,
               applicant: str = "total", top: int = 12, title: Optional[str] = None) -> dict:
    """A line chart of `key` across years, one line per issuer, written to `out` (PNG/SVG/PDF).

    `regions`: region codes or code prefixes to keep ("3502" = every body in Xiamen). With more than
    `top` issuers, the `top` with the most years (then the largest latest value) are drawn. Labels are Chinese names when a
    CJK font is installed, else ASCII (region code and issuer kind). Returns what was drawn.
    """
    _require("matplotlib", "plot")
    import matplotlib
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator
    from .schema import label_of, unit_of

    rows = _values(reports_or_jsonl, [key], applicant)
    rows = [r for r in rows if r.get(key) is not None and r["year"] is not None]
    if regions:
        rows = [r for r in rows if r["region_code"] and any(str(r["region_code"]).startswith(p) for p in regions)]
    series: dict[tuple, list[tuple[int, float]]] = {}
    kinds: dict[tuple, Optional[str]] = {}
    for r in rows:
        ident = (r["region_code"], r["issuer"])
        series.setdefault(ident, []).append((r["year"], r[key]))
        kinds[ident] = r.get("issuer_kind")
    if not series:
        raise ValueError(f"no {key} values to plot" + (f" for regions {', '.join(regions)}" if regions else ""))
    dropped = 0
    if len(series) > top:           # the longest series first, then the largest latest value
        ranked = sorted(series, key=lambda i: (-len(series[i]), -max(series[i])[1], str(i)))
        dropped = len(series) - top
        series = {i: series[i] for i in ranked[:top]}

    font = cjk_font()
    labels = {}
    if font:
        for ident in series:
            labels[ident] = ident[1] or ident[0] or "?"
    else:
        for ident in series:
            labels[ident] = f"{ident[0] or 'no code'} ({kinds.get(ident) or 'issuer'})"
        counts: dict[str, int] = {}
        for ident in series:                          # two bodies of one region and kind: number them
            counts[labels[ident]] = counts.get(labels[ident], 0) + 1
        seen: dict[str, int] = {}
        for ident in series:
            base = labels[ident]
            if counts[base] > 1:
                seen[base] = seen.get(base, 0) + 1
                labels[ident] = f"{base} #{seen[base]}"

    unit = unit_of(key) or ""
    unit_ascii = {"件": "requests", "元": "yuan", "条": "items", "个": "items", "项": "items"}.get(unit, unit)
    who = "" if not key.startswith("requests.") or applicant == "total" else f", {applicant}"
    if title is None:
        import re
        label = re.sub(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、])\s*", "", label_of(key))
        title = f"{label}  ({key}{who})" if font else f"{key}{who} by year"
    rc = {"font.family": ["DejaVu Sans", font]} if font else {}
    import logging
    font_log = logging.getLogger("matplotlib.font_manager")
    level = font_log.level
    font_log.setLevel(logging.ERROR)          # "findfont: … weight normal … using 300" for Light-only CJK faces
    try:
        return _draw(plt, MaxNLocator, rc, series, labels, title, font, unit, unit_ascii, out, top, dropped)
    finally:
        font_log.setLevel(level)


def _draw(plt, MaxNLocator, rc, series, labels, title, font, unit, unit_ascii, out, top, dropped) -> dict:
    with plt.rc_context(rc):
        fig, ax = plt.subplots(figsize=(9, 5.2), dpi=120)
        years_all = set()
        colors = plt.get_cmap("tab10").colors
        for n, ident in enumerate(sorted(series, key=lambda i: labels[i])):
            pts = sorted(series[ident])
            years_all.update(y for y, _ in pts)
            xs, ys = [], []
            for y, v in pts:                 # a missing year breaks the line instead of bridging it
                if xs and y - xs[-1] > 1:
                    xs.append(y - 0.5)
                    ys.append(float("nan"))
                xs.append(y)
                ys.append(v)
            ax.plot(xs, ys, color=colors[n % 10], linestyle="-" if n < 10 else "--",
                    marker="osD^v"[n // 10 % 5], linewidth=1.8, label=labels[ident])
        ax.set_title(title)
        ax.set_xlabel("年度 (year)" if font else "year")
        ax.set_ylabel(f"{unit} ({unit_ascii})" if font and unit else (unit_ascii or "value"))
        years = sorted(years_all)
        if len(years) <= 15:
            ax.set_xticks(years)
            ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
        else:
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(True, alpha=0.3)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9, frameon=False)
        if dropped:
            fig.text(0.01, 0.01, f"{dropped} more issuer(s) not shown (--top {top}: longest series, then largest latest value)",
                     fontsize=8)
        fig.tight_layout()
        fig.savefig(out)
        plt.close(fig)
    return {"issuers": len(series), "dropped": dropped, "font": font, "years": years}


# ----------------------------------------------------------------------------------------- CLI

def register_cli(subparsers) -> None:
    e = subparsers.add_parser("export", help="write a results JSONL as a CSV or Parquet table",
                              description="Long format (one row per indicator) by default; --wide: one row per "
                                          "issuer and year, one column per comparable key; --carry-over: the "
                                          "cross-year R5 check.")
    e.add_argument("results", help="results.jsonl from `reportparse batch`")
    e.add_argument("--out", "-o", required=True)
    e.add_argument("--format", choices=("csv", "parquet"), default=None, help="default: from --out's extension")
    shape = e.add_mutually_exclusive_group()
    shape.add_argument("--wide", action="store_true", help="one row per (region_code, issuer, year)")
    shape.add_argument("--carry-over", action="store_true", help="R5: carried_over vs last year's carried_forward")
    e.add_argument("--keys", help="comma-separated keys for --wide (default: the comparable keys)")
    e.add_argument("--applicant", default="total", help="applicant column for requests.* keys (default total)")
    e.add_argument("--blank-as-zero", action="store_true", help="long format: blank cells as 0")
    e.add_argument("--encoding", default="utf-8", help="CSV encoding (utf-8-sig for Excel)")
    e.add_argument("--debug", action="store_true", help="show tracebacks")
    e.set_defaults(func=_cmd_export)

    p = subparsers.add_parser("plot", help="draw a key across years, one line per issuer")
    p.add_argument("results", help="results.jsonl from `reportparse batch`")
    p.add_argument("--key", required=True, help="e.g. requests.new")
    p.add_argument("--region", nargs="+", metavar="CODE", help="region codes or prefixes to keep")
    p.add_argument("--applicant", default="total")
    p.add_argument("--top", type=int, default=12, help="at most this many issuers (longest series, then largest latest value; default 12)")
    p.add_argument("--title")
    p.add_argument("--out", "-o", required=True, help="chart file (.png, .svg, .pdf)")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.set_defaults(func=_cmd_plot)


def _cmd_export(args) -> int:
    try:
        if args.wide:
            keys = [k.strip() for k in args.keys.split(",") if k.strip()] if args.keys else None
            df = compare(args.results, keys=keys, applicant=args.applicant)
        elif args.carry_over:
            df = check_carry_over(args.results, applicant=args.applicant)
        else:   # a results file is in completion order: sort by document for a stable, diffable file
            df = to_dataframe(args.results, blank_as_zero=args.blank_as_zero)
            df = df.sort_values("source_path", kind="stable", na_position="last").reset_index(drop=True)
        fmt = write_table(df, args.out, args.format, args.encoding)
    except (ImportError, OSError) as e:
        print(f"reportparse: {e}", file=sys.stderr)
        return 2
    print(f"wrote {len(df)} rows x {len(df.columns)} columns to {args.out} ({fmt})")
    return 0


def _cmd_plot(args) -> int:
    try:
        info = plot_trend(args.results, args.key, args.out, regions=args.region, applicant=args.applicant,
                          top=args.top, title=args.title)
    except (ImportError, OSError) as e:
        print(f"reportparse: {e}", file=sys.stderr)
        return 2
    except ValueError as e:
        print(f"reportparse: {e}", file=sys.stderr)
        return 1
    years = info["years"]
    print(f"wrote {args.out}: {info['issuers']} issuer(s), {years[0]}–{years[-1]}"
          + (f", {info['dropped']} not shown" if info["dropped"] else "")
          + ("" if info["font"] else "; no CJK font installed: labels are region codes"))
    return 0
