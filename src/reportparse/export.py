"""The table commands of the CLI (`export`, `plot`, `checks`, `show`), and the historical home of the
table functions, which now live one job per module:

- frames.py: `to_dataframe`, `checks_dataframe`, `warnings_dataframe`, `failures_dataframe` (long tables)
- comparison.py: `compare`, `compare_years`, `check_carry_over`, the template crosswalk
- files.py: `write_table` (CSV/Parquet by extension)
- charts.py: `plot_trend`, `cjk_font`
- pageview.py: `page_image` (a PDF page with every value's box)

    from reportparse.export import to_dataframe, compare, check_carry_over   # still works
"""
from __future__ import annotations

import difflib
import sys
import warnings

from .charts import cjk_font, plot_trend  # noqa: F401 — re-exported
from .comparison import COMPARABLE_KEYS, HARMONIZED_KEYS, check_carry_over, compare, compare_years  # noqa: F401
from .frames import (COLUMNS, checks_dataframe, failures_dataframe, iter_report_dicts, to_dataframe,  # noqa: F401
                     warnings_dataframe)
from .files import write_table  # noqa: F401

__all__ = ["to_dataframe", "checks_dataframe", "warnings_dataframe", "failures_dataframe", "compare", "compare_years", "check_carry_over",
           "COMPARABLE_KEYS", "HARMONIZED_KEYS", "COLUMNS", "iter_report_dicts", "plot_trend", "cjk_font", "write_table", "register_cli",
           "check_names"]


def check_names(keys=(), applicants=()) -> None:
    """ValueError for an unknown key or applicant, with the closest known names as suggestions."""
    from .schema import APPLICANTS, keys as vocab
    for name, known, what in [(k, list(vocab()), "key") for k in keys] + [(a, list(APPLICANTS), "applicant")
                                                                            for a in applicants]:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else \
                (f"; known: {', '.join(known)}" if what == "applicant" else "; docs/indicators.md or reportparse.indicators() list them")
            raise ValueError(f"unknown {what} {name!r}{hint}")


def register_cli(subparsers) -> None:
    e = subparsers.add_parser("export", help="write a results JSONL as a CSV or Parquet table",
                              description="Long format (one row per value) by default; --wide: one row per "
                                          "issuer and year, one column per comparable key; --carry-over: the "
                                          "cross-year R5 check; --checks / --warnings / --failures: those tables.")
    e.add_argument("results", help="results.jsonl from `reportparse batch`")
    e.add_argument("--out", "-o", required=True, help="the table file: .csv or .parquet")
    e.add_argument("--format", choices=("csv", "parquet"), default=None, help="default: from --out's extension")
    shape = e.add_mutually_exclusive_group()
    shape.add_argument("--wide", action="store_true", help="one row per (region_code, issuer, year)")
    shape.add_argument("--carry-over", action="store_true", help="R5: carried_over vs last year's carried_forward")
    shape.add_argument("--checks", action="store_true", help="one row per check of every report")
    shape.add_argument("--warnings", action="store_true", help="one row per warning of every report (about figures "
                       "or metadata)")
    shape.add_argument("--failures", action="store_true", help="one row per document that could not be read")
    e.add_argument("--harmonize", action="store_true", help="--wide: the crosswalk figures (docs/crosswalk.md)")
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
    p.add_argument("--harmonize", action="store_true", help="the crosswalk figure of --key (docs/crosswalk.md)")
    p.add_argument("--top", type=int, default=12, help="at most this many issuers (longest series, then largest latest value; default 12)")
    p.add_argument("--title")
    p.add_argument("--out", "-o", required=True, help="chart file (.png, .svg, .pdf)")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.set_defaults(func=_cmd_plot)

    c = subparsers.add_parser("checks", help="list the failed checks of every report in a results JSONL")
    c.add_argument("results", help="results.jsonl from `reportparse batch`")
    c.add_argument("--all", action="store_true", help="every check, not only the failed ones")
    c.add_argument("--debug", action="store_true", help="show tracebacks")
    c.set_defaults(func=_cmd_checks)

    s = subparsers.add_parser("show", help="draw every extracted value's box on a PDF page")
    s.add_argument("file", help="a PDF report")
    s.add_argument("--page", type=int, required=True, help="1-based page number")
    s.add_argument("--out", "-o", required=True, help="image file (.png, .jpg)")
    s.add_argument("--dpi", type=int, default=110)
    s.add_argument("--debug", action="store_true", help="show tracebacks")
    s.set_defaults(func=_cmd_show)


