"""The command-line flags every parsing command shares (`parse`, `batch`): the limits of
ParseSettings and --ocr, and the settings they make. The defaults shown come from ParseSettings."""
from __future__ import annotations

import argparse

from .settings import ParseSettings

# flag → (ParseSettings field, what it limits); the default printed is the field's own
_LIMITS = {
    "--max-bytes": ("max_bytes", "largest input read"),
    "--max-pages": ("max_pages", "PDF pages read"),
    "--max-table-cells": ("max_table_cells", "table cells per document"),
    "--max-html-depth": ("max_html_depth", "HTML nesting depth kept"),
    "--max-html-elements": ("max_html_elements", "start tags in one HTML page"),
    "--max-span": ("max_span", "largest rowspan/colspan honoured"),
    "--max-text-chars": ("max_text_chars", "characters of decoded text kept"),
}


def positive_int(text: str) -> int:
    """argparse type of a limit: a whole number ≥ 1 (as ParseSettings requires)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _shown(n: int) -> str:
    return f"{n // 2 ** 20} MiB" if n >= 2 ** 20 and n % 2 ** 20 == 0 else str(n)


def add_limit_flags(p: argparse.ArgumentParser) -> None:
    defaults = ParseSettings()
    g = p.add_argument_group("limits")
    for flag, (name, what) in _LIMITS.items():
        g.add_argument(flag, type=positive_int, dest=name, help=f"{what} (default {_shown(getattr(defaults, name))})")
    g.add_argument("--ocr", action="store_true", help="OCR image-only PDF pages (needs reportparse[ocr])")


def settings_from_args(args: argparse.Namespace) -> ParseSettings:
    changes = {name: getattr(args, name) for name, _ in _LIMITS.values() if getattr(args, name, None) is not None}
    if getattr(args, "ocr", False):
        changes["ocr"] = True
    return ParseSettings().with_(**changes) if changes else ParseSettings()
