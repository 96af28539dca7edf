"""Command line: `reportparse parse FILE [--json]` (and `python -m reportparse …`)."""
from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path
from typing import Optional

from .version import __version__
from .errors import ReportParseError
from .cli_options import add_limit_flags, settings_from_args
from .settings import ParseSettings


def _selected(report, keys) -> list:
    """The report's read values, only those of `keys` (exact keys, or prefixes ending in '.') if given."""
    inds = [i for i in report.indicators if not i.derived]
    if keys:
        inds = [i for i in inds if any(i.key == k or (k.endswith(".") and i.key.startswith(k)) for k in keys)]
    return inds


def format_wide(report, keys=None) -> str:
    """requests.* values as one row per key and one column per applicant."""
    from .display import number
    from .schema import APPLICANTS
    rows: dict[tuple, dict] = {}
    for ind in _selected(report, keys):
        if ind.applicant is not None:
            rows.setdefault((ind.key, ind.period), {})[ind.applicant] = number(ind.value, ind.unit)
    header = ("key", "period", *APPLICANTS)
    table = [header] + [(k, p, *(cells.get(a, "") for a in APPLICANTS)) for (k, p), cells in rows.items()]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    return "\n".join("  ".join(r[i].ljust(widths[i]) if i < 2 else r[i].rjust(widths[i]) for i in range(len(header)))
                     for r in table)


def format_table(report, keys=None) -> str:
    from .display import number, shown_label
    lines = [f"{report.title or '(no title)'}",
             f"year {report.year}  template {report.template}  published {report.published}  "
             f"region {report.issuer.region.code} {''.join(filter(None, [report.issuer.region.province, report.issuer.region.city, report.issuer.region.county]))}",
             ""]
    rows = [("key", "applicant", "period", "value", "label")]
    for ind in _selected(report, keys):
        value = "" if ind.value is None else number(ind.value, ind.unit)
        rows.append((ind.key, ind.applicant or "", ind.period, value, shown_label(ind)[:40]))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        lines.append("  ".join(r[i].ljust(widths[i]) if i != 3 else r[i].rjust(widths[i]) for i in range(4)) + "  " + r[4])
    failed = [c for c in report.checks if c.status == "fail"]
    lines.append("")
    lines.append(f"{len([i for i in report.indicators if not i.derived])} values; checks: "
                 f"{sum(c.status == 'pass' for c in report.checks)} pass, {len(failed)} fail, "
                 f"{sum(c.status == 'not_assessable' for c in report.checks)} not assessable")
    for c in failed:
        lines.append(f"  FAIL {c.rule} {c.scope}: expected {c.expected}, got {c.actual} (suspect: {c.suspect})")
    for w in report.warnings:
        lines.append(f"  warning: {w}")
    return "\n".join(lines)


def _cmd_parse(args) -> int:
    """Every file is tried; each one that cannot be read is one line on stderr, and the exit status
    is 2 when any failed (a single failing file raises, so main() prints it the same way)."""
    from .api import parse
    settings = settings_from_args(args)
    keys = getattr(args, "key", None)
    if keys:
        from .export import check_names
        try:
            check_names([k for k in keys if not k.endswith(".")])
        except ValueError as e:
            print(f"reportparse: {e}", file=sys.stderr)
            return 2
    outputs = []
    failed = 0
    for path in args.files:
        try:
            outputs.append(parse(_argument_source(path, settings), settings))
        except ReportParseError as e:
            if len(args.files) == 1:
                raise
            failed += 1
            if args.debug:
                traceback.print_exc()
            print(_error_line(e, path), file=sys.stderr)
    if args.json:
        docs = [r.to_dict() for r in outputs]
        if docs:
            doc = docs[0] if len(args.files) == 1 else docs
            text = json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False)
            if not text.isascii():
                try:
                    text.encode(sys.stdout.encoding or "utf-8")
                except (UnicodeEncodeError, LookupError):   # a file name that is not UTF-8 (surrogates)
                    text = json.dumps(doc, ensure_ascii=True, indent=1, allow_nan=False)
            print(text)
    elif outputs and getattr(args, "wide", False):
        print("\n\n".join(f"{r.title or '(no title)'}\n{format_wide(r, keys)}" for r in outputs))
    elif outputs:
        print("\n\n".join(format_table(r, keys) for r in outputs))
    return 2 if failed else 0


def _argument_source(arg: str, settings: ParseSettings):
    """A command-line argument is always a path (one naming no file is UnreadableFileError, never
    report text); `-` is standard input, read up to max_bytes + 1 bytes."""
    if arg == "-":
        return sys.stdin.buffer.read(settings.max_bytes + 1)
    return Path(arg)


def _error_line(e: ReportParseError, path) -> str:
    return f"reportparse: {type(e).__name__}: {e.path or path}: {e.message}"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="reportparse", description="Read 政府信息公开工作年度报告 into structured records.")
    p.add_argument("--version", action="version", version=f"reportparse {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="command", required=True)
    pp = sub.add_parser("parse", help="parse reports and print their figures")
    pp.add_argument("files", nargs="+", metavar="FILE", help="report files (text, HTML, PDF, Word .docx or .doc/.wps, OFD); - reads standard input")
    pp.add_argument("--json", action="store_true", help="print the Report JSON of SCHEMA.md")
    pp.add_argument("--key", action="append", metavar="KEY",
                    help="show only this key (repeatable; a prefix ending in '.' such as 'requests.' for a group)")
    pp.add_argument("--wide", action="store_true", help="requests.* as one row per key, one column per applicant")
    pp.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    add_limit_flags(pp)
    pp.set_defaults(func=_cmd_parse)
    for extra in _extra_commands():
        extra(sub)
    return p


def _extra_commands():
    try:
        from .batch_cli import register_cli as batch_cli
        yield batch_cli
    except ImportError:
        pass
    try:
        from .export import register_cli as export_cli
        yield export_cli
    except ImportError:
        pass


def main(argv: Optional[list[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ReportParseError as e:
        if args.debug:
            traceback.print_exc()
        print(_error_line(e, (getattr(args, "files", None) or [""])[0]), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # a bug: one line unless asked for the traceback
        if args.debug:
            traceback.print_exc()
        print(f"reportparse: internal error: {type(e).__name__}: {e} (run with --debug for the traceback)", file=sys.stderr)
        return 3
