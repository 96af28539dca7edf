"""Short reprs and notebook HTML (`_repr_html_`) for Report, Indicator, Check and BatchSummary.

Plain functions over the objects' fields, so that model.py needs nothing of the package at
module level (it imports this module inside its methods).
"""
from __future__ import annotations

from html import escape
from typing import Any

from .patterns import MONEY_UNITS

MAX_ROWS = 40          # figures shown in a report's HTML table; the rest are counted

_STYLE = ("<style>.rp-fail{background:#fde2e1;color:#8a1c13}.rp-warn{color:#8a5a00}"
          ".rp td,.rp th{padding:1px 6px;text-align:left}.rp td.n{text-align:right}</style>")


def number(value: Any, unit: Any = None) -> str:
    """A value as printed: money with two decimals and its unit, counts as integers, blank as —."""
    if value is None:
        return "—"
    if unit in MONEY_UNITS:
        return f"{value:,.2f} {unit}"
    return f"{value:g}" if isinstance(value, float) else str(value)


def shown_label(ind) -> str:
    """The printed label, or the vocabulary's when the printed one is a whole header row (table 四)."""
    label = ind.label or ""
    if " | " in label or not label:
        from .schema import label_of
        return label_of(ind.key)
    return label


def indicator_repr(ind) -> str:
    who = f" {ind.applicant}" if ind.applicant else ""
    period = "" if ind.period == "year" else f" ({ind.period})"
    where = f" p.{ind.source.page}" if ind.source.page else ""
    return f"<Indicator {ind.key}{who}{period} = {number(ind.value, ind.unit)} [{ind.source.method}{where}]>"


def check_repr(check) -> str:
    tail = "" if check.status != "fail" else f": expected {check.expected}, got {check.actual}"
    return f"<Check {check.rule} {check.scope} {check.status}{tail}>"


def _counts(report) -> tuple[int, int, int]:
    statuses = [c.status for c in report.checks]
    return statuses.count("pass"), statuses.count("fail"), statuses.count("not_assessable")


def report_repr(report) -> str:
    ok, fail, na = _counts(report)
    region = report.issuer.region
    return (f"<Report {report.title or '(no title)'!r} year={report.year} template={report.template} "
            f"region={region.code} issuer={report.issuer.name!r} values={len(report.indicators)} "
            f"checks={ok} pass/{fail} fail/{na} n.a. warnings={len(report.warnings)}>")


def report_html(report) -> str:
    ok, fail, na = _counts(report)
    region = report.issuer.region
    place = "".join(filter(None, [region.province, region.city, region.county]))
    head = [("title", report.title), ("year", report.year), ("template", report.template),
            ("issuer", report.issuer.name), ("region", f"{region.code or '—'} {place}".strip()),
            ("published", report.published), ("source", report.source.path)]
    out = [_STYLE, "<div class='rp'><table>"]
    out += [f"<tr><th>{k}</th><td>{escape(str(v)) if v is not None else '—'}</td></tr>" for k, v in head]
    out.append("</table>")
    failed_cells = {cell for c in report.checks if c.status == "fail" for cell in c.cells}
    shown = [i for i in report.indicators if not i.derived][:MAX_ROWS]
    out.append("<table><tr><th>key</th><th>applicant</th><th>period</th><th>value</th><th>label</th><th>where</th></tr>")
    for ind in shown:
        cls = " class='rp-fail'" if ind.value_id in failed_cells or ind.key in failed_cells else ""
        where = f"{ind.source.method}" + (f" p.{ind.source.page}" if ind.source.page else "")
        out.append(f"<tr{cls}><td>{escape(ind.key)}</td><td>{escape(ind.applicant or '')}</td><td>{ind.period}</td>"
                   f"<td class='n'>{escape(number(ind.value, ind.unit))}</td><td>{escape(shown_label(ind)[:30])}</td>"
                   f"<td>{escape(where)}</td></tr>")
    out.append("</table>")
    rest = sum(1 for i in report.indicators if not i.derived) - len(shown)
    if rest > 0:
        out.append(f"<p>… {rest} more values: <code>report.to_dataframe()</code></p>")
    out.append(f"<p>checks: {ok} pass, {fail} fail, {na} not assessable</p>")
    for c in report.checks:
        if c.status == "fail":
            out.append(f"<p class='rp-fail'>FAIL {escape(c.rule)} {escape(c.scope)}: expected {c.expected}, "
                       f"got {c.actual} (suspect: {escape(str(c.suspect))})</p>")
    for w in report.warnings:
        out.append(f"<p class='rp-warn'>warning: {escape(w)}</p>")
    out.append("</div>")
    return "".join(out)


def indicator_html(ind) -> str:
    src = ind.source
    rows = [("key", ind.key), ("applicant", ind.applicant), ("period", ind.period),
            ("value", number(ind.value, ind.unit)), ("raw", ind.raw), ("label", ind.label),
            ("method", src.method), ("page", src.page), ("table/row/col", f"{src.table}/{src.row}/{src.col}"),
            ("span", src.span), ("bbox", src.bbox), ("note", src.note), ("text", (src.text or "")[:120])]
    return "<table>" + "".join(f"<tr><th>{k}</th><td>{escape(str(v))}</td></tr>" for k, v in rows
                               if v not in (None, "")) + "</table>"


def check_html(check) -> str:
    cls = " class='rp-fail'" if check.status == "fail" else ""
    return (f"{_STYLE}<table class='rp'><tr{cls}><td>{escape(check.rule)}</td><td>{escape(check.scope)}</td>"
            f"<td>{check.status}</td><td>expected {check.expected}</td><td>got {check.actual}</td>"
            f"<td>{escape(', '.join(check.cells))}</td></tr></table>")


def summary_repr(summary) -> str:
    return (f"<BatchSummary inputs={summary.inputs} parsed={summary.parsed} failed={sum(summary.failed.values())} "
            f"skipped={summary.skipped} reports_with_failed_checks={summary.reports_with_failed_checks} "
            f"reports_with_warnings={summary.reports_with_warnings} reports_read_nothing={summary.reports_read_nothing} "
            f"records={summary.records} seconds={summary.seconds:.1f}>")


def summary_html(summary) -> str:
    rows = [("inputs", summary.inputs), ("already done", summary.skipped), ("parsed", summary.parsed),
            ("failed", sum(summary.failed.values())), ("records in the output", summary.records),
            ("seconds", f"{summary.seconds:.1f}")]
    out = [_STYLE, "<table class='rp'>"]
    out += [f"<tr><th>{k}</th><td class='n'>{v}</td></tr>" for k, v in rows]
    for err, n in sorted(summary.failed.items(), key=lambda kv: -kv[1]):
        out.append(f"<tr class='rp-fail'><td>&nbsp;&nbsp;{escape(err)}</td><td class='n'>{n}</td></tr>")
    out.append(f"<tr><th>reports whose checks failed</th><td class='n'>{summary.reports_with_failed_checks}</td></tr>")
    for rule, n in sorted(summary.failed_checks.items()):
        out.append(f"<tr class='rp-fail'><td>&nbsp;&nbsp;{escape(rule)}</td><td class='n'>{n}</td></tr>")
    out.append(f"<tr><th>reports with warnings on figures</th><td class='n'>{summary.reports_with_warnings}</td></tr>")
    out.append(f"<tr><th>reports with no figure read</th><td class='n'>{summary.reports_read_nothing}</td></tr>")
    out.append("</table>")
    return "".join(out)