def _fail(e: Exception, code: int = 2) -> int:
    print(f"reportparse: {e}", file=sys.stderr)
    return code


def _announce(caught) -> None:
    for w in caught:
        print(f"reportparse: note: {w.message}", file=sys.stderr)


def _cmd_export(args) -> int:
    from .files import table_format
    try:
        table_format(args.out, args.format)
        keys = [k.strip() for k in args.keys.split(",") if k.strip()] if args.keys else None
        check_names(keys or (), [args.applicant])
    except ValueError as e:
        return _fail(e)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if args.wide:
                df = compare(args.results, keys=keys, applicant=args.applicant, harmonize=args.harmonize)
            elif args.carry_over:
                df = check_carry_over(args.results, applicant=args.applicant)
            elif args.checks:
                df = checks_dataframe(args.results)
            elif args.warnings:
                df = warnings_dataframe(args.results)
            elif args.failures:
                df = failures_dataframe(args.results)
            else:   # a results file is in completion order: sort by document for a stable, diffable file
                df = to_dataframe(args.results, blank_as_zero=args.blank_as_zero)
                df = df.sort_values("source_path", kind="stable", na_position="last").reset_index(drop=True)
            fmt = write_table(df, args.out, args.format, args.encoding)
    except (ImportError, OSError, ValueError) as e:
        return _fail(e)
    _announce(caught)
    print(f"wrote {len(df)} rows x {len(df.columns)} columns to {args.out} ({fmt})")
    return 0


def _cmd_plot(args) -> int:
    try:
        check_names([args.key] if not args.harmonize else (), [args.applicant])
    except ValueError as e:
        return _fail(e)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig = plot_trend(args.results, args.key, args.out, regions=args.region, applicant=args.applicant,
                             top=args.top, title=args.title, harmonize=args.harmonize)
    except (ImportError, OSError) as e:
        return _fail(e)
    except ValueError as e:
        return _fail(e, 1)
    from .charts import MissingFontWarning
    _announce([w for w in caught if not issubclass(w.category, MissingFontWarning)])
    info = fig.trend_info
    years = info["years"]
    print(f"wrote {args.out}: {info['issuers']} issuer(s), {years[0]}–{years[-1]}"
          + (f", {info['dropped']} not shown" if info["dropped"] else "")
          + ("" if info["font"] else "; no CJK font installed: labels are region codes "
             "(apt-get install fonts-noto-cjk for Chinese labels)"))
    return 0


def _cmd_checks(args) -> int:
    from .frames import collect
    try:
        reports, failures, copies = collect(args.results)
    except (OSError, ValueError) as e:
        return _fail(e)
    shown = 0
    for rec in reports:
        checks = [c for c in rec.get("checks") or () if args.all or c.get("status") == "fail"]
        if not checks:
            continue
        shown += 1
        who = " ".join(str(x) for x in ((rec.get("issuer") or {}).get("name"), rec.get("year")) if x)
        print(f"{(rec.get('source') or {}).get('path')}  {who}")
        for c in checks:
            print(f"  {c.get('status', '').upper():14s} {c.get('rule')} {c.get('scope')}: expected {c.get('expected')}, "
                  f"got {c.get('actual')}" + (f" (suspect: {c['suspect']})" if c.get("suspect") else ""))
    failed = sum(any(c.get("status") == "fail" for c in r.get("checks") or ()) for r in reports)
    print(f"{len(reports)} report(s), {failed} with failed checks; {len(failures)} failure(s) not parsed"
          + (f"; {copies} second cop{'y' if copies == 1 else 'ies'} of a document counted once" if copies else ""))
    return 1 if failed else 0


def _cmd_show(args) -> int:
    from .api import parse
    from .pageview import page_image
    try:
        report = parse(args.file)
        image = page_image(args.file, args.page, report, dpi=args.dpi)
        image.save(args.out)
    except (ImportError, OSError, ValueError) as e:
        return _fail(e)
    boxes = image.info.get("boxes", 0)
    print(f"wrote {args.out}: page {args.page}, {boxes} value box(es) drawn")
    return 0
