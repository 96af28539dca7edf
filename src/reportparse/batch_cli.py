"""The `batch` command: parse files and folders into a resumable JSONL file (batch.run_batch)."""
from __future__ import annotations

import argparse
import sys
from typing import Optional

from .batch import DEFAULT_MAX_TASKS_PER_WORKER, run_batch
from .cli_options import add_limit_flags, settings_from_args
from .overrides import MetadataOverrides
from .records import OutputLockedError


def register_cli(subparsers) -> None:
    p = subparsers.add_parser(
        "batch", help="parse a whole archive into a resumable JSONL file",
        description="Parse files and folders (recursively; a ZIP or tar archive is walked like a folder) into one JSONL "
                    "record per input: "
                    "{\"kind\": \"report\", …} or {\"kind\": \"failure\", …}. Rerunning the same command "
                    "resumes: inputs already in --out with the same content and parser version are skipped.")
    p.add_argument("paths", nargs="+", help="files, folders and ZIP or tar archives")
    p.add_argument("--out", "-o", required=True, help="the JSONL file to write (appended to; resumed)")
    p.add_argument("--workers", "-j", type=int, default=None,
                   help="worker processes (default: CPU count; 0 or 1: in this process)")
    p.add_argument("--timeout", type=_seconds, default=60.0, help="seconds per document (default 60; 0: no limit)")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="run on this dask.distributed scheduler (needs reportparse[dask])")
    p.add_argument("--engine", choices=("process", "dask"), default=None,
                   help="process pool (default) or dask (a LocalCluster unless --scheduler is given)")
    p.add_argument("--ship", choices=("path", "bytes"), default="path",
                   help="dask: send paths (shared filesystem, default) or file contents to the workers")
    p.add_argument("--retry-failed", action="store_true", help="parse earlier failures again")
    p.add_argument("--follow-symlinks", action="store_true",
                   help="follow symbolic links out of the folders given (default: recorded, not followed)")
    p.add_argument("--max-tasks-per-worker", type=int, default=DEFAULT_MAX_TASKS_PER_WORKER,
                   help=f"documents per worker process before it is replaced (default {DEFAULT_MAX_TASKS_PER_WORKER})")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    p.add_argument("--year-from-name", metavar="REGEX",
                   help=r"take the year from the file name: the regex's first group, e.g. '(20\d\d)'")
    p.add_argument("--metadata", metavar="TABLE.csv",
                   help="a CSV/TSV with a path column and year, issuer, region columns: overrides per document")
    p.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    add_limit_flags(p)
    p.set_defaults(func=_cmd_batch)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not (value >= 0 and value != float("inf")):
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or a positive number of seconds, not {text}")
    return value


def _cmd_batch(args) -> int:
    engine = args.engine or ("dask" if args.scheduler else "process")
    if args.scheduler and engine != "dask":
        print("reportparse: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    try:
        metadata = _metadata_overrides(args)
    except (ValueError, OSError) as e:
        print(f"reportparse: {e}", file=sys.stderr)
        return 2
    try:
        summary = run_batch(args.paths, args.out, workers=args.workers, timeout=args.timeout or None,
                            settings=settings_from_args(args), engine=engine, client=args.scheduler,
                            retry_failed=args.retry_failed, progress=False if args.quiet else None,
                            max_tasks_per_worker=args.max_tasks_per_worker, ship=args.ship,
                            follow_symlinks=args.follow_symlinks, metadata=metadata)
    except (OutputLockedError, ImportError) as e:
        print(f"reportparse: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"reportparse: cannot write {args.out}: {e}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(summary.format(args.out))
    return 0


def _metadata_overrides(args) -> Optional[MetadataOverrides]:
    if getattr(args, "metadata", None):
        return MetadataOverrides.from_table(args.metadata, year_from_name=args.year_from_name)
    if getattr(args, "year_from_name", None):
        return MetadataOverrides(year_from_name=args.year_from_name)
    return None
