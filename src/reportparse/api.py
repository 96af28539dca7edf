"""parse(source) → Report: the one pipeline, loading → layout → extraction → validation → metadata."""
from __future__ import annotations

from typing import Optional

from . import __version__
from .document import Document
from .errors import NotAnnualReportError
from .extract.legacy import extract_legacy
from .extract.narrative import NarrativeFigure, first_by_key, narrative_figures
from .extract.national import extract_national
from .extract.rows import LabelIndex
from .loading import Source, load
from .metadata import find_issuer, find_published, find_title, find_year, is_annual_report
from .model import DocumentSource, Indicator, Report, ValueSource
from .schema import label_of, unit_of
from .settings import DEFAULT_SETTINGS, ParseSettings
from .validation import legacy_checks, narrative_checks, national_checks

GROUP_TOTALS = ("requests.denied", "requests.unable", "requests.not_processed")


def parse(source: Source, settings: Optional[ParseSettings] = None, **overrides) -> Report:
    """Parse one report (a path, bytes, or the text itself) into a Report.

    Keyword overrides:
    - metadata the caller knows (overrides.py): `year=2016`, `issuer="…人民政府"` (or an Issuer),
      `region="350203"` (a GB/T 2260 code, or a Region); each noted in `warnings`;
    - any ParseSettings field (settings.py): `max_bytes=`, `max_pages=`, `max_table_cells=`,
      `max_html_depth=`, `max_html_elements=`, `max_span=`, `max_text_chars=`,
      `max_split_solutions=`, `ocr=`, `require_report=`.
    Every metadata field still missing afterwards (year, issuer, region, publish date) is one
    warning in `report.warnings`.

    Raises a ReportParseError subclass for a document that cannot be read as a report
    (UnsupportedFormatError, EmptyDocumentError, DecodeError, NotAnnualReportError,
    NoTextLayerError, EncryptedPDFError, DocumentTooLargeError, UnreadableFileError);
    ValueError for a bad metadata override; TypeError for an unknown keyword.
    """
    from .overrides import METADATA_KEYWORDS, apply_overrides
    given = {k: overrides.pop(k) for k in METADATA_KEYWORDS if k in overrides}
    settings = (settings or DEFAULT_SETTINGS).with_(**overrides) if overrides else (settings or DEFAULT_SETTINGS)
    doc = load(source, settings)
    return apply_overrides(parse_document(doc, settings), **given)


def parse_document(doc: Document, settings: ParseSettings = DEFAULT_SETTINGS) -> Report:
    warnings = list(doc.warnings)
    index = LabelIndex(doc.text)
    figures = narrative_figures(doc.text)
    evidence = {k: f.value for k, f in first_by_key(figures).items()}
    limit = settings.max_split_solutions

    national = extract_national(doc, index, evidence, limit)
    regions: list[tuple[int, int]] = []
    table: list[Indicator] = []
    checks = []
    unread: dict = {}
    if national is not None:
        unread = national.unread
        template = national.template
        table = national.indicators
        regions = national.regions
        warnings += national.warnings
    else:
        template = None
        legacy = extract_legacy(doc, index, evidence, limit)
        if legacy is not None:
            template = "legacy"
            table = legacy.indicators
            regions = [legacy.region]
            warnings += legacy.warnings

    title = find_title(doc)
    year = find_year(title, doc.text)
    if template is None and year is not None:
        template = "legacy" if year <= 2018 else ("2019" if year <= 2020 else "2021")
        if year > 2018:
            warnings.append(f"template {template} assumed from the year {year}: no template table was found")

    figures = [f for f in figures if not any(a <= f.start < b for a, b in regions)]
    derived = _derived(table, template)
    narrative = _narrative_indicators(doc, figures, template)
    known = {i.value_id for i in table} | {i.value_id for i in derived}
    emitted_narrative = [n for n in narrative if n.value_id not in known]
    emitted_narrative = _first_each(emitted_narrative)
    checks += narrative_checks(table + derived, [n for n in narrative if n.value_id in known])

    if not is_annual_report(title, doc.text) and not table:
        if settings.require_report:
            raise NotAnnualReportError(
                "no 政府信息公开工作年度报告 title and no report table was found"
                + (f" (title: {title[:60]!r})" if title else ""), doc.path)
        warnings.append("this does not look like an annual report: no report title and no report table")
    if not table and not emitted_narrative:
        warnings.append("no figure could be read from this document")
    elif not table:
        warnings.append("no statistics table was found: figures come from sentences only")

    indicators = _grounded(doc, table + emitted_narrative, warnings) + derived
    _mark_ocr(doc, indicators)
    if template == "legacy":
        checks = legacy_checks(indicators) + checks
    elif template in ("2019", "2021"):
        checks = national_checks(indicators, unread) + checks

    report = Report(
        title=title, year=year, published=find_published(doc), template=template,
        issuer=find_issuer(title, doc.text, year),
        source=DocumentSource(path=doc.path, format=doc.format, sha256=doc.sha256, pages=doc.pages,
                              encoding=doc.encoding),
        indicators=indicators, checks=checks, warnings=warnings, parser_version=__version__)
    from .overrides import missing_metadata_warnings
    report.warnings.extend(missing_metadata_warnings(report))    # one line per field the report lacks
    return report


