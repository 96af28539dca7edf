"""Trend charts (matplotlib, the ``plot`` extra) and the Chinese font they need.

`plot_trend` returns a matplotlib Figure (or draws on the `ax` it is given) and never chooses a
backend: in a notebook the figure shows inline; in a script `out=` writes it to a file.
"""
from __future__ import annotations

import logging
import os
import subprocess
import warnings
from typing import TYPE_CHECKING, Any, Optional, Sequence

from .comparison import value_rows
from .frames import require, warn_dropped
from .patterns import LABEL_NUMBERING

if TYPE_CHECKING:                      # matplotlib is an optional extra
    from matplotlib.figure import Figure

__all__ = ["plot_trend", "cjk_font", "NO_CJK_FONT_HELP", "MissingFontWarning"]

# Preferred first: sans-serif faces read best in a chart; Ming/Song faces (AR PL, SimSun) last.
_CJK_HINTS = ("Noto Sans CJK", "Source Han Sans", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei",
              "PingFang", "Hiragino Sans GB", "SimHei", "Heiti", "Sarasa", "Droid Sans Fallback",
              "Noto Serif CJK", "Source Han Serif", "AR PL", "SimSun", "Unifont")

NO_CJK_FONT_HELP = ("no font with Chinese glyphs is installed, so the chart is labelled in ASCII (region codes, "
                    "keys). Install one and rerun: Debian/Ubuntu `apt-get install fonts-noto-cjk` (or "
                    "fonts-wqy-microhei), conda `conda install -c conda-forge font-ttf-noto-cjk`, macOS and "
                    "Windows have one already.")


class MissingFontWarning(UserWarning):
    """No CJK font: the chart is labelled in ASCII."""


def cjk_font() -> Optional[str]:
    """The family name of an installed font with Chinese glyphs that matplotlib can use, or None.

    Asks fontconfig (``fc-list :lang=zh``) and registers what it lists with matplotlib (its font
    cache may predate the font), then picks by _CJK_HINTS among those and matplotlib's own list.
    """
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


def plot_trend(reports_or_jsonl: Any, key: str, out: Optional[str] = None, regions: Optional[Sequence[str]] = None,
               applicant: str = "total", top: int = 12, title: Optional[str] = None, *, ax: Any = None,
               harmonize: bool = False) -> "Figure":
    """A line chart of `key` across years, one line per series (current region code + issuer).

    - `reports_or_jsonl`: Reports, a results JSONL path, record dicts, or to_dataframe()'s DataFrame.
    - `out`: also write the chart there (.png, .svg, .pdf).  `ax`: draw on this matplotlib Axes.
    - `regions`: region codes or code prefixes to keep ("3502" = every body in Xiamen).
    - `top`: with more series, the `top` with the most years (then the largest latest value).
    - `harmonize`: the crosswalk figure of `key` (compare(…, harmonize=True)).

    Returns the matplotlib Figure; ``fig.trend_info`` holds what was drawn (issuers, dropped, font,
    years). Labels are Chinese when a CJK font is installed, else ASCII, with a
    `MissingFontWarning` saying how to install one. Records without a year or a value are left out
    with a `DroppedRecordsWarning`. Raises ValueError when nothing is left to draw, ImportError when
    matplotlib is missing (``pip install reportparse[plot]``).
    """
    require("matplotlib", "plot")
    from .schema import label_of, unit_of

    rows = value_rows(reports_or_jsonl, [key], applicant, harmonize)
    kept = [r for r in rows if r.get(key) is not None and r["year"] is not None]
    warn_dropped(len(rows) - len(kept), f"issuer-years without a year or without a {key} value are not drawn")
    rows = kept
    if regions:
        rows = [r for r in rows if r["region_code"] and any(str(r["region_code"]).startswith(p) for p in regions)]
    series: dict[tuple, list[tuple[int, float]]] = {}
    kinds: dict[tuple, Optional[str]] = {}
    names: dict[tuple, str] = {}
    for r in rows:
        ident = (r["region_code"], r["body"])
        series.setdefault(ident, []).append((r["year"], r[key]))
        kinds[ident] = r.get("issuer_kind")
        names[ident] = r.get("issuer") or r["region_code"] or "?"      # the latest name of the series
    if not series:
        raise ValueError(f"no {key} values to plot" + (f" for regions {', '.join(regions)}" if regions else ""))
    dropped = 0
    if len(series) > top:           # the longest series first, then the largest latest value
        ranked = sorted(series, key=lambda i: (-len(series[i]), -max(series[i])[1], str(i)))
        dropped = len(series) - top
        series = {i: series[i] for i in ranked[:top]}

    font = cjk_font()
    if not font:
        warnings.warn(NO_CJK_FONT_HELP, MissingFontWarning, stacklevel=2)
    labels = _labels(series, names, kinds, font)
    unit = unit_of(key) or ""
    unit_ascii = {"件": "requests", "元": "yuan", "条": "items", "个": "items", "项": "items"}.get(unit, unit)
    who = "" if not key.startswith("requests.") or applicant == "total" else f", {applicant}"
    if title is None:
        label = LABEL_NUMBERING.sub("", label_of(key), count=1)      # (the label's numbering: patterns owns it)
        title = f"{label}  ({key}{who})" if font else f"{key}{who} by year"
    font_log = logging.getLogger("matplotlib.font_manager")
    level = font_log.level
    font_log.setLevel(logging.ERROR)          # "findfont: … weight normal … using 300" for Light-only CJK faces
    try:
        fig = _draw(ax, font, series, labels, title, unit, unit_ascii, top, dropped)
    finally:
        font_log.setLevel(level)
    years = sorted({y for pts in series.values() for y, _ in pts})
    fig.trend_info = {"issuers": len(series), "dropped": dropped, "font": font, "years": years}
    if out:
        fig.savefig(out)
    return fig


def _labels(series: dict, names: dict, kinds: dict, font: Optional[str]) -> dict:
    if font:
        return {ident: names[ident] for ident in series}
    labels = {ident: f"{ident[0] or 'no code'} ({kinds.get(ident) or 'issuer'})" for ident in series}
    counts: dict[str, int] = {}
    for ident in series:                          # two bodies of one region and kind: number them
        counts[labels[ident]] = counts.get(labels[ident], 0) + 1
    seen: dict[str, int] = {}
    for ident in series:
        base = labels[ident]
        if counts[base] > 1:
            seen[base] = seen.get(base, 0) + 1
            labels[ident] = f"{base} #{seen[base]}"
    return labels


def _draw(ax, font, series, labels, title, unit, unit_ascii, top, dropped):
    from matplotlib import rc_context
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator
    rc = {"font.family": ["DejaVu Sans", font]} if font else {}
    with rc_context(rc):
        if ax is None:          # a bare Figure: no pyplot, no backend switch, shown inline by Jupyter
            fig = Figure(figsize=(9, 5.2), dpi=120)
            ax = fig.add_subplot()
        else:
            fig = ax.figure
        colors = [f"C{i}" for i in range(10)]
        years_all = set()
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
            fig.text(0.01, 0.01, f"{dropped} more issuer(s) not shown (top={top}: longest series, then largest latest value)",
                     fontsize=8)
        fig.tight_layout()
    return fig