def _grounded(doc: Document, indicators: list[Indicator], warnings: list[str]) -> list[Indicator]:
    """The grounding property, enforced: a read value's raw text stands in the document at its span."""
    kept = []
    for ind in indicators:
        span = ind.source.span
        ok = span is not None and 0 <= span[0] <= span[1] <= len(doc.text) and (
            (ind.raw == "" and ind.value is None) or (ind.raw != "" and ind.raw in doc.text[span[0]:span[1]]))
        if ok:
            kept.append(ind)
        else:   # a bug upstream, never a reason to publish a number the document does not say
            warnings.append(f"{ind.value_id}: dropped, its text {ind.raw!r} is not at its span {span}")
    return kept


def _mark_ocr(doc: Document, indicators: list[Indicator]) -> None:
    if not doc.ocr_pages:
        return
    pages = set(doc.ocr_pages)
    for ind in indicators:
        if ind.source.page in pages and ind.source.method == "table":
            ind.source.method = "ocr"


def _first_each(indicators: list[Indicator]) -> list[Indicator]:
    seen, out = set(), []
    for i in indicators:
        if i.value_id not in seen:
            seen.add(i.value_id)
            out.append(i)
    return out


def _narrative_indicators(doc: Document, figures: list[NarrativeFigure], template: Optional[str]) -> list[Indicator]:
    out = []
    for f in figures:
        applicant = "total" if f.key.startswith("requests.") else None
        out.append(Indicator(
            key=f.key, value=f.value, raw=f.raw, label=f.sentence[:60], applicant=applicant, period="year",
            unit=unit_of(f.key), derived=False,
            source=ValueSource(method="narrative", page=doc.page_of(f.start), span=[f.start, f.end],
                               text=f.sentence[:300])))
    if template in ("2019", "2021"):
        # litigation.total is derived from table 四 in these templates: a sentence only checks it
        for ind in out:
            if ind.key == "litigation.total":
                ind.derived = True
    return out


def _derived(table: list[Indicator], template: Optional[str]) -> list[Indicator]:
    """Subtotals the template does not print: group totals of table 三, litigation.total."""
    if template not in ("2019", "2021"):
        return []
    by_id = {i.value_id: i for i in table}
    out = []
    groups: dict[tuple[str, Optional[str]], list[Indicator]] = {}
    for ind in table:
        group = next((g for g in GROUP_TOTALS if ind.key.startswith(g + ".")), None)
        if group:
            groups.setdefault((group, ind.applicant), []).append(ind)
    for (group, who), parts in groups.items():
        if f"{group}|applicant={who}" not in by_id:
            out.append(_sum(group, who, parts))
    parts = [by_id.get(f"litigation.{g}.total") for g in ("direct", "after_review")]
    if all(p is not None for p in parts):
        out.append(_sum("litigation.total", None, parts))
    return out


def _sum(key: str, applicant: Optional[str], parts: list[Indicator]) -> Indicator:
    value = sum(p.value or 0 for p in parts)
    return Indicator(key=key, value=value, raw="", label=label_of(key), applicant=applicant, unit=unit_of(key),
                     derived=True, source=ValueSource(method="derived", note="sum of " + ", ".join(p.value_id for p in parts)))
